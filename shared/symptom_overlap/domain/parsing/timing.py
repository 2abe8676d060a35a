"""When each finding holds: now, or it went away, or it belongs to the past.

A finding has resolved when its clause says so ("the tingling went away", "it cleared up", "back to
normal"), or when the next clause or sentence says only that ("…, but that settled after injections";
"Back to normal by the evening."), unless it is back or still there ("still", "again", "creeping
back"). It belongs to the past when the words around it (up to a comma) place it there ("used to",
"years ago", "as a teenager", "back in 2019") and nothing there says it still holds ("still",
"since", "started …"). Evidence that persists (an operation, a diagnosis) is current whenever it
was mentioned.

A brief episode of a deficit ("my arm went dead for twenty minutes, then it came back") that
resolved, not long ago, is the knowledge base's brief-episode evidence (``episode_of``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

from symptom_overlap.domain.parsing.body_site import LIMB_SITES, SITE_TERMS
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, TimeFrame
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

END = "<end>"  # appended to each clause, so that "…, which never happened before." can be told apart
# "now she is fine", "now I'm ok": the person, then a word of being, then well ("now my feet are fine" is a place said
# fine, not a recovery: only pronouns).
NOW_WELL_PEOPLE = (
    ("she", "is"), ("he", "is"), ("i", "am"), ("they", "are"), ("it", "is"), ("she's",), ("he's",), ("i'm",), ("im",),
    ("they're",), ("it's",), ("its",), ("shes",), ("hes",),
)  # fmt: skip
NOW_WELL = ("fine", "ok", "okay", "normal", "better", "alright", "grand")
RESOLVED = WordSequences(
    {
        ("went", "away"), ("gone", "away"), ("gone", "now"), ("long", "gone"), ("all", "gone"), ("gone", "since"),
        ("it's", "gone"), ("its", "gone"), ("cleared",), ("clearing", "up"), ("resolved",), ("resolving",),
        ("settled",), ("subsided",), ("calmed",), ("recovered",), ("recovery",), ("sorted",), ("fixed",),
        ("under", "control"), ("better", "now"), ("back", "to", "normal"), ("came", "back", "to"),
        ("came", "back", "fully"), ("came", "back", "completely"), ("came", "back", "totally"), ("then", "it", "came"),
        ("it", "all", "came"), ("came", "right"), ("it", "passed"), ("then", "passed"), ("it", "wore"),
        ("wore", "off"), ("disappeared",), ("vanished",), ("none", "now"), ("no", "longer"), ("hasn't", "come", "back"),
        ("hasnt", "come", "back"), ("haven't", "had", "it", "since"), ("nothing", "since"), ("fine", "now"),
        ("fine", "after"), ("fine", "afterwards"), ("normal", "now"), ("stopped",), ("eased", "off"),
        ("went", "off"), ("not", "anymore"), ("not", "any", "more"), ("full", "resolution"), ("completely", "fine"),
        ("totally", "fine"), ("all", "came", "back"), ("normal", "again"), ("then", "normal"),
        ("back", "to", "herself"), ("back", "to", "himself"), ("back", "to", "myself"), ("back", "to", "themselves"),
        ("that", "has", "gone"), ("it", "has", "gone"), ("they", "have", "gone"), ("has", "gone", "away"),
        ("not", "since"), ("none", "since"), ("stop", "last"), ("stop", "in"), ("stop", "since"),
        ("it", "finished"), ("it", "finish"), ("it's", "finished"), ("its", "finished"), ("it", "is", "finished"),
        ("then", "fine"), ("now", "not", END), ("it", "lifted"), ("then", "lifted"), ("has", "lifted"),
        ("packed", "in"), ("packed", "up"), ("it", "went", "completely"), ("they", "went", "completely"),
        ("completely", "normal"), ("totally", "normal"), ("normal", "since"), ("fine", "since"),
        ("then", "it", "was", "fine"), ("then", "it", "was", "ok"), ("then", "it", "was", "okay"),
        ("then", "it", "was", "normal"), ("then", "it's", "fine"), ("then", "it's", "normal"),
        # "…, gone completely", "…, then gone": a symptom gone (a function gone is a loss: LOSSES_OF_FUNCTION)
        ("gone", "completely"), ("gone", "totally"), ("gone", "entirely"), ("then", "gone"),
        # "and now she is fine", "now he's okay again": a person said well now, after what they had
        *(("now", *person, well) for person in NOW_WELL_PEOPLE for well in NOW_WELL),
    }
)  # fmt: skip
# "he's stopped driving": an activity stopped, not a symptom
STOPPED_DOING = frozenset(
    {"driving", "working", "walking", "going", "running", "reading", "cooking", "swimming", "playing", "eating",
     "talking", "caring", "sleeping", "exercising", "cycling", "singing", "dancing", "gardening", "knitting", "sewing",
     "typing", "writing", "baking", "jogging", "hiking", "golfing", "climbing", "lifting", "shopping", "travelling",
     "socialising", "painting", "texting", "gaming", "training", "riding", "skiing", "bowling", "fishing"}
)  # fmt: skip
# "had one mouth ulcer at Christmas": an occasion, past only said in the past tense ("I get them at Christmas").
HOLIDAYS = frozenset(
    (lead, day) for lead in ("at", "over", "last") for day in ("christmas", "xmas", "easter", "halloween")
)
PAST = WordSequences(
    {
        ("used", "to"), ("years", "ago"), ("year", "ago"), ("decades", "ago"), ("yrs", "ago"), ("as", "a", "kid"),
        ("as", "a", "child"), ("as", "a", "teenager"), ("as", "a", "teen"), ("when", "i", "was"),
        ("when", "she", "was"), ("when", "he", "was"), ("back", "in"), ("back", "then"), ("in", "the", "past"),
        ("previously",), ("before", END), ("sober",), ("quit",), ("gave", "up"), ("given", "up"), ("ex",),
        ("former",), ("formerly",), ("last", "summer"), ("last", "year"), ("last", "winter"), ("last", "spring"),
        ("last", "autumn"), ("in", "my", "twenties"), ("in", "my", "teens"), ("when", "pregnant"),
        ("during", "pregnancy"), ("was", "pregnant"), ("years", "back"), ("had", "it", "once"),
        ("at", "the", "dentist"), ("for", "a", "day"), ("for", "a", "few", "days"), ("for", "a", "week"),
        ("for", "a", "month"), ("for", "a", "few", "weeks"), ("for", "a", "few", "months"),
        ("for", "a", "couple", "of", "days"), ("for", "a", "couple", "of", "weeks"), ("before", "that"),
        ("before", "then"), ("decade", "ago"), ("long", "ago"), ("ages", "ago"), ("a", "decade"),
        ("winters", "ago"), ("summers", "ago"), ("at", "uni"), ("at", "university"), ("at", "college"),
        ("in", "college"), ("at", "school"), ("in", "school"), ("in", "high", "school"), ("as", "a", "student"),
        *HOLIDAYS,
    }
)  # fmt: skip
# A span is past only said in the past tense ("I had a rash for a week"); "twitching for a month" and
# "I've had it for a week" reach up to now.
# "six years sober now": what is now is the abstinence, not the drinking.
ABSTAINING = frozenset({"sober", "teetotal", "abstinent", "clean", "dry"})
ABSTAINING_REACH = 4  # "sober 3 years now"
FIRST_YEAR, LAST_YEAR = 1940, 2099
BEFORE = frozenset({"before", "befor", "befpre"})
AGO_UNITS = frozenset({"years", "year", "yrs", "months", "month"})
PRESENT_TENSE = frozenset({"is", "are", "am", "i'm", "im", "it's", "they're", "theyre", "isn't", "aren't"})
# "the twitches are back in my calves": back again, not "back in 2019".
BACK_AGAIN = frozenset({"is", "are", "it's", "its", "they're", "theyre", "came", "come", "comes", "coming", "been"})
SPAN_PAST_VERBS = frozenset({"had", "was", "were", "went", "got", "did", "lasted", "came", "took", "tried"})
SPAN_UP_TO_NOW = frozenset({"have", "has", "i've", "ive", "we've", "he's", "she's", "it's", "been"})
# Words before a past cue that undo it: "didn't use to", "than they used to", "than before", "the last year".
# "won't quit", "trying to quit": not done.
NOT_PAST_AFTER = frozenset(
    {"didn't", "didnt", "never", "not", "than", "like", "as", "the", "this", "won't", "wont", "can't", "cant",
     "don't", "dont", "doesn't", "doesnt", "couldn't", "to"}
)  # fmt: skip
# Past cues that hold only said in the past tense, like a span: "did balloons at uni" (not "I'm at uni"); "on
# omeprazole for a decade" reaches up to now.
PAST_TENSE_ONLY = frozenset({("at", "uni"), ("at", "university"), ("at", "college"),
                             ("in", "college"), ("at", "school"), ("in", "school"), ("in", "high", "school"),
                             ("as", "a", "student"), *HOLIDAYS})  # fmt: skip
# "fainted at the dentist" is an occasion past; "I giggle at the dentist" a habit now.
AT_THE_DENTIST = ("at", "the", "dentist")
# "in the past three weeks", "in the past few days": a span up to now, not the past.
SPAN_LEADS = frozenset(
    {"few", "couple", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "day", "days",
     "week", "weeks", "month", "months", "year", "fortnight", "24", "48"}
)  # fmt: skip
# Dates a change of state is placed at: "both feet went numb last year" is when it began, not an episode over.
DATES = frozenset({("years", "ago"), ("year", "ago"), ("yrs", "ago"), ("back", "in"), ("last", "year"),
                   ("last", "summer"), ("last", "winter"), ("last", "spring"), ("last", "autumn"),
                   *HOLIDAYS})  # fmt: skip
ONSET_VERBS = frozenset({"went", "became", "turned"})
# Words after "so" that start a consequence with its own subject: "… when I was 12 so every twitch scares me".
SO_LEADS = frozenset({"i", "i'm", "im", "i've", "ive", "my", "every", "each", "any", "now", "whenever", "it's"})
DEGREES = frozenset({"bit", "little", "lot", "touch"})  # "went a bit numb"
SPREADING = frozenset({"it's", "its", "spread", "spreading", "crept", "creeping", "moved", "risen"})
NOT_ONSET_AFTER = frozenset(
    {"to", "away", "off", "out", "back", "through", "on", "in", "into", "up", "down", "over", "for", "home", "with",
     "and", "by", "from", "round", "around", "under", "the", "a", "my", "his", "her", "missing", "past", "ahead",
     "fine", "ok", "okay", END}
)  # fmt: skip
# "B12 low at 25": a level, not an age.
LEVEL_WORDS = frozenset(
    {"low", "high", "raised", "elevated", "up", "down", "level", "levels", "reading", "borderline", "normal", "result",
     "value", "b12", "folate", "mcv", "sitting", "measured", "score", "capped", "peaked"}
)  # fmt: skip
# "since his stroke", "since the TIA": the finding is the event a span starts from, over.
EVENT_WORDS = 6  # an event named in a few words; a cue that reads on ("the choking episode … a fever") is more
BEGAN = frozenset({"started", "began", "came", "appeared", "kicked", "set", "hit", "showed"})
SINCE_DETERMINERS = frozenset({"his", "her", "my", "the", "a", "that", "their", "your"})
# Words that keep a finding current whatever else its words say.
STILL = frozenset(
    {"still", "again", "anymore", "currently", "now", "lately", "recently", "nowadays", "since", "these",
     "started", "starting", "began", "begun", "onset", "new", "getting", "worse", "ongoing", "put"}
)  # fmt: skip
# "put me on metformin": a treatment started, which goes on; not "had my PEG put in".
PUT_ON = frozenset({"me", "him", "her", "them", "us", "on"})
NOT_RESOLVED_BY = frozenset({"creeping", "coming", "returning", "worse", "worsening"})
# "need to get this sorted", "got the tablets sorted": a wish or an arrangement, not a recovery.
WISHES = frozenset(
    {"get", "getting", "want", "wants", "wanted", "need", "needs", "hoping", "hope", "trying", "try", "to"}
)
ARRANGED = frozenset({"the", "everything", "all", "things"})
ARRANGEMENTS = frozenset({("sorted",), ("fixed",), ("resolved",)})
ARRANGED_OBJECTS = frozenset({"my", "the", "his", "her", "our", "their", "your", "a", "an", "everything", "things"})
# "my feet are totally fine", "breathing is completely fine": a place or a function said fine, not a recovery.
FINE_THINGS = frozenset(
    {"feet", "foot", "hands", "hand", "legs", "leg", "arms", "arm", "eyes", "eye", "breathing", "speech", "swallowing",
     "balance", "walking", "vision", "sight", "bladder", "bowels", "memory", "strength", "face", "tongue", "chest",
     "back", "neck", "toes", "fingers", "else", "talking", "eating", "voice", "lungs", "heart", "grip", "reflexes"}
) | frozenset(
    term for site in LIMB_SITES for term in SITE_TERMS[site] if " " not in term
)  # fmt: skip  # and every limb's part: "little finger is totally fine"
FINE_LINKS = frozenset(
    {"is", "are", "feel", "feels", "seem", "seems", "look", "looks", "both", "all", "now"}
)  # "creeping back"
# "hasn't stopped", "never settled", "didn't go away": a recovery denied is no recovery.
DENIED_RECOVERY = frozenset(
    {"not", "hasn't", "hasnt", "haven't", "havent", "didn't", "didnt", "never", "won't", "wont", "doesn't",
     "doesnt", "isn't", "isnt", "hadn't", "hadnt", "wasn't", "wasnt", "nothing", "nothing's", "nothings"}
)  # fmt: skip
CAME_ON = frozenset({"on", "in", "over", "up", "out"})  # "it all came on", "then it came over me": an onset
NOT_RECOVERIES = NOT_RESOLVED_BY | STOPPED_DOING  # words that undo a recovery word next to them
# Words after a recovery that turn to what holds now: "nothing since, and my current problem is the numb feet".
# "Stopped two days ago because my legs went numb": a reason is what holds now.
REASONS = frozenset({"because", "cos", "coz", "cuz"})
NOW_AFTER_RECOVERY = frozenset({"now", "current", "currently", "nowadays", "today"}) | REASONS
# "was completely fine at breakfast", "had been totally fine": how things were before, not a recovery.
BASELINE_BEFORE = frozenset({"was", "were", "been"})
BASELINE_CUES = frozenset({"completely", "totally"})
# "totally fine the night before", "completely fine until Sunday": the state before it began.
BASELINE_AFTER = frozenset({"before", "beforehand", "until", "till", "til", "yesterday", "last"})
BASELINE_REACH = 3  # words after "totally fine" in which a time before stands
# "one eye vision went off", "my legs went off": a function that went off is lost, not a symptom that eased.
WENT_OFF_FUNCTIONS = frozenset(
    {"vision", "sight", "eye", "eyes", "hearing", "voice", "speech", "legs", "leg", "arm", "arms", "hand", "hands",
     "knees", "knee", "feet", "foot", "body", "grip", "bladder"}
)  # fmt: skip
LOSSES_OF_FUNCTION = frozenset(
    {("went", "off"), ("packed", "in"), ("packed", "up"), ("it", "went", "completely"), ("they", "went", "completely"),
     ("gone", "completely"), ("gone", "totally"), ("gone", "entirely"), ("then", "gone")}
)  # fmt: skip
PACKED = frozenset({("packed", "in"), ("packed", "up")})
# Words after "packed in" that show it closed the event: "then packed in after a week", not "packed in snow".
PACKED_IN_ENDS = frozenset(
    {END, "after", "now", "eventually", "completely", "altogether", "within", "by", "and", "but"}
)
YEAR = re.compile(r"^(19|20)\d\d$")
SHORT_SPAN = re.compile(r"^(min|mins|minute|minutes|hour|hours|hr|hrs|h|sec|secs|second|seconds|moment|moments)$")
# Symptoms named by a noun that can be gone; a function that is gone ("my grip has gone") is lost.
SYMPTOM_NOUNS = frozenset(
    {"weakness", "tingling", "tingles", "numbness", "twitching", "twitches", "twitch", "cramps", "cramping",
     "pain", "ache", "aches", "fog", "buzzing", "burning", "spasms", "dizziness", "lhermitte", "lhermitte's",
     "shocks", "needles", "tremor", "clumsiness", "unsteadiness", "stiffness", "slurring", "drooling"}
)  # fmt: skip
GONE_LINKS = frozenset({"is", "has", "have", "are", "all", "now"})
GONE_ENDS = frozenset(
    {
        ".",
        ",",
        "!",
        ";",
        "\n",
        "now",
        "after",
        "since",
        "completely",
        "totally",
        "entirely",
        "away",
        "with",
        "thanks",
        "but",
    }
)
# "fainted once at 15", "aged 17": an age in years, not a time of day ("at 9 this morning").
AGE_BEFORE = frozenset({"at", "aged", "age"})
YOUNGEST_AGE, OLDEST_AGE = 13, 30  # below 13, "at 10" may be a time of day
NOT_AN_AGE_AFTER = frozenset(
    {"am", "pm", "this", "last", "tonight", "yesterday", "today", "in", "on", "o'clock", "min", "mins", "minutes",
     "hours", "hrs", "h", "percent", "degrees", "kg", "mg", "mcg"}
)  # fmt: skip
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
_PRESENT, _UNCERTAIN = Assertion.PRESENT, Assertion.UNCERTAIN
# Dates that place a brief episode in history ("last year" is recent enough for its red flag to be asked).
LONG_AGO = WordSequences(
    {
        ("years", "ago"), ("year", "ago"), ("decades", "ago"), ("back", "in"), ("yrs", "ago"), ("years", "back"),
        ("decade", "ago"), ("long", "ago"), ("ages", "ago"), ("winters", "ago"), ("summers", "ago"),
        ("as", "a", "kid"), ("as", "a", "child"), ("as", "a", "teenager"), ("as", "a", "teen"),
    }
)  # fmt: skip


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
    # Whether a clause is followed, in its sentence or by the next sentence, by words that may say it resolved.
    clause_follows = [
        time_words_before[_next_sentence_end(segments, last) + 1] > time_words_before[last + 1]
        for _, last in segments.clause_bounds
    ]
    clause_times: dict[int, _ClauseTimes] = {}
    frames = []
    for finding in findings:
        if finding.evidence_id in persisting:
            frames.append(_CURRENT)
            continue
        if _gone_right_after(words, finding):
            frames.append(_RESOLVED)
            continue
        if finding.first > 1 and words[finding.first - 2] == "since" and _since_event(words, finding):
            frames.append(_PAST)
            continue
        part_id = segments.part[finding.first]
        if part_id not in by_part:
            clause_id = segments.clause[finding.first]
            first, last = segments.clause_bounds[clause_id]
            if time_words_before[last + 1] == time_words_before[first] and not clause_follows[clause_id]:
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
            elif _said_after(
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
    return following[:1] == ["now"] and following[1:2] in (["it"], ["its"], ["it's"]) and not _resolved(following)


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


def _clause_times(words: Sequence[str], first: int, last: int) -> _ClauseTimes:
    positions = [i for i in range(first, last + 1) if words[i][0].isalnum()]
    clause = [words[i] for i in positions] + [END]
    positions.append(last + 1)  # END
    resolved = [
        positions[i]
        for i, sequence in _matches(clause, RESOLVED, NOT_RECOVERIES, DENIED_RECOVERY)
        if not _not_a_recovery(clause, i, sequence)
    ]
    span_in_past = not SPAN_PAST_VERBS.isdisjoint(clause) and SPAN_UP_TO_NOW.isdisjoint(clause)
    matches = [
        (i, sequence)
        for i, sequence in _matches(clause, PAST, NOT_PAST_AFTER, positions=positions)
        if ((sequence[0] != "for" and sequence not in PAST_TENSE_ONLY) or span_in_past)
        and not (sequence == ("back", "in") and ((i and clause[i - 1] in BACK_AGAIN) or clause[i + 2] == END))
        and not (sequence == ("back", "in") and positions[i + 1] != positions[i] + 1)  # "in back, in arms"
        and not (sequence == ("a", "decade") and i and clause[i - 1] == "for" and not span_in_past)
        and not (sequence == ("in", "the", "past") and clause[i + 3] in SPAN_LEADS)
        and not (sequence == AT_THE_DENTIST and not span_in_past and _habit_before(clause[:i]))
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
            for i in _indices(clause, "in")
            if _year(clause[i + 1]) and PRESENT_TENSE.isdisjoint(clause[max(0, i - 8) : i + 6])
        ]
    if (
        not ONSET_VERBS.isdisjoint(clause)
        and _onset(clause)
        and not any(sequence[0] == "for" for _, sequence in matches)
        and not any(SHORT_SPAN.match(word) for word in clause)  # "went blurry for an hour": an episode
        and not ("now" in clause and SPREADING.isdisjoint(clause))  # "went numb in June, now I have cramps"
    ):
        matches = [(i, sequence) for i, sequence in matches if sequence not in DATES and sequence != ("in", "year")]
    past = [(positions[i], sequence[0]) for i, sequence in matches]
    # Most clauses have no age and no word of now: a set test skips the scan of their words.
    if not AGE_BEFORE.isdisjoint(clause):
        past += [
            (positions[i], clause[i]) for i in range(len(clause) - 2) if clause[i] in AGE_BEFORE and _age_at(clause, i)
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


def _habit_before(words: list[str]) -> bool:
    """ "I giggle at the dentist": the writer does it, with no past verb before the occasion."""
    return "i" in words and not any(word.endswith("ed") for word in words)


def _indices(clause: list[str], word: str) -> list[int]:
    """Where ``word`` stands in the clause (which ends with END, so never last), found at list.index's speed."""
    found = []
    index = clause.index(word)
    while True:
        found.append(index)
        try:
            index = clause.index(word, index + 1)
        except ValueError:
            return found


def _year(word: str) -> bool:
    """'in 2019': a year, which places what it dates in the past ("since 2019" keeps it current)."""
    return len(word) == 4 and word.isdigit() and FIRST_YEAR <= int(word) <= LAST_YEAR


def _onset(clause: Sequence[str]) -> bool:
    """A change of state: "went numb", "became weak" (not "went to the GP", "went away")."""
    return any(
        word in ONSET_VERBS
        and (clause[i + 1] not in NOT_ONSET_AFTER or (clause[i + 1] == "a" and clause[i + 2] in DEGREES))
        for i, word in enumerate(clause[:-2])
    )


def _gone_right_after(words: Sequence[str], finding: Finding) -> bool:
    """ "Leg weakness gone.", "the tingling's gone now", "Lhermitte's gone after 3 months": a symptom named by its
    noun, then gone (not "the feeling in my feet has gone", a loss, nor "hasn't gone")."""
    noun = words[finding.last]
    if noun.endswith("'s"):
        noun = noun[:-2]
    if noun not in SYMPTOM_NOUNS:
        return False
    position = finding.last + 1
    if position < len(words) and words[position] in GONE_LINKS:
        position += 1
    if position >= len(words) or words[position] != "gone":
        return False
    return position + 1 == len(words) or words[position + 1] in GONE_ENDS


def _since_event(words: Sequence[str], finding: Finding) -> bool:
    """ "slurred since his stroke", "ever since the TIA": the event a span starts from is over (not "since the
    numbness started", which still holds)."""
    before = finding.first - 2  # a determiner between: not "since six months", a span cue of its own
    if (
        finding.last - finding.first >= EVENT_WORDS
        or before < 0
        or words[before] != "since"
        or words[before + 1] not in SINCE_DETERMINERS
    ):
        return False
    following = words[finding.last + 1] if finding.last + 1 < len(words) else ""
    return following not in STILL and following not in BEGAN


def _age_at(clause: Sequence[str], index: int) -> bool:
    number = clause[index + 1]
    return (
        clause[index] in AGE_BEFORE
        and number.isdigit()
        and not (index and clause[index - 1] in LEVEL_WORDS)
        and YOUNGEST_AGE <= int(number) <= OLDEST_AGE
        and clause[index + 2] not in NOT_AN_AGE_AFTER
        and not clause[index + 2].isdigit()  # "at 14:30"
    )


def _matches(
    words: Sequence[str],
    sequences: WordSequences,
    undo: Collection[str],
    undo_before: Collection[str] = (),
    positions: Sequence[int] | None = None,
) -> list[tuple[int, tuple[str, ...]]]:
    """The sequences found in ``words``, except right after (or before) a word that undoes them, or right
    after one of ``undo_before``. With the words' token ``positions``, a word after a mark undoes nothing:
    in "years ago, never since" the "never" is a new part's."""
    return [
        (index, sequence)
        for index, sequence in sequences.positions(words)
        if not any(word in undo or word in undo_before for word in words[max(0, index - 2) : index])
        and not (
            (end := index + len(sequence)) < len(words)
            and words[end] in undo
            and (positions is None or positions[end] == positions[end - 1] + 1)
        )
    ]


def _next_sentence_end(segments: Segments, last: int) -> int:
    """The last token of the sentence after the one holding token ``last``."""
    if last + 1 >= len(segments.sentence):
        return last
    sentence = segments.sentence[last + 1]
    following = sentence + 1 if segments.sentence[last] == sentence else sentence
    return segments.sentence_bounds[min(following, len(segments.sentence_bounds) - 1)][1]


def long_ago(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """The finding's sentence places it years back ("a mini stroke about 12 years ago")."""
    return _has([tokens[i].word for i in segments.sentence_tokens(finding.first)], LONG_AGO)


def brief_episode(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """A short, recent episode: a duration in minutes or hours in the finding's sentence, not long ago."""
    words = [tokens[i].word for i in segments.sentence_tokens(finding.first)]
    if _has(words, LONG_AGO) or any(YEAR.match(word) for word in words):  # "in 2016, legs weak for a bit then"
        return False
    return any(
        SHORT_SPAN.match(word) and (i + 1 == len(words) or words[i + 1] != "ago")  # "an hour ago" is an onset
        for i, word in enumerate(words)
    ) or bool(SHORT_SPANS_SAID.positions(words))


def bounded_spell(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    """ "My arm went weak for ten minutes": a deficit that lasted a span of minutes or hours, told in the past
    tense, was a spell that ended, even with no word of recovery (not "has been weak for an hour", nor "still")."""
    first, last = segments.clause_bounds[segments.clause[finding.first]]
    clause = words[first : last + 1]
    if "for" not in clause or not STILL.isdisjoint(clause) or not SPAN_UP_TO_NOW.isdisjoint(clause):
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
    return "still" in clause and not _resolved(_words(clause))


SPELL_PAST = SPAN_PAST_VERBS | frozenset({"couldn't", "couldnt", "lost", "wouldn't", "wouldnt"})
SPELL_REACH = 4  # words after "for" in which the unit stands: "for about half an hour"


# A short span said without a unit: "went weak for a bit", "for an afternoon", "briefly" (not "for a while",
# which may be weeks).
SHORT_SPANS_SAID = WordSequences(
    {("for", article, span) for article in ("a", "an", "the") for span in ("bit", "spell", "afternoon", "morning",
                                                                            "evening", "moment", "second", "sec")}
    | {("for", "a", "little", "bit"), ("for", "a", "short", "bit"), ("briefly",), ("momentarily",)}
)  # fmt: skip


def _words(words: Iterable[str]) -> list[str]:
    """Words without punctuation, then END."""
    return [word for word in words if word[0].isalnum()] + [END]


def _resolved(words: Sequence[str]) -> bool:
    return any(
        not _not_a_recovery(words, index, sequence)
        for index, sequence in _matches(words, RESOLVED, NOT_RECOVERIES, DENIED_RECOVERY)
    )


def _not_a_recovery(words: Sequence[str], index: int, sequence: tuple[str, ...]) -> bool:
    """ "was completely fine", "totally fine the night before": how things were before; "vision went off": a loss."""
    if sequence in PACKED and words[index + 2] not in PACKED_IN_ENDS:  # "feet feel packed in snow"
        return True
    if sequence in LOSSES_OF_FUNCTION:  # "my legs packed in": a loss; "the twitch … then packed in": over
        return not WENT_OFF_FUNCTIONS.isdisjoint(words[max(0, index - 2) : index])
    if sequence[-1] == "came" and words[index + len(sequence)] in CAME_ON:  # "it all came on in ten minutes"
        return True
    if sequence == ("then", "fine"):  # "then fine for an hour, then lost again": a respite
        return index + 2 < len(words) and words[index + 2] == "for"
    if sequence in ARRANGEMENTS:
        before = words[max(0, index - 4) : index]
        if index + 1 < len(words) and words[index + 1] in ARRANGED_OBJECTS:  # "sorted my will", "fixed the car"
            return True
        return not WISHES.isdisjoint(before) or ("got" in before and not ARRANGED.isdisjoint(before))
    if sequence[0] not in BASELINE_CUES:
        return False
    if _fine_thing_before(words, index):
        return True
    after = words[index + len(sequence) : index + len(sequence) + BASELINE_REACH]
    return (index > 0 and words[index - 1] in BASELINE_BEFORE) or not BASELINE_AFTER.isdisjoint(after)


def _fine_thing_before(words: Sequence[str], index: int) -> bool:
    """ "feet totally fine", "my breathing is completely fine": a place or function said fine."""
    back = index - 1
    while back >= 0 and index - back <= 3 and words[back] in FINE_LINKS:
        back -= 1
    return back >= 0 and words[back] in FINE_THINGS


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
        return _resolved(_words(token.word for token in tokens[first : last + 1]))

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
    it, but that was years ago") or answering it after a colon ("fainting: once at 15")."""
    clause = segments.clause[finding.first]
    if clause + 1 >= len(segments.clause_bounds) or clause + 1 in clauses_with_findings:
        return False
    first, last = segments.clause_bounds[clause + 1]
    if segments.sentence[first] != segments.sentence[finding.first]:
        return False
    times = _clause_times(words, first, last)
    if not times.past or times.still:
        return False
    answers = words[finding.last + 1 : finding.last + 2] == [":"]
    following = [word for word in words[first : last + 1] if word[0].isalnum()]
    if following[:1] in (["but"], ["and"]):
        following = following[1:]
    return answers or (bool(following) and POINTING_BACK.at(following, 0) is not None)


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
