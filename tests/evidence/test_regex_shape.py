"""`regex_shape`: a reshaped pattern tries a shared opening once and matches as `re` does;
one compiled for its spans only finds the same spans."""

from __future__ import annotations

import re
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

from roundtable.regexes import ProgramCache, _program


def _shaped(pattern: str, flags: int = 0) -> list[int]:
    return _program(_parser.parse(pattern, flags), flags)


@pytest.mark.parametrize(("written", "shared"), [
    # The \b of the first two branches is tested once, and so is the "b" after it.
    (r"\bblame|\bbad|x|\bfault", r"\bb(?:lame|ad)|x|\bfault"),
    # A group that only groups is spliced in; one opening on a \b gives it up front.
    (r"(?:\bhe|\bshe) left|(\bnote|\bmessage) to", r"\b(?:he|she) left|\b(note|message) to"),
])
def test_branches_sharing_an_opening_make_it_once(written: str, shared: str) -> None:
    assert _shaped(written) == _shaped(shared)
    assert _shaped(written) != _compiler._code(_parser.parse(written, 0), 0)
    text = "bad blame x fault he left she left note to message to"
    assert [m.regs for m in re.finditer(written, text)] == [
        m.regs for m in re.finditer(shared, text)]


@pytest.mark.parametrize(("written", "later"), [
    # The lookbehinds are tested once the characters after them are there, widened by them.
    (r"(?<!\bwas )(?<!'re )\bused to\b", r"\bused to(?<!\bwas used to)(?<!'re used to)\b"),
    # in a branch, where it then shares its opening with the branch before it
    (r"\bus|(?<!not )\buse\w+", r"\bus|\buse(?<!not use)\w+"),
    # a lookahead is no place test to move past
    (r"(?<!a )(?=b)bc", r"(?<!a )(?=b)bc"),
])
def test_lookbehinds_are_tested_after_the_characters_they_stand_before(written: str,
                                                                      later: str) -> None:
    assert _shaped(written, re.IGNORECASE) == _shaped(later, re.IGNORECASE)
    text = "We used to; they were used to it, we're used to; users, not users, a bc, bc, Used To"
    assert [m.span() for m in re.finditer(written, text, re.IGNORECASE)] == [
        m.span() for m in re.finditer(later, text, re.IGNORECASE)]


@pytest.mark.parametrize(("written", "spread"), [
    # An alternation opening a branch becomes one branch per alternative, the rest copied.
    (r"\b(?:(?:it|that) was (?:their|his) fault|they left)",
     r"\b(?:it was (?:their|his) fault|that was (?:their|his) fault|they left)"),
    # An optional opening is the branch with it, then the branch without it (greedy order).
    (r"\b(?:(?:really )?sure|not fast)", r"\b(?:really sure|sure|not fast)"),
])
def test_a_pattern_without_groups_spreads_its_opening_alternations(written: str,
                                                                  spread: str) -> None:
    def program(pattern: str, spreads: bool) -> list[int]:
        return _program(_parser.parse(pattern, 0), 0, spread=spreads)

    assert program(written, True) == program(spread, True) != program(written, False)
    text = "it was his fault, that was their fault, they left; sure, really sure, not fast"
    assert [m.span() for m in re.finditer(written, text)] == [
        m.span() for m in re.finditer(spread, text)]


def test_spreading_stops_where_the_copies_would_grow_the_program_too_far() -> None:
    tail = "|".join(f"word{i} (?:one|two|three)" for i in range(400))
    written = rf"\b(?:a|b|c) (?:{tail})"
    assert _program(_parser.parse(written, 0), 0, spread=True) == _program(
        _parser.parse(written, 0), 0)


@pytest.mark.parametrize(("pattern", "groups"), [
    (r"\b(it|that) was (their|his) fault|[(]a(b)[^)(]|\(c\)|[]()](x)", 0),
    (r"(?P<name>a)|(?:b)|(?=c)(?<!(d))", 0),
    # A pattern that refers back to a group keeps its groups.
    (r"(\w+) and \1", 1),
    (r"(?P<w>\w+) (?P=w)", 1),
    (r"(a)?(?(1)b|c)", 1),
])
def test_a_pattern_compiled_for_its_spans_finds_the_same_spans(
        tmp_path: Path, pattern: str, groups: int) -> None:
    compiled = ProgramCache(tmp_path / "programs.marshal").compile(pattern, spans_only=True)
    assert compiled.groups == groups
    text = "it was their fault (a) (ab) (c) ]x b c d and d w w ab c"
    assert [m.span() for m in compiled.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)]


def test_a_digit_opening_a_branch_still_lets_searches_skip_other_characters(
        tmp_path: Path) -> None:
    """The start hint names the class `\\d` beside the letters the other branches open on, so
    every digit `re` takes for one (Arabic-Indic, full-width) still starts a match."""
    from re import _constants  # type: ignore[attr-defined]

    pattern = r"\b(?:\d+|two|a few) (?:days|weeks) ago"
    code = _shaped(pattern, re.IGNORECASE)
    assert code[0] == _constants.INFO and code[2] & _constants.SRE_INFO_CHARSET
    text = "Two weeks ago, ٣ days ago, ５ weeks ago and a few days ago, not 12days ago"
    compiled = ProgramCache(tmp_path / "programs.marshal").compile(pattern, re.IGNORECASE)
    assert [m.span() for m in compiled.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, re.IGNORECASE)] != []
