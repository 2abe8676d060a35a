"""CORS for the one configured browser origin; off (no headers at all) when none is configured."""

from __future__ import annotations

from typing import Any

from symptom_overlap.api.settings import get_settings

PREFLIGHT_MAX_AGE_SECONDS = 600


def allowed_origin(event: dict[str, Any]) -> str | None:
    """The request's Origin when it is the configured one, else None."""
    configured = get_settings().cors_allowed_origin
    headers = {name.lower(): value for name, value in (event.get("headers") or {}).items()}
    origin = headers.get("origin")
    return origin if configured and origin == configured else None


def response_headers(origin: str) -> dict[str, list[str]]:
    return {
        "Access-Control-Allow-Origin": [origin],
        "Access-Control-Expose-Headers": ["X-Request-Id, ETag, Retry-After"],
        "Vary": ["Origin"],
    }


def preflight_headers(origin: str, methods: tuple[str, ...]) -> dict[str, list[str]]:
    return {
        **response_headers(origin),
        "Access-Control-Allow-Methods": [", ".join((*methods, "OPTIONS"))],
        "Access-Control-Allow-Headers": ["Content-Type, x-api-key, If-None-Match"],
        "Access-Control-Max-Age": [str(PREFLIGHT_MAX_AGE_SECONDS)],
    }
