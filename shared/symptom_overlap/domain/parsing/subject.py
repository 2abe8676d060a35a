"""Who each finding is about: the person being assessed, one of their blood relatives, or someone else.

The people a text names are read in ``people.py`` and the patient is chosen in ``patient.py``. A finding
belongs to a person named inside it, else the owner of a place right after it ("every twitch in my calf"),
else the nearest mention before it in its clause, else a pronoun or "my" after it in the clause, else the
patient when its sentence names no one, else the person last spoken of.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from operator import attrgetter

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Finding, Subject
from symptom_overlap.domain.parsing.patient import patient_of
from symptom_overlap.domain.parsing.people import (
    BLOOD_KIN,
    DETERMINED_PEOPLE,
    PATIENT,
    US,
    WRITER,
    WRITER_OBJECTS,
    Mention,
    Person,
    kin_word,
    mentions_in,
    next_word,
    plural,
)
from symptom_overlap.domain.parsing.tokens import Token

WRITER_AGENTS = frozenset({"i", "i'm", "im"})
OTHER_OWNERS = frozenset({"his", "her", "their"})
WRITER_HAVING = frozenset({"i", "i've", "ive"})
HAVING_AFTER_WRITER = frozenset(
    {"get", "have", "had", "feel", "felt", "got", "notice", "noticed", "keep", "kept", "experience", "been"}
)
# "every twitch in my calf": a place owned right after a finding says whose it is, over a person named earlier.
PLACE_LINKS = frozenset(
    {"in", "on", "of", "at", "around", "across", "under", "along", "behind", "down", "up", "into", "over", "round",
     "near", "above", "below", "between", "inside", "all"}
)  # fmt: skip
PLACE_OWNERS = frozenset({"my", "his", "her", "their"})
PLACE_REACH = 2  # link words between the finding and the owner
CAUSATIVES_AND_FINDERS = frozenset(
    {"had", "has", "have", "made", "makes", "make", "got", "gets", "asked", "asks", "told", "tells", "let", "found",
     "find", "finds"}
)  # fmt: skip
# Read once here: on Python 3.11 each read of an enum member passes EnumType's __getattr__ hook (about 0.1 us).
_SELF, _FAMILY, _OTHER = Subject.SELF, Subject.FAMILY, Subject.OTHER


def subjects(
    tokens: Sequence[Token],
    segments: Segments,
    findings: Sequence[Finding],
    complaints: Collection[str],
    later: Sequence[Finding] = (),
    diagnoses: Collection[str] = frozenset(),
    courses: Collection[str] = frozenset(),
) -> list[Subject]:
    """Whom each of ``findings``, then each of ``later`` (read after the patient is chosen), is about."""
    words = list(map(WORD, tokens))  # read once, in C, by each scan of the text below
    mentions = mentions_in(tokens, words)
    positions = [mention.position for mention in mentions]
    holders = [_holder(finding, mentions, positions, tokens, segments) for finding in findings]
    patient = patient_of(tokens, words, segments, findings, mentions, holders, complaints, diagnoses, courses)
    holders += [_holder(finding, mentions, positions, tokens, segments) for finding in later]
    return [_subject(patient if holder.key == US else holder, patient) for holder in holders]


def _subject(holder: Person, patient: Person) -> Subject:
    if holder == patient:
        return _SELF
    # Kinship goes both ways: when a blood relative is the patient, the writer is one of theirs; and the patient's
    # own blood relatives are theirs ("my husband ... his brother died of MND").
    if (holder.blood or (holder.is_writer and patient.blood) or _patients_blood(holder, patient)) and holder.human:
        return _FAMILY
    return _OTHER


def _patients_blood(holder: Person, patient: Person) -> bool:
    owner, _, kin = holder.key.rpartition(">")
    return bool(owner) and owner == patient.key and kin in BLOOD_KIN


WORD = attrgetter("word")


def _writer_has(tokens: Sequence[Token], index: int) -> bool:
    """ "every cramp I get", "the twitches I've had": a finding the writer has, said in a clause after it."""
    return tokens[index].word in WRITER_HAVING and next_word(tokens, index) in HAVING_AFTER_WRITER


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
        inside = []
        for mention in mentions[start : bisect_left(positions, finding.last + 1)]:
            # People named as part of the finding are its content, not its holder ("the neighbours are spying"),
            # and so is anyone inside it ("keeps talking to a man who isn't there"), and anyone after them ("sees a
            # woman at the foot of her bed": the bed is the holder's).
            if mention.noun and (mention.position in own or mention.person.key in DETERMINED_PEOPLE):
                break
            inside.append(mention)
    if inside:
        owner = _owner_of_own_word(inside, finding, tokens) if len(inside) > 1 else None
        if owner is not None:
            return owner
        return _inside_holder(inside, mentions[start - 1] if start else None, tokens, segments)
    if start < len(positions) and tokens[positions[start]].word in PLACE_OWNERS:  # most findings: no owner next
        owner = _place_owner(finding, mentions[start], tokens, segments)
        if owner is not None:
            return owner  # "my brother had ALS, so every twitch in my calf …"
    if start < len(positions) and positions[start] == finding.last + 1 and _writer_has(tokens, positions[start]):
        return mentions[start].person  # "his started with cramps, so every cramp I get freaks me out"
    if start > 0 and segments.clause[mentions[start - 1].position] == clause:
        before = mentions[start - 1]
        if tokens[before.position].word in WRITER_OBJECTS and start > 1 and not _made_to(tokens, before.position):
            subject = mentions[start - 2]  # "mum didn't know me, thinks the carers are stealing": mum thinks
            kin = kin_word(tokens[subject.position].word)
            if (
                segments.clause[subject.position] == clause
                and not subject.person.is_writer
                and subject.person.human
                and not (kin and plural(tokens, subject.position, kin))  # "my flatmates are poisoning me"
            ):
                return subject.person
        return before.person  # before, in the clause
    for mention in mentions[start:]:
        if segments.clause[mention.position] != clause:
            break
        if kin_word(tokens[mention.position].word) is None:
            return mention.person  # a pronoun or "my" after it, in the clause
    sentence = segments.sentence[finding.first]
    nearest = mentions[max(0, start - 1) : start + 1]  # mentions are in order, so these are the closest
    if not any(segments.sentence[mention.position] == sentence for mention in nearest):
        return PATIENT  # "My dad has ALS. Twitching calves for weeks.": a sentence naming no one
    return mentions[start - 1].person if start > 0 else Person(WRITER, blood=False)


def _made_to(tokens: Sequence[Token], position: int) -> bool:
    """The writer asked or made to do something ("she had me stand feet together", "he asked me to walk on my heels")
    or found in a state ("my wife found me on the floor"): what follows is the writer's."""
    return position > 0 and tokens[position - 1].word in CAUSATIVES_AND_FINDERS


def _owner_of_own_word(inside: Sequence[Mention], finding: Finding, tokens: Sequence[Token]) -> Person | None:
    """The owner's word right before one of the finding's own words ("my lips"), when someone else is named between
    its words: in "panic attacks (been getting them since my dad got ill) my lips go tingly" the lips are the
    holder's, and the aside about dad holds nothing."""
    own = finding.own_tokens()
    owners = [m for m in inside if tokens[m.position].word in PLACE_OWNERS and m.position + 1 in own]
    if owners and any(m.person != owners[0].person for m in inside):
        return owners[0].person
    return None


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
        and not _made_to(tokens, first.position)
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


def _place_owner(finding: Finding, mention: Mention, tokens: Sequence[Token], segments: Segments) -> Person | None:
    """The owner of a place right after the finding, in its part: "twitch in my calf", "pain down her back"
    (``mention``: the first after the finding's start, an owner's word)."""
    between = range(finding.last + 1, mention.position)
    if (
        0 < len(between) <= PLACE_REACH
        and all(tokens[i].word in PLACE_LINKS for i in between)
        and segments.part[mention.position] == segments.part[finding.last]
    ):
        return mention.person
    return None
