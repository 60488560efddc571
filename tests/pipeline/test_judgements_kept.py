"""Every judgement the product gets right today on answers labelled by hand stays right: each
panel's verdict on the dev split's strong and weak answers (on the right side of the hire line)
and the red flags of the flag sets' tuned parts (each flag the writer put in found, none found
that the writer did not put in). The floors of the evaluation tests let a change trade one
answer for another; this does not. What is wrong today is listed in
`tests/data/judgements_missed.json`; a judgement right since must come off the list, so it only
shrinks. Held-out rows (the dev set's held-out split, each set's kept-aside fifth) are never
listed or run. Last, a criterion the telling lifts never passes 5.

    python tests/pipeline/test_judgements_kept.py   # rewrite the list after a change
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import roundtable
from roundtable.evidence.kinds import RED_FLAGS

DATA = Path(__file__).parents[1] / "data"
MISSED = DATA / "judgements_missed.json"
PANELS = ("product-trio", "engineering-loop", "hiring-manager")
FLAG_SETS = ("flag3", "flag4", "flagprec", "flagprec2")
HIRE = {"hire", "strong_hire"}


def _verdicts(panel: str) -> dict[str, str]:
    """Each dev strong or weak answer's wrong verdict from `panel`, by row and panel."""
    missed = {}
    for path in sorted((DATA / "devset").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["split"] != "dev" or row["label"] == "average":
                continue
            vote = roundtable.review(row["answer"], competency=row["competency"],
                                     question=row["question"], panel=panel).verdict.vote
            if (vote in HIRE) != (row["label"] == "strong"):
                missed[f"{row['id']} {panel}"] = vote
    return missed


def _flags(name: str) -> dict[str, list[str]]:
    """Each tuned answer's flags missed ("-blame") or found falsely ("+blame")."""
    root = DATA / "unseen" / name
    rows = [json.loads(line) for line in
            (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    missed = {}
    for at, row in enumerate(rows):
        if at % 5 == 2:
            continue  # the kept-aside fifth
        review = roundtable.review((root / row["file"]).read_text(encoding="utf-8"),
                                   competency=row["competency"], question=row["question"])
        raised, wanted = {f.kind for f in review.flags} & RED_FLAGS, set(row["flags"])
        wrong = [f"-{k}" for k in sorted(wanted - raised)] + [f"+{k}" for k in
                                                              sorted(raised - wanted)]
        if wrong:
            missed[row["file"]] = wrong
    return missed


def _listed(part: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(MISSED.read_text(encoding="utf-8"))[part]
    return found


def _compare(found: dict[str, object], listed: dict[str, object]) -> None:
    broken = {key: wrong for key, wrong in found.items() if listed.get(key) != wrong}
    assert not broken, f"wrong now, right (or wrong otherwise) before: {broken}"
    mended = sorted(set(listed) - set(found))
    assert not mended, f"right now: take these off judgements_missed.json: {mended}"


@pytest.mark.parametrize("panel", PANELS)
def test_the_verdicts_right_on_the_dev_split_stay_right(panel: str) -> None:
    listed = {key: vote for key, vote in _listed("verdicts").items() if key.endswith(panel)}
    _compare(dict(_verdicts(panel)), listed)


@pytest.mark.parametrize("name", FLAG_SETS)
def test_the_red_flags_right_on_the_flag_sets_stay_right(name: str) -> None:
    _compare(dict(_flags(name)), _listed(name))


if __name__ == "__main__":
    verdicts = {key: vote for panel in PANELS for key, vote in _verdicts(panel).items()}
    MISSED.write_text(json.dumps({"verdicts": verdicts, **{n: _flags(n) for n in FLAG_SETS}},
                                 indent=1) + "\n", encoding="utf-8")


def test_a_criterion_lifted_by_the_telling_stays_within_five() -> None:
    # ps21/040 (a tuned answer, strong, told in terse lines): a criterion its evidence puts at 5
    # in a story under the line, which the telling lifts towards it.
    answer = (DATA / "unseen" / "ps21" / "040.txt").read_text(encoding="utf-8")
    review = roundtable.review(answer, competency="problem-solving", panel="product-trio")
    assert max(c.score for c in review.scores.criteria) == 5
