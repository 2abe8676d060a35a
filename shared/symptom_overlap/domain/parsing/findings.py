"""What the parser reports for each finding, and the part of it an assessment may use."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from operator import itemgetter
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence


class Assertion(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"  # the writer is unsure ("not sure if my speech is slurred")


class Subject(StrEnum):
    SELF = "self"  # the person being assessed: the writer, or the person a carer writes about
    OTHER = "other"  # someone else (a friend, a partner who is not the patient, a pet)
    FAMILY = "family"  # a blood relative of the person (what they had is family history)


class TimeFrame(StrEnum):
    CURRENT = "current"
    RESOLVED = "resolved"  # it went away ("the tingling cleared up")
    PAST = "past"  # it belongs to the past ("I used to get cramps as a teenager")


# Members read by ``usable`` for every reading, read once here: on Python 3.11 each read of an enum member passes
# EnumType's __getattr__ hook (about 0.1 us).
_SELF, _CURRENT, _UNCERTAIN = Subject.SELF, TimeFrame.CURRENT, Assertion.UNCERTAIN


class ParsedEvidence(BaseModel):
    """One piece of evidence found in the text, with who it is about and when."""

    model_config = ConfigDict(frozen=True)

    id: str
    state: EvidenceState  # present or absent as written; unknown when the writer is unsure
    span: tuple[int, int]
    matched: str
    assertion: Assertion
    subject: Subject
    time: TimeFrame
    body_site: str | None = None


class Finding(NamedTuple):
    """A finding while the text is read: an evidence id over tokens [first, last]."""

    evidence_id: str
    first: int
    last: int
    absent: bool = False  # known to be absent from how it was said ("my balance is fine")
    cue: bool = False  # found by a cue, whose words may stand apart with other words between
    # The tokens of the words that said it; for a cue the others of its span belong to the sentence, for
    # a phrase they are words it skipped ("legs have gone thin and weak").
    words: tuple[int, ...] = ()
    anchor: tuple[int, int] | None = None  # the tokens of a cue's first term
    denial_only: bool = False  # a term that counts only when denied ("no weakness")
    hint: bool = False  # words that only hint at it ("I feel like a burden"): uncertain, and nothing when denied
    contrary: bool = False  # words that say it does not hold ("I eat meat"): absent, and nothing when denied

    def own_tokens(self) -> Iterable[int]:
        return self.words if self.cue else range(self.first, self.last + 1)


# A finding -> (first, last), read in C: the key that orders findings by where they stand.
by_place = itemgetter(1, 2)


class ReadFinding(NamedTuple):
    finding: Finding
    assertion: Assertion
    subject: Subject
    time: TimeFrame
    body_site: str | None

    @property
    def usable(self) -> bool:
        """About the person, current, and said for certain: what an assessment may use."""
        return self.subject is _SELF and self.time is _CURRENT and self.assertion is not _UNCERTAIN


STATE_OF = {
    Assertion.PRESENT: EvidenceState.PRESENT,
    Assertion.ABSENT: EvidenceState.ABSENT,
    Assertion.UNCERTAIN: EvidenceState.UNKNOWN,
}


def evidence_for_assessment(parsed: Iterable[ParsedEvidence]) -> list[ReportedEvidence]:
    """The findings an assessment uses: current findings about the person, said for certain.

    Uncertain findings are left out rather than sent as ``unknown``: the question stays open and is
    asked (an uncertain red flag gets its red-flag question). Findings about other people and symptoms
    that went away are left out too; a relative's diagnosis arrives as the person's family history.
    """
    return [
        ReportedEvidence(id=item.id, state=STATE_OF[item.assertion])
        for item in parsed
        if item.subject is Subject.SELF and item.time is TimeFrame.CURRENT and item.assertion is not Assertion.UNCERTAIN
    ]


def raised_in_text(parsed: Iterable[ParsedEvidence]) -> frozenset[str]:
    """Current findings about the person that the text says are there or may be (present or uncertain)."""
    return frozenset(
        item.id
        for item in parsed
        if item.subject is Subject.SELF and item.time is TimeFrame.CURRENT and item.assertion is not Assertion.ABSENT
    )


def now_as(evidence_id: str, item: ReadFinding, assertion: Assertion, subject: Subject) -> ReadFinding:
    """The same words read as other, current evidence (a relative's diagnosis, a resolved deficit)."""
    return ReadFinding(
        Finding(evidence_id, item.finding.first, item.finding.last), assertion, subject, TimeFrame.CURRENT, None
    )
