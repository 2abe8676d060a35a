"""One gateway per configuration for the whole session, each on a free port."""

from collections.abc import Iterator

import pytest

from tests.e2e.gateway import Client, GatewayProcess, running_gateway


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with running_gateway(tmp_path_factory.mktemp("gateway")) as process:
        yield process


@pytest.fixture(scope="session")
def api(gateway: GatewayProcess) -> Client:
    return Client(gateway.url)


DEAD_ENDPOINT = "http://127.0.0.1:9"  # the discard port: nothing listens there


@pytest.fixture(scope="session")
def dead_store_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    """A gateway whose DynamoDB is not there."""
    with running_gateway(
        tmp_path_factory.mktemp("dead-store"), {"AWS_ENDPOINT_URL_DYNAMODB": DEAD_ENDPOINT}
    ) as process:
        yield process
