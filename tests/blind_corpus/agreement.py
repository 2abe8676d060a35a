"""How far two careful annotators agree on the blind corpus, and where the parser stands between them.

.venv/bin/python -m tests.blind_corpus.agreement

A second annotator labelled 400 development phrases blind (second_annotator.yaml). Scoring one annotator's
labels against the other's, with the same figures as the parser, bounds what any reader can reach on labels
written by one person: a goal above the annotators' agreement could not be met by reading better.
Development phrases only: no held-out phrase is read or printed.
"""

from pathlib import Path

import yaml

from kbtool.source import load_knowledge_base
from tests.blind_corpus.corpus import red_flag_ids, split_phrases
from tests.parse_corpus.corpus import Figures, Phrase, Result, figures, found_in

SECOND_ANNOTATOR = Path(__file__).resolve().parent / "second_annotator.yaml"


def load_second_annotator() -> list[Phrase]:
    items = yaml.safe_load(SECOND_ANNOTATOR.read_text(encoding="utf-8"))
    return [Phrase(text=item["text"], expect=item["expect"] or {}) for item in items]


def scored(reference: list[Phrase], found: list[dict[str, str]], red_flags: frozenset[str]) -> Figures:
    return figures([Result(phrase, labels) for phrase, labels in zip(reference, found, strict=True)], red_flags)


def main() -> None:
    knowledge_base = load_knowledge_base()
    red_flags = red_flag_ids(knowledge_base)
    development = {phrase.text: phrase for phrase in split_phrases()[0]}
    second = load_second_annotator()
    first = [development[phrase.text] for phrase in second]  # KeyError if a phrase is not in the development part
    parsed = [found_in(phrase.text, knowledge_base) for phrase in second]
    rows = {
        "second annotator against the writers": scored(first, [p.expect for p in second], red_flags),
        "parser against the writers": scored(first, parsed, red_flags),
        "parser against the second annotator": scored(second, parsed, red_flags),
    }
    same = sum(a.expect == b.expect for a, b in zip(first, second, strict=True))
    print(f"{len(second)} development phrases, labelled identically by both: {same} ({same / len(second):.1%})")
    for name, f in rows.items():
        print(
            f"{name:<38} precision {f.precision:.3f}  recall {f.recall:.3f}  "
            f"false 'present' on negated {f.false_present_on_negated}  red-flag recall {f.red_flag_recall:.3f}"
        )


if __name__ == "__main__":
    main()
