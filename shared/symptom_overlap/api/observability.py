"""The only Logger and Metrics objects. Logs and metrics never carry symptom content."""

from aws_lambda_powertools import Logger, Metrics

logger = Logger()
metrics = Metrics()
