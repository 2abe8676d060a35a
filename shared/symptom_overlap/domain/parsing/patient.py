"""Who the patient is: the writer, unless the text says otherwise ("I'm writing for my husband", "I'm his
carer") or a carer tells more of someone else's symptoms and signs than their own (a relative's diagnosis or
operation alone does not make them the patient). Friends, acquaintances and young children are the patient
only when the text says so or the writer neither has symptoms nor speaks of themselves; a stranger ("a lad at
work") never is. Someone who died is never the patient.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from itertools import compress, count, pairwise

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.people import (
    DETERMINED_PEOPLE,
    KIN_POSSESSIVES,
    POSSESSIVE_SELF,
    WRITER,
    WRITER_IS,
    WRITER_OBJECTS,
    Mention,
    Person,
)
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

# Words that name an illness someone had, not a complaint: "my dad's stroke", "mum's TIA".
ILLNESS_EVENTS = frozenset({"stroke", "strokes", "tia", "tias", "cva"})
DEATH_WORDS = frozenset({"died", "passed", "death", "deceased", "funeral"})  # not "dead": "feet feel dead"
# "passed out", "passed water", "hasn't passed any urine", "it passed completely": not a death.
NOT_DEATH_AFTER = frozenset(
    {"out", "urine", "water", "stool", "stools", "any", "no", "wind", "blood", "completely", "quickly", "off", "within",
     "after", "by", "the", "a", "my", "his", "her", "their"}
)  # fmt: skip
NOT_DEATH_BEFORE = frozenset({"it", "it's", "its", "that", "this", "which", "they", "then", "soon", "eventually"})
# "laughed at a funeral", "went to another funeral": someone else's funeral, an event the person went to.
NOT_OWN_FUNERAL_BEFORE = frozenset({"a", "another"})
# The text says whom it is about.
ABOUT_OTHER = WordSequences(
    {("writing", "for"), ("writing", "about"), ("writing", "on", "behalf"), ("write", "for"), ("ask", "for"),
     ("ask", "about"), ("asking", "for"), ("asking", "about"), ("asking", "on", "behalf"), ("posting", "for"),
     ("posting", "about"), ("posting", "on", "behalf"), ("caring", "for"), ("look", "after"), ("looking", "after"),
     ("worried", "about"), ("her", "problem"), ("his", "problem"), ("care", "for"), ("looks", "after"),
     ("take", "care", "of"), ("taking", "care", "of"), ("nursing",)}
)  # fmt: skip
# An illness named as what one is worried about ("worried about ALS"), or "it" standing for one.
ILLNESS_NAMES = frozenset({"als", "mnd", "motor", "lou", "amyotrophic", "b12", "ms", "dementia", "cancer", "it"})
# "I care for my kids", "looking after the grandchildren": parenting, not a text about them.
CARING = frozenset({"care", "caring", "look", "looks", "looking", "take", "taking", "nursing"})
CARED_CHILDREN = frozenset({"kids", "children", "grandchildren", "grandkids", "baby", "toddler", "twins", "kiddies"})
FUTURE_GETTING = frozenset({"getting", "inheriting", "catching", "developing", "having"})
FEAR_FOR_REACH = 5  # words after "worried about" in which the people feared for and their getting it stand
ABOUT_SELF = WordSequences(
    {("about", "myself"), ("for", "myself"), ("my", "own"), ("i'm", "the", "one"), ("im", "the", "one"),
     ("i", "am", "the", "one"), ("me", "personally"), ("my", "real", "question")}
)  # fmt: skip
# "My brother has ALS and I'm his carer, but I'm writing about me": said outright, the writer is the patient
# whatever else the text says of whom they care for (not "I'm not asking for me").
WRITER_STATED = WordSequences(
    {(verb, about, me) for verb in ("writing", "write", "asking", "ask", "posting", "post", "here")
     for about in ("about", "for") for me in ("me", "myself")}
    | {(this, "is", about, me) for this in ("this", "it", "question") for about in ("about", "for")
       for me in ("me", "myself")}
)  # fmt: skip
NOT_STATED = frozenset({"not", "isn't", "isnt", "wasn't", "never"})
# "My wife is the one with the cramps": the person named just before.
ONE_WITH = WordSequences(
    {("is", "the", "one", "with"), ("is", "the", "one", "who", "has"), ("is", "the", "one", "having")}
)
THE_ONE_WITH = WordSequences({("the", "one", "with"), ("the", "one", "who", "has"), ("the", "one", "having")})
NOT_ME_REACH = 10  # words after "the one with" in which "not me" sets the writer apart
SET_APART = WordSequences(
    {("not", "me"), ("i", "don't"), ("i", "dont"), ("i", "do", "not"), ("i", "haven't"), ("i", "havent"),
     ("i", "have", "not"), ("i've", "never"), ("ive", "never"), ("i", "never"), ("mine", "was"), ("mine", "is"),
     ("mine", "isn't"), ("mine", "wasn't"), ("mine", "hasn't"), ("mine", "came"), ("mine", "are"), ("not", "myself")}
)  # fmt: skip
BARE_SET_APART = WordSequences(
    {("i", "don't"), ("i", "dont"), ("i", "do", "not"), ("i", "haven't"), ("i", "havent"), ("i", "have", "not"),
     ("mine", "don't"), ("mine", "dont"), ("mine", "doesn't"), ("mine", "doesnt"), ("mine", "isn't"),
     ("mine", "aren't"), ("i", "never", "have"), ("i", "never", "did")}
)  # fmt: skip
# The writer saying they have nothing like what someone else has: the text is about the writer.
WRITER_UNLIKE = WordSequences(
    {("i", "don't", "have", "anything", "like"), ("i", "dont", "have", "anything", "like"),
     ("i've", "never", "had", "anything", "like"), ("ive", "never", "had", "anything", "like"),
     ("i've", "got", "nothing", "like"), ("ive", "got", "nothing", "like"), ("i", "have", "nothing", "like"),
     ("nothing", "wrong", "with", "me"), ("nothing's", "wrong", "with", "me"), ("nothings", "wrong", "with", "me"),
     ("nothing", "is", "wrong", "with", "me"), ("i'm", "fine", "myself"), ("im", "fine", "myself")}
)  # fmt: skip
# People a writer mentions in passing: the patient only when the text says so or the writer has no symptoms.
ACQUAINTANCES = (
    frozenset(
        {
            "friend",
            "mate",
            "neighbour",
            "neighbor",
            "colleague",
            "coworker",
            "boss",
            "flatmate",
            "roommate",
            "classmate",
        }
    )
    | DETERMINED_PEOPLE
)
YOUNG = frozenset({"baby", "toddler", "kid", "kids"})
ARTICLES = frozenset({"a", "an", "the", "this", "that", "one", "some"})
FEARING = frozenset({"scared", "terrified", "worried", "paranoid", "anxious", "panicking", "frightened", "afraid"})
ADULT_AGE = 18
AGE_LEAD = frozenset({"is", "who's", "whos", "aged", "age", "who", "she's", "he's", "shes", "hes", "only", "just"})
DURATION_UNITS = frozenset(
    {"day", "days", "week", "weeks", "wk", "wks", "month", "months", "hour", "hours", "hrs", "min", "mins",
     "minutes", "times", "kg", "kilos", "lbs", "stone", "am", "pm"}
)  # fmt: skip
CARER_WORDS = frozenset({"carer", "caregiver", "caretaker"})
STATEMENT_STARTS = ABOUT_SELF.first_words | ABOUT_OTHER.first_words | CARER_WORDS | {"is"}
STATEMENTS_OR_KIN = STATEMENT_STARTS | KIN_POSSESSIVES


def patient_of(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    mentions: Sequence[Mention],
    holders: Sequence[Person],
    complaints: Collection[str],
    diagnoses: Collection[str] = frozenset(),
    courses: Collection[str] = frozenset(),
) -> Person:
    writer = Person(WRITER, blood=False)
    dead = {
        person
        for i in compress(count(), map(DEATH_WORDS.__contains__, words))
        if not _not_a_death(tokens, i)
        for person in _who_died(i, mentions, segments)
    }
    stated = _stated_patient(words, mentions)
    if (
        stated is not None
        and stated not in dead
        and not _carer_with_own_complaints(words, findings, holders, complaints, stated)
    ):
        return stated
    if WRITER_UNLIKE.occur_in(
        words
    ):  # "My nan had pins and needles from her diabetes. I don't have anything like that."
        return writer
    if _set_apart_bare(words):  # "my husband drools a lot, I don't": the writer speaks of themselves
        return writer
    others_events = _others_illness_events(words, segments, findings, holders, courses)
    counts = Counter(
        holder
        for finding, holder in zip(findings, holders, strict=True)
        if finding.evidence_id in complaints
        and holder.human
        and holder not in dead
        and (holder, segments.clause[finding.first]) not in others_events
    )
    speaks = any(mention.person.is_writer for mention in mentions)
    if not counts and not speaks and not SET_APART.occur_in(words):
        # No one has a symptom and the writer never speaks of themselves: "my mother takes Pan-D for gas", "my
        # boyfriend does cream chargers"; but a relative's diagnosis alone does not make them the patient ("My
        # dad has ALS."), nor what the writer sets themselves apart from ("My husband takes metformin, not me").
        counts = Counter(
            holder
            for finding, holder in zip(findings, holders, strict=True)
            if finding.evidence_id not in diagnoses and holder.human and holder not in dead
        )
    # A writer with symptoms of their own, or who speaks of their own body or fear ("now I'm paranoid about my
    # back"), is not writing about a friend or a young child; a stranger ("a lad at work") is never the patient.
    counted_others = [m for m in mentions if m.person in counts and m.person != writer]
    strangers = _strangers(tokens, counted_others)
    passing = (
        _mentioned_in_passing(tokens, counted_others) if counts[writer] or _speaks_of_self(tokens, mentions) else set()
    ) | strangers
    if passing:
        counts = Counter({holder: count for holder, count in counts.items() if holder not in passing})
    if counts and counts[writer] < max(counts.values()):
        return counts.most_common(1)[0][0]
    if not any(m.person.is_writer for m in mentions):  # "He keeps choking": a text about him alone
        # Without even a "my", the writer is not in the text at all: "He was diagnosed with MND in May".
        unwritten = POSSESSIVE_SELF.isdisjoint(words)
        others = [
            holder
            for finding, holder in zip(findings, holders, strict=True)
            if (unwritten or finding.evidence_id in complaints)
            and holder.human
            and holder not in dead
            and not holder.is_writer
            and holder not in strangers
        ]
        if others:
            return others[0]
    return writer


def _others_illness_events(
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    holders: Sequence[Person],
    courses: Collection[str],
) -> set[tuple[Person, int]]:
    """ "My dad's stroke was sudden": an illness someone else had, named by its word alone, and the course told of
    it in its clause are what happened to them, not complaints that make them the patient. The clauses (with their
    holder) where such an event is named and nothing but courses is said of that person besides."""
    if ILLNESS_EVENTS.isdisjoint(words):  # most texts
        return set()
    named = {
        (holder, segments.clause[finding.first])
        for finding, holder in zip(findings, holders, strict=True)
        if not holder.is_writer
        and finding.last == finding.first
        and finding.evidence_id not in courses
        and words[finding.first] in ILLNESS_EVENTS
    }
    if not named:
        return named
    others = {
        (holder, segments.clause[finding.first])
        for finding, holder in zip(findings, holders, strict=True)
        if finding.evidence_id not in courses
        and not (finding.last == finding.first and words[finding.first] in ILLNESS_EVENTS)
    }
    return named - others


def _set_apart_bare(words: Sequence[str]) -> bool:
    """ "I don't.", "mine don't": the writer sets themselves apart from what was just said of someone else,
    ending the part there (not "I don't know why")."""
    for index, sequence in BARE_SET_APART.positions(words):
        end = index + len(sequence)
        if index > 0 and (end == len(words) or not words[end][0].isalnum()):
            return True
    return False


def _not_a_death(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    before = tokens[index - 1].word if index > 0 else ""
    return (
        following in NOT_DEATH_AFTER
        or before in NOT_DEATH_BEFORE
        or (tokens[index].word == "funeral" and before in NOT_OWN_FUNERAL_BEFORE)
    )


def _mentioned_in_passing(tokens: Sequence[Token], mentions: Sequence[Mention]) -> set[Person]:
    """Friends and acquaintances (and their relatives), and children young enough to be named as such
    ("my toddler", "my son (6)", "she's 4")."""
    passing = set()
    for mention in mentions:
        kin = mention.person.key.split(">")
        if ACQUAINTANCES.intersection(kin) or YOUNG.intersection(kin) or _young_age_after(tokens, mention.position):
            passing.add(mention.person)
    return passing


def _strangers(tokens: Sequence[Token], mentions: Sequence[Mention]) -> set[Person]:
    """People named only by an article and a word for anyone: "a lad at work", "the woman in the next bed"."""
    return {
        mention.person
        for mention in mentions
        if mention.person.key in DETERMINED_PEOPLE and tokens[mention.position - 1].word in ARTICLES
    }


def _speaks_of_self(tokens: Sequence[Token], mentions: Sequence[Mention]) -> bool:
    """The writer speaks of their own body, self or fear: "my back", "watching myself", "I'm so scared"."""
    for mention in mentions:
        if not mention.person.is_writer:
            continue
        word = tokens[mention.position].word
        if word in WRITER_OBJECTS or word in POSSESSIVE_SELF:
            return True
        if word in WRITER_IS and not FEARING.isdisjoint(
            t.word for t in tokens[mention.position + 1 : mention.position + 3]
        ):
            return True
    return False


def _young_age_after(tokens: Sequence[Token], index: int) -> bool:
    """'my son (8)', 'my daughter, 4,', "she's 4": an age under the adult range right after a person."""
    for offset, token in enumerate(tokens[index + 1 : index + 4], start=index + 1):
        if token.word.isdigit():
            following = tokens[offset + 1].word if offset + 1 < len(tokens) else ""
            return int(token.word) < ADULT_AGE and following not in DURATION_UNITS
        if token.word not in AGE_LEAD:
            return False
    return False


def _who_died(index: int, mentions: Sequence[Mention], segments: Segments) -> list[Person]:
    """The person a death word is about: the last one named before it in its clause ("Dad died of ALS",
    "asking for his wife, she died years ago" is the wife, not Dad), else the first after it."""
    clause = [m for m in mentions if segments.clause[m.position] == segments.clause[index]]
    before = [m for m in clause if m.position < index]
    if before:
        return [before[-1].person]
    return [clause[0].person] if clause else []


def _carer_with_own_complaints(
    words: Sequence[str],
    findings: Sequence[Finding],
    holders: Sequence[Person],
    complaints: Collection[str],
    stated: Person,
) -> bool:
    """ "My husband has MND and I look after him. I've had twitches for a month": the one cared for has only a
    diagnosis, the writer complaints of their own, so the text is about the writer."""
    if stated.is_writer or (CARING | CARER_WORDS).isdisjoint(words):  # only a carer's statement, not "ask for"
        return False
    held = [holder for finding, holder in zip(findings, holders, strict=True) if finding.evidence_id in complaints]
    return any(holder.is_writer for holder in held) and stated not in held


def _stated_patient(words: Sequence[str], mentions: Sequence[Mention]) -> Person | None:
    """The person the writer says the text is about, if they say so."""
    if any(index == 0 or words[index - 1] not in NOT_STATED for index, _ in WRITER_STATED.positions(words)):
        return Person(WRITER, blood=False)
    worried_for: Person | None = None  # "worried about him": the text is about him unless the writer says otherwise
    for index, word in enumerate(words):
        if word not in STATEMENTS_OR_KIN:
            continue
        if word not in STATEMENT_STARTS:
            if THE_ONE_WITH.at(words, index + 1):
                stated = _one_with(words, index + 1, mentions, index + 1)  # "my wife's the one with MND"
                if stated is not None:
                    return stated
            continue
        if ABOUT_SELF.at(words, index) and (index == 0 or words[index - 1] != "not"):
            return Person(WRITER, blood=False)
        if (
            ABOUT_OTHER.at(words, index)
            and not _fear_for_them(words, index)
            and not _worry_about_an_illness(words, index)
            and not _denied(words, index)
        ):
            named = [
                m for m in mentions if index < m.position <= index + 6 and m.person.human and not m.person.is_writer
            ]
            if named and word == "worried":
                worried_for = worried_for or _head(named)
            elif named and not (word in CARING and words[named[0].position] in CARED_CHILDREN):
                return _head(named)
        if word in CARER_WORDS:
            named = [
                m
                for m in mentions
                if index - 3 <= m.position <= index + 4 and m.person.human and not m.person.is_writer
            ]
            if named:
                return _head(named)
        if word == "is" and (words[index + 1 : index + 3] == ["the", "patient"] or ONE_WITH.at(words, index)):
            stated = _one_with(words, index, mentions, index + 1)
            if stated is not None:
                return stated
    return worried_for


def _one_with(words: Sequence[str], index: int, mentions: Sequence[Mention], statement: int) -> Person | None:
    """The person named just before "is the one with …" ("my wife is the patient"), unless the writer sets
    themselves apart from someone else's condition ("Mum is the one with diabetes, not me")."""
    after = words[statement + 3 : statement + 3 + NOT_ME_REACH]
    if any(word == "not" and following in {"me", "myself"} for word, following in pairwise(after)):
        return None
    named = [m for m in mentions if index - 4 <= m.position < index and m.person.human and not m.person.is_writer]
    return named[-1].person if named else None


def _denied(words: Sequence[str], index: int) -> bool:
    """ "I'm not writing about him": a statement of whom the text is not about."""
    return index > 0 and words[index - 1] in NOT_STATED


def _fear_for_them(words: Sequence[str], index: int) -> bool:
    """ "worried about my kids getting it": a fear that they will get it, not a text about them."""
    return words[index] == "worried" and not FUTURE_GETTING.isdisjoint(words[index + 2 : index + 2 + FEAR_FOR_REACH])


def _worry_about_an_illness(words: Sequence[str], index: int) -> bool:
    """ "worried about ALS because my uncle had it": the worry is about an illness, not about the relative."""
    return words[index] == "worried" and index + 2 < len(words) and words[index + 2] in ILLNESS_NAMES


def _head(named: Sequence[Mention]) -> Person:
    """The person a chain of mentions ends at: "my partner's dad" is the dad."""
    person = named[0].person
    for mention in named[1:]:
        if mention.person.key.startswith(person.key + ">"):
            person = mention.person
    return person
