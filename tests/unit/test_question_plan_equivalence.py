"""The interview's plan against a straightforward reference computation, on generated answers.

``plan`` stops looking once it has enough questions, scores a candidate's triage level only when
its leaning is unchanged and reuses the belief's entropy for every question: shortcuts that must
not change a single question or stop. The reference below is the plan as first written, scoring
every alternative in full; both use the same scoring and triage rules, so a change to those rules
changes both alike.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.assessment import assess
from symptom_overlap.domain.demographics import Person, below_profiled_ages, prior_log_odds
from symptom_overlap.domain.evidence import Answers, EvidenceState, UsedEvidence
from symptom_overlap.domain.questions import (
    CONSIDERED,
    FINDING_KINDS,
    LOOKAHEAD,
    MAX_QUESTIONS,
    QUESTION_BUDGET,
    Plan,
    Question,
    information_gain,
    open_questions,
    outcome_probabilities,
)
from symptom_overlap.domain.scoring import Leaning, score
from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel, scoring_model
from symptom_overlap.domain.triage import triage_level
from symptom_overlap.knowledge.schema import EvidenceDefinition, EvidenceKind, KnowledgeBase, TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()
CASES = 300
Outcome = tuple[Leaning, TriageLevel]


def _reference_plan(
    knowledge_base: KnowledgeBase, model: ScoringModel, answers: Answers, outcome: Callable[[Answers], Outcome]
) -> Plan:
    current = outcome(answers)
    if current[1].rank >= TriageLevel.EMERGENCY.rank or len(answers.asked) >= QUESTION_BUDGET:
        return Plan(questions=[], should_stop=True)

    def likelihoods(evidence_id: str) -> tuple[float, float, float]:
        links = model.links[evidence_id]
        return (links[B12].likelihood, links[ALS].likelihood, model.background_likelihood(evidence_id))

    def could_change(evidence: EvidenceDefinition) -> bool:
        states = [EvidenceState.PRESENT]
        if evidence.red_flag or not (evidence.id in model.presence_only or model.is_non_specific(evidence.id)):
            states.append(EvidenceState.ABSENT)
        return any(outcome(answers.answering(evidence.id, state)) != current for state in states)

    candidates = open_questions(knowledge_base, model, answers)
    checklist = [evidence for evidence in candidates if evidence.red_flag]
    belief = outcome_probabilities(model, answers)

    def gain(evidence: EvidenceDefinition) -> tuple[float, str]:
        absence_counts = evidence.id not in model.presence_only and not model.is_non_specific(evidence.id)
        return (-round(information_gain(belief, likelihoods(evidence.id), absence_counts), 9), evidence.id)

    def could_change_together(group: list[EvidenceDefinition]) -> bool:
        for state in (EvidenceState.PRESENT, EvidenceState.ABSENT):
            together = answers
            for evidence in group:
                together = together.answering(evidence.id, state)
            if outcome(together) != current:
                return True
        return False

    def against_leaning(evidence: EvidenceDefinition) -> float:
        b12, als, elsewhere = likelihoods(evidence.id)
        if current[0] is Leaning.ALS:
            return math.log(max(b12, elsewhere) / als)
        if current[0] is Leaning.B12_DEFICIENCY:
            return math.log(max(als, elsewhere) / b12)
        return 0.0

    ranked = sorted((evidence for evidence in candidates if not evidence.red_flag), key=gain)
    useful = [evidence for evidence in ranked[:CONSIDERED] if could_change(evidence)][:MAX_QUESTIONS]
    findings = [evidence for evidence in ranked if evidence.kind in FINDING_KINDS]
    contrary = sorted(findings, key=against_leaning, reverse=True)[:LOOKAHEAD]
    for group in (ranked[:LOOKAHEAD], contrary):
        if not useful and could_change_together(group):
            useful = group
    if not useful and not any(could_change(evidence) for evidence in checklist):
        return Plan(questions=[], should_stop=True)
    chosen = {evidence.id for evidence in useful}
    others = [*useful, *(evidence for evidence in ranked if evidence.id not in chosen)][:MAX_QUESTIONS]
    return Plan(
        questions=[Question(id=e.id, text=e.question, red_flag=e.red_flag) for e in [*checklist, *others]],
        should_stop=False,
    )


def _reference(evidence: list[UsedEvidence], person: Person) -> Plan:
    model = scoring_model(KNOWLEDGE_BASE)
    answers = Answers.of(evidence)
    diagnosed = any(e.kind is EvidenceKind.DIAGNOSIS and e.id in answers.present for e in KNOWLEDGE_BASE.evidence)
    comparable = not below_profiled_ages(KNOWLEDGE_BASE, person) and not diagnosed
    prior = prior_log_odds(KNOWLEDGE_BASE, person) if comparable else 0.0

    def outcome(answers: Answers) -> Outcome:
        leaning = score(model, answers.present, answers.absent, prior, comparable).leaning
        return leaning, triage_level(KNOWLEDGE_BASE, answers, leaning, comparable, person.age)

    return _reference_plan(KNOWLEDGE_BASE, model, answers, outcome)


def _generated(generator: random.Random) -> tuple[list[UsedEvidence], Person]:
    """Any evidence in any state, from none to many answers, for people of any age."""
    ids = sorted(e.id for e in KNOWLEDGE_BASE.evidence)
    states = [EvidenceState.PRESENT] * 3 + [EvidenceState.ABSENT] * 3 + [EvidenceState.UNKNOWN]
    chosen = generator.sample(ids, generator.choice([0, 1, 2, 3, 4, 6, 8, 12, 20, 30]))
    evidence = [UsedEvidence(id=i, state=generator.choice(states), source="evidence") for i in sorted(chosen)]
    person = Person(age=generator.choice([None, 8, 25, 45, 70]), sex=generator.choice([None, "female", "male"]))
    return evidence, person


@pytest.mark.parametrize("seed", range(3))
def test_the_plan_asks_and_stops_exactly_as_the_reference_computation(seed: int) -> None:
    generator = random.Random(seed)
    stops = 0
    for _ in range(CASES // 3):
        evidence, person = _generated(generator)
        result = assess(KNOWLEDGE_BASE, evidence, person)
        expected = _reference(evidence, person)
        assert (result.next_questions, result.should_stop) == (expected.questions, expected.should_stop)
        stops += expected.should_stop
    assert 0 < stops < CASES // 3  # both kinds of plan were compared
