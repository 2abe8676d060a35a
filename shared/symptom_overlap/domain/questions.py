"""Which unanswered questions would most change the picture: expected information gain.

The picture is a distribution over three outcomes: B12 deficiency, ALS, or something else (whose
likelihood for every evidence id is the model's background value), from equal starting odds. A
question's value is how much, on average over its possible answers, it would reduce the
uncertainty (entropy) of that distribution, so both confirming and overturning questions count.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from symptom_overlap.domain.scoring_model import UNLISTED_LIKELIHOOD, ScoringModel
from symptom_overlap.knowledge.schema import EvidenceDefinition, KnowledgeBase

MAX_QUESTIONS = 5


def next_questions(
    knowledge_base: KnowledgeBase, model: ScoringModel, present: set[str], absent: set[str]
) -> list[EvidenceDefinition]:
    """Up to five questions a person can answer; red flags first while none has been answered."""
    answered = present | absent
    candidates = [
        evidence
        for evidence in knowledge_base.evidence
        if evidence.reporter == "self"
        and evidence.id not in answered
        and (evidence.id in model.profiled or evidence.red_flag)
    ]
    red_flag_answered = any(evidence.red_flag and evidence.id in answered for evidence in knowledge_base.evidence)
    belief = outcome_probabilities(model, present, absent)

    def rank(evidence: EvidenceDefinition) -> tuple[bool, float, str]:
        red_flag_first = evidence.red_flag and not red_flag_answered
        absence_counts = evidence.id not in model.presence_only
        gain = information_gain(belief, _likelihoods(model, evidence.id), absence_counts)
        return (not red_flag_first, -round(gain, 9), evidence.id)

    return sorted(candidates, key=rank)[:MAX_QUESTIONS]


def outcome_probabilities(model: ScoringModel, present: set[str], absent: set[str]) -> list[float]:
    """P(B12), P(ALS), P(something else) given the answers, from equal starting odds."""
    log_weights = [0.0, 0.0, 0.0]
    for evidence_id in present | (absent - model.presence_only):
        for index, likelihood in enumerate(_likelihoods(model, evidence_id)):
            log_weights[index] += math.log(likelihood if evidence_id in present else 1 - likelihood)
    peak = max(log_weights)
    weights = [math.exp(value - peak) for value in log_weights]
    return [weight / sum(weights) for weight in weights]


def information_gain(belief: Sequence[float], likelihoods: Sequence[float], absence_counts: bool = True) -> float:
    """Expected drop in entropy of the outcome distribution from learning whether evidence is present.

    Where absence is not counted (risk factors), a 'no' leaves the distribution as it was.
    """
    p_present = sum(b * likelihood for b, likelihood in zip(belief, likelihoods, strict=True))
    if p_present <= 0 or p_present >= 1:
        return 0.0
    if_present = [b * likelihood / p_present for b, likelihood in zip(belief, likelihoods, strict=True)]
    if_absent = (
        [b * (1 - likelihood) / (1 - p_present) for b, likelihood in zip(belief, likelihoods, strict=True)]
        if absence_counts
        else list(belief)
    )
    expected = p_present * _entropy(if_present) + (1 - p_present) * _entropy(if_absent)
    return max(0.0, _entropy(belief) - expected)


def _likelihoods(model: ScoringModel, evidence_id: str) -> tuple[float, float, float]:
    links = model.links[evidence_id]
    return (links["b12_deficiency"].likelihood, links["als"].likelihood, UNLISTED_LIKELIHOOD)


def _entropy(distribution: Sequence[float]) -> float:
    return -sum(p * math.log2(p) for p in distribution if p > 0)
