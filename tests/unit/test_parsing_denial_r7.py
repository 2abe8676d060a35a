"""What a denial reaches: the evidence it names, not every evidence that shares a word or a body part."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    "text",
    [
        "there is no twitching anywhere on me",
        "my eyelid flutters now and then, nothing anywhere else",
        "only the left lower lid jumps, nowhere else",
        "I've felt no twitching whatsoever",
    ],
)
def test_a_region_denial_leaves_a_site_of_its_own_unsaid(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("fasciculations") == "absent"
    assert "tongue_twitching_wasting" not in found


def test_a_site_named_after_a_region_denial_is_denied(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no twitching anywhere, not even around my eyes", knowledge_base)
    assert found["eyelid_twitching"] == "absent"
    assert "tongue_twitching_wasting" not in found
