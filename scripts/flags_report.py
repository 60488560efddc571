"""Red-flag probes as counts: positives found and controls clean, per probe file.

    python scripts/flags_report.py                     # flags.yaml and flags-heldout.yaml
    python scripts/flags_report.py flags-heldout2.yaml # any probe file under tests/data/probes

A positive is found when the review raises its flag and lowers the criteria the flag bears on;
a control is clean when the flag stays down (see tests/evidence/test_flag_probes.py).
flags-heldout2.yaml and flags-heldout3.yaml are measured only at the start and end of a round,
never tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from test_flag_probes import PROBES_DIR, misreadings  # noqa: E402


def main(names: list[str]) -> None:
    for name in names or ["flags.yaml", "flags-heldout.yaml"]:
        probes = yaml.safe_load((PROBES_DIR / name).read_text("utf-8"))["probes"]
        counts = {"positive": [0, 0], "control": [0, 0]}
        missed = []
        for probe in probes:
            wrong = misreadings(probe)
            counts[probe["polarity"]][0] += not wrong
            counts[probe["polarity"]][1] += 1
            if wrong:
                missed.append(f"{probe['id']}: {', '.join(wrong)}")
        (found, positives), (clean, controls) = counts["positive"], counts["control"]
        print(f"{name}: positives {found}/{positives}, controls clean {clean}/{controls}")
        for line in missed:
            print(f"  {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
