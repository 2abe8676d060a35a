"""Onset and time course read from how a symptom began and changed; words that are not the person's current
symptom (an ordinary cause, a figure of speech, a site variant said again). The reviewed knowledge base's
cues carry the course words, so these tests read with it."""

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.parse_corpus.mechanism_kb import about_the_person_now, mechanism_knowledge_base, readings


def found(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    return about_the_person_now(text, knowledge_base)


# A span of days says when or how long, not that a symptom worsened.
@pytest.mark.parametrize(
    "text",
    [
        "I've fallen over three times this week and my knees feel weak",
        "my calves have felt weak since two weeks, and I can't sleep",
        "She has been quite forgetful over the past few days",
        "I had the flu last month and my arms got worse",
        "I chew slowly because my jaw clicks",  # "slowly" as a manner, not a course
        "he reads the letters out slowly to me",
    ],
)
def test_a_date_or_a_count_is_no_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert not {"rapid_progression", "gradual_progression"} & found(text, knowledge_base).keys()


@pytest.mark.parametrize(
    ("text", "course"),
    [
        ("my grip has got weaker over the past few days", "rapid_progression"),
        ("this week my legs have gone weak and I can hardly walk to the shop", "rapid_progression"),
        ("Both hands slowly declining, a steady decline really", "gradual_progression"),
        ("2/12 progressive numbness in the feet", "gradual_progression"),
        ("my arms get weaker every month", "gradual_progression"),
        ("it's been a slow creep for many months", "gradual_progression"),
        ("my thighs are slowly getting thinner", "gradual_progression"),
        ("the tingling has been creeping in slowly for months", "gradual_progression"),
    ],
)
def test_a_worsening_with_its_span_is_a_course(knowledge_base: KnowledgeBase, text: str, course: str) -> None:
    assert found(text, knowledge_base).get(course) == "present"


# Speed words are an onset's only with a verb of onset; beside days or weeks they are a progression's.
@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        ("my hand got weak very quickly at lunch", True),
        ("the sight in both eyes went dim rapidly", True),
        ("her legs are going downhill very fast, over three weeks now", False),
        ("his MND is moving quickly, he lost his left hand in a few weeks", False),
    ],
)
def test_speed_of_onset_or_of_progression(knowledge_base: KnowledgeBase, text: str, sudden: bool) -> None:
    assert ("sudden_onset" in found(text, knowledge_base)) is sudden


def test_episodes_that_come_suddenly_are_no_onset_unless_a_deficit_comes_with_them(
    knowledge_base: KnowledgeBase,
) -> None:
    assert "sudden_onset" not in found("I sometimes burst into tears suddenly for no reason", knowledge_base)
    # A deficit whose sudden onset matters keeps it read.
    assert found("sometimes my leg suddenly gives way for no reason", knowledge_base).get("sudden_onset") == "present"


def test_a_span_after_a_recovery_is_how_long_it_lasted(knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in found("My face went numb but it was better within the hour.", knowledge_base)


def test_a_denied_sudden_change_of_sight_denies_only_that(knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in found("there's been no sudden blurring of vision", knowledge_base)
    assert found("no sudden weakness at any point", knowledge_base).get("sudden_onset") == "absent"


def test_waking_with_a_symptom_is_sudden_only_for_a_deficit(knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in found("I woke up with a stiff neck", knowledge_base)
    assert found("I woke up and couldn't move my left arm", knowledge_base).get("sudden_onset") == "present"


# Onset patterns: both feet together, or one limb first.
@pytest.mark.parametrize(
    "text",
    [
        "The first thing was both feet going numb together",
        "the burning began in both soles at the same time",
        "it began with my feet, then my fingers",
    ],
)
def test_both_feet_first(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("symmetric_feet_first") == "present"


def test_an_onset_long_ago_still_describes_the_illness(knowledge_base: KnowledgeBase) -> None:
    text = "both feet went numb at the same time back in 2022, and now it is up to my knees"
    assert found(text, knowledge_base).get("symmetric_feet_first") == "present"


@pytest.mark.parametrize(
    ("text", "one_sided"),
    [
        ("The weakness started in my left hand last spring", True),
        ("my MND began in the right leg", True),
        ("my right grip is weaker than it was", True),
        ("my hands are weak and it's all gone right downhill", False),
        ("numbness started in my left foot", False),
    ],
)
def test_weakness_begun_on_one_side(knowledge_base: KnowledgeBase, text: str, one_sided: bool) -> None:
    assert (found(text, knowledge_base).get("asymmetric_onset") == "present") is one_sided


# Ordinary causes, figures of speech.
@pytest.mark.parametrize(
    ("text", "evidence_id"),
    [
        ("my speech goes slurred after a couple of pints", "slurred_speech"),
        ("the baby is dribbling a lot while teething", "drooling"),
        ("he's had a lisp since getting his braces", "slurred_speech"),
        ("my thighs are stiff after the marathon on Sunday", "stiffness_spasticity"),
        ("I get puffed out climbing hills but that's normal for me", "breathless_on_exertion"),
        ("my girlfriend says I take her breath away", "breathless_on_exertion"),
    ],
)
def test_an_ordinary_cause_or_a_figure_is_no_symptom(
    knowledge_base: KnowledgeBase, text: str, evidence_id: str
) -> None:
    assert evidence_id not in found(text, knowledge_base)


def test_an_ordinary_cause_never_hides_a_red_flag_or_a_denied_one(knowledge_base: KnowledgeBase) -> None:
    assert found("my face drooped on one side after a few pints", knowledge_base).get("stroke_signs") == "present"
    text = "my speech is slurred and it's not after drinking pints, I don't drink"
    assert found(text, knowledge_base).get("slurred_speech") == "present"
    assert found("my hands are weak, which is not normal for me", knowledge_base).get("hand_weakness") == "present"


def test_a_site_variant_said_again_is_one_finding(knowledge_base: KnowledgeBase) -> None:
    text = "I checked my tongue under the light and its trembling like worms"
    assert "fasciculations" not in found(text, knowledge_base)
    both = found("my tongue twitches and I have twitching in my legs too", knowledge_base)
    assert both.keys() >= {"tongue_twitching_wasting", "fasciculations"}


def test_greying_during_a_faint_is_the_faint(knowledge_base: KnowledgeBase) -> None:
    assert "vision_loss" not in found("I passed out in the queue, everything went grey first", knowledge_base)


def test_a_denied_worsening_denies_both_courses(knowledge_base: KnowledgeBase) -> None:
    assert found("my feet tingle but it isn't getting any worse", knowledge_base).keys() >= {
        "gradual_progression",
        "rapid_progression",
    }
    assert found("my feet tingle but it isn't getting any worse", knowledge_base)["rapid_progression"] == "absent"
    # A worsening said of another symptom still counts.
    mixed = found("The tingling isn't spreading but my arms are weaker every day", knowledge_base)
    assert mixed.get("rapid_progression") == "present"


def test_a_current_symptom_of_minutes_or_hours_came_on_within_them(knowledge_base: KnowledgeBase) -> None:
    assert (
        found("my left arm is numb, it's been like this for an hour", knowledge_base).get("sudden_onset") == "present"
    )


def test_a_symptom_that_comes_with_a_cause_word_is_not_explained_by_it(knowledge_base: KnowledgeBase) -> None:
    assert found("Low mood with crying spells most days", knowledge_base).get("low_mood") == "present"


def test_some_days_is_how_often_not_how_fast(knowledge_base: KnowledgeBase) -> None:
    assert "rapid_progression" not in found("on bad days my hands feel worse, on good days fine", knowledge_base)
    assert found("my hands have got worse in four days", knowledge_base).get("rapid_progression") == "present"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("my hands went numb back in June, now it's up to my elbows", "current"),
        ("my hands went numb back in June, now it's gone", "resolved"),
        ("my hands went numb back in June, now I have cramps", "past"),
    ],
)
def test_a_past_start_that_goes_on_now(text: str, time: str) -> None:
    # The timing rule itself, with the small mechanism knowledge base.
    assert readings(text, mechanism_knowledge_base())["numbness"][2] == time


@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        ("everything went downhill very quickly", False),
        ("my hand went weak very quickly two days ago", True),  # a date, not a span
        ("my hand went weak very quickly over a few weeks", False),
    ],
)
def test_a_speed_word_tells_the_speed_of_what_it_follows(
    knowledge_base: KnowledgeBase, text: str, sudden: bool
) -> None:
    assert ("sudden_onset" in found(text, knowledge_base)) is sudden


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Idioms of worry and annoyance are not symptoms; the same words said of the body are.
        ("my landlord is a pain in the neck, but my toes are numb", {"numbness": "present"}),
        ("I get a pain in the neck when I turn", {"neck_pain": "present"}),
        ("been on pins and needles all week about the scan", {}),
        ("I was scared stiff at the clinic", {}),
        ("my heart skipped a beat when the phone rang", {}),
        # "r" for "are" links a normal statement.
        ("my legs r fine", {"leg_weakness": "absent"}),
        # A counted drink is an ordinary cause, as "a few drinks" is.
        ("my words come out slurred after three drinks", {}),
        # A machine that twitches is no muscle; a muscle beside it still is.
        ("the mouse keeps twitching across the monitor", {}),
        ("my tablet is twitchy today and my thigh keeps twitching", {"fasciculations": "present"}),
        # A near-faint is no faint.
        ("I almost fainted in the queue", {}),
        ("felt faint at the bus stop, then I passed out", {"fainting": "present"}),
        # "down" as a direction is no mood.
        ("a buzzing feeling goes down my legs", {"tingling": "present"}),
        ("I've been feeling down for weeks", {"low_mood": "present"}),
    ],
)
def test_idioms_and_text_speak(knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    assert about_the_person_now(text, knowledge_base) == expected


# A deficit dated to a time of day, an hour count in short form, or "in one moment" came on suddenly.
@pytest.mark.parametrize(
    "text",
    [
        "at lunch my left eye went blank, the right one is fine",
        "her mouth has been drooping since breakfast",
        "the weakness in his arm started 3h ago",
        "woke up and the vision in my left eye was cloudy",
        "in one moment my hand would not hold the cup",
    ],
)
def test_a_deficit_dated_to_the_day_or_the_hour_is_sudden(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("sudden_onset") == "present"


def test_legs_that_keep_buckling_are_no_sudden_onset(knowledge_base: KnowledgeBase) -> None:
    assert "sudden_onset" not in found("my knees keep buckling on the stairs, worse this morning", knowledge_base)


def test_one_side_suddenly_not_working_is_a_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    text = "all of a sudden his right leg is not working and his face is drooping"
    assert found(text, knowledge_base).get("stroke_signs") == "present"


def test_one_side_not_working_for_months_is_no_stroke_sign(knowledge_base: KnowledgeBase) -> None:
    assert "stroke_signs" not in found("my left hand has not been working well for a year", knowledge_base)


@pytest.mark.parametrize(
    ("text", "course"),
    [
        # A lone "slowly" is a course with a word of change, a span, or the question it answers, not a manner.
        ("she talks slowly to the grandkids so they follow", False),
        ("I climb the stairs slowly and hold the rail", False),
        ("my grip is slowly going", True),
        ("hands weaker? yes, slowly", True),
    ],
)
def test_slowly_is_a_course_only_with_a_change(knowledge_base: KnowledgeBase, text: str, course: bool) -> None:
    assert ("gradual_progression" in found(text, knowledge_base)) is course


# A symptom that came on or was there across days is no worsening; limbs that went weak across days are.
@pytest.mark.parametrize(
    "text",
    [
        "My aunt has got very muddled over the past week",
        "over the last fortnight he's been lost in his own street",
        "every day this week I've thought about selling the house",
        "my legs went weak since 2 days and my back hurts",
    ],
)
def test_a_symptom_that_came_over_days_is_no_rapid_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert "rapid_progression" not in found(text, knowledge_base)


def test_limbs_gone_weak_over_days_are_a_rapid_course(knowledge_base: KnowledgeBase) -> None:
    text = "over the last couple of weeks my legs have become weak"
    assert found(text, knowledge_base).get("rapid_progression") == "present"


# A start time beside saddle numbness dates that red flag, not a stroke-like onset; elsewhere it stays one.
@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        ("numb in the saddle area since lunchtime and my back aches", False),
        ("my left arm and face have been numb since this morning", True),
    ],
)
def test_a_start_time_of_saddle_numbness_is_no_sudden_onset(
    knowledge_base: KnowledgeBase, text: str, sudden: bool
) -> None:
    assert ("sudden_onset" in found(text, knowledge_base)) is sudden


# A story from a start months ago to how things are now is a slow course; a new act "now" is not.
@pytest.mark.parametrize(
    ("text", "course"),
    [
        ("my foot problem started around October, now my whole leg is weak", True),
        ("the tingling started in June and now the burning is in my hands too", True),
        ("It's been 3 months of cramps and now I've started physio", False),
    ],
)
def test_a_start_months_ago_and_a_now_is_a_slow_course(knowledge_base: KnowledgeBase, text: str, course: bool) -> None:
    assert (found(text, knowledge_base).get("gradual_progression") == "present") is course


# A denied word of course denies the quick course too, even inside the slow course's own words.
@pytest.mark.parametrize(
    "text",
    [
        "four years of twitches and they've never progressed",
        "nothing has changed fast, my grip is just a bit weaker than last year",
    ],
)
def test_a_denied_course_word_denies_the_quick_course(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("rapid_progression") == "absent"


def test_a_quick_course_denied_is_not_a_slow_one_denied(knowledge_base: KnowledgeBase) -> None:
    states = found("it isn't getting worse fast, twitches have been the same for a year", knowledge_base)
    assert states.get("rapid_progression") == "absent"
    assert "gradual_progression" not in states


# Coming round from a faint, and bursts of laughing or crying, are no sudden onset; a deficit beside them is.
@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        ("my dad passed out at the table and came to after a couple of minutes", False),
        ("I get bursts of laughing out of nowhere at sad films", False),
        ("she suddenly started crying and her face drooped on one side", True),
    ],
)
def test_coming_round_and_emotional_bursts_are_no_sudden_onset(
    knowledge_base: KnowledgeBase, text: str, sudden: bool
) -> None:
    assert ("sudden_onset" in found(text, knowledge_base)) is sudden


# A recovery word before a bare "sudden" says nothing of how long: "my face is fine, no sudden weakness".
def test_a_denied_sudden_after_a_fine_statement_stays_denied(knowledge_base: KnowledgeBase) -> None:
    assert found("my smile is fine, no sudden weakness anywhere", knowledge_base).get("sudden_onset") == "absent"


# A timeline by days or weeks that ends worse is a rapid course; a count of days alone is not.
@pytest.mark.parametrize(
    ("text", "rapid"),
    [
        ("Day 1: hands tingly. Day 3: can't walk to the loo, legs like jelly", True),
        ("week 1 of physio done, week 2 starts monday, my right hand is weak", False),
    ],
)
def test_a_timeline_that_ends_worse_is_a_rapid_course(knowledge_base: KnowledgeBase, text: str, rapid: bool) -> None:
    assert (found(text, knowledge_base).get("rapid_progression") == "present") is rapid


# Noticing a symptom in both feet says where it is, not that it began there.
def test_noticing_both_feet_is_no_onset(knowledge_base: KnowledgeBase) -> None:
    text = "what I've noticed lately is burning in both feet at bedtime"
    assert "symmetric_feet_first" not in found(text, knowledge_base)


# A time of day or a trigger at which a symptom is worse is no course.
@pytest.mark.parametrize(
    ("text", "rapid"),
    [
        ("these last two weeks my eyes feel worse in the evenings", False),
        ("my grip has got weaker over the last two weeks", True),
    ],
)
def test_worse_at_a_time_of_day_is_no_course(knowledge_base: KnowledgeBase, text: str, rapid: bool) -> None:
    assert (found(text, knowledge_base).get("rapid_progression") == "present") is rapid


@pytest.mark.parametrize(
    "text",
    [
        "my grip is weaker than when the physio saw me in the summer",  # compared with months before
        "my hands went numb, slowly, over the winter",  # "slowly" set off by commas
        "my grip is weaker than it was in the summer",
    ],
)
def test_a_slow_course_said_by_comparison_or_a_set_off_pace(knowledge_base: KnowledgeBase, text: str) -> None:
    assert found(text, knowledge_base).get("gradual_progression") == "present"


def test_slowly_set_off_by_commas_is_still_a_manner_without_a_change(knowledge_base: KnowledgeBase) -> None:
    assert "gradual_progression" not in found("I walk, slowly, to the corner shop", knowledge_base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A machine that blacks out, buzzes or dies is not a body.
        ("my laptop blacked out twice during the meeting", {}),
        ("the tablet keeps freezing and my hands are numb", {"numbness": "present"}),
        # The same word said of the body just after still counts.
        ("the laptop keeps buzzing and my fingers are buzzing too", {"tingling": "present"}),
        ("I was on my laptop and blacked out", {"fainting": "present"}),
    ],
)
def test_machines_do_not_have_symptoms(real_knowledge_base: KnowledgeBase, text: str, expected: dict[str, str]) -> None:
    found = about_the_person_now(text, real_knowledge_base)
    assert {key: found.get(key) for key in ("fainting", "numbness", "tingling")} == {
        key: expected.get(key) for key in ("fainting", "numbness", "tingling")
    }


@pytest.mark.parametrize(
    ("text", "evidence_id", "state"),
    [
        # A search names a topic, not a symptom.
        ("I googled muscle cramps and scared myself silly", "muscle_cramps", None),
        ("Last night I looked up foot drop for an hour", "foot_drop", None),
        # A search about the writer's own symptom, and a red flag searched, are said.
        ("I googled why my hands tingle so much", "tingling", "present"),
        ("been googling ways to kill myself", "suicidal_thoughts", "present"),
    ],
)
def test_a_search_names_a_topic(
    real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, state: str | None
) -> None:
    assert about_the_person_now(text, real_knowledge_base).get(evidence_id) == state


@pytest.mark.parametrize(
    ("text", "evidence_id", "state"),
    [
        # Called usual ("always has", ending its part): explained, as "normal for me" is.
        ("my husband cries at sad films all the time, he always has", "pseudobulbar_affect", None),
        ("I get cramps in my calves at night, always have", "muscle_cramps", None),
        # Not a habit named by "always has", and not a comparison.
        ("my wife always has cold numb feet", "numbness", "present"),
        ("no wasting at all, my arms look as they always did", "muscle_wasting", "absent"),
    ],
)
def test_called_usual(real_knowledge_base: KnowledgeBase, text: str, evidence_id: str, state: str | None) -> None:
    assert about_the_person_now(text, real_knowledge_base).get(evidence_id) == state


def test_shift_work_and_night_feeds_explain_tiredness(real_knowledge_base: KnowledgeBase) -> None:
    assert "fatigue" not in about_the_person_now("I'm shattered after night shifts this week", real_knowledge_base)
    assert "fatigue" not in about_the_person_now("so tired from the night feeds", real_knowledge_base)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # A test whose words read as a finding, said normal, denies it.
        ("balance test with my eyes closed was negative", "absent"),
        ("the balance test with eyes shut came back fine", "absent"),
        # A result that is not normal, or a test of something else, changes nothing.
        ("the standing test with my eyes closed was awful, I nearly fell", "present"),
    ],
)
def test_a_test_said_normal_denies_its_finding(
    real_knowledge_base: KnowledgeBase, text: str, state: str | None
) -> None:
    assert about_the_person_now(text, real_knowledge_base).get("romberg_positive") == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # Pins and needles as things beside sewing, not felt anywhere.
        ("pins and needles all over the table, the sewing kit spilled", None),
        # Felt, or in a place of the body, they are the symptom, sewing or not.
        ("I get pins and needles when I'm sewing", "present"),
        ("pins and needles in my fingers after an hour of embroidery", "present"),
    ],
)
def test_pins_and_needles_as_things(real_knowledge_base: KnowledgeBase, text: str, state: str | None) -> None:
    assert about_the_person_now(text, real_knowledge_base).get("tingling") == state


def test_thinking_about_ones_own_symptom_is_no_topic(real_knowledge_base: KnowledgeBase) -> None:
    text = "a friend's story had me thinking about my own tingling feet, which I've had since spring"
    assert about_the_person_now(text, real_knowledge_base).get("tingling") == "present"
    assert "tingling" not in about_the_person_now("I keep thinking about tingling feet", real_knowledge_base)


@pytest.mark.parametrize(
    ("text", "sudden"),
    [
        # A time of day and an inability that is another red flag date that one, not the whole picture's onset.
        ("Her legs have weakened since spring. Tonight she can't catch her breath at all.", "uncertain"),
        # With a deficit of its own in the clause, it is an onset.
        ("tonight she can't catch her breath and can't lift her right arm", "present"),
        ("since lunch I can't move my left leg", "present"),
    ],
)
def test_a_new_red_flag_tonight_is_not_the_onset_of_the_picture(
    real_knowledge_base: KnowledgeBase, text: str, sudden: str
) -> None:
    assert readings(text, real_knowledge_base)["sudden_onset"][0] == sudden
