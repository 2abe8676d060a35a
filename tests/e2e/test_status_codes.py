"""Every status code the OpenAPI document lists is one the API really gives, and no other."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from local_gateway.openapi import DOCUMENT_PATH
from tests.e2e.gateway import Client, GatewayProcess, assert_error, running_gateway


@pytest.fixture(scope="module")
def throttled_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    environment = {"PARAMETER_OVERRIDES": "ThrottleRateLimit=1 ThrottleBurstLimit=2"}
    with running_gateway(tmp_path_factory.mktemp("throttled-gateway"), environment) as process:
        yield process


def _documented_statuses(path: Path = DOCUMENT_PATH) -> set[int]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {
        int(status)
        for operations in document["paths"].values()
        for op in operations.values()
        for status in op["responses"]
    }


def test_every_documented_status_is_produced(
    api: Client, throttled_gateway: GatewayProcess, dead_store_gateway: GatewayProcess
) -> None:
    produced: dict[int, str] = {}

    def expect(status: int, reply_status: int, what: str) -> None:
        assert reply_status == status, what
        produced[status] = what

    symptoms = api.get("/v1/symptoms")
    expect(200, symptoms.status, "GET /v1/symptoms")
    expect(304, api.get("/v1/symptoms", headers={"If-None-Match": symptoms.headers["ETag"]}).status, "If-None-Match")
    assert_error(reply := api.request("POST", "/v1/parse", b"{not json", "application/json"), 400, "malformed_json")
    expect(400, reply.status, "malformed JSON")
    assert_error(reply := api.get("/v1/symptoms", api_key=None), 403, "forbidden")
    expect(403, reply.status, "no API key")
    assert_error(reply := api.get("/v1/conditions/flu"), 404, "not_found")
    expect(404, reply.status, "unknown condition")
    assert_error(reply := api.request("DELETE", "/v1/assessments"), 405, "method_not_allowed")
    expect(405, reply.status, "wrong method")
    huge = json.dumps({"text": "x" * 70_000}).encode()
    assert_error(reply := api.request("POST", "/v1/parse", huge, "application/json"), 413, "payload_too_large")
    expect(413, reply.status, "body over 64 KB")
    assert_error(reply := api.request("POST", "/v1/parse", b"text=numb", "text/plain"), 415, "unsupported_media_type")
    expect(415, reply.status, "not JSON")
    assert_error(
        reply := api.post_json("/v1/assessments", {"evidence": [{"id": "made_up", "state": "present"}]}),
        422,
        "unknown_evidence",
    )
    expect(422, reply.status, "unknown evidence id")
    throttled = Client(throttled_gateway.url)
    replies = [throttled.get("/v1/conditions") for _ in range(4)]
    assert_error(replies[-1], 429, "throttled")
    assert int(replies[-1].headers["Retry-After"]) >= 1
    expect(429, replies[-1].status, "over the usage plan's rate")
    assert_error(reply := Client(dead_store_gateway.url).get("/v1/symptoms"), 503, "service_unavailable")
    expect(503, reply.status, "DynamoDB unreachable")

    assert set(produced) == _documented_statuses()
