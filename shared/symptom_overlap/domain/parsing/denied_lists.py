"""Lists after a denial: the findings a denial reaches beyond its first.

A list a negation reaches across commas ("no numbness, tingling or weakness") ends at an item with its own verb
("twitches have been the same") or its own state or duration ("no cramps, mood low", "back pain x2d"); a denied
heading ("Things I don't have:") reaches the list after its colon, and a finding denied in its own words denies the
list joined to it ("no fibrillations or fasciculation potentials").
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.tokens import Token

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
# "no wasting, no weakness, twitching only": the one exception, when "only" ends its part (not "no weakness or
# wasting only twitching", which lists what is denied before what is said).
PART_ENDS = frozenset({",", ".", "!", "?", ";", ":", "\n", ")"})
SPAN_WORDS = frozenset({"x", "for", "over"})  # "x2d", "for 3 weeks", "over 2 months"
# A place after a list item, then its own verb: "…, the twitches in my thighs are the same".
PLACE_WORDS = frozenset({"in", "on", "at", "around", "under", "across", "down"})
PLACE_REACH = 5
FINE_TOO = frozenset({"normal", "fine", "ok", "okay", "negative", "unremarkable", "clear"})
# Limbs listed before a denied finding, across commas ("no hand, arm or leg weakness").
LISTED_LIMBS = frozenset(
    {"hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "finger", "fingers", "toe", "toes", "limb", "limbs"}
)
# Functions listed the same way, before the trouble word that ends the list ("no speech, swallowing or breathing
# problems"): each is the everyday name of a finding's function, which the denial reaches.
LISTED_FUNCTIONS = frozenset(
    {"speech", "speaking", "talking", "voice", "swallowing", "swallow", "chewing", "breathing", "breath", "walking",
     "balance", "vision", "eyesight", "sight", "bladder", "bowel", "bowels", "strength", "sensation", "feeling"}
)  # fmt: skip
LISTED_ITEMS = LISTED_LIMBS | LISTED_FUNCTIONS
LISTED_SITES = LISTED_ITEMS | {",", "or", "and", "nor", "left", "right", "upper", "lower"}
# Words that may stand between findings of one negated list.
LIST_WORDS = frozenset(
    {",", "or", "and", "nor", "any", "no", "either", "other", "a", "an", "the", "my", "not", "never"}
)
# Words that may join the items of a list answered as a whole after its colon.
ANSWERED_LIST_WORDS = frozenset({",", "and", "or", "/"})
LIST_STARTS = frozenset({".", ":", ";", "!", "?", "\n"})
# A denied heading before a colon: "Things I DON'T have:", "Not symptoms:", "Negatives:" (not "I don't know: …").
HEADING_WORDS = 4
NOT_A_HEADING = frozenset(
    {"know", "sure", "understand", "why", "how", "what", "if", "mind", "care", "mention", "mentioned", "tell", "told",
     "say", "said", "ask", "asked", "help", "helped", "helps", "work", "worked", "bother", "worry", "want"}
)  # fmt: skip
RELATIVES = frozenset({"where", "when", "which", "whereby"})  # "episodes where I lost my speech"
KINDS = frozenset({"symptoms", "symptom", "signs", "sign", "problems", "issues", "things"})
EXAMPLE_WORDS = frozenset({"like", "such", "as", "e.g.", "eg", "including", "incl"})
SUBJECT_WORDS = frozenset({"i", "my", "he", "she", "his", "her", "they", "we", "and", "but"})


def sites_listed(words: Sequence[str]) -> bool:
    """The words are limbs or functions listed with commas and "or" and nothing else ("hand, arm or", "speech,"),
    not a bare "no,"."""
    return LISTED_SITES.issuperset(words) and not LISTED_ITEMS.isdisjoint(words)


def list_heading(
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
    if any(token.word not in LIST_WORDS for token in after) or starts_a_clause(tokens, findings[first], listed=True):
        return None
    return cue + 1 + ends[0]


def reached_end(finding: Finding) -> int:
    """Where a reached finding ends for the list that may follow it: a cue's words may stand far apart
    ("not sleeping … dozing in his chair"), and what stands between them is not part of the list."""
    if finding.cue and finding.anchor is not None:
        return finding.anchor[1]
    return finding.last


def starts_a_clause(tokens: Sequence[Token], finding: Finding, listed: bool = False) -> bool:
    """A verb follows the item, or stands inside it after its first word ("no weakness, my feet are numb",
    "no cramps, vibration reduced"), and not one saying it is fine too ("no tingling, my sugar is normal").
    In a list under a denied heading (``listed``) a state word inside the item is shorthand for it
    ("Denies: legs weak, numbness"); only a verb makes a clause there."""
    if tokens[finding.first].word in PRONOUN_SUBJECTS:  # limbs named again as "they" (body_site.py)
        return True
    following = [token.word for token in tokens[finding.last + 1 : finding.last + 4]]
    inner = [tokens[i].word for i in finding.own_tokens() if i > finding.first]
    inner += _words_within(tokens, finding)  # a cue's words apart: "mood is down" has the verb between them
    said_of_it = bool(following) and (following[0] in CLAUSE_VERBS or following[0] in AFFIRMED)
    said_of_it = said_of_it or (following[:1] == ["only"] and (following[1:2] == [] or following[1] in PART_ENDS))
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


def _words_within(tokens: Sequence[Token], finding: Finding) -> list[str]:
    """A cue's words between its own, up to a comma or a clause end: "is" in "mood is down"."""
    if not finding.cue:
        return []
    own = set(finding.own_tokens())
    within: list[str] = []
    for index in range(finding.first + 1, finding.last):
        token = tokens[index]
        if token.ends_clause or token.is_comma:
            break
        if index not in own:
            within.append(token.word)
    return within


def _own_time_span(following: Sequence[str]) -> bool:
    """ "no saddle anaesthesia, back pain x2d", "no numbness, tingling for 3 weeks": an item with its own duration
    is said, not listed among the denied."""
    for word, after in zip(following, [*following[1:], ""], strict=False):
        if word in (",", ".", ";", ":", "\n"):
            return False
        if word == "since" or (word in SPAN_WORDS and after[:1].isdigit()) or (word[:1] == "x" and word[1:2].isdigit()):
            return True
    return False


def describes_it(between: Sequence[Token]) -> bool:
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


def examples_of(between: Sequence[str]) -> bool:
    """ "no ALS symptoms like weakness or slurring", "none of the signs, such as twitching": examples of a kind denied
    are denied with it (not "no weakness like my mum had", a comparison)."""
    return (
        not KINDS.isdisjoint(between)
        and not EXAMPLE_WORDS.isdisjoint(between)
        and (EXAMPLE_WORDS | KINDS | LIST_WORDS | {"of", "classic", "typical", "usual", "main", "other"}).issuperset(
            between
        )
    )


def one_item_between(between: Sequence[Token]) -> bool:
    """', choking,' in 'denies dysphagia, choking, orthopnoea': one more list item that names nothing known."""
    return len(between) == 3 and between[0].is_comma and between[2].is_comma and not between[1].ends_clause


FINE_INSIDE = frozenset({"fine", "ok", "okay", "normal", "good", "alright", "great"})


def list_before_answer(
    tokens: Sequence[Token], findings: Sequence[Finding], in_order: Sequence[int], answered: int
) -> set[int]:
    """Findings listed before one answered after a colon, joined to it by list words alone: the answer is the
    whole list's ("numbness, tingling, balance in the dark: all no")."""
    following = findings[answered].last + 1
    if following >= len(tokens) or tokens[following].word != ":":
        return set()
    reached: set[int] = set()
    next_first = findings[answered].first
    for finding_index in reversed(in_order[: in_order.index(answered)]):
        finding = findings[finding_index]
        if finding.last >= next_first:
            continue
        between = tokens[finding.last + 1 : next_first]
        if not between or any(token.word not in ANSWERED_LIST_WORDS for token in between):
            break
        reached.add(finding_index)
        next_first = finding.first
    # Only a list that starts its sentence is a checklist ("I have weak legs, tingling: no" answers the tingling).
    return reached if next_first == 0 or tokens[next_first - 1].word in LIST_STARTS else set()


def list_after(tokens: Sequence[Token], findings: Sequence[Finding], in_order: Sequence[int], denied: int) -> set[int]:
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
        if any(token.is_comma for token in between) and (said_fine_inside or starts_a_clause(tokens, finding)):
            break  # "feet aren't numb, they're burning"
        reached.add(finding_index)
        previous_end = finding.last
    return reached
