"""Who a finding is about: the patient the text names, clinicians, the writer as a relative, "it" for a diagnosis."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "My legs are weak. Went to the neurologist, she said there is muscle wasting and twitching.",
        "My legs are weak. The GP said he could see twitching and muscle wasting.",
    ],
)
def test_a_clinician_is_never_the_patient(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {
        "leg_weakness": "present",
        "muscle_wasting": "present",
        "fasciculations": "present",
    }


def test_his_or_her_after_a_clinician_is_still_the_person_examined(knowledge_base: KnowledgeBase) -> None:
    text = "I have numb feet. Mum saw the doctor and he said her hands are weak."
    assert readings(text, knowledge_base)["hand_weakness"][1] == "family"
    assert about_the_person_now(text, knowledge_base) == {"numbness": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "I have ALS myself, but I'd like to ask for my sister: she has twitching in her arms.",
        "I was diagnosed with ALS two years ago. Writing for my son, he has twitching in his legs and cramps.",
    ],
)
def test_the_writer_is_family_of_a_relative_who_is_the_patient(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "present"
    assert found["family_history_als"] == "present"
    assert "known_als_diagnosis" not in found


def test_a_partner_who_is_the_patient_has_no_family_history_from_the_writer(knowledge_base: KnowledgeBase) -> None:
    text = "I have ALS, but I'm writing for my wife: she has twitching in her calves."
    assert about_the_person_now(text, knowledge_base) == {"fasciculations": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "My partner is the one with the twitching, he asked me to post. Arms and legs, no weakness.",
        "Not me: my dad is the one who has the twitching. Slurred speech too.",
    ],
)
def test_the_one_with_the_symptoms_is_the_patient(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["fasciculations"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My uncle has ALS. Worried. Twitching in both calves for a month.",
        "My mum has MND. Me: numb feet since spring. Twitching calves.",
    ],
)
def test_a_sentence_naming_no_one_is_about_the_patient(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found["family_history_als"] == "present"
    assert found["fasciculations"] == "present"
    assert "known_als_diagnosis" not in found


def test_a_sentence_naming_no_one_follows_a_relative_who_is_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "Grandad keeps choking on drinks. Numb feet as well."
    assert about_the_person_now(text, knowledge_base) == {"choking_on_liquids": "present", "numbness": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "My calves twitch and my GP thinks I have MND, my aunt had it.",
        "I was told I have ALS in March. My grandfather had it too.",
        "The neurologist thinks I have ALS. Dad died of it in 2001.",
    ],
)
def test_it_that_a_relative_had_is_the_diagnosis_named_before(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["family_history_als"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "My calves twitch all day. My brother had it too.",
        "I'm scared of ALS. My husband had it too.",
        "I'm scared of ALS. My friend had it checked.",
        "My GP thinks I have ALS. My dad had it checked last year.",
    ],
)
def test_it_is_no_family_history_otherwise(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "family_history_als" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I've had twitching in my calves for weeks. My friend has slurred speech and a weak grip.",
        "Twitching in my calves. My toddler has numb feet and weak legs, poor thing.",
        "Twitching in my calves. My son (6) has numb feet and weak legs.",
        "Twitching in my calves. My daughter is 5 and she has numb feet and weak legs.",
    ],
)
def test_a_friend_or_young_child_with_more_symptoms_is_not_the_patient(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert about_the_person_now(text, knowledge_base) == {"fasciculations": "present"}


@pytest.mark.parametrize(
    "text",
    [
        "My friend has slurred speech and a weak grip, what could it be?",
        "My son (6) has numb feet and weak legs.",
        "I have twitching. Asking for my friend though: she has slurred speech and a weak grip.",
    ],
)
def test_a_friend_or_young_child_is_the_patient_when_the_text_is_about_them(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert "fasciculations" not in about_the_person_now(text, knowledge_base)
    assert len(about_the_person_now(text, knowledge_base)) == 2


def test_an_adult_childs_age_or_a_duration_is_no_young_age(knowledge_base: KnowledgeBase) -> None:
    text = "Twitching in my calves. My son 3 weeks ago got numb feet and weak legs."
    assert about_the_person_now(text, knowledge_base) == {"numbness": "present", "leg_weakness": "present"}


def test_a_red_flag_said_by_plain_words_is_about_whom_the_words_are() -> None:
    # The knowledge base's own cue: choking words and fever words, not the choking finding.
    knowledge_base = load_knowledge_base()
    text = "Twitching in my calves. My toddler has a fever and keeps choking on his milk."
    assert readings(text, knowledge_base)["fever_after_choking"][1] == "family"
    assert about_the_person_now(text, knowledge_base) == {"fasciculations": "present"}
    # milk is a drink, so the choking is read too, as it is on water
    assert about_the_person_now("A fever and keeps choking on his milk.", knowledge_base) == {
        "fever_after_choking": "present",
        "choking_on_liquids": "present",
    }


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure whether my grandmother had MND, it was never talked about.",
        "I think my uncle had ALS but nobody is certain.",
    ],
)
def test_unsure_whether_a_relative_had_it_is_uncertain_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"family_history_als": "uncertain"}


@pytest.mark.parametrize(
    "text",
    ["I'm scared my dad has ALS. I have twitching.", "My dad had twitching and I'm scared it's ALS."],
)
def test_fear_for_a_relative_now_is_no_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "family_history_als" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "I have numb feet. My sister is a GP and she has slurred speech.",
        "I have numb feet. My aunt, a retired nurse, has slurred speech.",
    ],
)
def test_a_relative_who_is_a_clinician_is_still_the_relative(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base)["slurred_speech"][1] == "family"
    assert about_the_person_now(text, knowledge_base) == {"numbness": "present"}


def test_seeing_a_clinician_is_a_visit(knowledge_base: KnowledgeBase) -> None:
    text = "My legs are weak. Saw a neurologist, she said there is muscle wasting and twitching."
    assert about_the_person_now(text, knowledge_base) == {
        "leg_weakness": "present",
        "muscle_wasting": "present",
        "fasciculations": "present",
    }


def test_a_clinical_thing_names_no_clinician(knowledge_base: KnowledgeBase) -> None:
    text = "I have numb feet. My mum had a neuro exam and she has slurred speech."
    assert readings(text, knowledge_base)["slurred_speech"][1] == "family"


def test_worry_that_others_will_get_it_is_not_a_text_about_them() -> None:
    found = about_the_person_now(
        "I was diagnosed with ALS last year and I'm worried about my daughter inheriting it", load_knowledge_base()
    )
    assert found.get("known_als_diagnosis") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # A friend mentioned while the writer speaks of their own body or fear is not the patient.
        ("my colleague has had numb feet for ages and now I keep checking my toes", "numbness"),
        ("my flatmate keeps losing weight and I'm scared it's catching", "weight_loss"),
        # A stranger named by an article is never the patient.
        ("a guy at the gym collapsed yesterday and wet himself", "bladder_bowel_problems"),
        ("the man opposite on the ward keeps seeing things", "paranoia_psychosis"),
        # The writer who says nothing is wrong with them is the patient, not the partner they mention.
        ("my girlfriend has tingly hands, nothing's wrong with me though", "tingling"),
    ],
)
def test_people_in_passing_are_not_the_patient(real_knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert evidence_id not in about_the_person_now(text, real_knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # Without the writer speaking of themselves, the friend a text is about is still the patient.
        ("My friend has had numb feet for months, what could it be?", "numbness"),
        # People named along with the writer do what the writer does.
        ("me and the lads do nitrous every weekend", "nitrous_oxide_use"),
        # A teenager named by an age with "my teenage" is the writer's child, the patient of a parent's question.
        ("my teenage son (16) has pins and needles in his hands, is that a GP thing?", "tingling"),
    ],
)
def test_the_person_a_text_is_about_stays_the_patient(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, real_knowledge_base).get(evidence_id) == "present"


def test_a_diagnosis_asked_in_its_own_part_is_not_made(real_knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("calves cramping for a month, is this the start of MND?", real_knowledge_base)
    assert "known_als_diagnosis" not in found
    said = about_the_person_now("I have MND, is it normal to cough on water?", real_knowledge_base)
    assert said.get("known_als_diagnosis") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # A word for what the writer is names no other person.
        ("I'm a woman of 52 with tingling fingers", "tingling"),
        ("I am a man in my forties and my calves cramp", "muscle_cramps"),
        # A stranger inside a finding is its content, not its holder.
        ("Grandad keeps talking to a lady who isn't there", "paranoia_psychosis"),
    ],
)
def test_words_for_anyone_that_name_no_holder(real_knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, real_knowledge_base).get(evidence_id) == "present"
