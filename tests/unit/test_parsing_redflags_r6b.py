"""Red flags, second pass of the sixth session: rules over classes of language, not phrases."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


def reading(text: str, knowledge_base: KnowledgeBase, evidence_id: str) -> str | None:
    return about_the_person_now(text, knowledge_base).get(evidence_id)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        (
            "No problems with my waterworks. Then again I might have wet myself once last week, not sure",
            "bladder_bowel_problems",
        ),
        ("no choking at all. well, maybe a splutter on coffee now and then, I'm not sure", "choking_on_liquids"),
    ],
)
def test_a_red_flag_denied_then_doubted_later_is_doubted(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "uncertain"
