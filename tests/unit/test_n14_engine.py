"""Engine rules of the fourteenth session (docs/scoring.md, "Fourteenth session"), shown with pictures of our own."""

import pytest
from pydantic import ValidationError

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.alternatives import fitting_alternatives
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.knowledge.schema import KnowledgeBase

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
WARNING_SIGNS = frozenset(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag) - {"suicide_plan"}

# Grip and thighs failing slowly over years, thin forearms, food sticking: the shape of inclusion body myositis
MUSCLE_SHAPE = {"hand_weakness", "leg_weakness", "muscle_wasting", "difficulty_swallowing", "gradual_progression"}


def _screened(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    """Every warning sign not reported present answered no, as after the app's checklist."""
    return score(MODEL, present, (WARNING_SIGNS - present) | frozenset(absent))


def test_weak_grip_and_thighs_with_twitching_denied_is_a_muscle_disease() -> None:
    assert _screened(MUSCLE_SHAPE, {"fasciculations", "numbness"}).leaning is Leaning.NEITHER
    shown = [a.id for a in fitting_alternatives(KNOWLEDGE_BASE, MUSCLE_SHAPE, {"fasciculations"})]
    assert "inclusion_body_myositis" in shown


def test_the_muscle_shape_needs_the_denial_itself() -> None:
    # Twitching not asked, or answered "don't know", is no shape: the picture stays with ALS
    assert _screened(MUSCLE_SHAPE, {"numbness"}).leaning is Leaning.ALS
    assert "inclusion_body_myositis" not in [a.id for a in fitting_alternatives(KNOWLEDGE_BASE, MUSCLE_SHAPE)]
    # Twitching present is a motor neuron sign
    assert _screened(MUSCLE_SHAPE | {"fasciculations"}, {"numbness"}).leaning is Leaning.ALS


def test_an_upper_motor_neuron_sign_or_cramps_keep_als() -> None:
    # None of nine people with IBM first thought to have MND had upper motor neuron signs or cramps (Dabby 2001)
    for sign in ("brisk_reflexes", "stiffness_spasticity", "muscle_cramps", "slurred_speech"):
        assert _screened(MUSCLE_SHAPE | {sign}, {"fasciculations"}).leaning is Leaning.ALS, sign


def test_a_weak_wasted_hand_alone_is_not_the_muscle_shape() -> None:
    # The split hand of ALS with twitching unnoticed: one limb, not grip and thighs together
    hand = {"hand_weakness", "muscle_wasting", "asymmetric_onset", "gradual_progression"}
    assert _screened(hand, {"fasciculations"}).leaning is Leaning.ALS


def test_a_shape_names_only_known_ids() -> None:
    data = KNOWLEDGE_BASE.model_dump()
    data["alternatives"][0]["requires_absent"] = ["no_such_finding"]
    with pytest.raises(ValidationError, match="requires_absent"):
        KnowledgeBase.model_validate(data)
