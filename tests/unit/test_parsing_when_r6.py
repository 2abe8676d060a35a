"""Time, course and who (sixth session): spells that ended, recoveries said of a person, onsets and courses."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now as read_now


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "my left leg went weak for about twenty minutes on Friday",
        "I couldn't see out of my left eye for ten minutes this morning",
        "his speech went slurred for half an hour yesterday",
    ],
)
def test_a_bounded_spell_of_a_deficit_is_a_brief_episode(knowledge_base: KnowledgeBase, text: str) -> None:
    found = read_now(text, knowledge_base)
    assert found.get("transient_episode") == "present"
    assert "leg_weakness" not in found
    assert "slurred_speech" not in found


@pytest.mark.parametrize(
    "text",
    [
        "my left leg has been weak for an hour",
        "my left leg went weak for ten minutes and it is still weak",
        "my feet go numb for ten minutes every morning",
    ],
)
def test_a_deficit_that_goes_on_is_no_spell(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "transient_episode" not in read_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Dad's legs went weak for a few minutes and now he is fine", "leg_weakness"),
        ("my speech went slurred for twenty minutes at lunch, now I'm okay", "slurred_speech"),
    ],
)
def test_now_said_well_is_a_recovery(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    found = read_now(text, knowledge_base)
    assert evidence_id not in found
    assert found.get("transient_episode") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my foot went dead for twenty minutes after I sat on it, then it was fine",
        "my hand went numb for ten minutes after leaning on my elbow",
        "both legs went numb for a few minutes after sitting cross-legged",
    ],
)
def test_a_pressed_limb_asleep_for_minutes_is_only_a_possible_episode(knowledge_base: KnowledgeBase, text: str) -> None:
    assert read_now(text, knowledge_base).get("transient_episode") in (None, "uncertain")


def test_sitting_somewhere_is_no_pressed_limb(knowledge_base: KnowledgeBase) -> None:
    found = read_now("sitting on the bench my left leg went weak for ten minutes, then it was fine", knowledge_base)
    assert found.get("transient_episode") == "present"


def test_a_spell_of_a_limb_read_by_no_finding_is_an_episode(knowledge_base: KnowledgeBase) -> None:
    assert read_now("my arm went limp for a few minutes", knowledge_base).get("transient_episode") == "present"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "I can't get my breath in my armchair and I can't lie flat at night",
            "breathless_at_rest",
            "breathless_lying_flat",
        ),
    ],
)
def test_a_phrase_does_not_reach_over_a_new_subject(
    knowledge_base: KnowledgeBase, text: str, first: str, second: str
) -> None:
    found = read_now(text, knowledge_base)
    assert found.get(first) == "present"
    assert found.get(second) == "present"


@pytest.mark.parametrize(
    "text",
    ["no one in my family has had motor neurone disease", "No one in the family has ever had ALS, as far as I know"],
)
def test_no_one_in_the_family_denies_a_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    assert read_now(text, knowledge_base).get("family_history_als") == "absent"


def test_no_one_in_the_family_believing_denies_nothing(knowledge_base: KnowledgeBase) -> None:
    assert (
        read_now("no one in my family believes me about the cramps", knowledge_base).get("muscle_cramps") == "present"
    )


def test_an_onset_that_came_on_is_no_recovery(knowledge_base: KnowledgeBase) -> None:
    found = read_now("it all came on within half an hour, both my legs went numb", knowledge_base)
    assert found.get("numbness") == "present"
    assert "transient_episode" not in found


def test_nothing_went_away_is_no_recovery(knowledge_base: KnowledgeBase) -> None:
    found = read_now("nothing has gone away, it's been a slow steady decline in my hands", knowledge_base)
    assert found.get("gradual_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I honestly can't tell if the tingling is getting worse",
        "are they getting worse? I look at my calves every day and cannot say",
        "don't know if it's spreading or I'm just noticing it more",
    ],
)
def test_a_worsening_the_writer_cannot_tell_is_asked(knowledge_base: KnowledgeBase, text: str) -> None:
    assert read_now(text, knowledge_base).get("gradual_progression") == "uncertain"


def test_worse_by_the_hour_is_a_quick_course(knowledge_base: KnowledgeBase) -> None:
    assert read_now("his arms are getting weaker by the hour", knowledge_base).get("rapid_progression") == "present"


def test_a_quick_course_outranks_a_slow_one_in_its_sentence(knowledge_base: KnowledgeBase) -> None:
    found = read_now("not sure if it's creeping up, but my legs are much weaker than a week ago", knowledge_base)
    assert found.get("rapid_progression") == "present"
    assert "gradual_progression" not in found


def _readings(text: str, knowledge_base: KnowledgeBase) -> dict[str, tuple[str, str]]:
    return {item.id: (item.assertion.value, item.subject.value) for item in parse_text(text, knowledge_base)}


@pytest.mark.parametrize(
    "text",
    [
        "I care for my husband. He chokes on his tea and I'm exhausted.",
        "I take care of my mother and she has started choking on water",
    ],
)
def test_a_carer_who_says_so_writes_about_the_person_cared_for(knowledge_base: KnowledgeBase, text: str) -> None:
    assert _readings(text, knowledge_base)["choking_on_liquids"] == ("present", "self")


def test_caring_for_children_is_parenting(knowledge_base: KnowledgeBase) -> None:
    assert _readings("I care for my kids all day and my feet are numb", knowledge_base)["numbness"] == (
        "present",
        "self",
    )


@pytest.mark.parametrize(
    "text",
    [
        "ten days ago he was walking the dog, now he needs help to stand",
        "She can't get out of the chair. It wasn't like this last week.",
        "my arms are so weak, a fortnight ago I was fine",
    ],
)
def test_how_the_person_was_days_ago_against_now_is_a_quick_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert read_now(text, knowledge_base).get("rapid_progression") == "present"


def test_fine_until_a_date_is_an_onset_not_a_course(knowledge_base: KnowledgeBase) -> None:
    assert "rapid_progression" not in read_now(
        "I was fine until a week ago, when my calf started twitching", knowledge_base
    )


def test_a_writer_set_apart_by_a_bare_denial_is_the_patient(knowledge_base: KnowledgeBase) -> None:
    found = _readings("my brother has been drooling at night. I don't.", knowledge_base)
    assert found["drooling"] == ("absent", "self")


def test_not_me_points_to_the_other_as_the_one(knowledge_base: KnowledgeBase) -> None:
    found = _readings("my husband has the cramps, not me, I'm typing for him", knowledge_base)
    assert found["muscle_cramps"] == ("present", "self")


@pytest.mark.parametrize(
    "text", ["I suddenly spotted a hollow in my thumb muscle", "all of a sudden I noticed my calf looks thinner"]
)
def test_suddenly_noticing_is_no_sudden_onset(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "sudden_onset" not in read_now(text, knowledge_base)


def test_suddenly_losing_a_function_is_still_a_sudden_onset(knowledge_base: KnowledgeBase) -> None:
    assert read_now("suddenly I couldn't lift my arm", knowledge_base).get("sudden_onset") == "present"
