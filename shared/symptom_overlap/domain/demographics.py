"""Age and sex: whom the profiles describe, and how age and sex shift the odds between the two.

Only cited population figures are used: B12 deficiency prevalence by age band and ALS hazard ratios
per decade and for men. Each becomes a change in log odds relative to a reference person
(``REFERENCE_AGE``, sex not given); docs/scoring.md explains the arithmetic and its limits.
"""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

from symptom_overlap.domain.scoring_model import ALS, B12
from symptom_overlap.knowledge.schema import ConditionProfile, KnowledgeBase, Population

# The odds between the profiles are left as the symptoms give them at this age (close to the mean
# age at ALS onset, 57-60 years in Wijesekera 2009), so age moves them in either direction.
REFERENCE_AGE = 60
OPEN_BAND_MIDPOINT = 5  # an open band "75 and over" is placed at 80


class Person(NamedTuple):
    age: int | None = None
    sex: str | None = None  # female, male or other (validated by the API)


def minimum_age(knowledge_base: KnowledgeBase) -> int:
    """The youngest age every profile describes: below it the two cannot be compared."""
    return max(condition.population.minimum_age for condition in knowledge_base.conditions)


def below_profiled_ages(knowledge_base: KnowledgeBase, person: Person) -> bool:
    return person.age is not None and person.age < minimum_age(knowledge_base)


def prior_log_odds(knowledge_base: KnowledgeBase, person: Person) -> float:
    """How much age and sex shift the log odds towards B12 deficiency and away from ALS."""
    b12, als = knowledge_base.condition(B12), knowledge_base.condition(ALS)
    if b12 is None or als is None:
        return 0.0
    return _log_shift(b12, person) - _log_shift(als, person)


def _log_shift(condition: ConditionProfile, person: Person) -> float:
    """log(how much likelier the condition is for this person than for the reference person)."""
    population = condition.population
    shift = 0.0
    if person.age is not None and population.prevalence_by_age:
        shift += _prevalence_log_odds(population, person.age) - _prevalence_log_odds(population, REFERENCE_AGE)
    if person.age is not None and population.hazard_ratio_per_decade and population.hazard_ages:
        low, high = population.hazard_ages
        decades = (min(max(person.age, low), high) - min(max(REFERENCE_AGE, low), high)) / 10
        shift += decades * math.log(population.hazard_ratio_per_decade)
    if population.hazard_ratio_male and person.sex in ("female", "male"):
        # Against a person whose sex is not given: half the male-to-female ratio either way.
        shift += (0.5 if person.sex == "male" else -0.5) * math.log(population.hazard_ratio_male)
    return shift


def _prevalence_log_odds(population: Population, age: int) -> float:
    """Log odds of prevalence at ``age``, linear between band midpoints and flat beyond them."""
    anchors = sorted(
        (
            (band.from_age + band.to_age) / 2 if band.to_age is not None else band.from_age + OPEN_BAND_MIDPOINT,
            math.log(band.prevalence / (1 - band.prevalence)),
        )
        for band in population.prevalence_by_age
    )
    if age <= anchors[0][0]:
        return anchors[0][1]
    for (left_age, left), (right_age, right) in itertools.pairwise(anchors):
        if age <= right_age:
            return left + (right - left) * (age - left_age) / (right_age - left_age)
    return anchors[-1][1]
