"""Data read back from a faster copy while what it was made from is unchanged.

Parsing JSON builds every object in Python; `marshal` reads the same objects back about twice as
fast. The copy is keyed by a hash of the file's bytes (hashing 400 kB takes a third of a
millisecond), so an edited or retrained file is parsed anew, never confused with its old copy.
`computed` does the same for a value computed from data (the inference's word profiles of the
catalog), keyed by everything the value depends on.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from roundtable.store_paths import cache_dir, write_cache_file

_T = TypeVar("_T")


def load_json(path: Path) -> Any:
    """`json.loads` of the file at `path`, from the cache when its bytes are unchanged."""
    raw = path.read_bytes()

    def parsed() -> Any:
        import json  # only when the copy is missing or stale: most processes never parse

        return json.loads(raw)

    return computed(f"json-{path.stem}", raw, parsed)


def computed(name: str, key: bytes, compute: Callable[[], _T]) -> _T:
    """`compute()`, from the copy named `name` when it was computed from the same `key` (every
    byte the value depends on). The value must be made of what `marshal` keeps: dicts, lists,
    tuples, strings, numbers."""
    digest = hashlib.sha256(key).hexdigest()
    try:
        copy = cache_dir() / f"{name}-{sys.implementation.cache_tag}.marshal"
    except RuntimeError:  # no home directory for a cache: compute every time
        return compute()
    try:
        stored_key, stored = marshal.loads(copy.read_bytes())
        if stored_key == digest:
            return stored  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = compute()
    write_cache_file(copy, marshal.dumps((digest, cast(Any, value))))
    return value
