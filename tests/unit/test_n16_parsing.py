"""Denials, doubts and people found in blind round 19: "no one in my own family", "not sure if her memory is
worse", a carer with complaints of their own, a question someone else asked."""

import pytest

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text
from tests.unit.own_kb_reading import KNOWLEDGE_BASE, states_of


def _family_history(text: str) -> EvidenceState | None:
    return next((item.state for item in parse_text(text, KNOWLEDGE_BASE) if item.id == "family_history_als"), None)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in my own family has ever had MND",
        "no one in my whole extended family has had motor neurone disease",
        "No one in my family has had MND",
    ],
)
def test_no_one_in_a_family_having_had_it_denies_the_family_history(text: str) -> None:
    assert _family_history(text) is EvidenceState.ABSENT


def test_no_one_in_the_family_doing_something_denies_nothing() -> None:
    found = {
        item.id: item.state
        for item in parse_text("nobody in my whole family believes my legs are weak", KNOWLEDGE_BASE)
    }
    assert found == {"leg_weakness": EvidenceState.PRESENT}


def test_a_finding_said_by_a_doubted_worsening_is_doubted_with_it() -> None:
    assert states_of("I'm not sure if her memory is worse.")["memory_problems"] is EvidenceState.UNKNOWN
    assert states_of("not sure if my grip is worse")["hand_weakness"] is EvidenceState.UNKNOWN


def test_a_finding_named_apart_from_the_doubted_worsening_is_still_said() -> None:
    assert states_of("not sure if the numbness is spreading")["numbness"] is EvidenceState.PRESENT
    assert states_of("my memory is bad, not sure if it's getting worse")["memory_problems"] is EvidenceState.PRESENT


def _subjects(text: str) -> dict[str, str]:
    return {item.id: item.subject.value for item in parse_text(text, KNOWLEDGE_BASE)}


def test_a_carer_with_complaints_of_their_own_beside_a_diagnosis_alone_is_the_patient() -> None:
    text = "My husband was diagnosed with MND last year and I look after him. For a month I've had twitches in my arms."
    assert _subjects(text) == {"known_als_diagnosis": "other", "fasciculations": "self"}


def test_a_carer_telling_the_complaints_of_the_one_cared_for_writes_about_them() -> None:
    text = "I look after my husband, he has MND. He's started choking on drinks and I'm exhausted."
    subjects = _subjects(text)
    assert subjects["choking_on_liquids"] == "self"
    assert subjects["known_als_diagnosis"] == "self"


def test_a_question_someone_else_asked_and_the_writer_answered_no_is_denied() -> None:
    text = "My daughter asked me if I think to end my life. No, I do not have such thoughts."
    assert states_of(text) == {"suicidal_thoughts": EvidenceState.ABSENT}
    assert states_of("She asked me whether my legs are weak. No.") == {"leg_weakness": EvidenceState.ABSENT}


def test_a_question_someone_else_asked_and_left_unanswered_is_asked() -> None:
    assert states_of("She asked me whether my legs are weak.") == {"leg_weakness": EvidenceState.UNKNOWN}
    # ...but a warning sign asked that way stays as read: a missed one costs most
    text = "My daughter asked me if I think to end my life."
    assert states_of(text) == {"suicidal_thoughts": EvidenceState.PRESENT}


def test_a_reason_given_for_the_question_is_said() -> None:
    text = "people keep asking if I'm drunk because my words are slurred"
    assert states_of(text) == {"slurred_speech": EvidenceState.PRESENT}
