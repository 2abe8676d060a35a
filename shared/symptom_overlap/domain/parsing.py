"""Turns a person's own words into evidence, using the knowledge base's labels and synonyms.

First version: exact phrase matching (case-folded, longest phrase wins) with a simple clause-scoped
negation check. The matcher is built once per knowledge-base version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.knowledge.models import KnowledgeBase

_NEGATION_CUE = re.compile(
    r"\b(?:no|not|without|never|denies|denied|don't|dont|doesn't|haven't|hasn't|isn't|free of)\b"
)
# A negation reaches forward to the end of its clause, which ends at these.
_CLAUSE_BREAK = re.compile(r"[.;:!?,\n]|\bbut\b|\bhowever\b|\balthough\b|\bthough\b")


class ParsedEvidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    state: EvidenceState
    span: tuple[int, int]
    matched: str


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    evidence_by_phrase: dict[str, str]


_matchers: dict[str, _Matcher] = {}


def parse_text(text: str, knowledge_base: KnowledgeBase) -> list[ParsedEvidence]:
    """Find evidence in ``text``; spans index the original text, ``[start, end)``."""
    matcher = _matcher_for(knowledge_base)
    folded = text.casefold()
    if len(folded) != len(text):  # rare characters that change length when case-folded
        folded = text.lower()
    found: dict[str, ParsedEvidence] = {}
    for match in matcher.pattern.finditer(folded):
        evidence_id = matcher.evidence_by_phrase[" ".join(match.group(0).split())]
        state = EvidenceState.ABSENT if _is_negated(folded, match.start()) else EvidenceState.PRESENT
        previous = found.get(evidence_id)
        # A present mention outweighs a negated one for the same id ("no pain in hands, feet tingle").
        if previous is None or (previous.state is EvidenceState.ABSENT and state is EvidenceState.PRESENT):
            start, end = match.span()
            found[evidence_id] = ParsedEvidence(id=evidence_id, state=state, span=(start, end), matched=text[start:end])
    return sorted(found.values(), key=lambda item: item.span)


def _is_negated(folded: str, start: int) -> bool:
    clause_start = 0
    for clause_break in _CLAUSE_BREAK.finditer(folded, 0, start):
        clause_start = clause_break.end()
    return _NEGATION_CUE.search(folded, clause_start, start) is not None


def _matcher_for(knowledge_base: KnowledgeBase) -> _Matcher:
    matcher = _matchers.get(knowledge_base.version)
    if matcher is None:
        evidence_by_phrase: dict[str, str] = {}
        for evidence in knowledge_base.evidence:
            for phrase in (evidence.label, *evidence.synonyms):
                evidence_by_phrase.setdefault(" ".join(phrase.casefold().split()), evidence.id)
        # Longest first, so at any position the longest phrase wins.
        alternatives = sorted(evidence_by_phrase, key=len, reverse=True)
        escaped = (re.escape(phrase).replace(r"\ ", r"\s+") for phrase in alternatives)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(escaped) + r")(?!\w)")
        matcher = _Matcher(pattern=pattern, evidence_by_phrase=evidence_by_phrase)
        _matchers.clear()  # only the live version is worth keeping
        _matchers[knowledge_base.version] = matcher
    return matcher
