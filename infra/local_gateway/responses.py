"""HTTP responses, and the ones a Lambda proxy integration returns."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

JSON = "application/json; charset=utf-8"


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class MalformedProxyResponse(Exception):
    """The handler returned something API Gateway would answer with 502."""


def from_proxy_response(response: Mapping[str, Any]) -> HttpResponse:
    """Merge headers into multiValueHeaders (a name in both keeps the multi values, as API Gateway
    documents) and decode a base64 body."""
    status = response.get("statusCode")
    if not isinstance(status, int) or not 100 <= status <= 599:
        raise MalformedProxyResponse(f"statusCode {status!r} is not an HTTP status")
    merged: dict[str, tuple[str, list[str]]] = {}
    for name, value in (response.get("headers") or {}).items():
        merged[name.lower()] = (name, [str(value)])
    for name, values in (response.get("multiValueHeaders") or {}).items():
        merged[name.lower()] = (name, [str(value) for value in values])
    headers = [(name, value) for name, values in merged.values() for value in values]
    body = response.get("body") or ""
    if not isinstance(body, str):
        raise MalformedProxyResponse("body is not a string")
    content = base64.b64decode(body) if response.get("isBase64Encoded") else body.encode("utf-8")
    return HttpResponse(status, headers, content)
