"""Shortcuts of the everyday-sense step that leave its readings as they were (docs/decisions.md, parser speed)."""

from symptom_overlap.domain.parsing.everyday_senses import everyday_sense_in
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import tokenize, words_of

SEQUENCES = WordSequences({("walk", "fast"), ("fast", "test"), ("returned",)})


def _words(text: str) -> list[str]:
    return list(words_of(tokenize(text)))


def test_a_text_without_a_first_and_a_second_word_may_hold_no_sequence() -> None:
    assert not SEQUENCES.may_occur(set(_words("a test of my legs")))  # a second word alone
    assert not SEQUENCES.may_occur(set(_words("I walk slowly these days")))
    assert SEQUENCES.may_occur(set(_words("a test of my walk and then fast")))  # both words, apart: maybe
    assert SEQUENCES.may_occur(set(_words("the tingling returned")))  # a one-word sequence


def test_a_sequence_found_is_always_allowed_by_the_words_present() -> None:
    for text in ("I can't walk fast any more", "FAST test was fine", "then the numbness returned"):
        words = _words(text)
        assert SEQUENCES.positions(words)
        assert SEQUENCES.may_occur(set(words))


def test_an_everyday_sense_with_only_its_first_word_in_the_text_rules_nothing_out() -> None:
    # "walking" starts "walking fast" (a speed, not a quick course), but the text never says "fast".
    assert everyday_sense_in(_words("walking for ages makes my feet tingle")) is None
    sense = everyday_sense_in(_words("it is not getting worse, I just can't walk fast"))
    assert sense is not None
    assert sense(Finding("rapid_progression", 10, 10))
