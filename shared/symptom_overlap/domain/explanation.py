"""Why the picture leans the way it does, in lists and in plain words, and which tests to ask for."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.scoring import Leaning, Scores
from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.schema import Direction, KnowledgeBase, Tier

MAX_MISSING_TYPICAL = 5
# A present item points to one profile when it is at least this many times likelier under it.
POINTING_RATIO = 2.0


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


class TestToAskFor(_Result):
    id: str
    name: str
    why: str
    threshold: str | None
    condition_id: str


def condition_fits(
    knowledge_base: KnowledgeBase, model: ScoringModel, scores: Scores, present: set[str]
) -> list[ConditionFit]:
    fits = []
    for condition in knowledge_base.conditions:
        typical = sorted(
            (a for a in condition.associations if a.direction is Direction.TYPICAL),
            key=lambda a: -model.link(a.evidence_id, condition.id).likelihood,
        )
        fits.append(
            ConditionFit(
                id=condition.id,
                name=condition.name,
                score=scores.fit[condition.id],
                supporting=sorted(a.evidence_id for a in typical if a.evidence_id in present),
                conflicting=sorted(
                    a.evidence_id
                    for a in condition.associations
                    if a.direction is not Direction.TYPICAL and a.evidence_id in present
                ),
                missing_typical=[
                    a.evidence_id
                    for a in typical
                    if a.evidence_id not in present and a.tier in (Tier.VERY_COMMON, Tier.COMMON)
                ][:MAX_MISSING_TYPICAL],
            )
        )
    return fits


def overlap(model: ScoringModel, present: set[str]) -> Overlap:
    shared, to_b12, to_als = [], [], []
    for evidence_id in sorted(present & model.profiled):
        b12, als = model.link(evidence_id, B12), model.link(evidence_id, ALS)
        ratio = b12.likelihood / als.likelihood
        if ratio >= POINTING_RATIO:
            to_b12.append(evidence_id)
        elif ratio <= 1 / POINTING_RATIO:
            to_als.append(evidence_id)
        elif b12.direction is Direction.TYPICAL and als.direction is Direction.TYPICAL:
            shared.append(evidence_id)
    return Overlap(shared=shared, points_to_b12_deficiency=to_b12, points_to_als=to_als)


def summary(knowledge_base: KnowledgeBase, leaning: Leaning, overlap_: Overlap) -> str:
    labels = {evidence.id: evidence.label.lower() for evidence in knowledge_base.evidence}

    def listed(ids: list[str]) -> str:
        names = [labels[i] for i in ids[:3]]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    if leaning is Leaning.INSUFFICIENT_EVIDENCE:
        return "There is not enough information yet to compare your symptoms with either pattern."
    if leaning is Leaning.NEITHER:
        return (
            "Your answers do not match the typical pattern of vitamin B12 deficiency or of ALS well. "
            "Something else may be causing your symptoms; a doctor can help find out what."
        )
    if leaning is Leaning.OVERLAP:
        return (
            "Your answers fit both patterns and do not clearly separate them. "
            "A blood test for vitamin B12 is a simple first step, and a doctor can arrange more."
        )
    pointing = overlap_.points_to_b12_deficiency if leaning is Leaning.B12_DEFICIENCY else overlap_.points_to_als
    pattern = "vitamin B12 deficiency" if leaning is Leaning.B12_DEFICIENCY else "ALS (motor neurone disease)"
    because = f" {listed(pointing).capitalize()} point that way." if pointing else ""
    next_step = (
        "B12 deficiency is treatable, and a blood test is the usual first step."
        if leaning is Leaning.B12_DEFICIENCY
        else "Only a neurologist can assess this; many conditions look similar, including treatable ones."
    )
    return f"Your answers fit the pattern of {pattern} better than the other.{because} {next_step}"


def recommended_tests(knowledge_base: KnowledgeBase, scores: Scores, present: set[str]) -> list[TestToAskFor]:
    """Tests of each profile that some evidence fits or that the picture leans to, each with why.

    B12 tests come first whenever the B12 pattern is there: they are cheap and the condition is
    treatable. (The ALS work-up's blood tests for mimics include B12 too.)
    """
    if not present:
        return []
    relevant = [
        condition
        for condition in knowledge_base.conditions
        if scores.fit[condition.id] > 0 or scores.leaning.value in (condition.id, Leaning.OVERLAP.value)
    ]
    b12_first = scores.fit[B12] > 0 or scores.leaning in (Leaning.B12_DEFICIENCY, Leaning.OVERLAP)
    relevant.sort(key=lambda condition: condition.id != (B12 if b12_first else ALS))
    return [
        TestToAskFor(id=t.id, name=t.name, why=t.why, threshold=t.threshold, condition_id=condition.id)
        for condition in relevant
        for t in condition.recommended_tests
    ]
