"""Adapters to infrastructure. Only this package imports botocore (or boto3)."""
