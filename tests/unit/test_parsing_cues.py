"""Evidence said in words the lexicon lists no phrase for, through the knowledge base's cues."""

import pytest

from symptom_overlap.domain.parsing.clauses import segment
from symptom_overlap.domain.parsing.cues import TextIndex, key_positions, text_index
from symptom_overlap.domain.parsing.lexicon import match_key
from symptom_overlap.domain.parsing.rules import cue_group
from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    "text", ["the muscle by my thumb looks hollow", "my calf has got smaller", "my hands have shrunk"]
)
def test_wasting_in_lay_words(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"muscle_wasting": "present"}


def test_a_cue_keeps_to_its_part_of_the_sentence(knowledge_base: KnowledgeBase) -> None:
    # "weak" and "hands" stand in different comma parts: the hands are not said to be weak.
    assert about_the_person_now("my legs are weak, hands fine", knowledge_base) == {
        "leg_weakness": "present",
        "hand_weakness": "absent",
    }


def test_a_cue_can_be_denied(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my left leg is not weak", knowledge_base) == {"leg_weakness": "absent"}


def test_findings_together_say_more(knowledge_base: KnowledgeBase) -> None:
    text = "my left leg has gone weak and I have a bad back"
    assert about_the_person_now(text, knowledge_base) == {
        "leg_weakness": "present",
        "asymmetric_onset": "present",
        "back_pain_with_leg_weakness": "present",
    }


def test_a_cue_naming_a_finding_needs_it_present(knowledge_base: KnowledgeBase) -> None:
    # Not present; the red flag is denied with its part (docs/parsing.md, "a red flag made of findings").
    assert about_the_person_now("my legs are not weak and I have a bad back", knowledge_base) == {
        "leg_weakness": "absent",
        "back_pain_with_leg_weakness": "absent",
    }


def test_a_cue_over_the_whole_text(knowledge_base: KnowledgeBase) -> None:
    text = "I choke on water most days. Since Tuesday I have had a fever."
    assert about_the_person_now(text, knowledge_base) == {
        "choking_on_liquids": "present",
        "fever_after_choking": "present",
    }


def test_a_statement_of_the_same_evidence_wins_over_a_cue(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("feeling in my feet is fine, not dead at all", knowledge_base) == {"numbness": "absent"}


def test_a_finding_gives_way_to_the_larger_one_it_is_part_of(knowledge_base: KnowledgeBase) -> None:
    # One-sided weakness that came on suddenly is a stroke sign, not the slow one-sided onset of ALS.
    assert about_the_person_now("suddenly my left leg went weak", knowledge_base) == {
        "sudden_onset": "present",
        "leg_weakness": "present",
        "stroke_signs": "present",
    }
    assert about_the_person_now("my left leg went weak over a year", knowledge_base)["asymmetric_onset"] == "present"


def _text_index(text: str) -> TextIndex:
    tokens = tokenize(text)
    keys = [frozenset({match_key(token.word)}) for token in tokens]
    words = [token.word for token in tokens]
    return text_index(tokens, words, keys, segment(tokens), [], key_positions(keys))


def test_a_term_of_several_words_needs_its_second_word_in_the_text() -> None:
    group = cue_group(("no power", "feel weak", "numb"))
    assert not _text_index("no strength, I feel fine").may_hold(group)  # first words only
    assert _text_index("no strength, I feel fine").everywhere(group) == []
    # Both words, apart: the group may hold, but no term stands there.
    assert _text_index("no idea, power cut").may_hold(group)
    assert _text_index("no idea, power cut").everywhere(group) == []
    assert _text_index("no power in my legs").everywhere(group) == [(0, 1, False)]
    assert _text_index("I feel numb").everywhere(group) == [(2, 2, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hands: weak since June", {"hand_weakness": "present"}),
        ("I get up slowly. Legs: weak. Bladder fine.", {"leg_weakness": "present"}),
        ("the trouble is my calves, which feel weak", {"leg_weakness": "present"}),
    ],
)
def test_a_heading_or_a_relative_clause_belongs_with_its_part(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base).items() >= expected.items()


@pytest.mark.parametrize(
    "text",
    [
        "Hands: fine. Then my legs went weak",  # the heading is answered in its own part
        "My sister said, about my arms: weak legs run in the family",  # a heading of more than two words
        "my hands, honestly, and my legs are weak",  # no relative clause
    ],
)
def test_no_heading_or_relative_clause_joins_nothing(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("hand_weakness") != "present"


def _with_ordered_diagnosis_cue(knowledge_base: KnowledgeBase) -> KnowledgeBase:
    data = knowledge_base.model_dump(mode="json")
    data["version"] += "-ordered"  # the parser's rules are built once per version
    for evidence in data["evidence"]:
        if evidence["id"] == "known_als_diagnosis":
            evidence["cues"] = [{"all_of": [["got"], ["als"]], "within": "clause", "max_apart": 3, "in_order": True}]
    return KnowledgeBase.model_validate(data)


def test_a_cue_in_order_needs_its_terms_in_the_order_written(knowledge_base: KnowledgeBase) -> None:
    ordered = _with_ordered_diagnosis_cue(knowledge_base)
    assert about_the_person_now("I've got ALS", ordered) == {"known_als_diagnosis": "present"}
    assert about_the_person_now("I saw ALS and got worried", ordered) == {}
