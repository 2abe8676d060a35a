"""The parser's reading of a text with the project's own knowledge base, for the parsing tests of each session."""

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text

KNOWLEDGE_BASE = load_knowledge_base()


def states_of(text: str) -> dict[str, EvidenceState]:
    """Each evidence id read in ``text``, with its state."""
    return {item.id: item.state for item in parse_text(text, KNOWLEDGE_BASE)}
