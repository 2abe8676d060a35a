"""Who each finding is about: the person being assessed, one of their blood relatives, or someone else.

People are mentioned as "I"/"my", as kin or other people ("my mum", "my friend's dad", "my wife's
brother"), or as "he"/"she", which stand for the last person mentioned. A finding belongs to the
nearest mention before it in its clause (else after it, else the person last spoken of).

The person being assessed (the patient) is the writer unless the text says otherwise: "I'm writing
for my husband", "I'm his carer", or a carer telling more of someone else's symptoms and signs than
their own (a relative's diagnosis or operation alone does not make them the patient).
A blood relative is family; partners, in-laws, step-relatives, friends and pets are someone else.
Someone who died is never the patient.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import compress, count, pairwise
from operator import attrgetter
from typing import NamedTuple

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding, Subject
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token

SELF_WORDS = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "mi", "mein", "ich", "pt",
     "patient", "pts", "pals", "pwals", "mrs", "mr", "ms"}
)  # fmt: skip
POSSESSIVE_SELF = frozenset({"my", "our", "mi", "mein"})
# "We were told it's MND": the writer and the person they care for; what is said of "us" is the patient's.
WE_WORDS = frozenset({"we", "we've", "weve", "we're", "us"})
THIRD_PERSON = frozenset(
    {"he", "she", "him", "his", "her", "hers", "he's", "she's", "hes", "shes", "himself", "herself", "he'd", "she'd"}
)
BLOOD_KIN = frozenset(
    {
        "mum", "mom", "mother", "mam", "mama", "mummy", "mommy", "dad", "father", "daddy", "papa", "parent",
        "parents", "brother", "bro", "sister", "sis", "sibling", "siblings", "son", "daughter", "child", "children",
        "kid", "kids", "baby", "toddler", "uncle", "aunt", "auntie", "aunty", "cousin", "grandma", "grandmother",
        "gran", "granny", "nan", "nana", "nanna", "grandad", "granddad", "grandpa", "grandfather", "grandparent",
        "grandparents", "grandson", "granddaughter", "grandchild", "niece", "nephew", "twin", "grandpapa", "family",
        "relative", "relatives",
        # Kin words of other languages kept in English posts ("my nanay", "my kuya", "ammi ke liye").
        "nanay", "tatay", "inay", "itay", "kuya", "lola", "lolo", "ammi", "abbu", "amma", "appa", "nani", "dadi",
        "oma", "opa", "babcia", "dziadek", "abuela", "abuelo", "nonna", "nonno",
    }
)  # fmt: skip
OTHER_PEOPLE = frozenset(
    {
        "wife", "husband", "hubby", "partner", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee", "spouse",
        "friend", "mate", "neighbour", "neighbor", "colleague", "coworker", "boss", "flatmate", "roommate",
        "stepdad", "stepmum", "stepmom", "stepfather", "stepmother", "stepbrother", "stepsister", "stepson",
        "stepdaughter", "inlaw", "inlaws", "classmate", "guy", "bloke", "fella", "lady", "woman", "chap", "lad",
        "lass", "man",
    }
)  # fmt: skip
# "she" and "her" stand for the last woman named, "he" and "his" for the last man (or a person of either sex):
# in "asking for my grandad, didn't recognise her own flat" the flat is Nan's, named before him.
FEMALE = frozenset(
    {"mum", "mom", "mother", "mam", "mama", "mummy", "mommy", "sister", "sis", "daughter", "aunt", "auntie", "aunty",
     "grandma", "grandmother", "gran", "granny", "nan", "nana", "nanna", "granddaughter", "niece", "wife",
     "girlfriend", "gf", "fiancee", "stepmum", "stepmom", "stepmother", "stepsister", "stepdaughter", "lady", "woman",
     "lass", "nanay", "inay", "lola", "ammi", "amma", "nani", "dadi", "oma", "babcia", "abuela", "nonna", "mrs", "ms"}
)  # fmt: skip
MALE = frozenset(
    {"dad", "father", "daddy", "papa", "brother", "bro", "son", "uncle", "grandad", "granddad", "grandpa",
     "grandfather", "grandson", "nephew", "husband", "hubby", "boyfriend", "bf", "fiance", "stepdad", "stepfather",
     "stepbrother", "stepson", "guy", "bloke", "fella", "chap", "lad", "man", "grandpapa", "tatay", "itay", "kuya",
     "lolo", "abbu", "appa", "opa", "dziadek", "abuelo", "nonno", "mr"}
)  # fmt: skip
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself", "she's", "shes", "she'd"})
# Words for a person that name one only after a determiner: "the guy at work", "a lady at church" (not "hi guys").
DETERMINED_PEOPLE = frozenset({"guy", "bloke", "fella", "lady", "woman", "chap", "lad", "lass", "man"})
DETERMINERS = frozenset({"the", "a", "this", "that", "one", "some", "my", "his", "her", "our", "their"})
# Kin words that name a relative only after "my", "his", …: "as a kid", "like a baby" name no one.
GENERIC_KIN = frozenset({"baby", "child", "children", "kid", "kids", "toddler", "twin"})
# Clinicians examine and say; what they find is the patient's, and they are never the patient themselves.
CLINICIANS = frozenset(
    {"neurologist", "neuro", "gp", "doctor", "doc", "dr", "consultant", "physio", "physiotherapist", "nurse",
     "specialist", "optician", "surgeon", "registrar", "paramedic", "neurologists", "doctors", "nurses"}
)  # fmt: skip
# "the neuro ... she said": a pronoun that says or does right after a clinician is the clinician; "his", "her"
# are still the person examined ("the GP checked her reflexes").
DESCRIBING = frozenset({"retired", "former", "ex", "trainee", "student", "qualified", "practising", "junior"})
# "a neuro exam", "the GP appointment": the word names a thing, not a person.
CLINICAL_THINGS = frozenset(
    {"exam", "examination", "appointment", "appt", "referral", "symptoms", "symptom", "check", "checks", "letter",
     "clinic", "surgery", "practice", "visit", "notes", "report", "tests", "test", "stuff", "issues", "problems"}
)  # fmt: skip
BEING = frozenset({"is", "was", "as", "i'm", "im", "am", "she's", "he's", "shes", "hes", "being", "also"})
CLINICIAN_PRONOUNS = frozenset({"he", "she", "he's", "she's", "hes", "shes", "he'd", "she'd"})
ANIMALS = frozenset({"dog", "cat", "puppy", "kitten", "pet", "horse", "rabbit", "hamster", "vet"})
# A speaker named by no one before is a clinician: "she said position sense was fine", "he asked about my bladder".
SPEAKING = frozenset(
    {"said", "says", "told", "tells", "thinks", "thought", "reckons", "asked", "asks", "checked", "tested", "found",
     "examined", "wrote", "noted", "mentioned", "wants", "explained", "confirmed", "suspects"}
)  # fmt: skip
# Words of address after a remark: "been stuffed for months mate, …", "thanks bro".
VOCATIVES = frozenset({"mate", "bro", "sis", "dude", "buddy", "pal"})
ADDRESS_ENDS = frozenset({",", ".", "!", "?", "\n", ";", ":", ""})
# "pt", "patient": the person a clinical note is about, when they open it or follow "the"; "Mrs H", "Mr B".
PATIENT_WORDS = frozenset({"pt", "pts", "patient"})
NOTE_LEADS = frozenset({"the", "this", "our", "my"})
NOTED_PATIENT = PATIENT_WORDS | {"mrs", "mr"}  # not "ms": "has MS"
WRITER_IS = frozenset({"i'm", "im", "am"})
WRITER_OBJECTS = frozenset({"me", "myself"})
WHERE_FROM = frozenset({"in", "from", "at", "of"})
WRITER_AGENTS = frozenset({"i", "i'm", "im"})
OTHER_OWNERS = frozenset({"his", "her", "their"})
# "not blood", "no blood relation", "not related by blood": what may follow "blood" when a tie is denied.
BLOOD_TIES = frozenset(
    {"relation", "relations", "related", "relative", "relatives", "kin", ",", ".", "!", ";", "\n", ""}
)
# "how many of my husband's tablets it would take": a relative's belongings are a finding's means, not its holder.
MEANS = frozenset(
    {"tablets", "pills", "meds", "medication", "medicine", "medicines", "sleeping", "painkillers", "insulin",
     "morphine", "prescription", "stash", "gun", "shotgun", "rope", "car", "garage"}
)  # fmt: skip
WITH_WRITER_LINKS = frozenset({"and", "n", "&", "an", "plus"})
WRITER_FIRST = frozenset({"me", "i", "myself"})
WITH_WRITER_OWNERS = POSSESSIVE_SELF | {"the"}  # "me n my mates", "me and the lads"
WRITER_HAVING = frozenset({"i", "i've", "ive"})
HAVING_AFTER_WRITER = frozenset(
    {"get", "have", "had", "feel", "felt", "got", "notice", "noticed", "keep", "kept", "experience", "been"}
)
SOURCE_WORDS = frozenset({"per", "according"})
SOURCE_REACH = 4  # "per my neuro reg friend"
TIME_UNITS = frozenset({"day", "week", "month", "year", "night", "hour", "cent"})  # "twice per day my husband …"
SENTENCE_MARKS = frozenset({".", "!", "?", "\n"})
OBJECT_LINKS = frozenset({"at", "with", "to", "for", "after", "from", "about"})  # "cracking up at the dog"
CHORE_VERBS = frozenset({"walk", "walked", "walks", "feed", "fed", "feeds", "take", "took", "groom", "brush"})
MODIFIERS = frozenset(
    {"best", "twin", "older", "younger", "big", "little", "late", "great", "elder", "dear", "own", "old", "half",
     "step", "baby", "poor", "lovely", "great-uncle", "teenage", "teenaged", "grown", "grown-up", "adult", "eldest",
     "youngest", "oldest", "middle"}
)  # fmt: skip
# People one has only one of: "my mums legs", "my husbands arms" are "mum's", "husband's", never plural.
ONLY_ONE = frozenset(
    {"mum", "mom", "mother", "mam", "mama", "mummy", "mommy", "dad", "father", "daddy", "papa", "wife", "husband",
     "hubby", "spouse", "boyfriend", "girlfriend", "fiance", "fiancee"}
)  # fmt: skip
PLURAL_BEFORE = frozenset({"the", "all", "other", "some", "those", "these", "many", "most", "two", "both"})
# After "mums", "dads", …: the word is "mum's" ("has" or "is") typed without its apostrophe.
CONTRACTED_AFTER = frozenset({"been", "got", "gone", "started", "always", "never", "just", "getting", "having"})
DEATH_WORDS = frozenset({"died", "passed", "death", "deceased", "funeral"})  # not "dead": "feet feel dead"
# "passed out", "passed water", "hasn't passed any urine", "it passed completely": not a death.
NOT_DEATH_AFTER = frozenset(
    {"out", "urine", "water", "stool", "stools", "any", "no", "wind", "blood", "completely", "quickly", "off", "within",
     "after", "by", "the", "a", "my", "his", "her", "their"}
)  # fmt: skip
NOT_DEATH_BEFORE = frozenset({"it", "it's", "its", "that", "this", "which", "they", "then", "soon", "eventually"})
# The text says whom it is about.
ABOUT_OTHER = WordSequences(
    {("writing", "for"), ("writing", "about"), ("writing", "on", "behalf"), ("write", "for"), ("ask", "for"),
     ("ask", "about"), ("asking", "for"), ("asking", "about"), ("asking", "on", "behalf"), ("posting", "for"),
     ("posting", "about"), ("posting", "on", "behalf"), ("caring", "for"), ("look", "after"), ("looking", "after"),
     ("worried", "about"), ("her", "problem"), ("his", "problem")}
)  # fmt: skip
FUTURE_GETTING = frozenset({"getting", "inheriting", "catching", "developing", "having"})
FEAR_FOR_REACH = 5  # words after "worried about" in which the people feared for and their getting it stand
ABOUT_SELF = WordSequences(
    {("about", "myself"), ("for", "myself"), ("my", "own"), ("i'm", "the", "one"), ("im", "the", "one"),
     ("i", "am", "the", "one"), ("me", "personally"), ("my", "real", "question")}
)  # fmt: skip
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
# "every twitch in my calf": a place owned right after a finding says whose it is, over a person named earlier.
PLACE_LINKS = frozenset(
    {"in", "on", "of", "at", "around", "across", "under", "along", "behind", "down", "up", "into", "over", "round",
     "near", "above", "below", "between", "inside", "all"}
)  # fmt: skip
PLACE_OWNERS = frozenset({"my", "his", "her", "their"})
PLACE_REACH = 2  # link words between the finding and the owner
STATEMENT_STARTS = ABOUT_SELF.first_words | ABOUT_OTHER.first_words | CARER_WORDS | {"is"}

WRITER = "writer"
US = "us"


class Person(NamedTuple):
    key: str  # WRITER, a chain of kin words ("friend>dad"), or "he/she#n" for an unnamed person
    blood: bool  # a blood relative of the writer
    human: bool = True

    @property
    def is_writer(self) -> bool:
        return self.key == WRITER


class Mention(NamedTuple):
    position: int
    person: Person
    noun: bool = False  # named by a noun ("mum", "the neighbours"), not "I", "my" or "she"


def subjects(
    tokens: Sequence[Token],
    segments: Segments,
    findings: Sequence[Finding],
    complaints: Collection[str],
    later: Sequence[Finding] = (),
    diagnoses: Collection[str] = frozenset(),
) -> list[Subject]:
    """Whom each of ``findings``, then each of ``later`` (read after the patient is chosen), is about."""
    words = list(map(WORD, tokens))  # read once, in C, by each scan of the text below
    mentions = _mentions(tokens, words)
    positions = [mention.position for mention in mentions]
    holders = [_holder(finding, mentions, positions, tokens, segments) for finding in findings]
    patient = _patient(tokens, words, segments, findings, mentions, holders, complaints, diagnoses)
    holders += [_holder(finding, mentions, positions, tokens, segments) for finding in later]
    return [_subject(patient if holder.key == US else holder, patient) for holder in holders]


def _subject(holder: Person, patient: Person) -> Subject:
    if holder == patient:
        return Subject.SELF
    # Kinship goes both ways: when a blood relative is the patient, the writer is one of theirs.
    if (holder.blood or (holder.is_writer and patient.blood)) and holder.human:
        return Subject.FAMILY
    return Subject.OTHER


# Each kin or person word, also as typed with "'s" or "s": 'mums' and "dad's" are 'mum' and 'dad'.
KIN_FORMS = {form: word for word in BLOOD_KIN | OTHER_PEOPLE | ANIMALS for form in (word + "s", word + "'s", word)}


PERSON_WORDS = frozenset(KIN_FORMS) | THIRD_PERSON | SELF_WORDS | WE_WORDS | CLINICIANS
SCANNED = PERSON_WORDS | {"blood"}  # "not blood", "no blood relation"
OWNERS_OR_MODIFIERS = MODIFIERS | {"his", "her", "their"}
KIN_POSSESSIVES = frozenset(form for form in KIN_FORMS if form.endswith("'s"))
STATEMENTS_OR_KIN = STATEMENT_STARTS | KIN_POSSESSIVES
# Said of "us", by a clinician, or in a sentence that names no one: the patient's, counted for no one.
PATIENT = Person(US, blood=False, human=False)
WORD = attrgetter("word")


def _kin_word(word: str) -> str | None:
    return KIN_FORMS.get(word)


def _mentions(tokens: Sequence[Token], words: Sequence[str]) -> list[Mention]:
    mentions: list[Mention] = []
    last_other: Person | None = None
    last_of: dict[str, Person] = {}  # the last woman ("f") and man ("m") named
    clinician_last = False  # the last person named is a clinician
    unnamed = 0
    blood_named = False
    # The words that may name someone, picked out in C (compress over a map of set membership).
    for index in compress(count(), map(SCANNED.__contains__, words)):
        word = words[index]
        if word == "blood":
            blood_named = True
            continue
        kin = _kin_word(word)
        if (kin in GENERIC_KIN and not _after_possessive(tokens, index)) or _simile(tokens, index):
            kin = None
        if kin in DETERMINED_PEOPLE and (
            index == 0 or tokens[index - 1].word not in DETERMINERS or _what_someone_is(tokens, index)
        ):
            kin = None  # "hi guys", "I'm a man of 45"
        if kin in ANIMALS and _object_of_a_chore(tokens, index):
            kin = None
        if kin in VOCATIVES and _vocative(tokens, index):
            kin = None
        if (
            kin is not None
            and index > 1
            and tokens[index - 1].word in OWNERS_OR_MODIFIERS
            and _owner_of_writer(tokens, index)
        ):
            continue  # "I'm her husband and carer": the writer, said of the person named by "her"
        if kin is not None and word in KIN_POSSESSIVES and _next_word(tokens, index) in MEANS:
            continue  # "how many of my husband's tablets it would take": the means, not the person
        if kin is not None:
            person = _kin_person(tokens, index, kin, mentions, last_other, last_of)
            if _source(tokens, index):
                mentions.append(Mention(index, PATIENT))  # "per my neuro reg friend": who said it, not who has it
            elif not (index > 2 and tokens[index - 1].word in WITH_WRITER_OWNERS and _with_writer(tokens, index)):
                mentions.append(Mention(index, person, noun=True))  # not "me n my mates do whippits": the writer's
            clinician_last = False
            if not _plural(tokens, index, kin):  # "she" stands for a person, not for "the neighbours"
                last_other = person
                if _sex(person):
                    last_of[_sex(person)] = person
        elif word in CLINICIANS:
            if _describes(tokens, index) or _next_word(tokens, index) in CLINICAL_THINGS:
                continue  # "my mum, a retired nurse, has weak legs": what someone is, not a clinician acting
            mentions.append(Mention(index, PATIENT, noun=True))
            clinician_last = True
        elif word in THIRD_PERSON:
            if word in CLINICIAN_PRONOUNS and (
                clinician_last or (last_other is None and _next_word(tokens, index) in SPEAKING)
            ):
                # "she said position sense was fine": a speaker no one was named for is the clinician
                mentions.append(Mention(index, PATIENT))
                clinician_last = True
                continue
            if _next_kin(tokens, index) and not _writer_is_theirs(tokens, index):
                continue  # "his mum": the mention is the kin word
            if last_other is None:
                unnamed += 1
                last_other = Person(f"{'sh' if word in FEMININE_PRONOUNS else 'he'}#{unnamed}", blood=False)
                last_of[_sex(last_other)] = last_other
            mentions.append(Mention(index, _antecedent(word, last_other, last_of)))
        elif word in WE_WORDS:
            mentions.append(Mention(index, PATIENT))
        elif word in POSSESSIVE_SELF and _aged_someone(tokens, index):
            last_other = Person("child", blood=True)  # "my 19 year old": the writer's child
            mentions.append(Mention(index, last_other, noun=True))
            clinician_last = False
        elif (
            word in SELF_WORDS
            and not (word in POSSESSIVE_SELF and _next_kin(tokens, index))
            and not _not_me(tokens, index)
            and not (word in PATIENT_WORDS and _describing_patient(tokens, index))
            and not (word in POSSESSIVE_SELF and _describes_someone(tokens, index))
        ):
            writer = Person(WRITER, blood=False)
            mentions.append(Mention(index, writer))
            if word in NOTED_PATIENT:  # "Mrs H coughed at lunch. She has MND.": "she" is the patient noted
                last_other = writer
                last_of.update(dict.fromkeys(("f", "m") if word in PATIENT_WORDS else (_title_sex(word),), writer))
    return _unrelated(tokens, mentions) if blood_named else mentions


def _unrelated(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """'my uncle died of ALS, but he was mum's stepbrother, so not blood', 'no blood relation': the relatives named
    before it in its sentence are not blood relatives."""
    denials = [i for i, token in enumerate(tokens) if token.word == "blood" and _blood_denied(tokens, i)]
    keys = {
        mention.person.key
        for mention in mentions
        if mention.noun
        and mention.person.blood
        and any(
            mention.position < denial and not any(t.word in SENTENCE_MARKS for t in tokens[mention.position : denial])
            for denial in denials
        )
    }
    if not keys:
        return mentions
    return [m._replace(person=m.person._replace(blood=False)) if m.person.key in keys else m for m in mentions]


def _blood_denied(tokens: Sequence[Token], index: int) -> bool:
    before = {token.word for token in tokens[max(0, index - 3) : index]}
    following = _next_word(tokens, index)
    return not before.isdisjoint({"not", "no", "non"}) and (following in BLOOD_TIES or "by" in before)


def _owner_of_writer(tokens: Sequence[Token], index: int) -> int | None:
    """In "I'm her husband", "im his (only) daughter": the position of "her", "his", whose kin the writer is."""
    back = index - 1
    while back > 0 and tokens[back].word in MODIFIERS:
        back -= 1
    if back < 1 or tokens[back].word not in {"his", "her", "their"}:
        return None
    return back if tokens[back - 1].word in WRITER_IS else None


def _writer_is_theirs(tokens: Sequence[Token], index: int) -> bool:
    for following in range(index + 1, min(len(tokens), index + 4)):
        if _kin_word(tokens[following].word) is not None:
            return _owner_of_writer(tokens, following) == index
    return False


def _what_someone_is(tokens: Sequence[Token], index: int) -> bool:
    """ "I'm a woman of 50", "as a man": a word for what someone is, not another person."""
    return index > 1 and tokens[index - 1].word in {"a", "an"} and tokens[index - 2].word in BEING


def _describes_someone(tokens: Sequence[Token], index: int) -> bool:
    """'a friend in my support group', 'the lady from my church': the writer's "my" tells who the person is."""
    return index > 1 and tokens[index - 1].word in WHERE_FROM and _kin_word(tokens[index - 2].word) is not None


def _sex(person: Person) -> str:
    """'f', 'm' or '' for a person of either sex: "my cousin", "the neighbour"."""
    word = person.key.split(">")[-1]
    if word in FEMALE or word.startswith("sh#"):
        return "f"
    if word in MALE or word.startswith("he#"):
        return "m"
    return ""


def _title_sex(word: str) -> str:
    return "m" if word == "mr" else "f"


def _antecedent(pronoun: str, last_other: Person, last_of: dict[str, Person]) -> Person:
    """The person a pronoun stands for: the last one named, unless of the other sex and one of its sex was named."""
    wanted = "f" if pronoun in FEMININE_PRONOUNS else "m"
    if _sex(last_other) in ("", wanted):
        return last_other
    return last_of.get(wanted, last_other)


def _vocative(tokens: Sequence[Token], index: int) -> bool:
    """'knackered for months mate, ...', 'cheers mate': a word of address, not a person spoken of."""
    before = tokens[index - 1].word if index else ""
    return before not in DETERMINERS and before not in POSSESSIVE_SELF and _next_word(tokens, index) in ADDRESS_ENDS


def _describing_patient(tokens: Sequence[Token], index: int) -> bool:
    """'he is MND patient', 'she is sugar patient', 'an ALS patient': a word for what someone is, not the writer's
    "pt" of a clinical note ("Pt reports …", "the patient has …")."""
    if index == 0 or not tokens[index - 1].word[0].isalnum():
        return False
    return tokens[index - 1].word not in NOTE_LEADS or (index > 1 and tokens[index - 2].word in BEING)


def _object_of_a_chore(tokens: Sequence[Token], index: int) -> bool:
    """'walking the dog', 'feed the cat', 'laughing at the dog': a pet as an object is nobody's holder."""
    if index < 2 or tokens[index - 1].word != "the":
        return tokens[index].word == "vet" and (index == 0 or tokens[index - 1].word not in DETERMINERS)  # "BFS vet"
    verb = tokens[index - 2].word
    return verb.endswith("ing") or verb in CHORE_VERBS or verb in OBJECT_LINKS


def _aged_someone(tokens: Sequence[Token], index: int) -> bool:
    """'my 19 year old', 'my 7 yo': a person named by their age alone."""
    following = [token.word for token in tokens[index + 1 : index + 4]]
    if not following or not following[0].isdigit():
        return False
    return following[1:2] == ["yo"] or (following[1:2] in (["year"], ["years"], ["yr"]) and following[2:3] == ["old"])


def _not_me(tokens: Sequence[Token], index: int) -> bool:
    """'My brother has twitching, not me': the writer is named to be set apart, not as the holder."""
    return tokens[index].word in {"me", "myself"} and index > 0 and tokens[index - 1].word == "not"


def _with_writer(tokens: Sequence[Token], index: int) -> bool:
    """ "me and my mates", "me n my brother": people named along with the writer, who does what they do."""
    return tokens[index - 2].word in WITH_WRITER_LINKS and tokens[index - 3].word in WRITER_FIRST


def _writer_has(tokens: Sequence[Token], index: int) -> bool:
    """ "every cramp I get", "the twitches I've had": a finding the writer has, said in a clause after it."""
    return tokens[index].word in WRITER_HAVING and _next_word(tokens, index) in HAVING_AFTER_WRITER


def _source(tokens: Sequence[Token], index: int) -> bool:
    """ "per my friend", "according to my sister": the person a finding is reported by (not "twice per day, my
    husband …": no mark between)."""
    for token in reversed(tokens[max(0, index - SOURCE_REACH) : index]):
        if token.word in SOURCE_WORDS:
            return True
        if not token.word[0].isalnum() or token.word in TIME_UNITS:
            return False
    return False


def _next_word(tokens: Sequence[Token], index: int) -> str:
    return tokens[index + 1].word if index + 1 < len(tokens) else ""


def _describes(tokens: Sequence[Token], index: int) -> bool:
    """'my mum, a retired nurse,', 'she is a GP', 'as a physio': a word for what someone is (but "saw a
    neurologist" is a visit)."""
    article = index - 1
    while article >= 0 and tokens[article].word in DESCRIBING:
        article -= 1
    if article < 1 or tokens[article].word not in {"a", "an"}:
        return False
    before = tokens[article - 1]
    return before.is_comma or before.word in BEING


def _plural(tokens: Sequence[Token], index: int, kin: str) -> bool:
    """'the neighbours', 'my parents' (but not "mums cousin", a possessive without its apostrophe, nor
    "my mums been", a "mum's" without it, nor "my husbands arms": a person one has only one of)."""
    word = tokens[index].word
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    if kin in ONLY_ONE and (index == 0 or tokens[index - 1].word not in PLURAL_BEFORE):
        return False
    return word == kin + "s" and not _kin_word(following) and following not in CONTRACTED_AFTER


def _simile(tokens: Sequence[Token], index: int) -> bool:
    """'eats like a horse', 'sleeps like a baby', 'stubborn as a mule': a figure, not a person or a pet."""
    before = [token.word for token in tokens[max(0, index - 2) : index]]
    return before[-1:] == ["like"] or (len(before) == 2 and before[0] in {"like", "as"} and before[1] in {"a", "an"})


def _after_possessive(tokens: Sequence[Token], index: int) -> bool:
    before = [token.word for token in tokens[max(0, index - 2) : index]]
    return any(word in POSSESSIVE_SELF or word in {"his", "her", "their"} for word in before)


def _next_kin(tokens: Sequence[Token], index: int) -> bool:
    """A kin word follows, perhaps after modifiers: 'my (late) dad', 'his (twin) brother', "mum's cousin"."""
    for token in tokens[index + 1 : index + 4]:
        if _kin_word(token.word) is not None:
            return True
        if token.word not in MODIFIERS and not token.word.isdigit():
            return False
    return False


def _kin_person(
    tokens: Sequence[Token],
    index: int,
    kin: str,
    mentions: Sequence[Mention],
    last_other: Person | None,
    last_of: dict[str, Person],
) -> Person:
    blood = kin in BLOOD_KIN and not _in_law_or_step(tokens, index)
    owner: Person | None = None
    for back in range(index - 1, max(-1, index - 4), -1):
        word = tokens[back].word
        if word in POSSESSIVE_SELF:
            break
        if word in {"his", "her", "their"}:
            owner = last_other and _antecedent(word, last_other, last_of)
            break
        if _kin_word(word) is not None:  # "my friend's dad": the owner is the mention just made
            owner = mentions[-1].person if mentions and mentions[-1].position == back else None
            break
        if word not in MODIFIERS and not word.isdigit():
            break
    if owner is not None and not owner.is_writer:
        return Person(f"{owner.key}>{kin}", blood=blood and owner.blood, human=owner.human and kin not in ANIMALS)
    return Person(kin, blood=blood, human=kin not in ANIMALS)


def _in_law_or_step(tokens: Sequence[Token], index: int) -> bool:
    following = [token.word for token in tokens[index + 1 : index + 3]]
    before = tokens[index - 1].word if index > 0 else ""
    return (
        (following[:1] == ["in"] and following[1:2] in (["law"], ["law's"], ["laws"]))
        or following[:1] in (["inlaw"], ["inlaws"], ["inlaw's"])
        or following[:2] == ["by", "marriage"]
        or before in {"step", "stepmother's"}
    )


def _holder(
    finding: Finding,
    mentions: Sequence[Mention],
    positions: Sequence[int],
    tokens: Sequence[Token],
    segments: Segments,
) -> Person:
    """Inside the finding's words, else the nearest mention before it in its clause, else a pronoun or
    "my" after it in the clause ("twitching in my calves"), else the patient when its sentence names no one,
    else the person last spoken of."""
    clause = segments.clause[finding.first]
    start = bisect_left(positions, finding.first)
    inside: Sequence[Mention] = ()
    if start < len(positions) and positions[start] <= finding.last:
        own = set(finding.own_tokens())
        inside = [
            mention
            for mention in mentions[start : bisect_left(positions, finding.last + 1)]
            # People named as part of the finding are its content, not its holder ("the neighbours are spying"),
            # and so is anyone inside it ("keeps talking to a man who isn't there").
            if not (mention.noun and (mention.position in own or mention.person.key in DETERMINED_PEOPLE))
        ]
    if inside:
        return _inside_holder(inside, mentions[start - 1] if start else None, tokens, segments)
    owner = _place_owner(finding, mentions[start : start + 1], tokens, segments)
    if owner is not None:
        return owner  # "my brother had ALS, so every twitch in my calf …"
    if start < len(positions) and positions[start] == finding.last + 1 and _writer_has(tokens, positions[start]):
        return mentions[start].person  # "his started with cramps, so every cramp I get freaks me out"
    if start > 0 and segments.clause[mentions[start - 1].position] == clause:
        before = mentions[start - 1]
        if tokens[before.position].word in WRITER_OBJECTS and start > 1:
            subject = mentions[start - 2]  # "mum didn't know me, thinks the carers are stealing": mum thinks
            kin = _kin_word(tokens[subject.position].word)
            if (
                segments.clause[subject.position] == clause
                and not subject.person.is_writer
                and subject.person.human
                and not (kin and _plural(tokens, subject.position, kin))  # "my flatmates are poisoning me"
            ):
                return subject.person
        return before.person  # before, in the clause
    for mention in mentions[start:]:
        if segments.clause[mention.position] != clause:
            break
        if _kin_word(tokens[mention.position].word) is None:
            return mention.person  # a pronoun or "my" after it, in the clause
    sentence = segments.sentence[finding.first]
    nearest = mentions[max(0, start - 1) : start + 1]  # mentions are in order, so these are the closest
    if not any(segments.sentence[mention.position] == sentence for mention in nearest):
        return PATIENT  # "My dad has ALS. Twitching calves for weeks.": a sentence naming no one
    return mentions[start - 1].person if start > 0 else Person(WRITER, blood=False)


def _inside_holder(
    inside: Sequence[Mention], before: Mention | None, tokens: Sequence[Token], segments: Segments
) -> Person:
    """The holder among the people named inside a finding: the first, except that the writer as an object or an
    agent gives way to someone else ("mum didn't know me", "he feels nothing when I touch his bottom")."""
    first = inside[0]
    if not first.person.is_writer:
        return first.person
    word = tokens[first.position].word
    if (
        word in WRITER_OBJECTS
        and before is not None
        and not before.person.is_writer
        and segments.clause[before.position] == segments.clause[first.position]
    ):
        return before.person  # "Sat: mum very muddled, didn't know me for a bit"
    if word in WRITER_AGENTS:
        owner = next((m for m in inside[1:] if tokens[m.position].word in OTHER_OWNERS), None)
        if owner is not None:
            return owner.person  # "when I touch his feet he feels nothing"
    return first.person


def _place_owner(
    finding: Finding, following: Sequence[Mention], tokens: Sequence[Token], segments: Segments
) -> Person | None:
    """The owner of a place right after the finding, in its part: "twitch in my calf", "pain down her back"."""
    if not following:
        return None
    mention = following[0]
    between = range(finding.last + 1, mention.position)
    if (
        tokens[mention.position].word in PLACE_OWNERS
        and 0 < len(between) <= PLACE_REACH
        and all(tokens[i].word in PLACE_LINKS for i in between)
        and segments.part[mention.position] == segments.part[finding.last]
    ):
        return mention.person
    return None


def _patient(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    mentions: Sequence[Mention],
    holders: Sequence[Person],
    complaints: Collection[str],
    diagnoses: Collection[str] = frozenset(),
) -> Person:
    writer = Person(WRITER, blood=False)
    dead = {
        person
        for i in compress(count(), map(DEATH_WORDS.__contains__, words))
        if not _not_a_death(tokens, i)
        for person in _who_died(i, mentions, segments)
    }
    stated = _stated_patient(words, mentions)
    if stated is not None and stated not in dead:
        return stated
    if WRITER_UNLIKE.occur_in(
        words
    ):  # "My nan had pins and needles from her diabetes. I don't have anything like that."
        return writer
    counts = Counter(
        holder
        for finding, holder in zip(findings, holders, strict=True)
        if finding.evidence_id in complaints and holder.human and holder not in dead
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


def _not_a_death(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return following in NOT_DEATH_AFTER or (index > 0 and tokens[index - 1].word in NOT_DEATH_BEFORE)


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


def _stated_patient(words: Sequence[str], mentions: Sequence[Mention]) -> Person | None:
    """The person the writer says the text is about, if they say so."""
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
        if ABOUT_OTHER.at(words, index) and not _fear_for_them(words, index):
            named = [
                m for m in mentions if index < m.position <= index + 6 and m.person.human and not m.person.is_writer
            ]
            if named and word == "worried":
                worried_for = worried_for or _head(named)
            elif named:
                return _head(named)
        if words[index] in CARER_WORDS:
            named = [
                m
                for m in mentions
                if index - 3 <= m.position <= index + 4 and m.person.human and not m.person.is_writer
            ]
            if named:
                return _head(named)
        if words[index : index + 3] == ["is", "the", "patient"] or ONE_WITH.at(words, index):
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


def _fear_for_them(words: Sequence[str], index: int) -> bool:
    """ "worried about my kids getting it": a fear that they will get it, not a text about them."""
    return words[index] == "worried" and not FUTURE_GETTING.isdisjoint(words[index + 2 : index + 2 + FEAR_FOR_REACH])


def _head(named: Sequence[Mention]) -> Person:
    """The person a chain of mentions ends at: "my partner's dad" is the dad."""
    person = named[0].person
    for mention in named[1:]:
        if mention.person.key.startswith(person.key + ">"):
            person = mention.person
    return person
