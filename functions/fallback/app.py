"""Fallback function: API Gateway sends it every request no other route handles; it answers 404 or 405.

Without it API Gateway itself would answer 403 "Missing Authentication Token" for both cases.
"""

from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import cors, routes
from symptom_overlap.api.app import create_resolver, handle_request
from symptom_overlap.api.errors import error_response
from symptom_overlap.api.observability import logger, metrics

app = create_resolver()


@app.not_found
def unmatched(_error: NotFoundError) -> Response[str]:
    event = app.current_event
    request_id = event.request_context.request_id or "unknown"
    allowed = routes.allowed_methods(event.path)
    if allowed is None:
        return error_response(HTTPStatus.NOT_FOUND, "not_found", "No such route.", request_id)
    origin = cors.allowed_origin(event.raw_event)
    if event.http_method == "OPTIONS" and origin:
        return Response(status_code=HTTPStatus.NO_CONTENT.value, headers=cors.preflight_headers(origin, allowed))
    return error_response(
        HTTPStatus.METHOD_NOT_ALLOWED,
        "method_not_allowed",
        f"Use {', '.join(allowed)} on this route.",
        request_id,
        headers={"Allow": ", ".join(allowed)},
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle_request(app, event, context)
