"""Evidence said in words the lexicon lists no phrase for: a term of every cue group in one clause.

"the muscle by my thumb looks hollow" names no listed phrase, but a hand site and a wasting word
stand in one clause, which is one of muscle wasting's cues. Cues that name other findings ("#id")
are read once those findings are known: "back pain" with present leg weakness in one sentence is
back pain with leg weakness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from symptom_overlap.domain.parsing.assertion import NEGATION_CUES
from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.rules import CompiledCue, CueGroup
from symptom_overlap.domain.parsing.tokens import Token

NEGATION_REACH = 2  # words before a later cue term in which a negation denies it ("hand is not weak")
NOT_DENIALS = frozenset({"can", "could", "cannot"})  # "can not lift": an inability


@dataclass(frozen=True)
class TextIndex:
    """Where each key, site and finding occurs, so that a cue is checked with a few lookups."""

    tokens: Sequence[Token]
    keys: Sequence[frozenset[str]]
    segments: Segments
    positions: Mapping[str, list[int]]
    sites: Mapping[str, list[tuple[int, int]]]
    findings: Mapping[str, list[tuple[int, int]]]

    def may_hold(self, group: CueGroup) -> bool:
        return (
            not group.first_keys.isdisjoint(self.positions)
            or not group.sites.isdisjoint(self.sites)
            or not group.evidence_ids.isdisjoint(self.findings)
        )

    def everywhere(self, group: CueGroup) -> list[tuple[int, int]]:
        """Every occurrence of the group's terms in the text."""
        found = [o for site in group.sites for o in self.sites.get(site, ())]
        found += [o for evidence_id in group.evidence_ids for o in self.findings.get(evidence_id, ())]
        for key in group.first_keys.intersection(self.positions):
            for start in self.positions[key]:
                found += self._words_at(group, key, start, len(self.keys) - 1)
        return found

    def within(self, group: CueGroup, first: int, last: int) -> list[tuple[int, int]]:
        """The occurrences of the group's terms inside tokens [first, last]."""
        found = [o for site in group.sites for o in self.sites.get(site, ()) if first <= o[0] and o[1] <= last]
        found += [
            o
            for evidence_id in group.evidence_ids
            for o in self.findings.get(evidence_id, ())
            if first <= o[0] and o[1] <= last
        ]
        for start in range(first, last + 1):
            for key in self.keys[start]:
                if key in group.words_by_first:
                    found += self._words_at(group, key, start, last)
        return found

    def _words_at(self, group: CueGroup, key: str, start: int, last: int) -> list[tuple[int, int]]:
        for words in group.words_by_first[key]:  # longest first
            end = start + len(words) - 1
            if end <= last and all(words[i] in self.keys[start + i] for i in range(1, len(words))):
                return [(start, end)]
        return []


def with_findings(index: TextIndex, findings: Sequence[Finding]) -> TextIndex:
    """The same text, with where these findings stand (for cues that name findings)."""
    by_finding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for finding in findings:
        by_finding[finding.evidence_id].append((finding.first, finding.last))
    return replace(index, findings=by_finding)


def text_index(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    segments: Segments,
    sites: Sequence[SiteMention],
    findings: Sequence[Finding] = (),
) -> TextIndex:
    positions: dict[str, list[int]] = defaultdict(list)
    for index, token_keys in enumerate(keys):
        for key in token_keys:
            positions[key].append(index)
    by_site: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in sites:
        by_site[mention.site].append((mention.first, mention.last))
    by_finding: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for finding in findings:
        by_finding[finding.evidence_id].append((finding.first, finding.last))
    return TextIndex(tokens, keys, segments, positions, by_site, by_finding)


def cue_findings(index: TextIndex, cues: Sequence[CompiledCue]) -> list[Finding]:
    """One finding per cue and scope (part, clause or sentence) in which every group has a term."""
    findings = []
    for cue in cues:
        if not all(index.may_hold(group) for group in cue.groups):
            continue
        scopes_done: set[tuple[int, int]] = set()
        for occurrence in sorted(index.everywhere(cue.groups[0])):
            first, last = index.segments.bounds(cue.within, occurrence[0])
            if (first, last) in scopes_done:
                continue
            if cue.max_apart is not None:
                first, last = max(first, occurrence[0] - cue.max_apart), min(last, occurrence[1] + cue.max_apart)
            matched = [occurrence]
            for group in cue.groups[1:]:
                # A finding's span may hold a word of another group ("right" in "weakness in my right hand").
                in_scope = [
                    o for o in index.within(group, first, last) if group.evidence_ids or not _overlaps(o, matched)
                ]
                if not in_scope:
                    break
                matched.append(min(in_scope, key=lambda o: abs(o[0] - occurrence[0])))
            else:
                scopes_done.add(index.segments.bounds(cue.within, occurrence[0]))
                start = min(o[0] for o in matched)
                end = max(o[1] for o in matched)
                words = tuple(sorted(i for o in matched for i in range(o[0], o[1] + 1)))
                denied = _denied(index, matched, None if cue.refers_to_findings else start)
                findings.append(Finding(cue.evidence_id, start, end, absent=denied, cue=True, words=words))
    return findings


def _overlaps(occurrence: tuple[int, int], matched: Sequence[tuple[int, int]]) -> bool:
    return any(occurrence[0] <= end and start <= occurrence[1] for start, end in matched)


def _denied(index: TextIndex, matched: Sequence[tuple[int, int]], first: int | None) -> bool:
    """A negation right before a term after ``first``: 'my hand is not weak', 'legs aren't weak'. Cues that
    name findings are read after negation, so for them the first term counts too ('no fevers after choking')."""
    own = {i for start, end in matched for i in range(start, end + 1)}
    for start, _ in matched:
        if start == first:
            continue
        for position in range(max(first or 0, start - NEGATION_REACH), start):
            word = index.tokens[position].word
            if position in own or word not in NEGATION_CUES:
                continue
            if not (position > 0 and index.tokens[position - 1].word in NOT_DENIALS):
                return True
    return False
