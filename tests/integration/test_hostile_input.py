"""Hostile or odd bodies always get a 4xx in the envelope, never a 5xx."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_bodies_get_a_4xx_envelope(published: KnowledgeTable, invoke: Invoke, body: str) -> None:
    response = invoke(load_event("post_assessment", body=body))
    assert 400 <= response.status < 500, response.body
    assert set(response.body["error"]) >= {"code", "message", "request_id"}


def test_null_bytes_and_odd_unicode_in_text_are_just_text(published: KnowledgeTable, invoke: Invoke) -> None:
    body = json.dumps({"text": "numb\u0000feet \u202e\u0301 \U0001f9e0 pins and needles"})
    response = invoke(load_event("post_assessment", body=body))
    assert response.status == 200
    assert any(item["id"] == "tingling" for item in response.body["evidence_used"])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
ASSESSMENT_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "evidence": st.lists(
            st.fixed_dictionaries(
                {"id": st.text(max_size=30) | JSON_VALUES, "state": st.text(max_size=10) | JSON_VALUES}
            ),
            max_size=120,
        ),
        "text": st.text(max_size=2100) | JSON_VALUES,
        "age": st.integers() | st.floats() | JSON_VALUES,
        "sex": st.text(max_size=10) | JSON_VALUES,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.one_of(
        JSON_VALUES.map(json.dumps),
        ASSESSMENT_LIKE.map(json.dumps),
        st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
    )
)
def test_no_body_gives_a_server_error(published: KnowledgeTable, invoke: Invoke, body: str) -> None:
    for route in ("/v1/assessments", "/v1/parse"):
        response = invoke(load_event("post_assessment", body=body, path=route, resource=route))
        assert response.status < 500, (route, response.body)
        if response.status >= 400:
            assert set(response.body["error"]) >= {"code", "message", "request_id"}
