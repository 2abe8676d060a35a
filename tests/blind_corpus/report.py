"""The parser and the engine on the blind corpus, development and held-out parts apart.

.venv/bin/python -m tests.blind_corpus.report            figures only
.venv/bin/python -m tests.blind_corpus.report --failures  also the development failures (never the held-out ones)
.venv/bin/python -m tests.blind_corpus.report --development  development figures only: use this while tuning,
                                                     so that no change is chosen by the held-out figures
"""

import argparse

from kbtool.source import load_knowledge_base
from tests.blind_corpus.corpus import blind_round, held_out, load_blind_vignettes, red_flag_ids, split_phrases
from tests.parse_corpus.corpus import Result, evaluate, figures
from tests.vignettes.suite import Outcome, run


def vignette_line(name: str, outcomes: list[Outcome]) -> str:
    total = len(outcomes)
    correct = sum(o.leaning_correct for o in outcomes)
    return (
        f"{name:<19} {total:>3} vignettes  leaning {correct}/{total} ({correct / total:.1%})  "
        f"under-triage {sum(o.under_triaged for o in outcomes)}  over-triage {sum(o.over_triaged for o in outcomes)}"
    )


def _arguments() -> argparse.Namespace:
    """Parsed before anything is scored: --help, or a mistyped flag, prints no figure at all."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", action="store_true", help="also list the development failures")
    parser.add_argument("--development", action="store_true", help="development figures only (while tuning)")
    return parser.parse_args()


def main() -> None:
    arguments = _arguments()
    show_held_out = not arguments.development
    knowledge_base = load_knowledge_base()
    red_flags = red_flag_ids(knowledge_base)
    development_phrases, held_out_phrases = split_phrases()
    development = evaluate(knowledge_base, development_phrases)
    parts: list[tuple[str, list[Result]]] = [("development", development)]
    if show_held_out:
        by_round = {n: evaluate(knowledge_base, phrases) for n, phrases in held_out_phrases.items()}
        parts += [(f"held out, round {n}", results) for n, results in by_round.items()]
        parts.append(("held out", [result for results in by_round.values() for result in results]))
    print("Blind phrases")
    for name, part in parts:
        f = figures(part, red_flags)
        print(
            f"{name:<19} {f.phrases:>4} phrases  precision {f.precision:.3f}  recall {f.recall:.3f}  "
            f"negation accuracy {f.negation_accuracy:.3f}  false 'present' on negated {f.false_present_on_negated}  "
            f"red-flag recall {f.red_flag_recall:.3f}"
        )
    vignettes = load_blind_vignettes()
    outcomes = {v.id: run(knowledge_base, v.as_vignette()) for v in vignettes}
    print("Blind free-text vignettes")
    print(vignette_line("development", [outcomes[v.id] for v in vignettes if not held_out(v.id)]))
    if show_held_out:
        for n in sorted({blind_round(v.id) for v in vignettes if held_out(v.id)}):
            held = [outcomes[v.id] for v in vignettes if held_out(v.id) and blind_round(v.id) == n]
            print(vignette_line(f"held out, round {n}", held))
        print(vignette_line("held out", [outcomes[v.id] for v in vignettes if held_out(v.id)]))
    if arguments.failures:
        for result in development:
            if result.false_positives or result.false_negatives:
                print(f"- {result.phrase.text!r}\n    expected {result.phrase.expect}\n    found    {result.found}")
        for v in vignettes:
            o = outcomes[v.id]
            if not held_out(v.id) and (not o.leaning_correct or o.under_triaged):
                print(
                    f"- {v.id}: leaning {o.leaning} (expected {v.expected_leaning}), "
                    f"triage {o.triage} (expected {v.expected_triage})"
                )


if __name__ == "__main__":
    main()
