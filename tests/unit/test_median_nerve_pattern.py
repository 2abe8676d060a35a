"""The median-nerve pattern (carpal tunnel syndrome): tingling or numbness in the thumb and first fingers, at night,
eased by shaking the hand or brought on by using it, with the feet spared (NICE CKS, carpal tunnel syndrome)."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import Assertion, Subject, TimeFrame, parse_text
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import KnowledgeBase

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
MEDIAN = "median_nerve_pattern"


def _median_read(text: str) -> bool:
    """Whether the text says the pattern of the person, now, for certain."""
    return any(
        item.id == MEDIAN
        and item.assertion is Assertion.PRESENT
        and item.subject is Subject.SELF
        and item.time is TimeFrame.CURRENT
        for item in parse_text(text, KNOWLEDGE_BASE)
    )


@pytest.mark.parametrize(
    "text",
    [
        "My thumb and index finger keep going numb.",
        "Pins and needles in the first three fingers of my left hand.",
        "I get a tingly pointer finger and middle finger most days.",
        "My right hand goes numb in the night and I have to flick my wrist to get the feeling back.",
        "Both hands are tingly when I wake up, and shaking them makes it go.",
        "My fingers go numb when I'm driving, mostly on the thumb side.",
        "Numb, tingling fingers whenever I'm knitting.",
    ],
)
def test_the_median_fingers_night_shaking_or_use_with_tingling_or_numbness_say_the_pattern(text: str) -> None:
    assert _median_read(text)


@pytest.mark.parametrize(
    "text",
    [
        # wider than the median nerve: feet too, a glove, the whole hand, the little finger
        "Tingling in my fingers and toes for a few months.",
        "My hands and feet get pins and needles at night.",
        "All my fingers go numb at night.",
        "My whole hand goes numb at night.",
        "My little finger and ring finger tingle at night.",
        # the lips as well, or a panic (breathing too fast tingles both hands and the mouth)
        "My lips and fingers tingle at night.",
        "I get panic attacks at night, my hands tingle and my chest goes tight.",
        # a limb slept on
        "My hand was numb this morning because I slept on it.",
        "Woke up with my arm dead from lying on it.",
        # no sensory words: wasting or weakness of the thumb is a motor finding (ALS's split hand)
        "The muscle at the base of my thumb has gone thin.",
        "My thumb is weak and I can't do up buttons.",
        # the thumb is the twitch's, and a grip is no trigger; "type 2" is no typing, "a text" no texting
        "My hands tingle and my thumb keeps twitching, and my grip is weaker.",
        "I have type 2 diabetes and my hands tingle.",
        "Sorry for the long text, my hands tingle.",
        "My grip is weak and I get tingling at night.",
        # a time of day or a hand's use without any tingling or numbness
        "My thumb aches at night.",
    ],
)
def test_wider_tingling_a_limb_slept_on_or_motor_words_alone_are_not_the_pattern(text: str) -> None:
    assert not _median_read(text)


def test_tingling_feet_anywhere_in_the_text_take_the_pattern_away() -> None:
    hands = "My thumb and first two fingers tingle at night and I shake my hand to ease it."
    assert _median_read(hands)
    assert not _median_read(hands + " My feet have been tingling too.")
    assert not _median_read(hands + " It started in both feet at the same time.")
    # feet said to be fine or free of it leave it, in its own sentence too
    assert _median_read(hands + " My feet are fine.")
    assert _median_read("My feet are fine but my thumb and index finger go numb at night.")
    assert _median_read("My thumb and index finger go numb at night, nothing in my feet.")
    assert not _median_read("My thumb and index finger go numb at night and my toes are numb too.")


@pytest.mark.parametrize(
    "text",
    [
        "No tingling or numbness in my thumb or fingers at night.",
        "I don't get pins and needles in my thumb.",
    ],
)
def test_a_denied_finding_is_never_the_pattern(text: str) -> None:
    assert not any(
        item.id == MEDIAN and item.assertion is Assertion.PRESENT for item in parse_text(text, KNOWLEDGE_BASE)
    )


@pytest.mark.parametrize(
    "text",
    [
        # the writer has symptoms of their own, so the sister is not the patient
        "My sister gets pins and needles in her thumb and index finger at night. I have twitching in my calf.",
        "Years ago, when I was pregnant, I used to get tingling in my thumb and first fingers at night.",
    ],
)
def test_someone_elses_or_a_past_pattern_is_not_the_persons_now(text: str) -> None:
    assert not _median_read(text)


def test_the_pattern_alone_leans_neither_and_offers_carpal_tunnel() -> None:
    result = assess_request(
        KNOWLEDGE_BASE, [], "My thumb and fingers go numb and tingly at night, and shaking my hand helps."
    )
    assert result.leaning is Leaning.NEITHER
    assert result.other_explanations[0].id == "carpal_tunnel"


def test_tingling_feet_beside_it_keep_b12_deficiency() -> None:
    text = "My thumb and fingers go numb and tingly at night, and shaking my hand helps. Both my feet tingle too."
    result = assess_request(KNOWLEDGE_BASE, [], text)
    assert result.leaning is Leaning.B12_DEFICIENCY
    assert MEDIAN not in {item.id for item in result.evidence_used}


def test_a_cause_of_b12_deficiency_beside_it_keeps_b12_deficiency() -> None:
    # NICE NG239 asks for a B12 test in a person on metformin with nerve symptoms
    text = "My thumb and fingers go numb and tingly at night. I've been taking metformin for ten years."
    assert assess_request(KNOWLEDGE_BASE, [], text).leaning is Leaning.B12_DEFICIENCY


def test_wasting_and_weakness_without_sensory_words_stay_with_als() -> None:
    text = "The muscle at the base of my thumb is wasting, my hand is weak and the muscles twitch."
    result = assess_request(KNOWLEDGE_BASE, [], text)
    assert result.leaning is Leaning.ALS
    assert MEDIAN not in {item.id for item in result.evidence_used}


def test_a_warning_sign_beside_it_still_escalates() -> None:
    hands = "My thumb and fingers go numb and tingly at night, and shaking my hand helps."
    calm = assess_request(KNOWLEDGE_BASE, [], hands)
    urgent = assess_request(KNOWLEDGE_BASE, [], hands + " Since yesterday I can't hold my wee and my bottom is numb.")
    assert calm.triage.level.value == "consultation"
    assert urgent.triage.level.value.startswith("emergency")


def test_the_profiles_set_the_pattern_against_both() -> None:
    links = {
        condition.id: link.direction.value
        for condition in KNOWLEDGE_BASE.conditions
        for link in condition.associations
        if link.evidence_id == MEDIAN
    }
    assert links == {"als": "argues_against", "b12_deficiency": "atypical"}
    carpal_tunnel = next(item for item in KNOWLEDGE_BASE.alternatives if item.id == "carpal_tunnel")
    assert MEDIAN in carpal_tunnel.suggested_by


def test_at_the_scoring_layer_the_pattern_is_carpal_tunnel_until_a_finding_of_b12_deficiency_joins_it() -> None:
    hands = {MEDIAN, "tingling", "numbness"}
    assert score(MODEL, hands, set()).leaning is Leaning.NEITHER
    assert score(MODEL, hands | {"symmetric_feet_first"}, set()).leaning is Leaning.B12_DEFICIENCY
    # Balance worse in the dark is B12 deficiency's spinal cord; the median fingers alone do not point to the neck
    assert score(MODEL, hands | {"unsteady_in_dark"}, set()).leaning is Leaning.B12_DEFICIENCY
    # ...but beside neck pain and an electric feeling on bending the neck, a worn neck accounts for all of it
    neck = {MEDIAN, "tingling", "neck_pain", "lhermitte_sign"}
    assert score(MODEL, neck, set()).leaning is Leaning.NEITHER
    # a "no" to the pattern counts for neither profile
    split_hand = {"muscle_wasting", "fasciculations", "hand_weakness"}
    assert score(MODEL, split_hand, {MEDIAN}).leaning is score(MODEL, split_hand, set()).leaning is Leaning.ALS


def test_what_an_alternative_also_explains_must_be_evidence() -> None:
    carpal_tunnel = next(item for item in KNOWLEDGE_BASE.alternatives if item.id == "carpal_tunnel")
    stray = carpal_tunnel.model_copy(update={"id": "stray", "also_explains": ("no_such_finding",)})
    broken = KNOWLEDGE_BASE.model_dump() | {"alternatives": [*KNOWLEDGE_BASE.alternatives, stray]}
    with pytest.raises(ValueError, match="also_explains"):
        KnowledgeBase.model_validate(broken)
