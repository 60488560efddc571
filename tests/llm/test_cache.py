"""The reply cache: bounded with least-recently-used eviction, cleared on demand, forgotten with
its review, and never holding a reply that failed the engine's checks."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from llm_scripted import kind_of, reply_for, speaker_of
from test_engine_unit import Script

from roundtable.engines.base import Case
from roundtable.engines.llm.cache import (
    CachedReply,
    ResponseCache,
    forget_review,
    forget_stored_review,
)
from roundtable.pipeline import assemble

ROUNDTABLE = Path(sys.executable).parent / "roundtable"


def entry(size: int) -> CachedReply:
    return CachedReply(output={"text": "x" * size})


def test_past_its_bound_the_least_recently_used_replies_go(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path, max_bytes=10_000).grouped("g")
    for index in range(8):
        cache.put(f"k{index}", entry(1_000))
        os.utime(cache._path(f"k{index}"), (time.time() - 100 + index,) * 2)
    assert cache.get("k0") is not None  # used just now: kept
    for index in range(8, 12):
        cache.put(f"k{index}", entry(1_000))
    files = list(tmp_path.glob("*/*.json"))
    assert sum(f.stat().st_size for f in files) <= 10_000
    assert cache.get("k0") is not None and cache.get("k11") is not None
    assert cache.get("k1") is None  # the oldest untouched one went first


def test_a_review_and_its_cached_replies_are_forgotten_together(
    strong_case: Case, tmp_path: Path
) -> None:
    script = Script()
    deliberation = asyncio.run(script.engine(tmp_path).deliberate(strong_case))
    review = assemble(strong_case, deliberation, [])
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == 10
    assert forget_review(review, tmp_path / "cache") == 10
    assert list((tmp_path / "cache").glob("*/*.json")) == []
    again = Script()
    asyncio.run(again.engine(tmp_path).deliberate(strong_case))
    assert len(again.prompts) == 10  # asked again, not replayed


def test_a_reply_that_failed_its_checks_is_not_cached(strong_case: Case, tmp_path: Path) -> None:
    def invent_for_elena(prompt: str) -> str:
        invent = kind_of(prompt) == "opening" and speaker_of(prompt) == "Elena Vasquez"
        return json.dumps(reply_for(prompt, invent=invent))

    asyncio.run(Script(invent_for_elena).engine(tmp_path).deliberate(strong_case))
    rerun = Script()
    result = asyncio.run(rerun.engine(tmp_path).deliberate(strong_case))
    # Elena's invented opening (asked twice) was never stored, so the re-run asks for it again.
    assert [speaker_of(p) for p in rerun.prompts if kind_of(p) == "opening"] == ["Elena Vasquez"]
    assert not result.rounds[0].turns[2].fallback


def test_cache_clear_and_info_on_the_command_line(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path).grouped("g")
    for index in range(3):
        cache.put(f"k{index}", entry(10))
    env = {**os.environ, "ROUNDTABLE_CACHE_DIR": str(tmp_path)}
    info = subprocess.run([str(ROUNDTABLE), "cache", "info"], capture_output=True, text=True,
                          env=env, check=True)
    assert f"{tmp_path}: 3 replies" in info.stdout
    done = subprocess.run([str(ROUNDTABLE), "cache", "clear"], capture_output=True, text=True,
                          env=env, check=True)
    assert done.stdout.strip() == f"removed 3 cached replies from {tmp_path}"
    assert list(tmp_path.glob("*/*.json")) == []


def test_a_review_deleted_from_the_store_takes_its_cached_replies(
    strong_case: Case, tmp_path: Path
) -> None:
    from roundtable.store import NewReview, Store

    deliberation = asyncio.run(Script().engine(tmp_path).deliberate(strong_case))
    review = assemble(strong_case, deliberation, [])
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    record = store.create(NewReview(text=review.answer))
    store.finish(record.id, review)
    assert forget_stored_review(store, record.id, tmp_path / "cache") == 10
    assert forget_stored_review(store, "no-such-review", tmp_path / "cache") == 0
