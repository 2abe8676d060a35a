"""Warning signs named in a language the tool cannot read: a small, honest screen, never a reading.

The parser reads English only. When text does not look like English, a stroke, chest pain, not being able
to breathe or thoughts of suicide told in Spanish, Portuguese, Polish, Romanian or French (the commonest
other languages of UK and US traffic written in Latin letters) must still reach the warning-sign advice.
These are fixed phrases of each language's plain words for those emergencies, matched after accents are
taken off, and skipped after a denial word of that language ("no tiene dolor de pecho"). They raise triage
only: they are never evidence, so they never change the scores or the leaning.
"""

from __future__ import annotations

import re
import unicodedata

from symptom_overlap.domain.other_scripts import warning_signs_named_in_other_scripts

# evidence id -> phrases, written without accents ("cayo", "pecho"); "l" for the Polish letter with a stroke.
PHRASES: dict[str, tuple[str, ...]] = {
    "stroke_signs": (
        # Spanish
        "boca torcida", "cara torcida", "boca de lado", "boca de un lado", "cara de un lado", "se le cayo la boca",
        "se le cayo la cara", "se me cayo la boca", "no puede hablar", "no puede levantar el brazo",
        "no puede mover el brazo", "no le salen las palabras", "no le salen bien las palabras", "habla raro",
        "arrastra las palabras", "derrame cerebral", "ictus", "paralisis facial",
        # Portuguese
        "boca torta", "cara torta", "rosto torto", "nao consegue falar", "nao consegue levantar o braco",
        "nao consegue mexer o braco", "fala enrolada", "derrame", "avc",
        # Polish
        "udar", "udaru", "opadniety kacik ust", "krzywa twarz", "belkotliwa mowa", "nie moze mowic",
        "nie moze podniesc reki",
        # Romanian
        "accident vascular", "gura stramba", "fata stramba", "nu poate vorbi", "nu poate ridica mana",
        "nu poate misca bratul",
        # French
        "bouche de travers", "visage de travers", "bouche tordue", "ne peut plus parler", "ne peut pas parler",
        "ne peut plus lever le bras", "accident vasculaire",
    ),
    "chest_pain": (
        "dolor de pecho", "dolor en el pecho", "opresion en el pecho", "presion en el pecho", "me duele el pecho",
        "le duele el pecho", "ataque al corazon",
        "dor no peito", "aperto no peito", "ataque cardiaco",
        "bol w klatce", "zawal serca",
        "durere in piept", "dureri in piept",
        "douleur dans la poitrine", "douleur thoracique", "mal a la poitrine", "crise cardiaque",
    ),
    "breathless_at_rest": (
        "no puede respirar", "no puedo respirar", "le falta el aire", "me falta el aire", "labios morados",
        "nao consegue respirar", "nao consigo respirar", "labios roxos",
        "nie moze oddychac", "nie moge oddychac",
        "nu poate respira", "nu pot respira",
        "ne peut plus respirer", "ne peut pas respirer", "peux pas respirer", "peux plus respirer",
        "arrive pas a respirer", "arrive plus a respirer", "levres bleues",
    ),
    "suicidal_thoughts": (
        "quiero morir", "quiero morirme", "quitarme la vida", "suicidarme", "no quiero vivir",
        "quero morrer", "tirar a minha vida", "me matar", "me suicidar",
        "chce umrzec", "zabic sie", "samobojstwo",
        "vreau sa mor", "sa ma omor", "sa ma sinucid",
        "envie de mourir", "me suicider", "mettre fin a mes jours",
    ),
}  # fmt: skip
# A denial just before a phrase ("no tiene dolor de pecho", "sem dor no peito", "nie ma bolu"): skipped.
DENIALS = frozenset(
    {"no", "sin", "nunca", "ni", "tampoco", "nao", "sem", "nem", "nie", "bez", "brak", "nu", "fara", "niciodata",
     "pas", "sans", "jamais", "aucun", "aucune"}
)  # fmt: skip
DENIAL_REACH = 3  # words before a phrase in which a denial stands
WORD = re.compile(r"[^\W\d_]+")
CLAUSE_BREAK = re.compile(r"[.,;:!?\n]")


def _plain(text: str) -> str:
    """Case folded, accents taken off ("cayó" is "cayo"), and the Polish "ł" written "l"."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _evidence_id, _phrases in PHRASES.items():
    for _phrase in _phrases:
        _words = tuple(_phrase.split())
        _BY_FIRST.setdefault(_words[0], []).append((_words, _evidence_id))


def warning_signs_named(text: str) -> frozenset[str]:
    """The red-flag ids whose plain words, in one of the languages above or of other_scripts.py, the text says
    and does not deny (a denial counts in its own clause: "nu mai pot, vreau sa mor" is no denial of the wish)."""
    named: set[str] = set()
    for clause in CLAUSE_BREAK.split(_plain(text)):
        words = WORD.findall(clause)
        for index, word in enumerate(words):
            for phrase, evidence_id in _BY_FIRST.get(word, ()):
                if tuple(words[index : index + len(phrase)]) != phrase:
                    continue
                if DENIALS.isdisjoint(words[max(0, index - DENIAL_REACH) : index]):
                    named.add(evidence_id)
    return frozenset(named) | warning_signs_named_in_other_scripts(text)
