""" "No one in my (own, whole) family has had it" denies the relatives, however long the place before the verb."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text

KNOWLEDGE_BASE = load_knowledge_base()


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
