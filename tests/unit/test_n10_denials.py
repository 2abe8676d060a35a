"""Denials, tenth session: what a denial reaches, and fine words that deny nothing now."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I wouldn't say I'm confused, just tired.", "confusion"),
        ("I would not describe my speech as slurred.", "slurred_speech"),
        ("I wouldn't call my legs weak.", "leg_weakness"),
    ],
)
def test_a_finding_judged_not_the_word_for_it_is_denied(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "My legs were fine until the summer, now they give way on the stairs.",
        "My legs were fine before Easter but now they are weak.",
        "Her legs were fine at the start of the month. By Friday she could not stand.",
        "My legs are fine until I walk a mile.",
    ],
)
def test_fine_before_a_change_is_no_denial_now(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") != "absent"


def test_fine_only_at_some_times_is_no_denial(knowledge_base: KnowledgeBase) -> None:
    text = "My balance is fine in the daytime but awful at night."
    assert about_the_person_now(text, knowledge_base).get("unsteady_in_dark") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My speech is fine but not my swallowing.", "slurred_speech"),
        ("My legs are fine. I walk the dog every day.", "leg_weakness"),
        ("My B12 was normal but my folate was low.", "low_b12_level"),
        ("My B12 was normal after the injections.", "low_b12_level"),
        ("The reflexes were normal. Now I just worry about the twitching.", "brisk_reflexes"),
    ],
)
def test_a_fine_word_with_no_change_after_it_still_denies(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Mum has never been this muddled and confused before.", "confusion"),
        ("He has never been so forgetful before.", "memory_problems"),
    ],
)
def test_never_been_so_before_is_a_first_time_not_a_denial(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Never had any cramps before or since.", "muscle_cramps"),
        ("I have never been diagnosed with diabetes before.", "diabetes"),
        ("I've never had a B12 deficiency before.", "low_b12_level"),
    ],
)
def test_never_before_of_a_past_or_a_diagnosis_still_denies(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_what_bothers_more_after_as_much_as_is_not_denied(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("The cramps don't worry me as much as the tiredness does.", knowledge_base)
    assert found.get("fatigue") == "present"


@pytest.mark.parametrize("text", ["No power loss in either leg.", "I have no strength problems in my legs."])
def test_a_denied_loss_of_power_is_no_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") != "present"


def test_a_site_restriction_at_the_start_is_none_now(knowledge_base: KnowledgeBase) -> None:
    text = "The twitching was only in my eyelid at first, it has spread to my arms."
    assert about_the_person_now(text, knowledge_base).get("fasciculations") != "absent"


def test_a_site_restriction_still_denies_elsewhere(knowledge_base: KnowledgeBase) -> None:
    text = "The twitching is only in my left eyelid, for about a week."
    assert about_the_person_now(text, knowledge_base).get("fasciculations") == "absent"


@pytest.mark.parametrize(
    "text",
    ["Scared stiff I'm going to start choking on my tea one day.", "I worry I'll lose my voice like the man on TV."],
)
def test_a_symptom_feared_to_come_is_not_said(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("choking_on_liquids") != "present"
    assert found.get("slurred_speech") != "present"


def test_a_future_plan_does_not_hide_a_symptom_said_after_it(knowledge_base: KnowledgeBase) -> None:
    text = "I'm going to start physio for my weak legs."
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text", ["I was sure my speech was slurred (it isn't, my wife says).", "I thought my speech was slurred, it isn't."]
)
def test_a_finding_taken_back_at_once_is_denied(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("slurred_speech") == "absent"


@pytest.mark.parametrize("text", ["My legs are weak, it isn't fair.", "My hands are numb, it isn't getting better."])
def test_it_isnt_with_more_words_takes_nothing_back(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "absent" not in found.values()


def test_a_fine_word_set_against_a_finding_by_but_does_not_deny_it(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My grip, but my legs are fine.", knowledge_base)
    assert found.get("hand_weakness") != "absent"
    assert found.get("leg_weakness") == "absent"


def test_a_limb_that_looks_normal_has_no_wasting_and_says_nothing_of_strength(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("Both my hands look normal to me.", knowledge_base)
    assert found.get("muscle_wasting") == "absent"
    assert "hand_weakness" not in found


def test_a_limb_said_fine_still_denies_its_weakness(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("My hands are fine.", knowledge_base).get("hand_weakness") == "absent"


def test_typing_said_fine_is_the_hands_task(knowledge_base: KnowledgeBase) -> None:
    text = "My forearm twitches but I can still type normally."
    assert about_the_person_now(text, knowledge_base).get("hand_weakness") == "absent"


def test_force_said_normal_is_strength(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("My arm jumps a lot. Force is normal.", knowledge_base).get("hand_weakness") == "absent"


def test_a_mood_called_euthymic_is_no_low_mood(knowledge_base: KnowledgeBase) -> None:
    text = "Reviewed today. Mood euthymic, sleeping well. Cramps in both calves."
    assert about_the_person_now(text, knowledge_base).get("low_mood") == "absent"
