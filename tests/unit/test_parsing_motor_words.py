"""Motor and sensory findings in lay words, read by the knowledge base's cues: each test is a class of language."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize("text", ["my grip is pathetic these days", "his grip has gone rubbish"])
def test_a_grip_said_poor_is_hand_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("hand_weakness") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the weakness came first in my thigh, then the other thigh", "leg_weakness"),
        ("my legs got weak in March and now my fingers too", "hand_weakness"),
    ],
)
def test_weakness_in_a_sequence_of_limbs(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_disease_that_reached_a_limb_is_weakness_there(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("the MND has now reached my hands", knowledge_base).get("hand_weakness") == "present"
    assert about_the_person_now("MND hasn't reached my knees", knowledge_base).get("leg_weakness") == "absent"


def test_a_leg_that_cannot_be_lifted_is_weak(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I can't lift my right knee onto the bed", knowledge_base).get("leg_weakness") == (
        "present"
    )


@pytest.mark.parametrize(
    "text", ["my knee has hurt for a week", "calves twitching 3 weeks, no weakness", "thighs twitching for weeks"]
)
def test_weeks_beside_a_leg_are_no_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    # "week" for "weak" was read once; its match key is the key of "weeks", so it made "calves, 3 weeks" weak.
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") != "present"


def test_breathing_hard_on_the_stairs_is_no_weak_leg(knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now("I'm puffing hard when I climb the stairs", knowledge_base)
    assert about_the_person_now("it's hard to climb the stairs now", knowledge_base).get("leg_weakness") == "present"


def test_small_fiddly_objects_say_hand_weakness(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I struggle with my shoelaces", knowledge_base).get("hand_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my balance has been fading since the autumn",
        "my arms are weaker than last year",
        "her MND is slow moving",
        "progressive arm weakness x5/12",
        "my walking gets worse bit by bit",
    ],
)
def test_a_course_over_months_is_gradual(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("gradual_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my hands went from fine to useless in four days",
        "this week my walking has plummeted",
        "my legs are much weaker since yesterday",
        "2/52 progressive leg weakness",
    ],
)
def test_a_course_over_days_is_rapid(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


def test_getting_up_quickly_is_no_rapid_course(knowledge_base: KnowledgeBase) -> None:
    assert "rapid_progression" not in about_the_person_now(
        "I felt dizzy this week after standing quickly", knowledge_base
    )


@pytest.mark.parametrize(
    "text",
    [
        "I tripped over in the dark hallway",
        "gait ataxia worse with eyes closed",
        "she keeps falling when the lights off",
    ],
)
def test_a_fall_in_the_dark_is_unsteadiness_in_the_dark(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") == "present"


def test_a_night_out_is_no_dark(knowledge_base: KnowledgeBase) -> None:
    assert "unsteady_in_dark" not in about_the_person_now(
        "I drink 6 pints a night and fell over on the way home", knowledge_base
    )


def test_both_feet_at_once_said_in_the_next_sentence(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My toes went numb last spring. It began in both at the same time.", knowledge_base)
    assert found.get("symmetric_feet_first") == "present"


def test_numbness_that_began_in_one_foot_is_not_feet_first(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("the tingling started in my right foot, weeks before the other", knowledge_base)
    assert found.get("symmetric_feet_first") == "absent"


@pytest.mark.parametrize("text", ["both arms got weak equally", "the weakness was symmetrical from the start"])
def test_weakness_on_both_sides_is_not_one_sided(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("asymmetric_onset") == "absent"


@pytest.mark.parametrize("text", ["my grip is weak, left only", "my foot catches, only that one"])
def test_one_limb_only_is_one_sided(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("asymmetric_onset") == "present"


@pytest.mark.parametrize("text", ["my foot smacks the pavement when I walk", "his feet drag and flop"])
def test_foot_drop_in_lay_words(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("foot_drop") == "present"


@pytest.mark.parametrize(
    "text", ["fascics in both calves", "my thigh pops like popcorn", "like worms under skin of my arm"]
)
def test_twitching_in_shorthand_and_images(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("fasciculations") == "present"


def test_a_part_that_feels_fine_is_not_the_sense_of_feeling(knowledge_base: KnowledgeBase) -> None:
    assert "numbness" not in about_the_person_now("my stomach feels fine now", knowledge_base)
    assert about_the_person_now("my toes feel normal", knowledge_base).get("numbness") == "absent"


def test_a_tuning_fork_not_felt_is_vibration_not_numbness(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I couldn't feel the vibration of the fork on my ankle", knowledge_base)
    assert "numbness" not in found


def test_clinical_shorthand_denies_sensory_symptoms(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("R hand weakness, no sensory sx", knowledge_base)
    assert found.get("numbness") == "absent"
    assert found.get("tingling") == "absent"


def test_the_effort_of_holding_the_head_up_is_head_drop(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I strain to keep my head up by evening", knowledge_base).get("head_drop") == "present"
    assert about_the_person_now("my head stays up fine", knowledge_base).get("head_drop") == "absent"


def test_zaps_on_bending_are_lhermitte(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I feel jolts when I bend my head", knowledge_base).get("lhermitte_sign") == "present"
    assert about_the_person_now("no jolts when I look down", knowledge_base).get("lhermitte_sign") == "absent"


def test_stiffness_named_as_the_problem(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("these days the spasticity is the main thing", knowledge_base)
    assert found.get("stiffness_spasticity") == "present"


def test_a_limb_that_hangs_is_not_wasting(knowledge_base: KnowledgeBase) -> None:
    assert "muscle_wasting" not in about_the_person_now("my arm hangs by my side after the stroke", knowledge_base)


def test_wasting_of_the_interossei(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("dorsal interossei wasted", knowledge_base).get("muscle_wasting") == "present"


@pytest.mark.parametrize("text", ["my thighs are still strong", "my calves feel strong as ever"])
def test_limbs_said_strong_are_not_weak(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "absent"


def test_limbs_said_not_strong_say_nothing_of_strength(knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now("my knees aren't as strong as ever", knowledge_base)


@pytest.mark.parametrize("text", ["power 5/5 in all four limbs", "her strength is exactly as it was"])
def test_full_power_denies_weakness_of_both_limbs(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("hand_weakness") == "absent"
    assert found.get("leg_weakness") == "absent"


def test_reduced_power_is_weakness(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("reduced power in the left hand", knowledge_base)
    assert found.get("hand_weakness") == "present"


def test_clumsiness_said_of_the_hands_across_a_comma(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my fingers, they've become clumsy", knowledge_base)
    assert found.get("hand_weakness") == "present"


def test_dead_as_an_intensifier_is_no_numbness(knowledge_base: KnowledgeBase) -> None:
    assert "numbness" not in about_the_person_now("dead heavy legs after the gym", knowledge_base)
    assert about_the_person_now("my toes have gone dead", knowledge_base).get("numbness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my legs are getting weaker since the spring",
        "my grip is weaker than last year",
        "his voice got slower over months",
    ],
)
def test_a_course_over_a_phrase_of_another_finding(knowledge_base: KnowledgeBase, text: str) -> None:
    # The change words belong to the weakness or speech phrase; the span still says the course.
    assert about_the_person_now(text, knowledge_base).get("gradual_progression") == "present"


def test_a_denied_course_does_not_deny_the_next_item(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("it isn't getting worse, my cramps have been the same for a year", knowledge_base)
    assert found.get("muscle_cramps") == "present"


def test_bilateral_from_onset_is_feet_first(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("bilateral toe numbness from onset", knowledge_base)
    assert found.get("symmetric_feet_first") == "present"


def test_walking_on_sand_is_numbness(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("it feels like walking on sand", knowledge_base).get("numbness") == "present"


def test_limbs_that_became_weak_within_days_are_a_rapid_course(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("in four days my arms have become weak", knowledge_base)
    assert found.get("rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my left hand has gone on strike this month",
        "the peeler keeps slipping out of my fingers",
        "my thumb stops cooperating when I text",
        "his grip is like a wet paper bag now",
        "the spoons slide out of her hand at dinner",
    ],
)
def test_a_hand_that_lets_go_or_will_not_work_is_weak(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("hand_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my knees keep folding under me on the bus",
        "her legs feel like porridge by teatime",
        "my calves have no go in them on hills",
    ],
)
def test_legs_that_fold_or_have_no_go_are_weak(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"


def test_pins_and_needles_misspelt_is_no_leg_weakness(knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now("pins and noodles in my toes", knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I nearly went over brushing my teeth with my eyes closed",
        "he keeps falling at night on the way to the bathroom in the dark",
        "I have to feel my way along the hall when it's dark",
        "she's not steady once the lights go out",
        "I sway with my eyes half closed in the shower",
    ],
)
def test_near_falls_and_unsteadiness_in_the_dark(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") == "present"


def test_steady_in_the_dark_is_no_unsteadiness(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I'm perfectly steady in the dark", knowledge_base).get("unsteady_in_dark") != "present"


@pytest.mark.parametrize(
    "text", ["my right eyelid keeps ticking", "the lower lid hops on its own", "my eye is doing morse code"]
)
def test_an_eyelid_that_ticks_or_hops_is_twitching(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("eyelid_twitching") == "present"


def test_hands_full_of_static_tingle(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my fingers feel full of static", knowledge_base).get("tingling") == "present"


@pytest.mark.parametrize("text", ["my neck is fine, it's my hands", "neck's fine, I just drop things"])
def test_a_neck_said_to_be_fine_has_no_neck_pain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("neck_pain") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "my left hand is weaker than the other one",
        "the weakness showed up first in my left thumb and then spread up the arm",
        "my right knee gives way but the other leg is fine",
        "the left shoulder just gave out lifting the kettle",
    ],
)
def test_weakness_on_one_side_compared_or_first(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("asymmetric_onset") == "present"


def test_fingers_that_stumble_over_keys_are_clumsy(knowledge_base: KnowledgeBase) -> None:
    assert (
        about_the_person_now("my fingers keep stumbling over the piano keys", knowledge_base).get("hand_weakness")
        == "present"
    )


def test_both_legs_dragging_is_weakness_not_foot_drop(knowledge_base: KnowledgeBase) -> None:
    read = about_the_person_now("since the weekend he's been dragging both legs behind him", knowledge_base)
    assert read.get("leg_weakness") == "present"
    assert "foot_drop" not in read


def test_one_leg_dragging_is_foot_drop(knowledge_base: KnowledgeBase) -> None:
    read = about_the_person_now("my right leg drags when I'm tired", knowledge_base)
    assert read.get("foot_drop") == "present"
    assert read.get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    ["I can't feel the pedals properly when I drive", "my fingers feel like they belong to someone else", "toes numm"],
)
def test_numbness_said_through_what_cannot_be_felt(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("numbness") == "present"


@pytest.mark.parametrize(
    "text", ["the feeling in them is fine", "I can still feel my toes properly", "pinprick normal throughout"]
)
def test_feeling_said_normal_denies_numbness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("numbness") == "absent"


def test_feeling_fine_is_no_statement_about_numbness(knowledge_base: KnowledgeBase) -> None:
    assert "numbness" not in about_the_person_now("I feel fine apart from the cramps", knowledge_base)


def test_losing_muscle_is_wasting(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("he's losing muscle in his forearms", knowledge_base).get("muscle_wasting") == (
        "present"
    )


@pytest.mark.parametrize(
    "text",
    [
        "my walking has fallen off a cliff",
        "the weakness is snowballing",
        "Mum went from gardening to needing a wheelchair in two weeks",
    ],
)
def test_images_and_aids_of_a_fast_decline(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


def test_a_new_walking_aid_is_weak_legs(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I now need a walking stick to get about", knowledge_base).get("leg_weakness") == (
        "present"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the numbness began in my toes in the autumn and is now up to my shins",
        "month by month my hands get clumsier",
    ],
)
def test_a_slow_climb_or_month_by_month_change_is_gradual(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("gradual_progression") == "present"


def test_both_feet_that_started_together_across_commas(knowledge_base: KnowledgeBase) -> None:
    text = "my soles went numb, both of them, and they started at the same time in May"
    assert about_the_person_now(text, knowledge_base).get("symmetric_feet_first") == "present"


def test_a_shock_down_the_back_with_the_chin_down_is_lhermitte(knowledge_base: KnowledgeBase) -> None:
    text = "if I tuck my head and put my chin down I get a zap down my spine"
    assert about_the_person_now(text, knowledge_base).get("lhermitte_sign") == "present"


@pytest.mark.parametrize(
    "text", ["my hands tremble when I hold a cup of tea", "my stiff legs go into spasms when I stand up"]
)
def test_a_tremor_or_spasm_of_a_limb_is_no_twitching(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "fasciculations" not in about_the_person_now(text, knowledge_base)


def test_trembling_under_the_skin_is_twitching(knowledge_base: KnowledgeBase) -> None:
    text = "something keeps trembling under the skin of my forearm"
    assert about_the_person_now(text, knowledge_base).get("fasciculations") == "present"


@pytest.mark.parametrize(
    "text", ["by evening his head is lolling onto his chest", "my neck gives out and my head tips forward"]
)
def test_a_head_that_lolls_or_a_neck_that_gives_out_is_head_drop(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("head_drop") == "present"


@pytest.mark.parametrize("text", ["my legs have gone all wobbly since Sunday", "on the bus my knees just went"])
def test_legs_gone_wobbly_or_that_just_went_are_weak(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"


def test_wobbly_on_the_feet_is_no_leg_weakness(knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now("he's wobbly on his feet in the evening", knowledge_base)


def test_weakness_spreading_over_twelve_days_is_rapid(knowledge_base: KnowledgeBase) -> None:
    text = "the weakness in both legs got worse over 12 days"
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


def test_ants_walking_across_a_comma_from_the_feet_tingle(knowledge_base: KnowledgeBase) -> None:
    text = "it is a strange feeling like ants walking, on both my soles"
    assert about_the_person_now(text, knowledge_base).get("tingling") == "present"


# An everyday object with a plain inability is hand weakness only with a hand's action, or when the object
# is only ever handled (a fastening, a lid): "can't find my keys" and "can't feel the coins" are not.
@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("I can't twist the key in the lock any more", True),
        ("struggling to carry a mug across the room", True),
        ("he can't do his shoelaces now", True),
        ("I couldn't find my keys anywhere today", False),
        ("I can't see the tap properly without my glasses", False),
        ("I can't remember where I left my pen", False),
    ],
)
def test_an_object_needs_a_hands_action(knowledge_base: KnowledgeBase, text: str, weak: bool) -> None:
    assert (about_the_person_now(text, knowledge_base).get("hand_weakness") == "present") is weak


@pytest.mark.parametrize(
    ("text", "drop"),
    [
        ("my left foot slaps down when I walk", True),
        ("I put my foot down with the landlord and he dropped the rent", False),
        ("his foot hangs down limply when he steps", True),
        ("my feet hang off the end of the sofa", False),
    ],
)
def test_a_foot_word_is_foot_drop_only_close_by(knowledge_base: KnowledgeBase, text: str, drop: bool) -> None:
    assert ("foot_drop" in about_the_person_now(text, knowledge_base)) is drop


@pytest.mark.parametrize(
    "text",
    [
        "Grandad keeps falling over in the garden",
        "she falls over a lot these days",
        "he has had frequent falls since the summer",
        "I can't walk straight any more",
        "on my feet I'm like a newborn deer",
    ],
)
def test_falls_that_keep_happening_and_a_crooked_walk_are_unsteadiness(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I keep falling over my words when I'm nervous",
        "the nurses were falling over themselves to help",
        "I keep falling asleep in front of the telly",
        "the cooking often falls to me",
    ],
)
def test_falling_over_words_or_asleep_is_no_fall(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "unsteady_in_dark" not in about_the_person_now(text, knowledge_base)


def test_a_foot_that_does_not_lift_is_foot_drop(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my left foot doesnt lift when I walk", knowledge_base).get("foot_drop") == "present"
    assert "foot_drop" not in about_the_person_now("my feet are fine, I don't lift heavy boxes", knowledge_base)


@pytest.mark.parametrize(
    "text", ["my strength is no different to how it always was", "Power has not changed at all, just the twitching"]
)
def test_strength_said_unchanged_denies_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    readings = about_the_person_now(text, knowledge_base)
    assert readings.get("hand_weakness") == readings.get("leg_weakness") == "absent"
