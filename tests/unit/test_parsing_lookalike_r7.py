"""Session 7, findings the writer did not report: spells told as a span of time, occasions dated by an activity,
and everyday senses of body words."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # a finding told as what happened in a past span of minutes or hours was a spell that ended
        (
            "I had about half an hour on Sunday where my right hand went weak and clumsy, then it was fine.",
            "hand_weakness",
        ),
        ("There were ten minutes last night when I couldn't lift my left arm, then it came back.", "asymmetric_onset"),
    ],
)
def test_a_span_the_finding_filled_is_a_spell(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == "resolved"
    assert readings(text, knowledge_base)["transient_episode"] == ("present", "self", "current")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("for the last hour my arm has been weak", "hand_weakness"),  # up to now
        ("I had ten minutes where my hand went weak and it is still weak now", "hand_weakness"),  # still
        ("every morning there are a few minutes where my hands are numb", "numbness"),  # a habit, not a past spell
    ],
)
def test_a_span_up_to_now_is_no_spell(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == "current"


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # an activity dates an occasion, which may be now; a time of life dates the past
        ("An hour ago when I was cooking my right arm went weak", "sudden_onset", "current"),
        ("when I was walking the dog this morning my left leg gave way", "leg_weakness", "current"),
        ("when I was a teenager I fainted a lot", "fainting", "past"),
        ("when I was expecting my son my hands went numb", "numbness", "past"),
    ],
)
def test_when_i_was_doing_something_is_an_occasion(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # a body part owned by "its" is a thing's or an animal's
        ("the council is dragging its feet over my blue badge", "foot_drop"),
        ("the garden bench is wobbly on its legs", "leg_weakness"),
        # worn out, not numb
        ("I'm asleep on my feet by the afternoon", "numbness"),
        ("she's dead on her feet after a night shift", "numbness"),
        # keen to do something
        ("I'm twitching to get back on my bike", "fasciculations"),
    ],
)
def test_everyday_senses_of_body_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert evidence_id not in readings(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my grip is going, the hand has lost its grip on cups", "hand_weakness"),  # a hand's own grip
        ("my calf is twitching to the point I can see it", "fasciculations"),
        ("my feet are numb and feel dead", "numbness"),
    ],
)
def test_body_words_in_their_own_sense(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert readings(text, knowledge_base)[evidence_id] == ("present", "self", "current")


@pytest.mark.parametrize(
    "text",
    [
        # a diagnosis named in a fear is feared, not made: the fear's whole word family
        "I'm paranoid I have MND after reading too much",
        "honestly petrified I've got ALS",
        "I'm obsessed with the idea that I have motor neurone disease",
    ],
)
def test_a_feared_diagnosis_is_not_made(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base).get("known_als_diagnosis", ("absent",))[0] != "present"


def test_a_made_diagnosis_with_a_fear_after_it(knowledge_base: KnowledgeBase) -> None:
    text = "I was diagnosed with MND last year and I'm nervous about the next clinic"
    assert readings(text, knowledge_base)["known_als_diagnosis"] == ("present", "self", "current")


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # a function that has not come back is still lost; a symptom that has not come back is over
        ("Mum says the sight in her left eye went dark this morning and hasn't come back", "sudden_onset", "current"),
        ("my speech went slurred an hour ago and it hasn't come back", "slurred_speech", "current"),
        ("the twitch in my calf hasn't come back since March", "fasciculations", "resolved"),
        # a worried person's habit stopped is no recovery of the symptom
        ("My twitches are settling and I've stopped checking my hands in the mirror.", "fasciculations", "current"),
        # "just before" is before the event told, not a time now past
        ("I was on the floor before I knew it. My heart was pounding just before.", "palpitations", "current"),
        ("I had palpitations before, years ago", "palpitations", "past"),
        # bouts that started: the span goes on from them
        ("since the choking-on-drinks episodes started I've had a temperature", "choking_on_liquids", "current"),
        ("his speech has been slurred since his stroke", "stroke_signs", "past"),
    ],
)
def test_recoveries_and_dates_said_of_the_right_thing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    "text",
    [
        # a finding told inside the words of its own site variant is that variant, not a second complaint
        "numb where you sit on a bike since Friday",
        "reduced pinprick S3-S5 on exam",
    ],
)
def test_a_finding_inside_its_site_variant_is_the_variant(knowledge_base: KnowledgeBase, text: str) -> None:
    found = readings(text, knowledge_base)
    assert found["saddle_numbness"] == ("present", "self", "current")
    assert "numbness" not in found


def test_a_finding_beside_its_site_variant_stays(knowledge_base: KnowledgeBase) -> None:
    found = readings("numb feet and numb where you sit on a bike", knowledge_base)
    assert found["numbness"] == ("present", "self", "current")
    assert found["saddle_numbness"] == ("present", "self", "current")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # a red flag's word naming a service, a job or a check names no finding; it is still asked about
        ("I work on a stroke ward and my feet tingle", "stroke_signs"),
        ("we did the stroke check at home: face fine, arms fine", "stroke_signs"),
        ("I volunteer for a suicide prevention helpline and my hands are numb", "suicidal_thoughts"),
        # a red flag in a figure is asked about too, not counted
        ("I could kill myself, figuratively speaking, my feet tingle", "suicidal_thoughts"),
    ],
)
def test_a_red_flag_in_an_everyday_sense_is_uncertain(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][0] == "uncertain"


def test_a_red_flag_said_plainly_stays(knowledge_base: KnowledgeBase) -> None:
    found = readings("I think I'm having a stroke, my face has dropped", knowledge_base)
    assert found["stroke_signs"] == ("present", "self", "current")


@pytest.mark.parametrize(
    "text",
    [
        # fed up with something, not worn out
        "I'm so tired of this twitching in my calves",
        "sick and tired of waiting for the neurologist, my feet burn",
    ],
)
def test_tired_of_something_is_fed_up(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "fatigue" not in readings(text, knowledge_base)


def test_tired_all_the_time_is_fatigue(knowledge_base: KnowledgeBase) -> None:
    assert readings("I'm tired all the time and my legs ache", knowledge_base)["fatigue"] == (
        "present",
        "self",
        "current",
    )
