"""GET routes: the evidence vocabulary and the condition profiles."""

from http import HTTPStatus
from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from symptom_overlap.api.openapi import GET_ERRORS, NOT_MODIFIED, SUCCESS, error_responses
from symptom_overlap.domain import catalog
from symptom_overlap.wiring import current_knowledge_base

router = Router()  # type: ignore[no-untyped-call]
GET_RESPONSES = {**SUCCESS, **NOT_MODIFIED, **error_responses(*GET_ERRORS)}


@router.get("/v1/symptoms", summary="The evidence vocabulary", tags=["catalog"], responses=GET_RESPONSES)
def list_symptoms(
    q: Annotated[str | None, Query(max_length=100, description="Autocomplete over labels and synonyms")] = None,
    category: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$")] = None,
) -> catalog.SymptomList:
    return catalog.list_symptoms(current_knowledge_base(), q, category)


@router.get("/v1/conditions", summary="The condition profiles", tags=["catalog"], responses=GET_RESPONSES)
def list_conditions() -> catalog.ConditionList:
    return catalog.list_conditions(current_knowledge_base())


@router.get(
    "/v1/conditions/<condition_id>",
    summary="One condition profile with its references",
    tags=["catalog"],
    responses={**GET_RESPONSES, **error_responses(HTTPStatus.NOT_FOUND)},
)
def get_condition(condition_id: Annotated[str, Path(max_length=64)]) -> catalog.ConditionDetail:
    return catalog.condition_detail(current_knowledge_base(), condition_id)
