"""Engine rules of the ninth session, engine area (docs/scoring.md), with example sentences of their own."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request

KNOWLEDGE_BASE = load_knowledge_base()
MODEL = scoring_model(KNOWLEDGE_BASE)


def _leaning(present: set[str], absent: frozenset[str] | set[str] = frozenset()) -> Leaning:
    return score(MODEL, present, absent).leaning


def test_twitching_with_a_normal_emg_is_benign_twitching() -> None:
    assert _leaning({"fasciculations"}, {"emg_denervation"}) is Leaning.NEITHER
    assert _leaning({"fasciculations", "muscle_cramps"}, {"emg_denervation"}) is Leaning.NEITHER
    text = "My calves have been twitching for weeks. The nerve test (EMG) came back normal."
    assert assess_request(KNOWLEDGE_BASE, [], text).leaning is Leaning.NEITHER


def test_a_normal_emg_does_not_explain_away_weakness_or_stand_for_a_missing_test() -> None:
    # Weakness is not benign twitching, whatever the EMG said.
    assert _leaning({"fasciculations", "hand_weakness"}, {"emg_denervation"}) is not Leaning.NEITHER
    # Without a test, lone twitching stays too little to say.
    assert _leaning({"fasciculations"}) is Leaning.INSUFFICIENT_EVIDENCE
    # A measured low B12 is a finding of its own.
    assert _leaning({"fasciculations", "low_b12_level"}, {"emg_denervation"}) is not Leaning.NEITHER


def _found(text: str) -> dict[str, str]:
    return {finding.id: finding.state.value for finding in parse_text(text, KNOWLEDGE_BASE)}


def test_tingling_round_the_lips_in_a_panic_is_read_as_overbreathing() -> None:
    assert _found("My mouth and fingertips tingle whenever I hyperventilate.")["overbreathing_tingling"] == "present"
    assert _found("My lips go tingly when I'm panicking, then it passes.")["overbreathing_tingling"] == "present"
    assert _found("My lips never tingle, even in a panic attack.")["overbreathing_tingling"] == "absent"
    # Worry about tingling feet is not overbreathing, and tingling said beside it is still tingling.
    assert "overbreathing_tingling" not in _found("I keep panicking because my feet have been tingling for months.")
    assert _found("Tingly fingers and lips during a panic attack.")["tingling"] == "present"


def test_overbreathing_accounts_for_brief_tingling_but_not_for_a_b12_picture() -> None:
    episode = {"overbreathing_tingling", "tingling", "palpitations"}
    assert _leaning(episode) is Leaning.NEITHER
    text = "When I panic my lips and fingertips tingle and my heart races, it settles in a few minutes."
    assert assess_request(KNOWLEDGE_BASE, [], text).leaning is Leaning.NEITHER
    # Tingling that began in both feet, or a low B12, is not explained by overbreathing.
    assert _leaning(episode | {"symmetric_feet_first", "unsteady_in_dark"}) is not Leaning.NEITHER
    assert _leaning(episode | {"low_b12_level"}) is not Leaning.NEITHER


def test_a_funeral_the_person_went_to_is_not_their_death() -> None:
    text = "Mum (72) cried at a funeral for no reason and her speech is slurred."
    subjects = {finding.id: finding.subject.value for finding in parse_text(text, KNOWLEDGE_BASE)}
    assert subjects["slurred_speech"] == "self"
    # A relative who died is still somebody else.
    text = "Grandpa slurred his words for a year before he died. I went to the funeral last week."
    subjects = {finding.id: finding.subject.value for finding in parse_text(text, KNOWLEDGE_BASE)}
    assert subjects["slurred_speech"] == "family"
