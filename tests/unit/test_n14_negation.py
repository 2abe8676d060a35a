"""Denials, fourteenth session: a finding the writer sets aside later with their own denial ("… though", "… btw",
"… myself"), a tick sheet's answer after a word joined to the item by a slash ("bottom/groin - no"), and a complaint
that "turned out to be" something else."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My knees give way on stairs now and then. Nothing wrong with my strength though.", "leg_weakness"),
        ("Is it bad to be breathless lying flat? I sleep flat fine btw.", "breathless_lying_flat"),
        ("I saw a clip of someone choking on their tea. I drink fine myself.", "choking_on_liquids"),
    ],
)
def test_a_later_own_denial_sets_a_finding_aside(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My feet have gone numb. My hands are normal though.", "numbness"),  # a denial of another limb
        ("My calves cramp every night. No twitching though.", "muscle_cramps"),  # another finding
        ("I choke on water most days. Eating is fine though.", "choking_on_liquids"),
        ("My grip is weak. Legs are fine though.", "hand_weakness"),
        ("No cramps though, but the twitching never stops.", "fasciculations"),
        ("My calves twitch most evenings. They haven't twitched in days though.", "fasciculations"),  # a spell
    ],
)
def test_a_later_denial_of_something_else_leaves_a_finding(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Checklist: numbness in bottom/groin - no, cramps - yes", "saddle_numbness"),
        ("weak grip/hands - nope", "hand_weakness"),
    ],
)
def test_an_answer_after_a_slash_joined_word_denies_the_item(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Checklist: numbness in bottom/groin - no, cramps - yes", "muscle_cramps"),
        ("choking on water/tea, no fever", "choking_on_liquids"),  # the "no" is of the next item
        ("cramps/spasms - yes, twitching - no", "muscle_cramps"),
        ("paraesthesia feet, nil leg weakness", "tingling"),  # words joined by a space are not one item
    ],
)
def test_a_slash_joined_word_leaves_an_item_answered_otherwise(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My weak grip turned out to be a sprained wrist from climbing.", "hand_weakness"),
        ("The twitching in my calf turned out to be nothing, the neuro wasn't worried.", "fasciculations"),
        ("My cramps turned out to be dehydration, but my hands have got weaker.", "muscle_cramps"),
    ],
)
def test_a_complaint_that_turned_out_otherwise_is_denied(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("The tingling in my feet turned out to be from my low B12.", "tingling"),  # a finding as its cause
        ("My cramps turned out to be dehydration, but my hands have got weaker.", "hand_weakness"),
        ("The chest pain turned out to be indigestion.", "chest_pain"),  # a red flag keeps its reading
    ],
)
def test_a_finding_beside_turned_out_is_kept(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_conditional_turned_out_says_nothing(knowledge_base: KnowledgeBase) -> None:
    assert "fasciculations" not in about_the_person_now("What if my twitching turns out to be ALS?", knowledge_base)
