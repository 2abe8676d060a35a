"""The access line: what operators use, and nothing that costs ingestion for no reader."""

import json

import pytest

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.observability import logger
from tests.integration.conftest import Invoke, load_event

OPERATOR_KEYS = {"level", "message", "request_id", "route", "method", "status", "latency_ms"}


def test_one_short_line_per_request_with_what_operators_read(
    published: KnowledgeTable, invoke: Invoke, caplog: pytest.LogCaptureFixture
) -> None:
    # When a request is served
    caplog.set_level("INFO")
    invoke(load_event("get_symptoms"))
    # Then its access line, as the function's Logger writes it, has the route, method, status,
    # latency and request id, and no more
    [access] = [record for record in caplog.records if record.getMessage() == "request"]
    line = logger.registered_formatter.format(access)
    record = json.loads(line)
    assert set(record) - {"cold_start", "xray_trace_id"} == OPERATOR_KEYS
    assert (record["route"], record["method"], record["status"]) == ("/v1/symptoms", "GET", 200)
    assert record["request_id"] == "req-get-symptoms"
    assert len(line.encode()) < 200  # was about 420 bytes here (690 in Lambda) with Powertools' defaults
