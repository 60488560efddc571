"""A gated pattern finds exactly what `re` finds: the needles only skip texts with no match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_stored_programs import _code_patterns, _reference, _texts

from roundtable.regex_gate import Gated
from roundtable.regexes import ProgramCache


def _gated(cache: ProgramCache, pattern: str, flags: int = 0) -> Gated:
    compiled = cache.compile(pattern, flags)
    assert isinstance(compiled, Gated), pattern
    return compiled


def _same(new: re.Pattern[str], expected: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in new.finditer(text)] == [
        m.span() for m in expected.finditer(text)], (expected.pattern, text)
    if new.groups == expected.groups:  # else compiled spans-only: `findall` gives whole matches
        assert new.findall(text) == expected.findall(text)
    for method in ("search", "match", "fullmatch"):
        found, wanted = getattr(new, method)(text), getattr(expected, method)(text)
        assert (found and found.span()) == (wanted and wanted.span()), (method, text)


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
    assert isinstance(ProgramCache(path).compile(r"\bpushed back\b", re.IGNORECASE), Gated)
