"""Red flags described without their name: the situation that reveals them, read by the knowledge base's cues."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, readings


def reading(text: str, knowledge_base: KnowledgeBase, evidence_id: str) -> str | None:
    return about_the_person_now(text, knowledge_base).get(evidence_id)


@pytest.mark.parametrize(
    "text",
    [
        "I've been putting aside my codeine for the day I decide, it's all in a tin",
        "stockpiled my sleeping pills, enough that I'd never wake up",
        "I found out how much of my tramadol it would take",
        "I've worked out how many of the oxycodone would kill me",
    ],
)
def test_means_kept_for_a_day_or_an_amount_looked_up_is_a_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_any_tablets_looked_up_by_the_amount_is_asked_about(knowledge_base: KnowledgeBase) -> None:
    assert reading("I checked how many of the pills it would take", knowledge_base, "suicide_plan") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "I've got enough B12 tablets to last the month",
        "how many B12 tablets should I take a day?",
        "I keep my pills in a weekly box so I don't forget",
        "we'll drive over the bridge to the hospital",
    ],
)
def test_ordinary_talk_of_tablets_is_no_plan(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert "suicide_plan" not in found
    assert "suicidal_thoughts" not in found


def test_a_stated_way_off_a_bridge_is_a_plan_and_a_thought(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("I'll jump off the bridge if it turns out to be MND", knowledge_base)
    assert found.get("suicide_plan") == "present"
    assert found.get("suicidal_thoughts") == "present"


def test_the_rope_beside_a_thought_of_suicide_is_a_plan(knowledge_base: KnowledgeBase) -> None:
    text = "I keep thinking of killing myself and there's a rope in the shed"
    assert reading(text, knowledge_base, "suicide_plan") == "present"


def test_thinking_of_going_over_the_edge_is_a_thought(knowledge_base: KnowledgeBase) -> None:
    text = "crossing the bridge every morning I think about going over the edge"
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


def test_asking_if_there_is_any_point_living_is_a_thought(knowledge_base: KnowledgeBase) -> None:
    assert reading("is there any point living like this", knowledge_base, "suicidal_thoughts") in (
        "present",
        "uncertain",
    )


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("every mouthful of yoghurt sets off a coughing fit", "choking_on_liquids"),
        ("the milk comes back out from my nose when I try to drink", "choking_on_liquids"),
        ("he struggles to swallow his meals and then he coughs and coughs", "choking_on_liquids"),
        ("as soon as I lie back I can't catch my breath", "breathless_lying_flat"),
        ("both eyes, it's like looking through a dirty window", "vision_loss"),
        ("his eyesight has gone downhill in both eyes", "vision_loss"),
        ("the optician found a blind spot in each eye", "vision_loss"),
        ("sometimes I lose the conscience in the kitchen", "fainting"),
        ("I was reaching for the kettle and next thing I knew I was on the floor", "fainting"),
        ("I haven't passed any water since last night although I'm desperate to go", "bladder_bowel_problems"),
        ("I push but no wee comes", "bladder_bowel_problems"),
        ("I can't feel when I need the toilet any more", "bladder_bowel_problems"),
        ("my back's been killing me and now my legs are giving way", "back_pain_with_leg_weakness"),
        ("she's been so muddled, this morning she thinks I'm her sister", "confusion"),
        ("he is sure the neighbours are putting something in his drink", "paranoia_psychosis"),
        ("I have to sleep upright or I feel smothered", "breathless_lying_flat"),
        ("lying flat I run out of air", "breathless_lying_flat"),
        ("I lost sensation between my legs at lunch", "saddle_numbness"),
        ("I've been collecting my pills for when I'm ready", "suicide_plan"),
        ("I've wet the bed three times this week", "bladder_bowel_problems"),
        ("he keeps getting lost in his own house", "confusion"),
        ("she's convinced her son is trying to poison her", "paranoia_psychosis"),
        ("my speech went slurred in a split second", "sudden_onset"),
        ("for twenty minutes I couldn't talk properly, then it came back", "transient_episode"),
        ("since this morning his smile is wonky", "stroke_signs"),
        ("one side of her mouth won't move", "stroke_signs"),
        ("she wakes up gasping for air most nights", "breathless_lying_flat"),
        ("I can't finish a sentence without stopping for breath", "breathless_at_rest"),
        ("I've lost control of my waterworks", "bladder_bowel_problems"),
        ("I have to strain to wee and only a dribble comes", "bladder_bowel_problems"),
        ("the numbness has crept up to my knees over a few days", "rapid_progression"),
        ("he's convinced the police are after him", "paranoia_psychosis"),
        ("the wee is not coming since this morning", "bladder_bowel_problems"),
        ("she is not able to hold the urine any more", "bladder_bowel_problems"),
        ("it feels like an elephant standing on my chest", "chest_pain"),
        ("brief LOC after standing, witnessed", "fainting"),
        ("he was unresponsive for a minute on the floor", "fainting"),
        ("half her face isnt moving", "stroke_signs"),
        ("it happened just now, my right leg went weak", "sudden_onset"),
        ("he keeps asking where he is", "confusion"),
        ("i just wanna end it all", "suicidal_thoughts"),
        ("I have decided to take all my pills at the weekend", "suicide_plan"),
        ("gradual visual deterioration in both eyes", "vision_loss"),
        ("my back hurts and my legs are not working", "back_pain_with_leg_weakness"),
        ("my tea went down funny and I spluttered", "choking_on_liquids"),
        ("I don't always make it to the toilet in time any more", "bladder_bowel_problems"),
        ("she keeps forgetting where she is", "confusion"),
        ("his speech went a bit funny and his face dropped", "stroke_signs"),
    ],
)
def test_a_red_flag_told_by_what_happens(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my left eye went blind for about ten minutes and then came back perfectly", "transient_episode"),
        ("my arm went dead for twenty minutes, then totally normal", "transient_episode"),
    ],
)
def test_a_loss_that_came_back_within_minutes_is_a_brief_episode(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I drink plenty of water and I've had a cough since my cold", "choking_on_liquids"),
        ("I'm scared of choking one day, but swallowing is fine", "choking_on_liquids"),
        ("I can lie back in bed without any trouble breathing", "breathless_lying_flat"),
        ("I haven't had a wee problem at all", "bladder_bowel_problems"),
        ("I haven't passed out, just feel dizzy", "bladder_bowel_problems"),
        ("he called me by my nickname", "confusion"),
        ("my eyes look tired, I've got dark circles", "vision_loss"),
    ],
)
def test_ordinary_words_near_these_red_flags_say_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) in (None, "absent")


@pytest.mark.parametrize(
    "text",
    [
        "my hands are weak and it is all moving so quickly",
        "he was fine on Tuesday, now he can hardly get out of his chair",
        "her arms went from fine to useless since Sunday",
        "she's been much worse the past few days, more confused every evening",
        "aching back for a few days and now my legs are weak",
    ],
)
def test_a_course_over_days_told_without_its_name_is_rapid(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "rapid_progression") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my sight went in my right eye like a switch",
        "she was fine at lunch and now her face is drooping on one side",
        "his speech went jumbled and it all happened in a couple of minutes",
    ],
)
def test_an_onset_within_minutes_told_without_sudden_is_sudden(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "sudden_onset") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my legs buckled twice this week on the stairs", "rapid_progression"),
        ("I was fine this morning, just tired now", "sudden_onset"),
        ("the appointment happened in ten minutes flat", "sudden_onset"),
        ("the queue was moving so fast", "rapid_progression"),
    ],
)
def test_spans_and_speeds_alone_are_no_course(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) is None


def test_a_belief_that_others_tamper_with_ones_food_is_the_believers(knowledge_base: KnowledgeBase) -> None:
    text = "She says the carers have been tampering with her tablets and won't take them."
    assert reading(text, knowledge_base, "paranoia_psychosis") == "present"


def test_retention_beside_saddle_numbness_is_of_urine(knowledge_base: KnowledgeBase) -> None:
    text = "numb saddle area and retention since this morning"
    assert reading(text, knowledge_base, "bladder_bowel_problems") == "present"


def test_fluid_retention_is_no_bladder_problem(knowledge_base: KnowledgeBase) -> None:
    assert reading("fluid retention in my ankles", knowledge_base, "bladder_bowel_problems") is None


def test_a_face_that_dropped_all_at_once_came_on_suddenly(knowledge_base: KnowledgeBase) -> None:
    text = "it came on all at once after dinner: his mouth drooped on the left side"
    assert reading(text, knowledge_base, "sudden_onset") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I sleep upright on the train to work most mornings",
        "I've got dark patches under my eyes from no sleep",
        "I wrote a goodbye letter to my team when I retired",
        "the carers put something in the fridge for her tea",
        "the bridge is shut so I'll drive off the motorway at the next exit",
        "my vision is poor without my glasses",
        "I lost my conscience when I lied to my boss",
        "I'm convinced the B12 tablets are working",
        "my smile is fine and my face looks normal",
        "I wake up in the night to go to the loo but my breathing is fine",
        "I can finish a sentence without stopping for breath",
        "the police came round about the burglary next door",
        "I climbed the stairs fine three days ago",
        "the water is not coming out of the kitchen tap",
        "the cat was sitting on my chest this morning",
        "I want to end the call now",
    ],
)
def test_ordinary_sentences_with_these_words_raise_no_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    red_flags = {evidence.id for evidence in knowledge_base.evidence if evidence.red_flag}
    found = about_the_person_now(text, knowledge_base)
    assert {evidence_id for evidence_id, state in found.items() if state != "absent"}.isdisjoint(red_flags)


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my waterworks don't feel right since the weekend", "bladder_bowel_problems"),
        ("it feels sort of strange down below", "saddle_numbness"),
        ("he's become suspicious of everyone who visits", "paranoia_psychosis"),
        ("lately I feel like giving up on everything", "suicidal_thoughts"),
    ],
)
def test_words_that_only_suggest_a_red_flag_ask_its_question(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "uncertain"


def test_bowels_playing_up_is_no_question_of_control(knowledge_base: KnowledgeBase) -> None:
    assert reading("my bowels are playing up with my IBS", knowledge_base, "bladder_bowel_problems") is None


def test_a_hint_leaves_the_saddle_read_from_a_symptom_there(knowledge_base: KnowledgeBase) -> None:
    assert reading("odd and tingly down below when I sit", knowledge_base, "saddle_numbness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "no sensation changes between my legs",
        "no water coming out of my nose when I drink",
        "I can lie back without getting breathless",
        "I don't wake up gasping",
        "I haven't lost control of my waterworks",
    ],
)
def test_denied_plain_descriptions_are_never_present(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "present" not in about_the_person_now(text, knowledge_base).values()


def test_straining_with_constipation_is_no_retention(knowledge_base: KnowledgeBase) -> None:
    text = "I push and push but nothing comes out, constipated for days"
    assert reading(text, knowledge_base, "bladder_bowel_problems") is None


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my hand went limp for ten minutes at the shop and then it came right", "transient_episode"),
        ("for about twenty minutes I couldn't lift my right arm, then it cleared fully", "transient_episode"),
        ("numb all down one side for half an hour yesterday, then gone", "transient_episode"),
        ("she dropped like a sack of potatoes in the queue", "fainting"),
        ("my vision went black, next thing I was lying on the kitchen tiles", "fainting"),
        ("he fell off his chair and was out cold for a minute", "fainting"),
        ("grandad slumped in his armchair and wouldn't respond to us", "fainting"),
        ("she sees a woman standing at the foot of her bed, but nobody is there", "paranoia_psychosis"),
        ("I'm convinced the carers are plotting to get rid of me", "paranoia_psychosis"),
        ("the neighbours keep putting thoughts in my head", "paranoia_psychosis"),
        ("mum talks to her late sister as if she's in the room and waits for replies", "paranoia_psychosis"),
        ("he thinks he's in his old house and keeps asking for the back door", "confusion"),
        ("got lost in my own block, didn't know which floor was mine", "confusion"),
        ("I can't make out the bus numbers any more, both eyes", "vision_loss"),
        ("close my left eye and the right one is all foggy", "sudden_vision_loss_one_eye"),
        ("left eye's gone dim since this morning", "sudden_vision_loss_one_eye"),
        ("puffing like I've run upstairs when I'm just sat watching telly", "breathless_at_rest"),
        ("using accessory muscles at rest, RR 30", "breathless_at_rest"),
        ("my back's in spasm and my legs have gone weak", "back_pain_with_leg_weakness"),
        ("I've had an accident in my pants twice this week", "bladder_bowel_problems"),
        ("perineal sensation reduced on the left", "saddle_numbness"),
        ("my privates, I don't feel much there since Monday", "saddle_numbness"),
        ("feels like I'm sitting on a sponge, I can't feel the seat", "saddle_numbness"),
        ("the tea went down the wrong pipe again", "choking_on_liquids"),
        ("I keep choking on my tablets", "choking_on_liquids"),
        ("a stabbing pain behind my sternum", "chest_pain"),
        ("he's into whipped cream gas at parties", "nitrous_oxide_use"),
    ],
)
def test_a_red_flag_told_by_what_happens_in_everyday_words(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I was out cold the moment my head touched the pillow", "fainting"),
        ("the joke went down like a lead balloon", "fainting"),
        ("I covered one eye at the optician and read every line", "sudden_vision_loss_one_eye"),
        ("I ran for the bus and was breathing like I'd run a marathon", "breathless_at_rest"),
        ("I had an accident in my car last week", "bladder_bowel_problems"),
        ("people at work are reading my emails", "paranoia_psychosis"),
        ("I'm sure the nurses are trying to help me", "paranoia_psychosis"),
        ("what's the quickest way to go to A&E", "suicidal_thoughts"),
        ("I know exactly which bridge we cross on the way to the clinic", "suicide_plan"),
    ],
)
def test_everyday_words_beside_these_families_say_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) in (None, "absent")


@pytest.mark.parametrize(
    "text",
    [
        "I've been searching for painless ways to die",
        "my tablets are saved up in case it becomes unbearable, and then I'll take them all",
        "I've decided how I'll do it and I know exactly where, so I'll go through with it",
        "he's given his medals away, his shotgun is cleaned and ready",
    ],
)
def test_a_plan_or_a_way_of_dying_looked_up_is_a_thought(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


def test_a_plan_said_outright_outranks_a_doubted_one_in_saying_a_thought(knowledge_base: KnowledgeBase) -> None:
    text = "I'm keeping my painkillers in a box, I've worked out how many of the oxycodone would kill me"
    assert reading(text, knowledge_base, "suicide_plan") == "present"
    assert reading(text, knowledge_base, "suicidal_thoughts") == "present"


def test_a_brief_episode_read_from_its_cue_holds_now(knowledge_base: KnowledgeBase) -> None:
    text = "last night I couldn't speak for half an hour, then it cleared up fully"
    assert reading(text, knowledge_base, "transient_episode") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("she dozes in her armchair at night so she can breathe", "breathless_lying_flat"),
        ("my husband wakes up in the small hours fighting for air", "breathless_lying_flat"),
        ("my lungs won't fill even when I'm sitting still", "breathless_at_rest"),
        ("I've had accidents because I didn't make it to the loo", "bladder_bowel_problems"),
        ("I sat on the toilet for twenty minutes and nothing happened", "bladder_bowel_problems"),
        ("he keeps seeing his dead brother in the hall", "paranoia_psychosis"),
        ("she swears the telly is speaking to her", "paranoia_psychosis"),
        ("my water keeps going down wrong at dinner", "choking_on_liquids"),
        ("her eyes don't see clearly any more", "vision_loss"),
        ("he hit the floor at the shop and they called an ambulance", "fainting"),
    ],
)
def test_a_red_flag_told_by_what_it_makes_people_do(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I sleep upright on the train most mornings", "breathless_lying_flat"),
        ("I found my late dad's old coat in the hall", "paranoia_psychosis"),
        ("I can breathe fine lying flat", "breathless_lying_flat"),
    ],
)
def test_ordinary_acts_beside_these_families_say_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) in (None, "absent")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("i keep seein people in the garden that arent there", "paranoia_psychosis"),
        ("she keeps seeing her late mum at the foot of the bed", "paranoia_psychosis"),
        ("my eyesight is going in both eyes this year", "vision_loss"),
        ("I peed my pants on the bus and didn't feel it coming", "bladder_bowel_problems"),
    ],
)
def test_a_red_flag_typed_as_it_is_said(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("her mouth is pulled to the left since lunch", "stroke_signs"),
        ("when he smiles it only goes up on one side", "stroke_signs"),
        ("the bottom half of my view is missing in the right eye", "sudden_vision_loss_one_eye"),
        ("the voices keep telling me I'm worthless", "paranoia_psychosis"),
        ("my lower back is agony and I trip because my foot won't lift", "back_pain_with_leg_weakness"),
    ],
)
def test_a_red_flag_told_by_what_is_seen_or_heard(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I'm being followed up by the neuro clinic every six months", "paranoia_psychosis"),
        ("I heard the voices of the kids in the garden", "paranoia_psychosis"),
        ("my back is killing me but my feet lift fine", "back_pain_with_leg_weakness"),
    ],
)
def test_ordinary_words_beside_these_families_raise_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) in (None, "absent")


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("breathless lying in bed, I end up sitting on the edge of the bed", "breathless_lying_flat"),
        ("the baby's gone bluish around the mouth", "breathless_at_rest"),
        ("my chest has been agony since this morning", "chest_pain"),
        ("mum is convinced men are coming into her room at night", "paranoia_psychosis"),
        ("my crotch has gone numb since Tuesday", "saddle_numbness"),
    ],
)
def test_a_red_flag_in_plain_body_words(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("he hasn't pooed or weed since yesterday", "bladder_bowel_problems"),
        ("she hasn't opened her bowels or passed urine since this morning", "bladder_bowel_problems"),
        ("down below, I can't feel it when I wipe", "saddle_numbness"),
        ("my groin, I can't feel anything there since yesterday", "saddle_numbness"),
        ("my father breath is short when he lies in bed", "breathless_lying_flat"),
        ("when I lay down my breath is not enough", "breathless_lying_flat"),
    ],
)
def test_red_flags_in_plain_and_second_language_wording(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I haven't had any trouble with my wee today", "bladder_bowel_problems"),
        ("I tell lies when I'm out of breath at work", "breathless_lying_flat"),
    ],
)
def test_plain_wording_of_red_flags_stays_clear_of_ordinary_talk(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) != "present"


@pytest.mark.parametrize(
    "text",
    [
        "if he lies back he can't get his breath",
        "she dozes in her chair now because lying down leaves her breathless",
    ],
)
def test_breath_short_only_lying_down_is_not_breathless_at_rest(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("breathless_lying_flat") == "present"
    assert "breathless_at_rest" not in found


@pytest.mark.parametrize(
    "text",
    [
        "breathless even sat still, and lying down is worse",
        "short of breath sitting on the sofa, and lying flat is just as bad",
        "my lips go blue and I can't breathe lying flat",
    ],
)
def test_rest_named_beside_lying_flat_keeps_breathless_at_rest(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert found.get("breathless_at_rest") == "present"


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("I gag on my tablets every time", "choking_on_liquids"),
        ("she splutters on her pills most mornings", "choking_on_liquids"),
        ("Dad keeps talking about ending his life", "suicidal_thoughts"),
        ("my wife has been thinking about taking her own life", "suicidal_thoughts"),
    ],
)
def test_red_flags_told_by_carers_and_of_tablets(knowledge_base: KnowledgeBase, text: str, evidence_id: str) -> None:
    assert reading(text, knowledge_base, evidence_id) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "the hospice nurse talked about his end of life care",
        "we discussed end-of-life plans with the MND team",
        "they are thinking about ending her life support",
        "I take cough tablets at night",
    ],
)
def test_care_at_the_end_of_life_and_cough_tablets_raise_no_red_flag(knowledge_base: KnowledgeBase, text: str) -> None:
    found = about_the_person_now(text, knowledge_base)
    assert not {"suicidal_thoughts", "suicide_plan", "choking_on_liquids"} & set(found)


def test_a_doubt_that_names_the_fever_doubts_it_not_the_choking(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now(
        "shivery all night since I choked on some water, not sure it's a real temperature though", knowledge_base
    )
    assert found.get("choking_on_liquids") == "present"
    assert found.get("fever_after_choking") == "uncertain"


def test_a_doubt_that_judges_what_came_before_still_doubts_it(knowledge_base: KnowledgeBase) -> None:
    assert reading("I choke on my tea a lot, not sure it's a big deal", knowledge_base, "choking_on_liquids") == (
        "uncertain"
    )


@pytest.mark.parametrize(
    ("text", "evidence_id", "expected"),
    [
        (
            "a dark smudge drifted across the top half of my left eye this morning",
            "sudden_vision_loss_one_eye",
            "present",
        ),
        ("my left eye see less since yesterday", "sudden_vision_loss_one_eye", "present"),
        ("what my right eye sees is all smudged", "sudden_vision_loss_one_eye", "present"),
        ("always dashing to the loo lately, my bladder is not what it was", "bladder_bowel_problems", "uncertain"),
        ("takes ages to start when I need a wee and then it's only a trickle", "bladder_bowel_problems", "uncertain"),
        ("my bowels are less controlled than they were", "bladder_bowel_problems", "present"),
        ("she's started saying her phone is being tapped", "paranoia_psychosis", "uncertain"),
    ],
)
def test_sight_bladder_and_beliefs_in_other_words(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, expected: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == expected


@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my friend has a black patch over her eye after surgery", "sudden_vision_loss_one_eye"),
        ("there's a damp patch on the ceiling at eye level", "vision_loss"),
        ("I'm in a rush to get to the toilet shop before it shuts", "bladder_bowel_problems"),
        ("my bladder is well controlled on the new tablets", "bladder_bowel_problems"),
        ("my phone got hacked last year", "paranoia_psychosis"),
    ],
)
def test_look_alikes_of_sight_bladder_and_beliefs_raise_nothing(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) is None


@pytest.mark.parametrize(
    "text",
    [
        "when he drinks his tea he coughs really strong, every single time",
        "I cough very strong when I have soup, every time",
    ],
)
def test_a_strong_cough_on_drinking_is_still_choking(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "choking_on_liquids") == "present"


def test_breathing_said_fine_lying_flat_is_no_red_flag(knowledge_base: KnowledgeBase) -> None:
    found = about_the_person_now("my cough is strong and I'm breathing fine flat in bed", knowledge_base)
    assert found.get("breathless_lying_flat") != "present"
    assert "breathless_at_rest" not in found


@pytest.mark.parametrize(
    "text",
    [
        "my left hand went floppy for a bit on Tuesday and then it came back",
        "his face drooped briefly this morning and then went back to normal",
    ],
)
def test_a_short_span_said_without_a_unit_is_a_brief_episode(knowledge_base: KnowledgeBase, text: str) -> None:
    assert reading(text, knowledge_base, "transient_episode") == "present"


def test_a_short_span_in_a_year_long_gone_is_no_brief_episode_now(knowledge_base: KnowledgeBase) -> None:
    text = "hurt my back in 2016, my legs were weak for a bit then, totally fine since"
    assert reading(text, knowledge_base, "transient_episode") is None


@pytest.mark.parametrize(
    ("text", "evidence_id", "expected"),
    [
        ("she's decided how she'll do it and she won't say when", "suicide_plan", "present"),
        ("I've worked out how I'd end it", "suicide_plan", "present"),
        ("sorted the house out and decided how I'll do it", "suicide_plan", "present"),
        ("dad doesnt know when he needs the toilet any more", "bladder_bowel_problems", "present"),
        ("the inside of my thighs feels odd, sort of dull", "saddle_numbness", "uncertain"),
    ],
)
def test_plans_told_of_others_and_arrangements_before_them(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str, expected: str
) -> None:
    assert reading(text, knowledge_base, evidence_id) == expected


def test_a_symptom_that_sorted_itself_out_is_still_over(knowledge_base: KnowledgeBase) -> None:
    found = readings("my pins and needles sorted itself out by lunch", knowledge_base)
    assert found["tingling"][2] == "resolved"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("all of a sudden he could not speak", "present"),
        ("I couldn't speak properly for five minutes then it was fine", "present"),
    ],
)
def test_speech_lost_is_a_stroke_sign(knowledge_base: KnowledgeBase, text: str, expected: str) -> None:
    assert readings(text, knowledge_base)["stroke_signs"][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't speak to my GP until Monday",
        "she couldn't speak English when she came",
        # For a spell only, with no sign it came on out of the blue: shock or a numbed mouth as often as a stroke.
        "I was so shaken I couldn't talk for a minute",
    ],
)
def test_not_speaking_to_someone_is_no_stroke_sign(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "stroke_signs" not in readings(text, knowledge_base)
