"""What the person typed beside their picks: it answers a "don't know", and a "no" it takes back is not settled.

Also: twitching beside a close relative with MND is worth a routine visit, not self-care.
"""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence, disputed_denials, merge_evidence
from symptom_overlap.domain.services import assess_request

KNOWLEDGE_BASE = load_knowledge_base()
RED_FLAGS = sorted(e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag)


def _evidence(answers: dict[str, str]) -> list[ReportedEvidence]:
    return [ReportedEvidence(id=i, state=EvidenceState(s)) for i, s in answers.items()]


def _twitching_everything_denied(**more: str) -> list[ReportedEvidence]:
    denied = dict.fromkeys([*RED_FLAGS, "hand_weakness", "leg_weakness", "muscle_wasting", "slurred_speech"], "absent")
    return _evidence({"fasciculations": "present", **denied, **more})


def test_text_fills_an_explicit_unknown_with_a_finding_but_never_overrides_an_answer() -> None:
    explicit = _evidence(
        {"choking_on_liquids": "unknown", "fainting": "unknown", "fasciculations": "absent", "tingling": "present"}
    )
    from_text = _evidence(
        {"choking_on_liquids": "present", "fainting": "absent", "fasciculations": "present", "tingling": "absent"}
    )
    merged = {m.id: (m.state.value, m.source) for m in merge_evidence(explicit, from_text)}
    assert merged == {
        "choking_on_liquids": ("present", "text"),
        "fainting": ("unknown", "evidence"),  # a denial in the text does not settle a "don't know"
        "fasciculations": ("absent", "evidence"),
        "tingling": ("present", "evidence"),
    }


def test_an_unsure_reading_does_not_fill_an_unknown() -> None:
    merged = merge_evidence(_evidence({"fainting": "unknown"}), _evidence({"fainting": "unknown"}))
    assert [(m.state.value, m.source) for m in merged] == [("unknown", "evidence")]


def test_a_denial_is_disputed_only_by_text_raising_the_same_finding() -> None:
    explicit = _evidence({"hand_weakness": "absent", "tingling": "absent", "numbness": "present"})
    assert disputed_denials(explicit, frozenset({"hand_weakness", "numbness", "fatigue"})) == {"hand_weakness"}


def test_a_warning_sign_typed_beside_a_dont_know_pick_is_acted_on() -> None:
    evidence = _evidence({"slurred_speech": "present", "choking_on_liquids": "unknown"})
    text = "I wasn't sure what to answer. She coughs and splutters every single time she drinks her tea."
    without_text = assess_request(KNOWLEDGE_BASE, evidence, None, age=77)
    with_text = assess_request(KNOWLEDGE_BASE, evidence, text, age=77)
    assert "choking_on_liquids" not in {e.id for e in without_text.evidence_used if e.state == "present"}
    assert {"id": "choking_on_liquids", "state": "present", "source": "text"} in [
        e.model_dump(mode="json") for e in with_text.evidence_used
    ]
    assert with_text.triage.level.rank > without_text.triage.level.rank


def test_text_taking_back_a_no_bars_self_care_and_says_so() -> None:
    evidence = _twitching_everything_denied()
    settled = assess_request(KNOWLEDGE_BASE, evidence, "The twitching is in my calves, mostly at night.", age=35)
    assert settled.triage.level == "self_care"
    taken_back = assess_request(
        KNOWLEDGE_BASE, evidence, "I ticked no, but to be honest my grip has been weak for weeks.", age=35
    )
    assert taken_back.triage.level == "consultation"
    notice = next(n for n in taken_back.notices if n.code == "text_disagrees_with_answers")
    assert "weak" in notice.message.lower()
    assert "benign_twitching" in {n.code for n in settled.notices}
    assert "benign_twitching" not in {n.code for n in taken_back.notices}  # no reassurance while disputed
    # The pick still wins in the scores: the answer says absent.
    assert {"id": "hand_weakness", "state": "absent", "source": "evidence"} in [
        e.model_dump(mode="json") for e in taken_back.evidence_used
    ]


def test_how_a_finding_came_on_is_not_a_dispute() -> None:
    evidence = _twitching_everything_denied()
    body = assess_request(KNOWLEDGE_BASE, evidence, "The twitching is a bit worse now when I lie down.", age=35)
    assert "text_disagrees_with_answers" not in {n.code for n in body.notices}


def test_twitching_beside_a_close_relative_with_mnd_is_a_routine_visit() -> None:
    alone = assess_request(KNOWLEDGE_BASE, _twitching_everything_denied(family_history_als="absent"), None, age=36)
    with_family = assess_request(
        KNOWLEDGE_BASE, _twitching_everything_denied(family_history_als="present"), None, age=36
    )
    assert alone.triage.level == "self_care"
    assert with_family.triage.level == "consultation"
    assert with_family.leaning == "neither"
    assert any("family history" in reason for reason in with_family.triage.reasons)
