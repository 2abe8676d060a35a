"""Phase-2 time and subject rules: recoveries and dates said in a part of their own after the finding."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import mechanism_knowledge_base, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.fixture(scope="module")
def full_knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # a symptom "gone completely" or "then gone" has resolved; a function gone completely is lost
        ("Tingling in my toes after the long drive, gone completely", "tingling", "resolved"),
        ("my calf was twitching on and off at the weekend, then gone", "fasciculations", "resolved"),
        # a short part that only dates what went before places it in the past
        ("I used balloons a couple of times at a festival, that was it, years ago", "nitrous_oxide_use", "past"),
        ("my feet went numb, years ago", "numbness", "current"),
        ("my feet have been numb for a few weeks", "numbness", "current"),
        # "in back, in arms" is a list of places, not "back in 2019"
        ("twitching in my calves, in back, in arms", "fasciculations", "current"),
    ],
)
def test_time_said_in_a_part_of_its_own(knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    ("text", "evidence_id", "reading"),
    [
        ("my vision has gone completely", "vision_loss", ("present", "self", "current")),
        ("took omeprazole for a few weeks after my op, years back", "acid_reducer_use", ("present", "self", "past")),
        ("I was a heavy drinker before that, sober now", "heavy_alcohol_use", ("absent", "self", "current")),
    ],
)
def test_time_with_the_full_knowledge_base(
    full_knowledge_base: KnowledgeBase, text: str, evidence_id: str, reading: tuple[str, str, str]
) -> None:
    assert readings(text, full_knowledge_base)[evidence_id] == reading


@pytest.mark.parametrize(
    ("text", "evidence_id", "subject"),
    [
        # "the" and a generic kin word opening a clause name one of the household, when the writer has their own
        ("the toddler keeps drooling, and my hands tingle", "drooling", "family"),
        ("the toddler keeps drooling, and my hands tingle", "tingling", "self"),
        # a figure of speech names no one
        ("I sleep like the baby, but my feet tingle", "tingling", "self"),
    ],
)
def test_the_generic_kin_word_opening_a_clause(
    full_knowledge_base: KnowledgeBase, text: str, evidence_id: str, subject: str
) -> None:
    assert readings(text, full_knowledge_base)[evidence_id][1] == subject


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the course said slow, or a change by the month, is a gradual course
        ("It's all been slow, the cramps came first and then the weakness", True),
        ("my grip is going bit by bit, fading since the winter", True),
        ("the tingling gets more annoying by the month", True),
        # a slow manner is no course
        ("my walking is slow", False),
        ("a slow walker all my life", False),
    ],
)
def test_a_course_said_slow(full_knowledge_base: KnowledgeBase, text: str, found: bool) -> None:
    assert ("gradual_progression" in readings(text, full_knowledge_base)) is found


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        # relatives denied before "had it" deny the family history; a denial in another part does not
        ("MND frightens me. No one in my family has had it though.", "absent"),
        ("MND frightens me. None of my relatives had it.", "absent"),
        ("MND frightens me, no, my brother had it", "present"),
    ],
)
def test_relatives_denied_before_it(full_knowledge_base: KnowledgeBase, text: str, assertion: str) -> None:
    assert readings(text, full_knowledge_base)["family_history_als"][0] == assertion
