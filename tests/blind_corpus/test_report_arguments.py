"""The reports print no figure for --help or a mistyped flag: held-out figures are read once per session, on purpose."""

import pytest

import tests.blind_corpus.report as blind_report
import tests.vignettes.report as vignette_report


@pytest.mark.parametrize("module", [blind_report, vignette_report])
@pytest.mark.parametrize("flag", ["--help", "--developmnet"])
def test_help_or_a_mistyped_flag_scores_nothing(
    module: object, flag: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def must_not_score() -> None:
        raise AssertionError("scored before the arguments were read")

    monkeypatch.setattr(module, "load_knowledge_base", must_not_score)
    monkeypatch.setattr("sys.argv", ["report", flag])
    with pytest.raises(SystemExit):
        module.main()  # type: ignore[attr-defined]
    assert "held out," not in capsys.readouterr().out
