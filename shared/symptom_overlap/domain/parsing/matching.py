"""Finds the knowledge base's phrases in the text: the longest known phrase at each position.

Inflections meet through stems and misspellings through their corrected keys; function words are
skipped and up to MAX_GAP other words may stand between a phrase's words within a clause.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.lexicon import STOPWORDS, Lexicon, Phrase
from symptom_overlap.domain.parsing.negation import NEGATION_CUES
from symptom_overlap.domain.parsing.tokens import Token

MAX_GAP = 2  # other words allowed between two words of one phrase
LIST_BREAKS = frozenset({"or", "nor"})
REVERSING_GAPS = frozenset({"stop", "stopping", "help"})  # skipped between an inability and its act, they reverse it
# "can't get my breath on the sofa and I can't lie flat": "and" with a subject starts a clause of its own.
CLAUSE_LINKS = frozenset({"and", "but"})
SUBJECTS = frozenset({"i", "he", "she", "they", "we", "i'm", "im", "he's", "she's", "they're", "i've", "ive"})
_new_finding = tuple.__new__


def starts(positions: Mapping[str, list[int]], first_keys: Collection[str]) -> list[int]:
    """The token positions (in order) whose keys begin one of the terms with these first keys."""
    if len(first_keys) < len(positions):
        found = {index for key in first_keys if key in positions for index in positions[key]}
    else:
        found = {index for key in positions if key in first_keys for index in positions[key]}
    return sorted(found)


def phrase_findings(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], lexicon: Lexicon, positions: Mapping[str, list[int]]
) -> list[Finding]:
    """Longest known phrase at each position, left to right, without overlaps."""
    findings = []
    present = frozenset(positions)
    by_first = lexicon.phrases_by_first_stem
    # First key in the text -> its phrases whose later words all stand in the text, found once per key (a word
    # recurs far more often than it starts a phrase); only the tokens with a key that has some are tried.
    possible = {key: found for key in by_first.keys() & present if (found := _possible(by_first[key], present))}
    next_free = 0
    for index in starts(positions, possible.keys()):
        if index < next_free:
            continue
        match = _longest_match(tokens, keys, lexicon, index, possible)
        if match is None:
            continue
        evidence_ids, last, negated, words = match
        # Every field, in Finding's order (built as tokens are, without NamedTuple's Python-level __new__).
        findings += [
            _new_finding(Finding, (evidence_id, index, last, negated, False, words, None, False, False, False))
            for evidence_id in evidence_ids
        ]
        next_free = last + 1
    return findings


def _possible(phrases: Sequence[Phrase], present: frozenset[str]) -> list[Phrase]:
    """The phrases whose later words all stand in the text (most do not)."""
    return [phrase for phrase in phrases if phrase.later_stems <= present]


def _longest_match(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    lexicon: Lexicon,
    start: int,
    possible: Mapping[str, list[Phrase]],
) -> tuple[tuple[str, ...], int, bool, tuple[int, ...]] | None:
    """The phrase with the most words matching from ``start``; among equals, the tightest."""
    best: tuple[int, int, tuple[str, ...]] | None = None  # (words, -span, evidence ids)
    best_last, best_negated = start, False
    best_words: tuple[int, ...] = (start,)
    for key in keys[start]:
        for phrase in possible.get(key, ()):
            if best is not None and len(phrase.stems) < best[0]:
                break  # phrases are sorted longest first
            matched: tuple[int, bool, tuple[int, ...]] | None
            if len(phrase.stems) == 1:  # a phrase of one word: its key stands here (possible is keyed by it)
                matched = start, False, (start,)
            else:
                matched = match_from(tokens, keys, phrase.stems, start, lexicon.single_word_keys)
                if matched is None:
                    continue
            last, negated, words = matched
            candidate = (len(phrase.stems), start - last, phrase.evidence_ids)
            if best is None or candidate[:2] > best[:2]:
                best, best_last, best_negated, best_words = candidate, last, negated, words
    return None if best is None else (best[2], best_last, best_negated, best_words)


def match_from(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    stems: tuple[str, ...],
    start: int,
    findings_alone: frozenset[str] = frozenset(),
) -> tuple[int, bool, tuple[int, ...]] | None:
    """(index of the last token, whether a negation stands inside, the positions of the phrase's own words)
    if ``stems`` match from ``start``.

    Within one clause, function words between a phrase's words are skipped, and at most MAX_GAP
    other words; a negation word inside ("speech is not slurred") makes the finding absent.
    """
    if stems[0] not in keys[start]:
        return None
    position = start
    negated = False
    matched = [start]
    end = len(tokens)
    for wanted in stems[1:]:
        gap = 0
        position += 1
        while True:
            if position >= end:
                return None
            token = tokens[position]
            if token.ends_clause or token.is_comma:
                return None
            if wanted in keys[position]:
                matched.append(position)
                break
            word = token.word
            # "cramps or weakness in my legs", "numbness and tingling in my feet": two findings
            if word in LIST_BREAKS or not keys[position].isdisjoint(findings_alone):
                return None
            if word in REVERSING_GAPS:  # "can't stop coughing" is coughing a lot, not "can't cough"
                return None
            if word in CLAUSE_LINKS and position + 1 < len(tokens) and tokens[position + 1].word in SUBJECTS:
                return None
            negated = negated or word in NEGATION_CUES
            if word not in STOPWORDS:
                if len(matched) == 1 and tokens[start].word in NEGATION_CUES:
                    return None  # a phrase led by its negation ("not himself") holds no other word after it:
                    # "not wetting himself" denies the wetting, and says nothing of who he is
                gap += 1
                if gap > MAX_GAP:
                    return None
            position += 1
    return position, negated, tuple(matched)
