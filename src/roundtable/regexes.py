"""Regular expressions compiled once per machine instead of once per process.

CPython parses and compiles a pattern in pure Python (`re._parser`, `re._compiler`): the lexicon,
the clause reader and the competency cues, about 1,000 long alternations, took 0.2 s at every
start of `roundtable review`, more than importing all of its libraries. What that work produces is
a short list of integers (the engine's program), which `_sre.compile` turns into a `re.Pattern`
in microseconds. `compile` keeps those programs in one file per interpreter build under the cache
directory, so only a pattern never seen before is compiled the slow way.

A pattern built from a stored program is the pattern `re.compile` returns: the same program (the
two compare equal), flags and groups. Anything unexpected (another Python, a damaged or unwritable
file, a changed `re` internals) falls back to `re.compile`, so the cache can only save time.

The module stands in for `re` (`from roundtable import regexes as re`, as one writes
`import regex as re`). Only its `compile` goes through the cache, for the patterns written in the
code and the catalog; `match`, `search`, `sub` and the rest are `re`'s own, so a pattern built
from an answer's words (a name, a quote) is never written to disk.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from re import (
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    Match,
    Pattern,
    RegexFlag,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)
from typing import Any

from roundtable.store_paths import cache_dir

# (final flags, program as machine words, groups - 1, name -> index, index -> name)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

# Patterns edited during development leave stale programs behind: past this many (a review
# uses about 1,000), a save keeps only the programs this process used.
_MAX_ENTRIES = 20_000
_WORD = "I"


def _engine() -> Any:
    """`_sre` and the `re` internals this module relies on, or None if they are not as expected."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    usable = (array(_WORD).itemsize == _sre.CODESIZE and hasattr(_compiler, "_code")
              and hasattr(_parser, "parse"))
    return (_sre, _compiler, _parser) if usable else None


class ProgramCache:
    """Compiled patterns of one process, and the programs stored in `path` (None: store none).

    The file is read on the first `compile` and rewritten by `save` when patterns were added.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path if _ENGINE is not None else None
        self.stored: dict[_Key, _Entry] = {}
        self.patterns: dict[_Key, Pattern[str]] = {}
        self.added = 0
        self._loaded = False
        self._lock = threading.Lock()

    def compile(self, pattern: str, flags: int | RegexFlag = 0) -> Pattern[str]:
        """`re.compile(pattern, flags)`, from the stored program when there is one."""
        key = (pattern, int(flags))
        found = self.patterns.get(key)
        if found is not None:
            return found
        with self._lock:
            if not self._loaded:
                self._load()
            compiled = self._from_program(key) or self._compiled_anew(key)
            self.patterns[key] = compiled
        return compiled

    def save(self) -> None:
        """Write the stored programs if patterns were added (quietly not, if it cannot)."""
        if not self.added or self.path is None:
            return
        entries = self.stored
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in self.patterns if key in entries}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-")
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(entries))
            os.replace(name, self.path)  # concurrent processes each write a whole file
        except OSError:
            return
        self.added = 0

    def _load(self) -> None:
        self._loaded = True
        if self.path is None:
            return
        try:
            stored = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(stored, dict):
            self.stored = stored

    def _from_program(self, key: _Key) -> Pattern[str] | None:
        entry = self.stored.get(key)
        if entry is None or _ENGINE is None:
            return None
        try:
            final_flags, words, groups, groupindex, indexgroup = entry
            built: Pattern[str] = _ENGINE[0].compile(
                key[0], final_flags, array(_WORD, words).tolist(), groups, groupindex,
                indexgroup)
        except (TypeError, ValueError, RuntimeError):
            return None  # a damaged entry: compile anew
        return built

    def _compiled_anew(self, key: _Key) -> Pattern[str]:
        """Compile as `re._compiler.compile` does, keeping the program."""
        pattern, flags = key
        if _ENGINE is None or self.path is None:
            return re.compile(pattern, flags)
        sre, compiler, parser = _ENGINE
        try:
            parsed = parser.parse(pattern, flags)
            code = [int(word) for word in compiler._code(parsed, flags)]
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry: _Entry = (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
                             parsed.state.groups - 1, groupindex, tuple(indexgroup))
            built: Pattern[str] = sre.compile(pattern, entry[0], code, entry[2],
                                                 groupindex, entry[4])
        except re.error:
            raise
        except Exception:  # re's internals changed: compile the ordinary way
            return re.compile(pattern, flags)
        self.stored[key] = entry
        self.added += 1
        return built


def _cache_file() -> Path:
    magic = _ENGINE[0].MAGIC if _ENGINE is not None else 0
    return cache_dir() / f"regex-{sys.implementation.cache_tag}-{magic}-{sys.hexversion:x}.marshal"


_ENGINE = _engine()
_cache = ProgramCache(_cache_file())
atexit.register(_cache.save)
compile = _cache.compile


__all__ = [
    "DOTALL", "IGNORECASE", "MULTILINE", "VERBOSE", "Match", "Pattern", "ProgramCache",
    "RegexFlag", "compile", "error", "escape", "findall", "finditer", "fullmatch", "match",
    "search", "split", "sub",
]
