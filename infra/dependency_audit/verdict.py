"""Judges one pip-audit JSON report against the pins it was meant to cover.

pip-audit reports a package it could not look up as skipped, and without ``--strict`` still ends with "No
known vulnerabilities found". A verdict passes only when every pin of the file was looked up and none has a
known vulnerability.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==(?P<version>[^\s;#]+)")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned_packages(requirements: str) -> dict[str, str]:
    """Canonical name -> version for every `name==version` line of a compiled requirements file."""
    pins = {}
    for line in requirements.splitlines():
        match = _PIN.match(line.strip())
        if match:
            pins[_canonical(match["name"])] = match["version"]
    return pins


@dataclass(frozen=True)
class Verdict:
    pins: int
    audited: int
    unaudited: dict[str, str] = field(default_factory=dict)  # package -> why it was not checked
    vulnerabilities: dict[str, list[str]] = field(default_factory=dict)  # package==version -> advisory ids

    @property
    def passed(self) -> bool:
        return self.pins > 0 and self.audited == self.pins and not self.unaudited and not self.vulnerabilities


def judge(pins: dict[str, str], report_json: str) -> Verdict:
    """The verdict on one file's pins from pip-audit's ``--format json`` report."""
    dependencies = json.loads(report_json).get("dependencies", [])
    reported = {_canonical(str(dependency.get("name", ""))): dependency for dependency in dependencies}
    unaudited = {
        name: str(dependency["skip_reason"]) for name, dependency in reported.items() if dependency.get("skip_reason")
    }
    unaudited.update({name: "missing from pip-audit's report" for name in pins if name not in reported})
    vulnerabilities = {
        f"{name}=={dependency.get('version')}": [str(vulnerability.get("id")) for vulnerability in dependency["vulns"]]
        for name, dependency in reported.items()
        if dependency.get("vulns")
    }
    audited = sum(1 for name in pins if name in reported and name not in unaudited)
    return Verdict(pins=len(pins), audited=audited, unaudited=unaudited, vulnerabilities=vulnerabilities)
