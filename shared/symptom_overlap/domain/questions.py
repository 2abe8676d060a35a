"""Which unanswered questions would most change the picture: expected information gain."""

from __future__ import annotations

import math

from symptom_overlap.domain.model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.models import EvidenceDefinition, KnowledgeBase

MAX_QUESTIONS = 5


def next_questions(
    knowledge_base: KnowledgeBase, model: ScoringModel, answered: set[str], b12_probability: float
) -> list[EvidenceDefinition]:
    """Up to five questions a person can answer; red flags first while none has been answered.

    Each candidate is ranked by how much, on average over its possible answers, it would reduce
    the uncertainty (entropy) about which profile the picture belongs to; ties go to the evidence
    more strongly associated with either profile, so a settled picture still asks the most telling
    missing features.
    """
    candidates = [
        evidence
        for evidence in knowledge_base.evidence
        if evidence.reporter == "self"
        and evidence.id not in answered
        and (evidence.id in model.profiled or evidence.red_flag)
    ]
    red_flag_answered = any(evidence.red_flag and evidence.id in answered for evidence in knowledge_base.evidence)

    def rank(evidence: EvidenceDefinition) -> tuple[bool, float, float, str]:
        b12 = model.link(evidence.id, B12).likelihood
        als = model.link(evidence.id, ALS).likelihood
        red_flag_first = evidence.red_flag and not red_flag_answered
        gain = information_gain(b12_probability, b12, als)
        return (not red_flag_first, -round(gain, 9), -max(b12, als), evidence.id)

    return sorted(candidates, key=rank)[:MAX_QUESTIONS]


def information_gain(b12_probability: float, b12_likelihood: float, als_likelihood: float) -> float:
    """Expected drop in entropy of P(B12 vs ALS) from learning whether the evidence is present."""
    p_present = b12_probability * b12_likelihood + (1 - b12_probability) * als_likelihood
    if p_present <= 0 or p_present >= 1:
        return 0.0
    after_present = b12_probability * b12_likelihood / p_present
    after_absent = b12_probability * (1 - b12_likelihood) / (1 - p_present)
    expected = p_present * _entropy(after_present) + (1 - p_present) * _entropy(after_absent)
    return max(0.0, _entropy(b12_probability) - expected)


def _entropy(probability: float) -> float:
    if probability <= 0 or probability >= 1:
        return 0.0
    return -(probability * math.log2(probability) + (1 - probability) * math.log2(1 - probability))
