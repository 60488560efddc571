"""How often competency inference is right on questions and answers written apart from it.

    python scripts/inference_report.py            # the tune half: accuracy and every miss
    python scripts/inference_report.py --heldout  # the held-out half too (counts only)
    python scripts/inference_report.py --fresh    # 24 later questions (asked-fresh.yaml)

`tests/data/probes/asked-tune.yaml` and `asked-heldout.yaml` were split by writing order before
anything was measured; only the tune half's misses are printed, so that nobody tunes on the
held-out one. A wrong guess is counted as flagged when inference called itself not confident
(the review then flags `competency_uncertain` and names the runner-up).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from roundtable.inference import infer_competency

PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes"


def measure(part: str, *, verbose: bool) -> None:
    data = yaml.safe_load((PROBES / f"asked-{part}.yaml").read_text(encoding="utf-8"))
    rows = [(r["question"], "", r["competency"], r.get("also", [])) for r in data["questions"]]
    rows += [(None, r["answer"], r["competency"], r.get("also", []))
             for r in data.get("answers", [])]
    for kind, chosen in (("questions", rows[: len(data["questions"])]),
                         ("answers", rows[len(data["questions"]):])):
        if not chosen:
            continue
        right = flagged = confidently_wrong = unsure_right = 0
        for question, answer, wanted, also in chosen:
            got = infer_competency(question, answer)
            ok = got.competency.id in (wanted, *also)
            right += ok
            unsure_right += ok and not got.confident
            if not ok:
                flagged += not got.confident
                confidently_wrong += got.confident
                if verbose:
                    runner = got.runner_up.id if got.runner_up else "-"
                    print(f"  {wanted:>28} -> {got.competency.id:<28} "
                          f"(runner-up {runner}, margin {got.margin:.2f}) "
                          f"{(question or answer)[:80]}")
        print(f"{part} {kind}: {right}/{len(chosen)} right; wrong: {flagged} flagged uncertain, "
              f"{confidently_wrong} confidently wrong; right but flagged: {unsure_right}")


if __name__ == "__main__":
    measure("tune", verbose=True)
    if "--heldout" in sys.argv[1:]:
        measure("heldout", verbose=False)
    if "--fresh" in sys.argv[1:]:
        measure("fresh", verbose=False)
