"""Fingerprints of every vignette's full assessment, to show that a speed change changes no output.

    PYTHONHASHSEED=1 PYTHONPATH=. .venv/bin/python infra/benchmarks/assessment_outputs.py record FILE
    PYTHONPATH=. .venv/bin/python infra/benchmarks/assessment_outputs.py compare BEFORE AFTER

Assesses every vignette (structured, text and interview suites, and the blind corpus), then walks
each one's interview for up to eight rounds, answering the offered questions in a fixed cycle of
present, absent and "don't know"; records a SHA-256 of each whole response (leaning, triage,
questions, should_stop, everything). Prints only counts and hashes: the corpora are used blind
elsewhere, so no vignette's content is shown. Outputs can depend on the string hash seed
(docs/performance.md), so compare runs made with the same PYTHONHASHSEED.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request
from tests.blind_corpus.corpus import load_blind_vignettes
from tests.vignettes.suite import Vignette, load_interview_vignettes, load_text_vignettes, load_vignettes

ROUNDS = 8
ANSWERS = (EvidenceState.PRESENT, EvidenceState.ABSENT, EvidenceState.UNKNOWN, EvidenceState.ABSENT)


def fingerprints() -> dict[str, str]:
    knowledge_base = load_knowledge_base()
    vignettes: list[Vignette] = [
        *load_vignettes(),
        *load_text_vignettes(),
        *load_interview_vignettes(),
        *(vignette.as_vignette() for vignette in load_blind_vignettes()),
    ]
    found = {}
    for index, vignette in enumerate(vignettes):
        evidence = [ReportedEvidence(id=i, state=state) for i, state in vignette.evidence.items()]
        for step in range(ROUNDS):
            result = assess_request(knowledge_base, evidence, vignette.text, age=vignette.age, sex=vignette.sex)
            found[f"{index}:{vignette.id}:{step}"] = hashlib.sha256(result.model_dump_json().encode()).hexdigest()
            if result.should_stop or not result.next_questions:
                break
            for number, question in enumerate(result.next_questions[: 3 + step % 3]):
                state = ANSWERS[(index + step + number) % len(ANSWERS)]
                evidence.append(ReportedEvidence(id=question.id, state=state))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("record").add_argument("file", type=Path)
    compare = commands.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "record":
        found = fingerprints()
        arguments.file.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        overall = hashlib.sha256(json.dumps(found, sort_keys=True).encode()).hexdigest()[:16]
        print(f"{len(found)} assessments recorded, overall {overall}")
        return
    before = json.loads(arguments.before.read_text(encoding="utf-8"))
    after = json.loads(arguments.after.read_text(encoding="utf-8"))
    differing = sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    print(f"{len(before)} and {len(after)} assessments; {len(differing)} differ")
    if differing:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
