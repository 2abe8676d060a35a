"""`make audit`: pip-audit over every pinned set, failing loudly whenever a pin could not be checked."""
