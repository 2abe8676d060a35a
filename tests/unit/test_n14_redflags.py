"""Red flags, fourteenth session: limbs going weak within days or a deficit new since last week (a rapid course),
sight going in plain words, words coming out wrong, a doubt about a label, drinks going the wrong way, and a
lay image of breathlessness lying flat. Sentences written for these tests, not taken from the corpus."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "My lower back is agony and since Wednesday both my legs have gone weak.",
        "A couple of days ago her legs started giving way on the stairs.",
        "Uncle Pete was fine last week, now he's muddled and doesn't know where he is.",
        "I get breathless sitting in my armchair now, which I wasn't last week.",
    ],
)
def test_a_deficit_within_days_or_new_since_last_week_is_a_rapid_course(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My legs have been weak for years, slowly.",
        "I was fine last week at the gym. My legs ache a bit.",
        "A few days ago my legs were giving way after the marathon, but they're back to normal now.",
        "My legs haven't gone weak since Monday.",
    ],
)
def test_no_rapid_course_without_a_deficit_now(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") != "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Dad's eyes are going, both of them, he can't read the paper now.", "vision_loss"),
        ("Her eyesight is failing slowly, everything looks misty.", "vision_loss"),
        ("He can't make out people's faces clearly any more.", "vision_loss"),
        ("Seen today: acute monocular vis loss L with pain.", "sudden_vision_loss_one_eye"),
        ("When Mum answered the phone the wrong words kept coming out.", "stroke_signs"),
        ("Every time I take a sip of water it goes in my lungs.", "choking_on_liquids"),
        ("Tea comes back up as soon as I swallow it.", "choking_on_liquids"),
    ],
)
def test_sight_words_and_drinks_told_in_plain_words_are_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("My eyes are going red and itchy from hay fever.", "vision_loss"),
        ("I can't see the telly from the kitchen.", "vision_loss"),
        ("I chose the wrong words at the meeting and felt silly.", "stroke_signs"),
        ("I said the wrong thing to my boss.", "stroke_signs"),
        ("My tea came back up after the chemo.", "choking_on_liquids"),
        ("The doctor says I have water on my lungs.", "choking_on_liquids"),
    ],
)
def test_near_misses_of_sight_words_and_drinks_are_not_red_flags(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("idk if it counts as suicidal but some nights i pray i wont wake up", "suicidal_thoughts"),
        ("Not sure it's suicidal exactly, I just wish I wouldnt wake up some mornings.", "suicidal_thoughts"),
        ("Not sure if a couple of nos canisters at a party counts, did a few last month.", "nitrous_oxide_use"),
    ],
)
def test_a_doubt_about_a_red_flags_name_leaves_what_is_described_said(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("I dunno if it counts as suicidal.", "suicidal_thoughts"),
        ("not sure if it counts as choking, but tea makes me cough now and then", "choking_on_liquids"),
        ("I wish the baby wouldnt wake up at five every morning.", "suicidal_thoughts"),
    ],
)
def test_a_name_doubted_alone_or_a_symptom_said_mildly_is_not_made_present(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("I was queueing at the bank, everything went black and I came round on the carpet.", "fainting"),
        ("A few sips of squash and they make me cough every time now.", "choking_on_liquids"),
        ("Grandad is spaced out today and can't follow what we say.", "confusion"),
        ("Seeing double for about an hour at work, then it just stopped.", "transient_episode"),
        ("This morning I had 20 mins where my words mixed up, now ok.", "transient_episode"),
    ],
)
def test_a_faint_a_cough_on_sips_a_mind_adrift_and_a_spell_that_passed_are_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("The lights went out in the storm and we sat on the floor with candles.", "fainting"),
        ("I saw double once after too much wine.", "transient_episode"),
        ("I was spaced out after the dentist and couldn't follow the film.", "confusion"),
    ],
)
def test_near_misses_of_a_faint_an_episode_or_confusion(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


def test_a_mouth_leaking_on_one_side_since_a_time_today_is_a_sudden_face_drop(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(
        "Since lunchtime his soup has been dribbling out of one side of his mouth.", knowledge_base
    )
    assert found.get("sudden_onset") == "present"
    assert found.get("stroke_signs") == "present"
    assert about_the_person_now("My soup leaks out of one side of my mouth.", knowledge_base).get("stroke_signs") != (
        "present"
    )


def test_a_belief_others_call_imagined_is_still_held(knowledge_base: KnowledgeBase) -> None:
    text = "The neighbours are spying on me through the walls. My brother says I'm imagining it."
    assert about_the_person_now(text, knowledge_base).get("paranoia_psychosis") == "present"
    # Only a belief is held against others' words; a symptom others doubt, or one's own doubt, stays doubted.
    twitch = "My calf twitches, I think, but my wife says I'm imagining it."
    assert about_the_person_now(twitch, knowledge_base).get("fasciculations") != "present"
    own = "The neighbours are spying on me, or am I imagining it?"
    assert about_the_person_now(own, knowledge_base).get("paranoia_psychosis") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "Some evenings I wonder if there's any point carrying on.",
        "Lately I keep asking myself whether life is worth living.",
    ],
)
def test_wondering_whether_to_go_on_is_the_thought_itself(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("I wonder if there's any point going to the GP about it.", "suicidal_thoughts"),
        ("I wonder if my calf is twitching or if it's the light.", "fasciculations"),
    ],
)
def test_wondering_about_other_things_is_still_a_doubt(knowledge_base: KnowledgeBase, text: str, evidence: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("When I lie flat in bed it feels like somebody is sitting on my chest.", "breathless_lying_flat"),
        ("I can't get a proper breath in even sat still watching telly. Maybe it's stress idk.", "breathless_at_rest"),
    ],
)
def test_a_smothering_weight_lying_flat_and_a_red_flag_beside_a_guessed_cause_are_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("My toddler keeps sitting on me when I lie down on the sofa.", "breathless_lying_flat"),
        ("My calf twitches at night, maybe it's stress idk.", "fasciculations"),
        ("I get breathless sitting still, idk.", "breathless_at_rest"),
    ],
)
def test_near_misses_of_a_weight_lying_flat_and_a_bare_doubt(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Her neck has been sore for a fortnight and now her legs feel full of concrete.",
            "back_pain_with_leg_weakness",
        ),
        ("Dad keeps complaining about his neck and now his legs keep giving way.", "back_pain_with_leg_weakness"),
        ("Her left hand slid off the steering wheel as if it wasn't hers.", "stroke_signs"),
    ],
)
def test_a_neck_with_heavy_legs_and_a_limb_not_ones_own_are_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("My legs ache after walking on wet sand at the beach.", "leg_weakness"),
        ("My hand feels like it isn't mine when I wake, then it's fine.", "stroke_signs"),
    ],
)
def test_near_misses_of_heavy_legs_and_a_limb_not_ones_own(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) != "present"


def test_a_hedge_weighs_what_comes_before_an_event_told_with_after_or_since(knowledge_base: KnowledgeBase) -> None:
    text = "Maybe I have a chest infection after the tea went down the wrong way on Sunday."
    assert about_the_person_now(text, knowledge_base).get("choking_on_liquids") == "present"
    assert about_the_person_now("Maybe my legs are weaker since the weekend.", knowledge_base).get("leg_weakness") != (
        "present"
    )
    assert about_the_person_now("Maybe I choked on my tea, not sure.", knowledge_base).get("choking_on_liquids") != (
        "present"
    )
