import pytest

from symptom_overlap.domain.errors import ConflictingEvidence, UnknownEvidence
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence, check_evidence, merge_evidence

KNOWN = {"tingling", "numbness", "fasciculations"}


def _evidence(identifier: str, state: str) -> ReportedEvidence:
    return ReportedEvidence(id=identifier, state=EvidenceState(state))


def test_unknown_ids_are_named_in_the_error() -> None:
    with pytest.raises(UnknownEvidence) as raised:
        check_evidence([_evidence("tingling", "present"), _evidence("made_up", "present")], KNOWN)
    assert raised.value.evidence_ids == ["made_up"]


def test_the_same_id_with_conflicting_states_is_rejected() -> None:
    with pytest.raises(ConflictingEvidence) as raised:
        check_evidence([_evidence("numbness", "present"), _evidence("numbness", "absent")], KNOWN)
    assert raised.value.evidence_ids == ["numbness"]


def test_the_same_id_repeated_with_the_same_state_is_accepted() -> None:
    check_evidence([_evidence("numbness", "present"), _evidence("numbness", "present")], KNOWN)


def test_explicit_evidence_wins_over_text() -> None:
    # Given the text says twitching is present but the person explicitly answered absent
    explicit = [_evidence("fasciculations", "absent")]
    from_text = [_evidence("fasciculations", "present"), _evidence("tingling", "present")]
    # When merged
    merged = merge_evidence(explicit, from_text)
    # Then the explicit answer is kept and each item says where it came from
    assert [(m.id, m.state.value, m.source) for m in merged] == [
        ("fasciculations", "absent", "evidence"),
        ("tingling", "present", "text"),
    ]
