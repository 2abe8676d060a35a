"""Statements that a function is fine: 'my balance is fine', 'speech and swallowing are normal',
'no trouble with swallowing', 'I can still swallow'. The evidence of each function named is absent.
Of terms over the same words the longest counts: 'grip strength normal' speaks of the hands only."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise
from operator import attrgetter

from symptom_overlap.domain.parsing.body_site import SITE_WORDS
from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.lexicon import STOPWORDS, Lexicon, Phrase
from symptom_overlap.domain.parsing.matching import match_from, starts
from symptom_overlap.domain.parsing.negation import NEGATION_CUES
from symptom_overlap.domain.parsing.tokens import Token, stem, words_of

# Makes a Finding from a tuple of all its fields, without the Python-level call of NamedTuple's __new__ (as tokens.py
# makes tokens): one per term found.
_new_finding = tuple.__new__
# A denial-only term's fields after evidence_id, first and last, in Finding's order (denial_only, the rest defaults).
_DENIAL_ONLY_REST = (False, False, (), None, True, False, False)
FINE = frozenset(
    {
        "fine", "normal", "ok", "okay", "good", "alright", "unaffected", "perfect", "great", "intact", "strong",
        "negative", "downgoing", "stable", "steady", "clear", "unremarkable", "preserved", "safe", "symmetrical",
        "symmetric", "sharp", "spared", "better", "clean", "comfortably", "easily", "normally", "effective",
        "unchanged", "grand", "flexor", "nad",  # "nad": no abnormality detected
    }
)  # fmt: skip
ONSET_MANNERS = frozenset({"sudden", "suddenly", "abrupt", "acute", "instant"})  # "no sudden weakness"
SPELLS = frozenset({"spell", "spells", "episode", "episodes", "turn", "turns", "attack", "attacks", "bouts", "bout"})
FINE_DOING = frozenset({"fine", "ok", "okay", "alright", "grand"})  # "fine lying down", "ok walking"
# An ability lost or yet to come says nothing fine of now: "stopped being able to", "won't be able to", "I'll be able".
LOST_OR_TO_COME = frozenset(
    {"stop", "stops", "stopped", "stopping", "lose", "losing", "lost", "won't", "wont", "will", "i'll", "he'll",
     "she'll", "they'll", "we'll", "you'll", "soon", "someday", "eventually"}
)  # fmt: skip
# "strong reflexes" are brisk ones
REFLEX_STEMS = frozenset({"reflex", "reflexe", "jerk"})
NOT_FINE_FOR_REFLEXES = frozenset({"strong", "good", "great"})
STRENGTH_WORDS = frozenset({"power", "strength"})
STRONG = frozenset({"strong", "stronger"})
LINKING = frozenset(
    {
        "is", "are", "was", "were", "feels", "feel", "seems", "seem", "has", "have", "been", "remains", "within",
        "stayed", "looks", "look", "sounds", "sound", "still", "perfectly", "totally", "completely", "absolutely",
        "pretty", "quite", "all", "as", "came", "come", "comes", "back", "both", "returned", "itself", "otherwise",
        "entirely",
        "r",  # "my hands r fine"
        "tested", "tests", "checked", "checks",  # "grip strength tested fine"
        "actually", "honestly", "always", "generally", "mostly",  # "my mood's actually fine"
    }
)  # fmt: skip
# Built once here rather than at each use.
FINE_FOR_REFLEXES = FINE - NOT_FINE_FOR_REFLEXES
# Parts whose fine words may tell another side of them: a chest "clear" is one heard clear (no infection), and one
# that "feels" fine is told by a feeling, not a pain denied; a face is free of a droop only by its look ("looks
# normal", "symmetrical"), not as a bare "face fine" beside a stroke check, which is still asked about.
FINE_FOR_CHEST = FINE - {"clear"}
FACE_LOOKS = frozenset({"symmetrical", "symmetric"})
PARTS_TOLD_APART = frozenset({"chest", "face"})
FINE_FOR_STRENGTH = FINE | {"full"}
LINKING_OR_FINE = LINKING | FINE
TO_END_REACH = 10  # words between a term and the "no problem" that ends its clause
AT_ALL_WORDS = frozenset({"whatsoever", "really", "either", "though", "tbh", "honestly"})
# The plain words of a doing told before a "no problem" that ends its clause ("I lie down and get enough air, no
# problem", "sleep flat on one pillow, no problem"); any other word may be a complaint that it does not take back.
PLAIN_DOING = frozenset(
    {"and", "i", "he", "she", "we", "they", "can", "could", "still", "do", "does", "did", "get", "gets", "got",
     "enough", "plenty", "air", "breath", "breathe", "breathes", "breathing", "sleep", "sleeps", "sleeping", "slept",
     "lie", "lies", "lying", "lay", "flat", "down", "back", "side", "pillow", "pillows", "one", "two", "only", "bed",
     "night", "fine", "ok", "okay", "normally", "easily", "properly", "well", "every", "each", "always", "now",
     "usually", "even", "walk", "walks", "walking", "swallow", "swallows", "swallowing", "eat", "eats",
     "eating", "drink", "drinks", "drinking", "talk", "talks", "talking", "climb", "climbs", "stairs"}
)  # fmt: skip
TROUBLE = frozenset(
    {stem(word) for word in ("trouble", "problems", "difficulty", "issues", "probs", "bother", "worries")}
)  # "no bother swallowing", "eat a steak no worries"
NEGATION_OR_FUNCTION = NEGATION_CUES | STOPWORDS  # what may stand second in "back doesn't hurt", "back is not sore"
# "cannot breathe good", "can't walk well": an inability before a fine word says the opposite.
NOT_ABLE = frozenset({"cannot", "can't", "cant", "couldn't", "couldnt", "unable"})
NEGATED_OR_UNABLE = NEGATION_CUES | NOT_ABLE
BETWEEN_TERMS = frozenset({"and", ",", ":", "?", "each", "either"})  # "vision in each eye ok"
ABLE = frozenset({"can", "could"})
SETTINGS = frozenset({"at", "in", "on", "during"})  # "my speech at work was fine", "balance in the dark is fine"
SETTING_REACH = 3
FEEL_VERBS = frozenset({"feel", "feels", "felt", "feeling"})
PEOPLE = frozenset({"i", "i'm", "im", "he", "she", "he's", "she's", "we", "you", "they", "am", "still", "now"})
LIMBS = frozenset({"hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "limbs"})
VERB_FORMS = frozenset({"feel", "feels", "felt", "think", "thinks", "thought"})
FELT_PLACES = LIMBS | {"toes", "fingers", "fingertips", "soles", "skin", "both"}
OPPOSITE_SIDE = {"left": "right", "right": "left", "l": "r", "r": "l"}
SIDE_WORDS = frozenset({*OPPOSITE_SIDE, "other"})  # the words _one_side_of_two looks for before a term
STEM_OF = attrgetter("stem")  # a token -> its stem, read in C
OBJECT_REACH = 3  # words of an object between an ability and its manner word
ABLY_AFTER_OBJECT = frozenset({"fine", "ok", "okay", "normally", "properly", "easily", "strongly", "effectively"})
DETERMINERS = frozenset({"a", "an", "any", "much", "of", "real", "big"})
LIST_WORDS = frozenset({",", "or", "and", "nor", "with", "my", "the", "any"})
# Fine words before a term, and the words that may stand with them: "a good hard cough".
FINE_BEFORE = frozenset(
    {"good", "strong", "normal", "clear", "hard", "nice", "really", "very", "perfectly", "effective"}
)
GOING = frozenset({"go", "goes", "went", "going"})  # "solids go down fine"
CONTRASTS = frozenset({"but", "though", "although", "yet"})
LOOKS = frozenset({"look", "looks", "looked", "looking"})  # "my hands look normal": how a limb looks
LIMB_STRENGTH = frozenset({"hand_weakness", "leg_weakness"})
WASTING = "muscle_wasting"
# Fine before a change: "fine until I walk far", "were fine before Christmas".
UNTIL = frozenset({"until", "till", "til", "untill", "before"})
PAST_LINKING = frozenset({"was", "were"})
# A turn to later times after a fine said in the past: "were fine on Monday. By Saturday ...", "was ok, now ...".
# ("after" and "since" are left out: "my B12 was normal after the jabs", "fine since the op" say how it is now.)
LATER = frozenset({"now", "then", "by", "suddenly", "later", "afterwards", "nowadays", "lately"})
# A next sentence that opens on a later time; not "now", which often opens a new topic ("Now I'm worried ...").
LATER_NEXT = LATER - {"now", "nowadays", "lately"}
# Fine, then set against it with no subject of its own: "fine in daylight but terrible at night", "but not at night".
WORSE_AFTER = frozenset(
    {"terrible", "bad", "awful", "worse", "poor", "rubbish", "dreadful", "shocking", "not", "off", "useless", "weak",
     "weaker", "wobbly", "unsteady", "shaky", "numb", "sore", "horrendous", "hopeless", "crap", "iffy", "dodgy"}
)  # fmt: skip
WHEN_SETTINGS = frozenset(
    {"at", "in", "on", "when", "whenever", "while", "if", "after", "during", "by", "first", "once", "going", "walking",
     "standing", "climbing", "later", "towards", "toward", ",", ".", "!", ";", "\n", "now", "lately", "these"}
)  # fmt: skip
THEN_REACH = 8  # words after a fine word, within its sentence, where a change may be told
ABLY = frozenset(
    {
        "fine",
        "ok",
        "okay",
        "normally",
        "properly",
        "well",
        "everything",
        "anything",
        "no",
        "without",
        "and",
        "strongly",
        "hard",
        "effectively",
        "easily",
        "unaided",
    }
)


def normal_statements(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    lexicon: Lexicon,
    positions: Mapping[str, list[int]],
    places: Collection[int] = (),
    phrases: Sequence[Finding] = (),
    present: AbstractSet[str] | None = None,
) -> list[Finding]:
    """Terms said to be fine; the words of body sites may stand between ("feeling down below is normal").
    ``phrases``: findings read from phrases, whose words no "no problem" after them says fine. ``present``: the
    set of the text's words, if the caller has it (asked at once; the tokens' words are walked)."""
    terms = []
    key_set = frozenset(positions)
    # First key -> its terms whose later words all stand in the text (most terms: a word of theirs is nowhere in
    # it), found once per key rather than at each of its starts.
    possible: dict[str, list[Phrase]] = {}
    for start in starts(positions, lexicon.normal_terms_by_first_key.keys()):
        for key in keys[start]:
            if key not in possible:
                possible[key] = [
                    term for term in lexicon.normal_terms_by_first_key.get(key, ()) if term.later_stems <= key_set
                ]
            for stems, evidence_ids, _ in possible[key]:
                matched = match_from(tokens, keys, stems, start)
                if matched is not None:
                    last, _, words = matched
                    # Every field, in Finding's order (built as tokens are, without NamedTuple's Python-level __new__).
                    terms += [
                        _new_finding(Finding, (evidence_id, start, last, True, False, words, None, False, False, False))
                        for evidence_id in evidence_ids
                    ]
    terms = _longest(terms)
    if not terms:
        return terms
    taken = {i for term in terms for i in range(term.first, term.last + 1)} | set(places)
    # Two tests that most texts fail whole, asked once rather than of each term: a side or "other" before a term
    # (_one_side_of_two), a word of trouble anywhere (_said_no_trouble, _said_no_trouble_after, _listed_after).
    seen = list(words_of(tokens)) if present is None else present
    sided = not SIDE_WORDS.isdisjoint(seen)
    troubled = not TROUBLE.isdisjoint(map(STEM_OF, tokens)) or "nothing" in seen
    terms = [
        term for term in terms if not _felt_by_someone(tokens, term) and not (sided and _one_side_of_two(tokens, term))
    ]
    phrased = {i for finding in phrases for i in finding.own_tokens()} if troubled else set()
    said = [
        term
        for term in terms
        if (term.last - term.first >= len(term.words) and _fine_inside(tokens, term))  # words skipped: rare
        or _said_fine(tokens, taken, term)
        or _said_fine_before(tokens, term)
        or (
            troubled
            and (
                _said_no_trouble(tokens, term)
                or _said_no_trouble_after(tokens, term)
                or _no_trouble_to_end(tokens, term, phrased)
            )
        )
        or _said_able(tokens, term)
        or (tokens[term.last].word.endswith("ing") and _fine_after_object(tokens, term.last + 2))
    ]
    if not LOOKS.isdisjoint(seen):
        said = [_as_appearance(tokens, term) for term in said]
    return said + _listed_after(tokens, terms, said) + _listed_before(tokens, terms, said) if troubled else said


def _as_appearance(tokens: Sequence[Token], term: Finding) -> Finding:
    """ "my hands look normal", "her legs looked fine": a limb's look is its bulk, which says no wasting, not its
    strength."""
    if term.evidence_id not in LIMB_STRENGTH or tokens[term.last].word not in LIMBS:
        return term
    following = (token.word for token in tokens[term.last + 1 : term.last + 3])
    return term._replace(evidence_id=WASTING) if not LOOKS.isdisjoint(following) else term


def _fine_inside(tokens: Sequence[Token], term: Finding) -> bool:
    """'breathing is fine lying down', 'swallow safe on bedside assessment': a fine word among the words a term
    skipped, with no negation or inability there, says it fine; so does a trouble word there after a negation
    just before the term ('no breathing trouble lying down')."""
    own = set(term.words)
    between = [tokens[i] for i in range(term.first + 1, term.last) if i not in own]
    words = [token.word for token in between]
    if not FINE.isdisjoint(words):
        return NEGATED_OR_UNABLE.isdisjoint(words) and not _unable_before(tokens, term.first)
    if not any(token.stem in TROUBLE for token in between):
        return False
    before = tokens[max(0, term.first - 2) : term.first]
    return any(token.word in NEGATION_CUES for token in before) and not any(t.ends_clause for t in before)


def _one_side_of_two(tokens: Sequence[Token], term: Finding) -> bool:
    """'my left hand is fine but the right one drops things', 'the other leg is fine': one side said fine, in
    contrast with the other, says nothing of the finding as a whole."""
    before = [token.word for token in tokens[max(0, term.first - 2) : term.first]]
    if "other" in before:
        return True
    side = next((word for word in reversed(before) if word in OPPOSITE_SIDE), None)
    return side is not None and any(token.word == OPPOSITE_SIDE[side] for token in tokens)


def _listed_after(tokens: Sequence[Token], terms: Sequence[Finding], said: Sequence[Finding]) -> list[Finding]:
    """Terms listed after one said to be no trouble: 'no problem with speaking, eating or walking'."""
    listed: list[Finding] = []
    previous = None
    said_terms = set(said)
    for term in sorted(terms, key=lambda term: term.first):
        if term in said_terms:
            previous = term if _said_no_trouble(tokens, term) else None
            continue
        between = tokens[previous.last + 1 : term.first] if previous is not None else ()
        if previous is not None and between and all(token.word in LIST_WORDS for token in between):
            listed.append(term)
            previous = term
        elif previous is not None and previous.first != term.first:
            previous = None
    return listed


ITEM_JOINS = frozenset({",", "or", "and", "nor", "/"})
BEFORE_DENIED_ITEMS = frozenset({"any"})  # "no any speech or swallowing issues"


def _listed_before(tokens: Sequence[Token], terms: Sequence[Finding], said: Sequence[Finding]) -> list[Finding]:
    """Terms listed before one said to be no trouble, under one negation: 'no speech or swallowing issues',
    'no voice or swallowing problems'. The negation must stand right before the list's first item."""
    said_terms = set(said)
    ordered = sorted(terms, key=lambda term: term.first)
    listed: list[Finding] = []
    for index in range(len(ordered) - 1, 0, -1):
        term, previous = ordered[index], ordered[index - 1]
        if previous in said_terms or not _joined(tokens, previous, term):
            continue
        if term not in listed and not (term in said_terms and _said_no_trouble_after(tokens, term)):
            continue
        first = index - 1
        while first > 0 and _joined(tokens, ordered[first - 1], ordered[first]):
            first -= 1
        start = ordered[first].first
        before = start - 2 if start > 1 and tokens[start - 1].word in BEFORE_DENIED_ITEMS else start - 1
        if before >= 0 and tokens[before].word in NEGATION_CUES:
            listed.append(previous)
    return listed


def _joined(tokens: Sequence[Token], previous: Finding, term: Finding) -> bool:
    """Two items of a list: only list words ("or", "and", commas) between them."""
    between = tokens[previous.last + 1 : term.first]
    return bool(between) and all(token.word in ITEM_JOINS for token in between)


def _sudden(tokens: Sequence[Token], first: int) -> bool:
    """ "no sudden weakness", "never any acute weakness": a term of a sudden event, whose denial says nothing of
    the symptom itself (slow weakness may be the very complaint)."""
    before = tokens[first - 1].word if first > 0 else ""
    if before in {"any", "a"} and first > 1:
        before = tokens[first - 2].word
    return before in ONSET_MANNERS


def denied_terms(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    terms: Mapping[str, Sequence[tuple[tuple[str, ...], tuple[str, ...]]]],
    positions: Mapping[str, list[int]],
    sudden: Collection[str] = (),
) -> list[Finding]:
    """Terms that say an evidence is absent when denied ("no weakness"), and nothing otherwise: they are
    kept only if the assertion rules find them denied. A term of a sudden event says only the sudden course
    (``sudden``); one of spells ("no weak spells") says nothing."""
    found = []
    for start in starts(positions, terms.keys()):
        for key in keys[start]:
            for stems, evidence_ids in terms.get(key, ()):
                last = start + len(stems) - 1
                if last < len(tokens) and (
                    last == start  # one word
                    or (
                        stems[1] in keys[start + 1]  # most terms of several words fail here, at their second word
                        and all(stems[i] in keys[start + i] for i in range(2, len(stems)))
                    )
                ):
                    if last + 1 < len(tokens) and tokens[last + 1].word in SPELLS:
                        continue  # "no weak spells": the episodes' own words say them
                    if _sudden(tokens, start):
                        # the denial is kept, of the sudden event, to carry a list on ("no sudden weakness or droop")
                        found += [
                            _new_finding(Finding, (evidence_id, start, last, *_DENIAL_ONLY_REST))
                            for evidence_id in sudden
                        ]
                        continue
                    found += [
                        _new_finding(Finding, (evidence_id, start, last, *_DENIAL_ONLY_REST))
                        for evidence_id in evidence_ids
                    ]
                elif len(stems) == 2 and last < len(tokens) and tokens[start + 1].word in NEGATION_OR_FUNCTION:
                    denied_last = _denied_inside(tokens, keys, stems[1], start + 1)
                    if denied_last is not None:
                        found += [
                            Finding(evidence_id, start, denied_last, absent=True, denial_only=True)
                            for evidence_id in evidence_ids
                        ]
    return found


def _denied_inside(tokens: Sequence[Token], keys: Sequence[frozenset[str]], wanted: str, second: int) -> int | None:
    """ "my back doesn't hurt", "back is not sore": a negation for the term's second word, after at most one
    function word; where the second word then stands, if at most one more function word stands between."""
    negation = second + 1 if tokens[second].word in STOPWORDS else second
    if negation >= len(tokens) or tokens[negation].word not in NEGATION_CUES:
        return None
    for position in range(negation + 1, min(len(tokens), negation + 3)):
        if wanted in keys[position]:
            return position
        if tokens[position].word not in STOPWORDS:
            return None
    return None


def _longest(terms: list[Finding]) -> list[Finding]:
    """Terms not lying inside a longer one."""
    terms.sort(key=lambda term: (term.first, term.first - term.last))
    kept: list[Finding] = []
    # Every kept term starts at or before the next term, so only the one reaching furthest (the earliest of
    # those that reach as far) can hold it.
    furthest: Finding | None = None
    for term in terms:
        inside = furthest is not None and (
            term.last < furthest.last or (term.last == furthest.last and furthest.first < term.first)
        )
        if not inside:
            kept.append(term)
            if furthest is None or term.last > furthest.last:
                furthest = term
    return kept


def _said_able(tokens: Sequence[Token], term: Finding) -> bool:
    """'I can swallow fine', 'she can still lie flat', 'able to swallow everything' (but not 'I can feel
    my heart racing': the ability must be all that is said)."""
    before = [token.word for token in tokens[max(0, term.first - 3) : term.first]]
    able = bool(before) and (before[-1] in ABLE or before[-2:] in (["can", "still"], ["still", "able"], ["able", "to"]))
    if able and not NEGATED_OR_UNABLE.isdisjoint([token.word for token in tokens[max(0, term.first - 4) : term.first]]):
        return False  # "I haven't been able to pee properly", "not able to swallow well"
    if able and not LOST_OR_TO_COME.isdisjoint([token.word for token in tokens[max(0, term.first - 5) : term.first]]):
        return False  # "I've stopped being able to swallow bread", "scared I'll stop being able to breathe"
    following = tokens[term.last + 1] if term.last + 1 < len(tokens) else None
    if not able or _for_a_purpose(tokens, term.first):
        return False
    if following is None or following.ends_clause or following.is_comma or following.word in ABLY:
        return True
    return _fine_after_object(tokens, term.last + 1)


def _for_a_purpose(tokens: Sequence[Token], first: int) -> bool:
    """'I sleep in the chair so I can breathe', 'so that she can swallow': the aim of something done, not an
    ability said."""
    return "so" in (token.word for token in tokens[max(0, first - 4) : first - 1])


def _fine_after_object(tokens: Sequence[Token], start: int) -> bool:
    """'I can eat a steak fine', 'she can swallow soft food okay': a short object, then a manner word."""
    for position in range(start, min(len(tokens), start + OBJECT_REACH + 1)):
        token = tokens[position]
        if token.word in NEGATION_CUES and _trouble_at(tokens, position + 1):
            return True  # "I can swallow a steak no bother", "lie flat with no problem"
        if token.ends_clause or token.is_comma or token.word in NEGATION_CUES:
            return False
        if token.word in ABLY_AFTER_OBJECT:
            return True
    return False


def _past_determiner(tokens: Sequence[Token], position: int) -> int:
    """The position of the word after a negation, past a determiner ("no problem", "no real problem")."""
    return position + 1 if position < len(tokens) and tokens[position].word in DETERMINERS else position


def _trouble_at(tokens: Sequence[Token], position: int) -> bool:
    return position < len(tokens) and tokens[position].stem in TROUBLE


def _felt_by_someone(tokens: Sequence[Token], term: Finding) -> bool:
    """'Now I feel normal', 'he's feeling fine': how a person feels, not the sense of feeling; and a verb
    that shares its stem with a term ("my chest feels fine", "I think it's better"), not the sense or the
    thinking."""
    before = tokens[term.first - 1].word if term.first > 0 else ""
    word = tokens[term.first].word
    if word in FEEL_VERBS and before in PEOPLE:
        return True
    # "my feet feel normal" is their sensation; "breathing feels fine" is not
    return term.first == term.last and word in VERB_FORMS and before not in FELT_PLACES


def _unable_before(tokens: Sequence[Token], first: int) -> bool:
    """A negation or inability just before a term, in its clause: "he is not eating well", "cannot breathe good",
    and three words back over "able to" ("not able to breathe good")."""
    reach = 3 if first >= 3 and tokens[first - 2].word == "able" else 2
    before = tokens[first - reach : first] if first >= reach else tokens[:first]
    # (the words read by map in C: a comprehension costs a frame per call, and this is asked of each term)
    return not NEGATED_OR_UNABLE.isdisjoint(words_of(before)) and not any(t.ends_clause or t.is_comma for t in before)


def _said_fine(tokens: Sequence[Token], taken: set[int], term: Finding) -> bool:
    if _unable_before(tokens, term.first):
        return False  # said the opposite
    own = tokens[term.first : term.last + 1]
    if not REFLEX_STEMS.isdisjoint(map(STEM_OF, own)):
        return _said(tokens, taken, term, FINE_FOR_REFLEXES)
    if not STRENGTH_WORDS.isdisjoint(words_of(own)):
        return _said(tokens, taken, term, FINE_FOR_STRENGTH)  # "power full throughout", "strength is full"
    if own[-1].word in PARTS_TOLD_APART:
        following = frozenset(words_of(tokens[term.last + 1 : term.last + 3]))
        if own[-1].word == "chest":  # "chest is fine", not "chest clear" nor "chest feels fine"
            return FEEL_VERBS.isdisjoint(following) and _said(tokens, taken, term, FINE_FOR_CHEST)
        return _said(tokens, taken, term, FINE if not LOOKS.isdisjoint(following) else FACE_LOOKS)  # "face looks ok"
    return _said(tokens, taken, term, FINE)


def _said(tokens: Sequence[Token], taken: set[int], term: Finding, fine: frozenset[str]) -> bool:
    """The term, possibly followed by more terms joined by 'and' or commas, then 'is/are … fine'."""
    position = term.last + 1
    while position < len(tokens) and (
        position in taken
        or tokens[position].word in BETWEEN_TERMS
        or tokens[position].word in STOPWORDS
        or _one_more_item(tokens, position)
    ):
        if tokens[position].word in LINKING:
            break
        if tokens[position].word in CONTRASTS:
            return False  # "my speech, but my legs are fine": what is set against it is fine, not it
        position += 1
    position = _past_setting(tokens, position)
    following = list(words_of(tokens[position : position + 4]))
    if following and following[0] in fine:  # "B12 normal", "grip strength normal"
        return not _only_then(tokens, position, position)
    if following[:1] and following[0] in GOING:
        return following[1:2] == ["down"] and following[2:3] != [] and following[2] in fine
    if not following or following[0] not in LINKING:
        return False
    for offset, (previous, word) in enumerate(pairwise(following), start=1):
        if word in NEGATION_CUES:  # "my balance is not good"
            return False
        if word in CONTRASTS:  # "mood is low but ok": the fine word is set against what was said first
            return False
        if word in fine or (word == "right" and previous == "all"):  # "breathing's all right"
            return not _only_then(tokens, position, position + offset)
    return False


def _setting_at(words: Sequence[str], position: int) -> bool:
    """A setting or nothing more at ``position``: "... but terrible at night", "... but worse.", not "but not my
    swallowing" (another thing, which has its own subject)."""
    return position >= len(words) or words[position] in WHEN_SETTINGS


def _only_then(tokens: Sequence[Token], linking: int, fine_at: int) -> bool:
    """Fine only until or before a change ("my legs are fine until I walk far", "were fine before Christmas"), or
    fine in the past with a turn to later times just after ("legs were fine on Monday. By Saturday ...", "were ok
    last year, now ..."): how it was before, not a denial of now."""
    after = []
    for token in tokens[fine_at + 1 : fine_at + 1 + THEN_REACH]:
        after.append(token.word)
        if token.ends_clause and token.word not in CONTRASTS:
            break
    if not UNTIL.isdisjoint(after) or any(
        word in CONTRASTS and after[i + 1 : i + 2] and after[i + 1] in WORSE_AFTER and _setting_at(after, i + 2)
        for i, word in enumerate(after)
    ):
        return True  # (or fine only at times: "fine in daylight but terrible at night", "ok sitting but not standing")
    if PAST_LINKING.isdisjoint(words_of(tokens[linking:fine_at])):
        return False
    following = fine_at + len(after) + 1  # past the end of the sentence, its next word
    return not LATER.isdisjoint(after) or (following < len(tokens) and tokens[following].word in LATER_NEXT)


def _past_setting(tokens: Sequence[Token], position: int) -> int:
    """Past a short setting between a term and its linking verb ("my speech at work was fine"), if there is one."""
    if position >= len(tokens) or tokens[position - 1].word not in SETTINGS:
        return position
    for after in range(position, min(len(tokens), position + SETTING_REACH)):
        word = tokens[after].word
        if word in LINKING:
            return after
        if word in LINKING_OR_FINE or tokens[after].ends_clause or tokens[after].is_comma:
            break
    return position


def _one_more_item(tokens: Sequence[Token], position: int) -> bool:
    """'EMG and exam normal': one more item, named by a word the knowledge base does not know, after 'and'."""
    return tokens[position - 1].word in {"and", ","} and tokens[position].word not in LINKING_OR_FINE


def _said_no_trouble(tokens: Sequence[Token], term: Finding) -> bool:
    """'no trouble swallowing', 'I'm not having any problems with my speech': a trouble word just before the
    term, and a negation just before that. "Nothing with", "nothing wrong with" say the same ("nothing with my
    swallow"); items before the term may stand between ("no problem with walking, eating")."""
    before = tokens[max(0, term.first - 4) : term.first]
    trouble = [
        term.first - len(before) + i
        for i, token in enumerate(before)
        if token.stem in TROUBLE or _nothing_with(tokens, term.first - len(before) + i)
    ]
    if not trouble or any(token.ends_clause for token in tokens[trouble[0] : term.first]):
        return False
    if any(token.is_comma for token in tokens[trouble[0] : term.first]) and not _items_before(
        tokens[trouble[0] + 1 : term.first]
    ):
        return False
    before_trouble = tokens[max(0, trouble[0] - 4) : trouble[0] + 1]
    ends = [i for i, token in enumerate(before_trouble) if token.ends_clause]
    # "no change. The problem is my grip": a negation in the sentence before says nothing of this trouble.
    return any(token.word in NEGATION_CUES for token in before_trouble[ends[-1] + 1 if ends else 0 :])


# "nothing with my swallow", "nothing wrong with my speech": no trouble with it. Not "I can do nothing with my hands".
NOTHING_WITH_BETWEEN = frozenset({"wrong", "bad", "strange", "odd", "unusual"})
ITEM_OPENERS = frozenset({"with", "my", "the", "any", "in"})
DOING_NOTHING = frozenset({"do", "does", "did", "doing", "can", "could", "can't", "cant", "cannot"})


def _nothing_with(tokens: Sequence[Token], position: int) -> bool:
    if tokens[position].word != "with" or position == 0:
        return False
    nothing = position - 2 if tokens[position - 1].word in NOTHING_WITH_BETWEEN else position - 1
    if nothing < 0 or tokens[nothing].word != "nothing":
        return False
    return nothing == 0 or tokens[nothing - 1].word not in DOING_NOTHING


def _items_before(between: Sequence[Token]) -> bool:
    """'with walking, ' in 'no problem with walking, eating': after "with" or "my", single-word items each followed
    by a comma or 'or', none of them a negation or a turn ("no problem at all, neck fine" lists nothing)."""
    words = [token.word for token in between]
    start = 0
    while start < len(words) and words[start] in ITEM_OPENERS:
        start += 1
    items, joins = words[start::2], words[start + 1 :: 2]
    return (
        bool(items)
        and len(items) == len(joins)
        and ITEM_JOINS.issuperset(joins)
        and all(word.isalpha() and word not in NEGATED_OR_UNABLE and word not in CONTRASTS for word in items)
    )


def _said_no_trouble_after(tokens: Sequence[Token], term: Finding) -> bool:
    """'breathing is not an issue', 'swallowing has been no problem', 'no bladder problems'."""
    following = [token.word for token in tokens[term.last + 1 : term.last + 7]]
    if following and stem(following[0]) in TROUBLE:
        before = tokens[max(0, term.first - 3) : term.first]
        return any(token.word in NEGATION_CUES for token in before) and not any(t.ends_clause for t in before)
    if following[:1] and following[0] in NEGATION_CUES:
        after = term.last + 3 if following[1:2] and following[1] in DETERMINERS else term.last + 2
        if _trouble_at(tokens, after):
            return True  # "hands no problem", "swallowing no bother", "breathing not a problem"
    position = 0
    while position < len(following) and following[position] in LINKING:
        position += 1
    contracted = tokens[term.last].word.endswith("'s")  # "breathing's not an issue"
    if (position == 0 and not contracted) or position >= len(following) or following[position] not in NEGATION_CUES:
        # "swallowing my dinner is no bother", "chewing and swallowing food no bother"
        return tokens[term.last].word.endswith("ing") and _no_trouble_after_object(tokens, term.last + 1)
    rest = [word for word in following[position + 1 :] if word not in LINKING and word not in DETERMINERS]
    return bool(rest) and stem(rest[0]) in TROUBLE


def _no_trouble_to_end(tokens: Sequence[Token], term: Finding, phrased: Collection[int]) -> bool:
    """ "I lie down and get enough air, no problem", "I sleep flat on one pillow, no problem at all": a doing told
    plainly, then "no problem" ending its clause, says the doing is fine. Not across a denial, an inability, a
    contrast or a word that may be a complaint ("lying down my chest fills up, no problem")."""
    for position in range(term.last + 1, min(len(tokens), term.last + 1 + TO_END_REACH)):
        token = tokens[position]
        if token.ends_clause or token.word in CONTRASTS or position in phrased:
            return False
        if token.word in NEGATION_CUES:
            after = _past_determiner(tokens, position + 1)
            if not _trouble_at(tokens, after):
                return False
            end = after + 1
            if end + 1 < len(tokens) and (tokens[end].word, tokens[end + 1].word) == ("at", "all"):
                end += 2
            elif end < len(tokens) and tokens[end].word in AT_ALL_WORDS:
                end += 1
            return end >= len(tokens) or tokens[end].ends_clause
        if not (token.is_comma or token.word.isdigit() or token.word in PLAIN_DOING or token.word in STOPWORDS):
            return False
    return False


def _no_trouble_after_object(tokens: Sequence[Token], start: int) -> bool:
    """A short object, then a negated trouble word: "food no bother", "my dinner is no problem"."""
    for position in range(start + 1, min(len(tokens), start + OBJECT_REACH + 3)):
        token = tokens[position]
        if token.ends_clause or token.is_comma:
            return False
        if token.word in NEGATION_CUES:
            return _trouble_at(tokens, _past_determiner(tokens, position + 1))
    return False


def _said_fine_before(tokens: Sequence[Token], term: Finding) -> bool:
    """'a strong cough', 'normal speech', 'a good hard cough': fine words just before the term, not denied; and
    'fine lying down', 'ok walking': fine just before a doing, said of oneself in that setting (not 'fine motor')."""
    position = term.first - 1
    if position >= 0 and tokens[position].word in FINE_DOING and tokens[term.first].word.endswith("ing"):
        return not any(token.word in NEGATED_OR_UNABLE for token in tokens[max(0, position - 3) : position])
    fine_words = 0
    while position >= 0 and tokens[position].word in FINE_BEFORE:
        fine_words += tokens[position].word in FINE
        position -= 1
    if fine_words == 0 or any(tokens[i].stem in REFLEX_STEMS for i in range(term.first, term.last + 1)):
        return False
    return not any(token.word in NEGATION_CUES for token in tokens[max(0, position - 2) : position + 1])


def limbs_fine_of_another_symptom(
    tokens: Sequence[Token],
    normal: Sequence[Finding],
    said: Sequence[Finding],
    limb_places: Collection[int],
    segments: Segments,
    siblings: Mapping[str, Mapping[str, str]],
) -> list[Finding]:
    """Normal statements, less a bare limb said fine beside another symptom: in "my feet tingle but my hands
    are fine" the hands are free of tingling, which says nothing of their strength. Beside the same symptom at
    another limb ("my legs are weak, my arms are fine"), beside symptoms at no limb ("my speech is slurred, my
    arms are fine") and as an ability ("I can raise both arms") the limb keeps its meaning."""
    limb_parts = {segments.part[i] for i in limb_places}
    symptoms = [
        finding
        for finding in said
        if not (finding.absent or finding.denial_only or finding.hint) and segments.part[finding.first] in limb_parts
    ]
    kept = []
    for term in normal:
        related = {term.evidence_id, *siblings.get(term.evidence_id, {}).values()}
        bare_limb = term.first == term.last and tokens[term.first].word in LIMBS and len(related) > 1
        beside_another = (
            bare_limb
            and not _said_able(tokens, term)
            and not _said_strong(tokens, segments, term)
            and any(
                segments.sentence[finding.first] == segments.sentence[term.first] and finding.evidence_id not in related
                for finding in symptoms
            )
        )
        if not beside_another:
            kept.append(term)
    return kept


def _said_strong(tokens: Sequence[Token], segments: Segments, term: Finding) -> bool:
    """'my legs are as strong as ever': a limb said strong speaks of its strength whatever else is said."""
    _, last = segments.part_bounds[segments.part[term.first]]
    return any(token.word in STRONG for token in tokens[term.last + 1 : last + 1])


# "it's moving fine", "my legs move normally": a manner word right after the word that said a finding.
# ("can't lift my feet properly" is a complaint: an inability in the finding's words keeps it.)
MOVING_FINE = frozenset({"fine", "ok", "okay", "normally", "freely"})


def without_said_fine(
    tokens: Sequence[Token], words: Sequence[str], findings: list[Finding], red_flags: Collection[str]
) -> list[Finding]:
    """The findings, less those whose last word is said in a fine manner ending its part ("I checked my tongue,
    it's moving fine": no twitching); a red flag stays, to be asked about."""
    if MOVING_FINE.isdisjoint(words):  # most texts
        return findings
    before_fine = {i - 1 for i, word in enumerate(words) if word in MOVING_FINE}
    kept = []
    for finding in findings:
        last = max(finding.words) if finding.cue and finding.words else finding.last
        if (
            last in before_fine
            and not finding.absent
            and finding.evidence_id not in red_flags
            and _ends_part(tokens, last + 2)
            and not any(tokens[i].word in NEGATED_OR_UNABLE for i in range(finding.first, last + 1))
            and tokens[last].word.removesuffix("'s") not in SITE_WORDS  # "no ulcers, mouth's fine": a place said fine
        ):
            continue
        kept.append(finding)
    return kept


def _ends_part(tokens: Sequence[Token], position: int) -> bool:
    return position >= len(tokens) or tokens[position].ends_clause or tokens[position].is_comma
