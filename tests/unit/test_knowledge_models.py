from typing import Any

import pytest
from pydantic import ValidationError

from symptom_overlap.knowledge.schema import KnowledgeBase, TriageLevel
from tests.knowledge_fixtures import small_knowledge_base_data


def _invalid(data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as raised:
        KnowledgeBase.model_validate(data)
    return str(raised.value)


def test_a_frequency_without_a_citation_is_rejected() -> None:
    # Given a frequency whose citations were removed
    data = small_knowledge_base_data()
    data["conditions"][0]["associations"][2]["citations"] = []
    # Then validation names the problem
    assert "a frequency needs at least one citation" in _invalid(data)


def test_a_probability_outside_zero_to_one_is_rejected() -> None:
    data = small_knowledge_base_data()
    data["conditions"][0]["associations"][2]["frequency"] = 1.2
    assert "less than or equal to 1" in _invalid(data)


def test_an_unknown_evidence_id_in_a_profile_is_named() -> None:
    data = small_knowledge_base_data()
    data["conditions"][1]["associations"][0]["evidence_id"] = "not_a_symptom"
    assert "conditions.als.associations.not_a_symptom.evidence_id: unknown id 'not_a_symptom'" in _invalid(data)


def test_an_unknown_citation_is_named() -> None:
    data = small_knowledge_base_data()
    data["red_flag_rules"][0]["citations"] = ["ref_missing"]
    assert "red_flag_rules.breathing.citations: unknown id 'ref_missing'" in _invalid(data)


def test_a_reference_needs_a_pmid_doi_or_url() -> None:
    data = small_knowledge_base_data()
    data["references"][0] = {"id": "ref_a", "citation": "Somebody, sometime."}
    assert "a reference needs a pmid, doi or url" in _invalid(data)


def test_a_missing_question_is_rejected() -> None:
    data = small_knowledge_base_data()
    del data["evidence"][0]["question"]
    assert "question" in _invalid(data)


def test_duplicate_evidence_ids_are_rejected() -> None:
    data = small_knowledge_base_data()
    data["evidence"].append(dict(data["evidence"][0]))
    assert "evidence: duplicate ids tingling" in _invalid(data)


def test_triage_levels_are_ordered_from_least_to_most_urgent() -> None:
    ranks = [level.rank for level in TriageLevel]
    assert ranks == sorted(ranks)
    assert TriageLevel.SELF_CARE.rank < TriageLevel.EMERGENCY_AMBULANCE.rank


def test_a_knowledge_base_must_profile_exactly_the_conditions_the_service_compares() -> None:
    # Given a version whose second profile is renamed: it validates otherwise, but nothing could score it
    data = small_knowledge_base_data()
    data["conditions"][1]["id"] = "multiple_sclerosis"
    # Then validation refuses it and says what is missing and what would not be scored
    problem = _invalid(data)
    assert "the service compares exactly als, b12_deficiency" in problem
    assert "missing als" in problem
    assert "not scored multiple_sclerosis" in problem


def test_a_hazard_ratio_needs_its_citation_and_ages() -> None:
    data = small_knowledge_base_data()
    data["conditions"][1]["population"]["hazard_ratio_male"] = 1.37
    assert "a hazard ratio needs hazard_citations" in _invalid(data)


def test_an_unknown_evidence_id_in_an_alternative_is_named() -> None:
    data = small_knowledge_base_data()
    data["alternatives"][0]["not_with"] = ["not_a_symptom"]
    assert "alternatives.benign_twitching.not_with: unknown id 'not_a_symptom'" in _invalid(data)


def test_a_background_frequency_must_name_an_evidence_id() -> None:
    data = small_knowledge_base_data()
    data["background"][0]["id"] = "not_a_symptom"
    assert "background.not_a_symptom.id: unknown id 'not_a_symptom'" in _invalid(data)


def test_a_presentation_must_name_known_categories() -> None:
    data = small_knowledge_base_data()
    data["conditions"][1]["presentations"] = [
        {"id": "limb", "categories": ["limbs"], "note": "Starts in a limb.", "citations": ["ref_a"]}
    ]
    assert "conditions.als.presentations.limb.categories: unknown id 'limbs'" in _invalid(data)


def test_a_question_premise_must_name_known_evidence() -> None:
    data = small_knowledge_base_data()
    data["question_premises"][0]["asked_when_any_present"] = ["tingle"]
    assert "question_premises.unsteady_in_dark.asked_when_any_present: unknown id 'tingle'" in _invalid(data)
