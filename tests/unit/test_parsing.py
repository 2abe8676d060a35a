"""Parser mechanics on a small, hand-made knowledge base (the corpus measures the real one)."""

import pytest

from symptom_overlap.domain import parsing, services
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.knowledge_fixtures import small_knowledge_base_data


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    data = small_knowledge_base_data("parser-test")
    synonyms = {
        "tingling": ["tingling", "pins and needles", "prickling"],
        "numbness": ["numb feet", "numbness", "can't feel my feet"],
        "fasciculations": ["twitching", "muscle twitching"],
        "muscle_wasting": ["muscle wasting", "muscles shrinking"],
        "slurred_speech": ["speech is slurred", "sound drunk", "dysarthria"],
        "unsteady_in_dark": ["wobbly in the dark"],
        "fatigue": ["tired all the time"],
    }
    normal_terms = {"slurred_speech": ["speech"], "unsteady_in_dark": ["balance"]}
    for evidence in data["evidence"]:
        evidence["synonyms"] = synonyms.get(evidence["id"], evidence["synonyms"])
        evidence["normal_terms"] = normal_terms.get(evidence["id"], [])
    data["evidence"].append(
        {
            "id": "nitrous_oxide_use",
            "label": "Nitrous oxide use",
            "clinical_name": "Recreational nitrous oxide",
            "kind": "risk_factor",
            "reporter": "self",
            "category": "risk_factors",
            "question": "Have you used nitrous oxide?",
            "synonyms": ["nos", "laughing gas", "whippets"],
        }
    )
    return KnowledgeBase.model_validate(data)


def _states(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, knowledge_base)}


def test_a_phrase_is_found_with_its_span(knowledge_base: KnowledgeBase) -> None:
    text = "My feet have Pins and Needles most days"
    [found] = parse_text(text, knowledge_base)
    assert (found.id, found.state) == ("tingling", EvidenceState.PRESENT)
    assert text[found.span[0] : found.span[1]] == found.matched == "Pins and Needles"


@pytest.mark.parametrize("text", ["twitching", "twitches", "twitchy", "my muscles twitched"])
def test_inflections_meet(knowledge_base: KnowledgeBase, text: str) -> None:
    assert _states(text, knowledge_base) == {"fasciculations": "present"}


@pytest.mark.parametrize("text", ["tinglling", "twiching", "dysarthira"])
def test_misspellings_of_longer_words_are_corrected(knowledge_base: KnowledgeBase, text: str) -> None:
    assert len(_states(text, knowledge_base)) == 1


@pytest.mark.parametrize("text", ["I used my nose spray", "we went camping", "nos"])
def test_short_words_never_match_by_accident(knowledge_base: KnowledgeBase, text: str) -> None:
    expected = {"nitrous_oxide_use": "present"} if text == "nos" else {}
    assert _states(text, knowledge_base) == expected


def test_function_words_and_small_gaps_do_not_break_a_phrase(knowledge_base: KnowledgeBase) -> None:
    assert _states("my speech has gone really slurred", knowledge_base) == {"slurred_speech": "present"}


def test_the_tightest_longest_phrase_wins(knowledge_base: KnowledgeBase) -> None:
    assert _states("no muscle wasting or twitching", knowledge_base) == {
        "muscle_wasting": "absent",
        "fasciculations": "absent",
    }


def test_negation_reaches_every_item_of_a_list(knowledge_base: KnowledgeBase) -> None:
    assert _states("I don't have any twitching, prickling or numbness", knowledge_base) == {
        "fasciculations": "absent",
        "tingling": "absent",
        "numbness": "absent",
    }


def test_negation_ends_at_but_and_at_the_sentence(knowledge_base: KnowledgeBase) -> None:
    assert _states("no twitching but tingling. Numb feet", knowledge_base) == {
        "fasciculations": "absent",
        "tingling": "present",
        "numbness": "present",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not only tingling but also numbness", {"tingling": "present", "numbness": "present"}),
        ("no doubt my speech is slurred", {"slurred_speech": "present"}),
        ("without fail I get twitching", {"fasciculations": "present"}),
        ("not sure if I have twitching", {"fasciculations": "uncertain"}),
    ],
)
def test_pseudo_negations_and_uncertainty(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert _states(text, knowledge_base) == expected


@pytest.mark.parametrize(
    "text", ["my balance is fine", "speech and balance are normal", "no trouble with my balance", "balance: normal"]
)
def test_a_function_said_to_be_fine_makes_its_evidence_absent(knowledge_base: KnowledgeBase, text: str) -> None:
    assert _states(text, knowledge_base)["unsteady_in_dark"] == "absent"


def test_a_finding_followed_by_none_is_absent(knowledge_base: KnowledgeBase) -> None:
    assert _states("Twitching - none.", knowledge_base) == {"fasciculations": "absent"}


def test_a_negation_cue_inside_a_phrase_gap_blocks_the_phrase(knowledge_base: KnowledgeBase) -> None:
    assert _states("my speech is not slurred", knowledge_base) == {"slurred_speech": "absent"}


def test_empty_text_finds_nothing(knowledge_base: KnowledgeBase) -> None:
    assert parse_text("", knowledge_base) == []


@pytest.mark.parametrize("text", [None, "", "  \t "])
def test_a_request_without_words_never_builds_the_lexicon(
    knowledge_base: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, text: str | None
) -> None:
    # Given a lexicon that must not be built: an evidence-only first request does not need it
    def no_lexicon(_: KnowledgeBase) -> None:
        raise AssertionError("the lexicon was built for a request without text")

    monkeypatch.setattr(parsing, "lexicon_for", no_lexicon)

    # When an assessment without words is made, Then it is assessed without parsing
    evidence = [ReportedEvidence(id="tingling", state=EvidenceState.PRESENT)]
    assessment = services.assess_request(knowledge_base, evidence, text)
    assert assessment.knowledge_base_version == knowledge_base.version
