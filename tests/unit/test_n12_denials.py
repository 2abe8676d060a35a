"""Denials, twelfth session: what a denied hint is about, and a person said strong."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "There are no bad thoughts to hurt myself, only my hands shake.",
        "I have no dark thoughts of harming myself.",
        "Never any black thoughts about killing myself, I promise.",
    ],
)
def test_what_a_denied_hint_is_about_is_denied_with_it(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicidal_thoughts") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Some days bad thoughts to hurt myself come.",
        "No bad thoughts, but sometimes I want to hurt myself.",
    ],
)
def test_thoughts_said_or_unclear_are_never_dropped(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicidal_thoughts") in {"present", "uncertain"}


@pytest.mark.parametrize(
    "text",
    [
        "I am strong, I do all my work like before, only the twitch in the thigh.",
        "I'm still strong as ever.",
        "She feels strong, just tired.",
    ],
)
def test_a_person_said_strong_has_no_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("hand_weakness") == "absent"
    assert found.get("leg_weakness") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I am not strong any more.",
        "I don't feel strong.",
        "I was strong last year.",
        "I'm strong-willed but tired.",
    ],
)
def test_strength_denied_past_or_of_something_else_says_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("hand_weakness") != "absent"
    assert found.get("leg_weakness") != "absent"


def test_a_limb_weak_beside_strong_is_still_weak(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I am strong but my legs give way on the stairs.", knowledge_base)
    assert found.get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing with my swallow or speaking, only the cramps.",
        "There is nothing wrong with my swallowing or my speech.",
        "No trouble with running, swallowing or speaking.",
    ],
)
def test_nothing_with_and_items_before_say_no_trouble(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("difficulty_swallowing") == "absent"
    assert found.get("slurred_speech") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I can do nothing with my swallowing, it all sticks.",
        "No problem at all, speech slurred since May.",
    ],
)
def test_nothing_done_or_no_list_is_no_denial(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("difficulty_swallowing") != "absent"
    assert found.get("slurred_speech") != "absent"
