"""The second annotator's labels: development phrases only, in the corpus's own ids and states."""

from kbtool.source import load_knowledge_base
from tests.blind_corpus.agreement import load_second_annotator
from tests.blind_corpus.corpus import split_phrases, states


def test_the_second_annotator_labelled_only_development_phrases() -> None:
    development = {phrase.text for phrase in split_phrases()[0]}
    second = load_second_annotator()
    assert len(second) == 400
    assert {phrase.text for phrase in second} <= development


def test_the_second_annotators_labels_use_known_ids_and_states() -> None:
    ids = {item.id for item in load_knowledge_base().evidence}
    labels = [(i, state) for phrase in load_second_annotator() for i, state in phrase.expect.items()]
    assert {i for i, _ in labels} <= ids
    assert {state for _, state in labels} <= states()
