"""Recall of ordinary findings (eleventh session).

Each test is a class of wording, in sentences of my own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no speech or swallowing trouble at all", ("slurred_speech", "difficulty_swallowing")),
        ("My dad has no talking or swallowing problems yet.", ("slurred_speech", "difficulty_swallowing")),
        ("No voice or swallowing problems, thank goodness.", ("slurred_speech", "difficulty_swallowing")),
    ],
)
def test_items_listed_before_a_denied_trouble_word_share_the_denial(
    text: str, denied: tuple[str, ...], knowledge_base: KnowledgeBase
) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert all(found.get(evidence_id) == "absent" for evidence_id in denied)


@pytest.mark.parametrize(
    "text",
    [
        "slurred speech and no swallowing problems",
        "my speech has gone slurry, no swallowing problems",
    ],
)
def test_a_complaint_before_a_denied_trouble_word_is_not_denied(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("slurred_speech") == "present"
    assert found.get("difficulty_swallowing") == "absent"
