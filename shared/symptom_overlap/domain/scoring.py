"""Absolute fit of each profile, the relative odds between the two, and the resulting leaning.

- **Fit** (the ``score`` of each condition, in [0, 1]) says how well the evidence matches one
  profile on its own: typical features present, against typical features absent and features the
  profile argues against, plus a constant prior so that one answer cannot give a confident fit.
- **Relative odds** compare the two profiles with naive-Bayes likelihood ratios over every
  answered item, including items a profile does not mention, shifted by age and sex.
- **Leaning** combines both, so "neither" and "insufficient evidence" are honest outcomes rather
  than a forced choice.

Evidence is weighed, not counted: a finding that is common without either condition counts only
by how much likelier a profile makes it, its absence counts for nothing, and it never makes a
leaning on its own; the absence of features from a part of the body where a condition has not
(yet) shown itself does not count against it. docs/scoring.md gives the formulas and a worked example.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from symptom_overlap.domain.hallmarks import (
    LAB_CATEGORY,
    STRONG_RATIO,
    b12_caused,
    b12_found_normal,
    b12_measured,
    b12_tested_normal,
    each_shows_a_hallmark,
    explained_elsewhere,
    likelihood_ratio,
    outside_both_profiles,
    shows_a_hallmark,
    tested_and_explained_elsewhere,
)
from symptom_overlap.domain.scoring_model import (
    ALS,
    B12,
    COURSE_CATEGORY,
    TIER_LIKELIHOOD,
    ScoringModel,
)
from symptom_overlap.knowledge.schema import Direction

FIT_PRIOR = 1.0
ATYPICAL_FACTOR = 0.5
SENSORY_CONDUCTION = "abnormal_sensory_nerve_conduction"
MIN_ANSWERED = 3  # specific answered items (present or absent) a profile mentions, below which nothing is said
MIN_PRESENT = 2  # specific present items a profile mentions, below which no profile is named
NEITHER_BELOW = 0.35  # a profile fits if its score reaches this (one common feature alone does not)
# Both profiles fitting counts as overlap when neither fits clearly better, or the odds do not separate them.
OVERLAP_MAX_FIT_GAP = 0.2
OVERLAP_POSTERIOR = (0.2, 0.8)
# Categories of ALS findings that are not of motor neurons: behaviour, weight, the course, risk factors.
SYSTEMIC = "systemic"
MOTOR = "motor"
RESPIRATORY = "respiratory"
BULBAR = "bulbar"
LIMB_OR_BULBAR = frozenset({MOTOR, BULBAR})
MIND = "cognitive_psychiatric"
NOT_MOTOR_NEURON = frozenset({MIND, SYSTEMIC, COURSE_CATEGORY, "risk_factors"})
BLOOD_AND_BODY = frozenset({SYSTEMIC, RESPIRATORY, COURSE_CATEGORY, LAB_CATEGORY, "risk_factors"})


class Leaning(StrEnum):
    B12_DEFICIENCY = B12
    ALS = ALS
    OVERLAP = "overlap"
    NEITHER = "neither"
    INSUFFICIENT_EVIDENCE = "insufficient_evidence"


class Scores(NamedTuple):
    fit: dict[str, float]  # condition id -> score in [0, 1]
    fitting: frozenset[str]  # the profiles that fit
    b12_probability: float  # P(B12 | evidence, one of the two), from a 50:50 start shifted by age and sex
    leaning: Leaning


def score(
    model: ScoringModel,
    present: Iterable[str],
    absent: Iterable[str],
    prior_log_odds: float = 0.0,
    comparable: bool = True,
) -> Scores:
    """``comparable`` is False when the profiles do not apply (age, a diagnosis already made)."""
    present = frozenset(present)
    absent = frozenset(absent) - model.presence_only
    course = frozenset(e for e in present if model.category[e] == COURSE_CATEGORY)
    model = _off_pattern(model, present - course, absent)
    shown = {condition_id: _shown_categories(model, condition_id, present) for condition_id in model.condition_ids}
    company = {condition_id: _in_company(model, present, shown[condition_id]) for condition_id in model.condition_ids}
    counted = _counted_absences(model, absent, shown)
    balances = {
        condition_id: _balance(model, condition_id, present, counted, company[condition_id])
        for condition_id in model.condition_ids
    }
    fit = {
        condition_id: round(support / (support + against + FIT_PRIOR), 4)
        for condition_id, (support, against) in balances.items()
    }
    ruled_out = _course_rules_out(model, course)
    if b12_measured(model, present):  # a measured deficiency is there whatever came on suddenly beside it
        ruled_out -= {B12}
    if b12_tested_normal(model, absent):
        ruled_out |= {B12}
    # A profile fits when enough speaks for it, more speaks for it than against it, and its course is possible.
    fitting = frozenset(
        condition_id
        for condition_id, (support, against) in balances.items()
        if fit[condition_id] >= NEITHER_BELOW and support > against and condition_id not in ruled_out
    )
    b12_probability = _logistic(prior_log_odds + log_likelihood_ratio(model, present, counted))
    if not comparable:
        return Scores(fit, fitting, b12_probability, Leaning.INSUFFICIENT_EVIDENCE)
    # Weighed: what a profile mentions, non-specific findings only in the company of a specific one.
    in_company = frozenset().union(*company.values())
    if (
        len(ruled_out) == len(model.condition_ids)
        or outside_both_profiles(model, present)
        or explained_elsewhere(model, present, course, absent, in_company)
    ):
        if _b12_beside_an_event(model, present, course, absent, counted, company[B12]):
            return Scores(fit, fitting, b12_probability, Leaning.B12_DEFICIENCY)
        return Scores(fit, fitting, b12_probability, Leaning.NEITHER)
    # Everything a person reported counts towards saying enough; a non-specific "no" does not, and
    # a non-specific finding names no profile unless a specific one of its body system is present.
    # The warning-sign checklist screens for emergencies: beside nothing specific but the signs themselves,
    # its "no"s say nothing about either profile.
    specific_reported = present - model.warning_signs - model.presence_only - model.non_specific - course
    counted_no = absent if specific_reported else absent - model.warning_signs
    # ...and a warning sign no profile calls typical or argues against (chest pain, a faint) says nothing of either,
    # nor does a risk factor (heavy drinking, a parent with MND): it tells what might cause a picture, not the picture.
    counted_yes = (
        present if specific_reported else present - _silent_warning_signs(model, present) - model.presence_only
    )
    answered = len((counted_yes & model.profiled) | (counted_no & model.specific_profiled) | (counted_no & in_company))
    present_weighed = (present & model.specific_profiled) | (present & in_company)
    present_findings = present_weighed - model.presence_only - model.non_specific
    # A cause of B12 deficiency beside its telling finding (metformin and tingling) is enough to lean, like two
    # highly specific findings: it is the picture NICE NG239 asks to test for B12 deficiency.
    strong = _strong_pair(model, present_findings, present_weighed & model.non_specific) or b12_caused(model, present)
    # A slow course (typical of a profile) describes a finding, it is not a second one: one symptom with it names
    # nothing. A course both profiles call unusual (worse over days) is evidence of something else and still counts.
    slow_course = course & model.typical_of_any
    if _worsening_bulbar(model, present_findings, course):
        # ...except a worsening speech or swallowing trouble, the way a quarter of ALS begins (Wijesekera 2009):
        # B12 deficiency gives neither, so the two together lean ALS.
        strong, slow_course = True, frozenset()
    # A whole-body finding both profiles list (weight loss, tiredness) shows neither: beside one finding it is not
    # the second one that names a profile (coughing on tea and thinning in an old person with dementia).
    shared = _shared_whole_body(model, present_weighed)
    counted_present = model.complaints(present_weighed - slow_course - shared)
    leaning = _leaning(fit, fitting, b12_probability, answered, counted_present, strong)
    if leaning is Leaning.NEITHER and _b12_beside_an_event(model, present, course, absent, counted, company[B12]):
        leaning = Leaning.B12_DEFICIENCY
    unfitting = leaning is Leaning.NEITHER  # enough answered, and no profile fits
    if leaning is Leaning.OVERLAP and model.complaints(present_findings) < MIN_PRESENT:
        # Two conditions cannot both show in one specific finding (weight loss beside tiredness and low mood).
        leaning = Leaning.INSUFFICIENT_EVIDENCE
    if leaning is Leaning.OVERLAP and not all(
        _shows_its_own(model, c, present_findings - course) for c in model.condition_ids
    ):
        # Whole-body findings typical of both (weight loss beside tiredness) show neither (issue 10).
        leaning = Leaning.INSUFFICIENT_EVIDENCE
    if leaning is Leaning.OVERLAP and not _motor_neuron_finding(model, present_findings, present):
        # Its ALS half needs what a leaning to ALS needs (below): pale and breathless at rest is no overlap.
        leaning = Leaning.INSUFFICIENT_EVIDENCE
    if leaning is Leaning.ALS and not _motor_neuron_finding(model, present_findings, present):
        # ALS is a disease of motor neurons: it is named on a motor or bulbar finding (a breathing one beside
        # either), never on memory, mood or behaviour alone (Gold Coast criteria, Shefner et al. 2020). With a
        # limb finding (weakness, wasting) and a bulbar one (speech, swallowing) denied, it is of something else.
        leaning = Leaning.NEITHER if _limbs_and_bulbar_denied(model, absent) else Leaning.INSUFFICIENT_EVIDENCE
    if leaning is Leaning.ALS and _shaped_elsewhere(model, present - course, absent):
        # Weak grip and weak thighs with twitching denied and no upper-motor-neuron sign: the shape of a muscle
        # disease (inclusion body myositis, Dabby 2001), which accounts for all of it, not of motor neurone disease.
        leaning = Leaning.NEITHER
    if leaning is Leaning.B12_DEFICIENCY and not _b12_beyond_the_mind(model, present, present_findings - course):
        # Confusion, memory or mood trouble has many other causes (delirium, dementia, depression): it names
        # B12 deficiency beside a cause or a blood result, or beside a finding of nerves, blood or tongue.
        leaning = Leaning.INSUFFICIENT_EVIDENCE
    if (
        leaning is Leaning.B12_DEFICIENCY
        and b12_found_normal(model, present, absent)
        and not _b12_in_the_nerves(model, present)
    ):
        # A normal B12 result and no cause of a deficiency, beside only what anaemia gives (pale, tired, breathless):
        # the anaemia has another cause (iron is the commonest, NICE CKS), so the picture points elsewhere.
        leaning = Leaning.NEITHER if answered >= MIN_ANSWERED else Leaning.INSUFFICIENT_EVIDENCE
    if leaning is Leaning.INSUFFICIENT_EVIDENCE and present & model.warning_signs_elsewhere:
        # Too little for a profile, beside a warning sign of another condition: the answer is about that one.
        leaning = Leaning.NEITHER
    if (
        leaning is Leaning.INSUFFICIENT_EVIDENCE
        and answered >= MIN_ANSWERED
        and tested_and_explained_elsewhere(model, present, course, absent)
    ) or (leaning is Leaning.INSUFFICIENT_EVIDENCE and _normal_test_explains(model, present, course, absent)):
        # Only findings common without either condition, each profile put to the test: a picture of another.
        leaning = Leaning.NEITHER
    if leaning is Leaning.NEITHER and B12 not in ruled_out and _b12_cause_keeps_open(model, present, course):
        # A cause of B12 deficiency beside only what the deficiency can give (tiredness, memory): NICE NG239 asks for
        # a B12 test, and a denied tingling does not rule a deficiency out. Too little to say.
        leaning = Leaning.INSUFFICIENT_EVIDENCE
    if (
        leaning in (Leaning.NEITHER, Leaning.INSUFFICIENT_EVIDENCE)
        and ALS not in ruled_out
        and not present & model.warning_signs_elsewhere
        and _als_beside_another_explanation(model, present - course, absent, counted, company[ALS])
    ):
        # Two problems: another explanation, pointed to by a finding of its own, accounts for part of the picture
        # (alcohol and numb feet), and what it does not account for is motor neurone disease's own (a twitching
        # tongue and slurred speech). The numbness it explains no longer counts against ALS.
        leaning = Leaning.ALS
    if (
        leaning is Leaning.ALS
        and B12 not in ruled_out
        and (b12_measured(model, present) or b12_caused(model, present))
        and not _b12_beside_the_picture(model, present, absent)
    ):
        leaning = Leaning.OVERLAP
    # Each profile counts the other's hallmarks against itself, so with both showing, one can tip just short of fitting.
    both_reach = all(fit[c] >= NEITHER_BELOW and c not in ruled_out for c in model.condition_ids)
    if leaning in (Leaning.B12_DEFICIENCY, Leaning.ALS) and both_reach and each_shows_a_hallmark(model, present):
        leaning = Leaning.OVERLAP
    if (
        (unfitting or leaning in (Leaning.B12_DEFICIENCY, Leaning.ALS))
        and not ruled_out
        and each_shows_a_hallmark(model, present)
        and all(_fits_on_its_own(model, c, present, counted, company) for c in model.condition_ids)
    ):
        # ...or both, or the one leaned against, can: each fits once the rival's own typical findings stop
        # counting against it.
        leaning = Leaning.OVERLAP
    if (
        leaning in (Leaning.B12_DEFICIENCY, Leaning.ALS, Leaning.OVERLAP)
        and _course_unusual_for_both(model, course)
        and not b12_measured(model, present)
        and not _cause_present(model, leaning, present)
    ):
        # Two slow conditions do not explain a picture that changes over days, alone or together, unless a
        # cause of one is there (heavy nitrous oxide use); a third condition does (Guillain-Barre syndrome).
        leaning = Leaning.NEITHER
    if (
        leaning is Leaning.INSUFFICIENT_EVIDENCE
        and _course_unusual_for_both(model, course)
        and present - course - model.presence_only
        and not present & model.presence_only
        and not b12_measured(model, present)
    ):
        # Too little for a profile, but what there is came on over days: evidence of a faster condition (pressure on
        # the spinal cord, Guillain-Barre syndrome), not too little said; weak legs worse over days are neither.
        leaning = Leaning.NEITHER
    return Scores(fit, fitting, b12_probability, leaning)


def _als_beside_another_explanation(
    model: ScoringModel,
    findings: frozenset[str],
    absent: frozenset[str],
    counted: frozenset[str],
    company: frozenset[str],
) -> bool:
    """Once the findings of another explanation are set aside (those it accounts for, and what points to it that no
    profile lists as typical), ALS fits on the rest: two complaints of its own, a motor-neuron finding and one of its
    hallmarks among them. Only for ALS, the condition that must not be missed: what is left of a B12 picture is
    mostly what the other explanation gives too (unsteady and confused beside heavy drinking)."""
    markers = findings - model.typical_of_any
    pointed = [p.accounts_for for p in model.alternatives if markers & p.suggested_by and p.possible(findings, absent)]
    if not pointed:
        return False
    rest = findings - markers - frozenset().union(*pointed)
    own = rest & model.specific_typical[ALS] - model.presence_only
    if (
        model.complaints(own) < MIN_PRESENT
        or not shows_a_hallmark(model, ALS, rest)
        or not _motor_neuron_finding(model, own, rest)
    ):
        return False
    support, against = _balance(model, ALS, rest, counted, company)
    return support > against and support / (support + against + FIT_PRIOR) >= NEITHER_BELOW


def _normal_test_explains(
    model: ScoringModel, present: frozenset[str], course: frozenset[str], absent: frozenset[str]
) -> bool:
    """A test of a profile came back normal (a clean EMG), the rest is common without either condition and
    another explanation accounts for it, and the other profile lists none of it: twitching with a normal EMG
    is benign fasciculation (Filippakis 2018). A doctor's test answers more than a few of the person's, and so,
    for twitching or cramps alone, does a "no" to weakness or wasting, the finding that tells them apart."""
    findings = present - course
    motor_only = all(model.category[e] == MOTOR for e in findings)
    tested = {
        c
        for c in model.condition_ids
        if any(
            model.category[e] == LAB_CATEGORY or (motor_only and model.category[e] == MOTOR)
            for e in absent & model.testing_denials[c]
        )
    }
    return (
        bool(tested)
        and bool(findings)
        and findings <= model.non_specific
        and all(
            c in tested or findings & model.argued_against[c] or not findings & model.typical[c]
            for c in model.condition_ids
        )
        and any(findings <= p.suggested_by and p.possible(present, absent) for p in model.alternatives)
    )


def _shaped_elsewhere(model: ScoringModel, findings: frozenset[str], absent: frozenset[str]) -> bool:
    """An explanation told by its whole shape, denials included (alternatives.yaml `requires_absent`), is there and
    accounts for every finding."""
    return any(
        pattern.requires_absent and pattern.possible(findings, absent) and findings <= pattern.accounts_for
        for pattern in model.alternatives
    )


def _silent_warning_signs(model: ScoringModel, present: frozenset[str]) -> frozenset[str]:
    """Present warning signs that neither profile lists as typical or argues against: chest pain, a faint."""
    return frozenset(
        e
        for e in present & model.warning_signs
        if all(model.link(e, c).direction in (None, Direction.ATYPICAL) for c in model.condition_ids)
    )


def _b12_in_the_nerves(model: ScoringModel, present: frozenset[str]) -> bool:
    """A finding of the deficiency in the nerves, spinal cord or mind, not only the blood's and the body's."""
    return any(model.category[e] not in BLOOD_AND_BODY for e in present & model.specific_typical[B12])


def _worsening_bulbar(model: ScoringModel, present_findings: frozenset[str], course: frozenset[str]) -> bool:
    """A speech or swallowing finding STRONG_RATIO times likelier under ALS, said to be slowly getting worse."""
    return bool(course & model.typical[ALS] & model.typical_of_any) and any(
        model.category[e] == BULBAR and likelihood_ratio(model, e, ALS) >= STRONG_RATIO for e in present_findings
    )


def _b12_beside_the_picture(model: ScoringModel, present: frozenset[str], absent: frozenset[str]) -> bool:
    """A low B12 (or its cause) beside a motor picture, with the sensory nerves tested normal and no finding of the
    deficiency's own: B12 neuropathy shows on sensory nerve conduction, so the result is a deficiency to treat
    beside the picture, not a part of it (Turner & Talbot 2013: normal sensory studies in ALS)."""
    own_findings = present & model.typical[B12] - model.typical[ALS] - model.presence_only
    return SENSORY_CONDUCTION in absent and all(model.category[e] == LAB_CATEGORY for e in own_findings)


def _b12_cause_keeps_open(model: ScoringModel, present: frozenset[str], course: frozenset[str]) -> bool:
    """A cause of B12 deficiency is present beside at least one finding, every one (the course aside) a finding B12
    deficiency lists as typical, and nothing points to a warning sign elsewhere. A cause alone, its findings asked
    and denied, shows no profile: that is `neither` (blind writers, three of three)."""
    causes = present & model.presence_only & model.typical[B12]
    findings = present - course - model.presence_only
    return (
        bool(causes)
        and bool(findings)
        and findings <= model.typical[B12]
        and not present & model.warning_signs_elsewhere
    )


def _shared_whole_body(model: ScoringModel, findings: frozenset[str]) -> frozenset[str]:
    return frozenset(
        e for e in findings if model.category[e] == SYSTEMIC and all(e in model.typical[c] for c in model.condition_ids)
    )


def _b12_beyond_the_mind(model: ScoringModel, present: frozenset[str], findings: frozenset[str]) -> bool:
    """A cause of B12 deficiency or a blood result, or a specific B12 finding outside thinking, mood and behaviour."""
    return (
        bool(present & model.presence_only & model.typical[B12])
        or b12_measured(model, present)
        or any(model.category[e] != MIND for e in findings & model.specific_typical[B12])
    )


def _motor_neuron_finding(model: ScoringModel, present_findings: frozenset[str], present: frozenset[str]) -> bool:
    """A limb or bulbar finding of ALS; a breathing one only beside twitching or another limb or bulbar finding,
    since ALS begins in the breathing muscles in under 3 in 100 people (PMID 20001486) and breathlessness lying
    flat has many other causes (heart, lungs)."""
    own = {model.category[e] for e in present_findings & model.specific_typical[ALS]} - NOT_MOTOR_NEURON
    return bool(own - {RESPIRATORY}) or (
        RESPIRATORY in own and any(model.category[e] in LIMB_OR_BULBAR for e in present & model.typical[ALS])
    )


def _limbs_and_bulbar_denied(model: ScoringModel, absent: frozenset[str]) -> bool:
    """A limb finding and a bulbar finding that ALS makes typical were both asked and denied."""
    denied = {model.category[e] for e in absent & model.testing_denials[ALS]}
    return denied >= LIMB_OR_BULBAR


def _shows_its_own(model: ScoringModel, condition_id: str, present_findings: frozenset[str]) -> bool:
    """A present specific finding typical of the condition, other than a whole-body one its rival shares
    (weight loss): stiff, weak legs show both profiles, thinning does not."""
    shared = model.rival_typical[condition_id]
    return any(
        e not in shared or model.category[e] != SYSTEMIC
        for e in present_findings & model.specific_typical[condition_id]
    )


def _b12_beside_an_event(
    model: ScoringModel,
    present: frozenset[str],
    course: frozenset[str],
    absent: frozenset[str],
    counted: frozenset[str],
    company: frozenset[str],
) -> bool:
    """A measured or caused B12 deficiency beside a sudden event neither condition produces (a stroke's signs, an
    onset within minutes, a brief episode: every finding of its explanation argued against by both profiles) is two
    problems: the deficiency fits on the rest, with two findings of its own, and triage acts on the event."""
    if not (b12_measured(model, present) or b12_caused(model, present)):
        return False
    events = frozenset().union(
        *(
            pattern.suggested_by
            for pattern in model.alternatives
            if all(
                model.link(e, c).direction is Direction.ARGUES_AGAINST
                for e in pattern.suggested_by
                for c in model.condition_ids
            )
        )
    )
    event = present & events
    rest = present - event
    # Tingling that did not start in both feet may be the event itself (numbness down one side within minutes).
    off_pattern = {e for e, (_, denied) in model.background_when_absent.items() if denied in absent}
    if not event or len((rest - course - off_pattern) & model.specific_typical[B12]) < MIN_PRESENT:
        return False
    support, against = _balance(model, B12, rest, counted, company)
    return support > against and support / (support + against + FIT_PRIOR) >= NEITHER_BELOW


def _off_pattern(model: ScoringModel, findings: frozenset[str], absent: frozenset[str]) -> ScoringModel:
    """The model with findings made non-specific by a denial (``background_when_absent``).

    Tingling or numbness that did not start in both feet is as common as a squeezed nerve at the
    wrist makes it; it stays specific beside any other finding (the course aside) of a profile that
    lists it (another symptom, a risk factor, a blood result), which gives it back that profile's pattern,
    unless a finding of its body system that the profile calls unusual places it elsewhere (the thumb and first
    two fingers, beside an acid reducer).
    """
    candidates = {
        evidence_id: background
        for evidence_id, (background, denied) in model.background_when_absent.items()
        if evidence_id in findings and denied in absent
    }
    others = findings - candidates.keys() - model.non_specific
    off = {
        evidence_id: background
        for evidence_id, background in candidates.items()
        if not any(
            evidence_id in model.typical[condition_id]
            and others & model.typical[condition_id]
            and not _placed_elsewhere(model, condition_id, evidence_id, findings)
            for condition_id in model.condition_ids
        )
    }
    if not off:
        return model
    non_specific = model.non_specific | off.keys()
    return model._replace(
        background={**model.background, **off},
        non_specific=non_specific,
        specific_profiled=model.profiled - non_specific,
        specific_typical={condition_id: ids - non_specific for condition_id, ids in model.typical.items()},
    )


def _placed_elsewhere(model: ScoringModel, condition_id: str, evidence_id: str, findings: frozenset[str]) -> bool:
    """A present finding of the same body system that the profile calls unusual places this one elsewhere
    (tingling in the thumb and first two fingers, the feet spared, is a squeezed nerve at the wrist)."""
    category = model.category[evidence_id]
    return any(
        model.category[e] == category
        and model.link(e, condition_id).direction in (Direction.ATYPICAL, Direction.ARGUES_AGAINST)
        for e in findings
    )


def log_likelihood_ratio(model: ScoringModel, present: frozenset[str], counted_absent: frozenset[str]) -> float:
    """log P(evidence | B12) - log P(evidence | ALS), treating answers as independent.

    Only the absences that count (``counted_absences``) enter, as in the fit.
    """
    terms = [math.log(model.links[e][B12].likelihood / model.links[e][ALS].likelihood) for e in present]
    terms += [
        math.log((1 - model.links[e][B12].likelihood) / (1 - model.links[e][ALS].likelihood)) for e in counted_absent
    ]
    return math.fsum(terms)  # exactly rounded, so a set's order (the string hash seed) cannot change the last digit


def counted_absences(model: ScoringModel, present: frozenset[str], absent: frozenset[str]) -> frozenset[str]:
    """Absent findings that count against a profile: specific, not a risk factor, not in a quiet part of the body."""
    shown = {condition_id: _shown_categories(model, condition_id, present) for condition_id in model.condition_ids}
    return _counted_absences(model, absent, shown)


def support_of(model: ScoringModel, evidence_id: str, condition_id: str, present: frozenset[str]) -> float:
    """What a present typical finding adds to a profile.

    A non-specific finding alone adds only its excess over the background; in the company of a
    specific typical finding of the same profile and body system (twitching beside wasting) it
    adds its full likelihood.
    """
    company = _in_company(model, present, _shown_categories(model, condition_id, present))
    return _support(model, evidence_id, condition_id, company)


def _support(model: ScoringModel, evidence_id: str, condition_id: str, company: frozenset[str]) -> float:
    likelihood = model.links[evidence_id][condition_id].likelihood
    if evidence_id in model.background and evidence_id not in company:
        return max(0.0, likelihood - model.background[evidence_id])
    return likelihood


def _shown_categories(model: ScoringModel, condition_id: str, present: frozenset[str]) -> frozenset[str]:
    """Categories in which a specific typical finding of the condition is present."""
    return frozenset(model.category[e] for e in present & model.specific_typical[condition_id])


def _in_company(model: ScoringModel, present: frozenset[str], shown: frozenset[str]) -> frozenset[str]:
    """Non-specific present findings that share a category with a specific typical finding of a profile."""
    if not shown:
        return frozenset()
    return frozenset(e for e in present & model.non_specific if model.category[e] in shown)


def _counted_absences(model: ScoringModel, absent: frozenset[str], shown: dict[str, frozenset[str]]) -> frozenset[str]:
    quiet = [
        (dormant, model.typical[condition_id])
        for condition_id in model.condition_ids
        if (dormant := _dormant_categories(model, condition_id, shown[condition_id]))
    ]
    return frozenset(
        evidence_id
        for evidence_id in absent - model.presence_only - model.background.keys()
        if not any(model.category[evidence_id] in dormant and evidence_id in typical for dormant, typical in quiet)
    )


def _course_rules_out(model: ScoringModel, course: frozenset[str]) -> frozenset[str]:
    """Profiles whose time course a present finding contradicts (onset within minutes or hours).

    Both conditions develop over weeks to months, so a course they argue against is not outweighed
    by any number of matching symptoms, unless a course typical of the profile (slow worsening over
    months) is reported too: then the answers about the course disagree and decide nothing.
    """
    if not course:
        return frozenset()
    return frozenset(
        condition_id
        for condition_id in model.condition_ids
        if any(model.links[e][condition_id].direction is Direction.ARGUES_AGAINST for e in course)
        and not course & model.typical[condition_id]
    )


def _cause_present(model: ScoringModel, leaning: Leaning, present: frozenset[str]) -> bool:
    """A present risk factor of the profile leaned to; an overlap has none of its own."""
    return leaning is not Leaning.OVERLAP and bool(
        present & model.presence_only & model.typical.get(leaning, frozenset())
    )


def _fits_on_its_own(
    model: ScoringModel,
    condition_id: str,
    present: frozenset[str],
    counted: frozenset[str],
    company: dict[str, frozenset[str]],
) -> bool:
    """The profile fits when the present findings typical of the rival (and not of it) do not count against it,
    and at least two findings typical of it and not of the rival (not risk factors) are present: specific ones, or
    non-specific ones in their company (twitching in a wasted hand)."""
    rival_typical = model.rival_typical[condition_id]
    weighed = model.specific_typical[condition_id] | company[condition_id]
    own = (present & weighed) - rival_typical - model.presence_only
    rivals = rival_typical - model.typical[condition_id]
    support, against = _balance(model, condition_id, present - rivals, counted, company[condition_id])
    fits = support > against and support / (support + against + FIT_PRIOR) >= NEITHER_BELOW
    return model.complaints(own) >= MIN_PRESENT and fits


def _course_unusual_for_both(model: ScoringModel, course: frozenset[str]) -> bool:
    """A course is reported that every profile calls atypical (worse over days), and none it calls typical."""
    return bool(course) and all(
        not course & model.typical[condition_id]
        and any(model.links[e][condition_id].direction is Direction.ATYPICAL for e in course)
        for condition_id in model.condition_ids
    )


def _balance(
    model: ScoringModel,
    condition_id: str,
    present: frozenset[str],
    counted_absent: frozenset[str],
    company: frozenset[str],
) -> tuple[float, float]:
    """What speaks for the profile (typical features present) and against it."""
    support: list[float] = []
    against: list[float] = []
    links = model.links
    for evidence_id in present:
        link = links[evidence_id][condition_id]
        direction = link.direction
        if direction is Direction.TYPICAL:
            support.append(_support(model, evidence_id, condition_id, company))
        elif direction is Direction.ARGUES_AGAINST:
            against.append(1 - link.likelihood)
        elif direction is Direction.ATYPICAL:
            against.append(ATYPICAL_FACTOR * (1 - link.likelihood))
    against += [
        links[evidence_id][condition_id].likelihood for evidence_id in counted_absent & model.typical[condition_id]
    ]
    # Exactly rounded sums: summed in a set's order, which varies with the string hash seed, support and
    # against could tie in one process and not in another, and two Lambda containers answer differently.
    return math.fsum(support), math.fsum(against)


def _dormant_categories(model: ScoringModel, condition_id: str, shown: frozenset[str]) -> frozenset[str]:
    """Categories of the condition's presentations that show nothing while another one does."""
    if not shown:
        return frozenset()
    presentations = model.presentations.get(condition_id, ())
    active = [categories for categories in presentations if categories & shown]
    if not active:
        return frozenset()
    quiet = frozenset().union(*(categories for categories in presentations if not categories & shown))
    return quiet - frozenset().union(*active)


def _strong_pair(
    model: ScoringModel, present_specific: frozenset[str], companions: frozenset[str] = frozenset()
) -> bool:
    """Two complaints that tell one profile from the other as clearly as two highly specific findings do: each
    STRONG_RATIO times likelier under the same profile, or, in one body system, together STRONG_RATIO squared times
    likelier (a thin hand, 8 times, with a weak grip, 2 times). Where a finding began (one hand first) describes it
    and is no second complaint beside it. ``companions`` are findings common without either condition that keep a
    specific finding of their body system company: twitching beside a thin hand is the lower motor neurone picture,
    so it counts there by the profiles' own tiers (``_companion_strength``), never on its own."""
    strong: dict[str, set[str]] = {B12: set(), ALS: set()}
    by_system: dict[tuple[str, str], dict[str, float]] = {}
    for evidence_id in present_specific:
        ratio = model.link(evidence_id, B12).likelihood / model.link(evidence_id, ALS).likelihood
        condition_id, strength = (B12, ratio) if ratio >= 1 else (ALS, 1 / ratio)
        complaint = model.complaint.get(evidence_id, evidence_id)  # choking on drinks and trouble swallowing: one
        if strength >= STRONG_RATIO:
            strong[condition_id].add(complaint)
        if strength > 1 and evidence_id not in model.descriptions:
            system = by_system.setdefault((condition_id, model.category[evidence_id]), {})
            system[complaint] = max(strength, system.get(complaint, 1.0))
    if any(len(complaints) >= 2 for complaints in strong.values()):
        return True
    for evidence_id in companions - model.descriptions:
        companion = _companion_strength(model, evidence_id)
        if companion is None:
            continue
        condition_id, strength = companion
        keeps_company = by_system.get((condition_id, model.category[evidence_id]))
        if keeps_company:  # a specific finding of its body system, towards the same profile
            keeps_company[evidence_id] = strength
    return any(
        math.prod(sorted(strengths.values(), reverse=True)[:2]) >= STRONG_RATIO**2
        for strengths in by_system.values()
        if len(strengths) >= 2
    )


def _companion_strength(model: ScoringModel, evidence_id: str) -> tuple[str, float] | None:
    """How much likelier a finding common without either condition (twitching) is under one profile than under the
    other that lists it as untypical, by the profiles' own tiers: beside a specific finding of its body system (a
    thin hand) it is no longer background. None when neither profile calls it untypical."""
    links = {c: model.link(evidence_id, c) for c in (ALS, B12)}
    for condition_id, other in ((ALS, B12), (B12, ALS)):
        own, rival = links[condition_id], links[other]
        if (
            own.direction is Direction.TYPICAL
            and rival.direction not in (None, Direction.TYPICAL)
            and own.tier
            and rival.tier
        ):
            return condition_id, TIER_LIKELIHOOD[own.tier] / TIER_LIKELIHOOD[rival.tier]
    return None


def _leaning(
    fit: dict[str, float],
    fitting: frozenset[str],
    b12_probability: float,
    answered: int,
    present_count: int,
    strong_pair: bool,
) -> Leaning:
    if answered < MIN_ANSWERED and not strong_pair:
        return Leaning.INSUFFICIENT_EVIDENCE
    if not fitting:
        return Leaning.NEITHER
    if present_count < MIN_PRESENT:  # one symptom, however typical, does not point anywhere yet
        return Leaning.INSUFFICIENT_EVIDENCE
    low, high = OVERLAP_POSTERIOR
    close_fits = abs(fit[B12] - fit[ALS]) < OVERLAP_MAX_FIT_GAP
    if fitting == {B12, ALS} and (close_fits or low < b12_probability < high):
        return Leaning.OVERLAP
    favoured = B12 if b12_probability >= 0.5 else ALS
    if favoured in fitting:
        return Leaning(favoured)
    # The odds favour a profile that does not fit on its own; the one that fits is the honest answer.
    return Leaning(next(iter(sorted(fitting))))


def _logistic(log_odds: float) -> float:
    if log_odds >= 0:
        return 1 / (1 + math.exp(-log_odds))
    return math.exp(log_odds) / (1 + math.exp(log_odds))
