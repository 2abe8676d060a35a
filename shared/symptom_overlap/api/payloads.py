"""Request and response bodies of the public API that are not domain results themselves."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from symptom_overlap.domain.evidence import ReportedEvidence
from symptom_overlap.domain.parsing import ParsedEvidence

MAX_EVIDENCE_ITEMS = 100
MAX_TEXT_CHARACTERS = 2000

FreeText = Annotated[str, Field(max_length=MAX_TEXT_CHARACTERS)]


class AssessmentRequest(BaseModel):
    # The "evidence or text" rule, stated in the schema too, so clients and fuzzers can see it.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [
                {"required": ["evidence"], "properties": {"evidence": {"minItems": 1}}},
                {"required": ["text"], "properties": {"text": {"type": "string", "pattern": "\\S"}}},
            ]
        },
    )

    evidence: list[ReportedEvidence] = Field(default_factory=list, max_length=MAX_EVIDENCE_ITEMS)
    text: FreeText | None = None
    age: StrictInt | None = Field(default=None, ge=0, le=130)  # strict: false is not 0
    sex: Literal["female", "male", "other"] | None = None

    @model_validator(mode="after")
    def _has_evidence_or_text(self) -> AssessmentRequest:
        if not self.evidence and not (self.text and self.text.strip()):
            raise ValueError("send at least one of 'evidence' or 'text'")
        return self


class ParseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: FreeText


class ParseResponse(BaseModel):
    knowledge_base_version: str
    evidence: list[ParsedEvidence]


class ErrorBody(BaseModel):
    code: str
    message: str
    request_id: str
    details: list[dict[str, Any]] | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorBody
