"""The phrases the parser looks for, built from the knowledge base's labels, synonyms and normal terms.

Misspellings are matched through a deletion index (the idea behind SymSpell): every vocabulary word
of six letters or more is stored under each form with one letter deleted (up to two for words of nine
letters or more), so a typed word finds its candidates by deleting up to two letters too. A candidate
must start with the same two letters and be within one edit (two for typed words of nine letters or
more), so short words never match by accident.

Since a candidate shares its first two letters with the typed word, the index is kept per two-letter
beginning and built for one only when a word with that beginning first needs correcting: most texts
need a few of the 150 or so, and a text without misspellings none.

Two slips that edit distance misses are read too: a letter doubled or left single in a short word
("leggs", "weeak", "stif"), and the inner letters of a word in the wrong order ("tounge", "tierd").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from symptom_overlap.domain.parsing.tokens import stem, tokenize
from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import KnowledgeBase

MIN_FUZZY_LENGTH = 6
# Shorter words are corrected only for a doubled or single letter ("leggs" is "legs", "stif" is "stiff").
MIN_DOUBLING_LENGTH = 4
MIN_SCRAMBLE_LENGTH = 5
# Everyday words with a vocabulary word's letters in another order: "never tried it" is no "never tired".
SCRAMBLED_WORDS = frozenset({"tried", "trial", "trail", "causal", "bared", "lapse", "spilt"})
# Longer "words" are not looked up: their deletion forms grow with the square of their length.
MAX_FUZZY_LENGTH = 24
# Words this short are matched exactly, not by stem, so that "nose" never reads as "nos".
EXACT_BELOW = 4
LONG_WORD = 9
# Function words are left out of phrases, so "speech is slurred" also matches "speech has gone slurred".
STOPWORDS = frozenset(
    {
        "a", "an", "the", "my", "his", "her", "their", "our", "your", "i", "i'm", "im", "me", "it", "its",
        "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "got", "gone",
        "get", "gets", "getting", "keep", "keeps", "become", "became", "becoming", "feel", "feels",
        "felt", "seem", "seems", "really", "very", "so", "quite", "bit", "little", "just", "all",
        "too", "of", "in", "on", "at", "to", "with", "when", "whenever", "and", "also", "some",
    }
)  # fmt: skip


class Phrase(NamedTuple):
    stems: tuple[str, ...]
    evidence_ids: tuple[str, ...]
    later_stems: frozenset[str]  # the stems after the first: a phrase can match only if the text has them all


class Lexicon(NamedTuple):
    version: str
    phrases_by_first_stem: dict[str, list[Phrase]]  # longest first
    single_word_keys: frozenset[str]  # words that are a finding on their own ("tingling")
    normal_terms_by_first_key: dict[str, list[Phrase]]  # the terms a "… is fine" statement may say fine
    vocabulary: frozenset[str]  # every word of every phrase, as typed in the knowledge base
    fuzzy_words: dict[str, tuple[str, ...]]  # first two letters -> the vocabulary words a typo may be corrected to
    # first two letters -> (deletion form -> vocabulary words): filled one beginning at a time, on first use
    deletions: dict[str, dict[str, frozenset[str]]]
    scrambled: dict[tuple[str, str, str], str]  # (first letter, last letter, sorted inner letters) -> the one word

    def correct(self, word: str) -> str | None:
        """The vocabulary word a misspelt word most likely meant, or None for known or short words.

        A word whose stem is known may still be a misspelling ("weekness" is not "week"); the token
        keeps its own key as well, so a correction can only add a reading.
        """
        if not MIN_FUZZY_LENGTH <= len(word) <= MAX_FUZZY_LENGTH or word in self.vocabulary or not word.isalpha():
            return None
        allowed = 2 if len(word) >= LONG_WORD else 1
        # Within one edit, a typed word and a vocabulary word share a form with at most one deletion
        # from the typed word (the index holds up to two from each vocabulary word).
        index = self.deletions_for(word[:2])  # its words all start with the typed word's two letters
        candidates = {candidate for form in _deletion_forms(word, allowed) for candidate in index.get(form, ())}
        return best_correction(word, candidates, allowed)

    def correct_slip(self, word: str) -> str | None:
        """The vocabulary word meant by a doubled or single letter ("leggs", "stif") or inner letters in the
        wrong order ("tounge", "tierd"), for words that edit distance did not correct."""
        if not MIN_DOUBLING_LENGTH <= len(word) <= MAX_FUZZY_LENGTH or word in self.vocabulary or not word.isalpha():
            return None
        if len(word) < MIN_FUZZY_LENGTH:
            found = next((form for form in _doubling_forms(word) if form in self.vocabulary), None)
            if found:
                return found
        if len(word) < MIN_SCRAMBLE_LENGTH or word in SCRAMBLED_WORDS:
            return None
        return self.scrambled.get(_scramble_key(word))

    def deletions_for(self, beginning: str) -> dict[str, frozenset[str]]:
        """The deletion index of the vocabulary words that start with ``beginning``, built on first use."""
        index = self.deletions.get(beginning)
        if index is None:
            index = self.deletions[beginning] = _deletion_index(self.fuzzy_words.get(beginning, ()))
        return index


@per_version
def lexicon_for(knowledge_base: KnowledgeBase) -> Lexicon:
    by_stems: dict[tuple[str, ...], set[str]] = defaultdict(set)
    normal: dict[tuple[str, ...], set[str]] = defaultdict(set)
    vocabulary: set[str] = set()
    for evidence in knowledge_base.evidence:
        for phrase in (evidence.label, *evidence.synonyms):
            words = [token.word for token in tokenize(phrase) if not token.ends_clause and not token.is_comma]
            vocabulary.update(words)
            content = [word for word in words if word not in STOPWORDS] or words
            by_stems[tuple(match_key(word) for word in content)].add(evidence.id)
        for term in evidence.normal_terms:
            normal[tuple(match_key(token.word) for token in tokenize(term))].add(evidence.id)
        # Cue words are corrected like phrase words ("tremblin" is "trembling").
        vocabulary.update(
            word
            for cue in evidence.cues
            for group in cue.all_of
            for term in group
            if term[0] not in "@#"
            for word in term.split()
        )
    phrases: dict[str, list[Phrase]] = defaultdict(list)
    for stems, evidence_ids in by_stems.items():
        if stems:
            phrases[stems[0]].append(Phrase(stems, tuple(sorted(evidence_ids)), frozenset(stems[1:])))
    for candidates in phrases.values():
        candidates.sort(key=lambda phrase: -len(phrase.stems))
    fuzzy_words: dict[str, list[str]] = defaultdict(list)
    for word in sorted(vocabulary):
        if len(word) >= MIN_FUZZY_LENGTH and word.isalpha():
            fuzzy_words[word[:2]].append(word)
    return Lexicon(
        version=knowledge_base.version,
        phrases_by_first_stem=dict(phrases),
        single_word_keys=frozenset(stems[0] for stems in by_stems if len(stems) == 1),
        normal_terms_by_first_key=_by_first_key(normal),
        vocabulary=frozenset(vocabulary),
        fuzzy_words={beginning: tuple(words) for beginning, words in fuzzy_words.items()},
        deletions={},
        scrambled=_scramble_index(vocabulary),
    )


def _scramble_key(word: str) -> tuple[str, str, str]:
    return word[0], word[-1], "".join(sorted(word[1:-1]))


def _scramble_index(vocabulary: Iterable[str]) -> dict[tuple[str, str, str], str]:
    """Vocabulary words by their scramble key, leaving out keys that two words share."""
    by_key: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for word in vocabulary:
        if len(word) >= MIN_SCRAMBLE_LENGTH and word.isalpha():
            by_key[_scramble_key(word)].add(word)
    return {key: next(iter(words)) for key, words in by_key.items() if len(words) == 1}


def _doubling_forms(word: str) -> list[str]:
    """The word with one doubled letter made single, or one single letter doubled."""
    singled = [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    doubled = [word[: i + 1] + word[i:] for i in range(len(word)) if word[i] not in "aeiou"]
    return [form for form in singled + doubled if len(form) >= MIN_DOUBLING_LENGTH]


def _deletion_index(words: Iterable[str]) -> dict[str, frozenset[str]]:
    deletions: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for form in _deletion_forms(word, _index_depth(word)):
            deletions[form].add(word)
    return {form: frozenset(found) for form, found in deletions.items()}


def _by_first_key(entries: dict[tuple[str, ...], set[str]]) -> dict[str, list[Phrase]]:
    index: dict[str, list[Phrase]] = defaultdict(list)
    for keys, evidence_ids in entries.items():
        if keys:
            index[keys[0]].append(Phrase(keys, tuple(sorted(evidence_ids)), frozenset(keys[1:])))
    return dict(index)


def match_key(word: str) -> str:
    """What a word is matched by: its stem, or the word itself when it is very short."""
    return f"={word}" if len(word) < EXACT_BELOW else stem(word)


def _index_depth(word: str) -> int:
    """How many letters the index deletes from a vocabulary word: as many as a correction to it can need.

    A typed word within the allowed distance of a vocabulary word shares a form with it: a substitution
    or an adjacent swap costs one deletion on each side, an insertion one on the typed side only. A word
    shorter than LONG_WORD is accepted within one edit, or within two of a typed word of LONG_WORD letters
    or more, of which one edit must then be an insertion: either way its side needs one deletion at most.
    """
    return 2 if len(word) >= LONG_WORD else 1


def _deletion_forms(word: str, most: int) -> set[str]:
    """``word`` and every form of it with up to ``most`` letters deleted."""
    forms = {word}
    latest = {word}
    for _ in range(most):
        latest = {form[:index] + form[index + 1 :] for form in latest for index in range(len(form))}
        forms |= latest
    return forms


def best_correction(word: str, candidates: Iterable[str], allowed: int) -> str | None:
    """The nearest candidate within ``allowed`` edits. At one distance, a word the typed one only leaves letters
    out of goes first, a dropped letter being the commonest slip ("numbess" is "numbness", not "numbers")."""
    scored = sorted(
        (_edit_distance(word, candidate), not _leaves_out(word, candidate), candidate) for candidate in candidates
    )
    return next((candidate for distance, _, candidate in scored if distance <= allowed), None)


def _leaves_out(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with some letters left out (its letters in order, none added)."""
    if len(typed) >= len(word):
        return False
    letters = iter(word)
    return all(letter in letters for letter in typed)


def _edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps."""
    previous_previous: list[int] = []
    previous = list(range(len(second) + 1))
    for i, first_letter in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, second_letter in enumerate(second, start=1):
            cost = 0 if first_letter == second_letter else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and first_letter == second[j - 2] and first[i - 2] == second_letter:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[-1]
