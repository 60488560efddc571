"""A move is told alike where it happens and where the panelist closes on it: "so root cause
goes up 3 points for me" in the cross-talk is "that was three points" in the close, never "two
points", whatever the size of the move."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import roundtable

PROBES = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "probes" / "reading.yaml").read_text("utf-8"))
_MOVED = re.compile(r"so (?P<name>[a-z ,'-]+?) goes (?:up|down) (?P<n>a point|\d) (?:points )?for "
                    r"me")
_CLOSED = re.compile(r"moved me on (?P<name>[a-z ,'-]+?) with [^;]*; that was (?P<said>a point|"
                     r"\w+ points)")
_WORDS = {"a point": 1, "two points": 2, "three points": 3, "four points": 4}


def test_a_move_is_told_by_its_size_in_the_close() -> None:
    compared = 0
    for probe in PROBES:
        for panel in ("hiring-manager", "product-trio", "engineering-loop"):
            review = roundtable.review(probe["answer"], competency=probe["competency"],
                                       question=probe.get("question"), panel=panel)
            moved: dict[tuple[str, str], set[int]] = {}
            for turn in review.rounds[1].turns:
                for m in _MOVED.finditer(turn.text):
                    size = 1 if m.group("n") == "a point" else int(m.group("n"))
                    moved.setdefault((turn.speaker, m.group("name")), set()).add(size)
            for turn in review.rounds[2].turns:
                for m in _CLOSED.finditer(turn.text):
                    sizes = moved.get((turn.speaker, m.group("name")))
                    if sizes is not None and len(sizes) == 1:
                        compared += 1
                        assert _WORDS[m.group("said")] in sizes, (turn.text, sizes)
    assert compared >= 3  # the check reads real closes, not none
