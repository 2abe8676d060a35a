"""A symptom said and then denied as it is now, later in the text: "I had tingling in my hands in the summer. No
tingling at the moment." The latest word on it is how things stand, so the earlier one went away (it is resolved,
not current). A denial at another place ("no tingling in my feet now") or one that says nothing of now ("no tingling
today", which may be a good day) leaves it. Red flags keep their reading: one that happened lately is still asked.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.sequences import WordSequences

NOW = WordSequences(
    {("now",), ("anymore",), ("nowadays",), ("currently",), ("any", "more"), ("these", "days"), ("at", "present")}
    | {("at", "the", "moment"), ("right", "now"), ("atm",)}
)
NOT_NOW_AFTER = frozenset({"and", "then", "on"})  # "now and then", "now and again", "now on": not the present
# A symptom that comes and goes is not over when it is away: "no numbness now, it comes and goes".
COMING_AND_GOING = WordSequences(
    {("comes", "and", "goes"), ("come", "and", "go"), ("on", "and", "off"), ("off", "and", "on"), ("sometimes",)}
    | {("some", "days"), ("flares",), ("flare",), ("flare", "ups"), ("good", "day"), ("bad", "days")}
)


def resolved_by_later_denials(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], red_flags: Collection[str]
) -> list[ReadFinding]:
    """The findings, with a present one resolved when a later sentence denies it now."""
    denied_now: dict[str, list[ReadFinding]] = {}
    for item in read:
        if (
            item.assertion is Assertion.ABSENT
            and item.subject is Subject.SELF
            and item.time is TimeFrame.CURRENT
            and item.finding.evidence_id not in red_flags
            and _says_now(words, segments, item.finding.first)
        ):
            denied_now.setdefault(item.finding.evidence_id, []).append(item)
    if not denied_now:
        return list(read)
    return [
        item._replace(time=TimeFrame.RESOLVED) if _denied_later(segments, item, denied_now) else item for item in read
    ]


def _denied_later(segments: Segments, item: ReadFinding, denied_now: dict[str, list[ReadFinding]]) -> bool:
    if item.assertion is not Assertion.PRESENT or item.subject is not Subject.SELF:
        return False
    if item.time is not TimeFrame.CURRENT:
        return False
    sentence = segments.sentence[item.finding.last]
    return any(
        segments.sentence[denial.finding.first] > sentence
        and (denial.body_site is None or denial.body_site == item.body_site)
        for denial in denied_now.get(item.finding.evidence_id, ())
    )


def _says_now(words: Sequence[str], segments: Segments, index: int) -> bool:
    sentence_first, sentence_last = segments.sentence_bounds[segments.sentence[index]]
    if COMING_AND_GOING.positions(words[sentence_first : sentence_last + 1]):
        return False
    first, last = segments.part_bounds[segments.part[index]]
    part = words[first : last + 1]
    for position, sequence in NOW.positions(part):
        following = part[position + len(sequence)] if position + len(sequence) < len(part) else ""
        if following not in NOT_NOW_AFTER:
            return True
    return False
