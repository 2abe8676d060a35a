"""The API's OpenAPI document, generated from the handlers' typed routes.

python -m local_gateway.openapi           write docs/openapi.json
python -m local_gateway.openapi --check   fail if docs/openapi.json differs from the code
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from aws_lambda_powertools.event_handler.openapi.models import APIKey, APIKeyIn, Server, ServerVariable

DOCUMENT_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
DESCRIPTION = (
    "Compares a person's symptoms with a vitamin B12-deficiency profile and an ALS profile: what they "
    "share, what tells them apart, which the picture leans toward, what to ask a doctor for and how "
    "urgently. An educational triage aid, not a diagnosis. Every error uses one envelope: "
    '{"error": {"code", "message", "request_id", "details"?}}; every response has X-Request-Id.'
)


DEPLOYED_SERVER = Server(
    url="https://{api_id}.execute-api.{region}.amazonaws.com/{stage}",
    description="The deployed API: the stack output ApiUrl",
    variables={
        "api_id": ServerVariable(default="abc123def4", description="The REST API id (stack output ApiUrl)"),
        "region": ServerVariable(default="eu-west-1", description="The AWS region of the stack"),
        "stage": ServerVariable(default="prod", description="The template's Stage parameter"),
    },
)
_POWERTOOLS_422 = "#/components/schemas/HTTPValidationError"


def openapi_document() -> dict[str, Any]:
    """The document, straight from the API function's resolver."""
    # Imported here, not at the top: the gateway imports this module for DOCUMENT_PATH before it sets
    # the functions' environment, and the API package creates its Logger from that environment.
    from symptom_overlap.api.resolver import create_app

    app = create_app()
    document: dict[str, Any] = json.loads(
        app.get_openapi_json_schema(
            title="Symptom-overlap checker API",
            version="1.0.0",
            description=DESCRIPTION,
            servers=[DEPLOYED_SERVER],
            security_schemes={"api_key": APIKey(name="x-api-key", in_=APIKeyIn.header)},
            security=[{"api_key": []}],
        )
    )
    return _without_unused_schemas(_without_default_validation_errors(document))


def _without_default_validation_errors(document: dict[str, Any]) -> dict[str, Any]:
    """Powertools documents a 422 with its own model on every route; ours document their real 422s in the
    envelope, and a route without parameters or body has none."""
    for operations in document["paths"].values():
        for operation in operations.values():
            answer = operation["responses"].get("422", {})
            if _POWERTOOLS_422 in json.dumps(answer):
                del operation["responses"]["422"]
    return document


def _without_unused_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Keep the component schemas that the paths reach, directly or through other schemas."""
    schemas = document["components"]["schemas"]
    reached: set[str] = set()
    pending = _references(document["paths"])
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending |= _references(schemas[name])
    document["components"]["schemas"] = {name: schema for name, schema in schemas.items() if name in reached}
    return document


def _references(node: object) -> set[str]:
    return set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(node)))


def rendered(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    current = rendered(openapi_document())
    if "--check" in sys.argv:
        if DOCUMENT_PATH.read_text(encoding="utf-8") != current:
            print("docs/openapi.json does not match the code: run `make openapi`", file=sys.stderr)
            return 1
        print("docs/openapi.json matches the code")
        return 0
    DOCUMENT_PATH.write_text(current, encoding="utf-8")
    print(f"wrote {DOCUMENT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
