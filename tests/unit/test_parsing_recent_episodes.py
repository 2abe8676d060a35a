"""A warning sign sudden by its nature, or a limb's deficit beside one of speech or sight, that got better recently
is a brief episode (a possible TIA), whatever its span unless that was days; a slow finding that went away is not
(docs/parsing.md). Sentences are our own."""

import pytest

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.services import assess_request
from symptom_overlap.knowledge.schema import TriageLevel
from tests.parse_corpus.mechanism_kb import about_the_person_now

KNOWLEDGE_BASE = load_knowledge_base()
EPISODE = "transient_episode"


def _current(text: str) -> dict[str, str]:
    return about_the_person_now(text, KNOWLEDGE_BASE)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday one side of my mouth dropped and my smile was crooked, but it's back to normal today.",
        "Dad's face went lopsided at breakfast, it seems better now.",
        "On Friday her hand went weak and her words were slurred, she's back to normal now.",
        "A few days ago I had double vision and my left leg felt weak, both gone now.",
    ],
)
def test_a_recent_stroke_sign_that_got_better_is_a_brief_episode(text: str) -> None:
    assert _current(text).get(EPISODE) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Twenty years ago my face drooped after a virus, it got better.",  # long ago
        "Last spring my face drooped for three weeks with Bell's palsy and recovered.",  # a span of weeks
        "My hands were numb last month, that has gone now.",  # not sudden by its nature
        "Both my legs went numb and weak last month but that has settled.",  # a limb's deficits only
    ],
)
def test_long_ago_lasting_days_or_not_sudden_is_no_brief_episode(text: str) -> None:
    assert EPISODE not in _current(text)


def test_the_episode_is_seen_today_though_the_face_is_better_now() -> None:
    text = "On Sunday my face drooped on one side, it is better now."
    assert _current(text) == {EPISODE: "present"}  # the droop itself is not happening now
    assessment = assess_request(KNOWLEDGE_BASE, [], text, age=67)
    assert assessment.triage.level is TriageLevel.EMERGENCY
