"""The only Logger and Metrics objects. Logs and metrics never carry symptom content."""

import logging

from aws_lambda_powertools import Logger, Metrics

logger = Logger()
metrics = Metrics()

# Powertools' own debug lines include route arguments, i.e. the submitted symptoms and text.
# Keep the library quiet below WARNING whatever level the function logs at.
logging.getLogger("aws_lambda_powertools").setLevel(logging.WARNING)
