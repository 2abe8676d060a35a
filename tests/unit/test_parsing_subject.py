"""Whom each finding is about: the person being assessed, a blood relative, or someone else."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


def test_a_carer_writes_about_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "Mum keeps choking on drinks and her feet are numb"
    assert about_the_person_now(text, knowledge_base) == {"choking_on_liquids": "present", "numbness": "present"}


def test_he_alone_is_the_patient(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("He was diagnosed with ALS in May", knowledge_base) == {
        "known_als_diagnosis": "present"
    }


@pytest.mark.parametrize(
    "text",
    ["my uncle had MND, and I have twitching", "My uncle died of MND. I have twitching."],
)
def test_a_relatives_diagnosis_is_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    found = readings(text, knowledge_base)
    assert found["known_als_diagnosis"][1] == "family"
    assert about_the_person_now(text, knowledge_base) == {"family_history_als": "present", "fasciculations": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "my wife's brother has ALS, and I have twitching",
        "my step-dad has ALS, and I have twitching",
        "my father-in-law has MND, and I have twitching",
        "my friend's dad has ALS, and I have twitching",
    ],
)
def test_relatives_by_marriage_and_friends_are_not_family(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"fasciculations": "present"}


def test_someone_elses_symptoms_are_not_the_persons(knowledge_base: KnowledgeBase) -> None:
    text = "my wife has twitching all over but I'm the one with the numb feet"
    assert readings(text, knowledge_base)["fasciculations"][1] == "other"
    assert about_the_person_now(text, knowledge_base) == {"numbness": "present"}


def test_pets_are_never_the_patient(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my dog has twitching in his sleep", knowledge_base) == {}


def test_the_writer_can_say_whom_the_text_is_about(knowledge_base: KnowledgeBase) -> None:
    text = "I'm writing about my partner's dad, not my own health. he has slurred speech"
    assert about_the_person_now(text, knowledge_base) == {"slurred_speech": "present"}


def test_a_relative_who_died_is_never_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "Dad had ALS and died in 2015, his speech was slurred. I have twitching."
    assert about_the_person_now(text, knowledge_base) == {"family_history_als": "present", "fasciculations": "present"}


@pytest.mark.parametrize(
    "text",
    [
        # "husbands", "mums" before a noun are "husband's", "mum's": one person with "his"/"she" after.
        "my husbands calves are twitching and his grip is weak",
        "mums calves are twitching and she has a weak grip",
        # "like a horse" is a figure: "she" is still the one spoken of.
        "She eats like a horse, but her calves are twitching and she has a weak grip",
    ],
)
def test_one_person_across_a_possessive_and_a_pronoun(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"fasciculations": "present", "hand_weakness": "present"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer set apart: what was said of someone else is denied for the writer.
        (
            "My cousin has numb feet, but that's not me. My problem is twitching.",
            {"numbness": "absent", "fasciculations": "present"},
        ),
        ("My dog's legs twitch in his sleep; mine don't.", {"fasciculations": "absent"}),
    ],
)
def test_the_writer_set_apart(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place owned right after a finding says whose it is, over a relative named earlier in the clause.
        (
            "my sister had MND, so any twitching in my arms worries me",
            {"family_history_als": "present", "fasciculations": "present"},
        ),
        ("my husband noticed twitching in my back", {"fasciculations": "present"}),
        # "guy", "lady", … name a person after a determiner, and are mentioned in passing.
        ("a lady at my church with ALS, but my own calves are twitching", {"fasciculations": "present"}),
        ("hi guys, twitching in both calves", {"fasciculations": "present"}),
        # A pet as the object of an errand holds nothing.
        ("Dad has stopped walking the dog and has numb feet", {"numbness": "present"}),
        # "my 24 year old" names a child by their age, not the writer.
        ("my 24 year old has numb feet, and I have twitching calves", {"fasciculations": "present"}),
    ],
)
def test_whose_place_and_people_in_passing(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected
