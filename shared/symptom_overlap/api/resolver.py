"""Builds the Powertools resolver every function uses and runs one request through it."""

from __future__ import annotations

import base64
import json
import time
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import cors
from symptom_overlap.api.caching import with_validators
from symptom_overlap.api.errors import JSON, error_response, register_error_handlers
from symptom_overlap.api.knowledge import serving_stale_knowledge
from symptom_overlap.api.observability import logger, metrics

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Far above any valid request (2,000 characters of text and 100 evidence items), far below API Gateway's 10 MB.
MAX_BODY_BYTES = 64 * 1024


def create_resolver() -> APIGatewayRestResolver:
    app = APIGatewayRestResolver(enable_validation=True)
    register_error_handlers(app)
    return app


def handle_request(
    app: APIGatewayRestResolver,
    event: dict[str, Any],
    context: LambdaContext,
    accepts_json_body: bool = False,
) -> dict[str, Any]:
    """Resolve one API Gateway event, then log its access line and count it.

    With ``accepts_json_body``, a POST/PUT/PATCH body not declared as JSON gets a 415, a huge one a
    413, and one that does not parse a 400.
    The access line carries the route, method, status and latency only, never the body.
    """
    started = time.perf_counter()
    request_id = str((event.get("requestContext") or {}).get("requestId", "unknown"))
    route = str(event.get("resource", "unknown"))
    logger.debug(
        "resolving",
        extra={"route": route, "method": event.get("httpMethod"), "body_bytes": len(event.get("body") or "")},
    )
    rejected = _reject_unacceptable_body(event, request_id) if accepts_json_body else None
    response = with_validators(event, rejected or app.resolve(event, context))
    # The REST resolver answers with multiValueHeaders; API Gateway merges them into the response.
    headers = dict(response.get("multiValueHeaders") or {})
    headers["X-Request-Id"] = [request_id]
    if serving_stale_knowledge():
        headers["X-Knowledge-Stale"] = ["true"]  # the store is unreachable; an earlier version answered
    if origin := cors.allowed_origin(event):
        headers.update(cors.response_headers(origin))
    if headers.get("Content-Type") == ["application/json"]:
        headers["Content-Type"] = [JSON]
    response["multiValueHeaders"] = headers
    logger.info(
        "request",
        extra={
            "route": route,
            "method": event.get("httpMethod"),
            "status": response["statusCode"],
            "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        },
    )
    metrics.add_metric(name="Requests", unit=MetricUnit.Count, value=1)
    return response


def _parses(event: dict[str, Any]) -> bool:
    """Whether the body is JSON Python can read: hostile JSON (nesting thousands deep, integers of
    thousands of digits) raises RecursionError or ValueError, which must not become a 500."""
    body = event.get("body") or ""
    try:
        json.loads(base64.b64decode(body) if event.get("isBase64Encoded") else body)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return False
    return True


def _reject_unacceptable_body(event: dict[str, Any], request_id: str) -> dict[str, Any] | None:
    """415 for a body not declared as JSON (Powertools would try to parse forms), 413 for a huge one,
    400 for one that does not parse."""
    if event.get("httpMethod") not in _BODY_METHODS:
        return None
    headers = {name.lower(): value for name, value in (event.get("headers") or {}).items()}
    media_type = str(headers.get("content-type", "")).split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        status, code, message = (
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the request body as application/json.",
        )
    elif len(event.get("body") or "") > MAX_BODY_BYTES:
        status, code, message = (
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "payload_too_large",
            f"The request body is larger than {MAX_BODY_BYTES // 1024} KB.",
        )
    elif not _parses(event):
        status, code, message = (HTTPStatus.BAD_REQUEST, "malformed_json", "The request body is not valid JSON.")
    else:
        return None
    response = error_response(status, code, message, request_id)
    return {
        "statusCode": response.status_code,
        "multiValueHeaders": {"Content-Type": [JSON]},
        "body": response.body,
        "isBase64Encoded": False,
    }
