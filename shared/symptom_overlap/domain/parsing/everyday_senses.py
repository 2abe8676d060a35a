"""Symptom words in an everyday sense that the words beside them fix: a "pale ale" is a beer, "drooling over the
cakes" is wanting them, "weak at the knees" and "twitchy waiting for the results" are feelings, and "I drink a lot
of coffee" tells of no alcohol. A finding whose own words take such a sense is dropped."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from symptom_overlap.domain.parsing.findings import Finding, ReadFinding
from symptom_overlap.domain.parsing.sequences import WordSequences

EVERYDAY = WordSequences(
    {("pale", ale) for ale in ("ale", "ales", "lager", "lagers")}
    | {(drool, at) for drool in ("drool", "drools", "drooling", "drooled") for at in ("over",)}
    | {(weak, "at", "the", "knees") for weak in ("weak", "wobbly", "jelly")}
    | {("twitchy", about) for about in ("about", "watching", "waiting", "before")}
    | {("twitchy", "and", mood) for mood in ("jumpy", "nervous", "anxious", "on", "edgy", "restless")}
)  # fmt: skip
ALCOHOL = "heavy_alcohol_use"
FATIGUE = "fatigue"
# A limb that tires is the limb's effort, not a whole-body tiredness: "tired legs", "my arms tire so fast".
TIRED_WORDS = frozenset({"tired", "tire", "tires", "tiring", "exhausted", "knackered", "weary"})
LIMB_WORDS = frozenset(
    {"leg", "legs", "arm", "arms", "hand", "hands", "calf", "calves", "thigh", "thighs", "feet", "fingers",
     "muscle", "muscles", "shoulders", "wrists"}
)  # fmt: skip
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
    """The findings, less those said in an everyday sense."""
    everyday_sense = _everyday_sense(words)
    return findings if everyday_sense is None else [finding for finding in findings if not everyday_sense(finding)]


def without_everyday_readings(words: Sequence[str], read: list[ReadFinding]) -> list[ReadFinding]:
    """The same for readings, for the findings derived from others ("tired legs and cramps")."""
    everyday_sense = _everyday_sense(words)
    return read if everyday_sense is None else [item for item in read if not everyday_sense(item.finding)]


def _everyday_sense(words: Sequence[str]) -> Callable[[Finding], bool] | None:
    everyday = {i for start, sequence in EVERYDAY.positions(words) for i in range(start, start + len(sequence))}
    if not TIRED_WORDS.isdisjoint(words):
        everyday |= _limb_tiredness(words)
    soft_drinks = not SOFT_DRINKS.isdisjoint(words)
    if not everyday and not soft_drinks:
        return None

    def everyday_sense(finding: Finding) -> bool:
        return not everyday.isdisjoint(finding.own_tokens()) or (
            soft_drinks and finding.evidence_id == ALCOHOL and _soft_drink(words, finding)
        )

    return everyday_sense


def _limb_tiredness(words: Sequence[str]) -> set[int]:
    """The tired words said of a limb next to them."""
    return {
        i
        for i, word in enumerate(words)
        if word in TIRED_WORDS
        and ((i > 0 and words[i - 1] in LIMB_WORDS) or (i + 1 < len(words) and words[i + 1] in LIMB_WORDS))
    }


def _soft_drink(words: Sequence[str], finding: Finding) -> bool:
    """Whether the first drink named from the finding on is not alcohol."""
    for word in words[finding.first : max(finding.last, finding.first + DRINK_REACH) + 1]:
        if word in ALCOHOL_WORDS or word in CLAUSE_ENDS:
            return False
        if word in SOFT_DRINKS:
            return True
    return False
