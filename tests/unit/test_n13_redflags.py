"""Red flags, thirteenth session: a carer's words for confusion and psychosis, the street forms of nitrous used for a
high, toilet accidents, the means and a lethal amount known, a posture "back in bed" and a function lost."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("My aunt is short of breath when she leans back in bed at night.", "breathless_lying_flat"),
        ("Since Monday my gran has stopped making sense when we visit.", "confusion"),
        ("Grandpa keeps waking us at 2am, he thinks it's morning already.", "confusion"),
        ("My uncle seems all over the place in his head lately.", "confusion"),
        ("Our lodger thinks we've been going through his post and laptop.", "paranoia_psychosis"),
        ("Twice I saw a woman at the foot of the bed, then she was gone.", "paranoia_psychosis"),
    ],
)
def test_a_red_flag_in_everyday_or_carers_words_is_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I've got my codeine stockpiled and I know how much I'd need.",
        "Dad told the GP he knows exactly how many of his pills it would take.",
        "I've been hoarding my painkillers, honestly I can't see the point.",
        "I want to die. The tablets are in my bag, ready.",
        "He bought rope yesterday and told me he's going to do it.",
    ],
)
def test_the_means_or_a_date_beside_intent_is_a_plan_and_thoughts(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("suicide_plan") == "present"
    assert found.get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("My wife's face suddenly went lopsided in the shop, but by the evening it had gone.", "transient_episode"),
        ("Terrible pain in back since Friday, legs have no power.", "back_pain_with_leg_weakness"),
        ("Her back is burning and her legs don't hold her up any more.", "back_pain_with_leg_weakness"),
        ("All of a sudden at dinner his words mixed up.", "stroke_signs"),
        ("Grandad has been seeing dogs that aren't there in the garden.", "paranoia_psychosis"),
    ],
)
def test_a_sign_in_its_episode_its_image_or_its_carer_is_read(
    knowledge_base: KnowledgeBase, text: str, evidence: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence) == "present"
