"""Whether each finding is said to be present, absent or uncertain, or only imagined.

Negation (``negation.py``, ``denied_lists.py``, ``denied_before.py``) makes findings absent; a cue inside a
finding's words negates it ("my legs aren't weak"), and so do "none", "nil" or a "No." answering a question right
after it.

Uncertainty (uncertainty.py: "not sure if", "can't tell", "maybe") makes findings uncertain.
Hypotheticals ("what if I get slurred speech") assert nothing, so their findings are dropped.

Red flags come first: a red flag that a negation reaches only from afar is uncertain rather than
absent, so that its question is still asked.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from collections.abc import Set as AbstractSet

from symptom_overlap.domain.parsing.answers import (
    YES_ANSWERS,
    doubt_answers_in,
    doubted_after,
    said_yes_after,
)
from symptom_overlap.domain.parsing.clauses import JOINERS, Segments
from symptom_overlap.domain.parsing.contrary import contrary_assertion
from symptom_overlap.domain.parsing.denied_before import (
    NOT_ONE_CUES,
    THOSE_DENIALS,
    denies_those_before,
    fronted_denial,
    last_part,
    said_before,
)
from symptom_overlap.domain.parsing.denied_lists import list_after, list_before_answer
from symptom_overlap.domain.parsing.findings import Assertion, Finding
from symptom_overlap.domain.parsing.kin_reference import relative_had
from symptom_overlap.domain.parsing.negation import (
    NEGATION_CUES,
    NEGATION_PHRASES,
    asserted_without,
    negates_at,
    negation_scope,
)
from symptom_overlap.domain.parsing.reported_questions import reported_questions
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import Token
from symptom_overlap.domain.parsing.uncertainty import (
    ASKING,
    DOUBT_PHRASES,
    DOUBT_WORDS,
    DOUBTED,
    HEDGE_PHRASES,
    HEDGES,
    IMAGINING,
    WORKING_OUT,
    after_explanation,
    asks_relevance,
    asks_what_it_is,
    cause_asked,
    complement_doubted,
    conceded_causes,
    denied_apart,
    described_before_label,
    doubt_carried_over,
    doubted_before,
    doubted_findings,
    doubts,
    has_complement,
    hedged,
    hedges,
    label_asked,
    name_doubted,
    named_after,
    names_explanation,
    others_say,
    points_back,
    same_evidence_nearby,
    second_thoughts,
    soft_denials_disputed,
)

# A symptom to come, which reaches only what follows at once: "terrified I'm going to start choking", "I'll lose my
# voice"; not "I'm going to start physio for my weak legs", whose legs are weak now.
FUTURE_FRAMES = frozenset(
    {("going", "to", "start"), ("gonna", "start"), ("gonna", "get"), ("going", "to", "lose"), ("gonna", "lose"),
     ("i'll", "lose"), ("ill", "lose"), ("will", "start")}
)  # fmt: skip
FUTURE_REACH = 2  # words between a future frame and the symptom it tells of
HYPOTHETICAL = WordSequences(
    {
        ("what", "if"), ("in", "case"), ("will", "i", "get"), ("i'll", "get"), ("ill", "get"), ("i'll", "end"),
        ("i'll", "start"), ("going", "to", "get"), ("afraid", "of", "getting"), ("scared", "of", "getting"),
        ("worried", "about", "getting"), ("if", "i", "get"), ("if", "i", "ever"), ("next", "it'll"),
        ("read", "about"), ("reading", "about"), ("read", "that"), ("read", "all"), ("reading", "all"),
        ("heard", "about"), ("heard", "that"), ("talk", "about"), ("talking", "about"), ("asking", "if"),
        ("asks", "if"), ("asked", "if"), ("thinking", "about"), ("thinking", "of"), ("considering",),
        ("planning", "to"), ("next", "year"), ("going", "to", "try"), ("want", "to", "try"), ("wants", "to", "try"),
        ("looking", "for"), ("checking", "for"), ("check", "for"), ("look", "for"),
    }
    | FUTURE_FRAMES
)  # fmt: skip
# "the brain fog people talk about": others whose topic the finding named just before them is.
OTHERS_TALKING = frozenset({"people", "everyone", "everybody", "others", "folks", "you", "they", "doctors"})
# Thinking about something may be the symptom itself ("thinking about ending things"): a red flag after
# these is read as said, not imagined.
THOUGHT_FRAMES = frozenset({("thinking", "about"), ("thinking", "of"), ("considering",)})
# A thought is the symptom: a doubt of its name ("dunno if it counts as suicidal") leaves the thought described said.
THOUGHTS_NAMED = frozenset({"suicidal_thoughts"})
HELD_AGAINST_OTHERS = frozenset({"paranoia_psychosis"})
# A diagnosis named with these is feared or asked about, not made: "I'm terrified it's ALS", "do I have MND?".
FEAR = frozenset(
    {
        "scared", "afraid", "worried", "worry", "worries", "terrified", "fear", "fears", "frightened", "convinced",
        "panicking", "panic", "anxious", "anxiety", "think", "thinking", "thought", "wonder", "wondering", "could",
        "might", "maybe", "if", "whether", "suspect", "suspected", "possible", "possibly", "probable",
        "rule", "test", "tested", "testing", "checked", "reading", "read", "google", "googled", "googling",
        "symptoms", "sign", "signs", "like", "what", "would", "risk", "chance", "mimic", "mimics", "sure",
        "cause", "causes", "early", "forum", "stories", "sites",
        "paranoid", "petrified", "obsessed", "obsessing", "dread", "dreading", "freaking", "nervous", "idea",
    }
)  # fmt: skip
FEAR_REACH = 5  # words before a diagnosis in which fear or doubt makes it feared, not made
JOINING_WORDS = frozenset({"but", "and", "so", "or"})
QUESTION_STARTS = frozenset(
    {"do", "does", "is", "could", "can", "have", "has", "what", "am", "should", "might", "would"}
)
# "people keep asking if I'm ill because I look pale": the reason is said, not asked.
REASON_WORDS = frozenset({"because", "cos", "coz", "cause", "since"})
RED_FLAG_CUE_DISTANCE = 4  # beyond this, a negated red flag is uncertain instead
# Read once here: on Python 3.11 each read of an enum member passes EnumType's __getattr__ hook (about 0.1 us).
_PRESENT, _ABSENT, _UNCERTAIN = Assertion.PRESENT, Assertion.ABSENT, Assertion.UNCERTAIN


# The first words of every cue, so that most words are passed over with one lookup.
CUE_STARTS = (
    NEGATION_CUES
    | HEDGES
    | DOUBT_WORDS
    | DOUBTED
    | NEGATION_PHRASES.first_words
    | HEDGE_PHRASES.first_words
    | DOUBT_PHRASES.first_words
    | HYPOTHETICAL.first_words
    | THOSE_DENIALS
    | IMAGINING
    | ASKING
    | WORKING_OUT
)


def assertions(
    tokens: Sequence[Token],
    words: Sequence[str],
    segments: Segments,
    findings: Sequence[Finding],
    red_flags: Collection[str],
    diagnoses: Collection[str],
    denied_after_token: Callable[[int], bool],
    present: AbstractSet[str] | None = None,
) -> list[Assertion | None]:
    """Each finding's assertion, or None for a finding that is only imagined ("what if I get …", "I'm
    scared it's ALS": a diagnosis named with fear or a question is not a diagnosis made). ``denied_after_token``
    is ``denied_after`` over these words, shared with cue lookup, which has already asked it of most tokens;
    ``present``, the set of the words, if the caller has it (asked whether a word stands anywhere)."""
    seen = words if present is None else present
    # A finding's own words are not cues: "can't feel my feet", "don't want to live", "couldn't tell which way".
    covered = {index for finding in findings for index in finding.own_tokens()}
    # ... but a hedge a phrase skipped over still doubts: "my speech might be slurred".
    phrase_words = {index for finding in findings for index in finding.words or finding.own_tokens()}
    in_order = sorted(range(len(findings)), key=lambda i: (findings[i].first, findings[i].last))
    negated: dict[int, bool] = {}  # finding index -> reached only from afar
    uncertain: set[int] = set()
    label_doubted: set[int] = set()  # doubted as named: "not sure if this counts as drooling"
    imagined: set[int] = set()
    kept_from_imagined: set[int] = set()  # "I read that cramps come first. I have neither."
    for index in [index for index, word in enumerate(words) if word in CUE_STARTS]:
        if index in covered and (index in phrase_words or not hedges(words, index)):
            continue
        if (frame := HYPOTHETICAL.at(words, index)) and not _own_after(words, index + len(frame)):
            reason = _reason_after(words, segments, index)
            imagined |= {
                i
                for i in doubted_findings(segments, findings, index, own_clause_only=True) - kept_from_imagined
                if (frame not in THOUGHT_FRAMES or findings[i].evidence_id not in red_flags)
                and findings[i].first < reason
                and (frame not in FUTURE_FRAMES or findings[i].first <= index + len(frame) + FUTURE_REACH)
            }
            imagined |= _topic_before(words, findings, index) - kept_from_imagined
        elif asks_what_it_is(tokens, segments, index):
            asked = doubted_findings(segments, findings, index, own_clause_only=True)
            uncertain |= asked
            label_doubted |= asked
        elif hedges(words, index):
            # "probably nothing, but I get chest pain on the stairs": the hedge weighs what a warning sign means,
            # and does not doubt that it is there, unless its own clause doubts it too ("my bladder seems to go").
            uncertain |= hedged(tokens, findings, index) or {
                i
                for i in doubt_carried_over(tokens, segments, findings, index, hedge=True)
                if findings[i].evidence_id not in red_flags or _seems(tokens, segments, findings[i])
            }
        elif doubts(tokens, words, index):
            if has_complement(words, index):
                doubted = complement_doubted(segments, findings, cause_asked(tokens, index))
                if not doubted and points_back(tokens, index):
                    doubted = doubted_before(segments, findings, index)
                    if names_explanation(tokens, index):  # "not sure if it's an infection": the cause is asked
                        doubted = {i for i in doubted if findings[i].evidence_id not in red_flags}
                if not doubted:
                    doubted = doubt_carried_over(tokens, segments, findings, index, hedge=False)
                if (label_at := label_asked(tokens, index)) is not None:
                    # "not sure if the odd balloon counts": the red flag described is said, whether it counts asked;
                    # "dunno if it counts as suicidal": a thought's name is asked, not the thought described beside it.
                    doubted -= described_before_label(
                        findings, tokens, {i for i in doubted if findings[i].evidence_id in red_flags}, label_at
                    )
                    thought_named = {i for i in doubted if findings[i].evidence_id in THOUGHTS_NAMED}
                    uncertain |= thought_named
                    doubted -= thought_named
                if words[index] == "wonder":  # "I wonder if there's any point going on": the wondering is the thought
                    doubted = {i for i in doubted if findings[i].evidence_id not in THOUGHTS_NAMED}
                label_doubted |= doubted
            else:
                doubted = named_after(segments, findings, index)
                if not doubted and name_doubted(tokens, index) is None and not asks_relevance(tokens, index):
                    doubted = doubted_findings(segments, findings, index, own_clause_only=False)
                    doubted -= denied_apart(words, segments, findings, index)
                if after_explanation(tokens, index):  # "… even lying on the couch? maybe it's anxiety idk"
                    doubted = {i for i in doubted if findings[i].evidence_id not in red_flags}
                if words[index] in IMAGINING and others_say(words, index):
                    # "Friends say I'm imagining it": a delusion is held against others' words, not doubted by them.
                    doubted = {i for i in doubted if findings[i].evidence_id not in HELD_AGAINST_OTHERS}
            uncertain |= doubted
        elif fronted := fronted_denial(tokens, words, findings, index):
            for finding_index in fronted:
                negated.setdefault(finding_index, False)
        elif denies_those_before(tokens, words, index):
            said = said_before(segments, findings, index)
            if words[index] in NOT_ONE_CUES:  # "one" is the last thing named: "… for twitches. Not seen one."
                said = last_part(segments, findings, said)
            for finding_index in said:
                imagined.discard(finding_index)
                negated.setdefault(finding_index, True)
                kept_from_imagined.add(finding_index)
        elif negates_at(words, index):
            for finding_index, distance in negation_scope(tokens, words, segments, findings, in_order, index).items():
                negated[finding_index] = negated.get(finding_index, True) and distance > RED_FLAG_CUE_DISTANCE
    uncertain |= same_evidence_nearby(segments, findings, label_doubted, set(negated))
    uncertain |= {
        i
        for i in second_thoughts(tokens, words, segments, findings, red_flags) - set(negated)
        if not findings[i].absent or asserted_without(words, findings[i])
    }
    if uncertain and not YES_ANSWERS.isdisjoint(seen):
        uncertain = {
            i
            for i in uncertain
            if not any(said_yes_after(words, last) for last in {findings[i].last, max(findings[i].own_tokens())})
        }
    answered_with_doubt = doubt_answers_in(seen)
    for finding_index, finding in enumerate(findings):
        if answered_with_doubt and doubted_after(words, finding.last):
            uncertain.add(finding_index)
        denied_by_answer = denied_after_token(finding.last)
        if (finding.absent and not asserted_without(words, finding)) or denied_by_answer:
            negated[finding_index] = False
            if finding.absent:
                negated.update(dict.fromkeys(list_after(tokens, findings, in_order, finding_index), False))
            if denied_by_answer:
                negated.update(dict.fromkeys(list_before_answer(tokens, findings, in_order, finding_index), False))
        if finding.evidence_id in diagnoses and _feared(words, segments, finding):
            clause_first, _ = segments.clause_bounds[segments.clause[finding.first]]
            # Unsure whether a relative had it ("I think my gran had MND") is an uncertain family history.
            if relative_had(words, clause_first, finding.first, finding.last):
                uncertain.add(finding_index)
            else:
                imagined.add(finding_index)
    uncertain |= soft_denials_disputed(words, segments, findings, negated)
    # Another cause conceded explains a complaint, not a diagnosis: "I have ALS, but I'm also still working".
    uncertain |= {
        i
        for i in conceded_causes(tokens, words, segments, findings, present) - set(negated)
        if findings[i].evidence_id not in diagnoses and not findings[i].absent
    }
    uncertain |= _said_by_a_doubted_change(tokens, words, findings)
    # A warning sign someone else asked about stays as read unless the writer answers "no": a missed one costs most.
    asked_by_others, answered_no = reported_questions(words, segments, findings)
    uncertain = (uncertain | {i for i in asked_by_others if findings[i].evidence_id not in red_flags}) - answered_no
    for finding_index in answered_no:
        negated.setdefault(finding_index, False)
    result: list[Assertion | None] = []
    for finding_index, finding in enumerate(findings):
        if finding.contrary and finding_index not in imagined:
            denied = finding.absent or finding_index in negated
            result.append(contrary_assertion(words, segments, finding, denied, finding_index in uncertain))
        elif finding_index in imagined or (finding.hint and finding_index in negated):
            result.append(None)  # a denied hint says nothing: "I don't feel like a burden"
        elif finding_index in uncertain or finding.hint:
            result.append(_UNCERTAIN)
        elif finding_index in negated:
            from_afar = negated[finding_index] and finding.evidence_id in red_flags
            result.append(_UNCERTAIN if from_afar else _ABSENT)
        else:
            result.append(_PRESENT)
    return _doubts_kept(segments, findings, result)


def _said_by_a_doubted_change(tokens: Sequence[Token], words: Sequence[str], findings: Sequence[Finding]) -> set[int]:
    """ "Not sure if her memory is worse": a finding said by the very words of a worsening the writer doubts (a hint
    whose words hold a doubt) is doubted with it, though the doubt's words are the hint's own and no cue. One named
    apart from those words is not: "not sure if the numbness is spreading" still says the numbness."""
    doubted_changes = [
        frozenset(finding.own_tokens())
        for finding in findings
        if finding.hint and any(words[i] in CUE_STARTS and doubts(tokens, words, i) for i in finding.own_tokens())
    ]
    if not doubted_changes:  # most texts
        return set()
    return {
        index
        for index, finding in enumerate(findings)
        if not finding.hint and any(not change.isdisjoint(finding.own_tokens()) for change in doubted_changes)
    }


def _doubts_kept(
    segments: Segments, findings: Sequence[Finding], result: list[Assertion | None]
) -> list[Assertion | None]:
    """ "Maybe my foot is dragging? … I don't notice tripping": a plain name denied after a doubt about the same
    evidence, in that sentence or the next, leaves it in doubt."""
    if Assertion.UNCERTAIN not in result or Assertion.ABSENT not in result:
        return result
    doubted: dict[str, list[int]] = {}
    for finding, assertion in zip(findings, result, strict=True):
        if assertion is Assertion.UNCERTAIN and not finding.denial_only:
            doubted.setdefault(finding.evidence_id, []).append(segments.sentence[finding.first])
    if not doubted:
        return result
    return [
        Assertion.UNCERTAIN
        if assertion is Assertion.ABSENT
        and finding.denial_only
        and any(0 <= segments.sentence[finding.first] - s <= 1 for s in doubted.get(finding.evidence_id, ()))
        else assertion
        for finding, assertion in zip(findings, result, strict=True)
    ]


def _topic_before(words: Sequence[str], findings: Sequence[Finding], frame: int) -> set[int]:
    """ "the brain fog people talk about", "the weakness you read about": a finding named just before others
    who talk or read about it is their topic."""
    if frame < 2 or words[frame - 1] not in OTHERS_TALKING:
        return set()
    return {i for i, finding in enumerate(findings) if finding.last == frame - 2 and not finding.absent}


def _own_after(words: Sequence[str], index: int) -> bool:
    """ "got me thinking about my own calf twitches": what follows is the writer's own, not a topic."""
    return words[index : index + 2] == ["my", "own"]


def _reason_after(words: Sequence[str], segments: Segments, index: int) -> int:
    """Where a reason given for a question or a topic starts in its clause (past its end when none), or a
    new part with its own subject: in "I read that ALS starts in one hand, and now my right hand is weaker"
    the hand is said, not read about."""
    last = segments.clause_bounds[segments.clause[index]][1]
    for j in range(index + 1, last + 1):
        if words[j] in REASON_WORDS:
            return j
        if (
            words[j] in JOINERS
            and segments.part[j] != segments.part[j - 1]
            and segments.part_bounds[segments.part[j]][0] == j
        ):
            return j
    return last + 1


def _feared(words: Sequence[str], segments: Segments, finding: Finding) -> bool:
    """Fear or doubt just before it ("scared it's ALS"), or between a cue's words ("I've read that ALS"), or a
    question about it ("Could this be MND?")."""
    clause_first, _ = segments.clause_bounds[segments.clause[finding.first]]
    if any(word in FEAR for word in words[max(clause_first, finding.first - FEAR_REACH) : finding.first]):
        return True
    own = set(finding.own_tokens())
    if finding.cue and any(words[i] in FEAR for i in range(finding.first, finding.last) if i not in own):
        return True
    first, last = segments.sentence_bounds[segments.sentence[finding.first]]
    if words[last] != "?":
        return False
    # "Eye twitch for 3 weeks, is this the start of ALS?": the question may open the diagnosis's own part
    part_first = segments.part_bounds[segments.part[finding.first]][0]
    if words[part_first] in JOINING_WORDS and part_first < finding.first:
        part_first += 1
    return words[first] in QUESTION_STARTS or words[part_first] in QUESTION_STARTS


SEEMING = frozenset({"seem", "seems", "seemed", "seeming", "think", "guess", "suppose"})


def _seems(tokens: Sequence[Token], segments: Segments, finding: Finding) -> bool:
    """A finding's own clause says it only seems so: "my bladder seems to go when it pleases"."""
    first, last = segments.clause_bounds[segments.clause[finding.first]]
    return any(token.word in SEEMING for token in tokens[first : last + 1])
