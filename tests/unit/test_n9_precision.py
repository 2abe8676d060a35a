"""Precision, ninth session: a worry or belief that the text itself corrects is no symptom (beliefs.py)."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now

# A worry corrected by a check later in the text


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        (
            "I was worried my legs were getting weak, but the physio tested them and my strength is normal.",
            "leg_weakness",
        ),
        ("Convinced my grip was failing last night. Grip is fine when I squeeze a ball.", "hand_weakness"),
        ("Is this what slurred speech sounds like? My speech is clear when I record it.", "slurred_speech"),
    ],
)
def test_a_worry_said_fine_later_is_absent(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # No worry: a symptom and a normal exam both stand, and the symptom is what the person has.
        ("My legs feel weak on the stairs. The doctor says my strength is normal.", "leg_weakness"),
        # The later denial is at another place.
        ("I'm scared because my calves twitch all day. No twitching in my arms.", "fasciculations"),
    ],
)
def test_a_symptom_without_a_corrected_worry_stays(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


# A belief taken back in its sentence


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I thought my thigh was twitching but it was the washing machine shaking the floor.", "fasciculations"),
        ("The numb feet I was sure I had turned out to be nothing at all.", "numbness"),
    ],
)
def test_a_belief_taken_back_is_absent(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # The belief was about a cause, not about having the symptom.
        ("I thought the twitching was harmless, it wasn't, my EMG showed denervation.", "fasciculations"),
        # Another clause's symptom is not taken back with it.
        ("My feet are numb, but the weak hands I thought I had turned out to be nothing.", "numbness"),
    ],
)
def test_a_symptom_beside_a_belief_taken_back_stays(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_red_flag_is_never_taken_back_by_a_belief(knowledge_base: KnowledgeBase) -> None:
    text = "I thought I was choking on water but it was the bubbles. My swallowing is fine though?"
    assert about_the_person_now(text, knowledge_base).get("choking_on_liquids") != "absent"


# A risk made safe: a vegan diet with B12 taken regularly (the evidence's question: "without taking B12 tablets")


@pytest.mark.parametrize(
    "text",
    [
        "Plant-based for six years, and I use B12 drops daily.",
        "I don't eat meat or dairy but I'm taking a vitamin B12 supplement every day.",
    ],
)
def test_a_vegan_diet_with_b12_taken_regularly_is_absent(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm vegan and I've only just started taking B12 tablets after my feet went numb.",
        "Vegan for ten years and I don't take any B12 tablets.",
        "Vegan since uni, I forget my B12 tablets most weeks.",
    ],
)
def test_a_vegan_diet_without_steady_b12_stays(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") == "present"


def test_a_supplement_with_no_diet_said_says_nothing_of_the_diet(knowledge_base: KnowledgeBase) -> None:
    assert "vegan_diet" not in about_the_person_now("I take vitamin B12 tablets for my energy.", knowledge_base)


# A test result said normal beside it, in one sentence


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("The blood test showed big red cells, haemoglobin normal.", "macrocytic_anaemia"),
        ("Saw the word denervation on the letter and panicked, but the EMG itself was normal.", "emg_denervation"),
    ],
)
def test_a_result_said_normal_beside_it_is_absent(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_a_result_and_a_normal_word_in_another_sentence_stay_apart(knowledge_base: KnowledgeBase) -> None:
    text = "My MCV was 110. The GP said the rest of the blood count was normal."
    assert about_the_person_now(text, knowledge_base).get("macrocytic_anaemia") == "present"
