"""The blind corpus: phrases and free-text vignettes written by helpers who never saw the lexicon,
the synonyms, the parser or the scoring code (docs/decisions.md).

Each phrase and vignette is development or held out by a hash of its text or id, fixed before any
tuning: parser changes may look at development failures only; the held-out part is scored, not read.

The corpus was written in blind rounds (files and vignette ids start "r2_" to "r10_"; the first has
no prefix). The second was written after the first round's tuning, split by the same hash, and scored
before any change made for it. The third was written for tuning only: all of it is development. The
fourth, written at the start of the fourth session for breadth of wording, is split by the same hash
like the first two and was scored before any change made for it. The fifth, written at the start of the fifth
session for red flags in everyday words, denials, onset and look-alikes, is split and was scored the same way,
and so is the sixth, written at the start of the sixth session for the people who write most (worried people
whose answer is "neither", carers, non-native English, people already diagnosed, "I don't know"). The seventh,
written at the start of the seventh session for whole messages that mix present findings with denials, the past,
other people and look-alikes, is development only, like the third: it was kept back as a check set while the
other rounds' development failures were tuned on. The eighth, written at the start of the ninth session as a
sample of real traffic in proportion (mostly worried people whose answer is "neither"), is split by the same hash
and was scored before any change made for it. The ninth, written at the start of the tenth session, mostly
interview cases, is development only, like the third and the seventh: the development interview cases were down
to one failure, so the engine had nothing left to learn from. The tenth, written at the start of the eleventh
session, again mostly interview cases, is development only for the same reason, so the held-out part stays the
same measure from session to session. Rounds 11 to 19, mostly interview cases and free text, are development only
for the same reason, and so is the twentieth, 600 phrases written at the start of the seventeenth session for
warning signs in everyday words, denials and their scope, and the people who write most (docs/blind-phrase-brief.md).
Rounds 21 to 26, phrases and free text written in the eighteenth and nineteenth sessions, are development only too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel
from tests.parse_corpus.corpus import Phrase, load_corpus, load_corpus_file
from tests.vignettes.suite import Source, Vignette

BLIND_DIR = Path(__file__).resolve().parent
PHRASES_DIR = BLIND_DIR / "phrases"
HELD_OUT_SHARE = 0.4
ROUND_PREFIXES = {f"r{n}_": n for n in range(2, 27)}  # round 1 has no prefix
DEVELOPMENT_ONLY_ROUNDS = frozenset({3, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26})


def blind_round(name: str) -> int:
    """The round that wrote a vignette (by its id) or a phrase file (by its name)."""
    return next((n for prefix, n in ROUND_PREFIXES.items() if name.startswith(prefix)), 1)


def hashed_out(key: str) -> bool:
    return hashlib.sha256(key.encode()).digest()[0] < 256 * HELD_OUT_SHARE


def held_out(vignette_id: str) -> bool:
    return blind_round(vignette_id) not in DEVELOPMENT_ONLY_ROUNDS and hashed_out(vignette_id)


def load_phrases() -> list[Phrase]:
    return load_corpus(PHRASES_DIR)


def load_phrases_by_round() -> dict[int, list[Phrase]]:
    rounds: dict[int, list[Phrase]] = {}
    for path in sorted(PHRASES_DIR.glob("*.yaml")):
        rounds.setdefault(blind_round(path.name), []).extend(load_corpus_file(path))
    return dict(sorted(rounds.items()))


def split_phrases() -> tuple[list[Phrase], dict[int, list[Phrase]]]:
    """The development phrases of every round, and each round's held-out phrases (by a hash of the text)."""
    development: list[Phrase] = []
    held: dict[int, list[Phrase]] = {}
    for n, phrases in load_phrases_by_round().items():
        for phrase in phrases:
            if n not in DEVELOPMENT_ONLY_ROUNDS and hashed_out(phrase.text):
                held.setdefault(n, []).append(phrase)
            else:
                development.append(phrase)
    return development, held


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
    return [
        BlindVignette.model_validate(item)
        for path in sorted(BLIND_DIR.glob("vignettes*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def red_flag_ids(knowledge_base: KnowledgeBase) -> frozenset[str]:
    return frozenset(e.id for e in knowledge_base.evidence if e.red_flag)


def states() -> set[str]:
    return {state.value for state in EvidenceState} | {"uncertain"}
