"""Per-label precision and recall of the clause reader on the labelled corpus.

    python scripts/reading_report.py          # dev and held-out, actor / mode / role and red flags
    python scripts/reading_report.py --fresh  # also the second held-out batch (clauses_fresh)
    python scripts/reading_report.py --probe  # also the third (clauses_probe)
    python scripts/reading_report.py --blind  # also the batch written blind (clauses_blind)
    python scripts/reading_report.py --tune   # also the tune batches: studied part, kept aside
    python scripts/reading_report.py --confusion  # and which mode is read for which

The fresh and probe batches are printed only when asked: each is measured once before a round
of tuning and once after, so that its numbers say how the reader does on sentences nobody
tuned it on.

The same measures `tests/evidence/test_clause_corpus.py` holds floors on.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import (  # noqa: E402
    BLIND,
    FRESH,
    PROBE,
    TUNE,
    field_pairs,
    flag_pairs,
    macro_f1,
    read_corpus,
    scores,
)


def main() -> None:
    rows = read_corpus()
    splits = ["dev", "heldout"]
    if "--fresh" in sys.argv[1:]:
        rows += read_corpus(FRESH)
        splits.append("fresh")
    if "--probe" in sys.argv[1:]:
        rows += read_corpus(PROBE)
        splits.append("probe")
    if "--blind" in sys.argv[1:]:
        rows += read_corpus(BLIND)
        splits.append("blind")
    if "--tune" in sys.argv[1:]:
        # The tune batches' rows numbered by fives were kept aside while their round tuned.
        rows += [replace(row, split="aside" if int(row.id.split("-")[1]) % 5 == 0 else "tune")
                 for row in read_corpus(TUNE)]
        splits += ["tune", "aside"]
    for split in splits:
        part = [row for row in rows if row.split == split]
        print(f"{split}: {len(part)} clauses")
        for field in ("actor", "mode", "role"):
            pairs = field_pairs(part, field)
            labels = "  ".join(
                f"{s.label} {s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f} ({s.support})"
                for s in scores(pairs))
            print(f"  {field:5} macro-F1 {macro_f1(pairs):.3f}  precision/recall/F1: {labels}")
        flags = "  ".join(f"{s.label} {s.precision:.2f}/{s.recall:.2f} ({s.support})"
                          for s in scores(flag_pairs(part)) if s.label != "-")
        print(f"  flags {flags}")
        if "--confusion" in sys.argv[1:]:
            _confusion(field_pairs(part, "mode"))


def _confusion(pairs: list[tuple[str, str]]) -> None:
    """Rows are the labelled mode, columns the mode read."""
    modes = sorted({gold for gold, _ in pairs} | {read for _, read in pairs})
    print("  mode confusion (row: labelled, column: read)")
    print("  " + " " * 13 + "".join(f"{m[:6]:>7}" for m in modes))
    for gold in modes:
        counts = [sum(1 for g, r in pairs if g == gold and r == read) for read in modes]
        print(f"  {gold:13}" + "".join(f"{c:7}" for c in counts))


if __name__ == "__main__":
    main()
