"""Would a learned filter over the parser's findings carry over to text it was not trained on?

    .venv/bin/python -m tests.blind_corpus.filter_experiment

An experiment, not part of the service (docs/decisions.md, "A learned filter over the parser's findings").
Development part only: for each blind round in turn, a logistic regression is trained on the other rounds'
findings (is this reading the label?) from words around it and the whole phrase, then drops the held-back
round's readings it scores below a threshold, never a present warning sign. Prints precision and recall of the
held-back rounds together, with no filter and at each threshold.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from typing import NamedTuple

from kbtool.source import load_knowledge_base
from symptom_overlap.domain.parsing import parse_text
from tests.blind_corpus.corpus import load_phrases_by_round, red_flag_ids, split_phrases
from tests.parse_corpus.corpus import Phrase

WORD = re.compile(r"[a-z']+")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
EPOCHS, RATE, DECAY = 8, 0.1, 1e-4
CONTEXT_CHARACTERS, CONTEXT_WORDS = 40, 5


class Reading(NamedTuple):
    phrase: int  # index into the development phrases
    round: int
    evidence_id: str
    state: str
    features: frozenset[str]
    correct: bool


def readings(phrases: list[Phrase], round_of: dict[str, int]) -> list[Reading]:
    knowledge_base = load_knowledge_base()
    found = []
    for index, phrase in enumerate(phrases):
        text = phrase.text.lower()
        now = {f.id: f for f in parse_text(phrase.text, knowledge_base) if f.subject.value == "self"}
        now = {i: f for i, f in now.items() if f.time.value == "current"}
        everywhere = {f"w={w}" for w in WORD.findall(text)}
        for evidence_id, finding in now.items():
            state = finding.assertion.value
            start, end = finding.span
            before = WORD.findall(text[max(0, start - CONTEXT_CHARACTERS) : start])[-CONTEXT_WORDS:]
            after = WORD.findall(text[end : end + CONTEXT_CHARACTERS])[:CONTEXT_WORDS]
            matched = WORD.findall(finding.matched.lower())
            features = {f"id={evidence_id}", f"id|state={evidence_id}|{state}", f"findings={min(len(now), 5)}"}
            features |= {f"m={w}" for w in matched} | {f"id|m={evidence_id}|{w}" for w in matched}
            features |= {f"before={w}|{state}" for w in before} | {f"after={w}|{state}" for w in after}
            correct = phrase.expect.get(evidence_id) == state
            found.append(
                Reading(index, round_of[phrase.text], evidence_id, state, frozenset(features | everywhere), correct)
            )
    return found


def train(examples: list[Reading]) -> dict[str, float]:
    weights: defaultdict[str, float] = defaultdict(float)
    shuffled = list(examples)
    random.Random(1).shuffle(shuffled)
    for _ in range(EPOCHS):
        for example in shuffled:
            gradient = _probability(weights, example.features) - example.correct
            for feature in (*example.features, "bias"):
                weights[feature] -= RATE * (gradient + DECAY * weights[feature])
    return weights


def _probability(weights: dict[str, float], features: frozenset[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in features) + weights.get("bias", 0.0)
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def counts(phrases: list[Phrase], kept: dict[int, dict[str, str]], indices: set[int]) -> Counter[str]:
    tally: Counter[str] = Counter()
    for index in indices:
        expected, found = phrases[index].expect, kept.get(index, {})
        true_positives = sum(found.get(i) == s for i, s in expected.items())
        tally["tp"] += true_positives
        tally["fp"] += sum(expected.get(i) != s for i, s in found.items())
        tally["fn"] += len(expected) - true_positives
    return tally


def main() -> None:
    development, _ = split_phrases()
    round_of = {p.text: r for r, phrases in load_phrases_by_round().items() for p in phrases}
    warning_signs = red_flag_ids(load_knowledge_base())
    found = readings(development, round_of)
    totals: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for held_back in sorted({r.round for r in found}):
        test = [r for r in found if r.round == held_back]
        weights = train([r for r in found if r.round != held_back])
        indices = {i for i, p in enumerate(development) if round_of[p.text] == held_back}
        for threshold in (0.0, *THRESHOLDS):
            kept: defaultdict[int, dict[str, str]] = defaultdict(dict)
            for r in test:
                warning = r.evidence_id in warning_signs and r.state == "present"
                if warning or _probability(weights, r.features) >= threshold:
                    kept[r.phrase][r.evidence_id] = r.state
            totals["no filter" if threshold == 0.0 else f"threshold {threshold}"] += counts(development, kept, indices)
    for name, tally in totals.items():
        precision = tally["tp"] / (tally["tp"] + tally["fp"])
        recall = tally["tp"] / (tally["tp"] + tally["fn"])
        print(f"{name:<14} precision {precision:.3f}  recall {recall:.3f}  ({tally['fp']} false, {tally['fn']} missed)")


if __name__ == "__main__":
    main()
