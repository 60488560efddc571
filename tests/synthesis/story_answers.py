"""Short answers the claim-checker tests share: a story told with someone else, one told
alone."""

from __future__ import annotations

import re
from typing import Any

from roundtable.models import Review

TOLD = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers, and she agreed to keep four weeks. We launched on time "
    "and churn in the pilot cohort dropped 12%. She later asked me to lead the next pilot."
)
ALONE = (
    "Last year I rebuilt our deployment scripts because releases failed about once a week. I "
    "wrote a checklist, added a dry-run step and tested every script against staging. Failed "
    "releases dropped from four a month to none over the next quarter."
)


def rewrite(review: Review, where: str, text: str) -> Review:
    """The review with `text` written into the field `where` names (as check_review names it),
    every other sentence left as the product wrote it."""
    data: dict[str, Any] = review.model_dump()
    if where in ("headline", "consensus.summary"):
        parts = where.split(".")
        target = data if len(parts) == 1 else data[parts[0]]
        target[parts[-1]] = text
    elif where == "consensus.agreements[0]":
        data["consensus"]["agreements"] = [text]
    elif where == "consensus.emphases[0]":
        data["consensus"]["emphases"] = [{"panelist": review.panel[0].id, "text": text}]
    elif where.startswith("signals[0]."):
        data["signals"][0][where.split(".")[1]] = text
    elif match := re.fullmatch(r"rounds\[(\d)\]\.turns\[(\d)\]", where):
        data["rounds"][int(match[1])]["turns"][int(match[2])]["text"] = text
    elif where == "follow_ups[0]":
        data["follow_ups"] = [{"panelist": review.panel[0].id, "question": text}]
    else:  # pragma: no cover - a typo in a test
        raise AssertionError(where)
    return Review.model_validate(data)
