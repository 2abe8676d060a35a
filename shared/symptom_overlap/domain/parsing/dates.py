"""Spans and dates: the words that place a finding in the past, or keep it current.

A finding belongs to the past when words place it there ("used to", "years ago", "as a teenager", "back in
2019", "at 15"); a span is past only said in the past tense ("I had a rash for a week"). Words such as
"still", "since" and "started" keep it current.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.recovery import END
from symptom_overlap.domain.parsing.sequences import WordSequences

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
        ("before", "then"), ("decade", "ago"), ("long", "ago"), ("long", "time", "ago"), ("ages", "ago"),
        ("a", "decade"),
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
# "breathless lying back in bed", "sitting back in my chair": a posture or a way back into a place, not a past time.
BACK_INTO = frozenset(
    {"lying", "lie", "lies", "lay", "laying", "sitting", "sit", "sits", "leaning", "lean", "leans", "leant", "leaned",
     "reclining", "recline", "slumped", "propped", "get", "gets", "getting", "go", "goes", "going", "climb", "climbing"}
)  # fmt: skip
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
SINCE_REACH = 2  # words after the event in which a verb of beginning keeps it going
BEGAN = frozenset({"started", "began", "came", "appeared", "kicked", "set", "hit", "showed"})
SINCE_DETERMINERS = frozenset({"his", "her", "my", "the", "a", "that", "their", "your"})
# Words that keep a finding current whatever else its words say.
STILL = frozenset(
    {"still", "again", "anymore", "currently", "now", "lately", "recently", "nowadays", "since", "these",
     "started", "starting", "began", "begun", "onset", "new", "getting", "worse", "ongoing", "put"}
)  # fmt: skip
# "put me on metformin": a treatment started, which goes on; not "had my PEG put in".
PUT_ON = frozenset({"me", "him", "her", "them", "us", "on"})
SHORT_SPAN = re.compile(r"^(min|mins|minute|minutes|hour|hours|hr|hrs|h|sec|secs|second|seconds|moment|moments)$")
# "fainted once at 15", "aged 17": an age in years, not a time of day ("at 9 this morning").
AGE_BEFORE = frozenset({"at", "aged", "age"})
YOUNGEST_AGE, OLDEST_AGE = 13, 30  # below 13, "at 10" may be a time of day
NOT_AN_AGE_AFTER = frozenset(
    {"am", "pm", "this", "last", "tonight", "yesterday", "today", "in", "on", "o'clock", "min", "mins", "minutes",
     "hours", "hrs", "h", "percent", "degrees", "kg", "mg", "mcg"}
)  # fmt: skip


def habit_before(words: list[str]) -> bool:
    """ "I giggle at the dentist": the writer does it, with no past verb before the occasion."""
    return "i" in words and not any(word.endswith("ed") for word in words)


def indices(clause: list[str], word: str) -> list[int]:
    """Where ``word`` stands in the clause (which ends with END, so never last), found at list.index's speed."""
    found = []
    index = clause.index(word)
    while True:
        found.append(index)
        try:
            index = clause.index(word, index + 1)
        except ValueError:
            return found


def is_year(word: str) -> bool:
    """'in 2019': a year, which places what it dates in the past ("since 2019" keeps it current)."""
    return len(word) == 4 and word.isdigit() and FIRST_YEAR <= int(word) <= LAST_YEAR


def is_onset(clause: Sequence[str]) -> bool:
    """A change of state: "went numb", "became weak" (not "went to the GP", "went away")."""
    return any(
        word in ONSET_VERBS
        and (clause[i + 1] not in NOT_ONSET_AFTER or (clause[i + 1] == "a" and clause[i + 2] in DEGREES))
        for i, word in enumerate(clause[:-2])
    )


def since_event(words: Sequence[str], finding: Finding) -> bool:
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
    # "since the choking episodes started": a word for its bouts may stand before the verb of beginning
    following = words[finding.last + 1 : finding.last + 1 + SINCE_REACH]
    return not any(word in STILL or word in BEGAN for word in following)


def age_at(clause: Sequence[str], index: int) -> bool:
    number = clause[index + 1]
    return (
        clause[index] in AGE_BEFORE
        and number.isdigit()
        and not (index and clause[index - 1] in LEVEL_WORDS)
        and YOUNGEST_AGE <= int(number) <= OLDEST_AGE
        and clause[index + 2] not in NOT_AN_AGE_AFTER
        and not clause[index + 2].isdigit()  # "at 14:30"
    )
