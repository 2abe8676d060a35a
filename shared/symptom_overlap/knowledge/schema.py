"""Pydantic models of the knowledge base.

A knowledge base is one immutable version: the evidence vocabulary, the two condition
profiles, the red-flag rules and the references they cite. The model validators enforce the
rules a clinical reviewer relies on: every id resolves, and every number cites a reference.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EvidenceKind(StrEnum):
    SYMPTOM = "symptom"
    SIGN = "sign"
    RISK_FACTOR = "risk_factor"
    LAB = "lab"
    COURSE = "course"
    DIAGNOSIS = "diagnosis"  # a diagnosis a doctor has already made


class TriageLevel(StrEnum):
    """The five triage levels, least to most urgent."""

    SELF_CARE = "self_care"
    CONSULTATION = "consultation"
    CONSULTATION_24 = "consultation_24"
    EMERGENCY = "emergency"
    EMERGENCY_AMBULANCE = "emergency_ambulance"

    @property
    def rank(self) -> int:
        return list(TriageLevel).index(self)


class Direction(StrEnum):
    """How a piece of evidence relates to a condition profile."""

    TYPICAL = "typical"
    ATYPICAL = "atypical"
    ARGUES_AGAINST = "argues_against"


class Tier(StrEnum):
    """Qualitative strength of association, used where the literature gives no number."""

    VERY_COMMON = "very_common"
    COMMON = "common"
    OCCASIONAL = "occasional"
    RARE = "rare"


class Reference(Frozen):
    id: Identifier
    citation: Text
    pmid: Annotated[str, StringConstraints(pattern=r"^\d{1,9}$")] | None = None
    doi: Annotated[str, StringConstraints(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None

    @model_validator(mode="after")
    def _has_locator(self) -> Reference:
        if not (self.pmid or self.doi or self.url):
            raise ValueError("a reference needs a pmid, doi or url")
        return self


# A cue term: words ("weak", "gives way"), "@site" for any word naming that body site, or "#id" for a finding.
CueTerm = Annotated[str, StringConstraints(pattern=r"^(@[a-z_]+|#[a-z][a-z0-9_]*|[a-z0-9' -]+)$", max_length=80)]


class Cue(Frozen):
    """Words that together say a piece of evidence: one term of every group within one scope.

    "my calf has got smaller" is muscle wasting because a body site ("@leg") and a wasting word
    ("smaller") stand in one clause, however the sentence is built around them.
    """

    all_of: tuple[tuple[CueTerm, ...], ...] = Field(min_length=2)
    # part: between commas within a clause; clause: up to "but" or a full stop; sentence; or the whole text.
    within: Literal["part", "clause", "sentence", "text"] = "part"
    max_apart: int | None = Field(default=None, ge=1, le=12)  # most words between the first term and the others

    def evidence_ids(self) -> set[str]:
        return {term[1:] for group in self.all_of for term in group if term.startswith("#")}


class EvidenceDefinition(Frozen):
    """One entry of the evidence vocabulary: what a person may report or a clinician may find."""

    id: Identifier
    label: Text
    clinical_name: Text
    kind: EvidenceKind
    reporter: Literal["self", "clinician"]
    category: Identifier
    question: Text
    synonyms: tuple[Text, ...] = ()
    # Words for the function whose being fine means this evidence is absent ("my speech is fine").
    normal_terms: tuple[Text, ...] = ()
    # Words whose denial means this evidence is absent, though saying them asserts nothing ("no weakness").
    denied_terms: tuple[Text, ...] = ()
    red_flag: bool = False
    # How the free-text parser reads this evidence beyond its synonyms (docs/parsing.md).
    cues: tuple[Cue, ...] = ()
    # body site -> the evidence this finding is at that site ("twitching" of an eyelid is eyelid twitching).
    site_variants: dict[Identifier, Identifier] = Field(default_factory=dict)
    # A past mention still holds today (an operation, a diagnosis, a lifelong condition).
    persists: bool = False
    # A relative's finding of one of these ids is this evidence for the person (a relative's ALS diagnosis).
    family_history_of: tuple[Identifier, ...] = ()
    # A brief, recent episode of one of these findings that then went away is this evidence.
    episode_of: tuple[Identifier, ...] = ()
    # Said in one sentence with one of these, this finding is part of it ("sudden weakness on one side" is a
    # stroke sign, not the slow one-sided onset of a motor neuron disease).
    superseded_by: tuple[Identifier, ...] = ()

    def referenced_ids(self) -> set[str]:
        """Other evidence ids this definition's parser fields name."""
        cue_ids = {evidence_id for cue in self.cues for evidence_id in cue.evidence_ids()}
        named = set(self.site_variants.values()) | set(self.family_history_of) | set(self.episode_of)
        return cue_ids | named | set(self.superseded_by)


class Association(Frozen):
    """How strongly one piece of evidence goes with a condition, and in which direction.

    ``frequency`` is a proportion reported by a cited study; where no study gives one, ``tier``
    states the strength qualitatively and ``frequency`` stays empty.
    """

    evidence_id: Identifier
    direction: Direction
    tier: Tier
    frequency: Probability | None = None
    note: Text | None = None
    citations: tuple[Identifier, ...] = ()

    @model_validator(mode="after")
    def _number_is_cited(self) -> Association:
        if self.frequency is not None and not self.citations:
            raise ValueError("a frequency needs at least one citation")
        return self


class RecommendedTest(Frozen):
    id: Identifier
    name: Text
    why: Text
    threshold: Text | None = None
    citations: tuple[Identifier, ...] = Field(min_length=1)


class ConditionProfile(Frozen):
    id: Identifier
    name: Text
    summary: Text
    description: Text
    distinguishing_features: tuple[Text, ...] = ()
    associations: tuple[Association, ...]
    recommended_tests: tuple[RecommendedTest, ...] = ()
    references: tuple[Identifier, ...] = Field(min_length=1)

    def association(self, evidence_id: str) -> Association | None:
        return next((a for a in self.associations if a.evidence_id == evidence_id), None)


class RedFlagRule(Frozen):
    """Evidence that, all present together, raises triage to at least ``level``."""

    id: Identifier
    when_all_present: tuple[Identifier, ...] = Field(min_length=1)
    level: TriageLevel
    reason: Text
    citations: tuple[Identifier, ...] = Field(min_length=1)


class KnowledgeBase(Frozen):
    version: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    evidence: tuple[EvidenceDefinition, ...] = Field(min_length=1)
    conditions: tuple[ConditionProfile, ...] = Field(min_length=1)
    red_flag_rules: tuple[RedFlagRule, ...] = ()
    references: tuple[Reference, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_resolve(self) -> KnowledgeBase:
        evidence_ids = _unique_ids("evidence", [e.id for e in self.evidence])
        reference_ids = _unique_ids("references", [r.id for r in self.references])
        _unique_ids("conditions", [c.id for c in self.conditions])
        problems: list[str] = []
        for evidence in self.evidence:
            problems += _unknown(f"evidence.{evidence.id}", sorted(evidence.referenced_ids()), evidence_ids)
        for condition in self.conditions:
            where = f"conditions.{condition.id}"
            problems += _unknown(f"{where}.references", condition.references, reference_ids)
            for association in condition.associations:
                item = f"{where}.associations.{association.evidence_id}"
                problems += _unknown(f"{item}.evidence_id", [association.evidence_id], evidence_ids)
                problems += _unknown(f"{item}.citations", association.citations, reference_ids)
            for test in condition.recommended_tests:
                problems += _unknown(f"{where}.recommended_tests.{test.id}", test.citations, reference_ids)
        for rule in self.red_flag_rules:
            where = f"red_flag_rules.{rule.id}"
            problems += _unknown(f"{where}.when_all_present", rule.when_all_present, evidence_ids)
            problems += _unknown(f"{where}.citations", rule.citations, reference_ids)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def condition(self, condition_id: str) -> ConditionProfile | None:
        return next((c for c in self.conditions if c.id == condition_id), None)


def _unique_ids(field: str, ids: list[str]) -> set[str]:
    duplicates = sorted(i for i, count in Counter(ids).items() if count > 1)
    if duplicates:
        raise ValueError(f"{field}: duplicate ids {', '.join(duplicates)}")
    return set(ids)


def _unknown(where: str, ids: tuple[str, ...] | list[str], known: set[str]) -> list[str]:
    return [f"{where}: unknown id '{i}'" for i in ids if i not in known]
