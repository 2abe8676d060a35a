"""Clause and sentence boundaries: the scopes in which negation, time, subject and cues apply.

A sentence ends at . ! ? ; or a new line. A clause also ends at a colon and at words that turn the
sentence ("but", "however", "although"): in "sensation is fine but my grip is weak" the two halves
say different things. A part of a clause ends at a comma, and before "and" or "so" that starts a new
subject: "legs weak, hands fine", "my legs are weak and my hands are numb".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from symptom_overlap.domain.parsing.tokens import Token

SENTENCE_ENDS = frozenset(".!?;\n")
# "and" or "so" before a new subject starts a new part: "my legs are weak and my hands are numb".
JOINERS = frozenset({"and", "so", "then"})
NEW_SUBJECTS = frozenset(
    {"i", "i'm", "im", "i've", "ive", "my", "he", "she", "he's", "she's", "his", "her", "they", "it", "it's", "now"}
)


class Segments(NamedTuple):
    part: tuple[int, ...]  # part number of each token
    clause: tuple[int, ...]  # clause number of each token
    sentence: tuple[int, ...]  # sentence number of each token
    part_bounds: tuple[tuple[int, int], ...]  # [first, last] token of each part
    clause_bounds: tuple[tuple[int, int], ...]  # [first, last] token of each clause
    sentence_bounds: tuple[tuple[int, int], ...]

    def bounds(self, within: str, token_index: int) -> tuple[int, int]:
        """[first, last] token of the part, clause or sentence that holds a token."""
        if within == "text":
            return 0, len(self.part) - 1
        if within == "sentence":
            return self.sentence_bounds[self.sentence[token_index]]
        if within == "clause":
            return self.clause_bounds[self.clause[token_index]]
        return self.part_bounds[self.part[token_index]]

    def clause_tokens(self, token_index: int) -> range:
        first, last = self.clause_bounds[self.clause[token_index]]
        return range(first, last + 1)

    def sentence_before(self, sentence: int) -> int | None:
        """The nearest sentence before this one with words in it ("yesterday?? not sure": "?" alone is not one)."""
        for before in range(sentence - 1, -1, -1):
            first, last = self.sentence_bounds[before]
            if first < last:
                return before
        return None

    def sentence_tokens(self, token_index: int) -> range:
        first, last = self.sentence_bounds[self.sentence[token_index]]
        return range(first, last + 1)


def segment(tokens: Sequence[Token]) -> Segments:
    part: list[int] = []
    clause: list[int] = []
    sentence: list[int] = []
    part_bounds: list[tuple[int, int]] = []
    clause_bounds: list[tuple[int, int]] = []
    sentence_bounds: list[tuple[int, int]] = []
    part_start = clause_start = sentence_start = 0
    parts = clauses = sentences = 0  # the bounds found so far, by kind
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        word = token.word
        if (
            word in JOINERS
            and part_start < index < last
            and tokens[index + 1].word in NEW_SUBJECTS  # "… years ago | and my hand …"
        ):
            part_bounds.append((part_start, index - 1))
            parts += 1
            part_start = index
        part.append(parts)
        clause.append(clauses)
        sentence.append(sentences)
        ends_clause = token.ends_clause
        if ends_clause or token.is_comma:
            part_bounds.append((part_start, index))
            parts += 1
            part_start = index + 1
            if ends_clause:
                clause_bounds.append((clause_start, index))
                clauses += 1
                clause_start = index + 1
        if word in SENTENCE_ENDS:
            sentence_bounds.append((sentence_start, index))
            sentences += 1
            sentence_start = index + 1
    # The last token ends whatever is still open (asked once here rather than of every token).
    if part_start <= last:
        part_bounds.append((part_start, last))
    if clause_start <= last:
        clause_bounds.append((clause_start, last))
    if sentence_start <= last:
        sentence_bounds.append((sentence_start, last))
    return Segments(
        tuple(part), tuple(clause), tuple(sentence), tuple(part_bounds), tuple(clause_bounds), tuple(sentence_bounds)
    )
