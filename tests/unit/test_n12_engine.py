"""Engine rules of the twelfth session (docs/scoring.md, "Twelfth session"), each shown at the scoring layer
with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
WARNING_SIGNS = frozenset(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag) - {"suicide_plan"}


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, frozenset(absent))


def _screened(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    """Every warning sign not reported present answered no, as after the app's checklist."""
    return _score(present, (WARNING_SIGNS - present) | absent)


def test_confusion_and_memory_trouble_alone_name_no_b12_deficiency() -> None:
    # Delirium, dementia and depression are far commoner causes than B12 deficiency
    mind = {"confusion", "memory_problems", "fatigue"}
    assert _screened(mind).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # Beside a cause of the deficiency, or a finding of nerves or blood, they point to it as before
    assert _screened(mind | {"autoimmune_gastritis"}).leaning is Leaning.B12_DEFICIENCY
    assert _screened(mind | {"tingling", "symmetric_feet_first", "unsteady_in_dark"}).leaning is Leaning.B12_DEFICIENCY


def test_numbness_that_came_within_minutes_on_one_side_is_the_event_not_a_deficiency() -> None:
    sudden_one_side = {"sudden_onset", "numbness", "tingling", "metformin_use", "diabetes"}
    assert _screened(sudden_one_side, {"symmetric_feet_first"}).leaning is Leaning.NEITHER
    # Numb feet that began in both feet beside the same event are still two problems (test_engine_r6)
    assert _score(sudden_one_side | {"symmetric_feet_first", "stroke_signs"}).leaning is Leaning.B12_DEFICIENCY


def test_hallucinations_beside_parkinsonism_are_explained_by_parkinsons() -> None:
    assert _score({"parkinsonism", "paranoia_psychosis", "memory_problems"}).leaning is Leaning.NEITHER


def test_a_cause_of_b12_deficiency_beside_only_another_conditions_picture_needs_no_explaining() -> None:
    parkinsons = {"parkinsonism", "stiffness_spasticity", "memory_problems", "gradual_progression"}
    assert _screened(parkinsons | {"gastric_surgery"}, {"tingling", "numbness"}).leaning is Leaning.NEITHER
    # Beside a finding it tells of (tingling), the cause is a deficiency to test whatever else is there
    eye = {"sudden_vision_loss_one_eye", "gastric_surgery", "tingling"}
    assert _screened(eye, {"past_vision_loss_one_eye"}).leaning is Leaning.B12_DEFICIENCY


def test_a_trapped_nerve_root_accounts_for_weakness_on_one_side() -> None:
    neck = {"neck_pain", "tingling", "hand_weakness", "asymmetric_onset"}
    assert _screened(neck, {"fasciculations", "muscle_wasting"}).leaning is Leaning.NEITHER
    low_back = {"back_pain_with_leg_weakness", "leg_weakness", "foot_drop", "numbness"}
    assert _screened(low_back, {"fasciculations"}).leaning is Leaning.NEITHER
    # Wasting is not a trapped root's: the weak, thinning hand stays the ALS question
    assert _screened(neck | {"muscle_wasting"}, {"fasciculations"}).leaning is not Leaning.NEITHER


def test_breathing_trouble_alone_names_no_als() -> None:
    breathing = {"breathless_lying_flat", "morning_headache"}
    assert _score(breathing).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # Beside twitching or a weak limb it is the motor neurons' question again
    assert _score(breathing | {"fasciculations"}).leaning is Leaning.ALS
    assert _score(breathing | {"hand_weakness", "muscle_wasting"}).leaning is Leaning.ALS


def test_a_normal_level_and_a_normal_mma_rule_b12_deficiency_out_whatever_its_cause() -> None:
    cord = {"gastric_surgery", "tingling", "numbness", "symmetric_feet_first", "unsteady_in_dark"}
    cord |= {"stiffness_spasticity"}
    both_normal = {"low_b12_level", "raised_mma_or_homocysteine"}
    assert _screened(cord, both_normal).leaning is Leaning.NEITHER
    # A normal level alone does not rule out a deficiency that has a cause (Solomon 2005)
    assert _screened(cord, {"low_b12_level"}).leaning is Leaning.B12_DEFICIENCY


def test_the_warning_sign_checklist_alone_says_nothing_about_either_profile() -> None:
    assert _screened(set()).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _screened({"choking_on_liquids"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _screened({"fatigue", "chest_pain"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # Beside a specific finding, or with a profile's own questions answered no, they count as before
    assert _screened({"fasciculations"}, {"hand_weakness", "leg_weakness", "muscle_wasting"}).leaning is Leaning.NEITHER
    assert _screened({"numbness", "median_nerve_pattern"}).leaning is Leaning.NEITHER


def test_parkinsons_explains_quiet_slurred_speech_and_swallowing() -> None:
    assert _score({"parkinsonism", "stiffness_spasticity", "slurred_speech"}).leaning is Leaning.NEITHER
    assert _score({"parkinsonism", "difficulty_swallowing", "choking_on_liquids"}).leaning is Leaning.NEITHER
    # A wasting, twitching tongue is not Parkinson's: the bulbar ALS question stays open
    assert _score({"parkinsonism", "slurred_speech", "tongue_twitching_wasting"}).leaning is not Leaning.NEITHER


def test_breathing_trouble_with_limbs_and_speech_denied_is_something_else() -> None:
    heart = {"breathless_lying_flat", "breathless_on_exertion", "palpitations", "fatigue"}
    assert _score(heart, {"hand_weakness", "leg_weakness", "slurred_speech"}).leaning is Leaning.NEITHER
    assert _score(heart).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_an_overlap_needs_a_motor_neuron_finding() -> None:
    assert _score({"chest_pain", "breathless_at_rest", "pallor", "fatigue"}).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_a_block_on_the_nerve_test_accounts_for_a_wasted_twitching_hand() -> None:
    # Multifocal motor neuropathy: weakness out of proportion to wasting (Turner & Talbot 2013)
    hand = {"hand_weakness", "asymmetric_onset", "muscle_wasting", "fasciculations"}
    assert _screened(hand | {"motor_conduction_block"}, {"tingling", "numbness"}).leaning is Leaning.NEITHER
    assert _screened(hand, {"tingling", "numbness"}).leaning is Leaning.ALS


def test_myasthenia_accounts_for_drink_going_the_wrong_way() -> None:
    bulbar = {"double_vision", "slurred_speech", "difficulty_swallowing", "choking_on_liquids"}
    assert _screened(bulbar, {"fasciculations", "muscle_wasting", "tongue_twitching_wasting"}).leaning is (
        Leaning.NEITHER
    )
    assert _screened(bulbar - {"double_vision"}, {"fasciculations"}).leaning is Leaning.ALS


def test_cramps_beside_an_old_strokes_lasting_weakness_are_the_strokes() -> None:
    stroke = {"past_stroke", "slurred_speech", "hand_weakness", "asymmetric_onset", "muscle_cramps"}
    assert _screened(stroke, {"gradual_progression", "fasciculations", "muscle_wasting"}).leaning is Leaning.NEITHER
