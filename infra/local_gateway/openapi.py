"""The API's OpenAPI document, generated from the handlers' typed routes.

python -m local_gateway.openapi           write docs/openapi.json
python -m local_gateway.openapi --check   fail if docs/openapi.json differs from the code
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from aws_lambda_powertools.event_handler.openapi.merge import OpenAPIMerge
from aws_lambda_powertools.event_handler.openapi.models import APIKey, APIKeyIn, Server

from local_gateway.environment import global_environment, local_physical_ids
from local_gateway.runtime import load_handler_module
from local_gateway.template import Template, load_template

DOCUMENT_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
DESCRIPTION = (
    "Compares a person's symptoms with a vitamin B12-deficiency profile and an ALS profile: what they "
    "share, what tells them apart, which the picture leans toward, what to ask a doctor for and how "
    "urgently. An educational triage aid, not a diagnosis. Every error uses one envelope: "
    '{"error": {"code", "message", "request_id", "details"?}}; every response has X-Request-Id.'
)


def openapi_document(template: Template) -> dict[str, Any]:
    # Handlers read these when their module is imported, as in Lambda.
    for name, value in global_environment(template, local_physical_ids(template)).items():
        os.environ.setdefault(name, value)
    merge = OpenAPIMerge(
        title="Symptom-overlap checker API",
        version="1.0.0",
        description=DESCRIPTION,
        servers=[Server(url="https://{api}.execute-api.{region}.amazonaws.com/{stage}")],
        security_schemes={"api_key": APIKey(name="x-api-key", in_=APIKeyIn.header)},
        security=[{"api_key": []}],
        on_conflict="error",
    )
    for function in template.functions():
        if any(route.method != "ANY" for route in function.routes):
            app = load_handler_module(function).app
            merge.add_schema(json.loads(app.get_openapi_json_schema()))
    document: dict[str, Any] = json.loads(merge.get_openapi_json_schema())
    return document


def rendered(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    current = rendered(openapi_document(load_template()))
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
