"""Swagger UI and the OpenAPI document, served by the local gateway only.

In AWS no function serves them: Swagger UI's assets would add to every cold start.
"""

from __future__ import annotations

import json
from pathlib import Path

import aws_lambda_powertools.event_handler.openapi.swagger_ui as swagger_ui
from aws_lambda_powertools.event_handler.openapi.swagger_ui.html import generate_swagger_html

from local_gateway.openapi import DOCUMENT_PATH
from local_gateway.responses import HttpResponse

DOCS_PATH = "/docs"
SPEC_PATH = "/openapi.json"


def documentation_pages(base_url: str, document_path: Path = DOCUMENT_PATH) -> dict[str, HttpResponse]:
    """The pages by path; the document's server points at this gateway so 'Try it out' works."""
    document = json.loads(document_path.read_text(encoding="utf-8"))
    document["servers"] = [{"url": base_url, "description": "local gateway"}]
    spec = json.dumps(document)
    assets = Path(swagger_ui.__file__).parent  # shipped with Powertools and inlined: works offline
    page = generate_swagger_html(
        spec=spec,
        swagger_js=(assets / "swagger-ui-bundle.min.js").read_text(encoding="utf-8"),
        swagger_css=(assets / "swagger-ui.min.css").read_text(encoding="utf-8"),
        swagger_base_url="",
        oauth2_config=None,
        persist_authorization=True,
    )
    return {
        DOCS_PATH: HttpResponse(200, [("Content-Type", "text/html; charset=utf-8")], page.encode()),
        SPEC_PATH: HttpResponse(200, [("Content-Type", "application/json; charset=utf-8")], spec.encode()),
    }
