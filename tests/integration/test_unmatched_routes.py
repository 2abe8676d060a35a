"""404 and 405 come from the one resolver, in the envelope; the resolver's routes decide which."""

from typing import Any

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.api.openapi import ASSESSMENT_RESPONSES, SYMPTOMS_RESPONSES
from tests.integration.conftest import Invoke, load_event


def test_a_wrong_method_on_a_known_route_is_a_405_with_allow(aws: None, fresh_caches: None, invoke: Invoke) -> None:
    response = invoke(load_event("get_symptoms", httpMethod="DELETE"))
    assert response.status == 405
    assert response.headers["Allow"] == "GET, HEAD"
    assert response.body["error"]["code"] == "method_not_allowed"


def test_a_wrong_method_on_a_post_route_names_post(aws: None, fresh_caches: None, invoke: Invoke) -> None:
    response = invoke(load_event("get_symptoms", path="/v1/assessments", resource="/{proxy+}"))
    assert response.status == 405
    assert response.body["error"]["message"] == "Use POST on this route."


def test_an_unknown_route_is_a_404(aws: None, fresh_caches: None, invoke: Invoke) -> None:
    event = load_event("get_symptoms", path="/v1/nothing-here", resource="/{proxy+}")
    response = invoke(event)
    assert response.status == 404
    assert response.body["error"]["request_id"] == "req-get-symptoms"


def _documented_messages(responses: dict[int, Any], status: int) -> set[str]:
    examples = responses[status]["content"]["application/json"]["examples"].values()
    return {example["value"]["error"]["message"] for example in examples}


def test_the_documented_examples_are_the_real_messages(published: KnowledgeTable, invoke: Invoke) -> None:
    wrong_method = invoke(load_event("get_symptoms", httpMethod="DELETE"))
    empty = invoke(load_event("post_assessment", body="{}"))
    category = invoke(
        load_event(
            "get_symptoms",
            queryStringParameters={"category": "lungs"},
            multiValueQueryStringParameters={"category": ["lungs"]},
        )
    )
    assert wrong_method.body["error"]["message"] in _documented_messages(SYMPTOMS_RESPONSES, 405)
    assert empty.body["error"]["message"] in _documented_messages(ASSESSMENT_RESPONSES, 422)
    assert category.body["error"]["message"] in _documented_messages(SYMPTOMS_RESPONSES, 422)
