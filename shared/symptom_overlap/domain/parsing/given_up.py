"""A habit or a medicine given up is absent now: "six years sober now after years of drinking heavily", "I was
on metformin but stopped it last year". The finding itself is read as past; this adds that it no longer holds,
which is what a clinician records. Only habits that are no red flag (a red flag's question is asked whatever
the writer says of its past), and only when the sentence says it was given up, not just that it was once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.sequences import WordSequences

GIVING_UP = WordSequences(
    {
        ("sober",), ("teetotal",), ("abstinent",), ("dry",), ("quit",), ("stopped",), ("gave", "up"),
        ("given", "up"), ("cold", "turkey"), ("no", "longer"), ("came", "off"), ("come", "off"), ("touched",),
    }
)  # fmt: skip
BEFORE_NOW = frozenset({TimeFrame.PAST, TimeFrame.RESOLVED})
# "I'm vegan and I stopped my B12 tablets": what was stopped is the supplement that made the diet safe, not the diet.
SUPPLEMENTS = frozenset({"b12", "tablets", "tablet", "supplement", "supplements", "spray", "injections", "jabs"})
SUPPLEMENT_REACH = 4  # words after the giving-up word that may name what was given up


def given_up(
    words: Sequence[str],
    segments: Segments,
    read: Sequence[ReadFinding],
    habits: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """An absent reading now for each past habit of the person's whose sentence says it was given up. ``present``:
    the set of ``words``, if the caller has it (a text that cannot hold a giving up is not read further)."""
    absent: list[ReadFinding] = []
    if present is not None and not GIVING_UP.may_occur(present):
        return absent
    if not any(item.finding.evidence_id in habits for item in read):
        return absent
    for item in read:
        if (
            item.finding.evidence_id in habits
            and item.assertion is Assertion.PRESENT
            and item.subject is Subject.SELF
            and item.time in BEFORE_NOW
        ):
            first, last = segments.sentence_bounds[segments.sentence[item.finding.first]]
            if any(
                not _supplement_given_up(words, first + start, item.finding)
                for start, _ in GIVING_UP.positions(words[first : last + 1])
            ):
                finding = Finding(item.finding.evidence_id, item.finding.first, item.finding.last)
                absent.append(ReadFinding(finding, Assertion.ABSENT, Subject.SELF, TimeFrame.CURRENT, None))
    return absent


def _supplement_given_up(words: Sequence[str], start: int, habit: Finding) -> bool:
    """The giving-up word at ``start`` names a supplement soon after it, outside the habit's own words."""
    after = range(start + 1, min(len(words), start + 1 + SUPPLEMENT_REACH))
    return any(words[i] in SUPPLEMENTS and not habit.first <= i <= habit.last for i in after)
