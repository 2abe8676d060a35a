"""A blind writer's check of interview-case files: fields, ids and enums only, never the labels.

Copied into a writer's folder as check.py (docs/blind-brief.md), beside contract/evidence-ids.yaml; it imports
nothing from the repository. Usage: python3 check.py out/<letter> [round prefix, e.g. r17]
"""

import sys
from pathlib import Path

import yaml

STATES = {"present", "absent", "unknown"}
LEANINGS = {"b12_deficiency", "als", "overlap", "neither", "insufficient_evidence"}
TRIAGE = {"self_care", "consultation", "consultation_24", "emergency", "emergency_ambulance"}
KINDS = {"case_report", "cohort_typical", "guideline_typical", "clinical_judgement"}
REQUIRED = {"id", "title", "source", "kind", "evidence", "expected_leaning", "expected_triage", "rationale"}
ALLOWED = REQUIRED | {"age", "sex", "text"}


def evidence_ids(contract: Path) -> set[str]:
    """Every id in contract/evidence-ids.yaml (grouped by body system)."""
    return {evidence_id for group in yaml.safe_load(contract.read_text()).values() for evidence_id in group}


def problems(path: Path, prefix: str, ids: set[str]) -> list[str]:
    case = yaml.safe_load(path.read_text())
    if not isinstance(case, dict):
        return ["not a mapping"]
    found = [f"missing {k}" for k in REQUIRED - case.keys()] + [f"unknown field {k}" for k in case.keys() - ALLOWED]
    if not str(case.get("id", "")).startswith(prefix) or case.get("id") != path.stem:
        found.append(f"id must start {prefix} and equal the file name")
    source = case.get("source") or {}
    if not isinstance(source, dict) or "citation" not in source or not ({"pmid", "doi", "url"} & source.keys()):
        found.append("source needs citation and one of pmid/doi/url")
    if case.get("kind") not in KINDS:
        found.append("bad kind")
    for key, state in (case.get("evidence") or {}).items():
        if key not in ids:
            found.append(f"unknown evidence id {key}")
        if state not in STATES:
            found.append(f"bad state for {key}: {state}")
    if not case.get("evidence"):
        found.append("empty evidence")
    if case.get("expected_leaning") not in LEANINGS:
        found.append("bad expected_leaning")
    if case.get("expected_triage") not in TRIAGE:
        found.append("bad expected_triage")
    if "age" in case and not (isinstance(case["age"], int) and 0 <= case["age"] <= 110):
        found.append("age must be whole years")
    if "sex" in case and case["sex"] not in {"female", "male", "other"}:
        found.append("bad sex")
    if len(str(case.get("text", ""))) > 2000:
        found.append("text over 2000 characters")
    return found


def main() -> None:
    folder = Path(sys.argv[1])
    round_prefix = sys.argv[2] if len(sys.argv) > 2 else "r16"
    prefix = f"{round_prefix}_{folder.name}_"
    files = sorted(folder.glob("*.yaml"))
    ids = evidence_ids(Path(__file__).with_name("contract") / "evidence-ids.yaml")
    bad = 0
    for path in files:
        for problem in problems(path, prefix, ids):
            bad += 1
            print(f"{path.name}: {problem}")
    print(f"{len(files)} files, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
