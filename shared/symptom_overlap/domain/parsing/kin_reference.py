"""A relative's diagnosis named by "it": in "I'm sure it's ALS, my cousin had it" the cousin had ALS; and a
relative's past diagnosis the writer is unsure of ("not sure if my great uncle had ALS") is uncertain.

"it" stands for the condition named last before it, and names a relative's diagnosis only right after a
blood relative and a verb of having or dying ("my mum had it too", "Dad died of it"); the relative's
finding then becomes the person's family history like any named diagnosis.

A text that opens with a diagnosis's bare name as a heading ("ALS. Out of breath walking now", "MND - the
saliva is the worst bit", "als pt. can't cough") says the diagnosis of the person it is about; so does a
person's heading with it ("husband: MND.", "Dad (MND): …", "Mum - ALS, …"), and a diagnosis opening a
sentence with how long it has been ("MND, 18 months", "ALS x4y.").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.people import BLOOD_KIN, KIN_FORMS, MODIFIERS, POSSESSIVE_SELF
from symptom_overlap.domain.parsing.tokens import Token, words_of

HAVING = frozenset({"had", "has", "have", "got", "died", "passed", "diagnosed"})
NEAR = 3
PAST_HAVING = frozenset({"had", "died", "passed"})
DONE = frozenset({"done", "seen", "taken", "out", "off", "looked"})
BETWEEN_VERB_AND_IT = frozenset({"of", "from", "away", "with", "also", "both"})
HEADING_MARKS = frozenset({".", ",", ":", ";", "\n"})
HEADING_WORDS = frozenset({"pt", "patient"})
SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
# How long it has been, in a clinician's or a forum poster's shorthand: "x4y", "x 18/12" is not read.
SHORT_DURATION = re.compile(r"x\d+(?:y|yr|yrs|m|mo|mths|w|wk|wks)")
DURATION_UNITS = frozenset(
    {"year", "years", "yr", "yrs", "y", "month", "months", "mo", "mths", "week", "weeks", "wk", "wks"}
)


def kin_diagnosis_references(
    tokens: Sequence[Token],
    findings: Sequence[Finding],
    diagnosis_named: Mapping[str, str],
    present: AbstractSet[str] | None = None,
) -> list[Finding]:
    """A finding of the diagnosis named last before each "it" that a blood relative had: named by a finding
    of it, or by its bare name, which a fear may have left without one ("I'm scared of ALS. My aunt had it.").
    ``present``: the set of the text's words, if the caller has it."""
    diagnoses = set(diagnosis_named.values())
    found: list[Finding] = _diagnosis_heading(tokens, diagnosis_named)
    # A reference is made only by "it": most texts have none.
    if "it" not in (words_of(tokens) if present is None else present):
        return found
    last_named: tuple[int, str] | None = None  # (position, evidence id)
    for index, token in enumerate(tokens):
        if token.word in diagnosis_named:
            last_named = (index, diagnosis_named[token.word])
        if token.word != "it":
            continue
        kin = _kin_had(tokens, index)
        if kin is None or _done_to_it(tokens, index):
            continue
        named = [(f.last, f.evidence_id) for f in findings if f.last < index and f.evidence_id in diagnoses]
        if last_named is not None:
            named.append(last_named)
        if named:
            found.append(Finding(max(named)[1], index, index, absent=_no_one_of(tokens, kin)))
    return found


def _diagnosis_heading(tokens: Sequence[Token], diagnosis_named: Mapping[str, str]) -> list[Finding]:
    """The text's first word a diagnosis's name, then a mark, a dash or "pt" (not "?": "ALS? …" is asked); a
    person's heading with a diagnosis; a diagnosis opening a sentence with a duration."""
    found = [Finding(diagnosis_named[tokens[i].word], i, i) for i in _durations(tokens, diagnosis_named)]
    named = _person_heading(tokens, diagnosis_named)
    if named is None and len(tokens) >= 2 and tokens[0].word in diagnosis_named:
        following = tokens[1]
        if (following.word in HEADING_MARKS or following.word in HEADING_WORDS or _mark_between(tokens, 0)) and not (
            _asked_next(tokens)
        ):
            named = 0
    if named is not None and named not in {finding.first for finding in found}:
        found.append(Finding(diagnosis_named[tokens[named].word], named, named))
    return found


def _mark_between(tokens: Sequence[Token], index: int) -> bool:
    """A dash, bracket or other mark the tokens leave out between this token and the next: "ALS - …", "Dad (MND)"."""
    return index + 1 < len(tokens) and tokens[index + 1].start - tokens[index].end > 1


def _person_heading(tokens: Sequence[Token], diagnosis_named: Mapping[str, str]) -> int | None:
    """'husband: MND.', 'Dad (MND): …', 'my mum - ALS, …': the position of the diagnosis, or None."""
    start = 1 if tokens and tokens[0].word in POSSESSIVE_SELF else 0
    if len(tokens) < start + 2 or tokens[start].word not in KIN_FORMS:
        return None
    position = start + 1
    if tokens[position].word == ":":
        position += 1
    elif not _mark_between(tokens, start):
        return None
    if position >= len(tokens) or tokens[position].word not in diagnosis_named:
        return None
    after = tokens[position + 1].word if position + 1 < len(tokens) else "\n"
    ended = after in HEADING_MARKS or _mark_between(tokens, position)
    return position if ended and after != "?" else None


def _durations(tokens: Sequence[Token], diagnosis_named: Mapping[str, str]) -> list[int]:
    """A diagnosis opening a sentence, then how long: "MND, 18 months", "ALS x4y." (not "ALS, 2 questions")."""
    found = []
    for index, token in enumerate(tokens):
        if token.word not in diagnosis_named or (index > 0 and tokens[index - 1].word not in SENTENCE_ENDS):
            continue
        if _duration_follows([t.word for t in tokens[index + 1 : index + 4]]):
            found.append(index)
    return found


def _duration_follows(following: Sequence[str]) -> bool:
    if following and SHORT_DURATION.fullmatch(following[0]):
        return True
    return len(following) == 3 and following[0] == "," and following[1].isdigit() and following[2] in DURATION_UNITS


def _asked_next(tokens: Sequence[Token]) -> bool:
    """The sentence after the heading is a question: "MND. Could my twitching be it?" asks, it does not say."""
    for token in tokens[2:]:
        if token.word in {"?", ".", "!", "\n"}:
            return token.word == "?"
    return False


def _done_to_it(tokens: Sequence[Token], index: int) -> bool:
    """'my dad had it checked', 'had it looked at': something done about it, not the illness itself."""
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return following.endswith("ed") or following in DONE


def _kin_had(tokens: Sequence[Token], index: int) -> int | None:
    """'my cousin had it', 'Dad died of it', 'my mum has also got it': the position of the relative, if "it"
    at ``index`` is what one had."""
    back = index - 1
    while back >= 0 and tokens[back].word in BETWEEN_VERB_AND_IT:
        back -= 1
    if back < 0 or tokens[back].word not in HAVING:
        return None
    for earlier in range(back - 1, max(-1, back - 4), -1):
        word = tokens[earlier].word
        if KIN_FORMS.get(word) in BLOOD_KIN:
            return earlier
        if word not in {"also", "too", "has", "had", "was", "both"} and word not in MODIFIERS | POSSESSIVE_SELF:
            return None
    return None


# "nobody in my own family has had it", "no one in the family had it": the relatives are denied, not named.
NO_ONE = frozenset({"nobody", "noone", "no-one", "none", "no", "not", "never"})
NO_ONE_REACH = 4  # "no one else in my own family"


def _no_one_of(tokens: Sequence[Token], kin: int) -> bool:
    for token in reversed(tokens[max(0, kin - NO_ONE_REACH) : kin]):
        if token.word in NO_ONE:
            return True
        if not token.word[0].isalnum():  # "no, my mum had it": the denial is another part's
            return False
    return False


def relative_had(words: Sequence[str], start: int, first: int, last: int) -> bool:
    """A blood relative and a past verb of having or dying just before the finding (or among a cue's words),
    from ``start`` on: "my gran had MND", "not sure whether my aunt had ALS"."""
    for verb in range(max(start, first - NEAR), last + 1):
        if words[verb] in PAST_HAVING:
            return any(KIN_FORMS.get(words[i]) in BLOOD_KIN for i in range(max(start, verb - NEAR - 1), verb))
    return False
