"""What every route documents in the OpenAPI document: its error answers, in the one envelope."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from symptom_overlap.api.payloads import ErrorEnvelope

_WHEN = {
    HTTPStatus.BAD_REQUEST: ("malformed_json", "The request body is not valid JSON."),
    HTTPStatus.FORBIDDEN: ("forbidden", "A valid x-api-key header is required."),
    HTTPStatus.NOT_FOUND: ("not_found", "No such condition."),
    HTTPStatus.METHOD_NOT_ALLOWED: ("method_not_allowed", "Use GET on this route."),
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE: ("payload_too_large", "The request body is too large."),
    HTTPStatus.UNSUPPORTED_MEDIA_TYPE: ("unsupported_media_type", "Send the request body as application/json."),
    HTTPStatus.UNPROCESSABLE_ENTITY: ("unknown_evidence", "Some evidence ids are not in the vocabulary."),
    HTTPStatus.TOO_MANY_REQUESTS: ("throttled", "Too many requests; slow down and retry."),
    HTTPStatus.SERVICE_UNAVAILABLE: ("service_unavailable", "The knowledge base is temporarily unavailable."),
}
# Answers every route can give: API Gateway's own (key, throttling) and the knowledge base's.
_ANY_ROUTE = (HTTPStatus.FORBIDDEN, HTTPStatus.METHOD_NOT_ALLOWED, HTTPStatus.TOO_MANY_REQUESTS)
GET_ERRORS = (*_ANY_ROUTE, HTTPStatus.UNPROCESSABLE_ENTITY, HTTPStatus.SERVICE_UNAVAILABLE)
POST_ERRORS = (
    *_ANY_ROUTE,
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
    HTTPStatus.UNPROCESSABLE_ENTITY,
    HTTPStatus.SERVICE_UNAVAILABLE,
)


def error_responses(*statuses: HTTPStatus) -> dict[int, Any]:
    """OpenAPI responses for these statuses, each with the envelope's schema and an example."""
    return {
        status.value: {
            "description": status.phrase,
            "content": {
                "application/json": {
                    "model": ErrorEnvelope,
                    "examples": {
                        _WHEN[status][0]: {
                            "value": {
                                "error": {
                                    "code": _WHEN[status][0],
                                    "message": _WHEN[status][1],
                                    "request_id": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                                }
                            }
                        }
                    },
                }
            },
        }
        for status in statuses
    }


# Powertools fills a response without "content" with the route's return model.
SUCCESS: dict[int, Any] = {200: {"description": "OK"}}
NOT_MODIFIED: dict[int, Any] = {
    304: {"description": "Not Modified: the copy named by If-None-Match is current.", "content": {}}
}
