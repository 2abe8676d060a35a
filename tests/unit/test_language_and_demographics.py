"""The cheap English check behind the text_not_english notice, and the age and sex arithmetic."""

import math

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.demographics import REFERENCE_AGE, Person, below_profiled_ages, minimum_age, prior_log_odds
from symptom_overlap.domain.language import looks_like_english

KNOWLEDGE_BASE = load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "Hola, desde hace unos meses tengo hormigueo y adormecimiento en los dos pies",
        "bhai jab phone zyada der tak chalata hoon to haath mein jhunjhuni hone lagti hai",
        "Dzień dobry, od miesiąca drgają mi mięśnie łydek, głównie wieczorem",
        "hhhh asdfgh jkjkjk qwwwe zxcv",
    ],
)
def test_text_in_other_languages_or_keyboard_mash_is_not_english(text: str) -> None:
    assert looks_like_english(text, KNOWLEDGE_BASE) is False


@pytest.mark.parametrize(
    "text",
    [
        "my feet have been numb for months and I feel wobbly in the dark",
        "Romberg positive. Vibration absent to knees bilaterally.",  # clinical shorthand: vocabulary words
        "twitchs in both calfs for 2 months, no weaknes",
    ],
)
def test_english_including_shorthand_and_typos_is_english(text: str) -> None:
    assert looks_like_english(text, KNOWLEDGE_BASE) is True


def test_a_few_words_cannot_be_judged() -> None:
    assert looks_like_english("ok lol", KNOWLEDGE_BASE) is None


def test_the_profiles_describe_adults() -> None:
    assert minimum_age(KNOWLEDGE_BASE) == 18  # NICE NG42 (adults); NG239 covers over 16s
    assert below_profiled_ages(KNOWLEDGE_BASE, Person(age=17))
    assert not below_profiled_ages(KNOWLEDGE_BASE, Person(age=18))
    assert not below_profiled_ages(KNOWLEDGE_BASE, Person())


def test_the_reference_person_leaves_the_odds_alone() -> None:
    assert prior_log_odds(KNOWLEDGE_BASE, Person()) == 0.0
    assert prior_log_odds(KNOWLEDGE_BASE, Person(age=REFERENCE_AGE)) == pytest.approx(0.0)


def test_men_lean_towards_als_by_the_cited_hazard_ratio() -> None:
    difference = prior_log_odds(KNOWLEDGE_BASE, Person(sex="female")) - prior_log_odds(
        KNOWLEDGE_BASE, Person(sex="male")
    )
    assert difference == pytest.approx(math.log(1.37))  # Batty & Gale 2021
    assert prior_log_odds(KNOWLEDGE_BASE, Person(sex="other")) == 0.0


def test_ten_years_from_forty_to_eighty_moves_the_odds_by_the_als_hazard_and_b12_prevalence() -> None:
    # From 50 to 60, ALS risk rises 1.92-fold (Batty & Gale 2021), while B12 deficiency prevalence rises
    # on the straight line in log odds between 3% at 20-39 (midpoint 29.5) and 5% at 65-74 (midpoint 69.5).
    shift = prior_log_odds(KNOWLEDGE_BASE, Person(age=60)) - prior_log_odds(KNOWLEDGE_BASE, Person(age=50))
    b12_per_year = (_logit(0.05) - _logit(0.03)) / (69.5 - 29.5)
    assert shift == pytest.approx(10 * b12_per_year - math.log(1.92))


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_the_als_hazard_is_not_extrapolated_beyond_the_cohorts_ages() -> None:
    young = prior_log_odds(KNOWLEDGE_BASE, Person(age=20))
    younger = prior_log_odds(KNOWLEDGE_BASE, Person(age=18))
    assert younger == pytest.approx(young)  # both below 40 (hazard) and below 29.5 (first B12 band)
