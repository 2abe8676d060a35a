"""Splits text into words and clause breaks, keeping each word's position in the original text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Words (letters, digits, inner apostrophes), '&', and the punctuation that ends a clause or a list item.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*|&|[.;:!?\n]|,")
_CLAUSE_PUNCTUATION = frozenset(".;:!?\n")
_CLAUSE_WORDS = frozenset({"but", "however", "although", "though", "except", "yet", "whereas"})
# Suffixes removed so that inflections meet: twitching, twitches, twitchy, twitched -> twitch.
# No "-ly": it would make "tingly" and "tinge" one stem.
_SUFFIXES = ("iness", "ness", "ing", "ies", "ied", "ed", "es", "y", "s", "e")
_MIN_STEM = 3
# Words whose final "e" is their own: cut, they would meet another word ("pale" and "pals", "my pal").
_KEEP_E = frozenset({"pale"})


class Token(NamedTuple):
    word: str  # case-folded, apostrophes straightened
    stem: str
    start: int
    end: int
    ends_clause: bool = False  # sentence punctuation, a colon, or "but", "however", …
    is_comma: bool = False


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word, word_stem, ends_clause, is_comma = _read_word(match.group(0))
        tokens.append(Token(word, word_stem, match.start(), match.end(), ends_clause, is_comma))
    return tokens


@lru_cache(maxsize=8192)
def _read_word(typed: str) -> tuple[str, str, bool, bool]:
    word = typed.casefold().replace("\u2019", "'")
    if word == "&":
        word = "and"
    return word, stem(word), word in _CLAUSE_PUNCTUATION or word in _CLAUSE_WORDS, word == ","


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match inflections, never shorter than three letters."""
    if word.endswith("'s") and len(word) > 4:  # "dad's", "cough's": the word itself
        word = word[:-2]
    if word in _KEEP_E:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            root = word[: -len(suffix)]
            # slurred -> slurr -> slur, dropping -> dropp -> drop (but keep stiff, dress, fizz)
            if suffix in ("ing", "ed") and root[-1] == root[-2] and root[-1] not in "aeiouflsz":
                root = root[:-1]
            return root
    return word
