"""POST routes: compare evidence with the profiles, and read a person's own words."""

from aws_lambda_powertools.event_handler.api_gateway import Router

from symptom_overlap.api.openapi import POST_ERRORS, SUCCESS, error_responses
from symptom_overlap.api.payloads import AssessmentRequest, ParseRequest, ParseResponse
from symptom_overlap.domain import services
from symptom_overlap.domain.assessment import Assessment
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.wiring import current_knowledge_base

router = Router()  # type: ignore[no-untyped-call]
POST_RESPONSES = {**SUCCESS, **error_responses(*POST_ERRORS)}


@router.post(
    "/v1/assessments",
    summary="Compare evidence with the B12-deficiency and ALS profiles",
    tags=["assessment"],
    responses=POST_RESPONSES,
)
def create_assessment(request: AssessmentRequest) -> Assessment:
    return services.assess_request(
        current_knowledge_base(), request.evidence, request.text, age=request.age, sex=request.sex
    )


@router.post(
    "/v1/parse", summary="Find evidence in a person's own words", tags=["assessment"], responses=POST_RESPONSES
)
def parse(request: ParseRequest) -> ParseResponse:
    knowledge_base = current_knowledge_base()
    return ParseResponse(
        knowledge_base_version=knowledge_base.version, evidence=parse_text(request.text, knowledge_base)
    )
