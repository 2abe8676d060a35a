"""Whether words say a finding went away.

A finding has resolved when words say so ("the tingling went away", "it cleared up", "back to normal",
"leg weakness gone"), unless a recovery is denied ("hasn't stopped"), is an arrangement ("get it sorted"),
or is a loss of function ("my legs packed in") or how things were before ("totally fine until Sunday").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from symptom_overlap.domain.parsing.body_site import LIMB_SITES, SITE_TERMS
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.sequences import WordSequences

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
        ("it", "had", "gone"), ("it'd", "gone"), ("had", "gone", "away"),
        # "then it all came back like nothing happened": back as before, the spell over
        ("like", "nothing", "happened"), ("like", "nothing", "had", "happened"), ("as", "if", "nothing", "happened"),
        ("as", "if", "nothing", "had", "happened"),
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
     "socialising", "painting", "texting", "gaming", "training", "riding", "skiing", "bowling", "fishing",
     # a function lost, not a symptom gone: "he's stopped making sense", "stopped recognising us"
     "making", "recognising", "recognizing", "responding", "answering", "understanding",
     # a worried person's habits: "I've stopped checking my thumb muscles in the mirror"
     "checking", "googling", "worrying", "panicking", "obsessing", "looking", "searching", "testing", "poking"}
)  # fmt: skip
# "half his sight went dark and hasn't come back": a function that has not come back is still lost; a symptom that
# has not come back ("the twitch hasn't come back") is over.
NOT_BACK = frozenset({("hasn't", "come", "back"), ("hasnt", "come", "back")})
RETURNING_FUNCTIONS = frozenset(
    {"vision", "sight", "eyesight", "hearing", "voice", "speech", "words", "feeling", "sensation", "strength",
     "power", "grip", "movement", "balance", "colour", "colours", "color", "colors"}
)  # fmt: skip
# "my left eye went dark and it hasn't come back": an eye gone dark is its sight, a function not back.
EYES = frozenset({"eye", "eyes"})
SIGHT_GONE = frozenset({"dark", "black", "blind", "grey", "gray", "dim", "blurry", "blurred"})
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
# "in the mornings I'm completely normal", "fine first thing": a symptom that comes back each day with use (fatigable
# weakness, as in myasthenia) has not gone. A single morning ("this morning") or rest ("went away after a rest") is
# no rhythm.
DAILY_RHYTHM = WordSequences({("mornings",), ("every", "morning"), ("each", "morning"), ("first", "thing")})
DAILY_RHYTHM_REACH = 5  # words either side of a recovery in which a daily rhythm stands
# "hasn't stopped", "never settled", "didn't go away": a recovery denied is no recovery.
DENIED_RECOVERY = frozenset(
    {"not", "hasn't", "hasnt", "haven't", "havent", "didn't", "didnt", "never", "won't", "wont", "doesn't",
     "doesnt", "isn't", "isnt", "hadn't", "hadnt", "wasn't", "wasnt", "nothing", "nothing's", "nothings"}
)  # fmt: skip
ABILITY_BEFORE = frozenset({"can", "could", "cannot", "can't", "cant"})
CAME_ON = frozenset({"on", "in", "over", "up", "out"})  # "it all came on", "then it came over me": an onset
NOT_RECOVERIES = NOT_RESOLVED_BY | STOPPED_DOING  # words that undo a recovery word next to them
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
# Symptoms named by a noun that can be gone; a function that is gone ("my grip has gone") is lost.
SYMPTOM_NOUNS = frozenset(
    {"weakness", "tingling", "tingles", "numbness", "twitching", "twitches", "twitch", "cramps", "cramping",
     "pain", "ache", "aches", "fog", "buzzing", "burning", "spasms", "dizziness", "lhermitte", "lhermitte's",
     "shocks", "needles", "tremor", "clumsiness", "unsteadiness", "stiffness", "slurring", "drooling"}
)  # fmt: skip
GONE_LINKS = frozenset({"is", "has", "have", "are", "all", "now"})
# A recovery word followed by the condition that brings it tells how each spell eases, not that it is over.
RELIEVED_BY = frozenset({"when", "whenever", "once", "if"})
RESTING = frozenset(
    {"stood", "stand", "stop", "stopped", "stopping", "rest", "rested", "resting", "sit", "sat", "sitting", "still",
     "calm", "calmed", "lie", "lay", "slow", "slowed"}
)  # fmt: skip
# States something may have "gone completely" into: a change, not a recovery.
STATES_BECOME = frozenset(
    {"numb", "blank", "dead", "weak", "blind", "deaf", "black", "dark", "grey", "gray", "white", "floppy", "limp",
     "stiff", "quiet", "silent", "blue", "pale", "blurry", "dizzy", "wobbly", "useless", "mad"}
)  # fmt: skip
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


def gone_right_after(words: Sequence[str], finding: Finding) -> bool:
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


def recovery_matches(
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


def words_then_end(words: Iterable[str]) -> list[str]:
    """Words without punctuation, then END."""
    return [word for word in words if word[0].isalnum()] + [END]


def says_resolved(words: Sequence[str]) -> bool:
    return any(
        not not_a_recovery(words, index, sequence)
        for index, sequence in recovery_matches(words, RESOLVED, NOT_RECOVERIES, DENIED_RECOVERY)
    )


def not_a_recovery(words: Sequence[str], index: int, sequence: tuple[str, ...]) -> bool:
    """ "was completely fine", "totally fine the night before": how things were before; "vision went off": a loss."""
    if sequence in PACKED and words[index + 2] not in PACKED_IN_ENDS:  # "feet feel packed in snow"
        return True
    if sequence[0] == "gone" and words[index + 2 : index + 3] and words[index + 2] in STATES_BECOME:
        return True  # "I've gone completely blank", "her arm has gone totally limp": a state it became
    end = index + len(sequence)
    if words[end : end + 1] and words[end] in RELIEVED_BY and not RESTING.isdisjoint(words[end : end + 4]):
        return True  # "a tight chest going upstairs that went off when I stood still": eased by rest, each time
    if sequence in LOSSES_OF_FUNCTION:  # "my legs packed in": a loss; "the twitch … then packed in": over
        return not WENT_OFF_FUNCTIONS.isdisjoint(words[max(0, index - 2) : index])
    if sequence[-1] == "came" and words[index + len(sequence)] in CAME_ON:  # "it all came on in ten minutes"
        return True
    if _daily_rhythm_near(words, index, len(sequence)):
        return True
    if sequence in NOT_BACK:
        before = words[:index]
        return not RETURNING_FUNCTIONS.isdisjoint(before) or (
            not EYES.isdisjoint(before) and not SIGHT_GONE.isdisjoint(before)
        )
    if sequence == ("no", "longer"):  # "she can no longer sleep flat", "no longer able to": an ability lost
        return (index > 0 and words[index - 1] in ABILITY_BEFORE) or words[index + 2 : index + 3] == ["able"]
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


def _daily_rhythm_near(words: Sequence[str], index: int, length: int) -> bool:
    start = max(0, index - DAILY_RHYTHM_REACH)
    nearby = words[start : index + length + DAILY_RHYTHM_REACH]
    return bool(DAILY_RHYTHM.positions(nearby))


def _fine_thing_before(words: Sequence[str], index: int) -> bool:
    """ "feet totally fine", "my breathing is completely fine": a place or function said fine."""
    back = index - 1
    while back >= 0 and index - back <= 3 and words[back] in FINE_LINKS:
        back -= 1
    return back >= 0 and words[back] in FINE_THINGS


# "the twitching stopped for a fortnight, then it came back": a symptom that went away and returned (a relapse)
# holds now. Not a function that came back ("then the feeling came back"), nor a return denied ("hasn't come back").
RETURNED = WordSequences(
    {("came", "back"), ("come", "back"), ("comes", "back"), ("coming", "back"), ("returned",), ("back", "again"),
     ("started", "again"), ("starting", "again"), ("started", "up", "again"), ("it's", "back"), ("its", "back"),
     ("they're", "back"), ("theyre", "back"), ("is", "back"), ("are", "back"), ("flared", "up"), ("flared", "again")}
)  # fmt: skip
RETURNED_ENDS = frozenset({"to", "fully", "completely", "totally", "properly", "normal", "down"})
RETURN_REACH = 3  # words before a return in which a function or a denial names what it is


def relapsed(words: Sequence[str]) -> bool:
    """``words`` (from a finding on, then END) say it went away and then came back."""
    returns = [
        index
        for index, sequence in RETURNED.positions(words)
        if words[index + len(sequence)] not in RETURNED_ENDS
        and RETURNING_FUNCTIONS.isdisjoint(before := words[max(0, index - RETURN_REACH) : index])
        and DENIED_RECOVERY.isdisjoint(before)
    ]
    if not returns:
        return False
    return any(
        index + len(sequence) <= returns[-1] and not not_a_recovery(words, index, sequence)
        for index, sequence in recovery_matches(words, RESOLVED, NOT_RECOVERIES, DENIED_RECOVERY)
    )
