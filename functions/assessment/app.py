"""Assessment function: compare evidence with the profiles, and parse a person's own words."""

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.api import routes
from symptom_overlap.api.app import create_resolver, handle_request
from symptom_overlap.api.knowledge import current_knowledge_base
from symptom_overlap.api.models import AssessmentRequest, ParseRequest, ParseResponse
from symptom_overlap.api.observability import logger, metrics
from symptom_overlap.api.openapi import POST_ERRORS, SUCCESS, error_responses
from symptom_overlap.domain import services
from symptom_overlap.domain.assessment import Assessment
from symptom_overlap.domain.parsing import parse_text

app = create_resolver()
POST_RESPONSES = {**SUCCESS, **error_responses(*POST_ERRORS)}


@app.post(
    routes.ASSESSMENTS,
    summary="Compare evidence with the B12-deficiency and ALS profiles",
    tags=["assessment"],
    responses=POST_RESPONSES,
)
def create_assessment(request: AssessmentRequest) -> Assessment:
    return services.assess_request(current_knowledge_base(), request.evidence, request.text)


@app.post(routes.PARSE, summary="Find evidence in a person's own words", tags=["assessment"], responses=POST_RESPONSES)
def parse(request: ParseRequest) -> ParseResponse:
    knowledge_base = current_knowledge_base()
    return ParseResponse(
        knowledge_base_version=knowledge_base.version,
        evidence=parse_text(request.text, knowledge_base),
    )


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle_request(app, event, context, accepts_json_body=True)
