"""Prints the vignette suites' figures at the end of every run that includes them."""

import pytest

from kbtool.source import load_knowledge_base
from tests.vignettes.report import suite_outcomes, suites_table
from tests.vignettes.suite import report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    suites = suite_outcomes(load_knowledge_base())
    terminalreporter.section("vignette suites")
    terminalreporter.write_line(suites_table(suites))
    terminalreporter.write_line("")
    terminalreporter.write_line(report(suites["Structured cases"]))
