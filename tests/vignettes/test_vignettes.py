"""The vignette suite's goals: leaning accuracy >= 95 %, no under-triage, emergencies at emergency level."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.scoring import Leaning
from symptom_overlap.knowledge.schema import TriageLevel
from tests.blind_corpus.corpus import held_out
from tests.vignettes.report import current_table, documented_table
from tests.vignettes.suite import (
    INTERVIEW_CASES_DIR,
    Outcome,
    Vignette,
    load_interview_vignettes,
    load_text_vignettes,
    load_vignettes,
    run,
)

VIGNETTES = load_vignettes()
KNOWLEDGE_BASE = load_knowledge_base()


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return [run(KNOWLEDGE_BASE, vignette) for vignette in VIGNETTES]


def test_the_suite_covers_what_it_must() -> None:
    assert len(VIGNETTES) >= 40
    assert len({v.id for v in VIGNETTES}) == len(VIGNETTES)
    assert {v.expected_leaning for v in VIGNETTES} == set(Leaning)
    red_flags = {e.id for e in KNOWLEDGE_BASE.evidence if e.red_flag}
    covered = {i for v in VIGNETTES for i, state in v.evidence.items() if state == "present"}
    assert red_flags - covered == set()
    lab_ids = {e.id for e in KNOWLEDGE_BASE.evidence if e.kind == "lab"}
    assert sum(bool(lab_ids & set(v.evidence)) for v in VIGNETTES) >= 5
    assert {i for v in VIGNETTES for i in v.evidence} <= {e.id for e in KNOWLEDGE_BASE.evidence}


def test_leaning_accuracy_is_at_least_95_percent(outcomes: list[Outcome]) -> None:
    wrong = [
        f"{o.vignette.id}: expected {o.vignette.expected_leaning}, got {o.leaning}"
        for o in outcomes
        if not o.leaning_correct
    ]
    assert (len(outcomes) - len(wrong)) / len(outcomes) >= 0.95, wrong


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.id for v in VIGNETTES])
def test_no_case_is_under_triaged(vignette: Vignette) -> None:
    outcome = run(KNOWLEDGE_BASE, vignette)
    assert not outcome.under_triaged, f"expected at least {vignette.expected_triage}, got {outcome.triage}"


def test_every_emergency_case_reaches_emergency(outcomes: list[Outcome]) -> None:
    emergencies = [o for o in outcomes if o.vignette.expected_triage.rank >= TriageLevel.EMERGENCY.rank]
    assert emergencies
    assert all(o.triage.rank >= TriageLevel.EMERGENCY.rank for o in emergencies)


def test_the_documented_results_are_current() -> None:
    assert documented_table() == current_table(), "docs/scoring.md is stale: run `make scoring-table`"


TEXT_VIGNETTES = load_text_vignettes()


def test_peoples_own_words_cover_enough_cases() -> None:
    assert len(TEXT_VIGNETTES) >= 30
    assert {v.expected_leaning for v in TEXT_VIGNETTES} == set(Leaning)


def test_peoples_own_words_lean_right_at_least_90_percent() -> None:
    outcomes = [run(KNOWLEDGE_BASE, vignette) for vignette in TEXT_VIGNETTES]
    wrong = [o.vignette.id for o in outcomes if not o.leaning_correct]
    assert (len(outcomes) - len(wrong)) / len(outcomes) >= 0.90, wrong


@pytest.mark.parametrize("vignette", TEXT_VIGNETTES, ids=[v.id for v in TEXT_VIGNETTES])
def test_peoples_own_words_are_never_under_triaged(vignette: Vignette) -> None:
    outcome = run(KNOWLEDGE_BASE, vignette)
    assert not outcome.under_triaged, f"expected at least {vignette.expected_triage}, got {outcome.triage}"


INTERVIEW_VIGNETTES = load_interview_vignettes()


def test_the_interview_cases_are_all_loaded_with_unique_ids() -> None:
    assert len(INTERVIEW_VIGNETTES) == len(list(INTERVIEW_CASES_DIR.glob("*.yaml"))) >= 60
    assert len({v.id for v in INTERVIEW_VIGNETTES}) == len(INTERVIEW_VIGNETTES)
    assert {i for v in INTERVIEW_VIGNETTES for i in v.evidence} <= {e.id for e in KNOWLEDGE_BASE.evidence}


INTERVIEW_DEVELOPMENT = [v for v in INTERVIEW_VIGNETTES if not held_out(v.id)]
INTERVIEW_HELD_OUT = [v for v in INTERVIEW_VIGNETTES if held_out(v.id)]


def test_interview_development_cases_lean_right_at_least_90_percent() -> None:
    outcomes = [run(KNOWLEDGE_BASE, vignette) for vignette in INTERVIEW_DEVELOPMENT]
    wrong = [o.vignette.id for o in outcomes if not o.leaning_correct]
    assert (len(outcomes) - len(wrong)) / len(outcomes) >= 0.90, wrong


@pytest.mark.parametrize(
    "vignette",
    INTERVIEW_DEVELOPMENT,
    ids=[v.id for v in INTERVIEW_DEVELOPMENT],
)
def test_interview_development_cases_are_never_under_triaged(vignette: Vignette) -> None:
    outcome = run(KNOWLEDGE_BASE, vignette)
    assert not outcome.under_triaged, f"expected at least {vignette.expected_triage}, got {outcome.triage}"


def _held_out_interview_figures() -> tuple[int, int, int]:
    """Under-triaged, correctly leaning and all held-out interview cases. Figures only: a held-out case
    is never named, so its failures cannot be read and tuned on."""
    outcomes = [run(KNOWLEDGE_BASE, vignette) for vignette in INTERVIEW_HELD_OUT]
    return sum(o.under_triaged for o in outcomes), sum(o.leaning_correct for o in outcomes), len(outcomes)


def test_held_out_interview_cases_are_never_under_triaged_and_keep_their_measured_leaning() -> None:
    under, correct, total = _held_out_interview_figures()
    # Booleans only: a failure says which figure fell, never its value, so that no one tunes on it.
    never_under, at_floor = under == 0, correct / total >= 117 / 124  # the measured floor
    assert never_under, "held-out cases under-triaged"
    assert at_floor, "held-out leaning below its measured floor"


@pytest.mark.xfail(strict=True, reason="issue 10 goal not met on held-out interview cases: leaning 117/124 (94.4 %)")
def test_goal_held_out_interview_cases_lean_right_at_least_95_percent() -> None:
    _under, correct, total = _held_out_interview_figures()
    assert correct / total >= 0.95
