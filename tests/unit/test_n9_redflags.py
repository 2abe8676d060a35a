"""Red flags, ninth session: the words people use for a red flag, as classes, and what they must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, reading


@pytest.mark.parametrize(
    "text",
    [
        "my nephew does the gas, the laughing stuff, most nights and his toes are numb",
        "been using gas out of whipped cream canisters with mates",
        "they buy huge tanks of gas for parties and fill balloons",
    ],
)
def test_nitrous_oxide_named_by_its_street_forms(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "nitrous_oxide_use") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "had gas and air when my daughter was born and my feet have tingled since",
        "my tummy is full of gas after meals",
        "the boiler gas tank was checked last week",
    ],
)
def test_gas_that_is_not_nitrous_for_fun_says_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "nitrous_oxide_use") is None


@pytest.mark.parametrize(
    "text",
    [
        "I see faces in the curtains at night, I know they are not real",
        "I hear music playing that isn't real",
    ],
)
def test_a_hallucination_known_to_be_unreal_is_still_one(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "paranoia_psychosis") == "present"


def test_a_real_twitch_seen_is_no_hallucination(knowledge_base: KnowledgeBase) -> None:
    assert reading("I can see the twitching in my calf, it is real", knowledge_base, "paranoia_psychosis") is None


@pytest.mark.parametrize("text", ["I have bought the rope and hidden it in the shed", "got a noose ready"])
def test_the_means_obtained_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_a_skipping_rope_is_no_plan(knowledge_base: KnowledgeBase) -> None:
    assert reading("I bought a skipping rope to keep my legs strong", knowledge_base, "suicide_plan") is None


@pytest.mark.parametrize(
    "text",
    [
        "the thoughts visit most evenings, no plan though",
        "I get dark thoughts now and then but I have not planned anything",
        "Bad thoughts some nights. No plan.",
    ],
)
def test_thoughts_beside_a_denied_plan_are_suicidal_thoughts(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"
    assert reading(text, knowledge_base, "suicide_plan") == "absent"


def test_a_hint_beside_a_denied_plan_is_said_for_certain(knowledge_base: KnowledgeBase) -> None:
    text = "I feel such a burden on my family, though I have no plan to act on it"
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "no thoughts of hurting myself and no plan",
        "I don't get the thoughts and have no plan",
        "Not suicidal, no plan, the thoughts have gone",
    ],
)
def test_denied_thoughts_stay_denied_beside_a_denied_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicidal_thoughts") in ("absent", None)


@pytest.mark.parametrize(
    "text",
    [
        "my thoughts are foggy and I have no plan for the week",
        "the thoughts of a wheelchair scare me but we have no plan yet",
        "she has the thoughts but no plan",
        "I feel like a burden. No plans to go away this summer",
    ],
)
def test_a_plan_denied_about_something_else_says_no_thoughts(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicidal_thoughts") != "present"


def test_thoughts_gone_beside_a_denied_plan_are_not_current(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("the thoughts have cleared up now, no plan", knowledge_base)
    assert found.get("suicidal_thoughts") is None


@pytest.mark.parametrize(
    "text",
    ["she can't sleep flat any more", "he needs the bed raised at night now", "I have to sleep half sitting"],
)
def test_sleeping_propped_up_with_no_reason_asks_about_orthopnoea(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "breathless_lying_flat") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "she sleeps flat on one pillow and her breathing is fine",
        "I sleep half sitting but not because of my breathing",
        "I don't need the bed raised",
    ],
)
def test_sleeping_flat_or_a_denied_reason_is_no_orthopnoea(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "breathless_lying_flat") in ("absent", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my father lost bladder control on the bus", "present"),
        ("poor bowel control since the weekend", "present"),
        ("she can't hold the water any more", "present"),
        ("I have not lost bladder control", "absent"),
    ],
)
def test_bladder_control_lost_in_plain_words(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert reading(text, knowledge_base, "bladder_bowel_problems") == expected
