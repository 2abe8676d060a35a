"""The request models: one typed object each, forward-compatible, and errors that say what to send."""

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from kbtool.source import load_knowledge_base
from symptom_overlap.api.errors import MAX_DETAILS, safe_details
from symptom_overlap.api.openapi import ASSESSMENT_EXAMPLES, PARSE_EXAMPLES
from symptom_overlap.api.payloads import EVIDENCE_OR_TEXT, AssessmentRequest, ParseRequest, SymptomCategory
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence

CONTRACT = Path(__file__).resolve().parents[2] / "contract" / "evidence-ids.yaml"


def _problems(body: dict[str, Any]) -> list[Any]:
    with pytest.raises(ValidationError) as raised:
        AssessmentRequest.model_validate(body)
    return list(raised.value.errors())


@pytest.mark.parametrize("body", [{}, {"evidence": []}, {"text": "   "}, {"evidence": [], "text": "", "age": 40}])
def test_neither_evidence_nor_text_says_what_to_send(body: dict[str, Any]) -> None:
    [problem] = _problems(body)
    assert problem["type"] == "evidence_or_text_required"
    assert problem["msg"] == EVIDENCE_OR_TEXT
    assert "`evidence`, `text`, or both" in EVIDENCE_OR_TEXT


def test_evidence_items_become_domain_evidence() -> None:
    request = AssessmentRequest.model_validate({"evidence": [{"id": "tingling", "state": "absent"}], "age": 63})
    assert request.reported_evidence() == [ReportedEvidence(id="tingling", state=EvidenceState.ABSENT)]
    assert request.age == 63


def test_unknown_fields_are_ignored_at_every_level() -> None:
    # A newer app may send an optional field this deployment does not know yet
    request = AssessmentRequest.model_validate(
        {"evidence": [{"id": "tingling", "state": "present", "onset": "2026-01"}], "locale": "fr", "text": "x"}
    )
    assert request.model_dump(exclude_none=True) == {"evidence": [{"id": "tingling", "state": "present"}], "text": "x"}
    assert ParseRequest.model_validate({"text": "numb", "future": True}).text == "numb"


def test_known_fields_stay_strict() -> None:
    assert {p["type"] for p in _problems({"evidence": [{"id": "tingling", "state": "present"}], "age": False})} == {
        "int_type"
    }
    assert [p["loc"] for p in _problems({"evidence": [{"id": "tingling", "state": "often"}]})] == [
        ("evidence", 0, "state")
    ]


def test_details_never_carry_submitted_values_or_keys_and_are_capped() -> None:
    # Given a request with many problems whose values and keys are health words
    evidence = [{"id": "Pregnant Canary", "state": "worried canary"} for _ in range(50)]
    problems = _problems({"evidence": evidence, "age": "canary"})
    problems.append({"type": "missing", "loc": ("body", "canary_key", 3), "msg": "Field required", "input": {}})
    # When they are turned into details
    details = safe_details(problems)
    # Then there are at most MAX_DETAILS, with locations, types and rule messages but nothing submitted
    assert len(details) == MAX_DETAILS < len(problems)
    assert "canary" not in str([detail.model_dump() for detail in details]).lower()
    assert details[0].loc == ["evidence", 0, "id"]
    assert safe_details(problems[-1:])[0].loc == ["body", 3]


def test_categories_are_the_contract_groups_and_the_knowledge_base_categories() -> None:
    contract_groups = set(yaml.safe_load(CONTRACT.read_text(encoding="utf-8")))
    knowledge_base_categories = {item.category for item in load_knowledge_base().evidence}
    assert {category.value for category in SymptomCategory} == contract_groups == knowledge_base_categories


@pytest.mark.parametrize("example", [*ASSESSMENT_EXAMPLES.values(), *PARSE_EXAMPLES.values()])
def test_the_documented_request_examples_are_valid(example: dict[str, Any]) -> None:
    model = AssessmentRequest if example in ASSESSMENT_EXAMPLES.values() else ParseRequest
    model.model_validate(example["value"])
    known = {item.id for item in load_knowledge_base().evidence}
    assert {item["id"] for item in example["value"].get("evidence", [])} <= known
