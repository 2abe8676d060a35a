"""Issue 11's goals on the blind corpus, asserted as far as they are met.

The goals (held-out part: recall >= 0.90, precision >= 0.95, no negated phrase read as present,
red-flag recall >= 0.95; text vignettes: leaning >= 92 %, no under-triage) are not all met. Each
unmet goal is a strict xfail: it fails loudly the day the parser meets it, so that it becomes a plain
assertion. The floors below are the figures measured on the held-out part at the end of each tuning
round (and on the development part), rounded down: they stop regressions and were not tuned on.
The second blind round (files and ids starting "r2_") grew both parts, the third ("r3_") the development
part only, the fourth ("r4_") to the sixth ("r6_") both parts again, the seventh ("r7_") the development part
only, the eighth ("r8_") both parts again, and the ninth ("r9_") the development part only; the floors are
the figures at the end of the tenth session's tuning (docs/decisions.md). The eighth session's new ids (a past
stroke, a past spell of lost sight in one eye, the median-nerve pattern) postdate the labels of rounds 1-7, so
each reading of one there counts against precision.
Only figures are computed here; no held-out item, and no held-out figure, is printed.
"""

from __future__ import annotations

import pytest

from kbtool.source import load_knowledge_base
from tests.blind_corpus.corpus import held_out, load_blind_vignettes, load_phrases, red_flag_ids, split_phrases, states
from tests.parse_corpus.corpus import Figures, evaluate, figures
from tests.vignettes.suite import Outcome, run

KNOWLEDGE_BASE = load_knowledge_base()
PHRASES = load_phrases()
DEVELOPMENT_PHRASES, HELD_OUT_PHRASES = split_phrases()
VIGNETTES = load_blind_vignettes()


def _phrase_figures(held: bool) -> Figures:
    part = [phrase for phrases in HELD_OUT_PHRASES.values() for phrase in phrases] if held else DEVELOPMENT_PHRASES
    return figures(evaluate(KNOWLEDGE_BASE, part), red_flag_ids(KNOWLEDGE_BASE))


def _vignette_outcomes(held: bool) -> list[Outcome]:
    return [run(KNOWLEDGE_BASE, v.as_vignette()) for v in VIGNETTES if held_out(v.id) is held]


@pytest.fixture(scope="module")
def held_out_phrases() -> Figures:
    return _phrase_figures(held=True)


@pytest.fixture(scope="module")
def development_phrases() -> Figures:
    return _phrase_figures(held=False)


@pytest.fixture(scope="module")
def held_out_vignettes() -> list[Outcome]:
    return _vignette_outcomes(held=True)


def _leaning(outcomes: list[Outcome]) -> float:
    return sum(outcome.leaning_correct for outcome in outcomes) / len(outcomes)


def test_the_corpus_is_as_large_as_the_issue_asks() -> None:
    assert len(PHRASES) >= 1500
    assert len(VIGNETTES) >= 60
    assert {state for phrase in PHRASES for state in phrase.expect.values()} <= states()
    red_flags = red_flag_ids(KNOWLEDGE_BASE)
    assert red_flags <= {i for phrase in PHRASES for i, state in phrase.expect.items() if state == "present"}


def _below_floors(checks: dict[str, bool]) -> list[str]:
    """The names of the held-out figures that fell below their floors. A failure names them, never their values,
    so that running the tests while tuning shows no held-out figure to tune on."""
    return [name for name, holds in checks.items() if not holds]


def test_held_out_phrases_stay_at_their_measured_floors(held_out_phrases: Figures) -> None:
    below = _below_floors(
        {
            "precision": held_out_phrases.precision >= 0.900,
            "recall": held_out_phrases.recall >= 0.866,
            "red-flag recall": held_out_phrases.red_flag_recall >= 0.846,
            "negated read as present": held_out_phrases.false_present_on_negated <= 38,
        }
    )
    assert not below, f"held-out figures below their floors: {below}"


def test_development_phrases_stay_at_their_measured_floors(development_phrases: Figures) -> None:
    # Measured in the eighteenth session, rounded down: 0.925, 0.921, 0.965 and 36 when round 22 joined (before any
    # change made for it), 0.923, 0.918, 0.962 and 50 when round 24 joined; 0.923, 0.918, 0.964 and 49 at the end.
    # Nineteenth session: 0.921, 0.913, 0.956 and 70 when round 25 joined, before any change made for it.
    assert development_phrases.precision >= 0.921
    assert development_phrases.recall >= 0.913
    assert development_phrases.red_flag_recall >= 0.956
    assert development_phrases.false_present_on_negated <= 70


def test_held_out_vignettes_stay_at_their_measured_floors(held_out_vignettes: list[Outcome]) -> None:
    below = _below_floors(
        {
            "leaning": _leaning(held_out_vignettes) >= 97 / 110,
            "under-triage": sum(outcome.under_triaged for outcome in held_out_vignettes) <= 3,
        }
    )
    assert not below, f"held-out vignette figures below their floors: {below}"


def test_development_vignettes_are_never_under_triaged_and_keep_their_measured_leaning() -> None:
    development = _vignette_outcomes(held=False)
    assert not [outcome.vignette.id for outcome in development if outcome.under_triaged]
    # 414/448 when round 19 joined (343/368 before it); round 21 joined at 70/80 (485/528), mined to 74/80; round 23
    # joined at 69/80 with 3 under-triaged (558/608 at the session's first commit), mined to 71/80 with none;
    # round 26 joined at 76/80 with none under-triaged (637/688).
    assert _leaning(development) >= 637 / 688


@pytest.mark.xfail(strict=True, reason="issue 11 goal not met: held-out recall 0.867, precision 0.901")
def test_goal_held_out_recall_and_precision(held_out_phrases: Figures) -> None:
    assert held_out_phrases.recall >= 0.90
    assert held_out_phrases.precision >= 0.95


@pytest.mark.xfail(strict=True, reason="issue 11 goal not met: 38 held-out negated phrases read as present")
def test_goal_no_negated_phrase_read_as_present(held_out_phrases: Figures) -> None:
    assert held_out_phrases.false_present_on_negated == 0


@pytest.mark.xfail(strict=True, reason="issue 11 goal not met: held-out red-flag recall 0.847")
def test_goal_red_flag_recall(held_out_phrases: Figures) -> None:
    assert held_out_phrases.red_flag_recall >= 0.95


@pytest.mark.xfail(strict=True, reason="issue 11 goal not met: held-out vignettes 97/110, 3 under-triaged")
def test_goal_held_out_vignettes(held_out_vignettes: list[Outcome]) -> None:
    leaning = _leaning(held_out_vignettes)
    assert leaning >= 0.92
    assert not any(outcome.under_triaged for outcome in held_out_vignettes)
