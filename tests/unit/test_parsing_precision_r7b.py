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


# A writer who says outright that the text is about them is the patient, even as a carer


def test_a_carer_writing_about_themself_is_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "I look after my mum who has MND. This is about me though: my calves twitch and my hands cramp."
    found = about_the_person_now(text, knowledge_base)
    assert found.get("fasciculations") == "present"
    assert found.get("family_history_als") == "present"
    assert "known_als_diagnosis" not in found


def test_a_denied_statement_of_whom_names_no_patient(knowledge_base: KnowledgeBase) -> None:
    text = "My sister has MND and I'm her carer. I'm not asking for her, I'm asking for myself: my thighs twitch."
    assert about_the_person_now(text, knowledge_base).get("fasciculations") == "present"


def test_writing_for_a_relative_still_makes_them_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "I'm writing for my dad, he chokes on water and his legs are weak."
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"
