"""Mechanism bugs, ninth session: what a denial reaches, whose a finding is and when, and words that only look
like a finding."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My toes never go numb, even in the cold.", "numbness"),
        ("I never go unsteady in the dark.", "unsteady_in_dark"),
    ],
)
def test_never_going_into_a_state_denies_it(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "The numbness in my toes never goes away.",
        "The numbness never really goes.",
        "My toes are numb, it never goes off.",
    ],
)
def test_a_symptom_that_never_goes_is_present(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"
