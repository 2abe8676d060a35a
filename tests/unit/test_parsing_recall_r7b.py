"""Phase-2 recall: red flags told in words the parser used to miss; each test is a class of language."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "I've googled how many of my sleeping pills it would take",
        "she checked how much of her insulin would be enough",
    ],
)
def test_a_lethal_amount_looked_up_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("suicide_plan") == "present"
    assert found.get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I've been saving my painkillers for when it gets bad",
        "I have a stash of old morphine and I know which weekend",
        "a stash of tablets in the shed and a note on the table",
    ],
)
def test_hoarded_means_with_a_time_or_a_note_are_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicide_plan") == "present"


def test_how_many_tablets_without_looking_up_is_no_plan(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("how many tablets would it take to settle my cramps", knowledge_base)
    assert "suicide_plan" not in found


@pytest.mark.parametrize(
    "text",
    [
        "her mouth is drooping on one side this evening",
        "he woke with his face lopsided",
        "since lunchtime my left eye is like looking through fog, the right one is fine",
    ],
)
def test_a_face_or_one_eye_gone_wrong_today_came_on_suddenly(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"


def test_a_long_blurred_sight_seen_today_is_no_sudden_onset(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my eyesight has been blurry for years, the optician checked it today", knowledge_base)
    assert "sudden_onset" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Her legs have been buckling since Friday. Her back is painful as well.",
        "my legs have gone weak. my back's been aching for days.",
    ],
)
def test_a_sore_back_anywhere_beside_weak_legs_is_the_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("back_pain_with_leg_weakness") == "present"


def test_a_sore_back_with_strong_legs_is_not_the_red_flag(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my back's been sore since gardening but my legs are strong", knowledge_base)
    assert found.get("back_pain_with_leg_weakness") != "present"


@pytest.mark.parametrize("text", ["my legs have given way twice this month", "his legs have given out on the stairs"])
def test_legs_that_have_given_way_are_weak(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"
