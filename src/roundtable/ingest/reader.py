"""Reading input bytes safely: size limit, binary detection, UTF-8 only."""

from __future__ import annotations

import sys
from pathlib import Path

from roundtable.errors import InputError

MAX_BYTES = 200_000
"""About 30,000 words: far beyond any spoken answer, small enough to review in milliseconds."""


def _too_large(origin: str, size: int | None = None) -> InputError:
    actual = f"is {size:,} bytes" if size is not None else "is over the limit"
    return InputError(
        f"{origin} {actual}; the limit is {MAX_BYTES:,} bytes "
        "(trim it to the question and the answer)"
    )


def decode(data: bytes, origin: str) -> str:
    """Decode submitted bytes as UTF-8 text, refusing binary data and oversized input."""
    if len(data) > MAX_BYTES:
        raise _too_large(origin)
    if b"\x00" in data:
        raise InputError(f"{origin} looks like a binary file, not text; give a .txt or .md file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin} is not UTF-8 text (bad byte at position {exc.start}); "
            "re-save it as UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{origin} is empty; give the candidate's answer as text")
    return text


def read_source(source: str) -> str:
    """Read an answer from a file path, or from standard input when `source` is "-"."""
    if source == "-":
        return decode(sys.stdin.buffer.read(MAX_BYTES + 1), "standard input")
    path = Path(source)
    if not path.exists():
        raise InputError(f"no such file: {source}")
    if path.is_dir():
        raise InputError(f"{source} is a directory; give a text file with the answer")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(source, size)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    return decode(data, source)
