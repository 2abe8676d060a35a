"""Translate a SAM template to plain CloudFormation, offline, and print it as JSON.

The infra tests run this script with the SAM CLI's interpreter (.venv-tools/bin/python): that is the
environment holding aws-sam-translator, pinned next to the SAM CLI that builds and validates the
stack. (cfn-lint 1.x no longer translates SAM templates; it validates them against SAM schemas.)

It follows what `sam validate` and cfn-lint's former SAM transform do: the template is parsed with
the SAM CLI's own YAML loader, local CodeUri/ContentUri folders become a placeholder S3 URI (the
translator accepts only S3 locations), and managed-policy names resolve from an empty map instead
of the IAM API, so no network access or credentials are needed.

Usage: python sam_translate.py TEMPLATE [PARAMETER_VALUES_JSON]
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

REGION = "us-east-1"
PLACEHOLDER_S3_URI = "s3://placeholder-bucket/placeholder-key"
LOCAL_URI_PROPERTIES = {
    "AWS::Serverless::Function": "CodeUri",
    "AWS::Serverless::LayerVersion": "ContentUri",
}


def translate(template_path: Path, parameter_values: dict[str, Any]) -> dict[str, Any]:
    # Imported by name: these modules exist only in the SAM CLI's environment, not in the one mypy checks.
    yaml_parse = importlib.import_module("samcli.yamlhelper").yaml_parse
    sam_parser = importlib.import_module("samtranslator.parser.parser")
    sam_translator = importlib.import_module("samtranslator.translator.translator")
    sam_exceptions = importlib.import_module("samtranslator.public.exceptions")

    os.environ["AWS_DEFAULT_REGION"] = REGION  # the translator derives the partition from it
    template = yaml_parse(template_path.read_text(encoding="utf-8"))
    _replace_local_uris(template)
    translator = sam_translator.Translator(
        managed_policy_map=None, sam_parser=sam_parser.Parser(), plugins=[], boto_session=None
    )
    try:
        translated: dict[str, Any] = translator.translate(
            sam_template=template,
            parameter_values={"AWS::Region": REGION, **parameter_values},
            passthrough_metadata=True,
            get_managed_policy_map=dict,  # no IAM lookups: managed policies must be given as ARNs
        )
    except sam_exceptions.InvalidDocumentException as error:
        causes = "\n".join(f"  - {cause}" for cause in error.causes)
        raise SystemExit(f"SAM translation failed: {error}\n{causes}") from error
    return translated


def _replace_local_uris(template: dict[str, Any]) -> None:
    for resource in template.get("Resources", {}).values():
        uri_property = LOCAL_URI_PROPERTIES.get(resource.get("Type"))
        properties = resource.get("Properties", {})
        if uri_property and isinstance(properties.get(uri_property), str):
            properties[uri_property] = PLACEHOLDER_S3_URI


def main(argv: list[str]) -> None:
    parameter_values = json.loads(argv[2]) if len(argv) > 2 else {}
    json.dump(translate(Path(argv[1]), parameter_values), sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
