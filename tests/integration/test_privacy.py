import json

import pytest

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from tests.integration.conftest import Invoke, load_event

SUBMITTED_WORDS = ("tingling", "numbness", "fasciculations", "wobbly", "pins", "needles", "twitching")


@pytest.mark.parametrize("log_level", ["INFO", "DEBUG"])
def test_logs_carry_no_symptom_ids_or_words(
    published: KnowledgeTable,
    invoke: Invoke,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    log_level: str,
) -> None:
    # Given a warm function (the knowledge base itself mentions symptoms) and verbose logging
    invoke(load_event("get_symptoms"))
    invoke(load_event("post_parse"))
    caplog.clear()
    caplog.set_level(log_level)
    capsys.readouterr()
    # When assessments, a parse and a rejected request are served
    body = {
        "evidence": [{"id": "tingling", "state": "present"}, {"id": "fasciculations", "state": "absent"}],
        "text": "pins and needles, numbness and wobbly in the dark, no twitching",
    }
    invoke(load_event("post_assessment", body=json.dumps(body)))
    invoke(load_event("post_parse"))
    invoke(load_event("post_assessment", body=json.dumps({"text": "numbness " * 300})))
    # Then no log record (message or extra field) nor metric mentions what was submitted,
    # while access lines were written
    printed = capsys.readouterr()
    records = [{key: str(value) for key, value in vars(record).items()} for record in caplog.records]
    logs = (json.dumps(records) + printed.out + printed.err).lower()
    assert sum(record.getMessage() == "request" for record in caplog.records) == 3
    for word in SUBMITTED_WORDS:
        assert word not in logs, f"{word!r} appeared in the logs"
