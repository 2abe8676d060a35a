"""Engine rules of the eleventh session (docs/scoring.md), with example pictures of their own (not corpus items)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _leaning(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Leaning:
    return score(MODEL, present, absent).leaning


def test_a_cause_of_b12_deficiency_beside_only_what_it_can_give_keeps_the_question_open() -> None:
    # Years of a vegan diet, tired and forgetful, pins and needles and numbness denied: test B12 (NICE NG239)
    denied = {"tingling", "numbness", "unsteady_in_dark", "hand_weakness"}
    assert _leaning({"vegan_diet", "fatigue", "memory_problems"}, denied) is Leaning.INSUFFICIENT_EVIDENCE
    # Long-term metformin and nothing else, the feet fine: no profile is shown (sixteenth session), though
    # the B12 tests are still listed (tests/unit/test_n16_engine.py)
    assert _leaning({"metformin_use"}, {"tingling", "numbness", "symmetric_feet_first"}) is Leaning.NEITHER
    # Without the cause, the same tired, forgetful picture with the nerves tested is something else
    assert _leaning({"fatigue", "memory_problems", "low_mood"}, denied) is Leaning.NEITHER


def test_a_cause_of_b12_deficiency_does_not_hide_a_picture_of_something_else() -> None:
    # A stroke's signs this morning beside metformin: still neither, and triage acts on the stroke
    assert _leaning({"metformin_use", "stroke_signs", "sudden_onset"}) is Leaning.NEITHER
    # Metformin beside twitching alone, every motor question denied: twitching is not a B12 finding
    motor = {"hand_weakness", "leg_weakness", "muscle_wasting", "slurred_speech", "difficulty_swallowing"}
    assert _leaning({"metformin_use", "fasciculations"}, motor) is Leaning.NEITHER


def test_pins_and_needles_beside_a_cauda_equina_picture_are_part_of_it() -> None:
    # Back pain with a weak leg, numbness when wiping, new wetting and pins and needles in the legs
    cauda_equina = {"back_pain_with_leg_weakness", "leg_weakness", "saddle_numbness", "bladder_bowel_problems"}
    assert _leaning(cauda_equina | {"tingling"}) is Leaning.NEITHER
    # Unsteadiness in the dark is not explained by it: B12 deficiency stays in play
    assert _leaning({"saddle_numbness", "tingling", "unsteady_in_dark", "symmetric_feet_first"}) is not (
        Leaning.NEITHER
    )


def test_twitching_with_strength_denied_is_benign_even_with_few_answers() -> None:
    # Flickers in the calves most nights, legs as strong as ever (Filippakis 2018: twitching with normal strength)
    assert _leaning({"fasciculations"}, {"leg_weakness"}) is Leaning.NEITHER
    assert _leaning({"fasciculations", "muscle_cramps"}, {"hand_weakness"}) is Leaning.NEITHER
    # Twitching alone, nothing asked: too little said
    assert _leaning({"fasciculations"}) is Leaning.INSUFFICIENT_EVIDENCE
    # A "no" to a swallowing question does not test the strength of a twitching limb
    assert _leaning({"fasciculations"}, {"difficulty_swallowing"}) is Leaning.INSUFFICIENT_EVIDENCE
    # Tiredness is not a motor finding: a "no" to weakness does not make it a picture of something else
    assert _leaning({"fatigue"}, {"leg_weakness"}) is Leaning.INSUFFICIENT_EVIDENCE
    # Wasting keeps ALS in play
    assert _leaning({"fasciculations", "muscle_wasting"}, {"leg_weakness"}) is not Leaning.NEITHER


def test_cramps_beside_a_shaking_hand_at_rest_are_part_of_parkinsons() -> None:
    # A hand that shakes at rest, small steps, slowly worse for a year, and cramps in the calves (Parkinson's UK)
    assert _leaning({"parkinsonism", "gradual_progression", "muscle_cramps"}, {"muscle_wasting", "tingling"}) is (
        Leaning.NEITHER
    )
    # Wasting is not part of it: ALS stays in play
    assert _leaning({"parkinsonism", "muscle_cramps", "muscle_wasting"}) is not Leaning.NEITHER
