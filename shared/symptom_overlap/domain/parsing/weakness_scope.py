"""Where a plain denial of weakness reaches, and when a limb said fine was fine.

"No weakness" denies both hand and leg weakness (docs/parsing.md). A denial said of a place that is no limb
("no weakness in my face", "no weakness of the neck") is about that place, and says nothing of either limb.
A limb said to have been fine before a time or a change ("my legs were fine on Monday", "my legs, which were
ok, ...") tells how it was then, the baseline a change is measured from, not how it is now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame

LIMB_SITES = frozenset({"arm", "hand", "leg", "foot"})
PLACE_REACH = 3  # most tokens after a denial at which a place that is no limb makes it that place's
PAST_LINKS = frozenset({"were", "was"})
RELATIVES = frozenset({"which", "that", "who"})
FINE_THEN = frozenset({"fine", "ok", "okay", "normal", "alright", "good", "strong"})
# Words after "were fine" that place it at a time before now: "on Monday", "until Friday", "a week ago".
THEN = frozenset(
    {"on", "until", "till", "til", "before", "yesterday", "ago", "last", "earlier", "previously", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "this"}
)  # fmt: skip
THEN_REACH = 3  # most tokens after the fine word at which a time word may stand
LINK_REACH = 3  # most tokens between the limb and "were"
# "Weakness? A bit in my legs.": a heading of weakness answered with a place.
WEAK_HEADINGS = frozenset({"weakness", "weak"})
HEADING_MARKS = frozenset({"?", ":"})
ANSWER_REACH = 8  # most tokens of the answer read after the mark
ANSWER_DENIALS = frozenset({"no", "not", "none", "nothing", "never", "nope", "nah", "neither"})
ANSWER_DOUBTS = frozenset({"maybe", "sure", "perhaps", "possibly", "might", "unsure", "dunno"})


def denials_at_other_places(
    read: list[ReadFinding],
    words: Sequence[str],
    sites: Sequence[SiteMention],
    segments: Segments,
    siblings: Mapping[str, Mapping[str, str]],
) -> list[ReadFinding]:
    """Drop a limb's weakness denied only of a place that is no limb ("no weakness in my face"), or said fine
    only as it was before a time or a change ("my legs were fine on Monday")."""
    limbs = siblings.keys()
    if not sites or not any(item.assertion is Assertion.ABSENT and item.finding.evidence_id in limbs for item in read):
        return read
    site_at = {i: site.site for site in sites for i in range(site.first, site.last + 1)}
    kept = []
    for item in read:
        finding = item.finding
        if finding.evidence_id in limbs and item.assertion is Assertion.ABSENT:
            if finding.denial_only and _said_of_other_place(finding.last, site_at, segments):
                continue
            if not finding.denial_only and not finding.cue and _fine_only_then(words, finding.last, segments):
                continue
        kept.append(item)
    return kept


def _fine_only_then(words: Sequence[str], last: int, segments: Segments) -> bool:
    """Whether a limb is said fine in the past tense, before a time ("were fine on Monday") or in a relative
    clause set against now ("my legs, which were ok, are buckling")."""
    sentence_last = segments.sentence_bounds[segments.sentence[last]][1]
    for link in range(last + 1, min(last + LINK_REACH, sentence_last) + 1):
        if words[link] not in PAST_LINKS:
            continue
        fine = link + 1
        if fine > sentence_last or words[fine] not in FINE_THEN:
            return False
        if RELATIVES.intersection(words[last + 1 : link]):
            return True
        return not THEN.isdisjoint(words[fine + 1 : min(fine + THEN_REACH, sentence_last) + 1])
    return False


def _said_of_other_place(last: int, site_at: Mapping[int, str], segments: Segments) -> bool:
    """Whether a place that is no limb follows the denial closely in its part, and no limb after it there."""
    part_last = segments.part_bounds[segments.part[last]][1]
    after = [site_at[i] for i in range(last + 1, part_last + 1) if i in site_at]
    near = [i for i in range(last + 1, min(last + PLACE_REACH, part_last) + 1) if i in site_at]
    return bool(near) and LIMB_SITES.isdisjoint(after)


def answered_at_a_place(
    words: Sequence[str],
    present: AbstractSet[str],
    read: Sequence[ReadFinding],
    sites: Sequence[SiteMention],
    segments: Segments,
    siblings: Mapping[str, Mapping[str, str]],
) -> list[ReadFinding]:
    """A heading of weakness answered with a limb ("Weakness? A bit in my legs.", "weak: only the right hand") is
    that limb's weakness, denied or doubted as the answer says, when nothing else reads it."""
    if not sites or WEAK_HEADINGS.isdisjoint(present) or HEADING_MARKS.isdisjoint(present):
        return []
    evidence_at = {site: other for places in siblings.values() for site, other in places.items()}
    known = {item.finding.evidence_id for item in read}
    answered = []
    for mark in range(1, len(words)):
        heading = mark - 1
        if words[mark] not in HEADING_MARKS or words[heading] not in WEAK_HEADINGS:
            continue
        if heading != segments.sentence_bounds[segments.sentence[heading]][0]:
            continue  # a heading opens its sentence
        end = min(mark + ANSWER_REACH, len(words) - 1)
        site = next((s for s in sites if mark < s.first <= end and s.site in evidence_at), None)
        if site is None or evidence_at[site.site] in known:
            continue
        answer = words[mark + 1 : site.first]
        if WEAK_HEADINGS.intersection(answer) or HEADING_MARKS.intersection(answer[1:]):
            continue  # the answer runs into another heading or question
        assertion = (
            Assertion.ABSENT
            if ANSWER_DENIALS.intersection(answer)
            else Assertion.UNCERTAIN
            if ANSWER_DOUBTS.intersection(answer)
            else Assertion.PRESENT
        )
        evidence_id = evidence_at[site.site]
        answered.append(
            ReadFinding(Finding(evidence_id, heading, site.last), assertion, Subject.SELF, TimeFrame.CURRENT, None)
        )
        known.add(evidence_id)
    return answered
