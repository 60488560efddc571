"""Reading JSONL and CSV datasets, and the one-line errors for bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roundtable.evaluation.dataset import DatasetError, read_dataset

ROW = {"id": "a", "competency": "conflict", "question": "Q?", "label": "strong",
       "answer": "I did it.", "group": "g1", "split": "dev"}


def _jsonl(tmp_path: Path, rows: list[object], name: str = "d.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_rows_labels_and_pair_keys(tmp_path: Path) -> None:
    rows = read_dataset(_jsonl(tmp_path, [
        ROW,
        {**ROW, "id": "b", "label": "Average", "group": None},
        {"competency": "conflict", "label": 4, "answer": "We did it."},
    ]))
    assert [r.rating for r in rows] == [5, 3, 4]
    assert rows[0].pair_key == "group:g1"
    assert rows[1].pair_key == "question:q?"
    assert rows[2].pair_key is None
    assert rows[2].id == "d-3"


def test_split_filter(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [ROW, {**ROW, "id": "b", "split": "heldout"}])
    assert [r.id for r in read_dataset(path, split="heldout")] == ["b"]
    with pytest.raises(DatasetError, match="no rows with split 'test'"):
        read_dataset(path, split="test")


def test_csv_with_a_multiline_quoted_answer(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        'id,competency,label,answer\n'
        'x,conflict,weak,"First line.\nSecond line, with a comma."\n'
        'y,conflict,2,Short one.\n',
        encoding="utf-8",
    )
    rows = read_dataset(path)
    assert rows[0].answer == "First line.\nSecond line, with a comma."
    assert [r.rating for r in rows] == [1, 2]


def test_folder_reads_every_file_and_ids_must_be_unique(tmp_path: Path) -> None:
    _jsonl(tmp_path, [ROW], "a.jsonl")
    _jsonl(tmp_path, [{**ROW, "id": "b"}], "b.jsonl")
    assert [r.id for r in read_dataset(tmp_path)] == ["a", "b"]
    _jsonl(tmp_path, [ROW], "c.jsonl")
    with pytest.raises(DatasetError, match="id 'a' is used again"):
        read_dataset(tmp_path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"competency": "c", "label": "weak"}', "line 2: missing 'answer'"),
        ('{"answer": "x", "label": "weak"}', "line 2: missing 'competency'"),
        ('{"answer": "x", "competency": "c"}', "line 2: missing 'label'"),
        ('{"answer": "x", "competency": "c", "label": "great"}',
         "line 2: label 'great' is not weak, average, strong or a rating from 1 to 5"),
        ('{"answer": "x", "competency": "c", "label": 6}', "line 2: rating '6' must be"),
        ('{"answer": "x", "competency": "c", "label": 2.5}', "line 2: rating '2.5' must be"),
        ('{"answer": "x", "competency": "c", "label": "weak", "score": 1}',
         "line 2: unknown field 'score'"),
        ('{"answer": "x", ', "line 2: not valid JSON"),
        ('["answer"]', "line 2: expected a JSON object"),
    ],
)
def test_bad_jsonl_row_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROW) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        read_dataset(path)
    text = str(caught.value)
    assert message in text and str(path) in text
    assert "\n" not in text


def test_bad_csv_row_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("answer,competency,label\nfine,c,weak\nno label,c,\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad.csv line 3: missing 'label'"):
        read_dataset(path)


def test_unreadable_inputs(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no such file"):
        read_dataset(tmp_path / "missing.jsonl")
    (tmp_path / "d.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match="expected a .jsonl or .csv file"):
        read_dataset(tmp_path / "d.txt")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="no rows to evaluate"):
        read_dataset(tmp_path / "empty.jsonl")
