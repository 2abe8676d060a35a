"""Thirteenth session, precision: findings the parser read that the writer did not state.

Each test sets a misreading beside the reading that must stay, so that it fails without its mechanism."""

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
    ("whole_hand", "fingers"),
    [
        (
            "Both my hands go prickly overnight, it's been about a month.",
            "My index finger and thumb go prickly overnight.",
        ),
        (
            "My palms go numb when I'm on the computer for long.",
            "My fingertips go numb when I'm on the computer for long.",
        ),
    ],
)
def test_a_whole_hand_at_night_or_in_use_is_no_median_nerve_pattern_but_its_fingers_are(
    whole_hand: str, fingers: str
) -> None:
    found = _present(whole_hand)
    assert found & {"tingling", "numbness"}
    assert "median_nerve_pattern" not in found
    assert "median_nerve_pattern" in _present(fingers)


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
    awake = _present("Even sat in my chair I'm short of breath, and lying back it's worse.")
    assert {"breathless_at_rest", "breathless_lying_flat"} <= awake


@pytest.mark.parametrize(
    "text",
    [
        "Since lunch her lip hangs on the right and her juice keeps dribbling out of that corner.",
        "His soup dribbled down his chin at tea, and his mouth looks crooked.",
    ],
)
def test_a_drink_dribbling_from_the_lips_is_no_drooling(text: str) -> None:
    assert "drooling" not in _present(text)
    assert "drooling" in _present("I'm always dribbling on my pillow at night, and tea is hard to swallow.")


def test_laughing_out_of_place_is_pseudobulbar_affect_not_a_changed_personality() -> None:
    found = _present("He bursts out laughing inappropriately at sad news and can't stop it.")
    assert "pseudobulbar_affect" in found
    assert "personality_change" not in found
    assert "personality_change" in _present("Lately she makes rude comments to strangers, which isn't like her.")


@pytest.mark.parametrize(
    ("bare", "forgetful"),
    [
        ("When I stand on one leg my knees forget which way is up.", "Dad keeps forgetting, it's getting worse."),
        ("Sometimes you just forget to breathe when the twitches start.", "I go upstairs and forget why I went."),
    ],
)
def test_a_bare_forget_is_no_memory_problem_but_recurring_forgetting_is(bare: str, forgetful: str) -> None:
    assert "memory_problems" not in _present(bare)
    assert "memory_problems" in _present(forgetful)


def test_a_flash_alone_is_no_sudden_onset_but_a_deficit_in_a_flash_is() -> None:
    assert "sudden_onset" not in _present("The camera flash at the party gave me a headache, and my calves twitch.")
    assert "sudden_onset" in _present("My left leg went numb in a flash while I was gardening.")
