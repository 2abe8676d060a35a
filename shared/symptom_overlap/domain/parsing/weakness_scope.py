"""Where a plain denial of weakness reaches.

"No weakness" denies both hand and leg weakness (docs/parsing.md). A denial said of a place that is no limb
("no weakness in my face", "no weakness of the neck") is about that place, and says nothing of either limb.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding

LIMB_SITES = frozenset({"arm", "hand", "leg", "foot"})
PLACE_REACH = 3  # most tokens after a denial at which a place that is no limb makes it that place's


def denials_at_other_places(
    read: list[ReadFinding],
    sites: Sequence[SiteMention],
    segments: Segments,
    siblings: Mapping[str, Mapping[str, str]],
) -> list[ReadFinding]:
    """Drop a limb's weakness denied only of a place that is no limb: "no weakness in my face"."""
    limbs = siblings.keys()
    if not limbs or not sites:
        return read
    site_at = {i: site.site for site in sites for i in range(site.first, site.last + 1)}
    return [
        item
        for item in read
        if item.finding.evidence_id not in limbs
        or item.assertion is not Assertion.ABSENT
        or not item.finding.denial_only  # a term of its own ("grip") is said of its own place
        or not _said_of_other_place(item.finding.last, site_at, segments)
    ]


def _said_of_other_place(last: int, site_at: Mapping[int, str], segments: Segments) -> bool:
    """Whether a place that is no limb follows the denial closely in its part, and no limb after it there."""
    part_last = segments.part_bounds[segments.part[last]][1]
    after = [site_at[i] for i in range(last + 1, part_last + 1) if i in site_at]
    near = [i for i in range(last + 1, min(last + PLACE_REACH, part_last) + 1) if i in site_at]
    return bool(near) and LIMB_SITES.isdisjoint(after)
