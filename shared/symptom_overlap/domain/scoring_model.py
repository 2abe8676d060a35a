"""The numbers the scoring uses, derived once per knowledge-base version.

Every association has a likelihood, P(evidence present | condition): the frequency reported by
a cited study where there is one, else a nominal value for its qualitative tier. Evidence a
profile does not mention gets a small background likelihood. These nominal values are model
parameters (docs/scoring.md), not clinical frequencies.
"""

from __future__ import annotations

from dataclasses import dataclass

from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import ALS as ALS  # re-exported: the domain's name for the ALS profile
from symptom_overlap.knowledge.schema import (
    B12_DEFICIENCY,
    Association,
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


@dataclass(frozen=True)
class Link:
    """One evidence id as seen by one condition profile."""

    likelihood: float
    direction: Direction | None  # None: the profile does not mention this evidence
    tier: Tier | None


@dataclass(frozen=True)
class ScoringModel:
    version: str
    condition_ids: tuple[str, ...]
    links: dict[str, dict[str, Link]]  # evidence id -> condition id -> link
    profiled: frozenset[str]  # evidence ids that at least one profile mentions
    # Risk factors are alternative causes: having one is informative, lacking any one of them is not
    # (most people with B12 deficiency have only one cause), so their absence is not counted.
    presence_only: frozenset[str]

    def link(self, evidence_id: str, condition_id: str) -> Link:
        return self.links[evidence_id][condition_id]


def likelihood(association: Association) -> float:
    value = association.frequency if association.frequency is not None else TIER_LIKELIHOOD[association.tier]
    return min(max(value, LIKELIHOOD_FLOOR), LIKELIHOOD_CEILING)


@per_version
def scoring_model(knowledge_base: KnowledgeBase) -> ScoringModel:
    unlisted = Link(likelihood=UNLISTED_LIKELIHOOD, direction=None, tier=None)
    links: dict[str, dict[str, Link]] = {e.id: {} for e in knowledge_base.evidence}
    for condition in knowledge_base.conditions:
        listed = {a.evidence_id: a for a in condition.associations}
        for evidence_id, by_condition in links.items():
            association = listed.get(evidence_id)
            by_condition[condition.id] = (
                unlisted
                if association is None
                else Link(likelihood(association), association.direction, association.tier)
            )
    profiled = frozenset(a.evidence_id for c in knowledge_base.conditions for a in c.associations)
    return ScoringModel(
        version=knowledge_base.version,
        condition_ids=tuple(c.id for c in knowledge_base.conditions),
        links=links,
        profiled=profiled,
        presence_only=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.RISK_FACTOR),
    )
