"""Operator CLI for per-app API keys: create, list, rotate and revoke them without a deploy."""
