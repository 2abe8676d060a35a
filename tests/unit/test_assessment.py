from symptom_overlap.domain.assessment import assess
from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel


def _used(**states: str) -> list[UsedEvidence]:
    return [UsedEvidence(id=i, state=EvidenceState(s), source="evidence") for i, s in states.items()]


def _scores(knowledge_base: KnowledgeBase, **states: str) -> dict[str, float]:
    return {fit.id: fit.score for fit in assess(knowledge_base, _used(**states)).conditions}


def test_a_sensory_picture_leans_to_b12_deficiency(small_knowledge_base: KnowledgeBase) -> None:
    result = assess(
        small_knowledge_base,
        _used(tingling="present", numbness="present", unsteady_in_dark="present", fasciculations="absent"),
    )
    assert result.leaning is Leaning.B12_DEFICIENCY
    b12, als = (next(c for c in result.conditions if c.id == i) for i in ("b12_deficiency", "als"))
    assert b12.score > als.score
    assert set(b12.supporting) == {"tingling", "numbness", "unsteady_in_dark"}
    assert "numbness" in als.conflicting
    assert result.overlap.points_to_b12_deficiency == ["numbness", "tingling", "unsteady_in_dark"]


def test_a_motor_picture_leans_to_als(small_knowledge_base: KnowledgeBase) -> None:
    result = assess(
        small_knowledge_base,
        _used(fasciculations="present", muscle_wasting="present", slurred_speech="present", tingling="absent"),
    )
    assert result.leaning is Leaning.ALS
    assert result.overlap.points_to_als == ["fasciculations", "muscle_wasting", "slurred_speech"]


def test_a_single_answer_is_insufficient_evidence(small_knowledge_base: KnowledgeBase) -> None:
    assert assess(small_knowledge_base, _used(tingling="present")).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_a_shared_symptom_is_listed_as_shared(small_knowledge_base: KnowledgeBase) -> None:
    assert assess(small_knowledge_base, _used(fatigue="present")).overlap.shared == ["fatigue"]


def test_unknown_is_the_same_as_not_sent(small_knowledge_base: KnowledgeBase) -> None:
    with_unknown = assess(small_knowledge_base, _used(tingling="present", numbness="unknown"))
    without = assess(small_knowledge_base, _used(tingling="present"))
    assert with_unknown.conditions == without.conditions
    assert with_unknown.leaning == without.leaning


def test_absent_typical_features_lower_the_score(small_knowledge_base: KnowledgeBase) -> None:
    assert (
        _scores(small_knowledge_base, tingling="present", numbness="absent")["b12_deficiency"]
        < _scores(small_knowledge_base, tingling="present")["b12_deficiency"]
    )


def test_scores_stay_between_zero_and_one(small_knowledge_base: KnowledgeBase) -> None:
    every_symptom = {e.id: "present" for e in small_knowledge_base.evidence}
    assert all(0.0 <= score <= 1.0 for score in _scores(small_knowledge_base, **every_symptom).values())


def test_a_red_flag_escalates_whatever_the_scores(small_knowledge_base: KnowledgeBase) -> None:
    # Given a picture that fits neither profile but includes breathlessness at rest
    result = assess(small_knowledge_base, _used(breathless_at_rest="present"))
    # Then triage goes straight to an ambulance, with the rule's reason first
    assert result.triage.level is TriageLevel.EMERGENCY_AMBULANCE
    assert result.triage.reasons[0].startswith("Breathlessness at rest")


def test_self_care_needs_every_warning_sign_answered(small_knowledge_base: KnowledgeBase) -> None:
    # Given nothing present, but the one red flag not asked yet
    unscreened = assess(small_knowledge_base, _used(tingling="absent", fasciculations="absent"))
    # Then self-care is not offered, and a reason says why
    assert unscreened.triage.level is TriageLevel.CONSULTATION
    assert unscreened.triage.red_flags_screened is False
    assert any("warning sign" in reason for reason in unscreened.triage.reasons)
    # When the red flag is answered "no" as well
    screened = assess(
        small_knowledge_base, _used(tingling="absent", fasciculations="absent", breathless_at_rest="absent")
    )
    # Then self-care is earned, and nobody is told they have "no symptoms"
    assert screened.triage.level is TriageLevel.SELF_CARE
    assert screened.triage.red_flags_screened is True
    assert not any("no symptoms" in reason.lower() for reason in screened.triage.reasons)


def test_a_red_flag_answered_dont_know_is_not_screened(small_knowledge_base: KnowledgeBase) -> None:
    result = assess(small_knowledge_base, _used(tingling="absent", breathless_at_rest="unknown"))
    assert result.triage.red_flags_screened is False
    assert result.triage.level is TriageLevel.CONSULTATION
    assert "breathless_at_rest" not in {q.id for q in result.next_questions}


def test_twitching_alone_with_every_warning_sign_denied_is_self_care(small_knowledge_base: KnowledgeBase) -> None:
    result = assess(
        small_knowledge_base,
        _used(fasciculations="present", muscle_wasting="absent", slurred_speech="absent", breathless_at_rest="absent"),
    )
    assert result.triage.level is TriageLevel.SELF_CARE
    assert [n.code for n in result.notices] == ["benign_twitching"]


def test_next_questions_lead_with_the_red_flag_checklist_and_never_repeat_answers(
    small_knowledge_base: KnowledgeBase,
) -> None:
    result = assess(small_knowledge_base, _used(tingling="present", numbness="present", fatigue="unknown"))
    asked = [q.id for q in result.next_questions]
    assert asked[0] == "breathless_at_rest"
    assert [q.red_flag for q in result.next_questions] == [True] + [False] * (len(asked) - 1)
    assert not {"tingling", "numbness", "fatigue"} & set(asked)
    assert "vibration_sense_loss" not in asked  # a clinician's finding, not a question for a person
    assert 2 <= len(asked) <= 6


def test_a_question_is_asked_only_when_its_premise_was_reported(small_knowledge_base: KnowledgeBase) -> None:
    # "Is your balance worse in the dark?" assumes sensory symptoms (the fixture's premise)
    without = assess(small_knowledge_base, _used(fasciculations="present", tingling="absent", numbness="absent"))
    assert "unsteady_in_dark" not in {q.id for q in without.next_questions}
    with_it = assess(small_knowledge_base, _used(tingling="present"))
    assert "unsteady_in_dark" in {q.id for q in with_it.next_questions}


def test_b12_tests_come_first(small_knowledge_base: KnowledgeBase) -> None:
    result = assess(small_knowledge_base, _used(tingling="present", fasciculations="present", fatigue="present"))
    assert [t.id for t in result.recommended_tests] == ["serum_b12", "emg"]


def test_every_assessment_carries_a_disclaimer(small_knowledge_base: KnowledgeBase) -> None:
    assert "not a diagnosis" in assess(small_knowledge_base, _used(tingling="present")).disclaimer
