"""Who and when, fourth round (second part): findings said by other findings keep the time of their words, and
more ways a writer's own findings are told apart from other people's."""

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings

# When


def test_a_finding_said_by_dated_plain_words_is_dated_too(knowledge_base: KnowledgeBase) -> None:
    text = "I got a chest infection from a crisp going down the wrong way three years ago. My feet tingle."
    found = readings(text, knowledge_base)
    assert found["fever_after_choking"][2] == "past"
    assert about_the_person_now(text, knowledge_base)["tingling"] == "present"


def test_a_finding_said_after_a_past_event_it_started_from_holds_now(knowledge_base: KnowledgeBase) -> None:
    text = "Ever since choking on a sip of coffee on Monday she has been hot and shivery and coughing up phlegm"
    assert readings(text, knowledge_base)["fever_after_choking"][2] == "current"


def test_a_habit_at_the_dentist_said_in_the_present_holds_now(knowledge_base: KnowledgeBase) -> None:
    text = "I burst out laughing at the dentist and at funerals, and it isn't because anything is funny"
    assert readings(text, knowledge_base)["pseudobulbar_affect"][2] == "current"
    assert readings("I passed out at the dentist once", knowledge_base)["fainting"][2] == "past"


# Who


def test_a_relatives_tablets_are_the_means_not_the_holder(knowledge_base: KnowledgeBase) -> None:
    text = "I keep thinking about ending it all. I've been counting my dad's painkillers and putting them aside."
    assert readings(text, knowledge_base)["suicide_plan"][1] == "self"


def test_people_named_along_with_the_writer_do_not_hold_the_writers_habit(knowledge_base: KnowledgeBase) -> None:
    text = "me n my cousins go through loads of laughing gas at festivals"
    assert about_the_person_now(text, knowledge_base)["nitrous_oxide_use"] == "present"
    text = "Me and my sister both get calf cramps, but she has motor neurone disease"
    found = readings(text, knowledge_base)
    assert found["muscle_cramps"][1] == "self"
    assert found["family_history_als"] == ("present", "self", "current")


def test_a_relatives_belief_about_themselves_is_not_a_diagnosis(knowledge_base: KnowledgeBase) -> None:
    found = readings("My cousin keeps saying he's got motor neurone disease, my arms ache", knowledge_base)
    assert found["known_als_diagnosis"][0] == "uncertain"
    assert found["family_history_als"][0] == "uncertain"
    said = readings("The consultant said he has motor neurone disease", knowledge_base)
    assert said["known_als_diagnosis"][0] == "present"


def test_a_finding_the_writer_says_they_have_right_after_it_is_theirs(knowledge_base: KnowledgeBase) -> None:
    text = "My neighbour's wife has MND and her illness began with twitches, so every twitch I get now terrifies me."
    found = readings(text, knowledge_base)
    assert found["fasciculations"][1] == "self"
    assert found["known_als_diagnosis"][1] == "other"


def test_the_person_a_finding_is_reported_by_does_not_hold_it(knowledge_base: KnowledgeBase) -> None:
    text = "Both knee jerks very brisk according to my physio cousin. My calves cramp at night."
    assert about_the_person_now(text, knowledge_base)["brisk_reflexes"] == "present"
    text = "I take two tablets per day, my husband has numb feet. I have cramps."
    assert readings(text, knowledge_base)["numbness"][1] == "other"  # a rate is not a source


def test_a_relative_who_has_decided_on_a_diagnosis_only_believes_it(knowledge_base: KnowledgeBase) -> None:
    found = readings("my son is 30 and he has decided it's ALS because his calves flicker", knowledge_base)
    assert found["known_als_diagnosis"][0] == "uncertain"
    assert readings("she is adamant she has MND", knowledge_base)["known_als_diagnosis"][0] == "uncertain"


def test_speech_said_heavy_in_the_mouth_is_no_face_droop(real_knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(
        "Her talking is slower lately, the words feel heavy in her mouth.", real_knowledge_base
    )
    assert "stroke_signs" not in found
    assert about_the_person_now("his mouth is heavy on the left side", real_knowledge_base)["stroke_signs"] == "present"
