"""Errors raised while reading the knowledge base. They carry no request content."""


class KnowledgeBaseError(Exception):
    """Base class for knowledge-base failures."""


class KnowledgeStoreUnavailable(KnowledgeBaseError):
    """The store could not be reached, timed out or throttled; retrying later may work."""


class KnowledgeBaseNotPublished(KnowledgeBaseError):
    """No version has been activated yet."""


class KnowledgeVersionInvalid(KnowledgeBaseError):
    """A stored version is incomplete or fails validation."""


class KnowledgeVersionConflict(KnowledgeBaseError):
    """Publishing or activating would break a rule: versions are immutable, activation is sequential."""
