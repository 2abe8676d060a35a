"""Fingerprints of the parser's full output on every corpus text, to show a speed change alters nothing.

    PYTHONHASHSEED=1 PYTHONPATH=.:infra .venv/bin/python infra/benchmarks/parse_outputs.py [--save F] [--compare F]

Each text (the phrase corpus, the blind phrases and vignettes, the vignette texts and interview cases,
the benchmark texts) is parsed and the SHA-256 of its whole output (`model_dump_json()` of every
ParsedEvidence: ids, assertions, subjects, times, spans, sites) is recorded under the SHA-256 of the
text. Only counts and hashes are printed: the corpora are scored blind elsewhere, so no text or finding
is ever shown. Compare runs made with the same PYTHONHASHSEED (docs/performance.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from benchmarks.parsing import misspelt_text, typical_text

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.blind_corpus.corpus import load_blind_vignettes, load_phrases
from tests.parse_corpus.corpus import load_corpus
from tests.vignettes.suite import load_interview_vignettes, load_text_vignettes, load_vignettes


def corpora() -> dict[str, list[str]]:
    return {
        "parse_corpus": [phrase.text for phrase in load_corpus()],
        "blind_phrases": [phrase.text for phrase in load_phrases()],
        "blind_vignettes": [vignette.text for vignette in load_blind_vignettes()],
        "vignettes": [vignette.text for vignette in load_vignettes() if vignette.text],
        "text_cases": [vignette.text or "" for vignette in load_text_vignettes()],
        "interview_cases": [vignette.text for vignette in load_interview_vignettes() if vignette.text],
        "benchmark": [typical_text(), misspelt_text()],
    }


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def fingerprints(texts: list[str], knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {
        sha256(text): sha256("\n".join(item.model_dump_json() for item in parse_text(text, knowledge_base)))
        for text in texts
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the per-text hashes to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare with hashes saved earlier; exit 1 on a difference")
    arguments = parser.parse_args()
    knowledge_base = load_knowledge_base()
    hashes: dict[str, dict[str, str]] = {}
    for name, texts in corpora().items():
        hashes[name] = fingerprints(texts, knowledge_base)
        print(f"  {name:<16} {len(texts):>5} texts   {sha256(json.dumps(hashes[name], sort_keys=True))}")
    total = sum(len(group) for group in hashes.values())
    print(f"  {'all':<16} {total:>5} texts   {sha256(json.dumps(hashes, sort_keys=True))}")
    if arguments.save:
        arguments.save.write_text(json.dumps(hashes, indent=1, sort_keys=True), encoding="utf-8")
    if arguments.compare:
        saved = json.loads(arguments.compare.read_text(encoding="utf-8"))
        differing = sum(
            saved.get(name, {}).get(key) != value for name, group in hashes.items() for key, value in group.items()
        )
        print(f"  differing from {arguments.compare.name}: {differing}")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
