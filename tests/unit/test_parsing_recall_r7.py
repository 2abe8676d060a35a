"""Recall of ordinary findings and doubt (seventh session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def said(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "my feet are getting more and more numb",
        "bit by bit my legs are getting weak",
        "my voice has gone hoarser over the winter",
        "my legs feel wobblier every couple of months",
        "my right hand went weak first, and a year later the left one followed",
    ],
)
def test_an_escalation_or_a_later_spread_is_a_slow_course(text: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get("gradual_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I'm more and more worried about the news",
        "we moved house over the summer",
        "my hands went numb in March",
    ],
)
def test_no_slow_course_without_a_symptom_that_changes(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "gradual_progression" not in said(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I keep fumbling my pen and my keys. Left hand only.",
        "my legs gave way twice this week. right leg only",
        "my arms are weak and it started on the right",
    ],
)
def test_one_side_named_apart_from_the_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get("asymmetric_onset") == "present"


def test_one_side_needs_a_weakness(knowledge_base: KnowledgeBase) -> None:
    assert "asymmetric_onset" not in said(
        "no weakness in my hands. the numbness is in my right hand only", knowledge_base
    )


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Drooling? Not sure.", "drooling"),
        ("weak grip: can't tell", "hand_weakness"),
        ("numb toes? I dunno", "numbness"),
        ("twitching? hard to say", "fasciculations"),
    ],
)
def test_an_item_answered_with_a_doubt_is_uncertain(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Drooling? No. Not sure why I'm asking.", "drooling"),
        ("numb toes? yes. not sure what it means", "numbness"),
    ],
)
def test_a_doubt_after_another_answer_is_not_the_answer(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert said(text, knowledge_base).get(evidence_id) != "uncertain"


def test_a_doubt_after_a_comma_is_about_what_follows(knowledge_base: KnowledgeBase) -> None:
    assert said("my toes are numb, and not sure if my grip is weak", knowledge_base).get("numbness") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("not sure why my legs are so weak lately", "leg_weakness"),
        ("my toes have gone numb, no idea what it means", "numbness"),
        ("I'm not sure what's causing the twitching in my calves", "fasciculations"),
    ],
)
def test_a_doubt_about_cause_or_meaning_keeps_the_finding(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_a_doubt_about_whether_still_doubts(knowledge_base: KnowledgeBase) -> None:
    assert said("not sure whether my legs are weak", knowledge_base).get("leg_weakness") == "uncertain"


def test_what_to_call_it_asked_after_a_comma(knowledge_base: KnowledgeBase) -> None:
    text = "my calf keeps jumping at night, is that a fasciculation or just a spasm?"
    assert said(text, knowledge_base).get("fasciculations") == "uncertain"


def test_a_question_about_meaning_after_a_comma_keeps_the_finding(knowledge_base: KnowledgeBase) -> None:
    assert said("my legs are weak, is that a sign of something?", knowledge_base).get("leg_weakness") == "present"
