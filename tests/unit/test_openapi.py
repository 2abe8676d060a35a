"""docs/openapi.json is generated from the code, documents every answer in the error envelope, and is
shaped so that client generators produce usable types."""

import json
from typing import Any

import pytest

from local_gateway.openapi import DOCUMENT_PATH, openapi_document, rendered
from symptom_overlap.api.payloads import SymptomCategory

OPERATION_IDS = {
    ("post", "/v1/assessments"): "createAssessment",
    ("post", "/v1/parse"): "parseText",
    ("get", "/v1/symptoms"): "listSymptoms",
    ("get", "/v1/conditions"): "listConditions",
    ("get", "/v1/conditions/{condition_id}"): "getCondition",
    ("get", "/v1/health"): "getHealth",
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_document()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, ops in document["paths"].items() for method, op in ops.items()]


def test_the_committed_document_matches_the_code(document: dict[str, Any]) -> None:
    assert DOCUMENT_PATH.read_text(encoding="utf-8") == rendered(document), "run `make openapi`"


def test_every_operation_needs_the_api_key_and_documents_its_errors(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")
    assert document["components"]["securitySchemes"]["api_key"] == {
        "type": "apiKey",
        "name": "x-api-key",
        "in": "header",
    }
    assert document["security"] == [{"api_key": []}]
    for method, path, operation in _operations(document):
        statuses = set(operation["responses"])
        assert {"200", "403", "405", "429", "503"} <= statuses, (method, path)
        if method == "post":
            assert {"400", "413", "415", "422"} <= statuses, path
        elif path != "/v1/health":
            assert "304" in statuses, path


def test_operation_ids_are_explicit_and_stable(document: dict[str, Any]) -> None:
    assert {(method, path): op["operationId"] for method, path, op in _operations(document)} == OPERATION_IDS


def test_only_routes_with_parameters_or_a_body_document_a_422(document: dict[str, Any]) -> None:
    for method, path, operation in _operations(document):
        takes_input = bool(operation.get("parameters") or operation.get("requestBody"))
        assert ("422" in operation["responses"]) == takes_input, (method, path)


def test_every_error_response_is_the_envelope_with_examples_of_its_own_route(document: dict[str, Any]) -> None:
    for method, path, operation in _operations(document):
        for status, response in operation["responses"].items():
            if int(status) < 400:
                continue
            content = response["content"]["application/json"]
            assert content["schema"] == {"$ref": "#/components/schemas/ErrorEnvelope"}
            assert content["examples"], (method, path, status)
            for example in content["examples"].values():
                assert {"code", "message", "request_id"} <= set(example["value"]["error"])
        [not_allowed] = operation["responses"]["405"]["content"]["application/json"]["examples"].values()
        allowed = "GET, HEAD" if method == "get" else "POST"
        assert not_allowed["value"]["error"]["message"] == f"Use {allowed} on this route."
    # Powertools' own 422 models are replaced by the envelope and left out
    assert {"HTTPValidationError", "ValidationError", "ResponseValidationError"}.isdisjoint(
        document["components"]["schemas"]
    )


def test_no_schema_is_unused(document: dict[str, Any]) -> None:
    text = json.dumps(document["paths"]) + json.dumps(document["components"]["schemas"])
    for name in document["components"]["schemas"]:
        assert f'"#/components/schemas/{name}"' in text, name


def test_the_assessment_request_is_one_typed_object(document: dict[str, Any]) -> None:
    schema = document["components"]["schemas"]["AssessmentRequest"]
    # No top-level anyOf: generators would make two request types, one without age and sex
    assert schema["type"] == "object"
    assert not {"anyOf", "oneOf", "allOf"} & set(schema)
    assert set(schema["properties"]) == {"evidence", "text", "age", "sex"}
    assert schema["properties"]["evidence"]["items"] == {"$ref": "#/components/schemas/EvidenceItem"}
    assert "`evidence`, `text`, or both" in schema["description"]
    item = document["components"]["schemas"]["EvidenceItem"]
    assert item["required"] == ["id", "state"]
    assert item["properties"]["state"] == {
        "$ref": "#/components/schemas/EvidenceState",
        "description": item["properties"]["state"]["description"],
    }


def test_categories_are_enumerated(document: dict[str, Any]) -> None:
    assert document["components"]["schemas"]["SymptomCategory"]["enum"] == [c.value for c in SymptomCategory]


def test_servers_name_their_variables(document: dict[str, Any]) -> None:
    [server] = document["servers"]
    placeholders = {part.split("}")[0] for part in server["url"].split("{")[1:]}
    assert placeholders == set(server["variables"]) == {"api_id", "region", "stage"}
    assert all(variable["default"] for variable in server["variables"].values())


def test_every_request_body_has_an_example(document: dict[str, Any]) -> None:
    for method, path, operation in _operations(document):
        if "requestBody" in operation:
            assert operation["requestBody"]["content"]["application/json"]["examples"], (method, path)
