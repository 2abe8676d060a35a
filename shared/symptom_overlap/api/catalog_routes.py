"""GET routes: the evidence vocabulary and the condition profiles."""

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from symptom_overlap.api.openapi import CONDITION_RESPONSES, CONDITIONS_RESPONSES, SYMPTOMS_RESPONSES
from symptom_overlap.api.payloads import SymptomCategory
from symptom_overlap.domain import catalog
from symptom_overlap.wiring import current_knowledge_base

router = Router()  # type: ignore[no-untyped-call]


@router.get(
    "/v1/symptoms",
    summary="The evidence vocabulary",
    operation_id="listSymptoms",
    tags=["catalog"],
    responses=SYMPTOMS_RESPONSES,
)
def list_symptoms(
    q: Annotated[str | None, Query(max_length=100, description="Autocomplete over labels and synonyms")] = None,
    category: Annotated[SymptomCategory | None, Query(description="Only this group of the vocabulary")] = None,
) -> catalog.SymptomList:
    return catalog.list_symptoms(current_knowledge_base(), q, category.value if category else None)


@router.get(
    "/v1/conditions",
    summary="The condition profiles",
    operation_id="listConditions",
    tags=["catalog"],
    responses=CONDITIONS_RESPONSES,
)
def list_conditions() -> catalog.ConditionList:
    return catalog.list_conditions(current_knowledge_base())


@router.get(
    "/v1/conditions/<condition_id>",
    summary="One condition profile with its references",
    operation_id="getCondition",
    tags=["catalog"],
    responses=CONDITION_RESPONSES,
)
def get_condition(
    condition_id: Annotated[str, Path(max_length=64, openapi_examples={"als": {"value": "als"}})],
) -> catalog.ConditionDetail:
    return catalog.condition_detail(current_knowledge_base(), condition_id)
