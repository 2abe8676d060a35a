"""Catalog function: the evidence vocabulary and the condition profiles (read-only)."""

from typing import Annotated, Any

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import routes
from symptom_overlap.api.app import create_resolver, handle_request
from symptom_overlap.api.knowledge import current_knowledge_base
from symptom_overlap.api.observability import logger, metrics
from symptom_overlap.domain import catalog

app = create_resolver()


@app.get(routes.SYMPTOMS)
def list_symptoms(
    q: Annotated[str | None, Query(max_length=100, description="Autocomplete over labels and synonyms")] = None,
    category: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$")] = None,
) -> catalog.SymptomList:
    return catalog.list_symptoms(current_knowledge_base(), q, category)


@app.get(routes.CONDITIONS)
def list_conditions() -> catalog.ConditionList:
    return catalog.list_conditions(current_knowledge_base())


@app.get(routes.CONDITION)
def get_condition(condition_id: Annotated[str, Path(max_length=64)]) -> catalog.ConditionDetail:
    return catalog.condition_detail(current_knowledge_base(), condition_id)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle_request(app, event, context)
