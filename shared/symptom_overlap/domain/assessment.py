"""An assessment: the evidence compared with both profiles, what to ask next, what to test, how urgent.

Pure: it takes the knowledge base, checked and merged evidence, the person's age and sex and what
reading their text gave, and returns a result model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain import explanation
from symptom_overlap.domain.alternatives import OtherExplanation, other_explanations
from symptom_overlap.domain.demographics import Person, below_profiled_ages, minimum_age, prior_log_odds
from symptom_overlap.domain.evidence import Answers, UsedEvidence
from symptom_overlap.domain.explanation import ConditionFit, Overlap, TestToAskFor
from symptom_overlap.domain.notices import Notice, TextReading, notices
from symptom_overlap.domain.questions import Outcome, Question, plan
from symptom_overlap.domain.scoring import Leaning, Scores, score
from symptom_overlap.domain.scoring_model import ScoringModel, scoring_model
from symptom_overlap.domain.triage import Triage, triage, triage_level
from symptom_overlap.knowledge.schema import EvidenceKind, KnowledgeBase, TriageLevel

DISCLAIMER = (
    "This is not a diagnosis. It compares your symptoms with two patterns to help you talk to a doctor. "
    "Only a doctor who examines you and arranges tests can say what is causing your symptoms. "
    "If you feel very unwell, call your local emergency number."
)


class Assessment(BaseModel):
    model_config = ConfigDict(frozen=True)

    knowledge_base_version: str
    leaning: Leaning
    summary: str
    conditions: list[ConditionFit]
    overlap: Overlap
    triage: Triage
    next_questions: list[Question]
    should_stop: bool
    notices: list[Notice]
    other_explanations: list[OtherExplanation]
    recommended_tests: list[TestToAskFor]
    evidence_used: list[UsedEvidence]
    disclaimer: str = DISCLAIMER


def assess(
    knowledge_base: KnowledgeBase,
    evidence: Sequence[UsedEvidence],
    person: Person | None = None,
    text: TextReading | None = None,
) -> Assessment:
    """Evidence must already be checked (known ids, no conflicts); unknown counts as asked, not as an answer."""
    person = person or Person()
    answers = Answers.of(evidence)
    model = scoring_model(knowledge_base)
    too_young = below_profiled_ages(knowledge_base, person)
    diagnoses = [
        e.label for e in knowledge_base.evidence if e.kind is EvidenceKind.DIAGNOSIS and e.id in answers.present
    ]
    comparable = not too_young and not diagnoses
    prior = prior_log_odds(knowledge_base, person) if comparable else 0.0

    text = text or TextReading()
    settled = not text.disputed
    named = text.named_in_other_language
    outcomes = _Outcomes(knowledge_base, model, prior, comparable, person.age, settled, named)
    scores = outcomes.scores(answers)
    triage_ = triage(knowledge_base, answers, scores.leaning, comparable, person.age, settled, named)
    interview = plan(knowledge_base, model, answers, Outcome(scores.leaning, triage_.level), outcomes)
    overlap = explanation.overlap(model, answers.present)
    explanations = (
        other_explanations(knowledge_base, answers.present, answers.absent) if scores.leaning is Leaning.NEITHER else []
    )
    return Assessment(
        knowledge_base_version=knowledge_base.version,
        leaning=scores.leaning,
        summary=explanation.summary(
            knowledge_base,
            scores.leaning,
            overlap,
            triage_,
            _why_not_compared(knowledge_base, too_young, diagnoses),
            bool(explanations),
        ),
        conditions=explanation.condition_fits(knowledge_base, model, scores, answers.present),
        overlap=overlap,
        triage=triage_,
        next_questions=interview.questions,
        should_stop=interview.should_stop,
        notices=notices(
            knowledge_base,
            answers.present,
            text,
            minimum_age(knowledge_base) if too_young else None,
            bool(diagnoses),
            absent=answers.absent,
            # No reassurance ("twitching on its own is usually harmless") while the text disputes a "no".
            with_advice=scores.leaning in (Leaning.NEITHER, Leaning.INSUFFICIENT_EVIDENCE) and comparable and settled,
        ),
        other_explanations=explanations,
        recommended_tests=explanation.recommended_tests(knowledge_base, model, scores, answers.present)
        if comparable
        else [],
        evidence_used=list(evidence),
    )


class _Outcomes(NamedTuple):
    """What the interview weighs about answers it has not been given, for one person."""

    knowledge_base: KnowledgeBase
    model: ScoringModel
    prior_log_odds: float
    comparable: bool
    age: int | None
    settled: bool  # no "no" answer disputed by the person's own words
    named: frozenset[str]  # red flags the text seems to name in a language the parser cannot read

    def scores(self, answers: Answers) -> Scores:
        return score(self.model, answers.present, answers.absent, self.prior_log_odds, self.comparable)

    def leaning(self, answers: Answers) -> Leaning:
        return self.scores(answers).leaning

    def level(self, answers: Answers, leaning: Leaning) -> TriageLevel:
        return triage_level(self.knowledge_base, answers, leaning, self.comparable, self.age, self.settled, self.named)


def _why_not_compared(knowledge_base: KnowledgeBase, too_young: bool, diagnoses: list[str]) -> str | None:
    if too_young:
        return f"We cannot compare these patterns for someone under {minimum_age(knowledge_base)}."
    if diagnoses:
        return "A doctor has already made a diagnosis, so we do not compare the patterns here."
    return None
