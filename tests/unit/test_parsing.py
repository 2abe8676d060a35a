from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.models import KnowledgeBase


def _states(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.state.value for item in parse_text(text, knowledge_base)}


def test_a_synonym_is_found_with_its_span(small_knowledge_base: KnowledgeBase) -> None:
    text = "My feet have Pins and Needles most days"
    [found] = parse_text(text, small_knowledge_base)
    assert found.id == "tingling"
    assert found.state is EvidenceState.PRESENT
    assert text[found.span[0] : found.span[1]] == found.matched == "Pins and Needles"


def test_the_longest_phrase_wins(small_knowledge_base: KnowledgeBase) -> None:
    # "numb feet" is a longer synonym of numbness than any phrase starting at "numb"
    [found] = parse_text("I have numb feet", small_knowledge_base)
    assert (found.id, found.matched) == ("numbness", "numb feet")


def test_extra_spaces_and_case_do_not_matter(small_knowledge_base: KnowledgeBase) -> None:
    assert _states("SOUND   DRUNK when I talk", small_knowledge_base) == {"slurred_speech": "present"}


def test_negation_covers_coordinated_symptoms(small_knowledge_base: KnowledgeBase) -> None:
    assert _states("no twitching or tingling", small_knowledge_base) == {
        "fasciculations": "absent",
        "tingling": "absent",
    }


def test_negation_scope_ends_at_but_and_at_punctuation(small_knowledge_base: KnowledgeBase) -> None:
    assert _states("no twitching but tingling. Numb feet", small_knowledge_base) == {
        "fasciculations": "absent",
        "tingling": "present",
        "numbness": "present",
    }


def test_words_inside_other_words_do_not_match(small_knowledge_base: KnowledgeBase) -> None:
    assert _states("the untingling prickling", small_knowledge_base) == {"tingling": "present"}


def test_empty_text_finds_nothing(small_knowledge_base: KnowledgeBase) -> None:
    assert parse_text("", small_knowledge_base) == []
