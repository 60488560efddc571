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
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar, cast

from roundtable.store_paths import cache_dir, write_cache_file

_T = TypeVar("_T")


def load_json(path: Path, rows: tuple[tuple[str, ...], ...] = ()) -> Any:
    """`json.loads` of the file at `path`, from the cache when its bytes are unchanged.

    Each path in `rows` (keys into the JSON, `*` for every key) leads to a mapping of names to
    rows, a trained model's weights by feature: it comes back as `Rows`."""
    raw = path.read_bytes()

    def parsed() -> Any:
        import json  # only when the copy is missing or stale: most processes never parse

        data = json.loads(raw)
        for where in rows:
            data = _changed(data, where, _packed)
        return data

    data = computed(f"json-{path.stem}", raw + repr(rows).encode(), parsed)
    for where in rows:
        data = _changed(data, where, Rows)
    return data


def _changed(data: Any, where: tuple[str, ...], change: Callable[[Any], Any]) -> Any:
    """`data` with `change` made to what path `where` leads to (in place of it, in order)."""
    if not where:
        return change(data)
    keys = list(data) if where[0] == "*" else [where[0]]
    return {**data, **{key: _changed(data[key], where[1:], change) for key in keys
                       if key in data}}


_Packed = tuple[dict[str, int], bytes, bytes]


def _packed(rows: dict[str, Any]) -> _Packed:
    """`rows` as `Rows` reads them: each name's place, the rows marshalled one after another,
    and where each ends."""
    written = [marshal.dumps(row) for row in rows.values()]
    ends = array("Q", [0, *accumulate(map(len, written))])
    return dict(zip(rows, range(len(written)), strict=True)), b"".join(written), ends.tobytes()


_MISSING = object()


class Rows(Mapping[str, Any]):
    """A trained model's rows of weights by feature name, each read back from its bytes when it
    is asked for.

    A model holds a row for each of thousands of features, and a review asks for a few hundred:
    marshalled as a dict, reading the flag model back made 15,000 lists and 77,000 numbers, a
    fiftieth of a `roundtable review` process with the other models. A row asked for is the list
    the JSON has (its numbers as written, ints and floats), kept once read: a review asks for the
    same rows a thousand times, and its callers only read them."""

    __slots__ = ("_at", "_rows", "_ends", "_read")

    def __init__(self, packed: _Packed) -> None:
        self._at, rows, ends = packed
        self._rows = memoryview(rows)
        self._ends = array("Q")
        self._ends.frombytes(ends)
        self._read: dict[str, Any] = {}

    @classmethod
    def of(cls, rows: dict[str, Any]) -> Rows:
        """`rows` as a `Rows`."""
        return cls(_packed(rows))

    def get(self, name: str, default: Any = None) -> Any:
        row = self._read.get(name)
        if row is not None:
            return row
        at = self._at.get(name)
        if at is None:
            return default
        row = self._read[name] = marshal.loads(self._rows[self._ends[at]:self._ends[at + 1]])
        return row

    def rows(self, names: Iterable[str]) -> list[Any]:
        """The rows of those of `names` the model has, in their order (`get` of each, the
        names without one left out). A linear model asks this of every feature of a clause,
        about 1,200 a review, most of them rows read before: those are looked up in C, without
        a call to `get` each, and so are the names the model has no row for (about half). A
        row read before is found in one lookup, not looked for among the thousands of names
        first (in a review of an answer not seen before those lookups find little in the
        processor's caches: about a fifth of the time)."""
        read, at = self._read, self._at
        # (a row is never empty: a falsy one is one not read yet)
        return [row for name in names
                if (row := read.get(name)) or name in at and (row := self.get(name))]

    def __getitem__(self, name: str) -> Any:
        row = self.get(name, _MISSING)
        if row is _MISSING:
            raise KeyError(name)
        return row

    def __contains__(self, name: object) -> bool:
        return name in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


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
