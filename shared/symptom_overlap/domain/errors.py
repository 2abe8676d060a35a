"""Domain errors: a client sent something the knowledge base cannot accept. Ids are not health data."""


class DomainError(Exception):
    """Base class for errors caused by the request's content."""


class UnknownEvidence(DomainError):
    def __init__(self, evidence_ids: list[str]) -> None:
        super().__init__(f"unknown evidence ids: {', '.join(evidence_ids)}")
        self.evidence_ids = evidence_ids


class ConflictingEvidence(DomainError):
    def __init__(self, evidence_ids: list[str]) -> None:
        super().__init__(f"evidence sent with conflicting states: {', '.join(evidence_ids)}")
        self.evidence_ids = evidence_ids


class UnknownCondition(DomainError):
    def __init__(self, condition_id: str) -> None:
        super().__init__("unknown condition id")
        self.condition_id = condition_id
