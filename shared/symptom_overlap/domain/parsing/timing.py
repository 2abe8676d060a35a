"""When each finding holds: now, or it went away, or it belongs to the past.

A finding has resolved when its clause says so (``recovery.py``), or when the next clause or sentence says
only that ("…, but that settled after injections"; "Back to normal by the evening."), unless it is back or
still there ("still", "again", "creeping back"). It belongs to the past when the words around it (up to a
comma) place it there (``dates.py``) and nothing there says it still holds. Evidence that persists (an
operation, a diagnosis) is current whenever it was mentioned.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import accumulate
from typing import NamedTuple

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.dates import (
    ABSTAINING,
    ABSTAINING_REACH,
    AGE_BEFORE,
    AGO_UNITS,
    AT_THE_DENTIST,
    BACK_AGAIN,
    BACK_INTO,
    BEFORE,
    DATES,
    NOT_PAST_AFTER,
    ONSET_VERBS,
    PAST,
    PAST_TENSE_ONLY,
    PRESENT_TENSE,
    PUT_ON,
    SHORT_SPAN,
    SO_LEADS,
    SPAN_LEADS,
    SPAN_PAST_VERBS,
    SPAN_UP_TO_NOW,
    SPREADING,
    STILL,
    age_at,
    habit_before,
    indices,
    is_onset,
    is_year,
    since_event,
)
from symptom_overlap.domain.parsing.findings import Finding, TimeFrame
from symptom_overlap.domain.parsing.recovery import (
    DENIED_RECOVERY,
    END,
    NOT_RECOVERIES,
    RESOLVED,
    gone_right_after,
    not_a_recovery,
    recovery_matches,
    relapsed,
    says_resolved,
    words_then_end,
)
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

_BACK_NOT_PAST = BACK_AGAIN | BACK_INTO  # "they're back in my calves", "lying back in bed": no past time

# Words after a recovery that turn to what holds now: "nothing since, and my current problem is the numb feet".
# "Stopped two days ago because my legs went numb": a reason is what holds now.
REASONS = frozenset({"because", "cos", "coz", "cuz"})
NOW_AFTER_RECOVERY = frozenset({"now", "current", "currently", "nowadays", "today"}) | REASONS
# "…, but that was years ago": a clause that points back to what was just said and places it in the past.
POINTING_BACK = WordSequences(
    {("that", "was"), ("it", "was"), ("this", "was"), ("those", "were"), ("they", "were"), ("which", "was")}
)
# Words before "still" in a part that says a past finding goes on: "…, and they're still there".
STILL_LEADS = frozenset({"and", "but", "it", "it's", "its", "they", "they're", "theyre", "is", "are", "i", "i'm", "im"})
STILL_LEAD_MOST = 3
# A part that opens with one of these speaks of what was just said: "…, but they're fine now, …".
POINTING_PRONOUNS = frozenset({"they", "they're", "theyre", "it", "it's", "its", "that", "that's", "thats", "those"})
TIME_WORDS = RESOLVED.first_words | PAST.first_words | STILL | AGE_BEFORE
# TimeFrame's members, read once here: on Python 3.11 each read of an enum member passes EnumType's __getattr__
# hook (about 0.1 us), and time_frames made some 200 such reads per typical parse.
_CURRENT, _RESOLVED, _PAST = TimeFrame.CURRENT, TimeFrame.RESOLVED, TimeFrame.PAST


class _ClauseTimes(NamedTuple):
    """Where a clause's time words stand, as token positions: read once per clause, used by each part."""

    words: list[str]
    resolved: list[int]  # starts of "went away", "cleared up", …
    past: list[tuple[int, str]]  # starts (and first word) of "used to", "years ago", …
    still: list[int]  # "still", "now", "since", …
    consequence: int | None = None  # the last "so" of the clause, which starts what follows from the past

    def resolved_in(self, first: int, last: int) -> bool:
        return any(first <= start <= last for start in self.resolved)

    def still_in(self, first: int, last: int) -> bool:
        return any(first <= position <= last for position in self.still) and not self.resolved_in(first, last)

    def past_in(self, first: int, last: int, finding: int = -1) -> bool:
        """A past cue in the part; one before the finding reaches it only across no word of consequence ("Mum
        died when I was 12 so every twitch scares me": the twitch is now)."""
        found = [
            word
            for start, word in self.past
            if first <= start <= last
            and not (start < finding and self.consequence is not None and start < self.consequence < finding)
        ]
        # "…, which has never happened before": new, not past
        return bool(found) and not ("before" in found and "never" in self.words)


def time_frames(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    persisting: Collection[str],
) -> list[TimeFrame]:
    clauses_with_findings = {segments.clause[f.first] for f in findings}
    first_finding_of_part = {segments.part[finding.first]: finding.first for finding in reversed(findings)}
    sentences_with_findings = {segments.sentence[f.first] for f in findings}
    by_part: dict[int, TimeFrame] = {}
    # The number of time words among the first n tokens, for each n.
    time_words_before = list(accumulate(map(TIME_WORDS.__contains__, words), initial=0))
    clause_times: dict[int, _ClauseTimes] = {}
    frames = []
    gone_said = "gone" in words  # most texts: no "gone", so no finding is gone right after it
    for finding in findings:
        if finding.evidence_id in persisting:
            frames.append(_CURRENT)
            continue
        if gone_said and gone_right_after(words, finding):
            frames.append(_RESOLVED)
            continue
        if finding.first > 1 and words[finding.first - 2] == "since" and since_event(words, finding):
            frames.append(_PAST)
            continue
        part_id = segments.part[finding.first]
        if part_id not in by_part:
            clause_id = segments.clause[finding.first]
            first, last = segments.clause_bounds[clause_id]
            if time_words_before[last + 1] == time_words_before[first] and not _time_words_follow(
                segments, last, time_words_before
            ):
                by_part[part_id] = _CURRENT  # most clauses say nothing of time
                frames.append(_CURRENT)
                continue
            if clause_id not in clause_times:
                clause_times[clause_id] = _clause_times(words, first, last)
            times = clause_times[clause_id]
            part_first, part_last = segments.part_bounds[part_id]
            still = times.still_in(part_first, part_last)
            # A recovery in another part that names its own finding is that finding's: in "cough so weak he can't
            # bring anything up, chest infection last month (cleared)" the cough has not cleared.
            if not still and any(
                segments.part[start] == part_id or first_finding_of_part.get(segments.part[start], start) >= start
                for start in times.resolved
            ):
                # "the twitching in my legs settled down, now it's my arms": it has moved, not gone
                moved = part_id + 1 not in first_finding_of_part and _goes_on(words, segments, part_id, moved=True)
                frame = _CURRENT if moved else _RESOLVED
            elif still:
                frame = _CURRENT
            elif not _habitual(words, segments, finding) and _said_after(
                tokens,
                segments,
                finding,
                clauses_with_findings,
                sentences_with_findings,
                time_words_before,
                first_finding_of_part.keys(),
            ):
                frame = _RESOLVED
            elif (
                (
                    times.past_in(part_first, part_last, finding.first)
                    and not _goes_on(words, segments, part_id)
                    and not (part_id + 1 not in first_finding_of_part and _still_after(words, segments, part_id))
                )
                or _past_said_after(words, segments, finding, clauses_with_findings)
                or _past_part_after(segments, times, part_id, first_finding_of_part.keys())
            ):
                frame = _PAST
            else:
                frame = _CURRENT
            by_part[part_id] = frame
        frame = by_part[part_id]
        if frame is _RESOLVED and segments.clause[finding.first] in clause_times:
            frame = _now_after_recovery(words, clause_times[segments.clause[finding.first]], finding.first, frame)
        if frame is _RESOLVED:
            sentence_last = segments.sentence_bounds[segments.sentence[finding.first]][1]
            if relapsed(words_then_end(words[finding.first : sentence_last + 1])):
                frame = _CURRENT
        elif frame is _PAST and segments.clause[finding.first] in clause_times:
            frame = _reason_after_past(words, clause_times[segments.clause[finding.first]], finding.first, frame)
        frames.append(frame)
    return frames


def _now_after_recovery(words: Sequence[str], times: _ClauseTimes, start: int, frame: TimeFrame) -> TimeFrame:
    """A finding after every recovery word of its clause, with a word of now between them, holds now: in "a
    TIA years ago but nothing since and my current problem is numb feet" only the TIA is over."""
    if not times.resolved or max(times.resolved) >= start:
        return frame
    between = words[max(times.resolved) : start]
    return TimeFrame.CURRENT if not NOW_AFTER_RECOVERY.isdisjoint(between) else frame


def _reason_after_past(words: Sequence[str], times: _ClauseTimes, start: int, frame: TimeFrame) -> TimeFrame:
    """A reason given after every past word of its clause holds now: "I quit drinking because my feet went numb"."""
    if not times.past or max(position for position, _ in times.past) >= start:
        return frame
    between = words[max(position for position, _ in times.past) : start]
    return TimeFrame.CURRENT if not REASONS.isdisjoint(between) else frame


def _goes_on(words: Sequence[str], segments: Segments, part_id: int, moved: bool = False) -> bool:
    """The next part of the clause says it holds now: "both feet went numb back in March, now it's in my hands"
    (``moved``: at another place, "now it's my arms", not "now it's just the tiredness")."""
    if part_id + 1 >= len(segments.part_bounds):
        return False
    first, last = segments.part_bounds[part_id + 1]
    if segments.clause[first] != segments.clause[segments.part_bounds[part_id][0]]:
        return False
    following = [word for word in words[first : last + 1] if word[0].isalnum()]
    if moved and following[2:3] not in (["my"], ["in"], ["into"], ["his"], ["her"], ["both"], ["spread"], ["moved"]):
        return False
    return following[:1] == ["now"] and following[1:2] in (["it"], ["its"], ["it's"]) and not says_resolved(following)


def _still_after(words: Sequence[str], segments: Segments, part_id: int) -> bool:
    """The next part of the clause, naming nothing of its own, says it still holds: "had cramps years ago, still
    get them", "went weak last year, and they're still weak"."""
    if part_id + 1 >= len(segments.part_bounds):
        return False
    first, last = segments.part_bounds[part_id + 1]
    if segments.clause[first] != segments.clause[segments.part_bounds[part_id][0]]:
        return False
    following = [word for word in words[first : min(last + 1, first + STILL_LEAD_MOST + 1)] if word[0].isalnum()]
    lead = 0
    while lead < len(following) and following[lead] in STILL_LEADS:
        lead += 1
    return following[lead : lead + 1] == ["still"]


# "my heart was racing just before", "dizzy moments before": before the event told, not before a time now past.
COUNTS = frozenset({"a", "an", "two", "three", "four", "five", "six", "few", "several", "some", "many"})
UNTIL_WORDS = frozenset({"until", "till", "til", "to", "up"})  # "from last winter until spring": a span that ended
RELATIVE_BEFORE = frozenset({"just", "right", "shortly", "moments", "seconds", "minutes", "immediately", "straight"})
# "the last year", "this past month" reach up to now; a word before them ("the thoughts last year") does not.
JUST_BEFORE = frozenset({"the", "this"})
_NOT_PAST_AFTER_UNLESS_JUST = NOT_PAST_AFTER - JUST_BEFORE  # (JUST_BEFORE is read on its own: "the last year")
COMPARED_REACH = 5  # words between "than" and the date that ends its comparison
AS_APART = 3  # "as strong as", "as steady as": the first "as" a word or two before the second
# "when I was expecting": a time of life, though its word ends in "-ing".
LIFE_STAGES_IN_ING = frozenset({"expecting", "nursing", "breastfeeding", "growing"})


def _occasion(word: str) -> bool:
    """ "when I was cooking", "when she was getting up": an activity dates an occasion, not a time of life ("when
    I was a kid", "when I was 12"); what happened on it may be now."""
    return word.endswith("ing") and word not in LIFE_STAGES_IN_ING


def _start_up_to_now(clause: Sequence[str], index: int, sequence: tuple[str, ...]) -> bool:
    """ "the hand is weak from last winter", "numb from 2 years ago": a start after "from", said in the present
    tense, is when it began, and it holds now (not "from last winter until the spring", nor "was weak from ...")."""
    lead = clause[index - 1]
    if lead != "from" and not (index > 1 and clause[index - 2] == "from" and (lead.isdigit() or lead in COUNTS)):
        return False
    after = clause[index + len(sequence) :]
    return UNTIL_WORDS.isdisjoint(after) and not (
        PRESENT_TENSE.isdisjoint(clause) and SPAN_UP_TO_NOW.isdisjoint(clause)
    )


def _baseline(clause: Sequence[str], index: int, sequence: tuple[str, ...]) -> bool:
    """ "weaker than they were a year ago": a date ending the clause just after "than" is what the finding is
    compared with, and the finding is now; "clearer than years ago when I had the stroke" still dates the stroke."""
    end = index + len(sequence)
    if end < len(clause) and clause[end] != END:
        return False
    before = clause[max(0, index - COMPARED_REACH) : index]
    return "than" in before or _as_compared(clause, max(0, index - COMPARED_REACH), index)


def _as_compared(clause: Sequence[str], first: int, index: int) -> bool:
    """ "not as strong as they were last year": an "as … as" comparison, like one with "than"."""
    return any(clause[j] == "as" and "as" in clause[max(0, j - AS_APART) : j - 1] for j in range(first, index))


def _clause_times(words: Sequence[str], first: int, last: int) -> _ClauseTimes:
    positions = [i for i in range(first, last + 1) if words[i][0].isalnum()]
    clause = [words[i] for i in positions] + [END]
    positions.append(last + 1)  # END
    resolved = [
        positions[i]
        for i, sequence in recovery_matches(clause, RESOLVED, NOT_RECOVERIES, DENIED_RECOVERY)
        if not not_a_recovery(clause, i, sequence)
    ]
    span_in_past = not SPAN_PAST_VERBS.isdisjoint(clause) and SPAN_UP_TO_NOW.isdisjoint(clause)
    matches = [
        (i, sequence)
        for i, sequence in recovery_matches(clause, PAST, _NOT_PAST_AFTER_UNLESS_JUST, positions=positions)
        if not (i and clause[i - 1] in JUST_BEFORE)
        and ((sequence[0] != "for" and sequence not in PAST_TENSE_ONLY) or span_in_past)
        and not (sequence == ("back", "in") and ((i and clause[i - 1] in _BACK_NOT_PAST) or clause[i + 2] == END))
        and not (sequence == ("back", "in") and positions[i + 1] != positions[i] + 1)  # "in back, in arms"
        and not (sequence == ("a", "decade") and i and clause[i - 1] == "for" and not span_in_past)
        and not (sequence == ("in", "the", "past") and clause[i + 3] in SPAN_LEADS)
        and not (sequence == AT_THE_DENTIST and not span_in_past and habit_before(clause[:i]))
        and not (sequence[0] == "when" and _occasion(clause[i + len(sequence)]))
        and not (sequence[0] == "before" and i and clause[i - 1] in RELATIVE_BEFORE)
        and not _baseline(clause, i, sequence)
        and not (i and _start_up_to_now(clause, i, sequence))
    ]
    if not BEFORE.isdisjoint(clause):  # "before 3 years I had tingling": a non-native "3 years ago"
        matches += [
            (i, ("before", "years"))
            for i in range(len(clause) - 2)
            if clause[i] in BEFORE and clause[i + 1].isdigit() and clause[i + 2] in AGO_UNITS
        ]
    if "in" in clause:  # "the stroke he had in 2015" dates the stroke, not "his speech is slurred"
        matches += [
            (i, ("in", "year"))
            for i in indices(clause, "in")
            if is_year(clause[i + 1]) and PRESENT_TENSE.isdisjoint(clause[max(0, i - 8) : i + 6])
        ]
    if (
        not ONSET_VERBS.isdisjoint(clause)
        and is_onset(clause)
        and not any(sequence[0] == "for" for _, sequence in matches)
        and not any(SHORT_SPAN.match(word) for word in clause)  # "went blurry for an hour": an episode
        and not ("now" in clause and SPREADING.isdisjoint(clause))  # "went numb in June, now I have cramps"
    ):
        matches = [(i, sequence) for i, sequence in matches if sequence not in DATES and sequence != ("in", "year")]
    past = [(positions[i], sequence[0]) for i, sequence in matches]
    # Most clauses have no age and no word of now: a set test skips the scan of their words.
    if not AGE_BEFORE.isdisjoint(clause):
        past += [
            (positions[i], clause[i]) for i in range(len(clause) - 2) if clause[i] in AGE_BEFORE and age_at(clause, i)
        ]
    still = (
        []
        if STILL.isdisjoint(clause)
        else [
            positions[i]
            for i, word in enumerate(clause)
            if word in STILL
            and not (word == "now" and ABSTAINING.intersection(clause[max(0, i - ABSTAINING_REACH) : i]))
            and not (word == "put" and clause[i + 1] not in PUT_ON)
        ]
    )
    consequence = None
    if past and "so" in clause:  # "so every twitch …", "so now …"; not "so numb", an intensifier
        consequence = next(
            (positions[i] for i in range(len(clause) - 2, -1, -1) if clause[i] == "so" and clause[i + 1] in SO_LEADS),
            None,
        )
    return tuple.__new__(_ClauseTimes, (clause, resolved, past, still, consequence))  # no NamedTuple keywords


def _time_words_follow(segments: Segments, last: int, time_words_before: Sequence[int]) -> bool:
    """Whether the clause that ends at token ``last`` is followed, in its sentence or by the next sentence, by words
    that may say it resolved (asked only of a clause without time words of its own: most clauses have some)."""
    return time_words_before[_next_sentence_end(segments, last) + 1] > time_words_before[last + 1]


def _next_sentence_end(segments: Segments, last: int) -> int:
    """The last token of the sentence after the one holding token ``last``."""
    if last + 1 >= len(segments.sentence):
        return last
    sentence = segments.sentence[last + 1]
    following = sentence + 1 if segments.sentence[last] == sentence else sentence
    return segments.sentence_bounds[min(following, len(segments.sentence_bounds) - 1)][1]


# A finding told as what keeps happening ("I get a tight chest when I walk", "whenever I eat"): "It's gone this
# morning" in the next sentence ends the last spell, not the pattern.
HABITUAL = WordSequences(
    {("i", "get"), ("i", "keep"), ("keep", "getting"), ("he", "gets"), ("she", "gets"), ("whenever",),
     ("every", "time"), ("each", "time")}
)  # fmt: skip


def _habitual(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    first = segments.sentence_bounds[segments.sentence[finding.first]][0]
    return HABITUAL.occur_in(words[first : finding.last + 1])


def _said_after(
    tokens: Sequence[Token],
    segments: Segments,
    finding: Finding,
    clauses_with_findings: set[int],
    sentences_with_findings: set[int],
    time_words_before: Sequence[int],
    parts_with_findings: Collection[int] = (),
) -> bool:
    """The next clause of the sentence (or its first part, pointing back), or the next sentence, says only that
    it resolved."""

    def resolved(first: int, last: int) -> bool:
        if time_words_before[last + 1] == time_words_before[first]:
            return False
        return says_resolved(words_then_end(token.word for token in tokens[first : last + 1]))

    clause = segments.clause[finding.first]
    if clause + 1 < len(segments.clause_bounds):
        first, last = segments.clause_bounds[clause + 1]
        if segments.sentence[first] == segments.sentence[finding.first]:
            if clause + 1 not in clauses_with_findings:
                return resolved(first, last)
            # "cramped on Saturday but they're fine now, it's the twitching that …": its first part points back
            part_first, part_last = segments.part_bounds[segments.part[first]]
            if tokens[part_first].word in POINTING_PRONOUNS and segments.part[first] not in parts_with_findings:
                return resolved(part_first, part_last)
    sentence = segments.sentence[finding.first]
    if sentence + 1 < len(segments.sentence_bounds) and sentence + 1 not in sentences_with_findings:
        return resolved(*segments.sentence_bounds[sentence + 1])
    return False


TRAILING_DATE_WORDS = 4  # "…, years ago", "…, that's it, years back": a part that only dates what went before


def _past_part_after(
    segments: Segments, times: _ClauseTimes, part_id: int, parts_with_findings: Collection[int]
) -> bool:
    """A later part of the clause, short and naming nothing of its own, with nothing named between, only dates the
    finding in the past: "took Nexium once for an ulcer, years ago"."""
    if not times.past or times.still:
        return False
    clause = segments.clause[segments.part_bounds[part_id][0]]
    following = part_id + 1
    while following < len(segments.part_bounds) and segments.clause[segments.part_bounds[following][0]] == clause:
        if following in parts_with_findings:
            return False
        first, last = segments.part_bounds[following]
        if last - first < TRAILING_DATE_WORDS and times.past_in(first, last):
            return True
        following += 1
    return False


def _past_said_after(
    words: Sequence[str], segments: Segments, finding: Finding, clauses_with_findings: set[int]
) -> bool:
    """The next clause of the sentence places the finding in the past, pointing back to it ("thought about ending
    it, but that was years ago") or answering it after a colon ("fainting: once at 15") or a question mark
    ("Blackouts? One, years ago.")."""
    clause = segments.clause[finding.first]
    if clause + 1 >= len(segments.clause_bounds) or clause + 1 in clauses_with_findings:
        return False
    first, last = segments.clause_bounds[clause + 1]
    mark = words[finding.last + 1 : finding.last + 2]
    asked = mark == ["?"]  # "Blackouts? One, but that was years ago.": the answer is the next sentence, whole
    if asked:
        last = segments.sentence_bounds[segments.sentence[first]][1]
        if any(segments.clause[i] in clauses_with_findings for i in range(first, last + 1)):
            return False
    elif segments.sentence[first] != segments.sentence[finding.first]:
        return False
    times = _clause_times(words, first, last)
    if not times.past or times.still:
        return False
    answers = mark == [":"] or asked
    following = [word for word in words[first : last + 1] if word[0].isalnum()]
    if following[:1] in (["but"], ["and"]):
        following = following[1:]
    return answers or (bool(following) and POINTING_BACK.at(following, 0) is not None)
