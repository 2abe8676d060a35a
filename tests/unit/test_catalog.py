import pytest

from symptom_overlap.domain.catalog import condition_detail, list_conditions, list_symptoms
from symptom_overlap.domain.errors import UnknownCondition
from symptom_overlap.knowledge.schema import KnowledgeBase


def test_without_filters_every_symptom_is_listed(small_knowledge_base: KnowledgeBase) -> None:
    result = list_symptoms(small_knowledge_base, None, None)
    assert [i.id for i in result.items] == [e.id for e in small_knowledge_base.evidence]
    assert result.knowledge_base_version == small_knowledge_base.version


@pytest.mark.parametrize(
    ("query", "expected"),
    [("pins", ["tingling"]), ("TWITCH", ["fasciculations"]), ("numb fe", ["numbness"]), ("zzz", [])],
)
def test_autocomplete_matches_word_prefixes_of_labels_and_synonyms(
    small_knowledge_base: KnowledgeBase, query: str, expected: list[str]
) -> None:
    assert [i.id for i in list_symptoms(small_knowledge_base, query, None).items] == expected


def test_category_filters(small_knowledge_base: KnowledgeBase) -> None:
    items = list_symptoms(small_knowledge_base, None, "sensory").items
    assert {i.id for i in items} == {"tingling", "numbness", "unsteady_in_dark"}


def test_conditions_are_summarised(small_knowledge_base: KnowledgeBase) -> None:
    assert [c.id for c in list_conditions(small_knowledge_base).items] == ["b12_deficiency", "als"]


def test_a_condition_comes_with_the_references_it_cites(small_knowledge_base: KnowledgeBase) -> None:
    detail = condition_detail(small_knowledge_base, "b12_deficiency")
    assert [r.id for r in detail.cited_references] == ["ref_a", "ref_b"]


def test_an_unknown_condition_is_an_error(small_knowledge_base: KnowledgeBase) -> None:
    with pytest.raises(UnknownCondition):
        condition_detail(small_knowledge_base, "flu")
