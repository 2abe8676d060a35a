"""Evidence as reported by a client, and the checks every assessment input must pass."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.errors import ConflictingEvidence, UnknownEvidence
from symptom_overlap.knowledge.schema import Identifier


class EvidenceState(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"  # asked, and the person does not know: scored as not sent, never asked again


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
    """Combine explicit evidence with evidence parsed from text; an explicit answer wins.

    An explicit "unknown" is not an answer, so a finding the text says is there fills it: a person who
    picked "don't know" for choking and typed that she coughs on every drink has answered. A denial in
    the text does not: the person said they do not know, and a misread denial must not settle a warning sign.
    """
    merged = {item.id: UsedEvidence(id=item.id, state=item.state, source="evidence") for item in explicit}
    for item in from_text:
        picked = merged.get(item.id)
        if picked is None or (picked.state is EvidenceState.UNKNOWN and item.state is EvidenceState.PRESENT):
            merged[item.id] = UsedEvidence(id=item.id, state=item.state, source="text")
    return sorted(merged.values(), key=lambda item: item.id)


def disputed_denials(explicit: Iterable[ReportedEvidence], raised_in_text: frozenset[str]) -> frozenset[str]:
    """Ids picked as absent that the text says are there, or may be ("I said no to weakness, but ...").

    The pick still wins in the scores (the contract), but the denial is no longer settled.
    """
    return frozenset(item.id for item in explicit if item.state is EvidenceState.ABSENT) & raised_in_text


class Answers(NamedTuple):
    """Merged evidence by state. Every answered id counts as asked, "unknown" included."""

    present: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()
    unknown: frozenset[str] = frozenset()

    @classmethod
    def of(cls, evidence: Iterable[ReportedEvidence]) -> Answers:
        by_state: dict[EvidenceState, set[str]] = {state: set() for state in EvidenceState}
        for item in evidence:
            by_state[item.state].add(item.id)
        return cls(
            present=frozenset(by_state[EvidenceState.PRESENT]),
            absent=frozenset(by_state[EvidenceState.ABSENT]),
            unknown=frozenset(by_state[EvidenceState.UNKNOWN]),
        )

    @property
    def asked(self) -> frozenset[str]:
        return self.present | self.absent | self.unknown

    @property
    def known(self) -> frozenset[str]:
        """Answered present or absent."""
        return self.present | self.absent

    def answering(self, evidence_id: str, state: EvidenceState) -> Answers:
        """These answers plus one more (for an id not yet asked)."""
        if state is EvidenceState.PRESENT:
            return Answers(self.present | {evidence_id}, self.absent, self.unknown)
        if state is EvidenceState.ABSENT:
            return Answers(self.present, self.absent | {evidence_id}, self.unknown)
        return Answers(self.present, self.absent, self.unknown | {evidence_id})
