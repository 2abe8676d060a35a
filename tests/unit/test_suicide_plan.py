"""A plan or the means to end one's life: read from text, an ambulance-level warning sign, and a
follow-up question asked only after thoughts of ending one's life."""

from __future__ import annotations

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import Answers, EvidenceState, ReportedEvidence
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.questions import open_questions
from symptom_overlap.domain.scoring_model import scoring_model
from symptom_overlap.domain.services import assess_request
from symptom_overlap.domain.triage import red_flag_ids, red_flags_screened
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()


def _read(text: str) -> dict[str, str]:
    return {item.id: item.assertion.value for item in parse_text(text, KNOWLEDGE_BASE)}


@pytest.mark.parametrize(
    "text",
    [
        "He has been stockpiling his painkillers and says he will take them all at once.",
        "I have put aside my sleeping pills in case it gets too much.",
        "I've decided how to end my life and picked a day.",
        "He says he feels suicidal and that he has the means at home.",
        "The goodbye letters are written and the painkillers are in the cupboard.",
        "I've been keeping my meds back for a month. I'll take them all on Sunday.",
    ],
)
def test_a_plan_or_the_means_is_read(text: str) -> None:
    assert _read(text).get("suicide_plan") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I planned how to end my day: a long walk and an early night.",
        "I keep my tablets in a box by the bed.",
        "We picked the date for the wedding and wrote the letters to the guests.",
    ],
)
def test_ordinary_plans_and_tablets_are_not_a_suicide_plan(text: str) -> None:
    assert "suicide_plan" not in _read(text)


def test_a_plan_calls_an_ambulance_with_the_emergency_number_and_crisis_lines_first() -> None:
    evidence = [ReportedEvidence(id="suicide_plan", state=EvidenceState.PRESENT)]
    result = assess_request(KNOWLEDGE_BASE, evidence, None, age=58)
    assert result.triage.level is TriageLevel.EMERGENCY_AMBULANCE
    assert result.should_stop
    assert not result.next_questions
    first = result.triage.reasons[0]
    assert "emergency number" in first
    assert "crisis line" in first
    assert "ALS" not in first


def _all_red_flags_absent_but(*left_out: str) -> list[ReportedEvidence]:
    return [
        ReportedEvidence(id=flag, state=EvidenceState.ABSENT)
        for flag in sorted(red_flag_ids(KNOWLEDGE_BASE) - set(left_out))
    ]


def test_denying_thoughts_of_ending_one_s_life_screens_the_plan_question() -> None:
    answers = Answers.of(_all_red_flags_absent_but("suicide_plan"))
    assert red_flags_screened(KNOWLEDGE_BASE, answers)


def test_an_unsure_answer_about_those_thoughts_leaves_screening_open() -> None:
    evidence = [
        *_all_red_flags_absent_but("suicide_plan", "suicidal_thoughts"),
        ReportedEvidence(id="suicidal_thoughts", state=EvidenceState.UNKNOWN),
    ]
    assert not red_flags_screened(KNOWLEDGE_BASE, Answers.of(evidence))


def test_the_plan_is_asked_only_after_thoughts_of_ending_one_s_life() -> None:
    model = scoring_model(KNOWLEDGE_BASE)
    twitching = Answers(present=frozenset({"fasciculations"}))
    asked = {e.id for e in open_questions(KNOWLEDGE_BASE, model, twitching)}
    assert "suicidal_thoughts" in asked
    assert "suicide_plan" not in asked
    thoughts = Answers(present=frozenset({"suicidal_thoughts"}))
    assert "suicide_plan" in {e.id for e in open_questions(KNOWLEDGE_BASE, model, thoughts)}
