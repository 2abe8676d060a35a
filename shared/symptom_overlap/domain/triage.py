"""How urgently to seek care. Driven by the knowledge base's red-flag rules, never by the scores alone."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel


class Triage(BaseModel):
    model_config = ConfigDict(frozen=True)

    level: TriageLevel
    reasons: list[str]


def triage(knowledge_base: KnowledgeBase, present: set[str], leaning: Leaning) -> Triage:
    """The highest level any fired rule demands; the reasons of the most urgent rules come first.

    A red-flag symptom that no rule covers still raises triage to consultation_24, so a gap in the
    rules can never hide one. Without red flags, any present symptom means a consultation.
    """
    fired_rules = [rule for rule in knowledge_base.red_flag_rules if set(rule.when_all_present) <= present]
    fired = [(rule.level, rule.reason) for rule in fired_rules]
    covered = {evidence_id for rule in fired_rules for evidence_id in rule.when_all_present}
    for evidence in knowledge_base.evidence:
        if evidence.red_flag and evidence.id in present and evidence.id not in covered:
            fired.append((TriageLevel.CONSULTATION_24, f"'{evidence.label}' needs prompt medical attention."))
    fired.sort(key=lambda item: item[0].rank, reverse=True)

    baseline = TriageLevel.CONSULTATION if present else TriageLevel.SELF_CARE
    reasons = [reason for _level, reason in fired]
    if leaning in (Leaning.ALS, Leaning.OVERLAP):
        reasons.append(
            "Features like these should be assessed by a neurologist without delay; ask your doctor for a referral."
        )
    if present and not fired:
        reasons.append("Symptoms like these deserve a conversation with a doctor.")
    if not present:
        reasons.append("You reported no symptoms; see a doctor if anything new appears.")
    level = max([baseline, *(level for level, _reason in fired)], key=lambda candidate: candidate.rank)
    return Triage(level=level, reasons=reasons)
