"""Fixed word sequences ("went away", "not sure"), found with one dictionary lookup per word."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, count


class WordSequences:
    """A set of word sequences indexed by their first word."""

    def __init__(self, sequences: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for sequence in sorted(set(sequences), key=len, reverse=True):
            self._by_first.setdefault(sequence[0], []).append(sequence)
        self._first_words = frozenset(self._by_first)

    @property
    def first_words(self) -> frozenset[str]:
        return self._first_words

    def at(self, words: Sequence[str], index: int) -> tuple[str, ...] | None:
        """The longest sequence starting at ``words[index]``, if any."""
        candidates = self._by_first.get(words[index])
        if candidates is None:
            return None
        following = words[index + 1] if index + 1 < len(words) else None
        for sequence in candidates:
            if len(sequence) == 1:
                return sequence
            # Comparing the second word first turns most candidates away without copying words.
            if sequence[1] == following and tuple(words[index : index + len(sequence)]) == sequence:
                return sequence
        return None

    def positions(self, words: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
        """Where sequences start in ``words``, with the sequence found there."""
        found: list[tuple[int, tuple[str, ...]]] = []
        if self._first_words.isdisjoint(words):  # most clauses: no word starts a sequence
            return found
        # The words that start a sequence, picked out in C (compress over a map) rather than by a Python loop.
        for index in compress(count(), map(self._first_words.__contains__, words)):
            sequence = self.at(words, index)
            if sequence is not None:
                found.append((index, sequence))
        return found

    def covered(self, words: Sequence[str]) -> set[int]:
        """The positions of every word that a sequence found in ``words`` covers."""
        return {i for start, sequence in self.positions(words) for i in range(start, start + len(sequence))}

    def occur_in(self, words: Sequence[str]) -> bool:
        # Only the words that start a sequence are tried, picked out in C as in ``positions``.
        return not self._first_words.isdisjoint(words) and any(
            self.at(words, index) for index in compress(count(), map(self._first_words.__contains__, words))
        )
