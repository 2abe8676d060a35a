"""The calibration rules of docs/scoring.md, each at the scoring layer over the bundled knowledge base."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import ALS, B12, scoring_model

MODEL = scoring_model(load_knowledge_base())
LIMB_ALS = {"hand_weakness", "muscle_wasting", "asymmetric_onset"}
BULBAR = {"slurred_speech", "difficulty_swallowing", "choking_on_liquids", "drooling", "tongue_twitching_wasting"}


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_twitching_alone_adds_nothing_to_als() -> None:
    # Common in healthy people (background "common"): only its excess over background counts
    assert _score({"fasciculations"}).fit[ALS] == 0.0


def test_twitching_beside_wasting_counts_in_full() -> None:
    with_twitching = _score(LIMB_ALS | {"fasciculations"}).fit[ALS]
    assert with_twitching > _score(LIMB_ALS).fit[ALS]


def test_denying_non_specific_features_changes_nothing() -> None:
    picture = {"tingling", "numbness", "unsteady_in_dark"}
    denied = {"fatigue", "low_mood", "memory_problems", "muscle_cramps", "fasciculations"}
    assert _score(picture, denied) == _score(picture)


def test_bulbar_features_denied_do_not_count_against_limb_onset_als() -> None:
    assert _score(LIMB_ALS, BULBAR).fit[ALS] == _score(LIMB_ALS).fit[ALS]
    assert _score(LIMB_ALS, BULBAR).leaning is Leaning.ALS


def test_limb_features_denied_still_count_when_no_presentation_is_shown() -> None:
    # Nothing specific of ALS present: every presentation is quiet, so denials count as before
    assert _score({"tingling", "numbness"}, LIMB_ALS).fit[ALS] == 0.0
    assert _score({"fasciculations"}, LIMB_ALS).leaning is Leaning.NEITHER


def test_anaemia_features_denied_do_not_count_against_a_nerve_picture_of_b12_deficiency() -> None:
    nerves = {"tingling", "numbness", "symmetric_feet_first"}
    anaemia = {"pallor", "sore_red_tongue", "breathless_on_exertion", "dizziness_on_standing"}
    assert _score(nerves, anaemia).fit[B12] == _score(nerves).fit[B12]


def test_two_highly_specific_findings_lean_without_a_third_answer() -> None:
    assert _score({"romberg_positive", "vibration_sense_loss"}).leaning is Leaning.B12_DEFICIENCY
    assert _score({"slurred_speech", "tongue_twitching_wasting"}).leaning is Leaning.ALS
    # ...but two risk factors are causes, not a picture
    assert _score({"metformin_use", "vegan_diet"}).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_non_specific_findings_never_name_a_profile_or_an_overlap() -> None:
    leaning = _score({"fatigue", "low_mood", "memory_problems", "muscle_cramps"}).leaning
    assert leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_a_sudden_onset_rules_out_both_profiles() -> None:
    scores = _score(LIMB_ALS | {"leg_weakness", "slurred_speech", "sudden_onset"})
    assert scores.fitting == frozenset()
    assert scores.leaning is Leaning.NEITHER


def test_a_course_answered_both_ways_decides_nothing() -> None:
    # "Slowly worse over months" beside "came on suddenly": the gate does not apply
    assert _score(LIMB_ALS | {"sudden_onset", "gradual_progression"}).fitting == {ALS}


def test_not_comparable_names_no_profile_whatever_the_evidence() -> None:
    scores = score(MODEL, LIMB_ALS | {"fasciculations"}, set(), comparable=False)
    assert scores.leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert ALS in scores.fitting
