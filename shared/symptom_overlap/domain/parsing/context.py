"""Words of a symptom that do not tell of the person's current symptom: figures of speech and ordinary causes.

A figure of speech ("you take my breath away", "tongue-tied") names no symptom: findings over its
words are dropped. An ordinary cause given with a finding ("slurred after a few pints", "drooling while
teething", "since her braces", "stiff after the marathon", "a headache from crying"), a cause the person chose
("lost 6 kilos on purpose", "dieting"), or the writer's word
that it is usual for them ("it's normal for me") explains it: findings in that part (for "normal for me",
the sentence before it) are dropped, unless they are red flags, which are always left to be asked about. A denied
cause explains nothing ("not after drinking", "I haven't been drinking"). A colour said of what the person
sees ("colours look washed out", "everything looks grey") is sight, not the colour of their skin, and a
prefix makes a word name something else ("pre-diabetic").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding
from symptom_overlap.domain.parsing.negation import NEGATION_CUES
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token, words_of

ENDED = ("membership", "gym", "contract", "tenancy", "lease", "subscription", "relationship", "marriage", "engagement")
KIN_AT_HOME = ("parents", "mum", "mom", "dad", "family", "flatmates", "housemates", "sister", "brother", "in-laws")
PARTNERS = ("boyfriend", "girlfriend", "partner", "husband", "wife", "fiance", "fiancee", "fiancé", "ex", "bf", "gf")
# Only figures that are never said of the body: "a pain in the neck" is literal, "the commute is a pain in the
# neck" is not; "pins and needles" is, "on pins and needles waiting" is not.
FIGURES = WordSequences(
    {
        ("breath", "away"), ("breathtaking",), ("tongue-tied",), ("tongue", "tied"),
        ("tired", "of"),  # "tired of everything": fed up, not fatigue
        ("is", "a", "pain", "in", "the", "neck"), ("is", "a", "real", "pain", "in", "the", "neck"),
        ("was", "a", "pain", "in", "the", "neck"), ("it's", "a", "pain", "in", "the", "neck"),
        ("on", "pins", "and", "needles"), ("pins", "and", "needles", "waiting"), ("scared", "stiff"),
        ("bored", "stiff"), ("skipped", "a", "beat", "when"), ("cold", "feet", "about"), ("dying", "to", "know"),
        ("dying", "to", "see"), ("dying", "to", "find"), ("dying", "for"), ("dying", "to", "get"),
        ("dying", "to", "hear"), ("dying", "to", "ask"), ("blind", "drunk"), ("blind", "panic"), ("blind", "date"),
        ("half", "cut"),
    }
    | {(verb, "sight", "of") for verb in ("lose", "losing", "lost")}  # "losing sight of my goals"
    # "falling over my words" is speech, "falling over themselves to help" eagerness: neither is a fall
    | {(verb, "over", *what) for verb in ("fall", "falls", "falling", "fell")
       for what in [("my", "words"), ("his", "words"), ("her", "words"), ("words",), ("myself",), ("himself",),
                    ("herself",), ("themselves",), ("each", "other")]}
    | {("blind", "drunk"), ("jaw", "dropped"), ("jaw", "drop"), ("chest", "of", "drawers"), ("chest", "pocket"),
       ("chest", "freezer"), ("sudden", "urge", "to", "eat"), ("sudden", "craving"), ("nearly", "wet", "myself"),
       ("almost", "wet", "myself"), ("words", "muddled"), ("muddled", "my", "words"), ("muddle", "my", "words")}
    | {("passed", "out", handed) for handed in ("leaflets", "flyers", "papers", "sweets", "drinks", "invitations",
                                                 "cards", "presents", "programmes", "forms", "handouts")}
    | {("blacked", "out", "the", cover) for cover in ("windows", "window", "curtains", "names", "details")}
    | {("face", verb, "when", who, saw) for verb in ("dropped", "fell") for who in ("i", "he", "she", "we")
       for saw in ("saw", "heard", "read", "got", "opened", "found", "realised", "realized")}  # dismay, not a droop
    | {(limb, "never", wake, "up") for limb in ("arm", "arms", "leg", "legs", "foot", "feet", "hand", "hands", "it")
       for wake in ("wakes", "woke", "wake")}  # a limb asleep: "except the arm never wakes up"
    | {(flop, into, *bed) for flop in ("collapse", "collapsing") for into in ("on", "onto", "into")
       for bed in [("bed",), ("the", "sofa"), ("the", "couch"), ("my", "bed"), ("the", "bed")]}  # worn out at home
    | {("collapsed", "into", "bed"), ("collapsed", "into", "my", "bed")}
    | {("seeing", "things", how) for how in ("differently", "clearly")}  # a view, not a vision
    | {("confused", "about", "what", owner) for owner in ("my", "the", "his", "her", "these", "this", "all")}
    # "so confused what that means": puzzled by a thing said, not a confused mind
    | {("confused", "what", thing) for thing in ("that", "this", "it", "they", "these", "those")}
    | {("confused", "whether"), ("confused", "as", "to")}
    | {(verb, "my", ended) for verb in ("end", "ending", "ended") for ended in ENDED}  # "ending my gym membership"
    | {("go", "on", *outing) for outing in [("holiday",), ("holidays",), ("a", "trip"), ("the", "trip"), ("a", "date"),
                                             ("the", "holiday"), ("a", "holiday"), ("the", "school", "trip")]}
    | {(killing, who, "laughing") for killing in ("killing", "killed") for who in ("myself", "herself", "himself")}
    # Where or with whom one lives, whom one avoids: "I don't want to live with my parents anymore".
    | {("live", "with", "my", kin) for kin in KIN_AT_HOME}
    | {("live", "in", det, place) for det in ("this", "that", "the", "a") for place in ("flat", "house", "town", "city",
                                                                                          "country", "area", "village")}
    | {("be", "around", who) for who in ("him", "her", "them", "people", "you")} | {("exist", "on")}
    | {("killing", "myself", *how) for how in [("at", "work"), ("at", "the", "gym"), ("working",), ("trying",)]}
    | {(die, "of", shame) for die in ("die", "died", "dying") for shame in ("embarrassment", "shame", "boredom")}
    | {("suddenly", verb) for verb in ("remembered", "realised", "realized", "remember", "realise", "realize")}
    # What is confusing is a thing, not a mind: "the instructions are confusing", "it's all so confusing".
    | {(lead, "confusing") for lead in ("is", "are", "was", "were", "it's", "so", "very", "really", "bit", "quite",
                                         "too")}
    | {("blind", "with", feeling) for feeling in ("rage", "anger", "fury", "panic")}
    | {("passed", "out", "as", "soon", "as"), ("passed", "out", "the", "moment")}  # asleep the moment one lies down
    # A likeness is no stroke: "I sound like I've had a stroke" tells of the speech, read on its own.
    | {("like", who, "had", "a", "stroke") for who in ("i've", "ive", "i'd", "i", "he's", "she's", "he'd", "she'd")}
    # Not knowing what results or advice mean is not a confused mind: "confused about my blood results".
    | {("confused", link, *about) for link in ("about", "by", "over")
       for about in [(topic,) for topic in ("whether", "which", "results", "advice", "information", "info")]
       + [(owner, topic) for owner in ("my", "the", "all", "these", "this", "his", "her")
          for topic in ("results", "result", "bloods", "blood", "advice", "information", "info", "letter", "form",
                        "dose", "dosage", "instructions", "numbers", "levels", "conflicting", "difference", "test",
                        "tests", "scan", "diagnosis", "doctor", "gp", "forms", "options")]}
    # Care at the end of life and life support are no wish to die: "the nurse talked about his end of life care",
    # "they are thinking about ending his life support".
    | {("end", "of", "life"), ("end-of-life",), ("life", "support"), ("life-support",)}
    | {("end", "of", owner, "life") for owner in ("his", "her", "their", "your", "mum's", "dad's")}  # not "my": ask
    | {(end, owner, "life", "support") for end in ("end", "ending", "ended") for owner in ("my", "his", "her", "the")}
    # Ending a relationship or a job is no wish to die: "I want to end things with my boyfriend".
    | {(verb, what, "with", *whom) for verb in ("end", "ending", "ended", "finish", "finishing")
       for what in ("things", "it")
       for whom in [("him",), ("her",), ("them",)]
       + [(owner, person) for owner in ("my", "his", "her") for person in PARTNERS]}
)  # fmt: skip
# A machine that twitches, blacks out or buzzes is not a body: "my phone keeps twitching", "a twitchy clutch",
# "my phone blacked out again", "the laptop just died on me".
DEVICES = frozenset(
    {"phone", "laptop", "cursor", "screen", "mouse", "computer", "pc", "tv", "monitor", "tablet", "clutch", "engine",
     "car", "printer", "keyboard", "trackpad", "touchpad", "telly", "ipad", "iphone", "console", "router", "wifi",
     "signal", "battery", "display", "sat-nav", "satnav", "camera", "speaker", "headphones", "earbuds"}
)  # fmt: skip
# Pins and needles as things: "pins and needles everywhere, I'm finally sorting out my sewing box".
SEWING = frozenset(
    {"sewing", "sew", "pincushion", "knitting", "haberdashery", "dressmaking", "embroidery", "quilting", "seamstress",
     "darning", "crochet", "tailoring", "hemming"}
)  # fmt: skip
PIN_WORDS = frozenset({"pins", "needles", "pin", "needle"})
# Words that make them felt: "I get pins and needles in my hands when I'm knitting".
FELT_PINS = frozenset(
    {"get", "got", "getting", "gets", "feel", "feels", "felt", "feeling", "having", "had", "have", "hands", "hand",
     "fingers", "feet", "foot", "toes", "legs", "leg", "arms", "arm", "face", "lips", "tongue", "skin", "body"}
)  # fmt: skip
# Not words of sight ("the telly looks double to me" is the person's sight).
DEVICE_WORDS = frozenset(
    {"twitch", "twitches", "twitching", "twitched", "twitchy", "twitchin", "blacked", "blacking", "blacks",
     "buzzing", "buzzes", "buzzed", "vibrating", "vibrates", "vibrated", "froze", "freezes", "freezing", "frozen",
     "dying", "died", "collapsed", "crashed", "shaking", "shakes", "jumpy", "jumping", "jerky"}
)  # fmt: skip
FAINT_WORDS = frozenset({"faint", "fainted", "fainting", "passing", "passed"})
DEVICE_LINKS = frozenset(
    {"keeps", "kept", "keep", "is", "was", "has", "been", "screen", "always", "started", "starts", "again", "just",
     "went", "goes", "all", "display", "battery", "completely", "totally", "randomly", "suddenly"}
)  # fmt: skip
# "the words are heavy in the mouth": speech, or the tongue, said heavy where it is (the mouth), not a drooping face.
SPEECH_THINGS = frozenset({"words", "word", "speech", "voice", "talking", "speaking", "tongue"})
SPEECH_LINKS = frozenset({"are", "is", "feel", "feels", "felt", "seem", "seems", "so", "too", "very", "all", "go"})
OWNERS = frozenset({"the", "my", "his", "her", "their", "your"})
IN_PLACE = frozenset({"in", "inside"})
SPEECH_REACH = 3
DEVICE_REACH = 3  # words between the machine and what it does: "my phone screen just went and blacked out"
# Near-faints are not faints: "nearly fainted", "I feel faint" (a finding of these words alone is dropped).
NEAR_FAINTS = WordSequences(
    {(lead, word) for lead in ("almost", "nearly", "feel", "feels", "felt", "feeling", "very", "bit", "slightly")
     for word in ("faint", "fainted", "fainting")}
    | {(lead, word, "out") for lead in ("almost", "nearly") for word in ("passed", "passing")}
    | {("making", "me", "faint"), ("makes", "me", "faint")}
    # "a faint fizz", "a faint tingle": faint as slight, said of a sensation or a sign
    | {("faint", thing) for thing in ("fizz", "tingle", "tingling", "buzz", "buzzing", "ache", "pain", "twitch",
       "twitching", "flicker", "feeling", "sensation", "numbness", "pulse", "line", "smell", "sound", "ringing",
       "hint", "trace", "glow", "hum", "throb", "burning", "pressure")}
)  # fmt: skip
# "feeling down my spine" is a direction, not a mood: a finding that takes "down" without the words after it that
# make it a direction is dropped; one that holds them ("electric shock feeling down my spine") is not.
DIRECTION_AFTER = frozenset({"my", "his", "her", "your", "their", "into", "through"})
FEELING_BEFORE = frozenset({"feel", "feels", "feeling", "felt", "going", "goes", "went", "running", "runs"})
# Figures whose verb and object stand just before them: "takes my breath away".
FIGURE_LEAD_IN: dict[tuple[str, ...], int] = {("breath", "away"): 3}
# A word of a symptom used as a verb with an object: "he strokes the sole of her foot" is a touch, not a stroke;
# "keeps burning them on the hot water bottle" is an injury, not a burning feeling.
VERB_SENSES = WordSequences(
    {(verb, owner) for verb in ("strokes", "stroked", "stroking") for owner in ("the", "my", "her", "his", "your")}
    | {
        (verb, owner)
        for verb in ("burn", "burns", "burning", "burnt", "burned")
        for owner in ("them", "myself", "herself", "himself", "themselves")
    }
)
# Words that tie a cause to what it explains.
CAUSE_LINKS = frozenset(
    {"after", "from", "while", "whilst", "since", "during", "when", "because", "cos", "coz", "due"}
)  # not "with": "low mood with crying spells"
ORDINARY_CAUSES = WordSequences(
    {("pints",), ("pint",), ("few", "drinks"), ("couple", "of", "drinks"), ("booze",), ("hangover",),
     ("hungover",), ("wine",), ("beers",), ("night", "out"), ("teething",), ("teeth", "coming"), ("braces",),
     ("marathon",), ("leg", "day"), ("crying",), ("scrolling",), ("texting",), ("gaming",), ("doms",),
     ("cross-legged",), ("crossed", "legs"), ("shift",), ("shifts",), ("nightshift",), ("nightshifts",),
     ("night", "feed"), ("night", "feeds"), ("night", "feeding"), ("night", "feeds")}
    | {(count, "drinks") for count in ("two", "three", "four", "2", "3", "4", "several", "some", "many")}
    | {("a", "drink"), ("one", "drink"), ("1", "drink")}
)  # fmt: skip
# A cause the person chose explains a complaint in its part without a link word: "lost 6 kilos on purpose".
INTENDED = WordSequences(
    {
        ("on", "purpose"),
        ("deliberately",),
        ("intentionally",),
        ("dieting",),
        ("on", "a", "diet"),
        ("trying", "to", "lose"),
    }
)
# Searches name a topic: "I googled twitching", "looked up foot drop", "searching ALS symptoms".
SEARCHES = WordSequences(
    {(verb,) for verb in ("googled", "googling", "googles", "researched", "researching")}
    | {(verb, "up") for verb in ("looked", "looking", "look", "looks")}
    | {(verb, "for") for verb in ("searched", "searching", "search")}
    | {(verb, "up", "on") for verb in ("read", "reading")}
    # What was read or watched about: "after reading a thread about twitching and ALS", "a TikTok about fatigue".
    | {
        (verb, "about")
        for verb in (
            "read",
            "reading",
            "thread",
            "threads",
            "post",
            "posts",
            "article",
            "articles",
            "video",
            "videos",
            "tiktok",
            "tiktoks",
            "documentary",
            "story",
            "stories",
        )
    }
)
SEARCH_REACH = 3  # words after a search in which its topic starts
# Words that make what follows the writer's own, or a question about it: "googled why my feet tingle".
SEARCH_OWNERS = frozenset(
    {"my", "why", "how", "whether", "if", "what", "his", "her", "our", "because", "cos", "and", "but", "when"}
)
# A test said normal: "the balance test with my eyes shut was normal".
TESTS = frozenset({"test", "tests", "tested", "testing", "exam", "examination", "examined", "check", "checked"})
RESULT_LINKS = frozenset({"was", "is", "were", "are", "came", "come", "back", "all", "completely", "totally", "been"})
NORMAL_RESULTS = frozenset({"normal", "fine", "negative", "clear", "unremarkable", "ok", "okay"})
# What a person sees, and the words that say how it looks: "colours look washed out" is sight, not pallor.
SEEN_THINGS = frozenset({"everything", "colours", "colors", "colour", "color", "things", "world", "screen", "tv"})
LOOKS = frozenset({"look", "looks", "looked", "looking", "seem", "seems", "seemed", "appear", "appears", "appeared"})
COLOUR_WORDS = frozenset(
    {"washed", "pale", "paler", "grey", "gray", "greyish", "white", "yellow", "yellowish", "blue", "bluey", "dull",
     "faded", "drab", "colourless", "colorless", "ashen"}
)  # fmt: skip
# Pallor said of something other than the skin: of sight or the optic nerve ("the optician said my optic nerves look
# pale", "the vision in that eye washed out"; a pale optic disc is optic atrophy), of lips gone grey or blue (a lack
# of oxygen, cyanosis, not of blood), or "washed out" as a feeling ("I feel washed out" is tiredness, not a look).
PALLOR = "pallor"
SIGHT_THINGS = frozenset(
    {"vision", "sight", "eyesight", "optic", "disc", "discs", "colours", "colors", "optician", "optometrist",
     "ophthalmologist"}
)  # fmt: skip
LIPS = frozenset({"lip", "lips"})
CYANOSED = frozenset({"grey", "gray", "greyish", "blue", "bluey", "bluish", "purple", "dusky"})
FEELS = frozenset({"feel", "feels", "feeling", "felt"})
PALLOR_REACH = 8  # words either side of a pallor word, within its part, that may say what is pale
# Prefixes that make a word name something else: a person who is "pre-diabetic" does not have diabetes.
PREFIXES = frozenset({"pre", "non", "anti", "ex"})
CAUSE_REACH = 4  # words between a link ("after") and the cause ("pints")
# "it's normal for me", "she always has, that's just mum" ("always …" only ending its part).
USUAL = WordSequences(
    {("normal", "for", "me"), ("usual", "for", "me"), ("always", "been", "like", "that")}
    | {("always", verb) for verb in ("has", "have", "had", "did", "does", "do")}
    | {("always", "been", "that", "way"), ("always", "been", "this", "way"), ("always", "been", "the", "same")}
)
# "is that normal for me?", "the same as they always did" (a comparison: unchanged)
NOT_USUAL_BEFORE = frozenset({"is", "isn't", "isnt", "not", "if", "whether", "as", "than"})


def without_figures(
    words: Sequence[str], read: Sequence[ReadFinding], present: AbstractSet[str] | None = None
) -> list[ReadFinding]:
    """The findings, less those said by a figure of speech. ``present``: the set of ``words``, if the caller has
    it (a set answers at once whether a word stands in the text; the list is walked)."""
    seen = words if present is None else present
    figurative = (
        {
            i
            for start, sequence in FIGURES.positions(words)
            for i in range(start - FIGURE_LEAD_IN.get(sequence, 0), start + len(sequence))
        }
        if present is None or FIGURES.may_occur(present)
        else set()
    )
    if present is None or VERB_SENSES.may_occur(present):
        figurative |= VERB_SENSES.covered(words)
    if "mouth" in seen:
        figurative |= _said_of_speech_in_mouth(words)
    devices = _device_words(words, seen)
    if not SEWING.isdisjoint(seen) and FELT_PINS.isdisjoint(seen):  # "… sorting out my sewing box": real pins
        figurative |= {i for i, word in enumerate(words) if word in PIN_WORDS}
    # A near-faint is no faint, but its word still tells of light-headedness on standing ("feel faint when I stand").
    near_faint = set() if FAINT_WORDS.isdisjoint(seen) else NEAR_FAINTS.covered(words)
    senses = _sense_givers(words, seen)
    if not (figurative or near_faint or senses or devices):  # most texts: no figure, so every finding stands
        return list(read)
    return [
        item
        for item in read
        if not _figurative(item.finding.own_tokens(), figurative, near_faint, senses)
        and not (devices and _said_of_device(words, item.finding.own_tokens(), devices))
    ]


def _said_of_speech_in_mouth(words: Sequence[str]) -> set[int]:
    """ "the words are heavy in the mouth", "my tongue feels thick in my mouth": a word of heaviness said of speech
    or the tongue, the mouth only where they are; not a face or mouth that droops ("her mouth is heavy")."""
    found: set[int] = set()
    for mouth in (i for i, word in enumerate(words) if word == "mouth"):
        position = mouth - 1
        while position >= 0 and words[position] in OWNERS:
            position -= 1
        if position < 2 or words[position] not in IN_PLACE:
            continue
        said = position - 1  # the word said of the speech
        before = _before_links(words, said, SPEECH_LINKS, SPEECH_REACH)
        if before >= 0 and words[before] in SPEECH_THINGS:
            found.add(said)
    return found


def _said_of_device(words: Sequence[str], own: Iterable[int], devices: set[int]) -> bool:
    """A finding whose machine words are all said of a machine: "my phone blacked out", not "the phone keeps
    buzzing and my feet are buzzing too"."""
    own = list(own)
    said = [i for i in own if words[i] in DEVICE_WORDS]
    if not said or not devices.issuperset(said):
        return False
    # the same word said again of the body just after: "… and my feet are buzzing too"
    roots = {words[i][:5] for i in said}
    after = range(max(own) + 1, min(len(words), max(own) + 1 + DEVICE_REACH))
    return all(words[i][:5] not in roots or i in devices for i in after)


def _figurative(own: Iterable[int], figurative: set[int], near_faint: set[int], senses: dict[int, int]) -> bool:
    """Whether a finding's words lie in a figure, are all of a near-faint, or take a word whose sense the next
    word sets without that word."""
    own = set(own)
    return (
        not figurative.isdisjoint(own)
        or near_faint.issuperset(own)
        or (bool(senses) and any(i in own and after not in own for i, after in senses.items()))
    )


def _device_words(words: Sequence[str], seen: Collection[str]) -> set[int]:
    """Symptom words said of a machine: "my laptop keeps twitching", "a twitchy clutch", "my phone blacked out"."""
    found: set[int] = set()
    if DEVICES.isdisjoint(seen):
        return found
    for i, word in enumerate(words):
        if word not in DEVICE_WORDS:
            continue
        if i + 1 < len(words) and words[i + 1] in DEVICES:
            found.add(i)
            continue
        before = _before_links(words, i, DEVICE_LINKS, DEVICE_REACH)
        if before >= 0 and words[before] in DEVICES:
            found.add(i)
    return found


def _before_links(words: Sequence[str], index: int, links: frozenset[str], reach: int) -> int:
    """The position of the first word before ``index`` that is not a linking word, looking back at most ``reach``
    words past the links ("my phone screen just went and blacked out": the screen); -1 at the text's start."""
    before = index - 1
    while before >= 0 and index - before <= reach and words[before] in links:
        before -= 1
    return before


def _sense_givers(words: Sequence[str], seen: Collection[str]) -> dict[int, int]:
    """Words whose sense the next word sets ("feeling down my spine"): word -> that neighbour."""
    if "down" not in seen:
        return {}
    return {
        i: i + 1
        for i in range(1, len(words) - 1)
        if words[i] == "down" and words[i - 1] in FEELING_BEFORE and words[i + 1] in DIRECTION_AFTER
    }


def without_prefixed(
    tokens: Sequence[Token],
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less those whose first word a prefix changes: "pre-diabetic", "non-diabetic". ``present``:
    the set of the text's words, if the caller has it."""
    if PREFIXES.isdisjoint(words_of(tokens) if present is None else present):
        return list(read)
    prefixed = {
        i for i in range(1, len(tokens)) if tokens[i - 1].word in PREFIXES and tokens[i].start - tokens[i - 1].end == 1
    }  # "pre-diabetic", "pre diabetic"
    return [item for item in read if item.finding.evidence_id in red_flags or item.finding.first not in prefixed]


def without_seen_colours(
    words: Sequence[str],
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less those said by a colour word describing what is seen ("colours look washed out"); a
    red flag, such as a loss of sight said so, stays."""
    read = [item for item in read if not (item.finding.evidence_id == PALLOR and _not_skin(words, item))]
    if LOOKS.isdisjoint(words if present is None else present):
        return read
    looks = [i for i in range(1, len(words)) if words[i] in LOOKS and words[i - 1] in SEEN_THINGS]
    seen = {j for i in looks for j in range(i + 1, min(len(words), i + 4)) if words[j] in COLOUR_WORDS}
    return [
        item for item in read if item.finding.evidence_id in red_flags or seen.isdisjoint(item.finding.own_tokens())
    ]


def _not_skin(words: Sequence[str], item: ReadFinding) -> bool:
    """Whether a pallor is a washed-out feeling, or is said (not denied) of sight or of grey or blue lips."""
    first, last = item.finding.first, item.finding.last
    start = first
    while start > 0 and first - start < PALLOR_REACH and words[start - 1][0].isalnum():
        start -= 1
    end = last
    while end + 1 < len(words) and end - last < PALLOR_REACH and words[end + 1][0].isalnum():
        end += 1
    around = words[start : end + 1]
    own = words[first : last + 1]
    if "washed" in own:
        for word in reversed(words[start:first]):
            if word in LOOKS:
                break
            if word in FEELS:
                return True
    if item.assertion is Assertion.ABSENT:
        return False
    return not SIGHT_THINGS.isdisjoint(around) or (not LIPS.isdisjoint(around) and not CYANOSED.isdisjoint(own))


def searched_topics(
    words: Sequence[str],
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less those named just after a search ("I googled twitching once", "looked up foot drop"):
    a topic, not a symptom. A red flag stays ("googling ways to end it" is the red flag itself), and "googled why
    my feet tingle" is the writer's own symptom."""
    if SEARCHES.first_words.isdisjoint(words) if present is None else not SEARCHES.may_occur(present):
        return list(read)
    topics = {i for start, sequence in SEARCHES.positions(words) for i in _searched(words, start + len(sequence))}
    if not topics:
        return list(read)
    return [
        item
        for item in read
        if item.finding.first not in topics
        or item.finding.evidence_id in red_flags
        or item.assertion is Assertion.ABSENT  # "I looked up twitching and numbness. I have neither."
    ]


def _searched(words: Sequence[str], start: int) -> range:
    """Where a searched topic may start: right after the search, up to a word that makes it the writer's own."""
    end = start
    while end < len(words) and end - start < SEARCH_REACH and words[end] not in SEARCH_OWNERS:
        if not words[end][0].isalnum():
            break
        end += 1
    return range(start, end)


def negative_tests(
    words: Sequence[str],
    segments: Segments,
    read: Sequence[ReadFinding],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """A test whose words read as a finding, said to be normal ("the balance test with my eyes shut was normal",
    "grip test came back fine"), denies it; red flags are left to be asked."""
    if TESTS.isdisjoint(words if present is None else present):
        return list(read)
    return [
        item._replace(assertion=Assertion.ABSENT)
        if item.assertion is not Assertion.ABSENT
        and item.finding.evidence_id not in red_flags
        and _tested_normal(words, segments, item.finding.first, item.finding.last)
        else item
        for item in read
    ]


def _tested_normal(words: Sequence[str], segments: Segments, first: int, last: int) -> bool:
    part_first, part_last = segments.part_bounds[segments.part[first]]
    if TESTS.isdisjoint(words[part_first : last + 1]):
        return False
    after = last + 1
    while after <= part_last and words[after] in RESULT_LINKS:
        after += 1
    if after > part_last or words[after] not in NORMAL_RESULTS:
        return False
    return after == part_last or not words[after + 1][0].isalnum() or words[after + 1] in {"and", "but"}


def without_explained(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    read: Sequence[ReadFinding],
    complaints: Collection[str],
    red_flags: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, less the complaints (red flags apart) given an ordinary cause or called usual: a risk
    factor named as the cause ("after a few pints") is still said. ``present``: the set of ``words``, if the
    caller has it (most texts can hold no cause and no word of usual: their words are not read)."""
    if present is not None and not any(
        sequences.may_occur(present) for sequences in (ORDINARY_CAUSES, INTENDED, USUAL)
    ):
        return list(read)
    explained_parts = {segments.part[i] for i in _ordinary_causes(words) + _intended(words)}
    usual = [
        (start, sequence[0] == "always")  # "as they always did, no wasting": a denial stays
        for start, sequence in USUAL.positions(words)
        if not (NOT_USUAL_BEFORE.intersection(words[max(0, start - 3) : start]) or _asked(tokens, segments, start))
        and (sequence[0] != "always" or _ends_there(words, start + len(sequence)))
    ]
    if not explained_parts and not usual:  # most texts give no cause and call nothing usual
        return list(read)
    return [
        item
        for item in read
        if item.finding.evidence_id in red_flags
        or item.finding.evidence_id not in complaints
        or not (
            segments.part[item.finding.first] in explained_parts
            or any(
                segments.sentence[start] == segments.sentence[item.finding.first]
                and item.finding.last < start
                and not (keeps_denials and item.assertion is Assertion.ABSENT)
                for start, keeps_denials in usual
            )
        )
    ]


# Weight lost after stomach or weight-loss surgery is what the operation does: "gastric sleeve in 2019, lost 8 stone"
# names no unexplained weight loss. A loss said to be new or to go on ("now losing weight again", "still losing it
# without trying") is one.
WEIGHT_LOSS = "weight_loss"
GASTRIC_SURGERY = "gastric_surgery"
LOSS_GOES_ON = frozenset(
    {"now", "lately", "recently", "again", "still", "without", "unexplained", "suddenly", "keep", "keeps", "losing",
     "dropping", "more", "since", "unintentionally", "unintended"}
)  # fmt: skip


def without_surgical_weight_loss(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding]
) -> list[ReadFinding]:
    """The findings, less a weight loss told in a sentence with the stomach surgery that explains it."""
    operated = {
        segments.sentence[item.finding.first]
        for item in read
        if item.finding.evidence_id == GASTRIC_SURGERY and item.assertion is Assertion.PRESENT
    }
    if not operated:
        return list(read)
    return [
        item
        for item in read
        if not (
            item.finding.evidence_id == WEIGHT_LOSS
            and item.assertion is Assertion.PRESENT
            and segments.sentence[item.finding.first] in operated
            and LOSS_GOES_ON.isdisjoint(words[slice(*_part_span(segments, item.finding.first))])
        )
    ]


def _part_span(segments: Segments, index: int) -> tuple[int, int]:
    first, last = segments.part_bounds[segments.part[index]]
    return first, last + 1


def _ends_there(words: Sequence[str], index: int) -> bool:
    """ "she always has, that's just mum": the words end their part (not "she always has cramps")."""
    return index >= len(words) or not words[index][0].isalnum()


def _ordinary_causes(words: Sequence[str]) -> list[int]:
    """Positions of causes tied to the text by a link word before them, and not denied."""
    found = []
    for start, _ in ORDINARY_CAUSES.positions(words):
        links = [i for i in range(max(0, start - CAUSE_REACH - 1), start) if words[i] in CAUSE_LINKS]
        if links and not NEGATION_CUES.intersection(words[max(0, links[0] - 3) : start]):
            found.append(start)
    return found


def _intended(words: Sequence[str]) -> list[int]:
    """Positions of choices that explain a complaint ("on purpose", "dieting"), not denied ("without dieting")."""
    return [
        start
        for start, _ in INTENDED.positions(words)
        if not NEGATION_CUES.intersection(words[max(0, start - 3) : start])
    ]


def _asked(tokens: Sequence[Token], segments: Segments, start: int) -> bool:
    """The words end a question: "is this normal for me?"."""
    last = segments.part_bounds[segments.part[start]][1]
    return tokens[last].word == "?"


# "sis keeps saying she's got ALS", "he's convinced he has MND": a lay person's belief about themselves, not a
# diagnosis; read as uncertain, so that it is asked about rather than counted ("the neurologist said he has ALS"
# is one: "said" and "thinks" are not belief words here).
BELIEF_WORDS = frozenset(
    {"saying", "reckons", "reckoned", "convinced", "decided", "adamant", "swears", "insists", "insisted", "believes",
     "claims"}
)  # fmt: skip
BELIEVERS = frozenset({"she", "he", "she's", "he's", "shes", "hes", "she'd", "he'd"})
BELIEF_REACH = 4  # words before the diagnosis in which the believer and the belief word stand


def believed_diagnoses_uncertain(
    words: Sequence[str],
    read: Sequence[ReadFinding],
    diagnoses: Collection[str],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The findings, with a diagnosis someone else believes in ("she thinks it's MS") uncertain. ``present``: the
    set of ``words``, if the caller has it (without a believer's and a belief's word nothing changes)."""
    if present is not None and (BELIEVERS.isdisjoint(present) or BELIEF_WORDS.isdisjoint(present)):
        return list(read)
    return [
        item._replace(assertion=Assertion.UNCERTAIN)
        if item.finding.evidence_id in diagnoses and item.assertion is Assertion.PRESENT and _believed(words, item)
        else item
        for item in read
    ]


def _believed(words: Sequence[str], item: ReadFinding) -> bool:
    before = words[max(0, item.finding.first - BELIEF_REACH) : item.finding.first]
    return not BELIEVERS.isdisjoint(before) and not BELIEF_WORDS.isdisjoint(before)
