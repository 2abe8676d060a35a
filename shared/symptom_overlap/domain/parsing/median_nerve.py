"""Tingling in the fingers a squeezed nerve at the wrist serves is its pattern only while nothing wider is in it.

Carpal tunnel syndrome gives tingling or numbness in the thumb, index and middle fingers, worse at night and eased by
shaking the hand; the feet are never part of it (NICE CKS, carpal tunnel syndrome). Tingling that also reaches the
feet or legs is a length-dependent neuropathy's, as in B12 deficiency; the whole hand or the little finger is another
nerve's or a glove; a hand or arm slept on is pressure that passes. So a median-nerve reading gives way to them.
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.sequences import WordSequences

MEDIAN_NERVE = "median_nerve_pattern"
SENSORY = frozenset({"tingling", "numbness"})
FEET_FIRST = "symmetric_feet_first"
# Findings a finger may stand beside without leaving the pattern: itself and a weak grip (which goes with it).
KEEPS_FINGERS = frozenset({MEDIAN_NERVE, "hand_weakness"})
WIDER_SITES = frozenset({"foot", "leg"})
# Tingling of the face or lips beside the hands is no nerve at the wrist (breathing too fast in panic gives both).
SENTENCE_SITES = WIDER_SITES | {"face", "mouth", "tongue"}
# Words that make the hand's tingling wider than the median nerve's fingers, or a limb slept on.
WIDER_WORDS = WordSequences(
    tuple(phrase.split())
    for phrase in (
        "all my fingers", "all the fingers", "all of my fingers", "all fingers", "all ten", "every finger",
        "all his fingers", "all her fingers", "whole hand", "whole hands", "entire hand", "whole arm",
        "entire arm", "whole of my hand", "little finger", "little fingers", "pinky", "pinkie", "pinkies",
        "baby finger", "glove", "gloves", "slept on", "sleeping on", "sleep on", "lying on", "lie on", "lay on",
        "laying on", "panic", "panicky", "panicking", "anxiety attack", "anxiety attacks", "hyperventilating",
        "hyperventilate", "hyperventilation",
    )
)  # fmt: skip


def without_wider_patterns(
    words: Sequence[str], segments: Segments, sites: Sequence[SiteMention], read: list[ReadFinding]
) -> list[ReadFinding]:
    """The readings, less a median-nerve pattern beside tingling or numbness of the feet or legs (anywhere in the
    text, about the person, now) or said in a sentence that names the feet or legs, the face, the whole hand, the
    little finger, a panic or a limb slept on."""
    if not any(item.finding.evidence_id == MEDIAN_NERVE for item in read):
        return read
    if any(_feet_involved(item) for item in read):
        return [item for item in read if item.finding.evidence_id != MEDIAN_NERVE]
    # A place said free of it is no part of it: "my feet are fine", "nothing in my feet", "but not my feet".
    denied = {i for item in read if item.assertion is Assertion.ABSENT for i in item.finding.own_tokens()}
    wider = {
        segments.sentence[site.first] for site in sites if site.site in SENTENCE_SITES and site.first not in denied
    }
    wider |= _sentences_with_wider_words(words, segments)
    by_sentence: dict[int, list[ReadFinding]] = {}
    for item in read:
        by_sentence.setdefault(segments.sentence[item.finding.first], []).append(item)
    hands = [site.first for site in sites if site.site == "hand"]
    return [
        item
        for item in read
        if item.finding.evidence_id != MEDIAN_NERVE
        or not (
            segments.sentence[item.finding.first] in wider
            or segments.sentence[item.finding.last] in wider
            or _fingers_of_another(hands, by_sentence[segments.sentence[item.finding.first]], item)
        )
    ]


def _feet_involved(item: ReadFinding) -> bool:
    if item.subject is not Subject.SELF or item.time is not TimeFrame.CURRENT or item.assertion is Assertion.ABSENT:
        return False
    evidence_id = item.finding.evidence_id
    return evidence_id == FEET_FIRST or (evidence_id in SENSORY and item.body_site in WIDER_SITES)


def _sentences_with_wider_words(words: Sequence[str], segments: Segments) -> set[int]:
    return {segments.sentence[start] for start, _ in WIDER_WORDS.positions(words)}


def _fingers_of_another(hands: Sequence[int], sentence: Sequence[ReadFinding], item: ReadFinding) -> bool:
    """Whether every hand or finger the pattern was read from stands nearer another finding of its sentence than the
    tingling or numbness, as a site belongs to the finding nearest it: in "my hands tingle and my thumb keeps
    twitching" the thumb is the twitch's. A weak grip goes with a squeezed nerve at the wrist and takes no finger."""
    own = set(item.finding.words)
    places = [place for place in hands if place in own]
    if not places:
        return False
    sensory: list[int] = []
    other: list[int] = []
    for reading in sentence:
        evidence_id = reading.finding.evidence_id
        if evidence_id in SENSORY:
            sensory.extend(reading.finding.own_tokens())
        elif evidence_id not in KEEPS_FINGERS:
            other.extend(i for i in reading.finding.own_tokens() if i not in own)
    if not sensory or not other:
        return False
    return all(min(abs(place - i) for i in other) < min(abs(place - i) for i in sensory) for place in places)
