"""Denials, ninth session: what a denial reaches, and words that only look like one."""

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
        "Meals are fine, I never cough on food or drink.",
        "She has no bother when she eats or drinks, no coughing at all.",
        "nothing goes down the wrong way when I'm eating and drinking",
    ],
)
def test_eating_and_drinking_together_is_swallowing_not_alcohol(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "heavy_alcohol_use" not in about_the_person_now(text, knowledge_base)


def test_alcohol_is_still_read_beside_eating_and_drinking(knowledge_base: KnowledgeBase) -> None:
    text = "No cough with food or drink. I drink heavily most nights though."
    assert about_the_person_now(text, knowledge_base)["heavy_alcohol_use"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "It has crept on over two years, nothing fast about it.",
        "The weakness is not fast, it is very slow.",
        "No rapid change in my hands since the spring.",
    ],
)
def test_a_denied_fast_course_is_no_rapid_progression(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "My wife did the FAST check, FAST negative.",
        "My pulse isn't racing fast at the moment.",
        "I don't walk fast, I never have.",
    ],
)
def test_fast_as_a_speed_or_the_stroke_check_says_nothing_of_the_course(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert "rapid_progression" not in about_the_person_now(text, knowledge_base)


def test_a_fast_course_told_beside_a_denial_is_still_read(knowledge_base: KnowledgeBase) -> None:
    text = "Not fast at first, but over the last two weeks my legs have got much worse every day."
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    ["Sleeping flat is no bother for me.", "He sleeps flat fine, just the one pillow.", "Breathing flat is fine."],
)
def test_sleeping_flat_said_fine_denies_breathlessness_lying_flat(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "absent"


def test_not_able_to_sleep_flat_is_still_breathlessness_lying_flat(knowledge_base: KnowledgeBase) -> None:
    text = "I can't sleep flat any more, I need to be propped up on pillows."
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "present"
