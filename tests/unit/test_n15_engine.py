"""Engine rules of the fifteenth session (docs/scoring.md, "Fifteenth session"), shown with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.alternatives import fitting_alternatives
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model

MODEL = scoring_model(load_knowledge_base())


def _leaning(present: set[str], absent: set[str] | None = None) -> Leaning:
    return score(MODEL, frozenset(present), frozenset(absent or ())).leaning


def test_a_weak_thin_hand_is_enough_to_lean() -> None:
    # Wasting (8 times likelier in ALS) and weakness (2 times) of one body system: as telling as two hallmarks
    assert _leaning({"hand_weakness", "muscle_wasting"}) is Leaning.ALS
    assert _leaning({"leg_weakness", "muscle_wasting"}) is Leaning.ALS


def test_where_a_weakness_began_is_no_second_finding() -> None:
    # One weak hand is one complaint, however it is asked: too little yet
    assert _leaning({"hand_weakness", "asymmetric_onset"}) is Leaning.INSUFFICIENT_EVIDENCE


def test_findings_of_different_body_systems_do_not_join_into_a_strong_pair() -> None:
    assert _leaning({"hand_weakness", "foot_drop"}) is Leaning.INSUFFICIENT_EVIDENCE


def test_als_signs_beside_an_explained_neuropathy_lean_als() -> None:
    bulbar = {"numbness", "slurred_speech", "tongue_twitching_wasting"}
    # Heavy drinking accounts for the numb feet; a twitching tongue and slurred speech are motor neurone disease's own
    assert _leaning(bulbar | {"heavy_alcohol_use"}, {"choking_on_liquids"}) is Leaning.ALS
    assert _leaning(bulbar | {"diabetes"}, {"choking_on_liquids"}) is Leaning.ALS
    # Unexplained, the numbness still argues against ALS
    assert _leaning(bulbar, {"choking_on_liquids"}) is Leaning.NEITHER


def test_what_is_left_beside_the_other_explanation_must_be_als_own() -> None:
    # Slurred speech alone beside an alcohol neuropathy: one complaint, not enough
    assert _leaning({"heavy_alcohol_use", "numbness", "slurred_speech"}, {"choking_on_liquids"}) is Leaning.NEITHER
    # Confused, unsteady and seeing double in a heavy drinker: nothing of ALS is left, and no B12 leaning is made
    assert _leaning({"heavy_alcohol_use", "confusion", "double_vision", "unsteady_in_dark"}) is Leaning.NEITHER


def test_a_risk_factor_does_not_give_back_the_pattern_of_tingling_placed_elsewhere() -> None:
    # Tingling not in both feet beside an acid reducer keeps B12 deficiency's pattern...
    assert _leaning({"acid_reducer_use", "tingling"}, {"symmetric_feet_first"}) is Leaning.B12_DEFICIENCY
    # ...but in the thumb and first two fingers it is carpal tunnel syndrome's
    carpal = {"acid_reducer_use", "tingling", "median_nerve_pattern"}
    assert _leaning(carpal, {"symmetric_feet_first"}) is Leaning.NEITHER


def test_a_worn_neck_explains_no_sign_above_the_neck() -> None:
    # Slurred speech or a twitching tongue beside neck pain: the neck is no explanation (Turner & Talbot 2013)
    knowledge_base = load_knowledge_base()
    for sign in ("slurred_speech", "tongue_twitching_wasting"):
        shown = [a.id for a in fitting_alternatives(knowledge_base, {"neck_pain", "hand_weakness", sign})]
        assert "neck_myelopathy" not in shown, sign
    assert "neck_myelopathy" in [a.id for a in fitting_alternatives(knowledge_base, {"neck_pain", "hand_weakness"})]
