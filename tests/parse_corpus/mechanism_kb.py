"""A small hand-made knowledge base with every parser-facing field, for tests of the parser's mechanisms.

The clinical content is beside the point: the words are chosen to show one mechanism each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from symptom_overlap.domain.parsing import parse_text
from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.knowledge_fixtures import small_knowledge_base_data

WEAK = ["weak", "weaker", "weakness", "gave way", "giving way"]


def _evidence(identifier: str, synonyms: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "id": identifier,
        "label": identifier.replace("_", " ").capitalize(),
        "clinical_name": identifier,
        "kind": extra.pop("kind", "symptom"),
        "reporter": "self",
        "category": extra.pop("category", "motor"),
        "question": f"Do you have {identifier.replace('_', ' ')}?",
        "synonyms": synonyms,
        **extra,
    }


FIELDS: dict[str, dict[str, Any]] = {
    "tingling": {"synonyms": ["tingling", "pins and needles"], "site_variants": {"tongue": "sore_red_tongue"}},
    "numbness": {
        "synonyms": ["numbness", "numb feet"],
        "normal_terms": ["sensation", "feeling"],
        "site_variants": {"saddle": "saddle_numbness"},
        "cues": [{"all_of": [["numb", "dead", "can't feel"], ["@foot", "@hand", "@saddle", "@arm"]]}],
    },
    "fasciculations": {
        "synonyms": ["twitching", "twitches"],
        "site_variants": {"eye": "eyelid_twitching", "tongue": "tongue_twitching"},
        "cues": [{"all_of": [["jumping", "flickering", "rippling"], ["@leg", "@arm", "@eye", "muscle", "muscles"]]}],
    },
    "muscle_wasting": {
        "synonyms": ["muscle wasting"],
        "cues": [{"all_of": [["hollow", "smaller", "thinner", "shrunk"], ["@hand", "@leg", "@arm", "muscle"]]}],
    },
    "slurred_speech": {"synonyms": ["slurred speech", "speech is slurred"], "normal_terms": ["speech"]},
    "breathless_at_rest": {"synonyms": ["short of breath sitting still", "breathless at rest"]},
}
NEW_EVIDENCE = [
    _evidence("eyelid_twitching", ["eyelid twitching"]),
    _evidence("tongue_twitching", ["tongue twitching"], category="bulbar"),
    _evidence("sore_red_tongue", ["sore tongue"], category="systemic"),
    _evidence("saddle_numbness", ["saddle numbness"], category="spinal_autonomic", red_flag=True),
    _evidence(
        "hand_weakness",
        ["weak grip"],
        normal_terms=["grip", "hands"],
        denied_terms=["weakness"],
        cues=[{"all_of": [WEAK, ["@hand"]]}],
    ),
    _evidence(
        "leg_weakness",
        ["weak legs", "leg weakness"],
        normal_terms=["legs"],
        denied_terms=["weakness"],
        cues=[{"all_of": [WEAK, ["@leg"]]}],
    ),
    _evidence(
        "asymmetric_onset",
        ["one side weaker"],
        kind="course",
        cues=[{"all_of": [["#hand_weakness", "#leg_weakness"], ["left", "right"]], "within": "clause"}],
        superseded_by=["stroke_signs"],
    ),
    _evidence(
        "stroke_signs",
        ["face drooping"],
        category="course",
        red_flag=True,
        cues=[{"all_of": [["#sudden_onset"], ["#asymmetric_onset"]], "within": "sentence"}],
    ),
    _evidence("sudden_onset", ["suddenly"], kind="course", category="course", red_flag=True),
    _evidence(
        "back_pain_with_leg_weakness",
        ["bilateral sciatica"],
        red_flag=True,
        cues=[{"all_of": [["#leg_weakness"], ["back pain", "bad back"]], "within": "sentence"}],
    ),
    _evidence("choking_on_liquids", ["choke on water", "choking on drinks"], category="bulbar", red_flag=True),
    _evidence(
        "fever_after_choking",
        ["aspiration pneumonia"],
        category="respiratory",
        red_flag=True,
        cues=[{"all_of": [["#choking_on_liquids"], ["fever", "temperature"]], "within": "text"}],
    ),
    _evidence(
        "known_als_diagnosis",
        ["diagnosed with als"],
        kind="diagnosis",
        category="history",
        persists=True,
        cues=[{"all_of": [["als", "mnd"], ["has", "have", "had", "died"]], "within": "clause", "max_apart": 3}],
    ),
    _evidence(
        "family_history_als",
        ["family history of als", "als runs in my family"],
        kind="risk_factor",
        category="risk_factors",
        persists=True,
        family_history_of=["known_als_diagnosis"],
    ),
    _evidence(
        "transient_episode",
        ["mini stroke"],
        kind="course",
        category="course",
        red_flag=True,
        episode_of=["numbness", "hand_weakness", "leg_weakness", "slurred_speech"],
    ),
    _evidence("gastric_surgery", ["gastric bypass"], kind="risk_factor", category="risk_factors", persists=True),
    _evidence("nitrous_oxide_use", ["nitrous oxide", "balloons"], kind="risk_factor", category="risk_factors"),
    _evidence("low_mood", ["feeling down", "depressed"], category="cognitive_psychiatric"),
    _evidence(
        "lhermitte_sign",
        ["lhermitte's sign"],
        category="sensory",
        cues=[{"all_of": [["buzzing", "electric"], ["@back"], ["look down", "bend"]], "within": "sentence"}],
    ),
]


def mechanism_knowledge_base() -> KnowledgeBase:
    data = small_knowledge_base_data("parser-mechanisms")
    for evidence in data["evidence"]:
        evidence.update(FIELDS.get(evidence["id"], {"synonyms": evidence["synonyms"]}))
    data["evidence"] += NEW_EVIDENCE
    return KnowledgeBase.model_validate(data)


def readings(text: str, knowledge_base: KnowledgeBase) -> dict[str, tuple[str, str, str]]:
    """id -> (assertion, subject, time) for every finding the parser reports."""
    return {
        item.id: (item.assertion.value, item.subject.value, item.time.value)
        for item in parse_text(text, knowledge_base)
    }


def about_the_person_now(text: str, knowledge_base: KnowledgeBase) -> dict[str, str]:
    """id -> assertion, for current findings about the person (what the corpus figures count)."""
    return {
        evidence_id: assertion
        for evidence_id, (assertion, subject, time) in readings(text, knowledge_base).items()
        if subject == "self" and time == "current"
    }


def now_of(text: str, knowledge_base: KnowledgeBase, evidence_ids: Iterable[str]) -> dict[str, str | None]:
    """The current reading about the person of each of the evidence ids, None where there is none."""
    found = about_the_person_now(text, knowledge_base)
    return {evidence_id: found.get(evidence_id) for evidence_id in evidence_ids}


def reading(text: str, knowledge_base: KnowledgeBase, evidence_id: str) -> str | None:
    """The current reading about the person of one evidence id, None where there is none."""
    return about_the_person_now(text, knowledge_base).get(evidence_id)
