"""The parser's goals on the labelled corpus: precision >= 0.95, recall >= 0.90, no negated phrase read as present."""

import pytest

from kbtool.source import load_knowledge_base
from tests.parse_corpus.corpus import Result, evaluate, figures, load_corpus

CORPUS = load_corpus()
CONTRACT_IDS = {e.id for e in load_knowledge_base().evidence}


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return evaluate(load_knowledge_base(), CORPUS)


def test_the_corpus_is_large_and_labelled_with_known_ids() -> None:
    assert len(CORPUS) >= 250
    assert {i for phrase in CORPUS for i in phrase.expect} <= CONTRACT_IDS
    assert {state for phrase in CORPUS for state in phrase.expect.values()} <= {"present", "absent", "uncertain"}
    tags = {tag for phrase in CORPUS for tag in phrase.tags}
    assert {"lay", "clinical", "misspelled", "negation", "coordination", "pseudo_negation", "risk_factor"} <= tags


def test_precision_and_recall(results: list[Result]) -> None:
    all_phrases = figures(results)
    assert all_phrases.precision >= 0.95
    assert all_phrases.recall >= 0.90


def test_no_negated_phrase_is_read_as_present(results: list[Result]) -> None:
    wrong = [(r.phrase.text, r.false_present_on_negated) for r in results if r.false_present_on_negated]
    assert wrong == []
