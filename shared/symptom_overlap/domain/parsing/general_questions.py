"""Questions about a condition in general, not about anyone: "Can B12 deficiency cause numbness?", "is
breathlessness lying down a sign of ALS?". A sentence that asks whether one thing causes, signals or goes
with another, and names no person ("I", "my", "he", "my mum"), reports nothing: its findings are dropped, and
a red flag in it is uncertain, so that its question is still asked. A question that points at the writer's
own case is not general: one with "that" or "this" ("Is that enough to cause tingly hands?"), one a next
sentence points back to ("Are cramps common in ALS? I get them every night."), and any question in a text
that reports a finding elsewhere ("Can PPIs cause low B12? Been on omeprazole for years.").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding
from symptom_overlap.domain.parsing.tokens import Token, words_of

# Words that ask how one thing relates to another.
RELATION_WORDS = frozenset(
    {
        "cause", "causes", "caused", "causing", "sign", "signs", "symptom", "symptoms", "linked", "link",
        "related", "associated", "lead", "leads", "feature", "features", "typical", "common",
    }
)  # fmt: skip
# Any word that places a person in the sentence.
PERSON_WORDS = frozenset(
    {
        "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "we", "our", "us", "he",
        "she", "his", "her", "him", "he's", "she's", "they", "their", "them", "you", "your", "you're",
    }
)  # fmt: skip
POINTING_BACK = frozenset({"it", "them", "this", "that", "these", "those", "they", "it's", "its"})
MARKS = frozenset({"?", "!", ".", "\n"})


def without_general_questions(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less those asked about in general; red flags asked about so are uncertain. ``present``: the
    set of the text's words, if the caller has it."""
    if "?" not in (words_of(tokens) if present is None else present):
        return list(read)
    general = {
        sentence
        for sentence, (first, last) in enumerate(segments.sentence_bounds)
        if _asks_in_general(tokens[first : last + 1]) and not _pointed_back_to(tokens, segments, sentence)
    }
    if not general or any(segments.sentence[item.finding.first] not in general for item in read):
        return list(read)
    kept = []
    for item in read:
        if segments.sentence[item.finding.first] not in general:
            kept.append(item)
        elif item.finding.evidence_id in red_flags:
            kept.append(item._replace(assertion=Assertion.UNCERTAIN))
    return kept


def _asks_in_general(sentence: Sequence[Token]) -> bool:
    words = {token.word for token in sentence}
    return sentence[-1].word == "?" and not words.isdisjoint(RELATION_WORDS) and words.isdisjoint(PERSON_WORDS)


def _pointed_back_to(tokens: Sequence[Token], segments: Segments, sentence: int) -> bool:
    """The next sentence with words in it points back ("?? been on it for years": a second "?" is no sentence)."""
    for first, last in segments.sentence_bounds[sentence + 1 :]:
        words = {token.word for token in tokens[first : last + 1]}
        if words <= MARKS:
            continue
        return not words.isdisjoint(POINTING_BACK) and not (words - POINTING_BACK).isdisjoint(PERSON_WORDS)
    return False
