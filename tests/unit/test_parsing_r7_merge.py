"""Two readings found by round 7's under-triaged cases: a whole-text cue follows its nearest words, and a limb
said to be wasting away anywhere in its clause is muscle wasting."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import Subject, parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def _read(text: str) -> dict[str, tuple[str, Subject]]:
    return {f.id: (f.state.value, f.subject) for f in parse_text(text, KNOWLEDGE_BASE)}


def test_a_fever_follows_the_choking_said_beside_it_not_a_word_sentences_back() -> None:
    text = (
        "I said don't know to the choking ones as I wasn't sure. Mum coughs every time she drinks her tea now, "
        "and since Monday she has had a temperature."
    )
    assert _read(text)["fever_after_choking"] == ("present", Subject.SELF)


def test_a_limb_wasting_away_with_words_between_is_muscle_wasting() -> None:
    found = _read("Over the past year my left forearm has been gradually wasting away.")
    assert found.get("muscle_wasting") == ("present", Subject.SELF)
    assert "weight_loss" not in found


def test_wasting_away_without_a_limb_is_still_weight_loss() -> None:
    found = _read("I'm wasting away, my clothes hang off me.")
    assert "muscle_wasting" not in found


def test_a_date_that_ends_a_comparison_is_its_baseline_not_when_the_finding_was() -> None:
    assert _read("My arms are weaker than they were a year ago.").get("hand_weakness") == ("present", Subject.SELF)
    times = {f.id: f.time.value for f in parse_text("My legs are weaker than they were a year ago.", KNOWLEDGE_BASE)}
    assert times["leg_weakness"] == "current"


def test_a_date_after_a_comparison_that_goes_on_to_an_event_still_dates_the_event() -> None:
    found = parse_text("My speech is clearer than it was years ago when I had the stroke", KNOWLEDGE_BASE)
    assert {f.id: f.time.value for f in found}.get("stroke_signs") == "past"


def test_weakness_after_exercise_that_keeps_happening_is_still_read() -> None:
    assert "leg_weakness" not in _read("my legs go weak after the gym")
    assert _read("my legs go weak after the gym every time").get("leg_weakness") == ("present", Subject.SELF)
    assert _read("for months my legs have gone weak after the gym").get("leg_weakness") == ("present", Subject.SELF)


def test_not_knowing_about_a_finding_does_not_deny_it() -> None:
    assert "choking_on_liquids" not in _read("I don't know about choking")  # asked, not settled
    assert _read("Don't know about tingling, he doesn't say.").get("tingling", ("",))[0] != "absent"
