"""Words that say an evidence does not hold: "I eat meat and eggs" says the diet is not vegan.

Such a contrary finding is absent as said. Denied ("I don't eat meat") it says nothing, since the
evidence's own words read that; and so it does beside a word of little, seldom, only or can't in its
part ("I rarely eat meat", "I can't eat fish"), which may describe the very diet it seemed to deny, except
for an evidence of excess, which a little of it denies all the more ("I barely drink").
"""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, Finding

SCANT = frozenset(
    {
        "rarely", "hardly", "barely", "seldom", "less", "little", "occasionally", "sometimes", "only", "just",
        "can't", "cant", "cannot", "couldn't", "couldnt", "stopped", "quit", "avoid", "avoids", "cut", "gave",
        "try", "tried", "trying", "want", "wants", "hard", "struggle", "struggling", "difficult", "trouble",
    }
)  # fmt: skip
# An evidence of too much of something: seldom having it ("I barely drink", "I hardly ever drink") says it does
# not hold all the more, where a little meat may be the very vegan diet.
EXCESSES = frozenset({"heavy_alcohol_use"})
LITTLE = frozenset({"rarely", "hardly", "barely", "seldom"})


def contrary_assertion(
    words: Sequence[str], segments: Segments, finding: Finding, denied: bool, uncertain: bool
) -> Assertion | None:
    """Absent, uncertain when doubted, or None (nothing said) when denied or scant."""
    first, last = segments.part_bounds[segments.part[finding.first]]
    scant = SCANT - LITTLE if finding.evidence_id in EXCESSES else SCANT
    if denied or any(word in scant for word in words[first : last + 1]):
        return None
    return Assertion.UNCERTAIN if uncertain else Assertion.ABSENT
