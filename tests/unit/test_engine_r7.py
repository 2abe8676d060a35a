"""Engine rules added in round 7 (docs/scoring.md), each shown at the scoring layer with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_choking_on_drinks_and_trouble_swallowing_are_one_complaint() -> None:
    # A hard swallow that makes one cough on a cup of tea is one complaint (dysphagia), not two ALS findings
    assert MODEL.complaints(frozenset({"choking_on_liquids", "difficulty_swallowing"})) == 1
    assert _score({"choking_on_liquids", "difficulty_swallowing"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # A second bulbar complaint still makes a picture: slurred speech beside the swallowing
    assert _score({"choking_on_liquids", "difficulty_swallowing", "slurred_speech"}).leaning is Leaning.ALS
    assert _score({"difficulty_swallowing", "slurred_speech"}).leaning is Leaning.ALS


def test_one_complaint_keeps_its_weight_in_the_fit() -> None:
    # Only the counting changes: the fit of each profile is what it was
    both = _score({"choking_on_liquids", "difficulty_swallowing"})
    one = _score({"difficulty_swallowing"})
    assert both.fit["als"] > one.fit["als"]


def test_a_motor_conduction_block_beside_a_pure_motor_hand_is_multifocal_motor_neuropathy() -> None:
    # Turner & Talbot 2013; Traynor 2000: MMN, the commonest treatable ALS mimic, shows a block in a motor nerve
    hand = {"hand_weakness", "asymmetric_onset", "fasciculations", "muscle_cramps", "gradual_progression"}
    assert _score(hand | {"motor_conduction_block"}).leaning is Leaning.NEITHER
    # Without the nerve-test finding the same hand stays an ALS picture
    assert _score(hand).leaning is Leaning.ALS
    # Upper motor neuron signs are not accounted for by the nerve condition: ALS stays in play. Wasting is
    # (it weakens more than it wastes; reversed in the twelfth session, docs/scoring.md)
    assert _score(hand | {"motor_conduction_block", "brisk_reflexes"}).leaning is not Leaning.NEITHER
    assert _score(hand | {"motor_conduction_block", "muscle_wasting"}).leaning is Leaning.NEITHER
