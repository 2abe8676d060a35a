"""Entry points the handlers call: each takes the knowledge base and request data, returns a result."""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.assessment import Assessment, assess
from symptom_overlap.domain.demographics import Person
from symptom_overlap.domain.evidence import ReportedEvidence, check_evidence, disputed_denials, merge_evidence
from symptom_overlap.domain.language import looks_like_english
from symptom_overlap.domain.notices import TextReading
from symptom_overlap.domain.other_languages import warning_signs_named
from symptom_overlap.domain.parsing import evidence_for_assessment, parse_text, raised_in_text
from symptom_overlap.domain.scoring_model import COURSE_CATEGORY
from symptom_overlap.knowledge.schema import KnowledgeBase


def assess_request(
    knowledge_base: KnowledgeBase,
    evidence: Sequence[ReportedEvidence],
    text: str | None,
    age: int | None = None,
    sex: str | None = None,  # female, male or other (validated by the API)
) -> Assessment:
    """Check explicit evidence, add what the text says (explicit evidence wins), and assess."""
    check_evidence(evidence, {item.id for item in knowledge_base.evidence})
    findings = parse_text(text or "", knowledge_base)
    # Only current findings about the person count; past ones and other people's were still recognised.
    from_text = evidence_for_assessment(findings)
    english = looks_like_english(text, knowledge_base) if text else None
    reading = TextReading(
        sent=bool(text and text.strip()),
        findings=len(findings),
        english=english,
        # How a finding came on describes it, and is the text's most often misread part: not a dispute.
        disputed=disputed_denials(evidence, raised_in_text(findings) - _course_ids(knowledge_base)),
        named_in_other_language=warning_signs_named(text) if text and english is False else frozenset(),
    )
    return assess(knowledge_base, merge_evidence(evidence, from_text), Person(age=age, sex=sex), reading)


def _course_ids(knowledge_base: KnowledgeBase) -> frozenset[str]:
    return frozenset(e.id for e in knowledge_base.evidence if e.category == COURSE_CATEGORY)
