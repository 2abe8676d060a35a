"""Operators publish, activate and roll back while clients keep reading: no reader ever sees a mixed version."""

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from moto.server import ThreadedMotoServer

from kbtool.source import DEFAULT_SOURCE_DIR, load_knowledge_base
from tests.e2e.gateway import ROOT, Client, GatewayProcess, running_gateway

TABLE = "local-KnowledgeTable"  # the local gateway's name for the template's KnowledgeTable
NEW_VERSION = "rollout-test.2"


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


MOTO_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "eu-west-1",
}


@pytest.fixture(scope="module")
def rollout_gateway(tmp_path_factory: pytest.TempPathFactory, moto_endpoint: str) -> Iterator[GatewayProcess]:
    # Every request re-checks the active pointer, so readers see each switch at once.
    environment = {
        "AWS_ENDPOINT_URL_DYNAMODB": moto_endpoint,
        "PARAMETER_OVERRIDES": "KnowledgeRefreshSeconds=0 ThrottleRateLimit=100000 ThrottleBurstLimit=100000",
        **MOTO_CREDENTIALS,
    }
    with running_gateway(tmp_path_factory.mktemp("rollout-gateway"), environment) as process:
        yield process


@pytest.fixture(scope="module")
def new_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sources under a new version, with the first and the last evidence labels changed,
    which are stored in the first and the last write batch."""
    sources = tmp_path_factory.mktemp("sources") / "knowledge_base"
    shutil.copytree(DEFAULT_SOURCE_DIR, sources)
    (sources / "manifest.yaml").write_text(f'version: "{NEW_VERSION}"\n', encoding="utf-8")
    evidence_file = sources / "evidence.yaml"
    evidence = yaml.safe_load(evidence_file.read_text(encoding="utf-8"))
    for evidence_id in (next(iter(evidence)), list(evidence)[-1]):
        evidence[evidence_id]["label"] += " [v2]"
    evidence_file.write_text(yaml.safe_dump(evidence, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return sources


def _kbtool(endpoint: str, sources: Path, *arguments: str) -> str:
    command = [sys.executable, "-m", "kbtool", "--source", str(sources), "--table", TABLE, "--endpoint", endpoint]
    result = subprocess.run(
        [*command, *arguments],
        cwd=ROOT,
        env={**os.environ, **MOTO_CREDENTIALS},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_readers_never_see_a_mixed_version(
    rollout_gateway: GatewayProcess, moto_endpoint: str, new_sources: Path
) -> None:
    # Given clients reading the vocabulary continuously
    client = Client(rollout_gateway.url)
    original = load_knowledge_base().version
    seen: dict[str, int] = {}
    inconsistent: list[str] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            reply = client.get("/v1/symptoms")
            if reply.status != 200:
                inconsistent.append(f"status {reply.status}")
                continue
            body = reply.json()
            marked = [item["label"].endswith(" [v2]") for item in (body["items"][0], body["items"][-1])]
            expected = body["knowledge_base_version"] == NEW_VERSION
            if marked != [expected, expected]:
                inconsistent.append(f"{body['knowledge_base_version']} served with v2 labels {marked}")
            seen[body["knowledge_base_version"]] = seen.get(body["knowledge_base_version"], 0) + 1

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        # When an operator publishes and activates a new version, then rolls back, twice over
        published = _kbtool(moto_endpoint, new_sources, "publish")
        assert f"{NEW_VERSION} is now active (was {original})" in published
        time.sleep(0.5)
        assert "rolled back" in _kbtool(moto_endpoint, new_sources, "rollback")
        time.sleep(0.5)
        _kbtool(moto_endpoint, new_sources, "activate", NEW_VERSION)
        time.sleep(0.5)
        _kbtool(moto_endpoint, new_sources, "rollback")
        time.sleep(0.5)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=10)

    # Then every response was one whole version, both versions were served, and the original is live
    assert inconsistent == []
    assert set(seen) == {original, NEW_VERSION}
    assert sum(seen.values()) > 20, seen
    assert client.get("/v1/symptoms").json()["knowledge_base_version"] == original
    assert f"{original:<24}" in _kbtool(moto_endpoint, new_sources, "list")
