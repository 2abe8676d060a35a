"""Findings the writer reported in words the parser used to miss: each test is a class of language."""

import pytest

from symptom_overlap.domain.parsing.tokens import tokenize
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, now_of, readings


@pytest.mark.parametrize("typed", ["pALS", "PALS", "PwALS", "pwMND", "PLWMND", "plwALS"])
def test_a_person_with_als_is_one_word(typed: str) -> None:
    assert [token.word for token in tokenize(f"{typed} here")] == ["pwals", "here"]


@pytest.mark.parametrize("typed", ["pals", "Pals", "pale", "PALE"])
def test_friends_and_pallor_are_not_a_person_with_als(typed: str) -> None:
    assert tokenize(f"my {typed} again")[1].word == typed.casefold()


def test_capitals_throughout_are_shouting_not_an_acronym() -> None:
    assert tokenize("OUT WITH MY PALS")[-1].word == "pals"


@pytest.mark.parametrize("text", ["pALS since last year, my grip is going", "PwMND here. Tired all the time."])
def test_a_person_with_als_writing_has_the_diagnosis(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("known_als_diagnosis") == "present"


def test_pals_as_friends_is_no_diagnosis(knowledge_base: KnowledgeBase) -> None:
    assert "known_als_diagnosis" not in about_the_person_now("went to the pub with my pals", knowledge_base)


@pytest.mark.parametrize(
    "text",
    [
        "they said my vitamin B12 is low-normal",
        "B12 came back at the lower end of normal",
        "my B12 was 260, borderline",
        "B12 sits on the low side",
    ],
)
def test_a_borderline_b12_is_uncertain(knowledge_base: KnowledgeBase, text: str) -> None:
    # low_b12_level is a value below the deficiency cut-off: at the edge of the range, its question is asked.
    assert about_the_person_now(text, knowledge_base).get("low_b12_level") == "uncertain"


@pytest.mark.parametrize("text", ["my B12 came back low", "B12 low, folate borderline"])
def test_a_low_b12_stays_low(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("low_b12_level") == "present"


def test_a_range_edge_is_not_a_normal_result() -> None:
    assert [token.word for token in tokenize("B12 low-normal")] == ["b12", "borderline", "borderline"]


def test_borderline_low_is_borderline_and_slightly_low_is_low(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("the B12 was borderline low", knowledge_base)["low_b12_level"] == "uncertain"
    assert about_the_person_now("the B12 was slightly low", knowledge_base)["low_b12_level"] == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my grandad keeps making crude remarks to the nurses", "personality_change"),
        ("she has been gorging on cake compulsively", "personality_change"),
        ("it was so unlike him", "personality_change"),
        ("mum doesn't seem to care about the kids", "personality_change"),
        ("my husband struggles to follow conversations now", "memory_problems"),
    ],
)
def test_behaviour_and_thinking_in_lay_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "sorry if this is an inappropriate question",
        "it's not like him to complain",
        "unlike him, I have never smoked",
        "my toddler is obsessed with chocolate",
        "I can't follow the leaflet's instructions",
    ],
)
def test_ordinary_sentences_are_no_change_of_behaviour(knowledge_base: KnowledgeBase, text: str) -> None:
    assert not {"personality_change", "memory_problems"} & set(about_the_person_now(text, knowledge_base))


@pytest.mark.parametrize(
    "text",
    ["We were told it's MND. My dad now chokes on his tea.", "The consultant told us it was ALS; mum chokes on water."],
)
def test_a_diagnosis_given_to_us_is_the_patients(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["known_als_diagnosis"] == "present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the neurologist says it's MND", "present"), ("the neurologist said it's not MND", "absent")],
)
def test_a_diagnosis_reported_as_said(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert about_the_person_now(text, knowledge_base)["known_als_diagnosis"] == expected


@pytest.mark.parametrize(
    "text", ["I asked the consultant if it's MND", "I told my GP I'm scared it's ALS", "I'm sure it's ALS"]
)
def test_a_question_or_a_fear_is_no_diagnosis(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("known_als_diagnosis") != "present"


@pytest.mark.parametrize(
    ("text", "evidence_ids"),
    [
        ("twitching near my eye and in my arm", {"eyelid_twitching", "fasciculations"}),
        ("a twitch in my left eye and also my thigh", {"eyelid_twitching", "fasciculations"}),
        ("numb in my bum and down both legs", {"saddle_numbness", "numbness"}),
    ],
)
def test_a_limb_listed_with_a_variant_site_keeps_the_finding(
    knowledge_base: KnowledgeBase, text: str, evidence_ids: set[str]
) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert {evidence_id: found.get(evidence_id) for evidence_id in evidence_ids} == dict.fromkeys(
        evidence_ids, "present"
    )


@pytest.mark.parametrize(
    "text", ["twitching in my eye when I use my hands", "my eye twitches while I type with my hands"]
)
def test_a_limb_not_listed_is_no_site_of_the_finding(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "fasciculations" not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("I've had cramps in my calves for a week", "current"),
        ("my toes have been numb for a month", "current"),
        ("I had numb toes for a week after the flu", "past"),
    ],
)
def test_a_span_up_to_now_is_current(knowledge_base: KnowledgeBase, text: str, time: str) -> None:
    assert {reading[2] for reading in readings(text, knowledge_base).values()} == {time}


@pytest.mark.parametrize("text", ["it goes numb when I sit on the toilet", "I can't feel the loo seat under me"])
def test_numb_where_one_sits_on_the_toilet_is_saddle_numbness(knowledge_base: KnowledgeBase, text: str) -> None:
    assert about_the_person_now(text, knowledge_base)["saddle_numbness"] == "present"


def test_a_numb_limb_on_the_toilet_is_the_limb(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my feet go numb when I sit on the toilet", knowledge_base)
    assert (found["numbness"], found.get("saddle_numbness")) == ("present", None)


def test_a_death_is_the_nearest_persons_not_the_whole_sentences(knowledge_base: KnowledgeBase) -> None:
    text = "Grandad has been very muddled, asking for his brother, who died in 2001."
    assert about_the_person_now(text, knowledge_base).get("confusion") == "present"


def test_mums_without_an_apostrophe_before_been_is_one_mum(knowledge_base: KnowledgeBase) -> None:
    text = "my mums been muddled all week and shes confused about what year it is"
    assert about_the_person_now(text, knowledge_base).get("confusion") == "present"


def test_the_person_who_died_is_still_never_the_patient(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My uncle had MND and died last year. I have twitching.", knowledge_base)
    assert (found.get("family_history_als"), found.get("known_als_diagnosis")) == ("present", None)


def test_not_making_it_to_the_toilet_is_the_symptom(knowledge_base: KnowledgeBase) -> None:
    text = "I have to run to the toilet and twice I didn't make it"
    assert about_the_person_now(text, knowledge_base)["bladder_bowel_problems"] == "present"


@pytest.mark.parametrize(("typed", "word"), [("overnite", "overnight"), ("Nite", "night"), ("tonite", "tonight")])
def test_informal_night_spellings(typed: str, word: str) -> None:
    assert tokenize(typed)[0].word == word


def test_the_other_side_one_is_the_limb_named_before(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("My right leg is fine. The left one is weak and thinner.", knowledge_base)
    assert (found.get("leg_weakness"), found.get("muscle_wasting")) == ("present", "present")


def test_a_side_one_without_a_limb_before_is_no_site(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("the left one hurts", knowledge_base) == {}


def test_a_number_glued_to_its_unit_is_two_words() -> None:
    assert [token.word for token in tokenize("lost 6kg, B12 low, t2dm")] == [
        "lost", "6", "kg", ",", "b12", "low", ",", "t2dm",
    ]  # fmt: skip


def test_weight_lost_in_glued_units(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I've dropped 7kg since spring", knowledge_base)["weight_loss"] == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my mates keep asking if I'm ok because I look so pale", "pallor"),
        ("my wife asked if I was drunk cos my speech is slurred", "slurred_speech"),
    ],
)
def test_the_reason_for_a_question_is_said(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_a_question_without_a_reason_asserts_nothing(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I'm asking if numb feet can come from low B12", knowledge_base) == {}


def test_a_limb_wasting_away_is_muscle_wasting(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my calves are wasting away", knowledge_base).get("muscle_wasting") == "present"
    assert "muscle_wasting" not in about_the_person_now("I'm wasting away and my legs ache", knowledge_base)


def test_words_that_suddenly_will_not_come_are_a_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("out of nowhere I couldn't find my words", knowledge_base)
    assert found.get("stroke_signs") == "present"


def test_finding_no_words_for_thanks_is_no_symptom(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("I can't find the words to thank the nurses", knowledge_base) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Air hunger and clinical shorthand at rest.
        ("gasping for air while resting on the couch", {"breathless_at_rest": "present"}),
        ("SOB at rest since the weekend", {"breathless_at_rest": "present"}),
        ("denies SOB at rest", {"breathless_at_rest": "absent"}),
        # A general breathless phrase with an effort after it is breathlessness on effort.
        ("I'm struggling to breathe walking to the bus stop", {"breathless_on_exertion": "present"}),
        ("can't catch my breath climbing the stairs these days", {"breathless_on_exertion": "present"}),
        # Lying on the back, or sitting to sleep, to breathe.
        ("he can't get air if he lies on his back", {"breathless_lying_flat": "present"}),
        # Fine while seated says the breathlessness is not at rest.
        ("the hill wipes me out, but sitting down I feel fine", {"breathless_at_rest": "absent"}),
    ],
)
def test_breathlessness_by_posture_and_effort(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


def test_keeping_still_words_alone_are_no_breathlessness(knowledge_base: KnowledgeBase) -> None:
    # "still" means "yet" here: the breathlessness is on the stairs, not at rest.
    found = about_the_person_now("I still get out of breath on the stairs", knowledge_base)
    assert "breathless_at_rest" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id", "state"),
    [
        ("some days I think it would be better to just die", "suicidal_thoughts", "present"),
        ("I wish I could go to sleep and stay asleep", "suicidal_thoughts", "uncertain"),
        ("everything went black and I hit the floor in the kitchen", "fainting", "present"),
        ("he says the neighbours are gassing him through the vents", "paranoia_psychosis", "present"),
        ("my heart keeps doing somersaults in the evenings", "palpitations", "present"),
        ("her chest feels squeezed like a vice", "chest_pain", "present"),
        ("spit keeps spilling out the side of my mouth", "drooling", "present"),
        ("I laugh at jokes that aren't funny and can't stop", "pseudobulbar_affect", "present"),
        ("we went through boxes of chargers every weekend", "nitrous_oxide_use", "present"),
        ("she had pneumonia in May after choking on her soup", "choking_on_liquids", "present"),
        ("my wife is convinced there are strangers in the loft at night", "paranoia_psychosis", "present"),
        ("yesterday Grandad didn't recognise me at all", "confusion", "present"),
        ("she can't lie back on the pillow, says she's not getting enough air", "breathless_lying_flat", "present"),
        ("in the queue I felt odd and came to on the ground with a crowd round me", "fainting", "present"),
        ("at night my hart goes racing for ages", "palpitations", "present"),
        ("my chest has been rattly with a temperature since choking on milk", "choking_on_liquids", "present"),
    ],
)
def test_red_flags_in_plain_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str, state: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == state


@pytest.mark.parametrize(
    "text",
    [
        "my sister had MND so I'm a bit paranoid about every twitch",
        "the comedy show had us in fits of laughter",
    ],
)
def test_everyday_worry_and_laughter_are_no_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "paranoia_psychosis" not in found
    assert "pseudobulbar_affect" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dysarthria said beside a face droop is read as well as the stroke sign.
        (
            "his face has dropped on the right and his speech is slurred",
            {"stroke_signs": "present", "slurred_speech": "present"},
        ),
        ("my voice is unclear and I speak more slowly", {"slurred_speech": "present"}),
        ("by evening I sound like I've had a few drinks", {"slurred_speech": "present"}),
        ("my husband thinks my voice sounds different lately", {"slurred_speech": "uncertain"}),
        ("eating has become exhausting, swallowing wears me out", {"difficulty_swallowing": "present"}),
        # Phlegm that sits in the throat is a weak cough, not food sticking.
        (
            "my cough is feeble and the phlegm just sits in my throat",
            {"weak_cough": "present", "difficulty_swallowing": None},
        ),
        ("choked on my coffee and two days later I was coughing up green phlegm", {"fever_after_choking": "present"}),
    ],
)
def test_bulbar_words(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str | None]) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no bowel problems and no accidents with my bladder", {"bladder_bowel_problems": "absent"}),
        ("weeing is fine, it's my feet that are numb", {"bladder_bowel_problems": "absent"}),
        ("I sat on the toilet for ages and nothing came out", {"bladder_bowel_problems": "present"}),
        ("the part you sit on has gone numb", {"saddle_numbness": "present"}),
        ("her mouth is pulled to one side since lunch", {"stroke_signs": "present"}),
        ("he woke up talking gibberish", {"stroke_signs": "present"}),
        ("doctor says no facial asymmetry", {"stroke_signs": "absent"}),
        ("he was up at night not knowing where the bathroom is", {"confusion": "present"}),
        ("tightness like a band around my ribs when I walk", {"chest_pain": "present"}),
        ("I sleep on four pillows or I choke for air", {"breathless_lying_flat": "present"}),
        ("everything looks hazy in both eyes now", {"vision_loss": "present"}),
        ("abrupt onset right arm weakness", {"sudden_onset": "present"}),
    ],
)
def test_red_flags_said_in_lay_and_clinical_words(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deficit, a span of minutes or an hour, then recovery: a brief episode.
        ("for twenty minutes I couldn't speak properly, then totally fine", {"transient_episode": "present"}),
        ("my arm went numb for half an hour and then it was back to normal", {"transient_episode": "present"}),
        # The moment it struck, or a span of minutes since.
        ("her face dropped on one side, it happened while she was washing up", {"sudden_onset": "present"}),
        ("his speech has been slurred since an hour", {"sudden_onset": "present"}),
        # A change across days, said as from-to or as a plunge.
        ("in ten days my walking went from fine to needing a frame", {"rapid_progression": "present"}),
        ("swallowing has plummeted over the past fortnight", {"rapid_progression": "present"}),
        ("the numbness is much worse since yesterday", {"rapid_progression": "present"}),
        # Denials in clinical and lay shorthand.
        ("no self-harm thoughts, sleeping badly", {"suicidal_thoughts": "absent"}),
        ("I don't have the laughing or crying fits", {"pseudobulbar_affect": "absent"}),
    ],
)
def test_courses_and_episodes(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert now_of(text, knowledge_base, expected) == expected


def test_stopping_mid_sentence_for_breath_is_no_sudden_onset(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I have to pause in the middle of a sentence to get my breath", knowledge_base)
    assert "sudden_onset" not in found


@pytest.mark.parametrize(
    "text",
    [
        "my breathing is fine when I lie down",
        "no trouble breathing in bed at night",
        "breathing is fine lying flat",
    ],
)
def test_breathing_said_fine_denies_breathlessness_lying_flat(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("breathless_lying_flat") == "absent"
    assert "breathless_at_rest" not in found


def test_breathing_said_fine_with_no_when_denies_breathlessness_at_rest(knowledge_base: KnowledgeBase) -> None:
    # Lying flat is said apart ("can lie flat"); breathing said fine with no when is breathing at rest.
    found = about_the_person_now("she can lie flat and breathing is ok", knowledge_base)
    assert found.get("breathless_lying_flat") == "absent"
    assert found.get("breathless_at_rest") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I couldn't speak for about ten minutes. It has passed now.", {"transient_episode": "present"}),
        ("abrupt visual loss in the right eye, onset at breakfast", {"sudden_onset": "present"}),
        ("unsteady gait, 2/52 progressive", {"rapid_progression": "present"}),
        ("I cant cough hard enough to shift the phlegm", {"weak_cough": "present"}),
    ],
)
def test_recovery_next_sentence_and_clinical_spans(
    knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]
) -> None:
    assert now_of(text, knowledge_base, expected) == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("making small talk at work is exhausting", "slurred_speech"),
        ("the words on my phone look blurry", "slurred_speech"),
        ("my family say I'm paranoid about my health", "paranoia_psychosis"),
        ("we go through a lot of gas heating the house in winter", "nitrous_oxide_use"),
        ("I can't go to the toilet on my own since the fall", "bladder_bowel_problems"),
    ],
)
def test_ordinary_words_near_red_flag_cues_say_nothing(
    knowledge_base: KnowledgeBase, text: str, not_expected: str
) -> None:
    assert not_expected not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "state"),
    [("his eyesight has deteriorated this year", "present"), ("my vision hasn't changed at all", "absent")],
)
def test_a_change_of_sight(knowledge_base: KnowledgeBase, text: str, state: str) -> None:
    assert about_the_person_now(text, knowledge_base).get("vision_loss") == state


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        # images and everyday activities that say a red flag
        ("in bed I have to sit bolt upright when lying flat", "breathless_lying_flat"),
        ("he has to sleep sat up in the chair now", "breathless_lying_flat"),
        ("slumped in my chair watching telly and I'm struggling to breathe", "breathless_at_rest"),
        ("walking back from the shop I'm huffing and puffing", "breathless_on_exertion"),
        ("feels like an elephant is sitting on my chest", "chest_pain"),
        ("my wife can't hold her water any more", "bladder_bowel_problems"),
        ("she wet herself twice this week", "bladder_bowel_problems"),
        ("I can't feel the toilet paper when I wipe", "saddle_numbness"),
        ("my groin has gone numb since the weekend", "saddle_numbness"),
        ("my back is agony and my knees keep buckling", "back_pain_with_leg_weakness"),
        ("my legs have gone weak. Lower back pain for a week too.", "back_pain_with_leg_weakness"),
        ("milk comes back down my nose when I drink", "choking_on_liquids"),
        ("he had a coughing fit over his toast", "choking_on_liquids"),
        ("her mouth waters like a tap and I'm always wiping her chin", "drooling"),
        ("my voice is thicker than it was", "slurred_speech"),
        ("my speech is slightly worse this month", "slurred_speech"),
        ("I laugh a lot without reason", "pseudobulbar_affect"),
        ("I cry loads and laughed at a sad film last night", "pseudobulbar_affect"),
        ("the headlights split into two when I drive at night", "double_vision"),
        ("Palps: most evenings", "palpitations"),
    ],
)
def test_red_flags_and_bulbar_signs_in_images_and_activities(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_seeing_two_of_things_is_double_vision_not_hallucination(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("lately I keep seeing two of things when I read", knowledge_base)
    assert found.get("double_vision") == "present"
    assert "paranoia_psychosis" not in found


def test_a_vague_chest_feeling_asks_the_red_flag_question(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my chest feels weird", knowledge_base).get("chest_pain") == "uncertain"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no palps", "palpitations"),
        ("my groin isn't numb", "saddle_numbness"),
        ("I never wet myself", "bladder_bowel_problems"),
    ],
)
def test_the_new_words_can_be_denied(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "absent"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I have a bad back from lifting, my arms are fine", "back_pain_with_leg_weakness"),
        ("the lads did meat balls for tea", "difficulty_swallowing"),
        ("two rare things in one family", "double_vision"),
        ("my chest feels fine", "chest_pain"),
    ],
)
def test_the_new_words_keep_their_other_senses(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert evidence_id not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("she swears the carers are poisoning her food", "paranoia_psychosis"),
        ("he keeps talking to a man who isn't there", "paranoia_psychosis"),
        ("I see spiders on the wall that vanish when I look again", "paranoia_psychosis"),
        (
            "my face went lopsided and I couldn't find my words for about ten minutes, then it came back completely",
            "transient_episode",
        ),
        ("my right leg went weak like a bolt from the blue", "sudden_onset"),
    ],
)
def test_psychosis_episodes_and_onsets_in_plain_words(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


@pytest.mark.parametrize("text", ["the carers are lovely, she says", "my legs went weak, it came on once last year"])
def test_carers_and_once_alone_say_no_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "paranoia_psychosis" not in found
    assert "sudden_onset" not in found


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("she's been all at sea this week", "confusion"),
        ("my right eye went grey on the bus this morning", "sudden_vision_loss_one_eye"),
        ("the telly has gone out of focus in both eyes", "vision_loss"),
        ("i dont want to be hear anymore", "suicidal_thoughts"),
        ("he told the nurse he has a death wish", "suicidal_thoughts"),
    ],
)
def test_idioms_homophones_and_clinical_shorthand_for_red_flags(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_grey_hair_is_no_loss_of_sight(knowledge_base: KnowledgeBase) -> None:
    assert about_the_person_now("my hair went grey", knowledge_base) == {}


def test_nitrous_canisters_by_how_often(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("balloons every weekend since uni, now my feet are numb", knowledge_base)
    assert found.get("nitrous_oxide_use") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("the gas bill every weekend", "nitrous_oxide_use"),
        ("I get gas every night", "nitrous_oxide_use"),
        ("running on coffee and spite this week", "drooling"),
    ],
)
def test_gas_and_spite_are_not_red_flag_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert evidence_id not in about_the_person_now(text, knowledge_base)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("no control over my bladder these days", "bladder_bowel_problems"),
        ("she is not having control of her bowels", "bladder_bowel_problems"),
        ("I can not control the wee any more", "bladder_bowel_problems"),
        ("my bladder has a mind of its own lately", "bladder_bowel_problems"),
        ("one side of his face is down since lunch", "stroke_signs"),
        ("my words came out as gobbledygook", "stroke_signs"),
    ],
)
def test_lost_control_and_a_face_gone_down_are_red_flags(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert about_the_person_now(text, knowledge_base).get(evidence_id) == "present"


def test_lying_face_down_is_no_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    assert "stroke_signs" not in about_the_person_now("I lie face down to sleep", knowledge_base)
