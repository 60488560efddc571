"""What a turn says of a line is true of the words it quotes, however the line was cut.

Two stories written for two ways a line lost what was said of it: a step quoted without the
"and" that joined it (its competency cue was found from that word on), and a clause quoted to
its end for one kind of evidence and to the middle for another (a number in its "which…"
tail). Each is reviewed by every panel, and no claim may go beyond the reading.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.synthesis.claims import check_review

JOINED = """I ran pricing analytics for a regional grocery chain.
- Our own-brand yoghurt sales fell 9% in four weeks and the category manager wanted to cut the \
price by 10% straight away.
- But I had no clean test data, and the decision was due at the Thursday trading meeting.
- Pulled the weekly sales by store and found the drop was in the 14 stores where a competitor \
had opened.
- Checked last year's same weeks — no similar dip.
- Told the category manager plainly it was a rough read, not a proper test, and recommended \
holding the price but running a 10% cut in 7 stores for 3 weeks before deciding.
- She agreed to the trial.
- The trial stores sold 4% more, not enough to pay for the cut, so we kept the price and put \
the money into a promotion in the 14 stores instead.
- Sales there recovered within six weeks."""

TAIL = ("I was the events lead for a medical conference of 900 people. Three weeks before it, "
        "the venue's main hall failed a fire inspection. I needed a new venue near the booked "
        "hotels, and I needed to do it without the delegates' day visibly changing and within "
        "the client's budget, which had about 5% contingency left. I called eleven venues in "
        "two days and booked a university hall ten minutes from the hotels. We came in 1% under "
        "budget and the client booked us for the next two years.")


@pytest.mark.parametrize("panel", ["product-trio", "engineering-loop", "hiring-manager"])
@pytest.mark.parametrize(("answer", "competency"), [(JOINED, "are-right-a-lot"),
                                                    (TAIL, "deliver-results")])
def test_every_claim_about_a_cut_line_is_true_of_it(answer: str, competency: str,
                                                    panel: str) -> None:
    review = roundtable.review(answer, competency=competency, panel=panel)
    assert check_review(review) == []
