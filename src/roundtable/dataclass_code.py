"""Dataclass methods compiled once per machine instead of once per process.

`dataclasses` writes the methods it generates (`__init__`, `__repr__`, `__eq__`, `__hash__`, a
frozen class's `__setattr__`...) as Python source and compiles each with `exec` whenever a
class is defined. A `roundtable review` process defines about 90 dataclasses (its own, and
pydantic's, annotated_types', typer's and rich's) with about 400 such methods, and compiling
them was about a tenth of the process, every time.

`install` gives the `dataclasses` module an `exec` of its own (a module global, which its
functions look up before the builtin) that keeps the compiled code of each source text in one
file per interpreter build under the cache directory, as `.pyc` files keep a module's. The whole
source text is the key, so a class with other fields, or another dataclasses version writing
other source, is compiled anew and never confused with an old one; the stored code is what
compiling that text gives (same file name, "<string>", and flags), and running it does what
`exec` of the text does. Anything else passed to that `exec`, or a cache that cannot be read or
written, goes to the builtin `exec` as before, so the cache can only save time.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import sys
import threading
from pathlib import Path
from types import CodeType
from typing import Any

from roundtable.store_paths import cache_dir, write_cache_file

# Past this many stored texts (a review uses about 360), a save keeps only this process's.
_MAX_ENTRIES = 5_000


class CodeCache:
    """Compiled code by source text: this process's, and those stored in `path` (None: store
    none). The file is read on the first lookup and written by `save` when texts were added."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self.compiled = 0  # texts this process compiled (not found stored)
        self._loaded = False
        self._lock = threading.Lock()

    def code(self, source: str) -> CodeType:
        """The code `exec(source)` compiles, from the store when it holds it."""
        with self._lock:
            if not self._loaded:
                self._load()
            found = self.codes.get(source)
            if found is None:
                # What exec(source) compiles: dataclasses' own module has no __future__ imports.
                found = compile(source, "<string>", "exec", dont_inherit=True)
                self.codes[source] = found
                self.compiled += 1
            self.used.add(source)
            return found

    def save(self) -> None:
        """Write the stored code if texts were compiled (quietly not, if it cannot)."""
        if not self.compiled or self.path is None:
            return
        codes = self.codes
        if len(codes) > _MAX_ENTRIES:
            codes = {source: codes[source] for source in self.used}
        if write_cache_file(self.path, marshal.dumps(codes)):
            self.compiled = 0

    def _load(self) -> None:
        self._loaded = True
        if self.path is None:
            return
        try:
            stored = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if isinstance(stored, dict) and all(
                type(k) is str and type(v) is CodeType for k, v in stored.items()):
            self.codes = stored


def _cache_file() -> Path | None:
    try:
        folder = cache_dir()
    except RuntimeError:  # no home directory to put it in: compile in every process
        return None
    from importlib.util import MAGIC_NUMBER

    tag = f"{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-O{sys.flags.optimize}"
    return folder / f"dataclass-code-{tag}.marshal"


_cache: CodeCache | None = None


def _exec(source: Any, globals: dict[str, Any] | None = None,
          locals: Any = None, /, **kwargs: Any) -> None:
    if type(source) is str and globals is not None and not kwargs and _cache is not None:
        builtins.exec(_cache.code(source), globals, locals)
        return
    if globals is None:  # exec's default: the caller's namespaces, not this module's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    builtins.exec(source, globals, locals, **kwargs)


def install() -> None:
    """Compile the methods of dataclasses defined from now on through the cache."""
    global _cache
    if _cache is not None or "exec" in vars(dataclasses):  # installed, or someone else's
        return
    _cache = CodeCache(_cache_file())
    atexit.register(_cache.save)
    dataclasses.exec = _exec  # type: ignore[attr-defined]
