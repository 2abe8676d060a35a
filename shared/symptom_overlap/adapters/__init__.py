"""Adapters to infrastructure. Only this package imports boto3."""
