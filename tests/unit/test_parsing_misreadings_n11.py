"""Seven misreadings, eleventh session: each a mechanism, with phrasings that change and phrasings that must not."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


# 1. Lying down with breathing said plainly fine.
@pytest.mark.parametrize(
    "text",
    [
        "When I lie down I get enough air, no problem.",
        "He sleeps flat on two pillows, no problem at all.",
        "I can lie flat and breathe, no problem.",
    ],
)
def test_lying_down_then_no_problem_is_a_denial(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("He is not able to breathe good in bed.", "breathless_at_rest"),
        ("I'm not able to swallow well these days.", "difficulty_swallowing"),
    ],
)
def test_not_able_to_before_a_fine_word_is_no_denial(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) != "absent"


def test_able_to_before_a_fine_word_is_still_fine(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("She is able to swallow fine.", knowledge_base).get("difficulty_swallowing") == "absent"


def test_air_got_plainly_lying_down_is_no_complaint(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("lying down I get enough air", knowledge_base).get("breathless_lying_flat") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "When I lie flat I can't get enough air.",
        "Lying down she has to fight to get air.",
        "I lie down and struggle to get enough air.",
        "When I lie down my chest fills up, no problem.",
        "When I lie down I get short of breath, no problem sitting up.",
        "I lie down and can't breathe, no problem in the day.",
    ],
)
def test_air_got_only_with_a_struggle_lying_down_stays_a_complaint(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") == "present"


# 2. "Chesty" is a cough with phlegm, not a fever.
@pytest.mark.parametrize(
    "text",
    [
        "He choked on a biscuit and now has a chesty cough.",
        "Since choking on my soup I've had a wet cough.",
    ],
)
def test_a_cough_with_phlegm_after_choking_is_only_a_hint(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("fever_after_choking") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I choke on tea most days and my chest feels tight.",
        "Choking on water again. Chest is clear and no fever.",
    ],
)
def test_the_chest_beside_choking_is_no_fever(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("fever_after_choking") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "She choked on her dinner on Friday and now she is hot and her chest rattles.",
        "I choked on some bread and since then I've had a fever.",
    ],
)
def test_a_fever_after_choking_is_still_read(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("fever_after_choking") == "present"


# 3. A relative's illness, named, and its course.
@pytest.mark.parametrize(
    "text",
    [
        "My mum's stroke was sudden. My toes tingle all the time.",
        "Grandad's stroke came on suddenly, so I worry. My hands have been numb for weeks.",
    ],
)
def test_a_relatives_stroke_and_its_course_are_theirs(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "sudden_onset" not in found
    assert "stroke_signs" not in found


def test_a_relatives_sudden_weakness_still_counts_for_them(knowledge_base: KnowledgeBase) -> None:
    found = readings("Mum's legs went weak suddenly and she can't lift her arm. My toes tingle.", knowledge_base)
    assert found["leg_weakness"][1] == "self"  # she holds more of the complaints: the text is about her


# 4. "from <time>" said in the present tense.
@pytest.mark.parametrize(
    "text",
    [
        "My right arm is weak from last summer.",
        "Her feet have been numb from two years ago.",
    ],
)
def test_a_start_after_from_in_the_present_tense_holds_now(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "present" in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "My arm was weak from last summer until the autumn.",
        "I had numb feet back in 2019.",
    ],
)
def test_a_span_that_ended_stays_past(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {}


# 5. "depressed" as a clinician's "reduced".
@pytest.mark.parametrize(
    "text", ["Knee jerks depressed on both sides.", "Depressed reflexes in the legs.", "Tone depressed, power 4/5."]
)
def test_a_sign_called_depressed_is_no_low_mood(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "low_mood" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text", ["I have been depressed since the summer.", "My knees ache and I feel so depressed about it."]
)
def test_a_person_who_is_depressed_still_has_low_mood(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("low_mood") == "present"


# 6. A deficit that came in minutes.
@pytest.mark.parametrize(
    "text",
    [
        "His left arm went weak in about 15 minutes.",
        "My feet went numb in like ten mins.",
        "her speech went slurred within a few minutes",
    ],
)
def test_a_deficit_that_came_in_minutes_is_a_sudden_onset(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_onset") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My feet go numb after 20 minutes of sitting.",
        "I walk to work in 20 minutes and my legs are weak.",
        "My hands went numb in 3 months.",
    ],
)
def test_minutes_that_are_no_onset_say_nothing_sudden(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "sudden_onset" not in about_the_person_now(text, knowledge_base)


# 7. "not that <state>" is a hedged denial.
@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Honestly I'm not that tired.", "fatigue"),
        ("My grip is not that weak really.", "hand_weakness"),
    ],
)
def test_not_that_before_a_state_is_a_denial(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_not_that_tired_but_keeps_what_follows(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I'm not that tired, but my legs are weak.", knowledge_base)
    assert found.get("fatigue") == "absent"
    assert found.get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Not that I know of, but my feet are numb.",
        "Not that long ago my feet went numb.",
        "Not that it matters, my feet are numb.",
    ],
)
def test_not_that_before_a_clause_denies_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("numbness") == "present"
