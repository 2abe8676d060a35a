"""docs/openapi.json is generated from the code and documents every answer in the error envelope."""

import json
from typing import Any

import pytest

from local_gateway.openapi import DOCUMENT_PATH, openapi_document, rendered


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_document()


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
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            assert {"200", "403", "405", "429", "503"} <= statuses, (method, path)
            if method == "post":
                assert {"400", "413", "415", "422"} <= statuses, path
            else:
                assert "304" in statuses, path


def test_every_error_response_is_the_envelope_with_an_example(document: dict[str, Any]) -> None:
    for operations in document["paths"].values():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    content = response["content"]["application/json"]
                    assert content["schema"] == {"$ref": "#/components/schemas/ErrorEnvelope"}
                    [example] = content["examples"].values()
                    assert set(example["value"]["error"]) == {"code", "message", "request_id"}
    # Powertools' own 422 model is replaced by the envelope everywhere
    assert "#/components/schemas/HTTPValidationError" not in json.dumps(document["paths"])
