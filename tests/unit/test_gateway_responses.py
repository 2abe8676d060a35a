"""The local gateway's own answers follow the template's GatewayResponses, and always carry X-Request-Id
(and Retry-After on 429 and 5XX)."""

import json

from local_gateway.gateway_responses import GatewayResponse, GatewayResponses
from local_gateway.responses import HttpResponse
from local_gateway.template import load_template
from symptom_overlap.api.openapi import FORBIDDEN_MESSAGE, THROTTLED_MESSAGE


def _headers(response: HttpResponse) -> dict[str, str]:
    return dict(response.headers)


def test_the_documented_messages_are_the_templates() -> None:
    responses = GatewayResponses.from_template(load_template())
    assert responses.message("API_KEY") == FORBIDDEN_MESSAGE
    assert responses.message("THROTTLED") == THROTTLED_MESSAGE


def test_the_templates_answers_are_rendered_with_request_id_and_retry_after() -> None:
    responses = GatewayResponses.from_template(load_template())
    forbidden = responses.render("API_KEY", 403, "forbidden", "unused", "req-1")
    throttled = responses.render("THROTTLED", 429, "throttled", "unused", "req-2")
    failed = responses.render("DEFAULT_5XX", 502, "gateway_error", "Internal server error", "req-3")
    assert (forbidden.status, json.loads(forbidden.body)["error"]) == (
        403,
        {"code": "forbidden", "message": FORBIDDEN_MESSAGE, "request_id": "req-1"},
    )
    assert _headers(forbidden)["X-Request-Id"] == "req-1"
    assert "Retry-After" not in _headers(forbidden)
    assert int(_headers(throttled)["Retry-After"]) >= 1
    assert json.loads(failed.body)["error"]["message"] == "Internal server error"
    assert int(_headers(failed)["Retry-After"]) >= 1


def test_a_type_the_template_lacks_falls_back_to_its_family_with_its_own_status() -> None:
    responses = GatewayResponses(
        {"DEFAULT_4XX": GatewayResponse(0, '{"error": {"message": $context.error.messageString}}', {})}
    )
    answer = responses.render("REQUEST_TOO_LARGE", 413, "client_error", 'Too "big"', "req-4")
    assert answer.status == 413
    assert json.loads(answer.body) == {"error": {"message": 'Too "big"'}}


def test_headers_the_template_sets_win() -> None:
    declared = GatewayResponse(429, None, {"Retry-After": "'30'", "X-Request-Id": "context.requestId"})
    answer = GatewayResponses({"THROTTLED": declared}).render("THROTTLED", 429, "throttled", "slow", "req-5")
    assert _headers(answer)["Retry-After"] == "30"
    assert [name for name, _ in answer.headers].count("X-Request-Id") == 1
    assert json.loads(answer.body)["error"]["request_id"] == "req-5"
