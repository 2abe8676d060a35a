"""Spelling correction within a per-request budget, and the word scopes the parser reads in."""

from symptom_overlap.domain.parsing.clauses import segment
from symptom_overlap.domain.parsing.lexicon import lexicon_for, match_key
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.spelling import correction_cost, token_keys
from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base

LEXICON = lexicon_for(mechanism_knowledge_base())


def test_a_misspelt_word_gets_the_key_of_the_word_it_misspells() -> None:
    [keys] = token_keys(tokenize("twitchng"), LEXICON)
    assert match_key("twitching") in keys


def test_corrections_stop_when_the_budget_is_spent() -> None:
    words = "tinglng twitchng numbnss tinglin twitchin"
    cost = correction_cost("tinglng")
    keys = token_keys(tokenize(words), LEXICON, budget=2 * cost + 1)
    corrected = [len(word_keys) > 1 for word_keys in keys]
    assert corrected[:2] == [True, True]
    assert not any(corrected[2:])


def test_longer_words_cost_more_to_correct() -> None:
    assert correction_cost("numbness") == 1 + 8
    assert correction_cost("paraesthesia") == 1 + 12 + 12 * 11 // 2


def test_clauses_parts_and_sentences() -> None:
    tokens = tokenize("no pain, but numb feet. Twitching, cramps")
    segments = segment(tokens)
    words = [token.word for token in tokens]
    assert segments.clause[words.index("pain")] != segments.clause[words.index("numb")]
    assert segments.sentence[words.index("pain")] == segments.sentence[words.index("numb")]
    assert segments.part[words.index("twitching")] != segments.part[words.index("cramps")]
    assert segments.sentence[words.index("numb")] != segments.sentence[words.index("cramps")]


def test_word_sequences_find_the_longest_at_a_position() -> None:
    sequences = WordSequences({("went", "away"), ("went",), ("not", "sure")})
    words = ["it", "went", "away", "i", "am", "not", "sure"]
    assert sequences.positions(words) == [(1, ("went", "away")), (5, ("not", "sure"))]


def test_a_dropped_g_is_read_only_as_a_word_the_vocabulary_has() -> None:
    [cabin] = token_keys(tokenize("cabin"), LEXICON)  # no "cabing": the word keeps its own reading
    assert cabin == frozenset({match_key("cabin")})


def _keys_of_week(text: str) -> frozenset[str]:
    tokens = tokenize(text)
    keys = token_keys(tokens, LEXICON)
    return next(key for token, key in zip(tokens, keys, strict=True) if token.word == "week")


def test_week_after_a_word_of_state_or_before_a_limb_is_weak() -> None:
    for text in ("both arms feel week since Easter", "she is getting so week", "his week arms"):
        assert match_key("weak") in _keys_of_week(text), text


def test_a_week_that_is_counted_or_placed_is_a_week() -> None:
    for text in ("it started this week", "for a week now", "one more week until the scan", "worse week by week"):
        assert match_key("weak") not in _keys_of_week(text), text


def test_a_word_dictated_in_two_pieces_is_read_whole() -> None:
    tokens = tokenize("short of breath and aspir ation pneumonia")
    keys = token_keys(tokens, LEXICON)
    assert match_key("aspiration") in keys[5]


def test_short_or_known_pieces_are_not_joined() -> None:
    tokens = tokenize("my mate Dave slurs his words")
    keys = token_keys(tokens, LEXICON)
    assert all(len(key) == 1 for key in keys[:3])


def test_a_comparative_of_a_word_in_y_says_that_word_too(real_knowledge_base: KnowledgeBase) -> None:
    assert (
        about_the_person_now("his voice gets mushier by the week", real_knowledge_base)["slurred_speech"] == "present"
    )
    # the plain word is no comparative: "foggy for months" tells no change
    assert "gradual_progression" not in about_the_person_now("I've been foggy for months", real_knowledge_base)


def test_anyone_s_possessive_reads_a_cue_written_with_my(real_knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("When Dad has tea it comes back out of his nose.", real_knowledge_base)
    assert found["choking_on_liquids"] == "present"
