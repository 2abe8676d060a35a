"""Who and when, fourth round: carers' messages and long posts that mix the patient's findings with other people's,
and time words that do not place a finding in the past."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


# Who


def test_she_stands_for_the_last_woman_named_not_the_last_person(knowledge_base: KnowledgeBase) -> None:
    text = "Gran keeps forgetting things and asks for my grandad all day, then says her feet are numb."
    assert readings(text, knowledge_base)["numbness"][1] == "self"


def test_a_speaker_no_one_was_named_for_is_a_clinician(knowledge_base: KnowledgeBase) -> None:
    text = "Reflexes at the knee were brisk, she said, and balance was normal. My calves still twitch."
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "present"
    assert found["brisk_reflexes"] == "present"


def test_the_writer_as_someones_husband_is_not_another_person(knowledge_base: KnowledgeBase) -> None:
    text = "My partner's the one with ALS and I'm her husband. She coughs on every drink now."
    found = about_the_person_now(text, knowledge_base)
    assert found["known_als_diagnosis"] == "present"
    assert found["choking_on_liquids"] == "present"


@pytest.mark.parametrize(
    "text",
    ["My father is an MND patient and he chokes on water now.", "My aunt, a diabetic patient, has burning soles."],
)
def test_a_patient_described_is_not_the_writer(knowledge_base: KnowledgeBase, text: str) -> None:
    assert all(subject == "self" for _, subject, _ in readings(text, knowledge_base).values())


def test_a_noted_patient_is_who_she_stands_for(knowledge_base: KnowledgeBase) -> None:
    text = "Mrs K was drowsy this afternoon and coughing after her drinks. She has motor neurone disease."
    assert about_the_person_now(text, knowledge_base)["known_als_diagnosis"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Grandpa had a dizzy spell, it passed within minutes, and now his hands shake.",
        "Since Monday she hasn't passed any urine and her legs are weak.",
    ],
)
def test_passed_said_of_a_spell_or_urine_is_no_death(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base)  # someone who died is never the patient: here they are
    assert any(subject == "self" for _, subject, _ in readings(text, knowledge_base).values())


def test_a_word_of_address_is_no_person(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("knackered all week mate, and my hands are tingling", knowledge_base) == {
        "fatigue": "present",
        "tingling": "present",
    }


def test_a_pet_laughed_at_is_not_the_holder(knowledge_base: KnowledgeBase) -> None:
    text = "I giggle at the cat a lot, but not the uncontrollable laughing kind"
    assert about_the_person_now(text, knowledge_base).get("pseudobulbar_affect") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "My aunt by marriage had MND. My thighs twitch.",
        "My cousin had ALS, though we are not related by blood. My thighs twitch.",
        "My brother-in-law's ALS worries me. My thighs twitch.",
    ],
)
def test_a_relative_by_marriage_gives_no_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "present"
    assert "family_history_als" not in found


def test_kin_words_of_other_languages(knowledge_base: KnowledgeBase) -> None:
    text = "My lola was diagnosed with ALS, so I worry about my twitching thumb."
    assert about_the_person_now(text, knowledge_base)["family_history_als"] == "present"


def test_the_one_with_it_not_me(knowledge_base: KnowledgeBase) -> None:
    text = "My brother is the one with the drinking problem, not me. My feet burn at night."
    assert readings(text, knowledge_base)["tingling"][1] == "self"


def test_the_writer_s_own_problem_outranks_a_worry_for_a_friend(knowledge_base: KnowledgeBase) -> None:
    text = "My neighbour tripped and fell last week and I'm worried about him. My own problem is numb toes."
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


def test_a_writer_who_never_speaks_of_themselves_writes_about_the_person_named(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my father has been on omeprazole for years", knowledge_base) == {
        "acid_reducer_use": "present"
    }
    # but not about a relative whose only finding is a diagnosis, nor one the writer sets apart
    assert "known_als_diagnosis" not in about_the_person_now("my father has MND", knowledge_base)
    assert about_the_person_now("my wife is on metformin, not me", knowledge_base).get("metformin_use") != "present"
