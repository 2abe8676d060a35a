"""A gateway pointed at a DynamoDB that is not there still starts, and answers 503 quickly."""

from tests.e2e.conftest import DEAD_ENDPOINT
from tests.e2e.gateway import Client, GatewayProcess, assert_error


def test_it_starts_and_says_once_that_dynamodb_is_unavailable(dead_store_gateway: GatewayProcess) -> None:
    # Given AWS_ENDPOINT_URL_DYNAMODB points at a closed port
    # Then start-up is bounded and explains the problem in one line. Bounded, not timed: botocore's own
    # defaults would retry a closed port for minutes; the bound leaves room for a loaded CI machine.
    assert dead_store_gateway.startup_seconds < 40
    lines = [line for line in dead_store_gateway.stdout().splitlines() if "is unavailable" in line]
    assert len(lines) == 1
    assert DEAD_ENDPOINT in lines[0]


def test_knowledge_routes_answer_503_with_retry_after_within_5_seconds(dead_store_gateway: GatewayProcess) -> None:
    # When a client lists the symptoms
    reply = Client(dead_store_gateway.url).get("/v1/symptoms")
    # Then it quickly gets 503 in the envelope, with a hint when to retry
    assert reply.seconds < 5
    assert_error(reply, 503, "service_unavailable")
    assert int(reply.headers["Retry-After"]) > 0


def test_routes_without_the_knowledge_base_still_work(dead_store_gateway: GatewayProcess) -> None:
    # When a client calls a route that needs no table
    reply = Client(dead_store_gateway.url).request("DELETE", "/v1/symptoms")
    # Then the API function answers as usual
    assert_error(reply, 405, "method_not_allowed")
