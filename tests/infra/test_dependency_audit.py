"""`make audit` is never silently green: with no reachable vulnerability service it fails, and says why."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.infra.cloudformation import REPO_ROOT

PIP_AUDIT = REPO_ROOT / ".venv-tools" / "bin" / "pip-audit"
CLOSED_PORT = "http://127.0.0.1:9"


def test_the_audit_fails_loudly_when_no_vulnerability_service_answers(tmp_path: Path) -> None:
    # Given the pinned pip-audit, an empty cache, and every HTTPS request sent to a closed local port
    if not PIP_AUDIT.is_file():
        pytest.fail(f"{PIP_AUDIT} not found: run `make install` (it creates .venv-tools)", pytrace=False)
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("idna==3.10\n    # via requests\nurllib3==2.5.0\n", encoding="utf-8")
    environment = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HTTPS_PROXY": CLOSED_PORT,
        "HTTP_PROXY": CLOSED_PORT,
        "NO_PROXY": "",
    }

    # When the audit runs over that file
    result = subprocess.run(
        [sys.executable, "-m", "dependency_audit", "--pip-audit", str(PIP_AUDIT), str(requirements)],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    # Then it fails, says that no pin was checked, and that there was no vulnerability data
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"FAILED: {requirements}: 0 of 2 pins checked" in result.stdout
    assert "AUDIT FAILED. No vulnerability data" in result.stderr
    assert "audit passed" not in result.stdout
