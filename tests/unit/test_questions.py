import pytest

from symptom_overlap.domain.questions import information_gain

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
