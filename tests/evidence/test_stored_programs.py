"""Patterns built from stored programs are the patterns `re.compile` builds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable import regexes, review
from roundtable.catalog import competencies
from roundtable.regexes import ProgramCache

DATA = Path(__file__).resolve().parents[1] / "data"


def _code_patterns() -> list[tuple[str, int]]:
    """Every pattern a review compiles (the lexicon, the reading, the competencies' cues...)."""
    review(_answers()[0], competency="conflict")
    found = list(regexes._cache.patterns)
    found += [(cue, flags) for competency in competencies().values()
              for criterion in competency.criteria for cue in criterion.cues
              for flags in (re.IGNORECASE, 0)]  # inference runs lowered cues without it
    found += [(r"(?P<who>\w+) said (?P=who)", 0), (r"(?<!not )\bso\b(?=\s)", re.VERBOSE),
              (r"\b(?:a|b)?c", 0), (r"(?=x)\b(?:[0-9]+|one)\b", 0), (r"^(?:we|i)\b", re.M),
              # Branches sharing an opening test or letter, groups opening on one, repeats.
              (r"(\bab|\bac)|x(\b)|\bab|\b(?:so|said)\b", 0),
              (r"(?:\bhe|\bhi|\bh)+\b|(\bx)*y|\b(?:a|b)|\bc|(?<=\bq)r", re.IGNORECASE),
              (r"(?:a(b)|a(c)|ad)(?:e|f)|a|(?:(?:g|h)|i)", 0),
              # A digit opening a branch (a hint naming the class), lookbehinds before words.
              (r"\b(?:\d+|two) (?:days|weeks) ago|(?<!not )(?<!no )\bsaid (?:so|no)", re.I)]
    return list(dict.fromkeys(found))


def _answers() -> list[str]:
    return [json.loads(line)["answer"] for path in sorted((DATA / "devset").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts() -> list[str]:
    """A third of the dev-set answers (every voice and competency), as written and lowered,
    and a few edge cases."""
    texts = _answers()[::3] + ["", "c", "ac", "bc", "xone", "x12", "one 12 x", "İ said İ",
                               "ab ac abc x xx he hi h hhe q qr xxy ade acf a g h i",
                               "so\nso ", "ſo I ſaid \u212aeep it; ﬁxed ΣΑΣ σας ß ẞ ı",
                               "٣ days ago, ５ weeks ago, not said so, I said no"]
    return texts + [text.lower() for text in texts]


def _reference(pattern: str, flags: int) -> re.Pattern[str]:
    """`re`'s own pattern for a key of the cache (which marks a pattern compiled spans-only)."""
    return re.compile(pattern, flags & ~regexes._SPANS_ONLY)


def _found(pattern: re.Pattern[str], text: str, spans_only: bool) -> list[object]:
    """Each match of `pattern` in `text`: its span, and its groups unless compiled without."""
    return [m.span() if spans_only else (m.regs, m.lastindex) for m in pattern.finditer(text)]


def test_a_stored_program_compiles_to_the_same_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    patterns = _code_patterns()
    first = ProgramCache(path)
    made = [first.compile(pattern, flags) for pattern, flags in patterns]
    first.save()
    second = ProgramCache(path)
    loaded = [second.compile(pattern, flags) for pattern, flags in patterns]
    assert second.added == 0  # every one came from the file
    hinted = 0
    for (pattern, flags), new, old in zip(patterns, loaded, made, strict=True):
        expected = _reference(pattern, flags)
        assert new == old
        assert (new.pattern, new.flags) == (expected.pattern, expected.flags)
        if flags & regexes._SPANS_ONLY and not expected.groupindex:
            assert (new.groups, new.groupindex) == (0, {})
        else:
            assert (new.groups, new.groupindex) == (expected.groups, expected.groupindex)
        # Pattern equality compares the programs: only a start-character hint may differ.
        hinted += new != expected
    assert hinted > 300  # the lexicon, the reading, the cues


def test_a_reshaped_and_hinted_program_never_changes_what_matches(tmp_path: Path) -> None:
    """Every search of a program written from the reshaped pattern (`regex_shape`), with its
    start hint, finds what `re`'s own program finds, groups included, on real text."""
    cache = ProgramCache(tmp_path / "programs.marshal")
    pairs = [(cache.compile(pattern, flags), _reference(pattern, flags))
             for pattern, flags in _code_patterns()]
    pairs = [(new, expected) for new, expected in pairs if new != expected]
    assert sum(new.groups < expected.groups for new, expected in pairs) > 40  # the lexicon
    texts = _texts()
    for new, expected in pairs:
        spans_only = new.groups < expected.groups
        for text in texts:
            assert _found(new, text, spans_only) == _found(expected, text, spans_only), (
                new.pattern, text)
        assert [bool(new.match(text)) for text in texts] == [
            bool(expected.match(text)) for text in texts]


def test_a_damaged_or_foreign_file_only_costs_time(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    path.write_bytes(b"\x00not a program file")
    key = (r"\bI (?:led|ran)\b", int(re.IGNORECASE))
    text = "Then I led it, i ran it, and I LED the next."
    expected = re.compile(*key).findall(text)
    cache = ProgramCache(path)
    assert cache.compile(*key).findall(text) == expected == ["I led", "i ran", "I LED"]
    cache.save()
    # A program `_sre` refuses
    path.write_bytes(regexes._programs_file({key: (0, b"\xff" * 8, 0, {}, (), None)}))
    again = ProgramCache(path)
    assert again.compile(*key).findall(text) == expected
    assert again.added == 1  # compiled anew


def test_a_bad_pattern_still_raises_re_error(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        ProgramCache(tmp_path / "programs.marshal").compile(r"\b(unclosed")


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    cache = ProgramCache(blocked / "programs.marshal")
    assert cache.compile("a+b").findall("aab ab b") == ["aab", "ab"]
    cache.save()  # quietly does nothing


def test_the_cli_writes_its_programs_once_and_reads_them_after(tmp_path: Path) -> None:
    env = {"ROUNDTABLE_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    script = ("import roundtable.regexes as r, roundtable.evidence.lexicon; "
              "print(r._cache.added, len(r._cache.stored))")
    src = str(Path(__file__).resolve().parents[2] / "src")
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**env, "PYTHONPATH": src}, check=True).stdout.split()
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**env, "PYTHONPATH": src}, check=True).stdout.split()
    assert int(first[0]) > 50 and first[0] == first[1]
    assert second == ["0", first[1]]
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    assert len(list(tmp_path.glob("needles-regex-*.marshal"))) == 1  # the role cues' index


def test_it_stands_in_for_every_name_of_re() -> None:
    """Code written for `re` keeps working when it imports `regexes as re`."""
    assert [name for name in re.__all__ if not hasattr(regexes, name)] in ([], ["template"])


def test_check_builds_no_stored_program_and_still_refuses_a_bad_pattern(tmp_path: Path) -> None:
    """The catalog checks every cue at every start: a cue whose program is stored is known to
    compile and is not built again; one never seen is compiled, and a bad one refused."""
    path = tmp_path / "programs.marshal"
    first = ProgramCache(path)
    first.compile(r"\bpushed back\b", re.IGNORECASE)
    first.save()
    second = ProgramCache(path)
    second.check(r"\bpushed back\b", re.IGNORECASE)
    assert not second.patterns  # known from the file, nothing built
    second.check(r"\bheld firm\b", re.IGNORECASE)
    assert list(second.patterns) == [(r"\bheld firm\b", re.IGNORECASE)]
    with pytest.raises(re.error):
        second.check(r"\b(unclosed", re.IGNORECASE)


def test_a_stored_program_is_built_only_when_first_used(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Read back from the file, a pattern is built the first time it is used, not when it is
    compiled (most of what the modules compile at import goes unused in a review), and its
    text and flags are known before that."""
    path = tmp_path / "programs.marshal"
    keys = [(r"\bpushed back\b", int(re.IGNORECASE)), (r"\b(?P<who>\w+) said\b", 0)]
    first = ProgramCache(path)
    for key in keys:
        first.compile(*key)
    first.save()
    built: list[tuple[str, int]] = []
    build = ProgramCache._built
    monkeypatch.setattr(ProgramCache, "_built",
                        lambda self, key: built.append(key) or build(self, key))
    second = ProgramCache(path)
    gated, named = (second.compile(*key) for key in keys)
    assert (gated.pattern, named.flags) == (keys[0][0], re.compile(keys[1][0]).flags)
    assert built == []
    assert named.search("then Ana said no").group("who") == "Ana"
    assert named.groupindex == {"who": 1} and built == [keys[1]]
    assert gated.findall("we Pushed Back twice, pushed back") == ["Pushed Back", "pushed back"]
    assert gated == re.compile(*keys[0]) or gated == first.compile(*keys[0])
    assert built == keys[::-1] and second.added == 0


def test_a_cache_read_from_its_file_saves_and_still_builds_what_it_read(tmp_path: Path) -> None:
    """Programs read back are views of the file, mapped into memory: a save replaces the file,
    and a pattern read before it and not yet built is built from the program as written."""
    path = tmp_path / "programs.marshal"
    first = ProgramCache(path)
    first.compile(r"\bpushed back\b", re.IGNORECASE)
    first.save()
    second = ProgramCache(path)
    read = second.compile(r"\bpushed back\b", re.IGNORECASE)
    second.compile(r"\bheld firm\b", re.IGNORECASE)  # compiled anew: the save rewrites the file
    second.save()
    assert read.findall("we Pushed Back, then pushed back") == ["Pushed Back", "pushed back"]
    third = ProgramCache(path)
    assert third.compile(r"\bheld firm\b", re.IGNORECASE).findall("I Held firm") == ["Held firm"]
    assert third.compile(r"\bpushed back\b", re.IGNORECASE).search("pushed back")
    assert third.added == 0
