"""Rules added after the fifth blind round (docs/scoring.md), each at the scoring layer over the bundled
knowledge base, with example inputs of their own (not the vignettes)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import ALS, B12, scoring_model

MODEL = scoring_model(load_knowledge_base())
HAND_SENSORY = {"tingling", "numbness"}  # with a start in both feet denied: as common as a squeezed nerve at the wrist


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_findings_common_without_either_condition_each_profile_denied_are_a_picture_of_something_else() -> None:
    # Tingling fingers, the feet fine (B12 deficiency asked) and no wasting or weakness (ALS asked): a squeezed nerve
    assert _score({"tingling"}, {"symmetric_feet_first", "muscle_wasting"}).leaning is Leaning.NEITHER
    assert _score({"tingling"}, {"symmetric_feet_first", "hand_weakness"}).leaning is Leaning.NEITHER


def test_a_present_finding_a_profile_argues_against_puts_it_to_the_test() -> None:
    # Numb, tingling fingers with the feet fine: ALS gives no numbness, B12 deficiency starts in both feet
    assert _score(HAND_SENSORY, {"symmetric_feet_first"}).leaning is Leaning.NEITHER
    assert _score(HAND_SENSORY | {"gradual_progression"}, {"symmetric_feet_first"}).leaning is Leaning.NEITHER


def test_a_profile_not_yet_asked_about_leaves_too_little_said() -> None:
    # Only B12 deficiency's question was answered: ALS calls tingling unusual but does not argue against it
    assert _score({"tingling"}, {"symmetric_feet_first"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # A "no" to a non-specific finding (twitching) tests no profile; nor does one to a course or a risk factor
    assert _score({"tingling"}, {"symmetric_feet_first", "fasciculations"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert not {"gradual_progression", "family_history_als"} & MODEL.testing_denials[ALS]
    # Two answers are too few, whatever they are
    assert _score({"numbness"}, {"symmetric_feet_first"}).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_findings_no_single_other_explanation_accounts_for_stay_too_little_said() -> None:
    # Tiredness and cramps: no one explanation in the knowledge base covers both
    assert _score({"fatigue", "muscle_cramps"}, {"symmetric_feet_first", "hand_weakness"}).leaning is (
        Leaning.INSUFFICIENT_EVIDENCE
    )


def test_a_risk_factor_keeps_the_profiles_in_play() -> None:
    denied = {"symmetric_feet_first", "muscle_wasting"}
    assert _score(HAND_SENSORY | {"diabetes"}, denied).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score(HAND_SENSORY | {"acid_reducer_use"}, denied).leaning is Leaning.B12_DEFICIENCY


B12_PICTURE = {"vegan_diet", "numbness", "unsteady_in_dark", "vibration_sense_loss"}


def test_a_second_picture_that_falls_short_beside_one_that_fits_is_an_overlap() -> None:
    # B12 deficiency fits; slurred speech and a flickering tongue fit ALS once the B12 findings stop counting
    scores = _score(B12_PICTURE | {"tongue_twitching_wasting", "slurred_speech"})
    assert scores.fitting == {B12}
    assert scores.leaning is Leaning.OVERLAP
    # ...and the other way round: numbness and unsteadiness in the dark beside a limb-onset ALS picture
    limb = {"hand_weakness", "muscle_wasting", "asymmetric_onset", "fasciculations"}
    assert _score(limb | {"numbness", "unsteady_in_dark"}).leaning is Leaning.OVERLAP


def test_twitching_in_a_wasted_hand_is_a_finding_of_the_second_picture() -> None:
    # Wasting alone is one finding of ALS's own; twitching beside it (in its company) makes two
    assert _score(B12_PICTURE | {"muscle_wasting"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(B12_PICTURE | {"muscle_wasting", "fasciculations"}).leaning is Leaning.OVERLAP
    # Twitching and cramps without a specific finding of ALS are no second picture
    assert _score(B12_PICTURE | {"fasciculations", "muscle_cramps"}).leaning is Leaning.B12_DEFICIENCY
