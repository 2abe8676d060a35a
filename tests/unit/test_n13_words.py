"""Findings named inside a summary keep the capitals of their names (EMG, B12, ALS/MND)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import ReportedEvidence
from symptom_overlap.domain.services import assess_request

KNOWLEDGE_BASE = load_knowledge_base()
WARNING_SIGNS = [e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag and e.id != "suicide_plan"]


def _summary(present: list[str]) -> str:
    evidence = [ReportedEvidence(id=i, state="present") for i in present]
    evidence += [ReportedEvidence(id=i, state="absent") for i in WARNING_SIGNS]
    return assess_request(KNOWLEDGE_BASE, evidence, None, age=60).summary


def test_summary_keeps_the_capitals_of_a_findings_name() -> None:
    als = _summary(["emg_denervation", "hand_weakness", "muscle_wasting", "fasciculations"])
    assert "EMG shows" in als
    assert "Emg" not in als
    b12 = _summary(["low_b12_level", "tingling", "symmetric_feet_first", "unsteady_in_dark"])
    assert "vitamin B12 on a blood test" in b12
    assert "Your answers fit the pattern" in b12  # ordinary words still begin lower case mid-sentence
