"""How fast findings came on (eleventh session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "since last night grandad has been very confused and keeps asking where he is",
        "my aunt has been seeing children in the garden who are not there since this morning",
        "over the last day or two he has become so disorientated",
        "in the past 24 hours she has got confused about what day it is",
    ],
)
def test_a_mind_changed_within_a_day_came_on_fast(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "he has not been confused since yesterday, he is back to his usual self",
        "no confusion or seeing things since last night",
        "grandad has been a bit confused since the weekend",
        "mum has been muddled since her fall in March",
        "since yesterday my calves have been aching",
    ],
)
def test_a_denied_mind_or_an_older_start_is_no_fast_course(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "rapid_progression" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "a couple of weeks back I was still gardening and now I can barely stand",
        "ten days back he was walking to the shop, now he needs help to get up",
    ],
)
def test_weeks_back_is_weeks_ago_against_now(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


def test_back_as_a_place_is_no_date(knowledge_base: KnowledgeBase) -> None:
    assert "rapid_progression" not in about_the_person_now("my back aches and I can't bend", knowledge_base)


def test_a_start_time_of_numbness_down_below_dates_that_red_flag(knowledge_base: KnowledgeBase) -> None:
    text = "can't feel a thing on the toilet, kind of numb in the middle, since last night, and my back is sore"
    found = about_the_person_now(text, knowledge_base)
    assert found.get("saddle_numbness") == "present"
    assert "sudden_onset" not in found


def test_a_limb_gone_weak_beside_numbness_down_below_keeps_its_onset(knowledge_base: KnowledgeBase) -> None:
    text = "numb down below for a week, and since this morning my left leg has gone weak"
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"
