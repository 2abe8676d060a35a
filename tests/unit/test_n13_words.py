"""Findings named inside a summary keep the capitals of their names (EMG, B12, ALS/MND)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import ReportedEvidence
from symptom_overlap.domain.explanation import Overlap, summary
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.domain.services import assess_request
from symptom_overlap.domain.triage import Triage
from symptom_overlap.knowledge.schema import TriageLevel

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


def test_a_leaning_with_nothing_listed_for_it_still_has_a_summary() -> None:
    # A leaning named on findings the overlap lists as shared, with none of its own to list
    empty = Overlap(shared=[], points_to_b12_deficiency=[], points_to_als=[])
    triage = Triage(level=TriageLevel.CONSULTATION, reasons=["See your doctor soon."], red_flags_screened=True)
    text = summary(KNOWLEDGE_BASE, Leaning.ALS, empty, triage)
    assert text.startswith("Your answers fit the pattern of ALS")
    assert "point that way" not in text


def test_one_finding_points_and_several_point() -> None:
    assert "Slurred speech points that way." in _summary(["slurred_speech", "gradual_progression"])
    assert "point that way." in _summary(["emg_denervation", "hand_weakness", "muscle_wasting", "fasciculations"])
