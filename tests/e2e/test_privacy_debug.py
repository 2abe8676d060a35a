"""At DEBUG, nothing a person submits reaches any log line of the gateway or the functions."""

import json
from collections.abc import Iterator

import pytest

from tests.e2e.gateway import Client, GatewayProcess, running_gateway

SUBMITTED_TEXT = "my toes prickle and I wobble when it's dark, no twitching, I take omeprazole"
SUBMITTED_WORDS = ("prickle", "wobble", "twitching", "omeprazole", "toes")
SUBMITTED_IDS = ("tingling", "fasciculations", "numbness", "leg_weakness", "made_up_symptom")


@pytest.fixture(scope="module")
def debug_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with running_gateway(
        tmp_path_factory.mktemp("debug-gateway"), {"PARAMETER_OVERRIDES": "LogLevel=DEBUG"}
    ) as process:
        yield process


def test_debug_logs_carry_no_submitted_words_or_ids(debug_gateway: GatewayProcess) -> None:
    # Given a warm API logging at DEBUG (the knowledge base itself mentions symptoms while it loads)
    client = Client(debug_gateway.url)
    client.get("/v1/conditions")
    before = len(debug_gateway.stdout()) + len(debug_gateway.stderr())
    # When people submit symptoms in every way the API accepts, including invalid requests
    evidence = [{"id": i, "state": "present"} for i in SUBMITTED_IDS[:4]]
    assert client.post_json("/v1/assessments", {"evidence": evidence, "text": SUBMITTED_TEXT}).status == 200
    assert client.post_json("/v1/parse", {"text": SUBMITTED_TEXT}).status == 200
    assert (
        client.post_json("/v1/assessments", {"evidence": [{"id": SUBMITTED_IDS[4], "state": "present"}]}).status == 422
    )
    assert client.post_json("/v1/assessments", {"text": SUBMITTED_TEXT * 30}).status == 422
    too_large = json.dumps({"text": SUBMITTED_TEXT * 1000}).encode()
    assert client.request("POST", "/v1/parse", too_large, "application/json").status == 413
    assert client.request("POST", f"/v1/parse?q={SUBMITTED_WORDS[0]}", b"{", "application/json").status == 400
    # Then the logs written meanwhile show requests happened, and nothing of what was submitted
    logs = (debug_gateway.stdout() + debug_gateway.stderr())[before:].lower()
    assert '"message":"request"' in logs
    assert '"level":"debug"' in logs  # DEBUG really was on
    leaked = [item for item in (*SUBMITTED_WORDS, *SUBMITTED_IDS) if item in logs]
    assert leaked == []
