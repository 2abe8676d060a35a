"""The public API through the local gateway: catalog, assessment and parsing, over real HTTP."""

import gzip

from tests.e2e.gateway import Client, GatewayProcess, assert_error


def test_symptoms_lists_the_vocabulary_of_the_active_version(api: Client) -> None:
    # Given the gateway seeded its embedded DynamoDB from the YAML knowledge base
    # When a client lists the symptoms
    reply = api.get("/v1/symptoms")
    # Then it gets every evidence item of the active version
    assert reply.status == 200
    body = reply.json()
    assert body["knowledge_base_version"]
    assert len(body["items"]) > 10
    assert {"id", "label", "question"} <= body["items"][0].keys()


def test_symptoms_query_narrows_the_list(api: Client) -> None:
    # Given the full vocabulary
    everything = api.get("/v1/symptoms").json()["items"]
    # When a client searches with ?q= (URL-encoded, two words)
    reply = api.get("/v1/symptoms?q=pins%20and")
    # Then only matching items come back
    assert reply.status == 200
    ids = [item["id"] for item in reply.json()["items"]]
    assert "tingling" in ids
    assert 0 < len(ids) < len(everything)


def test_conditions_list_and_detail(api: Client) -> None:
    # Given the two condition profiles
    # When a client lists them and opens one
    listing = api.get("/v1/conditions")
    detail = api.get("/v1/conditions/als")
    # Then both answer 200 with the profiles
    assert listing.status == 200
    assert {item["id"] for item in listing.json()["items"]} == {"als", "b12_deficiency"}
    assert detail.status == 200
    assert detail.json()["id"] == "als"
    assert detail.json()["knowledge_base_version"] == listing.json()["knowledge_base_version"]


def test_unknown_condition_is_404_in_the_envelope(api: Client) -> None:
    # When a client asks for a condition that does not exist
    reply = api.get("/v1/conditions/nope")
    # Then the catalog answers 404 in the error envelope
    assert_error(reply, 404, "not_found")


def test_assessment_returns_the_core_fields(api: Client) -> None:
    # Given two evidence ids from the vocabulary
    first, second = (item["id"] for item in api.get("/v1/symptoms").json()["items"][:2])
    # When a client asks for an assessment
    reply = api.post_json(
        "/v1/assessments",
        {"evidence": [{"id": first, "state": "present"}, {"id": second, "state": "absent"}]},
    )
    # Then it gets the comparison with both conditions
    assert reply.status == 200, reply.body
    body = reply.json()
    for field in ("leaning", "overlap", "triage", "next_questions", "recommended_tests", "disclaimer"):
        assert field in body
    assert {condition["id"] for condition in body["conditions"]} == {"als", "b12_deficiency"}
    assert {item["id"] for item in body["evidence_used"]} == {first, second}


def test_parse_finds_evidence_in_free_text(api: Client) -> None:
    # When a client sends a sentence in plain words
    reply = api.post_json("/v1/parse", {"text": "I get pins and needles in my feet"})
    # Then the evidence it mentions comes back
    assert reply.status == 200, reply.body
    assert "tingling" in {item["id"] for item in reply.json()["evidence"]}


def test_swagger_ui_and_the_document_are_served_locally(api: Client) -> None:
    # Given the local gateway
    # When a developer opens the documentation, without an API key
    page = api.get("/docs", api_key=None)
    spec = api.get("/openapi.json", api_key=None)
    # Then Swagger UI comes with its assets inlined and the document points at this gateway
    assert page.status == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert b"SwaggerUIBundle" in page.body
    assert b"/v1/assessments" in page.body
    assert spec.json()["servers"][0]["url"] == api.base_url
    assert set(spec.json()["paths"]) >= {"/v1/symptoms", "/v1/assessments", "/v1/parse", "/v1/health"}
    # HEAD is answered like GET, and ?format=json gives the document, as Powertools' Swagger UI does
    assert api.request("HEAD", "/docs", api_key=None).status == 200
    as_json = api.get("/docs?format=json", api_key=None)
    assert as_json.headers["Content-Type"].startswith("application/json")
    assert as_json.json() == spec.json()


def test_health_names_the_active_knowledge_base_version(api: Client, dead_store_gateway: GatewayProcess) -> None:
    symptoms = api.get("/v1/symptoms").json()
    health = api.get("/v1/health")
    assert health.status == 200
    assert health.json() == {"status": "ok", "knowledge_base_version": symptoms["knowledge_base_version"]}
    assert health.headers["Cache-Control"] == "no-store"
    assert_error(Client(dead_store_gateway.url).get("/v1/health"), 503, "service_unavailable")


def test_large_responses_are_gzipped_for_clients_that_accept_it(api: Client) -> None:
    plain = api.get("/v1/symptoms")
    compressed = api.get("/v1/symptoms", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in plain.headers
    assert compressed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.body) == plain.body
    small = api.get("/v1/conditions/flu", headers={"Accept-Encoding": "gzip"})  # under 1,024 bytes
    assert "Content-Encoding" not in small.headers
