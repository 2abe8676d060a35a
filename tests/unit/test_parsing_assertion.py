"""Whether a finding is asserted, denied, doubted or only imagined, and how far each cue reaches."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A normal finding in one clause does not negate a finding in another.
        ("sensation is fine but my grip is weak", {"numbness": "absent", "hand_weakness": "present"}),
        # A negation does not reach past its clause, and "never stops" denies nothing.
        ("no tingling, but the twitching never stops", {"tingling": "absent", "fasciculations": "present"}),
        ("no numbness. Twitching all day", {"numbness": "absent", "fasciculations": "present"}),
        # A negation reaches each item of a list joined by list words.
        (
            "no tingling, numbness or twitching",
            {"tingling": "absent", "numbness": "absent", "fasciculations": "absent"},
        ),
    ],
)
def test_negation_keeps_to_its_clause(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twitching? No.", {"fasciculations": "absent"}),
        ("Tested for muscle wasting and it was negative", {"muscle_wasting": "absent"}),
        ("my hand is not weak", {"hand_weakness": "absent"}),
    ],
)
def test_denials_after_or_inside_a_finding(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not sure if my speech is slurred", {"slurred_speech": "uncertain"}),
        ("I can't tell whether the tingling is real", {"tingling": "uncertain"}),
        # Said on its own, a doubt reaches back to the finding it follows.
        ("I think my legs gave way, but I'm not sure", {"leg_weakness": "uncertain"}),
        ("maybe my tongue is twitching? hard to tell", {"tongue_twitching": "uncertain"}),
        # A hedge doubts only what follows it.
        ("numb feet, and maybe some twitching", {"numbness": "present", "fasciculations": "uncertain"}),
        # "maybe" before a quantity is an estimate, not a doubt.
        ("balloons, maybe 20 a night", {"nitrous_oxide_use": "present"}),
    ],
)
def test_doubt_makes_findings_uncertain(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    "text",
    ["what if I get slurred speech next?", "I read about twitching on a forum", "I keep looking for twitching"],
)
def test_imagined_findings_are_not_reported(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base) == {}


def test_a_red_flag_denied_only_from_afar_stays_uncertain(knowledge_base: KnowledgeBase) -> None:
    # "never" stands five words before the red flag: the question should still be asked.
    text = "I have never really noticed myself being short of breath sitting still"
    assert about_the_person_now(text, knowledge_base) == {"breathless_at_rest": "uncertain"}
    assert about_the_person_now("no short of breath sitting still", knowledge_base) == {"breathless_at_rest": "absent"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm scared I have ALS", {}),
        ("could this be MND?", {}),
        ("I have ALS and my wife keeps asking if I'm depressed", {"known_als_diagnosis": "present"}),
    ],
)
def test_a_feared_diagnosis_is_not_a_diagnosis(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert {
        k: v for k, v in about_the_person_now(text, knowledge_base).items() if k == "known_als_diagnosis"
    } == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A general word denied denies each evidence it names, and says nothing when not denied.
        ("no weakness at all", {"hand_weakness": "absent", "leg_weakness": "absent"}),
        ("the weakness worries me", {}),
        # A more exact finding over the same words takes its place.
        ("no leg weakness", {"leg_weakness": "absent"}),
        ("no weakness in my legs", {"leg_weakness": "absent"}),
    ],
)
def test_denied_terms(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An answer after the finding: a bare "no" ending its part, "not really", "neg"; a doubt makes it uncertain.
        ("pins and needles no, twitching yes", {"tingling": "absent", "fasciculations": "present"}),
        ("twitching: no", {"fasciculations": "absent"}),
        ("twitching no better this week", {"fasciculations": "present"}),
        ("tingling? not really", {"tingling": "absent"}),
        ("weak grip? maybe", {"hand_weakness": "uncertain"}),
        # "zero" and "nil" deny like "no".
        ("zero tingling and nil twitching", {"tingling": "absent", "fasciculations": "absent"}),
        ("nil by mouth since he chokes on water", {"choking_on_liquids": "present"}),
        # A denied heading reaches the bare list after its colon, not a clause with its own verb.
        ("Not had any of these: tingling, twitching", {"tingling": "absent", "fasciculations": "absent"}),
        ("Nothing new to report: the twitching is worse", {"fasciculations": "present"}),
        ("Didn't tell the GP: twitching, pins and needles", {"fasciculations": "present", "tingling": "present"}),
    ],
)
def test_answers_and_headings(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dismissal or an alternative of the writer's own after a finding doubts it.
        ("my speech is slurred some evenings, but it might just be the wine", {"slurred_speech": "uncertain"}),
        ("pins and needles in my toes. Could be nothing.", {"tingling": "uncertain"}),
        ("twitching in my calf, or am I just imagining things", {"fasciculations": "uncertain"}),
        # ... only the part it follows, and not a denied list.
        (
            "twitching in my calf, my grip is weak, or maybe it's the cold",
            {"fasciculations": "present", "hand_weakness": "uncertain"},
        ),
        ("no tingling or anything, just twitching", {"tingling": "absent", "fasciculations": "present"}),
        # A question about a cause is no doubt of the symptom.
        ("my toes have pins and needles, is it diabetes or just my shoes?", {"tingling": "present"}),
        ("pins and needles, not sure if it's real or just nerves", {"tingling": "uncertain"}),
        # An estimate or a manner is no dismissal.
        ("pins and needles in my toes, maybe just twice a week", {"tingling": "present"}),
        ("my grip is weak, I could just about open the jar", {"hand_weakness": "present"}),
        # A belief put as a question.
        ("I think my speech is slurred??", {"slurred_speech": "uncertain"}),
        ("I think my speech is slurred.", {"slurred_speech": "present"}),
        ("I think my speech is slurred, what could cause that?", {"slurred_speech": "present"}),
        # A topic read about ends at a new part with its own subject.
        ("I read about twitching and now my calf twitches", {"fasciculations": "present"}),
        ("I read about twitching and tingling", {}),
    ],
)
def test_second_thoughts(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "haven't seen one" denies the last thing named, even if it was only looked for.
        ("I keep checking my calves for twitching. Haven't seen a single one.", {"fasciculations": "absent"}),
        (
            "weak grip, and I used to get pins and needles but haven't had any in years",
            {"hand_weakness": "present", "tingling": "absent"},
        ),
        ("My grip is weak. I haven't had one fall though", {"hand_weakness": "present"}),
    ],
)
def test_not_one_points_back(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb sharing a term's stem says nothing of the sense, except said of a limb.
        ("my breathing feels fine", {}),
        ("my toes feel normal", {"numbness": "absent"}),
    ],
)
def test_feel_as_a_verb(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A finding named just before others who talk about it is their topic, not the writer's.
        ("the twitching people talk about online scares me", {}),
        # "I don't have that" denies what was just named; "I don't get it" may be not understanding.
        (
            "My calf is twitching. Pins and needles? I don't have those.",
            {"fasciculations": "present", "tingling": "absent"},
        ),
        ("My toes have pins and needles. I don't get it, why?", {"tingling": "present"}),
    ],
)
def test_topics_and_having_denied(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected
