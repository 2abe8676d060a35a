"""Negation cues and their scope: which findings a negation denies.

A cue ("no", "without", "denies", "don't have", "free of", …) negates the first finding after it in the same
clause, within a few words, and each further finding joined to it only by list words (``denied_lists.py``). A
clause ends at sentence punctuation and at "but", "however" and the like, so "no pain, but the twitching never
stops" negates only pain. Pseudo-negations ("not only", "no doubt", "never stops", "not drinking enough", "don't
know why") negate nothing. A negation's first finding lies in its own part ("I never go barefoot and my feet are
numb"), and what a denial excepts is said ("no symptoms apart from tiredness").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import takewhile

from symptom_overlap.domain.parsing.answers import ITEM_NUMBERS
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.denied_lists import (
    LIST_WORDS,
    describes_it,
    examples_of,
    list_heading,
    one_item_between,
    reached_end,
    sites_listed,
    starts_a_clause,
)
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

NEGATION_CUES = frozenset(
    {
        "no", "not", "without", "never", "denies", "denied", "deny", "none", "nor", "neither", "nothing", "nobody",
        "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't",
        "hasnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "hadn't", "zero", "nil",
        "nothing's", "nothings",
    }
)  # fmt: skip
# "ruled out" is a test's answer; "to rule out" is still a question (FEAR).
# "I wouldn't say confused", "I'd not call it weakness": a finding judged not to be the word for it is denied.
NEGATION_PHRASES = WordSequences(
    {("free", "of"), ("negative", "for"), ("ruled", "out")}
    | {(would, verb) for would in ("wouldn't", "wouldnt") for verb in ("say", "call", "describe")}
    | {("would", "not", verb) for verb in ("say", "call", "describe")}
    # "I can't find anything weak", "the GP couldn't find any wasting": a search that found nothing ("can't find my
    # words" is no search, and stays a finding)
    | {(cant, "find", what) for cant in ("can't", "cant", "cannot", "couldn't", "couldnt", "didn't", "didnt")
       for what in ("any", "anything")}
    | {("could", "not", "find", what) for what in ("any", "anything")}
)  # fmt: skip
# Phrases that start with a negation word but do not deny anything ("no doubt", "without fail",
# "never stops"), or describe an inability, which is itself the symptom ("not able to lie flat").
PSEUDO_NEGATIONS = WordSequences(
    {
        ("not", "only"), ("not", "just"), ("no", "doubt"), ("not", "to", "mention"), ("no", "matter"),
        ("without", "fail"), ("not", "a", "day"), ("never", "used", "to"), ("not", "able"),
        ("haven't", "been", "able"), ("hasn't", "been", "able"), ("havent", "been", "able"), ("no", "longer", "able"),
        ("not", "been", "able"),  # "I've not been able to wee": the British "haven't been able", an inability
        ("no", "improvement"), ("no", "change"), ("no", "better"), ("no", "reason"), ("no", "apparent", "reason"),
        ("never", "stops"), ("never", "stop"), ("never", "ends"),
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
# Negation words that say more is to come, so what follows is said: "not just tired", "not only numb", "no doubt".
AFFIRMING = WordSequences({("not", "just"), ("not", "only"), ("not", "to", "mention"), ("no", "doubt")})
# The same fine words after a negation that a cue's later term follows: "breathing is not good lying down".
COMPLAINT_AFTER_NEGATION = frozenset({"good", "great", "right", "brilliant"})
# "zero balance", "zero grip": "zero" before a capacity says it is lost, not that a symptom is absent.
CAPACITIES = frozenset(
    {"balance", "strength", "energy", "grip", "feeling", "sensation", "coordination", "control", "stamina", "power"}
)
# "can not feel", "could not lift": an inability, not a denial.
INABILITY_BEFORE = frozenset({"can", "could", "cannot"})
SHORTFALL_REACH = 3
# "I don't breathe well lying flat", "she doesn't swallow properly": a doing denied its manner is done badly.
MANNER_SHORTFALL = frozenset({"well", "properly", "normally"})
DOING = frozenset({"do", "does", "did", "doing"})
IDLE_INTENSIFIERS = frozenset({"absolutely", "literally", "just", "really", "totally"})
# After "don't know" or "not knowing", these take what follows as given: "why my B12 is low", "what's wrong".
KNOWN_GIVEN = (["why"], ["how"], ["what's"], ["whats"], ["what"])
# "can't … without", "never … without", "hard to … without": a double negative asserts.
DOUBLE_NEGATORS = NEGATION_CUES.union(
    {"can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont", "hardly", "barely", "hard", "difficult",
     "impossible", "struggle", "struggling", "unable"}
) - {"without"}  # fmt: skip
DOUBLE_NEGATIVE_REACH = 8
PAIRED = frozenset({"never", "not"})
# A subject that starts the verb "without" belongs to: a negation before it is another clause's ("no falls and
# she's drinking without coughing").
NEW_SUBJECTS = frozenset({"i", "i'm", "im", "she", "she's", "shes", "he", "he's", "hes", "they", "they're", "we"})
# "don't feel nothing": a negation repeated by "nothing" after a verb of sensing or knowing (negative concord).
CONCORD_NEGATORS = frozenset(
    {"don't", "dont", "didn't", "didnt", "can't", "cant", "couldn't", "couldnt", "doesn't", "doesnt", "never"}
)
NOTHING_AMISS = frozenset({"wrong", "unusual", "different", "strange", "odd", "bad", "weird", "amiss", "abnormal"})
CONCORD_VERBS = frozenset({"feel", "feels", "felt", "know", "knew", "remember", "see", "saw", "hear", "notice"})
# "can't say (that) I haven't": a saying verb, then at most a "that" and a person, before the denial.
SAYINGS = frozenset({"say", "claim", "pretend", "deny"})
SAID_DENIAL_FILLERS = frozenset({"that", "i", "he", "she", "they", "we", "it"})
SAID_DENIAL_REACH = 4
STRETCH_ENDS = frozenset({",", ".", "!", "?", ";", ":", "\n", "but", "however", "although", "though", "yet"})
# "no symptoms apart from tiredness": what a denial excepts is said, not denied.
EXCEPTIONS = WordSequences(
    {("apart", "from"), ("aside", "from"), ("other", "than"), ("besides",), ("save", "for"), ("excluding",),
     ("barring",), ("except",), ("bar", "the"), ("bar", "some"), ("bar", "a"),
     ("as", "much", "as"), ("so", "much", "as")}  # "doesn't bother me as much as the tiredness": the greater
)  # fmt: skip
# "no one" and "nobody" deny only as holders of a finding: "no one in my family has had MND", "nobody else has it".
NO_ONE = frozenset({"nobody", "no"})
NO_ONE_HAVING = frozenset(
    {"in", "else", "has", "had", "have", "ever", "on", "from", "of", "with", "suffers", "suffered", "got", "gets",
     "was", "is", "that", "i", "among"}
)  # fmt: skip
# The words of a place of people after "no one in": "no one in my own family", "nobody in the whole family".
PLACE_WORDS = frozenset(
    {"my", "our", "the", "his", "her", "their", "own", "whole", "immediate", "extended", "close", "wider", "family",
     "families", "side", "household", "house", "lot"}
)  # fmt: skip
PLACE_REACH = 7  # words after "no one" that a place may take
# Words after "not that" that make it no hedged denial of what follows.
NOT_A_DEGREE = frozenset(
    {"i", "im", "it", "its", "he", "hes", "she", "shes", "we", "they", "you", "there", "this", "these", "those",
     "the", "a", "an", "my", "his", "her", "our", "their", "your", "me", "him", "us", "them", "anyone", "anybody",
     "someone", "somebody", "everyone", "anything", "one", "ones", "way", "kind", "sort", "is", "was", "would",
     "will", "long", "far", "often", "much", "many", "bad", "big", "old", "young", "sure", "certain", "worried",
     "bothered", "concerned", "fussed", "scared", "anxious", "serious", "important", "noticeable",
     "different", "new", "unusual", "common", "rare", "easy", "hard", "simple", "likely", "helpful", "interested"}
)  # fmt: skip
# Verbs after "nothing like that" that make it the subject of what follows: "nothing like that came on suddenly".
HAPPENING = frozenset({"came", "comes", "happened", "happens", "started", "starts", "began", "went", "has", "had"})
TURNS_TO_NOW = frozenset({"now", "nowadays"})  # between a negation's object and a finding after it
NAMED_BY_OTHERS = frozenset({"diagnosed", "tested", "told", "checked", "treated", "screened", "seen", "referred"})
NEW_REACH = 10  # words after "never" in which "before" says a first time
MAX_CUE_DISTANCE = 8  # words between a cue and the first finding it negates
# "it never goes", "never goes away", "never really goes off": a symptom that stays. Before a state word "go" is a
# change of state and "never" denies it: "I never go wobbly", "my feet never go numb".
GOING = frozenset({"go", "goes"})
STAYING_AFTER = frozenset({"away", "off", "down", "completely", "fully", "entirely", "altogether"}) | STRETCH_ENDS
# "no bad thoughts to hurt myself", "no dark thoughts of ending it": what a denied finding is about, told right after
# it, is the same finding and denied with it.
CONTENT_LINKS = frozenset({"to", "of", "about"})
# ", and my face very white", ", and her legs so weak": after a comma, "and" with a possessive opens a new clause
# with its own subject, even with its verb left out; a denied list goes on with bare items ("no pain, and no cramps").
NEW_SUBJECT_OPENING = ([",", "and", "my"], [",", "and", "his"], [",", "and", "her"], [",", "and", "their"])


def negates_at(words: Sequence[str], index: int) -> bool:
    if not (words[index] in NEGATION_CUES or NEGATION_PHRASES.at(words, index)):
        return False
    if _double_negative(words, index):
        return False
    if index > 0 and words[index - 1] in INABILITY_BEFORE:
        return False
    if words[index] == "nothing" and idle_nothing(words, index):
        return False  # "I sit and do nothing and I'm short of breath": an idle spell, not a denial
    if "enough" in words[index + 1 : index + 1 + SHORTFALL_REACH]:
        return False  # "not drinking enough", "don't have enough strength": a shortfall, not a denial
    if words[index + 2 : index + 3] and words[index + 2] in MANNER_SHORTFALL:
        return False  # "I don't breathe well lying down": a complaint, not a denial
    if words[index + 1 : index + 2] in (["know"], ["knowing"]) and words[index + 2 : index + 3] in KNOWN_GIVEN:
        return False  # "don't know why my B12 is low", "the not knowing what's wrong with my hands" take it as given
    if words[index] == "no" and words[index + 1 : index + 2] and words[index + 1] in ITEM_NUMBERS:
        return False  # "numbness no three balance yes": the answer to one item, then the next item
    if words[index] in NO_ONE and _others_act(words, index):
        return False  # "nobody believes me that my legs are weak", "no one can tell me why": others' acts, not denials
    if words[index] == "never" and _going_on(words, index):
        return False  # "the tingling never goes away": it stays
    if words[index] == "never" and _new_now(words, index):
        return False  # "he's never been confused before": it is new, not absent
    if words[index] == "zero":  # "zero balance", "zero energy": a capacity lost, which is the symptom
        return words[index + 1 : index + 2] != [] and words[index + 1] not in CAPACITIES
    if words[index + 1 : index + 3] in (["like", "that"], ["like", "this"]) and words[index + 3 : index + 4]:
        return words[index + 3] in HAPPENING  # "nothing like that came on suddenly": a subject denied what follows
    if words[index] == "not" and words[index + 1 : index + 2] == ["that"] and _that_as_degree(words, index + 2):
        return True  # "I'm not that tired", "not that weak": a hedged denial, like "not very tired"
    return PSEUDO_NEGATIONS.at(words, index) is None


def idle_nothing(words: Sequence[str], index: int) -> bool:
    """The "nothing" at ``index`` is an idle spell, not a denial: "doing nothing", "doing absolutely nothing"."""
    before = index - 1
    if before > 0 and words[before] in IDLE_INTENSIFIERS:
        before -= 1
    return before >= 0 and words[before] in DOING


def _that_as_degree(words: Sequence[str], position: int) -> bool:
    """ "not that tired": "that" as a degree before a state word; not a clause or a thing ("not that I know of",
    "not that it matters", "not that one"), nor a degree of time, worry or doubt ("not that long ago", "not that
    worried", "not that sure"), which denies nothing after it."""
    following = words[position] if position < len(words) else ""
    return following.isalpha() and following not in NOT_A_DEGREE


def _going_on(words: Sequence[str], index: int) -> bool:
    """ "never goes", "never really goes away": "go" with nothing after it, or with a word that it is going away."""
    position = index + 2 if words[index + 1 : index + 2] in (["really"], ["quite"], ["ever"]) else index + 1
    if words[position : position + 1] == [] or words[position] not in GOING:
        return False
    after = words[position + 1 : position + 2]
    return not after or after[0] in STAYING_AFTER


def _new_now(words: Sequence[str], index: int) -> bool:
    """ "he's never been confused before", "never had a pain like this before": a state new now. Not "before or
    since", which denies both, nor a diagnosis or a test ("never been diagnosed with diabetes before"), nor "never
    had cramps before", which may tell of the past alone."""
    stretch = _stretch(words[index + 1 : index + 1 + NEW_REACH])
    if "before" not in stretch:
        return False
    before = stretch.index("before")
    if stretch[:1] != ["been"] and stretch[before - 2 : before] not in (["like", "this"], ["like", "that"]):
        return False  # "never had a pain like this before" compares with now; "never had cramps before" may not
    if not NAMED_BY_OTHERS.isdisjoint(stretch[:before]):
        return False
    after = stretch[before + 1 :]
    return not after or after[0] not in {"or", "and", "nor", "either"}


def _others_act(words: Sequence[str], index: int) -> bool:
    """ "no one listens", "nobody can tell me": no one doing something, not no one having had it ("no one in my
    family has had MND", "nobody else had it")."""
    position = index + 2 if words[index] == "no" else index + 1
    if words[index] == "no" and words[index + 1 : index + 2] != ["one"]:
        return False
    following = words[position : position + 1]
    if following == ["in"]:  # "no one in my (own, whole) family": what they do comes after the place
        after_place = position + 1
        while after_place < min(len(words), position + PLACE_REACH) and words[after_place] in PLACE_WORDS:
            after_place += 1
        following = words[after_place : after_place + 1]
    return bool(following) and following[0] not in NO_ONE_HAVING


def _double_negative(words: Sequence[str], index: int) -> bool:
    """ "can't drink without choking", "never eat a meal without coughing": a negation and "without" in one
    stretch of words say the finding comes every time, not that it is absent."""
    if words[index] == "without":
        before = _stretch(reversed(words[max(0, index - DOUBLE_NEGATIVE_REACH) : index]))
        own = takewhile(lambda word: word not in NEW_SUBJECTS, before)  # "no falls and she's drinking without"
        return any(word in DOUBLE_NEGATORS for word in own)
    if _paired_negation(words, index) or _denial_not_said(words, index) or _negative_concord(words, index):
        return True
    return "without" in _stretch(words[index + 1 : index + 1 + DOUBLE_NEGATIVE_REACH])


def _paired_negation(words: Sequence[str], index: int) -> bool:
    """ "never not tired", "not never": two negations side by side assert."""
    return (words[index + 1 : index + 2] != [] and words[index] in PAIRED and words[index + 1] in PAIRED) or (
        index > 0 and words[index] in PAIRED and words[index - 1] in PAIRED
    )


def _negative_concord(words: Sequence[str], index: int) -> bool:
    """ "I don't feel nothing down there", "he didn't know nothing": in many Englishes (and in learners' English) the
    "nothing" repeats the negation rather than undoing it, so the sense is "I feel nothing": neither word denies the
    finding they say together ("I don't feel nothing wrong" is still nothing wrong)."""
    first = index - 2 if words[index] == "nothing" else index
    if first < 0 or words[first] not in CONCORD_NEGATORS or words[first + 2 : first + 3] != ["nothing"]:
        return False
    after = words[first + 3 : first + 4]
    return words[first + 1] in CONCORD_VERBS and not (after and after[0] in NOTHING_AMISS)


def _denial_not_said(words: Sequence[str], index: int) -> bool:
    """ "I can't say I haven't noticed it", "I couldn't claim I don't get cramps": a denial the writer cannot make
    asserts what it would deny."""
    before = words[max(0, index - SAID_DENIAL_REACH) : index]
    for position, word in enumerate(before):
        if word in SAYINGS and position > 0 and before[position - 1] in DOUBLE_NEGATORS:
            return all(w in SAID_DENIAL_FILLERS for w in before[position + 1 :])
    return False


def asserted_without(words: Sequence[str], finding: Finding) -> bool:
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


def negation_scope(
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
    previous_id = ""  # the evidence of the last finding reached
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
        if distance is None and (heading := list_heading(tokens, findings, finding_index, cue, between)):
            distance = finding.first - heading
            headed = True
        elif segments.clause[previous_end + 1] != segments.clause[finding.first]:
            break
        elif distance is None:
            if len(between) > MAX_CUE_DISTANCE or (
                segments.part[finding.first] != segments.part[cue] and not sites_listed(between_words)
            ):
                break  # (sites listed before it are its own: "no hand, arm or leg weakness")
            if not TURNS_TO_NOW.isdisjoint(between_words[1:]):
                break  # "never supplemented - now tingling feet": what is said now is not denied
            distance = finding.first - cue
        elif (
            not LIST_WORDS.issuperset(between_words)
            and not one_item_between(between)
            and not describes_it(between)
            and not examples_of(between_words)
            and not (finding.evidence_id == previous_id and CONTENT_LINKS.issuperset(between_words))
        ):
            break
        elif ("," in between_words or "and" in between_words) and starts_a_clause(tokens, finding, headed):
            break  # "it isn't getting worse, twitches have been the same": a new clause, not a list item
        elif not headed and between_words[-3:] in NEW_SUBJECT_OPENING:
            break  # "no power, and my face very white": the face is said of anew, not denied
        reached[finding_index] = distance
        reached_words.update(finding.own_tokens())
        reached_parts.add(segments.part[finding.first])
        previous_end = max(previous_end, reached_end(finding))
        previous_id = finding.evidence_id
    return reached
