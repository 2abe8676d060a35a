"""Findings the writer did not say (fourth round): symptom words in an everyday sense, a blood sugar said normal,
one side of a pair said fine, and a finding another person reports that the writer disputes. The reviewed
knowledge base carries the cues, so these tests read with it."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def found(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("We shared a few pale ales at the wedding and my toes buzzed after", "pallor"),
        ("the kids were drooling over the pudding menu", "drooling"),
        ("he still makes me go weak at the knees after thirty years", "leg_weakness"),
        ("I've been twitchy about the scan results all weekend", "fasciculations"),
        ("I get twitchy and nervous before exams", "fasciculations"),
        ("my son drinks a lot of energy drinks before football", "heavy_alcohol_use"),
        ("I drink too much tea, about eight cups a day", "heavy_alcohol_use"),
    ],
)
def test_a_symptom_word_in_an_everyday_sense_is_no_finding(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in found(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my face has gone pale and grey this month", "pallor"),
        ("I wake up drooling at night on the pillow", "drooling"),
        ("I drink a lot of wine most evenings", "heavy_alcohol_use"),
        ("I drink a lot, coffee in the morning and wine at night", "heavy_alcohol_use"),
        ("my calf is twitchy and it won't stop", "fasciculations"),
    ],
)
def test_the_symptom_sense_stays(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize("text", ["my blood sugar was normal at the check-up", "glucose fine, the nurse said"])
def test_a_normal_blood_sugar_denies_diabetes(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("diabetes") == "absent"


def test_a_high_blood_sugar_is_still_diabetes(knowledge_base: KnowledgeBase) -> None:
    assert found("I'm on metformin for my sugar", knowledge_base).get("diabetes") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my right hand is fine but the left one is feeble with the tin opener",
        "the other leg is fine, it's only this one",
    ],
)
def test_one_side_said_fine_does_not_deny_the_finding(knowledge_base: KnowledgeBase, text: str) -> None:
    readings = found(text, knowledge_base)
    assert readings.get("hand_weakness") != "absent"
    assert readings.get("leg_weakness") != "absent"


def test_both_hands_said_fine_still_deny_weakness(knowledge_base: KnowledgeBase) -> None:
    assert found("my hands are fine, it's just the tiredness", knowledge_base).get("hand_weakness") == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my daughter reckons my words come out slurred but I can't hear it", "slurred_speech"),
        ("my neighbour thinks I look pale, I can't see it myself", "pallor"),
        ("Memory going? my husband says yes, I say no", "memory_problems"),
        ("I think my hand is weaker. My physio hasn't noticed anything.", "hand_weakness"),
    ],
)
def test_a_report_disputed_is_uncertain(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my feet are numb and the GP says no to a referral", "numbness"),
        ("my legs are weak, I haven't noticed anything else", "leg_weakness"),
    ],
)
def test_a_no_that_disputes_nothing_leaves_the_finding(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my shoulders tire so quickly when I paint the ceiling",
        "after the hike I had tired legs and cramps in both calves",
        "is it a twitch or just a tired hand from the mouse?",
    ],
)
def test_a_limb_that_tires_is_no_general_fatigue(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "fatigue" not in found(text, knowledge_base)


def test_tiredness_beside_another_symptom_is_still_fatigue(knowledge_base: KnowledgeBase) -> None:
    assert found("I'm exhausted and my calves cramp at night", knowledge_base).get("fatigue") == "present"


def test_thin_drinks_tell_of_swallowing_not_weight(knowledge_base: KnowledgeBase) -> None:
    readings = found("Grandad splutters on thin fluids at dinner", knowledge_base)
    assert "weight_loss" not in readings
    assert readings.get("choking_on_liquids") == "present"


def test_a_sentence_marked_figurative_says_no_finding(knowledge_base: KnowledgeBase) -> None:
    assert "morning_headache" not in found("Mondays give me a headache every morning, figuratively", knowledge_base)


def test_a_red_flag_in_a_figure_stays(knowledge_base: KnowledgeBase) -> None:
    assert "choking_on_liquids" in found("I choke on thin drinks every meal, not metaphorically either", knowledge_base)


def test_not_figuratively_is_literal(knowledge_base: KnowledgeBase) -> None:
    assert found("my legs feel like jelly, not figuratively", knowledge_base).get("leg_weakness") == "present"


def test_an_electrical_test_is_no_shock_felt(knowledge_base: KnowledgeBase) -> None:
    assert "tingling" not in found("the hospital did electrical tests on my legs last week", knowledge_base)


def test_an_electric_pain_is_still_felt(knowledge_base: KnowledgeBase) -> None:
    assert found("electric nerve pain shoots through my toes", knowledge_base).get("tingling") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Is it possible that my thigh looks thinner than last year?", "muscle_wasting"),
        ("is it possible my grip is weaker or am I imagining it", "hand_weakness"),
    ],
)
def test_is_it_possible_about_oneself_is_a_doubt(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert found(text, knowledge_base).get(evidence_id) == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "we were talking last night about going to see my sister",
        "he has gone quiet and won't talk to us about the scan",
        "I speak to my mum every week about how slow the buses are",
    ],
)
def test_talking_about_something_is_no_speech_change(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "slurred_speech" not in found(text, knowledge_base)


@pytest.mark.parametrize(
    "text", ["my speech has got a bit slow", "my voice is quieter and croaky by the evening", "my speech is going"]
)
def test_a_speech_change_said_near_its_noun_is_read(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("slurred_speech") == "present"
