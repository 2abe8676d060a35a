"""Operator tools for the knowledge base: read and validate the YAML sources, publish versions."""
