"""Whether a finding holds now, went away, or belongs to the past; brief episodes that resolved."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base, readings


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        ("The tingling went away last year", "tingling", "resolved"),
        ("I had tingling for a while, but that settled after injections.", "tingling", "resolved"),
        ("Twitching for a month. Gone now.", "fasciculations", "resolved"),
        ("I used to get twitching as a teenager", "fasciculations", "past"),
        ("I had slurred speech for a day in March", "slurred_speech", "past"),
        ("Heavy drinker in the past, and balloons back in 2019", "nitrous_oxide_use", "past"),
        ("The tingling is creeping back", "tingling", "current"),
        ("I still have numb feet from back then", "numbness", "current"),
        ("my muscles look smaller than they used to", "muscle_wasting", "current"),
        ("I never used to get twitching but now I do", "fasciculations", "current"),
        # how things were before it began is not a recovery
        ("My feet started tingling today. I was completely fine yesterday.", "tingling", "current"),
        ("Tingling in my feet since Monday; I had been totally fine before that", "tingling", "current"),
        ("I had tingling in my feet, but it is completely fine now", "tingling", "resolved"),
    ],
)
def test_time_of_a_finding(knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


def test_what_persists_is_current_however_long_ago(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I had a gastric bypass five years ago", knowledge_base) == {
        "gastric_surgery": "present"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday my left hand went weak for twenty minutes, then it came back to normal",
        "my legs gave way for half an hour last weekend, then it passed",
        "on Sunday my right hand went weak for ten minutes and then it was fine",
        "her left leg went numb for a quarter of an hour, then it was normal",
    ],
)
def test_a_brief_deficit_that_resolved_is_a_transient_episode(knowledge_base: KnowledgeBase, text: str) -> None:
    now = about_the_person_now(text, knowledge_base)
    assert now["transient_episode"] == "present"
    assert "hand_weakness" not in now
    assert "leg_weakness" not in now


@pytest.mark.parametrize(
    "text",
    [
        "I had a mini stroke about 12 years ago and fully recovered",
        "Years ago my hand went weak for an hour, then it passed",
    ],
)
def test_an_episode_long_ago_is_history(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "transient_episode" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "the tingling in my toes hasn't settled since March",  # a recovery denied is no recovery
        "the twitching never went away",
        "the twitches are back in my calves",  # back again, not "back in 2019"
    ],
)
def test_denied_recoveries_and_returns_are_current(knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, knowledge_base)[next(iter(readings(text, knowledge_base)))][2] == "current"


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("the pins and needles came for a month, it finished in May", "resolved"),  # a plain "it finished"
    ],
)
def test_more_ends(knowledge_base: KnowledgeBase, text: str, frame: str) -> None:
    assert [time for _, _, time in readings(text, knowledge_base).values()][:1] == [frame]


def test_sober_now_is_the_abstinence() -> None:
    # The drinking is past; what is reported of now is that it was given up (given_up.py).
    found = readings("ten years sober now after drinking heavily", load_knowledge_base())
    assert found["heavy_alcohol_use"][0] == "absent"
    assert found["heavy_alcohol_use"][2] == "current"


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # An age in years places it in the past; a time of day does not.
        ("I blacked out at 16 during a school assembly", "fainting", "past"),
        ("I blacked out at 9 this morning", "fainting", "current"),
        # A clause pointing back to it, or an answer after its colon, that places it in the past.
        ("had pins and needles in my toes, but that was years ago", "tingling", "past"),
        ("My legs are weak, but I used to run marathons years ago", "leg_weakness", "current"),
        # "a decade ago"; a non-native "I stop last year".
        ("did balloons over a decade ago", "nitrous_oxide_use", "past"),
        ("I do the balloons a lot, I stop last year", "nitrous_oxide_use", "resolved"),
    ],
)
def test_more_ways_of_placing_it_before_now(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, real_knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # A symptom named by its noun, then gone, went away; a function that has gone is lost, not recovered.
        ("Tingling gone since the injections.", "resolved"),
        ("the pins and needles have gone, thank goodness", "resolved"),
        ("the tingling is gone but my legs are weak", "resolved"),
    ],
)
def test_a_symptom_gone(real_knowledge_base: KnowledgeBase, text: str, time: str) -> None:
    assert readings(text, real_knowledge_base)["tingling"][2] == time


def test_a_lost_function_is_not_a_recovery(real_knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("the feeling in my toes has gone", real_knowledge_base).get("numbness") != "absent"
    assert readings("my legs are weak and the tingling is gone", real_knowledge_base)["leg_weakness"][2] == "current"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # "totally fine" before a time that went before is how things were, not a recovery.
        ("my feet went numb on Tuesday. Completely fine until then.", "current"),
        ("numb feet since lunch, totally fine yesterday", "current"),
        ("my feet were numb for a day, then totally fine", "resolved"),
    ],
)
def test_fine_before_it_began_is_no_recovery(knowledge_base: KnowledgeBase, text: str, time: str) -> None:
    assert readings(text, knowledge_base)["numbness"][2] == time


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # A function that "went off" is lost; a symptom that went off eased.
        ("the sight in my left eye went off an hour ago", "sudden_vision_loss_one_eye", "current"),
        ("the numbness went off after a week", "numbness", "resolved"),
    ],
)
def test_a_function_that_went_off_is_lost(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, real_knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # A next part that points back and says it is fine now is a recovery, even before other findings.
        (
            "my calves cramped after football on Sunday, but they're fine now, it's the tingling I mind",
            "muscle_cramps",
            "resolved",
        ),
        (
            "my calves cramped after football on Sunday, but they're fine now, it's the tingling I mind",
            "tingling",
            "current",
        ),
        # "packed in" of a symptom is a recovery; of a limb, a loss.
        ("the cramp kept on for a week and then packed in", "muscle_cramps", "resolved"),
        # A holiday said in the past tense is an occasion past; "since" keeps it current.
        ("I had a sore mouth ulcer over Easter", "mouth_ulcers", "past"),
        ("mouth ulcers ever since Easter", "mouth_ulcers", "current"),
        # A past finding said to go on in the next part still holds.
        ("I had cramps back in my twenties, and I still get them", "muscle_cramps", "current"),
        ("had pins and needles in my feet last winter, still there", "tingling", "current"),
    ],
)
def test_time_said_by_the_next_part(real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str) -> None:
    assert readings(text, real_knowledge_base)[evidence_id][2] == time


def test_a_past_date_is_not_undone_by_a_denial_after_it(real_knowledge_base: KnowledgeBase) -> None:
    now = about_the_person_now("my hands tingled for a bit years ago, never since", real_knowledge_base)
    assert now.get("tingling") != "present"


def test_a_limb_that_packed_in_is_lost(real_knowledge_base: KnowledgeBase) -> None:
    assert (
        about_the_person_now("my left leg just packed in on the stairs", real_knowledge_base).get("leg_weakness")
        != "absent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Years ago I had a mini stroke, my face drooped for ten minutes then fine.",
        "My arm went numb for twenty minutes as a teenager, then totally fine",
    ],
)
def test_a_brief_episode_long_ago_is_history(real_knowledge_base: KnowledgeBase, text: str) -> None:
    assert "transient_episode" not in about_the_person_now(text, real_knowledge_base)


def test_a_recent_brief_episode_holds(real_knowledge_base: KnowledgeBase) -> None:
    now = about_the_person_now("this morning my face drooped for ten minutes then fine", real_knowledge_base)
    assert now.get("transient_episode") == "present"


def test_a_device_put_in_is_no_word_of_now(real_knowledge_base: KnowledgeBase) -> None:
    text = "I used to get cramps every night before I had the stent put in"
    assert about_the_person_now(text, real_knowledge_base).get("muscle_cramps") != "present"
    started = "the GP put me on omeprazole years back and I'm still taking it"
    assert about_the_person_now(started, real_knowledge_base).get("acid_reducer_use") == "present"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # "it went completely" after a symptom is a recovery.
        ("my toes had pins and needles after the op, it went completely", "resolved"),
        # "which way it went" is no recovery.
        ("pins and needles in my toes, I can't tell which way it went", "current"),
    ],
)
def test_it_went_completely(real_knowledge_base: KnowledgeBase, text: str, time: str) -> None:
    assert readings(text, real_knowledge_base)["tingling"][2] == time


def test_completely_normal_since_ends_an_episode(real_knowledge_base: KnowledgeBase) -> None:
    text = "This morning my face drooped on one side for ten minutes. Totally normal since, seeing the GP later."
    found = about_the_person_now(text, real_knowledge_base)
    assert found.get("transient_episode") == "present"
    assert "stroke_signs" not in found
    assert about_the_person_now("my speech is totally normal", real_knowledge_base).get("slurred_speech") == "absent"


def test_a_change_by_a_degree_dated_in_the_past_holds(real_knowledge_base: KnowledgeBase) -> None:
    assert readings("my toes went a little numb last winter", real_knowledge_base)["numbness"][2] == "current"


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # A consequence after "so" is now, though the clause began in the past.
        ("my dad had MND when I was a teenager so every cramp I get worries me", "muscle_cramps", "current"),
        # "so" as an intensifier keeps the past.
        ("as a teenager I was so tired all the time", "fatigue", "past"),
    ],
)
def test_a_consequence_of_the_past_is_now(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, real_knowledge_base)[evidence_id][2] == time


@pytest.mark.parametrize(
    "text",
    [
        # Another part of a limb said fine in the next sentence is a place, not a recovery.
        "My left thumb keeps going numb when I drive. The ring finger is totally fine.",
        "Numbness across the sole of my right foot. Heel completely fine though.",
    ],
)
def test_another_part_of_a_limb_fine_is_no_recovery(real_knowledge_base: KnowledgeBase, text: str) -> None:
    assert readings(text, real_knowledge_base)["numbness"][2] == "current"


def test_a_long_time_ago_is_the_past(real_knowledge_base: KnowledgeBase) -> None:
    assert readings("A long time ago my legs were weak for a while.", real_knowledge_base)["leg_weakness"][2] == "past"
