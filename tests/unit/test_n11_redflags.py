"""Red flags, eleventh session: mechanisms that kept a warning sign from being read, and what they must not read."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


@pytest.mark.parametrize(
    "text",
    [
        "Drinks go down the wrong way most days now. Not sure any of it is related.",
        "I cough on my tea most days. Not sure if that's connected to anything.",
        "Soup keeps going down the wrong way. no idea if it's linked",
    ],
)
def test_a_doubt_about_a_link_leaves_the_warning_sign_said(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "choking_on_liquids") == "present"


def test_a_doubt_about_what_happened_still_doubts_it(knowledge_base: KnowledgeBase) -> None:
    text = "Drinks go down the wrong way most days now. Not sure that's real."
    assert reading(text, knowledge_base, "choking_on_liquids") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've been stockpiling my painkillers, if it turns out to be MND I'm done",
        "she's been saving up her sleeping pills so if the diagnosis is bad she can end it",
    ],
)
def test_means_gathered_for_a_feared_result_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I'm saving my B12 tablets for the holiday",
        "I take my pills if my back gets worse",
    ],
)
def test_tablets_kept_for_an_ordinary_reason_are_no_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "the tops of her inner legs have gone numb since the weekend",
        "wiping feels like nothing, I can't tell if the paper touched me",
        "my privates feel no sensation since Monday",
    ],
)
def test_the_saddle_told_by_its_places_and_feeling_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "saddle_numbness") == "present"


@pytest.mark.parametrize("text", ["no numbness in the groin, no sensation loss", "my inner legs ache after riding"])
def test_a_saddle_denied_or_only_aching_is_not_numb(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "saddle_numbness") != "present"


def test_medication_kept_at_hand_beside_the_wish_to_die_is_a_plan(knowledge_base: KnowledgeBase) -> None:
    text = "Some days I want to die, and my medication is hidden in the drawer for it"
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_not_able_to_breathe_well_is_no_breathing_said_fine(knowledge_base: KnowledgeBase) -> None:
    text = "He is not able to breathe good when he sits in his chair"
    assert reading(text, knowledge_base, "breathless_at_rest") != "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Without warning my legs gave way and my lower back is agony",
        "it came on with no warning, my legs are weak, my back hurts",
    ],
)
def test_without_warning_tells_how_it_came_and_denies_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "back_pain_with_leg_weakness") == "present"


def test_a_back_denied_beside_weak_legs_stays_denied(knowledge_base: KnowledgeBase) -> None:
    assert reading("my legs are weak without any back pain", knowledge_base, "back_pain_with_leg_weakness") == "absent"


def test_a_drink_that_goes_in_the_lungs_is_choking(knowledge_base: KnowledgeBase) -> None:
    assert reading("every time I drink juice it goes in my lungs", knowledge_base, "choking_on_liquids") == "present"


def test_no_breath_sleeping_on_the_back_is_breathless_lying_flat(knowledge_base: KnowledgeBase) -> None:
    text = "when I sleep on back I cannot breathe"
    assert reading(text, knowledge_base, "breathless_lying_flat") == "present"


def test_water_in_the_lungs_is_no_choking(knowledge_base: KnowledgeBase) -> None:
    assert reading("the doctor said I have water in my lungs", knowledge_base, "choking_on_liquids") is None


@pytest.mark.parametrize(
    "text",
    [
        "a curtain came over my left eye for ten minutes and lifted by itself",
        "my left eye goes dark for a few minutes then comes back",
        "my arm went weak for about half an hour, then it just stopped",
    ],
)
def test_a_deficit_for_minutes_that_stopped_or_lifted_is_a_brief_episode(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "transient_episode") == "present"


def test_sight_greying_for_seconds_on_standing_is_no_brief_episode(knowledge_base: KnowledgeBase) -> None:
    text = "my eyes go black for a second when I stand up, then come back"
    assert reading(text, knowledge_base, "transient_episode") is None
