"""Every sentence a person reads is plain English at about a 12-year-old's reading level.

Measure: the Flesch-Kincaid grade (textstat), the most widely used readability formula and the
one health-literacy guidance usually quotes; grade 7 is the reading of a 12- to 13-year-old.
- Each kind of text (labels, questions, reasons, summaries, notices, other explanations,
  disclaimer), read as one passage, must be at grade 7 or below: the formula is built for
  passages, and this is the reading level a person meets across a screen.
- Each full sentence or short paragraph must be at grade 10 or below, so no single string hides
  behind easy neighbours. Labels and names (a few words, no verb) are only measured in their
  passage: the formula gives a lone word such as "Diabetes" grade 32.
"""

import re
from collections.abc import Iterable

import pytest
import textstat

from kbtool.source import load_knowledge_base
from symptom_overlap.domain import triage
from symptom_overlap.domain.assessment import DISCLAIMER, Assessment, assess
from symptom_overlap.domain.demographics import Person
from symptom_overlap.domain.evidence import EvidenceState, UsedEvidence
from symptom_overlap.domain.notices import TextReading
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()
PASSAGE_GRADE = 7.0
HOW_MUCH = re.compile(r"\b(how (many|long|much|often)|if so)\b", re.IGNORECASE)
UNITS = re.compile(r"%|\b(ng/l|pmol/l|nmol/l|micromol/l|µmol/l|mg|mcv|fvc|snip)\b", re.IGNORECASE)
SENTENCE_GRADE = 10.0
# Pictures that between them produce every kind of summary and notice.
PICTURES: list[dict[str, str]] = [
    {"tingling": "present", "numbness": "present", "unsteady_in_dark": "present"},
    {"muscle_wasting": "present", "hand_weakness": "present", "asymmetric_onset": "present", "tingling": "absent"},
    {"fasciculations": "present", "hand_weakness": "absent", "leg_weakness": "absent", "muscle_wasting": "absent"},
    {"fatigue": "present", "leg_weakness": "present", "weight_loss": "present", "muscle_cramps": "present"},
    {"tingling": "present"},
    {"eyelid_twitching": "present"},
    {"known_als_diagnosis": "present"},
    *({rule.when_all_present[0]: "present"} for rule in KNOWLEDGE_BASE.red_flag_rules),
]


def _assessments() -> list[Assessment]:
    results = []
    for picture in PICTURES:
        evidence = [UsedEvidence(id=i, state=EvidenceState(s), source="evidence") for i, s in picture.items()]
        for person in (Person(), Person(age=10)):
            results.append(assess(KNOWLEDGE_BASE, evidence, person, TextReading(sent=True, findings=0, english=False)))
    return results


ASSESSMENTS = _assessments()
SENTENCES: dict[str, list[str]] = {
    "questions": [e.question for e in KNOWLEDGE_BASE.evidence],
    "reasons": sorted(
        {reason for a in ASSESSMENTS for reason in a.triage.reasons}
        | {rule.reason for rule in KNOWLEDGE_BASE.red_flag_rules}
        | {triage.NEUROLOGY, triage.WARNING_SIGNS_OPEN, triage.SEE_A_DOCTOR, triage.SELF_CARE}
    ),
    "summaries": sorted({a.summary for a in ASSESSMENTS}),
    "notices": sorted({n.message for a in ASSESSMENTS for n in a.notices}),
    "other explanations": [text for a in KNOWLEDGE_BASE.alternatives for text in (a.pattern, a.advice) if text],
    "disclaimer": [DISCLAIMER],
}
NAMES: dict[str, list[str]] = {
    "labels": [e.label for e in KNOWLEDGE_BASE.evidence],
    "names of other explanations": [a.name for a in KNOWLEDGE_BASE.alternatives],
}


def _passage(texts: Iterable[str]) -> str:
    return " ".join(text if text.rstrip().endswith((".", "?", "!")) else f"{text}." for text in texts)


def test_the_scenarios_reach_every_kind_of_text() -> None:
    codes = {n.code for a in ASSESSMENTS for n in a.notices}
    assert {"text_not_english", "text_not_recognised", "age_outside_profiles", "diagnosis_already_made"} <= codes
    assert {a.leaning for a in ASSESSMENTS} >= {"b12_deficiency", "als", "neither", "insufficient_evidence"}
    assert all(a.triage.level is not TriageLevel.SELF_CARE for a in ASSESSMENTS)  # nothing screened: no self-care


@pytest.mark.parametrize("kind", [*SENTENCES, *NAMES])
def test_each_kind_of_text_reads_at_grade_seven_or_below(kind: str) -> None:
    texts = SENTENCES.get(kind) or NAMES[kind]
    assert texts
    assert textstat.flesch_kincaid_grade(_passage(texts)) <= PASSAGE_GRADE


@pytest.mark.parametrize("kind", SENTENCES)
def test_no_sentence_reads_above_grade_ten(kind: str) -> None:
    too_hard = {text: textstat.flesch_kincaid_grade(text) for text in SENTENCES[kind]}
    assert {text: grade for text, grade in too_hard.items() if grade > SENTENCE_GRADE} == {}


def test_consultation_reasons_never_say_without_delay() -> None:
    consultation = [r.reason for r in KNOWLEDGE_BASE.red_flag_rules if r.level is TriageLevel.CONSULTATION]
    consultation += [triage.NEUROLOGY, triage.SEE_A_DOCTOR, triage.WARNING_SIGNS_OPEN]
    assert [reason for reason in consultation if "without delay" in reason.lower()] == []


def test_thoughts_of_suicide_bring_crisis_lines_first_and_no_als_statistics() -> None:
    # With a plan unasked or denied alike
    rules = [r for r in KNOWLEDGE_BASE.red_flag_rules if r.when_all_present == ("suicidal_thoughts",)]
    assert len(rules) == 2
    for rule in rules:
        first_sentences = rule.reason.split(". ")[:2]
        assert any("crisis line" in sentence for sentence in first_sentences)
        assert "ALS" not in rule.reason
        assert not any(character.isdigit() and "%" in rule.reason for character in rule.reason)


def test_every_question_can_be_answered_yes_or_no() -> None:
    openers = ("Do ", "Does ", "Did ", "Is ", "Are ", "Has ", "Have ", "In the last few weeks, have ")
    not_yes_no = [
        e.question
        for e in KNOWLEDGE_BASE.evidence
        if not e.question.startswith(openers) or not e.question.endswith("?") or HOW_MUCH.search(e.question)
    ]
    assert not_yes_no == []


def test_lay_text_carries_no_clinical_thresholds_or_units() -> None:
    lay = [text for texts in SENTENCES.values() for text in texts] + [t for ts in NAMES.values() for t in ts]
    assert [text for text in lay if UNITS.search(text)] == []
