"""Rules added after the fourth blind round (docs/scoring.md), each at the scoring layer over the bundled
knowledge base, with example inputs of their own (not the vignettes)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

MODEL = scoring_model(load_knowledge_base())
B12_SENSORY = {"numbness", "unsteady_in_dark"}  # hallmarks of B12 deficiency that ALS argues against
BULBAR_ALS = {"slurred_speech", "tongue_twitching_wasting", "choking_on_liquids"}  # tongue twitching: an ALS hallmark


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_both_pictures_that_each_fall_just_short_are_an_overlap_not_neither() -> None:
    # Each profile counts the other's hallmarks against itself, so neither fits; each fits on its own findings
    scores = _score({"vegan_diet"} | B12_SENSORY | BULBAR_ALS)
    assert not scores.fitting
    assert scores.leaning is Leaning.OVERLAP


def test_one_rival_hallmark_alone_does_not_make_an_overlap() -> None:
    # Tongue twitching beside a B12 picture: ALS does not fit even on its own findings
    assert (
        _score({"vegan_diet", "tingling"} | B12_SENSORY | {"tongue_twitching_wasting"}).leaning
        is Leaning.B12_DEFICIENCY
    )


def test_a_sudden_onset_still_rules_out_both_pictures() -> None:
    assert _score(B12_SENSORY | BULBAR_ALS | {"sudden_onset"}).leaning is Leaning.NEITHER


def test_thoughts_of_suicide_do_not_point_to_als_in_someone_undiagnosed() -> None:
    # Twitching with weakness, wasting and slurred speech denied, beside low mood and thoughts of suicide:
    # the thoughts are common without ALS (a warning sign for triage), so the motor denials count
    denied = {"hand_weakness", "leg_weakness", "muscle_wasting", "slurred_speech"}
    scores = _score({"fasciculations", "low_mood", "suicidal_thoughts"}, denied)
    assert MODEL.is_non_specific("suicidal_thoughts")
    assert scores.leaning is Leaning.NEITHER


def test_thoughts_of_suicide_beside_an_als_picture_leave_it_als() -> None:
    limb = {"hand_weakness", "muscle_wasting", "asymmetric_onset", "fasciculations"}
    assert _score(limb | {"suicidal_thoughts", "low_mood"}).leaning is Leaning.ALS


def test_one_symptom_with_its_course_names_no_profile() -> None:
    # Stiff legs, slowly worse over a year, twitching and numbness denied: still one symptom
    stiff = {"stiffness_spasticity", "gradual_progression"}
    assert _score(stiff, {"fasciculations", "numbness"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # A second symptom makes a picture, with or without the course
    assert _score(stiff | {"muscle_wasting", "hand_weakness"}).leaning is Leaning.ALS


def test_a_course_both_profiles_call_unusual_still_counts_as_a_finding() -> None:
    # Weak legs worse over days, enough else answered: a faster third condition (neither), not too little
    denied = {"diabetes", "fainting", "morning_headache", "transient_episode"}
    assert _score({"leg_weakness", "rapid_progression"}, denied).leaning is Leaning.NEITHER


def test_a_rival_picture_of_one_finding_does_not_make_an_overlap_when_both_fall_short() -> None:
    # Muscle wasting alone would fit ALS on its own findings (0.8 / 1.8), but one symptom is not a picture
    assert _score({"muscle_wasting", "romberg_positive", "vision_loss"}, {"diabetes"}).leaning is Leaning.NEITHER
