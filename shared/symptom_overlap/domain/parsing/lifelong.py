"""A red flag the writer thinks they have always had: "my smile looks lopsided, but I think it's always been
like that". Whether it is new is what decides the alarm, so the red flag is uncertain and its question is
asked. Other findings keep their reading: a lifelong trait is still there.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding
from symptom_overlap.domain.parsing.tokens import Token

ALWAYS = frozenset({"always"})
LIKE_THAT = frozenset({"like", "that", "this", "way"})  # "always been like that", "always been this way"
BEEN = frozenset({"been", "was", "looked", "looks", "had"})
REACH = 3  # words after "always" that may say "been like that"


def lifelong_red_flags_uncertain(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, with a present red flag uncertain when its sentence says it has always been so. ``present``:
    the set of the tokens' words, if the caller has it (most texts have no "always": their tokens are not read)."""
    if present is not None and ALWAYS.isdisjoint(present):
        return list(read)
    lifelong = {
        segments.sentence[index]
        for index, token in enumerate(tokens)
        if token.word in ALWAYS and _always_so(tokens, index)  # the test first spares a call per word
    }
    if not lifelong:
        return list(read)
    return [
        item._replace(assertion=Assertion.UNCERTAIN)
        if item.finding.evidence_id in red_flags
        and item.assertion is Assertion.PRESENT
        and segments.sentence[item.finding.first] in lifelong
        else item
        for item in read
    ]


def _always_so(tokens: Sequence[Token], index: int) -> bool:
    if tokens[index].word not in ALWAYS:
        return False
    following = [token.word for token in tokens[index + 1 : index + 1 + REACH]]
    return bool(following) and following[0] in BEEN and not LIKE_THAT.isdisjoint(following[1:])
