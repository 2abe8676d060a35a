"""Prints the interview example of docs/interview.md from the real engine.

    .venv/bin/python infra/benchmarks/interview_example.py

Each round answers every question the previous response asked, as an app would (the warning-sign
checklist with "none of these"), and resends all the evidence so far (the API keeps no state),
until the response says ``should_stop``.
"""

from __future__ import annotations

import json
from typing import Any

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.evidence import EvidenceState, ReportedEvidence
from symptom_overlap.domain.services import assess_request

# What the person says in the first round, and how they answer the questions they are asked.
FIRST_TEXT = "My feet have had pins and needles for months and I feel wobbly in the dark. No twitching."
ANSWERS = {"metformin_use": "present"}


def main() -> None:
    knowledge_base = load_knowledge_base()
    evidence: list[ReportedEvidence] = []
    text: str | None = FIRST_TEXT
    for round_number in range(1, 8):
        request: dict[str, Any] = {"text": text} if text else {}
        request["evidence"] = [item.model_dump(mode="json") for item in evidence]
        result = assess_request(knowledge_base, evidence, text)
        print(f"--- round {round_number}: request\n{json.dumps(request, indent=1)}")
        shown = result.model_dump(
            mode="json",
            include={"leaning", "summary", "conditions", "triage", "next_questions", "should_stop", "notices"},
        )
        for condition in shown["conditions"]:
            condition.pop("name")
        print(f"--- round {round_number}: response (abridged)\n{json.dumps(shown, indent=1)}")
        if result.should_stop:
            break
        # The app keeps what it learned from the text as explicit answers, then asks every question.
        evidence = [ReportedEvidence(id=u.id, state=u.state) for u in result.evidence_used]
        text = None
        for question in result.next_questions:
            evidence.append(ReportedEvidence(id=question.id, state=EvidenceState(ANSWERS.get(question.id, "absent"))))


if __name__ == "__main__":
    main()
