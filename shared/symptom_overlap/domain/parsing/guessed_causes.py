"""What a writer guesses as the cause of a symptom is not a symptom: in "one eye seems dimmer, might be tiredness",
"could just be a cold" or "I think I fainted? Could have just nodded off" the tiredness, the cold and the dozing
are explanations the writer offers, not what they report. A finding that starts right after such a guess ("might
be", "probably just", "could have just", "maybe it's just") is dropped; the symptom before it is doubted elsewhere
(uncertainty.py). Red flags are kept, to be asked about."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.findings import ReadFinding

SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
PART_ENDS = frozenset({",", ";", ":"})
GUESSES = frozenset({"maybe", "might", "could", "perhaps", "possibly", "probably", "prob", "likely"})
POINTERS = frozenset({"it's", "its", "it", "that's", "thats", "this", "is", "was"})
GUESS_VERBS = frozenset({"just", "be", "have"})  # "might be", "probably just", "could have"
GUESS_FILLERS = GUESS_VERBS | {"been", "only", "all", "from", "due", "to", "a", "the", "my", "some", "being"}
# What may stand before the guess: nothing, a mark, a joining word or "it" ("…, might be tiredness", "but it could
# just be a cold"); not a person ("I might be losing weight" is a doubted report, not a guessed cause).
GUESS_OPENERS = frozenset({"but", "or", "and", "so", "it", "that", "this", "though", "although", "which", "tbh", "lol"})
GUESS_REACH = 2  # words after the guess's last filler in which the guessed finding starts


def without_guessed_causes(
    words: Sequence[str], read: Sequence[ReadFinding], red_flags: Collection[str], present: AbstractSet[str]
) -> list[ReadFinding]:
    """The findings, less those that start the cause a writer guesses at."""
    if GUESSES.isdisjoint(present) or GUESS_VERBS.isdisjoint(present):
        return list(read)
    guessed = _guessed_positions(words)
    if not guessed:
        return list(read)
    return [item for item in read if item.finding.evidence_id in red_flags or item.finding.first not in guessed]


def _weighed_or_asked(words: Sequence[str], index: int) -> bool:
    """ "it might be dribble or it might be sweat" weighs what the thing is, and "Could this be palpitations?"
    asks it: the words name the symptom in doubt, not a cause."""
    end = index + 1
    in_part = True
    while end < len(words) and words[end] not in SENTENCE_ENDS:
        if words[end] in PART_ENDS:
            in_part = False
        elif in_part and words[end] == "or":
            return True
        end += 1
    opens = index == 0 or words[index - 1] in SENTENCE_ENDS
    return opens and end < len(words) and words[end] == "?"


def _guessed_positions(words: Sequence[str]) -> set[int]:
    guessed: set[int] = set()
    for index, word in enumerate(words):
        if word not in GUESSES:
            continue
        if index > 0 and words[index - 1][0].isalnum() and words[index - 1] not in GUESS_OPENERS:
            continue
        position = index + 1
        while position < len(words) and words[position] in POINTERS:
            position += 1
        if position >= len(words) or words[position] not in GUESS_VERBS or _weighed_or_asked(words, index):
            continue
        while position < len(words) and words[position] in GUESS_FILLERS:
            position += 1
        for reach in range(position, min(len(words), position + GUESS_REACH + 1)):
            if not words[reach][0].isalnum():
                break
            guessed.add(reach)
    return guessed
