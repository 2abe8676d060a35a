"""Maps every exception to the error envelope. No response carries a stack trace or request content."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from symptom_overlap.api.payloads import ErrorBody, ErrorEnvelope
from symptom_overlap.domain.errors import ConflictingEvidence, UnknownCondition, UnknownEvidence
from symptom_overlap.knowledge.errors import KnowledgeBaseError
from symptom_overlap.observability import logger
from symptom_overlap.settings import get_settings

JSON = "application/json; charset=utf-8"


def error_response(
    status: HTTPStatus,
    code: str,
    message: str,
    request_id: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[str]:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message, request_id=request_id, details=details))
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
        return error_response(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "validation_error",
            "The request does not match the schema.",
            request_id(),
            details=_safe_details(error.errors()),
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
            "Some evidence ids are not in the vocabulary (see GET /v1/symptoms).",
            request_id(),
            details=[{"loc": ["body", "evidence"], "type": "unknown_id", "ids": error.evidence_ids}],
        )

    @app.exception_handler(ConflictingEvidence)
    def conflicting_evidence(error: ConflictingEvidence) -> Response[str]:
        return error_response(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "conflicting_evidence",
            "The same evidence id was sent with different states.",
            request_id(),
            details=[{"loc": ["body", "evidence"], "type": "conflicting_states", "ids": error.evidence_ids}],
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


def _safe_details(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Where and why validation failed, without the submitted values."""
    return [
        {"loc": [str(part) for part in detail.get("loc", ())], "type": str(detail.get("type", "invalid"))}
        for detail in errors
    ]
