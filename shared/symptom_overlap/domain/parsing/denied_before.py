"""Denials of findings just named: "I have neither", "none of them", "haven't seen one", "Cramps I don't have"."""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.tokens import Token

# "none of them", "zero of those", "I have neither": a denial of the findings just named.
THOSE_DENIALS = frozenset({"none", "zero", "neither", "nothing"})
THOSE = frozenset({"them", "those", "these", "that", "it", "this"})
NOT_ONE_CUES = frozenset(
    {"haven't", "havent", "hasn't", "hasnt", "not", "never", "didn't", "didnt", "hadn't", "don't", "dont", "doesn't",
     "doesnt"}
)  # fmt: skip
NOT_ONE_VERBS = frozenset({"had", "seen", "noticed", "felt", "got", "get", "have", "see", "notice", "feel"})
# Not "get": "I don't get it" is also "I don't understand".
HAVING = frozenset({"have", "had", "experience", "experienced", "suffer", "notice", "noticed", "feel"})
HOLDERS = frozenset({"i", "he", "she", "they", "we"})  # "Cramps I don't have"
# Using denied of a substance or medicine just named: "we use nitrous at work, but I don't breathe it in myself",
# "cream chargers all day, never inhale them", "they gave me metformin but I don't take it".
USING = frozenset({"take", "use", "inhale", "breathe", "touch", "drink", "swallow", "sniff"})
# Words that may close such a denial before its part ends: "breathe it in myself", "don't take it either".
OBJECT_TAILS = frozenset({"in", "myself", "himself", "herself", "personally", "either", "at", "all"})
ONE_OBJECTS = (("a", "single", "one"), ("one",), ("any",))
# "my wife says I've got moody, I don't notice it": not noticing what another reports disputes it, and denies
# nothing named before the report.
NOTICING = frozenset({"notice", "noticed"})
SENTENCE_ENDS = frozenset({".", "!", "?", "\n", ";"})
REPORTED = frozenset({"says", "said", "thinks", "reckons", "tells", "told", "noticed", "notices", "swears"})
TIME_AFTER = frozenset({"in", "since", "for", "tbh", "lately", "yet", "recently", "now", "anymore", "though", "tho"})


def denies_those_before(tokens: Sequence[Token], words: Sequence[str], index: int) -> bool:
    """'I have neither', 'none of them', 'zero of those', "haven't had one in years", "haven't seen a single
    one": a denial of what was just named."""
    following = words[index + 1 : index + 3]
    if words[index] in THOSE_DENIALS and following[:1] == ["of"] and following[1:] and following[1] in THOSE:
        return True
    if words[index] in NOT_ONE_CUES and (_not_one(tokens, index) or _not_having_that(tokens, index)):
        return True
    ends = index + 1 >= len(tokens) or tokens[index + 1].ends_clause or tokens[index + 1].is_comma
    return words[index] == "neither" and ends


def fronted_denial(tokens: Sequence[Token], words: Sequence[str], findings: Sequence[Finding], index: int) -> set[int]:
    """ "Cramps I don't have.", "Weakness he never had": a finding put first, then its holder and having denied,
    ending the part (spoken and non-native word order)."""
    if index < 2 or words[index - 1] not in HOLDERS or words[index] not in NOT_ONE_CUES:
        return set()
    verb = index + 1
    if verb >= len(tokens) or tokens[verb].word not in HAVING:
        return set()
    end = verb + 1
    if end < len(tokens) and not (tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER):
        return set()
    return {i for i, finding in enumerate(findings) if finding.last == index - 2}


def _not_having_that(tokens: Sequence[Token], index: int) -> bool:
    """ "I don't have that", "never had those", "I don't really experience it": having denied of what was just
    named, ending its part."""
    position = index + 1
    if position < len(tokens) and tokens[position].word in {"really", "actually", "personally"}:
        position += 1
    if position + 1 >= len(tokens) or tokens[position + 1].word not in THOSE:
        return False
    verb = tokens[position].word
    if verb not in HAVING and verb not in USING:
        return False
    if verb in NOTICING and _reported_before(tokens, index):
        return False
    end = position + 2
    while verb in USING and end < len(tokens) and tokens[end].word in OBJECT_TAILS:
        end += 1
    return end >= len(tokens) or tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER


def last_part(segments: Segments, findings: Sequence[Finding], said: set[int]) -> set[int]:
    if not said:
        return said
    last = max(segments.part[findings[i].first] for i in said)
    return {i for i in said if segments.part[findings[i].first] == last}


def _not_one(tokens: Sequence[Token], index: int) -> bool:
    """ "haven't had one", "not seen a single one", "never noticed any": a verb of having or seeing, then "one"
    or "any" as its whole object (the part ends, or only a word of time follows)."""
    position = index + 1
    if position < len(tokens) and tokens[position].word in NOT_ONE_VERBS:
        position += 1
    for sequence in ONE_OBJECTS:
        end = position + len(sequence)
        if tuple(token.word for token in tokens[position:end]) == sequence:
            return (
                end >= len(tokens) or tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER
            )
    return False


def said_before(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """The findings before the cue in its sentence, or else in the sentence before."""
    sentence = segments.sentence[cue]
    for wanted in (sentence, segments.sentence_before(sentence)):
        found = {i for i, f in enumerate(findings) if f.last < cue and segments.sentence[f.first] == wanted}
        if found:
            return found
    return set()


def _reported_before(tokens: Sequence[Token], index: int) -> bool:
    """Someone else's report earlier in the sentence: "my husband says …, I don't notice it"."""
    for position in range(index - 1, -1, -1):
        token = tokens[position]
        if token.word in SENTENCE_ENDS:
            return False
        if token.word in REPORTED:
            return True
    return False
