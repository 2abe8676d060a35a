"""What changed between two knowledge-base versions, item by item and field by field."""

from __future__ import annotations

from typing import Any

from symptom_overlap.knowledge.schema import KnowledgeBase

_SECTIONS = (
    "evidence", "conditions", "red_flag_rules", "background", "alternatives", "question_premises", "references"
)  # fmt: skip


def diff_knowledge_bases(old: KnowledgeBase, new: KnowledgeBase) -> list[str]:
    """Lines such as '+ evidence.new_id', '- references.old_ref', '~ conditions.als: associations'."""
    lines: list[str] = []
    for section in _SECTIONS:
        before = _by_id(getattr(old, section))
        after = _by_id(getattr(new, section))
        lines += [f"+ {section}.{item_id}" for item_id in after.keys() - before.keys()]
        lines += [f"- {section}.{item_id}" for item_id in before.keys() - after.keys()]
        for item_id in before.keys() & after.keys():
            changed = sorted(
                field for field in before[item_id].keys() | after[item_id].keys()
                if before[item_id].get(field) != after[item_id].get(field)
            )  # fmt: skip
            if changed:
                lines.append(f"~ {section}.{item_id}: {', '.join(changed)}")
    return sorted(lines, key=lambda line: (line[2:], line[0]))


def _by_id(items: tuple[Any, ...]) -> dict[str, dict[str, Any]]:
    return {item.id: item.model_dump(mode="json") for item in items}
