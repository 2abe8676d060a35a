"""Assertion scope: denials that reach a whole region or name a place, negations that keep to their part,
doubts about what to call a symptom, and statements of normal function."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base, now_of


@pytest.fixture(scope="module")
def knowledge_base() -> KnowledgeBase:
    return mechanism_knowledge_base()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A whole region denies the finding, and a site's own evidence only where the site is named.
        (
            "no twitching anywhere, not even around my eyes",
            {"fasciculations": "absent", "eyelid_twitching": "absent"},
        ),
        # A site named after the denial through inclusion or list words.
        ("no twitching, including in my tongue", {"fasciculations": "absent", "tongue_twitching": "absent"}),
        # "anywhere else" after a present finding leaves that finding present.
        (
            "my eyelid flickers but there are no twitches anywhere else",
            {"eyelid_twitching": "present", "fasciculations": "absent"},
        ),
        # An exception ends the region.
        ("no twitching anywhere except my tongue", {"fasciculations": "absent"}),
    ],
)
def test_a_region_denial_reaches_the_site_variants(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_a_region_denial_does_not_deny_a_red_flag_at_a_place_never_named(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("no numbness anywhere", knowledge_base) == {"numbness": "absent"}
    assert about_the_person_now("no numbness anywhere, not even in my groin", knowledge_base) == {
        "numbness": "absent",
        "saddle_numbness": "absent",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The symptom just spoken of is denied at the place named on its own.
        (
            "my eyelid keeps twitching. Nothing in my legs or arms.",
            {"eyelid_twitching": "present", "fasciculations": "absent"},
        ),
        ("twitches in my calves, not in my tongue", {"fasciculations": "present", "tongue_twitching": "absent"}),
        # "Nowhere else" denies the general symptom (and its siblings), not other sites' own evidence.
        (
            "my eyelid keeps twitching, nowhere else",
            {"eyelid_twitching": "present", "fasciculations": "absent"},
        ),
        # "Nothing else" without a place is not a place denial.
        ("my eyelid keeps twitching. Nothing else to say.", {"eyelid_twitching": "present"}),
    ],
)
def test_a_place_denied_on_its_own_denies_the_symptom_there(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "feet_first"),
    [
        ("pins and needles in two fingers, none in the feet", "absent"),
        ("numb thumb at night, nothing in my toes at all", "absent"),
        # A negation that reaches the feet through other words does not deny where it started.
        ("I don't know why my feet hurt", None),
        ("no aches in my feet, just a numb thumb", None),
    ],
)
def test_the_feet_denied_as_a_place_deny_a_start_in_the_feet(
    real_knowledge_base: KnowledgeBase, text: str, feet_first: str | None
) -> None:
    assert about_the_person_now(text, real_knowledge_base).get("symmetric_feet_first") == feet_first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negation's first finding must be in its own part: "and my …" starts a new one.
        ("I never go barefoot and my feet are numb", {"numbness": "present"}),
        ("I don't drive now and my legs are weak", {"leg_weakness": "present"}),
        ("no tingling and no numbness", {"tingling": "absent", "numbness": "absent"}),
    ],
)
def test_a_negation_does_not_cross_into_a_new_part(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A doubt about what to call a symptom doubts the same evidence described beside it.
        ("no idea if this counts as twitching but my calf muscle keeps jumping", {"fasciculations": "uncertain"}),
        ("my thigh muscle keeps rippling. Not sure if that's twitching.", {"fasciculations": "uncertain"}),
        # ... but not another evidence, nor one the text denies.
        (
            "not sure if this counts as twitching but my legs are weak",
            {"fasciculations": "uncertain", "leg_weakness": "present"},
        ),
        # A doubt that asks only for a cause doubts the cause, not the symptom.
        ("can't tell if the numbness is from my weak legs", {"numbness": "present", "leg_weakness": "uncertain"}),
    ],
)
def test_a_doubt_about_a_name_or_a_cause(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hedge a phrase skipped over doubts it.
        ("my speech might be slurred", {"slurred_speech": "uncertain"}),
        ("my legs are probably weaker", {"leg_weakness": "uncertain"}),
        # "kind of" inside describes.
        ("my legs are kind of weak", {"leg_weakness": "present"}),
    ],
)
def test_a_hedge_inside_a_finding(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "I have neither", "none of them": a denial of what was just named, even if only read about.
        ("I looked up twitching and numbness. I have neither.", {"fasciculations": "absent", "numbness": "absent"}),
        ("tingling and muscle wasting, I have none of those", {"tingling": "absent", "muscle_wasting": "absent"}),
        # "neither … nor" still reaches forward.
        ("neither tingling nor numbness", {"tingling": "absent", "numbness": "absent"}),
    ],
)
def test_a_denial_of_what_was_just_named(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_a_red_flag_denied_only_as_one_of_those_named_stays_uncertain(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("They said to watch for choking on drinks. I have none of that.", knowledge_base) == {
        "choking_on_liquids": "uncertain"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no trouble" reaches each term listed after it, and its negation may stand a little before it.
        (
            "I'm not getting any problems with my speech or my grip",
            {"slurred_speech": "absent", "hand_weakness": "absent"},
        ),
        # "X is not an issue".
        ("my speech has not been an issue", {"slurred_speech": "absent"}),
        # A fine word before the term, unless denied.
        ("normal speech, a strong grip", {"slurred_speech": "absent", "hand_weakness": "absent"}),
        ("not a strong grip any more", {}),
        # An ability said with a manner word.
        ("I can still grip strongly", {"hand_weakness": "absent"}),
        # Listing after a trouble that is asserted denies nothing.
        ("my speech is a problem and my grip too", {}),
    ],
)
def test_normal_function_statements(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've never been a drinker", {"heavy_alcohol_use": "absent"}),
        ("we don't drink at all", {"heavy_alcohol_use": "absent"}),
        ("not a vegetarian, never have been", {"vegan_diet": "absent"}),
        # A shortfall is not a denial.
        ("I probably don't drink enough water", {}),
        ("I can get up the stairs fine", {"leg_weakness": "absent"}),
        ("all four limbs still strong", {"hand_weakness": "absent", "leg_weakness": "absent"}),
        (
            "no sensory deficit on examination",
            {"numbness": "absent", "vibration_sense_loss": "absent", "position_sense_loss": "absent"},
        ),
    ],
)
def test_denied_risk_factors_and_abilities(
    real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, real_knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer denies for themself what was just said of someone else.
        ("My brother has ALS. I don't, as far as I know.", {"known_als_diagnosis": "absent"}),
        # A place with a bare negated verb denies the finding just said at that place.
        ("My calf twitches, my eyelid doesn't.", {"fasciculations": "present", "eyelid_twitching": "absent"}),
        # What was just said no longer holds.
        ("I had pins and needles last year. None now.", {"tingling": "absent"}),
        # A negated verb with more to say is not bare.
        ("My brother has ALS. I don't want to think about it.", {}),
    ],
)
def test_a_bare_denial_points_back(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert {key: value for key, value in found.items() if key != "family_history_als"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a comma, an item followed by its own verb starts a new clause.
        ("no numbness, twitching has started in my arm", {"numbness": "absent", "fasciculations": "present"}),
        # ... unless the verb says it is fine too.
        ("no numbness, twitching is clear", {"numbness": "absent", "fasciculations": "absent"}),
        (
            "no numbness, tingling or twitching",
            {"numbness": "absent", "tingling": "absent", "fasciculations": "absent"},
        ),
        # "don't know why" takes what follows as given.
        ("I don't know why my legs are weak", {"leg_weakness": "present"}),
    ],
)
def test_what_a_negation_does_not_reach(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ability with a short object and a manner word.
        ("I can still say long words fine", {}),
        ("I can still grip a jar lid okay", {"hand_weakness": "absent"}),
        # A trouble word right after the term, with a negation before it.
        ("no speech problems, no grip issues", {"slurred_speech": "absent", "hand_weakness": "absent"}),
        ("my speech problems are worse", {}),
    ],
)
def test_more_normal_function_statements(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question about what to call it doubts it, and the same evidence described beside it.
        ("My arm muscle keeps jumping. Is that just twitching?", {"fasciculations": "uncertain"}),
        ("Could this be twitching or just a cramp?", {"fasciculations": "uncertain"}),
        # A question about whether it is normal asks nothing about its presence.
        ("Is it normal that my legs are weak?", {"leg_weakness": "present"}),
        # "am I imagining it?" doubts what came before; "I'm not imagining it" does not.
        ("my speech is slurred. Or am I imagining it?", {"slurred_speech": "uncertain"}),
        ("I'm not imagining it, my speech is slurred", {"slurred_speech": "present"}),
        # "my imagination" doubts as "imagining" does, and "not just my imagination" asserts.
        ("may well be my imagination but my feet feel numb", {"numbness": "uncertain"}),
        ("my feet are numb and it is not just my imagination", {"numbness": "present"}),
        # "kind of" describes.
        ("my feet are kind of numb", {"numbness": "present"}),
    ],
)
def test_questions_about_a_name_and_imagining(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How a person feels is not the sense of feeling.
        ("Now I feel normal again", {}),
        ("the feeling in my feet is normal", {"numbness": "absent"}),
        # A negation before a normal statement says the opposite.
        ("my speech is not normal", {}),
        ("he is not speaking well", {}),
    ],
)
def test_normal_statements_that_are_not(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_a_denied_cue_does_not_sweep_the_words_between_its_terms(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("no buzzing down my back, my calves have twitching when I bend", knowledge_base)
    assert found.get("fasciculations") == "present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ruled out" is a test's answer; "to rule out" is still a question.
        ("they ruled out ALS at my last appointment", {"known_als_diagnosis": "absent"}),
        ("they want to rule out ALS", {}),
    ],
)
def test_ruled_out(real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, real_knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contracted "is" before the denial, "came back normal", one unknown item after "and".
        ("speech's not an issue", {"slurred_speech": "absent"}),
        ("my speech came back normal", {"slurred_speech": "absent"}),
        ("grip and posture are fine", {"hand_weakness": "absent"}),
    ],
)
def test_more_ways_of_saying_it_is_not_there(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A complement that ends before a comma doubts only itself (here, relevance).
        ("not sure if this matters, my legs are weak", {"leg_weakness": "present"}),
        ("not sure if my legs are weak, they feel heavy", {"leg_weakness": "uncertain"}),
        # A doubt about a name does not reach the sentence after it, which says something new.
        ("not sure if it's twitching or cramp. My calves twitch every night.", {"fasciculations": "present"}),
        # Alternatives are not a cause: "from" in the second one does not narrow the doubt.
        ("not sure if my legs are weaker or I'm just tired from work", {"leg_weakness": "uncertain"}),
    ],
)
def test_how_far_a_doubt_reaches(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


def test_a_list_ends_at_an_item_with_a_place_and_its_own_verb() -> None:
    found = about_the_person_now("no tingling, the twitching in my calves is constant", mechanism_knowledge_base())
    assert found == {"tingling": "absent", "fasciculations": "present"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tick and cross marks answer the item they follow; a cross before "fine" adds nothing.
        ("tingling in toes ✓\nslurred speech ✗", {"tingling": "present", "slurred_speech": "absent"}),
        ("swallowing ❌ fine", {"difficulty_swallowing": "absent"}),
        # "n/a", "nope" and "never" after a colon; a short question answered "no", also after "A:".
        ("palpitations: n/a\ncramps: nope", {"palpitations": "absent", "muscle_cramps": "absent"}),
        ("blackouts: never", {"fainting": "absent"}),
        ("Q: any choking when you drink? A: no", {"choking_on_liquids": "absent"}),
        ("numb feet or hands recently? no", {"numbness": "absent"}),
        ("crohn's? not that I'm aware", {"ileal_disease": "absent"}),
        ("cramps at night? I don't think so", {"muscle_cramps": "absent"}),
        # A question about the finding after a comma is not a checklist item: "no" says it is not normal.
        ("numb feet, is that normal? no", {"numbness": "present"}),
        # An item answered with a doubt, or with a bare question mark, is uncertain.
        ("numb toes: maybe\ncramps - maybe? now and then", {"numbness": "uncertain", "muscle_cramps": "uncertain"}),
        ("- drooling: ?\n- cramps: yes", {"drooling": "uncertain", "muscle_cramps": "present"}),
        # A cross after an item answers it, even with the next item on the same line; one that starts a line
        # denies what follows.
        ("cramps ✗ wobbly in the dark ✓", {"muscle_cramps": "absent", "unsteady_in_dark": "present"}),
        ("✘ cramps\n✔ wobbly in the dark", {"muscle_cramps": "absent", "unsteady_in_dark": "present"}),
        # A dictated numbered list: "no" answers one item, the number starts the next.
        ("one cramps no two wobbly in the dark yes", {"muscle_cramps": "absent", "unsteady_in_dark": "present"}),
        # "+ve" and "-ve" are positive and negative.
        ("Romberg -ve", {"romberg_positive": "absent"}),
    ],
)
def test_checklist_answers(real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, real_knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An item with its own state word or its own duration is a statement, not one more denied item.
        ("denies cramps, speech slurred", {"muscle_cramps": "absent", "slurred_speech": "present"}),
        ("no numbness, tingling for 3 weeks", {"numbness": "absent", "tingling": "present"}),
        ("no twitching, cramps since march", {"fasciculations": "absent", "muscle_cramps": "present"}),
        # A function that is "not working" is lost: the negation denies nothing after it.
        ("her right hand isn't working and her face is drooping", {"stroke_signs": "present"}),
        # A finding over the words of one denied is denied with it.
        (
            "never had a spell where I lost my speech or vision",
            {"transient_episode": "absent", "vision_loss": "absent"},
        ),
        ("nothing's numb", {"numbness": "absent"}),
    ],
)
def test_how_far_a_denied_list_reaches(real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert now_of(text, real_knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A symptom said to be only at a site of its own is absent as the general one.
        ("the twitches are only ever on my eyelid", {"eyelid_twitching": "present", "fasciculations": "absent"}),
        ("eyelid twitch only", {"eyelid_twitching": "present", "fasciculations": "absent"}),
        # "only a little" names no place.
        ("only a bit of twitching in my eyelid", {"eyelid_twitching": "present"}),
    ],
)
def test_only_at_one_site(real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, real_knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is set against a finding just denied is something else, not the same evidence by a looser cue.
        ("his legs aren't weak, they just feel heavy at night", {"leg_weakness": "absent"}),
        # A prefix that denies: "afebrile" is no fever.
        (
            "choked on soup on Tuesday, afebrile today",
            {"choking_on_liquids": "present", "fever_after_choking": "absent"},
        ),
    ],
)
def test_contrasts_and_prefixed_denials(
    real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, real_knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a denial excepts is said, not denied.
        ("nothing to report aside from numb toes", {"numbness": "present"}),
        ("no new problems other than the twitching at night", {"fasciculations": "present"}),
        (
            "no numbness, tingling or twitching",
            {"numbness": "absent", "tingling": "absent", "fasciculations": "absent"},
        ),
    ],
)
def test_a_denial_does_not_reach_what_it_excepts(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("We do nos balloons every Saturday, no idea if that's a lot.", "nitrous_oxide_use"),
        ("I have about five pints most nights, dunno if that matters.", "heavy_alcohol_use"),
        ("My calves twitch in bed, not sure if it's anything serious.", "fasciculations"),
    ],
)
def test_a_doubt_that_weighs_what_was_said_does_not_doubt_that_it_was_so(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, real_knowledge_base).get(evidence_id) == "present"


def test_a_doubt_whether_it_is_real_still_doubts_it(real_knowledge_base: KnowledgeBase) -> None:
    text = "My speech sounds a bit slurred. I honestly can't tell if it's real."
    assert about_the_person_now(text, real_knowledge_base).get("slurred_speech") == "uncertain"
