"""A story told at the top anchor on every criterion leaves a panelist no gap to press: its
concern says so in words a reader takes in as a sentence, naming the criterion as the rubric
does and only one the panelist itself scores 5."""

from __future__ import annotations

import re

import roundtable

STRONG = (
    "Last spring my manager, Dana, wanted to cut our onboarding pilot from six weeks to two so "
    "we could hit a quarterly launch date. I disagreed, because our churn data showed 40% of "
    "new customers dropping off in weeks three to five, exactly the stretch she wanted to cut, "
    "and a short pilot would have hidden that from us at a cost of roughly $200k in lost "
    "renewals. I asked her for a 1:1 before the planning meeting rather than challenging her in "
    "front of the team, and framed it around her own retention goal. I showed her the cohort "
    "numbers and offered a compromise: four weeks, with a weekly checkpoint she could use to "
    "stop early. She still disagreed with part of it, so I brought both options to her director "
    "with her, and I also brought in our data analyst, with Dana's knowledge, to walk the "
    "director through the cohort numbers; the director backed four weeks. Once it was decided I "
    "committed fully and ran the checkpoints myself, even though I'd argued for six. We "
    "launched on time, churn in the pilot cohort dropped 12%, and the four-week format became "
    "the standard for every pilot since. Dana later asked me to lead the next pilot, and we "
    "still review plans together before they go to the team. Looking back, I should have raised "
    "the data a week earlier instead of waiting for the planning cycle; now I share numbers as "
    "soon as I see them.")


def test_a_panelist_with_every_criterion_at_five_names_no_gap() -> None:
    review = roundtable.review(STRONG, competency="have-backbone", panel="product-trio")
    assert review.flags == []
    names = {c.name.lower(): c.id for c in review.scores.criteria}
    final = {p.panelist: p.criteria for p in review.scores.panelists}
    assert all(set(scores.values()) == {5} for scores in final.values()), final
    for signal in review.signals:
        top = re.fullmatch(r"No gap on the rubric for [^;]+; (.+?) is already at the top anchor, "
                           r"and the follow-up would only confirm it\.", signal.concern)
        assert top is not None, signal.concern
        assert final[signal.panelist][names[top.group(1)]] == 5
