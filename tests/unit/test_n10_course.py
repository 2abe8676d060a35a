"""How and when findings came on (tenth session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "out of nowhere my heart started pounding",
        "all of a sudden I kept hearing voices that weren't there",
        "a sudden flicker in my thigh muscle while I was on the bus",
        "I suddenly choked on my coffee and coughed for ages",
    ],
)
def test_sudden_said_of_a_complaint_of_its_own_timing_is_no_onset(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "out of nowhere my heart started pounding and my left arm went weak",
        "my leg went weak out of nowhere and my heart is pounding",
        "sudden awful headache and now my heart is pounding",
        "my arm suddenly went dead and my heart was pounding",
    ],
)
def test_sudden_beside_a_deficit_stays_an_onset(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I had a couple of dizzy spells and then passed out in the shop",
        "she had a funny turn and passed away in hospital",
        "I nearly fainted at work, turned out my sugar was low",
    ],
)
def test_passing_out_or_away_is_no_recovery(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "transient_episode" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I had a funny spell where my arm went numb, then it passed",
        "had a turn on the train, my speech went for ten minutes and it soon passed",
        "a weird spell where I couldn't see out of my left eye, it passed after five minutes",
    ],
)
def test_a_spell_that_passed_is_a_brief_episode(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("transient_episode") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my calves feel weaker every day, or maybe I'm just noticing it more",
        "my feet are going numb and it is spreading so fast. I keep checking myself so often though",
        "my legs are getting weaker week by week but maybe I'm hypervigilant",
    ],
)
def test_a_change_only_watched_for_is_asked(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("rapid_progression") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "my legs are getting weaker week by week",
        "my left arm went weak out of nowhere and I keep staring at it",
    ],
)
def test_a_change_or_an_onset_said_plainly_stays(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "uncertain" not in {found.get("rapid_progression"), found.get("sudden_onset")}
    assert "present" in {found.get("rapid_progression"), found.get("sudden_onset")}


@pytest.mark.parametrize(
    "text",
    [
        "I've been on metformin for over 10 years and my feet tingle",
        "twitching all over for 6 months, calves and arms",
        "my feet have felt numb over the past month",
    ],
)
def test_a_span_alone_is_no_slow_course(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "gradual_progression" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "my grip has been getting weaker for over a year",
        "my hands have got weaker over the last few months",
        "it has got worse month by month",
    ],
)
def test_a_change_over_months_stays_a_slow_course(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("gradual_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "the numbness came on over a couple of minutes, my left hand and then my face",
        "my right leg went weak, it came on over about a minute",
    ],
)
def test_a_deficit_that_came_on_over_minutes_is_a_sudden_onset(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"


def test_a_feeling_that_came_over_me_is_no_onset(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("a wave of tiredness came over me in minutes", knowledge_base)
    assert "sudden_onset" not in found


@pytest.mark.parametrize(
    "text",
    [
        "since about lunchtime my left arm has been weak",
        "my face has been drooping since tea time",
    ],
)
def test_a_deficit_since_a_time_earlier_today_is_a_sudden_onset(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"


def test_tiredness_since_a_meal_is_no_onset(knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in about_the_person_now("I've felt tired since about lunchtime", knowledge_base)
