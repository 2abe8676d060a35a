"""A risk the person says they have made safe is absent: "I'm vegan but I take a B12 spray every day".

A risk factor's contrary words about the person now (a vegan diet's "I take B12 tablets daily", as its question
asks: a diet low in B12 without supplements) stand over the risk's own words in the text. A habit only just
begun, given up or not kept up ("I've just started B12 tablets", "stopped taking B12 last year") does not.
Red flags have no contrary words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame

JOINS = frozenset({"and", ",", "but", "so", "then", "plus", "&"})  # between a risk said and a habit that makes it safe
SUPPLEMENT_WORDS = frozenset(
    {"tablets", "tablet", "spray", "sprays", "supplement", "supplements", "drops", "gummies", "pills"}
)
_PRESENT, _ABSENT, _SELF, _CURRENT = Assertion.PRESENT, Assertion.ABSENT, Subject.SELF, TimeFrame.CURRENT

# Words that say the safe habit is new, given up or not kept up: the risk held, or holds.
NOT_KEPT_UP = frozenset(
    {
        "started", "starting", "start", "began", "begun", "recently", "just", "now", "new", "stopped", "stop",
        "quit", "gave", "forgot", "forget", "forgetting", "used", "until", "ago", "last", "sometimes",
        "occasionally", "rarely", "seldom",
    }
)  # fmt: skip


def neutralised_risks(
    words: Sequence[str],
    segments: Segments,
    read: list[ReadFinding],
    habits: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The readings without a risk factor's present readings that its own contrary words made safe. A supplement
    said with no risk to make safe ("I take B12 tablets daily") says nothing: it is no answer about a diet.
    ``present``: the set of ``words``, if the caller has it: with no supplement word, nothing is made safe."""
    if present is not None and SUPPLEMENT_WORDS.isdisjoint(present):
        return read
    safe: set[str] = set()
    supplements: list[ReadFinding] = []
    risks = [item.finding.first for item in read if item.assertion is _PRESENT and item.finding.evidence_id in habits]
    for item in read:
        if item.finding.contrary and item.finding.evidence_id in habits and item.assertion is _ABSENT:
            said = words[item.finding.first : item.finding.last + 1]
            if SUPPLEMENT_WORDS.isdisjoint(said):
                continue
            supplements.append(item)
            if (
                item.subject is _SELF
                and item.time is _CURRENT
                and NOT_KEPT_UP.isdisjoint(_habit_words(words, segments, item, risks))
            ):
                safe.add(item.finding.evidence_id)
    if not supplements:
        return read
    at_risk = {item.finding.evidence_id for item in read if item.assertion is _PRESENT and item.subject is _SELF}
    return [
        item
        for item in read
        if not (item.assertion is _PRESENT and item.subject is _SELF and item.finding.evidence_id in safe)
        and not (item in supplements and item.finding.evidence_id not in at_risk)
    ]


def _habit_words(words: Sequence[str], segments: Segments, item: ReadFinding, risks: Sequence[int]) -> list[str]:
    """The words of the safe habit's clause, less a risk's own words up to the word that joins the habit to it: in
    "I went vegan a year ago and take B12 every day" the "ago" is the diet's."""
    first, last = segments.clause_bounds[segments.clause[item.finding.first]]
    risk_words: set[int] = set()
    for start in risks:
        if first <= start < item.finding.first:
            end = start
            while end < item.finding.first and words[end] not in JOINS:
                end += 1
            if end < item.finding.first:  # joined: the risk's words end before the habit's
                risk_words.update(range(start, end))
    return [words[i] for i in range(first, last + 1) if i not in risk_words]
