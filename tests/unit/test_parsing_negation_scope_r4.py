"""Negation scope, fourth round: denials that point back at what was just said ("nothing since",
"I've got nothing like that"), negations kept to what they reach, and doubts."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Had a bout of double vision after a fall in 2018, none since", "double_vision"),
        ("I passed out once at a wedding years ago, nothing since", "fainting"),
        ("got pins and needles in my feet last spring but it settled, nowt since", "tingling"),
        ("I used to get cramps at school. Nothing like that now, my problem is my eyelid", "muscle_cramps"),
        ("fainting: twice as a student, not since", "fainting"),
        ("blackouts: one at 19, nothing since", "fainting"),  # over, and not now
    ],
)
def test_a_denial_pointing_back_with_since_or_now_denies_it_now(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_a_writer_denying_what_someone_else_has_denies_it_for_the_writer(knowledge_base: KnowledgeBase) -> None:
    text = "My sister gets pins and needles in her hands; I've got nothing like that, but my calves twitch."
    found = about_the_person_now(text, knowledge_base)
    assert found.get("tingling") == "absent"
    assert found.get("fasciculations") == "present"


def test_a_pointing_denial_that_says_more_is_not_one(knowledge_base: KnowledgeBase) -> None:
    # "nothing since the injections helped" says more than that it stopped.
    text = "I fainted at a concert in 2015, nothing since my doctor changed my pills"
    assert about_the_person_now(text, knowledge_base).get("fainting") is None


def test_a_present_finding_stays_present_beside_nothing_since(knowledge_base: KnowledgeBase) -> None:
    text = "my hands have been numb since March, the pins and needles stopped in May, nothing since"
    found = about_the_person_now(text, knowledge_base)
    assert found.get("numbness") == "present"
    assert found.get("tingling") == "absent"


def test_a_brief_episode_of_the_writer_stays_an_episode(knowledge_base: KnowledgeBase) -> None:
    text = "Last Tuesday my left arm went numb for twenty minutes, then it came back. Nothing since."
    found = about_the_person_now(text, knowledge_base)
    assert found.get("transient_episode") == "present"
    assert "numbness" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # A finding over the words of a denied cue is denied with it only in the parts the denial reached.
        ("It wasn't all at once, my husband noticed the slurring first", "slurred_speech"),
        # "now" turns from what the negation's object was to what holds.
        ("I never took supplements — now tingling hands", "tingling"),
        # "not knowing what's wrong" takes what follows as given.
        ("it's the not knowing what's wrong with my weak legs that gets me", "leg_weakness"),
    ],
)
def test_a_negation_does_not_reach_what_is_said_beyond_it(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_negation_in_the_sentence_before_says_no_trouble_of_nothing(knowledge_base: KnowledgeBase) -> None:
    # "no change. The problem is my grip": the trouble is said, not denied.
    text = "Had my eyes tested and no change. The problem is my grip."
    assert about_the_person_now(text, knowledge_base).get("hand_weakness") != "absent"
    assert about_the_person_now("No problem with my grip.", knowledge_base).get("hand_weakness") == "absent"


def test_a_relative_clause_describes_the_finding_denied(knowledge_base: KnowledgeBase) -> None:
    text = "never had funny turns where things came and went, my feet are numb all the time"
    found = about_the_person_now(text, knowledge_base)
    assert found.get("transient_episode") == "absent"
    assert found.get("numbness") == "present"


def test_no_tripping_denies_foot_drop(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I walk miles, never trip, just sore soles", knowledge_base)
    assert found.get("foot_drop") == "absent"


def test_a_plain_name_denied_after_a_doubt_leaves_it_in_doubt(knowledge_base: KnowledgeBase) -> None:
    text = "Possibly my left foot is dragging? I haven't noticed any tripping."
    assert about_the_person_now(text, knowledge_base).get("foot_drop") == "uncertain"


def test_a_term_that_says_nothing_undenied_is_not_what_a_dismissal_doubts(knowledge_base: KnowledgeBase) -> None:
    text = "How does foot drop start?? I trip a lot but maybe everyone does"
    assert about_the_person_now(text, knowledge_base).get("foot_drop") == "uncertain"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A red flag made of findings does not hold when the finding it needs is denied beside its other words.
        ("my lower back has been agony for days but my legs are as strong as ever", "absent"),
        ("lower back pain on and off. legs weak: no", "absent"),
        # ... but it holds when that finding is also said.
        ("my back hurts and my left leg is weak, my right leg is fine", "present"),
    ],
)
def test_a_red_flag_made_of_findings_is_denied_with_its_part(
    knowledge_base: KnowledgeBase, text: str, expected: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get("back_pain_with_leg_weakness") == expected


def test_a_course_made_of_a_denied_finding_is_not_denied(knowledge_base: KnowledgeBase) -> None:
    text = "my left hand was weak for a week after a fall years back, it's strong now"
    assert "asymmetric_onset" not in about_the_person_now(text, knowledge_base)


def test_a_red_flag_denied_never_denies_another_named_with_it(knowledge_base: KnowledgeBase) -> None:
    text = "no fever after choking on my tea last week"
    assert about_the_person_now(text, knowledge_base).get("choking_on_liquids") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # An amount estimated is no doubt about the finding.
        ("I get through maybe a bottle of gin every two days", "heavy_alcohol_use"),
        ("blacked out on the bathroom floor for maybe a minute, first time ever", "fainting"),
        # A doubt about what to do, or despair, names no finding.
        ("I don't want to be here anymore. Not sure who to turn to.", "suicidal_thoughts"),
    ],
)
def test_estimates_and_doubts_about_what_to_do_doubt_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_hedge_before_a_bit_still_doubts(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my speech is maybe a bit slurred", knowledge_base).get("slurred_speech") == "uncertain"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my legs have gone weak and I could just cry", "present"),  # a wish or a feeling, no dismissal
        ("my legs have gone weak, it could just be the heat", "uncertain"),
    ],
)
def test_a_modal_dismisses_only_with_be(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("leg_weakness") == expected
