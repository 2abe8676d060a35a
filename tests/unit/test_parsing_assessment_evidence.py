"""What an assessment takes from the text: current findings about the person, said for certain."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.parsing import Assertion, ParsedEvidence, Subject, TimeFrame, evidence_for_assessment
from symptom_overlap.domain.services import assess_request


def _parsed(evidence_id: str, assertion: Assertion, subject: Subject, time: TimeFrame) -> ParsedEvidence:
    state = {Assertion.PRESENT: "present", Assertion.ABSENT: "absent", Assertion.UNCERTAIN: "unknown"}[assertion]
    return ParsedEvidence(
        id=evidence_id,
        state=EvidenceState(state),
        span=(0, 1),
        matched="x",
        assertion=assertion,
        subject=subject,
        time=time,
    )


def test_only_current_certain_findings_about_the_person_are_used() -> None:
    parsed = [
        _parsed("numbness", Assertion.PRESENT, Subject.SELF, TimeFrame.CURRENT),
        _parsed("fasciculations", Assertion.ABSENT, Subject.SELF, TimeFrame.CURRENT),
        _parsed("tingling", Assertion.PRESENT, Subject.SELF, TimeFrame.RESOLVED),
        _parsed("muscle_cramps", Assertion.PRESENT, Subject.SELF, TimeFrame.PAST),
        _parsed("slurred_speech", Assertion.PRESENT, Subject.OTHER, TimeFrame.CURRENT),
        _parsed("known_als_diagnosis", Assertion.PRESENT, Subject.FAMILY, TimeFrame.CURRENT),
        _parsed("breathless_at_rest", Assertion.UNCERTAIN, Subject.SELF, TimeFrame.CURRENT),
    ]
    assert evidence_for_assessment(parsed) == [
        ReportedEvidence(id="numbness", state=EvidenceState.PRESENT),
        ReportedEvidence(id="fasciculations", state=EvidenceState.ABSENT),
    ]


def test_an_assessment_uses_the_persons_current_findings_only() -> None:
    knowledge_base = load_knowledge_base()
    text = "My uncle had MND. The tingling in my hands went away last year. Now my feet are numb."
    used = {item.id: item.state.value for item in assess_request(knowledge_base, [], text).evidence_used}
    assert used == {"family_history_als": "present", "numbness": "present"}


def test_an_uncertain_red_flag_leaves_its_question_open() -> None:
    knowledge_base = load_knowledge_base()
    result = assess_request(knowledge_base, [], "numb feet, and not sure if I'm short of breath sitting still")
    # Not sent as present, absent or even unknown: the question counts as not yet asked.
    assert "breathless_at_rest" not in {item.id for item in result.evidence_used}
    assert "numbness" in {item.id for item in result.evidence_used}
