"""History that stays true: a past spell of lost sight in one eye, and a stroke in the past.

The parser reads a spell of days or weeks that got better as `past_vision_loss_one_eye` (a brief spell of minutes
stays a brief episode), and a stroke named in the past as `past_stroke`; the engine lets multiple sclerosis account
for tingling, numbness and tiredness beside the first, and an earlier stroke for the weakness or slurred speech it
left, once such a marker points to it (docs/scoring.md, "Leaning"). Sentences and pictures are our own.
"""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request
from tests.parse_corpus.mechanism_kb import readings

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)
HISTORY = "past_vision_loss_one_eye"


def _readings(text: str) -> dict[str, tuple[str, str, str]]:
    return readings(text, KNOWLEDGE_BASE)


@pytest.mark.parametrize(
    "text",
    [
        "Three summers back my right eye went misty for ten days and hurt when I moved it, then it cleared.",
        "In 2018 I had optic neuritis in my left eye. It recovered completely.",
        "Two years ago my left eye went dim for a fortnight, then it came back.",
    ],
)
def test_a_spell_of_days_that_got_better_is_history_that_holds_today(text: str) -> None:
    found = _readings(text)
    assert found[HISTORY] == ("present", "self", "current")
    assert found["sudden_vision_loss_one_eye"][2] != "current"  # the loss itself is not happening now


@pytest.mark.parametrize(
    "text",
    [
        "Last month the vision in my left eye went grey for five minutes and then came back.",
        "My right eye has gone blurry since yesterday and it aches when I look sideways.",
        "No trouble with my eyes ever, never lost my sight.",
    ],
)
def test_a_brief_spell_a_current_loss_or_a_denial_is_not_that_history(text: str) -> None:
    assert HISTORY not in _readings(text)


def test_the_history_said_in_words_is_read_directly() -> None:
    assert _readings("I have a history of optic neuritis.")[HISTORY] == ("present", "self", "current")


def test_the_history_beside_sensory_findings_points_to_ms_not_b12() -> None:
    sensory = {"tingling", "numbness", "lhermitte_sign"}
    assert score(MODEL, sensory, frozenset()).leaning is Leaning.B12_DEFICIENCY
    assert score(MODEL, sensory | {HISTORY}, frozenset()).leaning is Leaning.NEITHER
    assert score(MODEL, {"lhermitte_sign", HISTORY}, frozenset()).leaning is Leaning.NEITHER


@pytest.mark.parametrize(
    "also",
    [
        {"symmetric_feet_first"},  # the start in both feet that B12 deficiency describes
        {"vegan_diet"},  # a cause of B12 deficiency
        {"low_b12_level"},  # a measured deficiency
        {"muscle_wasting"},  # something MS does not account for here
    ],
)
def test_findings_ms_does_not_account_for_keep_the_profiles_in_play(also: set[str]) -> None:
    picture = {"tingling", "numbness", HISTORY} | also
    assert score(MODEL, picture, frozenset()).leaning is not Leaning.NEITHER


def test_tingling_alone_does_not_suggest_ms() -> None:
    # Tingling is something MS accounts for, not something that points to it on its own.
    assessment = assess_request(
        KNOWLEDGE_BASE, [ReportedEvidence(id="tingling", state=EvidenceState.PRESENT)], None, age=40
    )
    assert "multiple_sclerosis" not in {explanation.id for explanation in assessment.other_explanations}


def test_an_assessment_from_text_names_ms_among_the_other_explanations() -> None:
    text = (
        "For a month my left leg and part of my stomach have felt numb and fizzy. "
        "Four years ago my right eye went blurry for two weeks and moving it hurt, then it got better."
    )
    assessment = assess_request(KNOWLEDGE_BASE, [], text, age=31)
    assert assessment.leaning is Leaning.NEITHER
    assert "multiple_sclerosis" in {explanation.id for explanation in assessment.other_explanations}


def test_a_stroke_named_in_the_past_is_history_and_a_look_alike_droop_is_not() -> None:
    assert _readings("Grandad had a stroke in 2016 and his left leg has dragged since.")["past_stroke"] == (
        "present",
        "self",
        "current",
    )
    assert "past_stroke" not in _readings("Two years ago my face drooped for a month with Bell's palsy, now fine.")


def test_stable_effects_of_an_earlier_stroke_fit_neither_profile_but_new_changes_keep_them_in_play() -> None:
    left_behind = {"past_stroke", "hand_weakness", "slurred_speech"}
    assert score(MODEL, left_behind, frozenset()).leaning is Leaning.NEITHER
    for new in ({"gradual_progression"}, {"fasciculations"}, {"muscle_wasting"}):
        assert score(MODEL, left_behind | new, frozenset()).leaning is not Leaning.NEITHER


def test_the_explanation_that_accounts_for_more_of_the_picture_is_listed_first() -> None:
    text = "Dad had a stroke in 2019. His speech has been a bit slurred ever since, no change."
    assessment = assess_request(KNOWLEDGE_BASE, [], text, age=81)
    assert assessment.leaning is Leaning.NEITHER
    assert assessment.other_explanations[0].id == "earlier_stroke"
