"""Red flags, seventh session: onsets and courses told by time words and changes of state, not phrases."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import reading


@pytest.mark.parametrize(
    "text",
    [
        "my left eye's gone cloudy overnight",
        "her arm went limp while she was making tea",
        "his face went droopy at lunchtime",
        "at nine he was fine, by lunchtime his leg was weak",
        "mum just now can't lift her left arm",
    ],
)
def test_a_change_into_a_deficit_at_a_time_of_day_is_a_sudden_onset(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "sudden_onset") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I just now read about ALS and my hands are weak",
        "my legs are weak right now",
        "the numbness had gone within the hour",
        "I went to the GP this morning about my numb feet",
    ],
)
def test_a_time_of_day_without_a_change_says_no_sudden_onset(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "sudden_onset") is None


@pytest.mark.parametrize(
    "text",
    [
        "she was fine on Tuesday. By Sunday she couldn't get out of bed",
        "on Wednesday the tingling was in my toes and by Saturday it's spread up to my hips",
        "the pins and needles spread from my ankles to my thighs in a week",
        "hands numb 3 wks ago, now it's up to my elbows",
        "his legs went weak over a couple of weeks, now he can barely stand",
        "my grip got bad quickly over the past week",
    ],
)
def test_a_change_told_across_days_is_a_rapid_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") == "present"


def test_an_appointment_by_a_day_is_no_course(knowledge_base: KnowledgeBase) -> None:
    text = "I see the neurologist on Monday and should have results by Friday, my feet are numb"
    assert reading(text, knowledge_base, "rapid_progression") is None


@pytest.mark.parametrize(
    "text",
    [
        "I was diagnosed with MND in June and I've started thinking about Switzerland",
        "lately I keep thinking about Dignitas",
    ],
)
def test_an_assisted_death_thought_of_is_a_suicidal_thought(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


def test_switzerland_without_the_diagnosis_is_a_place(knowledge_base: KnowledgeBase) -> None:
    assert reading("we're thinking about Switzerland for the summer", knowledge_base, "suicidal_thoughts") is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("whenever he lies back his chest sounds like it's filling with water", "breathless_lying_flat"),
        ("cant get my breath layin down", "breathless_lying_flat"),
        ("she's panting even sitting in her chair doing nothing", "breathless_at_rest"),
    ],
)
def test_breathing_red_flags_in_everyday_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my nose fills up when I lie down with this cold", "breathless_lying_flat"),
        ("I'm out of breath after the stairs but fine sitting still", "breathless_at_rest"),
    ],
)
def test_a_cold_or_effort_is_no_breathing_red_flag(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("all of a sudden his left leg went dead weight", "stroke_signs"),
        ("the sight in my right eye has just cut out", "sudden_vision_loss_one_eye"),
        ("he sleeps in his armchair now, he can't get his breath in bed", "breathless_lying_flat"),
        ("ten days ago she was dancing, now she needs a frame", "rapid_progression"),
        ("my right hand went numb at 4pm", "sudden_onset"),
        ("some nights I think about crashing the car on purpose", "suicidal_thoughts"),
    ],
)
def test_red_flags_told_by_what_happens(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my phone switched off at 3pm", "sudden_onset"),
        ("he was walking in front of me and I tripped", "suicidal_thoughts"),
    ],
)
def test_everyday_things_that_switch_off_or_walk_are_no_red_flag(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("in the space of a week she couldn't stand", "rapid_progression"),
        ("the doctor says it's progressing rapidly", "rapid_progression"),
        ("it started abruptly on Sunday evening", "sudden_onset"),
        ("whenever I get into bed I can't get enough air", "breathless_lying_flat"),
        ("dad is weak all down his whole left side", "stroke_signs"),
        ("all of a sudden he lost the use of his right hand", "stroke_signs"),
        ("we've been cracking balloons most weekends", "nitrous_oxide_use"),
    ],
)
def test_more_everyday_wordings_of_red_flags(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the cramps came on once a week", "sudden_onset"),
        ("numb down the right side of my calf", "stroke_signs"),
    ],
)
def test_near_misses_of_the_wider_wordings(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I've not been able to pass water properly since Tuesday", "bladder_bowel_problems"),
        ("he choked on his porridge and since then he's been hot and cold", "fever_after_choking"),
        ("after coughing on her tea she's had sweats and a wet cough", "fever_after_choking"),
        ("I collapsed in the hallway and can't remember any of it", "fainting"),
    ],
)
def test_inabilities_fevers_and_faints_in_plain_words(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


def test_the_chills_of_a_film_are_no_fever(knowledge_base: KnowledgeBase) -> None:
    text = "I choked on a sweet once as a kid, and I get the chills watching horror films"
    assert reading(text, knowledge_base, "fever_after_choking") is None
