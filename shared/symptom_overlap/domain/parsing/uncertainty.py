"""Uncertainty: hedges, doubts and questions about what to call a symptom.

Hedges ("maybe", "could be") doubt what follows them in the clause, and a hedge a phrase skipped over
doubts the phrase ("my reflexes might be brisk"). Doubts ("not sure", "can't tell", "idk") doubt their
clause, or their sentence, or the sentence before, when said on their own ("…, but I'm not sure"). A doubt
with a complement ("not sure if this counts as drooling", "Is that just twitching?") doubts what it names,
and the same evidence described beside it; one that asks for a cause doubts only the cause.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate

from symptom_overlap.domain.parsing.answers import DEGREE_AFTER_A, DEGREE_ANSWERS
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.negation import NEGATION_CUES
from symptom_overlap.domain.parsing.reported_questions import question_starts
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

# Hedges ("maybe", "could be") doubt what follows them in the clause; "kind of" describes ("kind of a
# pressure", "kind of numb") and is no hedge. Doubts ("not sure", "can't tell",
# "don't know if") doubt their clause; said on their own ("…, but I'm not sure") they doubt the sentence.
HEDGES = frozenset({"maybe", "perhaps", "possibly", "might", "probably", "apparently"})
# "is it possible that my calves look smaller?", "is it possible to have numbness you can't feel?": a doubt put as
# a question about oneself (not "is it possible to get B12 deficiency from metformin?", a question about a cause).
HEDGE_PHRASES = WordSequences(
    {("could", "be"), ("may", "be")}
    | {("is", "it", "possible", after) for after in ("that", "my", "i", "i'm", "im")}
    | {("is", "it", "possible", "to", "have")}
)
DOUBT_WORDS = frozenset({"unsure", "idk", "dunno", "wonder", "unclear", "uncertain"})
DOUBT_PHRASES = WordSequences(
    {
        ("no", "idea"), ("hard", "to", "say"), ("hard", "to", "tell"), ("can't", "decide"), ("who", "knows"),
        ("god", "knows"), ("no", "clue"), ("not", "a", "clue"), ("haven't", "a", "clue"), ("havent", "a", "clue"),
        ("hard", "to", "judge"), ("difficult", "to", "judge"), ("hard", "to", "know"), ("not", "convinced"),
        ("may", "or", "may", "not"), ("might", "or", "might", "not"), ("not", "clear", "if"),
        ("not", "clear", "whether"), ("wouldn't", "know"), ("wouldnt", "know"), ("i", "doubt"),
    }
)  # fmt: skip
# "can't work out if my grip is weaker", "couldn't figure out whether …": a doubt with "out" before its complement.
WORKING_OUT = frozenset({"work", "figure", "make"})
# "sure", "tell", … after a negation within three words: "not sure", "can't really tell", "don't know if".
DOUBTED = frozenset({"sure", "certain", "tell", "decide", "know", "say", "judge"})
DOUBTING = frozenset(
    {"not", "don't", "dont", "can't", "cant", "cannot", "no", "hard", "difficult", "impossible", "never", "honestly",
     "doesn't", "doesnt"}
)  # fmt: skip
# After "know", "tell" or "say", a doubt goes on with "if", "whether", "about" or ends ("don't know about choking"
# leaves choking open); "doesn't know where he is" is confusion.
DOUBT_GOES_ON = frozenset(
    {"if", "whether", "about", "for", "tbh", "really", "honestly", "anymore", "yet", "though", "tho"}
)
POINTERS = frozenset({"it", "it's", "its", "that's", "thats", "this", "that"})
TOLD = frozenset({"me", "us", "you", "him", "her", "them"})  # "can't tell me if", "couldn't tell us whether"
# "couldn't" doubts only through someone told ("she couldn't tell me if"): "I couldn't say if the nurse moved my
# toe up" is about an examination.
UNABLE_TO_TELL = frozenset({"couldn't", "couldnt"})
# Words that weigh what was said ("a lot", "matters") rather than doubt that it was so ("real", "different", and
# "counts" or "normal", which ask whether a small thing is the symptom at all).
# Whether things are connected is a question of cause, not of whether they happened ("not sure any of that's
# connected", "not sure if it's related"): RELEVANCE.
RELEVANCE = frozenset({"related", "connected", "linked", "relevant", "coincidence", "unrelated"})
WEIGHING = frozenset(
    {"lot", "much", "many", "matters", "matter", "important", "problem", "cause", "deal", "enough",
     "bad", "serious", "worrying", "concerning"}
) | RELEVANCE  # fmt: skip
COMPLEMENT = frozenset({"if", "whether", "about", "that", "what", "how", "why"})
QUANTITIES = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
     "once", "twice", "few", "couple", "half", "every", "most", "several", "dozen", "hundred"}
)  # fmt: skip
# "maybe a minute", "maybe a bottle of vodka", "maybe more at weekends": amounts estimated.
UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "bottle", "glass", "pint", "can", "unit", "litre"}
)
MORE_OR_LESS = frozenset({"more", "less", "fewer", "longer", "shorter"})
# "not sure who to talk to", "don't know what to do": a doubt about what to do names no finding.
WHAT_TO_DO = frozenset({"who", "what", "where", "how", "when", "whether", "which"})
HEDGE_REACH = 8  # words after a hedge that it doubts
CAUSES = frozenset({"from", "due", "because", "caused", "cause", "causing", "related", "linked", "connected"})
IMAGINING = frozenset({"imagining", "imagined", "imagine", "imagination"})  # "might be my imagination, but …"
ASKING = frozenset({"is", "are", "could", "can", "might", "would"})  # "Is that …?", "Could this be …?"


# "not sure why my legs are weak", "no idea what it means", "not sure what's causing it": the finding is given, and
# its cause or meaning asked.
MEANING = frozenset(
    {"means", "mean", "meant", "causing", "causes", "caused", "cause", "behind", "going", "happening", "wrong"}
)  # "not sure what's happening", "no idea what's wrong with him": the finding given, its meaning asked
WHAT = frozenset({"what", "what's", "whats"})


def asks_cause_or_meaning(words: Sequence[str], start: int) -> bool:
    if start >= len(words):
        return False
    if words[start] == "why":
        return True
    return words[start] in WHAT and not MEANING.isdisjoint(words[start + 1 : start + 4])


def hedges(words: Sequence[str], index: int) -> bool:
    if not (words[index] in HEDGES or HEDGE_PHRASES.at(words, index)):
        return False
    following = words[index + 1 : index + 3]
    if following and (following[0] in QUANTITIES or following[0] in MORE_OR_LESS or following[0].isdigit()):
        return False  # "maybe 20 balloons", "maybe twice a month", "maybe more at weekends": an estimate
    return not (len(following) == 2 and following[0] in {"a", "an"} and following[1] in QUANTITIES | UNITS)


# "maybe a chest infection after the water went down the wrong way", "a bit of a temperature since I choked": the
# hedge weighs what is named before "after" or "since"; the event told after them is said as it happened.
EVENT_AFTER = frozenset({"after", "since"})
EVENT_SUBJECTS = frozenset({"i", "the", "my", "he", "she", "we", "they", "his", "her"})


def hedged(tokens: Sequence[Token], findings: Sequence[Finding], cue: int) -> set[int]:
    end = cue
    while end + 1 < len(tokens) and end - cue < HEDGE_REACH and not tokens[end + 1].ends_clause:
        if (
            end > cue
            and tokens[end + 1].word in EVENT_AFTER
            and end + 2 < len(tokens)
            and tokens[end + 2].word in EVENT_SUBJECTS
        ):
            break
        end += 1
    return {i for i, finding in enumerate(findings) if cue < finding.first <= end or _hedge_inside(finding, cue)}


def _hedge_inside(finding: Finding, cue: int) -> bool:
    """A hedge between a finding's own words doubts it: "my reflexes might be brisk"."""
    own = tuple(finding.own_tokens())
    return bool(own) and own[0] < cue < own[-1] and own[-1] - cue <= HEDGE_REACH


# "Friends say I'm imagining it", "the doctor told me I'd imagined it": others dispute what the writer says (a
# delusion is held against others' words): a belief so disputed is still the writer's.
OTHERS_SAYING = frozenset({"say", "says", "said", "tell", "tells", "told", "reckon", "reckons", "insist", "insists"})
OTHERS_SAYING_REACH = 4


def others_say(words: Sequence[str], index: int) -> bool:
    start = max(0, index - OTHERS_SAYING_REACH)
    return any(
        words[position] in OTHERS_SAYING and (position == 0 or words[position - 1] not in {"i", "i've", "ive"})
        for position in range(start, index)
    )


def doubts(tokens: Sequence[Token], words: Sequence[str], index: int) -> bool:
    word = words[index]
    if word in DOUBT_WORDS:
        return True
    if phrase := DOUBT_PHRASES.at(words, index):
        after = words[index + len(phrase) : index + len(phrase) + 2]
        # "wouldn't know what to do", "no idea why my legs are weak": what to do, or a cause of what is given
        return not (
            asks_cause_or_meaning(words, index + len(phrase))
            or (after[:1] and after[0] in WHAT_TO_DO and after[1:] == ["to"])
        )
    if word in IMAGINING:  # "or am I imagining it?", but not "I'm not (just) imagining it"
        return not any(before in DOUBTING for before in words[max(0, index - 3) : index])
    if word in WORKING_OUT:
        return (
            words[index + 1 : index + 2] == ["out"]
            and words[index + 2 : index + 3] in (["if"], ["whether"])
            and any(before in DOUBTING for before in words[max(0, index - 3) : index])
        )
    doubting = DOUBTING | UNABLE_TO_TELL if words[index + 1 : index + 2] and words[index + 1] in TOLD else DOUBTING
    if word not in DOUBTED or not any(before in doubting for before in words[max(0, index - 3) : index]):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        following is not None
        and following.word in WHAT_TO_DO
        and tokens[index + 2 : index + 3]
        and (tokens[index + 2].word == "to")
    ):
        return False  # "not sure who to talk to", "don't know what to do": what to do, not what it is
    if asks_cause_or_meaning(words, index + 1):
        return False
    if word in {"sure", "certain", "decide"}:
        return True
    if following is not None and following.word in {"anymore", "any"} and _ends_after(tokens, index + 1):
        return False  # "I just don't know anymore": despair, not a doubt
    if following is not None and following.is_comma and word == "know" and _opens_sentence(words, index):
        return False  # "I don't know, sometimes I just want to die": a hesitation, not a doubt of what follows
    if following is not None and following.word in TOLD and words[index + 2 : index + 3] in (["if"], ["whether"]):
        return True  # "Mum can't tell me whether her feet are numb": someone else's doubt is a doubt too
    return following is None or following.ends_clause or following.is_comma or following.word in DOUBT_GOES_ON


# The words of a bare "I don't know" that opens its sentence ("Honestly I don't really know, …").
BARE_DOUBT_WORDS = frozenset(
    {"i", "don't", "dont", "do", "not", "really", "just", "honestly", "well", "um", "erm", "uh", "oh", "and"}
)
SENTENCE_STARTS = frozenset({".", "!", "?", "\n", ";"})


def _opens_sentence(words: Sequence[str], index: int) -> bool:
    position = index - 1
    while position >= 0 and words[position] in BARE_DOUBT_WORDS:
        position -= 1
    return position < 0 or words[position] in SENTENCE_STARTS


def _ends_after(tokens: Sequence[Token], index: int) -> bool:
    """The part ends after this word, or after "more" ("any more")."""
    position = index + 1
    if position < len(tokens) and tokens[index].word == "any" and tokens[position].word == "more":
        position += 1
    return position >= len(tokens) or tokens[position].ends_clause or tokens[position].is_comma


def asks_what_it_is(tokens: Sequence[Token], segments: Segments, index: int) -> bool:
    """'Is that a hypnic jerk or twitching?', 'could this be drooling?', '…, is that a twitch?': a question about
    what to call it, opening its sentence or said after a comma."""
    first, last = segments.sentence_bounds[segments.sentence[index]]
    following = [token.word for token in tokens[index + 1 : index + 3]]
    return (
        (index == first or tokens[index - 1].is_comma)  # "my thumb jumps, is that a twitch?"
        and tokens[last].word == "?"
        and tokens[index].word in ASKING
        and following[:1] in (["that"], ["this"], ["it"], ["these"], ["those"])
        and following[1:] in (["a"], ["an"], ["be"], ["just"], ["really"], ["actually"], ["what"])
    )


def asks_relevance(tokens: Sequence[Token], index: int) -> bool:
    """'Not sure any of that's connected': the rest of the doubt's part asks only whether things are linked."""
    for token in tokens[index + 1 : index + 8]:
        if token.ends_clause or token.is_comma:
            return False
        if token.word in RELEVANCE:
            return True
    return False


def has_complement(words: Sequence[str], index: int) -> bool:
    """'not sure if …', 'can't tell whether …': the doubt is about what follows in its clause."""
    return any(word in COMPLEMENT for word in words[index + 1 : index + 3])


def cause_asked(tokens: Sequence[Token], cue: int) -> int:
    """Where the doubt of "not sure if …" begins: after a cause's word when it asks only for the cause ("can't
    tell if the headaches are from poor sleep" doubts the sleep, not the headaches)."""
    position = cue + 1
    while position < len(tokens) and not tokens[position].ends_clause and not tokens[position].is_comma:
        if tokens[position].word == "or":
            return cue  # "not sure if it's getting worse or I'm just tired from work": alternatives, not a cause
        if tokens[position].word in CAUSES:
            return position
        position += 1
    return cue


def complement_doubted(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """'not sure if my speech is slurred': the findings after the cue up to a comma. A complement that
    ends before one names what is doubted: in 'not sure if this matters, I choke on water' only the
    relevance is."""
    part = segments.part[cue]
    return {i for i, finding in enumerate(findings) if finding.first > cue and segments.part[finding.first] == part}


def points_back(tokens: Sequence[Token], index: int) -> bool:
    """'can't decide if it's different', 'not sure if that's real': the complement names no symptom, only "it".
    One that names alternatives asks for a cause ("don't know if it's the worry or something else"), and one that
    weighs what was said doubts its weight, not that it happened ("20 a night, not sure if that's a lot")."""
    complement = []
    for token in tokens[index + 1 :]:
        if token.ends_clause or token.is_comma:
            break
        complement.append(token.word)
    return (
        "or" not in complement and any(word in POINTERS for word in complement[:3]) and WEIGHING.isdisjoint(complement)
    )


def doubted_before(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """What "it" stands for: the findings before the cue in its sentence, else in the sentence before ("my
    speech sounds slower. I recorded myself and can't decide if it's different"). Findings after it are new:
    in "not sure if it's relevant, I choke on water" the choking is said, not doubted."""
    sentence = segments.sentence[cue]
    before = {
        i for i, finding in enumerate(findings) if finding.first < cue and segments.sentence[finding.first] == sentence
    }
    if before or sentence == 0:
        return before
    previous = segments.sentence_before(sentence)
    return {i for i, finding in enumerate(findings) if segments.sentence[finding.first] == previous}


def named_after(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """'not sure it's a proper fever': the findings whose own words follow the doubt in its part; what it names
    is doubted, not the choking said before it that the fever was read with."""
    part = segments.part[cue]
    return {
        i
        for i, finding in enumerate(findings)
        if any(cue < token and segments.part[token] == part for token in finding.own_tokens())
    }


# "not sure it's a proper fever": a doubt that names a thing after "it's (a)"; not a judgement of what came
# before ("not sure it's a big deal", "not sure that's real").
NAMING_LEADS = frozenset({"a", "an", "proper", "real", "really", "actually", "true", "properly", "full", "full-blown"})
JUDGEMENTS = frozenset(
    {"big", "deal", "thing", "problem", "issue", "anything", "nothing", "worry", "concern", "normal", "real", "same",
     "relevant", "related", "important", "serious", "worth", "much", "bad", "good", "right", "true", "different",
     "new", "worse", "better", "symptom", "sign", "coincidence", "connected", "linked"}
)  # fmt: skip


def name_doubted(tokens: Sequence[Token], index: int) -> int | None:
    """Where the thing named by "not sure it's a proper fever" stands, or None."""
    position = index + 1
    if position < len(tokens) and tokens[position].word in {"if", "whether", "that"}:
        position += 1
    if position >= len(tokens) or tokens[position].word not in NAMED_POINTERS:
        return None
    position += 2 if tokens[position].word in {"it", "that", "this"} else 1  # "it is", "it was", "that's"
    leads = 0
    while position < len(tokens) and tokens[position].word in NAMING_LEADS:
        position, leads = position + 1, leads + 1
    if not leads or position >= len(tokens) or tokens[position].ends_clause or tokens[position].is_comma:
        return None
    return None if tokens[position].word in JUDGEMENTS else position


NAMED_POINTERS = frozenset({"it's", "its", "it", "that's", "thats", "that", "this"})


def doubted_names(tokens: Sequence[Token], words: Sequence[str], present: AbstractSet[str] | None = None) -> set[int]:
    """Where the things named by doubts like "not sure it's a proper fever" stand (most texts: none). ``present``:
    the set of ``words``, if the caller has it (asked instead of walking them)."""
    seen = words if present is None else present
    if DOUBTED.isdisjoint(seen) and DOUBT_WORDS.isdisjoint(seen):
        return set()
    return {
        position
        for index, word in enumerate(words)
        if (word in DOUBTED or word in DOUBT_WORDS)
        and doubts(tokens, words, index)
        and not has_complement_marker(words, index)
        and (position := name_doubted(tokens, index)) is not None
    }


def has_complement_marker(words: Sequence[str], index: int) -> bool:
    return any(word in COMPLEMENT for word in words[index + 1 : index + 3])


def doubted_findings(segments: Segments, findings: Sequence[Finding], cue: int, own_clause_only: bool) -> set[int]:
    """The findings of the cue's clause, or of its sentence when the clause names none."""
    clause = segments.clause[cue]
    in_clause = {i for i, finding in enumerate(findings) if segments.clause[finding.first] == clause}
    if own_clause_only:
        return {i for i in in_clause if findings[i].first > cue}
    if in_clause:
        return in_clause
    sentence = segments.sentence[cue]
    in_sentence = {i for i, finding in enumerate(findings) if segments.sentence[finding.first] == sentence}
    if in_sentence or sentence == 0:
        return in_sentence
    # "maybe my tongue is twitching? hard to tell": a doubt said on its own doubts the sentence before.
    before = segments.sentence_before(sentence)
    return {i for i, finding in enumerate(findings) if segments.sentence[finding.first] == before}


def denied_apart(words: Sequence[str], segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """ "Honestly I'm not sure, and I've had no cramps or twitches": the findings after a bare doubt, in a later
    part of its clause, that a negation in their own part denies; a denial said of its own, not doubted."""
    part = segments.part[cue]
    denied = set()
    for i, finding in enumerate(findings):
        own_part = segments.part[finding.first]
        if finding.first > cue and own_part != part:
            start = segments.part_bounds[own_part][0]
            if not NEGATION_CUES.isdisjoint(words[start : finding.first]):
                denied.add(i)
    return denied


def same_evidence_nearby(
    segments: Segments, findings: Sequence[Finding], doubted: set[int], negated: set[int]
) -> set[int]:
    """A doubt about what to call a symptom doubts the same evidence described in its sentence or the one
    before: "idk if this is drooling but my pillow is wet every morning", "my thigh ripples. Is that
    twitching?" (not the sentence after, which says something new)."""
    if not doubted:
        return set()
    # Sentences counted without those that are only punctuation ("yesterday?? not sure if i fainted").
    said = list(accumulate(first < last for first, last in segments.sentence_bounds))

    def sentence_of(finding: Finding) -> int:
        return said[segments.sentence[finding.first]]

    named = {(findings[i].evidence_id, sentence_of(findings[i])) for i in doubted}
    return {
        i
        for i, finding in enumerate(findings)
        if i not in negated
        and not finding.absent
        and any((finding.evidence_id, sentence_of(finding) + step) in named for step in (0, 1))
    }


# Second thoughts after a finding: "but it might just be my old glasses", "could be nothing", "maybe everyone
# does", "or am I just paying attention to it", "Or maybe I'm just old": a dismissal or an alternative of
# the writer's own making doubts what was said before it in its sentence, or the sentence before.
DISMISSING_HEDGES = frozenset({"maybe", "might", "could", "perhaps", "possibly"})
DISMISSALS = frozenset({"just", "nothing", "everyone", "everybody", "normal"})
SELF_DOUBTS = frozenset({"imagining", "imagined", "overthinking", "paranoid"})
DOUBT_LOOKBACK = 10
NEGATIONS = frozenset({"no", "not", "isn't", "isnt", "never", "without", "nor", "neither"})
MODALS = frozenset({"might", "could"})  # dismiss only with "be": "could be nothing", "might just be stress"
DISMISSAL_REACH = 3  # words between a hedge and its dismissal
DISMISSAL_FILLERS = frozenset({"it's", "its", "it", "is", "that's", "thats", "this", "that", "be", "all"})
NOT_DISMISSING_AFTER = frozenset({"about", "a", "an", "the", "once", "twice", "occasionally", "sometimes"})
ALTERNATIVE_REACH = 4
SECOND_THOUGHT_STARTS = DISMISSING_HEDGES | {"or"}
# "I think my foot is dragging??": a belief put as a question.
OTHER_QUESTIONS = frozenset({"what", "why", "how", "which", "who", "should", "anyone", "anybody", "normal"})
BELIEFS = frozenset({("i", "think"), ("i", "feel", "like"), ("i", "guess")})
# A report disputed, said at the end of a clause: "my sister says I sound drunk but I can't hear it", "she thinks
# I look pale, I can't see it myself", "wife says yes, I say no", "nasal? partner says no", "my wife hasn't
# noticed anything".
DISPUTES = WordSequences(
    {("i", cant, sense, "it") for cant in ("can't", "cant", "cannot") for sense in ("see", "hear")}
    | {("i", dont, sense, "it") for dont in ("don't", "dont") for sense in ("see", "hear")}
    | {(say, "no") for say in ("say", "says", "said")}
    | {(hasnt, "noticed", "anything") for hasnt in ("hasn't", "hasnt", "haven't", "havent")}
)  # fmt: skip
DISPUTE_ENDS = frozenset({"myself", "though", "tbh", "lol", "either"})
# "my son says I'm slurring but I don't notice it": a report not noticed is disputed; only what was reported,
# between the report and the dispute, is doubted.
UNNOTICED = WordSequences(
    {("i", dont, "notice", "it") for dont in ("don't", "dont", "do", "never", "can't", "cant")}
    | {("i", "do", "not", "notice", "it")}
)
REPORTS = frozenset({"says", "said", "thinks", "reckons", "tells", "told", "noticed", "notices", "swears"})
# Another cause of the writer's own set against a finding: "my grip feels weaker, but I was also half asleep", "a
# bit blurry, but I'm also overdue an eye test". A state said with "also" after "but" and a subject, naming no
# finding of its own, doubts what came before it; not a new complaint ("but I'm also having trouble with …").
ALSO_CONCEDING = frozenset({"but", "though", "although", "tho"})
ALSO_SUBJECTS = frozenset({"i'm", "im", "i", "am", "was", "it's", "its", "it", "is"})
# A feeling about the finding is no other cause of it: "my hands are weak, but I'm also really worried".
ALSO_FEARS = frozenset(
    {"worried", "scared", "terrified", "frightened", "panicking", "concerned", "freaking", "afraid", "worrying"}
)  # fmt: skip
NEW_COMPLAINTS = frozenset(
    {"having", "getting", "feeling", "noticing", "experiencing", "struggling", "losing", "finding", "suffering",
     "starting", "developing", "dropping", "tripping", "falling", "choking", "coughing", "slurring"}
)  # fmt: skip
ALSO_REACH = 3  # words between the conceding word and "also"


# An everyday cause a writer offers for a warning sign ("could just be a cold", "not sure if it's an infection",
# "can't tell if that's just panic"): the sign is said and its cause guessed, so a red flag before it stays said,
# to be asked about (a dismissal that names no such cause, "could have just nodded off", still doubts it).
EXPLANATIONS = frozenset(
    {"infection", "uti", "cold", "colds", "bug", "bugs", "virus", "flu", "anxiety", "anxious", "panic", "stress",
     "stressed", "nerves", "coincidence", "age", "hormones", "menopause", "hangover"}
)  # fmt: skip
EXPLANATION_REACH = 8  # words after the doubt in which the cause is named


def names_explanation(tokens: Sequence[Token], index: int) -> bool:
    """The doubt or dismissal at ``index`` names an everyday cause within its clause."""
    for token in tokens[index + 1 : index + 1 + EXPLANATION_REACH]:
        if token.ends_clause or token.is_comma:
            return False
        if token.word in EXPLANATIONS:
            return True
    return False


# A doubt about a red flag's name, not the thing: "not sure if the odd balloon counts", "dunno if it counts as
# suicidal", "idk if it's suicidal exactly". What the writer describes is said; only whether it is called so is
# asked. "Counts" and "qualifies" ask it of what comes before them, "exactly" and "technically" of their clause.
COUNTING = frozenset({"counts", "count", "qualifies", "qualify"})
LABEL_HEDGES = frozenset({"exactly", "technically", "officially", "strictly"})
LABEL_REACH = 12  # words after the doubt in which the asked name is found


def label_asked(tokens: Sequence[Token], index: int) -> int | None:
    """Where the doubt at ``index`` asks only whether something counts as, or is exactly, what it names."""
    for position in range(index + 1, min(len(tokens), index + 1 + LABEL_REACH)):
        token = tokens[position]
        if token.ends_clause or token.is_comma:
            return None
        if token.word in COUNTING or token.word in LABEL_HEDGES:
            return position
    return None


def described_before_label(
    findings: Sequence[Finding], tokens: Sequence[Token], doubted: set[int], at: int
) -> set[int]:
    """The findings of a label doubt that are the thing described ("the odd balloon" before "counts"), not the
    name asked ("suicidal" in "counts as suicidal")."""
    if tokens[at].word not in COUNTING:
        return set()
    return {i for i in doubted if findings[i].last < at}


EXPLANATION_BEFORE_REACH = 4  # words before a bare doubt in which a guessed cause stands


def after_explanation(tokens: Sequence[Token], index: int) -> bool:
    """A bare doubt right after a guessed everyday cause ("maybe it's anxiety idk") doubts the guess."""
    for position in range(index - 1, max(-1, index - 1 - EXPLANATION_BEFORE_REACH), -1):
        token = tokens[position]
        if token.ends_clause:
            return False
        if token.word in EXPLANATIONS:
            return True
    return False


def second_thoughts(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    red_flags: Collection[str] = (),
) -> set[int]:
    """The findings doubted by a dismissal or an alternative after them, or by a belief put as a question; a
    dismissal that guesses an everyday cause leaves the red flags before it said."""
    doubted: set[int] = set()
    if not findings:
        return doubted
    for index in [index for index, word in enumerate(words) if word in SECOND_THOUGHT_STARTS]:
        dismissed = words[index] in DISMISSING_HEDGES and _dismisses(tokens, index)
        if dismissed or (words[index] == "or" and _own_alternative(tokens, index)):
            before = _said_before(segments, findings, index)
            if dismissed and names_explanation(tokens, index):
                before = {i for i in before if findings[i].evidence_id not in red_flags}
            doubted |= before
    for index, sequence in DISPUTES.positions(words):
        if _ends_clause(tokens, index + len(sequence)) and not _answers_a_question(words, segments, index):
            doubted |= _said_before(segments, findings, index)
    for index, sequence in UNNOTICED.positions(words):
        if _ends_clause(tokens, index + len(sequence)):
            doubted |= _reported(segments, words, findings, index)
    for sentence, (first, last) in enumerate(segments.sentence_bounds):
        if (
            tokens[last].word == "?"
            and (_believed(tokens, first) or (_asked_of_self(tokens, first, last) and not _answered(tokens, last)))
            and not _asks_more(tokens, first, last)
        ):
            doubted |= {i for i, finding in enumerate(findings) if segments.sentence[finding.first] == sentence}
    return doubted


def conceded_causes(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    present: AbstractSet[str] | None = None,
) -> set[int]:
    """The findings doubted by another cause conceded after them with "also". ``present``: the set of ``words``."""
    doubted: set[int] = set()
    if "also" not in (words if present is None else present):  # most texts
        return doubted
    for index in [index for index, word in enumerate(words) if word == "also"]:
        if _also_another_cause(tokens, segments, findings, index):
            doubted |= _said_before(segments, findings, index)
    return doubted


def _also_another_cause(tokens: Sequence[Token], segments: Segments, findings: Sequence[Finding], index: int) -> bool:
    """'but I was also exhausted', 'but I'm also overdue an eye test': a state conceded after a finding."""
    start = next(
        (
            position
            for position in range(index - 1, max(-1, index - 1 - ALSO_REACH), -1)
            if tokens[position].word in ALSO_CONCEDING
        ),
        None,
    )
    if start is None or not all(token.word in ALSO_SUBJECTS for token in tokens[start + 1 : index]):
        return False
    if start + 1 == index or index + 1 >= len(tokens) or tokens[index + 1].word in NEW_COMPLAINTS:
        return False
    part = segments.part[index]
    rest = []
    for position in range(index + 1, len(tokens)):
        if segments.part[position] != part:
            break
        rest.append(tokens[position].word)
    return ALSO_FEARS.isdisjoint(rest) and not any(f.last > index and segments.part[f.first] == part for f in findings)


def _reported(segments: Segments, words: Sequence[str], findings: Sequence[Finding], cue: int) -> set[int]:
    """The findings between the last report before the cue, in its sentence, and the cue."""
    first = segments.sentence_bounds[segments.sentence[cue]][0]
    report = next((j for j in range(cue - 1, first - 1, -1) if words[j] in REPORTS), None)
    if report is None:
        return set()
    return {i for i, finding in enumerate(findings) if report < finding.first and finding.last < cue}


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Nothing more in the clause after a dispute, but for a word that closes it ("myself", "either")."""
    if index >= len(tokens) or tokens[index].ends_clause or tokens[index].is_comma:
        return True
    return tokens[index].word in DISPUTE_ENDS


def _dismisses(tokens: Sequence[Token], index: int) -> bool:
    """'might just be …', 'maybe it's just …', 'could be nothing', 'maybe everyone does'; not an estimate or a
    manner ("maybe just once a week", "I could just about walk")."""
    modal = tokens[index].word in MODALS
    for position in range(index + 1, min(len(tokens), index + 1 + DISMISSAL_REACH)):
        word = tokens[position].word
        if word in DISMISSALS:
            following = tokens[position + 1].word if position + 1 < len(tokens) else ""
            if modal and following != "be" and "be" not in (token.word for token in tokens[index:position]):
                return False  # "I wish I could just go to sleep": a wish, not "it could just be nerves"
            return not (following in QUANTITIES or following.isdigit() or following in NOT_DISMISSING_AFTER)
        if word not in DISMISSAL_FILLERS:
            return False
    return False


def _own_alternative(tokens: Sequence[Token], index: int) -> bool:
    """'or am I just …', 'or maybe …', 'or just nerves'; not a list ("no rash or anything, just that feeling")."""
    following = []
    for token in tokens[index + 1 : index + 1 + ALTERNATIVE_REACH]:
        if token.ends_clause or token.is_comma:
            break
        following.append(token.word)
    if following[:1] in (["anything"], ["something"], ["whatever"]):
        return False
    if any(token.word in NEGATIONS for token in tokens[max(0, index - 3) : index]):
        return False  # "no rash or …", "isn't low or sad": a denied list
    if following[:1] == ["maybe"] or following[:2] == ["am", "i"]:
        return True
    if any(word in SELF_DOUBTS for word in following):
        return True
    # "just"/"nothing" doubt the symptom after a doubt ("not sure if it's pain or just nerves") or of "that"
    # ("or is that just how tongues look"), not in a question about a cause ("is it B12 or just my neck?").
    dismissed = any(word in {"just", "nothing"} for word in following)
    pointing = following[:2] in (["is", "that"], ["is", "this"], ["that's", "just"], ["thats", "just"])
    return dismissed and (pointing or _doubted_earlier(tokens, index))


def _doubted_earlier(tokens: Sequence[Token], index: int) -> bool:
    words = [token.word for token in tokens[max(0, index - DOUBT_LOOKBACK) : index]]
    return any(word in DOUBT_WORDS for word in words) or any(
        word in DOUBTED and any(before in DOUBTING for before in words[max(0, i - 3) : i])
        for i, word in enumerate(words)
    )


def _asks_more(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'I think my legs are weak, what could it be?': the question is another one, not the belief."""
    return any(token.word in OTHER_QUESTIONS for token in tokens[first:last])


# "Is my face drooping?", "Am I losing weight or is the scale broken?", "Did I faint or fall asleep?": a yes-no
# question about the writer's own body asks whether it is so.
SELF_QUESTION_VERBS = frozenset({"am", "is", "are", "was", "were", "do", "does", "did", "have", "has"})
SELF_QUESTION_SUBJECTS = frozenset({"i", "my"})
# A question about what a symptom means or whether to worry takes the symptom as given.
NOT_ASKING_IF_SO = frozenset(
    {"worry", "worried", "need", "risk", "serious", "related", "cause", "causing", "mean", "means", "anyone", "else"}
)
# Answered after it, it is said or denied (answers.py): "Is my speech slurred? Yes, since Monday." / "No."
ANSWERED_AFTER = frozenset(
    {
        "yes",
        "yeah",
        "yep",
        "yup",
        "definitely",
        "absolutely",
        "no",
        "nope",
        "nah",
        "never",
        "not",
        "none",
        "fine",
        "normal",
    }
)


ANSWER_HOLDERS = frozenset({"it", "i", "they", "she", "he"})
BARE_VERBS = frozenset(
    {"is", "am", "are", "do", "does", "did", "have", "has", "isn't", "isnt", "don't", "dont", "doesn't", "doesnt",
     "haven't", "havent", "hasn't", "hasnt", "didn't", "didnt", "aren't", "arent"}
)  # fmt: skip


def _asked_of_self(tokens: Sequence[Token], first: int, last: int) -> bool:
    return (
        last - first > 2
        and tokens[first].word in SELF_QUESTION_VERBS
        and tokens[first + 1].word in SELF_QUESTION_SUBJECTS
        and not any(token.word in NOT_ASKING_IF_SO for token in tokens[first:last])
    )


def _answered(tokens: Sequence[Token], last: int) -> bool:
    after = last + 1
    while after < len(tokens) and tokens[after].word == "?":
        after += 1
    if after >= len(tokens):
        return False
    if tokens[after].word in ANSWERED_AFTER or tokens[after].word in DEGREE_ANSWERS:
        return True
    if tokens[after].word == "a" and after + 1 < len(tokens) and tokens[after + 1].word in DEGREE_AFTER_A:
        return True  # "Do I choke? A bit."
    # "It is.", "I do.", "She hasn't.": a holder and a bare verb that end the answer.
    verb = after + 1
    return (
        tokens[after].word in ANSWER_HOLDERS
        and verb < len(tokens)
        and tokens[verb].word in BARE_VERBS
        and (verb + 1 >= len(tokens) or tokens[verb + 1].ends_clause)
    )


def _believed(tokens: Sequence[Token], first: int) -> bool:
    words = tuple(token.word for token in tokens[first : first + 3])
    return any(words[: len(belief)] == belief for belief in BELIEFS)


def _answers_a_question(words: Sequence[str], segments: Segments, index: int) -> bool:
    """ "said no" after a question asked earlier in its sentence answers it ("I asked him whether he had a plan and
    he said no"); it disputes no report (reported_questions.py reads the answer)."""
    first = segments.sentence_bounds[segments.sentence[index]][0]
    return any(first <= start < index for start in question_starts(words))


def _said_before(segments: Segments, findings: Sequence[Finding], cue: int) -> set[int]:
    """The findings of the last part before the cue that names any, in its sentence or else the sentence
    before: in "ALS here, my mood's been low, not sure if it's depression or just the situation" the mood."""
    sentence = segments.sentence[cue]
    # A term that says something only when denied ("I trip sometimes but maybe everyone does") is no finding.
    before = {
        i
        for i, f in enumerate(findings)
        if f.last < cue and segments.sentence[f.first] == sentence and not f.denial_only
    }
    if not before and sentence > 0:
        previous = segments.sentence_before(sentence)
        before = {
            i
            for i, finding in enumerate(findings)
            if segments.sentence[finding.first] == previous and not finding.denial_only
        }
    if not before:
        return before
    last_part = max(segments.part[findings[i].first] for i in before)
    return {i for i in before if segments.part[findings[i].first] == last_part}


# A doubt whose own words name no finding, about whether what follows is real or has another cause, then the finding:
# "not sure if it's nerves or real, but lying flat I can't get a breath in", "maybe it's the lighting, but my face
# looks grey". Not a doubt about relevance ("not sure if this is related or not, but I choke on water").
# Nor one about which side or place ("not sure if it's both feet or just the left"), or one that fears a worse cause
# ("not sure if it was a panic attack or something worse, my fingers went numb"): the symptom is said.
NOT_CARRIED = frozenset(
    {"related", "relevant", "connected", "linked", "coincidence", "matters", "matter", "important", "helpful", "not",
     "left", "right", "both", "side", "something", "worse", "serious", "else"}
)  # fmt: skip
# Words that may open a clause before a hedge that opens it: "it might be …", "this could be …".
HEDGE_OPENERS = frozenset({"it", "it's", "its", "this", "that", "that's", "i", "i'm", "im", "but", "and"})


def doubt_carried_over(
    tokens: Sequence[Token], segments: Segments, findings: Sequence[Finding], cue: int, hedge: bool
) -> set[int]:
    """The findings just after a doubt whose own part names none: after "not sure if it's X or Y" (alternatives),
    or after a hedge opening a clause that "but" ends ("could be nothing, but …"). They reach to the end of the
    clause that starts right after the doubt's part."""
    part_first, part_last = segments.part_bounds[segments.part[cue]]
    if hedge:
        clause_first, clause_last = segments.clause_bounds[segments.clause[cue]]
        opened = all(token.word in HEDGE_OPENERS for token in tokens[clause_first:cue])
        if tokens[clause_last].word != "but" or not opened:
            return set()
        part_last = clause_last
        own = [token.word for token in tokens[cue + 1 : clause_last]]
    else:
        own = [token.word for token in tokens[cue + 1 : part_last + 1]]
        if "or" not in own:
            return set()
    if not NOT_CARRIED.isdisjoint(own) or part_last + 1 >= len(tokens):
        return set()
    if any(part_first <= finding.first <= part_last for finding in findings):
        return set()
    start = part_last + 1
    if tokens[start].word == "but" and start + 1 < len(tokens):  # "nerves or real, but …": the clause after "but"
        start += 1
    sentence, clause = segments.sentence[cue], segments.clause[start]
    return {
        i
        for i, finding in enumerate(findings)
        if finding.first > part_last
        and segments.sentence[finding.first] == sentence
        and segments.clause[finding.first] == clause
    }


# A denial the writer only half believes, then sets against what others see or what happens now and then: "I don't
# think my hand is weaker, but my wife says I fumble my keys", "I don't think I've fainted, but honestly I can't be
# sure", "I don't think my foot drags, but sometimes I catch it". Its question is asked; a new finding after "but"
# ("I don't think my legs are weak, but my feet are numb") leaves the denial as it is.
SOFT_DENIALS = WordSequences(
    {(dont, "think") for dont in ("don't", "dont", "didn't", "didnt")} | {("do", "not", "think")}
)
SOFT_DENIAL_REACH = 3  # words between "think" and the finding
DISPUTED_BY = WordSequences(
    {(says, who) for says in ("says", "said", "thinks", "reckons", "noticed", "notices", "tells", "told")
     for who in ("i", "i'm", "im", "i've", "ive", "my", "it", "it's", "its", "that", "me")}
    | {("sometimes",), ("occasionally",), ("now", "and", "then")}
    | {(cant, verb) for cant in ("can't", "cant", "cannot") for verb in ("tell", "be")}
    | {("not", "sure"), ("not", "100%")}
)  # fmt: skip


def soft_denials_disputed(
    words: Sequence[str], segments: Segments, findings: Sequence[Finding], negated: Collection[int]
) -> set[int]:
    """The denied findings after "I don't think" that a "but" later in their sentence disputes."""
    if not negated:
        return set()
    disputed: set[int] = set()
    for index, sequence in SOFT_DENIALS.positions(words):
        sentence = segments.sentence[index]
        end = segments.sentence_bounds[sentence][1]
        after = index + len(sequence)
        denied = [
            i
            for i in negated
            if after <= findings[i].first <= after + SOFT_DENIAL_REACH
            and segments.sentence[findings[i].first] == sentence
        ]
        if not denied:
            continue
        last = max(findings[i].last for i in denied)
        turn = next((j for j in range(last + 1, end + 1) if words[j] == "but"), None)
        if turn is None:
            continue
        ids = {findings[i].evidence_id for i in denied}
        # What the dispute tells of the same evidence is doubted with it ("… but my wife says I drop things").
        told = [i for i, f in enumerate(findings) if turn < f.first <= end]
        if any(findings[i].evidence_id not in ids for i in told):
            continue
        if any(DISPUTED_BY.at(words, j) for j in range(turn + 1, end + 1)):
            disputed.update(denied, told)
    return disputed
