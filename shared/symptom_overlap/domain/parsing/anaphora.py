"""'it' for a diagnosis named before it: in "I was diagnosed with ALS. My mum had it too." the mother had ALS.

Only after a blood relative and a verb of having or dying ("my cousin had it", "her dad died of it"), so that
"my GP checked it" or "I had it tested" stay as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from symptom_overlap.domain.parsing.subject import BLOOD_KIN, KIN_FORMS
from symptom_overlap.domain.parsing.tokens import Token

HAVING = frozenset({"had", "has", "have", "got", "gets", "getting", "having"})
DYING = frozenset({"died", "dying", "passed"})
OF = frozenset({"of", "from", "with"})


def diagnoses_referred_to(
    tokens: Sequence[Token], keys: Sequence[frozenset[str]], names: Collection[str]
) -> list[frozenset[str]]:
    """The keys, with such an "it" read as the diagnosis named last before it."""
    resolved = list(keys)
    named = None
    for index, token in enumerate(tokens):
        if token.word in names:
            named = index
        elif token.word == "it" and named is not None and _relative_had(tokens, index):
            resolved[index] = keys[named]
    return resolved


def _relative_had(tokens: Sequence[Token], index: int) -> bool:
    before = [token.word for token in tokens[max(0, index - 3) : index]]
    if before[-1:] and before[-1] in HAVING:
        person = before[-2:-1]
    elif len(before) >= 2 and before[-2] in DYING and before[-1] in OF:
        person = before[-3:-2]
    else:
        return False
    return bool(person) and KIN_FORMS.get(person[0]) in BLOOD_KIN
