"""Absent findings: denials the parser used to miss, and denials it used to read too widely."""

import pytest

from symptom_overlap.domain.parsing.site_siblings import site_siblings
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, now_of, readings


@pytest.mark.parametrize(
    ("text", "evidence_id", "time"),
    [
        # A span with no past tense reaches up to now.
        ("my calf has been jumping for a month", "fasciculations", "current"),
        ("cramps in both feet for a week now, nothing else", "muscle_cramps", "current"),
        ("I've had tingling in my toes for a month", "tingling", "current"),
        # Said in the past tense, it is over.
        ("I had tingling in my toes for a week after the vaccine", "tingling", "past"),
    ],
)
def test_a_span_is_past_only_in_the_past_tense(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, time: str
) -> None:
    assert readings(text, knowledge_base)[evidence_id][2] == time


def test_a_place_denied_after_a_span_up_to_now_denies_now(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My eyelid has flickered for a week. Not anywhere else though.", knowledge_base)
    assert found["eyelid_twitching"] == "present"
    assert found["fasciculations"] == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my arms feel heavy but there's no stiffness", "absent"),
        ("I'm not stiff at all, just tired", "absent"),
        ("muscle tone was normal when she examined me", "absent"),
        # A denial of stiffness does not reach a stiffness said after "but".
        ("no stiffness in the mornings but my calves feel tight and springy when I walk", "present"),
    ],
)
def test_stiffness_is_denied_in_its_own_words(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base)["stiffness_spasticity"] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # An item across a comma with its own verb is a new clause, not one more denied item.
        ("no weakness, my toes are numb", "numbness"),
        ("I'm not diabetic, my fingers feel tingly", "tingling"),
        ("no cramps, vibration reduced at both ankles", "vibration_sense_loss"),
    ],
)
def test_a_denied_list_ends_at_an_item_with_its_own_verb(knowledge_base: KnowledgeBase, text: str, kept: str) -> None:
    assert about_the_person_now(text, knowledge_base)[kept] == "present"


def test_a_denied_list_still_reaches_its_plain_items(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("never had numbness, pins and needles or choking", knowledge_base)
    assert found["numbness"] == found["tingling"] == found["choking_on_liquids"] == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Eating animal food says the diet is not vegan.
        ("I eat eggs and cheese every day", "absent"),
        ("honestly I'm a big meat eater", "absent"),
        ("we eat fish twice a week", "absent"),
        # Denied, it says nothing beyond the evidence's own words.
        ("I don't eat meat or dairy", "present"),
        # Seldom, only or can't: it may be the low-animal-food diet itself.
        ("I hardly ever eat meat", None),
        ("I only eat fish on holiday", None),
        ("I can't eat cheese any more", None),
    ],
)
def test_eating_animal_food_is_contrary_to_a_vegan_diet(
    knowledge_base: KnowledgeBase, text: str, expected: str | None
) -> None:
    assert about_the_person_now(text, knowledge_base).get("vegan_diet") == expected


def test_a_red_flag_may_not_have_a_contrary_cue(knowledge_base: KnowledgeBase) -> None:
    red_flag = next(evidence for evidence in knowledge_base.evidence if evidence.red_flag)
    cue = {"all_of": [["fine"], ["breathing"]], "contrary": True}
    with pytest.raises(ValueError, match="contrary"):
        type(red_flag).model_validate({**red_flag.model_dump(), "cues": [cue]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Breathlessness denied without a when denies it at rest and when active, as "no weakness" does.
        ("I'm never out of breath", {"breathless_at_rest": "absent", "breathless_on_exertion": "absent"}),
        # A denial keeps to its clause: the breathlessness said after "but" stays.
        (
            "no breathlessness, but I get winded on the stairs",
            {"breathless_at_rest": "absent", "breathless_on_exertion": "present"},
        ),
        ("I've not had pneumonia or any chest infections", {"fever_after_choking": "absent"}),
    ],
)
def test_breathlessness_and_chest_infections_denied_in_plain_words(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


def test_an_asserted_red_flag_is_never_swallowed_by_a_nearby_denial(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I get short of breath sitting still, no chest infections though", knowledge_base)
    assert found["breathless_at_rest"] == "present"


def test_siblings_are_one_symptom_at_different_places(knowledge_base: KnowledgeBase) -> None:
    siblings = site_siblings(knowledge_base.evidence)
    assert siblings["hand_weakness"] == {"leg": "leg_weakness"}
    assert siblings["leg_weakness"] == {"hand": "hand_weakness", "arm": "hand_weakness"}  # arms are read as hands
    assert not set(siblings) & {evidence.id for evidence in knowledge_base.evidence if evidence.red_flag}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial of two places denies the symptom at each.
        ("there's no weakness in my legs or hands", {"leg_weakness": "absent", "hand_weakness": "absent"}),
        # A place denied after a symptom at another place denies the sibling there.
        ("my fingers are getting weak, nothing in my legs", {"hand_weakness": "present", "leg_weakness": "absent"}),
        ("my thighs feel weak, my hands don't", {"leg_weakness": "present", "hand_weakness": "absent"}),
        # Never past a symptom said of that place.
        (
            "no weakness in my hands, my legs are a bit weak though",
            {"hand_weakness": "absent", "leg_weakness": "present"},
        ),
    ],
)
def test_a_denial_reaches_a_sibling_at_the_place_it_names(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # An evidence denied by its plain name, or its test said to be normal.
        ("no headaches when I wake", "morning_headache"),
        ("I'm not dizzy when I get up from a chair", "dizziness_on_standing"),
        ("the plantars were downgoing", "babinski_sign"),
        ("no romberg sign on examination", "romberg_positive"),
        ("her JPS is normal", "position_sense_loss"),
        ("I'm not anaemic", "macrocytic_anaemia"),
        ("not on any ppis", "acid_reducer_use"),
        ("never had any funny turns", "transient_episode"),
        ("no visual disturbance at all", "vision_loss"),
        ("no trouble walking in the dark", "unsteady_in_dark"),
        ("I'm not sad, just tired of it", "low_mood"),
    ],
)
def test_an_evidence_denied_by_its_plain_name(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # The plain name said, not denied, asserts nothing by itself; said with more, it is the evidence.
        ("I wake with a headache most days, no dizziness though", "morning_headache"),
        ("never had any funny turns, but the GP thinks I had a mini stroke", "transient_episode"),
    ],
)
def test_a_plain_name_denied_beside_a_report_leaves_the_report(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base)[evidence_id] == "present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A phrase that holds a place's whole name is about that place, said or denied.
        ("I've had sudden blindness in one eye", "present"),
        ("I have never had sudden blindness in one eye", "absent"),
    ],
)
def test_a_phrase_holding_a_place_name_is_read(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base)["sudden_vision_loss_one_eye"] == expected


def test_a_phrase_cutting_through_a_place_name_is_not_read(knowledge_base: KnowledgeBase) -> None:
    assert "low_mood" not in about_the_person_now("numb down below since this morning", knowledge_base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "No sudden loss of sight" denies a sudden loss, not a slow one.
        ("there's been no sudden loss of vision", {"sudden_vision_loss_one_eye": "absent", "vision_loss": None}),
        (
            "my eyesight is slowly getting worse but no sudden loss of sight",
            {"sudden_vision_loss_one_eye": "absent", "vision_loss": "present"},
        ),
        # An asserted sudden loss after it stays.
        (
            "no sudden loss of sight before, but I lost the vision in my right eye an hour ago",
            {"sudden_vision_loss_one_eye": "present"},
        ),
    ],
)
def test_a_denied_sudden_loss_of_sight_is_the_sudden_form(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str | None]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lost capacity is the symptom: its negation is part of its words, not a denial.
        ("some days I don't make it to the toilet", "present"),
        ("I have no control by the time I reach the toilet", "present"),
        # The capacity kept says nothing of a problem.
        ("I always get to the toilet in time", None),
    ],
)
def test_a_lost_capacity_is_not_a_denial(knowledge_base: KnowledgeBase, text: str, expected: str | None) -> None:
    assert about_the_person_now(text, knowledge_base).get("bladder_bowel_problems") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "unchanged", "grand", "flexor" say a function is fine; "full" only of strength or power.
        ("my grip is unchanged", {"hand_weakness": "absent"}),
        ("his eyesight is grand", {"vision_loss": "absent"}),
        ("plantars flexor bilaterally", {"babinski_sign": "absent"}),
        ("leg strength full", {"leg_weakness": "absent"}),
        ("my bladder is full", {}),
    ],
)
def test_more_words_for_fine(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negation with "without" in one stretch is a double negative: the finding comes every time.
        ("she cannot take a sip of tea without choking", {"choking_on_liquids": "present"}),
        ("I never get through a cup of water without coughing", {"choking_on_liquids": "present"}),
        ("he drinks without choking", {"choking_on_liquids": "absent"}),
        # A limb said strong speaks of its strength even beside another symptom.
        ("my toes are numb but my legs are strong", {"numbness": "present", "leg_weakness": "absent"}),
    ],
)
def test_double_negatives_and_strong_limbs(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Breathing said fine with no when is breathing at rest; with a lying position it is lying flat.
        ("my breathing is grand", {"breathless_at_rest": "absent"}),
        ("her breathing's all right", {"breathless_at_rest": "absent"}),
        ("his breathing seems okay when lying down", {"breathless_lying_flat": "absent"}),
        ("no breathlessness when lying flat", {"breathless_lying_flat": "absent"}),
        # A fine word among the words a term skips says it fine, not one denied or an inability.
        ("breathing perfectly normal lying down", {"breathless_lying_flat": "absent"}),
        ("he can't breathe good sitting in his armchair", {}),
        # "no bother", "no worries", "no problem" after a term or its object.
        ("swallowing is no bother", {"difficulty_swallowing": "absent"}),
        ("I can swallow a sandwich no problem", {"difficulty_swallowing": "absent"}),
        ("fingers and hands no problem", {"hand_weakness": "absent"}),
        ("tested her grip strength, tested fine", {"hand_weakness": "absent"}),
        ("buttons are fine, it's my feet", {"hand_weakness": "absent"}),
        # A tongue said fine is neither sore nor twitching.
        ("his tongue is fine", {"sore_red_tongue": "absent", "tongue_twitching_wasting": "absent"}),
        # A normal word inside another symptom's phrase says nothing of itself.
        ("I get out of breath easily on hills", {"breathless_on_exertion": "present"}),
    ],
)
def test_functions_said_fine(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert {key: found.get(key) for key in expected} == expected
    if not expected:
        assert found.get("breathless_lying_flat") != "absent"
        assert found.get("breathless_at_rest") != "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fine word denied is a complaint, not a denial of what follows.
        ("my breathing is not good lying flat", {"breathless_lying_flat": "present"}),
        # "do nothing" is an idle spell: what follows is not denied.
        ("when I do nothing at all I'm still breathless", {}),
        # An item answered "yes" ends a denied list.
        ("no numbness, twitching yes, cramps no", {"numbness": "absent", "fasciculations": "present"}),
    ],
)
def test_what_is_not_a_denial(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert {key: found.get(key) for key in expected} == expected
    assert "absent" not in {found.get(key) for key in ("breathless_at_rest", "breathless_on_exertion")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denied term with the negation between its words: back pain denied, so back pain with weak legs.
        ("her back isn't sore these days", {"back_pain_with_leg_weakness": "absent"}),
        ("my back hurts a lot", {}),
        # Vague names of a group of symptoms, denied.
        ("no bowel stuff and no blurring", {"bladder_bowel_problems": "absent", "vision_loss": "absent"}),
        # An ability with a manner word is fine; an ability denied is the symptom.
        ("he can pee normally", {"bladder_bowel_problems": "absent"}),
        ("he hasn't been able to pee properly since Monday", {"bladder_bowel_problems": "present"}),
    ],
)
def test_denials_of_plain_names(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert {key: found.get(key) for key in expected} == expected
    if not expected:
        assert "back_pain_with_leg_weakness" not in found


@pytest.mark.parametrize(
    "text",
    [
        "no dimming of sight in either eye",
        "his eyesight is fine in each eye",
        "both eyes are sharp, I read the small print",
    ],
)
def test_sight_said_fine_in_each_eye_denies_its_loss_in_one(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("vision_loss") == "absent"
    assert found.get("sudden_vision_loss_one_eye") == "absent"


def test_sight_fine_in_one_eye_says_nothing_of_the_other(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(
        "the sight in my right eye went grey all at once, the left eye is fine", knowledge_base
    )
    assert found.get("sudden_vision_loss_one_eye") == "present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan denied beside denied thoughts, in their sentence.
        (
            "never any thoughts of suicide and no plans either",
            {"suicidal_thoughts": "absent", "suicide_plan": "absent"},
        ),
        ("I don't want to end my life and I haven't got a plan", {"suicide_plan": "absent"}),
        # Thoughts denied and a plan said: the plan is not denied by the thoughts' negation.
        ("no thoughts of suicide, but I have made a plan", {"suicide_plan": None}),
    ],
)
def test_a_suicide_plan_denied_with_the_thoughts(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str | None]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I drank heavily in my twenties but I've been teetotal since", {"heavy_alcohol_use": "absent"}),
        ("I took lansoprazole years ago but stopped it", {"acid_reducer_use": "absent"}),
        # Only past is not given up: nothing said of now.
        ("I used to be a heavy drinker", {"heavy_alcohol_use": None}),
        # A red flag's past is left to its question.
        ("I did nos at uni but quit years ago", {"nitrous_oxide_use": None}),
    ],
)
def test_a_habit_given_up_is_absent_now(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str | None]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her mood is honestly fine", {"low_mood": "absent"}),
        ("mind still sharp", {"memory_problems": "absent", "confusion": "absent"}),
        ("solid food goes down fine", {"difficulty_swallowing": "absent"}),
        ("he's not on any medication", {"metformin_use": "absent", "acid_reducer_use": "absent"}),
        # "go" before a symptom word is no "going down fine".
        ("my legs go weak, fine otherwise", {"leg_weakness": "present"}),
    ],
)
def test_more_ways_of_saying_fine(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A place denial reaches back over a sentence that names no finding.
        "My upper lid has been flickering. Right eye only. Nowhere else at all.",
        # The body as every other place.
        "Twitching under my left eye since Friday, nothing in my body",
    ],
)
def test_a_place_denial_after_an_eyelid_twitch(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("eyelid_twitching") == "present"
    assert found.get("fasciculations") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hint of a plan, then one said for certain in another part: the thoughts are said for certain too.
        (
            "I keep my old painkillers in a tin, I've worked out how to end my life with them",
            {"suicidal_thoughts": "present", "suicide_plan": "present"},
        ),
        # Someone who wants to die and has looked up a lethal amount has a plan.
        (
            "I want to die. I checked how many of my sleeping pills it would take.",
            {"suicidal_thoughts": "present", "suicide_plan": "present"},
        ),
        ("no balloons, never had the gas", {"nitrous_oxide_use": "absent"}),
    ],
)
def test_red_flags_said_and_denied(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she's managing soft food ok and swallowing her tablets no problem", {"difficulty_swallowing": "absent"}),
        ("he is still eating porridge fine", {"difficulty_swallowing": "absent"}),
        # A trouble word said, not denied, after the object.
        ("swallowing pills is a real problem now", {"difficulty_swallowing": "present"}),
    ],
)
def test_an_activity_with_its_object_said_fine(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sites listed before the one a denied finding starts at: each is denied at its place (arms are hands).
        ("she has no arm or leg weakness at all", {"hand_weakness": "absent", "leg_weakness": "absent"}),
        ("any legs or hands weak? none", {"hand_weakness": "absent", "leg_weakness": "absent"}),
        # Only a denial reaches them: "my arms ache and leg weakness" says nothing of the hands.
        ("my arms ache and leg weakness is new", {"leg_weakness": "present"}),
    ],
)
def test_sites_listed_before_a_denied_symptom(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Under a denied heading, a list item with a state word is shorthand, denied with the rest.
        ("Denies: hands weak, cramps", {"hand_weakness": "absent", "muscle_cramps": "absent"}),
        ("Negative for: feet numb, speech slurred", {"numbness": "absent", "slurred_speech": "absent"}),
        # Without a heading, the same shorthand after a denial is said ("no cramps, hands weak").
        ("no cramps, hands weak", {"muscle_cramps": "absent", "hand_weakness": "present"}),
    ],
)
def test_a_denied_heading_carries_shorthand_items(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "evidence_id", "expected"),
    [
        # A denial taken back by a concession and a count is said: never absent (it may be a red flag).
        ("I never cough when I drink. Well, a few times at dinner.", "choking_on_liquids", "present"),
        ("no dizziness, okay, now and then", "dizziness_on_standing", "present"),
        ("no numbness. Alright, maybe", "numbness", "uncertain"),
        ("I don't faint. Okay, once years ago", "fainting", "uncertain"),
        # A concession that counts nothing, or names a finding of its own, takes nothing back.
        ("no cramps. Okay, thanks for listening", "muscle_cramps", "absent"),
        ("no numbness. Well, sometimes my toes tingle", "numbness", "absent"),
    ],
)
def test_a_denial_taken_back(knowledge_base: KnowledgeBase, text: str, evidence_id: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A heading that names one evidence only in part, answered on its own line.
        ("Checklist\nsight: a bit blurry\ndouble: nope", {"double_vision": "absent"}),
        ("Puffed on hills? yes. At rest? nope.", {"breathless_at_rest": "absent"}),
        ("Dad since the jabs\nunsteady? no longer", {"unsteady_in_dark": "absent"}),
        # A heading a finding already reads is left to it; a heading inside a sentence is none.
        ("I saw double once: no idea why", {"double_vision": "present"}),  # read by its finding, not denied
        # A setting after another kind of symptom is that symptom's setting ("twitching ... at rest? no").
        ("My calves twitch. At rest? nope.", {"breathless_at_rest": None, "fasciculations": "present"}),
    ],
)
def test_a_short_heading_answered_on_its_own(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My fingertips prickle when I knit. My feet are fine.",
        "pins and needles in my right hand most mornings, both feet completely normal",
        "numb patch on my thumb, hands and feet otherwise are ok",
        "tingling in my left hand; my toes are no problem",
    ],
)
def test_feet_said_fine_beside_a_complaint_deny_a_start_there(real_knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, real_knowledge_base)["symmetric_feet_first"] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # Feet with a symptom of their own, feet fine only at times, one foot of two, or nothing complained of.
        "tingly feet, hands fine",
        "prickling in my feet, but my hands are normal",
        "my feet are fine in the mornings and then they burn by teatime",
        "my left foot is fine, the right one tingles",
        "my feet are fine now",
        "Long week at work. Feet are fine, hands are fine, just tired of the commute.",
        "feet not fine at all, they prickle",
    ],
)
def test_feet_fine_only_as_a_whole_beside_a_complaint(real_knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, real_knowledge_base).get("symmetric_feet_first") != "absent"


@pytest.mark.parametrize(
    ("text", "hands"),
    [
        # A further site listed after a symptom's site, saying nothing of its own, has that symptom too.
        ("weakness in my arms and also in the legs since the spring", "present"),
        ("I've had weakness in my legs and hands for a year", "present"),
        ("weakness in my legs and my hands are fine", "absent"),
    ],
)
def test_a_site_listed_after_a_symptom_has_it_too(real_knowledge_base: KnowledgeBase, text: str, hands: str) -> None:
    found = about_the_person_now(text, real_knowledge_base)
    assert found["leg_weakness" if "arms" in text else "hand_weakness"] == hands


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Limbs listed before a denied finding, across commas: the denial reaches it.
        ("no hand, arm or leg weakness", {"hand_weakness": "absent", "leg_weakness": "absent"}),
        ("no feet, hands or legs numbness at all", {"numbness": "absent"}),
        # A bare "no," before a finding, or a limb with more words, does not.
        ("No, legs weak", {"leg_weakness": "present"}),
        ("not my hands, my legs are weak", {"leg_weakness": "present"}),
    ],
)
def test_a_denial_reaches_over_limbs_listed_before_its_finding(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected
