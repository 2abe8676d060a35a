"""Precision, tenth session: symptom words said in another sense, or explained by what the text says with them."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


# --- a dribble of urine is no drooling ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When I go to the toilet it comes out in dribbles and takes forever.",
        "My prostate is playing up, the wee just dribbles out slowly.",
        "Since Friday my bladder leaks, a dribble every time I stand up.",
    ],
)
def test_a_dribble_of_urine_is_no_drooling(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "drooling" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I dribble on my pillow every night and the toilet trips are constant too.",
        "Dribbling out of the corner of my mouth, and I need the loo more often.",
        "Since the MND got worse he dribbles a lot.",
    ],
)
def test_a_dribble_of_saliva_is_still_drooling(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("drooling") == "present"


# --- pallor that is not the skin's --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The eye doctor said the optic disc at the back is pale.",
        "My eyesight has gone all washed out over the summer.",
        "The optometrist told me my optic nerves are a bit pale.",
        "Her lips have gone blue and she is gasping in her chair.",
        "I just feel washed out all the time.",
        "Been feeling shaky and washed out since the weekend.",
    ],
)
def test_pallor_of_sight_lips_or_feeling_is_not_pale_skin(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "pallor" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "My friends say I look washed out lately.",
        "I look pale as a ghost and my lips look pale too.",
        "He looks grey and tired all the time.",
    ],
)
def test_pale_skin_is_still_pallor(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("pallor") == "present"


def test_pale_skin_denied_beside_sight_is_still_denied(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("My vision is fine and I'm not pale.", knowledge_base).get("pallor") == "absent"


# --- weight lost after stomach surgery ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gastric bypass in 2016, lost six stone, now my toes burn.",
        "I had a sleeve gastrectomy two years ago and lost 40 kg, feet are numb lately.",
    ],
)
def test_weight_lost_after_stomach_surgery_is_the_operation(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("gastric_surgery") == "present"
    assert "weight_loss" not in found


def test_a_new_loss_after_stomach_surgery_is_still_weight_loss(knowledge_base: KnowledgeBase) -> None:
    text = "Gastric band years ago, but I'm losing weight again without trying."
    assert about_the_person_now(text, knowledge_base).get("weight_loss") == "present"


def test_weight_loss_without_surgery_is_still_read(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I've lost a stone since spring.", knowledge_base).get("weight_loss") == "present"


# --- a washed-out feeling is tiredness -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["I feel so washed out after work every day.", "Feeling washed out most days lately."])
def test_feeling_washed_out_is_fatigue(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("fatigue") == "present"
    assert "pallor" not in found


def test_not_feeling_washed_out_denies_fatigue_not_pallor(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I don't feel washed out at all, it's just my calves twitching.", knowledge_base)
    assert found.get("fatigue") == "absent"
    assert "pallor" not in found


# --- the relatives of people met through work or school -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My football coach's mum has MND and now my calves twitch.",
        "My calves twitch. My driving tutor's brother died of ALS.",
    ],
)
def test_a_relative_of_a_coach_or_tutor_is_no_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "family_history_als" not in found
    assert found.get("fasciculations") == "present"


def test_the_writers_own_relative_is_still_family_history(knowledge_base: KnowledgeBase) -> None:
    text = "I work as a teacher. My mum had MND and my calves twitch."
    assert about_the_person_now(text, knowledge_base).get("family_history_als") == "present"


# --- a dead limb beside its weakness is no numbness ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My right leg gave out under me and my right arm has gone dead as well, all of a sudden.",
        "My lower back is killing me and my legs feel like they belong to someone else, they keep giving way.",
    ],
)
def test_a_dead_limb_beside_its_weakness_is_no_numbness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "numbness" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "My legs are weak and my feet feel dead, I can't feel the floor.",
        "My hands go dead and tingly at night and my grip is weak.",
        "My feet feel like they belong to someone else.",
    ],
)
def test_a_dead_limb_with_a_feeling_word_is_still_numbness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("numbness") == "present"


# --- a cause the writer guesses at is no symptom ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "guessed"),
    [
        ("My calves ache after walking, probably just tiredness.", "fatigue"),
        ("Was that a faint? Might be the heat. Or could have just nodded off from boredom.", "morning_headache"),
        ("Some blurry spells this week, might be tiredness.", "fatigue"),
    ],
)
def test_a_guessed_cause_is_no_symptom(knowledge_base: KnowledgeBase, text: str, guessed: str) -> None:
    assert guessed not in about_the_person_now(text, knowledge_base)


def test_a_guessed_nodding_off_is_no_daytime_sleepiness(knowledge_base: KnowledgeBase) -> None:
    text = "Did I black out in the kitchen? Could have just nodded off standing up, no idea."
    assert "morning_headache" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I might be losing weight, my jeans feel looser.", "weight_loss"),
        ("Could this be tingling? My toes feel odd.", "tingling"),
        ("It might be drooling or it might be sweat on the pillow, I can't tell.", "drooling"),
    ],
)
def test_a_doubted_report_is_still_read(knowledge_base: KnowledgeBase, text: str, said: str) -> None:
    assert said in about_the_person_now(text, knowledge_base)


# --- a strange colour is no change of person --------------------------------------------------------------


def test_a_strange_colour_is_no_personality_change(knowledge_base: KnowledgeBase) -> None:
    text = "Over the summer he has turned a strange yellowish colour."
    assert "personality_change" not in about_the_person_now(text, knowledge_base)


def test_a_strange_person_is_still_a_personality_change(knowledge_base: KnowledgeBase) -> None:
    text = "My husband is strange lately, a different person, rude to everyone."
    assert about_the_person_now(text, knowledge_base).get("personality_change") == "present"


# --- a tuning fork's buzz, a wind-up toy, breathlessness at rest ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The nurse put a tuning fork on my ankle and I could barely feel it buzzing.",
        "She pressed the fork on my big toe and asked if I felt the vibration.",
    ],
)
def test_a_tuning_forks_buzz_is_no_tingling(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "tingling" not in found
    assert "fasciculations" not in found


def test_buzzing_feet_beside_a_fork_test_in_another_sentence_are_still_tingling(knowledge_base: KnowledgeBase) -> None:
    text = "They did the tuning fork test. My feet are buzzing all day."
    assert about_the_person_now(text, knowledge_base).get("tingling") == "present"


def test_a_wind_up_toy_is_no_breathlessness(knowledge_base: KnowledgeBase) -> None:
    assert "breathless_on_exertion" not in about_the_person_now("He walks like a wind-up toy.", knowledge_base)


def test_breathless_on_effort_alone_is_still_read(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I get out of breath on the stairs now.", knowledge_base)
    assert found.get("breathless_on_exertion") == "present"


# --- "because" ties an ordinary cause to a complaint ------------------------------------------------------------


def test_a_complaint_because_of_drink_is_explained(knowledge_base: KnowledgeBase) -> None:
    text = "My speech was slurred last night because I'd had a few pints, otherwise just cramps."
    found = about_the_person_now(text, knowledge_base)
    assert "slurred_speech" not in found
    assert found.get("muscle_cramps") == "present"


def test_a_complaint_not_because_of_drink_is_still_said(knowledge_base: KnowledgeBase) -> None:
    text = "My speech is slurred and it's not because of booze, I haven't touched a drop."
    assert about_the_person_now(text, knowledge_base).get("slurred_speech") == "present"
