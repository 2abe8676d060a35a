"""Domain-layer latency of one assessment with 20 evidence items (goal: p50 <= 1 ms).

    .venv/bin/python infra/benchmarks/assessment.py [--runs 5000]

Inputs are drawn with a fixed seed from the bundled knowledge base: 20 distinct ids, mostly
present, some absent, as a person answering an interview would send them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5000)
    parser.add_argument("--items", type=int, default=20)
    arguments = parser.parse_args()

    knowledge_base = load_knowledge_base()
    generator = random.Random(20261124)  # noqa: S311 (reproducible benchmark inputs, not security)
    ids = [e.id for e in knowledge_base.evidence]
    inputs = [
        [
            ReportedEvidence(
                id=evidence_id, state=generator.choice([EvidenceState.PRESENT] * 3 + [EvidenceState.ABSENT])
            )
            for evidence_id in generator.sample(ids, arguments.items)
        ]
        for _ in range(100)
    ]
    for evidence in inputs:  # warm-up: builds the per-version model once, as a warm container has
        assess_request(knowledge_base, evidence, None)

    timings = []
    for run in range(arguments.runs):
        evidence = inputs[run % len(inputs)]
        started = time.perf_counter_ns()
        assess_request(knowledge_base, evidence, None)
        timings.append((time.perf_counter_ns() - started) / 1e6)
    timings.sort()
    print(f"assessment, {arguments.items} evidence items, {arguments.runs} runs (domain layer, warm):")
    print(
        f"  p50 {statistics.median(timings):.3f} ms   p90 {timings[int(0.9 * len(timings))]:.3f} ms   "
        f"p99 {timings[int(0.99 * len(timings))]:.3f} ms   max {timings[-1]:.3f} ms"
    )


if __name__ == "__main__":
    main()
