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

MEDIAN_NERVE = "median_nerve_pattern"
SENSORY = frozenset({"tingling", "numbness"})
FEET_FIRST = "symmetric_feet_first"
# Findings a finger may stand beside without leaving the pattern: itself and a weak grip (which goes with it).
KEEPS_FINGERS = frozenset({MEDIAN_NERVE, "hand_weakness"})
WIDER_SITES = frozenset({"foot", "leg"})
# Tingling of the face or lips beside the hands is no nerve at the wrist (breathing too fast in panic gives both).
SENTENCE_SITES = WIDER_SITES | {"face", "mouth", "tongue"}
# Words that make the hand's tingling wider than the median nerve's fingers, or a limb slept on.
WIDER_WORDS = tuple(
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
    named = [site for site in sites if site.site in SENTENCE_SITES and site.first not in denied]
    hands = [site for site in sites if site.site == "hand"]
    return [
        item
        for item in read
        if item.finding.evidence_id != MEDIAN_NERVE
        or not (_wider_sentence(words, segments, named, item) or _fingers_of_another(segments, hands, read, item))
    ]


def _feet_involved(item: ReadFinding) -> bool:
    if item.subject is not Subject.SELF or item.time is not TimeFrame.CURRENT or item.assertion is Assertion.ABSENT:
        return False
    evidence_id = item.finding.evidence_id
    return evidence_id == FEET_FIRST or (evidence_id in SENSORY and item.body_site in WIDER_SITES)


def _wider_sentence(words: Sequence[str], segments: Segments, sites: Sequence[SiteMention], item: ReadFinding) -> bool:
    first = segments.sentence_bounds[segments.sentence[item.finding.first]][0]
    last = segments.sentence_bounds[segments.sentence[item.finding.last]][1]
    if any(first <= site.first <= last for site in sites):
        return True
    said = [word.lower() for word in words[first : last + 1]]
    return any(
        said[start : start + len(phrase)] == list(phrase)
        for start in range(len(said))
        for phrase in WIDER_WORDS
        if said[start] == phrase[0]
    )


def _fingers_of_another(
    segments: Segments, hands: Sequence[SiteMention], read: Sequence[ReadFinding], item: ReadFinding
) -> bool:
    """Whether every hand or finger the pattern was read from stands nearer another finding than the tingling or
    numbness, as a site belongs to the finding nearest it: in "my hands tingle and my thumb keeps twitching" the
    thumb is the twitch's. A weak grip goes with a squeezed nerve at the wrist, so it takes no finger away."""
    own = set(item.finding.words)
    places = [site.first for site in hands if site.first in own]
    sentence = segments.sentence[item.finding.first]
    sensory: list[int] = []
    other: list[int] = []
    for reading in read:
        evidence_id = reading.finding.evidence_id
        if evidence_id in KEEPS_FINGERS or segments.sentence[reading.finding.first] != sentence:
            continue
        tokens = [i for i in reading.finding.own_tokens() if i not in own or evidence_id in SENSORY]
        (sensory if evidence_id in SENSORY else other).extend(tokens)
    if not places or not sensory or not other:
        return False
    return all(min(abs(place - i) for i in other) < min(abs(place - i) for i in sensory) for place in places)
