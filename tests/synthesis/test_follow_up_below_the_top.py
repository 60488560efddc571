"""A panelist's follow-up goes to a criterion it scores below the top anchor while one is left
unasked, even where its closing concern is a criterion at the top (`build_follow_ups`): a
question about what the answer already told in full presumes a gap that is not there."""

from __future__ import annotations

import re

from test_concern_at_the_top_anchor import STRONG

import roundtable


def test_no_follow_up_asks_about_a_top_score_while_a_lower_one_is_unasked() -> None:
    # Without its line on committing once it was decided, and with its compromise put without
    # the "offered" that owns it, the strong story scores decision and commitment 4 and every
    # other criterion 5: a panelist leading on that line closes with a concern at the top anchor.
    dropped = "Once it was decided I committed fully and ran the checkpoints myself, even though "
    answer = re.sub(rf"{dropped}[^.]*\. ", "", STRONG).replace(
        "and offered a compromise", "and put a compromise to her")
    assert answer != STRONG
    review = roundtable.review(answer, competency="have-backbone", panel="hiring-manager")
    final = {p.panelist: p.criteria for p in review.scores.panelists}
    asked: set[str] = set()
    for follow_up in review.follow_ups:
        scores = final[follow_up.panelist]
        if scores[follow_up.criterion] == 5:
            assert all(cid in asked for cid, score in scores.items() if score < 5), follow_up
        asked.add(follow_up.criterion)
    assert any(score < 5 for scores in final.values() for score in scores.values())
