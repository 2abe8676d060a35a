"""A person said strong: "I am strong", "I'm still strong like before", "she feels strong". Said of the person
as a whole, strength is the opposite of weakness, as "I am not weak" denies it: neither the hands nor the legs
are weak. Only in the present and unnegated ("I'm not strong", "I was strong", "I don't feel strong" say
nothing), and only when the strength is the whole of what is said ("strong-willed", "a strong smell of" are
other things)."""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.tokens import Token

STRENGTH_OF = ("hand_weakness", "leg_weakness")
STRONG = frozenset({"strong", "stronger"})
# The person who is strong, and the words that may stand between it and "strong" ("I am still very strong").
PERSONS = frozenset({"i'm", "im", "i", "he's", "hes", "she's", "shes", "he", "she"})
CONTRACTED = frozenset({"i'm", "im", "he's", "hes", "she's", "shes"})  # a person that may stand right before
BEING = frozenset(
    {"am", "is", "feel", "feels", "still", "very", "quite", "really", "so", "pretty", "fairly", "as", "always",
     "actually", "honestly", "physically", "now", "again", "plenty", "perfectly"}
)  # fmt: skip
# What may follow "strong" when it is said of the person as a whole.
AFTER_STRONG = frozenset(
    {"like", "as", "and", "now", "still", "again", "enough", "too", "though", "tbh", "thank", "ever", "than",
     "for", "physically", "all", "every"}
)  # fmt: skip


def person_said_strong(tokens: Sequence[Token]) -> list[Finding]:
    """Both limbs' strength, absent, for each "I am strong" in ``tokens``."""
    found: list[Finding] = []
    for index, token in enumerate(tokens):
        if token.word not in STRONG or not _whole_person_after(tokens, index + 1):
            continue
        first = index - 1
        while first >= 0 and tokens[first].word in BEING:
            first -= 1
        if first < 0 or (first == index - 1 and tokens[first].word not in CONTRACTED):
            continue  # "strong" with no person, or "he strong"
        if tokens[first].word in PERSONS:
            found += [Finding(evidence_id, first, index, absent=True) for evidence_id in STRENGTH_OF]
    return found


def _whole_person_after(tokens: Sequence[Token], position: int) -> bool:
    """Nothing after "strong" that makes it a strength of something else ("strong-willed", "strong smell")."""
    if position >= len(tokens):
        return True
    following = tokens[position]
    return following.ends_clause or following.is_comma or following.word in AFTER_STRONG
