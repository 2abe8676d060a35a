"""Reads the reviewed YAML sources of the knowledge base into a validated KnowledgeBase.

Every problem is reported with the file, the item and the field it concerns, and all problems
are collected before failing, so a reviewer can fix a whole file in one pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from symptom_overlap.knowledge.schema import (
    Alternative,
    BackgroundFrequency,
    ConditionProfile,
    EvidenceDefinition,
    KnowledgeBase,
    QuestionPremise,
    RedFlagRule,
    Reference,
)

DEFAULT_SOURCE_DIR = Path(__file__).resolve().parent.parent / "knowledge_base"


class KnowledgeSourceError(Exception):
    """The sources are invalid; ``problems`` lists each one as 'file: item: field: message'."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_knowledge_base(source_dir: Path = DEFAULT_SOURCE_DIR) -> KnowledgeBase:
    problems: list[str] = []
    manifest = _read_mapping(source_dir / "manifest.yaml", problems)
    sections = {
        "references": _read_items(source_dir / "references.yaml", Reference, problems),
        "evidence": _read_items(source_dir / "evidence.yaml", EvidenceDefinition, problems),
        "red_flag_rules": _read_items(source_dir / "red_flag_rules.yaml", RedFlagRule, problems),
        "background": _read_items(source_dir / "background.yaml", BackgroundFrequency, problems),
        "alternatives": _read_items(source_dir / "alternatives.yaml", Alternative, problems),
        "question_premises": _read_items(source_dir / "question_premises.yaml", QuestionPremise, problems),
        "conditions": [
            condition
            for path in sorted((source_dir / "conditions").glob("*.yaml"))
            for condition in _read_condition(path, problems)
        ],
    }
    if problems:
        raise KnowledgeSourceError(problems)
    try:
        return KnowledgeBase.model_validate({"version": manifest.get("version"), **sections})
    except ValidationError as error:
        raise KnowledgeSourceError(_cross_file_problems(source_dir, error)) from error


class _StrictLoader(yaml.SafeLoader):
    """A safe YAML loader that rejects duplicate keys instead of silently keeping the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key_node, deep=deep) for key_node, _value in node.value]
        duplicates = sorted({str(key) for key in keys if keys.count(key) > 1})
        if duplicates:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate keys: {', '.join(duplicates)}", node.start_mark
            )
        return super().construct_mapping(node, deep=deep)


def _read_mapping(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 (safe loader)
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"{path.name}: cannot read: {error}")
        return {}
    if not isinstance(content, dict):
        problems.append(f"{path.name}: expected a mapping of id to fields")
        return {}
    return content


def _read_items(path: Path, model: type[BaseModel], problems: list[str]) -> list[Any]:
    """Read a file that maps item id -> fields, validating each item on its own."""
    items = []
    for item_id, fields in _read_mapping(path, problems).items():
        if not isinstance(fields, dict):
            problems.append(f"{path.name}: {item_id}: expected a mapping of fields")
            continue
        try:
            items.append(model.model_validate({"id": item_id, **fields}))
        except ValidationError as error:
            problems += _item_problems(path.name, str(item_id), error)
    return items


def _read_condition(path: Path, problems: list[str]) -> list[ConditionProfile]:
    fields = _read_mapping(path, problems)
    if not fields:
        return []
    associations = fields.get("associations") or {}
    if isinstance(associations, dict):
        fields["associations"] = [
            {"evidence_id": evidence_id, **(value or {})} for evidence_id, value in associations.items()
        ]
    try:
        return [ConditionProfile.model_validate({"id": path.stem, **fields})]
    except ValidationError as error:
        problems += _item_problems(f"conditions/{path.name}", path.stem, error, fields)
        return []


def _item_problems(
    file_name: str, item_id: str, error: ValidationError, fields: dict[str, Any] | None = None
) -> list[str]:
    problems = []
    for detail in error.errors():
        location = list(detail["loc"])
        # Name list entries by their id rather than their position, where they have one.
        if fields and len(location) >= 2 and isinstance(location[1], int):
            entry = fields[str(location[0])][location[1]]
            if isinstance(entry, dict):
                location[1] = entry.get("evidence_id") or entry.get("id") or location[1]
        field = ".".join(str(part) for part in location) or "(item)"
        problems.append(f"{file_name}: {item_id}: {field}: {detail['msg']}")
    return problems


def _cross_file_problems(source_dir: Path, error: ValidationError) -> list[str]:
    """Turn 'conditions.als.associations.x.evidence_id: unknown id' into file-qualified messages."""
    files = {
        "conditions": "conditions/{}.yaml",
        "red_flag_rules": "red_flag_rules.yaml",
        "evidence": "evidence.yaml",
        "references": "references.yaml",
        "background": "background.yaml",
        "alternatives": "alternatives.yaml",
        "question_premises": "question_premises.yaml",
    }
    problems = []
    for detail in error.errors():
        if detail["loc"]:
            problems.append(f"manifest.yaml: {'.'.join(map(str, detail['loc']))}: {detail['msg']}")
            continue
        for message in str(detail["msg"]).removeprefix("Value error, ").split("; "):
            section, _, rest = message.partition(".")
            item, _, field = rest.partition(".")
            template = files.get(section)
            if template is None:
                problems.append(f"{source_dir.name}: {message}")
            elif section == "conditions":
                problems.append(f"{template.format(item)}: {item}: {field}")
            else:
                problems.append(f"{template}: {item}: {field}")
    return problems
