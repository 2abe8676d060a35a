"""Issue 10 end to end: the interview a worried person meets, over the local API and real HTTP."""

from typing import Any

from tests.e2e.gateway import Client

TWITCHING_ALONE = {
    "fasciculations": "present",
    "hand_weakness": "absent",
    "leg_weakness": "absent",
    "muscle_wasting": "absent",
    "slurred_speech": "absent",
    "difficulty_swallowing": "absent",
}
LIMB_ONSET_ALS = {
    "hand_weakness": "present",
    "muscle_wasting": "present",
    "asymmetric_onset": "present",
    "fasciculations": "present",
    "gradual_progression": "present",
    "tingling": "absent",
    "numbness": "absent",
}
B12_PICTURE = {
    "tingling": "present",
    "numbness": "present",
    "unsteady_in_dark": "present",
    "symmetric_feet_first": "present",
    "metformin_use": "present",
}


def _assess(api: Client, evidence: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"evidence": [{"id": i, "state": s} for i, s in (evidence or {}).items()], **extra}
    reply = api.post_json("/v1/assessments", payload)
    assert reply.status == 200, reply.body
    body: dict[str, Any] = reply.json()
    return body


def _red_flags(api: Client) -> set[str]:
    # The checklist of a first assessment lists every red flag of the active knowledge base.
    body = _assess(api, {"tingling": "present"})
    return {q["id"] for q in body["next_questions"] if q["red_flag"]}


def _codes(body: dict[str, Any]) -> list[str]:
    return [notice["code"] for notice in body["notices"]]


# --- 1. the red-flag safety net ------------------------------------------------------------------


def test_before_the_warning_signs_are_answered_there_is_no_self_care_and_they_come_first(api: Client) -> None:
    # Given twitching alone, with weakness, wasting and speech denied, but no warning sign asked yet
    body = _assess(api, TWITCHING_ALONE)
    # Then the level is a consultation, a reason says the warning-sign questions are open,
    assert body["triage"]["red_flags_screened"] is False
    assert body["triage"]["level"] == "consultation"
    assert any("warning sign" in reason for reason in body["triage"]["reasons"])
    # and every open red flag leads the questions as one block an app can show as a checklist
    flags = [q["red_flag"] for q in body["next_questions"]]
    assert flags == sorted(flags, reverse=True)
    assert sum(flags) >= 19
    assert len(flags) - sum(flags) <= 5


def test_when_every_warning_sign_is_answered_no_twitching_alone_is_self_care(api: Client) -> None:
    # When the person ticks "none of these" on the checklist
    evidence = {**TWITCHING_ALONE, **dict.fromkeys(_red_flags(api), "absent")}
    body = _assess(api, evidence)
    # Then self-care is earned, with the evidence on benign twitching, and no urgent referral
    assert body["triage"]["red_flags_screened"] is True
    assert body["triage"]["level"] == "self_care"
    assert "benign_twitching" in _codes(body)
    assert body["leaning"] == "neither"
    assert "neurology_referral" not in {t["id"] for t in body["recommended_tests"]}
    assert not [q for q in body["next_questions"] if q["red_flag"]]


def test_a_red_flag_answered_dont_know_keeps_the_consultation(api: Client) -> None:
    red_flags = _red_flags(api)
    evidence = {**TWITCHING_ALONE, **dict.fromkeys(red_flags, "absent"), "chest_pain": "unknown"}
    body = _assess(api, evidence)
    assert body["triage"]["red_flags_screened"] is False
    assert body["triage"]["level"] == "consultation"
    assert "chest_pain" not in {q["id"] for q in body["next_questions"]}


# --- 2. notices ------------------------------------------------------------------------------------


def test_text_that_cannot_be_read_gets_a_notice_and_never_no_symptoms(api: Client) -> None:
    body = _assess(api, text="hhhh asdfgh jkjkjk ?? qwwwe ok ok lol .. zxcv")
    assert {"text_not_recognised", "text_not_english"} <= set(_codes(body))
    assert body["leaning"] == "insufficient_evidence"
    assert body["triage"]["level"] == "consultation"
    everything_said = " ".join([body["summary"], *body["triage"]["reasons"], *(n["message"] for n in body["notices"])])
    assert "no symptoms" not in everything_said.lower().replace("does not mean you have no symptoms", "")


def test_text_in_another_language_is_flagged_but_picked_symptoms_still_count(api: Client) -> None:
    body = _assess(api, LIMB_ONSET_ALS, text="Od miesiaca drgaja mi miesnie lydek, glownie wieczorem. Bardzo sie boje.")
    assert "text_not_english" in _codes(body)
    assert body["leaning"] == "als"


def test_a_stroke_told_in_chinese_calls_an_ambulance(api: Client) -> None:
    body = _assess(api, text="我爸爸突然说不出话，嘴歪了")  # noqa: RUF001 (a Chinese comma)
    assert "text_not_english" in _codes(body)
    assert body["triage"]["level"] == "emergency_ambulance"
    assert body["should_stop"] is True


def test_a_child_gets_no_leaning_and_a_plain_notice(api: Client) -> None:
    body = _assess(api, LIMB_ONSET_ALS, age=9, sex="male")
    assert body["leaning"] == "insufficient_evidence"
    assert "age_outside_profiles" in _codes(body)
    assert body["recommended_tests"] == []
    assert "18" in body["summary"]


def test_someone_already_diagnosed_gets_triage_not_a_comparison(api: Client) -> None:
    body = _assess(api, {"known_als_diagnosis": "present", "choking_on_liquids": "present", "hand_weakness": "present"})
    assert body["leaning"] == "insufficient_evidence"
    assert "diagnosis_already_made" in _codes(body)
    assert body["triage"]["level"] == "consultation_24"  # the red flags still work


def test_typed_words_that_take_back_a_no_are_named_and_bar_self_care(api: Client) -> None:
    evidence = {**TWITCHING_ALONE, **dict.fromkeys(_red_flags(api), "absent")}
    body = _assess(api, evidence, text="I said no to weakness, but my grip has honestly been going for a month.")
    assert "text_disagrees_with_answers" in _codes(body)
    assert body["triage"]["level"] == "consultation"


# --- 3. "unknown" counts as asked ------------------------------------------------------------------


def test_an_unknown_answer_is_not_asked_again_and_changes_no_score(api: Client) -> None:
    first = _assess(api, B12_PICTURE)
    question = next(q["id"] for q in first["next_questions"] if not q["red_flag"])
    second = _assess(api, {**B12_PICTURE, question: "unknown"})
    assert question not in {q["id"] for q in second["next_questions"]}
    assert second["conditions"] == first["conditions"]
    assert second["leaning"] == first["leaning"]


def test_a_dont_know_pick_is_answered_by_what_the_person_typed(api: Client) -> None:
    evidence = {"slurred_speech": "present", "choking_on_liquids": "unknown"}
    body = _assess(api, evidence, text="Not sure what counts, but he splutters and coughs every time he drinks.")
    used = {item["id"]: (item["state"], item["source"]) for item in body["evidence_used"]}
    assert used["choking_on_liquids"] == ("present", "text")
    assert body["triage"]["level"] == "consultation_24"


def test_an_interview_of_dont_know_comes_to_an_end(api: Client) -> None:
    # Given a person who answers "I don't know" to every question
    evidence = {"tingling": "present"}
    for _round in range(20):
        body = _assess(api, evidence)
        if body["should_stop"]:
            break
        evidence.update(dict.fromkeys((q["id"] for q in body["next_questions"]), "unknown"))
    # Then the interview stops with nothing left to ask, and self-care is never offered
    assert body["should_stop"] is True
    assert body["next_questions"] == []
    assert body["triage"]["level"] != "self_care"


# --- 4. should_stop --------------------------------------------------------------------------------


def test_an_emergency_stops_the_interview_and_says_what_to_do_first(api: Client) -> None:
    body = _assess(api, {**B12_PICTURE, "chest_pain": "present"})
    assert body["triage"]["level"] == "emergency_ambulance"
    assert body["should_stop"] is True
    assert body["next_questions"] == []
    assert body["summary"].startswith("Call an ambulance now.")
    assert "not enough information" not in body["summary"]


def test_the_interview_stops_when_no_answer_could_change_the_outcome(api: Client) -> None:
    # Given a clear B12 picture with every red flag answered "no"
    evidence = {**B12_PICTURE, **dict.fromkeys(_red_flags(api), "absent")}
    for _round in range(20):
        body = _assess(api, evidence)
        if body["should_stop"]:
            break
        evidence.update(dict.fromkeys((q["id"] for q in body["next_questions"]), "absent"))
    assert body["should_stop"] is True
    assert body["next_questions"] == []
    assert body["leaning"] == "b12_deficiency"


# --- 5. calibration that weighs evidence -----------------------------------------------------------


def test_no_to_non_specific_features_does_not_overturn_a_b12_picture(api: Client) -> None:
    denied = {"pallor": "absent", "fatigue": "absent", "low_mood": "absent", "palpitations": "absent"}
    body = _assess(api, {**B12_PICTURE, **denied})
    assert body["leaning"] == "b12_deficiency"


def test_no_speech_or_swallowing_trouble_does_not_overturn_limb_onset_als(api: Client) -> None:
    bulbar_denied = dict.fromkeys(
        ["slurred_speech", "difficulty_swallowing", "choking_on_liquids", "drooling", "tongue_twitching_wasting"],
        "absent",
    )
    body = _assess(api, {**LIMB_ONSET_ALS, **bulbar_denied})
    assert body["leaning"] == "als"
    assert "neurology_referral" in {t["id"] for t in body["recommended_tests"]}


def test_two_highly_specific_features_can_lean(api: Client) -> None:
    assert _assess(api, {"romberg_positive": "present", "vibration_sense_loss": "present"})["leaning"] == (
        "b12_deficiency"
    )
    assert _assess(api, {"slurred_speech": "present", "tongue_twitching_wasting": "present"})["leaning"] == "als"


def test_several_non_specific_features_are_never_overlap(api: Client) -> None:
    body = _assess(api, {"fatigue": "present", "low_mood": "present", "memory_problems": "present"})
    assert body["leaning"] == "insufficient_evidence"


# --- 6. age and sex ----------------------------------------------------------------------------------


def test_age_and_sex_shift_the_odds_between_the_two(api: Client) -> None:
    # A picture whose odds sit near the edge: ALS is commoner in older men, B12 deficiency is
    # common at every age (docs/scoring.md, "Age and sex")
    picture = {
        "tingling": "present",
        "numbness": "present",
        "leg_weakness": "present",
        "stiffness_spasticity": "present",
    }
    assert _assess(api, picture, age=25, sex="female")["leaning"] == "b12_deficiency"
    assert _assess(api, picture, age=75, sex="male")["leaning"] == "overlap"


# --- 7 and 8. tests that follow the picture; "neither" that helps ------------------------------------


def test_neither_names_other_explanations_with_their_pattern_and_references(api: Client) -> None:
    hands_only = {
        "tingling": "present",
        "numbness": "present",
        "symmetric_feet_first": "absent",
        "unsteady_in_dark": "absent",
        "leg_weakness": "absent",
        "hand_weakness": "absent",
    }
    body = _assess(api, hands_only)
    assert body["leaning"] == "neither"
    explanations = {item["id"]: item for item in body["other_explanations"]}
    assert "carpal_tunnel" in explanations
    assert explanations["carpal_tunnel"]["pattern"]
    assert explanations["carpal_tunnel"]["references"][0]["citation"]
    assert "probability" not in str(body["other_explanations"]).lower()


# --- 9. plain, kind words ------------------------------------------------------------------------------


def test_thoughts_of_suicide_bring_crisis_lines_first(api: Client) -> None:
    body = _assess(api, {**TWITCHING_ALONE, "suicidal_thoughts": "present"})
    first = body["triage"]["reasons"][0]
    assert "crisis line" in first
    assert "ALS" not in first
    assert body["summary"].startswith(first.split(".")[0])
    assert body["should_stop"] is True


def test_thoughts_of_suicide_with_a_plan_denied_are_help_today_with_crisis_lines_first(api: Client) -> None:
    body = _assess(api, text="Some nights I think my family would be better off without me, but I have no plan.")
    assert body["triage"]["level"] == "consultation_24"
    assert body["summary"].startswith("Please talk to someone today. You can call a crisis line")
    assert body["triage"]["reasons"][0] == body["summary"].split(" The other questions")[0]


def test_a_plan_to_end_one_s_life_in_own_words_calls_an_ambulance(api: Client) -> None:
    body = _assess(api, text="My dad has MND and he says he has been saving his sleeping pills to take all at once.")
    assert body["triage"]["level"] == "emergency_ambulance"
    first = body["triage"]["reasons"][0]
    assert "emergency number" in first
    assert "crisis line" in first
    assert body["should_stop"] is True
    assert body["next_questions"] == []


def test_a_consultation_never_says_without_delay(api: Client) -> None:
    body = _assess(api, LIMB_ONSET_ALS)
    assert body["triage"]["level"] == "consultation"
    assert not any("without delay" in reason for reason in body["triage"]["reasons"])
