"""Absent findings: denials the parser used to miss, and denials it used to read too widely."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # A span with no past tense reaches up to now.
        ("my calf has been jumping for a month", "fasciculations", "current"),
        ("cramps in both feet for a week now, nothing else", "muscle_cramps", "current"),
        ("I've had tingling in my toes for a month", "tingling", "current"),
        # Said in the past tense, it is over.
        ("I had tingling in my toes for a week after the vaccine", "tingling", "past"),
    ],
)
def test_a_span_is_past_only_in_the_past_tense(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


def test_a_place_denied_after_a_span_up_to_now_denies_now(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My eyelid has flickered for a week. Not anywhere else though.", knowledge_base)
    assert found["eyelid_twitching"] == "present"
    assert found["fasciculations"] == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my arms feel heavy but there's no stiffness", "absent"),
        ("I'm not stiff at all, just tired", "absent"),
        ("muscle tone was normal when she examined me", "absent"),
        # A denial of stiffness does not reach a stiffness said after "but".
        ("no stiffness in the mornings but my calves feel tight and springy when I walk", "present"),
    ],
)
def test_stiffness_is_denied_in_its_own_words(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base)["stiffness_spasticity"] == expected
