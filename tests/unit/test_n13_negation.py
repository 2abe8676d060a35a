"""Denials and "normal" statements, thirteenth session: a chest or a face said fine, and a denial that stops at
", and my …" (a new subject)."""

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
        "My chest is fine, it's my feet that burn.",
        "Chest: ok. Feet: numb.",
        "chest feels normal, only the cramps bother me",
    ],
)
def test_a_chest_said_fine_has_no_pain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("chest_pain") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "The nurse listened and my chest is clear.",
        "chest all clear on the x-ray, still tingling feet",
    ],
)
def test_a_chest_heard_clear_says_nothing_of_pain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "chest_pain" not in about_the_person_now(text, knowledge_base)


def test_a_chest_said_fine_does_not_hide_a_pain_told_later(knowledge_base: KnowledgeBase) -> None:
    text = "My chest feels fine at rest but a crushing pain in my chest comes on the stairs."
    assert about_the_person_now(text, knowledge_base).get("chest_pain") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My face looks symmetrical in photos.",
        "face normal, both arms lift, only my calf twitches",
        "my wife says my face is fine, it's my thumb that twitches",
    ],
)
def test_a_face_said_fine_has_no_stroke_signs(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("stroke_signs") == "absent"


def test_a_face_that_feels_fine_says_nothing_of_a_droop(knowledge_base: KnowledgeBase) -> None:
    assert "stroke_signs" not in about_the_person_now("My face feels fine, my toes tingle.", knowledge_base)


def test_a_face_said_fine_does_not_hide_a_sudden_weak_arm(knowledge_base: KnowledgeBase) -> None:
    text = "my face looks fine but my left arm suddenly went weak twenty minutes ago"
    assert about_the_person_now(text, knowledge_base).get("stroke_signs") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no cramps, and my face very white these days", "pallor"),
    ],
)
def test_a_denial_stops_at_and_with_a_new_subject(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_denied_list_still_runs_on_over_bare_items(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no cramps, twitching and weakness", knowledge_base)
    assert found.get("muscle_cramps") == found.get("fasciculations") == "absent"
