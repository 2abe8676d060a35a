"""The numbers the scoring uses, derived once per knowledge-base version.

Every association has a likelihood, P(evidence present | condition): the frequency reported by
a cited study where there is one, else a nominal value for its qualitative tier. Evidence a
profile does not mention gets a small background likelihood. Findings that are common in people
with neither condition (the knowledge base's background frequencies) are non-specific: no
profile's likelihood for them is taken to be below that background. These nominal values are
model parameters (docs/scoring.md), not clinical frequencies.
"""

from __future__ import annotations

from typing import NamedTuple

from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import ALS as ALS  # re-exported: the domain's name for the ALS profile
from symptom_overlap.knowledge.schema import (
    B12_DEFICIENCY,
    Association,
    BackgroundFrequency,
    Direction,
    EvidenceKind,
    KnowledgeBase,
    Tier,
)

TIER_LIKELIHOOD = {Tier.VERY_COMMON: 0.8, Tier.COMMON: 0.5, Tier.OCCASIONAL: 0.25, Tier.RARE: 0.1}
UNLISTED_LIKELIHOOD = 0.05
# Likelihoods are kept away from 0 and 1 so that one answer can never be infinitely decisive.
LIKELIHOOD_FLOOR, LIKELIHOOD_CEILING = 0.02, 0.98
B12 = B12_DEFICIENCY
COURSE_CATEGORY = "course"  # how findings develop (slowly over months, within minutes), not what they are


class Link(NamedTuple):
    """One evidence id as seen by one condition profile."""

    likelihood: float
    direction: Direction | None  # None: the profile does not mention this evidence
    tier: Tier | None


class ExplanationPattern(NamedTuple):
    """Another explanation (alternatives.yaml) as the scoring rules see it."""

    suggested_by: frozenset[str]  # findings that point to it
    accounts_for: frozenset[str]  # those, its shape's findings, and others it explains that do not point to it alone
    poor_fit: frozenset[str]  # findings that make it a poor fit
    requires_present: frozenset[str]  # its shape: each of these present...
    requires_absent: frozenset[str]  # ...and each of these answered "no"

    def possible(self, present: frozenset[str], absent: frozenset[str]) -> bool:
        """Nothing present makes it a poor fit, and its shape, if it has one, is there."""
        return not present & self.poor_fit and self.requires_present <= present and self.requires_absent <= absent


class ScoringModel(NamedTuple):
    version: str
    condition_ids: tuple[str, ...]
    links: dict[str, dict[str, Link]]  # evidence id -> condition id -> link
    profiled: frozenset[str]  # evidence ids that at least one profile mentions
    # Risk factors are alternative causes: having one is informative, lacking any one of them is not
    # (most people with B12 deficiency have only one cause), so their absence is not counted.
    presence_only: frozenset[str]
    # P(present) in people with neither condition: the cited background where there is one.
    background: dict[str, float]
    category: dict[str, str]  # evidence id -> its category
    # condition id -> the category sets in which that condition can begin on its own
    presentations: dict[str, tuple[frozenset[str], ...]]
    typical: dict[str, frozenset[str]]  # condition id -> evidence it lists as typical
    warning_signs: frozenset[str]  # the red flags: every interview asks them first, as a checklist
    # Warning signs no profile describes that point to another named explanation (alternatives.yaml).
    warning_signs_elsewhere: frozenset[str]
    alternatives: tuple[ExplanationPattern, ...]
    # Findings as common as a background only when another finding is denied: id -> (background, that finding)
    background_when_absent: dict[str, tuple[float, str]]
    # Derived from the fields above once, because every scoring of a candidate answer asks them.
    non_specific: frozenset[str]  # the ids in background
    specific_profiled: frozenset[str]  # profiled, not non-specific
    specific_typical: dict[str, frozenset[str]]  # condition id -> its typical evidence, not non-specific
    typical_of_any: frozenset[str]  # evidence some profile lists as typical
    rival_typical: dict[str, frozenset[str]]  # condition id -> evidence the other profiles list as typical
    # condition id -> its specific typical findings that are neither a course nor a risk factor: a "no" to one
    # of them tests the profile (weakness, wasting, a start in both feet)
    testing_denials: dict[str, frozenset[str]]
    argued_against: dict[str, frozenset[str]]  # condition id -> evidence it argues against (numbness for ALS)
    # evidence id -> the id it is one complaint with (choking on drinks -> trouble swallowing), for counting findings
    complaint: dict[str, str]
    # Evidence of how a finding began or where (in one hand first, in both feet at once): not a complaint of its own
    descriptions: frozenset[str]

    def link(self, evidence_id: str, condition_id: str) -> Link:
        return self.links[evidence_id][condition_id]

    def is_non_specific(self, evidence_id: str) -> bool:
        return evidence_id in self.non_specific

    def background_likelihood(self, evidence_id: str) -> float:
        return self.background.get(evidence_id, UNLISTED_LIKELIHOOD)

    def complaints(self, evidence_ids: frozenset[str]) -> int:
        """How many complaints the findings describe: ids of one complaint count once."""
        if not evidence_ids & self.complaint.keys():
            return len(evidence_ids)
        return len({self.complaint.get(e, e) for e in evidence_ids})


def likelihood(association: Association) -> float:
    value = association.frequency if association.frequency is not None else TIER_LIKELIHOOD[association.tier]
    return _bounded(value)


def background_likelihood(background: BackgroundFrequency) -> float:
    return _bounded(background.frequency if background.frequency is not None else TIER_LIKELIHOOD[background.tier])


@per_version
def scoring_model(knowledge_base: KnowledgeBase) -> ScoringModel:
    background = {
        item.id: background_likelihood(item) for item in knowledge_base.background if item.when_absent is None
    }
    links: dict[str, dict[str, Link]] = {e.id: {} for e in knowledge_base.evidence}
    for condition in knowledge_base.conditions:
        listed = {a.evidence_id: a for a in condition.associations}
        for evidence_id, by_condition in links.items():
            association = listed.get(evidence_id)
            # A finding common without either condition is at least that common with one of them.
            floor = background.get(evidence_id, UNLISTED_LIKELIHOOD)
            by_condition[condition.id] = (
                Link(floor, None, None)
                if association is None
                else Link(max(likelihood(association), floor), association.direction, association.tier)
            )
    profiled = frozenset(a.evidence_id for c in knowledge_base.conditions for a in c.associations)
    typical = {
        c.id: frozenset(a.evidence_id for a in c.associations if a.direction is Direction.TYPICAL)
        for c in knowledge_base.conditions
    }
    non_specific = frozenset(background)
    presence_only = frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.RISK_FACTOR)
    courses = frozenset(e.id for e in knowledge_base.evidence if e.category == COURSE_CATEGORY)
    suggesting = frozenset(e for alternative in knowledge_base.alternatives for e in alternative.suggested_by)
    red_flags = frozenset(e.id for e in knowledge_base.evidence if e.red_flag)
    return ScoringModel(
        version=knowledge_base.version,
        condition_ids=tuple(c.id for c in knowledge_base.conditions),
        links=links,
        profiled=profiled,
        presence_only=presence_only,
        background=background,
        category={e.id: e.category for e in knowledge_base.evidence},
        presentations={
            c.id: tuple(frozenset(p.categories) for p in c.presentations) for c in knowledge_base.conditions
        },
        typical=typical,
        warning_signs=red_flags,
        warning_signs_elsewhere=(red_flags & suggesting) - profiled,
        alternatives=tuple(
            ExplanationPattern(
                suggested_by=frozenset(a.suggested_by),
                accounts_for=a.accounts_for,
                poor_fit=frozenset(a.not_with),
                requires_present=frozenset(a.requires_present),
                requires_absent=frozenset(a.requires_absent),
            )
            for a in knowledge_base.alternatives
        ),
        background_when_absent={
            item.id: (background_likelihood(item), item.when_absent)
            for item in knowledge_base.background
            if item.when_absent is not None
        },
        non_specific=non_specific,
        specific_profiled=profiled - non_specific,
        specific_typical={condition_id: ids - non_specific for condition_id, ids in typical.items()},
        typical_of_any=frozenset().union(*typical.values()),
        rival_typical={
            condition_id: frozenset().union(*(ids for other, ids in typical.items() if other != condition_id))
            for condition_id in typical
        },
        testing_denials={
            condition_id: ids - non_specific - presence_only - courses for condition_id, ids in typical.items()
        },
        argued_against={
            c.id: frozenset(a.evidence_id for a in c.associations if a.direction is Direction.ARGUES_AGAINST)
            for c in knowledge_base.conditions
        },
        complaint={e.id: e.same_complaint_as for e in knowledge_base.evidence if e.same_complaint_as},
        descriptions=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.COURSE),
    )


def _bounded(value: float) -> float:
    return min(max(value, LIKELIHOOD_FLOOR), LIKELIHOOD_CEILING)
