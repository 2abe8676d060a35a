"""The blind corpus: phrases and free-text vignettes written by helpers who never saw the lexicon,
the synonyms, the parser or the scoring code (docs/decisions.md).

Each phrase and vignette is development or held out by a hash of its text or id, fixed before any
tuning: parser changes may look at development failures only; the held-out part is scored, not read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel
from tests.parse_corpus.corpus import Phrase, load_corpus
from tests.vignettes.suite import Source, Vignette

BLIND_DIR = Path(__file__).resolve().parent
PHRASES_DIR = BLIND_DIR / "phrases"
VIGNETTES_FILE = BLIND_DIR / "vignettes.yaml"
HELD_OUT_SHARE = 0.4


def held_out(key: str) -> bool:
    return hashlib.sha256(key.encode()).digest()[0] < 256 * HELD_OUT_SHARE


def load_phrases() -> list[Phrase]:
    return load_corpus(PHRASES_DIR)


class BlindVignette(BaseModel):
    """A person's own words, with what a careful clinician expects the tool to conclude."""

    model_config = ConfigDict(extra="forbid")

    id: str
    voice: str
    age: int | None = None
    sex: str | None = None
    text: str = Field(min_length=1, max_length=2000)
    expect: dict[str, str] = Field(default_factory=dict)
    expected_leaning: Leaning
    expected_triage: TriageLevel
    rationale: str
    source: Source

    def as_vignette(self) -> Vignette:
        return Vignette(
            id=self.id,
            title=f"{self.voice}: {self.id}",
            source=self.source,
            kind="clinical_judgement",
            age=self.age,
            sex=self.sex if self.sex in ("female", "male", "other") else None,
            evidence={},
            text=self.text,
            expected_leaning=self.expected_leaning,
            expected_triage=self.expected_triage,
            rationale=self.rationale,
        )


def load_blind_vignettes() -> list[BlindVignette]:
    return [BlindVignette.model_validate(item) for item in yaml.safe_load(VIGNETTES_FILE.read_text(encoding="utf-8"))]


def red_flag_ids(knowledge_base: KnowledgeBase) -> frozenset[str]:
    return frozenset(e.id for e in knowledge_base.evidence if e.red_flag)


def states() -> set[str]:
    return {state.value for state in EvidenceState} | {"uncertain"}
