"""The one Powertools resolver: every router, CORS, 404/405, and the path of one request through it."""

from __future__ import annotations

import base64
import itertools
import json
import time
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, CORSConfig, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import assessment_routes, catalog_routes, health_routes
from symptom_overlap.api.caching import with_cache_headers
from symptom_overlap.api.errors import JSON, error_response, register_error_handlers
from symptom_overlap.observability import logger, metrics
from symptom_overlap.wiring import serving_stale_knowledge

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# Far above any valid request (2,000 characters of text and 100 evidence items), far below API Gateway's 10 MB.
MAX_BODY_BYTES = 64 * 1024
PREFLIGHT_MAX_AGE_SECONDS = 600
_requests_served = itertools.count()  # per container: the first request is the cold start


def create_app(cors_allowed_origin: str = "") -> APIGatewayRestResolver:
    """The resolver with every route. CORS is on only for one configured browser origin."""
    cors = (
        CORSConfig(
            allow_origin=cors_allowed_origin,
            allow_headers=["x-api-key", "If-None-Match"],
            expose_headers=["X-Request-Id", "ETag", "Retry-After"],
            max_age=PREFLIGHT_MAX_AGE_SECONDS,
        )
        if cors_allowed_origin
        else None
    )
    app = APIGatewayRestResolver(enable_validation=True, cors=cors)
    register_error_handlers(app)
    app.include_router(catalog_routes.router)
    app.include_router(assessment_routes.router)
    app.include_router(health_routes.router)

    @app.not_found
    def unmatched(_error: NotFoundError) -> Response[str]:
        event = app.current_event
        request_id = event.request_context.request_id or "unknown"
        allowed = allowed_methods(app, event.path)
        if not allowed:
            return error_response(HTTPStatus.NOT_FOUND, "not_found", "No such route.", request_id)
        return error_response(
            HTTPStatus.METHOD_NOT_ALLOWED,
            "method_not_allowed",
            f"Use {', '.join(allowed)} on this route.",
            request_id,
            headers={"Allow": ", ".join(allowed)},
        )

    return app


def allowed_methods(app: APIGatewayRestResolver, path: str) -> list[str]:
    """The methods the resolver's routes accept on this path (none: no such route)."""
    # Powertools keeps its routes in these two lists; reading them keeps 405 answers in step with the routes.
    routes = app._static_routes + app._dynamic_routes
    methods = {route.method for route in routes if route.rule.match(path)}
    return sorted(methods | ({"HEAD"} if "GET" in methods else set()))


def route_name(app: APIGatewayRestResolver, method: str, path: str) -> str:
    """The route's template (e.g. /v1/conditions/<condition_id>) for logs: never the raw path, which a
    client could fill with anything."""
    for route in app._static_routes + app._dynamic_routes:
        if route.method == method and route.rule.match(path):
            return str(route.path)
    return "unmatched"


def cacheable_routes() -> frozenset[str]:
    """The catalog's route templates: the public vocabulary is the only answer a client may keep."""
    # Powertools keys a Router's routes by (path, methods, ...).
    return frozenset(str(key[0]) for key in catalog_routes.router._routes)


def handle_request(app: APIGatewayRestResolver, event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    """Resolve one API Gateway event, then log its access line and count it.

    A POST body not declared as JSON gets a 415, a huge one a 413, and one that does not parse a 400.
    The access line carries the route, method, status and latency only, never the body.
    """
    started = time.perf_counter()
    cold_start = next(_requests_served) == 0
    request_id = str((event.get("requestContext") or {}).get("requestId", "unknown"))
    logger.append_keys(request_id=request_id)  # on every line this request logs
    method = str(event.get("httpMethod", ""))
    if method == "HEAD":  # answered as GET: {proxy+} sends HEAD here, and HTTP drops a HEAD answer's body
        event = {**event, "httpMethod": "GET"}
    route = route_name(app, str(event.get("httpMethod", "")), str(event.get("path", "")))
    body = event.get("body") or ""
    logger.debug("resolving", extra={"route": route, "method": method, "body_bytes": len(body)})
    accepts_body = method in _BODY_METHODS and route != "unmatched"
    rejected = _reject_unacceptable_body(event, request_id) if accepts_body else None
    response = with_cache_headers(
        event, rejected or app.resolve(_with_plain_json_type(event), context), route in cacheable_routes()
    )
    # The REST resolver answers with multiValueHeaders; API Gateway merges them into the response.
    headers = dict(response.get("multiValueHeaders") or {})
    headers["X-Request-Id"] = [request_id]
    if serving_stale_knowledge():
        headers["X-Knowledge-Stale"] = ["true"]  # the store is unreachable; an earlier version answered
    if headers.get("Content-Type") == ["application/json"]:
        headers["Content-Type"] = [JSON]
    response["multiValueHeaders"] = headers
    logger.info(
        "request",
        extra={
            "route": route,
            "method": method,
            "status": response["statusCode"],
            "latency_ms": round((time.perf_counter() - started) * 1000, 2),
            **({"cold_start": True} if cold_start else {}),
        },
    )
    metrics.add_metric(name="Requests", unit=MetricUnit.Count, value=1)
    return response


def _media_type(event: dict[str, Any]) -> str:
    headers = {name.lower(): value for name, value in (event.get("headers") or {}).items()}
    return str(headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _with_plain_json_type(event: dict[str, Any]) -> dict[str, Any]:
    """Media types are case-insensitive, Powertools' JSON check is not: name the type as it expects."""
    if event.get("httpMethod") not in _BODY_METHODS:
        return event
    headers = {name: value for name, value in (event.get("headers") or {}).items() if name.lower() != "content-type"}
    return {**event, "headers": {**headers, "Content-Type": "application/json"}}


def _body_bytes(event: dict[str, Any]) -> bytes:
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body)
        except ValueError:
            return b""
    return body.encode("utf-8", errors="surrogatepass")


def _parses(body: bytes) -> bool:
    """Whether the body is JSON Python can read: hostile JSON (nesting thousands deep, integers of
    thousands of digits) raises RecursionError or ValueError, which must not become a 500."""
    try:
        json.loads(body)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return False
    return True


def _reject_unacceptable_body(event: dict[str, Any], request_id: str) -> dict[str, Any] | None:
    """415 for a body not declared as JSON (Powertools would try to parse forms), 413 for a huge one
    (counted in bytes, as API Gateway counts), 400 for one that does not parse."""
    body = _body_bytes(event)
    if _media_type(event) != "application/json":
        status, code, message = (
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send the request body as application/json.",
        )
    elif len(body) > MAX_BODY_BYTES:
        status, code, message = (
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "payload_too_large",
            f"The request body is larger than {MAX_BODY_BYTES // 1024} KB.",
        )
    elif not _parses(body):
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
