"""Thirteenth session, precision: findings the parser read that the writer did not state."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import Assertion, Subject, TimeFrame, parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def _present(text: str) -> set[str]:
    """The ids the text says of the person, now, for certain."""
    return {
        item.id
        for item in parse_text(text, KNOWLEDGE_BASE)
        if item.assertion is Assertion.PRESENT and item.subject is Subject.SELF and item.time is TimeFrame.CURRENT
    }


@pytest.mark.parametrize(
    "text",
    [
        "Both my hands go prickly overnight, it's been about a month.",
        "My palms go numb when I'm on the computer for long.",
    ],
)
def test_a_whole_hand_at_night_or_in_use_is_no_median_nerve_pattern(text: str) -> None:
    found = _present(text)
    assert found & {"tingling", "numbness"}
    assert "median_nerve_pattern" not in found


@pytest.mark.parametrize(
    "text",
    [
        "My index finger and thumb go prickly overnight.",
        "My fingertips go numb when I'm on the computer for long.",
    ],
)
def test_the_fingers_at_night_or_in_use_still_say_the_pattern(text: str) -> None:
    assert "median_nerve_pattern" in _present(text)
