"""Segmentation accuracy over a folder of transcripts with an `expected.json` manifest.

The manifest maps a file (relative to the folder) to the behavioral questions it holds, each
as a phrase from the question. A found segment is right when its question contains the phrase of
the expected question at the same position; a file is exact when every question is found,
nothing is merged and nothing extra (small talk, the candidate's questions) is reviewed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from roundtable.errors import InputError
from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import converse, split


@dataclass
class FileResult:
    name: str
    expected: list[str]
    found: list[str]

    @property
    def matched(self) -> int:
        return sum(1 for e in self.expected
                   if any(e.lower() in q.lower() for q in self.found))

    @property
    def exact(self) -> bool:
        return len(self.found) == len(self.expected) and all(
            e.lower() in q.lower() for e, q in zip(self.expected, self.found, strict=True))


def questions_of(path: Path) -> list[str]:
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    if transcript is None:
        return []
    try:
        return [s.question for s in split(converse(transcript))]
    except InputError:
        return []


def evaluate(folder: Path) -> list[FileResult]:
    manifest: dict[str, list[str]] = json.loads((folder / "expected.json").read_text())
    return [FileResult(name, expected, questions_of(folder / name))
            for name, expected in manifest.items()]


def summary(results: list[FileResult]) -> dict[str, float]:
    expected = sum(len(r.expected) for r in results)
    found = sum(len(r.found) for r in results)
    matched = sum(r.matched for r in results)
    right = sum(1 for r in results for q in r.found
                if any(e.lower() in q.lower() for e in r.expected))
    return {
        "files": len(results),
        "exact_files": sum(r.exact for r in results),
        "recall": round(matched / expected, 3) if expected else 1.0,
        "precision": round(right / found, 3) if found else 1.0,
    }


if __name__ == "__main__":
    import sys

    for folder in sys.argv[1:]:
        results = evaluate(Path(folder))
        for r in results:
            print(f"{'ok ' if r.exact else 'BAD'} {r.name}: expected {len(r.expected)}, found "
                  f"{len(r.found)}: {[q[:50] for q in r.found]}")
        print(folder, summary(results))
