"""More than one process, and a database that goes away (issue #10's faults and scale-out).

Real processes against a real PostgreSQL that each test starts, stops and starts again on
loopback (the load benchmark's cluster): two `roundtable serve` and `roundtable worker`s, a
worker SIGKILLed mid-batch, the database restarted mid-batch. Leases are shortened to 5 s
($ROUNDTABLE_LEASE_S) so a dead worker's review comes back within seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from fastapi.testclient import TestClient
from web_helpers import ANSWER, BASE, QUESTION, post_form, xsrf_token

from roundtable.web import Settings, create_app

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
import bench_web_load  # noqa: E402

LEASE_S = 5.0


@pytest.fixture(scope="module")
def cluster() -> Iterator[bench_web_load.Postgres]:
    """A PostgreSQL cluster of this module's own, since these tests stop and start it."""
    try:
        pg = bench_web_load.Postgres()
    except SystemExit as exc:  # initdb/pg_ctl missing
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(str(exc))
    yield pg
    pg.close()


@pytest.fixture(autouse=True)
def _cluster_up(cluster: bench_web_load.Postgres) -> None:
    # One test that stops the cluster and then fails must not fail every test after it.
    cluster.ensure_running()


@pytest.mark.parametrize("scenario", ["steady", "kill", "restart"])
def test_a_small_batch_across_two_servers_and_three_workers_loses_nothing(
        cluster: bench_web_load.Postgres, scenario: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    result = bench_web_load.asyncio.run(bench_web_load._scenario(
        cluster, scenario, 30, LEASE_S, timeout_s=90))
    assert result.acknowledged == 30 and result.lost == 0, result
    assert result.not_done == 0 and result.statuses == {"done": 30}, result
    if scenario == "kill":
        # Only the reviews the killed worker held (at most its concurrency) ran again.
        assert result.run_more_than_once <= 2, result
    else:
        assert result.run_more_than_once == 0, result
    if scenario != "steady":
        # What was running when the fault struck finished within the 30 s.
        assert result.recovered_s is not None and result.recovered_s < 30, result
    if scenario == "restart":
        assert result.health_503 > 0, "the health check must say the database is down"


def _events(text: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line
                      and not line.startswith(":"))
        if "event" in fields:
            found.append((fields["event"], json.loads(fields["data"])))
    return found


def test_a_review_streams_whole_and_in_order_from_the_server_that_did_not_take_it(
        cluster: bench_web_load.Postgres) -> None:
    url = cluster.create_database()
    with bench_web_load._processes(url, LEASE_S, workers=1) as (bases, _workers):
        first, second = bases
        ids = []
        with httpx.Client(timeout=30) as client:
            for index in range(3):
                created = client.post(f"{first}/api/reviews", json={
                    "answer": f"{ANSWER} (Case {index}.)", "question": QUESTION,
                    "competency": "have-backbone"})
                assert created.status_code == 202
                ids.append(created.json()["id"])
            for review_id in ids:
                # The other server's page shows the review live (no reload loop: it streams
                # until the review ends, then the page reloads once to the finished review).
                page = client.get(f"{second}/reviews/{review_id}").text
                assert 'data-status="done"' in page or "data-last-seq" in page
                stream = client.get(f"{second}/api/reviews/{review_id}/events?html=1").text
                events = _events(stream)
                record = client.get(f"{second}/api/reviews/{review_id}").json()
                turns = [t for r in record["review"]["rounds"] for t in r["turns"]]
                assert [e[0] for e in events] == ["turn"] * len(turns) + ["status"]
                assert [e[1]["seq"] for e in events[:-1]] == list(range(len(turns)))
                assert [e[1]["turn"] for e in events[:-1]] == turns
                assert events[-1][1] == {"status": "done", "error": None}


def test_while_the_database_is_down_nothing_is_acknowledged_and_nothing_is_a_bare_500(
        cluster: bench_web_load.Postgres) -> None:
    url = cluster.create_database()
    app = create_app(Settings(db_url=url, workers=0))
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        xsrf_token(client)  # while the database is up: the form's token is a cookie
        assert client.get("/api/health").json()["database_up"] is True
        cluster.stop()
        try:
            api = client.post("/api/reviews", json={"answer": ANSWER, "question": QUESTION})
            assert api.status_code == 503 and api.headers["Retry-After"]
            assert "database is unavailable" in api.json()["detail"]
            form = post_form(client, "/reviews", {"answer": ANSWER, "question": QUESTION,
                                                  "role": "Staff PM"})
            assert form.status_code == 503 and form.headers["Retry-After"]
            assert "Staff PM" in form.text and "cohort data" in form.text  # kept as typed
            health = client.get("/api/health")
            assert health.status_code == 503 and health.json()["database_up"] is False
            for path in ("/api/reviews", "/history", "/api/reviews/x", "/reviews/x", "/"):
                response = client.get(path)
                assert response.status_code in (200, 503), (path, response.status_code)
        finally:
            cluster.start()
        time.sleep(0.5)
        again = client.post("/api/reviews", json={"answer": ANSWER, "question": QUESTION})
        assert again.status_code == 202
        assert client.get("/api/health").json()["queued"] == 1


def test_eval_through_the_queue_matches_eval_in_process(cluster: bench_web_load.Postgres,
                                                         tmp_path: Path) -> None:
    rows = (Path(__file__).parents[1] / "data" / "devset" / "part-a.jsonl").read_text(
        encoding="utf-8").splitlines()[:6]
    data = tmp_path / "rows.jsonl"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    url = cluster.create_database()
    env = bench_web_load._env(LEASE_S)
    reports = []
    with bench_web_load._processes(url, LEASE_S, workers=2, servers=0):
        for extra in ([], ["--queue", url, "--concurrency", "12"]):
            out = tmp_path / f"report{len(reports)}.json"
            done = subprocess.run([*bench_web_load.CLI, "eval", str(data), "--json", str(out),
                                   *extra], env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
            reports.append(json.loads(out.read_text(encoding="utf-8")))
    local, queued = (_without_times(r) for r in reports)
    assert queued == local
    with psycopg.connect(url) as conn:  # the queued reviews were read back, then removed
        assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (0,)


def _without_times(report: Any) -> Any:
    if isinstance(report, dict):
        return {k: _without_times(v) for k, v in report.items()
                if "time" not in k and k not in ("created_at", "seconds", "elapsed_s", "settings")}
    if isinstance(report, list):
        return [_without_times(v) for v in report]
    return report
