"""Values kept in the cache (`json_cache`): read back only while what they were made from is
unchanged, and never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable import inference
from roundtable.json_cache import Rows, computed, load_json


def test_a_value_is_computed_once_per_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    calls: list[str] = []

    def made(value: str) -> dict[str, list[str]]:
        calls.append(value)
        return {"made": [value]}

    assert computed("thing", b"one", lambda: made("first")) == {"made": ["first"]}
    assert computed("thing", b"one", lambda: made("again")) == {"made": ["first"]}
    # Another key (an edited catalog, a changed module): computed anew, and kept in its place.
    assert computed("thing", b"two", lambda: made("second")) == {"made": ["second"]}
    assert computed("thing", b"two", lambda: made("again")) == {"made": ["second"]}
    assert calls == ["first", "second"]


def test_a_damaged_copy_is_computed_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    computed("thing", b"key", lambda: [1, 2])
    for copy in tmp_path.glob("thing-*.marshal"):
        copy.write_bytes(b"\x00not marshal")
    assert computed("thing", b"key", lambda: [3]) == [3]


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(blocked / "cache"))
    assert computed("thing", b"key", lambda: (1.5, "x")) == (1.5, "x")
    data = tmp_path / "data.json"
    data.write_text('{"a": [1, 2.5, null]}')
    assert load_json(data) == {"a": [1, 2.5, None]}


def test_the_inference_profiles_read_back_equal_those_computed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    inference._profiles.cache_clear()
    try:
        fresh = inference._profiles()
        inference._profiles.cache_clear()
        kept = inference._profiles()
    finally:
        inference._profiles.cache_clear()
    assert kept == fresh
    # Same order too: similarities are summed in it, and a float sum depends on its order.
    assert list(kept[1]) == list(fresh[1])
    assert all(list(kept[1][cid]) == list(fresh[1][cid]) for cid in fresh[1])
    assert list(tmp_path.glob("inference-profiles-*.marshal"))


def test_the_situation_phrases_read_back_equal_those_computed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    inference._situation_phrases.cache_clear()
    try:
        fresh = inference._situation_phrases()
        inference._situation_phrases.cache_clear()
        kept = inference._situation_phrases()
    finally:
        inference._situation_phrases.cache_clear()
    assert kept == fresh and len(fresh[2]) > 100
    # Same order and the same types: the phrases are searched in it, keyed by token tuples.
    assert [list(phrases) for phrases in kept.values()] == [
        list(phrases) for phrases in fresh.values()]
    assert all(isinstance(key, tuple) and isinstance(found, list) and isinstance(found[0], tuple)
               for phrases in kept.values() for key, found in phrases.items())
    assert list(tmp_path.glob("inference-phrases-*.marshal"))


def test_the_phrase_counts_read_back_equal_those_computed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    inference._listed_by.cache_clear()
    try:
        fresh = inference._listed_by()
        inference._listed_by.cache_clear()
        kept = inference._listed_by()
    finally:
        inference._listed_by.cache_clear()
    # Keyed by token tuples, as `_specificity` looks them up; some phrase listed by several.
    assert kept == fresh and max(fresh.values()) > 1
    assert all(isinstance(key, tuple) for key in kept)
    assert kept[inference._phrase_key("pushed back")] >= 1
    assert list(tmp_path.glob("inference-listed-*.marshal"))


def test_rows_read_back_as_the_json_has_them(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A model's rows (`load_json(..., rows=...)`) are read one by one, from the cache too, each
    the JSON's list with its ints and floats, kept once read; the rest of the file is as
    parsed."""
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "model.json"
    data.write_text('{"labels": ["a", "b"], "weights": {"x": [0, 1.5], "y": [-2, 0.25]},'
                    ' "parts": {"p": {"weights": {"z": [3]}}, "q": {"weights": {}}}}')
    for _ in range(2):  # parsed, then read back from the cache
        model = load_json(data, rows=(("weights",), ("parts", "*", "weights")))
        weights = model["weights"]
        assert isinstance(weights, Rows) and list(weights) == ["x", "y"] and len(weights) == 2
        assert weights.get("x") == [0, 1.5] and [type(v) for v in weights["x"]] == [int, float]
        assert weights["y"] == [-2, 0.25] and weights.get("w") is None and "w" not in weights
        assert weights.get("x") is weights.get("x")  # read once, then kept
        with pytest.raises(KeyError):
            weights["w"]
        assert dict(model["parts"]["p"]["weights"]) == {"z": [3]}
        assert dict(model["parts"]["q"]["weights"]) == {} and model["labels"] == ["a", "b"]
    assert load_json(data)["weights"] == {"x": [0, 1.5], "y": [-2, 0.25]}  # kept apart
