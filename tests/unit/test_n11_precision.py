"""Precision and denials (eleventh session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my hand felt clumsy on the keyboard yesterday, but I was also very sleepy", "hand_weakness"),
        ("the vision is a bit fuzzy in both eyes but I'm also due new glasses", "vision_loss"),
        ("my fingers tingle but it's also freezing in here", "tingling"),
    ],
)
def test_another_cause_conceded_with_also_doubts_the_finding(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs are weak but I'm also having trouble with my hands", "leg_weakness"),
        ("my legs are weak but I'm also numb in my feet", "leg_weakness"),
        ("my hands are weak, but I'm also really worried about it", "hand_weakness"),
        ("my calves twitch but I also get cramps", "fasciculations"),
    ],
)
def test_also_beside_a_new_complaint_or_a_fear_doubts_nothing(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I don't think my grip is weaker, but my husband says I drop things", "hand_weakness"),
        ("I don't think I've passed out, but honestly I can't tell what happened", "fainting"),
        ("i dont think my foot drags but sometimes it catches on steps", "foot_drop"),
    ],
)
def test_a_half_believed_denial_set_against_others_or_sometimes_is_doubted(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I don't think my legs are weak, but my feet are numb", "leg_weakness"),
        ("I don't think my hands are weak, but I'm scared", "hand_weakness"),
        ("I don't think my speech is slurred. My wife says it is though", "slurred_speech"),
    ],
)
def test_a_half_believed_denial_stays_without_a_dispute_in_its_sentence(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My calves cramped a lot last month. No cramps now.", "muscle_cramps"),
        ("I had tingling in my hands in the summer. No tingling at the moment.", "tingling"),
        ("My arm twitched all through the spring. No twitching any more.", "fasciculations"),
    ],
)
def test_a_later_denial_now_says_the_symptom_went_away(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I get cramps in my feet. No cramps today though.", "muscle_cramps"),
        ("I had tingling in my hands in the summer. No tingling in my feet now.", "tingling"),
        ("My feet are numb. No numbness now, it comes and goes.", "numbness"),
        ("My legs twitch. No twitching in my arms now and then.", "fasciculations"),
    ],
)
def test_a_denial_of_a_good_day_or_another_place_leaves_the_symptom(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no cramps, no numbness, twitching only", "fasciculations"),
        ("no pain, no weakness, tingling only. feet fine", "tingling"),
    ],
)
def test_an_item_said_only_ends_a_denied_list(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_only_before_what_is_said_still_ends_the_list_after_the_denied(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no weakness or wasting only twitching", knowledge_base)
    assert found.get("muscle_wasting") == "absent"
    assert found.get("fasciculations") == "present"


def test_a_report_not_noticed_is_doubted_and_denies_nothing_before_it(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I have MND and my wife says I've gone moody, I don't notice it", knowledge_base)
    assert found.get("known_als_diagnosis") == "present"
    found = about_the_person_now("I have twitching. My son says I'm slurring but I don't notice it", knowledge_base)
    assert found.get("slurred_speech") == "uncertain"
    assert found.get("fasciculations") == "present"


def test_not_noticing_with_no_report_still_denies(knowledge_base: KnowledgeBase) -> None:
    assert (
        about_the_person_now("Eyelid twitching? I don't notice it", knowledge_base).get("eyelid_twitching") == "absent"
    )


@pytest.mark.parametrize(
    "text",
    ["I was diagnosed with MND last year but I'm also a mum of three", "I've got ALS, but I'm also still working"],
)
def test_a_conceded_cause_never_doubts_a_diagnosis(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("known_als_diagnosis") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [("numbness around bottom or groin - no", "saddle_numbness"), ("tingling or burning no", "tingling")],
)
def test_a_bare_no_after_an_item_with_its_alternative_denies_it(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_no_after_an_alternative_with_its_own_verb_or_no_matter_denies_nothing(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my feet tingle or my hands no", knowledge_base).get("tingling") == "present"
    assert (
        about_the_person_now("my legs are weak or wobbly no matter what", knowledge_base).get("leg_weakness")
        == "present"
    )
