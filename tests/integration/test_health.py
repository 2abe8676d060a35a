"""GET /v1/health: 200 with the active version when store and cache are good, 503 otherwise, and no
DynamoDB call while the cache is fresh."""

from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError

from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.settings import get_settings
from tests.integration.conftest import ApiResponse, Invoke, load_event


def _health(invoke: Invoke) -> ApiResponse:
    return invoke(load_event("get_symptoms", path="/v1/health", resource="/v1/health"))


@pytest.fixture
def store_calls(published: KnowledgeTable) -> Callable[[Callable[..., Any] | None], list[str]]:
    """Count (and optionally fail) every request the functions' DynamoDB client sends from now on."""

    def install(fault: Callable[..., Any] | None = None) -> list[str]:
        settings = get_settings()
        client = dynamodb_client(
            settings.dynamodb_connect_timeout, settings.dynamodb_read_timeout, settings.dynamodb_total_attempts
        )
        calls: list[str] = []

        def counted(**kwargs: Any) -> Any:
            calls.append(kwargs["request"].url)
            return fault(**kwargs) if fault else None

        client.meta.events.register_first("before-send.dynamodb", counted)
        return calls

    return install


def test_a_good_store_and_cache_answer_200_with_the_active_version(published: KnowledgeTable, invoke: Invoke) -> None:
    response = _health(invoke)
    assert response.status == 200
    assert response.body == {"status": "ok", "knowledge_base_version": published.active_version()}
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "ETag" not in response.headers


def test_a_fresh_cache_costs_no_dynamodb_call(
    published: KnowledgeTable, invoke: Invoke, store_calls: Callable[..., list[str]]
) -> None:
    # Given a warm function that has loaded the knowledge base
    assert _health(invoke).status == 200
    calls = store_calls()
    # When health is asked again within the refresh interval
    responses = [_health(invoke) for _ in range(5)]
    # Then it answers from the cache alone
    assert [response.status for response in responses] == [200] * 5
    assert calls == []


def test_an_unreadable_knowledge_base_is_a_503(knowledge_table: KnowledgeTable, invoke: Invoke) -> None:
    # Given a table with no active version
    response = _health(invoke)
    assert response.status == 503
    assert response.body["error"]["code"] == "service_unavailable"
    assert int(response.headers["Retry-After"]) > 0


def test_a_store_that_stops_answering_makes_health_503_while_routes_serve_the_cache(
    published: KnowledgeTable, invoke: Invoke, store_calls: Callable[..., list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a function that re-checks the store on every request, with the knowledge base cached
    monkeypatch.setenv("KNOWLEDGE_REFRESH_SECONDS", "0")
    get_settings.cache_clear()
    assert _health(invoke).status == 200

    def unreachable(**_: Any) -> None:
        raise EndpointConnectionError(endpoint_url="https://dynamodb.local")

    # When the store stops answering
    calls = store_calls(unreachable)
    health = _health(invoke)
    symptoms = invoke(load_event("get_symptoms"))
    # Then health says so, while the catalog still answers from the cached version
    assert calls
    assert health.status == 503
    assert health.body["error"]["code"] == "knowledge_base_stale"
    assert int(health.headers["Retry-After"]) > 0
    assert health.headers["Cache-Control"] == "no-store"
    assert symptoms.status == 200
    assert symptoms.headers["X-Knowledge-Stale"] == "true"
