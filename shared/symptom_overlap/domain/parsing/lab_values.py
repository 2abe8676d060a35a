"""Blood results written as numbers: "B12 98 pmol/L", "serum B12 <100", "MCV 112 fL", "homocysteine 31".

A value is read when it follows the test's name within a few linking words ("B12 level was 142",
"B12 came back at 150 ng/L") and is not a dose ("B12 1000 mcg") or a reference range ("B12 200-900").
Only a value outside the reference range says anything: a low B12 or a raised MCV, homocysteine or MMA
is present, and so is alcohol above 14 units a week ("ETOH ~60u/wk"). A B12 between 148 and 199 without
a unit is low in ng/L but normal in pmol/L: uncertain. A B12 result of 300 or more ("my B12 level is over
1000", "B12 was 450 ng/L") is normal in every unit: low B12 is absent. A number with no word of a result
("B12 1000 daily") may be a dose and says nothing. A weight written falling from one number to a smaller
one ("weight 72 → 66kg", "went from 11 to 10 stone") is weight loss.

A sign or antibody test written with a clinician's plus or minus ("Romberg +ve", "Hoffmann + R", "Babinski -ve",
"IF abs +") is present or absent: the words leave no sign behind, so it is read from the text here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from symptom_overlap.domain.parsing.findings import Finding
from symptom_overlap.domain.parsing.tokens import Token

_LINKING_WORDS = (
    "level|levels|lvl|result|results|reading|was|were|is|of|at|came|back|only|just|about|around|serum|total"
    "|test|value|'s|\u2019s"
)
# "my B12 result, 98 ng/L": a comma only after a word of a result.
_LINKING = rf"(?:\s*(?:(?:result|results|level|levels|reading)\s*,|(?:{_LINKING_WORDS})\b\.?|[=:~]))*"
_COMPARATOR = r"(?:(?P<below><|less than|under|below)|(?P<above>>|over|above|more than))?\s*"
_NUMBER = r"(?P<number>\d+(?:\.\d+)?)(?!\s*[-\u2013]\s*\d)(?!\.\d)"
_UNITS_A_WEEK = r"u(?:nits?)?\s*(?:/\s*|a\s+|per\s+)?w(?:ee)?k|units?\s+weekly"
_UNIT = (
    rf"\s*(?P<unit>pg/ml|ng/l|pmol/l|nmol/l|µmol/l|umol/l|micromol/l|fl|g/l|g/dl|mcg|µg|ug|mg|iu|{_UNITS_A_WEEK})?\b"
)
_DOSES = frozenset({"mcg", "µg", "ug", "mg", "iu"})


WEEKLY_UNITS = "units a week"
_WEEKLY = re.compile(_UNITS_A_WEEK, re.IGNORECASE)


def _unit_name(unit: str) -> str:
    """The unit as the limits name it: "u/wk", "units per week" and "units weekly" are all units a week."""
    return WEEKLY_UNITS if _WEEKLY.fullmatch(unit) else unit.casefold()


class _Test(NamedTuple):
    evidence_id: str
    names: str  # a regular expression for the test's names
    # unit -> (low below, high above); "" is a value written without a unit
    limits: dict[str, tuple[float | None, float | None]]
    unsure_below: float | None = None  # without a unit: low in one usual unit, normal in the other
    normal_from: float | None = None  # a result at or above this is normal in every unit the test allows


_TESTS = (
    _Test(
        "low_b12_level",
        r"(?:active\s+b-?12|holo-?tc|holotranscobalamin)",
        {"": (25, None), "pmol/l": (25, None)},
    ),
    _Test(
        "low_b12_level",
        r"(?<!active )(?:vitamin\s+)?(?:b-?12|cobalamin)",
        {"": (148, None), "pmol/l": (148, None), "pg/ml": (200, None), "ng/l": (200, None)},
        unsure_below=200,
        normal_from=300,
    ),
    _Test("macrocytic_anaemia", r"mcv", {"": (None, 100), "fl": (None, 100)}),
    # Alcohol in UK units a week, above the low-risk limit of 14 ("ETOH ~60u/wk", "alcohol 40 units a week").
    _Test("heavy_alcohol_use", r"etoh|alcohol(?:\s+intake)?|drinks|drinking", {WEEKLY_UNITS: (None, 14)}),
    _Test(
        "raised_mma_or_homocysteine",
        r"homocysteine|hcy",
        {"": (None, 15), "µmol/l": (None, 15), "umol/l": (None, 15), "micromol/l": (None, 15)},
    ),
    _Test(
        "raised_mma_or_homocysteine",
        r"mma|methylmalonic\s+acid",
        {
            "": (None, 0.4),
            "µmol/l": (None, 0.4),
            "umol/l": (None, 0.4),
            "micromol/l": (None, 0.4),
            "nmol/l": (None, 400),
        },
    ),
)
_PATTERNS = tuple(
    re.compile(rf"\b(?:{test.names})\b{_LINKING}\s*{_COMPARATOR}{_NUMBER}{_UNIT}", re.IGNORECASE) for test in _TESTS
)

_WEIGHT_UNIT = r"(?:kgs?|kilos?|kilograms?|lbs?|pounds|st|stones?)"
# "weight 72 → 66kg", "wt 80->74 kg", "went from 11 to 10 stone", "dropped from 70kg to 63kg"
_WEIGHT_FALL = re.compile(
    rf"\b(?:weight|weighed|wt|went|gone|dropped|fallen|fell)\b[^.\n\d]{{0,20}}?(?P<before>\d+(?:\.\d+)?)\s*"
    rf"{_WEIGHT_UNIT}?\s*(?:→|->|=>|to|down to)\s*(?P<after>\d+(?:\.\d+)?)\s*{_WEIGHT_UNIT}\b",
    re.IGNORECASE,
)

# Clinicians' shorthand for a sign or an antibody test and its result: a plus is present, a minus absent.
_SIGN_TESTS = {
    "romberg": "romberg_positive",
    "hoffmann": "brisk_reflexes",
    "hoffman": "brisk_reflexes",
    "babinski": "babinski_sign",
    "lhermitte": "lhermitte_sign",
    "if": "autoimmune_gastritis",
    "intrinsic": "autoimmune_gastritis",
    "parietal": "autoimmune_gastritis",
}
_ANTIBODIES = r"\s+(?:ab|abs|antibody|antibodies)"
_SIGN_SHORTHAND = re.compile(
    r"\b(?P<name>romberg|hoffmann?|babinski|lhermitte)(?:['\u2019]s)?(?:\s+(?:sign|test|reflex))?"
    rf"|(?:\banti-?)?\b(?P<antibody>if|intrinsic\s+factor|parietal\s+cell){_ANTIBODIES}\b",
    re.IGNORECASE,
)
_SIGN_MARKS = ("+", "-", "\u2212", "\u2013")
_RESULT_SIGN = re.compile(
    r"\s*(?:(?P<plus>\+\s*ve\b|\+(?![\w+])|\(\+\))|(?P<minus>[-\u2212\u2013]\s*ve\b|\(-\)))", re.IGNORECASE
)


def sign_readings(text: str) -> list[LabReading]:
    """Each sign or antibody test followed right away by a plus ("+ve", "+", "(+)") or a minus ("-ve", "(-)")."""
    readings = []
    for match in _SIGN_SHORTHAND.finditer(text):
        result = _RESULT_SIGN.match(text, match.end())
        if result is None:
            continue
        name = (match.group("name") or match.group("antibody")).split()[0].casefold()
        if name == "if" and text[match.start("antibody") : match.end("antibody")] != "IF":
            continue  # "if abs + …" is the word "if"; intrinsic factor is written "IF"
        negative = bool(result["minus"])
        readings.append(LabReading(_SIGN_TESTS[name], match.start(), result.end(), uncertain=False, negative=negative))
    return readings


# A muscle power grade below full on the MRC scale ("Legs 4/5 bilat", "grip 4-/5", "power 3/5 in both hands") is
# weakness there (weak ankle dorsiflexion is foot drop). The limb is the one named nearest to the grade on its side
# of a stop; "5/5" is full power, read by the cues.
_POWER_GRADE = re.compile(r"(?<![\d/.])[0-4][+-]?\s*/\s*5(?![\d/])")
_POWER_LIMBS = re.compile(
    r"\b(?:(?P<leg>legs?|lower\s+limbs?|ll|lls|lle|hip\s+flex\w*|knee\s+ext\w*|quads?)"
    r"|(?P<foot>(?:ankle\s+)?dorsiflex\w*|adf|tibialis\s+anterior)"
    r"|(?P<hand>hands?|grip|grips|fingers?|thumbs?|upper\s+limbs?|ul|uls|arms?|wrist\s+ext\w*|finger\s+abd\w*))\b",
    re.IGNORECASE,
)
_POWER_REACH = 25  # characters either side of a grade in which its limb is named
_STOPS = re.compile(r"[.;\n]")
# A grade is one of power when a word of power is near, or the limb stands right beside it ("legs 4/5"): "my legs
# twitch 4/5 times a day" and "pain 4/5 in my legs" are counts and scores.
_POWER_WORDS = re.compile(r"\b(?:power|strength|mrc|motor|weak\w*)\b", re.IGNORECASE)
_BESIDE = 3  # characters between a limb and its grade ("legs 4/5", "grip: 4-/5", "4/5 legs")
_COUNTED = re.compile(r"\s*(?:times|x\b|days?|nights?|weeks?|per\b|of\b|a\s+day)", re.IGNORECASE)


def power_readings(text: str) -> list[LabReading]:
    """Each power grade below 5/5 with the limb named nearest to it, before or after, in its sentence."""
    readings = []
    for grade in _POWER_GRADE.finditer(text):
        start, end = max(0, grade.start() - _POWER_REACH), min(len(text), grade.end() + _POWER_REACH)
        before, after = text[start : grade.start()], text[grade.end() : end]
        stops_before, stop_after = list(_STOPS.finditer(before)), _STOPS.search(after)
        before_from = stops_before[-1].end() if stops_before else 0
        after_to = stop_after.start() if stop_after else len(after)
        limbs = [(grade.start() - (start + m.end()), m) for m in _POWER_LIMBS.finditer(before, before_from)]
        limbs += [(m.start(), m) for m in _POWER_LIMBS.finditer(after, 0, after_to)]
        if not limbs or _COUNTED.match(after):
            continue
        distance, limb = min(limbs, key=lambda pair: pair[0])
        if distance > _BESIDE and not _POWER_WORDS.search(text, start, end):
            continue
        evidence_id = "leg_weakness" if limb.group("leg") else "foot_drop" if limb.group("foot") else "hand_weakness"
        readings.append(LabReading(evidence_id, grade.start(), grade.end(), uncertain=False))
    return readings


# Most texts name no test: one search passes them over.
_ANY_TEST = re.compile("|".join((*(test.names for test in _TESTS), _WEIGHT_FALL.pattern)), re.IGNORECASE)
_DIGIT = re.compile(r"\d")


class LabReading(NamedTuple):
    evidence_id: str
    start: int  # character offsets of the test's name and value
    end: int
    uncertain: bool
    normal: bool = False  # a result within the reference range: the evidence is absent
    negative: bool = False  # a sign written with a minus: absent in its own words, which deny no list after it


# Words that make a number a result rather than a dose ("my B12 level is over 1000", "B12 was 450").
_RESULT = re.compile(r"\b(?:level|levels|result|results|was|is|were|came back)\b|[=:]", re.IGNORECASE)


def lab_readings(text: str) -> list[LabReading]:
    """Each value outside its reference range, as (evidence id, where, whether the unit leaves it unsure), and
    each B12 result clearly within it (normal)."""
    readings = []
    for test, pattern in zip(_TESTS, _PATTERNS, strict=True):
        for match in pattern.finditer(text):
            unit = _unit_name(match.group("unit") or "")
            if unit in _DOSES or unit not in test.limits:
                continue
            value = float(match.group("number"))
            low_below, high_above = test.limits[unit]
            below, above = bool(match.group("below")), bool(match.group("above"))
            if low_below is not None and (value < low_below or (below and value <= low_below)):
                readings.append(LabReading(test.evidence_id, match.start(), match.end(), uncertain=False))
            elif low_below is not None and not unit and test.unsure_below and value < test.unsure_below:
                readings.append(LabReading(test.evidence_id, match.start(), match.end(), uncertain=True))
            elif high_above is not None and (value > high_above or (above and value >= high_above)) and not below:
                readings.append(LabReading(test.evidence_id, match.start(), match.end(), uncertain=False))
            elif test.normal_from is not None and value >= test.normal_from and not below and _RESULT.search(match[0]):
                readings.append(LabReading(test.evidence_id, match.start(), match.end(), uncertain=False, normal=True))
    readings += [
        LabReading("weight_loss", match.start(), match.end(), uncertain=False)
        for match in _WEIGHT_FALL.finditer(text)
        if float(match.group("after")) < float(match.group("before"))
    ]
    return readings


def lab_findings(text: str, tokens: Sequence[Token]) -> list[Finding]:
    """Findings over the tokens of each reading; a value the unit leaves unsure is a hint (uncertain)."""
    readings = sign_readings(text) if any(mark in text for mark in _SIGN_MARKS) else []
    if _DIGIT.search(text) and _ANY_TEST.search(text):
        readings += lab_readings(text)
    if "/5" in text or "/ 5" in text:
        readings += power_readings(text)
    if not readings:
        return []
    starts = [token.start for token in tokens]
    findings = []
    for reading in readings:
        first = bisect_left(starts, reading.start)
        last = max(first, bisect_right(starts, reading.end - 1) - 1)
        findings.append(
            Finding(
                reading.evidence_id,
                first,
                last,
                absent=reading.normal,
                hint=reading.uncertain,
                contrary=reading.negative,
            )
        )
    return findings
