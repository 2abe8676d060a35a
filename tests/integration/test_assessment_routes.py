import json

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from tests.integration.conftest import Invoke, load_event

CORE_FIELDS = {
    "knowledge_base_version",
    "leaning",
    "conditions",
    "overlap",
    "triage",
    "next_questions",
    "recommended_tests",
    "evidence_used",
    "disclaimer",
}


def _assessment_event(body: object) -> dict[str, object]:
    return load_event("post_assessment", body=json.dumps(body))


def test_an_assessment_has_the_core_contract_fields(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(load_event("post_assessment"))
    assert response.status == 200
    assert set(response.body) >= CORE_FIELDS
    assert {c["id"] for c in response.body["conditions"]} == {"b12_deficiency", "als"}
    assert all(0 <= c["score"] <= 1 for c in response.body["conditions"])
    assert response.body["disclaimer"]


def test_text_and_evidence_are_merged_with_explicit_evidence_winning(published: KnowledgeTable, invoke: Invoke) -> None:
    body = {
        "evidence": [{"id": "fasciculations", "state": "present"}],
        "text": "pins and needles, no twitching",
    }
    response = invoke(_assessment_event(body))
    used = {(e["id"], e["state"], e["source"]) for e in response.body["evidence_used"]}
    assert ("fasciculations", "present", "evidence") in used
    assert ("tingling", "present", "text") in used


def test_parse_returns_evidence_with_spans(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(load_event("post_parse"))
    assert response.status == 200
    found = {e["id"]: e for e in response.body["evidence"]}
    assert found["tingling"]["state"] == "present"
    assert found["fasciculations"]["state"] == "absent"
    text = "pins and needles in my feet, no twitching"
    start, end = found["tingling"]["span"]
    assert text[start:end] == found["tingling"]["matched"]


def test_unknown_ids_are_a_422_pointing_at_them_without_echoing_them(published: KnowledgeTable, invoke: Invoke) -> None:
    body = {"evidence": [{"id": "tingling", "state": "present"}, {"id": "made_up_symptom", "state": "present"}]}
    response = invoke(_assessment_event(body))
    assert response.status == 422
    assert response.body["error"]["code"] == "unknown_evidence"
    assert [d["loc"] for d in response.body["error"]["details"]] == [["body", "evidence", 1, "id"]]
    assert "made_up_symptom" not in json.dumps(response.body)
    assert response.body["error"]["request_id"] == "req-post-assessment"


def test_conflicting_states_are_a_422_pointing_at_both_items(published: KnowledgeTable, invoke: Invoke) -> None:
    body = {"evidence": [{"id": "numbness", "state": "present"}, {"id": "numbness", "state": "absent"}]}
    response = invoke(_assessment_event(body))
    assert response.status == 422
    assert response.body["error"]["code"] == "conflicting_evidence"
    assert [d["loc"][2] for d in response.body["error"]["details"]] == [0, 1]
    assert "numbness" not in json.dumps(response.body)


def test_an_empty_request_is_a_422_that_says_what_to_send(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(_assessment_event({}))
    assert response.status == 422
    error = response.body["error"]
    assert error["code"] == "validation_error"
    assert "`evidence`, `text`, or both" in error["message"]
    assert error["details"] == [{"loc": ["body"], "type": "evidence_or_text_required", "message": error["message"]}]


def test_unknown_request_fields_are_ignored(published: KnowledgeTable, invoke: Invoke) -> None:
    # Given an app newer than this deployment, sending fields it does not know yet
    body = {"evidence": [{"id": "tingling", "state": "present", "onset_weeks": 6}], "locale": "fr-CH"}
    # When it asks for an assessment
    response = invoke(_assessment_event(body))
    # Then the known fields are assessed as if the others were not there
    assert response.status == 200
    assert [(e["id"], e["source"]) for e in response.body["evidence_used"]] == [("tingling", "evidence")]


def test_a_huge_invalid_request_gets_a_small_answer_without_its_content(
    published: KnowledgeTable, invoke: Invoke
) -> None:
    # Given a 50 KB request with hundreds of invalid items whose keys and values are health words
    item = {"id": "Canary Cancer", "state": "canary", "canary_diagnosis": "canary"}
    body = json.dumps({"evidence": [item] * 700, "canary_words": "canary"})
    assert 50_000 < len(body.encode()) < 64 * 1024
    response = invoke(load_event("post_assessment", body=body))
    # Then the 422 is small and carries none of it
    assert response.status == 422
    assert len(json.dumps(response.body)) < 3_000
    assert "canary" not in json.dumps(response.body).lower()


def test_too_many_evidence_items_are_a_422(published: KnowledgeTable, invoke: Invoke) -> None:
    body = {"evidence": [{"id": "tingling", "state": "present"}] * 101}
    assert invoke(_assessment_event(body)).status == 422


def test_validation_errors_never_echo_the_submitted_text(published: KnowledgeTable, invoke: Invoke) -> None:
    secret = "my private words about my numb feet " * 60  # over the 2,000-character limit
    response = invoke(_assessment_event({"text": secret}))
    assert response.status == 422
    assert "private words" not in json.dumps(response.body)


def test_malformed_json_is_a_400(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(load_event("post_assessment", body='{"evidence": ['))
    assert response.status == 400
    assert response.body["error"]["code"] == "malformed_json"


def test_a_body_that_is_not_json_is_a_415(published: KnowledgeTable, invoke: Invoke) -> None:
    headers = {"x-api-key": "test-key", "Content-Type": "application/x-www-form-urlencoded"}
    event = load_event(
        "post_assessment",
        headers=headers,
        multiValueHeaders={name: [value] for name, value in headers.items()},
        body="evidence=tingling",
    )
    response = invoke(event)
    assert response.status == 415
    assert response.body["error"]["code"] == "unsupported_media_type"
