"""Statements that a function is fine: 'my balance is fine', 'speech and swallowing are normal',
'no trouble with swallowing', 'I can still swallow'. The evidence of each function named is absent.
Of terms over the same words the longest counts: 'grip strength normal' speaks of the hands only."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from symptom_overlap.domain.parsing.assertion import NEGATION_CUES
from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.lexicon import STOPWORDS, Lexicon
from symptom_overlap.domain.parsing.matching import match_from, starts
from symptom_overlap.domain.parsing.tokens import Token, stem

FINE = frozenset(
    {
        "fine", "normal", "ok", "okay", "good", "alright", "unaffected", "perfect", "great", "intact", "strong",
        "negative", "downgoing", "stable", "steady", "clear", "unremarkable", "preserved", "safe", "symmetrical",
        "symmetric", "sharp", "spared", "better", "clean", "comfortably", "easily", "normally",
    }
)  # fmt: skip
# "strong reflexes" are brisk ones
REFLEX_STEMS = frozenset({"reflex", "reflexe", "jerk"})
NOT_FINE_FOR_REFLEXES = frozenset({"strong", "good", "great"})
LINKING = frozenset(
    {
        "is", "are", "was", "were", "feels", "feel", "seems", "seem", "has", "have", "been", "remains", "within",
        "stayed", "looks", "look", "sounds", "sound", "still", "perfectly", "totally", "completely", "absolutely",
        "pretty", "quite", "all", "as",
    }
)  # fmt: skip
TROUBLE = frozenset({stem(word) for word in ("trouble", "problems", "difficulty", "issues", "probs")})
BETWEEN_TERMS = frozenset({"and", ",", ":", "?"})
ABLE = frozenset({"can", "could"})
ABLY = frozenset(
    {"fine", "ok", "okay", "normally", "properly", "well", "everything", "anything", "no", "without", "and"}
)


def normal_statements(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    lexicon: Lexicon,
    positions: Mapping[str, list[int]],
    places: Collection[int] = (),
) -> list[Finding]:
    """Terms said to be fine; the words of body sites may stand between ("feeling down below is normal")."""
    terms = []
    for start in starts(positions, lexicon.normal_terms_by_first_key.keys()):
        for key in keys[start]:
            for stems, evidence_ids in lexicon.normal_terms_by_first_key.get(key, ()):
                matched = match_from(tokens, keys, stems, start)
                if matched is not None:
                    terms += [Finding(evidence_id, start, matched[0], absent=True) for evidence_id in evidence_ids]
    terms = _longest(terms)
    taken = {i for term in terms for i in range(term.first, term.last + 1)} | set(places)
    return [
        term
        for term in terms
        if _said_fine(tokens, taken, term) or _said_no_trouble(tokens, term) or _said_able(tokens, term)
    ]


def denied_terms(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    terms: Mapping[str, Sequence[tuple[tuple[str, ...], tuple[str, ...]]]],
    positions: Mapping[str, list[int]],
) -> list[Finding]:
    """Terms that say an evidence is absent when denied ("no weakness"), and nothing otherwise: they are
    kept only if the assertion rules find them denied."""
    found = []
    for start in starts(positions, terms.keys()):
        for key in keys[start]:
            for stems, evidence_ids in terms.get(key, ()):
                last = start + len(stems) - 1
                if last < len(tokens) and all(stems[i] in keys[start + i] for i in range(1, len(stems))):
                    found += [Finding(evidence_id, start, last, denial_only=True) for evidence_id in evidence_ids]
    return found


def _longest(terms: list[Finding]) -> list[Finding]:
    """Terms not lying inside a longer one."""
    terms.sort(key=lambda term: (term.first, term.first - term.last))
    kept: list[Finding] = []
    for term in terms:
        inside = any(
            other.first <= term.first
            and term.last <= other.last
            and (other.first, other.last) != (term.first, term.last)
            for other in kept
        )
        if not inside:
            kept.append(term)
    return kept


def _said_able(tokens: Sequence[Token], term: Finding) -> bool:
    """'I can swallow fine', 'she can still lie flat', 'able to swallow everything' (but not 'I can feel
    my heart racing': the ability must be all that is said)."""
    before = [token.word for token in tokens[max(0, term.first - 3) : term.first]]
    able = bool(before) and (before[-1] in ABLE or before[-2:] in (["can", "still"], ["still", "able"], ["able", "to"]))
    following = tokens[term.last + 1] if term.last + 1 < len(tokens) else None
    return able and (following is None or following.ends_clause or following.is_comma or following.word in ABLY)


def _said_fine(tokens: Sequence[Token], taken: set[int], term: Finding) -> bool:
    if any(tokens[i].stem in REFLEX_STEMS for i in range(term.first, term.last + 1)):
        return _said(tokens, taken, term, FINE - NOT_FINE_FOR_REFLEXES)
    return _said(tokens, taken, term, FINE)


def _said(tokens: Sequence[Token], taken: set[int], term: Finding, fine: frozenset[str]) -> bool:
    """The term, possibly followed by more terms joined by 'and' or commas, then 'is/are … fine'."""
    position = term.last + 1
    while position < len(tokens) and (
        position in taken or tokens[position].word in BETWEEN_TERMS or tokens[position].word in STOPWORDS
    ):
        if tokens[position].word in LINKING:
            break
        position += 1
    following = [token.word for token in tokens[position : position + 4]]
    if following and following[0] in fine:  # "B12 normal", "grip strength normal"
        return True
    if not following or following[0] not in LINKING:
        return False
    for word in following[1:]:
        if word in NEGATION_CUES:  # "my balance is not good"
            return False
        if word in fine:
            return True
    return False


def _said_no_trouble(tokens: Sequence[Token], term: Finding) -> bool:
    before = tokens[max(0, term.first - 4) : term.first]
    return any(token.stem in TROUBLE for token in before) and any(token.word in NEGATION_CUES for token in before)
