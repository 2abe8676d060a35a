"""Operator CLI for the knowledge base.

python -m kbtool validate
python -m kbtool publish --table TABLE [--endpoint URL] [--no-activate]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kbtool.publish import publish
from kbtool.source import DEFAULT_SOURCE_DIR, KnowledgeSourceError, load_knowledge_base
from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.knowledge.errors import KnowledgeBaseError
from symptom_overlap.knowledge.models import KnowledgeBase


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        knowledge_base = _validated(arguments.source)
        if arguments.command == "publish":
            _publish(knowledge_base, arguments.table, arguments.endpoint, not arguments.no_activate)
    except KnowledgeSourceError as error:
        print(f"invalid knowledge base ({len(error.problems)} problems); nothing was written:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except KnowledgeBaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _validated(source: Path) -> KnowledgeBase:
    knowledge_base = load_knowledge_base(source)
    conditions = ", ".join(condition.id for condition in knowledge_base.conditions)
    print(
        f"knowledge base {knowledge_base.version} is valid: {len(knowledge_base.evidence)} evidence ids, "
        f"conditions {conditions}, {len(knowledge_base.red_flag_rules)} red-flag rules, "
        f"{len(knowledge_base.references)} references"
    )
    return knowledge_base


def _publish(knowledge_base: KnowledgeBase, table_name: str, endpoint: str | None, activate: bool) -> None:
    if endpoint:
        os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
    table = KnowledgeTable(table_name, client=lambda: dynamodb_client(2.0, 5.0, 5))

    def progress(written: int, total: int) -> None:
        print(f"  wrote {written}/{total} records", flush=True)

    print(f"publishing {knowledge_base.version} to {table_name}")
    publish(table, knowledge_base, activate=activate, on_progress=progress)
    print(f"{knowledge_base.version} is {'active' if activate else 'published (not active)'}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kbtool", description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE_DIR, help="folder of the YAML sources")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="validate the YAML sources")
    publish_command = commands.add_parser("publish", help="validate, write a version and make it active")
    publish_command.add_argument("--table", required=True, help="DynamoDB table name (stack output KnowledgeTableName)")
    publish_command.add_argument("--endpoint", help="DynamoDB endpoint URL, e.g. http://127.0.0.1:8000")
    publish_command.add_argument("--no-activate", action="store_true", help="write the version but keep the pointer")
    return parser


if __name__ == "__main__":
    sys.exit(main())
