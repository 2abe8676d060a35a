"""Answers, checklists and doubts (sixth session, second phase).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def said(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("exhausted? yes, most days. tired? always", "fatigue"),
        ("Breathless lying down? no. On stairs? a little.", "breathless_on_exertion"),
        ("choke? yep a bit", "choking_on_liquids"),
        ("tired? yes, often", "fatigue"),
        ("Is my voice slurred? Sometimes.", "slurred_speech"),
        ("Do I choke on drinks? A little.", "choking_on_liquids"),
    ],
)
def test_an_answer_of_how_often_says_the_finding(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("tired? no, never", "fatigue"),
        ("tired? nope", "fatigue"),
    ],
)
def test_a_no_answer_still_denies(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "absent"


def test_a_spaced_slash_separates_checklist_items(knowledge_base: KnowledgeBase) -> None:
    found = said("cramps - yes / twitching - no / weak hands - no", knowledge_base)
    assert found.get("muscle_cramps") == "present"
    assert found.get("fasciculations") == "absent"
    swapped = said("cramps no / twitching yes", knowledge_base)
    assert swapped.get("muscle_cramps") == "absent"
    assert swapped.get("fasciculations") == "present"


def test_a_slash_inside_a_word_is_no_separator() -> None:
    assert [token.word for token in tokenize("and/or 3/7 n/a")] == ["and", "or", "3", "7", "n/a"]
    assert [token.word for token in tokenize("no / yes")] == ["no", ",", "yes"]


@pytest.mark.parametrize(
    ("text", "fine_id", "said_id"),
    [
        ("breathing's fine in bed, puffed out walking the dog", "breathless_lying_flat", "breathless_on_exertion"),
        ("breathing is ok lying down, breathless going uphill", "breathless_lying_flat", "breathless_on_exertion"),
    ],
)
def test_a_function_fine_in_a_setting_does_not_deny_the_next_item(
    text: str, fine_id: str, said_id: str, knowledge_base: KnowledgeBase
) -> None:
    found = said(text, knowledge_base)
    assert found.get(fine_id) == "absent"
    assert found.get(said_id) == "present"


def test_a_denied_list_still_reaches_its_items(knowledge_base: KnowledgeBase) -> None:
    assert said("no fibrillations or fasciculations", knowledge_base).get("fasciculations") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I dont know, some days I just want to die",
        "Honestly I dont know, I've thought about ending it all",
    ],
)
def test_a_bare_opening_dont_know_does_not_doubt_what_follows(text: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I don't know if my legs are weak",
        "my legs are weak, I don't know",
        "I don't know, maybe my legs are weak",
    ],
)
def test_a_real_dont_know_still_doubts(text: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get("leg_weakness") == "uncertain"


def test_an_item_answered_yes_is_said_despite_a_doubt_elsewhere(knowledge_base: KnowledgeBase) -> None:
    found = said("for the nurse: cramps yes, twitching yes in my calves, crying spells - not sure", knowledge_base)
    assert found.get("muscle_cramps") == "present"
    assert found.get("fasciculations") == "present"


def test_an_answer_asked_back_stays_doubted(knowledge_base: KnowledgeBase) -> None:
    assert said("cramps - yes? hard to say", knowledge_base).get("muscle_cramps") == "uncertain"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("numb toes?? no", "absent"),
        ("numb toes??? nope.", "absent"),
        ("numb toes?? maybe", "uncertain"),
        ("numb toes?? yes", "present"),
    ],
)
def test_a_question_with_more_marks_is_answered_alike(text: str, expected: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get("numbness") == expected
