"""People's own words through the whole stack: each finding says whom it is about and when."""

from tests.e2e.gateway import Client


def test_parse_says_whom_and_when_and_assessments_use_only_the_person_now(api: Client) -> None:
    # Given a message with a relative's diagnosis, a symptom that went away and a current one
    text = "My uncle had MND. The tingling went away last year, but now my left calf keeps twitching."
    # When a client parses it
    parsed = api.post_json("/v1/parse", {"text": text})
    # Then each finding carries assertion, subject, time and body site
    assert parsed.status == 200, parsed.body
    readings = {item["id"]: item for item in parsed.json()["evidence"]}
    # (the uncle's diagnosis is read once, as the person's family history: `part_of` in the knowledge base)
    assert "known_als_diagnosis" not in readings
    assert readings["family_history_als"]["subject"] == "self"
    assert readings["tingling"]["time"] == "resolved"
    assert readings["fasciculations"] | {"span": None} == {
        "id": "fasciculations",
        "state": "present",
        "span": None,
        "matched": text[slice(*readings["fasciculations"]["span"])],
        "assertion": "present",
        "subject": "self",
        "time": "current",
        "body_site": "leg",
    }
    # And an assessment of the same text uses only the person's current findings
    assessed = api.post_json("/v1/assessments", {"text": text})
    assert assessed.status == 200, assessed.body
    used = {item["id"] for item in assessed.json()["evidence_used"]}
    assert {"family_history_als", "fasciculations"} <= used
    assert not used & {"known_als_diagnosis", "tingling"}
