"""Operator CLI for the knowledge base: validate the sources, publish, activate and roll back versions.

python -m kbtool validate
python -m kbtool --table T [--endpoint URL] list
python -m kbtool --table T [--endpoint URL] diff OLD NEW       (a version id, or 'source')
python -m kbtool --table T [--endpoint URL] publish [--no-activate]
python -m kbtool --table T [--endpoint URL] activate VERSION
python -m kbtool --table T [--endpoint URL] rollback
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kbtool import commands
from kbtool.source import DEFAULT_SOURCE_DIR, KnowledgeSourceError
from symptom_overlap.knowledge.errors import KnowledgeBaseError


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "validate":
            commands.validate(arguments.source)
            return 0
        if arguments.command == "bundle":
            commands.bundle(arguments.source)
            return 0
        if not arguments.table:
            raise SystemExit(f"error: '{arguments.command}' needs --table (the stack output KnowledgeTableName)")
        table = commands.open_table(arguments.table, arguments.endpoint)
        if arguments.command == "list":
            commands.list_versions(table)
        elif arguments.command == "diff":
            commands.diff(table, arguments.source, arguments.old, arguments.new)
        elif arguments.command == "publish":
            commands.publish(table, arguments.source, activate_it=not arguments.no_activate)
        elif arguments.command == "activate":
            commands.activate(table, arguments.version)
        elif arguments.command == "rollback":
            commands.rollback(table)
    except KnowledgeSourceError as error:
        print(f"invalid knowledge base ({len(error.problems)} problems); nothing was written:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except KnowledgeBaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kbtool", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE_DIR, help="folder of the YAML sources")
    parser.add_argument("--table", help="DynamoDB table name (stack output KnowledgeTableName)")
    parser.add_argument("--endpoint", help="DynamoDB endpoint URL, for a local DynamoDB")
    subcommands = parser.add_subparsers(dest="command", required=True)
    subcommands.add_parser("validate", help="validate the YAML sources; writes nothing")
    subcommands.add_parser("bundle", help="write functions/seed/knowledge_base.json from the sources")
    subcommands.add_parser("list", help="list published versions and which one is active")
    diff = subcommands.add_parser("diff", help="what changed between two versions")
    diff.add_argument("old", help="a published version id, or 'source' for the YAML sources")
    diff.add_argument("new", help="a published version id, or 'source' for the YAML sources")
    publish = subcommands.add_parser("publish", help="validate, write the sources as a version, activate it")
    publish.add_argument("--no-activate", action="store_true", help="write the version but leave the pointer")
    activate = subcommands.add_parser("activate", help="make a published version the live one")
    activate.add_argument("version")
    subcommands.add_parser("rollback", help="make the previously live version live again")
    return parser


if __name__ == "__main__":
    sys.exit(main())
