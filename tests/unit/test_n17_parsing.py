"""Readings found in the seventeenth session's development failures: an answer written after the body part that
follows a finding ("numb bum - no", "twitchy calves: none")."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def _states(text: str) -> dict[str, EvidenceState]:
    return {item.id: item.state for item in parse_text(text, KNOWLEDGE_BASE)}


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("twitchy calves: none", "fasciculations"),
        ("cramping thighs - no.", "muscle_cramps"),
        ("pins and needles fingers - no", "tingling"),
    ],
)
def test_an_answer_after_the_body_part_denies_the_finding(text: str, evidence_id: str) -> None:
    assert _states(text)[evidence_id] is EvidenceState.ABSENT


def test_a_new_item_after_the_body_part_denies_only_itself() -> None:
    assert _states("Pt reports paraesthesia feet, nil leg weakness") == {
        "tingling": EvidenceState.PRESENT,
        "leg_weakness": EvidenceState.ABSENT,
    }


def test_a_yes_after_the_body_part_keeps_the_finding() -> None:
    assert _states("twitchy calves: yes") == {"fasciculations": EvidenceState.PRESENT}
