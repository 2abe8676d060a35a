"""The blind writers' format check: it accepts a well-formed case and names each fault of a broken one."""

from pathlib import Path

import yaml

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
