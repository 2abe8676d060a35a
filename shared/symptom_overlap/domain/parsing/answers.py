"""Answers written right after a finding: "twitching - none", "Romberg negative", "choking? No.",
"weak grip ✘", "numb hands? not really" deny it; "weak hands? maybe" doubts it.

Checklists and replies put the answer after the finding, where a negation before it would not reach.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.tokens import CROSS_AFTER, Token

# Words right after a finding that deny it: "twitching - none", "Romberg negative", "choking? No".
AFTER_CUES = frozenset({"none", "nil", "negative", "neg"})
# A bare "no" after a finding answers it when its part ends there: "tingling no, pain no", "cramps: no".
ANSWER_ENDS = frozenset({",", ".", ";", "!", "\n"})
AFTER_FILLERS = frozenset(
    {":", ",", "-", "and", "it", "was", "were", "is", "came", "back", "all", "both", "test", "tests"}
)
ANSWERS_NO = frozenset({"no", "nope", "nah", "never", "none", "nil", "n/a"})
# Answers that deny wherever they stand after a finding, when they end their part ("weak grip ✘", "cramps nope").
BARE_ANSWERS_NO = frozenset({"no", "nope", "nah", "n/a"})
ITEM_MARKS = frozenset({":", "-", "?"})  # what separates a checklist item from its answer
ALTERNATIVE_WORDS = 1  # "or" and one word, as in "bottom or groin"
ITEM_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "next"})
# "pernicious anaemia? not that I know of", "numb hands? not really".
ANSWER_PHRASES_NO = (
    ("not", "really"), ("not", "that", "i"), ("not", "that", "i've"), ("not", "that", "ive"), ("not", "that", "i'm"),
    ("not", "that", "im"), ("don't", "think", "so"), ("dont", "think", "so"), ("i", "don't", "think", "so"),
    ("i", "dont", "think", "so"), ("not", "at", "all"), ("not", "in", "the", "least"),
)  # fmt: skip
# Bare denials that answer a question or take back what was just said: "Has she lost weight? She hasn't.",
# "Do you choke? I do not.", "I thought my hand was weak but it isn't." ("it", "is" and "was" are fillers).
HOLDERS = frozenset({"i", "he", "she", "they", "we", "it", "mine", "his", "hers"})
THINGS = frozenset({"it", "they", "mine"})
THINGS_NOT = frozenset({"it's", "its", "they're", "theyre"})
AUXILIARIES = frozenset({"do", "does", "did", "have", "has", "am", "are", "had"})
NEGATED_AUXILIARIES = frozenset(
    {"don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt", "isn't", "isnt",
     "aren't", "arent", "wasn't", "wasnt", "weren't", "werent", "hadn't", "never", "not"}
)  # fmt: skip
FINE_ANSWERS = frozenset({"fine", "ok", "okay", "normal", "good", "grand", "alright", "great", "perfect"})
BARE_TAILS = frozenset({"now", "anymore", "really", "though", "tho", "thankfully", "either"})
QUESTION_TAIL = 5  # words after a finding before the "?" of its short question
SENTENCE_TURNS = frozenset({".", "!", ";", "\n", "but", "however", "although", "though"})
# "weak hands? maybe": a question answered with a doubt.
ANSWERS_MAYBE = frozenset({"maybe", "possibly", "perhaps", "unsure", "idk", "dunno"})


# Every word that ``denied_after`` needs within FIRST_AFTER_REACH words after a finding: a text's other tokens are
# denied by no answer, and are not asked.
ANSWER_WORDS = AFTER_CUES | ANSWERS_NO | BARE_ANSWERS_NO | {CROSS_AFTER, "?"}
NOT_ANSWER_SECONDS = frozenset({"really", "at", "in"})  # "not really", "not at all", "not in the least"
FIRST_AFTER_REACH = 6  # _first_after's reach, which holds _question_mark_after's
_MAY_ANSWER = ANSWER_WORDS | NEGATED_AUXILIARIES | {"not"}  # the words answer_reach reads


def answer_reach(words: Sequence[str]) -> frozenset[int]:
    """The tokens that an answer word follows within reach: ``denied_after`` is false for every other token."""
    if ANSWER_WORDS.isdisjoint(words) and NEGATED_AUXILIARIES.isdisjoint(words):  # most texts: no answer word
        return frozenset()
    # Only the words that may answer are read (picked out in C; most words are none of them).
    answers = [
        i
        for i in compress(count(), map(_MAY_ANSWER.__contains__, words))
        if (word := words[i]) in ANSWER_WORDS
        or (word == "not" and words[i + 1 : i + 2] and words[i + 1] in NOT_ANSWER_SECONDS)
        or (word in NEGATED_AUXILIARIES and i > 1 and (words[i - 2] == "but" or words[i - 1] in THINGS))  # "it isn't"
        or (word == "not" and i > 1 and words[i - 2] == "but" and words[i - 1] in THINGS_NOT)  # "but it's not"
    ]
    return frozenset(last for i in answers for last in range(max(0, i - FIRST_AFTER_REACH), i))


def denied_past_site(
    words: Sequence[str],
    denied_after_token: Callable[[int], bool],
    site_mentions: Iterable[tuple[str, int, int]],
) -> Callable[[int], bool]:
    """``denied_after_token``, also asked past a body part named right after the finding's words when a checklist
    mark or a bare answer follows the part: in "numb bum - no" and "twitchy calves: none" the answer follows the
    place, not the symptom (not in "paraesthesia feet, nil leg weakness", where "nil" starts a new item)."""
    site_last_after = {
        first - 1: last
        for _, first, last in site_mentions
        if last + 1 < len(words) and (words[last + 1] in ITEM_MARKS or words[last + 1] in BARE_ANSWERS_NO)
    }
    if not site_last_after:
        return denied_after_token

    def denied(last: int) -> bool:
        site_last = site_last_after.get(last)
        return denied_after_token(last) or (site_last is not None and denied_after_token(site_last))

    return denied


def denied_after(words: Sequence[str], last: int) -> bool:
    """'twitching - none', 'Romberg negative', 'tested for it and it was negative', 'Coughs when drinking? No.',
    'tingling no, pain no', 'weak grip ✘', 'fainting: never', 'numb hands? not really', 'double vision: nope',
    'yellow skin or eyes? no', 'Q: any choking? A: n/a'."""
    first = _first_after(words, last)
    if first is None:
        return False
    word = words[first]
    if (
        word == "or"
        and (alternative := _first_after(words, first + ALTERNATIVE_WORDS)) is not None
        and words[alternative] in BARE_ANSWERS_NO
        and _ends_answer(words, alternative)
    ):
        return True  # "numbness around bottom or groin - no": the item's other word, then its answer
    if word in AFTER_CUES:
        return True
    if word in BARE_ANSWERS_NO:
        return _ends_answer(words, first)
    if word == CROSS_AFTER:  # "cramps ✗ wobbly ✓"
        return True
    if word == "not" and (phrase := _answer_phrase_no(words[first : first + 4])):
        return _ends_answer(words, first + phrase - 1)  # "cramps - not really.", "twitching: not at all"
    if word in ANSWERS_NO and words[first - 1] == ":":  # "fainting: never"
        return True
    if word == "?":
        following = _answer_after(words, first)
        raw = words[first + 1 : first + 5]  # "all" is a filler, and "not at all" is read with it
        return bool(following) and (
            following[0] in ANSWERS_NO
            or _answer_phrase_no(following) > 0
            or _answer_phrase_no(raw) > 0
            or _bare_denial(words, first + 1, HOLDERS)
            or _fine_answer(words, first)
        )
    if word == "but":  # "I thought my hand was weak but it isn't", "felt numb, but it's not"
        return _bare_denial(words, first + 1, THINGS)
    if word in NEGATED_AUXILIARIES and words[first - 1] in THINGS and (first - 2 == last or words[first - 2] == ","):
        return _bare_end(words, first)  # "my speech was slurred (it isn't, I recorded it)": taken back at once
    # A short question with more words after the finding ("yellow skin or eyes? no") needs a bare answer.
    asked = _question_mark_after(words, last + 1)
    if asked is None:
        return False
    following = _answer_after(words, asked)
    answer = asked + 1 + words[asked + 1 :].index(following[0]) if following else 0
    return bool(following) and (
        (following[0] in ANSWERS_NO and _ends_answer(words, answer)) or _answer_phrase_no(following) > 0
    )


def _fine_answer(words: Sequence[str], mark: int) -> bool:
    """ "Weak legs? Fine.", "choking? all good", "swallowing? normal": a question answered only with a fine word."""
    position = mark + 1
    while position < len(words) and words[position] in AFTER_FILLERS and words[position] not in ANSWER_ENDS:
        position += 1
    return position < len(words) and words[position] in FINE_ANSWERS and _bare_end(words, position)


def _bare_end(words: Sequence[str], position: int) -> bool:
    """The denial ends its answer, but for a word of now after it ("they aren't now", "I don't really")."""
    while position + 1 < len(words) and words[position + 1] in BARE_TAILS:
        position += 1
    return _ends_answer(words, position)


def _bare_denial(words: Sequence[str], start: int, holders: frozenset[str]) -> bool:
    """A holder and a bare negated verb that end the answer: "She hasn't.", "I have not.", "it isn't"."""
    position = start
    if position < len(words) and words[position] in holders:
        position += 1
    elif position < len(words) and words[position] in THINGS_NOT:  # "it's not", "they're not"
        position += 1
        return position < len(words) and words[position] == "not" and _bare_end(words, position)
    else:
        return False
    if position < len(words) and words[position] in AUXILIARIES:
        position += 1
        if position < len(words) and words[position] in {"not", "never"}:
            return _bare_end(words, position)
        return False
    return position < len(words) and words[position] in NEGATED_AUXILIARIES and _bare_end(words, position)


def _answer_phrase_no(following: Sequence[str]) -> int:
    """The length of the answer phrase that opens ``following`` ("not really", "not at all"), or 0."""
    return next((len(phrase) for phrase in ANSWER_PHRASES_NO if tuple(following[: len(phrase)]) == phrase), 0)


def _ends_answer(words: Sequence[str], answer: int) -> bool:
    """The answer ends its part, or the next item of a dictated list begins ("numbness no two balance yes")."""
    return answer + 1 == len(words) or words[answer + 1] in ANSWER_ENDS or words[answer + 1] in ITEM_NUMBERS


def _question_mark_after(words: Sequence[str], first: int) -> int | None:
    """The "?" that closes a short question after a finding ("yellow skin or eyes?", "confused lately?"), not
    one asked about it after a comma ("numb feet, is that normal? no")."""
    if "?" not in words[first : first + QUESTION_TAIL]:  # most findings: no question mark in reach at all
        return None
    for position in range(first, min(len(words), first + QUESTION_TAIL)):
        if words[position] == "?":
            return position
        if words[position] in SENTENCE_TURNS or words[position] == ",":
            return None
    return None


def _answer_after(words: Sequence[str], mark: int) -> list[str]:
    """The words answering a question that ends at ``mark``, past an answer's label ("Q: … A: no")."""
    following = _words_after(words, mark)
    if following[:1] == ["a"] and words[mark + 1 : mark + 3] == ["a", ":"]:
        following = following[1:]
    return following


def doubted_after(words: Sequence[str], last: int) -> bool:
    """'weak hands? maybe', 'tingling - maybe?', 'cramps: maybe', 'slurred speech: ?', 'cramps? not sure': a
    question or an item answered with a doubt, or with a bare question mark."""
    first = _first_after(words, last)
    if first is None:
        return False
    asked = words[first] == "?" or ":" in words[last + 1 : first]  # not "numb feet, and not sure if …"
    if asked and _doubt_phrase_answers(words, first + 1 if words[first] == "?" else first):
        return True
    if words[first] in ANSWERS_MAYBE:  # an answer that ends its part, or asks itself
        return first + 1 == len(words) or words[first + 1] in ANSWER_ENDS or words[first + 1] == "?"
    if words[first] != "?":
        return False
    if words[first - 1] == ":" and (first + 1 == len(words) or words[first + 1] == "\n"):
        return True  # "slurred speech: ?"
    following = _words_after(words, first)
    return bool(following) and following[0] in ANSWERS_MAYBE


# "cramps? not sure", "weak grip: can't tell", "drooling? don't know, maybe": a doubt that is the whole answer.
DOUBT_ANSWER_PHRASES = (
    ("not", "sure"), ("not", "certain"), ("don't", "know"), ("dont", "know"), ("can't", "tell"), ("cant", "tell"),
    ("hard", "to", "say"), ("hard", "to", "tell"), ("no", "idea"), ("unsure",), ("dunno",), ("idk",),
)  # fmt: skip
DOUBT_ANSWER_FIRSTS = frozenset(phrase[0] for phrase in DOUBT_ANSWER_PHRASES)
DOUBT_ANSWER_ENDS = ANSWER_ENDS | {"?", "really", "tbh", "honestly", "yet", "if", "whether"}


def _doubt_phrase_answers(words: Sequence[str], start: int) -> bool:
    while start < len(words) and words[start] in {"?", "i", "i'm", "im"}:
        start += 1  # "weak hands?? I'm not sure"
    if start >= len(words) or words[start] not in DOUBT_ANSWER_FIRSTS:
        return False
    for phrase in DOUBT_ANSWER_PHRASES:
        end = start + len(phrase)
        if tuple(words[start:end]) == phrase:
            return end == len(words) or words[end] in DOUBT_ANSWER_ENDS
    return False


YES_ANSWERS = frozenset({"yes", "yep", "yeah", "yup", "y"})


def said_yes_after(words: Sequence[str], last: int) -> bool:
    """ "cramps yes, stiffness yes in both legs, … - maybe? hard to say": an item answered "yes" is said, whatever
    a doubt elsewhere in its sentence says (unless the answer itself is asked: "cramps - yes?")."""
    first = _first_after(words, last)
    if first is None or first > last + 2 or words[first] not in YES_ANSWERS:
        return False
    following = words[first + 1] if first + 1 < len(words) else ""
    return following != "?" and following not in ANSWERS_MAYBE


def doubt_answers_in(words: Collection[str]) -> bool:
    """Whether ``doubted_after`` may find an answer in the words: every answer it reads is asked (a question mark,
    or a colon after the item: "cramps: not sure") or is a word of maybe. Most texts have none, so it is not asked
    (a doubt phrase alone, "not sure", answers nothing without a question mark or a colon)."""
    return "?" in words or ":" in words or not ANSWERS_MAYBE.isdisjoint(words)


def _first_after(words: Sequence[str], last: int) -> int | None:
    """The first word after ``last`` (within six) that is not a filler."""
    for position in range(last + 1, min(len(words), last + FIRST_AFTER_REACH + 1)):
        if words[position] not in AFTER_FILLERS:
            return position
    return None


def _words_after(words: Sequence[str], last: int) -> list[str]:
    """The words after ``last`` but fillers and the further marks of a question ("weak hands?? no")."""
    return [word for word in words[last + 1 : last + 7] if word not in AFTER_FILLERS and word != "?"]


# "no, I don't choke on water. Okay, once or twice": a denial taken back at once by a concession and a count.
TAKE_BACK_OPENERS = frozenset({"okay", "ok", "well", "alright", "actually", "admittedly", "hmm", "ah"})
ADMITTED_COUNTS = frozenset(
    {"once", "twice", "sometimes", "occasionally", "few", "couple", "maybe", "possibly", "bit", "little", "slightly"}
)
LONG_AGO = frozenset({"ago", "years", "year", "when", "as", "back"})  # "well, once years ago": doubted, not now
DOUBTED_COUNTS = frozenset({"maybe", "possibly"})  # "well, maybe": doubted, not said
DEGREE_COUNTS = frozenset({"bit", "little", "slightly"})  # "well, a bit": said, unless doubted as well
TAKE_BACK_REACH = 3  # words after the opener before its count
TAKE_BACK_LENGTH = 15  # words of the part that takes a denial back


def taken_back(
    words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], present: AbstractSet[str] | None = None
) -> list[ReadFinding]:
    """A denial taken back by the next part or sentence ("… I don't choke on water. Okay, once or twice this week",
    "never dizzy, well, sometimes") is said, or doubted after a bare "maybe": never absent, since it may be a red
    flag. The part that takes it back names no finding."""
    seen = words if present is None else present
    if TAKE_BACK_OPENERS.isdisjoint(seen) or not any(item.assertion is Assertion.ABSENT for item in read):
        return list(read)
    changed: dict[int, Assertion] = {}
    for opener, word in enumerate(words):
        if word not in TAKE_BACK_OPENERS or opener == 0 or words[opener - 1] not in TAKE_BACK_BEFORE:
            continue
        assertion = _admitted(words, segments, read, opener)
        if assertion is None:
            continue
        sentence = (
            segments.sentence[opener - 1]
            if words[opener - 1] == ","
            else segments.sentence_before(segments.sentence[opener])
        )
        for index, item in enumerate(read):
            if (
                item.assertion is Assertion.ABSENT
                and item.finding.last < opener
                and segments.sentence[item.finding.first] in (sentence, segments.sentence[opener])
            ):
                changed[index] = assertion
    if not changed:
        return list(read)
    return [item._replace(assertion=changed[index]) if index in changed else item for index, item in enumerate(read)]


TAKE_BACK_BEFORE = frozenset({",", ".", "!", ";", "\n", "-", "but"})


def _admitted(words: Sequence[str], segments: Segments, read: Sequence[ReadFinding], opener: int) -> Assertion | None:
    """What a concession says, in the rest of its sentence: a count after it ("okay, once or twice") says the
    finding, a bare "maybe" or a date long ago doubts it."""
    last = segments.sentence_bounds[segments.sentence[opener]][1]
    if last - opener > TAKE_BACK_LENGTH or any(opener < item.finding.first <= last for item in read):
        return None
    following = [word for word in words[opener + 1 : opener + 2 + TAKE_BACK_REACH] if word != ","]
    counts = ADMITTED_COUNTS.intersection(following[:TAKE_BACK_REACH])
    if following[:2] == ["now", "and"]:  # "well, now and then"
        counts = frozenset({"now"})
    if not counts:
        return None
    dated = any(word[:1].isdigit() or word in LONG_AGO for word in words[opener + 1 : last + 1])
    doubted = bool(counts - DEGREE_COUNTS) and counts - DEGREE_COUNTS <= DOUBTED_COUNTS  # "well, a little maybe"
    return Assertion.UNCERTAIN if dated or doubted else Assertion.PRESENT


# "double: no", "At rest? no.", "unsteady: no longer", "stairs: yes": a heading of a word or two that names one
# evidence only in part, answered on its own.
HEADING_MARKS = frozenset({":", "?"})
HEADING_ANSWERS = {
    **dict.fromkeys(("no", "nope", "nah", "never", "none", "nil", "n/a"), Assertion.ABSENT),
    **dict.fromkeys(("yes", "yep", "yeah", "y"), Assertion.PRESENT),
}
ANSWER_TAILS = frozenset({"longer"})  # "no longer"
# How often or how much, as an answer or after "yes", says it: "tired? always", "stairs? bit.", "choke? yeah a bit".
DEGREE_ANSWERS = frozenset(
    {"always", "sometimes", "often", "occasionally", "constantly", "frequently", "usually", "mostly", "daily", "bit",
     "slightly", "lots", "loads"}
)  # fmt: skip
DEGREE_AFTER_A = frozenset({"bit", "little", "lot"})  # "a bit", "a little", "a lot"


def heading_answer(words: Sequence[str], position: int) -> tuple[Assertion, int] | None:
    """The answer that starts at ``position`` and the position of its last word: "no", "no longer", "yes,
    sometimes", "yeah a bit", "always", "a little"."""
    word = words[position] if position < len(words) else ""
    if word in DEGREE_ANSWERS:
        return Assertion.PRESENT, position
    if word == "a" and words[position + 1 : position + 2] and words[position + 1] in DEGREE_AFTER_A:
        return Assertion.PRESENT, position + 1
    assertion = HEADING_ANSWERS.get(word)
    if assertion is None:
        return None
    if words[position + 1 : position + 2] and words[position + 1] in ANSWER_TAILS:
        return assertion, position + 1
    if assertion is Assertion.PRESENT:  # "yes, sometimes", "yeah a bit": the degree belongs to the answer
        after = position + 1 + (words[position + 1 : position + 2] == [","])
        degree = heading_answer(words, after) if after < len(words) and words[after] != "," else None
        if degree is not None and degree[0] is Assertion.PRESENT:
            return assertion, degree[1]
    return assertion, position


def answered_headings(
    tokens: Sequence[Token],
    words: Sequence[str],
    read: Sequence[ReadFinding],
    heading_ids: Mapping[tuple[str, ...], str],
    synonym_heads: Mapping[str, frozenset[str]],
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """Readings of the evidence a short heading names in part, when nothing else in the text reads it. A heading
    of two words ("at rest", "on stairs") is a setting: it names the evidence only after one of its kind, whose
    names begin with the same word ("Breathless lying flat? no. At rest? no.")."""
    if HEADING_MARKS.isdisjoint(words if present is None else present):
        return []
    answers = {
        mark: answer
        for mark, word in enumerate(words[:-1])
        if word in HEADING_MARKS and (answer := heading_answer(words, mark + 1)) is not None
    }
    if not answers:
        return []
    known = {item.finding.evidence_id for item in read}
    covered = {i for item in read for i in range(item.finding.first, item.finding.last + 1)}
    answered = []
    for mark, (assertion, answer_last) in answers.items():
        after = answer_last + 1
        if after < len(words) and not (tokens[after].ends_clause or tokens[after].is_comma):
            continue
        for start in (mark - 2, mark - 1):
            if start < 0 or (start > 0 and not tokens[start - 1].ends_clause):
                continue
            evidence_id = heading_ids.get(tuple(words[start:mark]))
            if evidence_id is None or evidence_id in known or not covered.isdisjoint(range(start, mark)):
                continue
            if mark - start > 1 and not _same_kind_before(read, start, evidence_id, synonym_heads):
                continue  # "I get twitching. At rest? no.": the twitching's setting, not breathing at rest
            subject = _nearest_subject(read, start)
            answered.append(
                ReadFinding(Finding(evidence_id, start, mark + 1), assertion, subject, TimeFrame.CURRENT, None)
            )
            known.add(evidence_id)
            break
    return answered


def _same_kind_before(
    read: Sequence[ReadFinding], position: int, evidence_id: str, synonym_heads: Mapping[str, frozenset[str]]
) -> bool:
    before = [item for item in read if item.finding.first < position]
    if not before:
        return False
    heads = synonym_heads.get(before[-1].finding.evidence_id, frozenset())
    return not heads.isdisjoint(synonym_heads.get(evidence_id, frozenset()))


def _nearest_subject(read: Sequence[ReadFinding], position: int) -> Subject:
    """Whom the findings around a heading are about: the last one before it, or else the first."""
    before = [item for item in read if item.finding.first < position]
    nearest = before[-1] if before else (read[0] if read else None)
    return Subject.SELF if nearest is None else nearest.subject


def slash_joined_denials(
    text: str, tokens: Sequence[Token], words: Sequence[str], answered: AbstractSet[int]
) -> dict[int, bool]:
    """The tokens denied by an answer after a word joined to them by a slash: in a tick sheet's "numbness around
    bottom/groin - no" or "new bladder/bowel trouble - no" the joined word is of the item, and the answer after it
    is the item's (filled into the text index's ``denials``, which both cue lookup and assertion ask)."""
    return {
        last: True
        for last in range(len(tokens) - 1)
        if last in answered
        and text[tokens[last].end : tokens[last + 1].start] == "/"
        and not denied_after(words, last)
        and denied_after(words, last + 1)
    }
