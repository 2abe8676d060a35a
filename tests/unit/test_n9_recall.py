"""Recall of ordinary findings (ninth session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs are not as strong as they used to be", "leg_weakness"),
        ("his knees aren't strong any more on the stairs", "leg_weakness"),
        ("my right hand is not strong", "hand_weakness"),
        ("my fingers would not grip the steering wheel this morning", "hand_weakness"),
        ("my leg wouldn't hold me on the stairs", "leg_weakness"),
    ],
)
def test_strength_said_to_be_missing_is_weakness(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my legs are strong, I'm not weak at all",
        "my hands aren't weak, my grip is strong",
        "there's no weakness in my legs",
    ],
)
def test_strength_kept_is_no_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("leg_weakness") != "present"
    assert found.get("hand_weakness") != "present"


@pytest.mark.parametrize("text", ["my feet burn at night, also tired", "I'm tired too, and my feet tingle"])
def test_tiredness_added_to_a_list_is_fatigue(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("fatigue") == "present"


@pytest.mark.parametrize("text", ["I'm not tired, just worried", "maybe my eyes are just tired from the screen"])
def test_tiredness_denied_or_offered_as_a_reason_is_no_fatigue(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("fatigue") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("The pins and needles settled for a month, then they came back in my toes.", "tingling"),
        ("my calf cramps went away in the summer but they've come back", "muscle_cramps"),
        ("the numbness in my feet cleared up, then it returned", "numbness"),
    ],
)
def test_a_symptom_that_went_away_and_came_back_holds_now(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "the pins and needles settled last spring and haven't come back",
        "the numbness in my feet went away, then the feeling came back fully",
        "the twitching stopped, then it came back to normal",
    ],
)
def test_a_return_denied_or_of_a_function_keeps_the_recovery(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("tingling") != "present"
    assert found.get("numbness") != "present"
    assert found.get("fasciculations") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "imbalance when I shut my eyes to rinse my hair",
        "I nearly fall over when the lights are off",
        "I went flying on the landing in the dark",
    ],
)
def test_balance_lost_without_sight_is_sensory_ataxia(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I fell asleep as soon as I shut my eyes",
        "I don't fall over when the lights are off",
        "no imbalance in the dark",
    ],
)
def test_sleep_or_a_denied_fall_is_no_sensory_ataxia(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") != "present"


@pytest.mark.parametrize("text", ["I feel flat and empty most days", "honestly I'm flat and sad since the summer"])
def test_a_flat_mood_beside_a_mood_word_is_low_mood(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("low_mood") == "present"


@pytest.mark.parametrize("text", ["I have to sleep flat on a low pillow", "I'm not flat or low, just worried"])
def test_flat_as_a_position_or_denied_is_no_low_mood(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("low_mood") != "present"
