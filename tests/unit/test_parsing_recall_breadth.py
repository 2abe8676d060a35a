"""Findings said through everyday activities, comparisons, idioms, dialect and shorthand (round 4 breadth).

Each test is a class of wording, in sentences of its own (not corpus phrases), and most have a
counterpart that must stay silent, since a weakness or wasting read from ordinary words is needless alarm.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def said(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # household things only a hand works
        ("I can't get the can opener to turn any more", "hand_weakness"),
        ("struggling to peel an orange these days", "hand_weakness"),
        ("I can't squeeze the scissors properly", "hand_weakness"),
        ("my grip is going, I noticed it on the bus rail", "hand_weakness"),
        # a leg likened to something limp, or that will not bear weight
        ("my knees went soft on the stairs twice today", "leg_weakness"),
        ("my left leg won't take my weight first thing", "leg_weakness"),
        ("legs feel like wet noodles by the afternoon", "leg_weakness"),
        # numbness likened to cold that takes feeling away
        ("my toes feel like they've been packed in snow", "numbness"),
        ("I'm not able to feel my heels on the carpet", "numbness"),
        # breath on ordinary exertion
        ("I have to stop halfway up the hill to get my breath back", "breathless_on_exertion"),
        ("breathlessness pushing the trolley round the supermarket", "breathless_on_exertion"),
        # swallowing named as an issue
        ("he's had swallowing issues since the spring", "difficulty_swallowing"),
        # speech likened to numbness or drink
        ("I sound like I've just come out of the dentist", "slurred_speech"),
        ("on the phone I sound like I've had four pints", "slurred_speech"),
        ("I can't get my tongue round long words now", "slurred_speech"),
        # a plain statement of tiredness
        ("I am tired and pale most days", "fatigue"),
        # tiredness that has grown, or comes easily
        ("I've been getting more and more tired since the summer", "fatigue"),
        ("she tires easily now, gets tired easily doing anything", "fatigue"),
        # the heart or pulse likened to something loud or wild
        ("my pulse goes crazy when I lie on my left side", "palpitations"),
        ("my heart thuds in my ears at night", "palpitations"),
        ("I laugh at nothing funny during serious meetings", "pseudobulbar_affect"),
        ("in the mirror my tongue is squirming by itself", "tongue_twitching_wasting"),
        ("the muscle at the base of my thumb has sunk", "muscle_wasting"),
        ("my head is all mixed up these days", "memory_problems"),
        ("still foggy after the jabs", "memory_problems"),
        ("my B12 was undetectable", "low_b12_level"),
        ("I'm a big drinker, I admit", "heavy_alcohol_use"),
        ("my eyelid is dancing again", "eyelid_twitching"),
        ("this twitching drives me mad, it's just my right eyelid", "eyelid_twitching"),
        ("in the night I bounce off the walls on the way to the loo", "unsteady_in_dark"),
        ("with my eyes shut at the sink I'd go over", "unsteady_in_dark"),
        # dialect and shorthand for body parts
        ("ma hauns are useless, cannae grip the kettle", "hand_weakness"),
        ("sore tung and cracked lips", "sore_red_tongue"),
    ],
)
def test_everyday_wording_is_read(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("pins and noodles in both my feet, legs fine", "leg_weakness"),  # a typo, not limp legs
        ("or maybe I'm just tired, hard to say", "fatigue"),  # a dismissal, not a complaint
        ("when I get tired my eyelid flickers", "fatigue"),  # a condition, not a complaint
        ("I got tired of waiting for the GP to ring", "fatigue"),  # a figure of speech
        ("my eyes are foggy in the mornings", "memory_problems"),  # sight, not the mind
        ("the kids were dancing round the kitchen", "eyelid_twitching"),
        ("I take the dog round the supermarket car park", "breathless_on_exertion"),
    ],
)
def test_ordinary_words_stay_silent(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I'm yellow-ish round the eyes lately", "yellowish_skin"),
        ("my cough is so weak now, just a whisper", "weak_cough"),
        ("my legs feel like planks in the morning", "stiffness_spasticity"),
        ("the GP tapped my knee with the hammer and my leg shot out", "brisk_reflexes"),
        ("I see stars when I get out the car", "dizziness_on_standing"),
        ("I wake most days with a pounding skull", "morning_headache"),
        ("the telly has a ghost image beside every face", "double_vision"),
        ("the scales keep going down though I eat loads", "weight_loss"),
        ("vegetarian for years, no fish, no egg either", "vegan_diet"),
        ("my homocysteine was sky high", "raised_mma_or_homocysteine"),
        ("I take tablets for the sugar", "diabetes"),
    ],
)
def test_signs_and_history_in_lay_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the reason I'm writing is my toes, they burn every evening", "tingling"),
        ("it's my hands, they feel like they belong to someone else", "numbness"),
        ("soles aren't numb, they're burning", "tingling"),  # a new item with its own subject is not denied
    ],
)
def test_they_after_limbs_is_those_limbs(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my feet are fine and they don't feel numb",
        "my feet are fine and they're not numb",
    ],
)
def test_they_denied_is_no_limb(knowledge_base: KnowledgeBase, text: str) -> None:
    assert said(text, knowledge_base).get("numbness") != "present"


def test_they_in_another_sentence_are_people(knowledge_base: KnowledgeBase) -> None:
    assert said("My hands are fine. They burn the toast every morning", knowledge_base).get("tingling") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the kettle needs two hands now", "hand_weakness"),
        ("doing my daughter's hair tie is beyond me these days", "hand_weakness"),
        ("not being able to turn the tap properly is new", "hand_weakness"),
        ("my grip has got much worse", "hand_weakness"),
        ("my flip-flops keep slipping off my left foot", "foot_drop"),
        ("I topple when I close the eyes in the shower", "unsteady_in_dark"),
        ("he falls getting up for the toilet in the night with no lamp on", "unsteady_in_dark"),
        ("burning in both feet, kicked off same time last spring", "symmetric_feet_first"),
        ("pins and needles in my feet, started both sides together", "symmetric_feet_first"),
        ("my eyes are going blurry bit by bit", "gradual_progression"),
        ("a year on my right leg is weaker", "gradual_progression"),
        ("both arms weakened slowly over the winter", "gradual_progression"),
        ("I feel tired and low most evenings", "low_mood"),
    ],
)
def test_activities_and_courses_in_everyday_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("these twitches have been going on for months", "gradual_progression"),  # lasting, not worsening
        ("my flip-flops are in the wash", "foot_drop"),
        ("I'm going away for the summer and my legs are fine", "gradual_progression"),
    ],
)
def test_everyday_words_without_the_finding(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("constant fasikulashuns in both calves", "fasciculations"),  # -shuns typed as it sounds
        ("bad crampz in my feet at nite", "muscle_cramps"),  # a plural -z
        ("my legz r weak", "leg_weakness"),
    ],
)
def test_endings_typed_as_they_sound(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_a_diagnosis_spelt_out_letter_by_letter(knowledge_base: KnowledgeBase) -> None:
    assert said("the neuro confirmed I've got em en dee", knowledge_base).get("known_als_diagnosis") == "present"
    assert "known_als_diagnosis" not in said("I'm scared I might have a l s", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I checked my tongue with a torch, it was wriggling", "tongue_twitching_wasting"),
        ("my right hand, it's so clumsy these days", "hand_weakness"),
    ],
)
def test_it_after_one_site_is_that_site(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_it_in_a_cleft_stands_for_nothing(knowledge_base: KnowledgeBase) -> None:
    found = said("my eyes are fine, it's the twitching in my thighs", knowledge_base)
    assert found.get("fasciculations") == "present"
    assert "eyelid_twitching" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my soles are like walking on hot coals by evening", "tingling"),
        ("my feet feel like I'm walking on sponges", "numbness"),
        ("my B12 result, 110 pg/mL, so they started jabs", "low_b12_level"),
    ],
)
def test_similes_and_results(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_walking_on_hot_sand_is_burning_not_numbness(knowledge_base: KnowledgeBase) -> None:
    assert "numbness" not in said("my feet burn like walking on hot sand", knowledge_base)


def test_a_number_after_a_comma_is_a_result_only_after_a_result_word(knowledge_base: KnowledgeBase) -> None:
    assert "low_b12_level" not in said("I take B12, 2 tablets a day", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my handwriting has become a scrawl", "hand_weakness"),
        ("my signature looks like a child's now", "hand_weakness"),
        ("I struggle to type on the laptop now", "hand_weakness"),
        ("my thumbs keep missing the letters when I text", "hand_weakness"),
        ("my right toe keeps clipping the kerb", "foot_drop"),
    ],
)
def test_handwriting_typing_and_kerbs(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text", ["my handwriting is as neat as ever", "my handwriting has gone shaky", "I clipped my toenails"]
)
def test_handwriting_and_clipping_without_weakness(knowledge_base: KnowledgeBase, text: str) -> None:
    found = said(text, knowledge_base)
    assert found.get("hand_weakness") != "present"
    assert found.get("foot_drop") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the buttons on my cardigan take ages now", "hand_weakness"),
        ("my fingers won't obey me at the keyboard", "hand_weakness"),
        ("both hands have lost their strength since spring", "hand_weakness"),
        ("my legs won't do what I ask on the stairs", "leg_weakness"),
        ("my soles feel like blocks of wood", "numbness"),
        ("my fingertips feel like I'm wearing gloves", "numbness"),
    ],
)
def test_limbs_that_will_not_obey_and_feel_wrapped(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_legs_like_wood_are_stiff_not_numb(knowledge_base: KnowledgeBase) -> None:
    assert "numbness" not in said("my legs are stiff like wood in the morning", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("honestly I could sleep on a washing line", "fatigue"),
        ("my heart goes like a drum when I lie down", "palpitations"),
    ],
)
def test_idioms_of_tiredness_and_a_racing_heart(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_getting_up_to_go_is_no_idiom_of_tiredness(knowledge_base: KnowledgeBase) -> None:
    assert "fatigue" not in said("when I stand up to go out I feel fine", knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # the tongue, then "it" moving in the next part
        ("I checked my tongue with a torch, it was writhing", "tongue_twitching_wasting"),
        # the eyelid named apart from the twitch it has
        ("the twitching drives me mad. These days it's my left eyelid", "eyelid_twitching"),
        # the grip named as the trouble now
        ("the cramps have eased off, now it's my grip", "hand_weakness"),
        # a swallow no better, food that sits
        ("three weeks on and my swallowing is no easier", "difficulty_swallowing"),
        ("bits of toast sit in my throat after every meal", "difficulty_swallowing"),
    ],
)
def test_a_finding_named_apart_from_its_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my tongue looks normal, it's my thigh that keeps twitching", "tongue_twitching_wasting"),
        ("my eyes are fine, my calves twitch all evening", "eyelid_twitching"),
        ("my grip is fine, now it's my knees", "hand_weakness"),
        ("phlegm sits in my throat in the mornings", "difficulty_swallowing"),
    ],
)
def test_the_same_words_said_of_something_else_are_silent(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert said(text, knowledge_base).get(evidence_id) != "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("since Christmas her voice has gone completely downhill", "slurred_speech"),
        ("honestly I'm totally shattered by teatime", "fatigue"),
        ("my legs are heavy and tired by the evening", "fatigue"),
    ],
)
def test_speech_and_tiredness_in_longer_idioms(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert said(text, knowledge_base).get(evidence_id) == "present"


def test_a_shattered_thing_is_no_tiredness(knowledge_base: KnowledgeBase) -> None:
    assert "fatigue" not in said("the windscreen shattered in the hailstorm", knowledge_base)


def test_a_person_flat_most_days_is_low(knowledge_base: KnowledgeBase) -> None:
    assert said("since the diagnosis he's flat most days", knowledge_base).get("low_mood") == "present"
    assert "low_mood" not in said("he's lying flat for weeks after the operation", knowledge_base)
