"""Answers written right after a finding: "twitching - none", "Romberg negative", "choking? No.",
"weak grip ✘", "numb hands? not really" deny it; "weak hands? maybe" doubts it.

Checklists and replies put the answer after the finding, where a negation before it would not reach.
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.tokens import CROSS_AFTER

# Words right after a finding that deny it: "twitching - none", "Romberg negative", "choking? No".
AFTER_CUES = frozenset({"none", "nil", "negative", "neg"})
# A bare "no" after a finding answers it when its part ends there: "tingling no, pain no", "cramps: no".
ANSWER_ENDS = frozenset({",", ".", ";", "!", "\n"})
AFTER_FILLERS = frozenset(
    {":", ",", "-", "and", "it", "was", "were", "is", "came", "back", "all", "both", "test", "tests"}
)
ANSWERS_NO = frozenset({"no", "nope", "nah", "never", "none", "nil", "n/a"})
# Answers that deny wherever they stand after a finding, when they end their part ("weak grip ✘", "cramps nope").
BARE_ANSWERS_NO = frozenset({"no", "nope", "nah", "n/a"})
ITEM_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "next"})
# "pernicious anaemia? not that I know of", "numb hands? not really".
ANSWER_PHRASES_NO = (
    ("not", "really"), ("not", "that", "i"), ("not", "that", "i've"), ("not", "that", "ive"), ("not", "that", "i'm"),
    ("not", "that", "im"), ("don't", "think", "so"), ("dont", "think", "so"), ("i", "don't", "think", "so"),
    ("i", "dont", "think", "so"),
)  # fmt: skip
QUESTION_TAIL = 5  # words after a finding before the "?" of its short question
SENTENCE_TURNS = frozenset({".", "!", ";", "\n", "but", "however", "although", "though"})
# "weak hands? maybe": a question answered with a doubt.
ANSWERS_MAYBE = frozenset({"maybe", "possibly", "perhaps", "unsure", "idk", "dunno"})


# Every word that ``denied_after`` needs within FIRST_AFTER_REACH words after a finding: a text's other tokens are
# denied by no answer, and are not asked.
ANSWER_WORDS = AFTER_CUES | ANSWERS_NO | BARE_ANSWERS_NO | {CROSS_AFTER, "?"}
FIRST_AFTER_REACH = 6  # _first_after's reach, which holds _question_mark_after's


def answer_reach(words: Sequence[str]) -> frozenset[int]:
    """The tokens that an answer word follows within reach: ``denied_after`` is false for every other token."""
    if ANSWER_WORDS.isdisjoint(words):  # most texts: no answer word at all
        return frozenset()
    answers = [i for i, word in enumerate(words) if word in ANSWER_WORDS]
    return frozenset(last for i in answers for last in range(max(0, i - FIRST_AFTER_REACH), i))


def denied_after(words: Sequence[str], last: int) -> bool:
    """'twitching - none', 'Romberg negative', 'tested for it and it was negative', 'Coughs when drinking? No.',
    'tingling no, pain no', 'weak grip ✘', 'fainting: never', 'numb hands? not really', 'double vision: nope',
    'yellow skin or eyes? no', 'Q: any choking? A: n/a'."""
    first = _first_after(words, last)
    if first is None:
        return False
    word = words[first]
    if word in AFTER_CUES:
        return True
    if word in BARE_ANSWERS_NO:
        return _ends_answer(words, first)
    if word == CROSS_AFTER:  # "cramps ✗ wobbly ✓"
        return True
    if word in ANSWERS_NO and words[first - 1] == ":":  # "fainting: never"
        return True
    if word == "?":
        following = _answer_after(words, first)
        return bool(following) and (following[0] in ANSWERS_NO or _answer_phrase_no(following))
    # A short question with more words after the finding ("yellow skin or eyes? no") needs a bare answer.
    asked = _question_mark_after(words, last + 1)
    if asked is None:
        return False
    following = _answer_after(words, asked)
    answer = asked + 1 + words[asked + 1 :].index(following[0]) if following else 0
    return bool(following) and (
        (following[0] in ANSWERS_NO and _ends_answer(words, answer)) or _answer_phrase_no(following)
    )


def _answer_phrase_no(following: Sequence[str]) -> bool:
    return any(tuple(following[: len(phrase)]) == phrase for phrase in ANSWER_PHRASES_NO)


def _ends_answer(words: Sequence[str], answer: int) -> bool:
    """The answer ends its part, or the next item of a dictated list begins ("numbness no two balance yes")."""
    return answer + 1 == len(words) or words[answer + 1] in ANSWER_ENDS or words[answer + 1] in ITEM_NUMBERS


def _question_mark_after(words: Sequence[str], first: int) -> int | None:
    """The "?" that closes a short question after a finding ("yellow skin or eyes?", "confused lately?"), not
    one asked about it after a comma ("numb feet, is that normal? no")."""
    if "?" not in words[first : first + QUESTION_TAIL]:  # most findings: no question mark in reach at all
        return None
    for position in range(first, min(len(words), first + QUESTION_TAIL)):
        if words[position] == "?":
            return position
        if words[position] in SENTENCE_TURNS or words[position] == ",":
            return None
    return None


def _answer_after(words: Sequence[str], mark: int) -> list[str]:
    """The words answering a question that ends at ``mark``, past an answer's label ("Q: … A: no")."""
    following = _words_after(words, mark)
    if following[:1] == ["a"] and words[mark + 1 : mark + 3] == ["a", ":"]:
        following = following[1:]
    return following


def doubted_after(words: Sequence[str], last: int) -> bool:
    """'weak hands? maybe', 'tingling - maybe?', 'cramps: maybe', 'slurred speech: ?': a question or an item
    answered with a doubt, or with a bare question mark."""
    first = _first_after(words, last)
    if first is None:
        return False
    if words[first] in ANSWERS_MAYBE:  # an answer that ends its part, or asks itself
        return first + 1 == len(words) or words[first + 1] in ANSWER_ENDS or words[first + 1] == "?"
    if words[first] != "?":
        return False
    if words[first - 1] == ":" and (first + 1 == len(words) or words[first + 1] == "\n"):
        return True  # "slurred speech: ?"
    following = _words_after(words, first)
    return bool(following) and following[0] in ANSWERS_MAYBE


def doubt_answers_in(words: Sequence[str]) -> bool:
    """Whether the words hold an answer that ``doubted_after`` looks for (most texts: none, so it is not asked)."""
    return "?" in words or not ANSWERS_MAYBE.isdisjoint(words)


def _first_after(words: Sequence[str], last: int) -> int | None:
    """The first word after ``last`` (within six) that is not a filler."""
    for position in range(last + 1, min(len(words), last + FIRST_AFTER_REACH + 1)):
        if words[position] not in AFTER_FILLERS:
            return position
    return None


def _words_after(words: Sequence[str], last: int) -> list[str]:
    return [word for word in words[last + 1 : last + 7] if word not in AFTER_FILLERS]
