"""Audit pinned requirements files with pip-audit; exit 0 only if every pin was checked and none is vulnerable.

python -m dependency_audit --pip-audit PATH FILE [FILE ...]

Each file is audited as pinned (--no-deps, --disable-pip: nothing is installed or resolved) with --strict.
No reachable vulnerability service means no pin was checked, which fails the audit: never green.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from dependency_audit.verdict import Verdict, judge, pinned_packages

UNREACHABLE_HINT = (
    "No vulnerability data: the vulnerability service (PyPI's JSON API, or OSV) could not be reached or "
    "did not know these packages. The audit cannot pass without it; run it where the service is reachable "
    "(the CI workflow in .github/workflows/audit.yml)."
)


def audit_file(pip_audit: Path, requirements: Path, service: str) -> tuple[Verdict, str]:
    """The verdict on one file, and pip-audit's own last error line (empty when it had none)."""
    pins = pinned_packages(requirements.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        result = subprocess.run(  # noqa: S603 (the operator's own pip-audit, with fixed options)
            [
                str(pip_audit),
                "--strict",
                "--no-deps",
                "--disable-pip",
                "--vulnerability-service",
                service,
                "--requirement",
                str(requirements),
                "--format",
                "json",
                "--output",
                str(report),
                "--progress-spinner",
                "off",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=900,
        )
        errors = [line for line in result.stderr.splitlines() if line.strip() and "WARNING" not in line]
        last_error = errors[-1] if errors else ""
        if not report.is_file():  # --strict stops at the first package it cannot check, before any report
            stopped = Verdict(pins=len(pins), audited=0, unaudited={"(all)": "pip-audit stopped before a report"})
            return stopped, last_error
        return judge(pins, report.read_text(encoding="utf-8")), last_error


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    verdicts = []
    for requirements in arguments.requirements:
        verdict, last_error = audit_file(arguments.pip_audit, requirements, arguments.vulnerability_service)
        _print_verdict(requirements, verdict, last_error)
        verdicts.append(verdict)
    if all(verdict.passed for verdict in verdicts):
        print("\naudit passed: every pin was checked and none has a known vulnerability")
        return 0
    hint = UNREACHABLE_HINT if any(verdict.audited == 0 for verdict in verdicts) else ""
    print(f"\nAUDIT FAILED. {hint}".rstrip(), file=sys.stderr)
    return 1


def _print_verdict(requirements: Path, verdict: Verdict, last_error: str) -> None:
    vulnerabilities = sum(map(len, verdict.vulnerabilities.values()))
    status = "ok" if verdict.passed else "FAILED"
    checked = f"{verdict.audited} of {verdict.pins} pins checked"
    print(f"{status}: {requirements}: {checked}, {vulnerabilities} known vulnerabilities")
    for package, advisories in sorted(verdict.vulnerabilities.items()):
        print(f"  VULNERABLE {package}: {', '.join(advisories)}")
    for package, reason in sorted(verdict.unaudited.items())[:5]:
        print(f"  NOT CHECKED {package}: {reason}")
    if len(verdict.unaudited) > 5:
        print(f"  NOT CHECKED ... and {len(verdict.unaudited) - 5} more")
    if last_error and not verdict.passed:
        print(f"  pip-audit said: {last_error}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dependency_audit", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pip-audit", type=Path, required=True, help="the pip-audit executable")
    parser.add_argument("--vulnerability-service", choices=["pypi", "osv"], default="pypi")
    parser.add_argument("requirements", type=Path, nargs="+", help="pinned requirements files")
    return parser


if __name__ == "__main__":
    sys.exit(main())
