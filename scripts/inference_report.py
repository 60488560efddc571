"""How often competency inference is right on questions and answers written apart from it.

    python scripts/inference_report.py            # the tune halves: accuracy and every miss
    python scripts/inference_report.py --heldout  # the held-out halves too (counts only)
    python scripts/inference_report.py --fresh    # 24 later questions (asked-fresh.yaml)
    python scripts/inference_report.py --all      # all of the above, the probe questions, the
                                                  # held-out fifth of tests/data/inference,
                                                  # the interview sets and dev-set answers

`tests/data/probes/asked-tune.yaml` and `asked-heldout.yaml` were split by writing order before
anything was measured, as were `asked-tune2.yaml` and `asked-heldout2.yaml` (80 questions
written before the IDF round); only the tune halves' misses are printed, so that nobody tunes on
the held-out ones. A wrong guess is counted as flagged when inference called itself not
confident (the review then flags `competency_uncertain` and names the runner-up).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from roundtable.inference import infer_competency

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "data" / "probes"


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


def probe_questions() -> None:
    """tests/data/probes/questions.yaml, each part (dev, heldout, heldout2)."""
    probes = yaml.safe_load((PROBES / "questions.yaml").read_text(encoding="utf-8"))
    for part in ("dev", "heldout", "heldout2"):
        rows = [(cid, q) for cid, parts in probes.items() for q in parts[part]]
        right = sum(infer_competency(q, "").competency.id == cid for cid, q in rows)
        print(f"questions.yaml {part}: {right}/{len(rows)}")


def devset_answers() -> None:
    """Each dev-set answer with no question: the competency it was written for, by split."""
    rows = [json.loads(line) for path in sorted((ROOT / "tests/data/devset").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for split in ("dev", "heldout"):
        chosen = [r for r in rows if r["split"] == split]
        right = sum(infer_competency(None, r["answer"]).competency.id == r["competency"]
                    for r in chosen)
        print(f"devset answers only, {split}: {right}/{len(chosen)}")


def corpus_heldout() -> None:
    """The held-out fifth of `tests/data/inference` (every fifth question of each competency's
    list), which the question model is never trained on."""
    rows = [(question, cid) for path in sorted((ROOT / "tests/data/inference").glob("*.yaml"))
            for cid, questions in yaml.safe_load(path.read_text(encoding="utf-8")).items()
            for position, question in enumerate(questions, start=1) if position % 5 == 0]
    right = sum(infer_competency(q, "").competency.id == cid for q, cid in rows)
    print(f"inference corpus held-out fifth: {right}/{len(rows)}")


def interviews() -> None:
    """Every interview set with a `competencies.json`: question only, and question+answer."""
    sys.path.insert(0, str(ROOT / "tests" / "interview"))
    from competency_accuracy import measure as measure_set

    for folder in sorted((ROOT / "tests/data/interviews").iterdir()):
        if (folder / "competencies.json").exists():
            print(f"interviews/{folder.name}: {measure_set(folder)}")


if __name__ == "__main__":
    everything = "--all" in sys.argv[1:]
    measure("tune", verbose=True)
    measure("tune2", verbose=True)
    if everything or "--heldout" in sys.argv[1:]:
        measure("heldout", verbose=False)
        measure("heldout2", verbose=False)
    if everything or "--fresh" in sys.argv[1:]:
        measure("fresh", verbose=False)
    if everything:
        probe_questions()
        corpus_heldout()
        devset_answers()
        interviews()
