"""Reading input bytes safely: size limit, binary detection, UTF-8 only."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from roundtable.errors import InputError

MAX_BYTES = 200_000
"""About 30,000 words: far beyond any spoken answer, small enough to review in milliseconds."""
MAX_TRANSCRIPT_BYTES = 10_000_000
"""A whole interview: speech-to-text JSON carries tokens and word times beside the words (a
45-minute Whisper export with word timestamps is about 1.5 MB); the answers split out of it
are each held to `MAX_BYTES` like any answer."""


def _too_large(origin: str, limit: int, size: int | None = None) -> InputError:
    actual = f"is {size:,} bytes" if size is not None else "is over the limit"
    trim = "the question and the answer" if limit <= MAX_BYTES else "the interview itself"
    return InputError(f"{origin} {actual}; the limit is {limit:,} bytes (trim it to {trim})")


def decode(data: bytes, origin: str, *, limit: int = MAX_BYTES,
           subject: str = "the candidate's answer") -> str:
    """Decode submitted bytes as UTF-8 text, refusing binary data and input over `limit`;
    `subject` names what the text should be in the error for an empty one."""
    if len(data) > limit:
        raise _too_large(origin, limit)
    # Windows tools often save captions and transcripts as UTF-16 with a byte-order mark.
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
        else "utf-8-sig"
    if encoding == "utf-8-sig" and b"\x00" in data:
        raise InputError(f"{origin} looks like a binary file, not text; give a .txt or .md file")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise InputError(
            f"{origin} is not {name} text (bad byte at position {exc.start}); "
            "re-save it as UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{origin} looks like a binary file, not text; give a .txt or .md file")
    if not text.strip():
        raise InputError(f"{origin} is empty; give {subject} as text")
    return text


def read_source(source: str, *, limit: int = MAX_BYTES,
                subject: str = "the candidate's answer") -> str:
    """Read an answer (or, with a larger `limit`, a transcript) from a file path, or from
    standard input when `source` is "-"."""
    if source == "-":
        return decode(sys.stdin.buffer.read(limit + 1), "standard input", limit=limit,
                      subject=subject)
    path = Path(source)
    if not path.exists():
        raise InputError(f"no such file: {source}")
    if path.is_dir():
        raise InputError(f"{source} is a directory; give a text file with {subject}")
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_large(source, limit, size)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    return decode(data, source, limit=limit, subject=subject)
