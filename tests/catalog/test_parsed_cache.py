"""The built-in catalog's parsed YAML is kept between processes, and only while it is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.catalog import competencies, loader


def test_parsed_yaml_is_reused_until_a_file_changes(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    files = {"competencies/a.yaml": "id: a\ncues: [x, 'y']\n", "competencies/b.yaml": "id: b\n"}
    first = loader._parsed("competencies", files)
    assert first == {"competencies/a.yaml": {"id": "a", "cues": ["x", "y"]},
                     "competencies/b.yaml": {"id": "b"}}
    stored = tmp_path / "catalog-competencies.marshal"
    written = stored.read_bytes()
    assert loader._parsed("competencies", files) == first
    assert stored.read_bytes() == written  # read back, not parsed and written again
    changed = {**files, "competencies/b.yaml": "id: b\nname: Bee\n"}
    assert loader._parsed("competencies", changed)["competencies/b.yaml"] == {
        "id": "b", "name": "Bee"}
    stored.write_bytes(b"garbage")
    assert loader._parsed("competencies", files) == first


def test_a_bad_file_is_still_named_with_its_line(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    with pytest.raises(loader.CatalogError, match=r"^competencies/bad.yaml: not valid YAML at"):
        loader._parsed("competencies", {"competencies/bad.yaml": "id: a\nname: [b\n"})
    assert not (tmp_path / "catalog-competencies.marshal").exists()


def test_the_built_in_catalog_loads_the_same_through_the_cache() -> None:
    assert [c.id for c in competencies().values()] == sorted(competencies())
