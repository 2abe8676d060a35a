"""The lexicon's faster deletion index answers exactly as the original one did, on the real knowledge base.

The original builder is kept here only, as the reference: every vocabulary word of six letters or more
under every form with up to two letters deleted, by itertools.combinations, in one index for all words,
whose candidates were then filtered by their first two letters.
"""

import string
from collections import defaultdict
from itertools import combinations
from random import Random

import pytest

from symptom_overlap.domain import parsing
from symptom_overlap.domain.parsing import lexicon as lexicon_module
from symptom_overlap.domain.parsing.lexicon import (
    LONG_WORD,
    MAX_FUZZY_LENGTH,
    MIN_FUZZY_LENGTH,
    Lexicon,
    lexicon_for,
)
from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.corpus import load_corpus
from tests.vignettes.suite import load_text_vignettes


def _original_deletion_forms(word: str, most: int) -> set[str]:
    forms = {word}
    for count in range(1, most + 1):
        for positions in combinations(range(len(word)), count):
            forms.add("".join(letter for index, letter in enumerate(word) if index not in positions))
    return forms


def _original_index(vocabulary: frozenset[str]) -> dict[str, frozenset[str]]:
    deletions: dict[str, set[str]] = defaultdict(set)
    for word in vocabulary:
        if len(word) >= MIN_FUZZY_LENGTH and word.isalpha():
            for form in _original_deletion_forms(word, 2):
                deletions[form].add(word)
    return {form: frozenset(words) for form, words in deletions.items()}


def _original_correct(lexicon: Lexicon, index: dict[str, frozenset[str]], word: str) -> str | None:
    """Lexicon.correct as it was, over the one index of all words."""
    if not MIN_FUZZY_LENGTH <= len(word) <= MAX_FUZZY_LENGTH or word in lexicon.vocabulary or not word.isalpha():
        return None
    allowed = 2 if len(word) >= LONG_WORD else 1
    candidates = {
        candidate
        for form in _original_deletion_forms(word, allowed)
        for candidate in index.get(form, ())
        if candidate[:2] == word[:2]
    }
    return lexicon_module.best_correction(word, candidates, allowed)  # the same ranking, over the one index


def _by_beginning(index: dict[str, frozenset[str]]) -> dict[str, dict[str, frozenset[str]]]:
    """The one index split by the first two letters of its words: the candidate filter, applied ahead."""
    split: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for form, words in index.items():
        for word in words:
            split[word[:2]][form].add(word)
    return {beginning: {form: frozenset(words) for form, words in forms.items()} for beginning, forms in split.items()}


@pytest.fixture(scope="module")
def original_index(knowledge_base: KnowledgeBase) -> dict[str, frozenset[str]]:
    return _original_index(lexicon_for(knowledge_base).vocabulary)


@pytest.fixture
def lexicons(knowledge_base: KnowledgeBase, original_index: dict[str, frozenset[str]]) -> tuple[Lexicon, Lexicon]:
    """(the lexicon as built now, with no beginning indexed yet; the same lexicon with the original index)."""
    built = lexicon_for(knowledge_base)._replace(deletions={})
    return built, built._replace(fuzzy_words={}, deletions=_by_beginning(original_index))


def _fuzzy_words(lexicon: Lexicon) -> list[str]:
    return sorted(word for word in lexicon.vocabulary if len(word) >= MIN_FUZZY_LENGTH and word.isalpha())


def _typos(words: list[str], count: int, edits: int, seed: int) -> set[str]:
    """``count`` distinct words, each a vocabulary word with ``edits`` random one-letter edits."""
    random = Random(seed)
    typos: set[str] = set()
    while len(typos) < count:
        typo = random.choice(words)
        for _ in range(edits):
            i = random.randrange(len(typo))
            letter = random.choice(string.ascii_lowercase)
            typo = random.choice(
                [
                    typo[:i] + typo[i + 1 :],  # deletion
                    typo[:i] + typo[i + 1 : i + 2] + typo[i] + typo[i + 2 :],  # adjacent swap
                    typo[:i] + letter + typo[i + 1 :],  # substitution
                    typo[:i] + letter + typo[i:],  # insertion
                ]
            )
        typos.add(typo)
    return typos


def test_deletion_forms_by_slicing_are_the_combinations(lexicons: tuple[Lexicon, Lexicon]) -> None:
    for word in _fuzzy_words(lexicons[0]):
        for most in (1, 2):
            assert lexicon_module._deletion_forms(word, most) == _original_deletion_forms(word, most), (word, most)


def test_the_index_is_smaller_and_only_leaves_out_forms(
    lexicons: tuple[Lexicon, Lexicon], original_index: dict[str, frozenset[str]]
) -> None:
    built, _ = lexicons
    assert {word for words in built.fuzzy_words.values() for word in words} == set(_fuzzy_words(built))
    whole: dict[str, set[str]] = defaultdict(set)  # every beginning's index, merged
    for beginning in built.fuzzy_words:
        for form, words in built.deletions_for(beginning).items():
            assert all(word[:2] == beginning for word in words)
            whole[form] |= words
    assert len(whole) < len(original_index)
    assert all(words <= original_index[form] for form, words in whole.items())
    # Only words shorter than LONG_WORD lost their two-deletion forms
    for word in _fuzzy_words(built):
        kept = {form for form, words in whole.items() if word in words}
        assert kept == _original_deletion_forms(word, 2 if len(word) >= LONG_WORD else 1), word


def test_a_beginning_is_indexed_only_when_a_word_with_it_is_corrected(lexicons: tuple[Lexicon, Lexicon]) -> None:
    built, _ = lexicons
    assert built.correct("tingling") is None  # known: nothing to correct
    assert built.deletions == {}
    assert built.correct("tinglling") == "tingling"
    assert set(built.deletions) == {"ti"}


def test_corrections_are_the_same_for_typos_of_vocabulary_words(
    lexicons: tuple[Lexicon, Lexicon], original_index: dict[str, frozenset[str]]
) -> None:
    # Given typos with one edit of any fuzzy vocabulary word, and with two edits of words of 7 to 10
    # letters: typed words of nine letters or more may be corrected across two edits, also to words
    # shorter than LONG_WORD, whose forms with two deletions the index no longer holds
    built, _ = lexicons
    words = _fuzzy_words(built)
    typos = _typos(words, 3000, edits=1, seed=1)
    typos |= _typos([word for word in words if MIN_FUZZY_LENGTH < len(word) <= LONG_WORD + 1], 3000, edits=2, seed=2)

    # When the lexicon corrects them, and the original algorithm over the original index does
    corrections = {
        typo: (built.correct(typo), _original_correct(built, original_index, typo)) for typo in sorted(typos)
    }

    # Then they agree on each, and many typos were corrected
    assert {typo: pair for typo, pair in corrections.items() if pair[0] != pair[1]} == {}
    corrected = [typo for typo, (correction, _) in corrections.items() if correction is not None]
    assert len(corrected) > len(typos) / 3
    assert any(len(typo) >= LONG_WORD and len(built.correct(typo) or "") < LONG_WORD for typo in corrected)


def test_parse_output_is_the_same_on_the_whole_corpus(
    lexicons: tuple[Lexicon, Lexicon],
    original_index: dict[str, frozenset[str]],
    knowledge_base: KnowledgeBase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given every text of the parse corpus and of the text vignettes
    texts = [phrase.text for phrase in load_corpus()] + [v.text for v in load_text_vignettes() if v.text]
    assert len(texts) > 400
    built, original = lexicons

    # When each is parsed with the lexicon as built now and with the original index
    with_built = [parsing.parse_text(text, knowledge_base) for text in texts]
    monkeypatch.setattr(parsing, "lexicon_for", lambda _: original)
    with_original = [parsing.parse_text(text, knowledge_base) for text in texts]

    # Then the evidence, states and spans are identical, and the corpus words get the same corrections
    assert with_built == with_original
    words = {token.word for text in texts for token in tokenize(text)}
    assert {word: built.correct(word) for word in words} == {word: original.correct(word) for word in words}
    assert {word: built.correct(word) for word in words} == {
        word: _original_correct(built, original_index, word) for word in words
    }
