"""Short answers the claim-checker tests share: a story told with someone else, one told
alone."""

from __future__ import annotations

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
