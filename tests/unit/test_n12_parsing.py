"""Parser fixes of the twelfth session found in the engine's development cases (docs/parsing.md)."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def _assertions(text: str) -> dict[str, str]:
    return {f.id: f.assertion.value for f in parse_text(text, KNOWLEDGE_BASE)}


def test_someone_who_cannot_tell_whether_leaves_the_finding_open() -> None:
    assert _assertions("Dad has dementia and can't tell us whether his hands go numb") == {"numbness": "uncertain"}
    assert _assertions("she couldn't tell me if her legs felt weak") == {"leg_weakness": "uncertain"}
    # Telling someone a finding, or not knowing its cause, asserts it
    assert _assertions("I can tell you my feet are numb") == {"numbness": "present"}
    assert _assertions("the doctor could not tell me why my feet are numb") == {"numbness": "present"}
