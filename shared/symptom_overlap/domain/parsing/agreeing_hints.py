"""Two hints of suicide that agree are said: "I've been saving up my tablets and I've got enough now. I just want
it all to stop."

Each alone only hints (tablets saved may be for a trip; wanting it all to stop may be about the pain), so each is
asked about. Told together by the same person, the means gathered and the wish for it to end say one thing, as a
clinician would read them (Columbia scale: ideation with preparatory behaviour). Both are then said, so the red
flag escalates at once rather than waiting for two answers. A doubt the writer said ("not sure I'd call it a
plan") is no hint and is left as said.
"""

from __future__ import annotations

from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame

THOUGHTS = "suicidal_thoughts"
PLAN = "suicide_plan"
_UNCERTAIN, _PRESENT, _SELF, _CURRENT = Assertion.UNCERTAIN, Assertion.PRESENT, Subject.SELF, TimeFrame.CURRENT


def agreeing_suicide_hints(read: list[ReadFinding]) -> list[ReadFinding]:
    """The readings, with hinted thoughts and a hinted plan both said when each is hinted at its own words."""
    hinted = {
        item.finding.evidence_id: item
        for item in read
        if item.finding.evidence_id in (THOUGHTS, PLAN) and _hinted(item)
    }
    if len(hinted) < 2 or _said_anywhere(read):
        return read
    if set(hinted[THOUGHTS].finding.own_tokens()) == set(hinted[PLAN].finding.own_tokens()):
        return read  # one set of words read as both ("saving my painkillers"): one hint, not two
    return [
        item._replace(assertion=_PRESENT) if _hinted(item) and item.finding.evidence_id in hinted else item
        for item in read
    ]


def _hinted(item: ReadFinding) -> bool:
    return item.finding.hint and item.assertion is _UNCERTAIN and item.subject is _SELF and item.time is _CURRENT


def _said_anywhere(read: list[ReadFinding]) -> bool:
    """Either said or denied for certain elsewhere: then that reading stands and the hints are not needed."""
    return any(item.finding.evidence_id in (THOUGHTS, PLAN) and item.assertion is not _UNCERTAIN for item in read)
