"""Code that the standard library generates as source at every start, compiled once per machine.

`dataclasses` writes the methods it generates (`__init__`, `__repr__`, `__eq__`, `__hash__`, a
frozen class's `__setattr__`...) as Python source and compiles each with `exec` whenever a
class is defined; `typing` compiles each string annotation it is given (a `ForwardRef`), and
`collections.namedtuple` each tuple's `__new__`. A `roundtable review` process defines about 90
dataclasses (its own, and pydantic's, annotated_types', typer's and rich's) with about 400 such
methods, pydantic's import makes about 600 forward references, and there are about 40 named
tuples: compiling them was about a tenth of the process, every time.

`install` gives each of these modules its own `exec`, `compile` or `eval` (module globals, which
their functions look up before the builtins) that keep the compiled code of each source text in
one file per interpreter build under the cache directory, as `.pyc` files keep a module's. The
whole source text is the key, so a class with other fields, or another version writing other
source, is compiled anew and never confused with an old one; the stored code is what compiling
that text gives (same file name, mode and flags: neither module has `__future__` imports to
pass on), and running it does what the builtin does with the text. Any other call, or a cache
that cannot be read or written, goes to the builtins as before, so the cache can only save time.
"""

from __future__ import annotations
import __future__

import atexit
import builtins
import collections
import dataclasses
import marshal
import sys
import threading
import typing
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from roundtable.store_paths import cache_dir, read_marshalled_dict, write_cache_file

# Past this many stored texts (a review uses about 1,000), a save keeps only this process's.
_MAX_ENTRIES = 10_000


class CodeCache:
    """Compiled code by mode, file name and source text: this process's, and those stored in
    `path` (None: store none). The file is read on the first lookup and written by `save` when
    texts were compiled."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self.compiled = 0  # texts this process compiled (not found stored)
        self._loaded = False
        self._lock = threading.Lock()

    def code(self, source: str, filename: str = "<string>", mode: str = "exec") -> CodeType:
        """What `compile(source, filename, mode)` gives, with no `__future__` flags inherited;
        from the store when it holds it."""
        key = f"{mode}\0{filename}\0{source}"
        with self._lock:
            if not self._loaded:
                self._load()
            found = self.codes.get(key)
            if found is None:
                found = builtins.compile(source, filename, mode, dont_inherit=True)
                self.codes[key] = found
                self.compiled += 1
            self.used.add(key)
            return found

    def save(self) -> None:
        """Write the stored code if texts were compiled (quietly not, if it cannot)."""
        if not self.compiled or self.path is None:
            return
        codes = self.codes
        if len(codes) > _MAX_ENTRIES:
            codes = {key: codes[key] for key in self.used}
        if write_cache_file(self.path, marshal.dumps(codes)):
            self.compiled = 0

    def _load(self) -> None:
        self._loaded = True
        if self.path is None:
            return
        stored = read_marshalled_dict(self.path)
        if stored is not None and all(
                type(k) is str and type(v) is CodeType for k, v in stored.items()):
            self.codes = stored


def _cache_file() -> Path | None:
    try:
        folder = cache_dir()
    except RuntimeError:  # no home directory to put it in: compile in every process
        return None
    from importlib.util import MAGIC_NUMBER

    tag = f"{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-O{sys.flags.optimize}"
    return folder / f"generated-code-{tag}.marshal"


_cache: CodeCache | None = None


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /,
          **kwargs: Any) -> None:
    """`exec` for `dataclasses`: a source text's code from the cache."""
    if type(source) is str and globals is not None and not kwargs and _cache is not None:
        builtins.exec(_cache.code(source), globals, locals)
        return
    if globals is None:  # exec's default: the caller's namespaces, not this module's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    builtins.exec(source, globals, locals, **kwargs)


def _eval(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> Any:
    """`eval` for `collections`: a source text's code from the cache."""
    if type(source) is str and globals is not None and _cache is not None:
        return builtins.eval(_cache.code(source, "<string>", "eval"), globals, locals)
    if globals is None:  # eval's default: the caller's namespaces, not this module's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    return builtins.eval(source, globals, locals)


def _compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
             optimize: int = -1, **kwargs: Any) -> Any:
    """`compile` for `typing`: a source text's code from the cache. The caller's module has no
    `__future__` flags, so inheriting them (`dont_inherit=False`) inherits none."""
    if (type(source) is str and type(filename) is str and not flags and optimize == -1
            and not kwargs and _cache is not None):
        return _cache.code(source, filename, mode)
    return builtins.compile(source, filename, mode, flags, True, optimize, **kwargs)


def _plain(module: ModuleType, name: str) -> bool:
    """Whether `module` calls the builtin `name` (no global of its own shadows it) and has no
    `__future__` import whose flags a compile there would inherit."""
    return name not in vars(module) and not any(
        isinstance(value, __future__._Feature) for value in vars(module).values())


def install() -> None:
    """Compile dataclasses' methods, typing's forward references and named tuples' `__new__`
    through the cache from now on."""
    global _cache
    if _cache is not None:
        return
    _cache = CodeCache(_cache_file())
    atexit.register(_cache.save)
    if _plain(dataclasses, "exec"):
        dataclasses.exec = _exec  # type: ignore[attr-defined]
    if _plain(typing, "compile"):
        typing.compile = _compile  # type: ignore[attr-defined]
    if _plain(collections, "eval"):
        collections.eval = _eval  # type: ignore[attr-defined]
