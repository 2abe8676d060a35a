import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.questions import information_gain
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.domain.services import assess_request

EVEN = [1 / 3, 1 / 3, 1 / 3]


def test_a_question_every_outcome_answers_alike_teaches_nothing() -> None:
    assert information_gain(EVEN, [0.4, 0.4, 0.4]) == pytest.approx(0.0)


def test_a_more_discriminating_question_gains_more() -> None:
    assert information_gain(EVEN, [0.8, 0.1, 0.05]) > information_gain(EVEN, [0.5, 0.4, 0.3]) > 0


def test_nothing_is_gained_once_the_outcome_is_certain() -> None:
    assert information_gain([1.0, 0.0, 0.0], [0.8, 0.1, 0.05]) == 0.0


def test_a_confirming_question_can_matter_as_much_as_an_overturning_one() -> None:
    # With B12 likely but "something else" still open, a typical B12 feature is worth asking
    belief = [0.7, 0.05, 0.25]
    assert information_gain(belief, [0.5, 0.1, 0.05]) > 0.1


def test_gain_never_exceeds_the_current_uncertainty() -> None:
    assert information_gain(EVEN, [0.98, 0.02, 0.02]) <= 1.585


def test_a_leaning_is_not_settled_while_the_findings_that_would_overturn_it_are_unasked() -> None:
    # Given weak hands, twitching and cramps, every warning sign denied, and no sensory question asked
    knowledge_base = load_knowledge_base()
    denied = [ReportedEvidence(id=e.id, state=EvidenceState.ABSENT) for e in knowledge_base.evidence if e.red_flag]
    reported = [
        ReportedEvidence(id=evidence_id, state=EvidenceState.PRESENT)
        for evidence_id in ("hand_weakness", "fasciculations", "muscle_cramps")
    ]
    # When the picture is assessed
    assessment = assess_request(knowledge_base, [*denied, *reported], None)
    # Then it leans to ALS, but the interview goes on and asks about feeling, which could point elsewhere
    assert assessment.leaning is Leaning.ALS
    assert not assessment.should_stop
    assert {"numbness", "unsteady_in_dark"} & {question.id for question in assessment.next_questions}
