import pytest

from symptom_overlap.domain.questions import information_gain


def test_a_question_both_profiles_answer_alike_teaches_nothing() -> None:
    assert information_gain(0.5, 0.4, 0.4) == pytest.approx(0.0)


def test_a_more_discriminating_question_gains_more() -> None:
    assert information_gain(0.5, 0.8, 0.1) > information_gain(0.5, 0.6, 0.4) > 0


def test_nothing_is_gained_once_the_picture_is_certain() -> None:
    assert information_gain(1.0, 0.8, 0.1) == 0.0


def test_gain_never_exceeds_the_current_uncertainty() -> None:
    assert information_gain(0.5, 0.98, 0.02) <= 1.0
