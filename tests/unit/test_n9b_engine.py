"""Engine rules of the ninth session, engine area (docs/scoring.md), with example sentences of their own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _leaning(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Leaning:
    return score(MODEL, present, absent).leaning


def test_twitching_with_a_normal_emg_is_benign_twitching() -> None:
    assert _leaning({"fasciculations"}, {"emg_denervation"}) is Leaning.NEITHER
    assert _leaning({"fasciculations", "muscle_cramps"}, {"emg_denervation"}) is Leaning.NEITHER
    text = "My calves have been twitching for weeks. The nerve test (EMG) came back normal."
    assert assess_request(KNOWLEDGE_BASE, [], text).leaning is Leaning.NEITHER


def test_a_normal_emg_does_not_explain_away_weakness_or_stand_for_a_missing_test() -> None:
    # Weakness is not benign twitching, whatever the EMG said.
    assert _leaning({"fasciculations", "hand_weakness"}, {"emg_denervation"}) is not Leaning.NEITHER
    # Without a test, lone twitching stays too little to say.
    assert _leaning({"fasciculations"}) is Leaning.INSUFFICIENT_EVIDENCE
    # A measured low B12 is a finding of its own.
    assert _leaning({"fasciculations", "low_b12_level"}, {"emg_denervation"}) is not Leaning.NEITHER
