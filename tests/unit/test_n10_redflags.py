"""Red flags, tenth session: clinical patterns people describe by what happens, and what those words must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


@pytest.mark.parametrize(
    "text",
    [
        "I've had a stiff sore neck since the summer. Over the last ten days my legs have got weaker and weaker.",
        "Arthritis in my neck for ages. This week my legs went weak and I can barely walk.",
    ],
)
def test_neck_pain_with_legs_weakening_fast_is_spinal_pain_with_weakness(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "back_pain_with_leg_weakness") == "present"


def test_neck_pain_with_legs_stiff_for_a_year_is_not_the_red_flag(knowledge_base: KnowledgeBase) -> None:
    text = "My neck has ached for years. My legs have slowly got weaker over the past year."
    assert reading(text, knowledge_base, "back_pain_with_leg_weakness") is None


@pytest.mark.parametrize(
    "text",
    ["my right eye went totally dark while I was reading", "the left eye turned grey and stayed that way"],
)
def test_one_eye_gone_dark_is_sudden_loss_of_sight_in_it(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "sudden_vision_loss_one_eye") == "present"


@pytest.mark.parametrize(
    "text",
    ["when I stand up quickly my eyes go black for a second", "I got a black eye playing rugby"],
)
def test_both_eyes_going_dark_on_standing_or_a_bruise_is_no_loss_of_sight(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "sudden_vision_loss_one_eye") is None


@pytest.mark.parametrize(
    "text",
    [
        "Gran keeps accusing the carers of taking her purse",
        "he accused my brother of trying to poison him",
        "she has paranoid delusions about the neighbours",
        "Dad keeps seeing rats crawling on the bedroom wall",
    ],
)
def test_persecutory_beliefs_and_creatures_seen_are_psychosis(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "paranoia_psychosis") == "present"


@pytest.mark.parametrize(
    "text",
    ["my boss accused me of being lazy", "we saw rats in the garden by the bins", "I see spiders every autumn"],
)
def test_ordinary_accusations_and_real_animals_are_no_psychosis(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "paranoia_psychosis") is None
