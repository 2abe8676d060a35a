"""Infra tests check template.yaml as written and as the SAM transform turns it into CloudFormation."""

import pytest

from local_gateway.template import Template, load_template
from tests.infra.cloudformation import TEMPLATE, TranslatedTemplate, translate_template


@pytest.fixture(scope="session")
def template() -> Template:
    """template.yaml as written, read with the project's CloudFormation-aware loader."""
    return load_template(TEMPLATE)


@pytest.fixture(scope="session")
def translated() -> TranslatedTemplate:
    """template.yaml after the SAM transform, with every parameter at its default."""
    return translate_template({})
