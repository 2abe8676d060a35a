"""Fixed word sequences ("went away", "not sure"), found with one dictionary lookup per word."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count


class WordSequences:
    """A set of word sequences indexed by their first two words."""

    def __init__(self, sequences: Iterable[tuple[str, ...]]) -> None:
        # The sequences of several words by their first two, longest first, and those of one word: a word and
        # the next find their candidates with one lookup.
        self._by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self._single: dict[str, tuple[str, ...]] = {}
        for sequence in sorted(set(sequences), key=len, reverse=True):
            if len(sequence) > 1:
                self._by_pair.setdefault((sequence[0], sequence[1]), []).append(sequence)
            else:
                self._single[sequence[0]] = sequence
        self._first_words = frozenset(first for first, _ in self._by_pair) | frozenset(self._single)
        self._single_words = frozenset(self._single)
        self._second_words = frozenset(second for _, second in self._by_pair)

    @property
    def first_words(self) -> frozenset[str]:
        return self._first_words

    def may_occur(self, present: AbstractSet[str]) -> bool:
        """Whether a text whose set of words is ``present`` may hold a sequence: a one-word sequence, or a first
        and a second word of a longer one (not necessarily together). If not, it holds none."""
        return not self._single_words.isdisjoint(present) or (
            not self._first_words.isdisjoint(present) and not self._second_words.isdisjoint(present)
        )

    def at(self, words: Sequence[str], index: int) -> tuple[str, ...] | None:
        """The longest sequence starting at ``words[index]``, if any (none past the last word)."""
        if index >= len(words):
            return None
        first = words[index]
        if first not in self._first_words:  # most words start no sequence: one set lookup
            return None
        if index + 1 < len(words):
            longer = self._by_pair.get((first, words[index + 1]))
            if longer is not None:
                for sequence in longer:
                    if len(sequence) == 2 or tuple(words[index : index + len(sequence)]) == sequence:
                        return sequence
        return self._single.get(first)

    def positions(self, words: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
        """Where sequences start in ``words``, with the sequence found there."""
        found: list[tuple[int, tuple[str, ...]]] = []
        first_words = self._first_words
        if first_words.isdisjoint(words):  # most clauses: no word starts a sequence
            return found
        by_pair, single, end = self._by_pair, self._single, len(words) - 1
        # The words that start a sequence, picked out in C (compress over a map) rather than by a Python loop, and
        # each read as ``at`` reads it, written out here (a call per start cost more than the lookups).
        for index in compress(count(), map(first_words.__contains__, words)):
            first = words[index]
            longer = by_pair.get((first, words[index + 1])) if index < end else None
            if longer is not None:
                for sequence in longer:
                    if len(sequence) == 2 or tuple(words[index : index + len(sequence)]) == sequence:
                        found.append((index, sequence))
                        break
                else:
                    if first in single:
                        found.append((index, single[first]))
            elif first in single:
                found.append((index, single[first]))
        return found

    def covered(self, words: Sequence[str]) -> set[int]:
        """The positions of every word that a sequence found in ``words`` covers."""
        return {i for start, sequence in self.positions(words) for i in range(start, start + len(sequence))}

    def occur_in(self, words: Sequence[str]) -> bool:
        # Only the words that start a sequence are tried, picked out in C as in ``positions``.
        return not self._first_words.isdisjoint(words) and any(
            self.at(words, index) for index in compress(count(), map(self._first_words.__contains__, words))
        )
