"""Body sites named in the text, and the site each finding is about.

A site word inside a finding's words, or else the nearest one in its clause, is the finding's site:
"my eye keeps twitching" is twitching at the eye, which the knowledge base's ``site_variants`` turn
into eyelid twitching. Cues name sites as "@hand", "@leg", … (docs/parsing.md lists them).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count
from typing import NamedTuple

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.lexicon import match_key
from symptom_overlap.domain.parsing.tokens import Token, tokenize, words_of

SITE_TERMS: Mapping[str, tuple[str, ...]] = {
    "one_eye": (
        "one eye", "left eye", "right eye", "one of my eyes", "one of her eyes", "one of his eyes", "l eye", "r eye",
        "one of the eyes", "the bad one", "left eye's", "right eye's",
    ),
    "eye": ("eye", "eyes", "eyelid", "eyelids", "lid", "lids", "eyebrow", "eyebrows", "brow"),
    "tongue": ("tongue", "tongues", "tung"),  # "tung": texting shorthand
    "face": ("face", "cheek", "cheeks", "jaw", "chin", "lip", "lips", "facial", "smile"),
    "mouth": ("mouth", "gums"),
    "throat": ("throat", "windpipe", "gullet"),
    "neck": ("neck", "necks"),
    "back": (
        "my back", "his back", "her back", "the back", "lower back", "low back", "upper back", "bad back",
        "back pain", "back ache", "backache", "spine", "spinal", "lumbar", "thoracic", "sciatica",
    ),
    "arm": (
        "arm", "arms", "shoulder", "shoulders", "bicep", "biceps", "forearm", "forearms", "elbow", "elbows",
        "upper arm", "upper arms", "tricep", "triceps", "deltoid", "deltoids",
    ),
    "hand": (
        "hand", "hands", "finger", "fingers", "fingertip", "fingertips", "thumb", "thumbs", "palm", "palms",
        "wrist", "wrists", "grip", "knuckles", "interosseous", "interossei", "fdi", "thenar", "hypothenar",
        "haun", "hauns",  # Scots
    ),
    "leg": (
        "leg", "legs", "thigh", "thighs", "calf", "calves", "calfs", "knee", "knees", "shin", "shins",
        "hamstring", "hamstrings", "quad", "quads", "hip", "hips",
    ),
    "foot": (
        "foot", "feet", "toe", "toes", "ankle", "ankles", "heel", "heels", "sole", "soles",
        "instep", "hallux",
    ),
    "saddle": (
        "bottom", "buttock", "buttocks", "backside", "bum", "groin", "genitals", "genital", "private parts",
        "private area", "privates", "down below", "down there", "back passage", "perineum", "perineal",
        "perianal", "inner thigh", "inner thighs", "between my legs", "between the legs", "between her legs",
        "between his legs", "between legs", "saddle", "inside of my legs", "inside of his legs", "inside of her legs",
        "inside of my thighs", "on the loo", "on the toilet", "toilet seat", "loo seat", "seat area", "on the commode",
    ),
    "chest": ("chest", "breastbone", "ribs", "sternum"),
    "head": ("head",),
}  # fmt: skip
VARIANT_REACH = 4  # most words between a finding and the site that makes it another evidence
_NO_VARIANTS: Mapping[str, str] = {}  # the site variants of a finding that has none (read only, never filled)
RESTATED_REACH = 3  # most words after a site variant at which a finding may be it said again
# "a twitch in my left eye and also my calf": a limb listed with a variant's site keeps the general finding.
LIMB_SITES = frozenset({"arm", "hand", "leg", "foot"})
LIST_JOINS = frozenset({"and", "or", "also", "plus", "both"})
LIMB_REACH = 4
# A list of sites ("calves, eyelid and tongue"): what joins them, and the words that may lead into it.
ENUMERATION_JOINS = frozenset({"and", "or", "&", "/", "plus"})
ENUMERATION_GAP = frozenset({",", "and", "or", "&", "/", "plus", "my", "the", "his", "her", "both", "left", "right"})
LEAD_IN = frozenset({"in", "on", "my", "the", "his", "her", "all", "over", "around", "about", "-", "mostly", "mainly"})
LIST_GAP = frozenset({",", "my", "the", "his", "her", "in", "both", "also", "too"})
SIDES = frozenset({"left", "right", "other"})
# "my feet, they burn at night": "they" right after limbs named in the plural is those limbs.
PLURAL_PRONOUNS = frozenset({"they", "they're", "theyre", "them"})
PLURAL_LIMBS = frozenset(
    {"hands", "fingers", "thumbs", "arms", "legs", "thighs", "calves", "knees", "feet", "toes", "soles", "ankles"}
)
PRONOUN_REACH = 6
# "I watched my tongue in the mirror, it was squirming": "it" after one limb, the tongue or an eye is that site.
SINGULAR_PRONOUNS = frozenset({"it", "it's", "its"})
_PRONOUNS_OR_ONE = PLURAL_PRONOUNS | SINGULAR_PRONOUNS | {"one"}  # the words _with_sides_of reads
SINGULAR_SITES = frozenset({"arm", "hand", "leg", "foot", "tongue", "eye", "one_eye"})
# "they don't feel numb": "don't feel" is a numbness cue's term, so a denied "they" is left as a pronoun; so is
# one set against a denial ("legs aren't weak, they just feel heavy" is something else) and the "it" of "it's the
# twitching in my calves", which stands for nothing.
PRONOUN_STOPS = frozenset(
    {"don't", "dont", "do", "aren't", "arent", "never", "not", "no", "haven't", "havent", "just", "only", "isn't",
     "isnt", "doesn't", "doesnt", "the", "my", "his", "her", "a", "an", "this", "that", "probably"}
)  # fmt: skip
# "twitching all over, including my tongue", "fasciculations incl. tongue": a site said to be among the places of a
# general finding is also its site variant, and the general finding stays.
INCLUSIONS = frozenset({"including", "incl", "inc", "especially", "even", "particularly"})
INCLUSION_SEARCH = 8  # most tokens after a finding at which an inclusion word may stand
INCLUSION_GAP = frozenset({".", "my", "the", "his", "her", "their", "both", "in", "on", "of", "and"})
# "my tongue is sore, smooth and red, not twitchy at all": a denial said while the clause is about one variant's site
# denies the finding there, though a comma stands between them.
DENIALS = frozenset({"no", "not", "nil", "without", "never"})
DENIAL_REACH = 2  # most words between a denial and the finding it denies
TOPIC_REACH = 12  # most words between the site and the denied finding
WIDER = frozenset(
    {"anywhere", "everywhere", "elsewhere", "else", "other", "limb", "limbs", "muscle", "muscles", "body"}
)  # a wider region than the clause's site: "no other muscles twitching"
# "my twitching is only in my eyelid", "twitches: left lower lid only": the general finding is said to be at the
# variant's site and nowhere else, so it is absent elsewhere. Only for sites that are no limb (eye, tongue).
ONLY_WORDS = frozenset({"only", "solely"})
ONLY_SITES = frozenset({"eye", "one_eye", "tongue"})
ONLY_GAP = frozenset(
    {"in", "on", "my", "the", "his", "her", "this", "that", "ever", "left", "right", "upper", "lower", "top", "one"}
)
EYE_SITES = frozenset({"eye", "one_eye"})  # a limb listed with an eyelid's twitching twitches too
ONLY_SEARCH = 4
# Words after a restriction to one site that place it at the start: "at first", "initially", "then", "spread".
AT_FIRST = frozenset({"first", "initially", "originally", "then", "spread", "spreading"})
SPREAD_REACH = 5  # most words between "only" and the site it restricts
PART_ENDS = frozenset({",", ".", "!", "?", ";", ":", ")"})
# "the bottom of my feet", "the back of my hand": a position on another site, not the site itself.
NOT_BEFORE_OF = frozenset({"bottom", "back"})
# Words whose stem meets a site's but name none: "shiny" (shin), "army" (arm), "handy", "footy".
NOT_SITES = frozenset({"shiny", "army", "armed", "handy", "handed", "footy", "heeled", "palmed", "backed"})


class SiteMention(NamedTuple):
    site: str
    first: int
    last: int


def _compile() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    by_first_key: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for site, terms in SITE_TERMS.items():
        for term in terms:
            term_keys = tuple(match_key(token.word) for token in tokenize(term))
            by_first_key.setdefault(term_keys[0], []).append((term_keys, site))
    for candidates in by_first_key.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))
    return by_first_key


SITES_BY_FIRST_KEY = _compile()
SITE_WORDS = frozenset(word for terms in SITE_TERMS.values() for term in terms for word in term.split())


def site_mentions(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], positions: Mapping[str, list[int]]
) -> list[SiteMention]:
    mentions = []
    next_free = 0
    for index in sorted({i for key in SITES_BY_FIRST_KEY.keys() & positions.keys() for i in positions[key]}):
        if index < next_free:
            continue
        found = _site_at(tokens, keys, index)
        if found is not None:
            found = _longer_within(tokens, keys, found)
            mentions.append(found)
            next_free = found.last + 1
    return _with_sides_of(tokens, mentions) if mentions else mentions


def _longer_within(tokens: Sequence[Token], keys: Sequence[frozenset[str]], found: SiteMention) -> SiteMention:
    """A site that starts inside another and reaches past it is the one meant: "my back passage" is the
    saddle's "back passage", not "my back"."""
    for index in range(found.first + 1, found.last + 1):
        inner = _site_at(tokens, keys, index)
        if inner is not None and inner.last > found.last:
            return inner
    return found


def _with_sides_of(tokens: Sequence[Token], mentions: list[SiteMention]) -> list[SiteMention]:
    """A side with "one" ("the right one", "my other one") is the limb named last before it: "My left hand
    is fine. It's my right one that's weak". "they" a few words after limbs named in the plural, in the
    same sentence, is those limbs: "about my feet, they burn at night"."""
    added = []
    # Only the pronouns and the word "one" are read (picked out in C: a walk of every token cost most of the step).
    for index in compress(count(), map(_PRONOUNS_OR_ONE.__contains__, words_of(tokens))):
        token = tokens[index]
        if token.word in PLURAL_PRONOUNS or token.word in SINGULAR_PRONOUNS:
            limbs = _limbs_before(tokens, mentions, index)
            if limbs is not None:
                added.append(SiteMention(limbs, index, index))
            continue
        if token.word != "one" or index == 0 or tokens[index - 1].word not in SIDES:
            continue
        before = [m for m in mentions if m.last < index - 1 and m.site in LIMB_SITES]
        if before and not any(m.first <= index <= m.last for m in mentions):
            added.append(SiteMention(before[-1].site, index - 1, index))
    return sorted(mentions + added, key=lambda mention: mention.first) if added else mentions


def _limbs_before(tokens: Sequence[Token], mentions: list[SiteMention], index: int) -> str | None:
    """The site that "they" (or "it") at ``index`` stands for: the last site before it, if it is a limb named
    in the plural ("feet", "hands"; for "it" one limb, the tongue or an eye) at most PRONOUN_REACH words before
    in its clause, and not denied or set apart right after."""
    before = None
    for mention in mentions:
        if mention.last >= index:
            break
        before = mention
    if (
        before is None
        or index - before.last > PRONOUN_REACH
        or (tokens[index].word in PLURAL_PRONOUNS) != _plural(tokens[before.last].word)
        or before.site not in (LIMB_SITES if tokens[index].word in PLURAL_PRONOUNS else SINGULAR_SITES)
        or any(tokens[i].ends_clause for i in range(before.last + 1, index))
        or (index + 1 < len(tokens) and tokens[index + 1].word in PRONOUN_STOPS)
    ):
        return None
    return before.site


def _plural(word: str) -> bool:
    return word in PLURAL_LIMBS or word.endswith("s")


def _site_at(tokens: Sequence[Token], keys: Sequence[frozenset[str]], index: int) -> SiteMention | None:
    if tokens[index].word in NOT_SITES:
        return None
    for key in keys[index]:
        for term_keys, site in SITES_BY_FIRST_KEY.get(key, ()):
            last = index + len(term_keys) - 1
            if last >= len(tokens) or (
                last > index  # a name of several words: its later words must follow
                and (
                    term_keys[1] not in keys[index + 1]
                    or any(term_keys[i] not in keys[index + i] for i in range(2, len(term_keys)))
                )
            ):
                continue
            if last + 1 < len(tokens) and tokens[last + 1].word == "of" and tokens[index].word in NOT_BEFORE_OF:
                continue
            if tokens[index].word == "bottom" and last + 1 < len(tokens) and tokens[last + 1].word == "line":
                continue  # "the bottom line"
            return SiteMention(site, index, last)
    return None


class FoundSite(NamedTuple):
    site: str
    distance: int  # words between the finding and the site (0 inside it)
    same_part: bool  # no comma or clause break between them


def sites_of(
    findings: Sequence[Finding], mentions: Sequence[SiteMention], segments: Segments
) -> list[FoundSite | None]:
    """Each finding's site (see site_of), with the mentions grouped by clause once for all findings."""
    by_clause: dict[int, list[SiteMention]] = {}
    for mention in mentions:
        by_clause.setdefault(segments.clause[mention.first], []).append(mention)
    return [site_of(finding, by_clause.get(segments.clause[finding.first], ()), segments) for finding in findings]


def site_of(finding: Finding, mentions: Sequence[SiteMention], segments: Segments) -> FoundSite | None:
    """The site inside the finding's words, or the nearest one in its clause."""
    clause = segments.clause[finding.first]
    best: FoundSite | None = None
    for mention in mentions:
        if segments.clause[mention.first] != clause:
            continue
        if mention.first >= finding.first and mention.last <= finding.last:
            return FoundSite(mention.site, 0, same_part=True)
        distance = finding.first - mention.last if mention.last < finding.first else mention.first - finding.last
        if best is None or distance < best.distance:
            same_part = segments.part[mention.first] in (segments.part[finding.first], segments.part[finding.last])
            best = FoundSite(mention.site, distance, same_part)
    return best


def with_site_variants(
    findings: Sequence[Finding],
    sites: Sequence[FoundSite | None],
    variants: Mapping[str, Mapping[str, str]],
    tokens: Sequence[Token],
    mentions: Sequence[SiteMention],
    segments: Segments,
    present: AbstractSet[str] | None = None,
) -> tuple[list[Finding], list[FoundSite | None]]:
    """Each finding as the evidence its site makes it: twitching at the eye is eyelid twitching. The site
    must stand close, with no comma between: in "no twitching anywhere, including my tongue, no tingling"
    the tingling is not the tongue's. A limb named with it keeps the finding too: "twitching in my tongue
    and my legs" is tongue twitching and twitching in the legs."""
    moved: list[Finding] = []
    moved_sites: list[FoundSite | None] = []
    general_of = _generals(variants)
    # Every variant's words, also of a variant that two general findings become (saddle numbness: numbness, tingling).
    variant_ids = {variant for by_site in variants.values() for variant in by_site.values()}
    variant_words = {(f.evidence_id, i) for f in findings if f.evidence_id in variant_ids for i in f.own_tokens()}
    # Most texts: no inclusion word, so no site included.
    includes = not INCLUSIONS.isdisjoint(words_of(tokens) if present is None else present)
    covering = _ids_covering(findings, mentions)
    by_clause: dict[int, list[SiteMention]] = {}  # the site mentions of each clause, in order (asked per finding)
    for mention in mentions:
        by_clause.setdefault(segments.clause[mention.first], []).append(mention)
    for finding, found in zip(findings, sites, strict=True):
        by_site = variants.get(finding.evidence_id, _NO_VARIANTS)
        general = general_of.get(finding.evidence_id)
        if general is not None and found is not None and found.site in ONLY_SITES:
            if _only_at(finding, found.site, tokens, mentions, segments):
                moved.append(finding._replace(evidence_id=general, absent=True))
                moved_sites.append(None)
            elif found.site in EYE_SITES and (limb := _listed_limb(finding, tokens, mentions, segments)) is not None:
                moved.append(finding._replace(evidence_id=general))  # "twitching in my eyelid and my calves"
                moved_sites.append(limb)
        if (
            found is not None
            and found.site in by_site
            and finding.first == finding.last
            and (by_site[found.site], finding.first) in variant_words
        ):
            continue  # a word of its own site variant: the "twitching" of "twitching in my left lower lid"
        if found is not None and found.site in by_site and found.same_part and found.distance <= VARIANT_REACH:
            limb = _limb_beside(finding, tokens, mentions, segments)
            if limb is not None:
                moved.append(finding)
                moved_sites.append(limb)
            if found.site in ONLY_SITES and _only_at(finding, found.site, tokens, mentions, segments):
                moved.append(finding._replace(absent=True))
                moved_sites.append(None)
            finding = finding._replace(evidence_id=by_site[found.site])
        elif by_site and (topic := _denied_at_topic(finding, tokens, by_clause, segments) or "") in by_site:
            finding = finding._replace(evidence_id=by_site[topic])
            found = FoundSite(topic, 0, same_part=True)
        elif by_site and includes:
            for site in _included_sites(finding, tokens, mentions, segments):
                if site in by_site:
                    moved.append(finding._replace(evidence_id=by_site[site]))
                    moved_sites.append(FoundSite(site, 0, same_part=True))
        if found is not None and (by_site or general is not None):
            own_general = general or finding.evidence_id
            own = {own_general, *variants.get(own_general, _NO_VARIANTS).values()}
            for site in _enumerated_sites(finding, tokens, by_clause, segments, covering, own):
                listed_as = variants.get(own_general, _NO_VARIANTS).get(site) or (
                    own_general if site in LIMB_SITES else None
                )
                if listed_as is not None and listed_as != finding.evidence_id:
                    moved.append(finding._replace(evidence_id=listed_as))
                    moved_sites.append(FoundSite(site, 0, same_part=True))
        moved.append(finding)
        moved_sites.append(found)
    return moved, moved_sites


def _ids_covering(findings: Sequence[Finding], mentions: Sequence[SiteMention]) -> dict[int, set[str]]:
    """The evidence ids whose words cover the first word of each site mention."""
    starts = sorted({mention.first for mention in mentions})
    covering: dict[int, set[str]] = {}
    for finding in findings:
        for position in starts[bisect_left(starts, finding.first) : bisect_right(starts, finding.last)]:
            covering.setdefault(position, set()).add(finding.evidence_id)
    return covering


def _enumerated_sites(
    finding: Finding,
    tokens: Sequence[Token],
    by_clause: Mapping[int, list[SiteMention]],
    segments: Segments,
    covering: Mapping[int, set[str]],
    own: Collection[str],
) -> list[str]:
    """ "twitching in my calves, eyelid and tongue", "my calves, eyelid and arms twitch": the sites of a list that
    holds the finding's own site, or starts or ends right beside its words, each have it (as its variant there).
    A site inside another finding's words is that finding's ("numb feet and my tongue is sore")."""
    in_clause = by_clause.get(segments.clause[finding.first], [])
    if len(in_clause) < 2:  # most findings: no list of sites, and nothing more to look at
        return []
    in_clause = [m for m in in_clause if not covering.get(m.first, set()).difference(own)]
    if len(in_clause) < 2:
        return []
    runs: list[list[SiteMention]] = [[in_clause[0]]]
    for mention in in_clause[1:]:
        gap = [token.word for token in tokens[runs[-1][-1].last + 1 : mention.first]]
        joined = bool(gap) and (gap[0] == "," or gap[0] in ENUMERATION_JOINS) and set(gap) <= ENUMERATION_GAP
        if joined:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        # a list: three sites or more, or two joined by a list word ("my eyelid, my arms too" is two statements)
        if len(run) < 2 or (
            len(run) == 2 and ENUMERATION_JOINS.isdisjoint(w.word for w in tokens[run[0].last : run[1].first])
        ):
            continue
        before = [token.word for token in tokens[finding.last + 1 : run[0].first]]
        after = [token.word for token in tokens[run[-1].last + 1 : finding.first]]
        inside = finding.first <= run[-1].last and run[0].first <= finding.last
        starts_after = run[0].first > finding.last and len(before) <= LIMB_REACH and set(before) <= LEAD_IN
        ends_before = run[-1].last < finding.first and len(after) <= 1 and set(after) <= LIST_GAP
        if inside or starts_after or ends_before:
            return [mention.site for mention in run]
    return []


def _listed_limb(
    finding: Finding, tokens: Sequence[Token], mentions: Sequence[SiteMention], segments: Segments
) -> FoundSite | None:
    """A limb listed right after a site variant's words ("twitching in my eyelid and my calves") or standing
    just before them ("my calves twitch and my eyelid too"): the general finding is there too."""
    clause = segments.clause[finding.first]
    for mention in mentions:
        if mention.site not in LIMB_SITES or segments.clause[mention.first] != clause:
            continue
        if mention.last + 1 == finding.first:
            return FoundSite(mention.site, 0, same_part=True)
        gap = [token.word for token in tokens[finding.last + 1 : mention.first]]
        listed = set(gap) & LIST_JOINS and set(gap) <= LIST_JOINS | LIST_GAP
        if mention.first > finding.last and len(gap) <= LIMB_REACH and listed:
            return FoundSite(mention.site, len(gap), same_part=True)
    return None


def _generals(variants: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """Each site variant that only one general finding becomes (eyelid twitching: twitching), by that finding."""
    generals: dict[str, set[str]] = {}
    for general, by_site in variants.items():
        for variant in by_site.values():
            generals.setdefault(variant, set()).add(general)
    return {variant: next(iter(ids)) for variant, ids in generals.items() if len(ids) == 1}


def _only_at(
    finding: Finding, site: str, tokens: Sequence[Token], mentions: Sequence[SiteMention], segments: Segments
) -> bool:
    """Whether the finding's part restricts it to the site after naming it: "twitching, only (ever) in my eyelid",
    "twitching in my lower lid only." ("not only my eyelid" does not; "only my eyelid twitches" contrasts it with
    other complaints)."""
    part = segments.part[finding.first]
    for mention in mentions:
        if mention.site != site or segments.part[mention.first] != part:
            continue
        index = mention.first - 1
        while index >= 0 and mention.first - index <= ONLY_SEARCH and tokens[index].word in ONLY_GAP:
            index -= 1
        restricts = index > finding.first and tokens[index].word in ONLY_WORDS  # said first, then restricted
        if restricts and tokens[index - 1].word != "not":
            return not since_spread(tokens, mention.last + 1)
        after = mention.last + 1
        if (
            after < len(tokens)
            and tokens[after].word in ONLY_WORDS
            and (after + 1 == len(tokens) or tokens[after + 1].word in PART_ENDS)
        ):
            return not since_spread(tokens, after + 1)
    return False


def since_spread(tokens: Sequence[Token], start: int) -> bool:
    """ "only in his eyelid at first, but now it's in his arms", "only my lid to start with, then": a restriction
    that held at the start, not now."""
    return any(token.word in AT_FIRST for token in tokens[start : start + SPREAD_REACH])


def _denied_at_topic(
    finding: Finding, tokens: Sequence[Token], by_clause: Mapping[int, list[SiteMention]], segments: Segments
) -> str | None:
    """The one site named in the opening part of a denied finding's clause, when its own part names no place."""
    if DENIALS.isdisjoint(words_of(tokens[max(finding.first - DENIAL_REACH - 1, 0) : finding.first])):
        return None
    clause, part = segments.clause[finding.first], segments.part[finding.first]
    first, last = segments.part_bounds[part]
    if not WIDER.isdisjoint(words_of(tokens[first : last + 1])):
        return None
    in_clause = by_clause.get(clause, [])
    if len(in_clause) != 1 or segments.part[in_clause[0].first] == part:
        return None
    site = in_clause[0]
    opening = segments.part[segments.clause_bounds[clause][0]]  # the topic is named in the clause's first part
    near = site.last < finding.first and finding.first - site.last <= TOPIC_REACH
    return site.site if near and segments.part[site.first] == opening else None


def _included_sites(
    finding: Finding, tokens: Sequence[Token], mentions: Sequence[SiteMention], segments: Segments
) -> list[str]:
    """Sites named after an inclusion word that follows the finding in its clause: "twitches everywhere,
    including my eyelids". The full stop of "incl." does not end the search."""
    clause = segments.clause[finding.first]
    found: list[str] = []
    for index in range(finding.last + 1, min(finding.last + 1 + INCLUSION_SEARCH, len(tokens))):
        if segments.clause[index] != clause:
            break
        if tokens[index].word not in INCLUSIONS:
            continue
        starts = {mention.first: mention.site for mention in mentions}  # built only once an inclusion is found
        after = index + 1
        while after < len(tokens) and (tokens[after].word in INCLUSION_GAP or tokens[after].word == ","):
            if after in starts:
                break
            after += 1
        if after in starts:
            found.append(starts[after])
    return found


def _limb_beside(
    finding: Finding, tokens: Sequence[Token], mentions: Sequence[SiteMention], segments: Segments
) -> FoundSite | None:
    """A limb in the finding's part, listed ("and", "also") within a few words of the finding or of another
    site: not "twitching in my eye when I use my hands"."""
    part = segments.part[finding.first]
    ends = [(finding.first, finding.last)]
    for mention in mentions:
        if segments.part[mention.first] != part:
            continue
        first, last = min(ends, key=lambda end: max(end[0] - mention.last, mention.first - end[1], 0))
        distance = max(first - mention.last, mention.first - last, 0)
        if distance > LIMB_REACH:
            continue
        if mention.site not in LIMB_SITES:
            ends.append((mention.first, mention.last))
            continue
        between = {token.word for token in tokens[min(last, mention.last) + 1 : max(first, mention.first)]}
        if between & LIST_JOINS:
            return FoundSite(mention.site, distance, same_part=True)
    return None


def without_restated(
    findings: Sequence[Finding],
    sites: Sequence[FoundSite | None],
    variants: Mapping[str, Mapping[str, str]],
    segments: Segments,
) -> tuple[list[Finding], list[FoundSite | None]]:
    """The findings (and their sites) less those that say again, right after it in its part, a site variant
    they would be: in "my tongue in the mirror is quivering like a bag of worms" the worms are the tongue's
    twitching, too far from the word "tongue" to be moved to it."""
    variant_ids = {variant for by_site in variants.values() for variant in by_site.values()}
    # Most texts say no site variant: the search inside their words is skipped.
    said_variants = [other for other in findings if other.evidence_id in variant_ids and not other.denial_only]
    kept = [
        (finding, found)
        for finding, found in zip(findings, sites, strict=True)
        if (
            found is None
            or not _restates(finding, variants.get(finding.evidence_id, {}).get(found.site), findings, segments)
        )
        and not (
            said_variants
            and finding.evidence_id in variants
            and _inside_a_variant(finding, variants[finding.evidence_id], said_variants)
        )
    ]
    return [finding for finding, _ in kept], [found for _, found in kept]


def _inside_a_variant(finding: Finding, variants: Mapping[str, str], said_variants: Sequence[Finding]) -> bool:
    """ "numb where you sit on a bike", "reduced pinprick S3-S5": a finding told inside the words of one of its
    site variants is that variant, though no site word of its own names the place."""
    return any(
        other.evidence_id in variants.values()
        and other.first <= finding.first
        and finding.last <= other.last
        and (other.first, other.last) != (finding.first, finding.last)
        for other in said_variants
    )


def _restates(finding: Finding, variant: str | None, findings: Sequence[Finding], segments: Segments) -> bool:
    return variant is not None and any(
        other.evidence_id == variant
        and other.first < finding.first <= other.last + RESTATED_REACH
        and segments.part[other.last] == segments.part[finding.first]
        for other in findings
    )
