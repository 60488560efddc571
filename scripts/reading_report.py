"""Per-label precision and recall of the clause reader on the labelled corpus.

    python scripts/reading_report.py          # dev and held-out, actor / mode / role and red flags
    python scripts/reading_report.py --fresh  # also the second held-out batch (clauses_fresh)

The fresh batch is printed only when asked: it is measured once before a round of tuning and
once after, so that its numbers say how the reader does on sentences nobody tuned it on.

The same measures `tests/evidence/test_clause_corpus.py` holds floors on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import (  # noqa: E402
    FRESH,
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


if __name__ == "__main__":
    main()
