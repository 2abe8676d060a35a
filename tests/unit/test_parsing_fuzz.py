"""The parser never raises on arbitrary text up to the API's limit, and its spans are the text's own.

Speed is measured by infra/benchmarks/parsing.py (its worst cases included), not here: a timed test
fails on a busy machine without a change in the code.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text

KNOWLEDGE_BASE = load_knowledge_base()


@pytest.fixture(autouse=True, scope="module")
def _warm_lexicon() -> None:
    # The lexicon is built once per knowledge-base version (about 80 ms); other tests' versions evict it.
    parse_text("warm up the lexicon", KNOWLEDGE_BASE)


# Arbitrary unicode (including null bytes, combining marks, emoji), plus text built from the
# parser's own trigger words, which exercises its deeper paths.
WORDS = st.sampled_from(
    [
        "no", "not", "without", "tingling", "numb", "but", ",", ".", "is", "fine", "twitching", "or", "metformin",
        "maybe", "my", "mum", "had", "mnd", "went", "away", "years", "ago", "eye", "weak", "left", "hand", "?",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=2000),
    st.lists(WORDS, max_size=400).map(" ".join).map(lambda text: text[:2000]),
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_parses_into_valid_spans(text: str) -> None:
    for item in parse_text(text, KNOWLEDGE_BASE):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item.matched
        assert item.state == {"present": EvidenceState.PRESENT, "absent": EvidenceState.ABSENT}.get(
            item.assertion.value, EvidenceState.UNKNOWN
        )
