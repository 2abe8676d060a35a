"""Invariants of the assessment, checked by hypothesis over the bundled knowledge base."""

from collections.abc import Mapping
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.assessment import Assessment, assess
from symptom_overlap.domain.demographics import Person
from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.knowledge.schema import Direction, TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()
EVIDENCE_IDS = [e.id for e in KNOWLEDGE_BASE.evidence]
TYPICAL = {
    (condition.id, a.evidence_id)
    for condition in KNOWLEDGE_BASE.conditions
    for a in condition.associations
    if a.direction is Direction.TYPICAL
}
RED_FLAGS = {e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag}
CATEGORY = {e.id: e.category for e in KNOWLEDGE_BASE.evidence}
NON_SPECIFIC = {b.id for b in KNOWLEDGE_BASE.background if b.when_absent is None}  # always non-specific
PREMISES = {p.id: set(p.asked_when_any_present) for p in KNOWLEDGE_BASE.question_premises}
STATES = st.sampled_from(list(EvidenceState))
EVIDENCE = st.dictionaries(st.sampled_from(EVIDENCE_IDS), STATES, max_size=25)


def _assess(evidence: Mapping[str, EvidenceState], person: Person | None = None) -> Assessment:
    used = [UsedEvidence(id=i, state=s, source="evidence") for i, s in evidence.items()]
    return assess(KNOWLEDGE_BASE, used, person)


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
    # Unless it shows a body system whose other typical features were denied: then those denials
    # count against the profile (docs/scoring.md, "Where a condition can begin").
    condition_id, evidence_id = typical
    without = {k: v for k, v in evidence.items() if k != evidence_id}
    assume(not _denied_nearby(without, condition_id, evidence_id))
    with_it = {**without, evidence_id: EvidenceState.PRESENT}
    assert _scores(_assess(with_it))[condition_id] >= _scores(_assess(without))[condition_id]


def _denied_nearby(evidence: dict[str, EvidenceState], condition_id: str, evidence_id: str) -> bool:
    """Another typical feature of the condition, in the same body system, answered absent."""
    return any(
        state is EvidenceState.ABSENT
        and other != evidence_id
        and (condition_id, other) in TYPICAL
        and CATEGORY[other] in _system(condition_id, evidence_id)
        for other, state in evidence.items()
    )


def _system(condition_id: str, evidence_id: str) -> set[str]:
    """The categories of the condition's presentation that holds this evidence (none: it shows no system)."""
    condition = KNOWLEDGE_BASE.condition(condition_id)
    assert condition is not None
    for presentation in condition.presentations:
        if CATEGORY[evidence_id] in presentation.categories:
            return set(presentation.categories)
    return set()


@given(EVIDENCE, st.sampled_from(sorted(TYPICAL)))
def test_marking_a_typical_symptom_absent_never_raises_its_score(
    evidence: dict[str, EvidenceState], typical: tuple[str, str]
) -> None:
    # (A symptom taken back can quieten its body system, so the same exception as above applies.)
    condition_id, evidence_id = typical
    assume(not _denied_nearby(evidence, condition_id, evidence_id))
    before = _scores(_assess(evidence))[condition_id]
    after = _scores(_assess({**evidence, evidence_id: EvidenceState.ABSENT}))[condition_id]
    assert after <= before


@given(EVIDENCE)
def test_unknown_never_changes_a_score_the_leaning_or_triage(evidence: dict[str, EvidenceState]) -> None:
    known = {k: v for k, v in evidence.items() if v is not EvidenceState.UNKNOWN}
    with_unknowns, without = _assess(evidence), _assess(known)
    assert with_unknowns.conditions == without.conditions
    assert with_unknowns.leaning == without.leaning
    assert with_unknowns.triage == without.triage


@given(EVIDENCE)
def test_an_answered_question_is_never_asked_again_unknown_included(evidence: dict[str, EvidenceState]) -> None:
    assert not {q.id for q in _assess(evidence).next_questions} & set(evidence)


@given(EVIDENCE)
def test_self_care_implies_every_red_flag_was_screened(evidence: dict[str, EvidenceState]) -> None:
    result = _assess(evidence)
    if result.triage.level is TriageLevel.SELF_CARE:
        assert result.triage.red_flags_screened
        assert {k for k, v in evidence.items() if v is not EvidenceState.UNKNOWN} >= RED_FLAGS


@given(EVIDENCE)
def test_an_emergency_stops_the_interview_with_no_questions(evidence: dict[str, EvidenceState]) -> None:
    result = _assess(evidence)
    if result.triage.level.rank >= TriageLevel.EMERGENCY.rank:
        assert result.should_stop
        assert result.next_questions == []
    assert result.should_stop == (result.next_questions == [])


@given(EVIDENCE, st.sampled_from(sorted(NON_SPECIFIC)))
def test_a_no_to_a_non_specific_feature_never_moves_the_leaning(
    evidence: dict[str, EvidenceState], evidence_id: str
) -> None:
    without = {k: v for k, v in evidence.items() if k != evidence_id}
    denied = {**without, evidence_id: EvidenceState.ABSENT}
    before, after = _assess(without).leaning, _assess(denied).leaning
    assert after == before  # in particular, never to "neither"


@settings(max_examples=200)
@given(EVIDENCE, st.sampled_from(KNOWLEDGE_BASE.red_flag_rules))
def test_a_red_flag_rule_always_sets_at_least_its_level(evidence: dict[str, EvidenceState], rule: Any) -> None:
    # Whatever else is reported, and however low the scores (rules for children: a child's age), once what the rule
    # asks for is there: its findings present, its denials "no", and what would silence it not all "no"
    person = Person(age=rule.below_age - 1) if rule.below_age else Person()
    asked_for = {
        **dict.fromkeys(rule.unless_all_absent, EvidenceState.UNKNOWN),
        **dict.fromkeys(rule.when_all_absent, EvidenceState.ABSENT),
        **dict.fromkeys(rule.when_all_present, EvidenceState.PRESENT),
    }
    result = _assess({**evidence, **asked_for}, person)
    assert result.triage.level.rank >= rule.level.rank
    assert rule.reason in result.triage.reasons


@given(EVIDENCE)
def test_no_question_assumes_a_premise_that_was_not_reported(evidence: dict[str, EvidenceState]) -> None:
    present = {k for k, v in evidence.items() if v is EvidenceState.PRESENT}
    for question in _assess(evidence).next_questions:
        premise = PREMISES.get(question.id)
        assert premise is None or premise & present
