"""Findings the writer did not report: a word stem met inside another word, one sensation read both as a
specific sign and as a general symptom, and a question about a condition in general. The reviewed knowledge
base carries the cues, so these tests read with it."""

import pytest

from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.parsing.tokens import stem
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings


def found(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


def test_pale_keeps_its_e_so_a_pal_is_not_pale() -> None:
    assert stem("pale") != stem("pals")
    assert stem("pale") != stem("pal")


@pytest.mark.parametrize(
    "text",
    ["pALS here, tired all the time", "Went for a walk with my pals and my legs ached after"],
)
def test_a_pal_is_not_pallor(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "pallor" not in found(text, knowledge_base)


def test_pale_is_still_pallor(knowledge_base: KnowledgeBase) -> None:
    assert found("my wife says I look very pale these days", knowledge_base).get("pallor") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Nodding my head gives me a zap down my back and arms",
        "Tipping my head forward sends an electric buzz down my spine and into my legs",
    ],
)
def test_the_sensation_of_lhermittes_sign_is_not_tingling_too(knowledge_base: KnowledgeBase, text: str) -> None:
    result = found(text, knowledge_base)
    assert result.get("lhermitte_sign") == "present"
    assert "tingling" not in result


def test_tingling_said_apart_from_lhermittes_sign_is_kept(knowledge_base: KnowledgeBase) -> None:
    result = found("I get an electric zap down my spine when I bend my head and my feet tingle", knowledge_base)
    assert result == {"lhermitte_sign": "present", "tingling": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "Does diabetes cause tingling in the feet?",
        "Could MND be linked to twitching in the tongue? Writing an article.",
        "Are cramps a common symptom of low B12? Just curious",
    ],
)
def test_a_question_about_a_condition_in_general_reports_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base) == {}


def test_a_red_flag_asked_about_in_general_is_uncertain(knowledge_base: KnowledgeBase) -> None:
    read = readings("Is a face drooping on one side a sign of a stroke?", knowledge_base)
    assert read["stroke_signs"][0] == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Are cramps common with ALS? I get them every night.", "muscle_cramps"),
        ("Can PPIs lead to low B12? Been on omeprazole for ten years.", "acid_reducer_use"),
        ("I drink most days. Can that cause numb feet?", "heavy_alcohol_use"),
    ],
)
def test_a_question_about_the_writers_own_case_is_read(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize("text", ["I've been a bit unsteady lately", "She has balance problems since the winter"])
def test_unsteadiness_not_said_when_is_uncertain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base)["unsteady_in_dark"][0] == "uncertain"


@pytest.mark.parametrize(
    "text", ["I'm wobbly when I close my eyes to wash my hair", "I stagger in the dark and hold onto the walls"]
)
def test_unsteadiness_with_eyes_closed_or_in_the_dark_is_present(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base)["unsteady_in_dark"] == "present"


@pytest.mark.parametrize("text", ["I'm not unsteady", "no balance problems whatsoever"])
def test_denied_unsteadiness_is_absent(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base)["unsteady_in_dark"] == "absent"


@pytest.mark.parametrize(
    "text", ["my sight is failing, everything looks a bit grey and faded", "colours seem washed out to me lately"]
)
def test_a_colour_said_of_what_is_seen_is_not_pallor(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "pallor" not in found(text, knowledge_base)


@pytest.mark.parametrize("text", ["my face looks grey", "I look washed out and my wife says I'm very pale"])
def test_a_colour_said_of_the_person_is_pallor(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base)["pallor"] == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I get breathless when I'm sitting down watching telly", "low_mood"),
        ("when I'm sitting down the tiredness hits", "difficulty_swallowing"),
        ("it feels odd down below when I cycle", "low_mood"),
    ],
)
def test_down_of_a_posture_or_a_place_is_no_mood_and_no_swallow(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in found(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I've been feeling down for weeks", "low_mood"),
        ("the food won't go down, it just sits there", "difficulty_swallowing"),
    ],
)
def test_down_of_mood_or_swallowing_is_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base)[evidence_id] == "present"


@pytest.mark.parametrize(
    ("text", "general", "specific"),
    [
        (
            "The nurse held a buzzing tuning fork on my ankle and I couldn't feel it vibrate",
            "tingling",
            "vibration_sense_loss",
        ),
        (
            "The doctor tapped my knee with the hammer and my leg jumps right up, reflexes very brisk",
            "fasciculations",
            "brisk_reflexes",
        ),
    ],
)
def test_the_words_of_an_examination_are_not_a_symptom_too(
    knowledge_base: KnowledgeBase, text: str, general: str, specific: str
) -> None:
    result = found(text, knowledge_base)
    assert result.get(specific) == "present"
    assert general not in result


def test_a_symptom_said_beside_an_examination_is_kept(knowledge_base: KnowledgeBase) -> None:
    result = found("my legs twitch at night and I can't feel the tuning fork on my toes", knowledge_base)
    assert result == {"fasciculations": "present", "vibration_sense_loss": "present"}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("my speech has gone spastic and strained", "slurred_speech", "stiffness_spasticity"),
        ("my right eye went blurry overnight and it aches", "sudden_vision_loss_one_eye", "vision_loss"),
    ],
)
def test_a_specific_reading_leaves_no_general_one_over_the_same_words(
    knowledge_base: KnowledgeBase, text: str, kept: str, dropped: str
) -> None:
    result = found(text, knowledge_base)
    assert result.get(kept) == "present"
    assert dropped not in result


def test_spastic_legs_beside_slurred_speech_are_both_read(knowledge_base: KnowledgeBase) -> None:
    result = found("my legs are spastic and my speech is slurred", knowledge_base)
    assert result == {"stiffness_spasticity": "present", "slurred_speech": "present"}


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I keep losing my keys and my phone, and I've started leaving notes on everything", "vision_loss"),
        ("Dad can't sleep at night and keeps knocking over the bottle of water by his bed", "hand_weakness"),
    ],
)
def test_cue_words_far_apart_in_a_clause_say_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in found(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my eyesight in both eyes has been getting worse", "vision_loss"),
        ("I really struggle these days with doing up my buttons", "hand_weakness"),
    ],
)
def test_cue_words_near_each_other_are_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base)[evidence_id] == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I've dropped two stone on purpose since January and feel great", "weight_loss"),
        ("The doctor stroked the bottom of my foot and my big toe went up", "stroke_signs"),
        ("I'm so tired of everything, I can't be bothered", "fatigue"),
        ("He can't feel his toes and burnt them on the radiator", "tingling"),
    ],
)
def test_a_chosen_cause_a_verb_or_an_idiom_is_no_symptom(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in found(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I've lost a lot of weight without dieting", "weight_loss"),
        ("The doctor stroked the bottom of my foot and my big toe went up", "babinski_sign"),
        ("I'm tired all the time and sick of it", "fatigue"),
        ("it feels like something is burning my soles", "tingling"),
    ],
)
def test_the_symptom_beside_them_is_still_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base)[evidence_id] == "present"


@pytest.mark.parametrize("text", ["I'm so slow getting up the stairs now", "I'm walking slower than my friends"])
def test_slow_movement_is_no_slow_mind(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "memory_problems" not in found(text, knowledge_base)


@pytest.mark.parametrize("text", ["I'm slower in the head these days", "my thinking has slowed right down"])
def test_a_slow_mind_is_read(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base)["memory_problems"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "the tingling has been moving up from my toes to my knees",
        "with my eyes closed I couldn't say if the nurse moved my toe up or down",
    ],
)
def test_up_of_a_spread_or_a_test_is_no_upgoing_toe(knowledge_base: KnowledgeBase, text: str) -> None:
    result = found(text, knowledge_base)
    assert "babinski_sign" not in result
    assert "difficulty_swallowing" not in result


def test_a_toe_that_goes_up_is_read(knowledge_base: KnowledgeBase) -> None:
    assert (
        found("the doctor said my toes went up when she scratched my sole", knowledge_base)["babinski_sign"]
        == "present"
    )


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my calf twitches just as I'm falling asleep", "numbness"),
        ("My aunt had MND and so did her son", "known_als_diagnosis"),
        ("I'm pre-diabetic and on no tablets", "diabetes"),
        ("I'm non-diabetic", "diabetes"),
    ],
)
def test_sleep_a_relatives_diagnosis_and_a_prefixed_word_are_not_the_symptom(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert found(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my foot keeps falling asleep", "numbness"),
        ("My aunt had MND and so did her son", "family_history_als"),
        ("I'm a type 2 diabetic on metformin", "diabetes"),
    ],
)
def test_the_symptom_itself_is_still_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base)[evidence_id] == "present"


def test_a_head_and_a_waking_far_apart_are_no_morning_headache(knowledge_base: KnowledgeBase) -> None:
    text = "my head is a mess lately, I lose my words halfway through and last night I got lost when I woke"
    assert "morning_headache" not in found(text, knowledge_base)


def test_a_head_that_hurts_on_waking_is_a_morning_headache(knowledge_base: KnowledgeBase) -> None:
    assert found("my head is pounding when I wake up", knowledge_base)["morning_headache"] == "present"


def test_a_diagnosis_read_about_between_a_cues_words_is_not_made(knowledge_base: KnowledgeBase) -> None:
    assert "known_als_diagnosis" not in found("I've read online that MND starts in the hands", knowledge_base)


def test_a_diagnosis_had_is_made(knowledge_base: KnowledgeBase) -> None:
    assert found("I have had MND since 2019", knowledge_base)["known_als_diagnosis"] == "present"


# Words that name a motor or sensory finding only in one sense: "can't stand" a thing is not weakness, knees
# that pop are joints, thick ankles are swollen, and a phrase whose verb is a function word ("can't feel my
# feet") must not match any inability before a foot.
@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I can't stand the heat in summer, my feet swell", "leg_weakness"),
        ("I can't jog on my feet since the sprain", "numbness"),
        ("my knees pop going up stairs", "fasciculations"),
        ("there's a pulsing ache in my heel", "fasciculations"),
        ("his ankles are thick and swollen", "numbness"),
        ("my hands are frozen after walking the dog in the snow", "numbness"),
        ("By Sunday the rash was worse", "gradual_progression"),
    ],
)
def test_a_word_in_its_other_sense_names_no_finding(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert evidence_id not in found(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("he can't stand at all since Tuesday", "leg_weakness"),
        ("I can't really feel my toes", "numbness"),
        ("my fingers feel thick, like they're in gloves", "numbness"),
        ("my thigh muscle keeps popping", "fasciculations"),
    ],
)
def test_the_same_words_in_their_symptom_sense(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("If I lie flat I feel my heart racing.", "low_mood"),
        ("Water was going down the wall when I felt the leak.", "low_mood"),
        ("I feel nothing when I sit down on the toilet seat.", "low_mood"),
        ("the kitchen sink sounds like a drain in a storm", "fatigue"),
        ("My legs are wasting away, the calves are thin.", "weight_loss"),
        ("GP says I have prediabetes, nothing more.", "diabetes"),
    ],
)
def test_places_motions_pipes_and_muscles_are_not_mood_tiredness_or_weight(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert found(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Felt a bit down since the funeral.", "low_mood"),
        ("I have been feeling flat all winter.", "low_mood"),
        ("I'm drained by mid-morning.", "fatigue"),
        ("Completely drained, every single day.", "fatigue"),
        ("I'm wasting away, my clothes hang off me.", "weight_loss"),
    ],
)
def test_mood_tiredness_and_weight_still_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "present"


def test_sharp_as_ever_is_about_the_mind_only_when_a_mind_or_person_is_named(knowledge_base: KnowledgeBase) -> None:
    assert "memory_problems" not in found("Hearing's as sharp as ever, but my feet buzz.", knowledge_base)
    assert found("Her mind is as sharp as ever.", knowledge_base).get("memory_problems") == "absent"


def test_no_interest_in_anything_is_low_mood_not_a_personality_change(knowledge_base: KnowledgeBase) -> None:
    readings = found("Since the spring I've had no interest in anything.", knowledge_base)
    assert readings.get("low_mood") == "present"
    assert "personality_change" not in readings


@pytest.mark.parametrize("text", ["I'm a light drinker, wine with dinner.", "I drink socially, the odd pint."])
def test_light_or_social_drinking_is_not_heavy_drinking(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("heavy_alcohol_use") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've got so thin since the winter.", "present"),
        ("My weight has been stable all year.", "absent"),
    ],
)
def test_a_thin_body_is_weight_loss_and_a_stable_weight_is_not(
    knowledge_base: KnowledgeBase, text: str, expected: str
) -> None:
    assert found(text, knowledge_base).get("weight_loss") == expected


@pytest.mark.parametrize("text", ["My thumbs have gone very thin.", "Her tongue has become thin and furrowed."])
def test_thin_muscles_or_a_thin_tongue_are_not_weight_loss(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "weight_loss" not in readings_of(text, knowledge_base)


def readings_of(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, knowledge_base)}


def test_so_low_of_a_person_is_low_mood_and_of_a_result_is_not(knowledge_base: KnowledgeBase) -> None:
    assert found("Since the diagnosis she's really low.", knowledge_base).get("low_mood") == "present"
    assert "low_mood" not in found("My ferritin was very low, been on iron since.", knowledge_base)


@pytest.mark.parametrize(
    ("text", "absent_ids"),
    [
        # Broken things and broken hopes are not a tired person.
        ("the tablet screen is shattered again", {"fatigue"}),
        ("the vase smashed into pieces on the floor", {"fatigue"}),
        ("my confidence is shattered after the interview", {"fatigue"}),
        # An eyelid is not the eye's sight.
        ("my left eyelid has been going for days", {"vision_loss"}),
        # A word of movement said in a fine manner is no symptom.
        ("had a look at my tongue in the mirror, it's moving normally", {"tongue_twitching_wasting"}),
    ],
)
def test_everyday_words_read_as_no_finding(knowledge_base: KnowledgeBase, text: str, absent_ids: set[str]) -> None:
    assert not absent_ids & set(about_the_person_now(text, knowledge_base))


@pytest.mark.parametrize(
    ("text", "evidence_id", "expected"),
    [
        ("I'm shattered every evening", "fatigue", "present"),
        ("my eyes have gone misty", "vision_loss", "present"),
        ("my tongue keeps moving on its own", "tongue_twitching_wasting", "present"),
        # A setting between a term and its fine word: the function is said fine.
        ("the shop went downhill, my talking at the meeting was fine", "slurred_speech", "absent"),
        ("my balance on the stairs is fine", "unsteady_in_dark", "absent"),  # as "my balance is fine"
    ],
)
def test_the_same_words_said_of_the_person(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, expected: str | None
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == expected
