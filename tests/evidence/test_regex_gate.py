"""A gated pattern finds exactly what `re` finds: the needles only skip texts with no match."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path
from typing import cast

import pytest
from test_stored_programs import _code_patterns, _reference, _texts

from roundtable import regexes
from roundtable.regex_gate import (
    DeferredIndex,
    Gated,
    NeedleIndex,
    alternatives,
    gated,
    leftmost,
    leftmost_spans,
    lowered_source,
    lowers_exactly,
    parts,
)
from roundtable.regexes import ProgramCache


def _gated(cache: ProgramCache, pattern: str, flags: int = 0) -> Gated:
    compiled = cache.compile(pattern, flags)
    # (read back from a file, a pattern is a stand-in until first used: asked, not typed)
    assert gated(compiled), pattern
    return cast(Gated, compiled)


def _same(new: re.Pattern[str], expected: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in new.finditer(text)] == [
        m.span() for m in expected.finditer(text)], (expected.pattern, text)
    if new.groups == expected.groups:  # else compiled spans-only: `findall` gives whole matches
        assert new.findall(text) == expected.findall(text)
    for method in ("search", "match", "fullmatch"):
        found, wanted = getattr(new, method)(text), getattr(expected, method)(text)
        assert (found and found.span()) == (wanted and wanted.span()), (method, text)
    assert new.subn("<>", text) == expected.subn("<>", text), text
    assert new.sub("<>", text, count=1) == expected.sub("<>", text, count=1), text


def test_every_gated_pattern_matches_as_re_does(tmp_path: Path) -> None:
    """Every pattern a review compiles, on a third of the dev answers, as written and lowered,
    and on texts whose case folding is not plain lowering."""
    cache = ProgramCache(tmp_path / "programs.marshal")
    pairs = [(cache.compile(pattern, flags), _reference(pattern, flags))
             for pattern, flags in _code_patterns()]
    gated = [(new, expected) for new, expected in pairs if isinstance(new, Gated)]
    assert len(gated) > 300  # the lexicon, the reading, the cues
    texts = _texts()
    for new, expected in gated:
        # Equal to the program it wraps (which may carry a start hint `re`'s own lacks).
        assert new == new._compiled and hash(new) == hash(new._compiled)
        assert (new.pattern, new.flags) == (expected.pattern, expected.flags)
        assert new.groups in (0, expected.groups)
        for text in texts:
            _same(new, expected, text)


@pytest.mark.parametrize(("pattern", "flags", "texts"), [
    # IGNORECASE folds the Kelvin sign onto "k" and the long s onto "s": not plain lowering.
    (r"\bkept it\b", re.IGNORECASE, ["I \u212aEPT IT", "I KEPT IT", "I kept them", "ſo I kept it"]),
    (r"\b(?:ſaid|told)\b", re.IGNORECASE, ["I SAID", "I ſaid", "I told", "I sat"]),
    # A needle spans a group, an optional part and an alternation.
    (r"\b(?:we|they) (?:finally )?(?:shipped|launched) (it|the \w+)\b", 0,
     ["we finally shipped it", "they launched the app", "we shipped", "shipped it"]),
    (r"(?i)\bno (?:longer|more)\b", 0, ["NO LONGER", "no more", "nobody"]),
    (r"(?<!not )\bblame[ds]?\b", re.MULTILINE, ["I blamed them", "not blamed", "bla me"]),
])
def test_needles_hold_for_case_folding_and_groups(tmp_path: Path, pattern: str, flags: int,
                                                  texts: list[str]) -> None:
    new = _gated(ProgramCache(tmp_path / "programs.marshal"), pattern, flags)
    expected = re.compile(pattern, flags)
    for text in texts:
        _same(new, expected, text)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"^(?:said|told)\b", 0),  # anchored: the engine tries one position anyway
    (r"\b[a-z]+\d?\b", 0),  # no plain string every match contains
    (r"\b(?:I|we) did\b|\w+", 0),  # one branch needs nothing
    (r"(?i:said)\b", 0),  # a group with its own flags is left alone
    (r"\b(?:a|i)\b", 0),  # a one-character needle is in nearly every text
])
def test_patterns_without_useful_needles_are_not_gated(tmp_path: Path, pattern: str,
                                                       flags: int) -> None:
    compiled = ProgramCache(tmp_path / "programs.marshal").compile(pattern, flags)
    assert not isinstance(compiled, Gated)


# Tried at every position (it can open on any word: no start hint) and needing one of 18 words.
_HOW_OFTEN = (r"\b(?:\w+ )?(?:daily|weekly|monthly|nightly|hourly|yearly|quarterly|every day|"
              r"every week|every month|every night|every hour|every year|every quarter|each day|"
              r"each week|each month|each night)\b")


def test_many_needles_are_looked_for_in_one_scan(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    new = _gated(ProgramCache(path), _HOW_OFTEN, re.IGNORECASE)
    assert new._scan is not None and len(new._needles) == 18
    expected = re.compile(_HOW_OFTEN, re.IGNORECASE)
    for text in ["We met WEEKLY with the vendor", "I checked the logs every night until it held",
                 "The report ran at nine", "Each month the numbers went up", "\u212aept it weekly",
                 "we shipped it", ""]:
        _same(new, expected, text)
    assert new.search("I called him once") is None
    # Stored and read back, the gate comes with its scan.
    first = ProgramCache(path)
    first.compile(_HOW_OFTEN, re.IGNORECASE)
    first.save()
    again = _gated(ProgramCache(path), _HOW_OFTEN, re.IGNORECASE)
    assert again._scan is not None and again.search("we met weekly").span() == (3, 13)


def test_a_stored_gated_program_is_built_only_for_a_text_past_its_gate(tmp_path: Path) -> None:
    """Most texts hold none of a gated pattern's needles: its program is turned into a pattern
    only for one that does."""
    path = tmp_path / "programs.marshal"
    first = ProgramCache(path)
    first.compile(r"\bpushed back\b", re.IGNORECASE)
    first.save()
    compiled = _gated(ProgramCache(path), r"\bpushed back\b", re.IGNORECASE)
    assert compiled.search("we shipped it") is None
    pattern = compiled._compiled  # what the gate lets texts through to
    assert "_compiled" not in vars(pattern)  # not built
    assert compiled.search("we Pushed Back twice").span() == (3, 14)
    assert "_compiled" in vars(pattern)


def test_a_pattern_with_a_start_hint_is_not_scanned(tmp_path: Path) -> None:
    """Opening on one of a few letters, a pattern needing many words already skips the
    positions a scan would: the engine alone is as quick."""
    hinted = _HOW_OFTEN.replace(r"(?:\w+ )?", "")
    compiled = ProgramCache(tmp_path / "programs.marshal").compile(hinted, re.IGNORECASE)
    assert not isinstance(compiled, Gated)


def test_a_gated_pattern_is_still_a_pattern_to_its_callers(tmp_path: Path) -> None:
    import copy
    import pickle

    path = tmp_path / "programs.marshal"
    new = _gated(ProgramCache(path), r"\bpushed back\b", re.IGNORECASE)
    assert new.sub("PB", "we Pushed Back twice") == "we PB twice"
    assert new.split("a pushed back b") == ["a ", " b"]
    assert copy.deepcopy(new) is new
    assert pickle.loads(pickle.dumps(new)) == new
    assert repr(new) == repr(re.compile(r"\bpushed back\b", re.IGNORECASE))
    # Stored and read back, the gate comes with the program.
    first = ProgramCache(path)
    first.compile(r"\bpushed back\b", re.IGNORECASE)
    first.save()
    assert gated(ProgramCache(path).compile(r"\bpushed back\b", re.IGNORECASE))


def test_the_lexicon_index_never_rules_out_a_kind_that_matches() -> None:
    """Over a third of the dev answers, sentence by sentence, as written and lowered (and with
    folding that is not plain lowering): a kind the index leaves out finds nothing."""
    from roundtable.evidence.lexicon import PATTERNS, finditer, possible_kinds
    from roundtable.evidence.text import sentences

    texts = [span.text for text in _texts() for span in sentences(text)] + _texts()[-2:]
    skipped = 0
    for text in texts:
        possible = possible_kinds(text, text.lower())
        for kind in PATTERNS:
            if kind not in possible:
                skipped += 1
                assert next(finditer(kind, text), None) is None, (kind, text)
            else:  # of a kind cut into parts, the parts that may match find what it finds
                assert [m.span() for m in finditer(kind, text, text.lower(), possible)] == [
                    m.span() for m in finditer(kind, text)], (kind, text)
    assert skipped > len(texts) * len(PATTERNS) / 2  # the index rules out most kinds
    assert any(" " in name for name in possible)  # and parts of the longest kinds are indexed
    # Before the index is loaded every kind may match, and none of its parts is named.
    text = "It was their fault: the vendor never sent the specs, so we lost 3 weeks."
    assert [m.span() for m in finditer("blame", text, text.lower(), frozenset(PATTERNS))] == [
        m.span() for m in finditer("blame", text)] != []


def test_a_kind_run_lowered_finds_what_it_finds_ignoring_case() -> None:
    """The kinds written with capitals that mean the same in lower case run lowered, whole or
    as the parts that may match, wherever the text lowers exactly: they find what the kind
    ignoring case finds, over the texts above."""
    from roundtable.evidence.lexicon import COMPILED, _lowered, finditer, possible_kinds
    from roundtable.evidence.text import sentences

    assert {"blame", "metric", "result"} <= set(_lowered())
    texts = [span.text for text in _texts() for span in sentences(text)] + _texts()[-2:]
    for text in texts:
        possible = possible_kinds(text, text.lower())
        for kind in _lowered():
            expected = [m.span() for m in COMPILED[kind].finditer(text)]
            assert [m.span() for m in finditer(kind, text)] == expected, (kind, text)
            assert [m.span() for m in finditer(kind, text, text.lower(), possible)] == expected


def test_an_index_finds_needles_that_start_where_a_longer_one_does(tmp_path: Path) -> None:
    """The scan reports the longest needle at each place: "faulty" holds "fault" too."""
    index = ProgramCache(tmp_path / "programs.marshal").index({
        "fault": (r"\bfault(?:s|ed)?\b", re.IGNORECASE),
        "faulty": (r"\bfaulty (?:part|batch)\b", re.IGNORECASE),
        "blame": (r"(?<!not )\bblamed?\b", 0),
        "any": (r"\b[A-Z]\w*", 0),  # needs no plain string: always possible
    })
    assert index.possible("A faulty part", "a faulty part") == {"fault", "faulty", "any"}
    assert index.possible("We blamed it", "we blamed it") == {"blame", "any"}
    assert index.possible("Not my FAULT", "not my fault") == {"fault", "any"}
    assert index.possible("Nobody", "nobody") == {"any"}
    # "K" folds onto the Kelvin sign under IGNORECASE; a case-sensitive kind stays ruled out.
    kelvin = "a faulty part \u212a"
    assert index.possible(kelvin, kelvin.lower()) == {"fault", "faulty", "any"}
    assert index.possible("no \u212a", "no \u212a".lower()) == {"fault", "faulty", "any"}
    # A text whose lowering changes its length (offsets would drift): every pattern may match.
    assert index.possible("İ blamed", "İ blamed".lower()) == {"fault", "faulty", "blame", "any"}
    # A dash or a curly quote is no letter to `re`: the needles still rule patterns out.
    assert index.possible("Nobody — ‘no’", "nobody — ‘no’") == {"any"}


def test_re_takes_only_four_characters_beyond_ascii_for_an_ascii_letter() -> None:
    """What `lowers_exactly` relies on: ignoring case, an ASCII letter matches no character
    that is not ASCII but "İ", "ı", "ſ" and the Kelvin sign."""
    beyond = "".join(map(chr, range(128, sys.maxunicode + 1)))
    found = {m.group() for letter in string.ascii_letters
             for m in re.finditer(letter, beyond, re.IGNORECASE)}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert lowers_exactly("We shipped — on time, “as promised”, café")
    assert not any(lowers_exactly(f"I kept it {char}") for char in found)


@pytest.mark.parametrize(("pattern", "lowered"), [
    (r"\bI (?:did|led) it\b", r"\bi (?:did|led) it\b"),
    (r"[A-Z][a-z]+\W\S\D\B\d", r"[a-z][a-z]+\W\S\D\B\d"),
    (r"[]A][^]B-D](?=E)(?<!F)(?P<name>G)", r"[]a][^]b-d](?=e)(?<!f)(?P<name>g)"),
    (r"café — “as promised”, [—–-]", r"café — “as promised”, [—–-]"),
    # A range holding capitals and more holds their lower case too ignoring case, not lowered.
    (r"[@-_]", None), (r"[0-z]", None), (r"[ -—]", None), (r"[\.-Z]", None),
    # A character given by its code, a backreference, a named character, flags of its own.
    (r"\x41", None), (r"(\w)\1", None), (r"(?P<a>x)(?P=a)", None), (r"\N{EM DASH}", None),
    (r"(?i:A)b", None), (r"(?-i:A)b", None), (r"(?x)A", None), (r"(?P<Name>a)", None),
    # A capital outside ASCII, or a letter `re` folds onto another ("σ" and "ς").
    (r"CAFÉ", None), (r"σ", None), (r"ſ", None),
])
def test_a_pattern_is_lowered_only_where_lower_case_means_the_same(pattern: str,
                                                                   lowered: str | None) -> None:
    assert lowered_source(pattern) == lowered


def test_a_class_holds_a_character_exactly_when_it_holds_it_lowered() -> None:
    """What `lowered_source` relies on for \\w, \\s and \\d (and their negations, and \\b):
    lowering a character never moves it in or out of one."""
    classes = [re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")]
    moved = [hex(code) for code in range(sys.maxunicode + 1)
             for char in [chr(code)] for lowered in [char.lower()] if len(lowered) == 1
             and any(bool(c.match(char)) != bool(c.match(lowered)) for c in classes)]
    assert moved == []


def test_a_text_with_a_dash_is_gated_as_an_ascii_one_is(tmp_path: Path) -> None:
    gate = _gated(ProgramCache(tmp_path / "programs.marshal"), r"\bkept it\b", re.IGNORECASE)
    assert gate._absent("I sent it — twice")
    assert gate.search("I KEPT IT — twice") is not None
    assert not gate._absent("I \u212aEPT IT — twice")  # the Kelvin sign: to the engine


def test_an_index_is_stored_and_read_back_for_the_same_patterns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "programs.marshal"
    patterns = {"blame": (r"\bblamed?\b", 0), "fault": (r"\bfault\b", re.IGNORECASE)}
    first = ProgramCache(path)
    built = first.index(patterns)
    first.save()
    monkeypatch.setattr(regexes, "index_data", None)  # building again would fail
    stored = ProgramCache(path).index(patterns)
    for text in ("we blamed them", "my fault", "nothing"):
        assert stored.possible(text, text) == built.possible(text, text)
    monkeypatch.undo()
    changed = ProgramCache(path).index({**patterns, "fault": (r"\bfaults\b", re.IGNORECASE)})
    assert changed.possible("my fault", "my fault") == set()


def test_a_deferred_index_is_built_once_it_has_been_asked_enough(tmp_path: Path) -> None:
    """Until then every pattern may match; after, the index answers, built once."""
    cache = ProgramCache(tmp_path / "programs.marshal")
    patterns = {"blame": (r"\bblamed?\b", 0), "fault": (r"\bfault\b", re.IGNORECASE)}
    built: list[int] = []

    def build() -> NeedleIndex:
        built.append(1)
        return cast(NeedleIndex, cache.index(patterns))

    deferred = DeferredIndex(tuple(patterns), build, after=2)
    assert [deferred.possible("my fault", "my fault") for _ in range(2)] == [
        {"blame", "fault"}] * 2
    assert not built and not deferred.built
    assert [deferred.possible("my fault", "my fault") for _ in range(2)] == [{"fault"}] * 2
    assert built == [1] and deferred.built
    assert isinstance(cache.index(patterns, after=1), DeferredIndex)


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"a|(?:b|c)|\b(e|f)|(?:g|h)i", 0, ["a", "b", "c", r"\be", r"\bf", "(?:g|h)i"]),
    # Brackets and bars inside a class or escaped are text; other groups stay whole.
    (r"[(|]x|\(y\|z|(?=a|b)c|(?i:d|e)|(?P<n>f|g)", 0,
     [r"[(|]x", r"\(y\|z", "(?=a|b)c", "(?i:d|e)", "(?P<n>f|g)"]),
    (r"\b(?:\b(?:x|y)|z)", 0, [r"\b\bx", r"\b\by", r"\bz"]),
    # A lone `\b` after a group is tried after each of its branches.
    (r"\b(?:a|(?:b|c)\b)\b|(?:d|e)f\b", 0, [r"\ba\b", r"\bb\b\b", r"\bc\b\b", r"(?:d|e)f\b"]),
    # A group repeated or followed by more is one alternative.
    (r"(?:a|b)+|(?:c|d)e", 0, ["(?:a|b)+", "(?:c|d)e"]),
    # What the text alone does not say: refused.
    (r"(a|b)\1|c", 0, None),
    (r"(?P<x>a)|(?P=x)", 0, None),
    (r"(?i)a|b", 0, None),
    (r"a(?#|)|b", 0, None),
    (r"a | b", re.VERBOSE, None),
])
def test_alternatives_are_read_off_the_text(pattern: str, flags: int,
                                            expected: list[str] | None) -> None:
    assert alternatives(pattern, flags) == expected
    if expected is not None:  # joined, they match what the pattern matches, where it does
        text = "a b c e f gi hi x y z ab (y|z (x |x ac d E f g"
        assert [m.span() for m in re.finditer("|".join(expected), text)] == [
            m.span() for m in re.finditer(pattern, text)]


def test_parts_join_alternatives_in_order() -> None:
    assert parts(r"\b(?:one|two|three)|four|five", 0, 9) == [
        r"\bone|\btwo", r"\bthree|four", "five"]
    assert parts(r"(a|b)\1", 0, 1) == [r"(a|b)\1"]


@pytest.mark.parametrize(("pattern", "cut", "text"), [
    # At one place the first alternative that matches wins, however long the others are.
    (r"\bpushed\b|\bpushed back hard\b|\bback\b", [r"\bpushed\b", r"\bpushed back hard\b|\bback\b"],
     "she pushed back hard, I pushed back"),
    # Matches do not overlap: the next search starts where a match ends.
    (r"aba|b", ["aba", "b"], "ababab bab"),
    # A part whose next match starts inside an earlier match is searched again after it.
    (r"abc|bcd|d", ["abc", "bcd", "d"], "abcd bcd"),
    # An empty match: `finditer`'s own rules.
    (r"x*|y", ["x*", "y"], "yxx y"),
])
def test_leftmost_finds_what_finditer_finds(pattern: str, cut: list[str], text: str) -> None:
    whole = re.compile(pattern)
    found = leftmost(whole, [re.compile(part) for part in cut], text)
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text)]
    # …and so does `leftmost_spans`, from the parts' own matches.
    found = leftmost_spans(whole, [re.compile(part) for part in cut], text)
    assert [m.span() for m in found] == [m.span() for m in whole.finditer(text)]


def test_leftmost_needs_only_the_parts_that_can_match() -> None:
    """A part with no match in the text may be left out; no part, no match."""
    whole = re.compile(r"\bblamed\b|\bfault\b|\bidiots?\b")
    text = "I blamed nobody; it was my fault"
    assert [m.group() for m in leftmost(whole, [re.compile(r"\bblamed\b|\bfault\b")], text)
            ] == ["blamed", "fault"]
    assert leftmost(whole, [], text) == []


def test_needles_are_words_rather_than_spaced_function_words() -> None:
    """A sentence without "spec", "data" or "brief" has no match; most sentences hold " was "
    or " were ", so those would gate next to nothing, however long they look with spaces."""
    found = regexes.needles_of("test-selective", r"\b(?:spec|data|brief)\w* (?:was|were) \w+")
    assert found == (("data", "spec", "brief"), False)


@pytest.mark.parametrize("text", [
    "If we'd known, I would have waited and they'll say so",
    "Back in 2019, one day in March, it's a busy Saturday",
    "nothing here", "", "İf I were you", "Because If we'd known",
])
def test_a_split_pattern_finds_what_the_whole_finds(text: str) -> None:
    """Searched for by its alternatives, each where the text holds its needles, a pattern
    gives the matches (and groups) the whole gives."""
    pattern = (r"\b(?:would|could) have\b|^if\b|\bif (?:I|we)['’]d\b|\b(they|we)['’]ll\b|"
               r"\b(?:in|back in) (?:19|20)\d\d\b|\bone day\b|\b(?:march|may) (\d+)?")
    split = regexes.compile_split("test-split", pattern, re.IGNORECASE)
    whole = re.compile(pattern, re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in split.finditer(text)] == [
        (m.span(), m.groups()) for m in whole.finditer(text)]
    found, expected = split.search(text), whole.search(text)
    assert (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups()))
    from_three, expected = split.search(text, 3), whole.search(text, 3)
    assert (from_three and from_three.span()) == (expected and expected.span())
    assert split.findall(text) == whole.findall(text)
    assert split == regexes.compile(pattern, re.IGNORECASE)
    # Minding case, its needles are looked for as written.
    minding = regexes.compile_split("test-split-case", r"\bBecause\b|\bIf we\b", 0)
    assert [m.span() for m in minding.finditer(text)] == [
        m.span() for m in re.finditer(r"\bBecause\b|\bIf we\b", text)]
