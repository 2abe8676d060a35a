import pytest

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.api.knowledge import reset_knowledge_cache
from tests.integration.conftest import Invoke, load_event

ORIGIN = "https://reference.example.org"


def _with_origin(name: str, origin: str, **overrides: object) -> dict[str, object]:
    headers = {"x-api-key": "test-key", "Origin": origin}
    return load_event(name, headers=headers, multiValueHeaders={k: [v] for k, v in headers.items()}, **overrides)


@pytest.fixture
def cors_on(monkeypatch: pytest.MonkeyPatch, published: KnowledgeTable) -> None:
    monkeypatch.setenv("CORS_ALLOWED_ORIGIN", ORIGIN)
    reset_knowledge_cache()  # settings are read once per container


def test_cors_is_off_by_default(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke("CatalogFunction", _with_origin("get_symptoms", ORIGIN))
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = invoke("FallbackFunction", _with_origin("get_symptoms", ORIGIN, httpMethod="OPTIONS"))
    assert preflight.status == 405


def test_the_configured_origin_may_read_responses(cors_on: None, invoke: Invoke) -> None:
    response = invoke("CatalogFunction", _with_origin("get_symptoms", ORIGIN))
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Request-Id" in response.headers["Access-Control-Expose-Headers"]
    other = invoke("CatalogFunction", _with_origin("get_symptoms", "https://elsewhere.example"))
    assert "Access-Control-Allow-Origin" not in other.headers


def test_a_preflight_from_the_configured_origin_is_answered(cors_on: None, invoke: Invoke) -> None:
    response = invoke("FallbackFunction", _with_origin("post_assessment", ORIGIN, httpMethod="OPTIONS", body=None))
    assert response.status == 204
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert response.headers["Access-Control-Allow-Methods"] == "POST, OPTIONS"
    assert "x-api-key" in response.headers["Access-Control-Allow-Headers"]
