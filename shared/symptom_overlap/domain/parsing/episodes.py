"""Brief episodes and history: what a deficit that went away says now.

A brief episode of a deficit ("my arm went dead for twenty minutes, then it came back") is the knowledge
base's brief-episode evidence (``episode_of``); a limb that went to sleep where it was pressed ("after
sitting on it") makes it uncertain. A longer spell that got better, or one long ago, is history that stays
true (``history_of``: sight lost in one eye for ten days, years ago).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from symptom_overlap.domain.parsing.body_site import LIMB_SITES, SITE_TERMS
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.dates import SHORT_SPAN, SPAN_PAST_VERBS, SPAN_UP_TO_NOW, STILL
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, TimeFrame, now_as
from symptom_overlap.domain.parsing.recovery import says_resolved, words_then_end
from symptom_overlap.domain.parsing.rules import ReadingRules
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

YEAR = re.compile(r"^(19|20)\d\d$")
DAYS_OR_MORE = frozenset({"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"})
SPAN_REACH = 4  # "for a couple of weeks"
# Assertion's members, read once here (an enum member read is slow on Python 3.11).
_PRESENT, _UNCERTAIN = Assertion.PRESENT, Assertion.UNCERTAIN
_CURRENT, _RESOLVED = TimeFrame.CURRENT, TimeFrame.RESOLVED
LIMB_KINDS = frozenset({"motor", "sensory"})  # categories of a limb's deficits (contract/evidence-ids.yaml)
# Dates that place a brief episode in history ("last year" is recent enough for its red flag to be asked).
LONG_AGO = WordSequences(
    {
        ("years", "ago"), ("year", "ago"), ("decades", "ago"), ("back", "in"), ("yrs", "ago"), ("years", "back"),
        ("decade", "ago"), ("long", "ago"), ("long", "time", "ago"), ("ages", "ago"), ("winters", "ago"),
        ("summers", "ago"),
        ("as", "a", "kid"), ("as", "a", "child"), ("as", "a", "teenager"), ("as", "a", "teen"),
    }
)  # fmt: skip


def long_ago(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """The finding's sentence places it years back ("a mini stroke about 12 years ago")."""
    return _has([tokens[i].word for i in segments.sentence_tokens(finding.first)], LONG_AGO)


def brief_episode(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """A short, recent episode: a duration in minutes or hours in the finding's sentence, or in a next sentence
    that only tells how long it lasted ("Saw double. Lasted maybe 20 minutes."), not long ago."""
    words = [tokens[i].word for i in segments.sentence_tokens(finding.first)]
    sentence = segments.sentence[finding.first]
    if sentence + 1 < len(segments.sentence_bounds):
        first, last = segments.sentence_bounds[sentence + 1]
        if not LASTED.isdisjoint(token.word for token in tokens[first : min(first + LASTED_REACH, last + 1)]):
            words += [tokens[i].word for i in range(first, last + 1)]
    return _recent(words) and _spell_of_minutes(words)


LASTED = frozenset({"lasted", "lasting", "lasts"})
LASTED_REACH = 3  # words opening the next sentence in which "lasted" stands: "It lasted", "Only lasted"


def recent_and_short(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """The finding's sentence dates it neither years back nor by a year, nor gives it a span of days or more ("face
    drooped for weeks" after a Bell's palsy is no brief episode)."""
    words = [tokens[i].word for i in segments.sentence_tokens(finding.first)]
    return _recent(words) and not _lasted_days(words)


def _lasted_days(words: Sequence[str]) -> bool:
    return any(
        word == "for" and not DAYS_OR_MORE.isdisjoint(words[i + 1 : i + 1 + SPAN_REACH]) for i, word in enumerate(words)
    )


def _recent(words: Sequence[str]) -> bool:
    return not _has(words, LONG_AGO) and not any(YEAR.match(word) for word in words)


def lasted_minutes(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """The finding's sentence gives it a span of minutes or hours, however long ago."""
    return _spell_of_minutes([tokens[i].word for i in segments.sentence_tokens(finding.first)])


def _spell_of_minutes(words: Sequence[str]) -> bool:
    return any(
        SHORT_SPAN.match(word) and (i + 1 == len(words) or words[i + 1] != "ago")  # "an hour ago" is an onset
        for i, word in enumerate(words)
    ) or bool(SHORT_SPANS_SAID.positions(words))


def bounded_spell(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    """ "My arm went weak for ten minutes": a deficit that lasted a span of minutes or hours, told in the past
    tense, was a spell that ended, even with no word of recovery (not "has been weak for an hour", nor "still")."""
    first, last = segments.clause_bounds[segments.clause[finding.first]]
    clause = words[first : last + 1]
    if not STILL.isdisjoint(clause) or not SPAN_UP_TO_NOW.isdisjoint(clause):
        return False
    if _span_filled(words, segments, finding):
        return True  # "I had twenty minutes where my arm went weak"
    if "for" not in clause:
        return False
    if SPELL_PAST.isdisjoint(clause) and not any(
        word.endswith("ed") for word in words[finding.first : finding.last + 1]
    ):
        return False
    return any(
        word == "for"
        and (
            any(SHORT_SPAN.match(after) for after in clause[i + 1 : i + 1 + SPELL_REACH])
            or SHORT_SPANS_SAID.at(clause, i) is not None
        )
        for i, word in enumerate(clause)
    )


# "twenty minutes where my arm went weak", "an hour this morning when I couldn't speak": a span the finding filled.
SPAN_LINKS = frozenset({"where", "when", "during"})
SPAN_TO_LINK = 4  # words from the span's unit to the link: "half an hour this morning where"
LINK_TO_FINDING = 14  # words from the link to the finding: "where the left side of my face went tingly and my words …"


def _span_filled(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    """A finding told in a clause on a past span of minutes or hours, as what happened in it: "I had about forty
    minutes where I couldn't lift my arm" (not "for the last hour my arm has been weak", nor "an hour ago when")."""
    start = segments.sentence_bounds[segments.sentence[finding.first]][0]
    for link in range(finding.first - 1, max(start, finding.first - LINK_TO_FINDING) - 1, -1):
        if words[link] not in SPAN_LINKS:
            continue
        before = words[max(start, link - SPAN_TO_LINK) : link]
        if "ago" in before or SPELL_PAST.isdisjoint(words[start:link]):
            return False
        return any(SHORT_SPAN.match(word) for word in before)
    return False


# "after leaning on my elbow", "slept on it", "sat cross-legged": a limb pressed or bent until it went to sleep. Not
# "sitting on the sofa", where one sits.
POSTURES = frozenset(
    {"leaning", "leant", "leaned", "lean", "sitting", "sat", "sit", "slept", "sleeping", "sleep", "lying", "lay",
     "lain", "laid", "kneeling", "knelt", "kneel", "resting", "rested", "squatting", "squatted"}
)  # fmt: skip
PRESSED = frozenset({"it", "them", "him", "her"}) | frozenset(
    term for site in LIMB_SITES for term in SITE_TERMS[site] if " " not in term
)
OWNERS = frozenset({"my", "his", "her", "their", "the", "your"})
CROSSED = WordSequences({("cross", "legged"), ("crossed", "legs"), ("legs", "crossed"), ("crossed", "my", "legs")})


def pressed_limb(words: Sequence[str], segments: Segments, first: int) -> bool:
    """The sentence says a limb was pressed or bent: a numb or dead limb for minutes after it is no brief episode."""
    bounds = segments.sentence_tokens(first)
    sentence = [words[i] for i in bounds]
    if CROSSED.positions(sentence):
        return True
    for i, word in enumerate(sentence[:-2]):
        if word in POSTURES and sentence[i + 1] == "on":
            pressed = sentence[i + 2]
            if pressed in OWNERS and i + 3 < len(sentence):
                pressed = sentence[i + 3]
            if pressed in PRESSED:
                return True
    return False


def pressed_limbs_doubted(
    words: Sequence[str], segments: Segments, read: list[ReadFinding], episode_ids: Collection[str]
) -> list[ReadFinding]:
    """A brief episode of a limb that went to sleep where it was pressed ("after sitting on it") is most likely
    that: uncertain, so its red-flag question is asked rather than counted. One whose clause says the deficit is
    still there and names no recovery ("went weak for ten minutes and it is still weak") was no episode; a named
    one ("a mini stroke last year, I'm still scared") stays."""
    return [
        item._replace(assertion=_UNCERTAIN)
        if item.finding.evidence_id in episode_ids
        and item.assertion is _PRESENT
        and pressed_limb(words, segments, item.finding.first)
        else item
        for item in read
        if item.finding.evidence_id not in episode_ids
        or not item.finding.cue
        or not _still_no_recovery(words, segments, item.finding.first)
    ]


def _still_no_recovery(words: Sequence[str], segments: Segments, first: int) -> bool:
    clause_first, clause_last = segments.clause_bounds[segments.clause[first]]
    clause = words[clause_first : clause_last + 1]
    return "still" in clause and not says_resolved(words_then_end(clause))


SPELL_PAST = SPAN_PAST_VERBS | frozenset({"couldn't", "couldnt", "lost", "wouldn't", "wouldnt"})
SPELL_REACH = 4  # words after "for" in which the unit stands: "for about half an hour"


# A short span said without a unit: "went weak for a bit", "for an afternoon", "briefly" (not "for a while",
# which may be weeks).
SHORT_SPANS_SAID = WordSequences(
    {("for", article, span) for article in ("a", "an", "the") for span in ("bit", "spell", "afternoon", "morning",
                                                                            "evening", "moment", "second", "sec")}
    | {("for", "a", "little", "bit"), ("for", "a", "short", "bit"), ("briefly",), ("momentarily",)}
)  # fmt: skip


def _has(words: Sequence[str], sequences: WordSequences, undo: Collection[str] = (), only: str | None = None) -> bool:
    """Whether one of the sequences occurs in ``words``, not right after (or before) a word that undoes it."""
    for index, sequence in sequences.positions(words):
        end = index + len(sequence)
        if only is not None and sequence[0] != only:
            continue
        if any(word in undo for word in words[max(0, index - 2) : index]) or (end < len(words) and words[end] in undo):
            continue  # "than they used to", "didn't use to", "creeping back"
        return True
    return False


def brief_episodes(
    tokens: Sequence[Token], segments: Segments, read: Sequence[ReadFinding], rules: ReadingRules
) -> list[ReadFinding]:
    """'My arm went dead for twenty minutes, then it came back': a brief episode that resolved. Whatever its span
    (unless days or more), a recent one is also a warning sign sudden by its nature ('yesterday my face drooped,
    it's better now'), or deficits of two kinds gone together ('last week his arm went weak and his speech was
    slurred, he's fine now'): a possible TIA."""
    resolved = [
        item
        for item in read
        if item.finding.evidence_id in rules.episodes and item.time is _RESOLVED and item.assertion is _PRESENT
    ]
    kinds: dict[int, set[str]] = {}
    for item in resolved:
        kinds.setdefault(segments.sentence[item.finding.first], set()).add(
            rules.episode_kinds[item.finding.evidence_id]
        )
    return [
        now_as(rules.episodes[item.finding.evidence_id], item, _PRESENT, item.subject)
        for item in resolved
        if brief_episode(tokens, segments, item.finding)
        or (
            (
                item.finding.evidence_id in rules.sudden_episodes
                or _limb_and_more(kinds[segments.sentence[item.finding.first]])
            )
            and recent_and_short(tokens, segments, item.finding)
        )
    ]


def _limb_and_more(kinds: set[str]) -> bool:
    """Deficits of a limb and of speech or sight at once: an arm weak and the words slurred, not legs numb and weak."""
    return bool(kinds & LIMB_KINDS) and bool(kinds - LIMB_KINDS)


def histories(
    tokens: Sequence[Token],
    segments: Segments,
    read: Sequence[ReadFinding],
    rules: ReadingRules,
    episodes: Sequence[ReadFinding],
) -> list[ReadFinding]:
    """'Years ago my left eye went blurry for two weeks and it hurt to move it', 'a stroke six years ago': what got
    better or lies in the past is part of the person's history, which stays true. A spell of minutes, or one that
    made a recent brief episode, is that episode instead."""
    episode_spans = {(item.finding.first, item.finding.last) for item in episodes}
    return [
        now_as(rules.histories[item.finding.evidence_id], item, _PRESENT, item.subject)
        for item in read
        if item.finding.evidence_id in rules.histories
        and item.time is not _CURRENT
        and item.assertion is _PRESENT
        and (item.finding.first, item.finding.last) not in episode_spans
        and not lasted_minutes(tokens, segments, item.finding)
        and _named_as_history(
            tokens, segments, item, rules.history_names.get(rules.histories[item.finding.evidence_id])
        )
    ]


def _named_as_history(
    tokens: Sequence[Token], segments: Segments, item: ReadFinding, names: frozenset[str] | None
) -> bool:
    return names is None or any(tokens[i].word in names for i in segments.sentence_tokens(item.finding.first))
