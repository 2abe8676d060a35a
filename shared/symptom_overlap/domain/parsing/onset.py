"""Whether words of suddenness or speed say how a symptom began.

"Sudden", "suddenly" and "quickly" name a sudden onset only when they tell how something came on. They
do not when:

- the speed is a progression's: "went downhill very fast" is a worsening's speed, and "went weak very fast
  over two weeks" names days or weeks (not a date such as "ten days ago"), not minutes;
- they describe episodes that keep coming ("I cry and then suddenly laugh, for no reason") and the
  sentence names no deficit whose sudden onset matters (weakness, numbness, speech or sight);
- a span follows a recovery word: "all symptoms gone within the hour" says how long it lasted;
- a denied "sudden" qualifies a change of sight after it: "no sudden loss of sight" denies that loss
  (sudden sight loss is evidence of its own), not every sudden onset; "no sudden weakness" still
  denies a sudden onset;
- every complaint its sentence tells is one whose speed of onset says nothing of a stroke ("my heart's been
  racing out of nowhere", "a sudden twitch in my shoulder"): a stroke comes on as a focal deficit (weakness,
  numbness, speech, sight; FAST and ROSIER, NICE NG128), and these complaints have questions of their own.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding
from symptom_overlap.domain.parsing.sequences import WordSequences

SPEED_WORDS = frozenset({"quickly", "fast", "rapidly", "quick", "rapid"})
# Words of a progression, whose speed a speed word then tells: "went downhill very fast".
# "it's happening so fast", "it's all going so quickly": a course under way, not an onset.
PROGRESSION_WORDS = frozenset(
    {"downhill", "worse", "worsening", "weaker", "deteriorating", "deteriorated", "progressing", "spreading",
     "happening", "going", "declining", "changing"}
)  # fmt: skip
SUDDEN_WORDS = frozenset({"sudden", "suddenly", "nowhere", "blue"})  # "out of nowhere", "out of the blue"
# Spans of a progression: days, weeks or months, as a duration or a rate.
# Spans of a progression: days, weeks or months as a duration or a rate ("ten days ago" is a date).
LONG_SPANS = frozenset({"days", "weeks", "months", "fortnight", "daily", "weekly", "monthly"})
SHORT_SPANS = frozenset({"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "seconds", "overnight"})
SPANS = SHORT_SPANS | LONG_SPANS
SPAN_PREPOSITIONS = frozenset({"within", "in", "after", "by", "for", "over", "inside", "under"})
# Episodes that come and go: a habit or a trigger, not an onset.
EPISODIC = WordSequences(
    {("for", "no", "reason"), ("no", "reason"), ("sometimes",), ("keeps",), ("keep",), ("whenever",),
     ("every", "time"), ("randomly",), ("at", "random"), ("comes",), ("come", "and", "go"), ("at", "times"),
     ("fits",), ("bouts",), ("outbursts",), ("attacks",), ("without", "reason"),
     ("without", "any", "reason"), ("many", "times"), ("several", "times"), ("times", "a", "day"),
     ("times", "in", "the", "day"), ("often",), ("bursts",), ("burst",), ("episodes",), ("laughing",), ("crying",)}
)  # fmt: skip
RECOVERY_WORDS = frozenset(
    {"gone", "better", "resolved", "settled", "recovered", "passed", "cleared", "normal", "fine", "disappeared",
     "wore", "subsided"}
)  # fmt: skip
# "slowly" alone tells a course only with a word of change or a span in its part ("my eyes are slowly going",
# "slowly since months", or the question it answers: "wasting away? Yes, slowly"), not the manner
# of an act ("walking slowly", "explain slowly my problem", "like being slowly drowned").
BARE_PACES = frozenset({"slowly"})
CHANGE_WORDS = frozenset(
    {"getting", "going", "gone", "got", "get", "gets", "becoming", "become", "became", "worse", "worsening",
     "weaker", "spreading", "spread", "creeping", "crept", "deteriorating", "deteriorated", "progressing",
     "progressed", "losing", "lost", "fading", "failing", "worsened", "increasing", "increased", "declining",
     "declined", "developing", "developed", "started", "starting", "changing", "changed", "stiffer", "thinner",
     "harder", "wasting", "shrinking", "coming", "came", "creep", "goes", "more", "since", "over", "happening",
     "weeks", "months", "years", "year"}
)  # fmt: skip
# "things she told me an hour ago", "took my tablets two hours ago": when an act was done, not an onset.
ACTS = frozenset(
    {"told", "said", "says", "asked", "mentioned", "rang", "phoned", "called", "texted", "messaged", "spoke", "ate",
     "eaten", "took", "taken", "left", "arrived", "posted", "wrote", "read"}
)  # fmt: skip
NOTICING = frozenset(
    {"noticed", "notice", "noticing", "realised", "realized", "realise", "realize", "spotted", "discovered", "saw",
     "remembered", "twigged", "clocked"}
)  # fmt: skip
JUST_NOW_ACTS = ACTS | NOTICING | {"found", "heard", "learned", "learnt", "googled", "looked", "got", "came", "went"}
NOTICERS = frozenset({"i", "he", "she", "we", "they", "you"})
# "came round after a minute", "came to after a few minutes": waking from a faint, not a coming on.
COMING_ROUND = frozenset({"came", "come", "comes", "coming"})
ROUND = frozenset({"round", "around", "to"})
ACT_REACH = 3  # words before the span ("told me an hour ago") in which the act stands
QUALIFIER_REACH = 3  # words between a denied "sudden" and the finding it qualifies
SIGHT = frozenset({"eye", "one_eye"})
# Sites whose own red flag is no stroke and is asked about however it began: a start time there ("numb down
# below since this morning") dates that red flag, not a stroke-like onset. Not one eye: sight lost in one eye
# within hours is read as a sudden onset too.
OWN_ONSET_SITES = frozenset({"saddle"})
# Complaints whose coming on, however fast, is no stroke-like onset (no focal deficit in FAST or ROSIER, NICE NG128;
# ROSIER counts a faint against a stroke): a twitch, a cramp, a racing heart, a faint, choking on a drink, seeing
# things, pallor, tiredness, a mood, dizziness on standing, a bladder or bowel that let go. The red flags among them
# have rules of their own. Not confusion, which can be a stroke's, nor chest pain or breathlessness, whose sudden
# start is itself an emergency.
OWN_TIMING = frozenset(
    {"fasciculations", "eyelid_twitching", "muscle_cramps", "palpitations", "fainting", "choking_on_liquids",
     "paranoia_psychosis", "pallor", "fatigue", "low_mood", "pseudobulbar_affect", "dizziness_on_standing",
     "bladder_bowel_problems", "overbreathing_tingling", "heavy_periods", "weight_loss"}
)  # fmt: skip
# Where a stroke's deficit is felt or seen, and the thunderclap headache: in an onset's clause, the onset may be theirs.
DEFICIT_WORDS = frozenset(
    {"arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "face", "mouth", "eye", "eyes", "side", "limb",
     "limbs", "fingers", "toes", "speech", "words", "talk", "talking", "speak", "speaking", "vision", "sight", "see",
     "head", "headache", "body", "walk", "walking", "stand", "balance"}
)  # fmt: skip


# "worse at night", "weaker in the evenings", "worse when I'm tired": when in the day a symptom is worse, not how it
# has changed since it began.
WORSE = frozenset({"worse", "weaker"})
DAILY_PATTERNS = WordSequences(
    {("at", "night"), ("at", "nights"), ("in", "the", "evening"), ("in", "the", "evenings"), ("in", "the", "morning"),
     ("in", "the", "mornings"), ("at", "the", "end", "of", "the", "day"), ("later", "in", "the", "day"),
     ("when", "i'm", "tired"), ("when", "tired"), ("when", "i", "am", "tired"), ("in", "the", "cold"),
     ("in", "the", "heat"), ("after", "exercise"), ("after", "walking"), ("after", "a", "walk")}
)  # fmt: skip


def without_daily_patterns(
    words: Sequence[str],
    read: Sequence[ReadFinding],
    courses: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less courses read from a worsening that is only a time of day or a trigger ("worse at night").
    ``present``: the set of ``words``, if the caller has it (without a word of ``WORSE`` none is dropped)."""
    if present is not None and WORSE.isdisjoint(present):
        return list(read)
    return [
        item
        for item in read
        if item.finding.evidence_id not in courses or not _daily_pattern(words, item.finding.own_tokens())
    ]


def _daily_pattern(words: Sequence[str], own: Iterable[int]) -> bool:
    return any(words[i] in WORSE and i + 1 < len(words) and DAILY_PATTERNS.at(words, i + 1) for i in own)


def without_bare_manner(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], present: AbstractSet[str] | None = None
) -> list[ReadFinding]:
    """The findings, less a lone "slowly" or "gradually" that tells how something is done, not how it changes.
    ``present``: the set of ``words``, if the caller has it (without a word of ``BARE_PACES`` none is dropped)."""
    if present is not None and BARE_PACES.isdisjoint(present):
        return list(read)
    return [item for item in read if not _manner_only(words, segments, item)]


def _manner_only(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    own = list(item.finding.own_tokens())
    if len(own) != 1 or words[own[0]] not in BARE_PACES:
        return False
    first, last = segments.part_bounds[segments.part[own[0]]]
    if last - first <= 1:  # set off by commas ("both hands went, slowly, over the winter"): it tells its clause
        first, last = segments.clause_bounds[segments.clause[own[0]]]
    sentence = segments.sentence[own[0]]
    if sentence > 0:  # an answer: "wasting away? Yes, slowly."
        asked_first, asked_last = segments.sentence_bounds[sentence - 1]
        if words[asked_last] == "?":
            first = asked_first
    return CHANGE_WORDS.isdisjoint(words[first : last + 1])


def without_misread_onsets(
    words: Sequence[str],
    segments: Segments,
    read: Sequence[ReadFinding],
    onset_ids: Collection[str],
    deficits: Collection[str],
    sight_ids: Collection[str],
    red_flags: Collection[str],
    complaints: Collection[str] = (),
) -> list[ReadFinding]:
    """The findings, less the sudden onsets (``onset_ids``) whose words do not say how something began, that
    only tell when a red flag of its own site began (``OWN_ONSET_SITES``), or whose sentence tells only
    complaints (``complaints``: symptoms, signs and courses) of their own timing (``OWN_TIMING``); a sudden
    onset told by the words of another red flag is in doubt (``_onset_of_another``)."""
    return [
        _onset_of_another(segments, item, read, deficits, red_flags) if item.finding.evidence_id in onset_ids else item
        for item in read
        if item.finding.evidence_id not in onset_ids
        or not (
            _misread(words, segments, item, read, deficits, sight_ids)
            or _own_sites_onset(segments, item, read, red_flags)
            or _of_own_timing(words, segments, item, read, complaints)
        )
    ]


def _onset_of_another(
    segments: Segments,
    item: ReadFinding,
    read: Sequence[ReadFinding],
    deficits: Collection[str],
    red_flags: Collection[str],
) -> ReadFinding:
    """ "Tonight he can't get his breath": a time of day and an inability that is another red flag (breath, not a
    deficit such as weakness, numbness, speech or sight) tell when that one began, not that the whole picture came
    on suddenly ("his grip has been going for a year"). That red flag is read; the onset is left to be asked."""
    if not item.finding.cue or item.assertion is not Assertion.PRESENT:
        return item
    own = set(item.finding.words)
    clause = segments.clause[item.finding.first]
    told_by_another = False
    for other in read:
        other_id = other.finding.evidence_id
        if other is item or other.assertion is Assertion.ABSENT:
            continue
        if other_id in deficits and segments.clause[other.finding.first] == clause:
            return item  # "tonight I can't move my left arm": a deficit's onset
        if other_id in red_flags and not own.isdisjoint(range(other.finding.first, other.finding.last + 1)):
            told_by_another = True
    return item._replace(assertion=Assertion.UNCERTAIN) if told_by_another else item


def _of_own_timing(
    words: Sequence[str],
    segments: Segments,
    item: ReadFinding,
    read: Sequence[ReadFinding],
    complaints: Collection[str],
) -> bool:
    """ "My heart's been racing out of nowhere": the sentence tells complaints, each of its own timing, and one of
    them in the onset's clause (not "my arm just gave out, and I see twitching": an arm's spell no finding reads)."""
    if item.assertion is Assertion.ABSENT:
        return False
    sentence = segments.sentence[item.finding.first]
    clauses = {segments.clause[item.finding.first], segments.clause[item.finding.last]}
    told = [
        other
        for other in read
        if other is not item
        and other.assertion is not Assertion.ABSENT
        and other.finding.evidence_id in complaints
        and segments.sentence[other.finding.first] == sentence
    ]
    if not told or any(other.finding.evidence_id not in OWN_TIMING for other in told):
        return False
    in_clause = [other for other in told if segments.clause[other.finding.first] in clauses]
    if not in_clause:
        return False
    # Words of a deficit no finding reads stay its own: "my arm suddenly gave out and now it twitches", "a sudden
    # headache and my heart is racing".
    theirs = {i for other in in_clause for i in range(other.finding.first, other.finding.last + 1)}
    return not any(
        words[i] in DEFICIT_WORDS
        for clause in clauses
        for i in range(segments.clause_bounds[clause][0], segments.clause_bounds[clause][1] + 1)
        if i not in theirs
    )


def _own_sites_onset(
    segments: Segments, item: ReadFinding, read: Sequence[ReadFinding], red_flags: Collection[str]
) -> bool:
    site = item.body_site if item.body_site in OWN_ONSET_SITES else _own_site_within(item, read)
    if site is None:
        return False
    sentence = segments.sentence[item.finding.first]
    return any(
        other.body_site == site
        and other.finding.evidence_id in red_flags
        and other.assertion is not Assertion.ABSENT
        and segments.sentence[other.finding.first] == sentence
        for other in read
        if other is not item
    )


def _own_site_within(item: ReadFinding, read: Sequence[ReadFinding]) -> str | None:
    """The own-onset site of a finding the onset's words take in: "numb right in the middle, since last night, and
    my back is agony" dates the numb saddle, though the onset was given the back's site."""
    own = set(item.finding.own_tokens())
    for other in read:
        if other.body_site in OWN_ONSET_SITES and other is not item and other.finding.first in own:
            return other.body_site
    return None


def _misread(
    words: Sequence[str],
    segments: Segments,
    item: ReadFinding,
    read: Sequence[ReadFinding],
    deficits: Collection[str],
    sight_ids: Collection[str],
) -> bool:
    own = [words[i] for i in item.finding.own_tokens()]
    sentence = segments.sentence_tokens(item.finding.first)
    clause = [words[i] for i in segments.clause_tokens(item.finding.first)]
    spans = {word for word, after in zip(clause, [*clause[1:], ""], strict=True) if after != "ago"}
    spanned = {words[i] for i in range(item.finding.first, item.finding.last + 1)}
    speed_only = SPEED_WORDS.intersection(own) and not SUDDEN_WORDS.intersection(own)
    if speed_only and (
        PROGRESSION_WORDS.intersection(spanned)
        or (LONG_SPANS.intersection(spans) and not SHORT_SPANS.intersection(clause))
    ):
        return True  # the speed of a progression
    if SUDDEN_WORDS.intersection(own) and _episodic(words, segments, item):
        deficit_in_sentence = any(
            other.finding.evidence_id in deficits and other.finding.first in sentence for other in read
        )
        if not deficit_in_sentence:
            return True
    if not SPANS.isdisjoint(own) and any(
        words[i] in RECOVERY_WORDS and not _changed_to(words, i, item.finding.words)
        for i in range(max(sentence.start, item.finding.first - 3), item.finding.first)
    ):
        return True  # "gone within the hour": how long it lasted (not "my face is fine, no sudden weakness")
    if SUDDEN_WORDS.intersection(own) and _noticing_after(words, item.finding.last):
        return True  # "I suddenly noticed the dip in my hand": when it was seen, not how it began
    if "now" in own and _act_just_now(words, item.finding.own_tokens()):
        return True  # "I just now read about ALS": when something was done, not how it began
    first = item.finding.first
    if words[first] in COMING_ROUND and first + 1 < len(words) and words[first + 1] in ROUND:
        return True  # "came round after a minute": how long a faint lasted
    if "ago" in own and not ACTS.isdisjoint(
        words[max(sentence.start, item.finding.first - ACT_REACH) : item.finding.last]
    ):
        return True  # "she told me an hour ago": when something was said
    return item.assertion is Assertion.ABSENT and _qualifies_sight(segments, item, read, sight_ids)


def _act_just_now(words: Sequence[str], own: Iterable[int]) -> bool:
    """ "just now" right before an act or a noticing ("I just now read", "just now noticed")."""
    return any(
        words[i] == "now" and i > 0 and words[i - 1] == "just" and i + 1 < len(words) and words[i + 1] in JUST_NOW_ACTS
        for i in own
    )


def _changed_to(words: Sequence[str], recovery: int, own: Collection[int]) -> bool:
    """ "my eye's gone misty overnight": the recovery word is a change into the onset's own deficit word, not a
    recovery that a span follows ("gone within the hour")."""
    after = recovery + 1
    return after in own and words[after] not in SPANS and words[after] not in SPAN_PREPOSITIONS


def _noticing_after(words: Sequence[str], last: int) -> bool:
    """A verb of noticing right after, or after a person ("all of a sudden I realised")."""
    following = words[last + 1 : last + 3]
    if following[:1] and following[0] in NOTICERS:
        following = following[1:]
    return bool(following) and following[0] in NOTICING


def _episodic(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    first, last = segments.clause_bounds[segments.clause[item.finding.first]]
    return EPISODIC.occur_in(words[first : last + 1])


def _qualifies_sight(
    segments: Segments, item: ReadFinding, read: Sequence[ReadFinding], sight_ids: Collection[str]
) -> bool:
    """A finding of sight starts right after a denied "sudden", in its part: "no sudden loss of sight"."""
    return any(
        (other.body_site in SIGHT or other.finding.evidence_id in sight_ids) and _qualifies(segments, item, other)
        for other in read
    )


def _qualifies(segments: Segments, sudden: ReadFinding, other: ReadFinding) -> bool:
    end = sudden.finding.last
    return (
        end < other.finding.first <= end + QUALIFIER_REACH + 1
        and segments.part[other.finding.first] == (segments.part[end])
    )


def sudden_sight_denied(
    segments: Segments, read: Sequence[ReadFinding], onset_ids: Collection[str], sudden_forms: Mapping[str, str]
) -> list[ReadFinding]:
    """'no sudden loss of sight' denies the sudden form of sight loss (``sudden_forms``: sight id -> its sudden
    form), not a slow loss: the denied finding of sight becomes its sudden form."""
    denied_sudden = [
        item for item in read if item.finding.evidence_id in onset_ids and item.assertion is Assertion.ABSENT
    ]
    if not denied_sudden:
        return list(read)
    result = []
    for item in read:
        sudden_form = sudden_forms.get(item.finding.evidence_id)
        denied = item.assertion is Assertion.ABSENT
        if sudden_form is not None and denied and any(_qualifies(segments, sudden, item) for sudden in denied_sudden):
            item = item._replace(finding=item.finding._replace(evidence_id=sudden_form))
        result.append(item)
    return result


# The writer's doubt that a change is real rather than only watched for: "or am I just noticing it more", "maybe
# I'm hypervigilant", "I check myself so often I can't tell". Checking and watching a body part makes a steady
# symptom seem to change (body vigilance in health anxiety).
WATCHING = WordSequences(
    {("noticing", "more"), ("noticing", "it", "more"), ("noticing", "them", "more"), ("noticing", "things", "more"),
     ("notice", "it", "more"), ("noticing", "it", "more", "now"), ("hypervigilant",), ("hyper", "vigilant"),
     ("check", "myself"), ("checking", "myself"), ("checking", "it", "so", "often"), ("checking", "all", "the", "time"),
     ("can't", "tell", "anymore"), ("cant", "tell", "anymore"), ("can't", "tell", "any", "more"),
     ("staring", "at", "it")}
)  # fmt: skip


# The courses that tell a change since the start (not how or where it began, nor a spell that went away).
CHANGES = frozenset({"rapid_progression", "gradual_progression"})


def courses_in_doubt(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], present: AbstractSet[str] | None = None
) -> list[ReadFinding]:
    """The findings, with a change (``CHANGES``) said beside the doubt that it is only watched for more
    (``WATCHING``, in its sentence or the next) made uncertain, so that its question is asked. ``present``: the
    set of ``words``, if the caller has it."""
    if WATCHING.first_words.isdisjoint(words if present is None else present):  # most texts
        return list(read)
    return [
        item._replace(assertion=Assertion.UNCERTAIN)
        if item.assertion is Assertion.PRESENT
        and item.finding.evidence_id in CHANGES
        and _watched(words, segments, item.finding.first)
        else item
        for item in read
    ]


def _watched(words: Sequence[str], segments: Segments, first: int) -> bool:
    sentence = segments.sentence[first]
    start = segments.sentence_bounds[sentence][0]
    end = segments.sentence_bounds[min(sentence + 1, len(segments.sentence_bounds) - 1)][1]
    return WATCHING.occur_in(words[start : end + 1])


# Words of a span alone: "over the last month", "for over 10 years", "all over for 6 months".
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
     "twenty", "thirty", "a", "an", "few", "several", "couple", "many"}
)  # fmt: skip
SPAN_WORDS = NUMBER_WORDS | frozenset(
    {"over", "for", "the", "last", "past", "of", "about", "around", "nearly", "almost", "like", "this", "month",
     "months", "year", "years", "yrs"}
)  # fmt: skip
# "for over ten years" (more than), "twitching all over" (everywhere): an "over" that is no span's.
OVER_NOT_ACROSS = frozenset({"for", "all"})


SLOW = "gradual_progression"
BARE_SPAN_WORDS = frozenset({"over", "month"})  # a bare span's own words hold one (_bare_span)
# Words of change that make a span a course ("getting weaker for over a year"), less those of a span or a start.
CHANGED = CHANGE_WORDS - SPAN_WORDS - {"since", "weeks", "more", "started", "starting", "came", "coming"}


def without_bare_spans(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], present: AbstractSet[str] | None = None
) -> list[ReadFinding]:
    """The findings, less a slow course read from a span alone whose "over" means more than or everywhere, with no
    word of change in its clause ("on metformin for over 10 years", "twitching all over for 6 months"), or whose
    span is one month ("over the last month"): how long a habit lasted, or a month, is no worsening over months.
    ``present``: the set of ``words``, if the caller has it (without "over" or "month" none is dropped)."""
    if present is not None and BARE_SPAN_WORDS.isdisjoint(present):
        return list(read)
    return [item for item in read if item.finding.evidence_id != SLOW or not _bare_span(words, segments, item)]


def _bare_span(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    own = [words[i] for i in item.finding.own_tokens()]
    if not all(word in SPAN_WORDS or word.isdigit() for word in own):
        return False
    first = item.finding.first
    if own[0] == "over" and first > 0 and words[first - 1] in OVER_NOT_ACROSS:
        start, end = segments.clause_bounds[segments.clause[first]]
        return CHANGED.isdisjoint(words[start : end + 1])
    return "month" in own and not {"months", "year", "years", "yrs"}.intersection(own)
