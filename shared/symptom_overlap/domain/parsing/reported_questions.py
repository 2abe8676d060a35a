"""Questions someone else asked, told by the writer: "my daughter asked me if I think to end my life".

What follows "asked (me) if" or "wondered whether", to the end of its clause or a reason given for the question,
is asked, not said: its findings are uncertain, so that their questions are asked. A bare "no" that answers it
(opening the next sentence, or "I said no" after it) denies them: "She asked me whether my legs are weak. No."
A yes leaves them said: "my wife asked if I've thought about ending it, and honestly I have". The caller keeps a
warning sign asked this way as it was read unless it is answered "no" (assertion.py).
A reason given for the question is said ("people keep asking if I'm drunk because my words are slurred"), and a
question whether something matters asks nothing about the finding ("I wondered whether it matters that I feel
faint on standing").
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding

ASKING = frozenset({"asked", "asks", "asking", "wondered", "wondering"})
ASKED_OBJECTS = frozenset({"me", "him", "her", "us", "them"})
# How the question was put, between the person asked and "if": "asked him straight out whether".
ASKED_MANNER = frozenset({"straight", "out", "outright", "directly", "again", "gently", "specifically", "plainly"})
MANNER_REACH = 2  # most manner words before "if"
IF_WORDS = frozenset({"if", "whether"})
# "whether it matters that …", "if this is normal": the question weighs a finding, it does not ask whether it is there.
RELEVANCE = frozenset({"it", "it's", "its", "this", "that", "these", "there", "there's"})
REASONS = frozenset({"because", "cos", "coz", "cause", "as", "since"})
ANSWERS_NO = frozenset({"no", "nope", "never"})
# "… and honestly I have", "Yes, sometimes": an answer that says it, so what was asked is said.
ANSWERS_YES = frozenset({"yes", "yeah", "yep", "have", "do", "am", "does", "did", "sometimes", "honestly", "admit"})
YES_REACH = 4  # words after the question (or opening the next sentence) in which a yes stands
SAID_NO = (
    ("i", "said", "no"), ("i", "said", "not"), ("i", "told", "her", "no"), ("i", "told", "him", "no"),
    ("he", "said", "no"), ("she", "said", "no"), ("they", "said", "no"), ("he", "said", "not"), ("she", "said", "not"),
)  # fmt: skip


def reported_questions(
    words: Sequence[str], segments: Segments, findings: Sequence[Finding]
) -> tuple[set[int], set[int]]:
    """The findings asked in a reported question, and those of them answered "no". A cue that ends inside the
    question is asked there, though its first words stand in a sentence before it: in "He's suicidal. I asked him
    whether he had a plan" the plan is asked, not said."""
    asked: set[int] = set()
    answered_no: set[int] = set()
    for index in question_starts(words):
        end = _question_end(words, segments, index)
        in_question = {
            i
            for i, finding in enumerate(findings)
            if (index < finding.first or (finding.cue and segments.sentence[finding.first] < segments.sentence[index]))
            and index < finding.last <= end
            and not finding.absent
        }
        if not in_question:
            continue
        if _answered_no(words, segments, index):
            answered_no |= in_question
        elif not _answered_yes(words, segments, end):
            asked |= in_question
    return asked, answered_no


def question_starts(words: Sequence[str]) -> list[int]:
    """Where a reported question starts: "asked (him) (straight out) whether"."""
    if ASKING.isdisjoint(words):  # most texts
        return []
    starts = []
    for index, word in enumerate(words):
        if word not in ASKING:
            continue
        following = words[index + 1 : index + 4 + MANNER_REACH]
        skip = 1 if following[:1] and following[0] in ASKED_OBJECTS else 0
        manner_words = 0
        while skip < len(following) and following[skip] in ASKED_MANNER and manner_words < MANNER_REACH:
            skip += 1
            manner_words += 1
        if skip < len(following) and following[skip] in IF_WORDS:
            asked_first = following[skip + 1 : skip + 2]
        else:
            continue
        if asked_first and asked_first[0] not in RELEVANCE:
            starts.append(index)
    return starts


def _question_end(words: Sequence[str], segments: Segments, index: int) -> int:
    """The last token of the question: the end of its clause, or the word before a reason given for it."""
    clause_last = segments.clause_bounds[segments.clause[min(index + 2, len(words) - 1)]][1]
    for position in range(index + 1, clause_last + 1):
        if words[position] in REASONS:
            return position - 1
    return clause_last


def _answered_yes(words: Sequence[str], segments: Segments, end: int) -> bool:
    """A yes right after the question, in its sentence or opening the next: then what was asked is said."""
    if not ANSWERS_YES.isdisjoint(words[end + 1 : end + 1 + YES_REACH]):
        return True
    next_sentence = segments.sentence[end] + 1
    if next_sentence >= len(segments.sentence_bounds):
        return False
    first = segments.sentence_bounds[next_sentence][0]
    return not ANSWERS_YES.isdisjoint(words[first : first + YES_REACH])


def _answered_no(words: Sequence[str], segments: Segments, index: int) -> bool:
    """A "no" opening the next sentence, or "I said no" after the question in its own sentence."""
    last = segments.sentence_bounds[segments.sentence[index]][1]
    tail = tuple(words[index : last + 1])
    if any(tail[i : i + len(said)] == said for said in SAID_NO for i in range(len(tail))):
        return True
    next_sentence = segments.sentence[last] + 1
    if next_sentence >= len(segments.sentence_bounds):
        return False
    return words[segments.sentence_bounds[next_sentence][0]] in ANSWERS_NO
