"""Red flags, ninth session, second pass: clinical patterns of a red flag as classes, and what they must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


@pytest.mark.parametrize(
    "text",
    [
        "my grandad keeps asking what month it is",
        "she had no idea what year it is when the nurse asked",
        "he thinks it's a different year and asks for his old job",
        "my aunt walked into the wrong house on her own road",
        "nan gets lost walking to the corner shop now",
    ],
)
def test_disorientation_in_time_or_place_is_confusion(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "confusion") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I asked what month the results would come back",
        "I forgot what year it was when I was diagnosed",
        "he thinks it's the wrong day for the bins",
        "we got lost going to the shops in Rome on holiday",
    ],
)
def test_dates_and_errands_of_ordinary_life_are_not_confusion(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "confusion") is None


@pytest.mark.parametrize(
    "text",
    [
        "dad has been more confused this last week",
        "her legs are much worse than a few weeks ago",
        "over the past couple of weeks she has gone downhill",
    ],
)
def test_a_change_of_state_over_a_week_or_two_is_a_rapid_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "the twitching is more and more noticeable the past week but my strength is fine",
        "I'm no worse than a few weeks ago",
    ],
)
def test_a_span_without_a_change_of_state_is_no_rapid_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "everything goes dark and I find myself on the kitchen floor",
        "one minute I'm talking and then I'm on the floor with people standing over me",
    ],
)
def test_coming_round_on_the_floor_is_a_faint(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "fainting") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I find myself on the floor playing with the grandkids a lot",
        "I tripped on the step and then I was on the ground with a sore knee",
    ],
)
def test_being_on_the_floor_without_a_blackout_is_no_faint(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "fainting") is None


@pytest.mark.parametrize(
    "text",
    [
        "all of a sudden his face went funny and tea was dribbling out of the corner of his mouth",
        "suddenly I can't smile on the left and I can't close my eye",
    ],
)
def test_a_face_that_suddenly_cannot_smile_or_hold_a_drink_is_a_stroke_sign(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "stroke_signs") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "suddenly I can't smile any more since the bad news",
        "I dribble out of the corner of my mouth at night and my speech is slurred",
    ],
)
def test_a_sad_face_or_slow_drooling_is_no_stroke_sign(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "stroke_signs") is None


def test_sitting_as_if_on_a_towel_that_is_not_there_is_saddle_numbness(knowledge_base: KnowledgeBase) -> None:
    text = "when I sit it feels like I'm sitting on a rolled up towel that isn't there"
    assert reading(text, knowledge_base, "saddle_numbness") == "present"


def test_sitting_on_a_real_towel_is_no_saddle_numbness(knowledge_base: KnowledgeBase) -> None:
    assert reading("I'm sitting on a towel on the beach and my feet tingle", knowledge_base, "saddle_numbness") is None
