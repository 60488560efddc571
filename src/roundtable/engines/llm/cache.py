"""An on-disk cache of model replies, so re-running a review is free and gives the same review.

The key is a SHA-256 over the provider, model, server URL, system prompt, user prompt, reply
schema and settings; the API key is never part of it. Each entry is one JSON file holding the
validated reply and the tokens it cost when it was first made.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

CACHE_VERSION = 1


class CachedReply(BaseModel):
    """One stored reply."""

    output: dict[str, Any]
    tokens_in: int = 0
    tokens_out: int = 0


def default_cache_dir() -> Path:
    """`$ROUNDTABLE_CACHE_DIR`, else `$XDG_CACHE_HOME/roundtable/llm`, else under `~/.cache`."""
    explicit = os.environ.get("ROUNDTABLE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "roundtable" / "llm"


def cache_key(material: dict[str, Any]) -> str:
    """A stable hash of everything that determines a reply."""
    blob = json.dumps({"v": CACHE_VERSION, **material}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """Replies stored one file per key under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or None when absent or unreadable (a corrupt entry is a miss)."""
        try:
            return CachedReply.model_validate_json(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValidationError):
            return None

    def put(self, key: str, reply: CachedReply) -> None:
        """Store a reply atomically, so a crash never leaves half an entry behind."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(reply.model_dump_json())
            os.replace(tmp, path)
        except OSError:
            # A cache that cannot be written only costs a re-run; the review itself goes on.
            return
