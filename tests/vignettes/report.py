"""Print the vignette suite's results table, or rewrite it in docs/scoring.md.

.venv/bin/python -m tests.vignettes.report [--update-docs]
"""

import re
import sys
from pathlib import Path

from kbtool.source import load_knowledge_base
from tests.vignettes.suite import load_vignettes, report, run

SCORING_DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"
_SECTION = re.compile(r"(<!-- vignette-results:start[^>]*-->\n).*?(\n<!-- vignette-results:end -->)", re.DOTALL)


def current_table() -> str:
    knowledge_base = load_knowledge_base()
    return report([run(knowledge_base, vignette) for vignette in load_vignettes()])


def documented_table() -> str:
    found = _SECTION.search(SCORING_DOC.read_text(encoding="utf-8"))
    assert found, "docs/scoring.md lost its vignette-results markers"
    text = found.group(0)
    return text[len(found.group(1)) : len(text) - len(found.group(2))]


def main() -> None:
    table = current_table()
    if "--update-docs" in sys.argv:
        document = SCORING_DOC.read_text(encoding="utf-8")
        SCORING_DOC.write_text(_SECTION.sub(lambda m: m.group(1) + table + m.group(2), document), encoding="utf-8")
        print(f"updated {SCORING_DOC}")
    else:
        print(table)


if __name__ == "__main__":
    main()
