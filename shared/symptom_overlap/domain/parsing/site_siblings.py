"""Evidence that is one symptom at different places: hand and leg weakness are both denied by "no
weakness", and "no weakness in my hands or legs" denies each at its place.

Two evidence ids are siblings when they share a denied term and each has a place of its own: a body
site named by at least a third of its synonyms ("weak legs", "legs give way", …). Derived from the
knowledge base, so that no evidence id is written into the parser.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from symptom_overlap.domain.parsing.body_site import SITE_TERMS
from symptom_overlap.knowledge.schema import EvidenceDefinition

# A place of the same limb that the sibling stands for too: arm weakness is read as hand weakness.
SAME_LIMB = {"hand": "arm"}
SITE_SHARE = 3  # a place of its own is named by at least one synonym in this many

_SITE_OF_WORD = {word: site for site, words in SITE_TERMS.items() for word in words if " " not in word}


def site_siblings(evidence: Iterable[EvidenceDefinition]) -> dict[str, dict[str, str]]:
    """evidence id -> {body site: the sibling evidence id at that site}."""
    definitions = list(evidence)
    # A red flag is never denied by implication.
    places = {e.id: place for e in definitions if not e.red_flag and (place := _own_place(e.synonyms)) is not None}
    sharing: dict[str, set[str]] = {}
    for e in definitions:
        for term in e.denied_terms:
            sharing.setdefault(term, set()).add(e.id)
    siblings: dict[str, dict[str, str]] = {}
    for ids in sharing.values():
        for one in ids & places.keys():
            for other in ids & places.keys():
                if places[other] != places[one]:
                    siblings.setdefault(one, {})[places[other]] = other
                    if (part := SAME_LIMB.get(places[other])) is not None and part != places[one]:
                        siblings[one].setdefault(part, other)
    return siblings


def _own_place(synonyms: Iterable[str]) -> str | None:
    named: Counter[str] = Counter()
    count = 0
    for synonym in synonyms:
        count += 1
        named.update({_SITE_OF_WORD[word] for word in synonym.lower().split() if word in _SITE_OF_WORD})
    if not named:
        return None
    place, times = named.most_common(1)[0]
    return place if times * SITE_SHARE >= count else None
