"""What the gateway itself does: route choice, API keys, request ids and the access log."""

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.e2e.gateway import API_KEY, Client, GatewayProcess, Reply, assert_error, running_gateway


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


@pytest.mark.parametrize("api_key", [None, "", "e2e-key", "LOCAL", " local-other"])
def test_a_missing_or_unknown_api_key_is_403_without_calling_a_function(
    api: Client, gateway: GatewayProcess, api_key: str | None
) -> None:
    # When a client calls without the one local key
    reply = api.get("/v1/symptoms", api_key=api_key)
    # Then the gateway itself refuses, in the error envelope, with the deployed API's message
    error = assert_error(reply, 403, "forbidden")
    assert error["message"] == "A valid x-api-key header is required."
    assert "function=-" in gateway.access_line(reply.request_id)


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "api_key"),
    [
        ("GET", "/v1/conditions/nope", None, None, API_KEY),
        ("GET", "/v1/unknown", None, None, API_KEY),
        ("DELETE", "/v1/parse", None, None, API_KEY),
        ("POST", "/v1/parse", b"{", "application/json", API_KEY),
        ("POST", "/v1/parse", b"{}", "text/plain", API_KEY),
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


def test_the_key_is_printed_at_start_and_can_be_chosen(tmp_path: Path) -> None:
    # Given a gateway started with LOCAL_API_KEY
    with running_gateway(tmp_path, {"LOCAL_API_KEY": "my-own-key"}) as gateway:
        client = Client(gateway.url)
        # Then it names its key at start, accepts it, and refuses the default one
        assert "API key: my-own-key" in gateway.stdout()
        assert client.get("/v1/health", api_key="my-own-key").status == 200
        assert_error(client.get("/v1/health", api_key="local"), 403, "forbidden")


def test_the_default_key_is_local_and_printed(gateway: GatewayProcess) -> None:
    assert "API key: local " in gateway.stdout()
    assert "x-api-key: local" in gateway.stdout()


def test_a_port_in_use_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    # Given a port another program listens on
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # When the gateway is asked to serve on it
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "local_gateway"],
            env={**os.environ, "PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    # Then it says so in one line and stops, before DynamoDB or any function starts
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"cannot serve on 127.0.0.1:{port}: Address already in use; set PORT to another port"
    ]
    assert result.stdout == ""
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("path", ["/v1/symptoms", "/v1/conditions/als", "/v1/health"])
def test_head_is_answered_like_get_without_a_body(api: Client, path: str) -> None:
    get, head = api.get(path), api.request("HEAD", path)
    assert head.status == get.status == 200
    assert head.body == b""
    assert head.headers["Content-Length"] == str(len(get.body))
    assert head.headers.get("ETag") == get.headers.get("ETag")


def test_independent_requests_are_served_side_by_side(api: Client) -> None:
    # Given sixteen clients at once, each asking for something whose answer names what it asked
    condition_ids = ["als", "b12_deficiency"] * 8

    def fetch(condition_id: str) -> tuple[str, Reply]:
        return condition_id, api.get(f"/v1/conditions/{condition_id}")

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(fetch, condition_ids * 4))
    # Then every one is answered, with its own answer: no reset, no 5xx, no crossed events
    assert len(results) == 64
    for condition_id, reply in results:
        assert reply.status == 200, reply.body
        assert reply.json()["id"] == condition_id
    assert len({reply.request_id for _, reply in results}) == 64
