"""Cache and content-sniffing headers on real answers of the API function."""

import pytest

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from tests.integration.conftest import Invoke, load_event


@pytest.mark.parametrize("event_name", ["post_assessment", "post_parse"])
def test_answers_about_a_persons_request_are_never_stored(
    published: KnowledgeTable, invoke: Invoke, event_name: str
) -> None:
    # When an assessment or a parse succeeds
    response = invoke(load_event(event_name))
    # Then no cache may keep it, and browsers may not guess its type
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "ETag" not in response.headers


def test_a_catalog_answer_is_private_to_the_client(published: KnowledgeTable, invoke: Invoke) -> None:
    # A GET /v1/symptoms?q= URL holds what someone typed: only the app's own cache may keep the answer
    response = invoke(load_event("get_symptoms", queryStringParameters={"q": "numb"}))
    assert response.status == 200
    assert response.headers["Cache-Control"] == "private, max-age=300"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "overrides",
    [
        {"path": "/v1/conditions/flu", "pathParameters": {"id": "flu"}},  # 404 from a catalog route
        {"path": "/v1/nowhere"},  # 404 from no route
        {"httpMethod": "DELETE"},  # 405
    ],
)
def test_errors_are_never_stored(published: KnowledgeTable, invoke: Invoke, overrides: dict[str, object]) -> None:
    response = invoke(load_event("get_condition", **overrides))
    assert response.status in {404, 405}
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
