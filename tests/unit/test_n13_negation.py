"""Denials and "normal" statements, thirteenth session: a chest said fine (not heard clear, nor felt fine), a face
said fine by its look, and a denial that stops at ", and my …" (a new subject)."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "My chest is fine, it's my feet that burn.",
        "Chest: ok. Feet: numb.",
        "chest is normal, only the cramps bother me",
    ],
)
def test_a_chest_said_fine_has_no_pain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("chest_pain") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "The nurse listened and my chest is clear.",
        "my chest feels ok, my hands tingle",
        "chest all clear on the x-ray, still tingling feet",
    ],
)
def test_a_chest_heard_clear_says_nothing_of_pain(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "chest_pain" not in about_the_person_now(text, knowledge_base)


def test_a_chest_said_fine_does_not_hide_a_pain_told_later(knowledge_base: KnowledgeBase) -> None:
    text = "My chest is fine at rest but a crushing pain in my chest comes on the stairs."
    assert about_the_person_now(text, knowledge_base).get("chest_pain") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My face looks symmetrical in photos.",
        "my face looks normal in the mirror, only my calf twitches",
        "my wife says my face is symmetrical, it's my thumb that twitches",
    ],
)
def test_a_face_said_fine_has_no_stroke_signs(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("stroke_signs") == "absent"


@pytest.mark.parametrize("text", ["My face feels fine, my toes tingle.", "face fine, toes numb"])
def test_a_face_not_said_fine_by_its_look_says_nothing_of_a_droop(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "stroke_signs" not in about_the_person_now(text, knowledge_base)


def test_a_face_said_fine_does_not_hide_a_sudden_weak_arm(knowledge_base: KnowledgeBase) -> None:
    text = "my face looks fine but my left arm suddenly went weak twenty minutes ago"
    assert about_the_person_now(text, knowledge_base).get("stroke_signs") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no cramps, and my face very white these days", "pallor"),
    ],
)
def test_a_denial_stops_at_and_with_a_new_subject(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_denied_list_still_runs_on_over_bare_items(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no cramps, twitching and weakness", knowledge_base)
    assert found.get("muscle_cramps") == found.get("fasciculations") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Are my thighs thinner? I'm not sure, and I've had no cramps at all.",
        "not sure, and no cramps either",
    ],
)
def test_a_bare_doubt_does_not_reach_a_denial_said_after_it(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("muscle_cramps") == "absent"


def test_a_bare_doubt_still_doubts_what_it_follows(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my legs feel weak, I'm not sure, and no cramps", knowledge_base)
    assert found.get("leg_weakness") == "uncertain"
    assert found.get("muscle_cramps") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Cranial nerves NAD. Sensation NAD. Power reduced in the left hand.",
        "Her sensory examination was entirely normal, but she has weak hands.",
        "sensory testing normal per the neuro",
    ],
)
def test_a_sensory_examination_said_normal_has_no_numbness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("numbness") == "absent"


def test_sensory_nerve_studies_said_normal_stay_the_studies(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("NCS: sensory studies normal. EMG showed denervation.", knowledge_base)
    assert "numbness" not in found
