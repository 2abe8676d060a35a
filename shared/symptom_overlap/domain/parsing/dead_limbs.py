"""A limb "gone dead" beside its weakness is a limb without power, not one without feeling: in "my arm just went
dead and heavy, still can't lift it" or "my legs feel like they belong to someone else, no strength in them" the
dead limb is the weakness said again (a "dead leg" is one that will not work). Said in a sentence that reads a
limb's weakness or a stroke's signs and names no feeling (numb, tingly, pins, can't feel), such words are no
numbness; "my hands go dead and prickly" and "my feet feel dead" still are."""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding

NUMBNESS = "numbness"
# Readings of a limb that will not work.
POWERLESS = frozenset({"leg_weakness", "hand_weakness", "stroke_signs", "foot_drop", "back_pain_with_leg_weakness"})
# The words that read numbness from a limb that is only "dead" or someone else's.
DEAD_WORDS = frozenset({"dead", "deadness", "belong", "belongs", "else's"})
LIMBS = frozenset(
    {"arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "thigh", "thighs", "calf", "calves", "arm's",
     "leg's", "hand's", "foot's"}
)  # fmt: skip
# Words of feeling: with any of them in the sentence the dead limb may be a numb one.
FEELING_WORDS = frozenset(
    {"numb", "numbness", "numbish", "tingle", "tingles", "tingling", "tingly", "prickly", "prickling", "pins",
     "needles", "sensation", "fizzing", "buzzing", "burning", "feeling", "touch"}
)  # fmt: skip
CANT_FEEL = frozenset({"can't", "cant", "cannot", "couldn't", "not"})


def without_dead_limbs(words: Sequence[str], segments: Segments, read: Sequence[ReadFinding]) -> list[ReadFinding]:
    """The findings, less a numbness read only from a dead limb in a sentence that reads the limb's weakness."""
    if not any(item.finding.evidence_id == NUMBNESS for item in read):
        return list(read)
    powerless = {
        segments.sentence[item.finding.first]
        for item in read
        if item.finding.evidence_id in POWERLESS and item.assertion is Assertion.PRESENT
    }
    if not powerless:
        return list(read)
    return [item for item in read if not _dead_limb(words, segments, item, powerless)]


def _dead_limb(words: Sequence[str], segments: Segments, item: ReadFinding, powerless: set[int]) -> bool:
    if item.finding.evidence_id != NUMBNESS or item.assertion is not Assertion.PRESENT:
        return False
    sentence = segments.sentence[item.finding.first]
    if sentence not in powerless:
        return False
    own = [words[i] for i in item.finding.own_tokens()]
    if DEAD_WORDS.isdisjoint(own) or (LIMBS.isdisjoint(own) and LIMBS.isdisjoint(_part_words(words, segments, item))):
        return False
    first, last = segments.sentence_bounds[sentence]
    said = words[first : last + 1]
    felt = any(word == "feel" and said[i - 1] in CANT_FEEL for i, word in enumerate(said) if i > 0)
    return FEELING_WORDS.isdisjoint(said) and not felt


def _part_words(words: Sequence[str], segments: Segments, item: ReadFinding) -> Sequence[str]:
    first, last = segments.part_bounds[segments.part[item.finding.first]]
    return words[first : last + 1]
