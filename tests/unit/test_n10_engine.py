"""Engine rules of the tenth session (docs/scoring.md), with example sentences of their own (not corpus items)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from tests.parse_corpus.corpus import found_in

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _leaning(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Leaning:
    return score(MODEL, present, absent).leaning


def test_background_findings_need_no_explanation_once_another_explains_the_specific_ones() -> None:
    # Numb, burning feet in long-standing diabetes with a normal B12: tiredness beside it is background
    neuropathy = {"diabetes", "tingling", "numbness", "symmetric_feet_first"}
    assert _leaning(neuropathy | {"fatigue"}, {"low_b12_level"}) is Leaning.NEITHER
    # A block in a motor nerve beside weakness and twitching, and low mood
    block = {"motor_conduction_block", "hand_weakness", "asymmetric_onset", "fasciculations"}
    assert _leaning(block | {"low_mood"}, {"muscle_wasting", "brisk_reflexes"}) is Leaning.NEITHER


def test_background_findings_beside_a_harmless_finding_alone_still_need_an_explanation() -> None:
    # A flickering eyelid explains none of the memory trouble (its tiredness it does: thirteenth session)
    assert _leaning({"eyelid_twitching", "memory_problems"}) is not Leaning.NEITHER


def test_background_findings_never_clear_a_finding_the_explanation_does_not_cover() -> None:
    # Without the normal B12 result, diabetes is not the marker: B12 deficiency stays in play
    assert _leaning({"diabetes", "tingling", "numbness", "symmetric_feet_first", "fatigue"}) is not Leaning.NEITHER
    # Brisk reflexes are not explained by a block in a motor nerve
    block = {"motor_conduction_block", "hand_weakness", "fasciculations", "brisk_reflexes", "low_mood"}
    assert _leaning(block) is not Leaning.NEITHER
    # A cause of B12 deficiency keeps the normal result from settling it
    assert _leaning({"diabetes", "metformin_use", "tingling", "numbness", "fatigue"}, {"low_b12_level"}) is not (
        Leaning.NEITHER
    )


def test_chest_tightness_in_a_panic_is_part_of_overbreathing() -> None:
    # Saisch 1996: chest pain in 43% of people seen with acute hyperventilation
    panic = {"overbreathing_tingling", "tingling", "palpitations", "chest_pain"}
    assert _leaning(panic) is Leaning.NEITHER
    # Numb feet from the start keep B12 deficiency in play
    assert _leaning(panic | {"symmetric_feet_first", "numbness"}) is not Leaning.NEITHER


def test_numb_legs_with_saddle_numbness_and_weak_legs_are_pressure_on_the_nerves() -> None:
    # NICE CG75 / NG234: numbness, weakness or difficulty using the legs
    assert _leaning({"saddle_numbness", "leg_weakness", "numbness"}) is Leaning.NEITHER
    # Unsteadiness in the dark is not explained by it: B12 deficiency stays in play
    assert _leaning({"saddle_numbness", "numbness", "unsteady_in_dark", "symmetric_feet_first"}) is not (
        Leaning.NEITHER
    )


def test_well_each_morning_is_a_daily_pattern_not_a_recovery() -> None:
    # Worse as the day goes on and normal again each morning: myasthenia's fatigability (Sussman 2015)
    text = "My eyelid sags and I see two of things in the evenings. Every morning I'm totally normal again."
    assert found_in(text, KNOWLEDGE_BASE) == {"double_vision": "present"}
    assert found_in("Things look double after work, but in the mornings it's all fine.", KNOWLEDGE_BASE) == {
        "double_vision": "present"
    }
    # A recovery said once still resolves the finding
    assert found_in("I saw double for a week in May. It went away completely.", KNOWLEDGE_BASE) == {}


def test_a_whole_body_finding_both_profiles_list_is_not_the_second_finding() -> None:
    # Coughing on drinks and losing weight, with memory trouble: one ALS finding beside whole-body ones
    assert _leaning({"choking_on_liquids", "weight_loss", "memory_problems"}) is Leaning.INSUFFICIENT_EVIDENCE
    assert _leaning({"hand_weakness", "weight_loss"}) is Leaning.INSUFFICIENT_EVIDENCE
    # Two findings of the nervous system still name a profile, with weight loss beside them or not
    assert _leaning({"slurred_speech", "choking_on_liquids", "weight_loss"}) is Leaning.ALS
    assert _leaning({"hand_weakness", "muscle_wasting", "fasciculations", "weight_loss"}) is Leaning.ALS


def test_two_explanations_each_with_a_finding_of_its_own_can_share_the_picture() -> None:
    # Heavy periods for the tiredness, pallor and breathlessness; overbreathing for the tingling in a panic
    picture = {"heavy_periods", "fatigue", "pallor", "breathless_on_exertion", "overbreathing_tingling"}
    assert _leaning(picture, {"tingling", "numbness"}) is Leaning.NEITHER
    # An explanation without a finding of its own does not join: twitching beside a flickering eyelid and
    # an old stroke's weak hand stays in play
    assert _leaning({"past_stroke", "hand_weakness", "eyelid_twitching", "fasciculations"}) is not Leaning.NEITHER
    # A finding neither explanation covers keeps the profiles in play
    assert _leaning(picture | {"symmetric_feet_first"}) is not Leaning.NEITHER


def test_strong_periods_are_heavy_periods() -> None:
    text = "my period is very strong, I change pads every hour"
    assert found_in(text, KNOWLEDGE_BASE) == {"heavy_periods": "present"}
    assert "heavy_periods" not in found_in("strong periods of cramp in my calves", KNOWLEDGE_BASE)


def test_signs_of_parkinsons_are_read_from_how_carers_describe_them() -> None:
    assert found_in("his hand shakes when it's resting in his lap", KNOWLEDGE_BASE) == {"parkinsonism": "present"}
    assert found_in("she shuffles along the hall in little steps", KNOWLEDGE_BASE) == {"parkinsonism": "present"}
    assert found_in("my handwriting has got smaller this year", KNOWLEDGE_BASE)["parkinsonism"] == "present"
    assert found_in("no tremor when resting in her lap", KNOWLEDGE_BASE) == {"parkinsonism": "absent"}
    # Shaky after exercise, cards shuffled, small print on a screen: not Parkinson's
    assert "parkinsonism" not in found_in("my legs feel shaky when resting after a run", KNOWLEDGE_BASE)
    assert "parkinsonism" not in found_in("I shuffled the cards", KNOWLEDGE_BASE)
    assert "parkinsonism" not in found_in("the writing on my phone is tiny", KNOWLEDGE_BASE)
    assert "parkinsonism" not in found_in("my heart pounds even at rest and I'm shaking", KNOWLEDGE_BASE)


def test_signs_of_parkinsons_lean_neither_unless_a_finding_it_does_not_explain_is_there() -> None:
    # NICE NG71: a tremor at rest with slowness and stiffness is Parkinson's disease until shown otherwise
    assert _leaning({"parkinsonism", "stiffness_spasticity", "gradual_progression"}, {"numbness"}) is Leaning.NEITHER
    # Wasting, brisk reflexes or numb feet are not explained by it
    assert _leaning({"parkinsonism", "hand_weakness", "muscle_wasting", "fasciculations"}) is Leaning.ALS
    assert _leaning({"parkinsonism", "stiffness_spasticity", "brisk_reflexes", "babinski_sign"}) is not (
        Leaning.NEITHER
    )
    assert _leaning({"parkinsonism", "numbness", "symmetric_feet_first", "unsteady_in_dark"}) is not Leaning.NEITHER


def test_too_little_for_a_profile_that_came_on_over_days_is_something_else() -> None:
    # Weak legs, or wetting herself, worse day by day: a faster condition (Leonhard 2019; NICE NG234)
    assert _leaning({"leg_weakness", "rapid_progression"}) is Leaning.NEITHER
    assert _leaning({"bladder_bowel_problems", "rapid_progression"}) is Leaning.NEITHER
    # A course alone says nothing; a cause of B12 deficiency (nitrous oxide) or a low B12 keeps the question open
    assert _leaning({"rapid_progression"}) is Leaning.INSUFFICIENT_EVIDENCE
    assert _leaning({"tingling", "rapid_progression", "nitrous_oxide_use"}) is not Leaning.NEITHER
    assert _leaning({"tingling", "rapid_progression", "low_b12_level"}) is not Leaning.NEITHER
    # Answered both ways (slowly over months too) decides nothing
    assert _leaning({"leg_weakness", "rapid_progression", "gradual_progression"}) is not Leaning.NEITHER
