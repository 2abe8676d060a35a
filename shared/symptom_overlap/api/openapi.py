"""What the routes document in the OpenAPI document: their error answers in the one envelope, with
examples that are the API's real messages, and a request example that works in Swagger's "Try it out"."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from symptom_overlap.api.payloads import EVIDENCE_OR_TEXT, ErrorEnvelope, SymptomCategory

_REQUEST_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
# The message of the template's API_KEY gateway response, which the local gateway also answers with.
FORBIDDEN_MESSAGE = "A valid x-api-key header is required."
THROTTLED_MESSAGE = "Too many requests; slow down and retry."
STALE_CODE = "knowledge_base_stale"
STALE_MESSAGE = "The knowledge store cannot be reached; answers come from the last version read."

# Powertools fills a response without "content" with the route's return model.
SUCCESS: dict[int, Any] = {200: {"description": "OK"}}
NOT_MODIFIED: dict[int, Any] = {
    304: {"description": "Not Modified: the copy named by If-None-Match is current.", "content": {}}
}

Example = tuple[str, str] | tuple[str, str, list[dict[str, Any]]]  # code, message, details

_COMMON: dict[HTTPStatus, list[Example]] = {
    HTTPStatus.BAD_REQUEST: [("malformed_json", "The request body is not valid JSON.")],
    HTTPStatus.FORBIDDEN: [("forbidden", FORBIDDEN_MESSAGE)],
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE: [("payload_too_large", "The request body is larger than 64 KB.")],
    HTTPStatus.UNSUPPORTED_MEDIA_TYPE: [("unsupported_media_type", "Send the request body as application/json.")],
    HTTPStatus.TOO_MANY_REQUESTS: [
        ("throttled", THROTTLED_MESSAGE),
        ("quota_exceeded", "The usage quota of this API key is used up."),
    ],
    HTTPStatus.SERVICE_UNAVAILABLE: [
        ("service_unavailable", "The knowledge base is temporarily unavailable. Please retry shortly.")
    ],
}
_ASSESSMENT_422: list[Example] = [
    ("validation_error", EVIDENCE_OR_TEXT, [{"loc": ["body"], "type": "evidence_or_text_required"}]),
    (
        "unknown_evidence",
        "Some evidence ids are not in the vocabulary (see GET /v1/symptoms); details give their positions.",
        [{"loc": ["body", "evidence", 1, "id"], "type": "unknown_id", "message": "Not an id of GET /v1/symptoms."}],
    ),
    (
        "conflicting_evidence",
        "The same evidence id was sent with different states; details give their positions.",
        [{"loc": ["body", "evidence", 0, "state"], "type": "conflicting_states"}],
    ),
]
_PARSE_422: list[Example] = [
    (
        "validation_error",
        "String should have at most 2000 characters",
        [{"loc": ["body", "text"], "type": "string_too_long"}],
    )
]
_CATEGORIES = [f"'{category.value}'" for category in SymptomCategory]
_SYMPTOMS_422: list[Example] = [
    (
        "validation_error",
        f"Input should be {', '.join(_CATEGORIES[:-1])} or {_CATEGORIES[-1]}",  # pydantic's words for an enum
        [{"loc": ["query", "category"], "type": "enum"}],
    )
]
_CONDITION_422: list[Example] = [
    (
        "validation_error",
        "String should have at most 64 characters",
        [{"loc": ["path", "condition_id"], "type": "string_too_long"}],
    )
]
_NOT_FOUND: list[Example] = [("not_found", "No such condition.")]


def _content(examples: list[Example]) -> dict[str, Any]:
    named = {}
    for code, message, *rest in examples:
        error: dict[str, Any] = {"code": code, "message": message, "request_id": _REQUEST_ID}
        if rest:
            error["details"] = rest[0]
        named[code] = {"value": {"error": error}}
    return {"application/json": {"model": ErrorEnvelope, "examples": named}}


def _responses(examples: dict[HTTPStatus, list[Example]]) -> dict[int, Any]:
    return {
        status.value: {"description": status.phrase, "content": _content(status_examples)}
        for status, status_examples in sorted(examples.items())
    }


def _method_not_allowed(allowed: str) -> dict[HTTPStatus, list[Example]]:
    return {HTTPStatus.METHOD_NOT_ALLOWED: [("method_not_allowed", f"Use {allowed} on this route.")]}


def get_responses(
    unprocessable: list[Example] | None = None, not_found: bool = False, cached: bool = True
) -> dict[int, Any]:
    """A GET route's answers: 200, 304 when cached, and its errors."""
    statuses = [HTTPStatus.FORBIDDEN, HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE]
    examples = {status: _COMMON[status] for status in statuses} | _method_not_allowed("GET, HEAD")
    if unprocessable:
        examples[HTTPStatus.UNPROCESSABLE_ENTITY] = unprocessable
    if not_found:
        examples[HTTPStatus.NOT_FOUND] = _NOT_FOUND
    return {**SUCCESS, **(NOT_MODIFIED if cached else {}), **_responses(examples)}


def post_responses(unprocessable: list[Example]) -> dict[int, Any]:
    """A POST route's answers: 200 and its errors, including the body checks."""
    statuses = [
        HTTPStatus.BAD_REQUEST,
        HTTPStatus.FORBIDDEN,
        HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
        HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
        HTTPStatus.TOO_MANY_REQUESTS,
        HTTPStatus.SERVICE_UNAVAILABLE,
    ]
    examples = {status: _COMMON[status] for status in statuses} | _method_not_allowed("POST")
    examples[HTTPStatus.UNPROCESSABLE_ENTITY] = unprocessable
    return {**SUCCESS, **_responses(examples)}


ASSESSMENT_RESPONSES = post_responses(_ASSESSMENT_422)
PARSE_RESPONSES = post_responses(_PARSE_422)
SYMPTOMS_RESPONSES = get_responses(_SYMPTOMS_422)
CONDITIONS_RESPONSES = get_responses()
CONDITION_RESPONSES = get_responses(_CONDITION_422, not_found=True)
HEALTH_RESPONSES = {
    **get_responses(cached=False),
    **_responses(
        {
            HTTPStatus.SERVICE_UNAVAILABLE: [
                *_COMMON[HTTPStatus.SERVICE_UNAVAILABLE],
                (STALE_CODE, STALE_MESSAGE),
            ]
        }
    ),
}

# A request that works as it is in Swagger's "Try it out" (ids from the contract's vocabulary).
ASSESSMENT_EXAMPLES: dict[str, Any] = {
    "evidence_and_text": {
        "summary": "Answers by id and the person's own words",
        "value": {
            "evidence": [{"id": "tingling", "state": "present"}, {"id": "fasciculations", "state": "absent"}],
            "text": "My feet have been numb for months and I feel wobbly in the dark.",
            "age": 63,
            "sex": "female",
        },
    },
    "text_only": {
        "summary": "Only the person's own words",
        "value": {"text": "Pins and needles in both feet for months, no twitching."},
    },
}
PARSE_EXAMPLES: dict[str, Any] = {
    "text": {"summary": "A person's own words", "value": {"text": "Pins and needles in my feet, no twitching."}}
}
