"""A gateway pointed at a DynamoDB that is not there still starts, and answers 503 quickly."""

from collections.abc import Iterator

import pytest

from tests.e2e.gateway import Client, GatewayProcess, assert_error, running_gateway

DEAD_ENDPOINT = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture(scope="module")
def dead_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with running_gateway(
        tmp_path_factory.mktemp("dead-gateway"), {"AWS_ENDPOINT_URL_DYNAMODB": DEAD_ENDPOINT}
    ) as process:
        yield process


def test_it_starts_and_says_once_that_dynamodb_is_unavailable(dead_gateway: GatewayProcess) -> None:
    # Given AWS_ENDPOINT_URL_DYNAMODB points at a closed port
    # Then start-up is bounded and explains the problem in one line
    assert dead_gateway.startup_seconds < 15
    lines = [line for line in dead_gateway.stdout().splitlines() if "is unavailable" in line]
    assert len(lines) == 1
    assert DEAD_ENDPOINT in lines[0]


def test_knowledge_routes_answer_503_with_retry_after_within_5_seconds(dead_gateway: GatewayProcess) -> None:
    # When a client lists the symptoms
    reply = Client(dead_gateway.url).get("/v1/symptoms")
    # Then it quickly gets 503 in the envelope, with a hint when to retry
    assert reply.seconds < 5
    assert_error(reply, 503, "service_unavailable")
    assert int(reply.headers["Retry-After"]) > 0


def test_routes_without_the_knowledge_base_still_work(dead_gateway: GatewayProcess) -> None:
    # When a client calls a route that needs no table
    reply = Client(dead_gateway.url).request("DELETE", "/v1/symptoms")
    # Then the fallback function answers as usual
    assert_error(reply, 405, "method_not_allowed")
