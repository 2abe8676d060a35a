"""Symptom words in an everyday sense that the words beside them fix: a "pale ale" is a beer, "drooling over the
cakes" is wanting them, "weak at the knees" and "twitchy waiting for the results" are feelings, and "I drink a lot
of coffee" tells of no alcohol. A finding whose own words take such a sense is dropped."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.body_site import SITE_TERMS
from symptom_overlap.domain.parsing.findings import Finding, ReadFinding
from symptom_overlap.domain.parsing.sequences import WordSequences

ALCOHOL = "heavy_alcohol_use"

EVERYDAY = WordSequences(
    {("pale", ale) for ale in ("ale", "ales", "lager", "lagers")}
    | {(drool, at) for drool in ("drool", "drools", "drooling", "drooled") for at in ("over",)}
    | {(weak, "at", "the", "knees") for weak in ("weak", "wobbly", "jelly")}
    | {("twitchy", about) for about in ("about", "watching", "waiting", "before")}
    | {("twitchy", "and", mood) for mood in ("jumpy", "nervous", "anxious", "on", "edgy", "restless")}
    # Puzzled by something, not disoriented: "confused by the booking app", "confused about my results", "about
    # what it means" (not "confused about where I am", "about what day it is", "about the time").
    | {("confused", "by")}
    | {("confused", about, what)
       for about in ("about", "over", "with", "as")
       for what in ("my", "why", "how", "whether", "if", "all", "this", "it", "these", "your")}
    | {("confused", "about", "what", then)
       for then in ("it", "to", "this", "that", "they", "i", "my", "is", "was", "all", "he", "she", "you", "we")}
    # Laughing till one wets oneself is an idiom: "I nearly wet myself laughing".
    | {("wet", "myself", laughing) for laughing in ("laughing", "laughin")}
)  # fmt: skip
# What "gas" is used for when it is fuel: "gas station", "gas prices", "gas bill", "gas cooker".
FUEL_USES = (
    "station", "stations", "prices", "price", "pump", "pumps", "mileage", "money", "bill", "bills", "boiler",
    "cooker", "hob", "oven", "fire", "leak", "meter", "engineer", "heating", "supply", "company", "guzzler",
)  # fmt: skip
# "filled up a tank of gas", "fill the car with gas": a car filled with fuel ("we go through a tank of gas" may not be).
FILLING = frozenset(
    {"fill", "fills", "filled", "filling", "refuel", "refuelled", "refueled", "refuelling", "refueling"}
)
FILLED_REACH = 5  # words between the filling word and "gas"
LOSSES = (
    "loss", "problem", "problems", "issue", "issues", "deficit", "deficits", "difficulty", "difficulties", "trouble",
    "change", "changes", "concerns", "worries",
)  # fmt: skip
# Signs a clinician may call "depressed" (reduced), and the joints whose jerks are tested: "knees depressed".
REDUCED_SIGNS = (
    "reflex", "reflexes", "jerk", "jerks", "tone", "plantar", "plantars", "ankle", "ankles", "knee", "knees",
    "biceps", "triceps", "supinator", "supinators", "achilles", "patellar", "vibration", "proprioception",
    "sensation", "fracture",
)  # fmt: skip
# Words that take one finding's word in another sense, with the findings they rule out: "coughs on thin drinks"
# tells of swallowing, not of weight lost; "the electrical test on my nerves" is a nerve test, not a shock felt.
SENSES_FOR: tuple[tuple[WordSequences, frozenset[str]], ...] = (
    (
        WordSequences({("thin", drink) for drink in ("drink", "drinks", "fluid", "fluids", "liquid", "liquids")}),
        frozenset({"weight_loss", "muscle_wasting"}),
    ),
    (
        WordSequences(
            {
                (electric, test)
                for electric in ("electric", "electrical")
                for test in ("test", "tests", "testing", "study", "studies")
            }
        ),
        frozenset({"tingling", "lhermitte_sign"}),
    ),
    (  # "heavy for periods of the day", "periods of heavy tiredness": spells of time, not menstruation
        WordSequences({("periods", "of"), ("period", "of"), ("for", "periods"), ("for", "a", "period")}),
        frozenset({"heavy_periods"}),
    ),
    (  # "since my covid jab", "after the flu vaccine": a vaccine, not an infection
        WordSequences(
            {
                (illness, jab)
                for illness in ("covid", "flu", "influenza")
                for jab in ("jab", "jabs", "vaccine", "vaccines", "vaccination", "booster", "boosters", "shot", "shots")
            }
        ),
        frozenset({"after_viral_illness"}),
    ),
    (  # "no choking on food or drink", "I cough when I eat or drink": swallowing, not alcohol
        WordSequences(
            {
                (eat, joined, drink)
                for eat in ("eat", "eats", "eating", "food", "foods", "meals", "solids")
                for joined in ("or", "and", "nor", "&")
                for drink in ("drink", "drinks", "drinking")
            }
        ),
        frozenset({ALCOHOL}),
    ),
    (  # "FAST negative": the stroke check; "my heart isn't beating fast", "I don't walk fast": a speed, not a course
        WordSequences(
            {
                ("fast", word)
                for word in ("neg", "negative", "positive", "pos", "test", "check", "checks", "exam", "signs", "ok")
            }
            | {
                (doing, "fast")
                for doing in (
                    "beat",
                    "beating",
                    "heart",
                    "heartbeat",
                    "pulse",
                    "racing",
                    "breathe",
                    "breathing",
                    "walk",
                    "walking",
                    "run",
                    "running",
                    "type",
                    "typing",
                    "talk",
                    "talking",
                    "eat",
                    "eating",
                    "move",
                    "moving",
                    "drive",
                    "driving",
                )
            }
        ),
        frozenset({"rapid_progression"}),
    ),
    (  # "no power loss", "no strength problems": a loss denied, not "no power" (the loss itself)
        WordSequences({("no", capacity, trouble) for capacity in ("power", "strength", "force") for trouble in LOSSES}),
        frozenset({"hand_weakness", "leg_weakness", "weak_cough"}),
    ),
    (  # "propped up the head of his bed": the bed's head, not the person's
        WordSequences({("head", "of", owner, "bed") for owner in ("the", "my", "his", "her", "their", "our")}),
        frozenset({"head_drop"}),
    ),
    (  # "she's low on iron", "I'm low in B12": a level, not a mood
        WordSequences(
            {
                ("low", on, level)
                for on in ("on", "in")
                for level in ("iron", "b12", "vitamin", "vitamins", "folate", "ferritin", "sodium", "energy", "sleep")
            }
        ),
        frozenset({"low_mood"}),
    ),
    (  # "a tank of gas", "gas prices", "the gas bill": fuel for a car or a home, not the gas people inhale
        WordSequences(
            {("gas", use) for use in FUEL_USES}
            | {(of, "of", "gas") for of in ("gallon", "gallons", "out")}
            | {(stop, "for", "gas") for stop in ("stop", "stopped", "stopping", "pay", "paid", "paying", "pull")}
        ),
        frozenset({"nitrous_oxide_use"}),
    ),
    (  # "I walk like a wind-up toy", "it winds me up": a toy's spring or an annoyance, not breath
        WordSequences({(wind, "up") for wind in ("wind", "winds", "winding", "wound")} | {("wind-up",)}),
        frozenset({"breathless_on_exertion"}),
    ),
    (  # "I fell asleep as soon as I shut my eyes": sleep, not a fall in the dark ("my feet fall asleep" stays tingling)
        WordSequences({(fall, "asleep") for fall in ("fall", "falls", "falling", "fell", "fallen")}),
        frozenset({"unsteady_in_dark"}),
    ),
    (  # "reflexes depressed", "depressed ankle jerks", "tone depressed": a clinician's word for reduced, not a mood
        WordSequences(
            {(sign, "depressed") for sign in REDUCED_SIGNS} | {("depressed", sign) for sign in REDUCED_SIGNS}
        ),
        frozenset({"low_mood"}),
    ),
    (  # "my legs feel weak going up to my flat": a home owned, not a muscle gone flat ("my thumb is flat" stays)
        WordSequences({(owner, "flat") for owner in ("my", "our", "his", "her", "their", "your")}),
        frozenset({"muscle_wasting"}),
    ),
    (  # Worn out, not numb or weak: "dead on my feet", "asleep on her feet" (the tiredness they say is read)
        WordSequences(
            {
                (state, "on", owner, "feet")
                for state in ("dead", "asleep")
                for owner in ("my", "his", "her", "their", "our")
            }
        ),
        frozenset({"numbness", "tingling", "leg_weakness", "foot_drop", "stroke_signs", "asymmetric_onset"}),
    ),
)
# "giving me a headache every morning, figuratively": what a sentence said before these words is a figure.
FIGURE_MARKERS = frozenset({"figuratively", "metaphorically"})
FIGURE_REACH = 12
SENTENCE_ENDS = frozenset({".", "!", "?"})
FATIGUE = "fatigue"
# A limb that tires is the limb's effort, not a whole-body tiredness: "tired legs", "my arms tire so fast".
TIRED_WORDS = frozenset({"tired", "tire", "tires", "tiring", "exhausted", "knackered", "weary"})
FED_UP_REACH = 3  # "tired of being tired": a tiredness named again soon after "of" is tiredness still
LIMB_WORDS = frozenset(
    {"leg", "legs", "arm", "arms", "hand", "hands", "calf", "calves", "thigh", "thighs", "feet", "fingers",
     "muscle", "muscles", "shoulders", "wrists"}
)  # fmt: skip
# Broken things and broken hopes: "my phone screen is shattered", "the mug shattered", "my confidence is shattered".
BROKEN_WORDS = frozenset({"shattered", "smashed"})
BROKEN_THINGS = frozenset(
    {"screen", "screens", "phone", "glass", "glasses", "mug", "mugs", "cup", "cups", "plate", "plates", "window",
     "windows", "windscreen", "vase", "bowl", "mirror", "bottle", "jar", "dish", "dishes", "teapot", "laptop",
     "tablet", "ipad", "tv", "telly", "lens", "ornament", "bulb", "confidence", "dreams", "hopes", "illusions",
     "record", "records", "nerves"}
)  # fmt: skip
BROKEN_AFTER = frozenset({"into", "pieces", "everywhere", "glass"})  # "it shattered into bits"
BROKEN_REACH = 3  # words before a broken word that may name the thing
DRINK_REACH = 5  # words after a finding's first word that may name what is drunk
# What is drunk, when not alcohol: "drinks a lot of energy drinks", "I drink much coffee".
SOFT_DRINKS = frozenset(
    {"coffee", "coffees", "tea", "teas", "water", "energy", "cola", "coke", "pop", "juice", "juices", "squash",
     "fizzy", "milk", "espresso", "espressos", "latte", "lattes", "soda", "sodas", "smoothies", "lucozade",
     "monster", "caffeine", "decaf", "cuppas", "brews"}
)  # fmt: skip
CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "but"})
ALCOHOL_WORDS = frozenset(
    {"alcohol", "booze", "wine", "beer", "beers", "lager", "spirits", "whisky", "whiskey", "vodka", "gin", "cider",
     "rum", "pint", "pints", "cans", "shots", "units", "bottle", "bottles"}
)  # fmt: skip


# A body part owned by "its" is a thing's or an animal's: "the business is dragging its feet", "a table wobbly on
# its legs". A person's is "my", "his", "her"; a part of a body part named just before is the person's ("a hand
# that's lost its grip", "my arm and its muscles").
BODY_PARTS = frozenset(
    {"feet", "foot", "leg", "legs", "arm", "arms", "hand", "hands", "head", "face", "mouth", "tongue", "eyes", "eye",
     "back", "neck", "toes", "fingers", "tail"}
)  # fmt: skip
SITE_WORDS = frozenset(term for terms in SITE_TERMS.values() for term in terms if " " not in term)
OWNED_BY_A_PART = 5  # words before "its" in which a body part would own what follows
# "twitching to reply", "twitchy to get going": eager to do something; not "twitching to the point of …".
EAGER_WORDS = frozenset({"twitching", "twitchy"})
NOT_A_VERB = frozenset({"the", "a", "an", "my", "his", "her", "this", "that", "such", "some", "me", "it"})


# A red flag's word naming a service, a job or a check: "I work on a stroke ward", "the TIA clinic", "a suicide
# prevention charity". It names no finding of the person's; as a red flag it is still asked about (uncertain).
SERVICE_NAMES = frozenset({"stroke", "strokes", "tia", "suicide", "pain"})
SERVICES = frozenset(
    {"ward", "wards", "unit", "units", "nurse", "nurses", "team", "clinic", "clinics", "service", "services",
     "specialist", "specialists", "consultant", "consultants", "physician", "research", "charity", "association",
     "awareness", "helpline", "hotline", "prevention", "course", "training", "volunteer", "centre", "center",
     "department", "dept", "bay", "rehab", "pathway", "check", "checklist", "test", "poster", "campaign", "leaflet",
     "leaflets", "doctor", "doctors", "patients", "survivors", "club", "group", "line", "workshop"}
)  # fmt: skip


# Hard exercise explains the effort a body feels after it: "legs like jelly after a 10k run", "gasping at the top
# of the hill on my run", "legs heavy after a 12 hour shift". Said in a sentence that places the feeling after such
# exercise, these findings name no illness. "Even after a short run", a sentence with a denial and one telling of a
# change ("my legs go weak after the gym these days") are left alone.
HARD_EXERCISE = frozenset(
    {"gym", "workout", "workouts", "run", "runs", "marathon", "sprint", "sprinting", "sprinted", "football", "rugby",
     "training", "hike", "hiking", "squats", "shift", "shifts", "crossfit", "pb", "spin", "circuits", "hiit"}
)  # fmt: skip
AFTER_EXERCISE = frozenset({"after", "from", "during", "on", "post", "following"})
SLIGHT_EXERCISE = frozenset({"even", "just", "only", "short", "gentle", "light", "little", "easy", "slow", "quick"})
SENTENCE_DENIALS_OR_CHANGES = frozenset(
    {"no", "not", "never", "don't", "dont", "can't", "cant", "cannot", "isn't", "without", "nothing", "couldn't",
     "now", "lately", "recently", "new", "anymore", "used", "days", "worse", "getting", "since", "harder",
     "weeks", "months", "every", "always"}
)  # fmt: skip  # "weak after every shift for weeks": a lasting pattern, not one day's effort
EXERCISE_REACH = 4  # "after a 12 hour shift"
EFFORT_FINDINGS = frozenset({"leg_weakness", "breathless_on_exertion", "breathless_at_rest", "palpitations"})
SENTENCE_BREAKS = SENTENCE_ENDS | {"\n"}

# A dribble of urine, not of saliva: "I can only pee in dribbles", "my bladder is letting me down, dribbling". In a
# sentence that names passing water and nothing of the mouth, a dribble word says nothing of drooling.
DROOLING = "drooling"
DRIBBLE_WORDS = frozenset({"dribble", "dribbles", "dribbling", "dribbled", "dribbly"})
URINE_WORDS = frozenset(
    {"pee", "peeing", "pees", "wee", "weeing", "wees", "urine", "urinate", "urinating", "urination", "bladder",
     "toilet", "loo", "prostate", "incontinence", "incontinent"}
)  # fmt: skip
# A drink or food dribbling is what the lips let out, not saliva: "coffee was dribbling out one side".
DRIBBLED_DRINKS = frozenset(
    {"coffee", "tea", "cuppa", "water", "juice", "drink", "drinks", "soup", "milk", "wine", "beer", "food"}
)
DRIBBLED_REACH = 3  # words before the dribble word that may name what dribbled ("my coffee was dribbling")
MOUTH_WORDS = frozenset(
    {"mouth", "saliva", "spit", "chin", "lip", "lips", "pillow", "drool", "drooling", "tongue", "swallow",
     "swallowing", "tissue", "hanky", "bib"}
)  # fmt: skip

# "gone a strange lemony colour", "a funny taste", "an odd smell": a strange thing sensed, not a changed person.
PERSONALITY = "personality_change"
STRANGE_WORDS = frozenset({"strange", "odd", "different", "funny", "weird"})
SENSED_THINGS = frozenset(
    {"colour", "color", "colours", "colors", "shade", "tinge", "taste", "smell", "smells", "noise", "noises", "sound",
     "sounds", "texture"}
)  # fmt: skip
SENSED_REACH = 3  # words after the strange word in which the thing sensed stands

# A tuning fork's hum: "couldn't feel the tuning fork buzz on my ankles" is a test of vibration sense, not a
# tingling or a twitch the person feels.
FORK = "fork"
FORK_HUMS = frozenset(
    {"buzz", "buzzes", "buzzing", "buzzed", "buzzy", "vibrate", "vibrates", "vibrating", "vibration", "vibrations",
     "hum", "humming"}
)  # fmt: skip
FORK_MISREADS = frozenset({"tingling", "fasciculations"})

EverydaySense = Callable[[Finding], bool] | None


def everyday_sense_in(words: Sequence[str], present: AbstractSet[str] | None = None) -> EverydaySense:
    """Whether a finding is said in an everyday sense; None when the text holds no such sense (most texts).
    ``present``: the set of ``words``, if the caller has it."""
    if present is None:
        present = set(words)
    everyday: set[int] = set()
    if not EVERYDAY.first_words.isdisjoint(present):
        everyday = EVERYDAY.covered(words)
    if not TIRED_WORDS.isdisjoint(present):
        everyday |= _limb_tiredness(words)
    if not FIGURE_MARKERS.isdisjoint(present):
        everyday |= _figure_before(words)
    if not BROKEN_WORDS.isdisjoint(present):
        everyday |= _broken_things(words)
    if not SERVICE_NAMES.isdisjoint(present) and not SERVICES.isdisjoint(present):
        everyday |= {i for i, word in enumerate(words[:-1]) if word in SERVICE_NAMES and words[i + 1] in SERVICES}
    if "gas" in present and not FILLING.isdisjoint(present):
        everyday |= _fuel_filled(words)
    if "its" in present:
        everyday |= _things_parts(words)
    if "to" in present and not EAGER_WORDS.isdisjoint(present):
        everyday |= _eager(words)
    effort = _after_hard_exercise(words) if not HARD_EXERCISE.isdisjoint(present) else set()
    bladder: set[int] = set()  # dribbles of urine or of a drink, not of saliva
    if not DRIBBLE_WORDS.isdisjoint(present):
        if not URINE_WORDS.isdisjoint(present):
            bladder = _bladder_dribbles(words)
        if not DRIBBLED_DRINKS.isdisjoint(present):
            bladder |= _drinks_dribbling(words)
    soft_drinks = not SOFT_DRINKS.isdisjoint(present)
    # Only senses found in the text: one whose first word alone is there ("for", "walking") rules nothing out, and
    # keeping it would make every finding be checked.
    ruled_out = [
        (ids, positions)
        for senses, ids in SENSES_FOR
        if senses.may_occur(present) and (positions := senses.covered(words))
    ]
    hums = _fork_hums(words) if FORK in present and not FORK_HUMS.isdisjoint(present) else set()
    sensed = (
        _strange_things(words)
        if not STRANGE_WORDS.isdisjoint(present) and not SENSED_THINGS.isdisjoint(present)
        else set()
    )
    if not everyday and not effort and not soft_drinks and not ruled_out and not bladder and not sensed and not hums:
        return None

    def everyday_sense(finding: Finding) -> bool:
        return (
            not everyday.isdisjoint(finding.own_tokens())
            or (finding.evidence_id in EFFORT_FINDINGS and finding.first in effort)
            or (finding.evidence_id == DROOLING and not bladder.isdisjoint(finding.own_tokens()))
            or (finding.evidence_id == PERSONALITY and not sensed.isdisjoint(finding.own_tokens()))
            or (finding.evidence_id in FORK_MISREADS and not hums.isdisjoint(finding.own_tokens()))
            or (soft_drinks and finding.evidence_id == ALCOHOL and _soft_drink(words, finding))
            or any(
                finding.evidence_id in ids and not positions.isdisjoint(finding.own_tokens())
                for ids, positions in ruled_out
            )
        )

    return everyday_sense


def without_everyday_senses(
    everyday_sense: EverydaySense, findings: list[Finding], red_flags: Collection[str]
) -> list[Finding]:
    """The findings, less those said in an everyday sense; a red flag stays, uncertain, to be asked about."""
    if everyday_sense is None:
        return findings
    return [
        (finding._replace(hint=True) if finding.evidence_id in red_flags and everyday_sense(finding) else finding)
        for finding in findings
        if finding.evidence_id in red_flags or not everyday_sense(finding)
    ]


def without_everyday_readings(
    everyday_sense: EverydaySense, read: list[ReadFinding], red_flags: Collection[str]
) -> list[ReadFinding]:
    """The same for readings, for the findings derived from others ("tired legs and cramps")."""
    if everyday_sense is None:
        return read
    return [item for item in read if item.finding.evidence_id in red_flags or not everyday_sense(item.finding)]


def _sentence_around(words: Sequence[str], index: int) -> tuple[int, int]:
    """The first and last positions of the sentence that holds ``index``."""
    first = index
    while first > 0 and words[first - 1] not in SENTENCE_BREAKS:
        first -= 1
    last = index
    while last + 1 < len(words) and words[last + 1] not in SENTENCE_BREAKS:
        last += 1
    return first, last


def _after_hard_exercise(words: Sequence[str]) -> set[int]:
    """The positions of each sentence that places a feeling after hard exercise (and denies or changes nothing)."""
    effort: set[int] = set()
    for i, word in enumerate(words):
        before = words[max(0, i - EXERCISE_REACH) : i]
        if word not in HARD_EXERCISE or AFTER_EXERCISE.isdisjoint(before) or not SLIGHT_EXERCISE.isdisjoint(before):
            continue
        first, last = _sentence_around(words, i)
        if SENTENCE_DENIALS_OR_CHANGES.isdisjoint(words[first : last + 1]):
            effort.update(range(first, last + 1))
    return effort


def _fork_hums(words: Sequence[str]) -> set[int]:
    """The buzz and vibration words of each sentence that names a (tuning) fork."""
    hums: set[int] = set()
    for i, word in enumerate(words):
        if word != FORK:
            continue
        first, last = _sentence_around(words, i)
        hums.update(j for j in range(first, last + 1) if words[j] in FORK_HUMS)
    return hums


def _strange_things(words: Sequence[str]) -> set[int]:
    """The strange words said of a colour, taste, smell or sound just after them."""
    return {
        i
        for i, word in enumerate(words)
        if word in STRANGE_WORDS and not SENSED_THINGS.isdisjoint(words[i + 1 : i + 1 + SENSED_REACH])
    }


def _bladder_dribbles(words: Sequence[str]) -> set[int]:
    """The dribble words of each sentence that names passing water and nothing of the mouth."""
    dribbles: set[int] = set()
    for i, word in enumerate(words):
        if word not in DRIBBLE_WORDS or i in dribbles:
            continue
        first, last = _sentence_around(words, i)
        sentence = words[first : last + 1]
        if not URINE_WORDS.isdisjoint(sentence) and MOUTH_WORDS.isdisjoint(sentence):
            dribbles.update(j for j in range(first, last + 1) if words[j] in DRIBBLE_WORDS)
    return dribbles


def _drinks_dribbling(words: Sequence[str]) -> set[int]:
    """The dribble words a drink comes just before in its clause: "my tea dribbled out of that side" is a drink
    the lips did not hold (a sign of a face gone weak), not saliva."""
    return {
        i
        for i, word in enumerate(words)
        if word in DRIBBLE_WORDS
        and any(before in DRIBBLED_DRINKS for before in _clause_before(words[max(0, i - DRIBBLED_REACH) : i]))
    }


def _clause_before(before: Sequence[str]) -> Sequence[str]:
    """The words of ``before`` after its last clause end."""
    for back in range(len(before) - 1, -1, -1):
        if before[back] in CLAUSE_ENDS:
            return before[back + 1 :]
    return before


def _fuel_filled(words: Sequence[str]) -> set[int]:
    """The positions of "gas" a few words after a filling word, with no break between them."""
    fuel: set[int] = set()
    for i, word in enumerate(words):
        if word != "gas":
            continue
        for before in reversed(words[max(0, i - FILLED_REACH) : i]):
            if before in CLAUSE_ENDS:
                break
            if before in FILLING:
                fuel.add(i)
                break
    return fuel


def _figure_before(words: Sequence[str]) -> set[int]:
    """The words of the sentence before a marker of a figure, up to FIGURE_REACH of them."""
    figure: set[int] = set()
    for marker in (i for i, word in enumerate(words) if word in FIGURE_MARKERS):
        if marker > 0 and words[marker - 1] == "not":
            continue  # "not metaphorically": literally
        position = marker - 1
        while position >= max(0, marker - FIGURE_REACH) and words[position] not in SENTENCE_ENDS:
            figure.add(position)
            position -= 1
    return figure


def _things_parts(words: Sequence[str]) -> set[int]:
    """The body parts after "its" that no body part named just before owns."""
    return {
        i + 1
        for i, word in enumerate(words[:-1])
        if word == "its"
        and words[i + 1] in BODY_PARTS
        and not any(before in SITE_WORDS for before in words[max(0, i - OWNED_BY_A_PART) : i])
    }


def _eager(words: Sequence[str]) -> set[int]:
    """A twitching word right before "to" and a verb: keen to do it."""
    return {
        i
        for i, word in enumerate(words[:-2])
        if word in EAGER_WORDS and words[i + 1] == "to" and words[i + 2] not in NOT_A_VERB and words[i + 2].isalpha()
    }


def _broken_things(words: Sequence[str]) -> set[int]:
    """The broken words said of a thing named just before them, or of pieces after ("it smashed into bits")."""
    broken = set()
    for i, word in enumerate(words):
        if word not in BROKEN_WORDS:
            continue
        for before in reversed(words[max(0, i - BROKEN_REACH) : i]):
            if before in CLAUSE_ENDS:
                break
            if before in BROKEN_THINGS:
                broken.add(i)
        if i + 1 < len(words) and words[i + 1] in BROKEN_AFTER:
            broken.add(i)
    return broken


def _limb_tiredness(words: Sequence[str]) -> set[int]:
    """The tired words said of a limb next to them, or of what one is fed up with ("so tired of this twitching",
    "sick and tired of waiting")."""
    return {
        i
        for i, word in enumerate(words)
        if word in TIRED_WORDS
        and (
            (i > 0 and words[i - 1] in LIMB_WORDS)
            or (i + 1 < len(words) and words[i + 1] in LIMB_WORDS)
            or (words[i + 1 : i + 2] == ["of"] and TIRED_WORDS.isdisjoint(words[i + 2 : i + 2 + FED_UP_REACH]))
        )
    }


def _soft_drink(words: Sequence[str], finding: Finding) -> bool:
    """Whether the first drink named from the finding on is not alcohol."""
    for word in words[finding.first : max(finding.last, finding.first + DRINK_REACH) + 1]:
        if word in ALCOHOL_WORDS or word in CLAUSE_ENDS:
            return False
        if word in SOFT_DRINKS:
            return True
    return False
