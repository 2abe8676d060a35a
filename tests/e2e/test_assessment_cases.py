"""Typical pictures assessed end to end over the local API."""

from typing import Any

import pytest

from symptom_overlap.knowledge.schema import TriageLevel
from tests.e2e.gateway import Client
from tests.vignettes.suite import load_vignettes

# Four sourced cases of the vignette suite (tests/vignettes/cases), one per leaning.
CASE_IDS = {
    "b12_typical": "b12_metformin_long_term_typical",
    "als_typical": "als_split_hand_limb_onset",
    "overlap": "overlap_scd_masking_mnd",
    "neither": "neither_benign_fasciculations_young",
}
VIGNETTES = {vignette.id: vignette for vignette in load_vignettes()}
CASES: dict[str, tuple[dict[str, str], str]] = {
    name: (
        {evidence_id: state.value for evidence_id, state in VIGNETTES[case_id].evidence.items()},
        VIGNETTES[case_id].expected_leaning.value,
    )
    for name, case_id in CASE_IDS.items()
}


def _assess(api: Client, evidence: dict[str, str]) -> dict[str, Any]:
    reply = api.post_json("/v1/assessments", {"evidence": [{"id": i, "state": s} for i, s in evidence.items()]})
    assert reply.status == 200, reply.body
    body: dict[str, Any] = reply.json()
    return body


@pytest.mark.parametrize("case", CASES)
def test_typical_pictures_lean_as_expected(api: Client, case: str) -> None:
    evidence, expected = CASES[case]
    body = _assess(api, evidence)
    assert body["leaning"] == expected
    assert "not a diagnosis" in body["disclaimer"]
    assert body["summary"]
    assert TriageLevel(body["triage"]["level"]).rank >= VIGNETTES[CASE_IDS[case]].expected_triage.rank
    # The open warning-sign checklist, then at most five other questions; or none, and a stop.
    assert body["next_questions"] or body["should_stop"]
    assert len([q for q in body["next_questions"] if not q["red_flag"]]) <= 5
    assert not {q["id"] for q in body["next_questions"]} & set(evidence)


def test_a_b12_picture_puts_b12_tests_first(api: Client) -> None:
    body = _assess(api, CASES["b12_typical"][0])
    assert body["recommended_tests"][0]["condition_id"] == "b12_deficiency"


def test_a_red_flag_escalates_even_in_a_picture_that_fits_neither(api: Client) -> None:
    body = _assess(api, {**CASES["neither"][0], "breathless_at_rest": "present"})
    assert body["triage"]["level"] == "emergency_ambulance"


def test_a_past_spell_of_lost_sight_in_one_eye_is_read_from_text_and_points_to_ms(api: Client) -> None:
    text = (
        "My left foot and the right side of my tummy feel numb and fizzy for a month. "
        "Five years ago my left eye went blurry for two weeks and hurt when I moved it, then it got better."
    )
    reply = api.post_json("/v1/assessments", {"evidence": [], "text": text, "age": 33})
    assert reply.status == 200, reply.body
    body = reply.json()
    assert body["leaning"] == "neither"
    assert "multiple_sclerosis" in {explanation["id"] for explanation in body["other_explanations"]}
