"""Turns a person's own words into evidence, driven by the knowledge base (docs/parsing.md).

Steps: split into words and clauses; find the knowledge base's phrases, "my balance is fine"
statements and cues; move each finding to the evidence its body site makes it; decide for each
finding whether it is asserted, denied or uncertain, whom it is about and whether it still holds;
then add what findings say together (cues naming findings, a relative's diagnosis as family history,
a brief episode that went away) and keep one reading per evidence id.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from symptom_overlap.domain.parsing.agreeing_hints import agreeing_suicide_hints
from symptom_overlap.domain.parsing.answers import answered_headings, denied_past_site, slash_joined_denials, taken_back
from symptom_overlap.domain.parsing.assertion import assertions
from symptom_overlap.domain.parsing.beliefs import corrected_beliefs
from symptom_overlap.domain.parsing.body_site import (
    FoundSite,
    SiteMention,
    site_mentions,
    sites_of,
    with_site_variants,
    without_restated,
)
from symptom_overlap.domain.parsing.clauses import Segments, segment
from symptom_overlap.domain.parsing.context import (
    believed_diagnoses_uncertain,
    negative_tests,
    searched_topics,
    without_explained,
    without_figures,
    without_prefixed,
    without_seen_colours,
    without_surgical_weight_loss,
)
from symptom_overlap.domain.parsing.cues import TextIndex, cue_findings, key_positions, text_index, with_findings
from symptom_overlap.domain.parsing.dead_limbs import without_dead_limbs
from symptom_overlap.domain.parsing.ellipsis import denied_compounds, elliptical_denials
from symptom_overlap.domain.parsing.episodes import (
    bounded_spell,
    brief_episodes,
    histories,
    long_ago,
    pressed_limbs_doubted,
)
from symptom_overlap.domain.parsing.everyday_senses import (
    everyday_sense_in,
    without_everyday_readings,
    without_everyday_senses,
)
from symptom_overlap.domain.parsing.findings import (
    STATE_OF,
    Assertion,
    Finding,
    ParsedEvidence,
    ReadFinding,
    Subject,
    TimeFrame,
    by_place,
    evidence_for_assessment,
    now_as,
    raised_in_text,
)
from symptom_overlap.domain.parsing.general_questions import without_general_questions
from symptom_overlap.domain.parsing.given_up import given_up
from symptom_overlap.domain.parsing.guessed_causes import without_guessed_causes
from symptom_overlap.domain.parsing.kin_reference import kin_diagnosis_references
from symptom_overlap.domain.parsing.lab_values import lab_findings
from symptom_overlap.domain.parsing.later_denials import resolved_by_later_denials, set_against_later
from symptom_overlap.domain.parsing.lexicon import lexicon_for
from symptom_overlap.domain.parsing.lifelong import lifelong_red_flags_uncertain
from symptom_overlap.domain.parsing.matching import phrase_findings
from symptom_overlap.domain.parsing.median_nerve import without_wider_patterns
from symptom_overlap.domain.parsing.neutralised import neutralised_risks
from symptom_overlap.domain.parsing.normal import (
    denied_terms,
    limbs_fine_of_another_symptom,
    normal_statements,
    without_said_fine,
)
from symptom_overlap.domain.parsing.onset import (
    courses_in_doubt,
    sudden_sight_denied,
    without_bare_manner,
    without_bare_spans,
    without_daily_patterns,
    without_misread_onsets,
)
from symptom_overlap.domain.parsing.plan_denied import thoughts_beside_denied_plan
from symptom_overlap.domain.parsing.regions import place_denied, place_said_fine, widened_denials
from symptom_overlap.domain.parsing.rules import ReadingRules, reading_rules_for
from symptom_overlap.domain.parsing.spelling import token_keys
from symptom_overlap.domain.parsing.strong_person import STRONG, person_said_strong
from symptom_overlap.domain.parsing.subject import subjects
from symptom_overlap.domain.parsing.tested_strength import felt_weakness_tested
from symptom_overlap.domain.parsing.timing import time_frames
from symptom_overlap.domain.parsing.tokens import Token, tokenize, words_of
from symptom_overlap.domain.parsing.turned_out import turned_out_otherwise
from symptom_overlap.domain.parsing.uncertainty import doubted_names
from symptom_overlap.domain.parsing.weakness_scope import answered_at_a_place, denials_at_other_places
from symptom_overlap.knowledge.schema import KnowledgeBase

MAX_ROUNDS = 3  # a finding said by findings that are themselves said by findings, and so on
SAYING = frozenset({Assertion.PRESENT, Assertion.UNCERTAIN})  # assertions of findings that say other findings
LIMB_SITES = frozenset({"arm", "hand", "leg", "foot"})
CONTRASTS = frozenset({"only", "just", "rather", "instead", "merely"})  # "not weak, only heavy"
NOTHING: frozenset[int] = frozenset()
# Makes a ReadFinding from a tuple of all its fields, without the Python-level call of NamedTuple's __new__ (as
# tokens.py makes tokens): one per finding read.
_new_reading = tuple.__new__
CERTAINTY = {Assertion.PRESENT: 0, Assertion.ABSENT: 1, Assertion.UNCERTAIN: 2}  # lower is reported first
# Enum members compared in per-finding loops, read once here: on Python 3.11 each read of a member ("Subject.SELF")
# passes EnumType's __getattr__ hook (about 0.1 us), and a typical parse made some 1,800 such reads.
_SELF, _FAMILY = Subject.SELF, Subject.FAMILY
# A seat or a sitting posture said with sleep, or sitting up: where a person sleeps who cannot lie flat.
SEATED = frozenset({"sitting", "sat", "sit", "sofa", "couch", "settee", "armchair", "chair", "recliner"})
SLEEP_WORDS = frozenset(
    {"sleep", "sleeps", "sleeping", "slept", "doze", "dozes", "dozing", "dozed", "nap", "napping", "night", "nights",
     "waking", "wake", "wakes", "woke", "bed", "bedtime"}
)  # fmt: skip
UPRIGHT = frozenset({"up", "upright", "bolt", "propped"})
_CURRENT, _RESOLVED, _PAST = TimeFrame.CURRENT, TimeFrame.RESOLVED, TimeFrame.PAST
_PRESENT, _ABSENT, _UNCERTAIN = Assertion.PRESENT, Assertion.ABSENT, Assertion.UNCERTAIN

__all__ = [
    "Assertion",
    "ParsedEvidence",
    "Subject",
    "TimeFrame",
    "evidence_for_assessment",
    "parse_text",
    "raised_in_text",
]


def parse_text(text: str, knowledge_base: KnowledgeBase) -> list[ParsedEvidence]:
    """Evidence found in ``text``, one reading per id; spans are ``[start, end)`` character offsets."""
    tokens = tokenize(text)
    if not tokens:
        return []
    words = list(words_of(tokens))  # read once (in C) for the steps that look only at words
    present = frozenset(words)  # for the steps that ask only whether the text has a word anywhere
    lexicon = lexicon_for(knowledge_base)
    rules = reading_rules_for(knowledge_base)
    keys = token_keys(tokens, lexicon)
    segments = segment(tokens)
    positions = key_positions(keys)
    sites = site_mentions(tokens, keys, positions)
    places = [i for site in sites for i in range(site.first, site.last + 1)]
    findings = _outside_sites(phrase_findings(tokens, keys, lexicon, positions), sites)
    normal = _outside_phrases(
        normal_statements(tokens, keys, lexicon, positions, places, findings, present=present), findings
    )
    if not STRONG.isdisjoint(present):
        normal += person_said_strong(tokens)
    findings += limbs_fine_of_another_symptom(
        tokens, normal, findings, _limb_places(sites), segments, rules.site_places.siblings
    )
    findings += denied_terms(tokens, keys, rules.denied_terms, positions, rules.sudden_onsets)
    index = text_index(tokens, words, keys, segments, sites, positions)
    if "/" in text and index.answered:  # most texts have no slash, or no answer word
        index.denials.update(slash_joined_denials(text, tokens, words, index.answered))
    findings += _apart_from(cue_findings(index, rules.word_cues), findings, rules.red_flags, segments, rules, words)
    findings += kin_diagnosis_references(tokens, findings, rules.diagnosis_named, present)
    findings += lab_findings(text, tokens)  # after the cues, so that it never hides one ("B12 160, GP said low")
    findings = _specific(_places_only_if_denied(findings, tokens, sites), rules.courses)
    everyday = everyday_sense_in(words, present)
    findings = without_said_fine(
        tokens, words, without_everyday_senses(everyday, findings, rules.red_flags), rules.red_flags
    )
    findings.sort(key=by_place)
    found_sites = sites_of(findings, sites, segments)
    findings, found_sites = with_site_variants(
        findings, found_sites, rules.site_variants, tokens, sites, segments, present
    )
    findings, found_sites = without_restated(findings, found_sites, rules.site_variants, segments)
    denied_after_token = denied_past_site(words, index.denied_after, sites)
    read = _read(tokens, words, segments, findings, found_sites, rules, denied_after_token, present)
    sudden_sight = {evidence_id: rules.site_variants[evidence_id]["one_eye"] for evidence_id in rules.sight}
    read = sudden_sight_denied(segments, read, rules.sudden_onsets, sudden_sight)
    sight = rules.sight | set(sudden_sight.values())
    read = without_misread_onsets(
        words, segments, read, rules.sudden_onsets, rules.episodes.keys(), sight, rules.red_flags, rules.complaints
    )
    read = without_daily_patterns(words, without_bare_manner(words, segments, read, present), rules.courses, present)
    read = without_bare_spans(words, segments, read, present)
    read = without_seen_colours(words, without_figures(words, read, present), rules.red_flags, present)
    read = negative_tests(
        words, segments, searched_topics(words, read, rules.red_flags, present), rules.red_flags, present
    )
    read = without_prefixed(tokens, read, rules.red_flags, present)
    read = without_explained(tokens, words, segments, read, rules.complaints, rules.red_flags, present)
    read = without_surgical_weight_loss(words, segments, read)
    if "out" in present:  # "turned out": most texts have no "out"
        read = turned_out_otherwise(words, segments, read, rules.complaints, rules.red_flags)
    read = believed_diagnoses_uncertain(words, read, rules.diagnoses, present)
    read = without_general_questions(tokens, segments, read, rules.red_flags, present)
    read = lifelong_red_flags_uncertain(tokens, segments, read, rules.red_flags, present)
    read = taken_back(words, segments, read, present)
    read += given_up(words, segments, read, rules.habits, present)
    read += answered_headings(tokens, words, read, rules.heading_ids, rules.synonym_heads, present)
    read += widened_denials(tokens, segments, read, sites, rules.site_places)
    read += elliptical_denials(tokens, segments, read, sites, rules.site_places, rules.episodes)
    doubted = doubted_names(tokens, words, present)
    derived = _named_in_doubt(_derived(index, read, rules, findings), doubted, keys, rules)
    read += without_everyday_readings(everyday, derived, rules.red_flags)
    read += denied_compounds(index, read, rules.finding_cues, rules.red_flags)
    episodes = brief_episodes(tokens, segments, read, rules)
    read += _family_history(read, rules) + episodes + histories(tokens, segments, read, rules, episodes)
    read = pressed_limbs_doubted(words, segments, read, rules.episode_ids)
    read = _without_contrasted(words, segments, _without_superseded(words, segments, read, rules), rules.red_flags)
    read = without_wider_patterns(words, segments, sites, read)
    read = without_dead_limbs(words, segments, read)
    read = without_guessed_causes(words, read, rules.red_flags, present)
    read = thoughts_beside_denied_plan(tokens, words, segments, read, present)
    read = agreeing_suicide_hints(read)
    read = corrected_beliefs(words, segments, read, rules.red_flags, rules.tests, present)
    read = neutralised_risks(words, segments, read, rules.habits, present)
    read = courses_in_doubt(words, segments, read, present)
    read = denials_at_other_places(read, words, sites, segments, rules.site_places.siblings)
    read += answered_at_a_place(words, present, read, sites, segments, rules.site_places.siblings)
    read = resolved_by_later_denials(words, segments, read, rules.red_flags)
    read = set_against_later(words, segments, read, sites)
    read = felt_weakness_tested(words, segments, read, present)
    return _one_per_id(text, tokens, _second_thoughts(read, rules.red_flags))


def _second_thoughts(read: list[ReadFinding], red_flags: Collection[str]) -> list[ReadFinding]:
    """A red flag denied and then doubted later in the text ("no bladder issues. Although I suppose I've been
    leaking a little") is doubted: the later thought stands over the first denial, so the service asks."""
    doubted = {
        item.finding.evidence_id: item.finding.first
        for item in read
        if item.assertion is _UNCERTAIN and item.subject is _SELF and item.time is _CURRENT
    }
    if not doubted:
        return read
    return [
        item
        for item in read
        if not (
            item.assertion is _ABSENT
            and item.finding.evidence_id in red_flags
            and item.finding.last < doubted.get(item.finding.evidence_id, -1)
        )
    ]


def _limb_places(sites: Sequence[SiteMention]) -> set[int]:
    return {i for site in sites if site.site in LIMB_SITES for i in range(site.first, site.last + 1)}


def _outside_sites(findings: list[Finding], sites: Sequence[SiteMention]) -> list[Finding]:
    """Phrases that do not cut through a body site's name: "down below" is a place, not a mood. A phrase that
    holds the whole name is about that place ("sudden blindness in one eye")."""
    named = [set(range(site.first, site.last + 1)) for site in sites if site.last > site.first]
    if not named:  # only one-word names, which no phrase can cut through
        return findings
    kept = []
    for finding in findings:
        own = set(finding.own_tokens())
        if all(site <= own or site.isdisjoint(own) for site in named):
            kept.append(finding)
    return kept


def _outside_phrases(normal: list[Finding], phrases: Sequence[Finding]) -> list[Finding]:
    """Normal statements not made of words inside a phrase of other evidence: in "out of breath easily" the breath
    is no normal breathing (a term at a phrase's edge may be its own statement: "cramps and my legs are strong")."""
    # Only a phrase of three words or more holds a word strictly inside it; most texts have few.
    long_ones = [
        (phrase.first, phrase.last, phrase.evidence_id) for phrase in phrases if phrase.last - phrase.first > 1
    ]
    if not normal or not long_ones:
        return normal
    inner = {i for first, last, _ in long_ones for i in range(first + 1, last)}  # a term inside starts here
    return [
        term
        for term in normal
        if term.first not in inner
        or not any(
            first < term.first and term.last < last and evidence_id != term.evidence_id
            for first, last, evidence_id in long_ones
        )
    ]


def _apart_from(
    cued: list[Finding],
    said: Sequence[Finding],
    red_flags: Collection[str],
    segments: Segments,
    rules: ReadingRules,
    words: Sequence[str],
) -> list[Finding]:
    """Cue findings whose words no phrase or statement says more exactly: not over the words of one of the
    same evidence ("balance is fine even with my eyes closed"), nor starting inside one of another
    ("double vision" is not a vision that got worse), unless a red flag denied by its own later words ("no
    thoughts of ending my life and no plans": the phrase of the thoughts is the plan's context)."""
    if not cued:
        return []
    # What is gathered below is asked only of the cued ids, and the words said fine only of a red flag said.
    cued_ids = {finding.evidence_id for finding in cued}
    flagged = any(finding.evidence_id in red_flags and not finding.absent for finding in cued)
    taken: dict[str, set[int]] = {}
    spoken: set[int] = set()
    said_fine: set[int] = set()  # words of a function said fine that is no red flag: "I cough very strong"
    for finding in said:
        if not finding.denial_only:
            own = finding.own_tokens()
            if finding.evidence_id in cued_ids:
                held = taken.get(finding.evidence_id)
                if held is None:
                    taken[finding.evidence_id] = set(own)
                else:
                    held.update(own)
            own_words = finding.words or own
            spoken.update(own_words)
            if flagged and finding.absent and finding.evidence_id not in red_flags:
                said_fine.update(own_words)
    return [
        finding
        for finding in cued
        if taken.get(finding.evidence_id, NOTHING).isdisjoint(finding.own_tokens())
        and (
            finding.anchor is None
            or spoken.isdisjoint(anchored := range(finding.anchor[0], finding.anchor[1] + 1))
            or (finding.absent and finding.evidence_id in red_flags)
            # A red flag's term that only begins on a phrase's last words runs past it: "a mouthful of juice went
            # down the wrong tube" is choking, though "mouthful ... went down" is a swallow.
            or (finding.evidence_id in red_flags and not finding.absent and _runs_past(finding.anchor, said))
            # A red flag's cue that holds the whole phrase of a part of it and more says it more exactly: "on my
            # back I can't breathe" is breathless lying flat, not only "can't breathe".
            or (finding.evidence_id in red_flags and not finding.absent and _holds_part(finding, said, rules, words))
            # A red flag told through a function said fine: "when I drink juice I cough very strong" is choking.
            or (
                finding.evidence_id in red_flags
                and not finding.absent
                and said_fine.issuperset(anchored)
                and not said_fine.issuperset(finding.own_tokens())
                and segments.part[finding.first] == segments.part[finding.last]
            )
        )
    ]


def _holds_part(finding: Finding, said: Sequence[Finding], rules: ReadingRules, words: Sequence[str]) -> bool:
    """Whether a cue holds a part of its evidence said as a phrase, or runs on from one into its setting ("cant get my
    breath layin down"), and no word that keeps the part apart."""
    return any(
        finding.evidence_id in rules.part_of.get(other.evidence_id, ())
        and rules.part_of_unless.get(other.evidence_id, frozenset()).isdisjoint(
            words[min(finding.first, other.first) : max(finding.last, other.last) + 1]
        )
        and not other.denial_only
        and not other.absent
        and (
            (
                finding.first <= other.first
                and other.last <= finding.last
                and other.last - other.first < finding.last - finding.first
            )
            or (other.first < finding.first <= other.last < finding.last)
        )
        for other in said
    )


def _runs_past(anchor: tuple[int, int], said: Sequence[Finding]) -> bool:
    """Whether a term that starts inside what other findings say ends after the last of them it meets."""
    first, last = anchor
    met = [f.last for f in said if not f.denial_only and f.first <= last and first <= f.last]
    return bool(met) and last > max(met)


def _places_only_if_denied(
    findings: list[Finding], tokens: Sequence[Token], sites: Sequence[SiteMention]
) -> list[Finding]:
    """A denied term that is only a place's name ("feet") counts only when the place itself is denied
    ("nothing in my feet"), not when a negation reaches it through other words ("I don't know why my feet
    hurt"). Said fine ("my feet are fine"), it is denied beside a complaint elsewhere ("my hand tingles at night,
    my feet are fine"); with nothing complained of, where nothing started says nothing."""
    site_at = {site.first: site for site in sites if site.first == site.last}
    kept = []
    complaint = None  # whether anything is said undenied, looked up only for a place said fine
    for finding in findings:
        place = site_at.get(finding.first) if finding.denial_only and finding.first == finding.last else None
        if place is None or place_denied(tokens, place):
            kept.append(finding)
        elif place_said_fine(tokens, place):
            if complaint is None:
                complaint = any(not (other.denial_only or other.absent) for other in findings)
            if complaint:
                kept.append(finding._replace(absent=True))
    return kept


def _specific(findings: list[Finding], courses: Collection[str]) -> list[Finding]:
    """A denied general term gives way to a finding said over its words: in "no leg weakness" only the
    legs' weakness is denied, not the hands'. A hint is not said: "not unsteady" is still denied. A course's
    word gives way only to a phrase ("isn't getting worse fast"), not to another course's cue around it: "two
    years, not progressing" denies the quick course as well as the slow one."""
    said = {i for finding in findings if not (finding.denial_only or finding.hint) for i in finding.own_tokens()}
    phrased = (
        {
            i
            for finding in findings
            if not (finding.denial_only or finding.hint or finding.cue)
            for i in finding.own_tokens()
        }
        if any(finding.denial_only and finding.evidence_id in courses for finding in findings)
        else said  # read only for a denied course's word, and the text has none
    )
    return [
        finding
        for finding in findings
        if not finding.denial_only
        or (phrased if finding.evidence_id in courses else said).isdisjoint(finding.own_tokens())
    ]


def _read(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    sites: Sequence[FoundSite | None],
    rules: ReadingRules,
    denied_after_token: Callable[[int], bool],
    present: AbstractSet[str],
) -> list[ReadFinding]:
    asserted = assertions(
        tokens, words, segments, findings, rules.red_flags, rules.diagnoses, denied_after_token, present
    )
    holders = subjects(tokens, segments, findings, rules.complaints, diagnoses=rules.diagnoses, courses=rules.courses)
    frames = time_frames(tokens, words, segments, findings, rules.persisting)
    read = []
    family_history_ids, episodes, episode_ids = rules.family_history_ids, rules.episodes, rules.episode_ids
    for finding, assertion, subject, frame, site in zip(findings, asserted, holders, frames, sites, strict=True):
        if assertion is None or (finding.denial_only and assertion is not _ABSENT):
            continue  # only imagined ("what if I get slurred speech"), or a term that says nothing undenied
        if finding.evidence_id in family_history_ids:
            subject = _SELF  # "ALS runs in my family" is the person's own family history
        if frame is _RESOLVED and assertion is _ABSENT:
            frame = _CURRENT  # "no more puffing since I stopped smoking": a denial is of now
        if frame is _CURRENT and finding.evidence_id in episodes and bounded_spell(words, segments, finding):
            frame = _RESOLVED  # "my arm went weak for ten minutes": a spell that ended
        if frame is _RESOLVED and finding.evidence_id in episode_ids:
            # A brief episode is one that went away; years ago, it is history.
            frame = _PAST if long_ago(tokens, segments, finding) else _CURRENT
        read.append(
            _new_reading(ReadFinding, (finding, assertion, subject, frame, None if site is None else site.site))
        )
    return read


def _derived(
    index: TextIndex, read: Sequence[ReadFinding], rules: ReadingRules, findings: Sequence[Finding]
) -> list[ReadFinding]:
    """Findings that findings say together, in rounds: sudden onset and one-sided weakness (itself said by
    a weak left leg) are stroke signs."""
    derived: list[ReadFinding] = []
    for _ in range(MAX_ROUNDS):
        known = [*read, *derived]
        # A doubted finding says its derived finding with the same doubt ("maybe my left grip is weaker?").
        # One of an id's readings that is present outranks its doubted ones: a plan said outright is a thought.
        saying = [  # _saying, read inline (SAYING is every assertion but absent)
            item for item in known if item.subject is _SELF and item.time is _CURRENT and item.assertion is not _ABSENT
        ]
        present = {item.finding.evidence_id for item in saying if item.assertion is _PRESENT}
        usable = [
            item.finding for item in saying if item.assertion is _PRESENT or item.finding.evidence_id not in present
        ]
        # An id read at a place is not read there again, unless it was only hinted there ("pills saved up") and
        # findings together say it outright ("… to do it, been planning it all week"): the more certain is reported.
        places = [((item.finding.evidence_id, item.finding.first), item.assertion is _UNCERTAIN) for item in known]
        outright = {place for place, hint in places if not hint}
        hinted = {place for place, hint in places if hint}
        new = [
            _as_found_with(finding, known, index, findings, rules)
            for finding in cue_findings(with_findings(index, usable), rules.finding_cues)
            if (place := (finding.evidence_id, finding.first)) not in outright
            and (place not in hinted or not (finding.hint or finding.absent))
        ]
        if not new:
            break
        derived += new
        if rules.finding_cues.by_evidence.keys().isdisjoint(item.finding.evidence_id for item in new):
            break  # no cue names what this round found, so another round would find nothing more
    return derived


def _named_in_doubt(
    derived: list[ReadFinding], names: set[int], keys: Sequence[frozenset[str]], rules: ReadingRules
) -> list[ReadFinding]:
    """A finding said by others and named in a doubt is doubted: "I choked on my tablets, not sure it's a proper
    fever" (the choking is said; the fever after it is not sure), though its cue was met by words before the doubt
    ("shivery nights since I choked …, not sure it's a proper fever")."""
    if not names or not derived:
        return derived
    named_keys = frozenset().union(*(keys[name] for name in names))
    named = {
        cue.evidence_id
        for cue in rules.finding_cues.cues
        if any(not named_keys.isdisjoint(group.single_keys) for group in cue.groups)
    }
    named |= {
        item.finding.evidence_id
        for item in derived
        if any(item.finding.first <= name <= item.finding.last for name in names)
    }
    return [
        item._replace(assertion=Assertion.UNCERTAIN)
        if item.assertion is Assertion.PRESENT and item.finding.evidence_id in named
        else item
        for item in derived
    ]


def _saying(item: ReadFinding) -> bool:
    """About the person, now, and not denied: a finding that may say others."""
    return item.subject is _SELF and item.time is _CURRENT and item.assertion in SAYING


def _as_found_with(
    derived: Finding, read: Sequence[ReadFinding], index: TextIndex, findings: Sequence[Finding], rules: ReadingRules
) -> ReadFinding:
    """A finding said by other findings together is about the person of the first of them, now; one said by
    plain words ("a fever and keeps choking") is about whoever those words are about."""
    subject = next(
        (item.subject for item in read if item.finding.first >= derived.first and item.finding.last <= derived.last),
        None,
    )
    if subject is None:
        # The derived finding counts in choosing the patient too: in "he's bought rope and says he'll do it" it
        # is the only thing said of anyone.
        subject = subjects(
            index.tokens,
            index.segments,
            [*findings, derived],
            rules.complaints,
            later=[derived],
            diagnoses=rules.diagnoses,
            courses=rules.courses,
        )[-1]
    # "back pain? no, but weak legs"; a cue that only hints ("chesty since I choked") is a hint here too
    assertion = _ABSENT if derived.absent else _UNCERTAIN if derived.hint else _PRESENT
    sources = [item.assertion for item in read if _saying(item) and derived.first <= item.finding.first <= derived.last]
    if assertion is _PRESENT and sources and all(source is _UNCERTAIN for source in sources):
        assertion = _UNCERTAIN
    # Said by plain words holding only findings of another time, it is dated by its own words: "pneumonia from
    # food going down the wrong way two winters ago" is history (a denial is of now, as in _read).
    time = _CURRENT
    if assertion is not _ABSENT and not sources:
        if derived.evidence_id in rules.episode_ids:  # "a TIA five years ago, arm went weak for 15 mins then fine"
            time = _PAST if long_ago(index.tokens, index.segments, derived) else _CURRENT
        elif any(derived.first <= i.finding.first <= derived.last for i in read):
            time = time_frames(index.tokens, index.words, index.segments, [derived], rules.persisting)[0]
    return ReadFinding(derived, assertion, subject, time, None)


def _family_history(read: Sequence[ReadFinding], rules: ReadingRules) -> list[ReadFinding]:
    """'My uncle had MND': a blood relative's diagnosis is the person's family history."""
    return [
        now_as(rules.family_history[item.finding.evidence_id], item, item.assertion, _SELF)
        for item in read
        if item.subject is _FAMILY and item.finding.evidence_id in rules.family_history
    ]


def _without_superseded(
    words: Sequence[str], segments: Segments, read: list[ReadFinding], rules: ReadingRules
) -> list[ReadFinding]:
    """Findings that are part of a larger one said in the same sentence, or read from words that overlap its
    own ("an electric buzz down my spine and arms"), are left to it."""
    # Present and usable (ReadFinding.usable, read inline: it is asked of every reading).
    larger_ones = [
        item for item in read if item.assertion is _PRESENT and item.subject is _SELF and item.time is _CURRENT
    ]
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in larger_ones:
        spans.setdefault(item.finding.evidence_id, []).append((item.finding.first, item.finding.last))
    present: set[tuple[str, int]] | None = None  # built for the first reading that a larger one may supersede
    present_or_doubted: set[tuple[str, int]] = set()
    kept = []
    for item in read:
        evidence_id = item.finding.evidence_id
        # Most evidence is part of nothing larger: the lookups below are skipped for it.
        if evidence_id in rules.superseded_by:
            if present is None:
                present = {
                    (larger.finding.evidence_id, segments.sentence[larger.finding.first]) for larger in larger_ones
                }
                # A doubted larger finding holds a doubted part of it: "maybe my left leg suddenly went weak, not sure".
                present_or_doubted = present | {
                    (other.finding.evidence_id, segments.sentence[other.finding.first])
                    for other in read
                    if other.assertion is _UNCERTAIN and _saying(other)
                }
            held = present_or_doubted if item.assertion is _UNCERTAIN else present
            sentence = segments.sentence[item.finding.first]
            if any((larger, sentence) in held for larger in rules.superseded_by[evidence_id]):
                continue
        if (
            evidence_id in rules.part_of
            and _overlaps_larger(item, rules.part_of[evidence_id], spans)
            and not _kept_apart(words, segments, item, rules.part_of_unless.get(evidence_id))
        ):
            continue
        kept.append(item)
    return kept


def _without_contrasted(
    words: Sequence[str], segments: Segments, read: list[ReadFinding], red_flags: Collection[str]
) -> list[ReadFinding]:
    """ "My legs are not weak, only they feel heavy": what is set against a finding just denied is something
    else, not the same evidence again by a looser cue (red flags stay, to be asked about)."""
    denied: dict[str, list[int]] = {}  # evidence id -> where its plain denials end
    for item in read:
        if item.assertion is _ABSENT and not item.finding.cue:
            denied.setdefault(item.finding.evidence_id, []).append(item.finding.last)
    if not denied:
        return read
    return [
        item
        for item in read
        if not (
            item.finding.cue
            and item.assertion is _PRESENT
            and item.finding.evidence_id in denied
            and item.finding.evidence_id not in red_flags
            and any(_set_against(words, segments, last, item) for last in denied[item.finding.evidence_id])
        )
    ]


def _set_against(words: Sequence[str], segments: Segments, denied_last: int, item: ReadFinding) -> bool:
    return (
        denied_last < item.finding.first
        and segments.sentence[denied_last] == segments.sentence[item.finding.first]
        and not CONTRASTS.isdisjoint(words[denied_last + 1 : item.finding.first])
    )


def _kept_apart(words: Sequence[str], segments: Segments, item: ReadFinding, keeping: frozenset[str] | None) -> bool:
    """Its sentence names what only this finding says: 'breathless even sitting still, worse lying flat'. A seat
    slept in is no rest ("I sleep sat up in the armchair or I can't get my breath"): it is how a person who cannot
    lie flat sleeps."""
    if not keeping:
        return False
    first, last = segments.sentence_bounds[segments.sentence[item.finding.first]]
    said = words[first : last + 1]
    if keeping.isdisjoint(said):
        return False
    if SLEEP_WORDS.isdisjoint(said) and not any(
        word in SEATED and following in UPRIGHT for word, following in pairwise(said)
    ):
        return True
    return not (keeping - SEATED).isdisjoint(said)


def _overlaps_larger(item: ReadFinding, larger_ids: AbstractSet[str], spans: dict[str, list[tuple[int, int]]]) -> bool:
    if spans.keys().isdisjoint(larger_ids):  # most often no larger finding is said at all: one test in C
        return False
    return any(
        item.finding.first <= last and first <= item.finding.last
        for larger in larger_ids
        for first, last in spans.get(larger, ())
    )


def _one_per_id(text: str, tokens: Sequence[Token], read: Sequence[ReadFinding]) -> list[ParsedEvidence]:
    best: dict[str, tuple[int, ReadFinding]] = {}  # id -> the best reading and its rank
    for item in read:
        # Which reading of an id is reported: what an assessment uses first, then the most certain (one number,
        # worked out inline: a call per reading cost more than the comparison).
        rank = (0 if item.subject is _SELF and item.time is _CURRENT else 3) + CERTAINTY[item.assertion]
        evidence_id = item.finding.evidence_id
        held = best.get(evidence_id)
        if held is None or rank < held[0]:
            best[evidence_id] = rank, item
    # In the order of (span, id), sorted before the models are built (each id once: no two entries tie).
    spans = sorted(
        (tokens[item.finding.first].start, tokens[item.finding.last].end, evidence_id, item)
        for evidence_id, (_, item) in best.items()
    )
    return [
        ParsedEvidence(
            id=evidence_id,
            state=STATE_OF[item.assertion],
            span=(start, end),
            matched=text[start:end],
            assertion=item.assertion,
            subject=item.subject,
            time=item.time,
            body_site=item.body_site,
        )
        for start, end, evidence_id, item in spans
    ]
