"""Invariants of the assessment, checked by hypothesis over the bundled knowledge base."""

from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.assessment import Assessment, assess
from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.knowledge.schema import Direction

KNOWLEDGE_BASE = load_knowledge_base()
EVIDENCE_IDS = [e.id for e in KNOWLEDGE_BASE.evidence]
TYPICAL = {
    (condition.id, a.evidence_id)
    for condition in KNOWLEDGE_BASE.conditions
    for a in condition.associations
    if a.direction is Direction.TYPICAL
}
STATES = st.sampled_from(list(EvidenceState))
EVIDENCE = st.dictionaries(st.sampled_from(EVIDENCE_IDS), STATES, max_size=25)


def _assess(evidence: Mapping[str, EvidenceState]) -> Assessment:
    return assess(KNOWLEDGE_BASE, [UsedEvidence(id=i, state=s, source="evidence") for i, s in evidence.items()])


def _scores(result: Assessment) -> dict[str, float]:
    return {fit.id: fit.score for fit in result.conditions}


def _without_evidence_used(result: Assessment) -> dict[str, Any]:
    return result.model_dump(exclude={"evidence_used"})


@given(EVIDENCE)
def test_scores_are_between_zero_and_one_and_deterministic(evidence: dict[str, EvidenceState]) -> None:
    first, second = _assess(evidence), _assess(evidence)
    assert all(0.0 <= score <= 1.0 for score in _scores(first).values())
    assert first == second


@given(EVIDENCE, st.randoms(use_true_random=False))
def test_the_order_of_evidence_does_not_matter(evidence: dict[str, EvidenceState], random: Any) -> None:
    items = list(evidence.items())
    random.shuffle(items)
    assert _without_evidence_used(_assess(dict(items))) == _without_evidence_used(_assess(evidence))


@given(EVIDENCE, st.sampled_from(sorted(TYPICAL)))
def test_a_present_typical_symptom_never_lowers_that_conditions_score(
    evidence: dict[str, EvidenceState], typical: tuple[str, str]
) -> None:
    condition_id, evidence_id = typical
    without = {k: v for k, v in evidence.items() if k != evidence_id}
    with_it = {**without, evidence_id: EvidenceState.PRESENT}
    assert _scores(_assess(with_it))[condition_id] >= _scores(_assess(without))[condition_id]


@given(EVIDENCE, st.sampled_from(sorted(TYPICAL)))
def test_marking_a_typical_symptom_absent_never_raises_its_score(
    evidence: dict[str, EvidenceState], typical: tuple[str, str]
) -> None:
    condition_id, evidence_id = typical
    before = _scores(_assess(evidence))[condition_id]
    after = _scores(_assess({**evidence, evidence_id: EvidenceState.ABSENT}))[condition_id]
    assert after <= before


@given(EVIDENCE)
def test_unknown_is_the_same_as_omitted(evidence: dict[str, EvidenceState]) -> None:
    known = {k: v for k, v in evidence.items() if v is not EvidenceState.UNKNOWN}
    assert _without_evidence_used(_assess(evidence)) == _without_evidence_used(_assess(known))


@settings(max_examples=200)
@given(EVIDENCE, st.sampled_from(KNOWLEDGE_BASE.red_flag_rules))
def test_a_red_flag_rule_always_sets_at_least_its_level(evidence: dict[str, EvidenceState], rule: Any) -> None:
    # Whatever else is reported, and however low the scores
    result = _assess({**evidence, **dict.fromkeys(rule.when_all_present, EvidenceState.PRESENT)})
    assert result.triage.level.rank >= rule.level.rank
    assert rule.reason in result.triage.reasons
