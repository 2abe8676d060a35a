"""Whether each finding is said to be present, absent or uncertain, or only imagined.

Negation: a cue ("no", "without", "denies", "don't have", "free of", …) negates the first finding
after it in the same clause, and each further finding joined to it only by list words ("no numbness,
tingling or weakness"); a cue inside a finding's words negates it ("my legs aren't weak"), and so do
"none", "nil" or a "No." answering a question right after it. A clause ends at sentence punctuation
and at "but", "however" and the like, so "no pain, but the twitching never stops" negates only pain.
Pseudo-negations ("not only", "no doubt", "never stops", "not drinking enough", "don't know why") negate
nothing. A negation's first finding lies in its own part ("I never go barefoot and my feet are numb"),
and a list it reaches across commas ends at an item with its own verb ("twitches have been the same").
"I have neither" and "none of them" deny the findings just named.

Uncertainty (uncertainty.py: "not sure if", "can't tell", "maybe") makes findings uncertain.
Hypotheticals ("what if I get slurred speech") assert nothing, so their findings are dropped.

Red flags come first: a red flag that a negation reaches only from afar is uncertain rather than
absent, so that its question is still asked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence

from symptom_overlap.domain.parsing.answers import (
    ITEM_NUMBERS,
    YES_ANSWERS,
    doubt_answers_in,
    doubted_after,
    said_yes_after,
)
from symptom_overlap.domain.parsing.clauses import JOINERS, Segments
from symptom_overlap.domain.parsing.contrary import contrary_assertion
from symptom_overlap.domain.parsing.findings import Assertion, Finding
from symptom_overlap.domain.parsing.kin_reference import relative_had
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token
from symptom_overlap.domain.parsing.uncertainty import (
    ASKING,
    DOUBT_PHRASES,
    DOUBT_WORDS,
    DOUBTED,
    HEDGE_PHRASES,
    HEDGES,
    IMAGINING,
    WORKING_OUT,
    asks_what_it_is,
    cause_asked,
    complement_doubted,
    doubt_carried_over,
    doubted_before,
    doubted_findings,
    doubts,
    has_complement,
    hedged,
    hedges,
    name_doubted,
    named_after,
    points_back,
    same_evidence_nearby,
    second_thoughts,
)

NEGATION_CUES = frozenset(
    {
        "no", "not", "without", "never", "denies", "denied", "deny", "none", "nor", "neither", "nothing", "nobody",
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't",
        "hasnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "hadn't", "zero", "nil",
        "nothing's", "nothings",
    }
)  # fmt: skip
# "ruled out" is a test's answer; "to rule out" is still a question (FEAR).
NEGATION_PHRASES = WordSequences({("free", "of"), ("negative", "for"), ("ruled", "out")})
# Phrases that start with a negation word but do not deny anything ("no doubt", "without fail",
# "never stops"), or describe an inability, which is itself the symptom ("not able to lie flat").
PSEUDO_NEGATIONS = WordSequences(
    {
        ("not", "only"), ("not", "just"), ("no", "doubt"), ("not", "to", "mention"), ("no", "matter"),
        ("without", "fail"), ("not", "a", "day"), ("never", "used", "to"), ("not", "able"),
        ("haven't", "been", "able"), ("hasn't", "been", "able"), ("havent", "been", "able"), ("no", "longer", "able"),
        ("no", "improvement"), ("no", "change"), ("no", "better"), ("no", "reason"), ("no", "apparent", "reason"),
        ("never", "stops"), ("never", "stop"), ("never", "goes"), ("never", "go"), ("never", "ends"),
        ("never", "settles"), ("not", "stop"), ("not", "stopped"), ("doesn't", "stop"), ("doesnt", "stop"),
        ("don't", "stop"), ("dont", "stop"), ("won't", "stop"), ("wont", "stop"), ("not", "go", "away"),
        ("doesn't", "go", "away"), ("doesnt", "go", "away"), ("won't", "go", "away"), ("not", "getting", "better"),
        ("no", "warning"), ("without", "warning"), ("without", "meaning"), ("without", "trying"),
        ("not", "properly"), ("not", "even"), ("no", "idea"), ("no", "force"), ("no", "strength"), ("no", "grip"),
        ("no", "energy"), ("no", "feeling"), ("not", "much", "feeling"), ("nothing", "since"), ("nothing", "helps"),
        ("nothing", "helped"), ("nothing", "works"), ("nothing", "worked"), ("nothing", "eases"), ("nothing", "stops"),
        ("nothing", "like", "that"), ("nothing", "much"), ("nothing", "major"),
        ("nothing", "serious"), ("nothing", "wrong"), ("not", "sure"), ("not", "that"),
        ("nil", "by"),  # "nil by mouth because of choking": an order, not a denial
        # "my arm is not working", "the ankle one is not responding": a function lost, which is the symptom.
        ("not", "working"), ("isn't", "working"), ("isnt", "working"), ("aren't", "working"), ("arent", "working"),
        ("not", "work"), ("doesn't", "work"), ("doesnt", "work"), ("won't", "work"), ("wont", "work"),
        ("don't", "work"), ("dont", "work"), ("not", "responding"), ("isn't", "responding"),
        ("nothing's", "changed"), ("nothing's", "helped"), ("nothing's", "working"), ("nothing's", "wrong"),
        ("nothing's", "worked"),
        # "my breathing is not good lying down", "legs no good": a fine word denied is a complaint.
        ("not", "good"), ("not", "great"), ("not", "right"), ("not", "so", "good"), ("not", "too", "good"),
        ("not", "very", "good"), ("no", "good"), ("isn't", "good"), ("isnt", "good"), ("isn't", "great"),
        ("isnt", "great"), ("isn't", "right"), ("isnt", "right"), ("aren't", "good"), ("arent", "good"),
        ("aren't", "right"), ("arent", "right"),
    }
)  # fmt: skip
# The same fine words after a negation that a cue's later term follows: "breathing is not good lying down".
COMPLAINT_AFTER_NEGATION = frozenset({"good", "great", "right", "brilliant"})
# "zero balance", "zero grip": "zero" before a capacity says it is lost, not that a symptom is absent.
CAPACITIES = frozenset(
    {"balance", "strength", "energy", "grip", "feeling", "sensation", "coordination", "control", "stamina", "power"}
)
# "can not feel", "could not lift": an inability, not a denial.
INABILITY_BEFORE = frozenset({"can", "could", "cannot"})
SHORTFALL_REACH = 3
DOING = frozenset({"do", "does", "did", "doing"})
HYPOTHETICAL = WordSequences(
    {
        ("what", "if"), ("in", "case"), ("will", "i", "get"), ("i'll", "get"), ("ill", "get"), ("i'll", "end"),
        ("i'll", "start"), ("going", "to", "get"), ("afraid", "of", "getting"), ("scared", "of", "getting"),
        ("worried", "about", "getting"), ("if", "i", "get"), ("if", "i", "ever"), ("next", "it'll"),
        ("read", "about"), ("reading", "about"), ("read", "that"), ("read", "all"), ("reading", "all"),
        ("heard", "about"), ("heard", "that"), ("talk", "about"), ("talking", "about"), ("asking", "if"),
        ("asks", "if"), ("asked", "if"), ("thinking", "about"), ("thinking", "of"), ("considering",),
        ("planning", "to"), ("next", "year"), ("going", "to", "try"), ("want", "to", "try"), ("wants", "to", "try"),
        ("looking", "for"), ("checking", "for"), ("check", "for"), ("look", "for"),
    }
)  # fmt: skip
# "the brain fog people talk about": others whose topic the finding named just before them is.
OTHERS_TALKING = frozenset({"people", "everyone", "everybody", "others", "folks", "you", "they", "doctors"})
# Thinking about something may be the symptom itself ("thinking about ending things"): a red flag after
# these is read as said, not imagined.
THOUGHT_FRAMES = frozenset({("thinking", "about"), ("thinking", "of"), ("considering",)})
# A diagnosis named with these is feared or asked about, not made: "I'm terrified it's ALS", "do I have MND?".
FEAR = frozenset(
    {
        "scared", "afraid", "worried", "worry", "worries", "terrified", "fear", "fears", "frightened", "convinced",
        "panicking", "panic", "anxious", "anxiety", "think", "thinking", "thought", "wonder", "wondering", "could",
        "might", "maybe", "if", "whether", "suspect", "suspected", "possible", "possibly", "probable",
        "rule", "test", "tested", "testing", "checked", "reading", "read", "google", "googled", "googling",
        "symptoms", "sign", "signs", "like", "what", "would", "risk", "chance", "mimic", "mimics", "sure",
        "cause", "causes", "early", "forum", "stories", "sites",
    }
)  # fmt: skip
FEAR_REACH = 5  # words before a diagnosis in which fear or doubt makes it feared, not made
# After "don't know" or "not knowing", these take what follows as given: "why my B12 is low", "what's wrong".
KNOWN_GIVEN = (["why"], ["how"], ["what's"], ["whats"], ["what"])
JOINING_WORDS = frozenset({"but", "and", "so", "or"})
QUESTION_STARTS = frozenset(
    {"do", "does", "is", "could", "can", "have", "has", "what", "am", "should", "might", "would"}
)
# "none of them", "zero of those", "I have neither": a denial of the findings just named.
THOSE_DENIALS = frozenset({"none", "zero", "neither", "nothing"})
THOSE = frozenset({"them", "those", "these", "that", "it", "this"})
NOT_ONE_CUES = frozenset(
    {"haven't", "havent", "hasn't", "hasnt", "not", "never", "didn't", "didnt", "hadn't", "don't", "dont", "doesn't",
     "doesnt"}
)  # fmt: skip
NOT_ONE_VERBS = frozenset({"had", "seen", "noticed", "felt", "got", "get", "have", "see", "notice", "feel"})
# Not "get": "I don't get it" is also "I don't understand".
HAVING = frozenset({"have", "had", "experience", "experienced", "suffer", "notice", "noticed", "feel"})
HOLDERS = frozenset({"i", "he", "she", "they", "we"})  # "Cramps I don't have"
# Using denied of a substance or medicine just named: "we use nitrous at work, but I don't breathe it in myself",
# "cream chargers all day, never inhale them", "they gave me metformin but I don't take it".
USING = frozenset({"take", "use", "inhale", "breathe", "touch", "drink", "swallow", "sniff"})
# Words that may close such a denial before its part ends: "breathe it in myself", "don't take it either".
OBJECT_TAILS = frozenset({"in", "myself", "himself", "herself", "personally", "either", "at", "all"})
ONE_OBJECTS = (("a", "single", "one"), ("one",), ("any",))
TIME_AFTER = frozenset({"in", "since", "for", "tbh", "lately", "yet", "recently", "now", "anymore", "though", "tho"})
# A verb right after a list item makes it the subject of a new clause.
CLAUSE_VERBS = frozenset(
    {
        "is", "are", "was", "were", "have", "has", "had", "been", "keeps", "keep", "kept", "started", "starts",
        "feel", "feels", "felt", "seem", "seems", "got", "gets", "get", "comes", "came", "goes", "went", "still",
    }
)  # fmt: skip
PRONOUN_SUBJECTS = frozenset({"they", "they're", "theyre"})
# A state said after the item's first word makes it a statement of its own: "no cramps, mood low".
PREDICATES = frozenset(
    {"low", "weak", "weaker", "poor", "brisk", "absent", "numb", "abnormal", "positive", "worse", "present", "up"}
)
AFFIRMED = frozenset({"yes", "yep", "yeah", "yup", "y"})  # "no numbness, tingling yes": an answer of its own
SPAN_WORDS = frozenset({"x", "for", "over"})  # "x2d", "for 3 weeks", "over 2 months"
# A place after a list item, then its own verb: "…, the twitches in my thighs are the same".
PLACE_WORDS = frozenset({"in", "on", "at", "around", "under", "across", "down"})
PLACE_REACH = 5
FINE_TOO = frozenset({"normal", "fine", "ok", "okay", "negative", "unremarkable", "clear"})
# Limbs listed before a denied finding, across commas ("no hand, arm or leg weakness").
LISTED_LIMBS = frozenset(
    {"hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "finger", "fingers", "toe", "toes", "limb", "limbs"}
)
LISTED_SITES = LISTED_LIMBS | {",", "or", "and", "nor", "left", "right", "upper", "lower"}
# Words that may stand between findings of one negated list.
LIST_WORDS = frozenset(
    {",", "or", "and", "nor", "any", "no", "either", "other", "a", "an", "the", "my", "not", "never"}
)
# "people keep asking if I'm ill because I look pale": the reason is said, not asked.
REASON_WORDS = frozenset({"because", "cos", "coz", "cause", "since"})
# A denied heading before a colon: "Things I DON'T have:", "Not symptoms:", "Negatives:" (not "I don't know: …").
HEADING_WORDS = 4
NOT_A_HEADING = frozenset(
    {"know", "sure", "understand", "why", "how", "what", "if", "mind", "care", "mention", "mentioned", "tell", "told",
     "say", "said", "ask", "asked", "help", "helped", "helps", "work", "worked", "bother", "worry", "want"}
)  # fmt: skip
# "can't … without", "never … without", "hard to … without": a double negative asserts.
DOUBLE_NEGATORS = NEGATION_CUES.union(
    {"can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont", "hardly", "barely", "hard", "difficult",
     "impossible", "struggle", "struggling", "unable"}
) - {"without"}  # fmt: skip
DOUBLE_NEGATIVE_REACH = 8
STRETCH_ENDS = frozenset({",", ".", "!", "?", ";", ":", "\n", "but", "however", "although", "though", "yet"})
# "no symptoms apart from tiredness": what a denial excepts is said, not denied.
EXCEPTIONS = WordSequences(
    {("apart", "from"), ("aside", "from"), ("other", "than"), ("besides",), ("save", "for"), ("excluding",),
     ("barring",), ("except",), ("bar", "the"), ("bar", "some"), ("bar", "a")}
)  # fmt: skip
# "no one" and "nobody" deny only as holders of a finding: "no one in my family has had MND", "nobody else has it".
NO_ONE = frozenset({"nobody", "no"})
NO_ONE_HAVING = frozenset(
    {"in", "else", "has", "had", "have", "ever", "on", "from", "of", "with", "suffers", "suffered", "got", "gets",
     "was", "is", "that", "i", "among"}
)  # fmt: skip
RELATIVES = frozenset({"where", "when", "which", "whereby"})  # "episodes where I lost my speech"
KINDS = frozenset({"symptoms", "symptom", "signs", "sign", "problems", "issues", "things"})
EXAMPLE_WORDS = frozenset({"like", "such", "as", "e.g.", "eg", "including", "incl"})
SUBJECT_WORDS = frozenset({"i", "my", "he", "she", "his", "her", "they", "we", "and", "but"})
TURNS_TO_NOW = frozenset({"now", "nowadays"})  # between a negation's object and a finding after it
MAX_CUE_DISTANCE = 8  # words between a cue and the first finding it negates
RED_FLAG_CUE_DISTANCE = 4  # beyond this, a negated red flag is uncertain instead
# Read once here: on Python 3.11 each read of an enum member passes EnumType's __getattr__ hook (about 0.1 us).
_PRESENT, _ABSENT, _UNCERTAIN = Assertion.PRESENT, Assertion.ABSENT, Assertion.UNCERTAIN


# The first words of every cue, so that most words are passed over with one lookup.
CUE_STARTS = (
    NEGATION_CUES
    | HEDGES
    | DOUBT_WORDS
    | DOUBTED
    | NEGATION_PHRASES.first_words
    | HEDGE_PHRASES.first_words
    | DOUBT_PHRASES.first_words
    | HYPOTHETICAL.first_words
    | THOSE_DENIALS
    | IMAGINING
    | ASKING
    | WORKING_OUT
)


def assertions(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    red_flags: Collection[str],
    diagnoses: Collection[str],
    denied_after_token: Callable[[int], bool],
) -> list[Assertion | None]:
    """Each finding's assertion, or None for a finding that is only imagined ("what if I get …", "I'm
    scared it's ALS": a diagnosis named with fear or a question is not a diagnosis made). ``denied_after_token``
    is ``denied_after`` over these words, shared with cue lookup, which has already asked it of most tokens."""
    # A finding's own words are not cues: "can't feel my feet", "don't want to live", "couldn't tell which way".
    covered = {index for finding in findings for index in finding.own_tokens()}
    # ... but a hedge a phrase skipped over still doubts: "my speech might be slurred".
    phrase_words = {index for finding in findings for index in finding.words or finding.own_tokens()}
    in_order = sorted(range(len(findings)), key=lambda i: (findings[i].first, findings[i].last))
    negated: dict[int, bool] = {}  # finding index -> reached only from afar
    uncertain: set[int] = set()
    label_doubted: set[int] = set()  # doubted as named: "not sure if this counts as drooling"
    imagined: set[int] = set()
    kept_from_imagined: set[int] = set()  # "I read that cramps come first. I have neither."
    for index in [index for index, word in enumerate(words) if word in CUE_STARTS]:
        if index in covered and (index in phrase_words or not hedges(words, index)):
            continue
        if (frame := HYPOTHETICAL.at(words, index)) and not _own_after(words, index + len(frame)):
            reason = _reason_after(words, segments, index)
            imagined |= {
                i
                for i in doubted_findings(segments, findings, index, own_clause_only=True) - kept_from_imagined
                if (frame not in THOUGHT_FRAMES or findings[i].evidence_id not in red_flags)
                and findings[i].first < reason
            }
            imagined |= _topic_before(words, findings, index) - kept_from_imagined
        elif asks_what_it_is(tokens, segments, index):
            asked = doubted_findings(segments, findings, index, own_clause_only=True)
            uncertain |= asked
            label_doubted |= asked
        elif hedges(words, index):
            uncertain |= hedged(tokens, findings, index) or doubt_carried_over(
                tokens, segments, findings, index, hedge=True
            )
        elif doubts(tokens, words, index):
            if has_complement(words, index):
                doubted = complement_doubted(segments, findings, cause_asked(tokens, index))
                if not doubted and points_back(tokens, index):
                    doubted = doubted_before(segments, findings, index)
                if not doubted:
                    doubted = doubt_carried_over(tokens, segments, findings, index, hedge=False)
                label_doubted |= doubted
            else:
                doubted = named_after(segments, findings, index)
                if not doubted and name_doubted(tokens, index) is None:
                    doubted = doubted_findings(segments, findings, index, own_clause_only=False)
            uncertain |= doubted
        elif fronted := _fronted_denial(tokens, words, findings, index):
            for finding_index in fronted:
                negated.setdefault(finding_index, False)
        elif _denies_those_before(tokens, words, index):
            said = _said_before(segments, findings, index)
            if words[index] in NOT_ONE_CUES:  # "one" is the last thing named: "… for twitches. Not seen one."
                said = _last_part(segments, findings, said)
            for finding_index in said:
                imagined.discard(finding_index)
                negated.setdefault(finding_index, True)
                kept_from_imagined.add(finding_index)
        elif _negates(words, index):
            for finding_index, distance in _scope(tokens, words, segments, findings, in_order, index).items():
                negated[finding_index] = negated.get(finding_index, True) and distance > RED_FLAG_CUE_DISTANCE
    uncertain |= same_evidence_nearby(segments, findings, label_doubted, set(negated))
    uncertain |= {
        i
        for i in second_thoughts(tokens, words, segments, findings) - set(negated)
        if not findings[i].absent or _asserted_without(words, findings[i])
    }
    if uncertain and not YES_ANSWERS.isdisjoint(words):
        uncertain = {
            i
            for i in uncertain
            if not any(said_yes_after(words, last) for last in {findings[i].last, max(findings[i].own_tokens())})
        }
    answered_with_doubt = doubt_answers_in(words)
    for finding_index, finding in enumerate(findings):
        if answered_with_doubt and doubted_after(words, finding.last):
            uncertain.add(finding_index)
        if (finding.absent and not _asserted_without(words, finding)) or denied_after_token(finding.last):
            negated[finding_index] = False
            if finding.absent:
                negated.update(dict.fromkeys(_list_after(tokens, findings, in_order, finding_index), False))
        if finding.evidence_id in diagnoses and _feared(words, segments, finding):
            clause_first, _ = segments.clause_bounds[segments.clause[finding.first]]
            # Unsure whether a relative had it ("I think my gran had MND") is an uncertain family history.
            if relative_had(words, clause_first, finding.first, finding.last):
                uncertain.add(finding_index)
            else:
                imagined.add(finding_index)
    result: list[Assertion | None] = []
    for finding_index, finding in enumerate(findings):
        if finding.contrary and finding_index not in imagined:
            denied = finding.absent or finding_index in negated
            result.append(contrary_assertion(words, segments, finding, denied, finding_index in uncertain))
        elif finding_index in imagined or (finding.hint and finding_index in negated):
            result.append(None)  # a denied hint says nothing: "I don't feel like a burden"
        elif finding_index in uncertain or finding.hint:
            result.append(_UNCERTAIN)
        elif finding_index in negated:
            from_afar = negated[finding_index] and finding.evidence_id in red_flags
            result.append(_UNCERTAIN if from_afar else _ABSENT)
        else:
            result.append(_PRESENT)
    return _doubts_kept(segments, findings, result)


def _doubts_kept(
    segments: Segments, findings: Sequence[Finding], result: list[Assertion | None]
) -> list[Assertion | None]:
    """ "Maybe my foot is dragging? … I don't notice tripping": a plain name denied after a doubt about the same
    evidence, in that sentence or the next, leaves it in doubt."""
    if Assertion.UNCERTAIN not in result or Assertion.ABSENT not in result:
        return result
    doubted: dict[str, list[int]] = {}
    for finding, assertion in zip(findings, result, strict=True):
        if assertion is Assertion.UNCERTAIN and not finding.denial_only:
            doubted.setdefault(finding.evidence_id, []).append(segments.sentence[finding.first])
    if not doubted:
        return result
    return [
        Assertion.UNCERTAIN
        if assertion is Assertion.ABSENT
        and finding.denial_only
        and any(0 <= segments.sentence[finding.first] - s <= 1 for s in doubted.get(finding.evidence_id, ()))
        else assertion
        for finding, assertion in zip(findings, result, strict=True)
    ]


def _topic_before(words: Sequence[str], findings: Sequence[Finding], frame: int) -> set[int]:
    """ "the brain fog people talk about", "the weakness you read about": a finding named just before others
    who talk or read about it is their topic."""
    if frame < 2 or words[frame - 1] not in OTHERS_TALKING:
        return set()
    return {i for i, finding in enumerate(findings) if finding.last == frame - 2 and not finding.absent}


def _own_after(words: Sequence[str], index: int) -> bool:
    """ "got me thinking about my own calf twitches": what follows is the writer's own, not a topic."""
    return words[index : index + 2] == ["my", "own"]


def _reason_after(words: Sequence[str], segments: Segments, index: int) -> int:
    """Where a reason given for a question or a topic starts in its clause (past its end when none), or a
    new part with its own subject: in "I read that ALS starts in one hand, and now my right hand is weaker"
    the hand is said, not read about."""
    last = segments.clause_bounds[segments.clause[index]][1]
    for j in range(index + 1, last + 1):
        if words[j] in REASON_WORDS:
            return j
        if (
            words[j] in JOINERS
            and segments.part[j] != segments.part[j - 1]
            and segments.part_bounds[segments.part[j]][0] == j
        ):
            return j
    return last + 1


def _negates(words: Sequence[str], index: int) -> bool:
    if not (words[index] in NEGATION_CUES or NEGATION_PHRASES.at(words, index)):
        return False
    if _double_negative(words, index):
        return False
    if index > 0 and words[index - 1] in INABILITY_BEFORE:
        return False
    if words[index] == "nothing" and index > 0 and words[index - 1] in DOING:
        return False  # "I sit and do nothing and I'm short of breath": an idle spell, not a denial
    if "enough" in words[index + 1 : index + 1 + SHORTFALL_REACH]:
        return False  # "not drinking enough", "don't have enough strength": a shortfall, not a denial
    if words[index + 1 : index + 2] in (["know"], ["knowing"]) and words[index + 2 : index + 3] in KNOWN_GIVEN:
        return False  # "don't know why my B12 is low", "the not knowing what's wrong with my hands" take it as given
    if words[index] == "no" and words[index + 1 : index + 2] and words[index + 1] in ITEM_NUMBERS:
        return False  # "numbness no three balance yes": the answer to one item, then the next item
    if words[index] in NO_ONE and _others_act(words, index):
        return False  # "nobody believes me that my legs are weak", "no one can tell me why": others' acts, not denials
    if words[index] == "zero":  # "zero balance", "zero energy": a capacity lost, which is the symptom
        return words[index + 1 : index + 2] != [] and words[index + 1] not in CAPACITIES
    return PSEUDO_NEGATIONS.at(words, index) is None


def _others_act(words: Sequence[str], index: int) -> bool:
    """ "no one listens", "nobody can tell me": no one doing something, not no one having had it ("no one in my
    family has had MND", "nobody else had it")."""
    position = index + 2 if words[index] == "no" else index + 1
    if words[index] == "no" and words[index + 1 : index + 2] != ["one"]:
        return False
    following = words[position : position + 1]
    if following == ["in"]:  # "no one in my family": what they do comes after the place
        following = words[position + 3 : position + 4]
    return bool(following) and following[0] not in NO_ONE_HAVING


def _double_negative(words: Sequence[str], index: int) -> bool:
    """ "can't drink without choking", "never eat a meal without coughing": a negation and "without" in one
    stretch of words say the finding comes every time, not that it is absent."""
    if words[index] == "without":
        before = _stretch(reversed(words[max(0, index - DOUBLE_NEGATIVE_REACH) : index]))
        return any(word in DOUBLE_NEGATORS for word in before)
    return "without" in _stretch(words[index + 1 : index + 1 + DOUBLE_NEGATIVE_REACH])


def _asserted_without(words: Sequence[str], finding: Finding) -> bool:
    """A cue denied only by a "without" between its words that is a double negative: "can't drink anything
    without choking"."""
    inside = [i for i in range(finding.first, finding.last + 1) if words[i] in NEGATION_CUES]
    return bool(inside) and all(words[i] == "without" and _double_negative(words, i) for i in inside)


def _stretch(words: Iterable[str]) -> list[str]:
    """Words up to a comma or the end of a clause."""
    stretch = []
    for word in words:
        if word in STRETCH_ENDS:
            break
        stretch.append(word)
    return stretch


def _feared(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    """Fear or doubt just before it ("scared it's ALS"), or between a cue's words ("I've read that ALS"), or a
    question about it ("Could this be MND?")."""
    clause_first, _ = segments.clause_bounds[segments.clause[finding.first]]
    if any(word in FEAR for word in words[max(clause_first, finding.first - FEAR_REACH) : finding.first]):
        return True
    own = set(finding.own_tokens())
    if finding.cue and any(words[i] in FEAR for i in range(finding.first, finding.last) if i not in own):
        return True
    first, last = segments.sentence_bounds[segments.sentence[finding.first]]
    if words[last] != "?":
        return False
    # "Eye twitch for 3 weeks, is this the start of ALS?": the question may open the diagnosis's own part
    part_first = segments.part_bounds[segments.part[finding.first]][0]
    if words[part_first] in JOINING_WORDS and part_first < finding.first:
        part_first += 1
    return words[first] in QUESTION_STARTS or words[part_first] in QUESTION_STARTS


def _denies_those_before(tokens: Sequence[Token], words: Sequence[str], index: int) -> bool:
    """'I have neither', 'none of them', 'zero of those', "haven't had one in years", "haven't seen a single
    one": a denial of what was just named."""
    following = words[index + 1 : index + 3]
    if words[index] in THOSE_DENIALS and following[:1] == ["of"] and following[1:] and following[1] in THOSE:
        return True
    if words[index] in NOT_ONE_CUES and (_not_one(tokens, index) or _not_having_that(tokens, index)):
        return True
    ends = index + 1 >= len(tokens) or tokens[index + 1].ends_clause or tokens[index + 1].is_comma
    return words[index] == "neither" and ends


def _fronted_denial(tokens: Sequence[Token], words: Sequence[str], findings: Sequence[Finding], index: int) -> set[int]:
    """ "Cramps I don't have.", "Weakness he never had": a finding put first, then its holder and having denied,
    ending the part (spoken and non-native word order)."""
    if index < 2 or words[index - 1] not in HOLDERS or words[index] not in NOT_ONE_CUES:
        return set()
    verb = index + 1
    if verb >= len(tokens) or tokens[verb].word not in HAVING:
        return set()
    end = verb + 1
    if end < len(tokens) and not (tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER):
        return set()
    return {i for i, finding in enumerate(findings) if finding.last == index - 2}


def _not_having_that(tokens: Sequence[Token], index: int) -> bool:
    """ "I don't have that", "never had those", "I don't really experience it": having denied of what was just
    named, ending its part."""
    position = index + 1
    if position < len(tokens) and tokens[position].word in {"really", "actually", "personally"}:
        position += 1
    if position + 1 >= len(tokens) or tokens[position + 1].word not in THOSE:
        return False
    verb = tokens[position].word
    if verb not in HAVING and verb not in USING:
        return False
    end = position + 2
    while verb in USING and end < len(tokens) and tokens[end].word in OBJECT_TAILS:
        end += 1
    return end >= len(tokens) or tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER


def _last_part(segments: Segments, findings: Sequence[Finding], said: set[int]) -> set[int]:
    if not said:
        return said
    last = max(segments.part[findings[i].first] for i in said)
    return {i for i in said if segments.part[findings[i].first] == last}


def _not_one(tokens: Sequence[Token], index: int) -> bool:
    """ "haven't had one", "not seen a single one", "never noticed any": a verb of having or seeing, then "one"
    or "any" as its whole object (the part ends, or only a word of time follows)."""
    position = index + 1
    if position < len(tokens) and tokens[position].word in NOT_ONE_VERBS:
        position += 1
    for sequence in ONE_OBJECTS:
        end = position + len(sequence)
        if tuple(token.word for token in tokens[position:end]) == sequence:
            return (
                end >= len(tokens) or tokens[end].ends_clause or tokens[end].is_comma or tokens[end].word in TIME_AFTER
            )
    return False


def _said_before(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """The findings before the cue in its sentence, or else in the sentence before."""
    sentence = segments.sentence[cue]
    for wanted in (sentence, segments.sentence_before(sentence)):
        found = {i for i, f in enumerate(findings) if f.last < cue and segments.sentence[f.first] == wanted}
        if found:
            return found
    return set()


def _scope(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    in_order: Sequence[int],
    cue: int,
) -> dict[int, int]:
    """The findings a cue at token ``cue`` reaches, each with the distance in words to the first of them. The
    first must be in the cue's part: in "I never walk far and my toes are numb" the toes are not denied."""
    reached: dict[int, int] = {}
    reached_words: set[int] = set()  # the words of the findings reached
    reached_parts = {segments.part[cue]}  # a finding over their words is reached only in their parts
    previous_end = cue
    distance: int | None = None
    headed = False  # under a denied heading, a state word makes no clause: "Denies: legs weak, numbness"
    after_cue = bisect_right(in_order, cue, key=lambda finding_index: findings[finding_index].first)
    for finding_index in in_order[after_cue:]:
        finding = findings[finding_index]
        if distance is not None and (
            finding.first <= previous_end
            or (segments.part[finding.first] in reached_parts and not reached_words.isdisjoint(finding.own_tokens()))
        ):
            reached[finding_index] = distance  # over the words of one reached ("lost my speech or vision")
            reached_words.update(finding.own_tokens())
            continue
        # The words between are read as a slice of words (set tests in C); a clause ends between them exactly
        # when the clause number changes from the first of them to the finding.
        between = tokens[previous_end + 1 : finding.first]
        between_words = words[previous_end + 1 : finding.first]
        if EXCEPTIONS.occur_in(between_words):
            break
        if distance is None and (heading := _list_heading(tokens, findings, finding_index, cue, between)):
            distance = finding.first - heading
            headed = True
        elif segments.clause[previous_end + 1] != segments.clause[finding.first]:
            break
        elif distance is None:
            if len(between) > MAX_CUE_DISTANCE or (
                segments.part[finding.first] != segments.part[cue] and not _sites_listed(between_words)
            ):
                break  # (sites listed before it are its own: "no hand, arm or leg weakness")
            if not TURNS_TO_NOW.isdisjoint(between_words[1:]):
                break  # "never supplemented - now tingling feet": what is said now is not denied
            distance = finding.first - cue
        elif (
            not LIST_WORDS.issuperset(between_words)
            and not _one_item_between(between)
            and not _describes_it(between)
            and not _examples_of(between_words)
        ):
            break
        elif "," in between_words and _starts_a_clause(tokens, finding, headed):
            break  # "it isn't getting worse, twitches have been the same": a new clause, not a list item
        reached[finding_index] = distance
        reached_words.update(finding.own_tokens())
        reached_parts.add(segments.part[finding.first])
        previous_end = max(previous_end, _reached_end(finding))
    return reached


def _sites_listed(words: Sequence[str]) -> bool:
    """The words are limbs listed with commas and "or" and nothing else ("hand, arm or"), not a bare "no,"."""
    return LISTED_SITES.issuperset(words) and not LISTED_LIMBS.isdisjoint(words)


def _list_heading(
    tokens: Sequence[Token], findings: Sequence[Finding], first: int, cue: int, between: Sequence[Token]
) -> int | None:
    """The colon of a denied heading over a list ("Things I don't have: double vision, …", "NOT symptoms:
    weakness, slurring"), when the first finding after it is a bare list item; else None."""
    ends = [offset for offset, token in enumerate(between) if token.ends_clause]
    if len(ends) != 1 or between[ends[0]].word != ":" or ends[0] > HEADING_WORDS:
        return None
    if any(token.word in NOT_A_HEADING for token in between[: ends[0]]):
        return None
    after = between[ends[0] + 1 :]
    if any(token.word not in LIST_WORDS for token in after) or _starts_a_clause(tokens, findings[first], listed=True):
        return None
    return cue + 1 + ends[0]


def _reached_end(finding: Finding) -> int:
    """Where a reached finding ends for the list that may follow it: a cue's words may stand far apart
    ("not sleeping … dozing in his chair"), and what stands between them is not part of the list."""
    if finding.cue and finding.anchor is not None:
        return finding.anchor[1]
    return finding.last


def _starts_a_clause(tokens: Sequence[Token], finding: Finding, listed: bool = False) -> bool:
    """A verb follows the item, or stands inside it after its first word ("no weakness, my feet are numb",
    "no cramps, vibration reduced"), and not one saying it is fine too ("no tingling, my sugar is normal").
    In a list under a denied heading (``listed``) a state word inside the item is shorthand for it
    ("Denies: legs weak, numbness"); only a verb makes a clause there."""
    if tokens[finding.first].word in PRONOUN_SUBJECTS:  # limbs named again as "they" (body_site.py)
        return True
    following = [token.word for token in tokens[finding.last + 1 : finding.last + 4]]
    inner = [tokens[i].word for i in finding.own_tokens() if i > finding.first]
    said_of_it = bool(following) and (following[0] in CLAUSE_VERBS or following[0] in AFFIRMED)
    if following[:1] and following[0] in PLACE_WORDS:  # "twitches in my thighs are the same"
        place = []
        for token in tokens[finding.last + 1 : finding.last + 1 + PLACE_REACH]:
            if token.ends_clause or token.is_comma:
                break
            place.append(token.word)
        said_of_it = any(word in CLAUSE_VERBS for word in place[1:])
    said_inside = bool(CLAUSE_VERBS.intersection(inner)) or (
        not listed
        and (
            (bool(inner) and inner[-1].endswith("ed")) or bool(PREDICATES.intersection(inner))
        )  # "denies SI, mood low"
    )
    return (said_of_it or said_inside or _own_time_span(following)) and not FINE_TOO.intersection(inner + following[1:])


def _own_time_span(following: Sequence[str]) -> bool:
    """ "no saddle anaesthesia, back pain x2d", "no numbness, tingling for 3 weeks": an item with its own duration
    is said, not listed among the denied."""
    for word, after in zip(following, [*following[1:], ""], strict=False):
        if word in (",", ".", ";", ":", "\n"):
            return False
        if word == "since" or (word in SPAN_WORDS and after[:1].isdigit()) or (word[:1] == "x" and word[1:2].isdigit()):
            return True
    return False


def _describes_it(between: Sequence[Token]) -> bool:
    """ "never had funny turns where things came and went", "no weak spells that came and went": a relative clause
    describes the finding denied (its noun may stand first: "spells that"). "that" only without a subject of its own
    ("no cramps that I noticed and my legs are weak" says the legs)."""
    if not between or any(token.ends_clause or token.is_comma for token in between):
        return False
    start = 1 if len(between) > 1 and between[0].word not in RELATIVES else 0
    word = between[start].word
    if word == "that":
        return SUBJECT_WORDS.isdisjoint(token.word for token in between[start + 1 :])
    return word in RELATIVES and (start == 0 or word != "when")


def _examples_of(between: Sequence[str]) -> bool:
    """ "no ALS symptoms like weakness or slurring", "none of the signs, such as twitching": examples of a kind denied
    are denied with it (not "no weakness like my mum had", a comparison)."""
    return (
        not KINDS.isdisjoint(between)
        and not EXAMPLE_WORDS.isdisjoint(between)
        and (EXAMPLE_WORDS | KINDS | LIST_WORDS | {"of", "classic", "typical", "usual", "main", "other"}).issuperset(
            between
        )
    )


def _one_item_between(between: Sequence[Token]) -> bool:
    """', choking,' in 'denies dysphagia, choking, orthopnoea': one more list item that names nothing known."""
    return len(between) == 3 and between[0].is_comma and between[2].is_comma and not between[1].ends_clause


FINE_INSIDE = frozenset({"fine", "ok", "okay", "normal", "good", "alright", "great"})


def _list_after(tokens: Sequence[Token], findings: Sequence[Finding], in_order: Sequence[int], denied: int) -> set[int]:
    """Findings joined by list words to one denied in its own words: 'EMG showed no fibrillations or
    fasciculation potentials'."""
    reached: set[int] = set()
    previous_end = findings[denied].last
    # "breathing's fine in bed, puffed out on stairs": a function said fine in a setting is no list heading
    said_fine_inside = any(token.word in FINE_INSIDE for token in tokens[findings[denied].first : previous_end])
    for finding_index in in_order[in_order.index(denied) + 1 :]:
        finding = findings[finding_index]
        if finding.first <= previous_end:
            continue
        between = tokens[previous_end + 1 : finding.first]
        if not between or any(token.word not in LIST_WORDS for token in between):
            break
        if any(token.is_comma for token in between) and (said_fine_inside or _starts_a_clause(tokens, finding)):
            break  # "feet aren't numb, they're burning"
        reached.add(finding_index)
        previous_end = finding.last
    return reached
