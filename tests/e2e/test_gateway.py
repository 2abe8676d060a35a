"""What the gateway itself does: route choice, API keys, request ids and the access log."""

import pytest

from tests.e2e.gateway import Client, GatewayProcess, assert_error


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/symptoms", 200),
        ("GET", "/v1/conditions/als", 200),
        ("PUT", "/v1/conditions/als", 405),
        ("GET", "/v1/conditions/als/extra", 404),
    ],
)
def test_every_path_reaches_the_one_api_function(
    api: Client, gateway: GatewayProcess, method: str, path: str, status: int
) -> None:
    # When a client calls any path under the API
    reply = api.request(method, path)
    # Then the API function answers it, as API Gateway's {proxy+} route would send it there
    assert reply.status == status
    assert "function=ApiFunction" in gateway.access_line(reply.request_id)


@pytest.mark.parametrize("api_key", [None, ""])
def test_missing_api_key_is_403_without_calling_a_function(
    api: Client, gateway: GatewayProcess, api_key: str | None
) -> None:
    # When a client calls without an API key (or an empty one)
    reply = api.get("/v1/symptoms", api_key=api_key)
    # Then the gateway itself refuses, in the error envelope
    assert_error(reply, 403, "forbidden")
    assert "function=-" in gateway.access_line(reply.request_id)


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "api_key"),
    [
        ("GET", "/v1/conditions/nope", None, None, "key"),
        ("GET", "/v1/unknown", None, None, "key"),
        ("DELETE", "/v1/parse", None, None, "key"),
        ("POST", "/v1/parse", b"{", "application/json", "key"),
        ("POST", "/v1/parse", b"{}", "text/plain", "key"),
        ("GET", "/v1/conditions", None, None, None),
    ],
)
def test_error_bodies_carry_the_x_request_id(
    api: Client, method: str, path: str, body: bytes | None, content_type: str | None, api_key: str | None
) -> None:
    # When a request fails, at the gateway or in a function
    reply = api.request(method, path, body, content_type, api_key)
    # Then the envelope names the same request id as the X-Request-Id header
    assert reply.status >= 400
    assert reply.json()["error"]["request_id"] == reply.request_id


def test_success_responses_carry_a_unique_x_request_id(api: Client) -> None:
    # When a client calls twice
    first, second = api.get("/v1/conditions"), api.get("/v1/conditions")
    # Then each response has its own request id
    assert first.request_id != second.request_id


def test_access_log_has_neither_query_string_nor_body(api: Client, gateway: GatewayProcess) -> None:
    # Given requests whose query string and body contain recognisable words
    search = api.get("/v1/symptoms?q=zebracanary")
    parse = api.post_json("/v1/parse", {"text": "bodycanary numb feet"})
    # When the gateway logs them
    search_line = gateway.access_line(search.request_id)
    parse_line = gateway.access_line(parse.request_id)
    # Then each access line has method, path, status and latency, and nothing the client typed
    assert " GET /v1/symptoms 200 " in search_line
    assert " POST /v1/parse 200 " in parse_line
    assert search_line.split()[4].endswith("ms")
    assert "zebracanary" not in gateway.stderr()
    assert "bodycanary" not in gateway.stderr()
    assert "?" not in search_line
