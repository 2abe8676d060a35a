import shutil
from pathlib import Path

import pytest

from kbtool.__main__ import main
from kbtool.commands import BUNDLE_PATH, bundle_json
from kbtool.source import DEFAULT_SOURCE_DIR, KnowledgeSourceError, load_knowledge_base


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge_base"
    shutil.copytree(DEFAULT_SOURCE_DIR, copy)
    return copy


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(source: Path) -> list[str]:
    with pytest.raises(KnowledgeSourceError) as raised:
        load_knowledge_base(source)
    return raised.value.problems


def test_the_bundled_sources_are_valid() -> None:
    assert load_knowledge_base().version


def test_a_probability_out_of_range_names_file_item_and_field(sources: Path) -> None:
    _replace(sources / "conditions" / "als.yaml", "frequency: 0.95", "frequency: 9.5")
    expected = "conditions/als.yaml: als: associations.muscle_cramps.frequency:"
    assert any(problem.startswith(expected) for problem in _problems(sources))


def test_a_missing_question_names_file_item_and_field(sources: Path) -> None:
    path = sources / "evidence.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("fasciculations:\n")
    question = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("question:"))
    del lines[question]
    path.write_text("".join(lines), encoding="utf-8")
    assert "evidence.yaml: fasciculations: question: Field required" in _problems(sources)


def test_an_unknown_evidence_id_names_the_file(sources: Path) -> None:
    _replace(sources / "red_flag_rules.yaml", "[breathless_at_rest]", "[breathless_at_rest_typo]")
    assert any(
        p.startswith("red_flag_rules.yaml:") and "unknown id 'breathless_at_rest_typo'" in p for p in _problems(sources)
    )


def test_duplicate_keys_are_not_silently_dropped(sources: Path) -> None:
    path = sources / "references.yaml"
    duplicate = 'lindenbaum_1988:\n  citation: "A second entry under the same id."\n  pmid: "1"\n'
    path.write_text(path.read_text(encoding="utf-8") + duplicate, encoding="utf-8")
    assert any("duplicate keys: lindenbaum_1988" in p for p in _problems(sources))


def test_the_cli_reports_problems_and_exits_non_zero(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _replace(sources / "conditions" / "als.yaml", "frequency: 0.95", "frequency: 9.5")
    assert main(["--source", str(sources), "--table", "never-used", "publish"]) == 1
    assert "nothing was written" in capsys.readouterr().err


def test_the_seeding_bundle_matches_the_sources() -> None:
    # The deploy-time seeding function ships functions/seed/knowledge_base.json; it must be current.
    assert BUNDLE_PATH.read_text(encoding="utf-8") == bundle_json(DEFAULT_SOURCE_DIR), (
        "functions/seed/knowledge_base.json is stale: run `make kb-bundle` and commit it"
    )


def test_publishing_a_version_the_domain_cannot_score_is_refused(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given sources whose ALS profile was renamed to a condition the service does not compare
    (sources / "conditions" / "als.yaml").rename(sources / "conditions" / "primary_lateral_sclerosis.yaml")
    # When an operator publishes them
    exit_code = main(["--source", str(sources), "--table", "never-used", "publish"])
    # Then nothing is written (the table is never reached) and the problem is named
    assert exit_code == 1
    error = capsys.readouterr().err
    assert "nothing was written" in error
    assert "not scored primary_lateral_sclerosis" in error


def test_an_unknown_id_in_the_alternatives_names_the_file(sources: Path) -> None:
    _replace(sources / "alternatives.yaml", "suggested_by: [eyelid_twitching]", "suggested_by: [eyelid_twitch]")
    assert any(
        p.startswith("alternatives.yaml: eyelid_twitching:") and "unknown id 'eyelid_twitch'" in p
        for p in _problems(sources)
    )


def test_a_background_entry_without_a_citation_names_file_and_field(sources: Path) -> None:
    _replace(sources / "background.yaml", "citations: [grandner_2017]", "citations: []")
    assert any(p.startswith("background.yaml: muscle_cramps: citations") for p in _problems(sources))
