"""Symptom-overlap checker: compares symptoms with vitamin B12 deficiency and ALS profiles.

Layers (see docs/decisions.md):
- ``domain``: pure scoring, triage and parsing; no boto3, no Powertools.
- ``knowledge``: the knowledge-base models and the cached loader.
- ``adapters``: the DynamoDB repository, the only code that imports botocore (or boto3).
- ``api``: resolver setup, error envelope, settings and observability.
"""
