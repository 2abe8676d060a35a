"""Why the picture leans the way it does, in lists and in plain words, and which tests to ask for."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.scoring import Leaning, Scores, support_of
from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel
from symptom_overlap.domain.triage import Triage
from symptom_overlap.knowledge.schema import Direction, KnowledgeBase, Tier, TriageLevel

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
    knowledge_base: KnowledgeBase, model: ScoringModel, scores: Scores, present: set[str] | frozenset[str]
) -> list[ConditionFit]:
    """``supporting`` leaves out findings that add nothing above their background (twitching alone)."""
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
                supporting=sorted(
                    a.evidence_id
                    for a in typical
                    if a.evidence_id in present
                    and support_of(model, a.evidence_id, condition.id, frozenset(present)) > 0
                ),
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


def overlap(model: ScoringModel, present: set[str] | frozenset[str]) -> Overlap:
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


def summary(
    knowledge_base: KnowledgeBase,
    leaning: Leaning,
    overlap_: Overlap,
    triage_: Triage,
    not_compared: str | None = None,
    other_explanations: bool = False,
) -> str:
    """One to three plain sentences. An emergency, or a rule marked to lead, starts with what to do now; no sentence
    names a diagnosis.

    ``not_compared`` says why the profiles were not compared (age, a diagnosis already made).
    """
    if triage_.level.rank >= TriageLevel.EMERGENCY.rank:
        return f"{triage_.reasons[0]} Other questions can wait until you have been seen."
    leading = [rule.reason for rule in knowledge_base.red_flag_rules if rule.leads_summary]
    first = next((reason for reason in triage_.reasons if reason in leading), None)
    if first:
        return f"{first} The other questions can wait until you feel ready."
    if not_compared:
        return not_compared
    labels = {evidence.id: evidence.label_mid_sentence for evidence in knowledge_base.evidence}

    def listed(ids: list[str]) -> str:
        names = [labels[i] for i in ids[:3]]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    if leaning is Leaning.INSUFFICIENT_EVIDENCE:
        return "There is not enough information yet to compare your symptoms with either pattern."
    if leaning is Leaning.NEITHER:
        return (
            "Your answers do not match the usual pattern of vitamin B12 deficiency or of ALS. "
            "Something else may explain them, and a doctor can help find out what."
            + (" Below are some common causes a doctor may think about." if other_explanations else "")
        )
    if leaning is Leaning.OVERLAP:
        return (
            "Your answers fit both patterns and do not clearly point to one. "
            "A blood test for vitamin B12 is a simple first step, and a doctor can arrange more."
        )
    pointing = overlap_.points_to_b12_deficiency if leaning is Leaning.B12_DEFICIENCY else overlap_.points_to_als
    pattern = "vitamin B12 deficiency" if leaning is Leaning.B12_DEFICIENCY else "ALS (motor neurone disease)"
    reasons = listed(pointing) if pointing else ""
    verb = "points" if len(pointing) == 1 else "point"
    because = f" {reasons[:1].upper()}{reasons[1:]} {verb} that way." if reasons else ""  # keeps "EMG", "B12"
    next_step = (
        "B12 deficiency can be treated, and a blood test is the usual first step."
        if leaning is Leaning.B12_DEFICIENCY
        else "Only a nerve specialist can check this. Many conditions look alike, and some of them can be treated."
    )
    return f"Your answers fit the pattern of {pattern} better than the other.{because} {next_step}"


def recommended_tests(
    knowledge_base: KnowledgeBase, model: ScoringModel, scores: Scores, present: set[str] | frozenset[str]
) -> list[TestToAskFor]:
    """Tests of each profile the picture points to, each with why; none when nothing specific is present.

    A profile's tests are offered when it fits, when the picture leans to it, or when a specific
    typical finding of it is present; tests marked ``only_when_pattern_fits`` (the urgent MND
    referral) need the picture to lean to the profile, or the profile to fit with a specific finding
    of it while no other explanation accounts for the picture (a `neither`): tiredness, pallor and
    breathlessness on the stairs with heavy periods may fit ALS's numbers, but they name no MND. B12
    tests come first whenever the B12 pattern is there: they are cheap and the condition is treatable.
    """
    pointed_to = {
        condition.id: condition.id in scores.fitting or scores.leaning.value in (condition.id, Leaning.OVERLAP.value)
        for condition in knowledge_base.conditions
    }
    supported = {
        condition.id: any(
            model.link(evidence_id, condition.id).direction is Direction.TYPICAL
            and not model.is_non_specific(evidence_id)
            for evidence_id in present
        )
        for condition in knowledge_base.conditions
    }
    relevant = [c for c in knowledge_base.conditions if pointed_to[c.id] or supported[c.id]]
    named = {
        condition.id: scores.leaning.value in (condition.id, Leaning.OVERLAP.value)
        or (condition.id in scores.fitting and supported[condition.id] and scores.leaning is not Leaning.NEITHER)
        for condition in knowledge_base.conditions
    }
    b12_first = supported[B12] or scores.leaning in (Leaning.B12_DEFICIENCY, Leaning.OVERLAP)
    relevant.sort(key=lambda condition: condition.id != (B12 if b12_first else ALS))
    return [
        TestToAskFor(id=t.id, name=t.name, why=t.why, threshold=t.threshold, condition_id=condition.id)
        for condition in relevant
        for t in condition.recommended_tests
        if named[condition.id] or not t.only_when_pattern_fits
    ]
