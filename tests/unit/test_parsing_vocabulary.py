"""Vocabulary breadth: findings said in a person's own words, and red flags in plain words.

Every sentence here was written for these tests; none comes from the blind corpus or the vignettes.
"""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.parsing.lab_values import lab_readings
from symptom_overlap.domain.parsing.lexicon import lexicon_for

KNOWLEDGE_BASE = load_knowledge_base()


def read(text: str) -> dict[str, str]:
    """id -> assertion, for findings about the person now."""
    return {
        item.id: item.assertion.value
        for item in parse_text(text, KNOWLEDGE_BASE)
        if item.subject.value == "self" and item.time.value == "current"
    }


# --- suicidal thoughts: passive and active, and hints that bring the question --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I have thoughts of not waking up.",
        "I've considered ending things.",
        "I sometimes wish I could just not exist",
        "Honestly some days I hope I don't wake up",
        "I wouldn't mind if I didn't wake up tomorrow",
        "It would be easier for everyone if I was gone.",
        "My kids would honestly be better off if I just wasn't around anymore.",
        "Sometimes I think everyone would be happier without me.",
        "I wonder if everyone would be better off without me.",
        "I've been thinking about how my family would be better off without me.",
        "I keep thinking about ending everything, my calves won't stop twitching.",
        "I don't see the point in anything anymore",
        "I thought about jumping in front of a train",
        "honestly i just wanna die",
        "sometimes i dont wanna wake up",
        "i wish i was never born",
        "i think my life is not worth living anymore",
    ],
)
def test_passive_and_active_suicidal_language_is_read(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I feel like such a burden to my family",
        "I can't go on like this anymore",
        "I just want it all to end",
        "I've been having dark thoughts lately",
        "I'd rather die than end up on a ventilator",
        "I have been self harming",
        "Things are easier without me, my wife says",
        "Some nights I think my family would be better off.",
    ],
)
def test_words_that_only_hint_at_suicidal_thoughts_are_uncertain(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I have never had thoughts of harming myself",
        "I don't have any thoughts of not waking up",
        "No thoughts of ending things, just very low.",
    ],
)
def test_denied_suicidal_thoughts_are_absent(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I have written a note for my son and the painkillers are in the shed.",
        "I've kept my sleeping pills back for weeks and I'll take them all at once on Monday.",
    ],
)
def test_a_plan_or_the_means_says_suicidal_thoughts(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    ["I'm saving up my pills for the holiday in June", "She has been hoarding her painkillers in the bedside drawer"],
)
def test_saved_tablets_alone_only_bring_the_question(text: str) -> None:
    found = read(text)
    assert found.get("suicidal_thoughts") == "uncertain"
    assert found.get("suicide_plan") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "Known passive SI since the diagnosis, seen by the crisis team.",
        "Honestly I'd be better dead than stuck in a wheelchair.",
        "I've been thinking of dying by my own hand.",
        "I'm not planning on being around by the summer.",
    ],
)
def test_indirect_suicidal_thoughts_are_read(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "present"


@pytest.mark.parametrize(
    "text",
    ["I can't live like this, the cramps are every night", "Not sure if I can keep going with all this much longer"],
)
def test_not_coping_with_life_only_brings_the_question(text: str) -> None:
    assert read(text).get("suicidal_thoughts") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've googled how many I would need and the box in the kitchen has enough.",
        "There's a note for my sister saying goodbye, and the painkillers are counted out.",
        "I'm suicidal and I have a plan.",
    ],
)
def test_a_plan_the_lethal_amount_or_a_goodbye_beside_the_means_is_a_plan(text: str) -> None:
    assert read(text).get("suicide_plan") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "She has been giving her paintings away to friends, says she won't need them soon.",
        "I gave my records to my nephew on Sunday, I won't need them soon.",
    ],
)
def test_giving_possessions_away_only_brings_the_question(text: str) -> None:
    found = read(text)
    assert found.get("suicide_plan") == "uncertain"
    assert found.get("suicidal_thoughts") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've had thoughts about suicide this month but there is no plan.",
        "Some days I think of ending it all, no plans though.",
        "sucidal feelings now and then, nothing to do it with",
    ],
)
def test_thoughts_without_a_plan_deny_only_the_plan(text: str) -> None:
    found = read(text)
    assert found.get("suicidal_thoughts") == "present"
    assert found.get("suicide_plan") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I want to live long enough to walk my daughter down the aisle",
        "I want to be here for my grandchildren",
        "we want to go on a cruise next spring",
    ],
)
def test_wanting_to_live_is_no_wish_to_die(text: str) -> None:
    assert "suicidal_thoughts" not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't feel like a burden at all",  # a denied hint says nothing
        "I can't go on walking so far, my legs give out",
        "I want the cramps to stop",
        "My feet are fine now, the numbness is gone.",
        "The pain is better, it's gone now.",
        "At the end of the day my legs are weak.",
        "I was thinking about how much better my legs are",
        "My dad is a burden on the NHS he says",
        "I don't wanna go to the GP",
        "this job is not worth the hassle",
        "My heart races for no reason and I go dizzy when I stand",  # function words skipped must not join a phrase
        "I want to know if the dead feeling in my feet is B12",
    ],
)
def test_ordinary_sentences_raise_no_suicidal_thoughts(text: str) -> None:
    assert "suicidal_thoughts" not in read(text)


# --- blood results written as numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bloods: Hb 95, MCV 109 fL, B12 112 ng/L.", {"macrocytic_anaemia": "present", "low_b12_level": "present"}),
        ("My B12 came back at 98 pmol/L and folate was fine.", {"low_b12_level": "present"}),
        (
            "Serum B12 <100, homocysteine 42 umol/L",
            {"low_b12_level": "present", "raised_mma_or_homocysteine": "present"},
        ),
        ("Active B12 18 pmol/L", {"low_b12_level": "present"}),
        ("MMA 0.62, B12 410 ng/L", {"raised_mma_or_homocysteine": "present"}),
        ("B12 level was 175", {"low_b12_level": "uncertain"}),  # low in ng/L, normal in pmol/L
        ("B12: 98, MCV=105", {"low_b12_level": "present", "macrocytic_anaemia": "present"}),
    ],
)
def test_results_outside_the_reference_range_are_findings(text: str, expected: dict[str, str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "B12 450, MCV 88",
        "I take B12 1000 mcg daily",
        "Reference range for B12 is 200-900 ng/L",
        "active B12 60",
        "B12 injections every 3 months",
    ],
)
def test_normal_values_doses_and_ranges_say_nothing(text: str) -> None:
    assert read(text) == {}


# --- spelling slips that edit distance misses ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my leggs are weak", "leg_weakness"),  # a letter doubled
        ("calves feel stif and tight", "stiffness_spasticity"),  # a letter left single
        ("my tounge is sore", "sore_red_tongue"),  # inner letters in the wrong order
        ("tierd all the time", "fatigue"),
    ],
)
def test_doubled_and_scrambled_letters_are_read(text: str, expected: str) -> None:
    assert read(text).get(expected) == "present"


@pytest.mark.parametrize("text", ["I've been keeping a symptom diary", "I fell over the dog", "the hill is steep"])
def test_real_words_are_not_corrected_into_findings(text: str) -> None:
    assert read(text) == {}


# --- lay words for a concept, and patterns of non-native English -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm drained and have no energy at all", "fatigue"),
        ("Pale, exhausted, pins and needles in my feet.", "fatigue"),  # a bare word in a list of findings
        ("my mood has been really bad lately", "low_mood"),
        ("I've been so down since the twitching started", "low_mood"),
        ("I feel so sad all the time", "low_mood"),
        ("I get snappy at everyone for nothing", "low_mood"),
        ("his legs is weak and he can hardly walk now", "leg_weakness"),
        ("my knees keep giving in on the stairs", "leg_weakness"),
        ("I have weakness in the lower limbs", "leg_weakness"),
        ("my upper arms have gone thin", "muscle_wasting"),
        ("my shoulders look boney now", "muscle_wasting"),
        ("legs getting stiffer every month", "stiffness_spasticity"),
        ("tongue hurts and looks bright red", "sore_red_tongue"),
        ("The neurologist told me it is ALS.", "known_als_diagnosis"),
        ("Diagnosed last spring, bulbar onset.", "known_als_diagnosis"),
        ("I am an MND patient and my speech is going", "known_als_diagnosis"),
    ],
)
def test_lay_words_for_a_concept_are_read(text: str, expected: str) -> None:
    assert read(text).get(expected) == "present"


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("the swelling has gone down so much", "low_mood"),
        ("I'm tired of waiting for the neurology appointment", "fatigue"),
        ("My neighbour told me her son died of ALS.", "known_als_diagnosis"),
        ("I'm pale and was diagnosed with anaemia", "known_als_diagnosis"),
        ("Two people in my family have ALS and I worry", "known_als_diagnosis"),
        ("I can't feel my toes when walking barefoot", "leg_weakness"),
    ],
)
def test_nearby_ordinary_words_do_not_make_findings(text: str, not_expected: str) -> None:
    assert read(text).get(not_expected) != "present"


def test_numbness_where_one_sits_brings_the_saddle_question() -> None:
    # The area one sits on is the saddle, said plainly (the blind corpus's writers read it so).
    assert read("there's no feeling where you sit, since yesterday").get("saddle_numbness") == "present"
    assert "saddle_numbness" not in read("my legs go numb when I sit on the toilet too long")


def test_not_with_it_is_confusion_across_a_comma() -> None:
    assert read("Gran has been a bit off lately, not with it at all").get("confusion") == "present"


def test_slips_are_corrected_only_to_vocabulary_words() -> None:
    lexicon = lexicon_for(KNOWLEDGE_BASE)
    assert lexicon.correct_slip("leggs") == "legs"
    assert lexicon.correct_slip("tounge") == "tongue"
    assert lexicon.correct_slip("legs") is None  # a known word is left alone
    assert lexicon.correct_slip("table") is None


def test_lab_readings_name_where_the_value_stands() -> None:
    [reading] = lab_readings("Bloods fine apart from B12: 95 pmol/L")
    assert (reading.evidence_id, reading.uncertain) == ("low_b12_level", False)
    assert "Bloods fine apart from B12: 95 pmol/L"[reading.start : reading.end] == "B12: 95 pmol/L"


def test_a_value_the_unit_leaves_unsure_gives_way_to_words_that_say_it_is_low() -> None:
    assert read("my B12 was 170 and the doctor said that is low") == {"low_b12_level": "present"}
