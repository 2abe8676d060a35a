"""Red flags said in everyday words (sixth session): concepts read by their vocabularies, not phrase by phrase."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, reading


@pytest.mark.parametrize(
    "text",
    [
        "a mouthful of squash went down the wrong tube again",
        "a mouthful of soup went down the wrong way at lunch",
    ],
)
def test_a_red_flag_term_running_past_a_swallow_phrase_is_read(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "choking_on_liquids") == "present"


def test_a_red_flag_term_inside_another_phrase_stays_hidden(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I get out of breath going up the hill but I'm fine sitting down", knowledge_base)
    assert found.get("breathless_on_exertion") == "present"
    assert found.get("breathless_at_rest") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "I struggle to wee these days",
        "he's had trouble passing water since the weekend",
        "my bladder won't empty properly",
        "I'm not able to pass urine",
        "wee comes out on its own without me knowing",
    ],
)
def test_passing_urine_with_an_inability_is_a_bladder_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "bladder_bowel_problems") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I find it hard to get back to sleep after getting up for a wee",
        "no trouble weeing at all",
    ],
)
def test_a_trouble_word_away_from_the_passing_or_denied_is_no_red_flag(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "bladder_bowel_problems") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "I'm out of breath even relaxing in the evening",
        "he's huffing at his desk without moving",
        "short of breath while reading the paper",
        "I have no breath even when I sit",
    ],
)
def test_a_breathing_word_in_a_resting_situation_is_breathless_at_rest(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "breathless_at_rest") == "present"


def test_reading_about_breathing_is_no_rest(knowledge_base: KnowledgeBase) -> None:
    assert reading("I read that breathing gets harder with MND", knowledge_base, "breathless_at_rest") is None


@pytest.mark.parametrize(
    "text",
    [
        "her smile isn't straight any more",
        "one side of the face is lower than the other",
        "his mouth is uneven when he talks",
    ],
)
def test_a_face_part_with_an_uneven_or_fallen_word_is_a_stroke_sign(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "stroke_signs") == "present"


def test_a_face_said_uneven_is_asked_about(knowledge_base: KnowledgeBase) -> None:
    assert reading("his face looks uneven to me", knowledge_base, "stroke_signs") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "my face fell when I heard the price",
        "he holds his chin so his head stops falling forward",
    ],
)
def test_a_face_that_falls_in_a_figure_or_a_head_that_drops_is_no_stroke(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "stroke_signs") is None


@pytest.mark.parametrize(
    "text",
    [
        "the porridge goes into the wrong hole and I splutter",
        "I breathed in a drink and coughed for ages",
        "coughing fits at every mealtime",
    ],
)
def test_food_or_drink_going_the_wrong_way_is_choking(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "choking_on_liquids") == "present"


@pytest.mark.parametrize("text", ["suddenly my right eye is not seeing", "my left eye went blind last night"])
def test_an_eye_that_stops_seeing_is_a_loss_of_sight(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "present" in (found.get("vision_loss"), found.get("sudden_vision_loss_one_eye"))


def test_colour_blindness_is_no_loss_of_sight(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I've been colour blind since I was born", knowledge_base)
    assert "vision_loss" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I am not able to breath when I sit", "breathless_at_rest"),
        ("breathing is hard for him without doing anything", "breathless_at_rest"),
        ("I need to use my shoulders to get a breath", "breathless_at_rest"),
        ("in lying position my breathing gets bad", "breathless_lying_flat"),
        ("the tea is going to my lungs when I drink", "choking_on_liquids"),
        ("urine is not passing since the morning", "bladder_bowel_problems"),
        ("she didn't get to the loo in time again", "bladder_bowel_problems"),
        ("half his face is not moving", "stroke_signs"),
        ("I lost conscious in the shop", "fainting"),
        ("my granny is talking without sense", "confusion"),
        ("he keeps forgetting who we are", "confusion"),
        ("my left eye vision is gone", "sudden_vision_loss_one_eye"),
        ("she hears a radio that nobody else can hear", "paranoia_psychosis"),
    ],
)
def test_second_language_and_plain_forms_of_red_flags(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the face unlock on my phone isn't working", "stroke_signs"),
        ("the smell of the food goes to my nose", "choking_on_liquids"),
        ("I know how I'd do it if I had to move house", "suicide_plan"),
        ("my eye twitch has gone", "vision_loss"),
        ("I'm confused about my test results", "confusion"),
        ("the kidney stone is not passing yet", "bladder_bowel_problems"),
        ("no sensation changes in the groin", "saddle_numbness"),
    ],
)
def test_look_alikes_of_the_widened_vocabularies_are_no_red_flag(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("a small sip of squash, and I'm spluttering", "choking_on_liquids"),
        ("breathing hard, even resting", "breathless_at_rest"),
    ],
)
def test_a_red_flag_concept_across_a_comma_close_by(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


def test_a_cough_then_a_drink_further_on_is_no_choking(knowledge_base: KnowledgeBase) -> None:
    assert reading("I cough a lot, then drink water and it settles", knowledge_base, "choking_on_liquids") is None
