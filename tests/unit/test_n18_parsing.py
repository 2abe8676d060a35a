"""Readings added in the eighteenth session: a weakness only felt, which the person's own test then finds strong,
is asked about rather than counted."""

import pytest

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text
from tests.unit.own_kb_reading import KNOWLEDGE_BASE, states_of


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs feel weak but I can still walk 5 miles", "leg_weakness"),
        ("I feel weak in my arms but I can still lift my kids", "hand_weakness"),
        ("feel like my arms are weaker but I can do everything I used to", "hand_weakness"),
        ("my arms seem weak. When I test myself I can carry the shopping", "hand_weakness"),
        ("legs feel weak yet I can jog 5k easily", "leg_weakness"),
    ],
)
def test_a_felt_weakness_that_a_later_test_passes_is_asked_about(text: str, evidence_id: str) -> None:
    assert states_of(text)[evidence_id] is EvidenceState.UNKNOWN


def test_a_test_of_the_other_limb_leaves_the_felt_weakness() -> None:
    assert states_of("my hands feel weak, I can still walk fine")["hand_weakness"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel weak, I can still walk but only slowly",
        "my legs feel weak and I can barely walk to the shop",
        "I can still walk but my legs feel weak",
        "my legs are weak, I can still walk 5 miles",
    ],
)
def test_a_limited_task_an_earlier_one_or_a_weakness_said_as_fact_keeps_it(text: str) -> None:
    assert states_of(text)["leg_weakness"] is EvidenceState.PRESENT


def test_the_persons_own_denial_after_a_felt_weakness_stands() -> None:
    assert states_of("my hands feel weak all the time, but my grip is fine when I check")["hand_weakness"] is (
        EvidenceState.ABSENT
    )


def test_a_sense_that_is_kept_is_no_test_of_strength() -> None:
    assert states_of("my legs feel weak but I can still feel everything")["leg_weakness"] is EvidenceState.PRESENT


def test_a_question_put_straight_out_and_answered_no_leaves_the_thoughts_said() -> None:
    text = "He's thought about ending his life. I asked him straight out whether he had a plan and he said no."
    assert states_of(text)["suicidal_thoughts"] is EvidenceState.PRESENT


def test_a_report_disputed_with_said_no_is_still_doubted() -> None:
    assert states_of("my wife says I slur, I say no")["slurred_speech"] is EvidenceState.UNKNOWN


def test_a_reported_question_put_with_a_manner_word_asks_its_finding() -> None:
    assert states_of("my wife asked me gently if my legs are weak")["leg_weakness"] is EvidenceState.UNKNOWN


def test_a_spell_that_ended_leaves_a_pattern_that_keeps_happening() -> None:
    text = "I get a tight pain in the middle of my chest when I climb the stairs. It's gone now."
    parsed = parse_text(text, KNOWLEDGE_BASE)
    assert [(item.state, item.time.value) for item in parsed if item.id == "chest_pain"] == [
        (EvidenceState.PRESENT, "current")
    ]


def test_a_single_spell_that_ended_is_over() -> None:
    parsed = parse_text("had chest pain last night for ten minutes. it's gone this morning", KNOWLEDGE_BASE)
    assert [item.time.value for item in parsed if item.id == "chest_pain"] == ["resolved"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd rather go on my own terms before I end up on a machine", {"suicidal_thoughts": EvidenceState.PRESENT}),
        ("I want to live on my own terms", {}),
    ],
)
def test_dying_on_ones_own_terms_is_a_thought_of_ending_life(text: str, expected: dict[str, EvidenceState]) -> None:
    assert states_of(text) == expected


def test_a_stash_of_tablets_beside_the_thoughts_is_a_plan() -> None:
    text = "I'd rather go on my own terms. I've got a good stash of sleeping tablets."
    assert states_of(text)["suicide_plan"] is EvidenceState.PRESENT


def test_a_nothing_that_repeats_the_negation_says_the_finding() -> None:
    text = "Twice I fell down and I didn't know nothing, my husband says my eyes were shut for a minute."
    assert states_of(text)["fainting"] is EvidenceState.PRESENT


def test_nothing_wrong_after_a_repeated_negation_is_still_nothing_wrong() -> None:
    assert states_of("I don't feel nothing wrong with my legs")["leg_weakness"] is EvidenceState.ABSENT


@pytest.mark.parametrize(
    ("text", "swallowing"),
    [
        ("the left eye went dark about an hour ago, like a blind coming down", False),
        ("bread takes ages to go down", True),
    ],
)
def test_slow_to_go_down_is_a_swallow_and_a_time_beside_down_is_not(text: str, swallowing: bool) -> None:
    assert ("difficulty_swallowing" in states_of(text)) is swallowing


def test_a_negation_before_another_subject_makes_no_double_negative_with_without() -> None:
    states = states_of("no falls, and no fever and she's drinking without coughing")
    assert states["choking_on_liquids"] is EvidenceState.ABSENT
    assert states_of("she can't eat or drink without coughing")["choking_on_liquids"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "Out of nowhere this evening my right leg just wouldn't work",
        "Very sudden, at tea time my hand let go of the cup and now the whole arm is heavy and weak.",
    ],
)
def test_one_limb_that_suddenly_stops_working_is_a_stroke_sign(text: str) -> None:
    assert states_of(text)["stroke_signs"] is EvidenceState.PRESENT


def test_both_hands_going_weak_at_once_is_no_stroke_sign() -> None:
    assert "stroke_signs" not in states_of("both my hands went weak at once while I was typing")


def test_a_limb_that_will_not_work_is_weak() -> None:
    assert states_of("my hand won't work properly")["hand_weakness"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "rapid"),
    [
        ("the pins and needles are creeping up my legs really quickly", True),
        ("it started in my feet on Tuesday and now it's up to my knees", True),
        ("my rash is spreading fast", False),
    ],
)
def test_a_deficit_spreading_fast_is_rapid_progression(text: str, rapid: bool) -> None:
    assert (states_of(text).get("rapid_progression") is EvidenceState.PRESENT) is rapid


def test_then_suddenly_tells_an_onset_in_a_story() -> None:
    text = "Mum was watching the telly and then suddenly couldn't find her words. It's been an hour."
    states = states_of(text)
    assert states["sudden_onset"] is EvidenceState.PRESENT
    assert states["stroke_signs"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no tingling... well actually a bit in my fingers now I think of it", EvidenceState.PRESENT),
        ("no tingling, well a little maybe", EvidenceState.UNKNOWN),
    ],
)
def test_a_denial_taken_back_with_a_degree_is_said(text: str, expected: EvidenceState) -> None:
    assert states_of(text)["tingling"] is expected


def test_a_limb_gone_scrawny_is_wasted() -> None:
    assert states_of("his forearms have gone scrawny")["muscle_wasting"] is EvidenceState.PRESENT


def test_a_head_going_light_on_standing_is_dizziness_on_standing() -> None:
    assert states_of("when I get up off the bed my head goes light")["dizziness_on_standing"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "hallucination"),
    [
        ("last week I saw a woman sitting in my kitchen who wasn't there", True),
        ("she keeps hearing singing when nothing's on", True),
        ("I heard someone knock but nobody was there", False),
        ("I saw my keys on the table, but my wallet wasn't there", False),
    ],
)
def test_a_person_or_sound_said_not_to_be_there_is_a_hallucination(text: str, hallucination: bool) -> None:
    assert ("paranoia_psychosis" in states_of(text)) is hallucination


def test_apostrophes_left_out_of_id_are_read() -> None:
    states = states_of("ive worked out how id end things")
    assert states["suicidal_thoughts"] is EvidenceState.PRESENT
    assert states["suicide_plan"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("did the grip test loads of times and I can't find anything weak", "hand_weakness"),
        ("the GP couldn't find any wasting", "muscle_wasting"),
    ],
)
def test_a_search_that_found_nothing_denies(text: str, evidence_id: str) -> None:
    assert states_of(text)[evidence_id] is EvidenceState.ABSENT


def test_words_that_cannot_be_found_are_still_a_finding() -> None:
    assert states_of("she suddenly couldn't find her words")["stroke_signs"] is EvidenceState.PRESENT


def test_two_hints_of_suicide_that_agree_are_said() -> None:
    states = states_of("Been saving up my painkillers in the bedside drawer. I just want it all to stop.")
    assert states["suicidal_thoughts"] is EvidenceState.PRESENT
    assert states["suicide_plan"] is EvidenceState.PRESENT


def test_one_hint_read_as_both_stays_asked() -> None:
    states = states_of("saving my painkillers in case my back goes")
    assert EvidenceState.PRESENT not in states.values()


def test_thinking_about_dying_is_asked_and_said_beside_a_denied_plan() -> None:
    assert states_of("I think about dying a lot lately")["suicidal_thoughts"] is EvidenceState.UNKNOWN
    states = states_of("I think about dying now and then, but there's no plan and I'd never act on it")
    assert states["suicidal_thoughts"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "faint"),
    [
        ("we found Mum at the bottom of the stairs and she can't remember falling", True),
        ("I fell over and can't remember where I put my keys", False),
    ],
)
def test_found_down_with_no_memory_of_going_down_is_a_faint(text: str, faint: bool) -> None:
    assert ("fainting" in states_of(text)) is faint


def test_an_eye_gone_dark_that_has_not_come_back_is_still_lost() -> None:
    parsed = parse_text("my right eye went black an hour ago and it hasn't come back", KNOWLEDGE_BASE)
    found = {item.id: (item.state, item.time.value) for item in parsed}
    assert found["sudden_vision_loss_one_eye"] == (EvidenceState.PRESENT, "current")
    assert "transient_episode" not in found


def test_doing_absolutely_nothing_is_an_idle_spell_not_a_denial() -> None:
    text = "resting in my chair doing literally nothing and still out of breath"
    assert states_of(text)["breathless_at_rest"] is EvidenceState.PRESENT


@pytest.mark.parametrize(("text", "nitrous"), [("did about 20 chargers last night", True), ("we had balloons", False)])
def test_chargers_had_or_done_are_nitrous_use(text: str, nitrous: bool) -> None:
    assert ("nitrous_oxide_use" in states_of(text)) is nitrous


def test_a_back_that_has_been_bad_beside_legs_giving_way_is_the_warning_sign() -> None:
    text = "my back's been bad since the move and now my legs keep giving way"
    assert states_of(text)["back_pain_with_leg_weakness"] is EvidenceState.PRESENT


def test_a_spell_whose_length_is_told_in_the_next_sentence_is_a_brief_episode() -> None:
    states = states_of("This morning I saw two of everything. It lasted about ten minutes, and I'm fine now.")
    assert states["transient_episode"] is EvidenceState.PRESENT


def test_a_phrase_led_by_its_negation_holds_no_other_word() -> None:
    states = states_of("Grandad's not wetting himself and he knows where he is")
    assert states["bladder_bowel_problems"] is EvidenceState.ABSENT
    assert "personality_change" not in states
    assert states_of("he's not himself lately")["personality_change"] is EvidenceState.PRESENT


@pytest.mark.parametrize(
    ("text", "bladder"),
    [
        ("a few leaks this week that I never felt coming", True),
        ("my periods are heavy and I leak through a pad", False),
        ("the roof leaks whenever it rains", False),
    ],
)
def test_leaks_not_felt_coming_are_a_bladder_problem(text: str, bladder: bool) -> None:
    assert ("bladder_bowel_problems" in states_of(text)) is bladder
