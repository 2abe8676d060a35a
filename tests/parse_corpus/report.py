"""Print the parser's figures on the corpus, and the development phrases it gets wrong.

.venv/bin/python -m tests.parse_corpus.report
"""

from kbtool.source import load_knowledge_base
from tests.parse_corpus.corpus import evaluate, load_corpus, summary


def main() -> None:
    results = evaluate(load_knowledge_base(), load_corpus())
    print(summary(results))
    for result in results:
        if not result.phrase.held_out and (result.false_positives or result.false_negatives):
            print(f"- {result.phrase.text!r}\n    expected {result.phrase.expect}\n    found    {result.found}")


if __name__ == "__main__":
    main()
