import time

import pytest

from tests.integration.conftest import Invoke, load_event


def test_an_unreachable_table_is_a_quick_503_with_retry_after(
    aws: None, fresh_caches: None, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given DynamoDB's endpoint refuses connections (nothing listens on port 9)
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9")
    # When a cold function serves a request
    started = time.monotonic()
    response = invoke(load_event("get_symptoms"))
    elapsed = time.monotonic() - started
    # Then it answers 503 with the envelope and Retry-After, well within 5 s
    assert response.status == 503
    assert response.body["error"]["code"] == "service_unavailable"
    assert int(response.headers["Retry-After"]) > 0
    assert elapsed < 5


def test_an_empty_table_is_a_503(knowledge_table: object, invoke: Invoke) -> None:
    response = invoke(load_event("get_symptoms"))
    assert response.status == 503
