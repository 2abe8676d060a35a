"""Engine and knowledge-base rules of the sixteenth session (docs/scoring.md, "Sixteenth session"), shown with
pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.alternatives import fitting_alternatives, other_explanations
from symptom_overlap.domain.evidence import ReportedEvidence
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
CHECKLIST_DENIED = {"chest_pain", "stroke_signs", "sudden_onset", "rapid_progression"}


def _leaning(present: set[str], absent: set[str] | None = None) -> Leaning:
    return score(MODEL, frozenset(present), frozenset(absent or ())).leaning


def test_twitching_beside_a_thin_muscle_is_enough_to_lean() -> None:
    # Twitching is background alone, but beside wasting it is the lower motor neurone picture: two answers lean ALS
    assert _leaning({"muscle_wasting", "fasciculations"}) is Leaning.ALS
    assert _leaning({"hand_weakness", "fasciculations"}) is Leaning.ALS


def test_a_companion_counts_only_where_the_other_profile_calls_it_untypical() -> None:
    # B12 deficiency does not list cramps, so cramps beside a weak hand say no more than the weak hand
    assert _leaning({"hand_weakness", "muscle_cramps"}) is Leaning.INSUFFICIENT_EVIDENCE
    # ...and twitching alone, with nothing specific beside it, is still too little
    assert _leaning({"fasciculations"}) is Leaning.INSUFFICIENT_EVIDENCE


def test_a_nerve_test_showing_the_neuropathy_of_diabetes_is_explained_by_it() -> None:
    neuropathy = {"diabetes", "tingling", "numbness", "symmetric_feet_first", "abnormal_sensory_nerve_conduction"}
    # A normal B12 and no cause of a deficiency: the diabetes accounts for the whole picture
    assert _leaning(neuropathy, {"low_b12_level", "metformin_use"} | CHECKLIST_DENIED) is Leaning.NEITHER
    # On metformin, a cause of B12 deficiency, the normal level does not settle it
    assert _leaning(neuropathy | {"metformin_use"}, {"low_b12_level"}) is not Leaning.NEITHER


def test_weak_thighs_on_both_sides_without_twitching_are_the_shape_of_a_muscle_problem() -> None:
    thighs = {"leg_weakness", "muscle_cramps", "fatigue"}
    denied = {"fasciculations", "asymmetric_onset", "muscle_wasting", "tingling"} | CHECKLIST_DENIED
    assert _leaning(thighs, denied) is Leaning.NEITHER
    assert "symmetric_myopathy" in [a.id for a in fitting_alternatives(KNOWLEDGE_BASE, thighs, denied)]
    # Weakness that began on one side is ALS's usual start (Wijesekera 2009): no muscle-problem shape
    assert _leaning(thighs | {"asymmetric_onset"}, denied - {"asymmetric_onset"}) is Leaning.ALS
    # Unasked, the side it began on cannot rule the shape in
    assert "symmetric_myopathy" not in [
        a.id for a in fitting_alternatives(KNOWLEDGE_BASE, thighs, denied - {"asymmetric_onset"})
    ]


def test_a_faint_beside_heavy_periods_and_pallor_is_explained_by_low_iron() -> None:
    anaemia = {"heavy_periods", "pallor", "fatigue", "fainting", "dizziness_on_standing"}
    assert _leaning(anaemia, {"tingling", "numbness", "hand_weakness"}) is Leaning.NEITHER
    # Tingling feet beside it are B12 deficiency's, which low iron does not explain
    assert _leaning(anaemia | {"tingling", "symmetric_feet_first"}) is not Leaning.NEITHER


def test_one_dropped_foot_numb_on_top_without_twitching_is_a_pressed_nerve() -> None:
    foot = {"foot_drop", "numbness", "asymmetric_onset", "weight_loss"}
    assert _leaning(foot, {"fasciculations", "muscle_wasting", "back_pain_with_leg_weakness"}) is Leaning.NEITHER
    assert "peroneal_palsy" in [a.id for a in fitting_alternatives(KNOWLEDGE_BASE, foot, {"fasciculations"})]
    # Twitching unasked: the shape is not there, and the dropped foot still counts for ALS
    assert _leaning(foot, {"muscle_wasting", "back_pain_with_leg_weakness"}) is Leaning.ALS
    # A dropped foot that twitches needs a neurologist (Stevens 2015): never this explanation
    assert "peroneal_palsy" not in [a.id for a in fitting_alternatives(KNOWLEDGE_BASE, foot | {"fasciculations"})]


def test_a_b12_risk_factor_with_every_b12_finding_denied_is_neither() -> None:
    denied = {"tingling", "numbness", "unsteady_in_dark", "sore_red_tongue"}
    # A cause and nothing else, its findings asked and denied: no profile is shown (NICE NG239 still advises a test)
    assert _leaning({"acid_reducer_use"}, denied) is Leaning.NEITHER
    # Beside tiredness, which the deficiency can give, it stays open
    assert _leaning({"acid_reducer_use", "fatigue"}, denied) is Leaning.INSUFFICIENT_EVIDENCE
    # Too few answers: too little to say
    assert _leaning({"vegan_diet"}, {"tingling"}) is Leaning.INSUFFICIENT_EVIDENCE


def test_a_warning_sign_neither_profile_claims_says_nothing_of_either() -> None:
    # Chest pain beside twitching and one "no": three answers, but chest pain tells neither profile apart
    assert _leaning({"chest_pain", "fasciculations"}, {"hand_weakness"}) is Leaning.INSUFFICIENT_EVIDENCE
    # A warning sign a profile calls typical still counts: seeing things beside pernicious anaemia leans B12
    psychosis = {"paranoia_psychosis", "autoimmune_gastritis"}
    assert _leaning(psychosis, {"hand_weakness", "slurred_speech"}) is Leaning.B12_DEFICIENCY
    # ...and so does one both profiles argue against: a stroke's signs with twitching is neither
    assert _leaning({"stroke_signs", "fasciculations"}, {"hand_weakness"}) is Leaning.NEITHER


def test_a_risk_factor_beside_nothing_specific_is_no_answer() -> None:
    # Tiredness and heavy drinking with one "no": too little to say anything
    assert _leaning({"fatigue", "heavy_alcohol_use"}, {"slurred_speech"}) is Leaning.INSUFFICIENT_EVIDENCE
    # Twitching beside a parent's MND, one "no": too little as well
    assert _leaning({"fasciculations", "family_history_als"}, {"hand_weakness"}) is Leaning.INSUFFICIENT_EVIDENCE


def test_a_b12_cause_read_as_neither_still_lists_the_b12_tests() -> None:
    answers = [ReportedEvidence(id="metformin_use", state="present")] + [
        ReportedEvidence(id=i, state="absent") for i in ("tingling", "numbness", "symmetric_feet_first")
    ]
    result = assess_request(KNOWLEDGE_BASE, answers, None, age=60, sex=None)
    assert result.leaning is Leaning.NEITHER
    assert "vitamin B12" in result.recommended_tests[0].name


def test_a_shape_that_is_there_is_listed_first() -> None:
    # A dropped foot numb on top: the pressed nerve, whose shape needs the numbness, accounts for most of it
    foot = {"foot_drop", "numbness", "asymmetric_onset"}
    shown = other_explanations(KNOWLEDGE_BASE, foot, {"fasciculations"})
    assert shown[0].id == "peroneal_palsy"
    # Weak thighs on both sides without twitching: the muscle problem before a blocked nerve, which accounts as much
    thighs = other_explanations(
        KNOWLEDGE_BASE, {"leg_weakness", "muscle_cramps"}, {"fasciculations", "asymmetric_onset"}
    )
    assert thighs[0].id == "symmetric_myopathy"
