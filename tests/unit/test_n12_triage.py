"""Triage rule of the twelfth session (docs/scoring.md, "Triage"): self-care for twitching is for younger people."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()
WARNING_SIGNS = sorted(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag and e.id != "suicide_plan")


def _level(present: set[str], absent: set[str], age: int | None) -> TriageLevel:
    evidence = [ReportedEvidence(id=i, state=EvidenceState.PRESENT) for i in sorted(present)]
    evidence += [ReportedEvidence(id=i, state=EvidenceState.ABSENT) for i in sorted(absent | set(WARNING_SIGNS))]
    return assess_request(KNOWLEDGE_BASE, evidence, None, age=age).triage.level


def test_new_twitching_from_the_age_als_usually_begins_is_worth_an_examination() -> None:
    twitching = {"fasciculations", "muscle_cramps"}
    denied = {"hand_weakness", "leg_weakness", "muscle_wasting"}
    assert _level(twitching, denied, age=35) is TriageLevel.SELF_CARE
    assert _level(twitching, denied, age=59) is TriageLevel.SELF_CARE
    assert _level(twitching, denied, age=60) is TriageLevel.CONSULTATION
    assert _level(twitching, denied, age=80) is TriageLevel.CONSULTATION
    # An age not given keeps the earlier behaviour
    assert _level(twitching, denied, age=None) is TriageLevel.SELF_CARE


def test_other_harmless_findings_keep_self_care_at_any_age() -> None:
    assert _level({"eyelid_twitching"}, {"fasciculations"}, age=75) is TriageLevel.SELF_CARE
