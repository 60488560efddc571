"""How reviews hold when an answer comes as raw speech-to-text rather than written.

    python scripts/speech_report.py                 # the dev set's dev and held-out splits
    python scripts/speech_report.py --aside ps20 …  # also those unseen sets' kept-aside fifths
    python scripts/speech_report.py --whole blind19 …  # also every answer of those sets

Each answer is reviewed as written and as speech would come from a recogniser that writes no
punctuation: `unpunctuated` (the marks taken away, the case kept), `lower` (and all of it in
lower case, names and "i" included) and `spoken` (and the fillers of speech put in, "um", "uh",
"you know", "like", "i mean", at one word in twenty, at places fixed by the answer's own
words). Prints, per part and variant, the mean change of the verdict's score, the mean size of
the change and how many verdicts cross the hire line. Only ids are ever printed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from unseen_report import _rows  # noqa: E402

import roundtable  # noqa: E402
from roundtable import regexes as re  # noqa: E402
from roundtable.evaluation.dataset import read_dataset  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FILLERS = ("um", "uh", "you know", "like", "i mean")
FILLER_RATE = 0.05
_MARKS = re.compile(r"[^\w\s'’%£$€-]")


_SPEAKER = re.compile(r"^\s*(?:\w+(?: \w+)?|Q|A):\s*")


def unpunctuated(text: str) -> str:
    """The marks taken away. A transcript keeps its turns, each with its speaker ("Candidate:"),
    as a recogniser's transcript does; an answer comes as one run."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(bool(_SPEAKER.match(line)) for line in lines) < 2:
        return " ".join(_MARKS.sub(" ", text).split())
    kept = []
    for line in lines:
        label = _SPEAKER.match(line)
        head = label.group().strip() + " " if label else ""
        kept.append(head + " ".join(_MARKS.sub(" ", line[label.end() if label else 0:]).split()))
    return "\n".join(kept)


def lower(text: str) -> str:
    """Unpunctuated and in lower case, speakers' labels aside."""
    lines = unpunctuated(text).split("\n")
    return "\n".join(line[:m.end()] + line[m.end():].lower() if (m := _SPEAKER.match(line))
                     and len(lines) > 1 else line.lower() for line in lines)


def spoken(text: str) -> str:
    """In lower case, with fillers put in."""
    written = lower(text)
    rnd = random.Random(zlib.crc32(written.encode()))
    said = []
    for line in written.split("\n"):
        words = []
        for word in line.split(" "):
            words.append(word)
            if rnd.random() < FILLER_RATE and not word.endswith(":"):
                words.append(rnd.choice(FILLERS))
        said.append(" ".join(words))
    return "\n".join(said)


VARIANTS: dict[str, Callable[[str], str]] = {
    "unpunctuated": unpunctuated, "lower": lower, "spoken": spoken}
Row = tuple[str, str, str, str | None]
"""An answer's id, text, competency and question."""


def devset(split: str) -> list[Row]:
    return [(row.id, row.answer, row.competency, row.question)
            for row in read_dataset(ROOT / "tests" / "data" / "devset", split=split)]


def unseen(name: str, part: str) -> list[Row]:
    """An unseen set's answers: its kept-aside fifth (`aside`) or all of them."""
    root = ROOT / "tests" / "data" / "unseen" / name
    return [(f"{name}/{row['file']}", (root / row["file"]).read_text("utf-8"), row["competency"],
             row["question"]) for row in _rows(root, part)]


def score(text: str, competency: str, question: str | None) -> float:
    return roundtable.review(text, competency=competency, question=question).verdict.score


def report(part: str, rows: list[Row], show: bool) -> None:
    written = [score(text, competency, question) for _, text, competency, question in rows]
    for name, variant in VARIANTS.items():
        moved = []
        crossed = []
        for (key, text, competency, question), before in zip(rows, written, strict=True):
            after = score(variant(text), competency, question)
            moved.append(after - before)
            if (after >= 3) != (before >= 3):
                crossed.append(key)
        print(f"{part} ({len(rows)}) {name:12} mean {statistics.mean(moved):+.3f}  "
              f"mean size {statistics.mean(map(abs, moved)):.3f}  across the line "
              f"{len(crossed)}" + (f": {' '.join(crossed)}" if show and crossed else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aside", nargs="*", default=[],
                        help="unseen sets whose kept-aside fifths to measure too")
    parser.add_argument("--whole", nargs="*", default=[],
                        help="unseen sets to measure every answer of (sets written to hold out)")
    parser.add_argument("--ids", action="store_true", help="name the answers that cross")
    args = parser.parse_args()
    report("dev", devset("dev"), args.ids)
    report("held out", devset("heldout"), args.ids)
    if args.aside:
        report("kept aside", [row for name in args.aside for row in unseen(name, "aside")],
               args.ids)
    if args.whole:
        report("whole sets", [row for name in args.whole for row in unseen(name, "all")],
               args.ids)


if __name__ == "__main__":
    main()
