"""HTTP edge: resolver setup, error envelope, settings and observability."""
