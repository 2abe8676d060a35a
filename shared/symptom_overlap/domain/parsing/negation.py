"""Which findings a person says they do not have.

A negation cue ("no", "without", "denies", "don't have", "free of", …) negates the first finding
after it in the same clause, and each further finding joined to it only by list words ("no numbness,
tingling or weakness"). A clause ends at sentence punctuation and at "but", "however" and the like.
Pseudo-negations ("not only", "no doubt") negate nothing; uncertainty ("not sure if") drops the
finding, since the person does not know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from symptom_overlap.domain.parsing.tokens import Token

NEGATION_CUES = frozenset(
    {
        "no", "not", "without", "never", "denies", "denied", "deny", "none", "nor", "neither",
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't",
        "hasnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt",
    }
)  # fmt: skip
NEGATION_PHRASES = frozenset({("free", "of")})
# Phrases that start with a negation word but do not deny anything ("no doubt", "without fail"),
# or describe an inability, which is itself the symptom ("not able to lie flat").
PSEUDO_NEGATIONS = frozenset(
    {
        ("not", "only"), ("not", "just"), ("no", "doubt"), ("not", "to", "mention"), ("no", "matter"),
        ("without", "fail"), ("not", "a", "day"), ("never", "used", "to"), ("not", "able"),
        ("haven't", "been", "able"), ("hasn't", "been", "able"), ("havent", "been", "able"), ("no", "longer", "able"),
        ("no", "improvement"), ("no", "change"), ("no", "better"),
    }
)  # fmt: skip
UNCERTAINTY = frozenset(
    {
        ("not", "sure"), ("unsure",), ("don't", "know"), ("dont", "know"), ("maybe",), ("might",),
        ("can't", "tell"), ("cant", "tell"),
    }
)  # fmt: skip
# Words that may stand between findings of one negated list.
LIST_WORDS = frozenset({",", "or", "and", "nor", "any", "no", "either", "other", "a", "an", "the", "my"})
MAX_CUE_DISTANCE = 8  # words between a cue and the first finding it negates
# Words right after a finding that deny it: "twitching - none", "Romberg negative".
AFTER_CUES = frozenset({"none", "nil", "negative"})


@dataclass(frozen=True)
class Span:
    """A finding's position in the token list: [first, last] token indexes."""

    first: int
    last: int


def negated_and_uncertain(tokens: Sequence[Token], findings: Sequence[Span]) -> tuple[set[int], set[int]]:
    """Indexes (into ``findings``) of negated findings and of findings the person is unsure about."""
    covered = {index for finding in findings for index in range(finding.first, finding.last + 1)}
    negated: set[int] = set()
    uncertain: set[int] = set()
    for index, token in enumerate(tokens):
        if index in covered:
            continue
        if _starts(tokens, index, UNCERTAINTY):
            uncertain |= _scope(tokens, findings, index)
        elif (token.word in NEGATION_CUES or _starts(tokens, index, NEGATION_PHRASES)) and not _starts(
            tokens, index, PSEUDO_NEGATIONS
        ):
            negated |= _scope(tokens, findings, index)
    for finding_index, finding in enumerate(findings):
        following = [token for token in tokens[finding.last + 1 : finding.last + 3] if token.word not in {":", ","}]
        if following and following[0].word in AFTER_CUES:
            negated.add(finding_index)
    return negated - uncertain, uncertain


def _starts(tokens: Sequence[Token], index: int, sequences: frozenset[tuple[str, ...]]) -> bool:
    first = tokens[index].word
    return any(
        sequence[0] == first and tuple(token.word for token in tokens[index : index + len(sequence)]) == sequence
        for sequence in sequences
    )


def _scope(tokens: Sequence[Token], findings: Sequence[Span], cue: int) -> set[int]:
    """The findings a cue at token ``cue`` reaches."""
    reached: set[int] = set()
    previous_end = cue
    for finding_index, finding in sorted(enumerate(findings), key=lambda item: item[1].first):
        if finding.first <= cue:
            continue
        between = tokens[previous_end + 1 : finding.first]
        if any(token.ends_clause for token in between):
            break
        if reached:
            if any(token.word not in LIST_WORDS for token in between):
                break
        elif len(between) > MAX_CUE_DISTANCE or any(token.is_comma for token in between):
            break
        reached.add(finding_index)
        previous_end = finding.last
    return reached
