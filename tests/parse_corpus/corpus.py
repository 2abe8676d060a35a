"""The labelled phrase corpus and the parser's figures on it.

Each phrase belongs to the development part or the held-out part, fixed by a hash of its text:
parser changes are made looking at development failures only, and both parts are reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from symptom_overlap.domain.parsing import Subject, TimeFrame, parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase

CORPUS_DIR = Path(__file__).resolve().parent
HELD_OUT_SHARE = 0.4


class Phrase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    expect: dict[str, str] = Field(default_factory=dict)  # id -> present | absent | uncertain
    tags: list[str] = Field(default_factory=list)
    voice: str | None = None  # who writes, in the blind corpus: plain, phone, carer, non_native, ...
    mechanism: list[str] = Field(default_factory=list)  # what the phrase tests, in the blind corpus

    @property
    def held_out(self) -> bool:
        digest = hashlib.sha256(self.text.encode()).digest()
        return digest[0] < 256 * HELD_OUT_SHARE


@dataclass(frozen=True)
class Result:
    phrase: Phrase
    found: dict[str, str]

    @property
    def true_positives(self) -> int:
        return sum(self.found.get(i) == state for i, state in self.phrase.expect.items())

    @property
    def false_positives(self) -> int:
        return sum(self.phrase.expect.get(i) != state for i, state in self.found.items())

    @property
    def false_negatives(self) -> int:
        return len(self.phrase.expect) - self.true_positives

    @property
    def false_present_on_negated(self) -> list[str]:
        return [i for i, state in self.phrase.expect.items() if state == "absent" and self.found.get(i) == "present"]


@dataclass(frozen=True)
class Figures:
    phrases: int
    precision: float
    recall: float
    negation_accuracy: float
    false_present_on_negated: int
    red_flag_recall: float


def load_corpus(directory: Path = CORPUS_DIR) -> list[Phrase]:
    return [phrase for path in sorted(directory.glob("*.yaml")) for phrase in load_corpus_file(path)]


def load_corpus_file(path: Path) -> list[Phrase]:
    return [Phrase.model_validate(item) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def evaluate(knowledge_base: KnowledgeBase, phrases: Iterable[Phrase]) -> list[Result]:
    return [Result(phrase, found_in(phrase.text, knowledge_base)) for phrase in phrases]


def found_in(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    """What the parser says about the person now: id -> present | absent | uncertain.

    Present and absent are what an assessment uses; uncertain findings are reported but never used.
    Findings about someone else, or that went away, are not about the person now and are left out.
    """
    return {
        item.id: item.assertion.value
        for item in parse_text(text, knowledge_base)
        if item.subject is Subject.SELF and item.time is TimeFrame.CURRENT
    }


def figures(results: list[Result], red_flags: frozenset[str] = frozenset()) -> Figures:
    true_positives = sum(r.true_positives for r in results)
    found = true_positives + sum(r.false_positives for r in results)
    expected = true_positives + sum(r.false_negatives for r in results)
    negated = [(r, i) for r in results for i, state in r.phrase.expect.items() if state == "absent"]
    return Figures(
        phrases=len(results),
        precision=true_positives / found if found else 1.0,
        recall=true_positives / expected if expected else 1.0,
        negation_accuracy=sum(r.found.get(i) == "absent" for r, i in negated) / len(negated) if negated else 1.0,
        false_present_on_negated=sum(len(r.false_present_on_negated) for r in results),
        red_flag_recall=_red_flag_recall(results, red_flags),
    )


def _red_flag_recall(results: list[Result], red_flags: frozenset[str]) -> float:
    expected = [
        (r, i) for r in results for i, state in r.phrase.expect.items() if state == "present" and i in red_flags
    ]
    return sum(r.found.get(i) == "present" for r, i in expected) / len(expected) if expected else 1.0


def summary(results: list[Result], red_flags: frozenset[str] = frozenset()) -> str:
    lines = []
    for name, part in (
        ("all", results),
        ("development", [r for r in results if not r.phrase.held_out]),
        ("held out", [r for r in results if r.phrase.held_out]),
    ):
        f = figures(part, red_flags)
        line = (
            f"{name:<12} {f.phrases:>4} phrases  precision {f.precision:.3f}  recall {f.recall:.3f}  "
            f"negation accuracy {f.negation_accuracy:.3f}  false 'present' on negated {f.false_present_on_negated}"
        )
        lines.append(line + (f"  red-flag recall {f.red_flag_recall:.3f}" if red_flags else ""))
    return "\n".join(lines)
