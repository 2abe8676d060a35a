"""Print the vignette suite's results table: `.venv/bin/python -m tests.vignettes.report`."""

from kbtool.source import load_knowledge_base
from tests.vignettes.suite import load_vignettes, report, run


def main() -> None:
    knowledge_base = load_knowledge_base()
    print(report([run(knowledge_base, vignette) for vignette in load_vignettes()]))


if __name__ == "__main__":
    main()
