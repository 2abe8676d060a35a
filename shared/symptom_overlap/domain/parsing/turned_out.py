"""A complaint that "turned out to be" something else: "my foot drop turned out to be a too-tight boot", "the hand
weakness I thought I had turned out to be nothing". The writer says what they took for the finding was not it, so
the finding is denied. A cause that is itself a finding ("the numbness turned out to be from my diabetes") names a
cause of a real symptom and leaves it; a conditional ("if this turns out to be ALS") says nothing. Red flags keep
their reading (what "turned out" to be harmless may still need its question asked).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject

TURNED = frozenset({"turned", "turns", "turn"})
# "if this turns out to be ALS", "in case it turns out", "what if it turns out": not a finding's outcome.
CONDITIONAL = frozenset({"if", "whether", "case", "might", "may", "could", "will", "would", "scared", "afraid"})
CONDITIONAL_REACH = 4  # words before "turned out"


def turned_out_otherwise(
    words: Sequence[str],
    segments: Segments,
    read: Sequence[ReadFinding],
    complaints: Collection[str],
    red_flags: Collection[str],
) -> list[ReadFinding]:
    """The findings, with a complaint said right before "turned out" (nothing read between them) denied, when
    nothing read after it in its part gives a finding as the cause."""
    outcomes = [
        i
        for i in range(len(words) - 1)
        if words[i] in TURNED
        and words[i + 1] == "out"
        and CONDITIONAL.isdisjoint(words[max(0, i - CONDITIONAL_REACH) : i])
    ]
    if not outcomes:
        return list(read)
    sentence = segments.sentence
    dismissed: set[tuple[str, int]] = set()
    for outcome in outcomes:
        here = sentence[outcome]
        before = [item for item in read if item.finding.last < outcome and sentence[item.finding.last] == here]
        if not before or any(
            item.finding.first > outcome
            and segments.part[item.finding.first] == segments.part[outcome]
            and item.assertion is not Assertion.ABSENT
            for item in read
        ):
            continue  # nothing told before it, or a finding given as what it turned out to be
        nearest = max(item.finding.last for item in before)
        for item in before:
            if (
                item.finding.last == nearest
                and item.assertion is Assertion.PRESENT
                and item.subject is Subject.SELF
                and item.finding.evidence_id in complaints
                and item.finding.evidence_id not in red_flags
            ):
                dismissed.add((item.finding.evidence_id, item.finding.first))
    if not dismissed:
        return list(read)
    return [
        item._replace(assertion=Assertion.ABSENT)
        if (item.finding.evidence_id, item.finding.first) in dismissed
        else item
        for item in read
    ]
