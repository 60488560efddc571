"""The labelled dev set under tests/data/devset, shared by the pipeline tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).parent.parent / "data" / "devset"
LABELS = {"weak": 0, "average": 1, "strong": 2}


def rows(split: str | None = None) -> list[dict[str, Any]]:
    """Every labelled answer, optionally only one split ("dev" or "heldout")."""
    found = [
        json.loads(line)
        for path in sorted(DEVSET.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [r for r in found if split is None or r["split"] == split]
