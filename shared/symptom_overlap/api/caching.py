"""Who may keep an answer: the catalog privately for five minutes (with ETag and 304), nothing else at all.

Assessments, parses, health checks and every error are answers about one person's request, so they carry
``Cache-Control: no-store``. The catalog is the public vocabulary, but a ``GET /v1/symptoms?q=`` URL holds
what someone typed, so even its answers are ``private``: the app's own cache, never a shared one.
Every answer carries ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

import hashlib
from typing import Any

# Apps may reuse the vocabulary for five minutes, then revalidate cheaply with If-None-Match.
CATALOG_CACHE_CONTROL = "private, max-age=300"
NO_STORE = "no-store"
NOSNIFF = "nosniff"


def with_cache_headers(event: dict[str, Any], response: dict[str, Any], cacheable_route: bool) -> dict[str, Any]:
    """Validators and a private lifetime for a successful GET of a cacheable route; no-store for the rest."""
    if cacheable_route and event.get("httpMethod") == "GET" and response.get("statusCode") == 200:
        response = _with_validators(event, response)
    else:
        response = _with_headers(response, {"Cache-Control": [NO_STORE]})
    return _with_headers(response, {"X-Content-Type-Options": [NOSNIFF]})


def _with_validators(event: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    """ETag and Cache-Control; a 304 without a body if If-None-Match names this ETag."""
    etag = '"' + hashlib.sha256(str(response.get("body") or "").encode()).hexdigest()[:32] + '"'
    response = _with_headers(response, {"ETag": [etag], "Cache-Control": [CATALOG_CACHE_CONTROL]})
    if not _matches(_header(event, "if-none-match"), etag):
        return response
    headers = dict(response["multiValueHeaders"])
    headers.pop("Content-Type", None)
    return {**response, "statusCode": 304, "body": "", "isBase64Encoded": False, "multiValueHeaders": headers}


def _with_headers(response: dict[str, Any], headers: dict[str, list[str]]) -> dict[str, Any]:
    return {**response, "multiValueHeaders": {**(response.get("multiValueHeaders") or {}), **headers}}


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
