"""The long tail of misreadings, one class of language at a time, on the real knowledge base."""

import pytest

from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase


def _states(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, knowledge_base)}


@pytest.mark.parametrize(
    "text",
    [
        "Looking down at my laptop sends a tingling rush down both legs.",
        "Bending my head forward gives me an electric feeling into my hands.",
        "tying my shoes gives me a zap into both feet",
    ],
)
def test_a_shock_into_a_limb_when_the_head_bends_is_lhermitte(text: str, knowledge_base: KnowledgeBase) -> None:
    states = _states(text, knowledge_base)
    assert states.get("lhermitte_sign") == "present"
    assert "tingling" not in states


def test_bending_a_knee_is_not_lhermitte(knowledge_base: KnowledgeBase) -> None:
    assert "lhermitte_sign" not in _states("when I bend my knee I get an electric shock down my leg", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My tongue seems to quiver. I filmed it and can't tell if it's real.", "tongue_twitching_wasting"),
        ("my legs feel weak and I'm not sure if that's real", "leg_weakness"),
    ],
)
def test_a_doubt_about_it_doubts_what_was_said_before(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert _states(text, knowledge_base)[evidence_id] == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # What follows the doubt is said, not doubted.
        ("not sure if it's relevant, I choke on water", "choking_on_liquids"),
        # Alternatives ask for a cause, not whether the symptom is there.
        ("I've been very low for weeks, no idea if it's the stress or something else", "low_mood"),
    ],
)
def test_a_doubt_about_it_leaves_what_follows_and_causes_asked(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert _states(text, knowledge_base)[evidence_id] == "present"


def test_weakness_spreading_reaches_every_limb_it_names(knowledge_base: KnowledgeBase) -> None:
    states = _states("the weakness keeps spreading, my hands at first and lately my feet", knowledge_base)
    assert states["hand_weakness"] == "present"
    assert states["leg_weakness"] == "present"


def test_a_start_that_is_not_the_weakness_says_no_limb(knowledge_base: KnowledgeBase) -> None:
    assert "leg_weakness" not in _states("I feel weak and tired, started a new job, my feet hurt", knowledge_base)


@pytest.mark.parametrize(
    "text", ["My toes tingle but my hands are fine.", "pins and needles in both feet, my hands are ok"]
)
def test_a_limb_said_fine_beside_another_limbs_symptom_says_nothing_of_strength(
    text: str, knowledge_base: KnowledgeBase
) -> None:
    states = _states(text, knowledge_base)
    assert states["tingling"] == "present"
    assert "hand_weakness" not in states


@pytest.mark.parametrize(
    "text",
    ["My legs are weak but my arms are fine.", "my tongue is twitching, my arms are fine", "my hands are fine"],
)
def test_a_limb_said_fine_beside_its_own_symptom_or_none_at_a_limb_is_strong(
    text: str, knowledge_base: KnowledgeBase
) -> None:
    assert _states(text, knowledge_base)["hand_weakness"] == "absent"


@pytest.mark.parametrize(
    "text", ["They diagnosed me with MND last year. My grandad had it as well.", "I'm scared of ALS. My aunt had it."]
)
def test_a_relative_who_had_it_had_the_diagnosis_named_before(text: str, knowledge_base: KnowledgeBase) -> None:
    assert _states(text, knowledge_base)["family_history_als"] == "present"


@pytest.mark.parametrize("text", ["I have ALS. My wife had it tested.", "I have ALS and I had it checked twice."])
def test_it_after_someone_not_related_or_a_test_is_no_diagnosis(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "family_history_als" not in _states(text, knowledge_base)


def test_a_red_flag_said_to_have_always_been_so_is_uncertain(knowledge_base: KnowledgeBase) -> None:
    text = "one side of my face droops in pictures, though I reckon it has always been that way"
    assert _states(text, knowledge_base)["stroke_signs"] == "uncertain"


def test_a_red_flag_without_always_stays_present(knowledge_base: KnowledgeBase) -> None:
    assert _states("my face is drooping on one side since this morning", knowledge_base)["stroke_signs"] == "present"


def _times(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.time.value for item in parse_text(text, knowledge_base)}


@pytest.mark.parametrize(
    "text",
    [
        "Had a mini stroke back in 2018 but nothing since and my real worry now is the numb toes.",
        "the tingling went away and now my feet are numb",
    ],
)
def test_a_finding_after_a_recovery_and_a_word_of_now_holds_now(text: str, knowledge_base: KnowledgeBase) -> None:
    assert _times(text, knowledge_base)["numbness"] == "current"


def test_what_recovered_before_the_word_of_now_stays_resolved(knowledge_base: KnowledgeBase) -> None:
    assert _times("the tingling went away and now my feet are numb", knowledge_base)["tingling"] == "resolved"


def test_a_doubted_finding_says_what_it_would_say_with_the_same_doubt(knowledge_base: KnowledgeBase) -> None:
    states = _states("maybe my right hand is getting weaker? not sure", knowledge_base)
    assert states["hand_weakness"] == "uncertain"
    assert states["asymmetric_onset"] == "uncertain"


def test_a_doubted_stroke_sign_is_asked_and_holds_its_doubted_parts(knowledge_base: KnowledgeBase) -> None:
    states = _states("I think my left leg suddenly went weak an hour ago but I'm not sure", knowledge_base)
    assert states["stroke_signs"] == "uncertain"
    assert "asymmetric_onset" not in states


def test_a_certain_finding_still_says_it_for_certain(knowledge_base: KnowledgeBase) -> None:
    states = _states("my left arm went weak suddenly an hour ago, and maybe some tingling too", knowledge_base)
    assert states["stroke_signs"] == "present"
