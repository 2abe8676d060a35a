"""Notices: things an app should show or act on, each with a stable code and a plain message."""

from __future__ import annotations

from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.alternatives import fitting_alternatives
from symptom_overlap.knowledge.schema import KnowledgeBase

TEXT_NOT_RECOGNISED = "text_not_recognised"
TEXT_NOT_ENGLISH = "text_not_english"
AGE_OUTSIDE_PROFILES = "age_outside_profiles"
DIAGNOSIS_ALREADY_MADE = "diagnosis_already_made"
TEXT_DISAGREES = "text_disagrees_with_answers"


class Notice(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str
    message: str


class TextReading(NamedTuple):
    """What reading the free text gave: whether any was sent, how many findings, whether it looked English,
    the ids the person answered "no" to that the text says are there or may be, and warning signs named in
    another language."""

    sent: bool = False
    findings: int = 0
    english: bool | None = None
    disputed: frozenset[str] = frozenset()
    # Red flags whose plain words, in a language the parser cannot read, the text seems to say (other_languages)
    named_in_other_language: frozenset[str] = frozenset()


def notices(
    knowledge_base: KnowledgeBase,
    present: frozenset[str],
    text: TextReading,
    minimum_age: int | None,
    diagnosed: bool,
    with_advice: bool,
    absent: frozenset[str] = frozenset(),
) -> list[Notice]:
    """``minimum_age`` is set when the person is younger than the profiles describe; ``diagnosed``
    says a diagnosis was already made; ``with_advice`` adds the advice of each fitting
    alternative explanation (only sensible when the picture leans to neither profile)."""
    found: list[Notice] = []
    if text.sent and text.english is False:
        found.append(
            Notice(
                code=TEXT_NOT_ENGLISH,
                message=(
                    "Your words do not look like English. This tool can only read English for now, "
                    "so please pick your symptoms from the list."
                ),
            )
        )
    if text.sent and text.findings == 0 and not text.named_in_other_language:  # else the summary names what we saw
        found.append(
            Notice(
                code=TEXT_NOT_RECOGNISED,
                message=(
                    "We could not find any symptoms in what you wrote. That does not mean you have none. "
                    "Please pick your symptoms from the list, or describe them in short, simple words."
                ),
            )
        )
    if text.disputed:
        labels = {evidence.id: evidence.label_mid_sentence for evidence in knowledge_base.evidence}
        found.append(
            Notice(
                code=TEXT_DISAGREES,
                message=(
                    "What you wrote does not match your answers about: "
                    + "; ".join(labels[evidence_id] for evidence_id in sorted(text.disputed))
                    + ". We used your answers. Please check them, and tell a doctor if you do have this."
                ),
            )
        )
    if minimum_age is not None:
        found.append(
            Notice(
                code=AGE_OUTSIDE_PROFILES,
                message=(
                    f"The two patterns we compare are for people aged {minimum_age} and over. "
                    f"We cannot compare them for someone younger, so we do not say which one fits. "
                    f"Please ask a doctor about any symptoms that worry you."
                ),
            )
        )
    if diagnosed:
        found.append(
            Notice(
                code=DIAGNOSIS_ALREADY_MADE,
                message=(
                    "You told us that a doctor has already made a diagnosis. This tool compares patterns "
                    "before a diagnosis, so we do not compare them here. Please tell your care team about "
                    "any new symptoms. The advice on warning signs still applies."
                ),
            )
        )
    if with_advice:
        found += [
            Notice(code=alternative.id, message=alternative.advice)
            for alternative in fitting_alternatives(knowledge_base, present, absent)
            if alternative.advice
        ]
    return found
