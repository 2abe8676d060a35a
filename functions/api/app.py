"""The API function: every public route, one Powertools resolver."""

import gc

# Init and the first request make over 100,000 objects that live as long as the container (modules,
# models, the DynamoDB client, the knowledge base); collecting meanwhile only walks them again and
# again. So no collection while they are made; then they are frozen out of every later collection
# (docs/decisions.md: "No garbage collection during Init and the first request").
gc.disable()
try:
    from functools import cache
    from typing import Any

    from aws_lambda_powertools.event_handler import APIGatewayRestResolver
    from aws_lambda_powertools.utilities.typing import LambdaContext

    from symptom_overlap.api.resolver import create_app, handle_request
    from symptom_overlap.observability import metrics
    from symptom_overlap.settings import get_settings
finally:
    gc.freeze()
    gc.enable()

_first_request = True


@cache
def api() -> APIGatewayRestResolver:
    """Built on the first request: settings are read then, never at import."""
    return create_app(cors_allowed_origin=get_settings().cors_allowed_origin)


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    global _first_request
    if not _first_request:
        return handle_request(api(), event, context)
    gc.disable()  # the first request makes the client, the knowledge base and what is derived from it
    try:
        return handle_request(api(), event, context)
    finally:
        _first_request = False
        gc.freeze()
        gc.enable()
