"""The match keys of each word, with misspellings corrected within a per-request budget.

A correction costs about one dictionary probe per deletion form of the word: ``n + 1`` for a word
of ``n`` letters, and ``n * (n - 1) / 2`` more for words long enough to be corrected by two edits.
Text made of many long unknown words would multiply that cost, so each request may spend at most
FUZZY_BUDGET probes; words beyond it keep their own key only (docs/parsing.md, docs/decisions.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.lexicon import (
    LONG_WORD,
    MAX_FUZZY_LENGTH,
    MIN_DOUBLING_LENGTH,
    STOPWORDS,
    Lexicon,
    match_key,
)
from symptom_overlap.domain.parsing.tokens import Token

FUZZY_BUDGET = 2500
# Endings typed as they sound ("fasiculashuns", "crampz"): the word is also tried with its usual spelling.
SOUNDED_ENDINGS = (("shuns", "tions"), ("shun", "tion"), ("z", "s"), ("in", "ing"))
# A dropped "g" ("chokin", "seein") is read only as a word the vocabulary has: "cabin" is no "cabing".
EXACT_ONLY = frozenset({"ing"})
# "week" typed for "weak": after a word that asks for a state ("my legs feel week", "so week") or before a limb
# ("my week legs"), never after a word that counts or places it ("this week", "a week", "week by week").
WEEK = "week"
OTHERS_POSSESSIVES = frozenset({"his", "her", "their", "your"})
COMPARATIVE = "ier"  # of a word in -y: "mushier", "droopier"
WEAK_KEY = match_key("weak")
STATE_BEFORE = frozenset(
    {"feel", "feels", "felt", "feeling", "so", "very", "too", "really", "bit", "abit", "getting", "gotten", "gone",
     "going", "quite", "super", "extremely", "kinda", "sooo", "soo", "realy", "v", "rly", "more", "and", "are", "r"}
)  # fmt: skip
# A word dictated in two pieces ("per nicious", "homie prazole"): an unknown piece is read with its neighbour as
# one word when the two make a long vocabulary word, or one within the usual edits.
MIN_PIECE = 4
MIN_JOINED = 8
JOINED_ENDS = (4, 3)  # a joined word is looked up only if it begins and ends like a long vocabulary word
_long_word_ends: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # lexicon version -> (beginnings, endings)
COUNTED_BEFORE = frozenset({"this", "last", "next", "a", "one", "per", "that", "each", "every", "the", "more", "of"})
LIMBS_AFTER = frozenset({"legs", "leg", "arms", "arm", "hands", "hand", "grip", "muscles", "knees", "fingers"})


# Contractions typed without their apostrophe, read as the contraction too (not "ill", "its", "were", "lets": words
# of their own).
CONTRACTIONS = {
    bare: contracted
    for contracted in (
        "can't", "couldn't", "won't", "wouldn't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
        "weren't", "haven't", "hasn't", "hadn't", "shouldn't", "i'm", "i've", "you're", "they're", "she's", "that's",
        "there's", "what's", "it'll", "i'll", "they've", "we've", "let's", "i'd", "he'd", "you've", "they'll",
    )
    if (bare := contracted.replace("'", "")) not in {"ill", "its", "hell", "shell", "were", "wed", "lets"}
}  # fmt: skip


def correction_cost(word: str) -> int:
    letters = len(word)
    return 1 + letters + (letters * (letters - 1) // 2 if letters >= LONG_WORD else 0)


def token_keys(tokens: Sequence[Token], lexicon: Lexicon, budget: int = FUZZY_BUDGET) -> list[frozenset[str]]:
    """What each token can stand for: its own match key, and that of the word it misspells, if any."""
    keys_by_word: dict[str, frozenset[str]] = {}  # words repeat; each is looked up once
    keys: list[frozenset[str]] = []
    for token in tokens:
        word = token.word
        found = keys_by_word.get(word)
        if found is None:
            own = match_key(word)
            corrected = None
            if (
                MIN_DOUBLING_LENGTH <= len(word) <= MAX_FUZZY_LENGTH
                and word not in lexicon.vocabulary
                and word not in STOPWORDS
            ):
                cost = correction_cost(word)
                if cost <= budget:
                    budget -= cost
                    corrected = lexicon.correct(word) or lexicon.correct_slip(word)
                    respelt = None if corrected else _respelt(word)
                    if respelt is not None and correction_cost(respelt) <= budget:
                        budget -= correction_cost(respelt)
                        if respelt in lexicon.vocabulary:
                            corrected = respelt
                        elif not respelt.endswith(tuple(EXACT_ONLY)):
                            corrected = lexicon.correct(respelt)
                if not corrected and len(word) >= MIN_PIECE and word.isalpha():
                    # (where it first stands: the word it makes there is read wherever it stands)
                    corrected, budget = _made_with_neighbour(tokens, len(keys), lexicon, budget)
            if word in CONTRACTIONS:
                corrected = CONTRACTIONS[word]  # "couldnt get my words out" is "couldn't get my words out"
            elif not corrected and word.endswith(COMPARATIVE) and word[:-3] + "y" in lexicon.vocabulary:
                corrected = word[:-3] + "y"  # "mushier" is mushy too, but "mushy" is not "mushier" (no change)
            elif word in OTHERS_POSSESSIVES:
                corrected = "my"  # a cue's "out of my nose" is also a carer's "out of her nose"
            found = frozenset({own, match_key(corrected)}) if corrected else frozenset({own})
            keys_by_word[word] = found
        keys.append(found)
    if WEEK in keys_by_word:
        _weak_typed_as_week(tokens, keys)
    return keys


def _made_with_neighbour(tokens: Sequence[Token], index: int, lexicon: Lexicon, budget: int) -> tuple[str | None, int]:
    """The long vocabulary word an unknown piece makes with the word before or after it, and the budget left."""
    beginnings, endings = _long_word_ends_of(lexicon)
    begins, ends = JOINED_ENDS
    for first in (index - 1, index):
        if first < 0 or first + 1 >= len(tokens):
            continue
        joined = tokens[first].word + tokens[first + 1].word
        if not (
            MIN_JOINED <= len(joined) <= MAX_FUZZY_LENGTH
            and joined[:begins] in beginnings
            and joined[-ends:] in endings
            and joined.isalpha()
        ):
            continue
        if joined in lexicon.vocabulary:
            return joined, budget
        if correction_cost(joined) <= budget:
            budget -= correction_cost(joined)
            word = lexicon.correct(joined)
            if word is not None:
                return word, budget
    return None, budget


def _long_word_ends_of(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """How the vocabulary's long words begin and end (built once per knowledge base version)."""
    ends = _long_word_ends.get(lexicon.version)
    if ends is None:
        long_words = [word for word in lexicon.vocabulary if len(word) >= MIN_JOINED - 1 and word.isalpha()]
        begins, last = JOINED_ENDS
        ends = _long_word_ends[lexicon.version] = (
            frozenset(word[:begins] for word in long_words),
            frozenset(word[-last:] for word in long_words),
        )
    return ends


def _weak_typed_as_week(tokens: Sequence[Token], keys: list[frozenset[str]]) -> None:
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if token.word != WEEK or index == 0:
            continue
        before = tokens[index - 1].word
        after = tokens[index + 1].word if index < last else ""
        said_of_state = before in STATE_BEFORE and not (index > 1 and tokens[index - 2].word in COUNTED_BEFORE)
        if said_of_state or (after in LIMBS_AFTER and before not in COUNTED_BEFORE):
            keys[index] = keys[index] | {WEAK_KEY}


def _respelt(word: str) -> str | None:
    """The word with an ending typed as it sounds spelt the usual way, if it has one."""
    for sounded, spelt in SOUNDED_ENDINGS:
        if word.endswith(sounded) and len(word) > len(sounded) + 2:
            return word[: -len(sounded)] + spelt
    return None
