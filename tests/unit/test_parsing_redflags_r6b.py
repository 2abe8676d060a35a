"""Red flags, second pass of the sixth session: rules over classes of language, not phrases."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, reading


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        (
            "No problems with my waterworks. Then again I might have wet myself once last week, not sure",
            "bladder_bowel_problems",
        ),
        ("no choking at all. well, maybe a splutter on coffee now and then, I'm not sure", "choking_on_liquids"),
    ],
)
def test_a_red_flag_denied_then_doubted_later_is_doubted(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "on my back I can't breathe, I have to prop myself on the side",
        "once I'm on my back I can't breathe",
    ],
)
def test_a_cue_holding_a_part_phrase_says_the_larger_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("breathless_lying_flat") == "present"
    assert found.get("breathless_at_rest") is None


def test_a_part_kept_apart_by_its_own_words_is_not_taken(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I can't breathe even sitting still in my recliner", knowledge_base)
    assert found.get("breathless_at_rest") == "present"


def test_thinking_through_a_method_doubts_a_plan(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(
        "lately I've been wondering how I could end it, nothing more than that", knowledge_base
    )
    assert found.get("suicide_plan") == "uncertain"
    assert reading("I have never once thought about how I'd do it", knowledge_base, "suicide_plan") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("feeling air hungry even resting in the armchair", "breathless_at_rest"),
        ("some nights I wake and cannot breathe till I sit up", "breathless_lying_flat"),
    ],
)
def test_breathing_words_fill_gaps_in_their_families(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize("text", ["honestly I'm busting, but I cannot go", "I need a wee badly, but nothing comes out"])
def test_an_urge_that_cannot_be_met_across_a_but_is_a_bladder_problem(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "bladder_bowel_problems") == "present"
