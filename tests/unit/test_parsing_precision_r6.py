"""Precision and negation, sixth session: denials that point back at a substance used, relative clauses that
describe a denied finding, and doubts carried over to the clause after them."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now

# Using denied of what was just named


@pytest.mark.parametrize(
    "text",
    [
        "The doctor started me on metformin but I don't take it.",
        "I was given metformin but I never touch it myself.",
    ],
)
def test_using_denied_of_a_medicine_just_named(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("metformin_use") == "absent"


def test_using_denied_of_a_red_flag_substance_is_asked_not_denied(knowledge_base: KnowledgeBase) -> None:
    text = "We keep nitrous canisters in the shop, but I never inhale them."
    assert about_the_person_now(text, knowledge_base).get("nitrous_oxide_use") == "uncertain"


def test_using_a_limb_is_no_denial_of_its_weakness(knowledge_base: KnowledgeBase) -> None:
    text = "My legs feel weak and I don't use them much."
    assert about_the_person_now(text, knowledge_base)["leg_weakness"] == "present"


# A relative clause describes the denied finding


def test_a_that_clause_after_a_denied_noun_is_denied_with_it(knowledge_base: KnowledgeBase) -> None:
    text = "No dizzy spells, no faints, no weak turns that came and went."
    assert about_the_person_now(text, knowledge_base).get("transient_episode") == "absent"


def test_a_that_clause_with_a_subject_of_its_own_is_said(knowledge_base: KnowledgeBase) -> None:
    text = "no headaches that I noticed and my feet are numb"
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


# A doubt carried over to the clause after it


@pytest.mark.parametrize(
    "text",
    [
        "Not sure if it's nerves or real, but my fingers have gone numb.",
        "could be nothing, but my calves keep twitching",
        "Maybe it's the mirror, but my face looks very pale.",
    ],
)
def test_a_doubt_about_reality_before_but_doubts_the_clause_after(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found
    assert set(found.values()) == {"uncertain"}


@pytest.mark.parametrize(
    "text",
    [
        "Not sure if this is related or not, but my fingers have gone numb.",
        "Not sure if it's the left or both, my fingers have gone numb.",
        "not sure if it was stress or something worse, my fingers went numb",
        "The GP says probably a trapped nerve but my fingers have gone numb.",
    ],
)
def test_a_doubt_about_relevance_side_or_cause_leaves_the_finding_said(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


# "no one" and "nobody" as holders denied, not as others acting


def test_no_one_in_the_family_denies_the_family_history(knowledge_base: KnowledgeBase) -> None:
    text = "No one on my dad's side has ever had motor neurone disease."
    assert about_the_person_now(text, knowledge_base).get("family_history_als") == "absent"


@pytest.mark.parametrize(
    "text", ["No one listens when I say my hands are weak.", "Nobody can explain why my hands are weak."]
)
def test_no_one_acting_denies_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["hand_weakness"] == "present"


# Answers after a finding


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Cramps - not really.", "muscle_cramps"),
        ("Drooling? Not at all.", "drooling"),
        ("Does she choke on drinks? She doesn't.", "choking_on_liquids"),
        ("Any tingling? I have not.", "tingling"),
        ("I was sure my grip was weak but it isn't.", "hand_weakness"),
        ("My feet were numb but they aren't now.", "numbness"),
    ],
)
def test_an_answer_or_a_bare_denial_after_a_finding_denies_it(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Twitching? Not at night, only in the day.", "fasciculations"),
        ("my hand is weak but it isn't numb", "hand_weakness"),
        ("Is my speech slurred? It is.", "slurred_speech"),
    ],
)
def test_a_partial_or_other_answer_leaves_the_finding_said(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "present"


# A finding put first, then having denied


@pytest.mark.parametrize(
    ("text", "evidence_id"), [("Cramps I don't have.", "muscle_cramps"), ("Drooling he never had.", "drooling")]
)
def test_a_fronted_finding_with_having_denied_is_absent(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


def test_having_denied_of_something_else_leaves_the_finding(knowledge_base: KnowledgeBase) -> None:
    text = "My legs are weak and I don't have a car."
    assert about_the_person_now(text, knowledge_base)["leg_weakness"] == "present"


# A yes-no question about the writer's own body


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Are my hands getting weaker?", "hand_weakness"),
        ("Am I dropping weight or is it these scales?", "weight_loss"),
        ("Did I black out or just doze off?", "fainting"),
    ],
)
def test_a_yes_no_question_about_oneself_is_uncertain(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "uncertain"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Are my hands getting weaker? Yes, every week.", "present"),
        ("Are my hands getting weaker? No.", "absent"),
        ("Do I need to worry that my hands are weak?", "present"),
    ],
)
def test_a_question_answered_or_about_worry_is_not_doubted(
    knowledge_base: KnowledgeBase, text: str, state: str
) -> None:
    assert about_the_person_now(text, knowledge_base)["hand_weakness"] == state


# Examples of a kind denied, and a question answered with a fine word


def test_examples_of_denied_symptoms_are_denied(knowledge_base: KnowledgeBase) -> None:
    text = "I don't have any MND symptoms like twitching or drooling."
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "absent"
    assert found["drooling"] == "absent"


def test_a_comparison_after_a_denial_is_no_example(knowledge_base: KnowledgeBase) -> None:
    text = "I don't have the MND symptoms, like my hands are weak"
    assert about_the_person_now(text, knowledge_base)["hand_weakness"] == "present"


@pytest.mark.parametrize("text", ["Drooling? Fine.", "drooling? all good", "Is my mouth drooling? Normal."])
def test_a_question_answered_with_a_fine_word_is_denied(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["drooling"] == "absent"


def test_a_fine_word_that_goes_on_answers_nothing(knowledge_base: KnowledgeBase) -> None:
    text = "Drooling? Fine most days but worse at night."
    assert about_the_person_now(text, knowledge_base)["drooling"] == "present"


# Doubts in the words of people who do not know


@pytest.mark.parametrize(
    "text",
    [
        "I can't work out if my grip is weaker.",
        "Who knows if my hands are weaker.",
        "No clue whether my hands are weaker.",
        "Haven't a clue if my hands are weaker.",
        "My hands may or may not be weaker.",
        "I'm not convinced my hands are weaker.",
        "Can't really judge if my hands are weaker.",
        "My wife says my hands are weaker. I don't see it.",
    ],
)
def test_doubts_of_people_who_do_not_know(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["hand_weakness"] == "uncertain"


@pytest.mark.parametrize(
    "text",
    ["No idea why my hands are weak.", "God knows why my hands are weak.", "no idea what to do about my weak hands"],
)
def test_a_doubt_about_why_or_what_to_do_takes_the_finding_as_given(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["hand_weakness"] == "present"


def test_no_doubt_is_no_doubt(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("No doubt my hands are weaker.", knowledge_base)["hand_weakness"] == "present"


def test_a_function_said_not_a_problem_without_a_verb_is_fine(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("Swallowing fine, breathing not a problem at the moment.", knowledge_base)
    assert found["breathless_at_rest"] == "absent"
