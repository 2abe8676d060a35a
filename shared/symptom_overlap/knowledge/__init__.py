"""The versioned, cited knowledge base: its models, storage layout and in-memory cache."""
