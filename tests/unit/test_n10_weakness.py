"""Weakness, where it is and how it began (tenth session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "no weakness in my face at all, the twitch is by my eye",
        "I have a twitch in my cheek. There is no weakness in the face.",
    ],
)
def test_weakness_denied_of_a_place_that_is_no_limb_says_nothing_of_the_limbs(
    text: str, knowledge_base: KnowledgeBase
) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "hand_weakness" not in found
    assert "leg_weakness" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no weakness in my face or my hands", "hand_weakness"),
        ("no weakness anywhere", "leg_weakness"),
        ("no weakness, my cheek twitches", "hand_weakness"),
        ("no weakness in my legs", "leg_weakness"),
    ],
)
def test_weakness_denied_of_a_limb_or_nowhere_in_particular_stays_denied(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "since the nitrous my legs go all wobbly once the lights are off",
        "her legs are wobbly in the dark and her feet are numb",
    ],
)
def test_legs_wobbly_in_the_dark_are_unsteadiness_not_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("unsteady_in_dark") == "present"
    assert "leg_weakness" not in found


def test_legs_weak_as_well_as_wobbly_in_the_dark_stay_weak(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my legs are weak and go wobbly in the dark", knowledge_base)
    assert found.get("leg_weakness") == "present"
    assert found.get("unsteady_in_dark") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs work fine, it's my back that hurts", "leg_weakness"),
        ("both hands are working normally, just the odd twitch", "hand_weakness"),
        ("my grandad is still strong as an ox", "leg_weakness"),
        ("cramps since the new programme but my strength is going up every week", "leg_weakness"),
    ],
)
def test_limbs_said_to_work_or_strength_rising_is_no_weakness(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs don't work fine any more", "leg_weakness"),
        ("my hands are not working normally, I can't hold a cup", "hand_weakness"),
    ],
)
def test_limbs_not_working_are_not_denied(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) != "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I keep checking my calf and it looks the same as the other side",
        "my thumb muscle twitches but side by side both hands look identical, the same as each other",
    ],
)
def test_a_muscle_that_looks_the_same_as_its_twin_is_not_wasting(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("muscle_wasting") == "absent"


def test_a_muscle_thinner_than_its_twin_is_still_wasting(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my left calf has got thinner, the right looks the same as before", knowledge_base)
    assert found.get("muscle_wasting") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I need pads now because I can't hold on long enough to get to the top of the stairs",
        "I can't be certain what made me trip on the stairs",
    ],
)
def test_an_inability_far_from_the_stairs_is_not_the_legs(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize("text", ["I can't get up the stairs any more", "she can barely manage the stairs"])
def test_an_inability_on_the_stairs_is_leg_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my left hand grip went first, now the right grip is going too",
        "his right arm has got thinner and weaker since the spring",
    ],
)
def test_one_sided_start_told_with_grip_or_a_thinner_weaker_arm(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("asymmetric_onset") == "present"
    assert found.get("hand_weakness") == "present"


def test_numbness_that_started_on_one_side_is_no_one_sided_weakness(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my right foot went numb first, now the left one", knowledge_base)
    assert "asymmetric_onset" not in found


def test_a_flat_someone_lives_in_is_no_wasting(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my calves ache by the time I get back up to our flat", knowledge_base)
    assert "muscle_wasting" not in found


def test_a_muscle_gone_flat_is_still_wasting(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("the muscle by my thumb has gone flat", knowledge_base)
    assert found.get("muscle_wasting") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "some mornings I can barely get out of bed, I'm so drained",
        "I can't get out of the house much since the divorce",
    ],
)
def test_not_getting_out_of_bed_or_the_house_is_no_leg_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize("text", ["he can hardly get out of his chair now", "I can't get out of the bath on my own"])
def test_not_getting_out_of_a_chair_or_the_bath_is_leg_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "her legs were fine on Tuesday and by the weekend she needed a frame",
        "my hands, which were okay, now drop everything",
        "my legs were normal until last month",
    ],
)
def test_a_limb_fine_only_before_a_change_is_not_denied_now(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("leg_weakness") != "absent"
    assert found.get("hand_weakness") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs are fine now, I can still run", "leg_weakness"),
        ("my hands were fine when the nurse tested them", "hand_weakness"),
        ("my grip is the same both sides", "hand_weakness"),
    ],
)
def test_a_limb_fine_now_or_when_tested_stays_denied(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_a_grip_not_the_same_on_both_sides_is_not_denied(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my left grip isn't the same as the other side", knowledge_base)
    assert found.get("hand_weakness") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id", "assertion"),
    [
        ("Cramps? yes. Weakness? Mostly in my hands.", "hand_weakness", "present"),
        ("Weakness: a little in the left leg", "leg_weakness", "present"),
        ("Weakness? Not in my legs anyway.", "leg_weakness", "absent"),
        ("Weakness? maybe, my arms feel odd", "hand_weakness", "uncertain"),
    ],
)
def test_a_weakness_heading_answered_with_a_limb_is_that_limb(
    text: str, evidence_id: str, assertion: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == assertion


def test_weakness_said_in_passing_before_a_colon_is_no_heading(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I worry about weakness: my hands tingle at night", knowledge_base)
    assert "hand_weakness" not in found
