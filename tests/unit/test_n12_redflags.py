"""Red-flag recall (twelfth session).

Each test is a class of wording, in sentences of its own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "she says there's a cat on her bed every night. There's no cat.",
        "he tells me a boy sits in the kitchen at teatime, there was no boy",
        "my grandad chats to a lady who isn't in the room",
        "she keeps talking to someone who is not in the house",
    ],
)
def test_someone_seen_or_talked_to_who_is_not_there(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("paranoia_psychosis") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "he thinks we are stealing his pension",
        "she hides her handbag because she is convinced the family are taking her money",
    ],
)
def test_a_relative_believes_the_family_steal_or_poison(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("paranoia_psychosis") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I'm convinced it's ALS, my calves twitch all day",
        "we are stealing a weekend away, my legs cramp at night",
        "I am using laughing gas most weekends",
    ],
)
def test_conviction_or_the_family_alone_is_no_delusion(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "paranoia_psychosis" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "my arm just went dead out of nowhere while I was typing",
        "out of the blue my leg gave way an hour ago and it's still weak",
        "suddenly my hand couldn't grip the cup this morning",
    ],
)
def test_one_limb_suddenly_dead_or_useless_is_a_stroke_sign(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("stroke_signs") == "present"


def test_weakness_that_came_slowly_is_no_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    assert "stroke_signs" not in about_the_person_now("my arm has slowly got weaker over two years", knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "awful back pain since Thursday and now my legs are going weak",
    ],
)
def test_legs_weak_since_a_weekday_are_weakening_fast(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    ("text", "red_flag"),
    [
        ("he has been wetting himself since Friday, which is new. Not sure if it's a water infection.",
         "bladder_bowel_problems"),
        ("lying flat I can't catch my breath, can't tell if that's just anxiety", "breathless_lying_flat"),
        ("I choked on my tea on Monday and now I'm feverish and chesty, it could just be a cold",
         "fever_after_choking"),
    ],
)  # fmt: skip
def test_a_guessed_everyday_cause_leaves_a_red_flag_said(
    text: str, red_flag: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(red_flag) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I think I blacked out? Could have just dozed off", "fainting"),
        ("my grip feels weak, could just be stress", "hand_weakness"),
        ("my eye might be blurrier, not sure if that's real", "vision_loss"),
    ],
)
def test_a_dismissal_naming_no_cause_or_of_no_red_flag_still_doubts(
    text: str, finding: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(finding) == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "Last week she could walk to the shops and now she can't stand up. No idea what's wrong.",
        "ten days ago he walked fine and today he can't get out of bed. Not sure what's happening.",
    ],
)
def test_asking_what_is_happening_does_not_doubt_the_course(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "ive figured out how id do it",
        "I know where I'd go, the railway line by the park",
        "picked the spot already, the cliffs at the point",
    ],
)
def test_a_way_or_place_of_dying_decided_is_a_plan(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicide_plan") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "honestly I have thought about the van and the motorway bridge",
    ],
)
def test_a_way_of_dying_dwelt_on_is_a_suicidal_thought(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I thought about the bridge design at work today",
        "I know where I'd go for a walk if my legs were better",
    ],
)
def test_bridges_and_places_alone_are_no_plan(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "suicidal_thoughts" not in found
    assert "suicide_plan" not in found


@pytest.mark.parametrize(
    "text",
    [
        "he aspirated on his tablets yesterday",
        "she coughed on her medicine this morning",
    ],
)
def test_choking_or_aspirating_on_medicines(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("choking_on_liquids") == "present"


def test_cough_medicine_is_no_choking(knowledge_base: KnowledgeBase) -> None:
    assert "choking_on_liquids" not in about_the_person_now(
        "I have a cough, the GP gave me cough medicine", knowledge_base
    )


@pytest.mark.parametrize(
    "text",
    [
        "since teatime I can only see half of things out of my right eye",
    ],
)
def test_half_the_sight_or_its_colour_lost_in_one_eye(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("sudden_vision_loss_one_eye") == "present"


def test_a_tired_mind_that_cannot_focus_is_no_sight_loss(knowledge_base: KnowledgeBase) -> None:
    assert "vision_loss" not in about_the_person_now("I can't focus at work, my eyes are tired", knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "gran keeps mixing up night and day this week",
        "she is mixing up the days of the week lately",
        "dad forgot my name on Sunday",
    ],
)
def test_days_mixed_or_a_relative_s_name_lost_is_confusion(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("confusion") == "present"


@pytest.mark.parametrize("text", ["I forgot my password again", "he mixed up the dates of the appointment"])
def test_an_everyday_slip_is_no_confusion(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "confusion" not in about_the_person_now(text, knowledge_base)
