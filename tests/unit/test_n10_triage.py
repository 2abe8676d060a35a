"""Triage, tenth session: how urgent, from clinical distinctions (getting worse quickly, at rest or on effort,
now or over), and warning signs named in a language the tool cannot read."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()


def _level(present: set[str], text: str | None = None, age: int | None = 30) -> TriageLevel:
    evidence = [ReportedEvidence(id=i, state=EvidenceState.PRESENT) for i in sorted(present)]
    return assess_request(KNOWLEDGE_BASE, evidence, text, age=age).triage.level


def test_nitrous_oxide_with_nerve_problems_getting_worse_quickly_is_seen_today() -> None:
    assert _level({"nitrous_oxide_use", "numbness", "rapid_progression"}) is TriageLevel.EMERGENCY
    # Getting worse quickly without nitrous oxide, and nitrous oxide with numbness alone, stay within 24 hours
    assert _level({"numbness", "rapid_progression"}) is TriageLevel.CONSULTATION_24
    assert _level({"nitrous_oxide_use", "numbness"}) is TriageLevel.CONSULTATION_24
