"""Rules added after the development vignette failures (docs/scoring.md), each at the lowest layer that shows it."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import Answers, EvidenceState, ReportedEvidence, UsedEvidence
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import ALS, B12, scoring_model
from symptom_overlap.domain.services import assess_request
from symptom_overlap.domain.triage import triage
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def _triage_level(*present: str) -> TriageLevel:
    answers = Answers.of([UsedEvidence(id=i, state=EvidenceState.PRESENT, source="evidence") for i in present])
    return triage(KNOWLEDGE_BASE, answers, Leaning.INSUFFICIENT_EVIDENCE, comparable=True).level


def test_sight_fading_in_both_eyes_that_worsens_day_by_day_is_seen_the_same_day() -> None:
    assert _triage_level("vision_loss") is TriageLevel.CONSULTATION_24
    assert _triage_level("vision_loss", "rapid_progression") is TriageLevel.EMERGENCY


def test_signs_of_under_breathing_at_night_beside_weakening_muscles_are_seen_within_24_hours() -> None:
    # NICE NG42 1.1.2: early morning headache and daytime sleepiness are effects of reduced respiratory function
    assert _triage_level("morning_headache") is TriageLevel.CONSULTATION
    assert _triage_level("muscle_wasting") is TriageLevel.CONSULTATION
    assert _triage_level("morning_headache", "muscle_wasting") is TriageLevel.CONSULTATION_24
    assert _triage_level("morning_headache", "head_drop") is TriageLevel.CONSULTATION_24


HAND_SENSORY = {"tingling", "numbness"}


def test_tingling_and_numbness_that_did_not_start_in_both_feet_count_only_above_their_background() -> None:
    # 14.4% of adults report them in the hands (Atroshi 1999); B12 deficiency starts in both feet
    assert _score(HAND_SENSORY, {"unsteady_in_dark"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(HAND_SENSORY, {"unsteady_in_dark", "symmetric_feet_first"}).leaning is Leaning.NEITHER
    # ALS argues against numbness, so the picture is put to both profiles (tests/unit/test_scoring_r5_rules.py)
    assert _score(HAND_SENSORY, {"symmetric_feet_first"}).leaning is Leaning.NEITHER
    # A slow course is no pattern of B12 deficiency's own: a squeezed nerve at the wrist worsens slowly too
    slow = HAND_SENSORY | {"gradual_progression"}
    assert _score(slow, {"unsteady_in_dark", "symmetric_feet_first"}).leaning is Leaning.NEITHER  # as without it


def test_another_finding_of_b12_deficiency_keeps_tingling_specific_whatever_the_feet() -> None:
    denied = {"unsteady_in_dark", "symmetric_feet_first"}
    assert _score(HAND_SENSORY | {"metformin_use"}, denied).leaning is Leaning.B12_DEFICIENCY
    assert _score(HAND_SENSORY | {"low_b12_level"}, denied).leaning is Leaning.B12_DEFICIENCY


def test_an_overlap_that_came_on_over_days_is_neither() -> None:
    # Ascending weakness and tingling over days (Guillain-Barre) is not two slow conditions at once
    picture = {"tingling", "leg_weakness", "hand_weakness", "breathless_at_rest"}
    assert _score(picture).leaning is Leaning.OVERLAP
    assert _score(picture | {"rapid_progression"}).leaning is Leaning.NEITHER
    assert _score(picture | {"rapid_progression", "gradual_progression"}).leaning is Leaning.OVERLAP  # answers disagree


LIMB_ALS = {"hand_weakness", "muscle_wasting", "asymmetric_onset", "fasciculations"}


def test_a_measured_b12_deficiency_beside_a_motor_neuron_picture_is_an_overlap() -> None:
    assert _score(LIMB_ALS).leaning is Leaning.ALS
    assert _score(LIMB_ALS | {"low_b12_level"}).leaning is Leaning.OVERLAP
    assert _score(LIMB_ALS | {"raised_mma_or_homocysteine"}).leaning is Leaning.OVERLAP


def test_a_measured_b12_deficiency_leaves_a_b12_leaning_alone() -> None:
    assert _score({"tingling", "numbness", "low_b12_level"}).leaning is Leaning.B12_DEFICIENCY


def test_denervation_on_emg_does_not_turn_a_b12_picture_into_an_overlap() -> None:
    # One-way: EMG denervation has many causes, B12 neuropathy among them; no test confirms ALS
    picture = {"tingling", "numbness", "unsteady_in_dark", "vibration_sense_loss", "low_b12_level"}
    assert _score(picture | {"emg_denervation"}).leaning is Leaning.B12_DEFICIENCY


def test_findings_that_neither_profile_describes_lean_to_neither() -> None:
    assert _score({"eyelid_twitching"}).leaning is Leaning.NEITHER
    assert _score({"eyelid_twitching", "vegan_diet"}).leaning is Leaning.NEITHER  # a risk factor is no picture
    assert _score({"sudden_vision_loss_one_eye"}).leaning is Leaning.NEITHER


def test_a_finding_a_profile_describes_brings_back_the_usual_rules() -> None:
    assert _score({"eyelid_twitching", "tingling"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score({"vegan_diet"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score(set()).leaning is Leaning.INSUFFICIENT_EVIDENCE


def test_a_warning_sign_of_another_condition_beside_too_little_for_a_profile_is_neither() -> None:
    # Sudden sight loss in one eye (optic neuritis, a blocked vessel) beside tingling on and off
    assert _score({"tingling"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    assert _score({"tingling", "sudden_vision_loss_one_eye"}).leaning is Leaning.NEITHER
    # A picture of its own stays: two problems, and the warning sign is triaged
    b12_nerves = {"tingling", "numbness", "unsteady_in_dark"}
    assert _score(b12_nerves | {"sudden_vision_loss_one_eye"}).leaning is Leaning.B12_DEFICIENCY


CORD = {"hand_weakness", "numbness", "stiffness_spasticity", "lhermitte_sign"}


def test_neck_pain_beside_a_cord_picture_it_accounts_for_is_neither() -> None:
    # Degenerative cervical myelopathy: neck pain, clumsy numb hands, stiff legs, Lhermitte's sign
    assert _score(CORD).leaning is Leaning.B12_DEFICIENCY
    assert _score(CORD | {"neck_pain"}).leaning is Leaning.NEITHER
    assert _score(CORD | {"neck_pain", "gradual_progression"}).leaning is Leaning.NEITHER  # a course is neutral


def test_a_finding_the_other_explanation_does_not_account_for_keeps_the_profiles() -> None:
    # A start in both feet is not the neck: B12 deficiency is length-dependent
    assert _score(CORD | {"neck_pain", "symmetric_feet_first"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(CORD | {"neck_pain", "metformin_use"}).leaning is Leaning.B12_DEFICIENCY
    # Wasting and twitching beside numbness and Lhermitte's: both pictures, each fitting on its own findings
    assert _score(CORD | {"neck_pain", "muscle_wasting", "fasciculations"}).leaning is Leaning.OVERLAP


def test_an_eyelid_flicker_alone_with_every_warning_sign_denied_is_self_care() -> None:
    denied = [ReportedEvidence(id=e.id, state=EvidenceState.ABSENT) for e in KNOWLEDGE_BASE.evidence if e.red_flag]
    flicker = ReportedEvidence(id="eyelid_twitching", state=EvidenceState.PRESENT)
    assessment = assess_request(KNOWLEDGE_BASE, [*denied, flicker], None)
    assert assessment.leaning is Leaning.NEITHER
    assert assessment.triage.level is TriageLevel.SELF_CARE
    assert "eyelid_twitching" in {other.id for other in assessment.other_explanations}


def test_a_sudden_event_does_not_rule_out_a_measured_b12_deficiency() -> None:
    chronic = {"tingling", "numbness", "low_b12_level"}
    assert _score(chronic | {"sudden_onset", "stroke_signs"}).leaning is Leaning.B12_DEFICIENCY
    # Unmeasured, the same symptoms beside a sudden onset fit neither profile
    assert _score({"tingling", "numbness", "sudden_onset", "stroke_signs"}).leaning is Leaning.NEITHER


def test_a_stroke_beside_a_measured_deficiency_is_still_an_ambulance() -> None:
    assert _triage_level("tingling", "numbness", "low_b12_level", "sudden_onset", "stroke_signs") is (
        TriageLevel.EMERGENCY_AMBULANCE
    )


def test_both_conditions_showing_their_hallmarks_is_an_overlap() -> None:
    motor = {"leg_weakness", "asymmetric_onset", "fasciculations"}
    sensory = {"numbness", "tingling", "unsteady_in_dark"}
    both = _score(motor | sensory)
    assert both.fit[ALS] >= 0.35
    assert both.fit[B12] >= 0.35
    assert ALS not in both.fitting  # numbness and poor balance in the dark outweigh the motor picture by a little
    assert both.leaning is Leaning.OVERLAP


def test_one_hallmark_of_the_other_profile_in_a_clear_picture_changes_nothing() -> None:
    # Numbness beside a clear limb-onset picture: B12 deficiency does not reach the fit score
    assert _score({"hand_weakness", "muscle_wasting", "asymmetric_onset", "fasciculations", "numbness"}).leaning is (
        Leaning.ALS
    )


def test_one_specific_finding_among_non_specific_ones_is_no_overlap() -> None:
    assert _score({"weight_loss", "fatigue", "low_mood"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # Twitching and cramps beside weak hands still make a picture (company, docs/scoring.md)
    assert _score({"hand_weakness", "fasciculations", "muscle_cramps"}).leaning is Leaning.ALS


def test_a_weak_cough_beside_wasting_or_a_dropped_head_is_seen_within_24_hours() -> None:
    # NICE NG42 1.14.7: a weak cough is a sign of respiratory impairment in MND
    assert _triage_level("weak_cough") is TriageLevel.CONSULTATION
    assert _triage_level("weak_cough", "muscle_wasting") is TriageLevel.CONSULTATION_24
    assert _triage_level("weak_cough", "head_drop") is TriageLevel.CONSULTATION_24
    # B12 deficiency's weak legs beside a cough that is weak from a cold stay a consultation
    assert _triage_level("weak_cough", "leg_weakness") is TriageLevel.CONSULTATION


def test_one_profile_leaned_to_over_days_is_neither_unless_its_cause_is_there() -> None:
    # Tingling from both feet, then legs and hands weaker day by day: Guillain-Barre syndrome (Leonhard 2019)
    picture = {"tingling", "symmetric_feet_first", "leg_weakness", "hand_weakness"}
    assert _score(picture).leaning is Leaning.B12_DEFICIENCY
    assert _score(picture | {"rapid_progression"}).leaning is Leaning.NEITHER
    # Heavy nitrous oxide use can make B12 deficiency worsen over days; a measured deficiency is there anyway
    assert _score(picture | {"rapid_progression", "nitrous_oxide_use"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(picture | {"rapid_progression", "low_b12_level"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(picture | {"rapid_progression", "gradual_progression"}).leaning is not Leaning.NEITHER  # disagree


CAUDA_EQUINA = {"back_pain_with_leg_weakness", "leg_weakness", "saddle_numbness", "bladder_bowel_problems"}


def test_a_finding_no_profile_calls_typical_can_point_to_the_explanation_of_everything() -> None:
    # Saddle numbness (ALS argues against it, B12 deficiency does not describe it) beside back pain, weak legs
    # and incontinence: pressure on the cauda equina or the cord (NICE CKS, sciatica red flags)
    assert _score(CAUDA_EQUINA).leaning is Leaning.NEITHER
    # Double vision alone (ALS spares eye movements): myasthenia or MS, not too little for a profile
    assert _score({"double_vision"}).leaning is Leaning.NEITHER
    # Tingling from both feet is not accounted for: B12 deficiency stays in play
    assert _score(CAUDA_EQUINA | {"tingling", "symmetric_feet_first"}).leaning is Leaning.B12_DEFICIENCY


DIABETIC_FEET = {"diabetes", "tingling", "numbness", "symmetric_feet_first", "absent_ankle_reflexes"}


def test_a_normal_b12_result_lets_diabetes_explain_numb_tingling_feet() -> None:
    # Diabetic polyneuropathy is length-dependent like B12 neuropathy (Pop-Busui 2017); a normal B12 tips it
    assert _score(DIABETIC_FEET).leaning is Leaning.B12_DEFICIENCY
    assert _score(DIABETIC_FEET, {"low_b12_level"}).leaning is Leaning.NEITHER
    # A cause of B12 deficiency (a normal level does not exclude it), or an abnormal result, keeps the profile
    assert _score(DIABETIC_FEET | {"metformin_use"}, {"low_b12_level"}).leaning is Leaning.B12_DEFICIENCY
    assert _score(DIABETIC_FEET | {"raised_mma_or_homocysteine"}, {"low_b12_level"}).leaning is (Leaning.B12_DEFICIENCY)
    # So does a finding the other explanation does not account for: unsteadiness in the dark
    assert _score(DIABETIC_FEET | {"unsteady_in_dark"}, {"low_b12_level"}).leaning is Leaning.B12_DEFICIENCY


def test_b12_tests_are_still_offered_when_diabetes_explains_the_feet() -> None:
    evidence = [ReportedEvidence(id=i, state=EvidenceState.PRESENT) for i in DIABETIC_FEET]
    evidence.append(ReportedEvidence(id="low_b12_level", state=EvidenceState.ABSENT))
    assessment = assess_request(KNOWLEDGE_BASE, evidence, None)
    assert assessment.leaning is Leaning.NEITHER
    assert "other_neuropathy" in {other.id for other in assessment.other_explanations}
    assert assessment.recommended_tests


def test_a_finding_the_other_profile_calls_rare_is_a_hallmark() -> None:
    # Numb, tingling feet from metformin, then a wasting, twitching hand: B12 deficiency rarely wastes muscle
    feet = {"metformin_use", "symmetric_feet_first", "numbness", "tingling", "gradual_progression"}
    assert _score(feet | {"fasciculations"}).leaning is Leaning.B12_DEFICIENCY
    both = _score(feet | {"muscle_wasting", "fasciculations"})
    assert both.fit[ALS] >= 0.35
    assert both.leaning is Leaning.OVERLAP


def test_a_cause_of_b12_deficiency_beside_its_symptom_turns_a_motor_neuron_picture_into_an_overlap() -> None:
    # Like a measured deficiency: eight years of metformin and tingling feet beside a wasting, twitching hand
    assert _score(LIMB_ALS | {"tingling"}).leaning is Leaning.ALS
    assert _score(LIMB_ALS | {"metformin_use"}).leaning is Leaning.ALS  # a cause without its symptom says nothing
    assert _score(LIMB_ALS | {"tingling", "metformin_use"}).leaning is Leaning.OVERLAP
    assert _score(LIMB_ALS | {"numbness", "acid_reducer_use"}).leaning is Leaning.OVERLAP


def test_palpitations_are_non_specific() -> None:
    # A third of palpitations come from anxiety or panic (Weber & Kapoor 1996): alone they name no profile
    assert MODEL.is_non_specific("palpitations")
    # Finger tingling with a pounding heart during panic, numbness denied, fits neither profile
    assert _score({"tingling", "palpitations"}, {"numbness"}).leaning is Leaning.NEITHER
    # Beside pallor (anaemia) they keep their full weight
    assert _score({"pallor", "palpitations", "fatigue", "tingling"}).leaning is Leaning.B12_DEFICIENCY


def test_an_upgoing_toe_beside_a_measured_b12_deficiency_is_seen_within_24_hours() -> None:
    # Subacute combined degeneration reaching the corticospinal tracts (Vasconcelos 2006; NHS Lothian RefHelp)
    assert _triage_level("babinski_sign") is TriageLevel.CONSULTATION
    assert _triage_level("low_b12_level", "tingling") is TriageLevel.CONSULTATION
    assert _triage_level("babinski_sign", "low_b12_level") is TriageLevel.CONSULTATION_24
    assert _triage_level("babinski_sign", "raised_mma_or_homocysteine") is TriageLevel.CONSULTATION_24


def test_neck_pain_with_tingling_and_nothing_of_b12_deficiency_is_a_trapped_nerve() -> None:
    # Cervical radiculopathy: neck pain with arm tingling (McCartney, BJGP); grip fine
    assert _score({"neck_pain", "tingling"}, {"hand_weakness"}).leaning is Leaning.NEITHER
    # Tingling that started in both feet, or a cause of B12 deficiency, keeps the profile in play
    assert _score({"neck_pain", "tingling", "symmetric_feet_first"}, {"hand_weakness"}).leaning is not Leaning.NEITHER
    assert _score({"neck_pain", "tingling", "metformin_use"}, {"hand_weakness"}).leaning is not Leaning.NEITHER
