"""The template passes cfn-lint and the SAM CLI's own validation."""

import pytest

from tests.infra.cloudformation import TEMPLATE, run, tool


def test_cfn_lint_reports_nothing() -> None:
    # Given the cfn-lint of the tools environment
    cfn_lint = tool("cfn-lint")

    # When it lints template.yaml with every rule, informational ones included
    result = run([str(cfn_lint), "--format", "parseable", "--", str(TEMPLATE)])

    # Then it reports no match at all
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), result.stdout + result.stderr


@pytest.mark.sam
def test_sam_validate_lint_succeeds() -> None:
    # Given the SAM CLI from .venv-tools (missing: the test fails and says to run `make install`)
    sam = tool("sam")

    # When it validates and lints template.yaml
    result = run([str(sam), "validate", "--lint", "--template", str(TEMPLATE)])

    # Then it accepts the template
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout
