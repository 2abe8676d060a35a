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
