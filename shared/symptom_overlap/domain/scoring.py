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

from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.schema import Direction

FIT_PRIOR = 1.0
ATYPICAL_FACTOR = 0.5
MIN_ANSWERED = 3  # answered items (present or absent) a profile mentions, below which nothing is said
MIN_PRESENT = 2  # present items a profile mentions, below which no profile is named
NEITHER_BELOW = 0.35  # a profile fits if its score reaches this (one common feature alone does not)
# Both profiles fitting counts as overlap when neither fits clearly better, or the odds do not separate them.
OVERLAP_MAX_FIT_GAP = 0.2
OVERLAP_POSTERIOR = (0.2, 0.8)


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
    leaning: Leaning


def score(model: ScoringModel, present: set[str], absent: set[str]) -> Scores:
    absent = absent - model.presence_only
    balances = {condition_id: _balance(model, condition_id, present, absent) for condition_id in model.condition_ids}
    fit = {
        condition_id: round(support / (support + against + FIT_PRIOR), 4)
        for condition_id, (support, against) in balances.items()
    }
    # A profile fits when enough speaks for it, and more speaks for it than against it.
    fitting = {
        condition_id
        for condition_id, (support, against) in balances.items()
        if fit[condition_id] >= NEITHER_BELOW and support > against
    }
    b12_probability = _logistic(log_likelihood_ratio(model, present, absent))
    answered = len((present | absent) & model.profiled)
    present_count = len(present & model.profiled)
    return Scores(fit, b12_probability, _leaning(fit, fitting, b12_probability, answered, present_count))


def log_likelihood_ratio(model: ScoringModel, present: Iterable[str], absent: Iterable[str]) -> float:
    """log P(evidence | B12) - log P(evidence | ALS), treating answers as independent."""
    total = 0.0
    absent = set(absent) - model.presence_only
    for evidence_id in present:
        b12, als = model.link(evidence_id, B12).likelihood, model.link(evidence_id, ALS).likelihood
        total += math.log(b12 / als)
    for evidence_id in absent:
        b12, als = model.link(evidence_id, B12).likelihood, model.link(evidence_id, ALS).likelihood
        total += math.log((1 - b12) / (1 - als))
    return total


def _balance(model: ScoringModel, condition_id: str, present: set[str], absent: set[str]) -> tuple[float, float]:
    """What speaks for the profile (typical features present) and against it."""
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
    return support, against


def _leaning(
    fit: dict[str, float], fitting: set[str], b12_probability: float, answered: int, present_count: int
) -> Leaning:
    if answered < MIN_ANSWERED:
        return Leaning.INSUFFICIENT_EVIDENCE
    if not fitting:
        return Leaning.NEITHER
    if present_count < MIN_PRESENT:  # one symptom, however typical, does not point anywhere yet
        return Leaning.INSUFFICIENT_EVIDENCE
    low, high = OVERLAP_POSTERIOR
    close_fits = abs(fit[B12] - fit[ALS]) < OVERLAP_MAX_FIT_GAP
    if fitting == {B12, ALS} and (close_fits or low < b12_probability < high):
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
