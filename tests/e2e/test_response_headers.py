"""Cache and content-sniffing headers over real HTTP, through the local gateway."""

from tests.e2e.gateway import Client


def test_only_the_catalog_may_be_kept_and_only_by_the_client(api: Client) -> None:
    # When a client searches the vocabulary, then asks for an assessment and a parse
    catalog = api.get("/v1/symptoms?q=numb")
    assessment = api.post_json("/v1/assessments", {"evidence": [{"id": "tingling", "state": "present"}]})
    parse = api.post_json("/v1/parse", {"text": "numb feet"})
    # Then the catalog answer may live in the app's own cache only, the others in no cache at all
    assert (catalog.status, assessment.status, parse.status) == (200, 200, 200)
    assert catalog.headers["Cache-Control"] == "private, max-age=300"
    assert assessment.headers["Cache-Control"] == parse.headers["Cache-Control"] == "no-store"
    # And no browser may guess another type for any of them
    assert {reply.headers["X-Content-Type-Options"] for reply in (catalog, assessment, parse)} == {"nosniff"}
