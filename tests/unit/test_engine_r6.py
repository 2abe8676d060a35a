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

