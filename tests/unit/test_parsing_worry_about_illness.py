"""'Worried about ALS because my uncle had it': the worry names an illness, so the relative is family history,
not the patient with a diagnosis (docs/parsing.md, "Who the patient is"). Sentences are our own."""

import pytest

from kbtool.source import load_knowledge_base
from tests.parse_corpus.mechanism_kb import readings

KNOWLEDGE_BASE = load_knowledge_base()


def _readings(text: str) -> dict[str, tuple[str, str]]:
    return {
        evidence_id: (assertion, subject)
        for evidence_id, (assertion, subject, _) in readings(text, KNOWLEDGE_BASE).items()
    }


@pytest.mark.parametrize(
    "text",
    [
        "I'm so worried about MND because my grandad had it.",
        "am i worried about als for no reason? my aunt had it",
        "Really worried about it, my brother had ALS.",
    ],
)
def test_a_relative_who_had_the_illness_one_worries_about_is_family_history(text: str) -> None:
    found = _readings(text)
    assert found.get("family_history_als") == ("present", "self")
    assert "known_als_diagnosis" not in found


def test_worry_about_a_relative_still_makes_them_the_patient() -> None:
    assert _readings("I'm worried about my nan, she chokes on her tea every day.")["choking_on_liquids"] == (
        "present",
        "self",
    )
