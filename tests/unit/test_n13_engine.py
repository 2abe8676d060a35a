"""Engine rules of the thirteenth session (docs/scoring.md, "Thirteenth session"), each shown at the scoring layer
with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
WARNING_SIGNS = frozenset(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag) - {"suicide_plan"}


def _screened(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    """Every warning sign not reported present answered no, as after the app's checklist."""
    return score(MODEL, present, (WARNING_SIGNS - present) | frozenset(absent))


def test_breathlessness_on_effort_is_background_beside_a_motor_picture() -> None:
    # A quarter of people over 70 are short of breath on effort (Currow 2016): beside a dropped head and
    # twitching it does not open the breathing questions, whose "no"s then say nothing against ALS
    head_drop = {"head_drop", "fasciculations", "breathless_on_exertion"}
    assert _screened(head_drop, {"weak_cough", "morning_headache", "tingling"}).leaning is Leaning.ALS
    assert "breathless_on_exertion" in MODEL.non_specific
    # A specific breathing finding beside it still shows the breathing side of ALS
    assert _screened({"head_drop", "weak_cough", "breathless_on_exertion"}).leaning is Leaning.ALS


ALS_LIMB = {"hand_weakness", "muscle_wasting", "fasciculations", "emg_denervation", "gradual_progression"}


def test_a_low_b12_with_normal_sensory_nerves_and_no_finding_of_its_own_leaves_als() -> None:
    low_b12 = ALS_LIMB | {"acid_reducer_use", "low_b12_level"}
    tested = {"abnormal_sensory_nerve_conduction", "tingling", "numbness"}
    assert _screened(low_b12, tested).leaning is Leaning.ALS
    # Untested sensory nerves, or a finding of the deficiency's own, keep the overlap
    assert _screened(low_b12, {"tingling", "numbness"}).leaning is Leaning.OVERLAP
    with_own = low_b12 | {"vibration_sense_loss"}
    assert _screened(with_own, {"abnormal_sensory_nerve_conduction"}).leaning is Leaning.OVERLAP


def test_a_deficiency_ruled_out_by_its_blood_tests_makes_no_overlap() -> None:
    # Diabetic neuropathy for the numb feet; B12 and MMA both normal (Savage 1994) beside an ALS picture
    neuropathy = {"diabetes", "metformin_use", "tingling", "numbness", "symmetric_feet_first"}
    diabetic = ALS_LIMB | neuropathy | {"brisk_reflexes"}
    assert _screened(diabetic, {"low_b12_level", "raised_mma_or_homocysteine"}).leaning is Leaning.ALS
    assert _screened(diabetic).leaning is Leaning.OVERLAP


def test_a_worsening_speech_or_swallowing_trouble_leans_als() -> None:
    # Bulbar onset is about a quarter of ALS (Wijesekera 2009); B12 deficiency gives neither symptom
    assert score(MODEL, {"slurred_speech", "gradual_progression"}, frozenset()).leaning is Leaning.ALS
    assert score(MODEL, {"difficulty_swallowing", "gradual_progression"}, frozenset()).leaning is Leaning.ALS
    # Alone, or a slow course beside a finding both profiles give, it still names nothing
    assert score(MODEL, {"slurred_speech"}, frozenset()).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert score(MODEL, {"tingling", "gradual_progression"}, frozenset()).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_tiredness_beside_a_flickering_eyelid_is_part_of_its_pattern() -> None:
    # Eyelid myokymia comes with tiredness, stress and caffeine (Banik & Miller 2004)
    flicker = {"eyelid_twitching", "fatigue"}
    assert score(MODEL, flicker, frozenset({"fasciculations"})).leaning is Leaning.NEITHER
    # Beside a finding of a profile, tiredness counts as before
    assert score(MODEL, flicker | {"tingling", "symmetric_feet_first"}, frozenset()).leaning is not Leaning.NEITHER


def test_a_chest_infection_after_choking_is_part_of_parkinsons_or_an_old_stroke() -> None:
    # Aspiration pneumonia follows the swallowing trouble both leave behind (NICE NG71; NICE NG236)
    parkinsons = {"parkinsonism", "choking_on_liquids", "difficulty_swallowing", "fever_after_choking"}
    assert _screened(parkinsons).leaning is Leaning.NEITHER
    # The same infection beside a wasting, twitching tongue is a bulbar picture of ALS
    bulbar = {"choking_on_liquids", "slurred_speech", "tongue_twitching_wasting", "fever_after_choking"}
    assert _screened(bulbar).leaning is Leaning.ALS


def test_anaemia_alone_with_a_normal_b12_and_no_cause_names_no_deficiency() -> None:
    # Pale, tired and breathless, small red cells, B12 normal and no cause of a deficiency: iron, not B12
    anaemia = {"pallor", "fatigue", "breathless_on_exertion", "weight_loss", "palpitations"}
    normal = {"low_b12_level", "macrocytic_anaemia", "tingling", "numbness", "unsteady_in_dark", "sore_red_tongue"}
    normal |= {"hand_weakness", "fasciculations"}
    assert _screened(anaemia, normal).leaning is Leaning.NEITHER
    # Beside a cause of the deficiency, the normal level does not settle it (Solomon 2005)
    assert _screened(anaemia | {"gastric_surgery"}, normal).leaning is not Leaning.NEITHER
