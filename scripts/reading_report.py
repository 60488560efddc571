"""Per-label precision and recall of the clause reader on the labelled corpus.

    python scripts/reading_report.py      # dev and held-out, actor / mode / role and red flags

The same measures `tests/evidence/test_clause_corpus.py` holds floors on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import field_pairs, flag_pairs, macro_f1, read_corpus, scores  # noqa: E402


def main() -> None:
    rows = read_corpus()
    for split in ("dev", "heldout"):
        part = [row for row in rows if row.split == split]
        print(f"{split}: {len(part)} clauses")
        for field in ("actor", "mode", "role"):
            pairs = field_pairs(part, field)
            labels = "  ".join(f"{s.label} {s.precision:.2f}/{s.recall:.2f} ({s.support})"
                               for s in scores(pairs))
            print(f"  {field:5} macro-F1 {macro_f1(pairs):.3f}  precision/recall: {labels}")
        flags = "  ".join(f"{s.label} {s.precision:.2f}/{s.recall:.2f} ({s.support})"
                          for s in scores(flag_pairs(part)) if s.label != "-")
        print(f"  flags {flags}")


if __name__ == "__main__":
    main()
