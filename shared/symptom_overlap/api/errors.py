"""Maps every exception to the error envelope. No response carries a stack trace or request content."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from symptom_overlap.api.openapi import STALE_CODE, STALE_MESSAGE
from symptom_overlap.api.payloads import ErrorBody, ErrorDetail, ErrorEnvelope
from symptom_overlap.domain.errors import ConflictingEvidence, UnknownCondition, UnknownEvidence
from symptom_overlap.knowledge.errors import KnowledgeBaseError
from symptom_overlap.observability import logger
from symptom_overlap.settings import get_settings

JSON = "application/json; charset=utf-8"
# Enough to fix a request by; a hostile one with thousands of problems must not get a huge answer.
MAX_DETAILS = 10
# Parts of an error location that are ours (schema field names), never something the client chose.
_LOCATION_NAMES = frozenset(
    {"body", "query", "path", "header", "evidence", "id", "state", "text", "age", "sex", "q", "category"}
    | {"condition_id"}
)


class KnowledgeStale(Exception):
    """The knowledge base is served from a cached copy because its store cannot be reached."""


def error_response(
    status: HTTPStatus,
    code: str,
    message: str,
    request_id: str,
    details: Sequence[ErrorDetail] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[str]:
    body = ErrorBody(code=code, message=message, request_id=request_id, details=list(details) if details else None)
    envelope = ErrorEnvelope(error=body)
    return Response(
        status_code=status.value,
        content_type=JSON,
        body=envelope.model_dump_json(exclude_none=True),
        headers=headers,
    )


def register_error_handlers(app: APIGatewayRestResolver) -> None:
    def request_id() -> str:
        return app.current_event.request_context.request_id or "unknown"

    @app.exception_handler(RequestValidationError)
    def invalid_request(error: RequestValidationError) -> Response[str]:
        if any(detail.get("type") == "json_invalid" for detail in error.errors()):
            return error_response(
                HTTPStatus.BAD_REQUEST, "malformed_json", "The request body is not valid JSON.", request_id()
            )
        problems = error.errors()
        details = safe_details(problems)
        message = (
            details[0].message or "The request does not match the schema."
            if len(problems) == 1
            else f"The request does not match the schema: {len(problems)} problems, see details."
        )
        return error_response(
            HTTPStatus.UNPROCESSABLE_ENTITY, "validation_error", message, request_id(), details=details
        )

    @app.exception_handler(UnicodeDecodeError)
    def undecodable_body(_error: UnicodeDecodeError) -> Response[str]:
        return error_response(
            HTTPStatus.BAD_REQUEST, "malformed_json", "The request body is not valid UTF-8 JSON.", request_id()
        )

    @app.exception_handler(UnknownEvidence)
    def unknown_evidence(error: UnknownEvidence) -> Response[str]:
        return error_response(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "unknown_evidence",
            "Some evidence ids are not in the vocabulary (see GET /v1/symptoms); details give their positions.",
            request_id(),
            details=_evidence_details(app, error.evidence_ids, "id", "unknown_id", "Not an id of GET /v1/symptoms."),
        )

    @app.exception_handler(ConflictingEvidence)
    def conflicting_evidence(error: ConflictingEvidence) -> Response[str]:
        return error_response(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "conflicting_evidence",
            "The same evidence id was sent with different states; details give their positions.",
            request_id(),
            details=_evidence_details(
                app, error.evidence_ids, "state", "conflicting_states", "Send each id once, with one state."
            ),
        )

    @app.exception_handler(UnknownCondition)
    def unknown_condition(_error: UnknownCondition) -> Response[str]:
        return error_response(HTTPStatus.NOT_FOUND, "not_found", "No such condition.", request_id())

    @app.exception_handler(NotFoundError)
    def not_found(_error: NotFoundError) -> Response[str]:
        return error_response(HTTPStatus.NOT_FOUND, "not_found", "No such route.", request_id())

    @app.exception_handler(KnowledgeBaseError)
    def knowledge_unavailable(error: KnowledgeBaseError) -> Response[str]:
        logger.warning("knowledge base unavailable", extra={"error_type": type(error).__name__})
        return error_response(
            HTTPStatus.SERVICE_UNAVAILABLE,
            "service_unavailable",
            "The knowledge base is temporarily unavailable. Please retry shortly.",
            request_id(),
            headers={"Retry-After": str(get_settings().retry_after_seconds)},
        )

    @app.exception_handler(KnowledgeStale)
    def knowledge_stale(_error: KnowledgeStale) -> Response[str]:
        return error_response(
            HTTPStatus.SERVICE_UNAVAILABLE,
            STALE_CODE,
            STALE_MESSAGE,
            request_id(),
            headers={"Retry-After": str(get_settings().retry_after_seconds), "Cache-Control": "no-store"},
        )

    @app.exception_handler(Exception)
    def unexpected(error: Exception) -> Response[str]:
        # Exception messages can quote input, so only the type and where it was raised are logged.
        traceback = error.__traceback__
        while traceback is not None and traceback.tb_next is not None:
            traceback = traceback.tb_next
        where = f"{traceback.tb_frame.f_code.co_filename}:{traceback.tb_lineno}" if traceback else "unknown"
        logger.error("unhandled error", extra={"error_type": type(error).__name__, "raised_at": where})
        return error_response(
            HTTPStatus.INTERNAL_SERVER_ERROR,
            "internal_error",
            "Something went wrong on our side.",
            request_id(),
        )


def safe_details(errors: Sequence[Any]) -> list[ErrorDetail]:
    """Where, what kind and what to send instead, for at most MAX_DETAILS problems. Never the submitted
    values, nor keys the client chose: those can carry health words."""
    return [
        ErrorDetail(
            loc=[part for part in detail.get("loc", ()) if isinstance(part, int) or part in _LOCATION_NAMES],
            type=str(detail.get("type", "invalid")),
            # pydantic's messages name the rule broken (limits, allowed values), never the input.
            message=str(detail.get("msg", "")) or None,
        )
        for detail in errors[:MAX_DETAILS]
    ]


def _evidence_details(
    app: APIGatewayRestResolver, evidence_ids: Sequence[str], field: str, kind: str, message: str
) -> list[ErrorDetail]:
    """Point at the offending evidence items by position: the ids themselves are what the client sent."""
    body = app.current_event.json_body
    items = body.get("evidence") if isinstance(body, dict) else None
    wanted = set(evidence_ids)
    positions = [
        index
        for index, item in enumerate(items if isinstance(items, list) else [])
        if isinstance(item, dict) and item.get("id") in wanted
    ]
    return [
        ErrorDetail(loc=["body", "evidence", index, field], type=kind, message=message)
        for index in positions[:MAX_DETAILS]
    ]
