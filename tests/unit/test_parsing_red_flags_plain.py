"""Red flags described without their name: the situation that reveals them, read by the knowledge base's cues."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


def reading(text: str, knowledge_base: KnowledgeBase, evidence_id: str) -> str | None:
    return about_the_person_now(text, knowledge_base).get(evidence_id)


@pytest.mark.parametrize(
    "text",
    [
        "I've been putting aside my codeine for the day I decide, it's all in a tin",
        "stockpiled my sleeping pills, enough that I'd never wake up",
        "I found out how much of my tramadol it would take",
        "I've worked out how many of the oxycodone would kill me",
    ],
)
def test_means_kept_for_a_day_or_an_amount_looked_up_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_any_tablets_looked_up_by_the_amount_is_asked_about(knowledge_base: KnowledgeBase) -> None:
    assert reading("I checked how many of the pills it would take", knowledge_base, "suicide_plan") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've got enough B12 tablets to last the month",
        "how many B12 tablets should I take a day?",
        "I keep my pills in a weekly box so I don't forget",
        "we'll drive over the bridge to the hospital",
    ],
)
def test_ordinary_talk_of_tablets_is_no_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "suicide_plan" not in found
    assert "suicidal_thoughts" not in found


def test_a_stated_way_off_a_bridge_is_a_plan_and_a_thought(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I'll jump off the bridge if it turns out to be MND", knowledge_base)
    assert found.get("suicide_plan") == "present"
    assert found.get("suicidal_thoughts") == "present"


def test_the_rope_beside_a_thought_of_suicide_is_a_plan(knowledge_base: KnowledgeBase) -> None:
    text = "I keep thinking of killing myself and there's a rope in the shed"
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_thinking_of_going_over_the_edge_is_a_thought(knowledge_base: KnowledgeBase) -> None:
    text = "crossing the bridge every morning I think about going over the edge"
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


def test_asking_if_there_is_any_point_living_is_a_thought(knowledge_base: KnowledgeBase) -> None:
    assert reading("is there any point living like this", knowledge_base, "suicidal_thoughts") in (
        "present",
        "uncertain",
    )
