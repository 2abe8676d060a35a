from tests.integration.conftest import Invoke, load_event


def test_a_wrong_method_on_a_known_route_is_a_405_with_allow(
    function_environment: None, fresh_caches: None, invoke: Invoke
) -> None:
    event = load_event("get_symptoms", httpMethod="DELETE")
    response = invoke("FallbackFunction", event)
    assert response.status == 405
    assert response.headers["Allow"] == "GET"
    assert response.body["error"]["code"] == "method_not_allowed"


def test_an_unknown_route_is_a_404(function_environment: None, fresh_caches: None, invoke: Invoke) -> None:
    event = load_event(
        "get_symptoms",
        path="/v1/nothing-here",
        resource="/{proxy+}",
        pathParameters={"proxy": "v1/nothing-here"},
    )
    response = invoke("FallbackFunction", event)
    assert response.status == 404
    assert response.body["error"]["request_id"] == "req-get-symptoms"
