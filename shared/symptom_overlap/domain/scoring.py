"""Absolute fit of each profile, the relative odds between the two, and the resulting leaning.

- **Fit** (the ``score`` of each condition, in [0, 1]) says how well the evidence matches one
  profile on its own: typical features present, against typical features absent and features the
  profile argues against, plus a constant prior so that one answer cannot give a confident fit.
- **Relative odds** compare the two profiles with naive-Bayes likelihood ratios over every
  answered item, including items a profile does not mention.
- **Leaning** combines both, so "neither" and "insufficient evidence" are honest outcomes rather
  than a forced choice. docs/scoring.md gives the formulas and a worked example.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from symptom_overlap.domain.model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.models import Direction

FIT_PRIOR = 1.0
ATYPICAL_FACTOR = 0.5
MIN_ANSWERED = 3  # answered items that a profile mentions, below which nothing is said
NEITHER_BELOW = 0.3  # a profile fits if its score reaches this
OVERLAP_POSTERIOR = (0.2, 0.8)  # relative probability of B12 inside which the two are not separated


class Leaning(StrEnum):
    B12_DEFICIENCY = B12
    ALS = ALS
    OVERLAP = "overlap"
    NEITHER = "neither"
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"


@dataclass(frozen=True)
class Scores:
    fit: dict[str, float]  # condition id -> score in [0, 1]
    b12_probability: float  # P(B12 | evidence, one of the two), from a 50:50 start
    answered_profiled: int
    leaning: Leaning


def score(model: ScoringModel, present: set[str], absent: set[str]) -> Scores:
    fit = {condition_id: _fit(model, condition_id, present, absent) for condition_id in model.condition_ids}
    b12_probability = _logistic(log_likelihood_ratio(model, present, absent))
    answered = len((present | absent) & model.profiled)
    return Scores(fit, b12_probability, answered, _leaning(fit, b12_probability, answered))


def log_likelihood_ratio(model: ScoringModel, present: Iterable[str], absent: Iterable[str]) -> float:
    """log P(evidence | B12) - log P(evidence | ALS), treating answers as independent."""
    total = 0.0
    for evidence_id in present:
        b12, als = model.link(evidence_id, B12).likelihood, model.link(evidence_id, ALS).likelihood
        total += math.log(b12 / als)
    for evidence_id in absent:
        b12, als = model.link(evidence_id, B12).likelihood, model.link(evidence_id, ALS).likelihood
        total += math.log((1 - b12) / (1 - als))
    return total


def _fit(model: ScoringModel, condition_id: str, present: set[str], absent: set[str]) -> float:
    support = against = 0.0
    for evidence_id in present:
        link = model.link(evidence_id, condition_id)
        if link.direction is Direction.TYPICAL:
            support += link.likelihood
        elif link.direction is Direction.ARGUES_AGAINST:
            against += 1 - link.likelihood
        elif link.direction is Direction.ATYPICAL:
            against += ATYPICAL_FACTOR * (1 - link.likelihood)
    for evidence_id in absent:
        link = model.link(evidence_id, condition_id)
        if link.direction is Direction.TYPICAL:
            against += link.likelihood
    return round(support / (support + against + FIT_PRIOR), 4)


def _leaning(fit: dict[str, float], b12_probability: float, answered: int) -> Leaning:
    if answered < MIN_ANSWERED:
        return Leaning.INSUFFICIENT_EVIDENCE
    fitting = {condition_id for condition_id, value in fit.items() if value >= NEITHER_BELOW}
    if not fitting:
        return Leaning.NEITHER
    low, high = OVERLAP_POSTERIOR
    if fitting == {B12, ALS} and low < b12_probability < high:
        return Leaning.OVERLAP
    favoured = B12 if b12_probability >= 0.5 else ALS
    if favoured in fitting:
        return Leaning(favoured)
    # The odds favour a profile that does not fit on its own; the one that fits is the honest answer.
    return Leaning(next(iter(fitting)))


def _logistic(log_odds: float) -> float:
    if log_odds >= 0:
        return 1 / (1 + math.exp(-log_odds))
    return math.exp(log_odds) / (1 + math.exp(log_odds))
