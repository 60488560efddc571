"""Patterns built from stored programs are the patterns `re.compile` builds."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable.catalog import competencies
from roundtable.evidence import lexicon
from roundtable.regexes import ProgramCache


def _code_patterns() -> list[tuple[str, int]]:
    found = [(pattern, re.IGNORECASE | re.MULTILINE) for pattern in lexicon.PATTERNS.values()]
    found += [(cue, re.IGNORECASE) for competency in competencies().values()
              for criterion in competency.criteria for cue in criterion.cues]
    found += [(r"(?P<who>\w+) said (?P=who)", 0), (r"(?<!not )\bso\b(?=\s)", re.VERBOSE)]
    return found


def test_a_stored_program_compiles_to_the_same_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    patterns = _code_patterns()
    first = ProgramCache(path)
    made = [first.compile(pattern, flags) for pattern, flags in patterns]
    first.save()
    second = ProgramCache(path)
    loaded = [second.compile(pattern, flags) for pattern, flags in patterns]
    assert second.added == 0  # every one came from the file
    for (pattern, flags), new, old in zip(patterns, loaded, made, strict=True):
        expected = re.compile(pattern, flags)
        # Pattern equality compares the compiled program itself, not only the source.
        assert new == expected and old == expected
        assert (new.flags, new.groups, new.groupindex) == (
            expected.flags, expected.groups, expected.groupindex)
    text = "We were down 12% after I led the rollout; Ann said Ann, not so fast."
    assert [[m.span() for m in p.finditer(text)] for p in loaded] == [
        [m.span() for m in re.finditer(pattern, text, flags)] for pattern, flags in patterns]


def test_a_damaged_or_foreign_file_only_costs_time(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    path.write_bytes(b"\x00not a program file")
    cache = ProgramCache(path)
    assert cache.compile(r"\bI (?:led|ran)\b", re.IGNORECASE) == re.compile(
        r"\bI (?:led|ran)\b", re.IGNORECASE)
    cache.save()
    import marshal
    key = (r"\bI (?:led|ran)\b", int(re.IGNORECASE))
    entries = marshal.loads(path.read_bytes())
    entries[key] = (0, b"\xff" * 8, 0, {}, ())  # a program `_sre` refuses
    path.write_bytes(marshal.dumps(entries))
    assert ProgramCache(path).compile(*key) == re.compile(*key)


def test_a_bad_pattern_still_raises_re_error(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        ProgramCache(tmp_path / "programs.marshal").compile(r"\b(unclosed")


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    cache = ProgramCache(blocked / "programs.marshal")
    assert cache.compile("a+b") == re.compile("a+b")
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
