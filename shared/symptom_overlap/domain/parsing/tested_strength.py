"""A weakness only felt, which the person's own test then finds strong, is in doubt.

"I can't shake the feeling my arms are getting weak, but I can still open jars and carry the shopping": the
feeling is told, and what the person goes on to say they can still do with that limb tells against it. Health
anxiety often takes this shape (docs/parsing.md), and read as weakness it leans a worried person towards ALS.
The felt weakness becomes uncertain, so the service asks; the person's own "my grip is fine" stands as said (a
doctor's "your strength is normal" is another's finding, beside which a felt symptom stays).

Only a weakness said as a feeling ("feel", "seems", "think") and only a test said after it count: "my hand is
weak, I can still write" and "I can still walk, but my legs feel weak" keep the weakness. A task kept with a
limit ("I can still walk but only to the shop") is no test passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.clauses import Segments
from symptom_overlap.domain.parsing.findings import Assertion, ReadFinding, Subject, TimeFrame

_PRESENT, _ABSENT, _UNCERTAIN = Assertion.PRESENT, Assertion.ABSENT, Assertion.UNCERTAIN
_SELF, _CURRENT = Subject.SELF, TimeFrame.CURRENT

FEELING = frozenset({"feel", "feels", "feeling", "seem", "seems", "think", "convinced", "sense", "imagine"})
REPORTED = frozenset({"says", "said", "told", "tells", "thinks", "reckons", "found"})
STILL = frozenset({"still", "stil"})
ABLE = frozenset({"can", "able"})
TEST_WORDS = frozenset({"test", "tested", "testing", "check", "checked", "checking", "try", "tried"})
PASSED = frozenset({"fine", "ok", "okay", "normally", "easily", "easy", "perfectly"})  # after a task: a test passed
WHOLE = frozenset({"everything", "anything"})  # "I can do everything": every task
# Words between the ability and the task that hold it back: "I can barely lift", "can only walk".
HELD_BACK = frozenset({"not", "barely", "hardly", "only", "just", "never", "no", "t", "scarcely"})
TASK_REACH = 4  # most tokens from "can still" to the task: "can still easily open", "still able to lift"
LIMIT_REACH = 4  # most tokens after the task in which a limit may stand
# Words that end the search for a task: "I can still feel everything" tests sensation, not strength.
NO_LIMB_TASK = frozenset(
    {"feel", "see", "hear", "taste", "smell", "talk", "speak", "swallow", "breathe", "remember", "eat", "drink"}
)
LIMITS = frozenset({"but", "only", "just", "barely", "hardly", "slower", "slowly", "struggle", "although", "though"})

HAND, LEG = "hand_weakness", "leg_weakness"
# What a hand or a leg does, so that "I can still walk" tests the legs and not the hands.
TASKS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("open", "carry", "grip", "hold", "write", "type", "squeeze", "unscrew", "button", "buttons", "pick", "throw",
         "chop", "knit", "sew", "brush", "push", "pull", "hang", "jars", "jar", "shopping"),
        frozenset({HAND}),
    ),
    **dict.fromkeys(
        ("walk", "run", "jog", "climb", "hike", "cycle", "bike", "stand", "squat", "jump", "dance", "kick", "stairs"),
        frozenset({LEG}),
    ),
    **dict.fromkeys(("exercise", "train", "lift", "everything", "anything"), frozenset({HAND, LEG})),
}  # fmt: skip


def felt_weakness_tested(
    words: Sequence[str], segments: Segments, read: list[ReadFinding], present: AbstractSet[str]
) -> list[ReadFinding]:
    """The readings, with a felt limb weakness uncertain when a later test of that limb passed: a task the person
    can still do with it, or their own denial of the same weakness."""
    if FEELING.isdisjoint(present):
        return read
    felt = [index for index, item in enumerate(read) if _felt_weakness(words, segments, item)]
    if not felt:
        return read
    denied_at: dict[str, int] = {}  # evidence id -> where the person's own last denial of it stands
    for item in read:
        if (
            item.assertion is _ABSENT
            and item.subject is _SELF
            and item.time is _CURRENT
            and not _told_by_another(words, segments, item.finding.first)
        ):
            evidence_id = item.finding.evidence_id
            denied_at[evidence_id] = max(item.finding.first, denied_at.get(evidence_id, -1))
    tested = _tasks_kept(words, segments) if not ABLE.isdisjoint(present) else []
    doubted = {
        index
        for index in felt
        if denied_at.get(read[index].finding.evidence_id, -1) > read[index].finding.last
        or any(at > read[index].finding.last and read[index].finding.evidence_id in limbs for at, limbs in tested)
    }
    return [item._replace(assertion=_UNCERTAIN) if index in doubted else item for index, item in enumerate(read)]


def _told_by_another(words: Sequence[str], segments: Segments, index: int) -> bool:
    """A denial someone else told ("the doctor says my strength is normal") is theirs, not the person's own test: a
    symptom the person feels stays beside another's normal finding (docs/parsing.md)."""
    first, last = segments.sentence_bounds[segments.sentence[index]]
    return not REPORTED.isdisjoint(words[first : last + 1])


def _felt_weakness(words: Sequence[str], segments: Segments, item: ReadFinding) -> bool:
    finding = item.finding
    if not (
        item.assertion is _PRESENT
        and item.subject is _SELF
        and item.time is _CURRENT
        and finding.evidence_id in (HAND, LEG)
    ):
        return False
    clause_first = segments.clause_bounds[segments.clause[finding.first]][0]
    return not FEELING.isdisjoint(words[clause_first : finding.last + 1])


def _tasks_kept(words: Sequence[str], segments: Segments) -> list[tuple[int, frozenset[str]]]:
    """Where the text says a task can be done as a test passed, and the limbs it tests: "I can still open jars",
    "when I test myself I can carry the shopping", "I can lift it fine", "I can do everything"."""
    kept = []
    for index, word in enumerate(words):
        if word not in ABLE:
            continue
        for at in range(index + 1, min(index + 1 + TASK_REACH, len(words))):
            if words[at] in NO_LIMB_TASK or words[at] in HELD_BACK:
                break
            limbs = TASKS.get(words[at])
            if limbs is None:
                continue
            after = words[at + 1 : at + 1 + LIMIT_REACH]
            if LIMITS.isdisjoint(after) and (
                words[at] in WHOLE
                or _still_beside(words, index)
                or _tested_before(words, segments, index)
                or not PASSED.isdisjoint(after)
            ):
                kept.append((at, limbs))
            break
    return kept


def _still_beside(words: Sequence[str], index: int) -> bool:
    return (index > 0 and words[index - 1] in STILL) or (index + 1 < len(words) and words[index + 1] in STILL)


def _tested_before(words: Sequence[str], segments: Segments, index: int) -> bool:
    """A test named earlier in the ability's sentence: "when I test myself I can ..."."""
    sentence_first = segments.sentence_bounds[segments.sentence[index]][0]
    return not TEST_WORDS.isdisjoint(words[sentence_first:index])
