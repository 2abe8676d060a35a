"""API Gateway's own answers (bad key, throttling, its 4XX and 5XX), as the template's GatewayResponses
shape them: status, JSON body and headers. Every one carries X-Request-Id, and 429 and 5XX carry
Retry-After, whether or not the template sets them yet (it will: issue 15)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from local_gateway.responses import JSON, HttpResponse
from local_gateway.template import Intrinsic, Template

# Used where the template gives no header of its own: a token of the usage plan's bucket refills within
# a second at any rate the template allows (ThrottleRateLimit >= 1); a failed function is worth a pause.
DEFAULT_RETRY_AFTER = {429: "1", 5: "5"}


@dataclass(frozen=True)
class GatewayResponse:
    status: int
    body_template: str | None  # the application/json response template, with $context variables
    headers: dict[str, str]  # header -> 'literal' or context.variable, as in ResponseParameters


class GatewayResponses:
    def __init__(self, responses: dict[str, GatewayResponse]) -> None:
        self._responses = responses

    @classmethod
    def from_template(cls, template: Template) -> GatewayResponses:
        apis = [r["Properties"] for r in template.resources.values() if r["Type"] == "AWS::Serverless::Api"]
        declared: dict[str, Any] = {}
        for api in apis:
            declared.update(api.get("GatewayResponses") or {})
        return cls({kind: _parse(kind, properties or {}) for kind, properties in declared.items()})

    def render(self, kind: str, status: int, code: str, message: str, request_id: str) -> HttpResponse:
        """The answer API Gateway gives for a response type (API_KEY, THROTTLED, …), falling back to
        DEFAULT_4XX/DEFAULT_5XX as it does, and to the API's error envelope when the template has none."""
        family = "DEFAULT_5XX" if status >= 500 else "DEFAULT_4XX"
        declared = self._responses.get(kind) or self._responses.get(family)
        status = declared.status if declared and declared.status and kind in self._responses else status
        body = _body(declared.body_template if declared else None, code, message, request_id)
        headers = [("Content-Type", JSON)]
        for name, source in (declared.headers if declared else {}).items():
            value = _header_value(source, request_id)
            if value is not None:
                headers.append((name, value))
        names = {name.lower() for name, _ in headers}
        if "x-request-id" not in names:
            headers.append(("X-Request-Id", request_id))
        retry_after = DEFAULT_RETRY_AFTER.get(status) or DEFAULT_RETRY_AFTER.get(status // 100)
        if retry_after and "retry-after" not in names:
            headers.append(("Retry-After", retry_after))
        return HttpResponse(status, headers, body.encode("utf-8"))

    def message(self, kind: str) -> str | None:
        """The fixed message a response type's template states, if any (e.g. API_KEY's)."""
        declared = self._responses.get(kind)
        if declared is None or declared.body_template is None:
            return None
        try:
            parsed = json.loads(declared.body_template.replace("$context.requestId", ""))
        except ValueError:
            return None
        message = parsed.get("error", {}).get("message") if isinstance(parsed, dict) else None
        return message if isinstance(message, str) else None


def _parse(kind: str, properties: dict[str, Any]) -> GatewayResponse:
    status = properties.get("StatusCode")
    templates = properties.get("ResponseTemplates") or {}
    headers = (properties.get("ResponseParameters") or {}).get("Headers") or {}
    if any(isinstance(value, Intrinsic) for value in headers.values()):
        raise ValueError(f"GatewayResponses.{kind}: intrinsic header values are not supported locally")
    return GatewayResponse(
        status=int(status) if status is not None else 0,
        body_template=templates.get("application/json"),
        headers={str(name): str(value) for name, value in headers.items()},
    )


def _body(template: str | None, code: str, message: str, request_id: str) -> str:
    if template is None:
        return json.dumps(
            {"error": {"code": code, "message": message, "request_id": request_id}}, separators=(",", ":")
        )
    # The two $context variables the template uses; messageString is already a quoted JSON string.
    return template.replace("$context.requestId", request_id).replace(
        "$context.error.messageString", json.dumps(message)
    )


def _header_value(source: str, request_id: str) -> str | None:
    """'literal' (quoted as CloudFormation writes it) or a context variable the local gateway knows."""
    if len(source) >= 2 and source[0] == source[-1] == "'":
        return source[1:-1]
    if source in ("context.requestId", "context.extendedRequestId"):
        return request_id
    return None
