"""Competency inference over a folder of transcripts with a `competencies.json` manifest.

The manifest maps a file to the competency intended for each of its behavioral questions, in
order (the questions of `expected.json`). Each question the segmenter finds at its expected
position is inferred twice, as `roundtable interview` would: from the question alone, and from
the question with the candidate's answer. Prints the misses and the two counts.
"""

from __future__ import annotations

import json
from pathlib import Path

from roundtable.inference import infer_competency
from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import Segment, converse, split


def _segments(path: Path) -> list[Segment]:
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    return split(converse(transcript)) if transcript is not None else []


def measure(folder: Path, *, verbose: bool = False) -> dict[str, int]:
    expected: dict[str, list[str]] = json.loads((folder / "expected.json").read_text())
    wanted: dict[str, list[str]] = json.loads((folder / "competencies.json").read_text())
    counts = {"questions": 0, "question_only": 0, "with_answer": 0}
    for name, ids in wanted.items():
        found = _segments(folder / name)
        for phrase, cid, segment in zip(expected[name], ids, found, strict=False):
            if phrase.lower() not in segment.question.lower():
                continue
            counts["questions"] += 1
            alone = infer_competency(segment.question, "").competency.id
            both = infer_competency(segment.question, segment.answer).competency.id
            counts["question_only"] += alone == cid
            counts["with_answer"] += both == cid
            if verbose and (alone != cid or both != cid):
                print(f"{cid:>30} | q: {alone:<28} q+a: {both:<28} | {segment.question[:70]}")
    return counts


if __name__ == "__main__":
    import sys

    for folder in sys.argv[1:]:
        print(folder, measure(Path(folder), verbose=True))
