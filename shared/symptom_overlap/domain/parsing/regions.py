"""Denials that reach other places than the one a finding names.

- A whole region: "no twitching anywhere" denies the twitching, but not the evidence of a site of its own
  (the tongue's, the eyelid's), nor does "nowhere else"; sites named after a denied finding through list and
  inclusion words deny it there ("no twitching, including my tongue", "not even my face").
- A place denied on its own after a symptom: in "my fingers tingle, nothing in my feet" or "only my
  eyelid twitches, nothing in my arms" the symptom just spoken of is denied at that place: twitching in
  the arms is ordinary twitching, so it is absent even though the eyelid's is present. "Nowhere else"
  denies it at every other place.

A red flag is denied this way only at a place the text names: "no numbness anywhere" does not say that
the saddle area was thought of, and its question costs little.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from symptom_overlap.domain.parsing.body_site import SiteMention, since_spread
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding
from symptom_overlap.domain.parsing.tokens import Token

REGION_WORDS = frozenset({"anywhere", "everywhere", "whatsoever", "elsewhere"})
EXCEPTIONS = frozenset({"except", "but", "apart", "besides", "other", "bar", "save", "excluding"})
# Words that may stand between a denied finding and the sites or region words that widen it.
WIDENING = frozenset(
    {
        ",", "or", "and", "nor", "including", "incl", "even", "not", "either", "in", "on", "of", "my", "the",
        "his", "her", "their", "any", "else", "at", "all", "over", "body", "too", "also", "like", "around",
        "each", "both", "separately", "is", "are", "fine", "ok", "okay", "normal", "good", "sharp", "clear",
    }
)  # fmt: skip
SITE_JOINS = frozenset({",", "or", "and", "nor", "/", "&"})
# "in either eye", "each eye", "both eyes fine": every one of a pair, so each one alone too ("one_eye").
EVERY_ONE = frozenset({"either", "each", "both"})
PLACE_DENIALS = frozenset({"nothing", "none", "nowhere", "not"})
TO_PLACE = frozenset({"in", "on", "at", "with", "into", "my", "the", "his", "her", "their", "both", "either"})
ELSE = frozenset({"else", "elsewhere"})
WHOLE_BODY = frozenset({"body"})
# "my feet are fine": a pair of places said fine as a whole, with the words that may stand between.
PAIRED_PLURALS = frozenset({"feet", "toes", "hands", "legs", "arms", "fingers"})
FINE_LINKS = frozenset(
    {"are", "r", "feel", "seem", "look", "both", "and", "my", "still", "totally", "completely", "perfectly",
     "absolutely", "quite", "pretty", "entirely", "seems", "feels", "all", "actually", "otherwise"}
)  # fmt: skip
PLACE_FINE = frozenset({"fine", "ok", "okay", "normal", "alright", "unaffected", "perfect", "grand", "spared"})
PLACE_TROUBLE = frozenset({"problem", "issu", "bother", "troubl", "prob"})  # stems
PLAIN_AFTER = frozenset({"and", "though", "tho", "too", "thankfully", "luckily", "so", "x", "btw", "as"})
# "weakness in my legs and (also) in the hands since May": the words that list a further site, and after it.
SITE_LIST = frozenset({"and", "also", "in", "the", "my", "his", "her", "both", "plus", "too"})
LIST_ENDS = frozenset({",", "and", "since", "for", "too", "as", "also", "now", "from", "over", "at", "this"})
SIBLING_LINKS = frozenset({"my", "the", "his", "her", "their", "both"})  # "my hands and my legs"
PLACE_REACH = 3  # words between a place denial and its site
ONLY_REACH = 2  # words between "only" and a finding at one site ("only my eyelid", "eyelid twitch only")
# Read once here: on Python 3.11 each read of an enum member passes EnumType's __getattr__ hook (about 0.1 us).
_ABSENT, _PRESENT = Assertion.ABSENT, Assertion.PRESENT


class SitePlaces(NamedTuple):
    """Where each finding can be: its variants by site, its siblings at other places, and the way back."""

    variants: Mapping[str, Mapping[str, str]]  # base evidence id -> site -> variant id
    siblings: Mapping[str, Mapping[str, str]]  # one symptom at another place ("no weakness in my hands or legs")
    base_of: Mapping[str, str]  # variant id -> base evidence id
    red_flags: frozenset[str]

    @classmethod
    def of(
        cls,
        variants: Mapping[str, Mapping[str, str]],
        siblings: Mapping[str, Mapping[str, str]],
        red_flags: frozenset[str],
    ) -> SitePlaces:
        base_of = {variant: base for base, by_site in variants.items() for variant in by_site.values()}
        return cls(variants, siblings, base_of, red_flags)

    def ids_at(self, evidence_id: str, place: str) -> list[str]:
        """What a finding is at another place ("else": the general finding and its siblings, not the variants of
        sites left unnamed), other than what it already is; a sibling at its own place ("my hands are weak, my legs
        aren't" denies leg weakness)."""
        base = self.base_of.get(evidence_id, evidence_id)
        by_site = {**self.siblings.get(evidence_id, {}), **self.variants.get(base, {})}
        siblings = self.siblings.get(evidence_id, {}).values()
        found = {base, *(set(siblings) - self.red_flags)} if place == "else" else {by_site.get(place, base)}
        return sorted(found - {evidence_id})


def widened_denials(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    sites: Sequence[SiteMention],
    places: SitePlaces,
) -> list[ReadFinding]:
    """Absent readings at the other places a denial reaches."""
    site_at = {i: site for site in sites for i in range(site.first, site.last + 1)}
    widened = []
    for item in read:
        if item.assertion is _ABSENT:
            base = places.base_of.get(item.finding.evidence_id, item.finding.evidence_id)
            by_site = places.variants.get(base, {})
            named_sites = {**places.siblings.get(item.finding.evidence_id, {}), **by_site}
            widened += _widened(tokens, item, named_sites, site_at)
        elif item.assertion is Assertion.PRESENT and item.finding.evidence_id in places.siblings:
            siblings = places.siblings[item.finding.evidence_id]
            widened += _listed_after(tokens, item, siblings, site_at)
            widened += _listed_together(tokens, item, siblings, site_at)
    widened += _place_denials(tokens, segments, read, site_at, places)
    widened += _only_there(tokens, read, site_at, places)
    return widened


def _only_there(
    tokens: Sequence[Token], read: Sequence[ReadFinding], site_at: Mapping[int, SiteMention], places: SitePlaces
) -> list[ReadFinding]:
    """ "twitching - only my eyelid", "my twitches are only ever in my eyelid", "eye twitch only": a symptom said
    to be only at a site of its own is absent as the general one ("only a little twitching" says no place)."""
    kept = []
    for item in read:
        base = places.base_of.get(item.finding.evidence_id)
        if item.assertion is not _PRESENT or base is None or base in places.red_flags:
            continue
        first, last = item.finding.first, item.finding.last
        window = range(max(0, first - ONLY_REACH), min(len(tokens), last + 1 + ONLY_REACH))
        if any(
            tokens[i].word == "only" and (i == last + 1 or _only_at_site(tokens, i, site_at)) for i in window
        ) and not since_spread(tokens, last + 1):
            kept.append(absent_as(base, item))
    return kept


def _only_at_site(tokens: Sequence[Token], only: int, site_at: Mapping[int, SiteMention]) -> bool:
    """ "only my eyelid", "only ever in the eye", or "eyelid only": "only" next to a site's name."""
    if only - 1 in site_at:
        return True
    for position in range(only + 1, min(len(tokens), only + 1 + PLACE_REACH + 1)):
        if position in site_at:
            return True
        if tokens[position].word not in TO_PLACE and tokens[position].word not in {"ever", "around", "the"}:
            return False
    return False


def _widened(
    tokens: Sequence[Token],
    item: ReadFinding,
    named_sites: Mapping[str, str],
    site_at: Mapping[int, SiteMention],
) -> list[ReadFinding]:
    """'no twitching anywhere, including my tongue': the denied finding at the sites that follow it; a site
    named also reaches a sibling ('no weakness in my hands or legs')."""
    if not named_sites:
        return []
    reached: set[str] = set()
    first = item.finding.first
    if first in site_at and first > 0 and tokens[first - 1].word in EVERY_ONE:  # "both eyes fine"
        reached.update(_each_one(site_at[first], named_sites))
    if first in site_at:  # "no arm or leg weakness": sites listed before the one the finding starts at
        reached.update(_sites_before(tokens, site_at[first].first, named_sites, site_at))
    position = item.finding.last + 1
    while position < len(tokens) and not tokens[position].ends_clause:
        word = tokens[position].word
        if word in REGION_WORDS:
            if position + 1 < len(tokens) and tokens[position + 1].word in EXCEPTIONS:
                break  # "no twitching anywhere except my tongue"
            # "no twitching anywhere" denies the twitching, not a site's own evidence (the tongue's, the eyelid's),
            # which the writer denies by naming the site ("no twitching anywhere, including my tongue")
        elif position in site_at:
            site = site_at[position]
            if site.site in named_sites:
                reached.add(named_sites[site.site])
            if tokens[position - 1].word in EVERY_ONE:
                reached.update(_each_one(site, named_sites))
            position = site.last
        elif word not in WIDENING:
            break
        position += 1
    reached.discard(item.finding.evidence_id)
    return [absent_as(evidence_id, item) for evidence_id in sorted(reached)]


def _sites_before(
    tokens: Sequence[Token], first: int, named_sites: Mapping[str, str], site_at: Mapping[int, SiteMention]
) -> list[str]:
    """The finding at the sites joined before its own by "or", "and" or a comma ("no arm, hand or leg weakness")."""
    reached = []
    position = first - 1
    while position > 0 and tokens[position].word in SITE_JOINS and position - 1 in site_at:
        site = site_at[position - 1]
        if site.site in named_sites:
            reached.append(named_sites[site.site])
        position = site.first - 1
    return reached


def _listed_after(
    tokens: Sequence[Token], item: ReadFinding, siblings: Mapping[str, str], site_at: Mapping[int, SiteMention]
) -> list[ReadFinding]:
    """'weakness in both legs and also in the hands': a symptom at a site, with another site listed after it that
    says nothing of its own ('and my hands are fine' does), is there too (as its sibling)."""
    reached = []
    position = item.finding.last + 1
    while position < len(tokens) and tokens[position].word in SITE_LIST:
        position += 1
        site = site_at.get(position)
        if site is not None:
            after = tokens[site.last + 1] if site.last + 1 < len(tokens) else None
            if site.site in siblings and (after is None or after.ends_clause or after.word in LIST_ENDS):
                reached.append((siblings[site.site], site.site))
            position = site.last + 1
    finding = item.finding
    return [
        ReadFinding(Finding(evidence_id, finding.first, finding.last), item.assertion, item.subject, item.time, site)
        for evidence_id, site in reached
        if evidence_id != finding.evidence_id
    ]


def _listed_together(
    tokens: Sequence[Token], item: ReadFinding, siblings: Mapping[str, str], site_at: Mapping[int, SiteMention]
) -> list[ReadFinding]:
    """'my arms and legs are weak', 'hands, legs and feet weak': sites joined by "and", "or" or a comma to the site a
    symptom starts at, before it or inside its words, have it too (as its sibling)."""
    first = item.finding.first
    own = site_at.get(first)
    if own is None:
        return []
    reached = _sites_before(tokens, own.first, siblings, site_at)
    position = own.last + 1
    while position + 1 <= item.finding.last and tokens[position].word in SITE_JOINS:
        following = position + 1
        while following <= item.finding.last and tokens[following].word in SIBLING_LINKS:
            following += 1
        site = site_at.get(following)
        if site is None:
            break
        if site.site in siblings:
            reached.append(siblings[site.site])
        position = site.last + 1
    finding = item.finding
    site_of = {evidence_id: site for site, evidence_id in reversed(list(siblings.items()))}  # its own place first
    return [
        ReadFinding(
            Finding(evidence_id, finding.first, finding.last),
            item.assertion,
            item.subject,
            item.time,
            site_of[evidence_id],
        )
        for evidence_id in dict.fromkeys(reached)
        if evidence_id != finding.evidence_id
    ]


def _each_one(site: SiteMention, named_sites: Mapping[str, str]) -> list[str]:
    """The finding at one of a pair of sites: sight lost in one eye, when each eye is said free of it."""
    one = named_sites.get("one_" + site.site)
    return [one] if one is not None else []


def _place_denials(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    site_at: Mapping[int, SiteMention],
    places: SitePlaces,
) -> list[ReadFinding]:
    """'nothing in my feet', 'nowhere else': the symptoms just spoken of are denied at that place."""
    denied = []
    for cue, token in enumerate(tokens):
        if token.word not in PLACE_DENIALS:
            continue
        place = _place_after(tokens, cue, site_at)
        if place is None:
            continue
        spoken = spoken_of_before(segments, read, cue)
        after = not spoken
        for item in spoken or _spoken_of_after(segments, read, cue):
            at_place = places.ids_at(item.finding.evidence_id, place)
            denied += [
                absent_as(evidence_id, item, cue)
                for evidence_id in at_place
                if not (after and evidence_id in places.red_flags)  # a red flag's question is asked
            ]
    return denied


def _spoken_of_after(segments: Segments, read: Sequence[ReadFinding], cue: int) -> list[ReadFinding]:
    """ "not my eyelid, the twitch is in my thumb": with nothing said before a place denial, the present findings
    after it in its sentence are the symptoms it speaks of."""
    sentence = segments.sentence[cue]
    return [
        item
        for item in read
        if item.assertion is Assertion.PRESENT
        and item.finding.first > cue
        and segments.sentence[item.finding.first] == sentence
    ]


def place_denied(tokens: Sequence[Token], site: SiteMention) -> bool:
    """A place denial stands right before the site: 'nothing in my feet', 'not in the feet', 'none on my toes'."""
    cue = site.first - 1
    while cue >= 0 and site.first - cue <= PLACE_REACH + 1 and tokens[cue].word in TO_PLACE:
        cue -= 1
    return cue >= 0 and tokens[cue].word in PLACE_DENIALS and cue < site.first


def place_said_fine(tokens: Sequence[Token], site: SiteMention) -> bool:
    """A pair of places said fine as a whole: 'my feet are fine', 'both feet totally normal', 'hands and feet
    are ok', 'toes no problem'. Only a plural name (one foot fine is one of two), said fine right after it."""
    if tokens[site.last].word not in PAIRED_PLURALS:
        return False
    position = site.last + 1
    while position < len(tokens) and (tokens[position].word in FINE_LINKS or tokens[position].word in PAIRED_PLURALS):
        position += 1
    if position >= len(tokens):
        return False
    word = tokens[position].word
    if word == "no" and position + 1 < len(tokens) and tokens[position + 1].stem in PLACE_TROUBLE:
        position += 1
    elif word == "right" and tokens[position - 1].word == "all":  # "my feet are all right"
        pass
    elif word not in PLACE_FINE:
        return False
    # Fine without a "when" ("fine in the mornings", "fine now"), which would say they are not always.
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return after is None or after.ends_clause or after.is_comma or after.word in PLAIN_AFTER


def _place_after(tokens: Sequence[Token], cue: int, site_at: Mapping[int, SiteMention]) -> str | None:
    """The site a place denial names ("nothing in my feet"), or "else" ("nowhere else", "nothing else on my body")."""
    following = tokens[cue + 1 : cue + 2 + PLACE_REACH]
    if len(following) > 1 and following[0].word == "anywhere" and following[1].word in ELSE:
        return "else"  # "not anywhere else", "nothing anywhere else"
    if following and following[0].word in ELSE:  # "nowhere else", but not "nothing else to report"
        said_where = tokens[cue].word == "nowhere" or (len(following) > 1 and following[1].word in TO_PLACE)
        return "else" if said_where else None
    if tokens[cue].word == "not" and not (following and following[0].word in TO_PLACE):
        return None  # "not my legs" is said by the negation rules; "not in my legs" is a place
    for offset, token in enumerate(following, start=cue + 1):
        if offset in site_at:
            return site_at[offset].site
        if token.word in WHOLE_BODY:  # "nothing in my body", "not body": every other place
            return "else"
        if token.word not in TO_PLACE:
            return None
    return None


def spoken_of_before(segments: Segments, read: Sequence[ReadFinding], cue: int) -> list[ReadFinding]:
    """The present findings before the cue in its sentence, or else in the sentence before, or the one before
    that when the sentence between names no finding ("Eyelid twitch. Left lid only. Nothing anywhere else.")."""
    sentence = segments.sentence[cue]
    before = segments.sentence_before(sentence)
    two_before = None if before is None else segments.sentence_before(before)
    for wanted in (sentence, before, two_before):
        found = [
            item
            for item in read
            if item.assertion is Assertion.PRESENT
            and item.finding.last < cue
            and segments.sentence[item.finding.first] == wanted
        ]
        if found:
            return found
    return []


def absent_as(evidence_id: str, item: ReadFinding, at: int | None = None) -> ReadFinding:
    first, last = (item.finding.first, item.finding.last) if at is None else (at, at)
    return ReadFinding(Finding(evidence_id, first, last), Assertion.ABSENT, item.subject, item.time, None)
