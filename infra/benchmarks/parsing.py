"""Latency of parsing a 2,000-character text (goal: p50 <= 5 ms).

    .venv/bin/python infra/benchmarks/parsing.py [--runs 500]

The text is a realistic message repeated to the API's 2,000-character limit: symptoms, negations,
medicines and ordinary words.
"""

from __future__ import annotations

import argparse
import statistics
import time

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text

MESSAGE = (
    "For about eight months my feet have had pins and needles and feel numb, like walking on cotton wool. "
    "I'm wobbly in the dark and keep tripping. No twitching or cramps, my speech and swallowing are fine. "
    "I've been on metformin for years and take omeprazole for heartburn. My memory is not great lately. "
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    arguments = parser.parse_args()
    knowledge_base = load_knowledge_base()
    text = (MESSAGE * (2000 // len(MESSAGE) + 1))[:2000]
    parse_text(text, knowledge_base)  # warm-up: builds the lexicon once, as a warm container has
    timings = []
    for _ in range(arguments.runs):
        started = time.perf_counter_ns()
        parse_text(text, knowledge_base)
        timings.append((time.perf_counter_ns() - started) / 1e6)
    timings.sort()
    print(f"parse, {len(text)} characters, {arguments.runs} runs (domain layer, warm):")
    print(
        f"  p50 {statistics.median(timings):.2f} ms   p90 {timings[int(0.9 * len(timings))]:.2f} ms   "
        f"p99 {timings[int(0.99 * len(timings))]:.2f} ms"
    )


if __name__ == "__main__":
    main()
