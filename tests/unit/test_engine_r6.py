"""Engine rules added in round 6 (docs/scoring.md), each shown at the scoring layer with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_a_cause_of_b12_deficiency_beside_its_telling_finding_is_enough_to_lean() -> None:
    # NICE NG239: a risk factor with neurological symptoms is the picture to test for B12 deficiency
    assert _score({"tingling", "acid_reducer_use"}).leaning is Leaning.B12_DEFICIENCY
    assert _score({"numbness", "metformin_use", "diabetes"}).leaning is Leaning.B12_DEFICIENCY
    # One finding alone, or a cause beside a finding common without either condition, still says too little
    assert _score({"tingling"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score({"fatigue", "vegan_diet"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score({"fasciculations", "metformin_use"}).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_tingling_beside_neck_pain_and_an_electric_feeling_on_bending_the_neck_is_the_neck() -> None:
    # Degenerative cervical myelopathy: neck pain, paraesthesia of the hands, Lhermitte's sign (Davies 2018)
    assert _score({"neck_pain", "tingling", "lhermitte_sign"}).leaning is Leaning.NEITHER
    cord = {"neck_pain", "hand_weakness", "numbness", "stiffness_spasticity", "lhermitte_sign"}
    assert _score(cord | {"tingling"}).leaning is Leaning.NEITHER
    # A cause of B12 deficiency is not accounted for by the neck, so the profile stays in play
    assert _score({"neck_pain", "tingling", "lhermitte_sign", "vegan_diet"}).leaning is not Leaning.NEITHER


def test_a_caused_or_measured_b12_deficiency_beside_a_stroke_is_two_problems() -> None:
    # Numb feet on long-term acid reducers, and a face that drooped on one side this morning: the stroke is
    # triaged, the deficiency is still there (NICE NG239)
    stroke = {"stroke_signs", "sudden_onset"}
    assert _score({"numbness", "acid_reducer_use"} | stroke).leaning is Leaning.B12_DEFICIENCY
    assert _score({"tingling", "raised_mma_or_homocysteine"} | stroke).leaning is Leaning.B12_DEFICIENCY
    # Without a cause or a blood result, tingling that came with the stroke is part of it
    assert _score({"tingling", "numbness"} | stroke).leaning is Leaning.NEITHER
    # A cause alone beside the stroke is not a picture of the deficiency
    assert _score({"metformin_use"} | stroke).leaning is Leaning.NEITHER
