"""Reading a labelled evaluation dataset from JSONL or CSV.

Each row needs `answer`, `competency` and `label` (weak / average / strong, or a 1-5 rating);
`id`, `question`, `group` (rows answering the same question) and `split` are optional. A bad
row fails the whole read with one line naming the file, the row and the problem.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from roundtable.errors import InputError
from roundtable.evaluation.scale import LABEL_WORDS

_KNOWN = {"id", "answer", "competency", "question", "label", "group", "split"}


class DatasetError(InputError):
    """The dataset file cannot be read or one of its rows is malformed."""


class EvalRow(BaseModel):
    """One labelled answer to review."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    answer: str = Field(min_length=1)
    competency: str = Field(min_length=1)
    question: str | None = None
    rating: int = Field(ge=1, le=5, description="The label on the 1-5 scale (weak=1 .. strong=5).")
    label: str = Field(description="The label as written in the file.")
    group: str | None = None
    split: str | None = None
    origin: str | None = Field(None, description='Where the row came from: "file line N".')

    @property
    def where(self) -> str:
        """The row for an error message: its id, and its file and line when known."""
        return f"row '{self.id}'" + (f" ({self.origin})" if self.origin else "")

    @property
    def pair_key(self) -> str | None:
        """What makes two rows a same-question pair: the group, else the question text."""
        if self.group:
            return f"group:{self.group}"
        if self.question:
            return "question:" + " ".join(self.question.lower().split())
        return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_label(value: Any) -> int:
    """The 1-5 rating for a label word or a rating; ValueError says what is accepted."""
    text = _text(value)
    if text is None:
        raise ValueError("missing 'label'")
    if text.lower() in LABEL_WORDS:
        return LABEL_WORDS[text.lower()]
    try:
        number = float(text)
    except ValueError:
        raise ValueError(
            f"label {text!r} is not weak, average, strong or a rating from 1 to 5"
        ) from None
    if not number.is_integer() or not 1 <= number <= 5:
        raise ValueError(f"rating {text!r} must be a whole number from 1 to 5")
    return int(number)


def _row(record: dict[str, Any], number: int, stem: str) -> EvalRow:
    unknown = sorted(set(record) - _KNOWN)
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' (known: {', '.join(sorted(_KNOWN))})")
    answer = _text(record.get("answer"))
    competency = _text(record.get("competency"))
    if answer is None:
        raise ValueError("missing 'answer'")
    if competency is None:
        raise ValueError("missing 'competency'")
    return EvalRow(
        id=_text(record.get("id")) or f"{stem}-{number}",
        answer=answer,
        competency=competency,
        question=_text(record.get("question")),
        rating=parse_label(record.get("label")),
        label=str(record.get("label")).strip(),
        group=_text(record.get("group")),
        split=_text(record.get("split")),
    )


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _RowProblem(number, f"not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise _RowProblem(number, "expected a JSON object")
        yield number, record


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames:
        return
    for record in reader:
        # The header is line 1; a quoted field may span lines, so use the reader's count.
        if None in record:
            raise _RowProblem(reader.line_num, "more fields than the header names")
        yield reader.line_num, {k: v for k, v in record.items() if v not in (None, "")}


class _RowProblem(Exception):
    def __init__(self, number: int, problem: str) -> None:
        super().__init__(problem)
        self.number = number
        self.problem = problem


def _read_file(path: Path) -> list[EvalRow]:
    if path.suffix.lower() not in {".jsonl", ".csv"}:
        raise DatasetError(f"{path}: expected a .jsonl or .csv file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DatasetError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read it as UTF-8 text ({exc})") from None
    records = _jsonl_records(text) if path.suffix.lower() == ".jsonl" else _csv_records(text)
    rows: list[EvalRow] = []
    try:
        for number, record in records:
            try:
                row = _row(record, number, path.stem)
                rows.append(row.model_copy(update={"origin": f"{path} line {number}"}))
            except ValueError as exc:
                raise _RowProblem(number, _first_line(exc)) from None
    except _RowProblem as problem:
        raise DatasetError(f"{path} line {problem.number}: {problem.problem}") from None
    return rows


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in {".jsonl", ".csv"})
        if not found:
            raise DatasetError(f"{path}: no .jsonl or .csv files in this folder")
        return found
    return [path]


def read_dataset(paths: str | Path | list[Path], *, split: str | None = None) -> list[EvalRow]:
    """Read every row of one or more .jsonl/.csv files (or folders of them).

    Ids must be unique across all files. With `split`, only rows of that split are kept.
    """
    files = [f for p in ([paths] if isinstance(paths, str | Path) else paths)
             for f in _expand(Path(p))]
    rows: list[EvalRow] = []
    origin: dict[str, Path] = {}
    for file in files:
        for row in _read_file(file):
            if row.id in origin:
                first = origin[row.id]
                raise DatasetError(f"{file}: id '{row.id}' is used again (first in {first})")
            origin[row.id] = file
            rows.append(row)
    if split is not None:
        rows = [row for row in rows if row.split == split]
    if not rows:
        where = f" with split '{split}'" if split is not None else ""
        raise DatasetError(f"{', '.join(map(str, files))}: no rows{where} to evaluate")
    return rows


def _first_line(exc: ValueError) -> str:
    # pydantic's ValidationError is a ValueError whose text spans several lines.
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"field '{where}': {first['msg']}"
    return str(exc).splitlines()[0]
