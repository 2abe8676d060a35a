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


# The conditions the domain compares, by id: a knowledge base must profile exactly these.
B12_DEFICIENCY = "b12_deficiency"
ALS = "als"
SCORED_CONDITIONS = frozenset({B12_DEFICIENCY, ALS})


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
    red_flag: bool = False


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
        condition_ids = _unique_ids("conditions", [c.id for c in self.conditions])
        problems: list[str] = []
        if condition_ids != SCORED_CONDITIONS:
            missing, extra = sorted(SCORED_CONDITIONS - condition_ids), sorted(condition_ids - SCORED_CONDITIONS)
            problems.append(
                f"conditions: the service compares exactly {', '.join(sorted(SCORED_CONDITIONS))}"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; not scored {', '.join(extra)}" if extra else "")
            )
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
