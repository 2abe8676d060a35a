"""The blind writers' format check: it accepts a well-formed case and names each fault of a broken one."""

from pathlib import Path

import yaml

from tests.blind_corpus.phrase_writer_check import problems as phrase_problems
from tests.blind_corpus.writer_check import evidence_ids, problems

IDS = evidence_ids(Path(__file__).parents[2] / "contract" / "evidence-ids.yaml")
CASE = {
    "id": "r99_z_calf_twitch",
    "title": "Calf twitching, nothing else",
    "source": {"citation": "An example source", "url": "https://example.org/source"},
    "kind": "clinical_judgement",
    "age": 30,
    "evidence": {"fasciculations": "present", "hand_weakness": "absent"},
    "expected_leaning": "insufficient_evidence",
    "expected_triage": "consultation",
    "rationale": "Two answers.",
}


def _write(folder: Path, case: dict[str, object]) -> Path:
    path = folder / f"{case['id']}.yaml"
    path.write_text(yaml.safe_dump(case), encoding="utf-8")
    return path


def test_a_well_formed_case_passes(tmp_path: Path) -> None:
    assert problems(_write(tmp_path, CASE), "r99_z_", IDS) == []


def test_each_fault_is_named(tmp_path: Path) -> None:
    broken = {**CASE, "evidence": {"twitchy_calves": "yes"}, "expected_leaning": "als_probably", "age": "thirty"}
    del broken["rationale"]
    found = problems(_write(tmp_path, broken), "r99_z_", IDS)
    assert "missing rationale" in found
    assert "unknown evidence id twitchy_calves" in found
    assert "bad state for twitchy_calves: yes" in found
    assert "bad expected_leaning" in found
    assert "age must be whole years" in found
    assert problems(_write(tmp_path, CASE), "r98_z_", IDS) == ["id must start r98_z_ and equal the file name"]


def test_a_well_formed_phrase_file_passes() -> None:
    phrase = {"text": "calves twitch, no weakness", "expect": {"fasciculations": "present"}, "voice": "phone"}
    assert phrase_problems([{**phrase, "mechanism": ["negation_scope"]}], IDS) == []


def test_each_fault_of_a_phrase_is_named() -> None:
    broken = {"text": "x" * 401, "expect": {"twitchy_calves": "yes"}, "voice": "robot", "mechanism": []}
    found = phrase_problems([broken, {"text": "x" * 401}], IDS)
    assert "phrase 1: text must be 1 to 400 characters" in found
    assert "phrase 1: unknown evidence id twitchy_calves" in found
    assert "phrase 1: bad state for twitchy_calves: yes" in found
    assert "phrase 1: bad voice" in found
    assert "phrase 1: mechanism must be a non-empty list from the brief" in found
    assert "phrase 2: the same text as an earlier phrase" in found
    assert "phrase 2: missing expect" in found
