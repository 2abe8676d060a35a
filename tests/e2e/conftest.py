"""One gateway for the whole session, on a free port against its embedded moto server."""

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
