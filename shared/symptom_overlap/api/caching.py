"""Conditional GETs: an ETag from the body, Cache-Control, and 304 when the client's copy is current."""

from __future__ import annotations

import hashlib
from typing import Any

# Apps may reuse the vocabulary for five minutes, then revalidate cheaply with If-None-Match.
CACHE_CONTROL = "max-age=300"


def with_validators(event: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    """Add ETag and Cache-Control to a successful GET; answer 304 if If-None-Match names this ETag.
    A route that sets its own Cache-Control (health: no-store) keeps it and gets no ETag."""
    headers = dict(response.get("multiValueHeaders") or {})
    if event.get("httpMethod") != "GET" or response.get("statusCode") != 200 or "Cache-Control" in headers:
        return response
    etag = '"' + hashlib.sha256(str(response.get("body") or "").encode()).hexdigest()[:32] + '"'
    headers.update({"ETag": [etag], "Cache-Control": [CACHE_CONTROL]})
    if _matches(_header(event, "if-none-match"), etag):
        headers.pop("Content-Type", None)
        return {**response, "statusCode": 304, "body": "", "isBase64Encoded": False, "multiValueHeaders": headers}
    return {**response, "multiValueHeaders": headers}


def _header(event: dict[str, Any], name: str) -> str | None:
    for key, value in (event.get("headers") or {}).items():
        if key.lower() == name:
            return str(value)
    return None


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {candidate.strip().removeprefix("W/") for candidate in if_none_match.split(",")}
    return "*" in candidates or etag in candidates
