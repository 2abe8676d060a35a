"""Builds complete API Gateway REST (payload v1) proxy events, as API Gateway sends them to Lambda."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any


def build_proxy_event(
    *,
    method: str,
    path: str,
    resource: str,
    path_parameters: Mapping[str, str] | None = None,
    headers: Sequence[tuple[str, str]] = (),
    query: Sequence[tuple[str, str]] = (),
    body: bytes | None = None,
    stage: str = "local",
    request_id: str | None = None,
    source_ip: str = "127.0.0.1",
    api_key_id: str | None = None,
) -> dict[str, Any]:
    """Repeated headers and query parameters keep every value in the multiValue* fields and the last
    one in the single-value fields, as API Gateway does."""
    request_id = request_id or str(uuid.uuid4())
    text_body, is_base64 = _encode_body(body)
    api_key = next((value for name, value in headers if name.lower() == "x-api-key"), None)
    return {
        "resource": resource,
        "path": path,
        "httpMethod": method.upper(),
        "headers": _single(headers) or None,
        "multiValueHeaders": _multi(headers) or None,
        "queryStringParameters": _single(query) or None,
        "multiValueQueryStringParameters": _multi(query) or None,
        "pathParameters": dict(path_parameters) if path_parameters else None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": resource,
            "httpMethod": method.upper(),
            "path": f"/{stage}{path}",
            "stage": stage,
            "requestId": request_id,
            "extendedRequestId": request_id,
            "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime()),
            "requestTimeEpoch": int(time.time() * 1000),
            "protocol": "HTTP/1.1",
            "accountId": "000000000000",
            "apiId": "local",
            "identity": {
                "sourceIp": source_ip,
                "userAgent": _single(headers).get("User-Agent") or _single(headers).get("user-agent"),
                "apiKey": api_key,
                "apiKeyId": api_key_id if api_key else None,
            },
        },
        "body": text_body,
        "isBase64Encoded": is_base64,
    }


def _single(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    return dict(pairs)


def _multi(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values


def _encode_body(body: bytes | None) -> tuple[str | None, bool]:
    if body is None or body == b"":
        return None, False
    try:
        return body.decode("utf-8"), False
    except UnicodeDecodeError:
        return base64.b64encode(body).decode("ascii"), True
