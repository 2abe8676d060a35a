"""Red flags, eleventh session: mechanisms that kept a warning sign from being read, and what they must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


@pytest.mark.parametrize(
    "text",
    [
        "Drinks go down the wrong way most days now. Not sure any of it is related.",
        "I cough on my tea most days. Not sure if that's connected to anything.",
        "Soup keeps going down the wrong way. no idea if it's linked",
    ],
)
def test_a_doubt_about_a_link_leaves_the_warning_sign_said(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "choking_on_liquids") == "present"


def test_a_doubt_about_what_happened_still_doubts_it(knowledge_base: KnowledgeBase) -> None:
    text = "Drinks go down the wrong way most days now. Not sure that's real."
    assert reading(text, knowledge_base, "choking_on_liquids") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've been stockpiling my painkillers, if it turns out to be MND I'm done",
        "she's been saving up her sleeping pills so if the diagnosis is bad she can end it",
    ],
)
def test_means_gathered_for_a_feared_result_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I'm saving my B12 tablets for the holiday",
        "I take my pills if my back gets worse",
    ],
)
def test_tablets_kept_for_an_ordinary_reason_are_no_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") != "present"
