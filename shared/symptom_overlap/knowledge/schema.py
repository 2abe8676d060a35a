"""Pydantic models of the knowledge base.

A knowledge base is one immutable version: the evidence vocabulary, the two condition
profiles, the red-flag rules, the findings that are common without either condition, the other
explanations a doctor may consider, and the references they cite. The model validators enforce
the rules a clinical reviewer relies on: every id resolves, and every number cites a reference.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


# The conditions the domain compares, by id: a knowledge base must profile exactly these.
B12_DEFICIENCY = "b12_deficiency"
ALS = "als"
SCORED_CONDITIONS = frozenset({B12_DEFICIENCY, ALS})


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EvidenceKind(StrEnum):
    SYMPTOM = "symptom"
    SIGN = "sign"
    RISK_FACTOR = "risk_factor"
    LAB = "lab"
    COURSE = "course"
    DIAGNOSIS = "diagnosis"  # a diagnosis a doctor has already made


class TriageLevel(StrEnum):
    """The five triage levels, least to most urgent."""

    SELF_CARE = "self_care"
    CONSULTATION = "consultation"
    CONSULTATION_24 = "consultation_24"
    EMERGENCY = "emergency"
    EMERGENCY_AMBULANCE = "emergency_ambulance"

    @property
    def rank(self) -> int:
        return _TRIAGE_RANKS[self]


_TRIAGE_RANKS = {level: rank for rank, level in enumerate(TriageLevel)}


class Direction(StrEnum):
    """How a piece of evidence relates to a condition profile."""

    TYPICAL = "typical"
    ATYPICAL = "atypical"
    ARGUES_AGAINST = "argues_against"


class Tier(StrEnum):
    """Qualitative strength of association, used where the literature gives no number."""

    VERY_COMMON = "very_common"
    COMMON = "common"
    OCCASIONAL = "occasional"
    RARE = "rare"


class Reference(Frozen):
    id: Identifier
    citation: Text
    pmid: Annotated[str, StringConstraints(pattern=r"^\d{1,9}$")] | None = None
    doi: Annotated[str, StringConstraints(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None

    @model_validator(mode="after")
    def _has_locator(self) -> Reference:
        if not (self.pmid or self.doi or self.url):
            raise ValueError("a reference needs a pmid, doi or url")
        return self


# A cue term: words ("weak", "gives way"), "@site" for any word naming that body site, or "#id" for a finding.
CueTerm = Annotated[str, StringConstraints(pattern=r"^(@[a-z_]+|#[a-z][a-z0-9_]*|[a-z0-9' -]+)$", max_length=80)]


class Cue(Frozen):
    """Words that together say a piece of evidence: one term of every group within one scope.

    "my calf has got smaller" is muscle wasting because a body site ("@leg") and a wasting word
    ("smaller") stand in one clause, however the sentence is built around them.
    """

    all_of: tuple[tuple[CueTerm, ...], ...] = Field(min_length=2)
    # part: between commas within a clause; clause: up to "but" or a full stop; sentence; or the whole text.
    within: Literal["part", "clause", "sentence", "text"] = "part"
    max_apart: int | None = Field(default=None, ge=1, le=12)  # most words between the first term and the others
    # The words hint at the evidence without saying it ("I feel like a burden" for suicidal thoughts): the
    # finding is uncertain, so a red flag's question is asked, and a denied hint says nothing.
    uncertain: bool = False
    # The words say the evidence does not hold ("I eat meat" for a vegan diet); denied, they say nothing.
    # Never on a red flag: a red flag is not denied by implication.
    contrary: bool = False
    # The groups' terms stand in the order written: "I've got ALS" says a diagnosis, "ALS I've read about" does not.
    in_order: bool = False

    def evidence_ids(self) -> set[str]:
        return {term[1:] for group in self.all_of for term in group if term.startswith("#")}


class EvidenceDefinition(Frozen):
    """One entry of the evidence vocabulary: what a person may report or a clinician may find."""

    id: Identifier
    label: Text
    clinical_name: Text
    kind: EvidenceKind
    reporter: Literal["self", "clinician"]
    category: Identifier
    question: Text
    synonyms: tuple[Text, ...] = ()
    # Words for the function whose being fine means this evidence is absent ("my speech is fine").
    normal_terms: tuple[Text, ...] = ()
    # Words whose denial means this evidence is absent, though saying them asserts nothing ("no weakness").
    denied_terms: tuple[Text, ...] = ()
    red_flag: bool = False
    # How the free-text parser reads this evidence beyond its synonyms (docs/parsing.md).
    cues: tuple[Cue, ...] = ()
    # body site -> the evidence this finding is at that site ("twitching" of an eyelid is eyelid twitching).
    site_variants: dict[Identifier, Identifier] = Field(default_factory=dict)
    # A past mention still holds today (an operation, a diagnosis, a lifelong condition).
    persists: bool = False
    # A relative's finding of one of these ids is this evidence for the person (a relative's ALS diagnosis).
    family_history_of: tuple[Identifier, ...] = ()
    # A brief, recent episode of one of these findings that then went away is this evidence.
    episode_of: tuple[Identifier, ...] = ()
    # Of those, the findings sudden by their nature (a drooping face): got better recently, they are this evidence
    # whatever their span, unless it was days or more.
    sudden_episode_of: tuple[Identifier, ...] = ()
    # A spell of one of these findings, longer than minutes or hours, that got better is this evidence: part of the
    # person's history, true today (sight lost in one eye for days, years ago).
    history_of: tuple[Identifier, ...] = ()
    # When given, a past reading makes this history only in a sentence that says one of these words: a face that
    # drooped for weeks with Bell's palsy is no past stroke.
    history_named_by: tuple[str, ...] = ()
    # Said in one sentence with one of these, this finding is part of it ("sudden weakness on one side" is a
    # stroke sign, not the slow one-sided onset of a motor neuron disease).
    superseded_by: tuple[Identifier, ...] = ()
    # Read from words that overlap those of one of these, this finding is part of it ("an electric feeling down my
    # arms when I bend my head" is Lhermitte's sign, not tingling as well).
    part_of: tuple[Identifier, ...] = ()
    # Words that keep it its own finding though its words overlap: said in its sentence, they name what only it
    # says (breathless "sitting" beside breathless lying flat is breathless at rest as well).
    part_of_unless: tuple[str, ...] = ()
    # The engine counts this finding and that one as one complaint (choking on drinks is trouble swallowing).
    same_complaint_as: Identifier | None = None

    @model_validator(mode="after")
    def _red_flag_not_denied_by_implication(self) -> EvidenceDefinition:
        if self.red_flag and any(cue.contrary for cue in self.cues):
            raise ValueError(f"{self.id}: a red flag may not have a contrary cue")
        return self

    @property
    def label_mid_sentence(self) -> str:
        """The label as it reads inside a sentence: "Weak grip" -> "weak grip"; "EMG shows" keeps its capitals."""
        return self.label if self.label[:2].isupper() else self.label[:1].lower() + self.label[1:]

    def referenced_ids(self) -> set[str]:
        """Other evidence ids this definition's parser fields name."""
        cue_ids = {evidence_id for cue in self.cues for evidence_id in cue.evidence_ids()}
        named = set(self.site_variants.values()) | set(self.family_history_of) | set(self.episode_of)
        named |= set(self.history_of) | set(self.sudden_episode_of)
        named |= {self.same_complaint_as} if self.same_complaint_as else set()
        return cue_ids | named | set(self.superseded_by) | set(self.part_of)


class Association(Frozen):
    """How strongly one piece of evidence goes with a condition, and in which direction.

    ``frequency`` is a proportion reported by a cited study; where no study gives one, ``tier``
    states the strength qualitatively and ``frequency`` stays empty.
    """

    evidence_id: Identifier
    direction: Direction
    tier: Tier
    frequency: Probability | None = None
    note: Text | None = None
    citations: tuple[Identifier, ...] = ()

    @model_validator(mode="after")
    def _number_is_cited(self) -> Association:
        if self.frequency is not None and not self.citations:
            raise ValueError("a frequency needs at least one citation")
        return self


class RecommendedTest(Frozen):
    id: Identifier
    name: Text
    why: Text
    threshold: Text | None = None
    # Offered only when the evidence fits the profile, not on partial support (an urgent referral).
    only_when_pattern_fits: bool = False
    citations: tuple[Identifier, ...] = Field(min_length=1)


class Presentation(Frozen):
    """A set of evidence categories in which the condition can begin on its own.

    While a profile's typical features are present in some of its presentations, its typical
    features that are absent from its other presentations do not count against it.
    """

    id: Identifier
    categories: tuple[Identifier, ...] = Field(min_length=1)
    note: Text
    citations: tuple[Identifier, ...] = Field(min_length=1)


class AgeBand(Frozen):
    """How common the condition is at these ages (``to_age`` empty: and older)."""

    from_age: int = Field(ge=0, le=130)
    to_age: int | None = Field(default=None, ge=0, le=130)
    prevalence: Probability
    citations: tuple[Identifier, ...] = Field(min_length=1)


class Population(Frozen):
    """Whom the profile describes, and how age and sex change how common the condition is."""

    minimum_age: int = Field(ge=0, le=130)
    age_note: Text
    age_citations: tuple[Identifier, ...] = Field(min_length=1)
    prevalence_by_age: tuple[AgeBand, ...] = ()
    # Cohort hazard ratios: per ten years of age, and for men against women, over the cohort's ages.
    hazard_ratio_per_decade: Annotated[float, Field(gt=0)] | None = None
    hazard_ratio_male: Annotated[float, Field(gt=0)] | None = None
    hazard_ages: tuple[int, int] | None = None
    hazard_citations: tuple[Identifier, ...] = ()

    @model_validator(mode="after")
    def _hazards_are_cited_with_their_ages(self) -> Population:
        has_ratio = self.hazard_ratio_per_decade is not None or self.hazard_ratio_male is not None
        if has_ratio and not (self.hazard_citations and self.hazard_ages):
            raise ValueError("a hazard ratio needs hazard_citations and the hazard_ages it was measured over")
        return self


class ConditionProfile(Frozen):
    id: Identifier
    name: Text
    summary: Text
    description: Text
    distinguishing_features: tuple[Text, ...] = ()
    associations: tuple[Association, ...]
    presentations: tuple[Presentation, ...] = ()
    population: Population
    recommended_tests: tuple[RecommendedTest, ...] = ()
    references: tuple[Identifier, ...] = Field(min_length=1)


class RedFlagRule(Frozen):
    """Evidence that, all present together, raises triage to at least ``level``.

    ``reason`` is what a person reads (what to do first, then why); ``clinician_note`` keeps
    figures, thresholds and guideline detail apart for reviewers.
    """

    id: Identifier
    when_all_present: tuple[Identifier, ...] = Field(min_length=1)
    when_all_absent: tuple[Identifier, ...] = ()  # fires only when each of these was answered "no"
    unless_all_absent: tuple[Identifier, ...] = ()  # does not fire when each of these was answered "no"
    below_age: int | None = Field(default=None, ge=1, le=130)  # fires only for younger people (age given)
    level: TriageLevel
    reason: Text
    # Its reason opens the summary at any level, as an emergency's does (thoughts of suicide come first).
    leads_summary: bool = False
    clinician_note: Text | None = None
    citations: tuple[Identifier, ...] = Field(min_length=1)


class BackgroundFrequency(Frozen):
    """How often people who have neither condition report a finding (``id`` is its evidence id).

    Such findings are non-specific: their absence says little, and they cannot make a leaning alone.
    """

    id: Identifier
    tier: Tier
    frequency: Probability | None = None
    # This common only when this other finding is denied (tingling in the hands, with "started in both feet" denied).
    when_absent: Identifier | None = None
    note: Text
    citations: tuple[Identifier, ...] = Field(min_length=1)


class Alternative(Frozen):
    """Another explanation a doctor may consider, and the pattern that points to it. No probabilities."""

    id: Identifier
    name: Text
    pattern: Text
    suggested_by: tuple[Identifier, ...] = Field(min_length=1)  # any of these present
    not_with: tuple[Identifier, ...] = ()  # any of these present makes it a poor fit
    # Findings it also accounts for that do not, on their own, point to it (numbness in multiple sclerosis).
    also_explains: tuple[Identifier, ...] = ()
    # A pattern told by its whole shape, not by one finding: each of these present and each of these answered "no"
    # (weak grip and weak thighs with twitching denied is a muscle disease's shape, not motor neurone disease's).
    requires_present: tuple[Identifier, ...] = ()
    requires_absent: tuple[Identifier, ...] = ()
    advice: Text | None = None
    # On its own, with every warning sign answered "no", it can be looked after at home.
    self_care: bool = False
    # ...but only below this age, if one is given: from it on, the same findings deserve an examination.
    self_care_below_age: int | None = Field(default=None, ge=1, le=130)
    citations: tuple[Identifier, ...] = Field(min_length=1)

    @property
    def accounts_for(self) -> frozenset[str]:
        """What it explains: what points to it, its shape's findings, and what it also explains."""
        return frozenset((*self.suggested_by, *self.requires_present, *self.also_explains))

    @property
    def has_shape(self) -> bool:
        return bool(self.requires_present or self.requires_absent)


class QuestionPremise(Frozen):
    """A question that only makes sense when one of ``asked_when_any_present`` is present."""

    id: Identifier
    asked_when_any_present: tuple[Identifier, ...] = Field(min_length=1)


class KnowledgeBase(Frozen):
    version: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    evidence: tuple[EvidenceDefinition, ...] = Field(min_length=1)
    conditions: tuple[ConditionProfile, ...] = Field(min_length=1)
    red_flag_rules: tuple[RedFlagRule, ...] = ()
    background: tuple[BackgroundFrequency, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    question_premises: tuple[QuestionPremise, ...] = ()
    references: tuple[Reference, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_resolve(self) -> KnowledgeBase:
        evidence_ids = _unique_ids("evidence", [e.id for e in self.evidence])
        reference_ids = _unique_ids("references", [r.id for r in self.references])
        condition_ids = _unique_ids("conditions", [c.id for c in self.conditions])
        for section in ("background", "alternatives", "question_premises"):
            _unique_ids(section, [item.id for item in getattr(self, section)])
        categories = {e.category for e in self.evidence}
        problems: list[str] = []
        if condition_ids != SCORED_CONDITIONS:
            missing, extra = sorted(SCORED_CONDITIONS - condition_ids), sorted(condition_ids - SCORED_CONDITIONS)
            problems.append(
                f"conditions: the service compares exactly {', '.join(sorted(SCORED_CONDITIONS))}"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; not scored {', '.join(extra)}" if extra else "")
            )
        for evidence in self.evidence:
            problems += _unknown(f"evidence.{evidence.id}", sorted(evidence.referenced_ids()), evidence_ids)
        for condition in self.conditions:
            where = f"conditions.{condition.id}"
            problems += _unknown(f"{where}.references", condition.references, reference_ids)
            for association in condition.associations:
                item = f"{where}.associations.{association.evidence_id}"
                problems += _unknown(f"{item}.evidence_id", [association.evidence_id], evidence_ids)
                problems += _unknown(f"{item}.citations", association.citations, reference_ids)
            for test in condition.recommended_tests:
                problems += _unknown(f"{where}.recommended_tests.{test.id}", test.citations, reference_ids)
            for presentation in condition.presentations:
                item = f"{where}.presentations.{presentation.id}"
                problems += _unknown(f"{item}.categories", presentation.categories, categories)
                problems += _unknown(f"{item}.citations", presentation.citations, reference_ids)
            population = condition.population
            cited = (*population.age_citations, *population.hazard_citations)
            cited += tuple(c for band in population.prevalence_by_age for c in band.citations)
            problems += _unknown(f"{where}.population.citations", cited, reference_ids)
        for rule in self.red_flag_rules:
            where = f"red_flag_rules.{rule.id}"
            problems += _unknown(f"{where}.when_all_present", rule.when_all_present, evidence_ids)
            problems += _unknown(f"{where}.when_all_absent", rule.when_all_absent, evidence_ids)
            problems += _unknown(f"{where}.unless_all_absent", rule.unless_all_absent, evidence_ids)
            problems += _unknown(f"{where}.citations", rule.citations, reference_ids)
        for background in self.background:
            problems += _unknown(f"background.{background.id}.id", [background.id], evidence_ids)
            if background.when_absent is not None:
                problems += _unknown(f"background.{background.id}.when_absent", [background.when_absent], evidence_ids)
            problems += _unknown(f"background.{background.id}.citations", background.citations, reference_ids)
        for alternative in self.alternatives:
            where = f"alternatives.{alternative.id}"
            problems += _unknown(f"{where}.suggested_by", alternative.suggested_by, evidence_ids)
            problems += _unknown(f"{where}.not_with", alternative.not_with, evidence_ids)
            problems += _unknown(f"{where}.also_explains", alternative.also_explains, evidence_ids)
            problems += _unknown(f"{where}.requires_present", alternative.requires_present, evidence_ids)
            problems += _unknown(f"{where}.requires_absent", alternative.requires_absent, evidence_ids)
            problems += _unknown(f"{where}.citations", alternative.citations, reference_ids)
        for premise in self.question_premises:
            where = f"question_premises.{premise.id}"
            problems += _unknown(f"{where}.id", [premise.id], evidence_ids)
            problems += _unknown(f"{where}.asked_when_any_present", premise.asked_when_any_present, evidence_ids)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def condition(self, condition_id: str) -> ConditionProfile | None:
        return next((c for c in self.conditions if c.id == condition_id), None)


def _unique_ids(field: str, ids: list[str]) -> set[str]:
    duplicates = sorted(i for i, count in Counter(ids).items() if count > 1)
    if duplicates:
        raise ValueError(f"{field}: duplicate ids {', '.join(duplicates)}")
    return set(ids)


def _unknown(where: str, ids: tuple[str, ...] | list[str], known: set[str]) -> list[str]:
    return [f"{where}: unknown id '{i}'" for i in ids if i not in known]
