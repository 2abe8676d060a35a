"""The public views of the knowledge base: the evidence vocabulary and the condition profiles."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.errors import UnknownCondition
from symptom_overlap.knowledge.schema import (
    ConditionProfile,
    EvidenceDefinition,
    KnowledgeBase,
    Reference,
)


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class SymptomList(_View):
    knowledge_base_version: str
    items: list[EvidenceDefinition]


class ConditionSummary(_View):
    id: str
    name: str
    summary: str


class ConditionList(_View):
    knowledge_base_version: str
    items: list[ConditionSummary]


class ConditionDetail(ConditionProfile):
    knowledge_base_version: str
    cited_references: list[Reference]


def list_symptoms(knowledge_base: KnowledgeBase, query: str | None, category: str | None) -> SymptomList:
    """Autocomplete: every query word must start a word of the label or of one synonym."""
    words = (query or "").casefold().split()
    items = [
        evidence
        for evidence in knowledge_base.evidence
        if (category is None or evidence.category == category) and _matches(evidence, words)
    ]
    return SymptomList(knowledge_base_version=knowledge_base.version, items=items)


def list_conditions(knowledge_base: KnowledgeBase) -> ConditionList:
    return ConditionList(
        knowledge_base_version=knowledge_base.version,
        items=[ConditionSummary(id=c.id, name=c.name, summary=c.summary) for c in knowledge_base.conditions],
    )


def condition_detail(knowledge_base: KnowledgeBase, condition_id: str) -> ConditionDetail:
    condition = knowledge_base.condition(condition_id)
    if condition is None:
        raise UnknownCondition(condition_id)
    references = {reference.id: reference for reference in knowledge_base.references}
    cited = sorted(
        {citation for a in condition.associations for citation in a.citations}
        | {citation for t in condition.recommended_tests for citation in t.citations}
        | set(condition.references)
    )
    return ConditionDetail(
        **condition.model_dump(),
        knowledge_base_version=knowledge_base.version,
        cited_references=[references[reference_id] for reference_id in cited],
    )


def _matches(evidence: EvidenceDefinition, words: list[str]) -> bool:
    if not words:
        return True
    for phrase in (evidence.label, evidence.clinical_name, *evidence.synonyms):
        phrase_words = phrase.casefold().split()
        if all(any(candidate.startswith(word) for candidate in phrase_words) for word in words):
            return True
    return False
