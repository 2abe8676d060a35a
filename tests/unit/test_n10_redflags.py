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


@pytest.mark.parametrize(
    "text",
    [
        "I think about dying all the time and I've chosen a date, after the grandchildren visit",
        "I want to end my life and I keep the tablets hidden in my wardrobe",
    ],
)
def test_a_chosen_time_or_the_means_kept_beside_the_thoughts_is_a_plan(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_giving_things_away_beside_a_stash_of_tablets_is_a_plan(knowledge_base: KnowledgeBase) -> None:
    text = "He has been giving his records away to friends and he has a stash of sleeping pills."
    assert reading(text, knowledge_base, "suicide_plan") == "present"
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "We've picked a date for the wedding and I'm so happy, my legs just twitch a bit",
        "I keep my tablets in the drawer by the bed",
    ],
)
def test_a_date_or_tablets_with_no_thought_of_dying_is_no_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") is None


@pytest.mark.parametrize(
    "text",
    [
        "She has been hearing voices telling her to leave. It came on over about two weeks.",
        "My legs are weak and wobbly, it all came on over a couple of weeks",
    ],
)
def test_an_onset_spread_over_weeks_is_a_quick_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    ["The numbness came on over a few months", "The numbness came on over an hour this morning"],
)
def test_an_onset_over_months_or_an_hour_is_no_quick_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Mum is muddled and sleepy today. She has never been confused before.", "confusion"),
        ("I've never had a pain in my chest like this before", "chest_pain"),
    ],
)
def test_never_before_says_the_first_time_now(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    "text", ["I have never been confused", "never had numbness before this year, only tingling", "never fainted"]
)
def test_never_without_a_closing_before_still_denies(knowledge_base: KnowledgeBase, text: str) -> None:
    found = {
        evidence_id: reading(text, knowledge_base, evidence_id) for evidence_id in ("confusion", "numbness", "fainting")
    }
    assert "present" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "I have to sleep half sitting up now or I'm short of breath",
        "He needs the head of the bed raised these days. He wakes with a headache every morning.",
    ],
)
def test_sleeping_propped_up_for_breath_or_with_morning_headaches_is_orthopnoea(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "breathless_lying_flat") == "present"


@pytest.mark.parametrize(
    "text",
    ["Sleeping flat is no bother. I wake with headaches most mornings.", "I need the bed raised for my reflux"],
)
def test_sleeping_flat_fine_or_propped_for_reflux_is_not_read_as_orthopnoea(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert reading(text, knowledge_base, "breathless_lying_flat") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("a pressing feeling in the middle of my chest", "chest_pain"),
        ("at night when I lie down there is not enough air for me", "breathless_lying_flat"),
        ("he has had wet nights since the summer, never before", "bladder_bowel_problems"),
    ],
)
def test_plain_and_second_language_words_for_red_flags(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


def test_air_said_enough_lying_down_is_no_orthopnoea(knowledge_base: KnowledgeBase) -> None:
    assert reading("lying flat I have enough air, no problem", knowledge_base, "breathless_lying_flat") != "present"


def test_a_spell_back_to_normal_like_nothing_happened_is_a_brief_episode(knowledge_base: KnowledgeBase) -> None:
    text = "my arm went weak for ten minutes at lunch and then it was working like nothing had happened"
    assert reading(text, knowledge_base, "transient_episode") == "present"


def test_tablets_counted_out_beside_the_thoughts_are_a_plan(knowledge_base: KnowledgeBase) -> None:
    text = "I think about ending my life most nights, I have a box of old tablets in a drawer and I've counted them"
    assert reading(text, knowledge_base, "suicide_plan") == "present"
