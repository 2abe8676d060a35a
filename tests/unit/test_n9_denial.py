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
