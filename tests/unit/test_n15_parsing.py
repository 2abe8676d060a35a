"""A text ending on a relative's possessive ("... my mum's") once raised IndexError (found by the fuzz test)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.parsing.sequences import WordSequences

KNOWLEDGE_BASE = load_knowledge_base()


def test_no_sequence_starts_past_the_last_word() -> None:
    sequences = WordSequences({("the", "one", "with")})
    assert sequences.at(["my", "mum's"], 2) is None


def test_a_text_may_end_on_a_relatives_possessive() -> None:
    assert [item.id for item in parse_text("numb feet my mum's", KNOWLEDGE_BASE)] == ["numbness"]
