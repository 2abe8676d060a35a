"""Denials that name no finding but point back at one just said.

- "My son has diabetes. I don't." / "Dad had MND, I haven't": the writer denies, for themself, what was
  just said of someone else.
- "My hand twitches, my eyelid doesn't": a place with a bare negated verb denies the finding just said,
  at that place (twitching at the eyelid is eyelid twitching).
- "I used to get cramps. None now." / "Not any more.": what was just said no longer holds.
- "Fainted once in 2019, nothing since", "cramps as a teenager, nothing like that now", "My nan had pins and
  needles. I don't have anything like that.": a part made only of a denial that points back (a word of now
  or since, or "like that") denies now what was just said, for the writer when the writer speaks.
- "my back aches but my legs are as strong as ever": a finding made of findings (a cue naming
  #leg_weakness) does not hold when the writer denies the finding it needs beside the rest of its words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.cues import TextIndex, cue_findings, with_findings
from symptom_overlap.domain.parsing.episodes import brief_episode
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.regions import SitePlaces, absent_as, spoken_of_before
from symptom_overlap.domain.parsing.rules import CueIndex
from symptom_overlap.domain.parsing.tokens import Token

NOW = TimeFrame.CURRENT
# Read once: on Python 3.11 each read of an enum member passes EnumType's __getattr__ hook (about 0.1 us).
ABSENT, SELF = Assertion.ABSENT, Subject.SELF
BARE_NEGATIONS = frozenset(
    {
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt", "isn't",
        "isnt", "aren't", "arent", "not", "never",
    }
)  # fmt: skip
# Words that may close a bare denial: "I don't, thankfully", "my eyelid doesn't though".
AFTERWORDS = frozenset({"though", "tho", "either", "thankfully", "luckily", "at", "all", "really", "so", "far"})
WRITER = frozenset({"i", "i'm", "im", "i've", "ive", "me", "am", "do", "have", "myself", "mine"})
# "My partner's B12 came back low, mine was fine." / "My dad was a drinker but that's not me."
MINE_LINKING = frozenset({"is", "was", "are", "were", "came", "back", "all", "totally", "perfectly", "completely"})
MINE_FINE = frozenset({"fine", "normal", "ok", "okay", "good", "clear", "negative"})
SET_APART = frozenset({"mine", "not"})
NOT_ME_BEFORE = frozenset({"that's", "thats", "that", "is", "it's", "its", "but", "and", "so"})
JOINING = frozenset({"and", "so"})
NO_LONGER = frozenset({"none", "not", "no", "nothing"})
NOW_WORDS = frozenset({"now", "anymore", "any", "more", "longer", "currently", "nowadays", "these", "days", "lately"})
NOW_MARKERS = frozenset({"now", "anymore", "more", "longer", "currently", "nowadays", "days", "lately"})
# A part that is only a denial pointing back: "nothing since", "nowt since", "none at all in the last decade",
# "not since", "nothing like that now", "I've never had anything like that", "haven't touched it since".
POINTING_DENIALS = frozenset(
    {"none", "nothing", "nowt", "not", "never", "no", "don't", "dont", "haven't", "havent", "didn't", "didnt"}
)
POINTING_LEAD = WRITER | {"got", "but", "and", "so", "honestly", "personally", "really", "thankfully"}
POINTING_VERBS = frozenset(
    {"have", "had", "get", "got", "experienced", "noticed", "felt", "seen", "touched", "used", "taken", "done"}
)
POINTING_REST = NOW_WORDS | {
    "since", "then", "ever", "at", "all", "in", "the", "last", "past", "decade", "years", "year", "ages", "one",
    "anything", "like", "that", "this", "those", "it", "them", "of", "thankfully", "luckily", "whatsoever",
}  # fmt: skip
POINTING_LEAD_MOST = 4  # words before the denial in its part ("but I've got nothing like that")
POINTING_REST_MOST = 9  # words after it ("haven't touched it in the last ten years")
POINTING_MARKERS = NOW_MARKERS | {"since", "decade", "years", "ages", "like", "those"}


ELLIPSIS_STARTS = SET_APART | NO_LONGER | POINTING_DENIALS | BARE_NEGATIONS  # most words are passed over


def elliptical_denials(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    sites: Sequence[SiteMention],
    places: SitePlaces,
    episodes: Mapping[str, str] | None = None,
) -> list[ReadFinding]:
    """Absent readings that bare denials point back to; the writer's own brief episode (``episodes``: deficit
    -> episode id) stays an episode that happened ("my arm went numb for an hour. Nothing since.")."""
    episodes = episodes or {}
    episode_ids = set(episodes.values())
    denied: list[ReadFinding] = []
    for cue, token in enumerate(tokens):
        if token.word not in ELLIPSIS_STARTS:
            continue
        if token.word in SET_APART and (_mine_fine(tokens, segments, cue) or _not_me(tokens, segments, cue)):
            denied += [
                _denied(item, cue, Subject.SELF)
                for item in spoken_of_before(segments, read, cue)
                if item.subject is not Subject.SELF
            ]
            continue
        if token.word in NO_LONGER and _no_longer(tokens, segments, cue):
            denied += [_denied(item, cue, item.subject) for item in spoken_of_before(segments, read, cue)]
        elif token.word in POINTING_DENIALS and (writer := _points_back(tokens, segments, cue)) is not None:
            denied += [
                _denied(item, cue, Subject.SELF if writer else item.subject)
                for item in _said_or_over_before(segments, read, cue)
                if not (item.subject is Subject.SELF and _an_episode(tokens, segments, item, episodes, episode_ids))
            ]
        if token.word not in BARE_NEGATIONS or not _closes_its_part(tokens, cue):
            continue
        before = tokens[segments.part_bounds[segments.part[cue]][0] : cue]
        site = next((site for site in sites if site.first >= cue - len(before) and site.last < cue), None)
        if site is not None:
            denied += [
                absent_as(evidence_id, item, cue)
                for item in spoken_of_before(segments, read, cue)
                for evidence_id in places.ids_at(item.finding.evidence_id, site.site)
            ]
        elif before and all(token.word in WRITER for token in before[1:]) and before[0].word in WRITER | JOINING:
            denied += [
                _denied(item, cue, Subject.SELF)
                for item in spoken_of_before(segments, read, cue)
                if item.subject is not Subject.SELF
            ]
    return denied


def _denied(item: ReadFinding, cue: int, subject: Subject) -> ReadFinding:
    """The finding denied now, for this subject."""
    finding = Finding(item.finding.evidence_id, cue, cue)
    return ReadFinding(finding, Assertion.ABSENT, subject, TimeFrame.CURRENT, None)


def _closes_its_part(tokens: Sequence[Token], cue: int) -> bool:
    position = cue + 1
    while position < len(tokens) and tokens[position].word in AFTERWORDS:
        position += 1
    return position >= len(tokens) or tokens[position].ends_clause or tokens[position].is_comma


def _no_longer(tokens: Sequence[Token], segments: Segments, cue: int) -> bool:
    """'None now.', 'Not any more.': a sentence of its own that says what was said no longer holds."""
    first, last = segments.sentence_bounds[segments.sentence[cue]]
    if cue != first:
        return False
    rest = [token.word for token in tokens[cue + 1 : last + 1] if not token.ends_clause and not token.is_comma]
    return bool(rest) and all(word in NOW_WORDS for word in rest) and any(word in NOW_MARKERS for word in rest)


def _points_back(tokens: Sequence[Token], segments: Segments, cue: int) -> bool | None:
    """Whether a part made only of a denial that points back ("nothing since", "I don't have anything like
    that") is the writer's (True) or no one's (False); None when the part says more."""
    first, last = segments.part_bounds[segments.part[cue]]
    if cue - first > POINTING_LEAD_MOST or last - cue > POINTING_REST_MOST:
        return None
    lead = [token.word for token in tokens[first:cue]]
    if not all(word in POINTING_LEAD for word in lead):
        return None
    position = cue + 1
    if position <= last and tokens[position].word in POINTING_VERBS:
        position += 1
    rest = [token.word for token in tokens[position : last + 1] if not token.ends_clause and not token.is_comma]
    if not rest or not all(word in POINTING_REST for word in rest) or POINTING_MARKERS.isdisjoint(rest):
        return None
    return not WRITER.isdisjoint(lead)


def _an_episode(
    tokens: Sequence[Token],
    segments: Segments,
    item: ReadFinding,
    episodes: Mapping[str, str],
    episode_ids: Collection[str],
) -> bool:
    evidence_id = item.finding.evidence_id
    return evidence_id in episode_ids or (evidence_id in episodes and brief_episode(tokens, segments, item.finding))


def _said_or_over_before(segments: Segments, read: Sequence[ReadFinding], cue: int) -> list[ReadFinding]:
    """What was just said, and what was just said to be over ("I haven't had one in years")."""
    said = spoken_of_before(segments, read, cue)
    sentence = segments.sentence[cue]
    for wanted in (sentence, segments.sentence_before(sentence)):
        said += [
            item
            for item in read
            if item.assertion is ABSENT
            and item.time is not NOW
            and item.finding.last < cue
            and segments.sentence[item.finding.first] == wanted
        ]
        if said:
            break
    return said


def _mine_fine(tokens: Sequence[Token], segments: Segments, cue: int) -> bool:
    """'mine was fine', 'mine came back normal': a part that says the writer's own is fine."""
    first, last = segments.part_bounds[segments.part[cue]]
    if tokens[cue].word != "mine" or cue != first:
        return False
    rest = [token.word for token in tokens[cue + 1 : last + 1] if not token.ends_clause and not token.is_comma]
    return bool(rest) and rest[-1] in MINE_FINE and all(word in MINE_LINKING for word in rest[:-1])


def _not_me(tokens: Sequence[Token], segments: Segments, cue: int) -> bool:
    """ "that's not me", "but not me": the writer is not the one just spoken of."""
    if tokens[cue].word != "not" or cue + 1 >= len(tokens) or tokens[cue + 1].word not in {"me", "myself"}:
        return False
    first, _ = segments.part_bounds[segments.part[cue]]
    if not all(token.word in NOT_ME_BEFORE or token.ends_clause for token in tokens[first:cue]):
        return False
    return _closes_its_part(tokens, cue + 1)


def denied_compounds(
    index: TextIndex, read: Sequence[ReadFinding], cues: CueIndex, red_flags: Collection[str]
) -> list[ReadFinding]:
    """The red flags that cues naming findings would say, read with the findings the writer denies: absent,
    unless said otherwise (the red flag held, or its part also said). Only red flags: their part denied, their
    question is moot; a course of weakness said of a hand that is strong ("one-sided onset") says little. The
    part is one finding named alone in a group of the cue, and no red flag."""
    naming_by_id = _red_flags_naming(cues, red_flags)
    held: set[str] = set()
    denied: list[Finding] = []
    for item in read:
        if item.subject is SELF and item.time is NOW:
            if item.assertion is not ABSENT:
                held.add(item.finding.evidence_id)
            elif item.finding.evidence_id in naming_by_id:
                denied.append(item.finding)
    denied = [finding for finding in denied if finding.evidence_id not in held]
    positions = tuple(
        sorted(
            {
                position
                for finding in denied
                for position, red_flag in naming_by_id[finding.evidence_id]
                if red_flag not in held
                and all(index.may_hold(group) for group in cues.cues[position].groups if not group.evidence_ids)
            }
        )
    )
    if not positions:
        return []
    naming = _NAMING_INDEXES.get(positions)
    if naming is None:
        naming = _NAMING_INDEXES[positions] = CueIndex.of(tuple(cues.cues[position] for position in positions))
    return [
        ReadFinding(Finding(found.evidence_id, found.first, found.last), Assertion.ABSENT, Subject.SELF, NOW, None)
        for found in cue_findings(with_findings(index, denied), naming)
    ]


# Per knowledge base (the cue index's id): evidence id -> (position, red flag) of the red-flag cues naming it.
_NAMING: dict[int, tuple[CueIndex, dict[str, tuple[tuple[int, str], ...]]]] = {}
_NAMING_INDEXES: dict[tuple[int, ...], CueIndex] = {}


def _red_flags_naming(cues: CueIndex, red_flags: Collection[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Evidence id -> the red-flag cues that name it, worked out once per knowledge base."""
    known = _NAMING.get(id(cues))
    if known is None or known[0] is not cues:
        by_id: dict[str, list[tuple[int, str]]] = {}
        for position, cue in enumerate(cues.cues):
            if cue.evidence_id in red_flags:
                # A part named alone in its group, and no red flag: one red flag's denial ("no fever after
                # choking") never silences another's question (choking on drinks).
                for group in cue.groups:
                    if len(group.evidence_ids) == 1 and not group.evidence_ids <= set(red_flags):
                        (evidence_id,) = group.evidence_ids
                        by_id.setdefault(evidence_id, []).append((position, cue.evidence_id))
        known = cues, {evidence_id: tuple(found) for evidence_id, found in by_id.items()}
        _NAMING.clear()
        _NAMING_INDEXES.clear()
        _NAMING[id(cues)] = known
    return known[1]
