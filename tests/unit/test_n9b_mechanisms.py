"""Mechanism bugs, ninth session: what a denial reaches, whose a finding is and when, and words that only look
like a finding."""

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
        ("My toes never go numb, even in the cold.", "numbness"),
        ("I never go unsteady in the dark.", "unsteady_in_dark"),
    ],
)
def test_never_going_into_a_state_denies_it(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "The numbness in my toes never goes away.",
        "The numbness never really goes.",
        "My toes are numb, it never goes off.",
    ],
)
def test_a_symptom_that_never_goes_is_present(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


@pytest.mark.parametrize("text", ["No twitching, my mood is down.", "No cramps at all, my mood has been really down."])
def test_a_list_denial_stops_at_an_item_with_a_verb_between_its_words(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["low_mood"] == "present"


def test_a_list_denial_still_reaches_a_bare_item(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("No cramps or low mood.", knowledge_base)["low_mood"] == "absent"


@pytest.mark.parametrize(
    "text", ["I'm not just tired, my arms are weak as well.", "It is not only that I'm exhausted, my feet are numb."]
)
def test_not_just_affirms_what_follows(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["fatigue"] == "present"


@pytest.mark.parametrize(
    "text", ["My legs are not as strong as they were last year.", "My grip is not as strong as it was a month ago."]
)
def test_an_as_comparison_with_a_date_is_now(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "present" in found.values()


@pytest.mark.parametrize(
    "text", ["I topped up with gas at the gas station.", "We filled the car with gas before the long drive."]
)
def test_fuel_gas_is_no_laughing_gas(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("nitrous_oxide_use") != "present"


def test_laughing_gas_is_still_read(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I was on the gas most weekends.", knowledge_base)["nitrous_oxide_use"] == "present"


@pytest.mark.parametrize(
    "text", ["I had the thoughts two years ago but never planned anything.", "I gave up the balloons a year ago."]
)
def test_a_date_two_words_after_the_is_past(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "suicidal_thoughts" not in found
    assert found.get("nitrous_oxide_use") != "present"


def test_the_last_year_still_reaches_now(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I have had cramps for the last year.", knowledge_base)["muscle_cramps"] == "present"


@pytest.mark.parametrize(
    "text", ["I keep seeing a dog in the hall, I know it isn't real.", "At night I hear a cat that is not there."]
)
def test_an_animal_seen_or_heard_is_not_whose_the_finding_is(knowledge_base: KnowledgeBase, text: str) -> None:
    from tests.parse_corpus.mechanism_kb import readings

    subjects = {subject for _, subject, _ in readings(text, knowledge_base).values()}
    assert "other" not in subjects


def test_can_no_longer_is_an_ability_lost_now(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My husband can no longer sleep flat.", knowledge_base)
    assert found["breathless_lying_flat"] == "uncertain"


def test_a_raised_bed_head_is_asked_about(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("We put blocks under the head of the bed this month.", knowledge_base)
    assert found["breathless_lying_flat"] == "uncertain"


def test_a_symptom_no_longer_there_is_over(knowledge_base: KnowledgeBase) -> None:
    assert "tingling" not in about_the_person_now("The tingling is no longer there.", knowledge_base)


def test_a_date_that_belongs_to_the_diet_does_not_undo_the_supplement(knowledge_base: KnowledgeBase) -> None:
    text = "I turned vegan two years ago and take B12 tablets daily."
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") != "present"


def test_a_supplement_just_started_leaves_the_diet_a_risk(knowledge_base: KnowledgeBase) -> None:
    text = "I have been vegan for years and began B12 tablets two weeks ago."
    assert about_the_person_now(text, knowledge_base)["vegan_diet"] == "present"


def test_a_supplement_given_up_leaves_the_diet(knowledge_base: KnowledgeBase) -> None:
    text = "I went vegan three years ago and I stopped my B12 spray last month."
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") != "absent"


def test_a_diet_given_up_is_absent(knowledge_base: KnowledgeBase) -> None:
    text = "I was vegan for ten years but stopped last summer."
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") == "absent"


def test_a_mood_said_flat_or_down_is_low_mood_and_its_denial_is_not(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("no cramps, and my mood has been flat", knowledge_base) == {
        "muscle_cramps": "absent",
        "low_mood": "present",
    }
    assert about_the_person_now("my mood hasn't been down at all", knowledge_base) == {"low_mood": "absent"}


def test_the_head_of_a_bed_is_not_a_head_dropping(knowledge_base: KnowledgeBase) -> None:
    assert "head_drop" not in about_the_person_now("we had to raise the head of her bed", knowledge_base)
    assert about_the_person_now("his head flops forward all day", knowledge_base).get("head_drop") == "present"
