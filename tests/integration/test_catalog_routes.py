import json
from pathlib import Path

import yaml

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.api.payloads import SymptomCategory
from tests.integration.conftest import Invoke, load_event

CONTRACT_IDS = Path(__file__).resolve().parents[2] / "contract" / "evidence-ids.yaml"


def test_symptoms_are_read_from_the_table(published: KnowledgeTable, invoke: Invoke) -> None:
    # Given the bundled knowledge base is published
    # When the app lists the vocabulary
    response = invoke(load_event("get_symptoms"))
    # Then every canonical evidence id is served with its label, question and synonyms
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.headers["X-Request-Id"] == "req-get-symptoms"
    served = {item["id"]: item for item in response.body["items"]}
    canonical = {i for group in yaml.safe_load(CONTRACT_IDS.read_text()).values() for i in group}
    assert canonical <= set(served)
    assert all(served[i]["label"] and served[i]["question"] and served[i]["synonyms"] for i in canonical)
    assert response.body["knowledge_base_version"]


def test_symptoms_can_be_searched(published: KnowledgeTable, invoke: Invoke) -> None:
    event = load_event(
        "get_symptoms", queryStringParameters={"q": "pins"}, multiValueQueryStringParameters={"q": ["pins"]}
    )
    response = invoke(event)
    assert response.status == 200
    assert "tingling" in [item["id"] for item in response.body["items"]]
    assert len(response.body["items"]) < 10


def test_a_condition_is_served_with_its_references(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(load_event("get_condition"))
    assert response.status == 200
    assert response.body["id"] == "als"
    assert response.body["cited_references"]
    assert all(r["pmid"] or r["doi"] or r["url"] for r in response.body["cited_references"])


def test_an_unknown_condition_is_a_404_envelope(published: KnowledgeTable, invoke: Invoke) -> None:
    event = load_event("get_condition", path="/v1/conditions/flu", pathParameters={"id": "flu"})
    response = invoke(event)
    assert response.status == 404
    assert response.body == {
        "error": {"code": "not_found", "message": "No such condition.", "request_id": "req-get-condition"}
    }


def test_conditions_are_listed(published: KnowledgeTable, invoke: Invoke) -> None:
    event = load_event("get_symptoms", path="/v1/conditions", resource="/v1/conditions")
    response = invoke(event)
    assert response.status == 200
    assert {c["id"] for c in response.body["items"]} == {"b12_deficiency", "als"}


def _with_if_none_match(etag: str) -> dict[str, object]:
    headers = {"x-api-key": "test-key", "If-None-Match": etag}
    return load_event("get_symptoms", headers=headers, multiValueHeaders={k: [v] for k, v in headers.items()})


def test_the_vocabulary_can_be_cached_and_revalidated(published: KnowledgeTable, invoke: Invoke) -> None:
    # Given a first response with validators
    first = invoke(load_event("get_symptoms"))
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "private, max-age=300"
    # When the app revalidates its copy
    revalidated = invoke(_with_if_none_match(etag))
    # Then it is told the copy is current, with no body
    assert revalidated.status == 304
    assert revalidated.body is None
    assert revalidated.headers["ETag"] == etag
    # And a stale or different tag gets the full body again
    assert invoke(_with_if_none_match('"stale", W/"other"')).status == 200
    assert invoke(_with_if_none_match(f"W/{etag}")).status == 304


def test_errors_carry_no_cache_validators(published: KnowledgeTable, invoke: Invoke) -> None:
    event = load_event("get_condition", path="/v1/conditions/flu", pathParameters={"id": "flu"})
    response = invoke(event)
    assert response.status == 404
    assert "ETag" not in response.headers


def _symptoms_query(**query: str) -> dict[str, object]:
    return load_event(
        "get_symptoms",
        queryStringParameters=query,
        multiValueQueryStringParameters={name: [value] for name, value in query.items()},
    )


def test_symptoms_can_be_filtered_by_category(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(_symptoms_query(category="bulbar"))
    assert response.status == 200
    assert response.body["items"]
    assert {item["category"] for item in response.body["items"]} == {"bulbar"}


def test_an_unknown_category_is_a_422_listing_the_allowed_ones(published: KnowledgeTable, invoke: Invoke) -> None:
    response = invoke(_symptoms_query(category="lungs"))
    assert response.status == 422
    error = response.body["error"]
    assert error["details"][0]["loc"] == ["query", "category"]
    for category in SymptomCategory:
        assert f"'{category.value}'" in error["message"]
    assert "lungs" not in json.dumps(response.body)


def test_head_is_answered_like_get(published: KnowledgeTable, invoke: Invoke) -> None:
    get = invoke(load_event("get_condition"))
    head = invoke(load_event("get_condition", httpMethod="HEAD"))
    assert (head.status, head.headers["ETag"], head.headers["Cache-Control"]) == (
        200,
        get.headers["ETag"],
        get.headers["Cache-Control"],
    )
