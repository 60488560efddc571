"""Where Roundtable keeps its files on this machine (overridable with environment variables)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def data_dir() -> Path:
    """$ROUNDTABLE_HOME, else $XDG_DATA_HOME/roundtable, else ~/.local/share/roundtable."""
    if home := os.environ.get("ROUNDTABLE_HOME"):
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "roundtable"


def recovery_dir() -> Path:
    """Answers from standard input whose review failed are kept here."""
    return data_dir() / "recovered"


def cache_dir() -> Path:
    """$ROUNDTABLE_CACHE_DIR, else $XDG_CACHE_HOME/roundtable, else ~/.cache/roundtable."""
    if explicit := os.environ.get("ROUNDTABLE_CACHE_DIR"):
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "roundtable"


def write_cache_file(path: Path, data: bytes) -> bool:
    """Replace `path` with `data` whole (a reader never sees half a file); False if it cannot.

    For caches only: concurrent writers each write a whole file and the last one wins.
    """
    import tempfile  # only when a cache is written: most processes only read theirs

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(name, path)
    except OSError:
        return False
    return True


def read_marshalled_dict(path: Path) -> dict[Any, Any] | None:
    """A cache file written with `marshal` holding a dict, or None when it is missing,
    unreadable, damaged or not a dict: a cache can only save time. Callers check its entries."""
    import marshal

    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return stored if isinstance(stored, dict) else None
