"""Compares reported evidence with the condition profiles: scores, leaning, explanation, triage.

First version of the model (docs/scoring.md): each association gets a weight, its reported
frequency where the literature gives one, else a nominal weight for its qualitative tier. A
condition's score is the weight of its typical features that are present, against the weight of
features that argue against it (present atypical or contrary features, absent typical features)
plus a constant prior, so a single symptom can never produce a confident score.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.knowledge.models import (
    Association,
    ConditionProfile,
    Direction,
    KnowledgeBase,
    Tier,
    TriageLevel,
)

DISCLAIMER = (
    "This is an educational comparison of symptom patterns, not a diagnosis. Only a clinician who "
    "examines you and arranges tests can say what is causing your symptoms. If you feel very "
    "unwell, call your local emergency number."
)

# Nominal weights for qualitative tiers: model parameters, not clinical frequencies.
TIER_WEIGHTS = {Tier.VERY_COMMON: 0.8, Tier.COMMON: 0.5, Tier.OCCASIONAL: 0.25, Tier.RARE: 0.1}
PRIOR_WEIGHT = 1.0
ATYPICAL_FACTOR = 0.5
MIN_ANSWERED = 2
OVERLAP_MIN_SCORE = 0.4
OVERLAP_MAX_GAP = 0.15
NEITHER_MAX_SCORE = 0.3
MAX_QUESTIONS = 5
MAX_MISSING_TYPICAL = 5
B12_CONDITION_ID = "b12_deficiency"


class Leaning(StrEnum):
    B12_DEFICIENCY = "b12_deficiency"
    ALS = "als"
    OVERLAP = "overlap"
    NEITHER = "neither"
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True)


class ConditionFit(_Result):
    id: str
    name: str
    score: float
    supporting: list[str]
    conflicting: list[str]
    missing_typical: list[str]


class Overlap(_Result):
    shared: list[str]
    points_to_b12_deficiency: list[str]
    points_to_als: list[str]


class Triage(_Result):
    level: TriageLevel
    reasons: list[str]


class Question(_Result):
    id: str
    text: str


class TestToAskFor(_Result):
    id: str
    name: str
    why: str
    condition_id: str


class Assessment(_Result):
    knowledge_base_version: str
    leaning: Leaning
    conditions: list[ConditionFit]
    overlap: Overlap
    triage: Triage
    next_questions: list[Question]
    recommended_tests: list[TestToAskFor]
    evidence_used: list[UsedEvidence]
    disclaimer: str = DISCLAIMER


def assess(knowledge_base: KnowledgeBase, evidence: Sequence[UsedEvidence]) -> Assessment:
    """Evidence must already be checked (known ids, no conflicts) and merged."""
    present = {item.id for item in evidence if item.state is EvidenceState.PRESENT}
    absent = {item.id for item in evidence if item.state is EvidenceState.ABSENT}
    fits = [_fit(condition, present, absent) for condition in knowledge_base.conditions]
    leaning = _leaning(knowledge_base, fits, present | absent)
    return Assessment(
        knowledge_base_version=knowledge_base.version,
        leaning=leaning,
        conditions=fits,
        overlap=_overlap(knowledge_base, present),
        triage=_triage(knowledge_base, present, leaning),
        next_questions=_next_questions(knowledge_base, present | absent),
        recommended_tests=_tests(knowledge_base, fits, leaning),
        evidence_used=list(evidence),
    )


def weight(association: Association) -> float:
    return association.frequency if association.frequency is not None else TIER_WEIGHTS[association.tier]


def _fit(condition: ConditionProfile, present: set[str], absent: set[str]) -> ConditionFit:
    support = against = 0.0
    supporting: list[str] = []
    conflicting: list[str] = []
    missing: list[str] = []
    for association in condition.associations:
        evidence_id = association.evidence_id
        if association.direction is Direction.TYPICAL:
            if evidence_id in present:
                support += weight(association)
                supporting.append(evidence_id)
            else:
                if evidence_id in absent:
                    against += weight(association)
                if association.tier in (Tier.VERY_COMMON, Tier.COMMON):
                    missing.append(evidence_id)
        elif evidence_id in present:
            factor = ATYPICAL_FACTOR if association.direction is Direction.ATYPICAL else 1.0
            against += factor * weight(association)
            conflicting.append(evidence_id)
    score = support / (support + against + PRIOR_WEIGHT)
    return ConditionFit(
        id=condition.id,
        name=condition.name,
        score=round(score, 4),
        supporting=sorted(supporting),
        conflicting=sorted(conflicting),
        missing_typical=missing[:MAX_MISSING_TYPICAL],
    )


def _leaning(knowledge_base: KnowledgeBase, fits: list[ConditionFit], answered: set[str]) -> Leaning:
    profiled = {a.evidence_id for c in knowledge_base.conditions for a in c.associations}
    if len(answered & profiled) < MIN_ANSWERED:
        return Leaning.INSUFFICIENT_EVIDENCE
    ranked = sorted(fits, key=lambda fit: fit.score, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if runner_up.score >= OVERLAP_MIN_SCORE and best.score - runner_up.score < OVERLAP_MAX_GAP:
        return Leaning.OVERLAP
    if best.score < NEITHER_MAX_SCORE:
        return Leaning.NEITHER
    return Leaning(best.id)


def _typical_ids(condition: ConditionProfile | None) -> set[str]:
    if condition is None:
        return set()
    return {a.evidence_id for a in condition.associations if a.direction is Direction.TYPICAL}


def _overlap(knowledge_base: KnowledgeBase, present: set[str]) -> Overlap:
    b12 = _typical_ids(knowledge_base.condition(B12_CONDITION_ID)) & present
    als = _typical_ids(knowledge_base.condition(Leaning.ALS.value)) & present
    return Overlap(
        shared=sorted(b12 & als),
        points_to_b12_deficiency=sorted(b12 - als),
        points_to_als=sorted(als - b12),
    )


def _triage(knowledge_base: KnowledgeBase, present: set[str], leaning: Leaning) -> Triage:
    fired_rules = [rule for rule in knowledge_base.red_flag_rules if set(rule.when_all_present) <= present]
    fired = [(rule.level, rule.reason) for rule in fired_rules]
    covered = {evidence_id for rule in fired_rules for evidence_id in rule.when_all_present}
    # Safety net: a red-flag symptom that no rule covers still escalates.
    for evidence in knowledge_base.evidence:
        if evidence.red_flag and evidence.id in present and evidence.id not in covered:
            fired.append((TriageLevel.CONSULTATION_24, f"'{evidence.label}' needs prompt medical attention."))
    fired.sort(key=lambda item: item[0].rank, reverse=True)

    baseline = TriageLevel.CONSULTATION if present else TriageLevel.SELF_CARE
    reasons = [reason for _level, reason in fired]
    if leaning in (Leaning.ALS, Leaning.OVERLAP):
        reasons.append("Features of motor neurone disease should be assessed by a doctor without delay.")
    if present:
        reasons.append("Symptoms like these deserve a conversation with a doctor.")
    level = max([baseline, *(level for level, _reason in fired)], key=lambda candidate: candidate.rank)
    return Triage(level=level, reasons=reasons)


def _next_questions(knowledge_base: KnowledgeBase, answered: set[str]) -> list[Question]:
    asked_red_flag = any(e.red_flag and e.id in answered for e in knowledge_base.evidence)
    importance: dict[str, float] = {}
    for condition in knowledge_base.conditions:
        for association in condition.associations:
            importance[association.evidence_id] = max(importance.get(association.evidence_id, 0.0), weight(association))
    candidates = [
        e
        for e in knowledge_base.evidence
        if e.reporter == "self" and e.id not in answered and (e.id in importance or e.red_flag)
    ]
    # Red-flag questions first while none has been answered, then the most strongly associated.
    candidates.sort(key=lambda e: (not (e.red_flag and not asked_red_flag), -importance.get(e.id, 0.0), e.id))
    return [Question(id=e.id, text=e.question) for e in candidates[:MAX_QUESTIONS]]


def _tests(knowledge_base: KnowledgeBase, fits: list[ConditionFit], leaning: Leaning) -> list[TestToAskFor]:
    scores = {fit.id: fit.score for fit in fits}

    def relevant(condition: ConditionProfile) -> bool:
        return scores[condition.id] > 0 or leaning is Leaning.OVERLAP or leaning.value == condition.id

    # B12 tests come first: they are cheap and the condition is treatable.
    ordered = sorted(knowledge_base.conditions, key=lambda condition: condition.id != B12_CONDITION_ID)
    return [
        TestToAskFor(id=test.id, name=test.name, why=test.why, condition_id=condition.id)
        for condition in ordered
        if relevant(condition)
        for test in condition.recommended_tests
    ]
