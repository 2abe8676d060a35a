"""Who a text names: the writer ("I", "my"), kin and other people ("my mum", "my friend's dad", "the guy at
work"), clinicians, and "he"/"she", which stand for the last person of their sex named.

A blood relative is family; partners, in-laws, step-relatives, friends and pets are someone else. Words that
look like people but name none ("hi guys", "sleeps like a baby", "walking the dog", "I'm a woman of 50") are
passed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from typing import NamedTuple

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
        # People known through work, school or home, whose relatives are theirs: "my PE teacher's dad has ALS".
        "teacher", "coach", "pal", "buddy", "workmate", "housemate", "manager", "landlord", "landlady", "tutor",
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
WRITER_WAS = frozenset({"was", "were"})  # "she thought I was her sister"
# "calls me her sister", "mistook me for his brother": the writer taken for someone, not someone else named.
TAKEN_FOR = frozenset(
    {"calls", "called", "calling", "mistook", "mistakes", "mistaking", "mistaken", "thinks", "thought"}
)
WHERE_FROM = frozenset({"in", "from", "at", "of"})
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
SOURCE_WORDS = frozenset({"per", "according"})
SOURCE_REACH = 4  # "per my neuro reg friend"
TIME_UNITS = frozenset({"day", "week", "month", "year", "night", "hour", "cent"})  # "twice per day my husband …"
SENTENCE_MARKS = frozenset({".", "!", "?", "\n"})
OBJECT_LINKS = frozenset({"at", "with", "to", "for", "after", "from", "about"})  # "cracking up at the dog"
CHORE_VERBS = frozenset(
    {"walk", "walked", "walks", "feed", "fed", "feeds", "take", "took", "groom", "brush", "see", "saw", "seen", "sees",
     "hear", "heard", "hears"}
)  # fmt: skip
ARTICLES = frozenset({"the", "a", "an"})
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


# Each kin or person word, also as typed with "'s" or "s": 'mums' and "dad's" are 'mum' and 'dad'.
KIN_FORMS = {form: word for word in BLOOD_KIN | OTHER_PEOPLE | ANIMALS for form in (word + "s", word + "'s", word)}
PERSON_WORDS = frozenset(KIN_FORMS) | THIRD_PERSON | SELF_WORDS | WE_WORDS | CLINICIANS
SCANNED = PERSON_WORDS | {"blood"}  # "not blood", "no blood relation"
OWNERS_OR_MODIFIERS = MODIFIERS | {"his", "her", "their"}
KIN_POSSESSIVES = frozenset(form for form in KIN_FORMS if form.endswith("'s"))
# Said of "us", by a clinician, or in a sentence that names no one: the patient's, counted for no one.
PATIENT = Person(US, blood=False, human=False)
THE_WRITER = Person(WRITER, blood=False)  # one shared value (a Person is immutable), not one built per mention


def kin_word(word: str) -> str | None:
    return KIN_FORMS.get(word)


DEATH_REACH = 3  # words after a person in which their death is told


def _died_right_after(words: Sequence[str], index: int) -> bool:
    """ "his older brother died", "my dad passed away", "her mum, who died": a death told right after the person."""
    following = words[index + 1 : index + 1 + DEATH_REACH]
    return "died" in following or ("passed" in following and "out" not in following)


def mentions_in(tokens: Sequence[Token], words: Sequence[str]) -> list[Mention]:
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
        kin = kin_word(word)
        if kin is not None:  # (most scanned words are "I", "my" or "she": no kin word to weigh)
            kin = _kin_named(tokens, index, kin)
        if (
            kin is not None
            and index > 1
            and tokens[index - 1].word in OWNERS_OR_MODIFIERS
            and _owner_of_writer(tokens, index)
        ):
            continue  # "I'm her husband and carer": the writer, said of the person named by "her"
        if kin is not None and word in KIN_POSSESSIVES and next_word(tokens, index) in MEANS:
            continue  # "how many of my husband's tablets it would take": the means, not the person
        if kin is not None:
            person = _kin_person(tokens, index, kin, mentions, last_other, last_of)
            if _source(tokens, index):
                mentions.append(Mention(index, PATIENT))  # "per my neuro reg friend": who said it, not who has it
            elif not (index > 2 and tokens[index - 1].word in WITH_WRITER_OWNERS and _with_writer(tokens, index)):
                mentions.append(Mention(index, person, noun=True))  # not "me n my mates do whippits": the writer's
            clinician_last = False
            # "she" stands for a person, not for "the neighbours"; nor, after someone living of the same sex was
            # named, for someone said to have died ("my husband ... his brother died of MND ... he gets cramps").
            if not plural(tokens, index, kin) and not (_sex(person) in last_of and _died_right_after(words, index)):
                last_other = person
                if _sex(person):
                    last_of[_sex(person)] = person
        elif word in CLINICIANS:
            if _describes(tokens, index) or next_word(tokens, index) in CLINICAL_THINGS:
                continue  # "my mum, a retired nurse, has weak legs": what someone is, not a clinician acting
            mentions.append(Mention(index, PATIENT, noun=True))
            clinician_last = True
        elif word in THIRD_PERSON:
            if word in CLINICIAN_PRONOUNS and (
                clinician_last or (last_other is None and next_word(tokens, index) in SPEAKING)
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
            mentions.append(Mention(index, THE_WRITER))
            if word in NOTED_PATIENT:  # "Mrs H coughed at lunch. She has MND.": "she" is the patient noted
                last_other = THE_WRITER
                last_of.update(dict.fromkeys(("f", "m") if word in PATIENT_WORDS else (_title_sex(word),), THE_WRITER))
    return _unrelated(tokens, mentions) if blood_named else mentions


def _kin_named(tokens: Sequence[Token], index: int, kin: str) -> str | None:
    """The kin word at ``index``, unless it names nobody there: a generic word, a simile, a vocative, a word for
    what someone is ("hi guys", "I'm a man of 45") or a pet as the object of a chore."""
    generic = kin in GENERIC_KIN and not _after_possessive(tokens, index) and not _the_one_who(tokens, index)
    if generic or _simile(tokens, index):
        return None
    if kin in DETERMINED_PEOPLE and (
        index == 0 or tokens[index - 1].word not in DETERMINERS or _what_someone_is(tokens, index)
    ):
        return None
    if kin in ANIMALS and _object_of_a_chore(tokens, index):
        return None
    if kin in VOCATIVES and _vocative(tokens, index):
        return None
    return kin


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
    following = next_word(tokens, index)
    return not before.isdisjoint({"not", "no", "non"}) and (following in BLOOD_TIES or "by" in before)


def _owner_of_writer(tokens: Sequence[Token], index: int) -> int | None:
    """In "I'm her husband", "im his (only) daughter", "thought I was her sister", "calls me her mum": the position
    of "her", "his", whose kin the writer is (or is taken for)."""
    back = index - 1
    while back > 0 and tokens[back].word in MODIFIERS:
        back -= 1
    if back < 1 or tokens[back].word not in {"his", "her", "their"}:
        return None
    before = [token.word for token in tokens[max(0, back - 3) : back]]
    if before[-1:] and before[-1] in WRITER_IS:
        return back
    if before[-2:-1] == ["i"] and before[-1] in WRITER_WAS:
        return back
    if before[-1:] == ["me"] and before[-2:-1] and before[-2] in TAKEN_FOR:
        return back
    if before[-2:] == ["me", "for"] and before[-3:-2] and before[-3] in TAKEN_FOR:
        return back
    return None


def _writer_is_theirs(tokens: Sequence[Token], index: int) -> bool:
    for following in range(index + 1, min(len(tokens), index + 4)):
        if kin_word(tokens[following].word) is not None:
            return _owner_of_writer(tokens, following) == index
    return False


def _what_someone_is(tokens: Sequence[Token], index: int) -> bool:
    """ "I'm a woman of 50", "as a man": a word for what someone is, not another person."""
    return index > 1 and tokens[index - 1].word in {"a", "an"} and tokens[index - 2].word in BEING


def _describes_someone(tokens: Sequence[Token], index: int) -> bool:
    """'a friend in my support group', 'the lady from my church': the writer's "my" tells who the person is."""
    return index > 1 and tokens[index - 1].word in WHERE_FROM and kin_word(tokens[index - 2].word) is not None


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
    return before not in DETERMINERS and before not in POSSESSIVE_SELF and next_word(tokens, index) in ADDRESS_ENDS


def _describing_patient(tokens: Sequence[Token], index: int) -> bool:
    """'he is MND patient', 'she is sugar patient', 'an ALS patient': a word for what someone is, not the writer's
    "pt" of a clinical note ("Pt reports …", "the patient has …")."""
    if index == 0 or not tokens[index - 1].word[0].isalnum():
        return False
    return tokens[index - 1].word not in NOTE_LEADS or (index > 1 and tokens[index - 2].word in BEING)


def _object_of_a_chore(tokens: Sequence[Token], index: int) -> bool:
    """'walking the dog', 'feed the cat', 'laughing at the dog', 'I keep seeing a cat': a pet as an object is
    nobody's holder; so are pets right after such a verb ("seeing cats that aren't there", "feeding dogs")."""
    if index and _takes_an_object(tokens[index - 1].word):
        return True
    if index < 2 or tokens[index - 1].word not in ARTICLES:
        return tokens[index].word == "vet" and (index == 0 or tokens[index - 1].word not in DETERMINERS)  # "BFS vet"
    return _takes_an_object(tokens[index - 2].word)


def _takes_an_object(verb: str) -> bool:
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


def _source(tokens: Sequence[Token], index: int) -> bool:
    """ "per my friend", "according to my sister": the person a finding is reported by (not "twice per day, my
    husband …": no mark between)."""
    for token in reversed(tokens[max(0, index - SOURCE_REACH) : index]):
        if token.word in SOURCE_WORDS:
            return True
        if not token.word[0].isalnum() or token.word in TIME_UNITS:
            return False
    return False


def next_word(tokens: Sequence[Token], index: int) -> str:
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


def plural(tokens: Sequence[Token], index: int, kin: str) -> bool:
    """'the neighbours', 'my parents' (but not "mums cousin", a possessive without its apostrophe, nor
    "my mums been", a "mum's" without it, nor "my husbands arms": a person one has only one of)."""
    word = tokens[index].word
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    if kin in ONLY_ONE and (index == 0 or tokens[index - 1].word not in PLURAL_BEFORE):
        return False
    return word == kin + "s" and not kin_word(following) and following not in CONTRACTED_AFTER


def _simile(tokens: Sequence[Token], index: int) -> bool:
    """'eats like a horse', 'sleeps like a baby', 'stubborn as a mule': a figure, not a person or a pet."""
    before = [token.word for token in tokens[max(0, index - 2) : index]]
    return before[-1:] == ["like"] or (len(before) == 2 and before[0] in {"like", "as"} and before[1] in {"a", "an"})


def _after_possessive(tokens: Sequence[Token], index: int) -> bool:
    before = [token.word for token in tokens[max(0, index - 2) : index]]
    return any(word in POSSESSIVE_SELF or word in {"his", "her", "their"} for word in before)


# "the baby drools", "…, and the kids have colds": "the" and a generic kin word opening a clause name one of the
# household; "like the baby", "with the kids" do not.
CLAUSE_OPENERS = frozenset({",", ".", "!", "?", "\n", ";", ":", "and", "but", "so", "while", "now", "also"})


def _the_one_who(tokens: Sequence[Token], index: int) -> bool:
    return (
        index > 0
        and tokens[index - 1].word == "the"
        and (index == 1 or tokens[index - 2].word in CLAUSE_OPENERS)
        and index + 1 < len(tokens)
        and tokens[index + 1].word[0].isalpha()
    )


def _next_kin(tokens: Sequence[Token], index: int) -> bool:
    """A kin word follows, perhaps after modifiers: 'my (late) dad', 'his (twin) brother', "mum's cousin"."""
    for token in tokens[index + 1 : index + 4]:
        if kin_word(token.word) is not None:
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
        if kin_word(word) is not None:  # "my friend's dad": the owner is the mention just made
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


WRITER_OBJECTS = frozenset({"me", "myself"})
