"""The LLM reply cache in the store: workers on different machines share hits, the bound holds,
concurrent writers upsert one row, and a deleted review takes its replies (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))  # the LLM tests' loopback fake
from llm_cases import devset_row  # noqa: E402
from llm_fake_server import Action, FakeOpenAI, Seen  # noqa: E402
from llm_scripted import kind_of, reply_for, speaker_of  # noqa: E402

from roundtable.engines.llm.cache import CachedReply  # noqa: E402
from roundtable.store import NewReview, Store  # noqa: E402
from roundtable.store.tables import LLMReplyRow  # noqa: E402
from roundtable.web.offered import OfferedModels  # noqa: E402
from roundtable.work.execute import run_review  # noqa: E402

ROW = devset_row("hb-01-strong")
ROUNDTABLE = Path(sys.executable).parent / "roundtable"


@pytest.fixture(autouse=True)
def _private_file_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file cache a worker would use if it ignored the store: it must stay empty."""
    folder = tmp_path / "file-cache"
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(folder))
    monkeypatch.setenv("ROUNDTABLE_LLM_TIMEOUT", "5")
    monkeypatch.setenv("ROUNDTABLE_LLM_ATTEMPTS", "2")
    return folder


def _queue(store: Store) -> str:
    record = store.create(NewReview(text=ROW["answer"], source="web", question=ROW["question"],
                                    competency="have-backbone", engine="llm", model="fake"))
    return record.id


def _rows(store: Store) -> int:
    with store.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(LLMReplyRow)) or 0)


WORKER = """
import sys
from roundtable.store import Store
from roundtable.web.offered import OfferedModels
from roundtable.work.execute import run_review
url, review_id, spec = sys.argv[1:]
store = Store(url)
print(run_review(store, review_id, worker="machine-a", offered=OfferedModels({"fake": spec})))
store.close()
"""


def test_two_workers_in_two_processes_share_the_cache(db_url: str, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        spec = f"openai-compatible:fake@{server.base_url}"
        store = Store(db_url)
        try:
            one = _queue(store)
            # Worker A is another process, with its own connections (and its own file cache
            # folder, which stays empty).
            ran = subprocess.run([sys.executable, "-c", WORKER, db_url, one, spec],
                                 capture_output=True, text=True, timeout=120, check=False,
                                 env={**os.environ, "ROUNDTABLE_CACHE_DIR": str(tmp_path / "a")})
            assert ran.stdout.strip() == "done", ran.stderr
            asked = len(server.seen)
            # The same answer, re-run by worker B: every call is a hit.
            two = _queue(store)
            offered = OfferedModels({"fake": spec})
            assert run_review(store, two, worker="machine-b", offered=offered) == "done"
            assert len(server.seen) == asked == 10
            made, replayed = store.get(one), store.get(two)
        finally:
            store.close()
    assert made is not None and made.review is not None
    assert replayed is not None and replayed.review is not None
    assert made.review.engine.cached_calls == 0
    assert replayed.review.engine.cached_calls == 10 and replayed.review.engine.calls == 0
    assert replayed.review.scores == made.review.scores
    # The file caches hold at most compiled patterns and the parsed catalog: no reply files.
    assert not list((tmp_path / "a").glob("*/*.json"))
    assert not list((tmp_path / "file-cache").glob("*/*.json"))


def test_a_reply_that_failed_its_checks_is_not_stored(db_url: str) -> None:
    inventing = [True]

    def invent_for_elena(seen: Seen, _: int) -> Action:
        invent = inventing[0] and kind_of(seen.prompt) == "opening" and (
            speaker_of(seen.prompt) == "Elena Vasquez")
        return Action(content=json.dumps(reply_for(seen.prompt, invent=invent)))

    store = Store(db_url)
    try:
        with FakeOpenAI(invent_for_elena) as server:
            offered = OfferedModels({"fake": f"openai-compatible:fake@{server.base_url}"})
            assert run_review(store, _queue(store), worker="a", offered=offered) == "done"
            # Elena's opening was asked twice and invented twice; neither reply was kept (and her
            # later turns were not asked, her opening having fallen back): the other six turns
            # and the synthesis are.
            assert _rows(store) == 7
            inventing[0], before = False, len(server.seen)
            assert run_review(store, _queue(store), worker="b", offered=offered) == "done"
            asked = [speaker_of(s.prompt) for s in server.seen[before:]
                     if kind_of(s.prompt) == "opening"]
        # The others' openings were hits; Elena's is asked again (and the rounds after it
        # hear a new opening, so they are new prompts).
        assert asked == ["Elena Vasquez"]
    finally:
        store.close()


def test_concurrent_writers_of_one_key_leave_one_row(db_url: str) -> None:
    stores = [Store(db_url) for _ in range(4)]
    try:
        caches = [s.replies().grouped("g") for s in stores]
        barrier = threading.Barrier(len(caches) * 2)

        def write(index: int) -> None:
            barrier.wait()
            caches[index % len(caches)].put("k", CachedReply(output={"text": f"w{index}"}))

        threads = [threading.Thread(target=write, args=(i,)) for i in range(len(caches) * 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert _rows(stores[0]) == 1
        hit = caches[0].get("k")
        assert hit is not None and hit.output["text"].startswith("w")
    finally:
        for store in stores:
            store.close()


def test_past_its_bound_the_least_recently_used_replies_go(db_url: str) -> None:
    store = Store(db_url)
    try:
        entry_size = len(CachedReply(output={"text": "x" * 1_000}).model_dump_json())
        cache = store.replies().grouped("g")
        cache.max_bytes = entry_size * 10
        for index in range(8):
            cache.put(f"k{index}", CachedReply(output={"text": "x" * 1_000}))
        assert cache.get("k0") is not None  # used just now: kept
        for index in range(8, 12):
            cache.put(f"k{index}", CachedReply(output={"text": "x" * 1_000}))
        count, size = store.replies().info()
        assert size <= entry_size * 10 and count < 12
        assert cache.get("k0") is not None and cache.get("k11") is not None
        assert cache.get("k1") is None  # the oldest untouched one went first
    finally:
        store.close()


def test_forget_clear_and_the_command_line(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    try:
        replies = store.replies()
        for group in ("a", "b"):
            for index in range(3):
                replies.grouped(group).put(f"k{index}", CachedReply(output={"n": index}))
        assert replies.forget("a") == 3 and replies.info()[0] == 3
    finally:
        store.close()
    env = {**os.environ, "ROUNDTABLE_CACHE_DIR": str(tmp_path / "files")}
    info = subprocess.run([str(ROUNDTABLE), "cache", "info", "--db", db_url],
                          capture_output=True, text=True, env=env, check=True)
    assert ": 3 replies, " in info.stdout and "MB of 200 MB" in info.stdout
    done = subprocess.run([str(ROUNDTABLE), "cache", "clear", "--db", db_url],
                          capture_output=True, text=True, env=env, check=True)
    assert done.stdout.startswith("removed 3 cached replies from ")
    assert "password" not in done.stdout
    store = Store(db_url)
    try:
        assert store.replies().info() == (0, 0)
    finally:
        store.close()


def test_a_deleted_review_takes_its_replies_from_the_store(db_url: str) -> None:
    from roundtable.engines.llm.cache import forget_stored_review

    store = Store(db_url)
    try:
        with FakeOpenAI() as server:
            offered = OfferedModels({"fake": f"openai-compatible:fake@{server.base_url}"})
            review_id = _queue(store)
            assert run_review(store, review_id, worker="a", offered=offered) == "done"
        assert _rows(store) == 10
        assert forget_stored_review(store, review_id) == 10
        assert _rows(store) == 0
    finally:
        store.close()
