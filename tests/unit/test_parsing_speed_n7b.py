"""Shortcuts of cue lookup that leave its readings as they were (docs/decisions.md, parser speed)."""

from symptom_overlap.domain.parsing.clauses import segment
from symptom_overlap.domain.parsing.cues import TextIndex, key_positions, text_index
from symptom_overlap.domain.parsing.lexicon import match_key
from symptom_overlap.domain.parsing.rules import cue_group
from symptom_overlap.domain.parsing.tokens import tokenize
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base


def _text_index(text: str) -> TextIndex:
    tokens = tokenize(text)
    keys = [frozenset({match_key(token.word)}) for token in tokens]
    return text_index(tokens, [token.word for token in tokens], keys, segment(tokens), [], key_positions(keys))


def test_a_longer_term_with_a_word_missing_from_the_text_gives_way_to_a_shorter_one() -> None:
    group = cue_group(("no power at all", "no power", "numb"))
    # "all" stands nowhere in the text: only "no power" can fit.
    assert _text_index("no power in my arms since May").everywhere(group) == [(0, 1, False)]
    # With "all" in the text but not after "no power", the shorter term still stands.
    assert _text_index("no power in my arms, all day").everywhere(group) == [(0, 1, False)]
    assert _text_index("no power at all in my arms").everywhere(group) == [(0, 3, False)]


def test_a_term_repeated_in_one_part_gives_one_reading() -> None:
    knowledge_base = mechanism_knowledge_base()
    assert about_the_person_now("my left leg is weak and weak again today", knowledge_base) == {
        "leg_weakness": "present",
        "asymmetric_onset": "present",
    }
