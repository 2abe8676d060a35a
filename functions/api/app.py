"""The API function: every public route, one Powertools resolver."""

import gc

# Init allocates hundreds of thousands of objects that live as long as the container; collecting
# while importing them only walks them again and again. Afterwards they are frozen out of every
# later collection (docs/decisions.md: "No garbage collection during Init").
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


@cache
def api() -> APIGatewayRestResolver:
    """Built on the first request: settings are read then, never at import."""
    return create_app(cors_allowed_origin=get_settings().cors_allowed_origin)


@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle_request(api(), event, context)
