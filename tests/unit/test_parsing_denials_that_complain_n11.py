"""Denials that are complaints, and a list of functions under one "no": three safety misreadings found while
reviewing the eleventh session (a warning sign read as denied, a denied finding read as present)."""

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
        "I cannot breathe good when I lie down.",
        "Mum cannot breathe good lying flat any more.",
        "I don't breathe well when I lie down.",
        "He does not breathe properly lying flat, he sleeps in the chair.",
    ],
)
def test_breathing_not_done_well_lying_down_is_the_warning_sign(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Breathing is good when I lie down.",
        "I can breathe well lying flat.",
        "I don't have trouble breathing lying flat.",
    ],
)
def test_breathing_said_fine_lying_down_is_still_denied(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "No speech, swallowing or breathing problems.",
        "I have no vision, speech or swallowing trouble at all.",
        "no balance, swallowing or bladder issues",
    ],
)
def test_functions_listed_under_one_no_are_denied_with_the_last(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("difficulty_swallowing") == "absent"


def test_a_list_is_not_carried_past_a_contrast(knowledge_base: KnowledgeBase) -> None:
    said = about_the_person_now("No speech problems, but swallowing problems for a month now.", knowledge_base)
    assert said.get("difficulty_swallowing") == "present"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("No back pain and my legs are weak.", "leg_weakness"),
        ("no numbness and my legs have been weak for months", "leg_weakness"),
    ],
)
def test_a_clause_after_and_with_its_own_verb_is_not_denied(
    knowledge_base: KnowledgeBase, text: str, said: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(said) == "present"


def test_a_list_joined_by_and_is_still_denied(knowledge_base: KnowledgeBase) -> None:
    said = about_the_person_now("No tingling and weakness.", knowledge_base)
    assert said.get("tingling") == said.get("leg_weakness") == "absent"
