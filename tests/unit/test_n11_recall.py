"""Recall of ordinary findings (eleventh session).

Each test is a class of wording, in sentences of my own (not corpus phrases), with counterparts that must
keep their reading.
"""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no speech or swallowing trouble at all", ("slurred_speech", "difficulty_swallowing")),
        ("My dad has no talking or swallowing problems yet.", ("slurred_speech", "difficulty_swallowing")),
        ("No voice or swallowing problems, thank goodness.", ("slurred_speech", "difficulty_swallowing")),
    ],
)
def test_items_listed_before_a_denied_trouble_word_share_the_denial(
    text: str, denied: tuple[str, ...], knowledge_base: KnowledgeBase
) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert all(found.get(evidence_id) == "absent" for evidence_id in denied)


@pytest.mark.parametrize(
    "text",
    [
        "slurred speech and no swallowing problems",
        "my speech has gone slurry, no swallowing problems",
    ],
)
def test_a_complaint_before_a_denied_trouble_word_is_not_denied(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("slurred_speech") == "present"
    assert found.get("difficulty_swallowing") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "She's fit and strong for 80, just worried about the twitching.",
        "I feel strong and healthy apart from the cramps",
        "strength-wise I'm fine, grip and legs both good",
    ],
)
def test_a_person_said_strong_has_no_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("hand_weakness") == "absent"
    assert found.get("leg_weakness") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "after a coughing fit and a strong cough it cleared",
        "my hands are weak and I'm not fit and strong any more",
    ],
)
def test_strong_said_of_something_else_denies_no_weakness(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("leg_weakness") != "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my thigh has been flickering for days, but is strong", "leg_weakness"),
        ("the forearm jumps about at night but is still strong", "hand_weakness"),
    ],
)
def test_a_limb_left_out_after_but_is_the_one_said_strong(
    text: str, evidence_id: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "my breathing is perfectly normal climbing the stairs at work",
        "breathing fine up hills with the dog",
        "Breathing ok when exercising.",
    ],
)
def test_breathing_said_fine_while_active_denies_breathlessness_on_effort(
    text: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_on_exertion") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "my breathing is awful on the stairs these days",
        "breathing is fine, the stairs are what my knees hate",
    ],
)
def test_breathing_on_effort_not_said_fine_is_not_denied(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("breathless_on_exertion") != "absent"


@pytest.mark.parametrize(
    "text",
    ["20/12 progressive weakness of the left leg", "9m progressive foot drop", "pt has 14 mths progressive grip loss"],
)
def test_months_written_clinically_before_progressive_are_a_slow_course(
    text: str, knowledge_base: KnowledgeBase
) -> None:
    assert about_the_person_now(text, knowledge_base).get("gradual_progression") == "present"


@pytest.mark.parametrize(
    "text",
    ["I'm type 1 myself, on a pump", "Dad has been type 2 for years and his toes burn", "type two since 2012"],
)
def test_diabetes_named_by_its_type_alone_is_diabetes(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("diabetes") == "present"


@pytest.mark.parametrize("text", ["he has type 2 respiratory failure", "what blood type is best"])
def test_a_type_that_is_not_diabetes_is_not_read(text: str, knowledge_base: KnowledgeBase) -> None:
    assert "diabetes" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize("text", ["his legs have gone like twigs", "my arms look like matchsticks these days"])
def test_limbs_likened_to_twigs_are_wasting(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("muscle_wasting") == "present"


@pytest.mark.parametrize("text", ["by Thursday I'm dead on my feet", "I am asleep on my feet at work most days"])
def test_dead_on_ones_feet_is_tiredness_not_numbness(text: str, knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("fatigue") == "present"
    assert "numbness" not in found


@pytest.mark.parametrize(
    "text", ["I hardly drink these days, a beer at a wedding", "she seldom drinks, maybe a sherry at christmas"]
)
def test_seldom_drinking_is_no_heavy_drinking(text: str, knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now(text, knowledge_base).get("heavy_alcohol_use") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I rarely eat meat, mostly beans", None),  # a little meat may be the very diet
        ("I hardly drink water but I drink a lot of beer", "present"),
    ],
)
def test_seldom_still_says_nothing_of_a_diet_and_never_hides_heavy_drinking(
    text: str, expected: str | None, knowledge_base: KnowledgeBase
) -> None:
    evidence_id = "vegan_diet" if "meat" in text else "heavy_alcohol_use"
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == expected
