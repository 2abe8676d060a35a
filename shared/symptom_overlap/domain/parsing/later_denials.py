"""A symptom said and then denied as it is now, later in the text: "I had tingling in my hands in the summer. No
tingling at the moment." The latest word on it is how things stand, so the earlier one went away (it is resolved,
not current). A denial at another place ("no tingling in my feet now") or one that says nothing of now ("no tingling
today", which may be a good day) leaves it. Red flags keep their reading: one that happened lately is still asked.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from symptom_overlap.domain.parsing.body_site import SiteMention
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
    now_parts = _parts_saying_now(words, segments)  # most texts: none, found by one scan in C
    if not now_parts:
        return list(read)
    part = segments.part
    denials = [item for item in read if item.assertion is Assertion.ABSENT and part[item.finding.first] in now_parts]
    if not denials:
        return list(read)
    said = {
        item.finding.evidence_id
        for item in read
        if item.assertion is Assertion.PRESENT and item.subject is Subject.SELF and item.time is TimeFrame.CURRENT
    }
    coming_and_going = {segments.sentence[index] for index, _ in COMING_AND_GOING.positions(words)}
    denied_now: dict[str, list[ReadFinding]] = {}
    for item in denials:
        if (
            item.finding.evidence_id in said
            and item.subject is Subject.SELF
            and item.time is TimeFrame.CURRENT
            and item.finding.evidence_id not in red_flags
            and segments.sentence[item.finding.first] not in coming_and_going
        ):
            denied_now.setdefault(item.finding.evidence_id, []).append(item)
    if not denied_now:
        return list(read)
    return [
        item._replace(time=TimeFrame.RESOLVED)
        if item.finding.evidence_id in denied_now and _denied_later(segments, item, denied_now)
        else item
        for item in read
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
        for denial in denied_now[item.finding.evidence_id]
    )


def _parts_saying_now(words: Sequence[str], segments: Segments) -> set[int]:
    parts = set()
    for position, sequence in NOW.positions(words):
        end = position + len(sequence)
        if end < len(words) and words[end] in NOT_NOW_AFTER:
            continue
        parts.add(segments.part[position])
    return parts


# A later word that sets the writer's own state against what came before: "Nothing wrong with my strength though.",
# "I sleep flat on my back fine btw.", "No problems when I drink myself."
SETTING_AGAINST = frozenset({"though", "tho", "btw", "myself", "personally"})
# A denial of one day or spell says nothing of the rest ("No cramps today though": it may be a good day; "it hasn't
# twitched in days tho").
A_SPELL = frozenset(
    {"today", "tonight", "yesterday", "morning", "afternoon", "evening", "day", "days", "week", "weeks", "weekend",
     "moment", "atm"}
)  # fmt: skip
# Limbs: a denial in a sentence that names one is of that limb ("Hands are normal though" says nothing of the toes).
LIMBS = frozenset({"arm", "hand", "leg", "foot"})


def set_against_later(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], sites: Sequence[SiteMention]
) -> list[ReadFinding]:
    """The findings, less a present one that a later sentence sets aside with the writer's own denial of it."""
    if SETTING_AGAINST.isdisjoint(words):
        return list(read)
    sentence = segments.sentence
    marked = {sentence[i] for i, word in enumerate(words) if word in SETTING_AGAINST}
    marked -= {sentence[i] for i, word in enumerate(words) if word in A_SPELL}
    marked -= {segments.sentence[index] for index, _ in COMING_AND_GOING.positions(words)}
    denied_at: dict[str, int] = {}  # evidence id -> the first sentence of a marked own denial
    for item in read:
        if (
            item.assertion is Assertion.ABSENT
            and item.subject is Subject.SELF
            and item.time is TimeFrame.CURRENT
            and sentence[item.finding.first] in marked
        ):
            at = sentence[item.finding.first]
            evidence_id = item.finding.evidence_id
            if at < denied_at.get(evidence_id, len(words)):
                denied_at[evidence_id] = at
    if not denied_at:
        return list(read)
    limbs_in: dict[int, set[str]] = {}  # sentence -> the limbs it names
    for site in sites:
        if site.site in LIMBS:
            limbs_in.setdefault(sentence[site.first], set()).add(site.site)
    return [
        item
        for item in read
        if not (
            item.assertion is Assertion.PRESENT
            and item.subject is Subject.SELF
            and sentence[item.finding.last] < denied_at.get(item.finding.evidence_id, -1)
            and item.body_site in limbs_in.get(denied_at[item.finding.evidence_id], {item.body_site})
        )
    ]
