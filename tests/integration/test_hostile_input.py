"""Hostile or odd bodies always get a 4xx in the envelope, never a 5xx."""

import json

import pytest

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from tests.integration.conftest import Invoke, load_event

EVIDENCE = '{"id": "tingling", "state": "present"}'
HOSTILE = {
    "nesting thousands deep": '{"evidence": ' + "[" * 20000 + "]" * 20000 + "}",
    "objects thousands deep": '{"a": ' * 5000 + "1" + "}" * 5000,
    "an integer of 5,000 digits": '{"evidence": [' + EVIDENCE + '], "age": 1' + "0" * 5000 + "}",
    "an age of 1e400": '{"evidence": [' + EVIDENCE + '], "age": 1e400}',
    "NaN": '{"evidence": [' + EVIDENCE + '], "age": NaN}',
    "a negative age": '{"evidence": [' + EVIDENCE + '], "age": -1}',
    "duplicate keys": '{"evidence": [' + EVIDENCE + '], "evidence": []}',
    "wrong types": '{"evidence": "tingling", "text": 42}',
    "a JSON array": "[1, 2, 3]",
    "null": "null",
    "an empty body": "",
    "a lone surrogate": '{"text": "\\ud800 numb"}',
    "an unknown field": '{"evidence": [' + EVIDENCE + '], "password": "x"}',
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_bodies_get_a_4xx_envelope(published: KnowledgeTable, invoke: Invoke, body: str) -> None:
    response = invoke("AssessmentFunction", load_event("post_assessment", body=body))
    assert 400 <= response.status < 500, response.body
    assert set(response.body["error"]) >= {"code", "message", "request_id"}


def test_null_bytes_and_odd_unicode_in_text_are_just_text(published: KnowledgeTable, invoke: Invoke) -> None:
    body = json.dumps({"text": "numb\u0000feet \u202e\u0301 \U0001f9e0 pins and needles"})
    response = invoke("AssessmentFunction", load_event("post_assessment", body=body))
    assert response.status == 200
    assert any(item["id"] == "tingling" for item in response.body["evidence_used"])
