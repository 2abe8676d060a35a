"""Evidence as reported by a client, and the checks every assessment input must pass."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.errors import ConflictingEvidence, UnknownEvidence
from symptom_overlap.knowledge.schema import Identifier


class EvidenceState(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"  # asked, and the person does not know: the same as not sent


class ReportedEvidence(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier
    state: EvidenceState


class UsedEvidence(ReportedEvidence):
    source: Literal["evidence", "text"]


def check_evidence(evidence: Iterable[ReportedEvidence], known_ids: set[str]) -> None:
    """Reject unknown ids and ids sent twice with different states."""
    evidence = list(evidence)
    unknown = sorted({item.id for item in evidence} - known_ids)
    if unknown:
        raise UnknownEvidence(unknown)
    states: dict[str, set[EvidenceState]] = {}
    for item in evidence:
        states.setdefault(item.id, set()).add(item.state)
    conflicting = sorted(evidence_id for evidence_id, seen in states.items() if len(seen) > 1)
    if conflicting:
        raise ConflictingEvidence(conflicting)


def merge_evidence(explicit: Iterable[ReportedEvidence], from_text: Iterable[ReportedEvidence]) -> list[UsedEvidence]:
    """Combine explicit evidence with evidence parsed from text; explicit evidence wins."""
    merged = {item.id: UsedEvidence(id=item.id, state=item.state, source="evidence") for item in explicit}
    for item in from_text:
        merged.setdefault(item.id, UsedEvidence(id=item.id, state=item.state, source="text"))
    return sorted(merged.values(), key=lambda item: item.id)
