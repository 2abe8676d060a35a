"""The vignette suite: published and typical presentations with the leaning and triage a clinician expects."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel

CASES_DIR = Path(__file__).resolve().parent / "cases"
TEXT_CASES_DIR = Path(__file__).resolve().parent / "text_cases"
# Written blind for issue 10 (anxious, unreadable, "I don't know", children, carers); split by
# tests.blind_corpus.corpus.held_out(id): tune on the development part only, score the held-out part.
INTERVIEW_CASES_DIR = Path(__file__).resolve().parent / "interview_cases"


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    citation: str
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _has_locator(self) -> Source:
        if not (self.pmid or self.doi or self.url):
            raise ValueError("a vignette source needs a pmid, doi or url")
        return self


class Vignette(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    source: Source
    kind: Literal["case_report", "cohort_typical", "guideline_typical", "clinical_judgement"]
    age: int | None = None
    sex: Literal["female", "male", "other"] | None = None
    evidence: dict[str, EvidenceState] = Field(default_factory=dict)
    text: str | None = Field(default=None, max_length=2000)
    expected_leaning: Leaning
    expected_triage: TriageLevel
    rationale: str

    @model_validator(mode="after")
    def _has_evidence_or_text(self) -> Vignette:
        if not self.evidence and not self.text:
            raise ValueError(f"{self.id}: a vignette needs evidence or text")
        return self


class TextCase(BaseModel):
    """A structured case retold in a person's own words: only the text is sent."""

    model_config = ConfigDict(extra="forbid")

    case: str
    text: str = Field(min_length=1, max_length=2000)


@dataclass(frozen=True)
class Outcome:
    vignette: Vignette
    leaning: Leaning
    triage: TriageLevel

    @property
    def leaning_correct(self) -> bool:
        return self.leaning is self.vignette.expected_leaning

    @property
    def under_triaged(self) -> bool:
        return self.triage.rank < self.vignette.expected_triage.rank

    @property
    def over_triaged(self) -> bool:
        return self.triage.rank > self.vignette.expected_triage.rank


def load_vignettes(directory: Path = CASES_DIR) -> list[Vignette]:
    vignettes = []
    for path in sorted(directory.glob("*.yaml")):
        vignette = Vignette.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        if vignette.id != path.stem:
            raise ValueError(f"{path.name}: id {vignette.id!r} does not match the file name")
        vignettes.append(vignette)
    return vignettes


def load_text_vignettes(directory: Path = TEXT_CASES_DIR) -> list[Vignette]:
    """Each text case as a vignette of its own: the base case's expectations, only the text as input."""
    cases = {vignette.id: vignette for vignette in load_vignettes()}
    vignettes = []
    for path in sorted(directory.glob("*.yaml")):
        text_case = TextCase.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        base = cases[text_case.case]
        vignettes.append(base.model_copy(update={"id": f"{base.id} (text)", "evidence": {}, "text": text_case.text}))
    return vignettes


def load_interview_vignettes(directory: Path = INTERVIEW_CASES_DIR) -> list[Vignette]:
    return load_vignettes(directory)


def run(knowledge_base: KnowledgeBase, vignette: Vignette) -> Outcome:
    evidence = [ReportedEvidence(id=i, state=state) for i, state in vignette.evidence.items()]
    result = assess_request(knowledge_base, evidence, vignette.text, age=vignette.age, sex=vignette.sex)
    return Outcome(vignette, result.leaning, result.triage.level)


@dataclass(frozen=True)
class Figures:
    """A suite's headline figures. Triage is safe when it is at least as urgent as expected."""

    total: int
    leaning_correct: int
    triage_exact: int
    under_triage: int
    over_triage: int

    @property
    def leaning_accuracy(self) -> float:
        return self.leaning_correct / self.total

    @property
    def triage_safe(self) -> float:
        return (self.total - self.under_triage) / self.total


def figures(outcomes: list[Outcome]) -> Figures:
    return Figures(
        total=len(outcomes),
        leaning_correct=sum(o.leaning_correct for o in outcomes),
        triage_exact=sum(o.triage is o.vignette.expected_triage for o in outcomes),
        under_triage=sum(o.under_triaged for o in outcomes),
        over_triage=sum(o.over_triaged for o in outcomes),
    )


def summary_line(outcomes: list[Outcome]) -> str:
    f = figures(outcomes)
    return (
        f"Leaning accuracy: {f.leaning_correct}/{f.total} ({f.leaning_accuracy:.1%}). "
        f"Triage exact: {f.triage_exact}/{f.total} ({f.triage_exact / f.total:.1%}); "
        f"safe: {f.triage_safe:.1%}; under-triage: {f.under_triage}; over-triage: {f.over_triage}."
    )


def report(outcomes: list[Outcome]) -> str:
    """A markdown table of every case and the suite's figures."""
    lines = [
        summary_line(outcomes),
        "",
        "| Case | Expected leaning | Got | Expected triage | Got |",
        "|---|---|---|---|---|",
    ]
    for o in outcomes:
        leaning_mark = "" if o.leaning_correct else " ✗"
        triage_mark = " ✗ under" if o.under_triaged else (" (over)" if o.over_triaged else "")
        lines.append(
            f"| {o.vignette.id} | {o.vignette.expected_leaning.value} | {o.leaning.value}{leaning_mark} "
            f"| {o.vignette.expected_triage.value} | {o.triage.value}{triage_mark} |"
        )
    return "\n".join(lines)
