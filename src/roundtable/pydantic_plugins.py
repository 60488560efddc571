"""pydantic's plugin lookup, answered from a cache while the installed packages stay the same.

The first schema pydantic builds looks for plugins (`pydantic.plugin._loader.get_plugins`): it
imports `importlib.metadata` (and with it `email`, `zipfile`, `csv`) and reads the entry points
of every installed distribution. That took about a twentieth of a `roundtable review` process,
though hardly any environment has a pydantic plugin.

`install` puts a stand-in for that module in place before pydantic imports it. On the first
lookup the stand-in compares the folders on `sys.path` with the last lookup's (their
modification times: installing or removing a package adds or removes a folder in its
site-packages): unchanged, and that lookup found no plugin, pydantic is told there is none, as
its own loader would have said. Otherwise pydantic's own loader replaces the stand-in and runs as
it always does; whether it found a plugin is kept for the next process.
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
import threading
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from roundtable.store_paths import cache_dir, write_cache_file

LOADER = "pydantic.plugin._loader"
_GROUP = "pydantic"  # pydantic's entry-point group for plugins
_NONE_WANTED = ("__all__", "1", "true")  # PYDANTIC_DISABLE_PLUGINS values that turn all off
_KEPT = 16  # environments remembered (sys.path differs with the script and PYTHONPATH)

# Per sys.path (absolute): the folders' modification times, and whether a plugin was found.
_Known = dict[tuple[str, ...], tuple[tuple[int, ...], bool]]

_lock = threading.Lock()
_no_plugins: bool | None = None  # this process's answer, once looked up


def install() -> None:
    """Stand in for pydantic's plugin loader, unless pydantic has already imported its own."""
    if LOADER in sys.modules:
        return
    stand_in = types.ModuleType(LOADER, __doc__)
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = _loader_attribute  # type: ignore[method-assign]
    sys.modules[LOADER] = stand_in


def _loader_attribute(name: str) -> Any:
    # Whatever else pydantic may read from its loader; the import system's own questions
    # (`__path__`, `__spec__`...) are about the stand-in, and must not import the loader.
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_own_loader(), name)


def get_plugins(*args: Any, **kwargs: Any) -> Iterable[Any]:
    """What `pydantic.plugin._loader.get_plugins` returns, without it when none is installed.

    A call with arguments (today's pydantic passes none) goes to pydantic's own loader, as does
    a PYDANTIC_DISABLE_PLUGINS naming the plugins to leave out.
    """
    if not args and not kwargs:
        wanted = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
        if wanted in _NONE_WANTED or (wanted is None and _none_installed()):
            return ()
    plugins: Iterable[Any] = _own_loader().get_plugins(*args, **kwargs)
    return plugins


def _none_installed() -> bool:
    """Whether this environment has no pydantic plugin, looked up once per process."""
    global _no_plugins
    with _lock:
        if _no_plugins is None:
            _no_plugins = not _plugins_installed()
        return _no_plugins


def _own_loader() -> types.ModuleType:
    """pydantic's own loader module, imported in place of the stand-in on first use."""
    with _lock:
        module = sys.modules.get(LOADER)
        if module is None or module.get_plugins is get_plugins:
            sys.modules.pop(LOADER, None)
            module = importlib.import_module(LOADER)
        return module


def _plugins_installed() -> bool:
    """Whether a distribution on sys.path declares a pydantic plugin: from the cache while the
    folders on sys.path are unchanged, else from their metadata (and then kept)."""
    paths = tuple(os.path.abspath(entry or os.curdir) for entry in sys.path)
    stamps = tuple(_modified(path) for path in paths)
    file = _cache_file()
    known = _read(file)
    if paths in known and known[paths][0] == stamps:
        return known[paths][1]
    from importlib.metadata import entry_points

    found = bool(entry_points(group=_GROUP))
    known.pop(paths, None)
    known[paths] = (stamps, found)
    if file is not None:
        write_cache_file(file, marshal.dumps(dict(list(known.items())[-_KEPT:])))
    return found


def _modified(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def _cache_file() -> Path | None:
    try:
        return cache_dir() / f"pydantic-plugins-{sys.implementation.cache_tag}.marshal"
    except RuntimeError:  # no home directory for a cache: look up in every process
        return None


def _read(file: Path | None) -> _Known:
    if file is None:
        return {}
    try:
        known = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return known if isinstance(known, dict) else {}
