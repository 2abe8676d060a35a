"""An assessment: the evidence compared with both profiles, what to ask next, what to test, how urgent.

Pure: it takes the knowledge base and checked, merged evidence, and returns a result model.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain import explanation
from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.domain.explanation import ConditionFit, Overlap, TestToAskFor
from symptom_overlap.domain.questions import next_questions
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.triage import Triage, triage
from symptom_overlap.knowledge.schema import KnowledgeBase

DISCLAIMER = (
    "This is an educational comparison of symptom patterns, not a diagnosis. Only a clinician who "
    "examines you and arranges tests can say what is causing your symptoms. If you feel very "
    "unwell, call your local emergency number."
)


class Question(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str


class Assessment(BaseModel):
    model_config = ConfigDict(frozen=True)

    knowledge_base_version: str
    leaning: Leaning
    summary: str
    conditions: list[ConditionFit]
    overlap: Overlap
    triage: Triage
    next_questions: list[Question]
    recommended_tests: list[TestToAskFor]
    evidence_used: list[UsedEvidence]
    disclaimer: str = DISCLAIMER


def assess(knowledge_base: KnowledgeBase, evidence: Sequence[UsedEvidence]) -> Assessment:
    """Evidence must already be checked (known ids, no conflicts); unknown counts as not sent."""
    present = {item.id for item in evidence if item.state is EvidenceState.PRESENT}
    absent = {item.id for item in evidence if item.state is EvidenceState.ABSENT}
    model = scoring_model(knowledge_base)
    scores = score(model, present, absent)
    overlap = explanation.overlap(model, present)
    questions = next_questions(knowledge_base, model, present, absent)
    return Assessment(
        knowledge_base_version=knowledge_base.version,
        leaning=scores.leaning,
        summary=explanation.summary(knowledge_base, scores.leaning, overlap),
        conditions=explanation.condition_fits(knowledge_base, model, scores, present),
        overlap=overlap,
        triage=triage(knowledge_base, present, scores.leaning),
        next_questions=[Question(id=e.id, text=e.question) for e in questions],
        recommended_tests=explanation.recommended_tests(knowledge_base, scores, present),
        evidence_used=list(evidence),
    )
