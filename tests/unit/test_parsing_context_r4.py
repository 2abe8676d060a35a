"""Who and when, fourth round: carers' messages and long posts that mix the patient's findings with other people's,
and time words that do not place a finding in the past."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings

# Who


def test_she_stands_for_the_last_woman_named_not_the_last_person(knowledge_base: KnowledgeBase) -> None:
    text = "Gran keeps forgetting things and asks for my grandad all day, then says her feet are numb."
    assert readings(text, knowledge_base)["numbness"][1] == "self"


def test_a_speaker_no_one_was_named_for_is_a_clinician(knowledge_base: KnowledgeBase) -> None:
    text = "Reflexes at the knee were brisk, she said, and balance was normal. My calves still twitch."
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "present"
    assert found["brisk_reflexes"] == "present"


def test_the_writer_as_someones_husband_is_not_another_person(knowledge_base: KnowledgeBase) -> None:
    text = "My partner's the one with ALS and I'm her husband. She coughs on every drink now."
    found = about_the_person_now(text, knowledge_base)
    assert found["known_als_diagnosis"] == "present"
    assert found["choking_on_liquids"] == "present"


@pytest.mark.parametrize(
    "text",
    ["My father is an MND patient and he chokes on water now.", "My aunt, a diabetic patient, has burning soles."],
)
def test_a_patient_described_is_not_the_writer(knowledge_base: KnowledgeBase, text: str) -> None:
    assert all(subject == "self" for _, subject, _ in readings(text, knowledge_base).values())


def test_a_noted_patient_is_who_she_stands_for(knowledge_base: KnowledgeBase) -> None:
    text = "Mrs K was drowsy this afternoon and coughing after her drinks. She has motor neurone disease."
    assert about_the_person_now(text, knowledge_base)["known_als_diagnosis"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Grandpa had a dizzy spell, it passed within minutes, and now his hands shake.",
        "Since Monday she hasn't passed any urine and her legs are weak.",
    ],
)
def test_passed_said_of_a_spell_or_urine_is_no_death(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base)  # someone who died is never the patient: here they are
    assert any(subject == "self" for _, subject, _ in readings(text, knowledge_base).values())


def test_a_word_of_address_is_no_person(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("knackered all week mate, and my hands are tingling", knowledge_base) == {
        "fatigue": "present",
        "tingling": "present",
    }


def test_a_pet_laughed_at_is_not_the_holder(knowledge_base: KnowledgeBase) -> None:
    text = "I giggle at the cat a lot, but not the uncontrollable laughing kind"
    assert about_the_person_now(text, knowledge_base).get("pseudobulbar_affect") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "My aunt by marriage had MND. My thighs twitch.",
        "My cousin had ALS, though we are not related by blood. My thighs twitch.",
        "My brother-in-law's ALS worries me. My thighs twitch.",
    ],
)
def test_a_relative_by_marriage_gives_no_family_history(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found["fasciculations"] == "present"
    assert "family_history_als" not in found


def test_kin_words_of_other_languages(knowledge_base: KnowledgeBase) -> None:
    text = "My lola was diagnosed with ALS, so I worry about my twitching thumb."
    assert about_the_person_now(text, knowledge_base)["family_history_als"] == "present"


def test_the_one_with_it_not_me(knowledge_base: KnowledgeBase) -> None:
    text = "My brother is the one with the drinking problem, not me. My feet burn at night."
    assert readings(text, knowledge_base)["tingling"][1] == "self"


def test_the_writer_s_own_problem_outranks_a_worry_for_a_friend(knowledge_base: KnowledgeBase) -> None:
    text = "My neighbour tripped and fell last week and I'm worried about him. My own problem is numb toes."
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


def test_a_writer_who_never_speaks_of_themselves_writes_about_the_person_named(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my father has been on omeprazole for years", knowledge_base) == {
        "acid_reducer_use": "present"
    }
    # but not about a relative whose only finding is a diagnosis, nor one the writer sets apart
    assert "known_als_diagnosis" not in about_the_person_now("my father has MND", knowledge_base)
    assert about_the_person_now("my wife is on metformin, not me", knowledge_base).get("metformin_use") != "present"


# When


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("My grip is getting weaker and it won't quit.", "hand_weakness"),
        ("Heavy drinker, trying to quit, and my soles burn.", "heavy_alcohol_use"),
        ("On lansoprazole for a decade now and my tongue is sore.", "acid_reducer_use"),
        ("In the past two weeks her legs have got so weak she needs a frame.", "leg_weakness"),
        ("Both my feet went numb last spring and it has crept up to my shins.", "numbness"),
        ("Three years sober now after a long time drinking heavily. My feet are numb.", "numbness"),
        ("I have feeling of pins and needles in my hands, mostly at night, legs totally fine.", "tingling"),
        ("ALS diagnosed last year, I cry at nothing and can't reel it back in", "pseudobulbar_affect"),
        ("I stopped dancing because my legs feel weak.", "leg_weakness"),
    ],
)
def test_words_that_do_not_place_a_finding_in_the_past(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == "current"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("Did laughing gas at university, and now my hands tingle.", "nitrous_oxide_use"),
        ("Had double vision in 2018 after a fall, and now my grip is weak.", "double_vision"),
        ("I was a heavy drinker two winters ago, now my hands tingle.", "heavy_alcohol_use"),
        ("His words have been slurred since his stroke.", "stroke_signs"),
    ],
)
def test_words_that_place_a_finding_in_the_past(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == "past"


def test_a_level_at_a_number_is_no_age(knowledge_base: KnowledgeBase) -> None:
    assert readings("Folate fine but B12 low at 19 last week", knowledge_base)["low_b12_level"][2] == "current"


@pytest.mark.parametrize(
    "text",
    [
        "I need to get this sorted, my calves twitch all day.",
        "She has got the pills all sorted and says she wants to end her life.",
    ],
)
def test_sorted_as_a_wish_or_an_arrangement_is_no_recovery(knowledge_base: KnowledgeBase, text: str) -> None:
    assert all(time == "current" for _, _, time in readings(text, knowledge_base).values())


def test_a_recovery_in_a_part_with_its_own_finding_is_that_finding_s(knowledge_base: KnowledgeBase) -> None:
    text = "Her cough is so weak she can't clear it, a chest infection in May (cleared)"
    assert readings(text, knowledge_base)["weak_cough"][2] == "current"


def test_a_respite_is_no_recovery(knowledge_base: KnowledgeBase) -> None:
    text = "He's been confused all week, lost in his own home, then fine for a morning, then muddled again."
    assert readings(text, knowledge_base)["confusion"][2] == "current"


def test_the_writer_as_an_object_is_not_the_holder(knowledge_base: KnowledgeBase) -> None:
    text = "Grandma is very muddled, didn't recognise me, thinks strangers are living in the loft"
    found = readings(text, knowledge_base)
    assert found["paranoia_psychosis"][1] == found["confusion"][1] == "self"


def test_the_writer_as_an_agent_gives_way_to_the_owner_of_the_place(knowledge_base: KnowledgeBase) -> None:
    text = "My tongue is sore and red. My dad feels nothing when I press on his feet."
    assert readings(text, knowledge_base)["numbness"][1] == "family"


def test_a_denial_after_a_recovery_is_of_now(knowledge_base: KnowledgeBase) -> None:
    text = "The tiredness cleared up after the jabs, no more tingling in my toes either."
    assert about_the_person_now(text, knowledge_base)["tingling"] == "absent"


def test_a_symptom_that_moved_has_not_gone(knowledge_base: KnowledgeBase) -> None:
    text = "The cramps in my calves eased off last month, now it's my hands that get them"
    assert about_the_person_now(text, knowledge_base)["muscle_cramps"] == "present"


@pytest.mark.parametrize(
    "text", ["I quit drinking last week because my feet went numb", "Stopped the gas because my legs went numb"]
)
def test_a_reason_after_a_past_or_recovery_word_holds_now(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["numbness"] == "present"


# Onset


def test_a_time_ago_of_something_said_or_done_is_no_onset(knowledge_base: KnowledgeBase) -> None:
    text = "Dad keeps asking what we ate, though I told him twenty minutes ago"
    assert "sudden_onset" not in readings(text, knowledge_base)
    assert readings("my face went droopy twenty minutes ago", knowledge_base)["sudden_onset"][0] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Over ten days she's gone from walking to the shops to needing a stick. It's all going so fast.",
        "Grandad laughs without any reason, suddenly, several times a day, and then cries.",
    ],
)
def test_speed_of_a_course_or_episodes_that_keep_coming_is_no_sudden_onset(
    knowledge_base: KnowledgeBase, text: str
) -> None:
    assert "sudden_onset" not in readings(text, knowledge_base)


def test_the_writer_perceiving_a_place_of_someone_else(knowledge_base: KnowledgeBase) -> None:
    text = "My feet are numb and tingly. Mum is fine but I've noticed twitching over her shoulders."
    assert readings(text, knowledge_base)["fasciculations"][1] == "family"


# Figures of speech


@pytest.mark.parametrize(
    "text",
    ["Got blind drunk at the wedding, my feet are numb though", "dying to get some answers, my feet are numb"],
)
def test_figures_of_speech(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"numbness": "present"}


def test_my_in_a_description_of_someone_else_is_not_the_writer(knowledge_base: KnowledgeBase) -> None:
    text = "Friend from my choir choked on a sandwich and got pneumonia, it shook me; I swallow fine"
    assert readings(text, knowledge_base)["fever_after_choking"][1] == "other"


def test_non_native_before_n_years_and_now_not(knowledge_base: KnowledgeBase) -> None:
    assert readings("Before 2 years I had numb feet, now not.", knowledge_base)["numbness"][2] != "current"


def test_a_curtain_that_lifted_is_a_brief_episode(knowledge_base: KnowledgeBase) -> None:
    text = "Yesterday a dark shadow came over my left eye for five minutes, then it lifted."
    found = readings(text, knowledge_base)
    assert "sudden_vision_loss_one_eye" not in found  # a loss that came back is part of the brief episode
    assert found["transient_episode"] == ("present", "self", "current")


def test_a_writer_with_nothing_like_a_relative_s_symptom_is_the_patient(knowledge_base: KnowledgeBase) -> None:
    text = "My grandad had awful cramps and twitching in his legs. I've never had anything like that."
    assert about_the_person_now(text, knowledge_base).get("fasciculations") != "present"
