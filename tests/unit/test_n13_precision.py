"""Thirteenth session, precision: findings the parser read that the writer did not state."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import Assertion, Subject, TimeFrame, parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def _present(text: str) -> set[str]:
    """The ids the text says of the person, now, for certain."""
    return {
        item.id
        for item in parse_text(text, KNOWLEDGE_BASE)
        if item.assertion is Assertion.PRESENT and item.subject is Subject.SELF and item.time is TimeFrame.CURRENT
    }


@pytest.mark.parametrize(
    "text",
    [
        "Both my hands go prickly overnight, it's been about a month.",
        "My palms go numb when I'm on the computer for long.",
    ],
)
def test_a_whole_hand_at_night_or_in_use_is_no_median_nerve_pattern(text: str) -> None:
    found = _present(text)
    assert found & {"tingling", "numbness"}
    assert "median_nerve_pattern" not in found


@pytest.mark.parametrize(
    "text",
    [
        "My index finger and thumb go prickly overnight.",
        "My fingertips go numb when I'm on the computer for long.",
    ],
)
def test_the_fingers_at_night_or_in_use_still_say_the_pattern(text: str) -> None:
    assert "median_nerve_pattern" in _present(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum now naps sat up in her recliner, because lying back she can't catch her breath.",
        "Dad sleeps in the armchair these days, if he lies down he gasps for air.",
    ],
)
def test_a_seat_slept_in_is_no_breathlessness_at_rest(text: str) -> None:
    found = _present(text)
    assert "breathless_lying_flat" in found
    assert "breathless_at_rest" not in found


def test_breathless_while_sitting_awake_stays_at_rest_beside_lying_flat() -> None:
    found = _present("Even sat in my chair I'm short of breath, and lying back it's worse.")
    assert {"breathless_at_rest", "breathless_lying_flat"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Since lunch her lip hangs on the right and her juice keeps dribbling out of that corner.",
        "His soup dribbled down his chin at tea, and his mouth looks crooked.",
    ],
)
def test_a_drink_dribbling_from_the_lips_is_no_drooling(text: str) -> None:
    assert "drooling" not in _present(text)


def test_saliva_dribbling_stays_drooling_beside_a_drink() -> None:
    assert "drooling" in _present("I'm always dribbling on my pillow at night, and tea is hard to swallow.")


def test_laughing_out_of_place_is_pseudobulbar_affect_not_a_changed_personality() -> None:
    found = _present("He bursts out laughing inappropriately at sad news and can't stop it.")
    assert "pseudobulbar_affect" in found
    assert "personality_change" not in found


def test_rude_remarks_stay_a_changed_personality() -> None:
    assert "personality_change" in _present("Lately she makes rude comments to strangers, which isn't like her.")
