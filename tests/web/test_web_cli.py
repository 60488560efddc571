"""`roundtable serve` and `roundtable review --save`, run as a user would run them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner
from web_helpers import ANSWER

from roundtable.cli import app
from roundtable.store import NewReview, Store

MAIN = "from roundtable.cli import main; main()"


def test_review_save_stores_the_cli_review(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["review", str(answer), "-c", "have-backbone", "-f", "json",
                                      "--save"], env={"ROUNDTABLE_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert "saved to the store as" in result.stderr
    store = Store(str(db))
    page = store.search()
    assert page.total == 1
    record = store.get(page.items[0].id)
    store.close()
    assert record is not None and record.review is not None
    assert record.source == "cli" and record.review.answer == ANSWER


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(tmp_path: Path, *args: str, env: dict[str, str] | None = None
           ) -> tuple[subprocess.Popen[bytes], str]:
    """Start `roundtable serve` on a free loopback port; return the process and its URL."""
    port = _port()
    environ = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_TOKEN"}
    environ |= {"PYTHONPATH": str(Path(__file__).parents[2] / "src"), **(env or {})}
    server = subprocess.Popen(
        [sys.executable, "-c", MAIN, "serve", "--port", str(port), "--db",
         str(tmp_path / "serve.db"), *args],
        env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(f"{base}/static/app.js")
            return server, base
        except httpx.ConnectError:
            if server.poll() is not None:
                raise AssertionError(server.stderr.read() if server.stderr else "") from None
            assert time.monotonic() < deadline, "roundtable serve did not start"
            time.sleep(0.1)


def _stop(server: subprocess.Popen[bytes]) -> str:
    server.terminate()
    out, err = server.communicate(timeout=10)
    return out.decode() + err.decode()


def test_serve_takes_its_token_from_a_file_never_from_argv_and_keeps_it_out_of_logs(
        tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("t0ken-from-file\n")
    token_file.chmod(0o600)
    server, base = _serve(tmp_path, "--token-file", str(token_file), "--access-log")
    try:
        # The attack: read the token off `ps`. The command line names only the file.
        cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes()
        assert b"t0ken-from-file" not in cmdline and str(token_file).encode() in cmdline
        bearer = {"Authorization": "Bearer t0ken-from-file"}
        assert httpx.get(f"{base}/api/health", headers=bearer).json()["status"] == "ok"
        assert httpx.get(f"{base}/api/health").status_code == 401
        assert httpx.get(f"{base}/").status_code == 303
        created = httpx.post(f"{base}/api/reviews", headers=bearer,
                             json={"answer": ANSWER, "competency": "have-backbone"})
        review_id = created.json()["id"]
        # ?token= is a credential only where EventSource cannot send a header...
        stream = httpx.get(f"{base}/api/reviews/{review_id}/events?token=t0ken-from-file")
        assert stream.status_code == 200 and "event: status" in stream.text
        # ...and nowhere else: a token in any other URL is refused, not used.
        assert httpx.get(f"{base}/api/reviews?token=t0ken-from-file").status_code == 401
        assert httpx.get(f"{base}/api/reviews/{review_id}?token=t0ken-from-file"
                         ).status_code == 401
    finally:
        log = _stop(server)
    assert f"GET /api/reviews/{review_id}/events?token=[redacted]" in log  # the access log
    assert "t0ken-from-file" not in log
    assert f"Roundtable on {base}/" in log


def test_serve_reads_the_token_from_the_environment(tmp_path: Path) -> None:
    server, base = _serve(tmp_path, env={"ROUNDTABLE_TOKEN": "env-t0ken"})
    try:
        assert httpx.get(f"{base}/api/health").status_code == 401
        assert httpx.get(f"{base}/api/health", headers={
            "Authorization": "Bearer env-t0ken"}).status_code == 200
    finally:
        _stop(server)


def test_serve_offers_the_operators_models_and_answers_its_allowed_hosts(
        tmp_path: Path) -> None:
    config = {"ROUNDTABLE_CONFIG": str(tmp_path / "config.toml")}
    server, base = _serve(tmp_path, "--model", "fast=openai-compatible:tiny@http://127.0.0.1:1/v1",
                          "--model", "ollama:llama3.2", "--allowed-host", "reviews.internal",
                          env=config)
    try:
        assert httpx.get(f"{base}/api/models").json() == [
            {"name": "fast", "provider": "openai-compatible", "model": "tiny"},
            {"name": "llama3.2", "provider": "ollama", "model": "llama3.2"}]
        hosts = {host: httpx.get(f"{base}/api/health", headers={"Host": host}).status_code
                 for host in ("reviews.internal:8000", "attacker.example")}
        assert hosts == {"reviews.internal:8000": 200, "attacker.example": 400}
    finally:
        log = _stop(server)
    assert "models: fast, llama3.2" in log and "127.0.0.1:1" not in log


def test_serve_stops_at_start_when_an_offered_model_has_no_key(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    env |= {"PYTHONPATH": str(Path(__file__).parents[2] / "src"),
            "ROUNDTABLE_CONFIG": str(tmp_path / "config.toml")}
    done = subprocess.run([sys.executable, "-c", MAIN, "serve", "--model", "openai:gpt-4o"],
                          env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr.startswith("roundtable: error: no API key for openai: set OPENAI_API_KEY")


def test_serve_refuses_a_token_on_the_command_line_and_an_empty_token_file(
        tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["serve", "--token", "s3cret"])
    assert result.exit_code == 2 and "No such option" in result.output
    empty = tmp_path / "empty"
    empty.write_text("\n")
    result = runner.invoke(app, ["serve", "--token-file", str(empty)])
    assert result.exit_code != 0 and "is empty" in str(result.exception)
    result = runner.invoke(app, ["serve", "--allowed-host", "http://reviews.internal/"],
                           env={"ROUNDTABLE_CONFIG": str(tmp_path / "config.toml")})
    assert result.exit_code != 0 and "not a URL" in str(result.exception)


def test_serve_with_an_unusable_database_fails_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", MAIN, "serve", "--db",
                           str(blocker / "sub" / "x.db")], env=env, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr.startswith("roundtable: error: cannot open the store at sqlite:///")
    assert len(done.stderr.strip().splitlines()) == 1


def test_worker_with_an_unreachable_database_fails_in_one_line() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", MAIN, "worker", "--db",
                           f"postgresql://rt@127.0.0.1:{port}/rt"], env=env,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr.startswith("roundtable: error: cannot open the store at postgresql")
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_sqlite_worker_runs_reviews_another_process_stored(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    store = Store(str(db))
    record = store.create(NewReview(text=ANSWER, competency="have-backbone"))
    worker = subprocess.Popen([sys.executable, "-c", MAIN, "worker", "--db", str(db)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while (status := store.status(record.id)[0]) != "done":
            assert status in ("queued", "running") and time.monotonic() < deadline, status
            time.sleep(0.2)
    finally:
        worker.terminate()
        out, err = worker.communicate(timeout=30)
        store.close()
    assert worker.returncode == 0, err
