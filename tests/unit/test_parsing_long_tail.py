"""The long tail of misreadings, one class of language at a time, on the real knowledge base."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


def _states(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, knowledge_base)}


@pytest.mark.parametrize(
    "text",
    [
        "Looking down at my laptop sends a tingling rush down both legs.",
        "Bending my head forward gives me an electric feeling into my hands.",
        "tying my shoes gives me a zap into both feet",
    ],
)
def test_a_shock_into_a_limb_when_the_head_bends_is_lhermitte(text: str, knowledge_base: KnowledgeBase) -> None:
    states = _states(text, knowledge_base)
    assert states.get("lhermitte_sign") == "present"
    assert "tingling" not in states


def test_bending_a_knee_is_not_lhermitte(knowledge_base: KnowledgeBase) -> None:
    assert "lhermitte_sign" not in _states("when I bend my knee I get an electric shock down my leg", knowledge_base)
