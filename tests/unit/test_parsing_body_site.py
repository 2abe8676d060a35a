"""The body site of a finding, and the evidence a site makes of it."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.parsing.body_site import _site_at
from symptom_overlap.domain.parsing.lexicon import match_key
from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My eye keeps twitching", {"eyelid_twitching": "present"}),
        ("twitching in my left calf", {"fasciculations": "present"}),
        ("my tongue is twitching", {"tongue_twitching": "present"}),
        ("numb down below since this morning", {"saddle_numbness": "present"}),
    ],
)
def test_a_site_makes_a_finding_another_evidence(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_only_a_site_close_by_makes_another_evidence(knowledge_base: KnowledgeBase) -> None:
    # The tongue stands in a comma part of its own: neither finding is the tongue's (the tongue's
    # twitching is denied by the site named after the denial, not made by the site).
    text = "no twitching anywhere, including my tongue, no tingling at all"
    assert about_the_person_now(text, knowledge_base) == {
        "fasciculations": "absent",
        "tongue_twitching": "absent",
        "tingling": "absent",
    }


def test_the_site_is_reported(knowledge_base: KnowledgeBase) -> None:
    [found] = parse_text("tingling in both feet", knowledge_base)
    assert found.body_site == "foot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A buzzing down my back when I look down", {"lhermitte_sign": "present"}),
        ("feeling down below is normal", {"saddle_numbness": "absent"}),
        ("I've been feeling down", {"low_mood": "present"}),
    ],
)
def test_down_as_a_direction_or_a_place_is_not_a_mood(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "twitches all over my body, especially my tongue",
            {"fasciculations": "present", "tongue_twitching": "present"},
        ),
        ("twitching in the arms incl. tongue", {"fasciculations": "present", "tongue_twitching": "present"}),
        ("no twitching in my legs, even in my eye", {"fasciculations": "absent", "eyelid_twitching": "absent"}),
    ],
)
def test_a_site_named_as_included_is_also_the_site_variant(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_an_inclusion_with_no_site_after_it_changes_nothing(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("twitching everywhere, even when I sit still", knowledge_base) == {
        "fasciculations": "present"
    }


@pytest.mark.parametrize("text", ["my seat area is numb", "numb when I sit on the commode"])
def test_a_seat_is_a_saddle_place(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {"saddle_numbness": "present"}


def test_a_denial_in_a_clause_about_one_site_is_at_that_site(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I looked at my tongue for ages, no twitching that I could spot", knowledge_base)
    assert found.get("tongue_twitching") == "absent"
    assert "fasciculations" not in found


@pytest.mark.parametrize(
    "text", ["I looked at my tongue, no twitching anywhere else", "my eye flickers, no other muscles twitching"]
)
def test_a_denial_that_names_wider_places_stays_general(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("fasciculations") == "absent"


def test_a_finding_said_after_a_site_across_a_comma_keeps_its_evidence(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I looked at my tongue, I have twitching", knowledge_base)
    assert found.get("fasciculations") == "present"


@pytest.fixture(scope="module")
def full_knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.mark.parametrize(
    "text",
    [
        "the twitching is only ever in my left eyelid",
        "twitching in my upper lid only.",
        "the twitch is only in my eye",
        "only my eyelid twitches, nothing hurts",
    ],
)
def test_a_finding_restricted_to_a_variant_site_is_absent_elsewhere(
    full_knowledge_base: KnowledgeBase, text: str
) -> None:
    assert about_the_person_now(text, full_knowledge_base) == {
        "eyelid_twitching": "present",
        "fasciculations": "absent",
    }


@pytest.mark.parametrize("text", ["the twitching is not only in my eyelid, my arms too"])
def test_a_denied_only_restricts_nothing(full_knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, full_knowledge_base).get("fasciculations") != "absent"


@pytest.mark.parametrize(
    "text", ["twitching in my right upper lid and my thighs", "my thighs twitch and my eyelid too"]
)
def test_a_limb_listed_with_an_eyelid_twitches_too(full_knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, full_knowledge_base) == {
        "eyelid_twitching": "present",
        "fasciculations": "present",
    }


def test_a_twitch_word_inside_an_eyelid_finding_is_not_said_again(full_knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("twitching in my left lower lid for a week", full_knowledge_base) == {
        "eyelid_twitching": "present"
    }


@pytest.mark.parametrize("text", ["her tongue is shiny and red", "he served in the army for years"])
def test_words_that_only_look_like_sites_name_none(text: str) -> None:
    tokens = tokenize(text)
    keys = [frozenset({match_key(token.word)}) for token in tokens]
    assert [_site_at(tokens, keys, index) for index in range(1, len(tokens))].count(None) == len(tokens) - 1 - (
        "tongue" in text
    )


# A variant that two general findings become (numbness and tingling at the saddle) keeps its own words: the
# "numb" inside saddle numbness's words is not numbness elsewhere too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pins and needles round my back passage since lunch", {"saddle_numbness": "present"}),
        ("tingly down below when I sit on the loo", {"saddle_numbness": "present"}),
        ("numb in the saddle area, like after a long bike ride", {"saddle_numbness": "present"}),
        ("my back passage has gone numb", {"saddle_numbness": "present"}),  # not "my back"
    ],
)
def test_a_variant_of_two_general_findings(text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, load_knowledge_base()) == expected
