"""Precision, seventh session (phase 2): the effort a body feels after hard exercise names no illness."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now

# Effort felt after hard exercise


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("After a long hike my legs were like lead, which I put down to the hills.", "leg_weakness"),
        ("Heart thumping after the spin class at the gym, which I love.", "palpitations"),
        ("I was totally puffed out after the football match on Sunday.", "breathless_on_exertion"),
    ],
)
def test_effort_after_hard_exercise_is_no_finding(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I get breathless even after a short run.", "breathless_at_rest"),
        ("My legs give way after the gym now, which never used to happen.", "leg_weakness"),
        ("My legs are weak and I get breathless climbing stairs, I used to run marathons.", "leg_weakness"),
    ],
)
def test_effort_after_slight_exercise_or_a_change_is_still_a_finding(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_denial_after_exercise_stays_a_denial(knowledge_base: KnowledgeBase) -> None:
    text = "I'm not short of breath after the gym, but my thighs twitch."
    assert about_the_person_now(text, knowledge_base).get("breathless_on_exertion") == "absent"
