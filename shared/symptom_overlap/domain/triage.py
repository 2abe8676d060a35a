"""How urgently to seek care. Driven by the knowledge base's red-flag rules, never by the scores alone.

Self-care is a conclusion that has to be earned: every warning-sign question answered present or
absent, or not to be asked because its premise was denied (``red_flags_screened``: "no thoughts of
ending your life" settles "a plan to"), nothing but findings the knowledge base calls harmless on their
own, a picture that leans to neither profile, and no "no" answer that the person's own words take back.
Otherwise the floor is a consultation.
"""

from __future__ import annotations

from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.alternatives import explained_by_self_care
from symptom_overlap.domain.evidence import Answers
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import EvidenceKind, KnowledgeBase, TriageLevel

NEUROLOGY = (
    "Features like these should be checked by a nerve specialist (a neurologist). Ask your doctor to refer you soon."
)
WARNING_SIGNS_OPEN = (
    "We cannot rule out every warning sign yet, because some of those questions are still open "
    "or you were not sure. Please answer them, or ask a doctor to go through them with you."
)
SEE_A_DOCTOR = "Symptoms like these are worth talking over with a doctor."
SELF_CARE = (
    "You answered no to every warning sign, and what you describe is usually harmless. "
    "See a doctor if it changes, gets worse or worries you."
)
NOTHING_TO_ACT_ON = "You answered no to every warning sign. See a doctor if anything new appears or worries you."
NEUROLOGY_LEANINGS = (Leaning.ALS, Leaning.OVERLAP)
OTHER_LANGUAGE = (
    "We can only read English, so we may be wrong, but your message seems to say this: {label}. "
    "If that is not so, please pick your symptoms from the list."
)


class Triage(BaseModel):
    model_config = ConfigDict(frozen=True)

    level: TriageLevel
    reasons: list[str]
    red_flags_screened: bool


class _Rule(NamedTuple):
    present: frozenset[str]  # all present
    absent: frozenset[str]  # ...and all answered "no"
    unless_absent: frozenset[str]  # ...unless all of these answered "no"
    below_age: int | None  # fires only below this age (or at any age)
    level: TriageLevel
    reason: str

    def fires(self, answers: Answers, age: int | None) -> bool:
        return (
            self.present <= answers.present
            and self.absent <= answers.absent
            and not (self.unless_absent and self.unless_absent <= answers.absent)
            and (self.below_age is None or (age is not None and age < self.below_age))
        )


class _Tables(NamedTuple):
    rules: tuple[_Rule, ...]
    red_flags: dict[str, str]  # red-flag evidence id -> its label
    red_flag_ids: frozenset[str]
    premises: dict[str, frozenset[str]]  # red flag asked only when one of these is present -> those findings
    risk_factors: frozenset[str]


@per_version
def _tables(knowledge_base: KnowledgeBase) -> _Tables:
    return _Tables(
        rules=tuple(
            _Rule(
                frozenset(r.when_all_present),
                frozenset(r.when_all_absent),
                frozenset(r.unless_all_absent),
                r.below_age,
                r.level,
                r.reason,
            )
            for r in knowledge_base.red_flag_rules
        ),
        red_flags={evidence.id: evidence.label for evidence in knowledge_base.evidence if evidence.red_flag},
        red_flag_ids=frozenset(evidence.id for evidence in knowledge_base.evidence if evidence.red_flag),
        premises={
            premise.id: frozenset(premise.asked_when_any_present)
            for premise in knowledge_base.question_premises
            if premise.id in {evidence.id for evidence in knowledge_base.evidence if evidence.red_flag}
        },
        risk_factors=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.RISK_FACTOR),
    )


def red_flag_ids(knowledge_base: KnowledgeBase) -> frozenset[str]:
    return _tables(knowledge_base).red_flag_ids


def red_flags_screened(knowledge_base: KnowledgeBase, answers: Answers) -> bool:
    """Every warning-sign question answered present or absent, or one whose premise was denied."""
    tables = _tables(knowledge_base)
    return all(
        flag in answers.known or (flag in tables.premises and tables.premises[flag] <= answers.absent)
        for flag in tables.red_flag_ids
    )


def triage(
    knowledge_base: KnowledgeBase,
    answers: Answers,
    leaning: Leaning,
    comparable: bool,
    age: int | None = None,
    settled: bool = True,
    named_in_other_language: frozenset[str] = frozenset(),
) -> Triage:
    """The highest level any fired rule demands, at least a consultation unless self-care is earned.

    A red-flag symptom that no rule covers still raises triage to consultation_24, so a gap in the
    rules can never hide one. ``comparable`` is False when the profiles do not apply to the person;
    ``age`` lets the rules for children fire; ``settled`` is False when the text disputes a "no" answer;
    ``named_in_other_language`` are red flags the text seems to name in a language the parser cannot read.
    """
    fired = _fired(knowledge_base, answers, age) + _named(knowledge_base, answers, named_in_other_language)
    fired.sort(key=lambda item: item[0].rank, reverse=True)
    screened = red_flags_screened(knowledge_base, answers)
    self_care = settled and _self_care_earned(knowledge_base, answers, leaning, comparable, screened, bool(fired), age)
    level = max(
        [TriageLevel.SELF_CARE if self_care else TriageLevel.CONSULTATION, *(level for level, _ in fired)],
        key=lambda candidate: candidate.rank,
    )
    reasons = [reason for _level, reason in fired]
    if leaning in NEUROLOGY_LEANINGS:
        reasons.append(NEUROLOGY)
    if not screened and level.rank < TriageLevel.EMERGENCY.rank:
        reasons.append(WARNING_SIGNS_OPEN)
    if self_care:
        reasons.append(SELF_CARE if _symptoms(knowledge_base, answers.present) else NOTHING_TO_ACT_ON)
    elif not reasons:
        reasons.append(SEE_A_DOCTOR)
    return Triage(level=level, reasons=reasons, red_flags_screened=screened)


def triage_level(
    knowledge_base: KnowledgeBase,
    answers: Answers,
    leaning: Leaning,
    comparable: bool,
    age: int | None = None,
    settled: bool = True,
    named_in_other_language: frozenset[str] = frozenset(),
) -> TriageLevel:
    """The level alone, for weighing what an answer could change."""
    fired = _fired(knowledge_base, answers, age) + _named(knowledge_base, answers, named_in_other_language)
    screened = red_flag_ids(knowledge_base) <= answers.known
    if settled and _self_care_earned(knowledge_base, answers, leaning, comparable, screened, bool(fired), age):
        return TriageLevel.SELF_CARE
    return max([TriageLevel.CONSULTATION, *(level for level, _ in fired)], key=lambda candidate: candidate.rank)


def _fired(knowledge_base: KnowledgeBase, answers: Answers, age: int | None) -> list[tuple[TriageLevel, str]]:
    """(level, reason) of every fired rule and uncovered red flag, most urgent first."""
    tables = _tables(knowledge_base)
    rules = [rule for rule in tables.rules if rule.fires(answers, age)]
    fired = [(rule.level, rule.reason) for rule in rules]
    covered = frozenset().union(*(rule.present for rule in rules))
    for evidence_id in sorted(answers.present & tables.red_flags.keys() - covered):
        label = tables.red_flags[evidence_id]
        fired.append((TriageLevel.CONSULTATION_24, f"See a doctor within 24 hours about this: {label}."))
    fired.sort(key=lambda item: item[0].rank, reverse=True)
    return fired


def _named(knowledge_base: KnowledgeBase, answers: Answers, named: frozenset[str]) -> list[tuple[TriageLevel, str]]:
    """(level, reason) for each red flag named in another language that the person has not answered: the level
    of its own rule, its reason, and a plain word that we may have read it wrong."""
    if not named:
        return []
    tables = _tables(knowledge_base)
    # A sign named in a language we cannot read has had no follow-up question answered: its unconditional rule.
    own_rules = {
        next(iter(rule.present)): (rule.level, rule.reason)
        for rule in tables.rules
        if len(rule.present) == 1 and rule.below_age is None and not rule.absent
    }
    fired = []
    for evidence_id in sorted(named - answers.known):
        level, reason = own_rules.get(evidence_id, (TriageLevel.CONSULTATION_24, ""))
        note = OTHER_LANGUAGE.format(label=tables.red_flags[evidence_id].lower())
        fired.append((level, f"{reason} {note}".strip()))
    return fired


def _self_care_earned(
    knowledge_base: KnowledgeBase,
    answers: Answers,
    leaning: Leaning,
    comparable: bool,
    screened: bool,
    fired: bool,
    age: int | None,
) -> bool:
    if not screened or fired or not comparable:
        return False
    if leaning not in (Leaning.NEITHER, Leaning.INSUFFICIENT_EVIDENCE):
        return False
    symptoms = _symptoms(knowledge_base, answers.present)
    return explained_by_self_care(knowledge_base, answers.present, symptoms, age, answers.absent)


def _symptoms(knowledge_base: KnowledgeBase, present: frozenset[str]) -> frozenset[str]:
    """Present findings other than risk factors: what a person has, rather than what puts them at risk."""
    return present - _tables(knowledge_base).risk_factors
