"""Red flags that ordinary words must not raise (idioms, relationships, everyday mishaps), and the plain red
flags next to them that must still be read."""

import pytest

from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase


def read_ids(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, knowledge_base)}


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I'm going to end things with my girlfriend after the holidays", "suicidal_thoughts"),
        ("thinking of ending it with him, he never listens", "suicidal_thoughts"),
        ("I'm confused about whether I need the injections or the tablets", "confusion"),
        ("honestly confused by the letter from the hospital", "confusion"),
        ("I keep getting my words muddled when I'm tired at work", "confusion"),
        ("I think I'm losing sight of what matters", "vision_loss"),
        ("we got blind drunk at my cousin's wedding", "vision_loss"),
        ("my jaw dropped when the receptionist said three weeks", "stroke_signs"),
        ("her face fell when she read the text", "stroke_signs"),
        ("had a sudden craving for oranges last week", "sudden_onset"),
        ("I suddenly realised I'd left my purse on the bus", "sudden_onset"),
        ("I almost wet myself at the comedy show", "bladder_bowel_problems"),
        ("I nearly passed out in the queue, it was so hot", "fainting"),
        ("standing in the sun all day is making me faint", "fainting"),
        ("I passed out flyers in town all afternoon", "fainting"),
        ("I moved the chest of drawers on my own", "chest_pain"),
        ("numb fingers like when you've slept on them, except the hand never wakes up", "suicidal_thoughts"),
        ("by nine I collapse into bed, shattered", "fainting"),
        ("since the course I'm seeing things differently at work", "paranoia_psychosis"),
        ("a bit confused about what the doctor meant by borderline", "confusion"),
        ("everything at home is getting worse with the builders in", "vision_loss"),
        ("we're ending my tenancy in May", "suicidal_thoughts"),
        ("the kids don't want to go on holiday without the dog", "suicidal_thoughts"),
        ("my sister was killing herself laughing and I was killing myself laughing too", "suicidal_thoughts"),
        ("I could have died of embarrassment at the pharmacy", "suicidal_thoughts"),
        ("the leaflet about injections is so confusing", "confusion"),
        ("I saw red, I went blind with anger", "vision_loss"),
        ("most nights I passed out the moment I lay down", "fainting"),
        ("at 35 I don't want to live with my mum anymore", "suicidal_thoughts"),
        ("we don't want to live in this town after the flood", "suicidal_thoughts"),
        ("after the row I didn't want to be around them", "suicidal_thoughts"),
        ("my voice is so slow, I talk like I'd had a stroke", "stroke_signs"),
        ("my calves have been weak since the back end of the summer", "back_pain_with_leg_weakness"),
        ("my thighs feel weak and there's a bruise on the back of my knee", "back_pain_with_leg_weakness"),
    ],
)
def test_ordinary_words_raise_no_red_flag(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert read_ids(text, knowledge_base).get(evidence_id, "absent") == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("some days I think about ending it all", "suicidal_thoughts"),
        ("I want to end things, I can't see a way out", "suicidal_thoughts"),
        ("Dad is confused and thinks it's 1985", "confusion"),
        ("she's confused about where she is at night", "confusion"),
        ("I lost the sight in my right eye this morning", "sudden_vision_loss_one_eye"),
        ("his face dropped on one side while he was eating", "stroke_signs"),
        ("I passed out in the bathroom and hit my head", "fainting"),
        ("I've wet myself twice this week without noticing", "bladder_bowel_problems"),
        ("crushing pain across my chest for an hour", "chest_pain"),
        ("I keep seeing things in the garden that aren't there", "paranoia_psychosis"),
        ("he's confused about what day it is", "confusion"),
        ("everything has gone dim and blurry in both eyes", "vision_loss"),
        ("I'm thinking of ending my life", "suicidal_thoughts"),
        ("I don't want to go on anymore", "suicidal_thoughts"),
        ("I keep thinking about killing myself", "suicidal_thoughts"),
        ("I collapsed on the kitchen floor and came round a minute later", "fainting"),
        ("my legs have gone weak and there's a pain in the back, low down", "back_pain_with_leg_weakness"),
        ("I think I've had a stroke, my face is drooping", "stroke_signs"),
        ("some days I don't want to live with this illness", "suicidal_thoughts"),
        ("I don't want to be around anymore", "suicidal_thoughts"),
    ],
)
def test_the_red_flag_said_plainly_is_still_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert read_ids(text, knowledge_base).get(evidence_id) in {"present", "uncertain"}


def test_a_wish_to_sleep_forever_is_asked_about_not_taken_as_said(knowledge_base: KnowledgeBase) -> None:
    """Tired people say it; the red-flag question is asked rather than the thought taken as present."""
    assert (
        read_ids("honestly I could just sleep forever, I want to sleep forever this week", knowledge_base).get(
            "suicidal_thoughts"
        )
        == "uncertain"
    )
    assert read_ids("I want to fall asleep and never wake up", knowledge_base)["suicidal_thoughts"] == "present"


def test_tablets_kept_in_case_are_asked_about(knowledge_base: KnowledgeBase) -> None:
    """Keeping painkillers back "in case" may be prudence; its plan is asked about, not taken as made."""
    assert read_ids("I keep back some of my painkillers in case the pain flares", knowledge_base).get(
        "suicide_plan"
    ) in {None, "uncertain"}
    assert (
        read_ids("I've kept back my sleeping tablets in case things get too much", knowledge_base)["suicide_plan"]
        == "present"
    )
    stockpiled = "I've put aside my sleeping pills to take them all at once"
    assert read_ids(stockpiled, knowledge_base)["suicide_plan"] == "present"


@pytest.mark.parametrize(
    "text",
    ["my words get jumbled up when I'm tired or stressed", "my husband says I talk gibberish in my sleep"],
)
def test_jumbled_words_without_a_sudden_onset_are_asked_about(knowledge_base: KnowledgeBase, text: str) -> None:
    assert read_ids(text, knowledge_base).get("stroke_signs") == "uncertain"


def test_words_that_suddenly_came_out_jumbled_are_a_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    assert read_ids("out of nowhere my words were all jumbled", knowledge_base)["stroke_signs"] == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("there's a faint buzz in my toes at night", "fainting"),
        ("only a faint ache in my calves after walking", "fainting"),
        ("the laptop blacked out twice while I was typing this", "fainting"),
        ("my levels came back odd and I'm confused what it means", "confusion"),
        ("confused as to why the GP wants more bloods", "confusion"),
    ],
)
def test_a_word_of_a_red_flag_in_another_sense_raises_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in read_ids(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I had a faint in the shower this morning", "fainting"),
        ("I blacked out on the stairs", "fainting"),
        ("Dad is confused what day it is", "confusion"),
    ],
)
def test_the_red_flag_itself_is_still_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert read_ids(text, knowledge_base).get(evidence_id) == "present"


def test_a_loss_in_one_eye_that_came_back_is_the_brief_episode(knowledge_base: KnowledgeBase) -> None:
    found = read_ids("my left eye went grey like a shutter for five minutes, then came back perfectly", knowledge_base)
    assert found.get("transient_episode") == "present"
    assert "sudden_vision_loss_one_eye" not in found
