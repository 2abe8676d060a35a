"""Print the vignette suites' results, or rewrite them in docs/scoring.md.

.venv/bin/python -m tests.vignettes.report [--update-docs] [--failures] [--development]

The interview cases are split by tests.blind_corpus.corpus.held_out: the held-out part is reported
as figures only, and --failures lists development failures only. While tuning, --development hides
the held-out figures too, so that no change is chosen by them.
"""

import argparse
import re
from pathlib import Path

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.blind_corpus.corpus import blind_round, held_out
from tests.vignettes.suite import (
    Outcome,
    figures,
    load_interview_vignettes,
    load_text_vignettes,
    load_vignettes,
    report,
    run,
)

SCORING_DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"
_SECTION = re.compile(r"(<!-- vignette-results:start[^>]*-->\n).*?(\n<!-- vignette-results:end -->)", re.DOTALL)


def suite_outcomes(knowledge_base: KnowledgeBase) -> dict[str, list[Outcome]]:
    """Every suite by name; the interview cases as their development and held-out parts, the held-out
    part also by the blind round that wrote it."""
    interview = [run(knowledge_base, vignette) for vignette in load_interview_vignettes()]
    held = [o for o in interview if held_out(o.vignette.id)]
    suites = {
        "Structured cases": [run(knowledge_base, vignette) for vignette in load_vignettes()],
        "The same cases in people's own words": [run(knowledge_base, v) for v in load_text_vignettes()],
        "Interview cases, development": [o for o in interview if not held_out(o.vignette.id)],
    }
    rounds = {blind_round(o.vignette.id) for o in held}
    if len(rounds) > 1:
        for n in sorted(rounds):
            suites[f"Interview cases, held out, round {n}"] = [o for o in held if blind_round(o.vignette.id) == n]
    suites["Interview cases, held out"] = held
    return suites


def suites_table(suites: dict[str, list[Outcome]]) -> str:
    lines = [
        "| Suite | Cases | Leaning accuracy | Triage exact | Triage safe | Under-triage | Over-triage |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, outcomes in suites.items():
        f = figures(outcomes)
        lines.append(
            f"| {name} | {f.total} | {f.leaning_correct}/{f.total} ({f.leaning_accuracy:.1%}) "
            f"| {f.triage_exact}/{f.total} | {f.triage_safe:.1%} | {f.under_triage} | {f.over_triage} |"
        )
    return "\n".join(lines)


def current_table() -> str:
    suites = suite_outcomes(load_knowledge_base())
    return suites_table(suites) + "\n\nStructured cases, one by one:\n\n" + report(suites["Structured cases"])


def development_failures() -> list[str]:
    """Interview and text cases that lean wrong or are under-triaged, development part only."""
    suites = suite_outcomes(load_knowledge_base())
    return [
        f"- {o.vignette.id}: leaning {o.leaning.value} (expected {o.vignette.expected_leaning.value}), "
        f"triage {o.triage.value} (expected {o.vignette.expected_triage.value})"
        for name in ("Structured cases", "The same cases in people's own words", "Interview cases, development")
        for o in suites[name]
        if not o.leaning_correct or o.under_triaged
    ]


def documented_table() -> str:
    found = _SECTION.search(SCORING_DOC.read_text(encoding="utf-8"))
    assert found, "docs/scoring.md lost its vignette-results markers"
    text = found.group(0)
    return text[len(found.group(1)) : len(text) - len(found.group(2))]


def _arguments() -> argparse.Namespace:
    """Parsed before anything is scored: --help, or a mistyped flag, prints no figure at all."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update-docs", action="store_true", help="rewrite the table in docs/scoring.md")
    parser.add_argument("--failures", action="store_true", help="also list the development failures")
    parser.add_argument("--development", action="store_true", help="development figures only (while tuning)")
    return parser.parse_args()


def main() -> None:
    arguments = _arguments()
    table = current_table()
    if arguments.update_docs:
        document = SCORING_DOC.read_text(encoding="utf-8")
        SCORING_DOC.write_text(_SECTION.sub(lambda m: m.group(1) + table + m.group(2), document), encoding="utf-8")
        print(f"updated {SCORING_DOC}")
    elif arguments.development:
        print("\n".join(line for line in table.splitlines() if "held out" not in line))
    else:
        print(table)
    if arguments.failures:
        print("\nDevelopment failures (held-out cases are never listed):")
        print("\n".join(development_failures()) or "none")


if __name__ == "__main__":
    main()
