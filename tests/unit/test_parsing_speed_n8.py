"""Shortcuts in the parser's reading steps that leave its readings as they were (docs/decisions.md, parser speed)."""

import random

import symptom_overlap.domain.parsing as parsing
from symptom_overlap.domain.parsing.body_site import SiteMention
from symptom_overlap.domain.parsing.clauses import segment
from symptom_overlap.domain.parsing.cues import TextIndex, cue_findings, key_positions, text_index, with_findings
from symptom_overlap.domain.parsing.findings import Assertion, Finding, ReadFinding, Subject, TimeFrame, by_place
from symptom_overlap.domain.parsing.lexicon import match_key
from symptom_overlap.domain.parsing.matching import match_from
from symptom_overlap.domain.parsing.rules import CueIndex, cue_group, reading_rules_for
from symptom_overlap.domain.parsing.sequences import WordSequences
from symptom_overlap.domain.parsing.tokens import tokenize
from tests.parse_corpus.mechanism_kb import mechanism_knowledge_base

PRESENT, ABSENT, UNCERTAIN = Assertion.PRESENT, Assertion.ABSENT, Assertion.UNCERTAIN
SELF, FAMILY = Subject.SELF, Subject.FAMILY
NOW, GONE = TimeFrame.CURRENT, TimeFrame.RESOLVED


def _reading(finding: Finding, assertion: Assertion, subject: Subject = SELF, time: TimeFrame = NOW) -> ReadFinding:
    return ReadFinding(finding, assertion, subject, time, None)


def test_one_reading_per_id_puts_the_person_now_first_then_the_surest() -> None:
    text = "my dad has cramps, I might have cramps, no cramps today"
    tokens = tokenize(text)
    dad, maybe, denied = (Finding("muscle_cramps", i, i) for i in (3, 8, 11))
    readings = [_reading(dad, PRESENT, FAMILY), _reading(maybe, UNCERTAIN), _reading(denied, ABSENT)]
    [kept] = parsing._one_per_id(text, tokens, readings)
    start = text.rindex("cramps")
    assert (kept.assertion, kept.subject, kept.span) == (ABSENT, SELF, (start, start + len("cramps")))
    # A reading that went away is not the person's now either: the doubt about now is reported before it.
    gone = _reading(denied, PRESENT, time=GONE)
    [kept] = parsing._one_per_id(text, tokens, [gone, _reading(maybe, UNCERTAIN)])
    assert (kept.assertion, kept.time) == (UNCERTAIN, NOW)


def test_a_denied_general_word_gives_way_only_to_what_is_said_over_it() -> None:
    said = Finding("leg_weakness", 1, 2)
    general = Finding("weakness", 2, 2, denial_only=True)
    elsewhere = Finding("weakness", 5, 5, denial_only=True)
    assert parsing._specific([said, general, elsewhere], frozenset()) == [said, elsewhere]
    # Nothing denied only: the findings stand as they are.
    assert parsing._specific([said], frozenset()) == [said]
    # A denied word of course gives way to a phrase over it, not to a cue around it.
    cue = Finding("slow_course", 0, 3, cue=True, words=(0, 3))
    course = Finding("rapid_course", 3, 3, denial_only=True)
    assert parsing._specific([cue, course], frozenset({"rapid_course"})) == [cue, course]
    phrase = Finding("slow_course", 2, 3)
    assert parsing._specific([phrase, course], frozenset({"rapid_course"})) == [phrase]


def test_a_fine_statement_inside_a_longer_phrase_of_other_evidence_is_dropped() -> None:
    phrase = Finding("breathless", 0, 4)  # "out of breath very easily"
    inside = Finding("breathing_normal", 2, 2, absent=True)
    at_the_edge = Finding("breathing_normal", 4, 4, absent=True)
    same_evidence = Finding("breathless", 1, 2, absent=True)
    after = Finding("balance_normal", 7, 8, absent=True)
    terms = [inside, at_the_edge, same_evidence, after]
    assert parsing._outside_phrases(terms, [phrase]) == [at_the_edge, same_evidence, after]


def test_a_cue_over_the_words_of_a_phrase_of_its_own_evidence_is_left_to_the_phrase() -> None:
    tokens = tokenize("my legs are weak and my legs feel weak")
    rules = reading_rules_for(mechanism_knowledge_base())
    words = [token.word for token in tokens]
    phrase = Finding("leg_weakness", 1, 3)
    over_it = Finding("leg_weakness", 1, 3, cue=True, words=(1, 3), anchor=(1, 1))
    apart = Finding("leg_weakness", 6, 8, cue=True, words=(6, 8), anchor=(6, 6))
    other = Finding("muscle_cramps", 2, 3, cue=True, words=(2, 3), anchor=(3, 3))
    kept = parsing._apart_from([over_it, apart, other], [phrase], frozenset(), segment(tokens), rules, words)
    assert kept == [apart]  # the cramps' first term starts inside the phrase of weakness
    assert parsing._apart_from([], [phrase], frozenset(), segment(tokens), rules, words) == []


def test_a_part_said_with_a_larger_finding_in_its_sentence_is_left_to_it() -> None:
    tokens = tokenize("my leg went weak suddenly. my arm is weak")
    words = [token.word for token in tokens]
    rules = reading_rules_for(mechanism_knowledge_base())._replace(
        superseded_by={"leg_weakness": frozenset({"stroke_signs"})}
    )
    larger = _reading(Finding("stroke_signs", 1, 4), PRESENT)
    part = _reading(Finding("leg_weakness", 1, 3), PRESENT)
    later = _reading(Finding("leg_weakness", 7, 9), PRESENT)
    assert parsing._without_superseded(words, segment(tokens), [larger, part, later], rules) == [larger, later]
    # A doubted part is held by a doubted larger finding; a part said for certain is not.
    doubted_larger = _reading(Finding("stroke_signs", 1, 4), UNCERTAIN)
    doubted_part = _reading(Finding("leg_weakness", 1, 3), UNCERTAIN)
    readings = [doubted_larger, doubted_part, part]
    assert parsing._without_superseded(words, segment(tokens), readings, rules) == [doubted_larger, part]


def _text_index(text: str, sites: list[SiteMention] | None = None) -> TextIndex:
    tokens = tokenize(text)
    keys = [frozenset({match_key(token.word)}) for token in tokens]
    words = [token.word for token in tokens]
    return text_index(tokens, words, keys, segment(tokens), sites or [], key_positions(keys))


def test_groups_that_share_a_word_or_a_site_find_the_same_places() -> None:
    feet = SiteMention("foot", 3, 3)
    index = _text_index("numb and weak feet, I sat down", [feet])
    numb_at_a_site = cue_group(("numb", "@foot"))
    numb_or_weak = cue_group(("weak", "numb", "down"))
    assert index.everywhere(numb_at_a_site) == [(0, 0, False), (3, 3, True)]
    # The same one-word term in another group: the same place, and each group keeps its own other terms ("down"
    # after a verb of posture is no mood).
    assert index.everywhere(numb_or_weak) == [(0, 0, False), (2, 2, False)]
    assert index.everywhere(cue_group(("@foot", "#leg_weakness"))) == [(3, 3, True)]
    # Findings added later leave the words and sites as they were, and add their own places.
    later = with_findings(index, [Finding("leg_weakness", 2, 3)])
    assert later.everywhere(cue_group(("@foot", "#leg_weakness"))) == [(2, 3, True), (3, 3, True)]
    assert later.everywhere(numb_or_weak) == [(0, 0, False), (2, 2, False)]


def test_a_phrase_stops_at_a_word_that_is_a_finding_of_its_own() -> None:
    tokens = tokenize("legs cramp and weak")
    keys = [frozenset({match_key(token.word)}) for token in tokens]
    stems = (match_key("legs"), match_key("weak"))
    assert match_from(tokens, keys, stems, 0) == (3, False, (0, 3))
    assert match_from(tokens, keys, stems, 0, frozenset({match_key("cramp")})) is None


def test_only_a_whole_word_at_a_range_edge_is_read_as_borderline() -> None:
    def words(text: str) -> list[str]:
        return [token.word for token in tokenize(text)]

    # "low" inside "swallowing" or "slowly", and "normal" alone, start no rewrite.
    assert words("swallowing normal, walking slowly") == ["swallowing", "normal", ",", "walking", "slowly"]
    assert words("my B12 was low normal") == ["my", "b12", "was", "borderline", "borderline"]
    at_the_edge = words("swallowing fine, B12 at the lower end")
    assert at_the_edge[-2:] == ["borderline", "end"]
    assert at_the_edge[0] == "swallowing"


def test_a_cue_whose_first_group_is_absent_finds_nothing_and_looks_for_no_other() -> None:
    rules = reading_rules_for(mechanism_knowledge_base())
    [cue] = [cue for cue in rules.word_cues.cues if cue.evidence_id == "numbness"]  # numb, can't feel ... @foot
    only_numbness = CueIndex.of((cue,))
    words_first, sites_next = cue.groups
    # "can't" and "feel" both stand in the text, so the first group may hold, but not together: it has no term.
    apart = _text_index("I can't say, but I feel my feet", [SiteMention("foot", 8, 8)])
    assert cue_findings(apart, only_numbness) == []
    assert apart.found == {id(words_first): []}  # the feet were not looked for
    together = _text_index("I can't feel my feet", [SiteMention("foot", 4, 4)])
    [finding] = cue_findings(together, only_numbness)
    assert (finding.evidence_id, finding.first, finding.last) == ("numbness", 1, 4)
    assert id(sites_next) in together.found


def test_terms_of_two_words_and_of_more_are_found_alike() -> None:
    group = cue_group(("pins and needles", "pins", "no power", "can't feel"))
    index = _text_index("pins and needles, no power, I can't feel my feet, pins, no")
    assert index.everywhere(group) == [(0, 2, False), (4, 5, False), (8, 9, False), (13, 13, False)]
    # A term's first word as the text's last word, and a longer term whose last word is missing.
    assert _text_index("still no").everywhere(group) == []
    assert _text_index("pins and pegs").everywhere(group) == [(0, 0, False)]


def test_sequences_found_in_a_text_are_those_found_word_by_word() -> None:
    sequences = WordSequences(
        {("went", "away"), ("went", "away", "for", "good"), ("went",), ("not", "sure"), ("cleared", "up"), ("gone",)}
    )
    vocabulary = ["went", "away", "for", "good", "not", "sure", "cleared", "up", "gone", "it", "."]
    pick = random.Random(8)
    for _ in range(2000):
        words = [pick.choice(vocabulary) for _ in range(pick.randint(0, 9))]
        one_by_one = [(i, found) for i in range(len(words)) if (found := sequences.at(words, i)) is not None]
        assert sequences.positions(words) == one_by_one, words


def test_findings_are_ordered_by_where_they_stand() -> None:
    findings = [Finding("b", 4, 6), Finding("a", 2, 9), Finding("c", 4, 5), Finding("d", 2, 9, absent=True)]
    assert [by_place(finding) for finding in findings] == [(4, 6), (2, 9), (4, 5), (2, 9)]
    # Ties keep their order, as a sort by (first, last) does.
    assert [finding.evidence_id for finding in sorted(findings, key=by_place)] == ["a", "d", "c", "b"]


def test_the_last_word_closes_its_part_clause_and_sentence() -> None:
    segments = segment(tokenize("legs weak, arms fine but I tire. And my speech"))
    assert segments.part_bounds == ((0, 2), (3, 5), (6, 8), (9, 11))  # "And my" starts its sentence: no new part
    assert segments.clause_bounds == ((0, 5), (6, 8), (9, 11))
    assert segments.sentence_bounds == ((0, 8), (9, 11))
    assert (segments.part[-1], segments.clause[-1], segments.sentence[-1]) == (3, 2, 1)
    ended = segment(tokenize("legs weak."))  # already closed by its full stop: nothing more
    assert (ended.part_bounds, ended.clause_bounds, ended.sentence_bounds) == (((0, 2),), ((0, 2),), ((0, 2),))
    assert segment([]) == ((), (), (), (), (), ())


def test_the_fields_built_by_position_are_the_ones_the_fast_paths_fill() -> None:
    # matching.py and parsing/__init__.py build these with tuple.__new__, by position: a new field must be added there.
    from symptom_overlap.domain.parsing.findings import Finding, ReadFinding

    assert Finding._fields == (
        "evidence_id", "first", "last", "absent", "cue", "words", "anchor", "denial_only", "hint", "contrary"
    )  # fmt: skip
    assert ReadFinding._fields == ("finding", "assertion", "subject", "time", "body_site")
