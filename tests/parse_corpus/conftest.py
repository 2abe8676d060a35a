"""Prints the parser's corpus figures at the end of every run that includes this suite."""

import pytest

from kbtool.source import load_knowledge_base
from tests.parse_corpus.corpus import evaluate, load_corpus, summary


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.section("parse corpus")
    terminalreporter.write_line(summary(evaluate(load_knowledge_base(), load_corpus())))
