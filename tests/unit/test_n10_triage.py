"""Triage, tenth session: how urgent, from clinical distinctions (getting worse quickly, at rest or on effort,
now or over), and warning signs named in a language the tool cannot read."""

import textstat

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.assessment import Assessment
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.other_languages import warning_signs_named
from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.domain.services import assess_request
from symptom_overlap.domain.triage import OTHER_LANGUAGE
from symptom_overlap.knowledge.schema import TriageLevel

KNOWLEDGE_BASE = load_knowledge_base()


def _level(present: set[str], text: str | None = None, age: int | None = 30) -> TriageLevel:
    evidence = [ReportedEvidence(id=i, state=EvidenceState.PRESENT) for i in sorted(present)]
    return assess_request(KNOWLEDGE_BASE, evidence, text, age=age).triage.level


def test_nitrous_oxide_with_nerve_problems_getting_worse_quickly_is_seen_today() -> None:
    assert _level({"nitrous_oxide_use", "numbness", "rapid_progression"}) is TriageLevel.EMERGENCY
    # Getting worse quickly without nitrous oxide, and nitrous oxide with numbness alone, stay within 24 hours
    assert _level({"numbness", "rapid_progression"}) is TriageLevel.CONSULTATION_24
    assert _level({"nitrous_oxide_use", "numbness"}) is TriageLevel.CONSULTATION_24


def _time_of(text: str, evidence_id: str) -> str | None:
    found = [f for f in parse_text(text, KNOWLEDGE_BASE) if f.id == evidence_id]
    return found[0].time.value if found else None


def test_a_symptom_that_is_gone_each_morning_and_back_by_evening_is_current() -> None:
    # Fatigable weakness (myasthenia): well first thing, worse with use; the pattern is still going on
    assert _time_of("By bedtime I see double, but every morning it's back to normal", "double_vision") == "current"
    assert _time_of("Mornings I'm completely fine, then by teatime I'm seeing double", "double_vision") == "current"
    assert _time_of("My voice goes nasal on long calls, first thing it's fine", "slurred_speech") == "current"
    text = "When I wake up I'm completely normal. By evening my eyelids droop, I see double and my speech gets slurred."
    assert _level(set(), text) is TriageLevel.CONSULTATION_24  # double vision with slurred speech


def test_a_single_morning_or_rest_is_still_a_recovery() -> None:
    assert _time_of("I had double vision on Sunday but it went away this morning", "double_vision") == "resolved"
    assert _time_of("I had double vision last week but it went away after a rest", "double_vision") == "resolved"


def _read(text: str) -> dict[str, str]:
    return {f.id: f.state.value for f in parse_text(text, KNOWLEDGE_BASE)}


def test_a_warning_sign_after_probably_nothing_but_is_reported_not_doubted() -> None:
    assert _read("It's probably nothing, but my chest goes tight when I climb the stairs") == {"chest_pain": "present"}
    assert _read("could be nothing, but my dad chokes on his tea most days").get("choking_on_liquids") is not None
    # Findings that are no warning sign stay doubted, and so does one its own clause doubts
    assert _read("probably nothing, but my feet tingle").get("tingling") == "unknown"
    assert _read("could be nothing but my bladder seems to leak lately").get("bladder_bowel_problems") == "unknown"


def _assessed(text: str, evidence: dict[str, str] | None = None) -> Assessment:
    reported = [ReportedEvidence(id=i, state=EvidenceState(s)) for i, s in (evidence or {}).items()]
    return assess_request(KNOWLEDGE_BASE, reported, text, age=70)


def test_a_stroke_named_in_another_language_calls_an_ambulance_and_says_we_may_be_wrong() -> None:
    for text in [
        "Mi padre tiene la boca torcida desde esta mañana y no puede levantar el brazo izquierdo.",
        "A minha avó está com a boca torta e não consegue falar direito desde o almoço.",
        "Mama ma opadnięty kącik ust i nie może mówić, co robić?",
    ]:
        result = _assessed(text)
        assert result.triage.level is TriageLevel.EMERGENCY_AMBULANCE, text
        assert result.triage.reasons[0].startswith("Call an ambulance now."), text
        assert "We can only read English" in result.triage.reasons[0]
        assert result.should_stop
        assert result.evidence_used == []  # named, never read: the scores and the leaning are untouched
        codes = {notice.code for notice in result.notices}
        assert "text_not_english" in codes
        assert "text_not_recognised" not in codes, "the summary names what we saw: never 'no symptoms found'"


def test_other_emergencies_named_in_another_language() -> None:
    assert _assessed("Mi marido tiene un dolor en el pecho muy fuerte desde hace una hora.").triage.level is (
        TriageLevel.EMERGENCY_AMBULANCE
    )
    assert _assessed("Ma mère ne peut plus respirer depuis ce matin, elle est assise.").triage.level is (
        TriageLevel.EMERGENCY_AMBULANCE
    )
    assert _assessed("Nu mai pot, vreau să mor, nimeni nu mă ajută cu boala asta.").triage.level is (
        TriageLevel.EMERGENCY
    )


def test_a_warning_sign_denied_in_another_language_or_answered_no_raises_nothing() -> None:
    assert warning_signs_named("No tiene dolor de pecho ni la boca torcida, solo hormigueo en los pies.") == set()
    assert warning_signs_named("Nie ma bólu w klatce piersiowej, tylko mrowienie w stopach od miesięcy.") == set()
    assert warning_signs_named("Sans douleur dans la poitrine, mais des fourmis dans les pieds.") == set()
    # An explicit "no" wins over a guess at words we cannot read
    text = "Mi madre tiene la boca torcida y no puede hablar bien desde hace años, después de su ictus."
    assert _assessed(text, {"stroke_signs": "absent"}).triage.level is TriageLevel.CONSULTATION
    # English text is read by the parser, never by this list
    assert _assessed("my feet tingle and I read about ictus online, is that a stroke word?").triage.level is not (
        TriageLevel.EMERGENCY_AMBULANCE
    )


def test_the_other_language_note_is_in_plain_words() -> None:
    for sentence in OTHER_LANGUAGE.format(label="chest pain or tightness").split(". "):
        assert textstat.flesch_kincaid_grade(sentence) <= 10, sentence
