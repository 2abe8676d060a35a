"""Latency of parsing a 2,000-character text (goals: p99 <= 5 ms; the worst case within 3x a typical text).

    .venv/bin/python infra/benchmarks/parsing.py [--runs 500]

The typical text is a realistic message repeated to the API's 2,000-character limit: symptoms,
negations, medicines and ordinary words. The worst case for spelling correction is 2,000 characters
of long, distinct, misspelt words: each costs a dictionary probe per deletion form, and the parser
spends at most a fixed budget of probes per request (docs/parsing.md). The worst case for the reading
steps is 2,000 characters made only of the words they act on (negations, symptoms, places, time and
people), in a fixed pseudo-random order: every word starts a cue, a scope or a finding.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import statistics
import string
import time

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase

MESSAGE = (
    "For about eight months my feet have had pins and needles and feel numb, like walking on cotton wool. "
    "I'm wobbly in the dark and keep tripping. No twitching or cramps, my speech and swallowing are fine. "
    "I've been on metformin for years and take omeprazole for heartburn. My memory is not great lately. "
)
LIMIT = 2000


def typical_text() -> str:
    return (MESSAGE * (LIMIT // len(MESSAGE) + 1))[:LIMIT]


def misspelt_text() -> str:
    """Distinct 23-letter words that start like vocabulary words (so every one is looked up)."""
    prefixes = ["tw", "nu", "ti", "we", "sw", "sl", "cr", "fa", "bl", "co"]
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < LIMIT:
        digest = hashlib.sha256(str(len(words)).encode()).digest()
        letters = "".join(string.ascii_lowercase[byte % 26] for byte in digest[:21])
        words.append(prefixes[len(words) % len(prefixes)] + letters)
    return " ".join(words)[:LIMIT]


TRIGGER_WORDS = (
    "no", "not", "without", "tingling", "numb", "but", ",", ".", "is", "fine", "twitching", "or", "metformin",
    "maybe", "my", "mum", "had", "mnd", "went", "away", "years", "ago", "eye", "weak", "left", "hand", "?", "legs",
    "since", "choking", "can't", "breathe", "feet", "doctor", "said", "normal", "b12", "low",
)  # fmt: skip


def trigger_word_text() -> str:
    """The reading steps' words in a fixed pseudo-random order (by a hash, the same on every run)."""
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < LIMIT:
        digest = hashlib.sha256(f"trigger {len(words)}".encode()).digest()
        words.append(TRIGGER_WORDS[digest[0] % len(TRIGGER_WORDS)])
    return " ".join(words)[:LIMIT]


def timings(text: str, knowledge_base: KnowledgeBase, runs: int) -> list[float]:
    parse_text(text, knowledge_base)  # warm-up: builds the lexicon once, as a warm container has
    # ... and freezes what lives as long as the container, as functions/api/app.py does after its first
    # request: otherwise about one parse in a hundred pays a full collection walking the knowledge base.
    gc.freeze()
    measured = []
    for _ in range(runs):
        started = time.perf_counter_ns()
        parse_text(text, knowledge_base)
        measured.append((time.perf_counter_ns() - started) / 1e6)
    return sorted(measured)


def line(name: str, measured: list[float]) -> str:
    p50, p99 = statistics.median(measured), measured[int(0.99 * len(measured))]
    return f"  {name:<22} p50 {p50:.2f} ms   p90 {measured[int(0.9 * len(measured))]:.2f} ms   p99 {p99:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    arguments = parser.parse_args()
    knowledge_base = load_knowledge_base()
    typical = timings(typical_text(), knowledge_base, arguments.runs)
    misspelt = timings(misspelt_text(), knowledge_base, arguments.runs)
    triggers = timings(trigger_word_text(), knowledge_base, arguments.runs)
    print(f"parse, {LIMIT} characters, {arguments.runs} runs (domain layer, warm):")
    print(line("typical message", typical))
    print(line("long misspelt words", misspelt))
    print(line("only trigger words", triggers))
    worst = max(statistics.median(misspelt), statistics.median(triggers))
    print(f"  worst case / typical at p50: {worst / statistics.median(typical):.2f}x")


if __name__ == "__main__":
    main()
