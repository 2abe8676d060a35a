"""Evidence said in words the lexicon lists no phrase for: a term of every cue group in one clause.

"the muscle by my thumb looks hollow" names no listed phrase, but a hand site and a wasting word
stand in one clause, which is one of muscle wasting's cues. Cues that name other findings ("#id")
are read once those findings are known: "back pain" with present leg weakness in one sentence is
back pain with leg weakness.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from operator import itemgetter
from typing import NamedTuple

from symptom_overlap.domain.parsing.answers import answer_reach, denied_after
from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.denied_lists import LIST_WORDS
from symptom_overlap.domain.parsing.findings import Finding, by_place
from symptom_overlap.domain.parsing.negation import (
    AFFIRMING,
    COMPLAINT_AFTER_NEGATION,
    NEGATION_CUES,
    NEGATION_PHRASES,
    idle_nothing,
)
from symptom_overlap.domain.parsing.rules import CompiledCue, CueGroup, CueIndex
from symptom_overlap.domain.parsing.tokens import Token

NEGATION_REACH = 2  # words before a later cue term in which a negation denies it ("hand is not weak")
NOT_DENIALS = frozenset({"can", "could", "cannot"})  # "can not lift": an inability
# "down" after a verb of posture or movement, or before a place, is no mood and no swallow: "I'm sitting down",
# "when I lie down", "down below", "up or down"; "up" after a verb of spreading is no toe going up ("numbness
# creeping up from my toes"). A term of several words keeps them ("lie down", "won't go down", "toes go up").
POSTURE_VERBS = frozenset(
    {"sit", "sits", "sitting", "sat", "lie", "lies", "lying", "lay", "laid", "bend", "bends", "bending", "bent",
     "kneel", "kneeling", "knelt", "crouch", "crouching", "squat", "squatting", "calm", "slow", "slowing",
     "slowed", "settle", "settling", "put", "putting", "step", "stepping", "walk", "walking", "climb", "climbing",
     "run", "running", "look", "looking", "write", "writing", "wrote", "turn", "turned", "turning"}
)  # fmt: skip
PLACES_AFTER = frozenset({"below", "there", "under", "stairs", "the"})
FALL_VERBS = frozenset(
    {"fall", "falls", "falling", "fell", "drop", "drops", "dropping", "dropped", "drift", "drifting"}
)
SLEEPERS = frozenset({"i", "i'm", "im", "i've", "ive", "he", "she", "he's", "she's", "we", "they", "you", "just"})
SPREAD_VERBS = frozenset(
    {"creep", "creeps", "creeping", "crept", "spread", "spreads", "spreading", "spreaded", "move", "moves",
     "moving", "moved", "travel", "travels", "travelling", "traveling", "travelled", "traveled", "climb", "climbs",
     "climbing", "climbed", "work", "works", "working", "worked", "way"}
)  # fmt: skip

PARTICLES = frozenset({"down", "up", "asleep"})  # the only words _particle may set apart
# A heading of a word or two before a colon ("Legs: weak", "falls: 1 in the dark") and a relative clause after a
# comma ("my legs, which feel weak") belong with the part they head or qualify, for the cues read in parts and clauses.
HEADING_WORDS = 2
RELATIVES = frozenset({"which", "who"})
JOINED_SCOPES = frozenset({"part", "clause"})
JOIN_MARKS = RELATIVES | {":"}


class Occurrence(NamedTuple):
    first: int
    last: int
    shares_words: bool = False  # a site or a finding's span, which may hold words of other terms


# Makes an Occurrence from a tuple of all its fields, without the Python-level call of NamedTuple's __new__ (as
# tokens.py makes tokens): cue lookup makes hundreds per text.
_new_occurrence = tuple.__new__
_new_finding = tuple.__new__
_first_of = itemgetter(0)  # an occurrence -> its first token
_holds = frozenset.__contains__  # (a token's keys, a key) -> whether the token has that key


class TextIndex(NamedTuple):
    """Where each key, site and finding occurs, so that a cue is checked with a few lookups."""

    tokens: Sequence[Token]
    words: Sequence[str]
    keys: Sequence[frozenset[str]]
    segments: Segments
    positions: Mapping[str, list[int]]
    sites: Mapping[str, list[tuple[int, int]]]
    findings: Mapping[str, list[tuple[int, int]]]
    # The keys, sites and finding ids above as sets: a cue group's set meets a set by walking the smaller of
    # the two, but walks a mapping whole.
    key_set: frozenset[str]
    site_set: frozenset[str]
    finding_set: frozenset[str]
    found: dict[int, list[Occurrence]]  # group id -> its occurrences, filled as groups are looked up
    covered: dict[int, frozenset[int]]  # group id -> the tokens its occurrences cover, filled likewise
    denials: dict[int, bool]  # token -> whether words after it deny what ends there ("cramps - none")
    answered: frozenset[int]  # the tokens an answer word follows closely enough to deny (answers.answer_reach)
    # Occurrences that do not depend on the group, built once per text and shared by the groups that hold them (cues
    # share keys and sites: "@foot" stands in seven groups the typical text reaches): a one-word term's, by key, and
    # a site's, by site. Kept by with_findings, as the text's words and sites do not change.
    singles: dict[str, list[Occurrence]]
    site_occurrences: dict[str, list[Occurrence]]

    def may_hold(self, group: CueGroup) -> bool:
        """Whether the text has a one-word term of the group, the first and second words of a longer one (not
        necessarily together), one of its sites or one of its findings: if not, the group has no occurrence."""
        key_set = self.key_set
        if not group.single_keys.isdisjoint(key_set):
            return True
        for key in group.first_keys.intersection(key_set):
            if not group.second_keys[key].isdisjoint(key_set):
                return True
        return not group.sites.isdisjoint(self.site_set) or not group.evidence_ids.isdisjoint(self.finding_set)

    def everywhere(self, group: CueGroup) -> list[Occurrence]:
        """Every occurrence of the group's terms in the text, sorted (looked up once per group)."""
        found = self.found.get(id(group))
        if found is None:
            found = self.found[id(group)] = sorted(self._find(group))
        return found

    def tokens_of(self, group: CueGroup) -> frozenset[int]:
        """The tokens that the group's terms cover anywhere in the text."""
        covered = self.covered.get(id(group))
        if covered is None:
            covered = self.covered[id(group)] = frozenset(
                i for o in self.everywhere(group) for i in range(o.first, o.last + 1)
            )
        return covered

    def denied_after(self, last: int) -> bool:
        """Whether words after token ``last`` deny what ends there (looked up once per token)."""
        if last not in self.answered:  # most tokens: no answer word in reach
            return False
        denied = self.denials.get(last)
        if denied is None:
            denied = self.denials[last] = denied_after(self.words, last)
        return denied

    def _find(self, group: CueGroup) -> list[Occurrence]:
        found: list[Occurrence] = []
        if group.sites:  # most groups name no site and no finding: skip building their empty lists
            for site in group.sites.intersection(self.site_set):
                at_site = self.site_occurrences.get(site)
                if at_site is None:
                    at_site = self.site_occurrences[site] = [
                        _new_occurrence(Occurrence, (*o, True)) for o in self.sites[site]
                    ]
                found += at_site
        if group.evidence_ids:
            found += [
                _new_occurrence(Occurrence, (*o, True))
                for evidence_id in group.evidence_ids.intersection(self.finding_set)
                for o in self.findings[evidence_id]
            ]
        keys, text_words, key_set = self.keys, self.words, self.key_set
        last = len(keys) - 1
        for key in group.first_keys.intersection(key_set):
            longer: Sequence[tuple[str, ...]] = group.words_by_first[key]
            # Most first words of longer terms are common ("no", "for", "in") and their other words absent from
            # the text: only the terms whose words all stand in it can fit (often none: then only one-word terms
            # can start there, and most keys have none).
            if longer:
                longer = (
                    ()
                    if group.second_keys[key].isdisjoint(key_set)
                    else [
                        words
                        for words in longer
                        # (most terms have two words: the second is looked up without a slice)
                        if (words[1] in key_set if len(words) == 2 else key_set.issuperset(words[1:]))
                    ]
                )
            if not longer:
                if key not in group.single_keys:
                    continue
                alone = self.singles.get(key)
                if alone is None:
                    alone = self.singles[key] = [
                        _new_occurrence(Occurrence, (start, start, False))
                        for start in self.positions[key]
                        if text_words[start] not in PARTICLES or not self._particle(start)
                    ]
                found += alone
                continue
            single = key in group.single_keys
            seconds = group.second_keys[key]
            for start in self.positions[key]:
                if start == last or keys[start + 1].isdisjoint(seconds):  # no term of several words fits
                    if single and (text_words[start] not in PARTICLES or not self._particle(start)):
                        found.append(_new_occurrence(Occurrence, (start, start, False)))
                    continue
                for words in longer:  # the longest term that fits
                    end = start + len(words) - 1
                    # Each token from the second on holds the term's key there (compared pairwise in C, as
                    # a generator of index checks costs a frame per position; a term of two words, the most
                    # common, asks its second word alone: start is not the last token here).
                    if (
                        words[1] in keys[end]
                        if end == start + 1
                        else end <= last and all(map(_holds, keys[start + 1 : end + 1], words[1:]))
                    ):
                        found.append(_new_occurrence(Occurrence, (start, end, False)))
                        break
                else:
                    if single and (text_words[start] not in PARTICLES or not self._particle(start)):
                        found.append(_new_occurrence(Occurrence, (start, start, False)))
        return found

    def _particle(self, start: int) -> bool:
        """A lone "down" that tells a posture or a place, a lone "up" that tells a spread, or a person asleep."""
        words = self.words
        before = words[start - 1] if start > 0 else ""
        if words[start] == "down":
            up_or_down = start > 1 and words[start - 2] == "up" and before in ("or", "and")
            return (
                up_or_down or before in POSTURE_VERBS or (start + 1 < len(words) and words[start + 1] in PLACES_AFTER)
            )
        if words[start] == "asleep":  # "when I'm falling asleep" is sleep; "my foot keeps falling asleep" is not
            return before in FALL_VERBS and start > 1 and words[start - 2] in SLEEPERS
        return words[start] == "up" and before in SPREAD_VERBS


def with_findings(index: TextIndex, findings: Sequence[Finding]) -> TextIndex:
    """The same text, with where these findings stand (for cues that name findings)."""
    by_finding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for finding in sorted(findings, key=by_place):
        by_finding[finding.evidence_id].append((finding.first, finding.last))
    return index._replace(findings=by_finding, finding_set=frozenset(by_finding), found={}, covered={})


def key_positions(keys: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    """Each match key -> the positions of the tokens that have it, in order."""
    # Tokens of one word share one set of keys (spelling.token_keys): each set is walked once, not per token.
    by_key_set: dict[frozenset[str], list[int]] = defaultdict(list)
    for index, token_keys in enumerate(keys):
        by_key_set[token_keys].append(index)
    positions: dict[str, list[int]] = defaultdict(list)
    for token_keys, indices in by_key_set.items():
        for key in token_keys:
            if key in positions:  # a key of two words ("weak" and a misspelt "weka"): keep the positions in order
                positions[key] = sorted(positions[key] + indices)
            else:
                positions[key] = list(indices)  # its own list: the keys of one set do not share one
    return positions


def text_index(
    tokens: Sequence[Token],
    words: Sequence[str],
    keys: Sequence[frozenset[str]],
    segments: Segments,
    sites: Sequence[SiteMention],
    positions: Mapping[str, list[int]],
    findings: Sequence[Finding] = (),
) -> TextIndex:
    by_site: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in sites:
        by_site[mention.site].append((mention.first, mention.last))
    by_finding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for finding in findings:
        by_finding[finding.evidence_id].append((finding.first, finding.last))
    return TextIndex(
        tokens,
        words,
        keys,
        segments,
        positions,
        by_site,
        by_finding,
        key_set=frozenset(positions),
        site_set=frozenset(by_site),
        finding_set=frozenset(by_finding),
        found={},
        covered={},
        denials={},
        answered=answer_reach(words),
        singles={},
        site_occurrences={},
    )


def cue_findings(index: TextIndex, cues: CueIndex) -> list[Finding]:
    """One finding per cue and scope (part, clause, sentence or text) in which every group has a term."""
    findings = []
    segments = index.segments
    # Each scope's numbers of the tokens and bounds, looked up inline rather than by Segments.bounds per occurrence.
    scopes = {
        "sentence": (segments.sentence, segments.sentence_bounds),
        "clause": (segments.clause, segments.clause_bounds),
    }
    in_parts = segments.part, segments.part_bounds
    whole = (0, len(segments.part) - 1)
    may_join = not JOIN_MARKS.isdisjoint(index.words)  # most texts have no heading and no relative clause
    for cue in cues.held(index.key_set, index.site_set, index.finding_set):
        first_group, *later_groups = cue.groups
        first_found = index.everywhere(first_group)
        if not first_found:  # its first group has no term in the text: the later ones are not looked for
            continue
        later_found = [index.everywhere(group) for group in later_groups]
        if not all(later_found):  # a group with no term in the text: no scope holds them all
            continue
        # Per scope the first match, but across a whole text the tightest: in "the choking questions ... she coughs
        # on every cup and has a temperature", the fever follows the cough beside it, not a word two sentences back.
        tightest: dict[tuple[int, int], list[Occurrence]] = {}
        within = cue.within
        numbers, all_bounds = scopes.get(within, in_parts)
        # In a scope narrower than the text the first match stands, so a later term in a scope already matched is
        # skipped unread (not when the text has a heading or a relative clause: a scope that fails may widen).
        first_stands = within != "text" and not (may_join and within in JOINED_SCOPES)
        for occurrence in first_found:
            scope = whole if within == "text" else all_bounds[numbers[occurrence.first]]
            if first_stands and scope in tightest:
                continue
            matched = _matched(later_found, occurrence, scope, cue.max_apart, cue.in_order)
            if matched is None and may_join and within in JOINED_SCOPES:  # only what the narrow scope misses
                wider = _joined(index, cue.within, scope)
                if wider != scope:
                    scope, matched = wider, _matched(later_found, occurrence, wider, cue.max_apart, cue.in_order)
            if matched is not None and (
                scope not in tightest or (within == "text" and _width(matched) < _width(tightest[scope]))
            ):
                tightest[scope] = matched
        findings += [_finding(index, cue, matched) for matched in tightest.values()]
    return findings


def _width(matched: Sequence[Occurrence]) -> int:
    return max(o.last for o in matched) - min(o.first for o in matched)


def _matched(
    later_found: Sequence[list[Occurrence]],
    occurrence: Occurrence,
    scope: tuple[int, int],
    max_apart: int | None,
    in_order: bool = False,
) -> list[Occurrence] | None:
    """The occurrence and, for each later group, its term nearest to it in the scope (``in_order``: after the term
    before it); None if a group has none."""
    first, last = scope
    if max_apart is not None:
        first, last = max(first, occurrence.first - max_apart), min(last, occurrence.last + max_apart)
    matched = [occurrence]
    for found in later_found:
        if in_order:
            first = max(first, matched[-1].last + 1)
        # The occurrences inside tokens [first, last] (sorted: those that start there, less those that end after
        # it), in one comprehension; a site or a finding may share words (_overlaps is asked only of word terms).
        start, end = bisect_left(found, first, key=_first_of), bisect_right(found, last, key=_first_of)
        if start >= end:  # most often: none starts in the scope
            return None
        candidates = [o for o in found[start:end] if o.last <= last and (o.shares_words or not _overlaps(o, matched))]
        if not candidates:
            return None
        if len(candidates) > 1:
            candidates = [min(candidates, key=lambda o: abs(o.first - occurrence.first))]
        matched.append(candidates[0])
    return matched


def _joined(index: TextIndex, within: str, scope: tuple[int, int]) -> tuple[int, int]:
    """The scope with a heading before or after it, or a relative clause it is qualified by or qualifies."""
    first, last = scope
    words, bounds, sentence = index.words, index.segments.bounds, index.segments.sentence
    if first > 1 and words[first - 1] == ":":
        heading_first = bounds(within, first - 2)[0]
        if _heading(words, sentence, heading_first, first - 1):
            first = heading_first
    elif within == "part" and words[first] in RELATIVES and first > 1 and words[first - 1] == ",":
        first = bounds(within, first - 2)[0]
    if last + 1 < len(words):
        heads = words[last] == ":" and _heading(words, sentence, first, last)
        if heads or (within == "part" and words[last] == "," and words[last + 1] in RELATIVES):
            last = bounds(within, last + 1)[1]
    return first, last


def _heading(words: Sequence[str], sentence: Sequence[int], first: int, colon: int) -> bool:
    """Whether tokens [first, colon) are a heading of a word or two that starts its sentence."""
    return 0 < colon - first <= HEADING_WORDS and (first == 0 or sentence[first - 1] != sentence[first])


def _finding(index: TextIndex, cue: CompiledCue, matched: Sequence[Occurrence]) -> Finding:
    covered = [i for first, last, _ in matched for i in range(first, last + 1)]
    covered.sort()
    words = tuple(covered)
    # Every occurrence covers its first and last token: the words run from the earliest first to the latest last.
    start, end = words[0], words[-1]
    denied = _denied(index, cue, matched, None if cue.refers_to_findings else start, words)
    anchor = (matched[0].first, matched[0].last)
    # Every field, in Finding's order: evidence_id, first, last, absent, cue, words, anchor, denial_only, hint,
    # contrary (built as tokens are, without the keyword handling of NamedTuple's __new__).
    fields = (cue.evidence_id, start, end, denied, True, words, anchor, False, cue.uncertain, cue.contrary)
    return _new_finding(Finding, fields)


def _without_warning(words: Sequence[str], position: int) -> bool:
    """'without (any) warning', 'no warning': how a thing came, which denies nothing after it."""
    following = words[position + 1 : position + 3]
    return following[:1] == ["warning"] or following == ["any", "warning"]


def _overlaps(occurrence: Occurrence, matched: Sequence[Occurrence]) -> bool:
    """Two word terms may not share a word; a site ("grip" in "grip has gone") or a finding may."""
    return not occurrence.shares_words and any(
        not other.shares_words and occurrence.first <= other.last and other.first <= occurrence.last
        for other in matched
    )


NEGATION_PHRASE_LONGEST = 4  # words of the longest negation phrase: "could not find anything"


def _denied(
    index: TextIndex, cue: CompiledCue, matched: Sequence[Occurrence], first: int | None, own: Collection[int]
) -> bool:
    """A negation right before a term after ``first`` ('my hand is not weak', 'grip test, can't find anything
    weak'), or before other terms of the same group listed ahead of it ('no fevers or chest infections'). Cues that
    name findings are read after negation, so for them the first term counts too ('no fevers after choking')."""
    answered = index.answered  # most tokens: no answer word in reach, and no call to ask
    for occurrence in matched:
        if occurrence.last in answered and index.denied_after(occurrence.last):  # "back pain none"
            return True
    words = index.words
    stop = first or 0
    for group, occurrence in zip(cue.groups, matched, strict=True):
        position = occurrence.first - 1
        if position < stop:  # the first term, or nothing before it to look at
            continue
        reach = NEGATION_REACH
        covered = None  # the group's tokens, looked up once per group and only if a word asks
        while position >= stop and reach > 0:
            word = words[position]
            if (
                word in NEGATION_CUES
                and position not in own
                and not (word == "nothing" and idle_nothing(words, position))
            ) or _negation_phrase_ends(words, position, own):
                if (
                    not (position > 0 and words[position - 1] in NOT_DENIALS)
                    and not (position + 1 < len(words) and words[position + 1] in COMPLAINT_AFTER_NEGATION)
                    and AFFIRMING.at(words, position) is None  # "not just tired, my legs are weak"
                    and not _without_warning(words, position)
                ):
                    return True
            elif word not in LIST_WORDS:  # "no fevers or chest infections": go on over list words and the group's
                if covered is None:
                    covered = index.tokens_of(group)
                if position not in covered:
                    reach -= 1
            position -= 1
    return False


def _negation_phrase_ends(words: Sequence[str], position: int, own: Collection[int]) -> bool:
    """A phrase that denies what follows ends at ``position``: "can't find anything", "ruled out". One whose words
    the cue holds is the finding's own ("couldn't find any reflex at my ankles" is the lost reflex)."""
    for start in range(max(0, position - NEGATION_PHRASE_LONGEST + 1), position + 1):
        phrase = NEGATION_PHRASES.at(words, start)
        if phrase is not None and start + len(phrase) - 1 == position:
            return all(word_index not in own for word_index in range(start, position + 1))
    return False
