"""Red flags, ninth session: the words people use for a red flag, as classes, and what they must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


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
