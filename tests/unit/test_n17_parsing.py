"""Readings found in the seventeenth session's development failures: an answer written after the body part that
follows a finding ("numb bum - no", "twitchy calves: none")."""

import pytest

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import Subject, TimeFrame, parse_text
from tests.unit.own_kb_reading import KNOWLEDGE_BASE, states_of


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("twitchy calves: none", "fasciculations"),
        ("cramping thighs - no.", "muscle_cramps"),
        ("pins and needles fingers - no", "tingling"),
    ],
)
def test_an_answer_after_the_body_part_denies_the_finding(text: str, evidence_id: str) -> None:
    assert states_of(text)[evidence_id] is EvidenceState.ABSENT


def test_a_new_item_after_the_body_part_denies_only_itself() -> None:
    assert states_of("Pt reports paraesthesia feet, nil leg weakness") == {
        "tingling": EvidenceState.PRESENT,
        "leg_weakness": EvidenceState.ABSENT,
    }


def test_a_yes_after_the_body_part_keeps_the_finding() -> None:
    assert states_of("twitchy calves: yes") == {"fasciculations": EvidenceState.PRESENT}


def _subjects(text: str) -> dict[str, Subject]:
    return {item.id: item.subject for item in parse_text(text, KNOWLEDGE_BASE)}


def test_an_aside_about_someone_else_inside_a_finding_does_not_hold_it() -> None:
    text = "when I get panic attacks (been getting them since my dad got ill) my lips and fingertips go all tingly"
    assert _subjects(text)["overbreathing_tingling"] is Subject.SELF


@pytest.mark.parametrize(
    "text",
    [
        "my mate got me into whippets at uni and I do them daily now",
        "the physio had me stand with my feet together and eyes closed and I nearly fell",
    ],
)
def test_the_writer_made_to_do_something_is_the_one_doing_it(text: str) -> None:
    assert set(_subjects(text).values()) == {Subject.SELF}


def test_a_finding_said_by_findings_together_chooses_the_patient_when_nothing_else_is_said_of_anyone() -> None:
    found = {item.id: item.subject for item in parse_text("he's bought rope and says he'll do it.", KNOWLEDGE_BASE)}
    assert found["suicide_plan"] is Subject.SELF


def test_a_derived_finding_about_someone_else_stays_theirs_beside_the_writers_own_complaint() -> None:
    text = "my husband bought rope and says he'll do it. I have numb feet."
    found = {item.id: item.subject for item in parse_text(text, KNOWLEDGE_BASE)}
    assert found == {"suicide_plan": Subject.OTHER, "numbness": Subject.SELF}


def test_a_checklist_answered_after_its_colon_answers_every_item() -> None:
    assert states_of("Numbness, pins and needles, balance in the dark: all no.") == {
        "numbness": EvidenceState.ABSENT,
        "tingling": EvidenceState.ABSENT,
        "unsteady_in_dark": EvidenceState.ABSENT,
    }


def test_an_answer_after_a_colon_answers_only_its_own_item_inside_a_sentence() -> None:
    assert states_of("I have weak legs, tingling: no") == {
        "leg_weakness": EvidenceState.PRESENT,
        "tingling": EvidenceState.ABSENT,
    }


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I can't say I haven't noticed my calves twitching", "fasciculations"),
        ("I couldn't claim I don't get cramps at night", "muscle_cramps"),
    ],
)
def test_a_denial_the_writer_cannot_make_asserts(text: str, evidence_id: str) -> None:
    assert states_of(text)[evidence_id] is EvidenceState.PRESENT


def test_never_not_is_no_denial() -> None:
    assert states_of("I'm never not tired").get("fatigue") is not EvidenceState.ABSENT


def test_the_writer_found_on_the_floor_is_the_one_who_fainted() -> None:
    found = parse_text("my husband found me on the floor in the kitchen", KNOWLEDGE_BASE)
    assert [(item.id, item.subject) for item in found] == [("fainting", Subject.SELF)]


def test_gone_completely_into_a_state_is_a_change_not_a_recovery() -> None:
    found = {
        item.id: item for item in parse_text("I've gone completely blank and woken up on the floor", KNOWLEDGE_BASE)
    }
    assert found["fainting"].state is EvidenceState.PRESENT
    assert found["fainting"].time is TimeFrame.CURRENT


@pytest.mark.parametrize(
    "text",
    [
        "I have thought about ending it and I've been putting tablets aside.",
        "I want to die. I've written letters to my kids.",
        "got enough pills saved up to do it, been planning it all week",
    ],
)
def test_the_means_or_the_method_beside_the_thoughts_is_a_plan(text: str) -> None:
    assert states_of(text)["suicide_plan"] is EvidenceState.PRESENT


def test_the_means_gathered_without_the_thoughts_is_still_asked() -> None:
    assert states_of("I've been saving my tablets in case the scan shows ALS")["suicide_plan"] is EvidenceState.UNKNOWN


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("i couldnt get my words out for five minutes", "transient_episode"),
        ("his neck cant hold his head up properly", "head_drop"),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_reads_as_the_contraction(text: str, evidence_id: str) -> None:
    assert states_of(text)[evidence_id] is EvidenceState.PRESENT


def test_cannot_stop_doing_something_is_doing_it_a_lot_not_being_unable_to() -> None:
    assert "weak_cough" not in states_of("since the cold I can't stop coughing")


def test_a_sudden_word_read_inside_sight_lost_in_one_eye_still_tells_the_onset() -> None:
    found = states_of("suddenly cant see properly out of one eye, like a grey curtain came down")
    assert found["sudden_onset"] is EvidenceState.PRESENT
    assert found["sudden_vision_loss_one_eye"] is EvidenceState.PRESENT


def test_a_though_after_its_subject_turns_nothing() -> None:
    assert states_of("My legs though feel heavy and weak on the stairs") == {"leg_weakness": EvidenceState.PRESENT}


def test_a_though_before_a_subject_of_its_own_still_starts_a_clause() -> None:
    assert states_of("my hands are fine though my legs are weak")["leg_weakness"] is EvidenceState.PRESENT


@pytest.mark.parametrize("text", ["My wife says my face is not straight.", "my face went weird on one side"])
def test_a_face_not_even_on_one_side_is_a_stroke_sign(text: str) -> None:
    assert states_of(text)["stroke_signs"] is EvidenceState.PRESENT


def test_a_face_said_even_is_no_stroke_sign() -> None:
    assert states_of("my face is fine, nothing crooked").get("stroke_signs") is not EvidenceState.PRESENT


def test_a_question_answered_with_a_time_long_past_dates_the_finding() -> None:
    found = {item.id: item for item in parse_text("Blackouts? One, but that was years ago.", KNOWLEDGE_BASE)}
    assert found["fainting"].time is TimeFrame.PAST


def test_a_question_answered_with_a_recent_time_is_current() -> None:
    found = {item.id: item for item in parse_text("Fainting? Twice last week.", KNOWLEDGE_BASE)}
    assert found["fainting"].time is TimeFrame.CURRENT


@pytest.mark.parametrize(
    "text", ["I'm confused about my B12 results", "so confused by all the info online about ALS vs B12"]
)
def test_puzzled_by_something_is_asked_about_not_read_as_new_confusion(text: str) -> None:
    assert states_of(text)["confusion"] is EvidenceState.UNKNOWN


@pytest.mark.parametrize("text", ["he's confused about where he is", "Mum is confused and doesn't know the day"])
def test_confusion_about_place_or_time_stays_confusion(text: str) -> None:
    assert states_of(text)["confusion"] is EvidenceState.PRESENT


@pytest.mark.parametrize("text", ["the tuning fork test was normal", "I could feel the tuning fork fine"])
def test_a_tuning_fork_felt_normally_denies_the_loss_of_vibration_sense(text: str) -> None:
    assert states_of(text) == {"vibration_sense_loss": EvidenceState.ABSENT}


def test_a_bariatric_patient_has_had_stomach_surgery() -> None:
    assert states_of("Bariatric patient here.") == {"gastric_surgery": EvidenceState.PRESENT}


def test_climbing_the_stairs_by_the_arms_is_leg_weakness() -> None:
    found = states_of("can walk fine on the flat but stairs r a killer, have to haul myself up on the banister")
    assert found == {"leg_weakness": EvidenceState.PRESENT}


def test_puzzled_about_what_something_means_is_asked_about() -> None:
    assert states_of("I'm so confused about what it means")["confusion"] is EvidenceState.UNKNOWN


def test_wetting_oneself_laughing_is_asked_about_not_read_as_a_bladder_problem() -> None:
    assert states_of("I wet myself laughing at the film")["bladder_bowel_problems"] is EvidenceState.UNKNOWN
    assert states_of("I wet myself twice this week")["bladder_bowel_problems"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "After reading a thread about twitching and ALS I've worked myself into a state.",
        "I looked up nerve problems and saw B12 and MND and got worried.",
    ],
)
def test_the_name_read_about_before_a_clause_of_having_is_no_diagnosis(text: str) -> None:
    assert "known_als_diagnosis" not in states_of(text)


@pytest.mark.parametrize("text", ["I've got ALS", "he's got motor neurone disease", "MND here, 3 yrs in"])
def test_the_diagnosis_said_in_order_is_read(text: str) -> None:
    assert states_of(text)["known_als_diagnosis"] is EvidenceState.PRESENT


def test_a_topic_read_about_is_no_symptom() -> None:
    assert "fatigue" not in states_of("I've been reading about fatigue in ALS all night")


def test_a_pronoun_after_a_relative_who_died_stands_for_the_living_person_named_before() -> None:
    text = (
        "My husband is 72. His older brother died of motor neurone disease and he has been worried because he gets "
        "cramps. Forty minutes ago he suddenly couldn't get his words out."
    )
    found = {item.id: item.subject for item in parse_text(text, KNOWLEDGE_BASE)}
    assert found["stroke_signs"] is Subject.SELF
    assert found["family_history_als"] is Subject.SELF  # his brother is the patient's blood relative


def test_a_pronoun_after_a_death_with_no_one_named_before_stands_for_the_one_who_died() -> None:
    found = states_of("my dad passed away in 2019, he had ALS")
    assert found == {"family_history_als": EvidenceState.PRESENT}


def test_a_faint_told_as_coming_to_on_the_floor_unable_to_remember_the_fall() -> None:
    text = "I was standing and then I am on the floor, I dont remember to fall, my wife say I was gone 20 seconds."
    assert states_of(text)["fainting"] is EvidenceState.PRESENT


def test_chest_tightness_that_eases_when_standing_still_is_a_pattern_not_a_recovery() -> None:
    found = {
        item.id: item
        for item in parse_text(
            "a tight feeling in my chest going upstairs that went off when I stood still", KNOWLEDGE_BASE
        )
    }
    assert found["chest_pain"].time is TimeFrame.CURRENT


def test_a_treatment_that_ended_a_symptom_is_still_a_recovery() -> None:
    found = {
        item.id: item for item in parse_text("the tingling went away when I started the injections", KNOWLEDGE_BASE)
    }
    assert found["tingling"].time is TimeFrame.RESOLVED


def test_a_day_held_to_against_the_clock_is_confusion_and_things_in_the_fridge_are_asked_about() -> None:
    assert (
        states_of("she rang me at 3am dressed for church, convinced it was Sunday")["confusion"]
        is EvidenceState.PRESENT
    )
    assert states_of("she keeps putting her keys in the freezer")["confusion"] is EvidenceState.UNKNOWN
    assert "confusion" not in states_of("I thought it was Sunday lol")
