"""Symptom words in an everyday sense that the words beside them fix: a "pale ale" is a beer, "drooling over the
cakes" is wanting them, "weak at the knees" and "twitchy waiting for the results" are feelings, and "I drink a lot
of coffee" tells of no alcohol. A finding whose own words take such a sense is dropped."""

from __future__ import annotations

from collections.abc import Sequence

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.sequences import WordSequences

EVERYDAY = WordSequences(
    {("pale", ale) for ale in ("ale", "ales", "lager", "lagers")}
    | {(drool, at) for drool in ("drool", "drools", "drooling", "drooled") for at in ("over",)}
    | {(weak, "at", "the", "knees") for weak in ("weak", "wobbly", "jelly")}
    | {("twitchy", about) for about in ("about", "watching", "waiting", "before")}
    | {("twitchy", "and", mood) for mood in ("jumpy", "nervous", "anxious", "on", "edgy", "restless")}
)  # fmt: skip
ALCOHOL = "heavy_alcohol_use"
DRINK_REACH = 5  # words after a finding's first word that may name what is drunk
# What is drunk, when not alcohol: "drinks a lot of energy drinks", "I drink much coffee".
SOFT_DRINKS = frozenset(
    {"coffee", "coffees", "tea", "teas", "water", "energy", "cola", "coke", "pop", "juice", "juices", "squash",
     "fizzy", "milk", "espresso", "espressos", "latte", "lattes", "soda", "sodas", "smoothies", "lucozade",
     "monster", "caffeine", "decaf", "cuppas", "brews"}
)  # fmt: skip
CLAUSE_ENDS = frozenset({",", ".", ";", "!", "?", "but"})
ALCOHOL_WORDS = frozenset(
    {"alcohol", "booze", "wine", "beer", "beers", "lager", "spirits", "whisky", "whiskey", "vodka", "gin", "cider",
     "rum", "pint", "pints", "cans", "shots", "units", "bottle", "bottles"}
)  # fmt: skip


def without_everyday_senses(words: Sequence[str], findings: list[Finding]) -> list[Finding]:
    everyday = {i for start, sequence in EVERYDAY.positions(words) for i in range(start, start + len(sequence))}
    soft_drinks = not SOFT_DRINKS.isdisjoint(words)
    if not everyday and not soft_drinks:
        return findings
    return [
        finding
        for finding in findings
        if everyday.isdisjoint(finding.own_tokens())
        and not (soft_drinks and finding.evidence_id == ALCOHOL and _soft_drink(words, finding))
    ]


def _soft_drink(words: Sequence[str], finding: Finding) -> bool:
    """Whether the first drink named from the finding on is not alcohol."""
    for word in words[finding.first : max(finding.last, finding.first + DRINK_REACH) + 1]:
        if word in ALCOHOL_WORDS or word in CLAUSE_ENDS:
            return False
        if word in SOFT_DRINKS:
            return True
    return False
