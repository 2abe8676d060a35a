"""The DynamoDB client's model data, read with less work, is the data botocore's own loader reads."""

from __future__ import annotations

import pytest
from botocore.loaders import Loader

from symptom_overlap.adapters.dynamodb import dynamodb_data_loader

SHARED_DATA = ("endpoints", "partitions", "sdk-default-configuration", "_retry")
DYNAMODB_DATA = ("service-2", "endpoint-rule-set-1", "paginators-1", "waiters-2")


@pytest.mark.parametrize("name", SHARED_DATA)
def test_shared_data_is_botocores(name: str) -> None:
    assert dynamodb_data_loader(None).load_data(name) == Loader().load_data(name)


@pytest.mark.parametrize("type_name", DYNAMODB_DATA)
def test_dynamodbs_models_are_botocores(type_name: str) -> None:
    ours = dynamodb_data_loader(None).load_service_model("dynamodb", type_name)
    assert ours == Loader().load_service_model("dynamodb", type_name)


def test_only_dynamodb_is_listed() -> None:
    assert dynamodb_data_loader(None).list_available_services("service-2") == ["dynamodb"]
    assert "dynamodb" in Loader().list_available_services("service-2")
