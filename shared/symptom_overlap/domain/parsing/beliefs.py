"""A worry or belief that the text itself corrects is no symptom.

- **Corrected by a check**: a finding said with a worry or a belief ("I was sure my hands were going weak",
  "I'm scared because my hand felt clumsy") or asked about ("is that slurring?"), and then said fine or denied
  later in the text ("my grip is normal", "my speech sounds clear"), is left to the later, plainer reading.
- **Taken back in its sentence**: a finding in a sentence of "I thought", "convinced myself" or "was sure",
  followed in it by what it turned out to be ("turned out to be nothing", "thought my calf was twitching but it
  was my phone"), was a mistaken belief: absent.

Red flags are never changed here: their question is asked whatever the writer believes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame
from symptom_overlap.domain.parsing.sequences import WordSequences

WORRY_WORDS = frozenset(
    {
        "thought", "sure", "convinced", "scared", "terrified", "worried", "afraid", "paranoid", "panic",
        "panicking", "panicked", "feared", "fear",
    }
)  # fmt: skip
MISTAKEN_BELIEFS = WordSequences({("thought",), ("convinced",), ("was", "sure"), ("were", "sure")})
# What the belief turned out to be: nothing, or another thing ("but it was my phone"); not "it wasn't", which may
# take back a judgement of a real symptom ("I thought the twitching was harmless, it wasn't").
CORRECTIONS = WordSequences(
    {
        ("turned", "out", "to", "be", "nothing"), ("turned", "out", "fine"), ("turned", "out", "to", "be", "fine"),
        ("turns", "out", "to", "be", "nothing"), ("was", "nothing"), ("but", "it", "was", "my"),
        ("but", "it", "was", "just", "my"), ("but", "it", "was", "the"),
    }
)  # fmt: skip
_PRESENT, _ABSENT = Assertion.PRESENT, Assertion.ABSENT
_SELF, _CURRENT = Subject.SELF, TimeFrame.CURRENT


def corrected_beliefs(
    words: Sequence[str],
    segments: Segments,
    read: list[ReadFinding],
    red_flags: Collection[str],
    tests: Collection[str] = frozenset(),
    present: AbstractSet[str] | None = None,
) -> list[ReadFinding]:
    """The readings with worries corrected later in the text dropped and beliefs taken back made absent. A test
    result said and then said normal later in the text ("macrocytosis on FBC, Hb normal") is left to the later
    reading too: what a result names needs all of it (large cells and anaemia), and a later result stands.
    ``present``: the set of ``words``, if the caller has it (a set answers at once; the list is walked)."""
    seen = words if present is None else present
    if WORRY_WORDS.isdisjoint(seen) and "?" not in seen and not any(i.finding.evidence_id in tests for i in read):
        return read
    denied: dict[str, list[ReadFinding]] = {}  # id -> its absent readings about the person now
    for item in read:
        if item.assertion is _ABSENT and item.subject is _SELF and item.time is _CURRENT:
            denied.setdefault(item.finding.evidence_id, []).append(item)
    kept: list[ReadFinding] = []
    for item in read:
        if item.assertion is not _PRESENT or item.subject is not _SELF or item.finding.evidence_id in red_flags:
            kept.append(item)
        elif _checked_later(words, segments, item, denied.get(item.finding.evidence_id, ()), tests):
            continue
        elif _taken_back(words, segments, item):
            kept.append(item._replace(assertion=_ABSENT, time=_CURRENT))
        else:
            kept.append(item)
    return kept


def _worried(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    """A worry or belief before the finding in its sentence, or a sentence asked as a question."""
    first, last = segments.sentence_bounds[segments.sentence[item.finding.first]]
    return words[last] == "?" or not WORRY_WORDS.isdisjoint(words[first : item.finding.first])


def _checked_later(
    words: Sequence[str],
    segments: Segments,
    item: ReadFinding,
    denials: Sequence[ReadFinding],
    tests: Collection[str],
) -> bool:
    clause, sentence = segments.clause[item.finding.last], segments.sentence[item.finding.last]
    if item.finding.evidence_id in tests:  # a result and its other half, read side by side: in one sentence
        denials = [denial for denial in denials if segments.sentence[denial.finding.first] == sentence]
    elif not _worried(words, segments, item):
        return False
    return any(
        denial.finding.first > item.finding.last
        and segments.clause[denial.finding.first] != clause
        and denial.body_site in (None, item.body_site)
        for denial in denials
    )


def _taken_back(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    """A mistaken belief in the finding's clause, and a correction after the finding in its sentence."""
    last = segments.sentence_bounds[segments.sentence[item.finding.first]][1]
    after = item.finding.last + 1
    corrections = CORRECTIONS.positions(words[after : last + 1])
    if not corrections:
        return False
    clause_first, clause_last = segments.clause_bounds[segments.clause[item.finding.first]]
    return MISTAKEN_BELIEFS.occur_in(words[clause_first : min(clause_last + 1, after + corrections[0][0])])
