"""openapi-typescript, run on the committed document, gives request types that tsc --strict enforces."""

from pathlib import Path

import pytest

from tests.clients.generation import type_check

IMPORTS = """
import type { components, operations } from "./api";
type AssessmentRequest = components["schemas"]["AssessmentRequest"];
type Body = operations["createAssessment"]["requestBody"]["content"]["application/json"];
type Category = NonNullable<NonNullable<operations["listSymptoms"]["parameters"]["query"]>["category"]>;
"""
VALID = """
export const full: Body = {
  evidence: [{ id: "tingling", state: "present" }, { id: "fasciculations", state: "unknown" }],
  text: "numb feet",
  age: 63,
  sex: "female",
};
export const category: Category = "bulbar";
"""
# Each line must be a type error: tsc fails if an @ts-expect-error line compiles.
INVALID = """
// @ts-expect-error evidence is a list of items
export const numbers: AssessmentRequest = { evidence: 42 };
// @ts-expect-error an item's state is one of three
export const badState: AssessmentRequest = { evidence: [{ id: "tingling", state: "often" }] };
// @ts-expect-error an item needs its state
export const noState: AssessmentRequest = { evidence: [{ id: "tingling" }] };
// @ts-expect-error age is a number
export const badAge: AssessmentRequest = { text: "x", age: "63" };
// @ts-expect-error sex is one of the enumerated values
export const badSex: AssessmentRequest = { text: "x", sex: "unknown" };
// @ts-expect-error categories are enumerated
export const badCategory: Category = "lungs";
"""


def test_the_request_type_is_typed_and_enforced(typescript_folder: Path) -> None:
    type_check(typescript_folder, IMPORTS + VALID + INVALID)


def test_the_check_would_catch_an_untyped_request(typescript_folder: Path) -> None:
    # Given a valid request marked as if it were an error, tsc must fail: the check above can fail
    with pytest.raises(AssertionError, match="Unused '@ts-expect-error' directive"):
        type_check(typescript_folder, IMPORTS + "// @ts-expect-error\n" + VALID)
