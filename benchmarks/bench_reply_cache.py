"""The LLM reply cache in the store: what a hit costs, and what sharing it saves a second worker.

1. Put and get of 500 replies of about 2 KB: the file cache against the store's table.
2. One review run by worker A, then the same answer re-run by worker B on its own connection
   pool (another machine, as far as the database can tell), against the scripted server on
   loopback with a fixed delay per call: B's calls are all hits.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_reply_cache.py [--db URL] [--delay 0.5]

Without --db it uses a SQLite file in a temporary folder; pass a PostgreSQL URL to measure that.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "llm")]

from llm_cases import devset_row  # noqa: E402
from llm_fake_server import Action, FakeOpenAI  # noqa: E402

from roundtable.engines.llm.cache import CachedReply, ResponseCache  # noqa: E402
from roundtable.store import NewReview, Store  # noqa: E402
from roundtable.web.offered import OfferedModels  # noqa: E402
from roundtable.work.execute import run_review  # noqa: E402

COUNT = 500
REPLY = CachedReply(output={"text": "x" * 2000, "quotes": ["a quote"] * 4}, tokens_in=1500,
                    tokens_out=200)


def per_call_ms(action: object, count: int = COUNT) -> float:
    started = time.perf_counter()
    for index in range(count):
        action(f"k{index}")  # type: ignore[operator]
    return (time.perf_counter() - started) / count * 1000


def cache_costs(store: Store, folder: Path) -> None:
    caches = {"file cache": ResponseCache(folder / "files").grouped("g"),
              f"store ({store.engine.dialect.name})": store.replies().grouped("g")}
    print("| cache | put (ms) | get, hit (ms) | get, miss (ms) |")
    print("|---|---|---|---|")
    for name, cache in caches.items():
        put = per_call_ms(lambda key, c=cache: c.put(key, REPLY))
        hit = per_call_ms(lambda key, c=cache: c.get(key))
        miss = per_call_ms(lambda key, c=cache: c.get(f"absent-{key}"))
        print(f"| {name} | {put:.2f} | {hit:.2f} | {miss:.2f} |")
    store.replies().clear()


def two_workers(url: str, delay: float) -> None:
    import roundtable.engines.llm.engine  # noqa: F401  (loaded before the clock starts)

    row = devset_row("hb-01-strong")
    with FakeOpenAI(lambda seen, index: Action(delay_s=delay)) as server:
        offered = OfferedModels({"fake": f"openai-compatible:fake@{server.base_url}"})
        print("\n| worker | calls to the server | cached calls | wall time (s) |")
        print("|---|---|---|---|")
        for worker in ("A", "B"):
            store = Store(url)  # each worker its own connection pool
            record = store.create(NewReview(text=row["answer"], question=row["question"],
                                            source="web", competency="have-backbone",
                                            engine="llm", model="fake"))
            asked = len(server.seen)
            started = time.perf_counter()
            assert run_review(store, record.id, worker=worker, offered=offered) == "done"
            wall = time.perf_counter() - started
            done = store.get(record.id)
            assert done is not None and done.review is not None
            print(f"| {worker} | {len(server.seen) - asked} | {done.review.engine.cached_calls} "
                  f"| {wall:.2f} |")
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database URL (default: a temporary SQLite file)")
    parser.add_argument("--delay", type=float, default=0.5, help="seconds per model call")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["ROUNDTABLE_CACHE_DIR"] = str(folder / "unused")
        url = args.db or f"sqlite:///{folder / 'roundtable.db'}"
        store = Store(url)
        cache_costs(store, folder)
        store.close()
        two_workers(url, args.delay)


if __name__ == "__main__":
    main()
