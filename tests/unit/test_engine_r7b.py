"""Engine rules of round 7, phase 2 (docs/scoring.md), each shown at the scoring layer with pictures of our own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import scoring_model

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _score(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Scores:
    return score(MODEL, present, absent)


def test_als_is_not_named_on_behaviour_memory_or_confusion_alone() -> None:
    # Gold Coast criteria (Shefner 2020): ALS needs progressive motor impairment
    assert _score({"personality_change", "memory_problems", "confusion"}).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # A motor, bulbar or breathing finding beside the change in behaviour still names it
    assert _score({"personality_change", "slurred_speech", "difficulty_swallowing"}).leaning is Leaning.ALS


def test_a_whole_body_finding_both_profiles_share_shows_neither_in_an_overlap() -> None:
    # Thinner and tired, with morning headaches: weight loss is typical of both, so B12 shows nothing of its own
    picture = {"weight_loss", "fatigue", "morning_headache", "gradual_progression"}
    assert _score(picture).leaning is Leaning.INSUFFICIENT_EVIDENCE
    # Weak, stiff legs are shared too, but they are findings of the nervous system: both profiles show
    legs = {"leg_weakness", "stiffness_spasticity", "muscle_cramps", "fatigue", "weight_loss"}
    assert _score(legs).leaning is Leaning.OVERLAP


def test_several_whole_body_or_mood_findings_are_never_an_overlap() -> None:
    # Issue 10: tiredness, low mood, memory and weight loss occur in both conditions and without either
    general = {"fatigue", "low_mood", "memory_problems", "weight_loss"}
    assert _score(general).leaning is not Leaning.OVERLAP
    assert _score(general | {"gradual_progression"}).leaning is not Leaning.OVERLAP
    assert _score(general, {"tingling", "hand_weakness", "numbness"}).leaning is not Leaning.OVERLAP


def test_a_no_to_general_findings_never_overturns_a_specific_picture() -> None:
    # Issue 10: denying tiredness or low mood says nothing about nerves or muscles
    general = {"fatigue", "low_mood", "memory_problems", "weight_loss"}
    for picture, leaning in (
        ({"tingling", "numbness", "unsteady_in_dark"}, Leaning.B12_DEFICIENCY),
        ({"hand_weakness", "muscle_wasting", "fasciculations"}, Leaning.ALS),
        ({"muscle_wasting", "slurred_speech"}, Leaning.ALS),
    ):
        assert _score(picture).leaning is leaning
        assert _score(picture, general).leaning is leaning
