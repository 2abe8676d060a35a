"""Figures on one blind round's development part alone, kept back from tuning as a check set.

.venv/bin/python -m tests.blind_corpus.check_set 6

While the other rounds' development failures are tuned on, these figures show whether a change carries
over to text nobody tuned on. Figures only: no item of the round is listed.
"""

import sys

from kbtool.source import load_knowledge_base
from tests.blind_corpus.corpus import (
    DEVELOPMENT_ONLY_ROUNDS,
    blind_round,
    hashed_out,
    held_out,
    load_blind_vignettes,
    load_phrases_by_round,
    red_flag_ids,
)
from tests.blind_corpus.report import vignette_line
from tests.parse_corpus.corpus import evaluate, figures
from tests.vignettes.suite import load_interview_vignettes, run


def main() -> None:
    round_number = int(sys.argv[1]) if len(sys.argv) > 1 else max(load_phrases_by_round())
    knowledge_base = load_knowledge_base()
    phrases = [
        p
        for p in load_phrases_by_round().get(round_number, [])
        if round_number in DEVELOPMENT_ONLY_ROUNDS or not hashed_out(p.text)
    ]
    if phrases:
        f = figures(evaluate(knowledge_base, phrases), red_flag_ids(knowledge_base))
        print(
            f"round {round_number} development phrases ({f.phrases})  precision {f.precision:.3f}  "
            f"recall {f.recall:.3f}  false 'present' on negated {f.false_present_on_negated}  "
            f"red-flag recall {f.red_flag_recall:.3f}"
        )
    texts = [
        v.as_vignette() for v in load_blind_vignettes() if blind_round(v.id) == round_number and not held_out(v.id)
    ]
    if texts:
        print(vignette_line("free-text vignettes", [run(knowledge_base, v) for v in texts]))
    cases = [v for v in load_interview_vignettes() if blind_round(v.id) == round_number and not held_out(v.id)]
    if cases:
        print(vignette_line("interview cases", [run(knowledge_base, v) for v in cases]))


if __name__ == "__main__":
    main()
