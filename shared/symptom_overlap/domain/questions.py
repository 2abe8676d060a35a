"""What to ask next, and when to stop asking.

Questions a person can answer that either profile mentions, plus every red flag, minus whatever
was already answered (present, absent or "don't know") and minus questions whose premise was not
reported. Open red-flag questions come first, all of them, so an app can show them as one
checklist with a "none of these" answer. The others are ranked by expected information gain over
three outcomes (B12 deficiency, ALS, something else, whose likelihood is the finding's background
frequency), from equal starting odds, so both confirming and overturning questions count.

The interview should stop at an emergency, when the question budget is spent, or when no open
answer could change the leaning or the triage level: neither one answer alone (among the most
informative questions), nor the few most informative answered together. The joint look-ahead keeps
a picture from being settled before its deciding questions were asked: three ALS-like findings
do not end the interview while numbness and tingling, which together would point elsewhere, are open.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import Answers, EvidenceState
from symptom_overlap.domain.scoring import Leaning, counted_absences
from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel
from symptom_overlap.knowledge.schema import EvidenceDefinition, EvidenceKind, KnowledgeBase, TriageLevel

MAX_QUESTIONS = 5  # besides the red-flag checklist
# Answers (present, absent or "don't know") after which the interview stops: the 19 red flags
# plus about four rounds of five questions.
QUESTION_BUDGET = 40
# Questions considered for "could this answer change the outcome", in order of information gain:
# beyond the first few dozen, gains are negligible and each check costs a full scoring.
CONSIDERED = 15
# The most informative questions, answered together, that must leave the outcome unchanged before
# the interview stops.
LOOKAHEAD = 3
FINDING_KINDS = frozenset({EvidenceKind.SYMPTOM, EvidenceKind.SIGN, EvidenceKind.COURSE})

Outcome = tuple[Leaning, TriageLevel]


class Question(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    red_flag: bool  # part of the warning-sign checklist


class Plan(NamedTuple):
    questions: list[Question]
    should_stop: bool


def plan(
    knowledge_base: KnowledgeBase,
    model: ScoringModel,
    answers: Answers,
    outcome: Callable[[Answers], Outcome],
) -> Plan:
    """The next questions, or none and a stop. ``outcome`` scores a set of answers.

    The open red flags come first, all of them. Then up to MAX_QUESTIONS others, those whose
    answer could change the leaning or triage first, each group by information gain.
    """
    current = outcome(answers)
    if current[1].rank >= TriageLevel.EMERGENCY.rank or len(answers.asked) >= QUESTION_BUDGET:
        return Plan(questions=[], should_stop=True)

    def could_change(evidence: EvidenceDefinition) -> bool:
        states = [EvidenceState.PRESENT]
        if evidence.red_flag or not (evidence.id in model.presence_only or model.is_non_specific(evidence.id)):
            states.append(EvidenceState.ABSENT)  # a "no" to these others changes nothing by design
        return any(outcome(answers.answering(evidence.id, state)) != current for state in states)

    candidates = open_questions(knowledge_base, model, answers)
    checklist = [evidence for evidence in candidates if evidence.red_flag]
    belief = outcome_probabilities(model, answers)

    def gain(evidence: EvidenceDefinition) -> tuple[float, str]:
        absence_counts = evidence.id not in model.presence_only and not model.is_non_specific(evidence.id)
        return (-round(information_gain(belief, _likelihoods(model, evidence.id), absence_counts), 9), evidence.id)

    def could_change_together(group: list[EvidenceDefinition]) -> bool:
        for state in (EvidenceState.PRESENT, EvidenceState.ABSENT):
            together = answers
            for evidence in group:
                together = together.answering(evidence.id, state)
            if outcome(together) != current:
                return True
        return False

    def against_leaning(evidence: EvidenceDefinition) -> float:
        """How strongly a 'yes' would argue against the profile the picture leans to (0: no leaning)."""
        b12, als, elsewhere = _likelihoods(model, evidence.id)
        if current[0] is Leaning.ALS:
            return math.log(max(b12, elsewhere) / als)
        if current[0] is Leaning.B12_DEFICIENCY:
            return math.log(max(als, elsewhere) / b12)
        return 0.0

    ranked = sorted((evidence for evidence in candidates if not evidence.red_flag), key=gain)
    useful = [evidence for evidence in ranked[:CONSIDERED] if could_change(evidence)][:MAX_QUESTIONS]
    # Findings, not risk factors: a risk factor colours a picture but cannot make one.
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


def open_questions(knowledge_base: KnowledgeBase, model: ScoringModel, answers: Answers) -> list[EvidenceDefinition]:
    """Questions a person can answer, not asked before, whose premise (if any) was reported."""
    premises = {premise.id: set(premise.asked_when_any_present) for premise in knowledge_base.question_premises}
    return [
        evidence
        for evidence in knowledge_base.evidence
        if evidence.reporter == "self"
        and evidence.id not in answers.asked
        and (evidence.id in model.profiled or evidence.red_flag)
        and (evidence.id not in premises or premises[evidence.id] & answers.present)
    ]


def outcome_probabilities(model: ScoringModel, answers: Answers) -> list[float]:
    """P(B12), P(ALS), P(something else) given the answers that count, from equal starting odds."""
    log_weights = [0.0, 0.0, 0.0]
    absent = counted_absences(model, answers.present, answers.absent)
    for evidence_id in answers.present | absent:
        for index, likelihood in enumerate(_likelihoods(model, evidence_id)):
            log_weights[index] += math.log(likelihood if evidence_id in answers.present else 1 - likelihood)
    peak = max(log_weights)
    weights = [math.exp(value - peak) for value in log_weights]
    return [weight / sum(weights) for weight in weights]


def information_gain(belief: Sequence[float], likelihoods: Sequence[float], absence_counts: bool = True) -> float:
    """Expected drop in entropy of the outcome distribution from learning whether evidence is present.

    Where absence is not counted (risk factors, non-specific findings), a 'no' leaves the
    distribution as it was.
    """
    p_present = sum(b * likelihood for b, likelihood in zip(belief, likelihoods, strict=True))
    if p_present <= 0 or p_present >= 1:
        return 0.0
    if_present = [b * likelihood / p_present for b, likelihood in zip(belief, likelihoods, strict=True)]
    if_absent = (
        [b * (1 - likelihood) / (1 - p_present) for b, likelihood in zip(belief, likelihoods, strict=True)]
        if absence_counts
        else list(belief)
    )
    expected = p_present * _entropy(if_present) + (1 - p_present) * _entropy(if_absent)
    return max(0.0, _entropy(belief) - expected)


def _likelihoods(model: ScoringModel, evidence_id: str) -> tuple[float, float, float]:
    links = model.links[evidence_id]
    return (links[B12].likelihood, links[ALS].likelihood, model.background_likelihood(evidence_id))


def _entropy(distribution: Sequence[float]) -> float:
    return -sum(p * math.log2(p) for p in distribution if p > 0)
