"""A compact, hand-made knowledge base for tests that must not depend on the clinical content."""

from __future__ import annotations

from typing import Any


def small_knowledge_base_data(version: str = "test-1") -> dict[str, Any]:
    """A compact knowledge base that exercises every feature the domain uses."""

    def evidence(identifier: str, label: str, synonyms: list[str], **extra: Any) -> dict[str, Any]:
        return {
            "id": identifier,
            "label": label,
            "clinical_name": label.title(),
            "kind": extra.pop("kind", "symptom"),
            "reporter": extra.pop("reporter", "self"),
            "category": extra.pop("category", "motor"),
            "question": f"Do you have {label.lower()}?",
            "synonyms": synonyms,
            **extra,
        }

    def association(evidence_id: str, direction: str, tier: str, **extra: Any) -> dict[str, Any]:
        return {
            "evidence_id": evidence_id,
            "direction": direction,
            "tier": tier,
            "citations": ["ref_a"],
            **extra,
        }

    return {
        "version": version,
        "references": [
            {"id": "ref_a", "citation": "Author A. A study. 2020.", "pmid": "123456"},
            {
                "id": "ref_b",
                "citation": "Author B. A guideline. 2024.",
                "url": "https://example.org/guideline",
            },
        ],
        "evidence": [
            evidence("tingling", "Pins and needles", ["tingling", "prickling"], category="sensory"),
            evidence("numbness", "Numbness", ["numb feet", "can't feel my feet"], category="sensory"),
            evidence("unsteady_in_dark", "Unsteady in the dark", ["wobbly in the dark"], category="sensory"),
            evidence("fasciculations", "Muscle twitching", ["twitching", "muscles rippling"]),
            evidence("muscle_wasting", "Muscle wasting", ["muscles shrinking"]),
            evidence("slurred_speech", "Slurred speech", ["sound drunk", "dysarthria"], category="bulbar"),
            evidence(
                "breathless_at_rest",
                "Breathless at rest",
                ["can't catch my breath sitting still"],
                category="respiratory",
                red_flag=True,
            ),
            evidence("vibration_sense_loss", "Reduced vibration sense", ["tuning fork"], reporter="clinician"),
            evidence("fatigue", "Tiredness", ["tired all the time"], category="systemic"),
        ],
        "conditions": [
            {
                "id": "b12_deficiency",
                "name": "Vitamin B12 deficiency",
                "summary": "A treatable cause of nerve damage.",
                "description": "Low vitamin B12 can damage nerves and the spinal cord.",
                "associations": [
                    association("tingling", "typical", "very_common"),
                    association("numbness", "typical", "very_common"),
                    association("unsteady_in_dark", "typical", "common", frequency=0.77),
                    association("vibration_sense_loss", "typical", "very_common"),
                    association("fatigue", "typical", "common"),
                    association("slurred_speech", "argues_against", "rare"),
                    association("fasciculations", "atypical", "rare"),
                ],
                "population": {"minimum_age": 16, "age_note": "Over 16s.", "age_citations": ["ref_b"]},
                "recommended_tests": [
                    {
                        "id": "serum_b12",
                        "name": "Serum B12",
                        "why": "Cheap and treatable.",
                        "citations": ["ref_b"],
                    }
                ],
                "references": ["ref_a", "ref_b"],
            },
            {
                "id": "als",
                "name": "Amyotrophic lateral sclerosis",
                "summary": "A progressive motor neuron disease.",
                "description": "ALS damages the nerves that control muscles.",
                "associations": [
                    association("fasciculations", "typical", "common"),
                    association("muscle_wasting", "typical", "very_common"),
                    association("slurred_speech", "typical", "common", frequency=0.25),
                    association("fatigue", "typical", "common"),
                    association("tingling", "atypical", "rare"),
                    association("numbness", "argues_against", "occasional"),
                ],
                "population": {"minimum_age": 18, "age_note": "Adults.", "age_citations": ["ref_a"]},
                "recommended_tests": [
                    {"id": "emg", "name": "EMG", "why": "Shows denervation.", "citations": ["ref_a"]}
                ],
                "references": ["ref_a"],
            },
        ],
        "background": [
            {"id": "fatigue", "tier": "common", "note": "Common without either condition.", "citations": ["ref_a"]}
        ],
        "alternatives": [
            {
                "id": "benign_twitching",
                "name": "Harmless twitching",
                "pattern": "Twitching while strength and muscle size stay normal.",
                "suggested_by": ["fasciculations"],
                "not_with": ["muscle_wasting"],
                "advice": "Twitching on its own is common and usually harmless.",
                "self_care": True,
                "citations": ["ref_a"],
            }
        ],
        "question_premises": [{"id": "unsteady_in_dark", "asked_when_any_present": ["tingling", "numbness"]}],
        "red_flag_rules": [
            {
                "id": "breathing",
                "when_all_present": ["breathless_at_rest"],
                "level": "emergency_ambulance",
                "reason": "Breathlessness at rest can mean the breathing muscles are failing.",
                "citations": ["ref_b"],
            }
        ],
    }
