"""Catalog function: the evidence vocabulary and the condition profiles (read-only)."""

from http import HTTPStatus
from typing import Annotated, Any

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import routes
from symptom_overlap.api.app import create_resolver, handle_request
from symptom_overlap.api.knowledge import current_knowledge_base
from symptom_overlap.api.observability import logger, metrics
from symptom_overlap.api.openapi import GET_ERRORS, NOT_MODIFIED, SUCCESS, error_responses
from symptom_overlap.domain import catalog

app = create_resolver()
GET_RESPONSES = {**SUCCESS, **NOT_MODIFIED, **error_responses(*GET_ERRORS)}


@app.get(routes.SYMPTOMS, summary="The evidence vocabulary", tags=["catalog"], responses=GET_RESPONSES)
def list_symptoms(
    q: Annotated[str | None, Query(max_length=100, description="Autocomplete over labels and synonyms")] = None,
    category: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$")] = None,
) -> catalog.SymptomList:
    return catalog.list_symptoms(current_knowledge_base(), q, category)


@app.get(routes.CONDITIONS, summary="The condition profiles", tags=["catalog"], responses=GET_RESPONSES)
def list_conditions() -> catalog.ConditionList:
    return catalog.list_conditions(current_knowledge_base())


@app.get(
    routes.CONDITION,
    summary="One condition profile with its references",
    tags=["catalog"],
    responses={**GET_RESPONSES, **error_responses(HTTPStatus.NOT_FOUND)},
)
def get_condition(condition_id: Annotated[str, Path(max_length=64)]) -> catalog.ConditionDetail:
    return catalog.condition_detail(current_knowledge_base(), condition_id)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle_request(app, event, context)
