"""Readings added in the nineteenth session, each a class of wording seen in the development part of the blind
corpus (docs/parsing.md, "Nineteenth session")."""

import pytest

from symptom_overlap.domain.parsing import Subject, parse_text
from tests.unit.own_kb_reading import KNOWLEDGE_BASE


def _subjects(text: str) -> dict[str, Subject]:
    return {item.id: item.subject for item in parse_text(text, KNOWLEDGE_BASE)}


@pytest.mark.parametrize(
    "text",
    [
        "Writing for my mum. Last night she thought I was her sister. Her feet have been numb for months.",
        "Dad keeps calling me his brother. His feet are numb.",
        "Mum mistook me for her sister yesterday, and her feet are numb",
        "I'm her daughter and her feet are numb",
    ],
)
def test_the_writer_taken_for_a_relative_leaves_the_patient_as_she_was(text: str) -> None:
    assert _subjects(text)["numbness"] is Subject.SELF


def test_a_relative_named_as_someone_else_is_still_someone_else() -> None:
    readings = {
        item.id for item in parse_text("I look after my mum, her feet are numb. Her sister has MND.", KNOWLEDGE_BASE)
    }
    assert "family_history_als" in readings
    assert "known_als_diagnosis" not in readings
