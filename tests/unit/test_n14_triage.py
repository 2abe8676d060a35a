"""Triage of the fourteenth session: thoughts of suicide with a plan ruled out (docs/scoring.md, "Triage")."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()


def _assess(text: str | None = None, **states: EvidenceState) -> tuple[TriageLevel, list[str]]:
    evidence = [ReportedEvidence(id=evidence_id, state=state) for evidence_id, state in states.items()]
    result = assess_request(KNOWLEDGE_BASE, evidence, text)
    return result.triage.level, result.triage.reasons


def test_thoughts_with_a_plan_denied_need_help_today_with_the_crisis_line_first() -> None:
    level, reasons = _assess(suicidal_thoughts=EvidenceState.PRESENT, suicide_plan=EvidenceState.ABSENT)
    assert level is TriageLevel.CONSULTATION_24
    assert reasons[0].startswith("Please talk to someone today. You can call a crisis line")
    assert "emergency" in reasons[0]  # what to do if that changes


def test_thoughts_with_a_plan_unasked_or_unknown_stay_an_emergency() -> None:
    assert _assess(suicidal_thoughts=EvidenceState.PRESENT)[0] is TriageLevel.EMERGENCY
    unknown = _assess(suicidal_thoughts=EvidenceState.PRESENT, suicide_plan=EvidenceState.UNKNOWN)
    assert unknown[0] is TriageLevel.EMERGENCY
    planned = _assess(suicidal_thoughts=EvidenceState.PRESENT, suicide_plan=EvidenceState.PRESENT)
    assert planned[0] is TriageLevel.EMERGENCY_AMBULANCE


def test_a_plan_denied_in_the_persons_own_words_counts() -> None:
    text = "Some nights I think my family would be better off without me, but I have no plan to do anything."
    assert _assess(text)[0] is TriageLevel.CONSULTATION_24
    assert _assess("Some nights I think my family would be better off without me.")[0] is TriageLevel.EMERGENCY


WARNING_SIGNS = frozenset(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag) - {"suicide_plan"}


def _screened(present: set[str], age: int) -> TriageLevel:
    """Every warning sign answered no, as after the app's checklist."""
    evidence = [ReportedEvidence(id=i, state=EvidenceState.PRESENT) for i in present] + [
        ReportedEvidence(id=i, state=EvidenceState.ABSENT) for i in WARNING_SIGNS
    ]
    return assess_request(KNOWLEDGE_BASE, evidence, None, age=age).triage.level


def test_tiredness_beside_harmless_twitching_can_be_looked_after_at_home() -> None:
    # Tiredness is among what sets harmless twitching off (its pattern), as it is for a flickering eyelid
    assert _screened({"fasciculations", "fatigue"}, age=30) is TriageLevel.SELF_CARE
    assert _screened({"eyelid_twitching", "fatigue"}, age=30) is TriageLevel.SELF_CARE
    # From 60, new twitching deserves an examination; tiredness beside cramps alone is not their pattern
    assert _screened({"fasciculations", "fatigue"}, age=65) is TriageLevel.CONSULTATION
    assert _screened({"muscle_cramps", "fatigue"}, age=56) is TriageLevel.CONSULTATION


def test_cramps_alone_are_ordinary_cramps_at_any_adult_age() -> None:
    # Night-time leg cramps are common and commoner with age (Grandner 2017; NICE CKS leg cramps)
    assert _screened({"muscle_cramps"}, age=75) is TriageLevel.SELF_CARE
    assert _screened({"muscle_cramps", "leg_weakness"}, age=75) is not TriageLevel.SELF_CARE


def test_thoughts_with_a_plan_denied_lead_the_summary_with_the_crisis_line() -> None:
    evidence = [
        ReportedEvidence(id="suicidal_thoughts", state=EvidenceState.PRESENT),
        ReportedEvidence(id="suicide_plan", state=EvidenceState.ABSENT),
        ReportedEvidence(id="fasciculations", state=EvidenceState.PRESENT),
    ]
    summary = assess_request(KNOWLEDGE_BASE, evidence, None).summary
    assert summary.startswith("Please talk to someone today. You can call a crisis line")
    assert "ALS" not in summary
