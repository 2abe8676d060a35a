"""A blind writer's check of a phrase file: fields, ids and states only, never the labels.

Copied into a writer's folder as check.py (docs/blind-phrase-brief.md), beside contract/evidence-ids.yaml; it
imports nothing from the repository. Usage: python3 check.py out/<letter>.yaml
"""

import sys
from pathlib import Path

import yaml

STATES = {"present", "absent", "uncertain"}
VOICES = {"plain", "phone", "carer", "anxious", "forum", "non_native", "diagnosed", "clinician"}
MECHANISMS = {
    "plain", "negation_scope", "uncertainty", "time", "subject", "body_site", "metaphor", "misspelling",
    "non_native", "known_diagnosis", "lab_or_exam", "red_flag_plain", "look_alike",
}  # fmt: skip
FIELDS = {"text", "expect", "voice", "mechanism"}
LONGEST_TEXT = 400


def evidence_ids(contract: Path) -> set[str]:
    """Every id in contract/evidence-ids.yaml (grouped by body system)."""
    return {evidence_id for group in yaml.safe_load(contract.read_text()).values() for evidence_id in group}


def problems(phrases: object, ids: set[str]) -> list[str]:
    if not isinstance(phrases, list):
        return ["the file must hold a list of phrases"]
    found: list[str] = []
    seen: set[str] = set()
    for number, phrase in enumerate(phrases, start=1):
        if not isinstance(phrase, dict):
            found.append(f"phrase {number}: not a mapping")
            continue
        found += [f"phrase {number}: missing {key}" for key in sorted(FIELDS - phrase.keys())]
        found += [f"phrase {number}: unknown field {key}" for key in sorted(phrase.keys() - FIELDS)]
        text = str(phrase.get("text", ""))
        if not text.strip() or len(text) > LONGEST_TEXT:
            found.append(f"phrase {number}: text must be 1 to {LONGEST_TEXT} characters")
        if text in seen:
            found.append(f"phrase {number}: the same text as an earlier phrase")
        seen.add(text)
        expect = phrase.get("expect")
        if not isinstance(expect, dict):
            found.append(f"phrase {number}: expect must be a mapping (empty: {{}})")
            expect = {}
        found += [f"phrase {number}: unknown evidence id {key}" for key in expect if key not in ids]
        found += [
            f"phrase {number}: bad state for {key}: {state}" for key, state in expect.items() if state not in STATES
        ]
        if phrase.get("voice") not in VOICES:
            found.append(f"phrase {number}: bad voice")
        mechanism = phrase.get("mechanism")
        if not isinstance(mechanism, list) or not mechanism or not set(mechanism) <= MECHANISMS:
            found.append(f"phrase {number}: mechanism must be a non-empty list from the brief")
    return found


def main() -> None:
    path = Path(sys.argv[1])
    ids = evidence_ids(Path(__file__).with_name("contract") / "evidence-ids.yaml")
    found = problems(yaml.safe_load(path.read_text(encoding="utf-8")), ids)
    for problem in found:
        print(problem)
    print("ok" if not found else f"{len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
