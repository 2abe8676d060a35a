"""Exam signs in clinician shorthand, risk factors and history in a person's words.

Every sentence here was written for these tests; none comes from the blind corpus or the vignettes.
"""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing.lab_values import lab_readings
from tests.parse_corpus.corpus import found_in

KNOWLEDGE_BASE = load_knowledge_base()


def read(text: str) -> dict[str, str]:
    return found_in(text, KNOWLEDGE_BASE)


# --- exam signs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tone normal, power 5/5, no Babinski.",
        "Plantar responses flexor on both sides.",
        "She ran a key along my sole and my toes pointed down, which she said was normal.",
        "Babinski neg bilaterally.",
    ],
)
def test_a_plantar_response_that_is_not_upgoing(text: str) -> None:
    assert read(text).get("babinski_sign") == "absent"


def test_toes_named_with_a_spreading_pain_are_no_exam() -> None:
    assert "babinski_sign" not in read("the burning goes down to my toes at night")


def test_romberg_shorthand_negative() -> None:
    assert read("JPS intact, Romberg neg.").get("romberg_positive") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gait broad-based, Romberg +ve.", {"romberg_positive": "present"}),
        ("Romberg's test -ve today.", {"romberg_positive": "absent"}),
        ("Plantars: Babinski -ve, Hoffmann +ve on the left.", {"babinski_sign": "absent", "brisk_reflexes": "present"}),
        ("Coeliac screen clear; IF abs + and gastrin raised.", {"autoimmune_gastritis": "present"}),
        ("Parietal cell abs -ve.", {"autoimmune_gastritis": "absent"}),
    ],
)
def test_a_sign_or_antibody_with_a_plus_or_minus(text: str, expected: dict[str, str]) -> None:
    readings = read(text)
    assert {evidence_id: readings.get(evidence_id) for evidence_id in expected} == expected


def test_if_as_a_word_is_no_intrinsic_factor_test() -> None:
    assert "autoimmune_gastritis" not in read("if abs + legs feel sore after the gym, is that normal?")


@pytest.mark.parametrize(
    "text",
    [
        "the neurologist couldn't find any reflex at my ankles",
        "she tapped both ankles with the hammer and the reflexes were missing",
        "the GP said there is no response at my ankles when she taps them",
    ],
)
def test_ankle_reflexes_lost_in_lay_words(text: str) -> None:
    assert read(text).get("absent_ankle_reflexes") == "present"


def test_ankle_jerks_present_deny_their_absence() -> None:
    assert read("Knee and ankle jerks present and symmetrical.").get("absent_ankle_reflexes") == "absent"


def test_an_ankle_that_got_better_is_no_reflex() -> None:
    assert "absent_ankle_reflexes" not in read("the swelling in my ankle has gone down and the pain is gone")


def test_graded_reflexes() -> None:
    assert read("Reflexes 4+ at the knees with a few beats of clonus.").get("brisk_reflexes") == "present"


# --- history and risk factors --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["FHx: maternal grandfather and mother MND.", "FH: brother ALS (died 2019)."])
def test_family_history_shorthand_across_a_colon(text: str) -> None:
    assert read(text).get("family_history_als") == "present"


def test_family_hx_denied() -> None:
    assert read("No family hx of MND.").get("family_history_als") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I take metformin for my type 1 diabetes as well as insulin",
        "been on tablets for my sugar for ten years",
        "I've had the sugar disease since my forties",
    ],
)
def test_diabetes_beside_its_treatment(text: str) -> None:
    assert read(text).get("diabetes") == "present"


def test_metformin_beside_diabetes_is_both() -> None:
    assert read("metformin for my diabetes since 2015").keys() >= {"metformin_use", "diabetes"}


def test_drinks_most_nights() -> None:
    assert read("six or seven cans most nights after work").get("heavy_alcohol_use") == "present"


def test_teetotal_is_no_heavy_drinking() -> None:
    assert read("I'm teetotal and always have been.").get("heavy_alcohol_use") == "absent"


@pytest.mark.parametrize("text", ["I've got vitiligo on my hands.", "diagnosed with Hashimoto's in 2010"])
def test_autoimmune_conditions_that_go_with_pernicious_anaemia(text: str) -> None:
    assert read(text).get("autoimmune_gastritis") == "present"


def test_pernicious_anaemia_abbreviated_beside_its_treatment() -> None:
    assert read("Known PA, on B12 injections three-monthly.").get("autoimmune_gastritis") == "present"


def test_a_pa_who_is_a_person_is_no_diagnosis() -> None:
    assert "autoimmune_gastritis" not in read("my PA booked the appointment for me")


def test_no_autoimmune_disease() -> None:
    assert read("I don't have any autoimmune disease.").get("autoimmune_gastritis") == "absent"


# --- systemic symptoms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I'm shattered by midday", "I'm knackered by lunch most days", "I wake up exhausted however long I sleep"],
)
def test_tiredness_by_a_time_of_day_or_on_waking(text: str) -> None:
    assert read(text).get("fatigue") == "present"


def test_electric_zaps_are_no_fatigue() -> None:
    assert "fatigue" not in read("I don't get zaps in my legs")


def test_a_feeling_like_wearing_socks_is_no_weariness() -> None:
    assert "fatigue" not in read("my toes are numb like I'm wearing thick socks")


@pytest.mark.parametrize(
    "text",
    [
        "he's started struggling to find words mid-sentence",
        "I keep forgetting my PIN at the till",
        "I've been foggy all day",
    ],
)
def test_memory_in_everyday_words(text: str) -> None:
    assert read(text).get("memory_problems") == "present"


def test_sharp_as_ever_is_no_memory_problem() -> None:
    assert read("my mind is as sharp as a tack").get("memory_problems") == "absent"


def test_clammy_and_grey_is_pallor() -> None:
    assert read("I came over clammy and grey at work").get("pallor") == "present"


@pytest.mark.parametrize("text", ["painful little sores inside my mouth that won't heal", "no oral ulceration seen"])
def test_mouth_sores_in_other_words(text: str) -> None:
    assert "mouth_ulcers" in read(text)


# --- nerve tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["the nerve test showed problems with my sensory nerves", "NCS: sural amplitudes reduced bilaterally"],
)
def test_sensory_nerve_conduction_abnormal(text: str) -> None:
    assert read(text).get("abnormal_sensory_nerve_conduction") == "present"


def test_ncs_sensory_preserved() -> None:
    assert read("NCS sensory preserved throughout.").get("abnormal_sensory_nerve_conduction") == "absent"


@pytest.mark.parametrize(
    "text",
    ["EMG: PSWs in three regions.", "they put needles into my muscles and the nerve damage showed up everywhere"],
)
def test_denervation_in_shorthand_and_lay_words(text: str) -> None:
    assert read(text).get("emg_denervation") == "present"


def test_emgs_all_clear() -> None:
    assert read("Both EMGs were clear.").get("emg_denervation") == "absent"


# --- exam senses ---------------------------------------------------------------------------------


def test_vibration_shorthand_across_a_colon() -> None:
    assert read("Vibration: reduced to the knees.").get("vibration_sense_loss") == "present"


def test_a_tuning_fork_not_felt() -> None:
    assert (
        read("she held the tuning fork on my ankle and I don't feel it buzz").get("vibration_sense_loss") == "present"
    )


def test_which_way_the_toe_moved_with_eyes_shut() -> None:
    found = read("with my eyes shut the nurse moved my big toe and I guessed wrong every time")
    assert found.get("position_sense_loss") == "present"


# --- mood, weight, blood results, standing up, diet ----------------------------------------------


def test_low_and_tearful() -> None:
    assert read("he's been low and tearful since Christmas").get("low_mood") == "present"


@pytest.mark.parametrize("text", ["weight down 5 kg since the summer", "Down half a stone without trying."])
def test_weight_down(text: str) -> None:
    assert read(text).get("weight_loss") == "present"


def test_a_pain_score_going_down_is_no_weight() -> None:
    assert "weight_loss" not in read("the pain went down to 3 out of 10")


def test_mma_and_homocysteine_both_raised() -> None:
    assert read("They checked homocysteine and MMA, both raised.").get("raised_mma_or_homocysteine") == "present"


def test_a_normal_homocysteine_beside_another_high_value() -> None:
    assert read("homocysteine normal, ferritin a bit high").get("raised_mma_or_homocysteine") != "present"


def test_seeing_stars_on_standing() -> None:
    assert read("when I get up off the sofa I see stars for a few seconds").get("dizziness_on_standing") == "present"


@pytest.mark.parametrize("text", ["I eat no meat at all these days", "we are pure vegetarian, no eggs either"])
def test_a_diet_without_meat(text: str) -> None:
    assert read(text).get("vegan_diet") == "present"


# --- numbers and scopes for results --------------------------------------------------------------


@pytest.mark.parametrize("text", ["Alcohol ~45u/wk.", "ETOH 30 units per week", "alcohol intake: 20 units weekly"])
def test_alcohol_above_fourteen_units_a_week(text: str) -> None:
    assert read(text).get("heavy_alcohol_use") == "present"


def test_alcohol_within_the_weekly_limit_says_nothing_by_number() -> None:
    assert lab_readings("ETOH 8u/wk") == []


def test_a_low_value_of_another_test_is_no_low_b12() -> None:
    assert "low_b12_level" not in read("my ferritin was low last year, today they're testing b12 as well")


def test_a_b12_result_flagged_low_inside_brackets() -> None:
    assert read("they rang about my B12 (repeat test, flagged low)").get("low_b12_level") == "present"


# --- a diagnosis as the text's heading -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "MND. Can't manage stairs any more and my voice is going.",
        "ALS - my grip is the main problem this month.",
        "MND pt, 3 years in, now needing help to eat.",
        "ALS: diagnosed in the spring, limb onset.",
    ],
)
def test_a_diagnosis_as_the_heading_of_the_text(text: str) -> None:
    assert read(text).get("known_als_diagnosis") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "wife: ALS. can't lift the kettle now, voice fading",
        "Mum (MND): needs help to stand, chokes on water",
        "Grandad - MND, his grip has gone completely",
        "Feeling low today. ALS, 3 years. My legs are the worst part.",
        "MND x2y. Now on a feeding tube.",
    ],
)
def test_a_diagnosis_in_a_person_heading_or_with_how_long(text: str) -> None:
    assert read(text).get("known_als_diagnosis") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "wife: ALS? we are waiting for the scan",
        "Dad - MND worries him since his friend died",
        "Sore feet. ALS, 2 of my questions below.",
    ],
)
def test_a_person_heading_that_asks_or_a_diagnosis_without_a_duration(text: str) -> None:
    assert read(text).get("known_als_diagnosis") != "present"


@pytest.mark.parametrize(
    "text",
    ["ALS? My thumb muscle looks thinner.", "MND. Is that why my calves keep twitching?", "ALS runs in some families."],
)
def test_a_diagnosis_heading_that_asks_or_names_a_topic(text: str) -> None:
    assert "known_als_diagnosis" not in read(text)


# --- written without apostrophes, and temperature ------------------------------------------------


def test_memory_without_apostrophes() -> None:
    assert read("i cant concentrate on anything lately").get("memory_problems") == "present"


def test_a_forgotten_number_a_few_words_on() -> None:
    assert read("I forgot my own phone number yesterday").get("memory_problems") == "present"


@pytest.mark.parametrize("text", ["mum isnt herself these days", "he has no empathy for anyone now"])
def test_personality_change_in_plain_words(text: str) -> None:
    assert read(text).get("personality_change") == "present"


def test_feeling_cold_is_no_personality_change() -> None:
    assert "personality_change" not in read("my cramps are worse when I'm cold")


def test_a_count_that_showed_another_low_value_is_no_low_b12() -> None:
    assert "low_b12_level" not in read("the blood count showed low platelets and high MCV, so they're checking b12")


# --- a general question the next sentence points back to -----------------------------------------


def test_a_doubled_question_mark_still_lets_the_next_sentence_point_back() -> None:
    found = read("can omeprazole cause cramps?? been taking it for years and my calves cramp every night")
    assert found.get("acid_reducer_use") == "present"


def test_a_doubled_question_mark_alone_is_still_general() -> None:
    assert read("Can PPIs cause tingling??") == {}


# --- operations --------------------------------------------------------------------------------


def test_operations_on_the_bowel_denied() -> None:
    assert read("I've never had an operation on my bowel.").get("ileal_disease") == "absent"


def test_no_surgery_in_a_list_of_risks() -> None:
    assert read("no PPIs, no surgery, not vegan").get("gastric_surgery") == "absent"


def test_surgery_elsewhere_is_no_stomach_surgery() -> None:
    assert "gastric_surgery" not in read("I had surgery on my shoulder last year")


# --- a B12 result within range -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["My B12 result was 520.", "B12 level: above 900 pg/mL since the jabs"])
def test_a_b12_result_clearly_in_range_is_no_low_b12(text: str) -> None:
    assert read(text).get("low_b12_level") == "absent"


@pytest.mark.parametrize("text", ["I take B12 1000 every morning", "B12 level 240"])
def test_a_dose_or_an_indeterminate_value_says_nothing(text: str) -> None:
    assert "low_b12_level" not in read(text)


def test_a_value_above_a_limit_written_with_a_sign() -> None:
    assert read("MCV > 100 on the last count").get("macrocytic_anaemia") == "present"


# --- exam signs in shorthand and in lay retelling; tiredness, mood and memory in everyday words ----


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Exam today: AJs absent both sides, plantars flexor.", "absent_ankle_reflexes"),
        ("Neuro exam: supinators and knees brisk, tone normal.", "brisk_reflexes"),
        ("On exam vib loss to the shins, pinprick intact.", "vibration_sense_loss"),
        ("The nurse tapped both my ankles with the hammer and got nothing at all.", "absent_ankle_reflexes"),
        ("When the locum tested my reflexes my knees jumped a mile.", "brisk_reflexes"),
        ("I couldn't feel the buzz of the fork on either ankle bone.", "vibration_sense_loss"),
        ("The registrar checked my balance with my eyes closed and I swayed straight away.", "romberg_positive"),
        ("With my eyes shut I really don't know where my toes are.", "position_sense_loss"),
    ],
)
def test_exam_signs_in_shorthand_and_lay_retelling(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) == "present"


def test_reflexes_said_to_be_there_are_not_absent() -> None:
    assert read("Ankles present and equal, plantars down.").get("absent_ankle_reflexes") == "absent"
    assert read("Vib sense normal at the toes.").get("vibration_sense_loss") == "absent"


def test_a_fall_or_a_tap_elsewhere_is_no_reflex() -> None:
    assert "brisk_reflexes" not in read("I slipped and jumped up, and my knee hurt when the physio tapped it.")
    assert "absent_ankle_reflexes" not in read("The tuning fork felt like tapping a chair leg on my ankle.")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Honestly I feel shattered most afternoons.", "fatigue"),
        ("Been dog tired since the new year.", "fatigue"),
        ("Totally zonked by the end of every shift.", "fatigue"),
        ("tiredness: constantly", "fatigue"),
        ("mood: low\nsleep: ok", "low_mood"),
        ("Feeling miserable and lonely since the move.", "low_mood"),
        ("I'm sick of everything lately.", "low_mood"),
        ("concentration: shocking", "memory_problems"),
        ("My memory these days is like a colander.", "memory_problems"),
        ("My head feels full of porridge by the afternoon.", "memory_problems"),
        ("The name sits on the tip of my tongue and won't come out.", "memory_problems"),
    ],
)
def test_tiredness_mood_and_memory_in_everyday_words(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) == "present"


def test_tired_as_a_condition_is_no_complaint_of_tiredness() -> None:
    assert "fatigue" not in read("My speech gets a bit thick when I'm tired.")
    assert "fatigue" not in read("I'm wearing thick socks because my feet are numb.")


def test_never_touching_alcohol_denies_heavy_drinking() -> None:
    assert read("Folk assume I've been drinking but I never touch a drop.").get("heavy_alcohol_use") == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My sister says I'm looking really pasty these days.", "pallor"),
        ("His face has the colour of cold porridge.", "pallor"),
        ("Every time I get up from the chair the kitchen goes grey for a moment.", "dizziness_on_standing"),
        ("I felt woozy getting out of bed this morning.", "dizziness_on_standing"),
        ("The surgery phoned: my B12 is in my boots.", "low_b12_level"),
        ("I've been on stomach tablets for my reflux for years.", "acid_reducer_use"),
        ("He has been on gliclazide for his sugar since last spring.", "diabetes"),
        ("Since she retired she's been reckless with money.", "personality_change"),
        ("People at church say I look yellow.", "yellowish_skin"),
    ],
)
def test_risk_factors_and_systemic_signs_in_everyday_words(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) == "present"


def test_a_faint_on_standing_is_no_light_headedness_by_itself() -> None:
    assert "dizziness_on_standing" not in read("I passed out once after standing up from the bench.")


def test_yellow_phlegm_is_no_yellow_skin() -> None:
    assert "yellowish_skin" not in read("My phlegm looks a bit yellow since the cold.")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Full blood count normal, ferritin normal.", "macrocytic_anaemia"),
        ("The GP said the knee jerks were normal but the ankles were hard to get.", "brisk_reflexes"),
        ("Spirits are fine, it's my feet that bother me.", "low_mood"),
        ("After a rough winter I'm in a good place mentally now.", "low_mood"),
    ],
)
def test_a_normal_result_or_a_good_place_denies(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) == "absent"


def test_ulcers_in_other_words() -> None:
    assert read("Little craters keep appearing on my gums.").get("mouth_ulcers") == "present"


def test_vegetables_named_in_passing_are_no_diet() -> None:
    assert "vegan_diet" not in read("Peeling veg for tea, my fingers just wouldn't grip the peeler.")
    assert read("These days I eat just vegetables and rice.").get("vegan_diet") == "present"


@pytest.mark.parametrize("text", ["Weight 81 -> 74 kg since the spring.", "She's dropped from 9 to 8 stone this year."])
def test_a_weight_written_falling_is_weight_loss(text: str) -> None:
    assert read(text).get("weight_loss") == "present"


@pytest.mark.parametrize("text", ["weight 64 → 69kg after the steroids", "The dose went from 20 to 10 mg."])
def test_a_weight_that_rises_or_a_dose_that_falls_is_no_weight_loss(text: str) -> None:
    assert "weight_loss" not in read(text)


def test_nerve_tests_retold_in_lay_words() -> None:
    assert (
        read("The nerve study said my feeling wires carry a weak signal.").get("abnormal_sensory_nerve_conduction")
        == "present"
    )
    assert read("They said the needle test was normal.").get("emg_denervation") == "absent"
    assert "abnormal_sensory_nerve_conduction" not in read("I can barely feel my toes, nerve tests are booked.")


def test_stomach_surgery_and_personality_in_everyday_words() -> None:
    assert read("Post-bariatric here, six years out.").get("gastric_surgery") == "present"
    assert read("Years ago the surgeons cut out half my stomach.").get("gastric_surgery") == "present"
    assert "gastric_surgery" not in read("The nurse pushed up my sleeve for the injection.")
    assert read("His character is the same as it always was.").get("personality_change") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Gran goes faint whenever she stands from the table.",
        "I feel faint getting out of the bath.",
        "Came over faint on rising from the sofa last night.",
    ],
)
def test_faint_on_standing_is_dizziness_on_standing(text: str) -> None:
    assert read(text).get("dizziness_on_standing") == "present"


def test_an_emg_said_dying_only_of_nerves_or_muscles() -> None:
    assert "emg_denervation" not in read("I'm dying to hear what my EMG showed next week.")
    assert read("The EMG report says the nerves to my calf are dying.").get("emg_denervation") == "present"


def test_emgs_clean_in_the_next_comma_part() -> None:
    assert read("Had three EMGs, all clean.").get("emg_denervation") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The GP did a position test on my big toes and I got every one wrong.", "present"),
        ("Position test on my feet was normal.", "absent"),
    ],
)
def test_a_position_test_got_wrong_or_normal(text: str, expected: str) -> None:
    assert read(text).get("position_sense_loss") == expected


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("O/E power 4/5 in both lower limbs, tone normal", "leg_weakness"),
        ("Grip: 4-/5 R, 5/5 L", "hand_weakness"),
        ("tibialis anterior 3/5 on the right", "foot_drop"),
    ],
)
def test_a_power_grade_below_full_is_weakness_of_its_limb(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    ["my calves twitch 4/5 times an hour", "my knee pain is about 3/5 in the legs today", "I'd rate the GP 4/5"],
)
def test_a_count_or_a_score_out_of_five_is_no_power_grade(text: str) -> None:
    found = read(text)
    assert "leg_weakness" not in found
    assert "hand_weakness" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O/E Babinski present on the right", {"babinski_sign": "present"}),
        ("Reflexes brisk. Plantar responses equivocal.", {"babinski_sign": "uncertain"}),
        ("swayed and nearly fell on Romberg's", {"romberg_positive": "present"}),
        ("Pinprick reduced to the ankles bilaterally", {"numbness": "present"}),
        ("homocysteine came back sky high", {"raised_mma_or_homocysteine": "present"}),
        ("my neck has been creaky for years", {"neck_pain": "present"}),
    ],
)
def test_exam_and_results_in_clinician_or_lay_shorthand(text: str, expected: dict[str, str]) -> None:
    assert read(text).items() >= expected.items()


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the pins and needles sensation reduced in a few days", "numbness"),
        ("Romberg's negative, I didn't sway at all", "romberg_positive"),
        ("the gate creaks, but my joints are fine", "neck_pain"),
    ],
)
def test_the_same_words_telling_of_something_else(text: str, evidence_id: str) -> None:
    assert read(text).get(evidence_id) != "present"
