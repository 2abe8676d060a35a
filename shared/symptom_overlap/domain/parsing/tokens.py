"""Splits text into words and clause breaks, keeping each word's position in the original text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, count
from operator import add, itemgetter
from typing import NamedTuple

# Words (letters, digits, inner apostrophes), '&', and the punctuation that ends a clause or a list item.
# A number glued to its unit is two words ("6kg", "2hrs"); letters then digits stay one ("b12", "t2dm").
# Checklist marks and shorthand answers are words too: a tick is "yes", a cross "no" ("weak grip ✘"), "n/a" is
# "n/a", and "+ve"/"-ve" are "positive"/"negative" (not two "ve"s).
# A slash at a space ("fever - no / choking - no") separates items like a comma; inside a chunk ("and/or", "3/7",
# "u/wk") it is dropped.
# The lookbehinds stand after the first character, so that the engine tries them only where it matches.
_TOKEN = re.compile(
    r"[+-](?<![^\W_][+-])ve\b|n(?<![^\W_]n)/a\b|[\u2713\u2714\u2611\u2705\u2717\u2718\u2715\u2716\u274c\u274e]"
    r"|\d+(?=[^\W\d_])|[^\W_]+(?:['\u2019][^\W_]+)*|&|[.;:!?\n]|,|^/|/$",
    re.IGNORECASE,
)
_MARKS = {
    **dict.fromkeys("\u2713\u2714\u2611\u2705", "yes"),
    **dict.fromkeys("\u2717\u2718\u2715\u2716\u274c\u274e", "no"),
    "+ve": "positive",
    "-ve": "negative",
}
_MARK_WORDS = frozenset(_MARKS) - {"+ve", "-ve"}
CROSS_AFTER = "\u2717"  # the word of a cross mark after an item
# Clinical words that deny with a prefix ("afebrile"): read as "no" and the word, so that spelling correction
# does not turn them into the finding itself.
_DENYING_PREFIXED = {"afebrile": "febrile", "apyrexial": "pyrexial"}
# "swallowing ✗ fine": a mark before a word that says how it is adds nothing to it.
_SAID_BY_NEXT = frozenset({"fine", "ok", "okay", "normal", "good", "yes", "no"})
_CLAUSE_PUNCTUATION = frozenset(".;:!?\n")
_CLAUSE_WORDS = frozenset({"but", "however", "although", "though", "except", "yet", "whereas"})
# Words that start a clause of their own after "though".
_CLAUSE_SUBJECTS = frozenset(
    {"i", "i'm", "im", "i've", "ive", "my", "he", "she", "he's", "she's", "his", "her", "they", "it", "it's", "its",
     "the", "we", "you", "there", "this", "that", "mum", "dad"}
)  # fmt: skip
# Suffixes removed so that inflections meet: twitching, twitches, twitchy, twitched -> twitch.
# No "-ly": it would make "tingly" and "tinge" one stem.
_SUFFIXES = ("iness", "ness", "ing", "ies", "ied", "ed", "es", "y", "s", "e")
_MIN_STEM = 3
# Informal spellings of "-night" that spelling correction cannot reach (two edits in a short word).
_INFORMAL = {"nite": "night", "nites": "nights", "tonite": "tonight", "overnite": "overnight", "midnite": "midnight"}
# "pALS", "PwMND", "plwALS": a person with ALS or MND, told apart from "pals" (friends) and "pale" by the capitals.
# "low-normal", "the lower end of normal", "high-normal": a result at the edge of its range, not out of it.
_RANGE_EDGE = frozenset({"low", "lower", "high", "higher"})
_EDGE_OF = frozenset({"normal", "end", "side"})
_BORDERLINE = frozenset({"borderline"})  # "slightly low" is below the range: low
_EDGE_WORDS = _RANGE_EDGE | _BORDERLINE | {"normal"}
# Text that each of _EDGE_WORDS holds ("lower" holds "low"): a text without them has no such word.
_EDGE_TEXTS = ("low", "high", "borderline", "normal")
_PERSON_WITH_ALS = re.compile(r"[pP](?:[lL]?[wW])?(?:ALS|MND)")
# Words whose final "e" is their own: cut, they would meet another word ("pale" and "pals", "my pal").
_KEEP_E = frozenset({"pale"})


class Token(NamedTuple):
    word: str  # case-folded, apostrophes straightened
    stem: str
    start: int
    end: int
    ends_clause: bool = False  # sentence punctuation, a colon, or "but", "however", …
    is_comma: bool = False


# Makes a Token from a tuple of all its fields, without the Python-level call of NamedTuple's __new__: a
# quarter of tokenize's time on a 2,000-character text.
_new_token = tuple.__new__
_ChunkToken = tuple[str, str, int, int, bool, bool]  # a token's fields, its offsets counted from its chunk's start
_SPACE = " "  # no token holds a space, and none is told by what stands before or after it: text is read by chunks


def tokenize(text: str) -> list[Token]:
    read_chunk = _read_shouted_chunk if text.isupper() else _read_typed_chunk  # in capitals, "MY PALS" are friends
    # The text's chunks between spaces are split with str.split, and each chunk is read once (chunks recur: "my",
    # "feet,"): the regular expression then runs on only the new ones, not over the whole text.
    chunks = text.split(_SPACE)
    # A chunk starts after the chunks and the spaces before it (summed in C; one sum more than chunks, the end).
    offsets = map(add, accumulate(map(len, chunks), initial=0), count())
    tokens = [
        _new_token(Token, (word, word_stem, offset + start, offset + end, ends_clause, is_comma))
        for offset, chunk in zip(offsets, chunks, strict=False)
        for word, word_stem, start, end, ends_clause, is_comma in read_chunk(chunk)
    ]
    folded = text.casefold()
    if "though" in folded:
        tokens = _though_inside_a_clause(tokens)
    if any(prefixed in folded for prefixed in _DENYING_PREFIXED):
        tokens = _with_denying_prefixes(tokens)
    if any(mark in text for mark in _MARK_WORDS):
        tokens = _answering_marks(text, _without_redundant_marks(text, tokens))
    if not any(edge in folded for edge in _EDGE_TEXTS):  # most texts: no word at a range's edge
        return tokens
    # Only a word of _RANGE_EDGE starts a rewrite: the texts above may hold their letters in others ("swallowing").
    if _RANGE_EDGE.isdisjoint(words_of(tokens)):
        return tokens
    return _range_edges(tokens)


_word_of = itemgetter(0)  # a token -> its word (Token's first field)


def words_of(tokens: Iterable[Token]) -> Iterator[str]:
    """The tokens' words, read in C (a test of them all is then one call: "?" in words_of(tokens))."""
    return map(_word_of, tokens)


def _though_inside_a_clause(tokens: list[Token]) -> list[Token]:
    """ "My legs though feel heavy": a "though" after its subject, before the verb, turns nothing; it starts a clause
    only before a subject of its own ("fine though my legs are weak") or after a comma."""
    for index, token in enumerate(tokens):
        if token.word != "though" or index == 0 or tokens[index - 1].is_comma:
            continue
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if following not in _CLAUSE_SUBJECTS:
            tokens[index] = token._replace(ends_clause=False)
    return tokens


def _with_denying_prefixes(tokens: list[Token]) -> list[Token]:
    """ "afebrile" as "no" (its "a") and "febrile"."""
    split = []
    for token in tokens:
        if token.word in _DENYING_PREFIXED:
            split.append(_new_token(Token, ("no", "no", token.start, token.start + 1, False, False)))
            word = _DENYING_PREFIXED[token.word]
            token = _new_token(Token, (word, word, token.start + 1, token.end, token.ends_clause, token.is_comma))
        split.append(token)
    return split


def _answering_marks(text: str, tokens: list[Token]) -> list[Token]:
    """A cross after an item answers it ("cramps ✗ wobbly ✓"): it is CROSS_AFTER, which denies only what stands
    before it; a cross that starts a line ("✗ cramps") denies what follows, like "no"."""
    for index, token in enumerate(tokens):
        starts_line = index == 0 or tokens[index - 1].word == "\n"
        if token.word == "no" and text[token.start : token.end] in _MARK_WORDS and not starts_line:
            tokens[index] = token._replace(word=CROSS_AFTER, stem=CROSS_AFTER)
    return tokens


def _without_redundant_marks(text: str, tokens: list[Token]) -> list[Token]:
    return [
        token
        for index, token in enumerate(tokens)
        if not (
            text[token.start : token.end] in _MARK_WORDS
            and index + 1 < len(tokens)
            and tokens[index + 1].word in _SAID_BY_NEXT
        )
    ]


def _range_edges(tokens: list[Token]) -> list[Token]:
    # Only these words are read or rewritten below (a "normal" rewritten is then read as "borderline").
    for index in [i for i, token in enumerate(tokens[:-1]) if token.word in _EDGE_WORDS]:
        if tokens[index].word in _BORDERLINE and tokens[index + 1].word in _RANGE_EDGE:  # "borderline low"
            tokens[index + 1] = tokens[index + 1]._replace(word="borderline", stem="borderline")
        if tokens[index].word in _RANGE_EDGE and tokens[index + 1].word in _EDGE_OF:
            tokens[index] = tokens[index]._replace(word="borderline", stem="borderline")
            if tokens[index + 1].word == "normal":  # not a normal result either
                tokens[index + 1] = tokens[index + 1]._replace(word="borderline", stem="borderline")
    return tokens


# Cached, as most chunks recur; one cache per case of the text, so that the chunk alone is the key.
@lru_cache(maxsize=8192)
def _read_typed_chunk(chunk: str) -> tuple[_ChunkToken, ...]:
    return _read_chunk(chunk, _read_typed_word)


@lru_cache(maxsize=8192)
def _read_shouted_chunk(chunk: str) -> tuple[_ChunkToken, ...]:
    return _read_chunk(chunk, _read_shouted_word)


def _read_chunk(chunk: str, read_word: Callable[[str], tuple[str, str, bool, bool]]) -> tuple[_ChunkToken, ...]:
    read = []
    for match in _TOKEN.finditer(chunk):
        word, word_stem, ends_clause, is_comma = read_word(match.group())
        read.append((word, word_stem, match.start(), match.end(), ends_clause, is_comma))
    return tuple(read)


# Cached, as most words recur; one cache per case of the text, so that the typed word alone is the key (a
# single string argument is looked up without building a key tuple).
@lru_cache(maxsize=8192)
def _read_typed_word(typed: str) -> tuple[str, str, bool, bool]:
    return _read_word(typed, shouted=False)


@lru_cache(maxsize=8192)
def _read_shouted_word(typed: str) -> tuple[str, str, bool, bool]:
    return _read_word(typed, shouted=True)


def _read_word(typed: str, shouted: bool) -> tuple[str, str, bool, bool]:
    """A typed word's (word, stem, ends_clause, is_comma)."""
    if not shouted and _PERSON_WITH_ALS.fullmatch(typed):
        return "pwals", "pwals", False, False
    word = typed.casefold().replace("\u2019", "'")
    word = _INFORMAL.get(word, word)
    word = _MARKS.get(word, word)
    if word == "&":
        word = "and"
    elif word == "/":
        word = ","
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
