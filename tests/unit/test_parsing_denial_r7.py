"""What a denial reaches: the evidence it names, not every evidence that shares a word or a body part."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "there is no twitching anywhere on me",
        "my eyelid flutters now and then, nothing anywhere else",
        "only the left lower lid jumps, nowhere else",
        "I've felt no twitching whatsoever",
    ],
)
def test_a_region_denial_leaves_a_site_of_its_own_unsaid(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("fasciculations") == "absent"
    assert "tongue_twitching_wasting" not in found


def test_a_site_named_after_a_region_denial_is_denied(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no twitching anywhere, not even around my eyes", knowledge_base)
    assert found["eyelid_twitching"] == "absent"
    assert "tongue_twitching_wasting" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I have never had any sudden weakness, it crept up",
        "there was no abrupt weakness at any point",
        "she's had no weak spells",
    ],
)
def test_a_denied_sudden_event_or_spell_says_nothing_of_the_symptom(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "hand_weakness" not in found
    assert "leg_weakness" not in found


def test_a_denied_sudden_event_carries_its_list_on(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("never any sudden weakness or a drooping face", knowledge_base)
    assert found["sudden_onset"] == "absent"
    assert found["stroke_signs"] == "absent"
    assert "hand_weakness" not in found


def test_a_plain_denial_of_weakness_still_covers_both_limbs(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I don't have any weakness at all", knowledge_base)
    assert found["hand_weakness"] == "absent"
    assert found["leg_weakness"] == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("puffed on hills, but I'm fine sitting down", "breathless_at_rest"),
        ("he gets winded on the stairs, okay lying down with two pillows", "breathless_lying_flat"),
    ],
)
def test_fine_before_a_doing_says_it_fine_in_that_setting(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "absent"


@pytest.mark.parametrize("text", ["not fine lying down any more", "I can't say I'm fine lying flat"])
def test_fine_before_a_doing_denied_says_nothing_fine(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_lying_flat") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I dread the day I'll stop being able to swallow", "difficulty_swallowing"),
        ("my worst fear is that he won't be able to talk to the kids", "slurred_speech"),
        ("lately she has stopped being able to swallow tablets", "difficulty_swallowing"),
    ],
)
def test_an_ability_lost_or_to_come_is_not_said_fine_now(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) != "absent"


def test_an_ability_now_is_still_said_fine(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I can still swallow everything", knowledge_base)["difficulty_swallowing"] == "absent"


def test_nothing_like_that_as_a_subject_denies_what_follows(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("nothing like this started suddenly, it crept in over two years", knowledge_base)
    assert found["sudden_onset"] == "absent"


def test_nothing_like_that_alone_denies_nothing_after_it(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("nothing like that, but my hands are weak", knowledge_base)
    assert found["hand_weakness"] == "present"
