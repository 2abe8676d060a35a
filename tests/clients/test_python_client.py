"""openapi-python-client, run on the committed document, gives a usable typed client."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import attrs

from tests.clients.generation import PYTHON_PACKAGE
from tests.e2e.gateway import API_KEY, GatewayProcess

FIRST_WORDS = "My feet have had pins and needles for months. No twitching."


def _module(name: str) -> Any:
    return importlib.import_module(f"{PYTHON_PACKAGE}.{name}")


def _client(python_client: ModuleType, gateway: GatewayProcess) -> Any:
    """The generated client with the API key in x-api-key, as docs/api.md tells app developers."""
    return python_client.AuthenticatedClient(
        base_url=gateway.url, token=API_KEY, prefix="", auth_header_name="x-api-key"
    )


def test_there_is_one_request_type_with_typed_evidence_age_and_sex(python_client: ModuleType) -> None:
    models = _module("models")
    fields = {field.name: field.type for field in attrs.fields(models.AssessmentRequest)}
    assert fields["evidence"] == "list[EvidenceItem] | Unset"
    assert fields["age"] == "int | None | Unset"
    assert fields["sex"] == "None | Sex | Unset"
    assert [name for name in dir(models) if name.startswith("AssessmentRequest")] == ["AssessmentRequest"]
    # Typed evidence serialises (with the former top-level anyOf it crashed)
    request = models.AssessmentRequest(
        evidence=[models.EvidenceItem(id="tingling", state=models.EvidenceState.PRESENT)], age=63, sex=models.Sex.FEMALE
    )
    assert request.to_dict() == {"evidence": [{"id": "tingling", "state": "present"}], "age": 63, "sex": "female"}


def test_operations_are_named_by_their_operation_ids(python_client: ModuleType) -> None:
    for module in (
        "api.assessment.create_assessment",
        "api.assessment.parse_text",
        "api.catalog.list_symptoms",
        "api.catalog.list_conditions",
        "api.catalog.get_condition",
        "api.health.get_health",
    ):
        assert callable(_module(module).sync_detailed)


def test_a_three_round_interview_runs_through_the_generated_client(
    python_client: ModuleType, gateway: GatewayProcess
) -> None:
    models = _module("models")
    create_assessment = _module("api.assessment.create_assessment")
    with _client(python_client, gateway) as client:
        _interview(models, create_assessment, client)


def _interview(models: Any, create_assessment: Any, client: Any) -> None:
    # Round 1: the person's own words; rounds 2 and 3: everything known so far plus answers to next_questions
    request = models.AssessmentRequest(text=FIRST_WORDS, age=63, sex=models.Sex.FEMALE)
    known_counts = []
    for _ in range(3):
        assessment = create_assessment.sync(client=client, body=request)
        assert isinstance(assessment, models.Assessment), assessment
        assert {condition.id for condition in assessment.conditions} == {"als", "b12_deficiency"}
        known = {item.id: item.state for item in assessment.evidence_used}
        asked = [question.id for question in assessment.next_questions]
        assert asked, "the interview goes on for three rounds"
        assert not set(asked) & set(known), "nothing already answered is asked again"
        known_counts.append(len(known))
        evidence = [models.EvidenceItem(id=evidence_id, state=state) for evidence_id, state in known.items()]
        # "No" to every warning sign, "don't know" to the rest: the interview goes on while nothing settles it
        evidence += [
            models.EvidenceItem(
                id=question.id,
                state=models.EvidenceState.ABSENT if question.red_flag else models.EvidenceState.UNKNOWN,
            )
            for question in assessment.next_questions
        ]
        request = models.AssessmentRequest(evidence=evidence, age=63, sex=models.Sex.FEMALE)
    assert known_counts[0] >= 2
    assert known_counts[0] < known_counts[1] < known_counts[2]
    assert isinstance(assessment.leaning, models.Leaning)


def test_errors_arrive_as_the_typed_envelope(python_client: ModuleType, gateway: GatewayProcess) -> None:
    models = _module("models")
    create_assessment = _module("api.assessment.create_assessment")
    with _client(python_client, gateway) as client:
        answer = create_assessment.sync(client=client, body=models.AssessmentRequest())
    assert isinstance(answer, models.ErrorEnvelope)
    assert answer.error.code == "validation_error"
    assert "`evidence`, `text`, or both" in answer.error.message
