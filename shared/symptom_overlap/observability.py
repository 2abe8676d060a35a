"""The only Logger and Metrics objects. Logs and metrics never carry symptom content."""

import logging

from aws_lambda_powertools import Logger, Metrics

logger = Logger()
# Every line is paid for at ingestion. CloudWatch stamps each event's time and the log group names
# the function, so Powertools' timestamp, service and source location would only repeat them; the
# access line carries what operators read (docs/decisions.md: "An access line of what operators use").
logger.remove_keys(["location", "timestamp", "service"])
metrics = Metrics()

# Powertools' own debug lines include route arguments, i.e. the submitted symptoms and text.
# Keep the library quiet below WARNING whatever level the function logs at.
logging.getLogger("aws_lambda_powertools").setLevel(logging.WARNING)
