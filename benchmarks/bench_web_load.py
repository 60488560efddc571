"""Load and fault benchmark: 2 web servers, 3 workers, one real PostgreSQL, N reviews.

    python benchmarks/bench_web_load.py [--reviews 1000] [--scenario all|steady|kill|restart]
                                        [--json results.json]

Starts a throwaway PostgreSQL cluster on loopback (Debian's initdb/pg_ctl, as the store tests
do), then for each scenario a fresh database, two `roundtable serve --workers 0` processes and
three `roundtable worker` processes. It submits the reviews (offline rubric engine) across the
two servers while polling `/api/health` on both, waits until every acknowledged review is done,
and reads the outcome from the database (the 1-minute load average before and after is reported
too: on a shared machine the figures move with it):

- steady: nothing goes wrong.
- kill: one worker is SIGKILLed a third of the way through the submissions; its reviews must
  finish on the other workers once their leases expire.
- restart: PostgreSQL is restarted a third of the way through; submissions refused meanwhile
  (503 with Retry-After) are sent again, as a client would.

Reported per scenario: throughput, p50/p95 time from submission to done, `/api/health` p50/p95
and worst latency during the burst, reviews run more than once (claimed again after a lease
expired), answers lost (acknowledged but missing or different in the store), reviews not done,
and for the faults how long after the fault (the kill, or the database being back) the reviews
that were running when it struck had all finished (`recovered_s`).
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import multiprocessing
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from roundtable.cli import main; main()"]
# Real answers to review: the labelled dev set, in turn (each submission is made unique).
DEVSET = [json.loads(line) for path in sorted((ROOT / "tests" / "data" / "devset").glob("*.jsonl"))
          for line in path.read_text("utf-8").splitlines() if line.strip()]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise SystemExit(f"bench_web_load: {name} not found (apt-get install postgresql)")
    return found


class Postgres:
    """A throwaway cluster on a loopback port that can be stopped and started again."""

    def __init__(self) -> None:
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.root = Path(tempfile.mkdtemp(prefix="roundtable-bench-pg-"))
        if self.as_user:
            shutil.chown(self.root, "postgres")
        self.data, self.port = self.root / "data", _free_port()
        self.pg_ctl = _binary("pg_ctl")
        subprocess.run([*self.as_user, _binary("initdb"), "-D", str(self.data), "-U",
                        "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True)
        self.start()

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=200")
        done = self._pg_ctl("-o", options, "-l", str(self.root / "log"), "-w", "-t", "60",
                            "start")
        if done.returncode:
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {self._log_tail()}")

    def stop(self, mode: str = "fast") -> None:
        done = self._pg_ctl("-m", mode, "-w", "-t", "30", "stop")
        if done.returncode and mode != "immediate":
            # A fast stop waits for the shutdown checkpoint, which a loaded CI machine has
            # been seen to overrun; the scenario is "the database went away", which an
            # immediate stop is as well. Even that has been seen to take 30 s on CI (children
            # SIGKILLed at 5 s, the postmaster gone only 25 s later), so it gets longer.
            done = self._pg_ctl("-m", "immediate", "-w", "-t", "180", "stop")
        if done.returncode:
            raise RuntimeError(f"pg_ctl stop failed: {done.stderr.strip()} {self._log_tail()}")

    def ensure_running(self) -> None:
        """Start the cluster again if a test that stops it failed before it could."""
        if self._pg_ctl("status").returncode:
            self.start()

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, self.pg_ctl, "-D", str(self.data), *args],
                              capture_output=True, text=True)

    def _log_tail(self) -> str:
        log = self.root / "log"
        lines = log.read_text(errors="replace").splitlines()[-5:] if log.exists() else []
        return " | ".join(lines)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"bench_{secrets.token_hex(4)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        self._pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class Result:
    """One scenario's figures."""

    scenario: str
    reviews: int
    acknowledged: int = 0
    refused_503: int = 0
    seconds: float = 0.0
    throughput_per_s: float = 0.0
    completion_p50_s: float = 0.0
    completion_p95_s: float = 0.0
    health_p50_ms: float = 0.0
    health_p95_ms: float = 0.0
    health_max_ms: float = 0.0
    health_503: int = 0
    run_more_than_once: int = 0
    lost: int = 0
    not_done: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    fault_at_s: float | None = None
    running_at_fault: int = 0
    recovered_s: float | None = None
    load_avg_1m: tuple[float, float] = (0.0, 0.0)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _env(lease_s: float | None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    if lease_s is not None:
        env["ROUNDTABLE_LEASE_S"] = str(lease_s)
    return env


@contextmanager
def _processes(url: str, lease_s: float | None, workers: int = 3,
               servers: int = 2) -> Iterator[tuple[list[str], list[subprocess.Popen[bytes]]]]:
    env = _env(lease_s)
    # Migrate once before anything starts, so the processes do not race to create the schema.
    subprocess.run([*CLI, "worker", "--help"], env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, "-c", "import sys; from roundtable.store import Store; "
                    "Store(sys.argv[1]).close()", url], env=env, check=True)
    started: list[subprocess.Popen[bytes]] = []
    bases = []
    try:
        for _ in range(servers):
            port = _free_port()
            started.append(subprocess.Popen(
                [*CLI, "serve", "--db", url, "--port", str(port), "--workers", "0"], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            bases.append(f"http://127.0.0.1:{port}")
        worker_procs = [subprocess.Popen([*CLI, "worker", "--db", url, "--concurrency", "2"],
                                         env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL) for _ in range(workers)]
        started += worker_procs
        deadline = time.monotonic() + 60
        for base in bases:
            while True:
                try:
                    if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"bench_web_load: {base} did not start")
                time.sleep(0.2)
        yield bases, worker_procs
    finally:
        for proc in started:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in started:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


async def _submit(client: httpx.AsyncClient, base: str, index: int,
                  result: Result) -> tuple[str, str] | None:
    row = DEVSET[index % len(DEVSET)]
    text = f"{row['answer']} (Case {index}.)"
    body = {"answer": text, "question": row["question"], "competency": row["competency"]}
    for _ in range(600):
        try:
            response = await client.post(f"{base}/api/reviews", json=body)
        except httpx.HTTPError:
            await asyncio.sleep(0.5)
            continue
        if response.status_code == 202:
            return response.json()["id"], text
        if response.status_code == 503:
            result.refused_503 += 1
            await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
            continue
        raise SystemExit(f"bench_web_load: {response.status_code} {response.text}")
    return None


def _probe_health(bases: list[str], stop: Any, out: Any) -> None:
    """In its own process, so the client's submission burst does not delay the probe."""
    latencies, unavailable = [], 0
    with httpx.Client(timeout=30) as client:
        while not stop.is_set():
            for base in bases:
                started = time.perf_counter()
                try:
                    if client.get(f"{base}/api/health").status_code == 503:
                        unavailable += 1
                except httpx.HTTPError:
                    pass
                latencies.append((time.perf_counter() - started) * 1000)
            stop.wait(0.1)
    out.send((latencies, unavailable))


def _running(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM reviews WHERE status = 'running'")}


def _outcome(url: str, submitted: dict[str, str]) -> tuple[dict[str, tuple[str, str, float,
                                                                            int]], int]:
    import psycopg

    rows = {}
    with psycopg.connect(url) as conn:
        for review_id, status, text, created, updated, attempt in conn.execute(
                "SELECT id, status, text, created_at, updated_at, attempt FROM reviews"):
            if review_id in submitted:
                rows[review_id] = (status, text, (updated - created).total_seconds(), attempt)
    lost = sum(1 for rid, text in submitted.items() if rid not in rows or rows[rid][1] != text)
    return rows, lost


async def _scenario(pg: Postgres, name: str, reviews: int, lease_s: float | None,
                    timeout_s: float) -> Result:
    result = Result(scenario=name, reviews=reviews)
    load_before = os.getloadavg()[0]
    url = pg.create_database()
    with _processes(url, lease_s) as (bases, workers):
        context = multiprocessing.get_context("spawn")
        stop = context.Event()
        receive, send = context.Pipe(duplex=False)
        probe = context.Process(target=_probe_health, args=(bases, stop, send), daemon=True)
        probe.start()
        limits = httpx.Limits(max_connections=40)
        async with httpx.AsyncClient(timeout=30, limits=limits) as client:
            gate = asyncio.Semaphore(16)
            submitted: dict[str, str] = {}
            started = time.monotonic()
            fault_done = False
            held: set[str] = set()  # reviews running when the fault struck
            back_at: float | None = None

            async def one(index: int) -> None:
                nonlocal fault_done, held, back_at
                async with gate:
                    got = await _submit(client, bases[index % len(bases)], index, result)
                if got:
                    submitted[got[0]] = got[1]
                if not fault_done and len(submitted) >= reviews // 3 and name != "steady":
                    fault_done = True
                    result.fault_at_s = round(time.monotonic() - started, 2)
                    held = await asyncio.to_thread(_running, url)
                    result.running_at_fault = len(held)
                    if name == "kill":
                        workers[0].send_signal(signal.SIGKILL)
                    else:
                        await asyncio.to_thread(pg.stop)
                        await asyncio.sleep(1.0)
                        await asyncio.to_thread(pg.start)
                    back_at = time.monotonic()

            await asyncio.gather(*(one(i) for i in range(reviews)))
            result.acknowledged = len(submitted)
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline:
                try:
                    rows, _ = await asyncio.to_thread(_outcome, url, submitted)
                except Exception:  # the database may still be coming back
                    await asyncio.sleep(0.5)
                    continue
                ended = {rid for rid, r in rows.items() if r[0] in ("done", "failed")}
                if result.recovered_s is None and back_at is not None and held <= ended:
                    result.recovered_s = round(time.monotonic() - back_at, 2)
                if len(ended) == len(submitted):
                    break
                await asyncio.sleep(0.25)
            result.seconds = round(time.monotonic() - started, 2)
            stop.set()
            latencies, result.health_503 = receive.recv()
            probe.join()
    result.load_avg_1m = (round(load_before, 1), round(os.getloadavg()[0], 1))
    rows, result.lost = _outcome(url, submitted)
    done = [r for r in rows.values() if r[0] == "done"]
    result.statuses = {s: sum(1 for r in rows.values() if r[0] == s)
                       for s in sorted({r[0] for r in rows.values()})}
    result.not_done = result.acknowledged - len(done)
    result.run_more_than_once = sum(1 for r in rows.values() if r[3] > 1)
    result.throughput_per_s = round(len(done) / result.seconds, 1) if result.seconds else 0.0
    result.completion_p50_s = round(_percentile([r[2] for r in done], 0.5), 2)
    result.completion_p95_s = round(_percentile([r[2] for r in done], 0.95), 2)
    result.health_p50_ms = round(_percentile(latencies, 0.5), 1)
    result.health_p95_ms = round(_percentile(latencies, 0.95), 1)
    result.health_max_ms = round(max(latencies, default=0.0), 1)
    return result


def run(reviews: int, scenarios: list[str], lease_s: float | None = None,
        timeout_s: float = 600) -> list[Result]:
    """Run the scenarios on one throwaway cluster; return their figures."""
    pg = Postgres()
    try:
        return [asyncio.run(_scenario(pg, name, reviews, lease_s, timeout_s))
                for name in scenarios]
    finally:
        pg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=1000)
    parser.add_argument("--scenario", choices=["all", "steady", "kill", "restart"],
                        default="all")
    parser.add_argument("--lease", type=float, default=None,
                        help="Lease in seconds (default: the product's 30 s).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the results here.")
    args = parser.parse_args()
    names = ["steady", "kill", "restart"] if args.scenario == "all" else [args.scenario]
    results = run(args.reviews, names, args.lease)
    for result in results:
        print(json.dumps(asdict(result)))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")


if __name__ == "__main__":
    main()
