"""Findings that settle what a picture shows whatever the balance of the rest (docs/scoring.md, "Leaning").

- A blood result that measures B12 deficiency: the deficiency is there, and it can coexist with ALS.
- A hallmark of each profile (a finding it makes much likelier and the other argues against): both
  conditions show, even when each counts the other's hallmarks against itself.
- Findings neither profile describes at all: evidence of something else, not too little evidence; and
  one of them, beside findings that another explanation accounts for, makes that explanation the answer.
"""

from __future__ import annotations

from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.schema import Direction, Tier

# A finding this many times likelier under one profile than the other tells them apart: the ratio
# of the findings the research brief rates "high" (tingling 3.2x, a low B12 level 3.2x).
STRONG_RATIO = 3.0
LAB_CATEGORY = "labs"


def b12_measured(model: ScoringModel, present: frozenset[str]) -> bool:
    """A present blood result STRONG_RATIO times likelier under B12 deficiency (a low level, raised MMA).

    One-way: no test confirms ALS like this (denervation on an EMG also comes with B12 neuropathy).
    """
    return any(
        model.category[evidence_id] == LAB_CATEGORY and likelihood_ratio(model, evidence_id, B12) >= STRONG_RATIO
        for evidence_id in present
    )


def b12_caused(model: ScoringModel, present: frozenset[str]) -> bool:
    """A cause of B12 deficiency (metformin, pernicious anaemia) beside a finding STRONG_RATIO times likelier under it
    (tingling, numbness): a deficiency to treat whatever else is there, like a measured one."""
    causes = present & model.presence_only & model.typical[B12]
    findings = present - model.presence_only - model.background.keys()
    return bool(causes) and any(likelihood_ratio(model, evidence_id, B12) >= STRONG_RATIO for evidence_id in findings)


def b12_found_normal(model: ScoringModel, present: frozenset[str], absent: frozenset[str]) -> bool:
    """A blood result that would measure B12 deficiency came back normal, none came back abnormal, and no
    risk factor of B12 deficiency is present (a normal level does not rule out a deficiency that has a cause)."""
    b12_tests = {
        e for e in model.links if model.category[e] == LAB_CATEGORY and likelihood_ratio(model, e, B12) >= STRONG_RATIO
    }
    causes = model.presence_only & model.typical[B12]
    return bool(absent & b12_tests) and not present & (b12_tests | causes)


def b12_tested_normal(model: ScoringModel, absent: frozenset[str]) -> bool:
    """Every blood result that nearly every B12 deficiency shows (a low level, raised MMA or homocysteine) came back
    normal: the deficiency is ruled out, whatever its risk factors (Savage 1994)."""
    if not any(model.category[e] == LAB_CATEGORY for e in absent):
        return False  # most answers hold no result: skip the look through every id
    markers = {
        e
        for e in model.links
        if model.category[e] == LAB_CATEGORY
        and likelihood_ratio(model, e, B12) >= STRONG_RATIO
        and model.link(e, B12).tier is Tier.VERY_COMMON
    }
    return bool(markers) and markers <= absent


def each_shows_a_hallmark(model: ScoringModel, present: frozenset[str]) -> bool:
    return all(shows_a_hallmark(model, condition_id, present) for condition_id in model.condition_ids)


def outside_both_profiles(model: ScoringModel, present: frozenset[str]) -> bool:
    """Something is reported, and neither profile describes any of it (risk factors aside)."""
    findings = present - model.presence_only
    return bool(findings) and not findings & model.profiled


def explained_elsewhere(
    model: ScoringModel,
    present: frozenset[str],
    course: frozenset[str],
    absent: frozenset[str] = frozenset(),
    in_company: frozenset[str] = frozenset(),
) -> bool:
    """Another explanation accounts for every present finding but the course, and one that no profile lists
    as typical points to it: neck pain beside clumsy, numb hands and stiff legs; saddle numbness beside back
    pain, weak legs and incontinence; a past spell of lost sight in one eye beside numbness and tingling (an
    explanation's `also_explains` count as accounted for). A risk factor of another cause (diabetes) points to it
    only once a blood result has found no B12 deficiency and no cause of one is present.

    A finding common without either condition (tiredness, low mood), not in the company of a specific finding of
    its body system, needs no explanation once the explanation accounts for a specific finding of a profile
    (diabetes and a normal B12 beside numb feet, and tiredness): it is background. Beside a harmless finding
    alone (a flickering eyelid) tiredness still needs one."""
    findings = present - course
    untypical = findings - model.typical_of_any
    markers = untypical - model.presence_only
    if b12_found_normal(model, present, absent):
        markers |= untypical & model.presence_only
    to_explain = findings - (model.non_specific - in_company)
    if not b12_caused(model, present):  # a risk factor beside no finding it tells of needs no explaining
        to_explain -= model.presence_only
    if not to_explain & (model.typical_of_any - model.non_specific - model.presence_only):
        # Nothing specific of a profile to explain: then everything is, a risk factor only where nothing points
        # elsewhere (an acid reducer beside tingling in the thumb and first fingers tells of no finding).
        to_explain = findings - model.presence_only if to_explain & markers else findings
    # Two explanations, each pointed to by a finding of its own, can share the picture: low iron from heavy periods
    # for the tiredness and pallor, and overbreathing for the tingling round the lips in a panic.
    pointed = [
        pattern.accounts_for
        for pattern in model.alternatives
        if markers & pattern.suggested_by and pattern.possible(present, absent)
    ]
    return bool(pointed) and to_explain <= frozenset().union(*pointed)


def tested_and_explained_elsewhere(
    model: ScoringModel, present: frozenset[str], course: frozenset[str], absent: frozenset[str]
) -> bool:
    """A real picture of something else, not too little said: every present finding but the course is
    non-specific (common without either condition, or made so by a denial), another explanation accounts for
    all of them, and each profile was put to the test: a specific typical finding of it was denied, or a
    present finding is one it argues against (numb, tingling fingers with the feet fine: ALS gives no
    numbness, and B12 deficiency starts in both feet; carpal tunnel syndrome)."""
    findings = present - course
    return (
        bool(findings)
        and findings <= model.non_specific
        and all(
            absent & model.testing_denials[condition_id] or findings & model.argued_against[condition_id]
            for condition_id in model.condition_ids
        )
        and any(findings <= p.suggested_by and p.possible(present, absent) for p in model.alternatives)
    )


def shows_a_hallmark(model: ScoringModel, condition_id: str, present: frozenset[str]) -> bool:
    """A present specific finding, STRONG_RATIO times likelier under the condition, that the other argues
    against or calls rare (muscle wasting in B12 deficiency)."""
    other = ALS if condition_id == B12 else B12
    return any(
        model.link(evidence_id, condition_id).direction is Direction.TYPICAL
        and (
            model.link(evidence_id, other).direction is Direction.ARGUES_AGAINST
            or model.link(evidence_id, other).tier is Tier.RARE
        )
        and likelihood_ratio(model, evidence_id, condition_id) >= STRONG_RATIO
        for evidence_id in present - model.presence_only - model.background.keys()
    )


def likelihood_ratio(model: ScoringModel, evidence_id: str, condition_id: str) -> float:
    """How many times likelier the finding is under the condition than under the other."""
    other = ALS if condition_id == B12 else B12
    return model.link(evidence_id, condition_id).likelihood / model.link(evidence_id, other).likelihood
