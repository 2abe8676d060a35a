"""Pure domain logic: it takes plain data and returns plain data (no boto3, no Powertools)."""
