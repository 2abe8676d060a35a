"""Request and response bodies of the public API that are not domain results themselves.

Request models ignore fields they do not know (docs/decisions.md: an app may send a newer optional
field to an older deployment); every field they do know is typed and bounded.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator
from pydantic_core import PydanticCustomError

from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.parsing import ParsedEvidence
from symptom_overlap.knowledge.schema import Identifier

MAX_EVIDENCE_ITEMS = 100
MAX_TEXT_CHARACTERS = 2000

FreeText = Annotated[str, Field(max_length=MAX_TEXT_CHARACTERS)]
EVIDENCE_OR_TEXT = "Send `evidence`, `text`, or both: `evidence` lists answers by id, `text` is the person's own words."


class SymptomCategory(StrEnum):
    """The groups of contract/evidence-ids.yaml; GET /v1/symptoms filters by them."""

    SENSORY = "sensory"
    MOTOR = "motor"
    BULBAR = "bulbar"
    RESPIRATORY = "respiratory"
    COGNITIVE_PSYCHIATRIC = "cognitive_psychiatric"
    SYSTEMIC = "systemic"
    SPINAL_AUTONOMIC = "spinal_autonomic"
    COURSE = "course"
    RISK_FACTORS = "risk_factors"
    HISTORY = "history"
    LABS = "labs"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class _Request(BaseModel):
    model_config = ConfigDict(extra="ignore")


class EvidenceItem(_Request):
    id: Identifier = Field(description="An evidence id from GET /v1/symptoms.")
    state: EvidenceState = Field(description="`unknown` means asked and not known: the same as not sent.")

    def reported(self) -> ReportedEvidence:
        return ReportedEvidence(id=self.id, state=self.state)


class AssessmentRequest(_Request):
    """Send `evidence`, `text`, or both (an empty request is a 422). An explicit `present` or `absent`
    wins over what the text says about the same id; a finding the text says is present fills an
    `unknown`. Fields this version does not know are ignored."""

    evidence: list[EvidenceItem] = Field(
        default_factory=list,
        max_length=MAX_EVIDENCE_ITEMS,
        description="Everything known so far, by id: resend all of it in every round of an interview.",
    )
    text: FreeText | None = Field(default=None, description="The person's own words, read like POST /v1/parse.")
    age: StrictInt | None = Field(default=None, ge=0, le=130, description="Age in years.")  # strict: false is not 0
    sex: Sex | None = None

    @model_validator(mode="after")
    def _has_evidence_or_text(self) -> AssessmentRequest:
        if not self.evidence and not (self.text and self.text.strip()):
            raise PydanticCustomError("evidence_or_text_required", EVIDENCE_OR_TEXT)
        return self

    def reported_evidence(self) -> list[ReportedEvidence]:
        return [item.reported() for item in self.evidence]


class ParseRequest(_Request):
    text: FreeText = Field(description="The person's own words.")


class ParseResponse(BaseModel):
    knowledge_base_version: str
    evidence: list[ParsedEvidence]


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    knowledge_base_version: str = Field(description="The knowledge-base version this API answers from.")


class ErrorDetail(BaseModel):
    loc: list[str | int] = Field(description="Where: `body`, `query` or `path`, then field names and list positions.")
    type: str = Field(description="What kind of problem, e.g. `missing`, `enum`, `unknown_id`.")
    # Never the submitted value or a key the client chose: either may carry health words.
    message: str | None = Field(default=None, description="What to send instead, in words.")


class ErrorBody(BaseModel):
    code: str
    message: str
    request_id: str
    details: list[ErrorDetail] | None = None


class ErrorEnvelope(BaseModel):
    error: ErrorBody
