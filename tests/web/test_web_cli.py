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
from roundtable.store import Store

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


def test_serve_binds_to_localhost_and_requires_its_token(tmp_path: Path) -> None:
    port = _port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    server = subprocess.Popen(
        [sys.executable, "-c", MAIN, "serve", "--port", str(port), "--db",
         str(tmp_path / "serve.db"), "--token", "t0ken"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"{base}/api/health", headers={
                    "Authorization": "Bearer t0ken"})
                break
            except httpx.ConnectError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "roundtable serve did not start"
                time.sleep(0.1)
        assert response.json()["status"] == "ok"
        assert httpx.get(f"{base}/api/health").status_code == 401
        assert httpx.get(f"{base}/").status_code == 303
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert f"Roundtable on http://127.0.0.1:{port}/" in err.decode()


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
