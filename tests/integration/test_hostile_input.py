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


JSON_MEDIA_TYPES = [
    "application/json",
    "APPLICATION/JSON",
    "Application/Json; charset=UTF-8",
    "application/json;charset=utf-8",
    'application/json ; charset="utf-8"',
]
OTHER_MEDIA_TYPES = [
    "",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "application/json-patch+json",
    "json",
    "application/*",
    "*/*",
]


@pytest.mark.parametrize("header_name", ["Content-Type", "content-type", "CONTENT-TYPE"])
@pytest.mark.parametrize("media_type", JSON_MEDIA_TYPES + OTHER_MEDIA_TYPES)
@pytest.mark.parametrize(("route", "body"), [("/v1/assessments", {"text": "numb feet"}), ("/v1/parse", {"text": "x"})])
def test_json_in_any_case_and_with_parameters_is_accepted_and_anything_else_is_a_415(
    published: KnowledgeTable, invoke: Invoke, header_name: str, media_type: str, route: str, body: object
) -> None:
    headers = {"x-api-key": "test-key", header_name: media_type}
    event = load_event(
        "post_assessment",
        path=route,
        resource=route,
        headers=headers,
        multiValueHeaders={name: [value] for name, value in headers.items()},
        body=json.dumps(body),
    )
    response = invoke(event)
    if media_type in JSON_MEDIA_TYPES:
        assert response.status == 200, response.body
    else:
        assert response.status == 415, response.body
        assert response.body["error"]["code"] == "unsupported_media_type"
