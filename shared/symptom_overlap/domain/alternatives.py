"""Other explanations a doctor may consider, from the knowledge base, for the findings present."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from symptom_overlap.knowledge.schema import Alternative, KnowledgeBase, Reference


class OtherExplanation(BaseModel):
    """An explanation to discuss with a doctor and the pattern that points to it. No probability."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    pattern: str
    references: list[Reference]


def fitting_alternatives(
    knowledge_base: KnowledgeBase, present: Iterable[str], absent: Iterable[str] = ()
) -> list[Alternative]:
    """Alternatives suggested by something present and contradicted by nothing present, whose required findings
    are present and required denials answered "no", in reviewed order."""
    present, absent = frozenset(present), frozenset(absent)
    return [
        alternative
        for alternative in knowledge_base.alternatives
        if present & set(alternative.suggested_by)
        and not present & set(alternative.not_with)
        and present.issuperset(alternative.requires_present)
        and absent.issuperset(alternative.requires_absent)
    ]


def explained_by_self_care(
    knowledge_base: KnowledgeBase,
    present: Iterable[str],
    symptoms: Iterable[str],
    age: int | None = None,
    absent: Iterable[str] = (),
) -> bool:
    """True when every symptom is part of a fitting alternative that can be looked after at home at this age
    (what points to it, or what its pattern also explains: tiredness beside harmless twitching)."""
    symptoms = frozenset(symptoms)
    covered = {
        evidence_id
        for alternative in fitting_alternatives(knowledge_base, present, absent)
        if alternative.self_care
        and (age is None or alternative.self_care_below_age is None or age < alternative.self_care_below_age)
        for evidence_id in alternative.accounts_for
    }
    return symptoms <= covered


def other_explanations(
    knowledge_base: KnowledgeBase, present: Iterable[str], absent: Iterable[str] = ()
) -> list[OtherExplanation]:
    """The fitting alternatives, those that account for more of what is present first, then those told by a whole
    shape that is there, then in reviewed order: beside a past stroke and slurred speech, the stroke's lasting
    effects come before myasthenia; weak thighs on both sides without twitching put a muscle problem first."""
    present = frozenset(present)
    references = {reference.id: reference for reference in knowledge_base.references}
    fitting = sorted(
        fitting_alternatives(knowledge_base, present, absent),
        key=lambda alternative: (-len(present & alternative.accounts_for), not alternative.has_shape),
    )
    return [
        OtherExplanation(
            id=alternative.id,
            name=alternative.name,
            pattern=alternative.pattern,
            references=[references[citation] for citation in alternative.citations],
        )
        for alternative in fitting
    ]
