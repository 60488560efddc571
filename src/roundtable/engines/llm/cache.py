"""A cache of model replies, so re-running a review is free and gives the same review.

The key is a SHA-256 over the provider, model, server URL, system prompt, user prompt, reply
schema and settings; the API key is never part of it. Each entry is one JSON file holding the
validated reply and the tokens it cost when it was first made. Entries are filed under their
review's group (a hash of the answer, question, role, level, competency, panel, seed and model),
so deleting a review can delete its replies (`forget_review`). The cache is bounded
($ROUNDTABLE_CACHE_MAX_MB, default 200): past the bound, the least recently used entries go.
Only replies that passed the engine's checks are written (see `Caller.call`).

This file cache serves plain CLI use. Reviews run from a store (`roundtable serve`, `roundtable
worker`) use `roundtable.store.replies.StoredReplies` instead: the same keys, groups and bound,
in a table every worker reaches, so workers on several machines share their hits.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ValidationError

if TYPE_CHECKING:
    from roundtable.models import Review

CACHE_VERSION = 2
DEFAULT_MAX_MB = 200.0
UNGROUPED = "_"


class CachedReply(BaseModel):
    """One stored reply."""

    output: dict[str, Any]
    tokens_in: int = 0
    tokens_out: int = 0


class ReplyCache(Protocol):
    """What the engine needs of a cache: the file cache here, or the store's table."""

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or None (a miss, an unreadable entry, an unreachable cache)."""

    def put(self, key: str, reply: CachedReply) -> None:
        """Store a reply that passed the engine's checks; failing to is only a future miss."""

    def grouped(self, group: str) -> ReplyCache:
        """The same cache, filing entries under a review's group."""


def default_cache_dir() -> Path:
    """`$ROUNDTABLE_CACHE_DIR`, else `$XDG_CACHE_HOME/roundtable/llm`, else under `~/.cache`."""
    explicit = os.environ.get("ROUNDTABLE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "roundtable" / "llm"


def default_max_bytes() -> int:
    """`$ROUNDTABLE_CACHE_MAX_MB` (megabytes, may be fractional), else 200 MB."""
    value = os.environ.get("ROUNDTABLE_CACHE_MAX_MB", "").strip()
    try:
        megabytes = float(value) if value else DEFAULT_MAX_MB
    except ValueError:
        megabytes = DEFAULT_MAX_MB
    return max(0, int(megabytes * 1024 * 1024))


def cache_key(material: dict[str, Any]) -> str:
    """A stable hash of everything that determines a reply."""
    blob = json.dumps({"v": CACHE_VERSION, **material}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def cache_group(
    answer: str,
    question: str | None,
    role: str | None,
    level: str | None,
    competency: str,
    panelists: Sequence[str],
    seed: int,
    model: str,
) -> str:
    """The group a review's replies are filed under: what identifies the review itself."""
    return cache_key({
        "answer": answer, "question": question, "role": role, "level": level,
        "competency": competency, "panelists": list(panelists), "seed": seed, "model": model,
    })[:32]


@dataclass
class _Budget:
    """The bytes on disk under one root, counted once and then kept up to date."""

    limit: int
    used: int | None = None
    files: dict[Path, tuple[float, int]] = field(default_factory=dict)


class ResponseCache:
    """Replies stored one file per key under `root`, in the current review's group."""

    def __init__(
        self, root: Path, *, group: str = UNGROUPED, max_bytes: int | None = None,
        budget: _Budget | None = None,
    ) -> None:
        self.root = root
        self.group = group
        self._budget = budget or _Budget(default_max_bytes() if max_bytes is None else max_bytes)

    def grouped(self, group: str) -> ResponseCache:
        """The same cache, filing entries under `group`."""
        return ResponseCache(self.root, group=group, budget=self._budget)

    def _path(self, key: str) -> Path:
        return self.root / self.group / f"{key}.json"

    def get(self, key: str) -> CachedReply | None:
        """The stored reply, or None when absent or unreadable (a corrupt entry is a miss)."""
        path = self._path(key)
        try:
            entry = CachedReply.model_validate_json(path.read_text(encoding="utf-8"))
            os.utime(path)  # recently used: evicted last
            return entry
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
            self._account(path)
        except OSError:
            # A cache that cannot be written only costs a re-run; the review itself goes on.
            return

    def _account(self, path: Path) -> None:
        budget = self._budget
        if budget.used is None:
            for entry in self.root.glob("*/*.json"):
                stat = entry.stat()
                budget.files[entry] = (stat.st_mtime, stat.st_size)
            budget.used = sum(size for _, size in budget.files.values())
        else:
            stat = path.stat()
            budget.used += stat.st_size - budget.files.get(path, (0.0, 0))[1]
            budget.files[path] = (stat.st_mtime, stat.st_size)
        if budget.used > budget.limit:
            self._evict(budget)

    def _evict(self, budget: _Budget) -> None:
        """Delete the least recently used entries until the cache is a tenth under its bound."""
        assert budget.used is not None
        target = budget.limit * 0.9
        for entry, _ in sorted(budget.files.items(), key=lambda item: item[1][0]):
            if budget.used <= target:
                break
            try:
                mtime = entry.stat().st_mtime  # a hit may have touched it since it was counted
                if mtime > budget.files[entry][0]:
                    continue
                entry.unlink()
            except OSError:
                pass
            budget.used -= budget.files.pop(entry)[1]

    def forget(self, group: str) -> int:
        """Delete every reply filed under `group`; how many were deleted."""
        return _remove(self.root / group)

    def clear(self) -> int:
        """Delete every stored reply; how many were deleted."""
        count = sum(_remove(folder) for folder in self.root.glob("*") if folder.is_dir())
        self._budget.used, self._budget.files = None, {}
        return count


def _remove(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    count = sum(1 for _ in folder.glob("*.json"))
    shutil.rmtree(folder, ignore_errors=True)
    return count


def review_group(review: Review) -> str | None:
    """The group a review's replies were filed under; None for a rubric review (no model)."""
    info = review.engine
    if not info.model:
        return None
    return cache_group(
        review.answer, review.question, review.role, review.level, review.competency.id,
        [p.id for p in review.panel], info.seed or 0,
        f"{info.provider}:{info.model}" if info.provider else info.model,
    )


def forget_review(review: Review, root: Path | None = None) -> int:
    """Delete the cached replies a review was made from (an LLM review deleted by its user).

    Returns how many were deleted; 0 for a rubric review, which calls no model.
    """
    group = review_group(review)
    return ResponseCache(root or default_cache_dir()).forget(group) if group else 0


class _Forgets(Protocol):
    def forget(self, group: str) -> int: ...


class _ReviewSource(Protocol):
    def get(self, review_id: str) -> _Stored | None: ...

    def replies(self) -> _Forgets: ...


class _Stored(Protocol):
    @property
    def review(self) -> Review | None: ...


def forget_stored_review(store: _ReviewSource, review_id: str, root: Path | None = None) -> int:
    """`forget_review` for a review about to be deleted from a store (the web app's delete):
    its replies go from the store's cache, where its workers wrote them, and from this
    machine's file cache (a review made with the CLI and `--save`)."""
    record = store.get(review_id)
    if record is None or record.review is None:
        return 0
    group = review_group(record.review)
    if group is None:
        return 0
    return store.replies().forget(group) + ResponseCache(root or default_cache_dir()).forget(group)
