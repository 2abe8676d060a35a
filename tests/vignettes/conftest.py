"""Prints the vignette results table at the end of every run that includes this suite."""

import pytest

from kbtool.source import load_knowledge_base
from tests.vignettes.suite import load_text_vignettes, load_vignettes, report, run


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    vignettes = load_vignettes()
    if not vignettes:
        return
    knowledge_base = load_knowledge_base()
    terminalreporter.section("vignette suite")
    terminalreporter.write_line(report([run(knowledge_base, vignette) for vignette in vignettes]))
    terminalreporter.section("vignettes in people's own words")
    text_outcomes = [run(knowledge_base, vignette) for vignette in load_text_vignettes()]
    terminalreporter.write_line(report(text_outcomes).split("\n", 1)[0])
