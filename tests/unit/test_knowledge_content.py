"""The bundled knowledge base against the contract and the clinical-honesty rules."""

from collections import Counter
from pathlib import Path

import yaml

from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel

CONTRACT = Path(__file__).resolve().parents[2] / "contract" / "evidence-ids.yaml"


def test_every_contract_id_is_defined_as_the_contract_says(knowledge_base: KnowledgeBase) -> None:
    contract = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    defined = {e.id: e for e in knowledge_base.evidence}
    mismatches = [
        evidence_id
        for category, entries in contract.items()
        for evidence_id, spec in entries.items()
        if evidence_id not in defined
        or (defined[evidence_id].kind.value, defined[evidence_id].reporter, defined[evidence_id].category)
        != (spec["kind"], spec["reporter"], category)
        or defined[evidence_id].red_flag != spec.get("red_flag", False)
    ]
    assert mismatches == []


def test_self_reportable_ids_have_at_least_three_synonyms(knowledge_base: KnowledgeBase) -> None:
    too_few = [e.id for e in knowledge_base.evidence if e.reporter == "self" and len(e.synonyms) < 3]
    assert too_few == []


def test_no_phrase_belongs_to_two_ids(knowledge_base: KnowledgeBase) -> None:
    phrases = Counter(
        phrase.casefold() for e in knowledge_base.evidence for phrase in {e.label.casefold(), *e.synonyms}
    )
    assert [phrase for phrase, count in phrases.items() if count > 1] == []


def test_the_conditions_cite_at_least_fifteen_distinct_references(knowledge_base: KnowledgeBase) -> None:
    cited = {
        citation
        for condition in knowledge_base.conditions
        for citation in (
            *condition.references,
            *(c for a in condition.associations for c in a.citations),
            *(c for t in condition.recommended_tests for c in t.citations),
        )
    }
    assert len(cited) >= 15


def test_every_association_cites_a_reference(knowledge_base: KnowledgeBase) -> None:
    uncited = [
        f"{condition.id}.{association.evidence_id}"
        for condition in knowledge_base.conditions
        for association in condition.associations
        if not association.citations
    ]
    assert uncited == []


def test_every_red_flag_escalates_on_its_own(knowledge_base: KnowledgeBase) -> None:
    alone = {rule.when_all_present[0] for rule in knowledge_base.red_flag_rules if len(rule.when_all_present) == 1}
    assert [e.id for e in knowledge_base.evidence if e.red_flag and e.id not in alone] == []


def test_both_profiles_recommend_tests_with_b12_testing_first(knowledge_base: KnowledgeBase) -> None:
    b12 = knowledge_base.condition("b12_deficiency")
    als = knowledge_base.condition("als")
    assert b12 is not None
    assert als is not None
    assert b12.recommended_tests[0].id == "serum_b12"
    assert {"emg_ncs", "mri_brain_cervical_spine", "neurology_referral"} <= {t.id for t in als.recommended_tests}


def test_sudden_onset_alone_is_treated_as_a_possible_stroke(knowledge_base: KnowledgeBase) -> None:
    [rule] = [r for r in knowledge_base.red_flag_rules if r.when_all_present == ("sudden_onset",)]
    assert rule.level is TriageLevel.EMERGENCY_AMBULANCE
    assert "stroke" in rule.reason.lower()
