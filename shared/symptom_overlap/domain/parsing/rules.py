"""The knowledge base's parser-facing fields, compiled once per version for fast reading."""

from __future__ import annotations

from typing import NamedTuple, TypeVar

from symptom_overlap.domain.parsing.lexicon import STOPWORDS, match_key
from symptom_overlap.domain.parsing.regions import SitePlaces
from symptom_overlap.domain.parsing.site_siblings import site_siblings
from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import EvidenceKind, KnowledgeBase

_Key = TypeVar("_Key", str, int)


class CueGroup(NamedTuple):
    """One group of a cue's terms: word sequences (as match keys) by first key, body sites and findings."""

    words_by_first: dict[str, tuple[tuple[str, ...], ...]]  # multi-word terms, longest first
    second_keys: dict[str, frozenset[str]]  # first key -> the second keys of its multi-word terms
    first_keys: frozenset[str]
    single_keys: frozenset[str]  # one-word terms
    sites: frozenset[str]
    evidence_ids: frozenset[str]


class CompiledCue(NamedTuple):
    evidence_id: str
    groups: tuple[CueGroup, ...]
    within: str  # part, clause or sentence
    max_apart: int | None
    uncertain: bool = False  # the words only hint at the evidence
    contrary: bool = False  # the words say the evidence does not hold
    refers_to_findings: bool = False  # a group names other findings ("#id"): read once those are known
    in_order: bool = False  # each group's term stands after the one before it


class CueIndex(NamedTuple):
    """Cues by what their groups need: a text reaches only the cues every group of which may hold in it (a group
    may hold when the text has one of its one-word terms, the first and second keys of a longer one, not
    necessarily together, one of its sites or one of its findings: TextIndex.may_hold)."""

    cues: tuple[CompiledCue, ...]
    group_numbers: tuple[frozenset[int], ...]  # cue position -> the numbers of its groups
    by_first_group: dict[int, tuple[int, ...]]  # group number -> the positions of the cues it comes first in
    by_single_key: dict[str, tuple[int, ...]]  # key of a one-word term -> the numbers of its groups
    by_second_key: dict[str, dict[str, tuple[int, ...]]]  # first key of a longer term -> its second key -> groups
    word_keys: frozenset[str]  # the keys of the two mappings above
    by_site: dict[str, tuple[int, ...]]  # site -> group numbers
    by_evidence: dict[str, tuple[int, ...]]  # evidence id -> group numbers

    @staticmethod
    def of(cues: tuple[CompiledCue, ...]) -> CueIndex:
        numbers: dict[int, int] = {}  # id of a group -> its number (cues share group objects)
        groups: list[CueGroup] = []
        by_first_group: dict[int, list[int]] = {}
        for position, cue in enumerate(cues):
            for group in cue.groups:
                if id(group) not in numbers:
                    numbers[id(group)] = len(groups)
                    groups.append(group)
            by_first_group.setdefault(numbers[id(cue.groups[0])], []).append(position)
        by_single_key: dict[str, list[int]] = {}
        by_second_key: dict[str, dict[str, list[int]]] = {}
        by_site: dict[str, list[int]] = {}
        by_evidence: dict[str, list[int]] = {}
        for number, group in enumerate(groups):
            for key in group.single_keys:
                by_single_key.setdefault(key, []).append(number)
            for key, seconds in group.second_keys.items():
                for second in seconds:
                    by_second_key.setdefault(key, {}).setdefault(second, []).append(number)
            for site in group.sites:
                by_site.setdefault(site, []).append(number)
            for evidence_id in group.evidence_ids:
                by_evidence.setdefault(evidence_id, []).append(number)
        return CueIndex(
            cues,
            tuple(frozenset(numbers[id(group)] for group in cue.groups) for cue in cues),
            _tuples(by_first_group),
            _tuples(by_single_key),
            {key: _tuples(seconds) for key, seconds in by_second_key.items()},
            frozenset(by_single_key) | frozenset(by_second_key),
            _tuples(by_site),
            _tuples(by_evidence),
        )

    def held(self, keys: frozenset[str], sites: frozenset[str], evidence_ids: frozenset[str]) -> list[CompiledCue]:
        """The cues every group of which may hold in a text with these keys, sites and findings, in their order."""
        held: set[int] = set()
        for key in self.word_keys.intersection(keys):
            held.update(self.by_single_key.get(key, ()))
            seconds = self.by_second_key.get(key)
            if seconds is not None:
                for second in keys.intersection(seconds):
                    held.update(seconds[second])
        for site in sites:
            held.update(self.by_site.get(site, ()))
        for evidence_id in evidence_ids:
            held.update(self.by_evidence.get(evidence_id, ()))
        positions = sorted({p for number in held for p in self.by_first_group.get(number, ())})
        return [self.cues[p] for p in positions if held.issuperset(self.group_numbers[p])]


class ReadingRules(NamedTuple):
    word_cues: CueIndex  # words and sites only: read with the phrases
    finding_cues: CueIndex  # also name other findings: read once those are known
    site_variants: dict[str, dict[str, str]]
    site_places: SitePlaces  # variants and siblings together, for denials that reach other places
    persisting: frozenset[str]
    family_history: dict[str, str]  # a relative's evidence id -> the person's family-history id
    family_history_ids: frozenset[str]
    episodes: dict[str, str]  # evidence id -> the brief-episode id it forms when it resolves
    episode_ids: frozenset[str]  # the brief-episode ids themselves
    sudden_episodes: frozenset[str]  # evidence ids sudden by nature: recently better, a brief episode at any span
    episode_kinds: dict[str, str]  # each id that can make a brief episode -> its category (motor, sensory, ...)
    histories: dict[str, str]  # evidence id -> the history id a longer spell of it forms once it got better
    history_names: dict[str, frozenset[str]]  # history id -> words one of which its sentence must say, if any
    superseded_by: dict[str, frozenset[str]]
    part_of: dict[str, frozenset[str]]
    part_of_unless: dict[str, frozenset[str]]  # evidence id -> words that keep it apart in its sentence
    red_flags: frozenset[str]
    diagnoses: frozenset[str]  # a diagnosis names a condition, not something a person feels
    diagnosis_named: dict[str, str]  # one-word name of a diagnosis ("als", "mnd") -> its evidence id, for "it"
    complaints: frozenset[str]  # symptoms, signs and their course: what tells whom a text is about
    sudden_onsets: frozenset[str]  # the course evidence that "suddenly" alone says
    courses: frozenset[str]  # how symptoms began and changed: a denied word of course denies each course it names
    sight: frozenset[str]  # evidence of sight, which has a one-eye form of its own
    cue_words: frozenset[str]  # every word of every cue, for spelling correction
    denied_terms: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]  # first key -> (keys, ids)
    habits: frozenset[str]  # risk factors one may give up (a diet, a drink, a medicine), no red flag
    # words of one or two that stand in the names of one evidence only ("double", "at rest"), for headings
    # answered on their own ("double: no", "At rest? no.")
    heading_ids: dict[tuple[str, ...], str]
    synonym_heads: dict[str, frozenset[str]]  # evidence id -> the first words of its names ("breathless")
    tests: frozenset[str] = frozenset()  # results of tests (blood, EMG, nerve conduction), no red flag


@per_version
def reading_rules_for(knowledge_base: KnowledgeBase) -> ReadingRules:
    groups: dict[tuple[str, ...], CueGroup] = {}  # cues share groups ("weak", "weaker", …): one object each
    cues = []
    for evidence in knowledge_base.evidence:
        for cue in evidence.cues:
            cue_groups = tuple(groups.setdefault(group, cue_group(group)) for group in cue.all_of)
            refers_to_findings = any(group.evidence_ids for group in cue_groups)
            cues.append(
                CompiledCue(
                    evidence.id,
                    cue_groups,
                    cue.within,
                    cue.max_apart,
                    cue.uncertain,
                    cue.contrary,
                    refers_to_findings,
                    cue.in_order,
                )
            )
    episode_sources = {source for e in knowledge_base.evidence for source in e.episode_of}
    denied: dict[tuple[str, ...], set[str]] = {}
    for evidence in knowledge_base.evidence:
        for term in evidence.denied_terms:
            denied.setdefault(tuple(match_key(token.word) for token in tokenize(term)), set()).add(evidence.id)
    denied_by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for keys, evidence_ids in denied.items():
        denied_by_first.setdefault(keys[0], []).append((keys, tuple(sorted(evidence_ids))))
    site_variants = {e.id: dict(e.site_variants) for e in knowledge_base.evidence if e.site_variants}
    red_flags = frozenset(e.id for e in knowledge_base.evidence if e.red_flag)
    return ReadingRules(
        heading_ids=heading_ids(knowledge_base),
        synonym_heads={
            evidence.id: frozenset(synonym.lower().split()[0] for synonym in evidence.synonyms if synonym.strip())
            for evidence in knowledge_base.evidence
        },
        denied_terms={key: tuple(found) for key, found in denied_by_first.items()},
        habits=frozenset(
            e.id
            for e in knowledge_base.evidence
            if e.kind is EvidenceKind.RISK_FACTOR and not e.persists and not e.red_flag and not e.family_history_of
        ),
        word_cues=CueIndex.of(tuple(cue for cue in cues if not cue.refers_to_findings)),
        finding_cues=CueIndex.of(tuple(cue for cue in cues if cue.refers_to_findings)),
        site_variants=site_variants,
        site_places=SitePlaces.of(site_variants, site_siblings(knowledge_base.evidence), red_flags),
        persisting=frozenset(e.id for e in knowledge_base.evidence if e.persists),
        family_history={source: e.id for e in knowledge_base.evidence for source in e.family_history_of},
        family_history_ids=frozenset(e.id for e in knowledge_base.evidence if e.family_history_of),
        episodes={source: e.id for e in knowledge_base.evidence for source in e.episode_of},
        episode_ids=frozenset(e.id for e in knowledge_base.evidence if e.episode_of),
        sudden_episodes=frozenset(source for e in knowledge_base.evidence for source in e.sudden_episode_of),
        episode_kinds={e.id: e.category for e in knowledge_base.evidence if e.id in episode_sources},
        histories={source: e.id for e in knowledge_base.evidence for source in e.history_of},
        history_names={e.id: frozenset(e.history_named_by) for e in knowledge_base.evidence if e.history_named_by},
        superseded_by={e.id: frozenset(e.superseded_by) for e in knowledge_base.evidence if e.superseded_by},
        part_of={e.id: frozenset(e.part_of) for e in knowledge_base.evidence if e.part_of},
        part_of_unless={e.id: frozenset(e.part_of_unless) for e in knowledge_base.evidence if e.part_of_unless},
        red_flags=red_flags,
        diagnoses=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.DIAGNOSIS),
        diagnosis_named={  # (a cue in order may lead with other words: "got", then the name)
            term: e.id
            for e in knowledge_base.evidence
            if e.kind is EvidenceKind.DIAGNOSIS
            for cue in e.cues
            if not cue.in_order
            for term in cue.all_of[0]
            if term.isalpha()
        },
        complaints=frozenset(
            e.id
            for e in knowledge_base.evidence
            if e.kind in (EvidenceKind.SYMPTOM, EvidenceKind.SIGN, EvidenceKind.COURSE)
        ),
        sudden_onsets=frozenset(
            e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.COURSE and "suddenly" in e.synonyms
        ),
        courses=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.COURSE),
        tests=frozenset(e.id for e in knowledge_base.evidence if e.kind is EvidenceKind.LAB and not e.red_flag),
        sight=frozenset(e.id for e in knowledge_base.evidence if "one_eye" in e.site_variants),
        cue_words=frozenset(
            word
            for evidence in knowledge_base.evidence
            for cue in evidence.cues
            for group in cue.all_of
            for text in group
            if text[0] not in "@#"
            for word in text.split()
        ),
    )


def heading_ids(knowledge_base: KnowledgeBase) -> dict[tuple[str, ...], str]:
    """Runs of one or two words, not all function words, found in the names of exactly one evidence."""
    holders: dict[tuple[str, ...], set[str]] = {}
    for evidence in knowledge_base.evidence:
        for synonym in evidence.synonyms:
            words = [token.word for token in tokenize(synonym)]
            for length in (1, 2):
                for start in range(len(words) - length + 1):
                    run = tuple(words[start : start + length])
                    if not STOPWORDS.issuperset(run):
                        holders.setdefault(run, set()).add(evidence.id)
    return {run: next(iter(ids)) for run, ids in holders.items() if len(ids) == 1}


def _tuples(found: dict[_Key, list[int]]) -> dict[_Key, tuple[int, ...]]:
    return {key: tuple(values) for key, values in found.items()}


def cue_group(terms: tuple[str, ...]) -> CueGroup:
    """A group of a cue's terms as written in the knowledge base ("weak", "no power", "@hand", "#leg_weakness")."""
    words: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        if term[0] not in "@#":
            keys = tuple(match_key(token.word) for token in tokenize(term))
            words.setdefault(keys[0], []).append(keys)
    return CueGroup(
        words_by_first={
            key: tuple(sorted((w for w in found if len(w) > 1), key=len, reverse=True)) for key, found in words.items()
        },
        second_keys={key: frozenset(w[1] for w in found if len(w) > 1) for key, found in words.items()},
        first_keys=frozenset(words),
        single_keys=frozenset(key for key, found in words.items() if any(len(w) == 1 for w in found)),
        sites=frozenset(term[1:] for term in terms if term[0] == "@"),
        evidence_ids=frozenset(term[1:] for term in terms if term[0] == "#"),
    )
