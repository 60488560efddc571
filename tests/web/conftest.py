"""Web fixtures: the app over a temporary SQLite store, driven in-process.

Reviews run through the real pipeline (offline rubric engine). `paced` replays a real review's
turns with a pause between them, so tests can watch a review while it is still running.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_helpers import BASE

from roundtable.web import Settings, create_app
from roundtable.work.execute import ReviewFn


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's SQLite store lives."""
    return tmp_path / "web.db"


@pytest.fixture
def make_client(db_path: Path) -> Iterator[Callable[..., TestClient]]:
    """Build an app (settings and review function of the test's choosing) and a client for it."""
    opened: list[TestClient] = []

    def make(review_fn: ReviewFn | None = None, **settings: Any) -> TestClient:
        app: FastAPI = create_app(Settings(db_url=str(db_path), **settings),
                                  review_fn=review_fn)
        client = TestClient(app, base_url=BASE, follow_redirects=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in reversed(opened):
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """A client for the app with the real review function."""
    return make_client()
