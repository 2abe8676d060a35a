"""GET /v1/health: whether this API can answer, for operators' monitors and apps starting up."""

from http import HTTPStatus

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.api_gateway import Router

from symptom_overlap.api.errors import JSON, KnowledgeStale
from symptom_overlap.api.openapi import HEALTH_RESPONSES
from symptom_overlap.api.payloads import Health
from symptom_overlap.wiring import knowledge_status

router = Router()  # type: ignore[no-untyped-call]
# A health answer is about this moment: never reuse it.
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@router.get(
    "/v1/health",
    summary="Whether the API can answer, and from which knowledge-base version",
    description=(
        "200 when the knowledge base is loaded and its store answered within the refresh interval; 503 "
        "when it cannot be read, or can be read only from a cached copy because the store is unreachable. "
        "Costs no DynamoDB call while the cached copy is fresh. Needs the API key like every route."
    ),
    operation_id="getHealth",
    tags=["health"],
    responses=HEALTH_RESPONSES,
)
def get_health() -> Response[Health]:
    version, stale = knowledge_status()
    if stale:
        raise KnowledgeStale
    return Response(
        status_code=HTTPStatus.OK.value,
        content_type=JSON,
        body=Health(knowledge_base_version=version),
        headers=NO_STORE,
    )
