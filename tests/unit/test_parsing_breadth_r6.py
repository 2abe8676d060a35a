"""Breadth of the ordinary findings (sixth session): word families, plain names denied, spelling slips.

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
stay silent or keep their reading.
"""

import pytest

from symptom_overlap.domain.parsing.lexicon import best_correction, lexicon_for
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def said(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # a finding's plain word, denied, denies it
        ("honestly I'm not tired, I sleep like a log", "fatigue"),
        ("no pounding, no fluttering, just the tingling", "palpitations"),
        ("my eyes are OK, no double when I read", "double_vision"),
        ("I bend my neck all day at work and get no zaps", "lhermitte_sign"),
        ("my wife checked and I'm not yellow at all", "yellowish_skin"),
    ],
)
def test_a_plain_word_denied_denies_its_finding(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "my heart is racing at night",  # the plain word said is not a finding on its own beyond its cues
        "I have tried everything for the cramps",  # "tried" is a word, not "tired" typed with letters swapped
    ],
)
def test_plain_words_said_are_not_denials(text: str, knowledge_base: KnowledgeBase) -> None:
    found = said(text, knowledge_base)
    assert found.get("palpitations") != "absent"
    assert "fatigue" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("he is low most days since the diagnosis", "low_mood"),
        ("the GP said my reflexes are very lively", "brisk_reflexes"),
        ("my reflexes were increased at the knees", "brisk_reflexes"),
        ("some evenings I can't get my dinner down", "difficulty_swallowing"),
        ("I'm mostly tired, the rest is fine", "fatigue"),
        ("lately I drop stuff all the time", "hand_weakness"),  # "stuff" as "things"
    ],
)
def test_word_families_of_a_finding(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("she's low on iron, the nurse said", "low_mood"),  # a level, not a mood
        ("I couldn't get down the stairs this morning", "difficulty_swallowing"),  # no food named
        ("she's gone a bit blue round the lips", "low_mood"),  # a colour, not a mood
    ],
)
def test_word_families_stay_in_their_sense(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert evidence_id not in said(text, knowledge_base)


def test_plantars_down_are_no_babinski_sign(knowledge_base: KnowledgeBase) -> None:
    assert said("reflexes normal, plantars down on both sides", knowledge_base).get("babinski_sign") == "absent"


def test_a_dropped_letter_goes_first_at_one_distance(knowledge_base: KnowledgeBase) -> None:
    # Given a typed word one edit from two words: one it leaves a letter out of, one with a letter changed
    # Then the word with the letter left out is chosen, whatever the alphabet says
    assert best_correction("numbess", ["numbers", "numbness"], 1) == "numbness"
    assert best_correction("numbess", ["numbers"], 1) == "numbers"
    assert lexicon_for(knowledge_base).correct("numbess") == "numbness"
    assert said("I don't have any numbess in my feet", knowledge_base).get("numbness") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # limbs listed together before the symptom's words each have it
        ("my arms and legs have got so weak", {"hand_weakness": "present", "leg_weakness": "present"}),
        ("his legs and his hands are weaker than at Easter", {"hand_weakness": "present", "leg_weakness": "present"}),
        ("right arm and leg feel useless today", {"hand_weakness": "present", "leg_weakness": "present"}),
    ],
)
def test_limbs_listed_before_a_symptom_share_it(
    text: str, expected: dict[str, str], knowledge_base: KnowledgeBase
) -> None:
    found = said(text, knowledge_base)
    assert {evidence_id: found.get(evidence_id) for evidence_id in expected} == expected


@pytest.mark.parametrize(
    ("text", "absent_or_missing"),
    [
        ("my hands tingle and my legs are weak", "hand_weakness"),  # a limb with its own symptom
        ("my legs are weak but my hands are fine", "hand_weakness"),
    ],
)
def test_a_limb_with_its_own_words_keeps_them(text: str, absent_or_missing: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(absent_or_missing) != "present"


def test_a_weak_arm_is_the_hands_weakness(knowledge_base: KnowledgeBase) -> None:
    assert said("my left arm has gone weak since the summer", knowledge_base).get("hand_weakness") == "present"
    assert "hand_weakness" not in said("my arm aches after the gym", knowledge_base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # breathing said fine opens the clause; breath lost on effort in a later part is still said
        ("breathing fine at rest, puffed walking to the shop", {"breathless_on_exertion": "present"}),
        # a function's plain name said fine
        ("his words are fine, it's his hands", {"slurred_speech": "absent"}),
        ("the nurse said my colour is good", {"pallor": "absent"}),
        ("energy levels are fine, sleep is fine", {"fatigue": "absent"}),
    ],
)
def test_parts_and_plain_names_said_fine(text: str, expected: dict[str, str], knowledge_base: KnowledgeBase) -> None:
    found = said(text, knowledge_base)
    assert {evidence_id: found.get(evidence_id) for evidence_id in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of sites with one symptom: each site has it, as its own variant there
        (
            "twitching in my thighs, eyelid and tongue lately",
            {"fasciculations": "present", "eyelid_twitching": "present", "tongue_twitching_wasting": "present"},
        ),
        ("my shoulders, eyelids and calves twitch", {"fasciculations": "present", "eyelid_twitching": "present"}),
        ("no twitches in my eyelid, arms or tongue", {"eyelid_twitching": "absent", "fasciculations": "absent"}),
    ],
)
def test_a_list_of_sites_shares_its_symptom(text: str, expected: dict[str, str], knowledge_base: KnowledgeBase) -> None:
    found = said(text, knowledge_base)
    assert {evidence_id: found.get(evidence_id) for evidence_id in expected} == expected


def test_a_site_inside_another_finding_keeps_to_it(knowledge_base: KnowledgeBase) -> None:
    assert "tingling" not in said("I have numb toes and my tongue is sore and red", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # speech likened to a drunk's or a small child's, a comma or a few words away
        ("his voice has changed, he talks like a drunk now", "slurred_speech"),
        ("these days she speaks like a small child, all mushed", "slurred_speech"),
        # an idiom of several words a little further from the heart
        ("my heart has been going like the clappers all evening", "palpitations"),
    ],
)
def test_comparisons_and_idioms_reach(text: str, evidence_id: str, knowledge_base: KnowledgeBase) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_a_child_talking_is_no_speech_finding(knowledge_base: KnowledgeBase) -> None:
    assert "slurred_speech" not in said("my grandson is talking like a little adult now", knowledge_base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place denied first, the symptom said after it: the symptom is absent at that place
        (
            "not my eyelid, it's my calf that keeps twitching",
            {"eyelid_twitching": "absent", "fasciculations": "present"},
        ),
        ("not in my hands, but my legs have gone weak", {"hand_weakness": "absent", "leg_weakness": "present"}),
    ],
)
def test_a_place_denied_before_its_symptom(text: str, expected: dict[str, str], knowledge_base: KnowledgeBase) -> None:
    found = said(text, knowledge_base)
    assert {evidence_id: found.get(evidence_id) for evidence_id in expected} == expected


def test_a_place_denied_before_leaves_a_red_flag_to_be_asked(knowledge_base: KnowledgeBase) -> None:
    assert said("nothing down below, my feet are numb", knowledge_base).get("saddle_numbness") != "absent"
