"""Engine rules of the ninth session (docs/scoring.md), with example sentences of their own (not corpus items)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import ReportedEvidence
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request
from tests.parse_corpus.corpus import found_in

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _leaning(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Leaning:
    return score(MODEL, present, absent).leaning


def test_heavy_periods_are_read_from_how_people_say_them() -> None:
    assert found_in("I've had heavy periods for a year", KNOWLEDGE_BASE) == {"heavy_periods": "present"}
    assert found_in("my periods are flooding with big clots", KNOWLEDGE_BASE) == {"heavy_periods": "present"}
    assert found_in("I don't have heavy periods", KNOWLEDGE_BASE) == {"heavy_periods": "absent"}
    # A stretch of time is not a period
    assert "heavy_periods" not in found_in("periods of heavy tiredness at work", KNOWLEDGE_BASE)
    assert "heavy_periods" not in found_in("the period of heavy lifting after the move", KNOWLEDGE_BASE)
    assert found_in("my periods have got really heavy", KNOWLEDGE_BASE) == {"heavy_periods": "present"}
    assert "heavy_periods" not in found_in("my arms go heavy for periods of the day", KNOWLEDGE_BASE)


def test_a_vaccine_is_not_an_infection() -> None:
    assert "after_viral_illness" in found_in("foggy and drained ever since I had covid", KNOWLEDGE_BASE)
    assert "after_viral_illness" not in found_in("my arm ached since the covid booster", KNOWLEDGE_BASE)
    assert "after_viral_illness" not in found_in("worn out after my flu jab", KNOWLEDGE_BASE)


def test_tiredness_and_pallor_with_heavy_periods_is_iron_deficiency_not_either_profile() -> None:
    anaemia = {"fatigue", "pallor", "breathless_on_exertion"}
    assert _leaning(anaemia | {"heavy_periods"}, {"tingling", "numbness"}) is Leaning.NEITHER
    result = assess_request(
        KNOWLEDGE_BASE,
        [ReportedEvidence(id="tingling", state="absent")],
        "My periods are flooding and I'm so tired and pale, the stairs leave me out of breath.",
        age=34,
        sex="female",
    )
    assert result.leaning is Leaning.NEITHER
    assert result.other_explanations[0].id == "iron_deficiency_anaemia"


def test_heavy_periods_never_hide_a_finding_of_either_profile() -> None:
    # Numb, tingling feet or a cause of B12 deficiency: B12 deficiency stays in play
    assert _leaning({"heavy_periods", "fatigue", "tingling", "symmetric_feet_first"}) is not Leaning.NEITHER
    assert _leaning({"heavy_periods", "fatigue", "pallor", "vegan_diet"}) is not Leaning.NEITHER
    assert _leaning({"heavy_periods", "pallor", "low_b12_level"}) is not Leaning.NEITHER
    # Weakness and wasting are not explained by low iron
    assert _leaning({"heavy_periods", "fatigue", "hand_weakness", "muscle_wasting", "fasciculations"}) is Leaning.ALS


def test_heavy_periods_do_not_lower_triage() -> None:
    text = "I have heavy periods, I'm pale and tired, and I had crushing chest pain an hour ago."
    with_periods = assess_request(KNOWLEDGE_BASE, [], text, age=40, sex="female")
    without = assess_request(KNOWLEDGE_BASE, [], text.replace("I have heavy periods, ", ""), age=40, sex="female")
    assert with_periods.triage.level.rank >= without.triage.level.rank


def test_an_infection_before_the_symptoms_is_read_as_their_start() -> None:
    assert found_in("ever since I had flu in January I'm shattered", KNOWLEDGE_BASE) == {
        "after_viral_illness": "present",
        "fatigue": "present",
    }
    assert "after_viral_illness" not in found_in("I caught covid last year and got over it fine", KNOWLEDGE_BASE)


def test_tiredness_and_brain_fog_after_an_infection_is_post_viral_not_either_profile() -> None:
    assert _leaning({"after_viral_illness", "fatigue", "memory_problems", "breathless_on_exertion"}) is Leaning.NEITHER
    result = assess_request(
        KNOWLEDGE_BASE,
        [ReportedEvidence(id="leg_weakness", state="absent")],
        "Since covid last spring I'm exhausted by lunchtime and I keep losing my words.",
        age=45,
    )
    assert result.leaning is Leaning.NEITHER
    assert result.other_explanations[0].id == "post_viral_fatigue"


def test_an_infection_never_explains_weakness_numbness_or_a_fast_course() -> None:
    # Weakness rising over days after a bug is Guillain-Barre syndrome's pattern, not post-viral tiredness
    result = assess_request(KNOWLEDGE_BASE, [], "After a flu my legs got weaker day by day this week.", age=50)
    assert "post_viral_fatigue" not in {other.id for other in result.other_explanations}
    assert (
        result.triage.level.rank
        >= assess_request(KNOWLEDGE_BASE, [], "My legs got weaker day by day this week.", age=50).triage.level.rank
    )
    assert _leaning({"after_viral_illness", "fatigue", "tingling", "symmetric_feet_first"}) is not Leaning.NEITHER
    assert _leaning({"after_viral_illness", "hand_weakness", "muscle_wasting", "fasciculations"}) is Leaning.ALS
    assert _leaning({"after_viral_illness", "fatigue", "low_b12_level", "pallor"}) is not Leaning.NEITHER


def test_no_urgent_mnd_referral_when_another_explanation_accounts_for_the_picture() -> None:
    result = assess_request(
        KNOWLEDGE_BASE,
        [],
        "My periods are flooding, I'm exhausted and pale and the stairs leave me out of breath.",
        age=34,
        sex="female",
    )
    assert result.leaning is Leaning.NEITHER
    tests = [t.id for t in result.recommended_tests]
    assert "serum_b12" in tests
    assert "neurology_referral" not in tests


def test_the_urgent_mnd_referral_stays_for_a_picture_leaning_to_als() -> None:
    evidence = [ReportedEvidence(id=i, state="present") for i in ("hand_weakness", "muscle_wasting", "fasciculations")]
    result = assess_request(KNOWLEDGE_BASE, evidence, None, age=58, sex="male")
    assert result.leaning is Leaning.ALS
    assert "neurology_referral" in [t.id for t in result.recommended_tests]
