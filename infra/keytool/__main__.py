"""Operator CLI for per-app API keys and usage plans (docs/operations.md). Takes effect at once, no deploy.

python -m keytool --rest-api-id ID --stage STAGE list
python -m keytool --rest-api-id ID --stage STAGE create APP [--rate R] [--burst B] [--quota Q] [--period P]
python -m keytool --rest-api-id ID --stage STAGE rotate APP [--revoke-previous]
python -m keytool --rest-api-id ID --stage STAGE revoke KEY_ID

The stack outputs RestApiId and StageName give the first two options.
"""

from __future__ import annotations

import argparse
import sys
from typing import cast

import boto3

from keytool.keys import ApiKeys, App, AppLimits, IssuedKey, KeyAdminError, QuotaPeriod


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    keys = ApiKeys(boto3.client("apigateway"), arguments.rest_api_id, arguments.stage)
    try:
        if arguments.command == "list":
            _print_apps(keys.apps())
        elif arguments.command == "create":
            limits = AppLimits(arguments.rate, arguments.burst, arguments.quota, cast(QuotaPeriod, arguments.period))
            _print_issued(keys.create_app(arguments.app, limits))
        elif arguments.command == "rotate":
            issued, revoked = keys.rotate(arguments.app, revoke_previous=arguments.revoke_previous)
            _print_issued(issued)
            for key_id in revoked:
                print(f"revoked {key_id}")
        elif arguments.command == "revoke":
            app = keys.revoke(arguments.key_id)
            print(f"revoked {arguments.key_id} of {app}; requests with it now get 403")
    except KeyAdminError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def _print_apps(apps: list[App]) -> None:
    """Names, limits and key ids: never a key's value."""
    for app in apps:
        limits = "no throttle or quota"
        if app.limits:
            rate, burst = app.limits.rate_per_second, app.limits.burst
            limits = f"{rate:g}/s, burst {burst}, {app.limits.quota} per {app.limits.quota_period}"
        print(f"{app.name} (usage plan {app.usage_plan_id}): {limits}")
        for key in app.keys:
            created = key.created.isoformat(timespec="seconds") if key.created else "unknown"
            print(f"  {key.key_id}  {'enabled' if key.enabled else 'REVOKED'}  created {created}  {key.name}")


def _print_issued(issued: IssuedKey) -> None:
    print(f"app {issued.app}: new key {issued.key_id}")
    print(f"value: {issued.value}")
    print("Give the value to the app's team through a secret channel; it is not shown by `list`.")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m keytool", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rest-api-id", required=True, help="stack output RestApiId")
    parser.add_argument("--stage", required=True, help="stack output StageName")
    subcommands = parser.add_subparsers(dest="command", required=True)
    subcommands.add_parser("list", help="every app on the stage: limits and key ids (never values)")
    create = subcommands.add_parser("create", help="a new app: its usage plan and first key")
    create.add_argument("app", help="the app's name: lower-case letters, digits and hyphens")
    create.add_argument("--rate", type=float, default=50.0, help="steady requests per second (50)")
    create.add_argument("--burst", type=int, default=100, help="burst of requests (100)")
    create.add_argument("--quota", type=int, default=100_000, help="requests per period (100000)")
    create.add_argument("--period", choices=["DAY", "WEEK", "MONTH"], default="MONTH", help="quota period (MONTH)")
    rotate = subcommands.add_parser("rotate", help="a new key for an app; its old keys keep working")
    rotate.add_argument("app")
    rotate.add_argument("--revoke-previous", action="store_true", help="also revoke the app's other keys (a leak)")
    revoke = subcommands.add_parser("revoke", help="disable one key at once; no other key is touched")
    revoke.add_argument("key_id")
    return parser


if __name__ == "__main__":
    sys.exit(main())
