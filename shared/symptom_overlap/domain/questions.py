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
from typing import NamedTuple, Protocol

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import Answers, EvidenceState
from symptom_overlap.domain.scoring import Leaning, counted_absences
from symptom_overlap.domain.scoring_model import ALS, B12, ScoringModel, scoring_model
from symptom_overlap.knowledge.derived import per_version
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


class Outcome(NamedTuple):
    leaning: Leaning
    level: TriageLevel


class Outcomes(Protocol):
    """Scores candidate answers: the leaning, then the triage level given that leaning."""

    def leaning(self, answers: Answers) -> Leaning: ...

    def level(self, answers: Answers, leaning: Leaning) -> TriageLevel: ...


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
    current: Outcome,
    outcomes: Outcomes,
) -> Plan:
    """The next questions, or none and a stop. ``current`` is the outcome of ``answers``.

    The open red flags come first, all of them. Then up to MAX_QUESTIONS others, those whose
    answer could change the leaning or triage first, each group by information gain.
    """
    if current.level.rank >= TriageLevel.EMERGENCY.rank or len(answers.asked) >= QUESTION_BUDGET:
        return Plan(questions=[], should_stop=True)

    def changes(candidate: Answers) -> bool:
        # The level is scored only when the leaning stays: either one differing changes the outcome.
        leaning = outcomes.leaning(candidate)
        return leaning != current.leaning or outcomes.level(candidate, leaning) != current.level

    def could_change(evidence: EvidenceDefinition) -> bool:
        if changes(answers.answering(evidence.id, EvidenceState.PRESENT)):
            return True
        # A "no" to a risk factor or a non-specific finding changes nothing by design.
        by_design = evidence.id in model.presence_only or model.is_non_specific(evidence.id)
        return (evidence.red_flag or not by_design) and changes(answers.answering(evidence.id, EvidenceState.ABSENT))

    def could_change_together(group: list[EvidenceDefinition]) -> bool:
        for state in (EvidenceState.PRESENT, EvidenceState.ABSENT):
            together = answers
            for evidence in group:
                together = together.answering(evidence.id, state)
            if changes(together):
                return True
        return False

    def against_leaning(evidence: EvidenceDefinition) -> float:
        """How strongly a 'yes' would argue against the profile the picture leans to (0: no leaning)."""
        b12, als, elsewhere = _likelihoods(model, evidence.id)
        if current.leaning is Leaning.ALS:
            return math.log(max(b12, elsewhere) / als)
        if current.leaning is Leaning.B12_DEFICIENCY:
            return math.log(max(als, elsewhere) / b12)
        return 0.0

    candidates = open_questions(knowledge_base, model, answers)
    checklist = [evidence for evidence in candidates if evidence.red_flag]
    others = [evidence for evidence in candidates if not evidence.red_flag]
    ranked = _by_information_gain(knowledge_base, model, answers, others)
    useful = _first(MAX_QUESTIONS, could_change, ranked[:CONSIDERED])
    if not useful and could_change_together(ranked[:LOOKAHEAD]):
        useful = ranked[:LOOKAHEAD]
    if not useful:
        # Findings, not risk factors: a risk factor colours a picture but cannot make one.
        findings = [evidence for evidence in ranked if evidence.kind in FINDING_KINDS]
        contrary = sorted(findings, key=against_leaning, reverse=True)[:LOOKAHEAD]
        if could_change_together(contrary):
            useful = contrary
    if not useful and not any(could_change(evidence) for evidence in checklist):
        return Plan(questions=[], should_stop=True)
    chosen = {evidence.id for evidence in useful}
    to_ask = [*useful, *(evidence for evidence in ranked if evidence.id not in chosen)][:MAX_QUESTIONS]
    return Plan(
        questions=[Question(id=e.id, text=e.question, red_flag=e.red_flag) for e in [*checklist, *to_ask]],
        should_stop=False,
    )


def _first(
    count: int, wanted: Callable[[EvidenceDefinition], bool], evidence: Sequence[EvidenceDefinition]
) -> list[EvidenceDefinition]:
    """The first ``count`` items that are wanted, in order; the rest are never tested."""
    found: list[EvidenceDefinition] = []
    for item in evidence:
        if len(found) == count:
            break
        if wanted(item):
            found.append(item)
    return found


def _by_information_gain(
    knowledge_base: KnowledgeBase, model: ScoringModel, answers: Answers, evidence: Sequence[EvidenceDefinition]
) -> list[EvidenceDefinition]:
    """Most informative first (gains rounded, so that near-ties go by id)."""
    belief = outcome_probabilities(model, answers)
    uncertainty = _entropy(belief)
    likelihoods = _likelihood_table(knowledge_base)

    def key(item: EvidenceDefinition) -> tuple[float, str]:
        absence_counts = item.id not in model.presence_only and not model.is_non_specific(item.id)
        gained = _information_gain(belief, uncertainty, likelihoods[item.id], absence_counts)
        return (-round(gained, 9), item.id)

    return sorted(evidence, key=key)


def open_questions(knowledge_base: KnowledgeBase, model: ScoringModel, answers: Answers) -> list[EvidenceDefinition]:
    """Questions a person can answer, not asked before, whose premise (if any) was reported."""
    premises = _premises(knowledge_base)
    asked = answers.asked
    return [
        evidence
        for evidence in knowledge_base.evidence
        if evidence.reporter == "self"
        and evidence.id not in asked
        and (evidence.id in model.profiled or evidence.red_flag)
        and (evidence.id not in premises or premises[evidence.id] & answers.present)
    ]


@per_version
def _premises(knowledge_base: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Question id -> the findings, any one of which makes it worth asking."""
    return {premise.id: frozenset(premise.asked_when_any_present) for premise in knowledge_base.question_premises}


def outcome_probabilities(model: ScoringModel, answers: Answers) -> list[float]:
    """P(B12), P(ALS), P(something else) given the answers that count, from equal starting odds."""
    log_weights = [0.0, 0.0, 0.0]
    absent = counted_absences(model, answers.present, answers.absent)
    # In a fixed order: summed in a set's order, which varies with the string hash seed, the last
    # digits vary, and with them the order of two questions whose gains round alike or not.
    for evidence_id in sorted(answers.present | absent):
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
    return _information_gain(belief, _entropy(belief), likelihoods, absence_counts)


def _information_gain(
    belief: Sequence[float], uncertainty: float, likelihoods: Sequence[float], absence_counts: bool
) -> float:
    """``information_gain`` given the belief's entropy, which is the same for every question of a plan."""
    b12, als, elsewhere = belief
    b12_likelihood, als_likelihood, elsewhere_likelihood = likelihoods
    # The same operations in the same order as a sum over the outcomes, so the same floats.
    p_present = sum((b12 * b12_likelihood, als * als_likelihood, elsewhere * elsewhere_likelihood))
    if p_present <= 0 or p_present >= 1:
        return 0.0
    if_present = _entropy(
        (
            b12 * b12_likelihood / p_present,
            als * als_likelihood / p_present,
            elsewhere * elsewhere_likelihood / p_present,
        )
    )
    p_absent = 1 - p_present
    if_absent = (
        _entropy(
            (
                b12 * (1 - b12_likelihood) / p_absent,
                als * (1 - als_likelihood) / p_absent,
                elsewhere * (1 - elsewhere_likelihood) / p_absent,
            )
        )
        if absence_counts
        else uncertainty
    )
    expected = p_present * if_present + p_absent * if_absent
    return max(0.0, uncertainty - expected)


@per_version
def _likelihood_table(knowledge_base: KnowledgeBase) -> dict[str, tuple[float, float, float]]:
    """``_likelihoods`` of every evidence id."""
    model = scoring_model(knowledge_base)
    return {evidence_id: _likelihoods(model, evidence_id) for evidence_id in model.links}


def _likelihoods(model: ScoringModel, evidence_id: str) -> tuple[float, float, float]:
    links = model.links[evidence_id]
    return (links[B12].likelihood, links[ALS].likelihood, model.background_likelihood(evidence_id))


def _entropy(distribution: Sequence[float]) -> float:
    return -sum(p * math.log2(p) for p in distribution if p > 0)
