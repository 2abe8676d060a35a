"""CORS comes from Powertools' CORSConfig, for the one configured origin only."""

from typing import Any

import pytest
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

from local_gateway.runtime import context_for
from local_gateway.template import Function
from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.api.resolver import create_app, handle_request
from tests.integration.conftest import ApiResponse, Invoke, as_response, load_event

ORIGIN = "https://reference.example.org"


def _with_origin(name: str, origin: str, **overrides: object) -> dict[str, Any]:
    headers = {"x-api-key": "test-key", "Origin": origin}
    return load_event(name, headers=headers, multiValueHeaders={k: [v] for k, v in headers.items()}, **overrides)


@pytest.fixture(scope="module")
def app_with_cors() -> APIGatewayRestResolver:
    return create_app(cors_allowed_origin=ORIGIN)


def _call(app: APIGatewayRestResolver, function: Function, event: dict[str, Any]) -> ApiResponse:
    return as_response(handle_request(app, event, context_for(function, "cors")))  # type: ignore[arg-type]


def test_cors_is_off_by_default(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(_with_origin("get_symptoms", ORIGIN))
    assert "Access-Control-Allow-Origin" not in response.headers
    assert invoke(_with_origin("get_symptoms", ORIGIN, httpMethod="OPTIONS")).status == 405


def test_the_configured_origin_may_read_responses(
    published: KnowledgeTable, app_with_cors: APIGatewayRestResolver, api_function: Function
) -> None:
    response = _call(app_with_cors, api_function, _with_origin("get_symptoms", ORIGIN))
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Request-Id" in response.headers["Access-Control-Expose-Headers"]
    other = _call(app_with_cors, api_function, _with_origin("get_symptoms", "https://elsewhere.example"))
    assert "Access-Control-Allow-Origin" not in other.headers


def test_a_preflight_from_the_configured_origin_is_answered(
    published: KnowledgeTable, app_with_cors: APIGatewayRestResolver, api_function: Function
) -> None:
    event = _with_origin("post_assessment", ORIGIN, httpMethod="OPTIONS", body=None)
    response = _call(app_with_cors, api_function, event)
    assert response.status == 204
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "x-api-key" in response.headers["Access-Control-Allow-Headers"]
