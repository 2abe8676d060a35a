"""Turns a person's own words into evidence, driven by the knowledge base's synonyms.

Steps: split into words (keeping positions), find the longest known phrase at each position
(inflections meet through stems, misspellings through the lexicon's fuzzy index; function words are
ignored and up to two other words may stand between a phrase's words within a clause), read
"my balance is fine"-style statements, then decide which findings are negated or uncertain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from symptom_overlap.domain.evidence import EvidenceState
from symptom_overlap.domain.parsing.lexicon import STOPWORDS, Lexicon, lexicon_for, match_key
from symptom_overlap.domain.parsing.negation import NEGATION_CUES, Span, negated_and_uncertain
from symptom_overlap.domain.parsing.tokens import Token, stem, tokenize
from symptom_overlap.knowledge.models import KnowledgeBase

MAX_GAP = 2  # other words allowed between two words of one phrase
LIST_BREAKS = frozenset({"or", "nor"})
FINE = frozenset(
    {
        "fine", "normal", "ok", "okay", "good", "alright", "unaffected", "perfect", "great", "intact", "strong",
        "negative", "downgoing", "stable", "steady",
    }
)  # fmt: skip
LINKING = frozenset(
    {"is", "are", "was", "were", "feels", "feel", "seems", "seem", "has", "have", "been", "remains", "within", "stayed"}
)
TROUBLE = frozenset({stem(word) for word in ("trouble", "problems", "difficulty", "issues")})


class ParsedEvidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    state: EvidenceState
    span: tuple[int, int]
    matched: str


@dataclass(frozen=True)
class _Finding:
    evidence_ids: tuple[str, ...]
    tokens: Span
    absent: bool = False  # already known to be absent ("my balance is fine")


def parse_text(text: str, knowledge_base: KnowledgeBase) -> list[ParsedEvidence]:
    """Evidence found in ``text``; spans are ``[start, end)`` character offsets into it."""
    tokens = tokenize(text)
    if not tokens:
        return []  # before the lexicon, which costs a first request tens of milliseconds to build
    lexicon = lexicon_for(knowledge_base)
    keys_by_word: dict[str, frozenset[str]] = {}  # words repeat; each is looked up once
    keys = [
        keys_by_word.get(token.word) or keys_by_word.setdefault(token.word, _keys(token, lexicon)) for token in tokens
    ]
    findings = _phrases(tokens, keys, lexicon) + _normal_statements(tokens, keys, lexicon)
    negated, uncertain = negated_and_uncertain(tokens, [finding.tokens for finding in findings])
    found: dict[str, ParsedEvidence] = {}
    for index, finding in enumerate(findings):
        if index in uncertain:
            continue
        state = EvidenceState.ABSENT if finding.absent or index in negated else EvidenceState.PRESENT
        start, end = tokens[finding.tokens.first].start, tokens[finding.tokens.last].end
        for evidence_id in finding.evidence_ids:
            previous = found.get(evidence_id)
            # A present mention outweighs a negated one for the same id.
            if previous is None or (previous.state is EvidenceState.ABSENT and state is EvidenceState.PRESENT):
                found[evidence_id] = ParsedEvidence(
                    id=evidence_id, state=state, span=(start, end), matched=text[start:end]
                )
    return sorted(found.values(), key=lambda item: (item.span, item.id))


def _keys(token: Token, lexicon: Lexicon) -> frozenset[str]:
    """What a token can stand for: its own match key, and that of the word it misspells, if any."""
    corrected = lexicon.correct(token.word)
    return frozenset({match_key(token.word), match_key(corrected)} if corrected else {match_key(token.word)})


def _phrases(tokens: Sequence[Token], keys: Sequence[frozenset[str]], lexicon: Lexicon) -> list[_Finding]:
    """Longest known phrase at each position, left to right, without overlaps."""
    findings = []
    index = 0
    while index < len(tokens):
        match = _longest_match(tokens, keys, lexicon, index)
        if match is None:
            index += 1
            continue
        evidence_ids, last, negated = match
        findings.append(_Finding(evidence_ids, Span(index, last), absent=negated))
        index = last + 1
    return findings


def _longest_match(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], lexicon: Lexicon, start: int
) -> tuple[tuple[str, ...], int, bool] | None:
    """The phrase with the most words matching from ``start``; among equals, the tightest."""
    best: tuple[int, int, tuple[str, ...]] | None = None  # (words, -span, evidence ids)
    best_last, best_negated = start, False
    for key in keys[start]:
        for phrase in lexicon.phrases_by_first_stem.get(key, ()):
            matched = _match_from(tokens, keys, phrase.stems, start, lexicon.single_word_keys)
            if matched is None:
                continue
            last, negated = matched
            candidate = (len(phrase.stems), start - last, phrase.evidence_ids)
            if best is None or candidate[:2] > best[:2]:
                best, best_last, best_negated = candidate, last, negated
    return None if best is None else (best[2], best_last, best_negated)


def _match_from(
    tokens: Sequence[Token],
    keys: Sequence[frozenset[str]],
    stems: tuple[str, ...],
    start: int,
    findings_alone: frozenset[str] = frozenset(),
) -> tuple[int, bool] | None:
    """(index of the last token, whether a negation stands inside) if ``stems`` match from ``start``.

    Within one clause, function words between a phrase's words are skipped, and at most MAX_GAP
    other words; a negation word inside ("speech is not slurred") makes the finding absent.
    """
    if stems[0] not in keys[start]:
        return None
    position = start
    negated = False
    for wanted in stems[1:]:
        gap = 0
        position += 1
        while True:
            if position >= len(tokens) or tokens[position].ends_clause or tokens[position].is_comma:
                return None
            if wanted in keys[position]:
                break
            word = tokens[position].word
            # "cramps or weakness in my legs", "numbness and tingling in my feet": two findings
            if word in LIST_BREAKS or keys[position] & findings_alone:
                return None
            negated = negated or word in NEGATION_CUES
            if word not in STOPWORDS:
                gap += 1
                if gap > MAX_GAP:
                    return None
            position += 1
    return position, negated


def _normal_statements(tokens: Sequence[Token], keys: Sequence[frozenset[str]], lexicon: Lexicon) -> list[_Finding]:
    """'my balance is fine', 'speech and swallowing are normal', 'no trouble with swallowing'.

    The evidence of each function named is absent.
    """
    terms = []
    for start in range(len(tokens)):
        for key in keys[start]:
            for stems, evidence_ids in lexicon.normal_terms_by_first_key.get(key, ()):
                matched = _match_from(tokens, keys, stems, start)
                if matched is not None:
                    terms.append(_Finding(evidence_ids, Span(start, matched[0]), absent=True))
    terms.sort(key=lambda finding: finding.tokens.first)
    return [term for term in terms if _said_fine(tokens, terms, term) or _said_no_trouble(tokens, term)]


def _said_fine(tokens: Sequence[Token], terms: Sequence[_Finding], term: _Finding) -> bool:
    """The term, possibly followed by more terms joined by 'and' or commas, then 'is/are … fine'."""
    other_term_tokens = {i for t in terms for i in range(t.tokens.first, t.tokens.last + 1)}
    position = term.tokens.last + 1
    while position < len(tokens) and (
        position in other_term_tokens
        or tokens[position].word in {"and", ",", ":"}
        or tokens[position].word in STOPWORDS
    ):
        if tokens[position].word in LINKING:
            break
        position += 1
    following = [token.word for token in tokens[position : position + 4]]
    if following and following[0] in FINE:  # "B12 normal", "grip strength normal"
        return True
    return bool(following) and following[0] in LINKING and any(word in FINE for word in following[1:])


def _said_no_trouble(tokens: Sequence[Token], term: _Finding) -> bool:
    before = tokens[max(0, term.tokens.first - 4) : term.tokens.first]
    return any(token.stem in TROUBLE for token in before) and any(token.word in NEGATION_CUES for token in before)
