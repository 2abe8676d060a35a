"""POST routes: compare evidence with the profiles, and read a person's own words."""

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Body

from symptom_overlap.api.openapi import ASSESSMENT_EXAMPLES, ASSESSMENT_RESPONSES, PARSE_EXAMPLES, PARSE_RESPONSES
from symptom_overlap.api.payloads import AssessmentRequest, ParseRequest, ParseResponse
from symptom_overlap.domain import services
from symptom_overlap.domain.assessment import Assessment
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.wiring import current_knowledge_base

router = Router()  # type: ignore[no-untyped-call]


@router.post(
    "/v1/assessments",
    summary="Compare evidence with the B12-deficiency and ALS profiles",
    operation_id="createAssessment",
    tags=["assessment"],
    responses=ASSESSMENT_RESPONSES,
)
def create_assessment(request: Annotated[AssessmentRequest, Body(openapi_examples=ASSESSMENT_EXAMPLES)]) -> Assessment:
    return services.assess_request(
        current_knowledge_base(),
        request.reported_evidence(),
        request.text,
        age=request.age,
        sex=request.sex and request.sex.value,
    )


@router.post(
    "/v1/parse",
    summary="Find evidence in a person's own words",
    operation_id="parseText",
    tags=["assessment"],
    responses=PARSE_RESPONSES,
)
def parse(request: Annotated[ParseRequest, Body(openapi_examples=PARSE_EXAMPLES)]) -> ParseResponse:
    knowledge_base = current_knowledge_base()
    return ParseResponse(
        knowledge_base_version=knowledge_base.version, evidence=parse_text(request.text, knowledge_base)
    )
