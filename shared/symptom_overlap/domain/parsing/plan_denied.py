"""A plan to end one's life denied beside the thoughts: "no plan, but the thoughts come", "dark thoughts but I
haven't planned anything".

Saying there is no plan answers the question of suicide, so the thoughts said beside it are suicidal thoughts
(ideation without a plan, as the Columbia scale asks it). The denial belongs to the plan alone: the thoughts
are present, the plan absent. A hint of the thoughts ("dark thoughts") is then said for certain. Nothing is
read when the thoughts are denied anywhere in the text, or when the sentence is about someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.negation import NEGATION_CUES
from symptom_overlap.domain.parsing.timing import time_frames
from symptom_overlap.domain.parsing.tokens import Token

THOUGHTS = "suicidal_thoughts"
PLAN = "suicide_plan"
PLAN_WORDS = frozenset({"plan", "plans", "planned", "planning"})
METHOD_BEFORE = frozenset({"thought", "about", "out"})  # "thought how", "thought about how", "worked out how"
PLAN_ENDS = frozenset({"and", "but", "or", "though", "tho", "yet", "as", "at", "whatsoever", "i"})
PLAN_TO = frozenset({"do", "act", "end", "kill", "hurt", "harm", "take", "die"})
DENIAL_REACH = 3  # "no plan", "I've not planned", "haven't really planned"
# Words before "thoughts" that make them the thoughts just asked about, not thoughts on a topic.
THOUGHTS_BEFORE = frozenset(
    {"the", "these", "those", "dark", "black", "bad", "had", "have", "get", "getting", "having", "got", "some"}
)
TOPIC_AFTER = frozenset({"about", "on", "of", "for", "from"})
OTHER_PEOPLE = frozenset(
    {
        "he", "she", "his", "her", "him", "he's", "she's", "hes", "shes", "they", "their", "mum", "dad", "mom",
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "partner", "friend",
    }
)  # fmt: skip


def thoughts_beside_denied_plan(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    read: list[ReadFinding],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """``read`` with the thoughts said beside a denied plan, and the plan absent where nothing else read it.
    ``present``: the set of ``words``, if the caller has it (a set answers at once; the list is walked)."""
    seen = words if present is None else present
    if PLAN_WORDS.isdisjoint(seen) and "how" not in seen:
        return read
    if any(item.finding.evidence_id == THOUGHTS and item.assertion is Assertion.ABSENT for item in read):
        return read
    denials = [index for index in range(len(words)) if _denied(words, segments, index)]
    if not denials:
        return read
    sentences = {sentence for index in denials for sentence in _sentences_of(segments, index)}
    result: list[ReadFinding] = []
    thoughts_read = False
    for item in read:
        if item.finding.evidence_id == THOUGHTS and segments.sentence[item.finding.first] in sentences:
            thoughts_read = True
            if item.finding.hint and item.assertion is Assertion.UNCERTAIN and item.subject is Subject.SELF:
                item = item._replace(assertion=Assertion.PRESENT)
        result.append(item)
    if not thoughts_read:
        spans = [segments.sentence_bounds[sentence] for sentence in sorted(sentences)]
        if any(not OTHER_PEOPLE.isdisjoint(words[first : last + 1]) for first, last in spans):
            return read  # "he has the thoughts but no plan": whose thoughts is for the subject step, not read here
        said = [i for first, last in spans for i in range(first, last + 1) if _thoughts_at(words, segments, i)]
        if not said:
            return read
        thoughts = Finding(THOUGHTS, said[0], said[0])
        time = time_frames(tokens, words, segments, [thoughts], ())[0]  # "the thoughts have gone, no plan"
        result.append(ReadFinding(thoughts, Assertion.PRESENT, Subject.SELF, time, None))
    if not any(item.finding.evidence_id == PLAN for item in read):
        plan = Finding(PLAN, denials[0], denials[0])
        result.append(ReadFinding(plan, Assertion.ABSENT, Subject.SELF, TimeFrame.CURRENT, None))
    return result


def _denied(words: Sequence[str], segments: Segments, index: int) -> bool:
    """A plan word, or "how" after thinking it through ("haven't thought about how"), with a negation just before
    it in its clause; not "plan on" ("I don't plan on being here" is a plan)."""
    if words[index] == "how":
        if index < 2 or words[index - 1] not in METHOD_BEFORE:
            return False
        start = index - 2 if words[index - 1] in ("about", "out") else index - 1
    elif words[index] in PLAN_WORDS and _plan_unnamed(words, index):
        start = index
    else:
        return False
    clause_first = segments.clause_bounds[segments.clause[index]][0]
    return any(words[i] in NEGATION_CUES for i in range(max(clause_first, start - DENIAL_REACH), start))


def _plan_unnamed(words: Sequence[str], index: int) -> bool:
    """A plan named no further, or one to act: "no plan", "not planned anything", "no plan to act on them"; not
    "no plans to go on holiday", nor "I don't plan on being here" (a plan)."""
    after = words[index + 1 : index + 3]
    if after[:1] == ["anything"]:  # "not planned anything", not "not planning anything this weekend"
        after = after[1:]
    if not after or not after[0][:1].isalnum():
        return True
    if after[0] == "to":
        return after[1:] != [] and after[1] in PLAN_TO
    return after[0] in PLAN_ENDS


def _sentences_of(segments: Segments, index: int) -> set[int]:
    """The denial's sentence, and the one before when the denial opens its sentence ("Dark thoughts. No plan.")."""
    sentence = segments.sentence[index]
    before = segments.sentence_before(sentence)
    if index - segments.sentence_bounds[sentence][0] <= 2 and before is not None:
        return {sentence, before}
    return {sentence}


def _thoughts_at(words: Sequence[str], segments: Segments, index: int) -> bool:
    """ "the thoughts", "dark thoughts", "I get thoughts": not thoughts on a topic, and not denied."""
    if words[index] != "thoughts" or index == 0 or words[index - 1] not in THOUGHTS_BEFORE:
        return False
    if words[index + 1 : index + 2] and words[index + 1] in TOPIC_AFTER:
        return False
    clause_first = segments.clause_bounds[segments.clause[index]][0]
    return not any(words[i] in NEGATION_CUES for i in range(max(clause_first, index - DENIAL_REACH - 1), index))
