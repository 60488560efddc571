"""Red flags told across sentences (`evidence/across.py`): each sentence alone is innocent, and
the flag lies in what follows what. Each raising passage stands beside a near miss that tells the
same two things with what answers them: an agreement won first, a refusal of help rather than of
permission, a condition met, the old thing kept, a miss told after the blank, a trait turned to
a miss, the story picked out as the worst.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.kinds import FLAG_FAMILIES

# A short sound story the passages are told inside, so a flag is judged as in a real answer.
BEFORE = ("I run the evening shift at a garden centre with six staff. I rewrote the closing "
          "checklist in May and walked each of them through it.")
AFTER = "Closing now takes forty minutes instead of an hour and a quarter."


def _flags(passage: str) -> set[str]:
    return {f.kind for f in analyze(f"{BEFORE} {passage} {AFTER}").flags}


REFUSED = "The store manager said no, she didn't want self-checkout open on Saturdays."
OPENED = ("I opened it for the early shift that weekend and sent her the queue times "
          "afterwards.")


@pytest.mark.parametrize(("passage", "kind", "flagged"), [
    (f"{REFUSED} {OPENED}", "steamroll", True),
    (f"{REFUSED} I asked if I could try it for one early shift with me standing by, and she "
     f"agreed. {OPENED}", "steamroll", False),
    ("The head of finance objected to the new expense form at first. We went through last "
     "quarter's rejected claims together and he came round. I rolled it out to my own team the "
     "next month.", "steamroll", False),
    ("I asked the print room to run the leaflets and they said no, they were booked up. I did "
     "it myself on the office printer that evening.", "steamroll", False),
    (f"{REFUSED} I accepted that and used the time to test it with two cashiers after hours.",
     "steamroll", False),
    ("Our director still said no to the second supplier. I committed anyway and ran the launch "
     "with the one we had.", "steamroll", False),
    # the ask behind the no granted, and then done
    ("The controller said no the first time, she wanted three months of the sample running in "
     "parallel. Honestly that was a fair ask, so we did it.", "steamroll", False),
    ("The controller said no the first time, she wanted three months of the sample running in "
     "parallel. So we did it anyway.", "steamroll", True),
    ("My manager said we couldn't touch the pricing page before the audit. I pushed the new "
     "layout live on the Tuesday and sent her the conversion numbers once it was working.",
     "steamroll", True),
    ("The practice manager told me not to change the booking template. The following week I "
     "changed it on my own list and she found out from the receptionists.", "steamroll", True),
    ("The practice manager told me not to worry about the booking template. The following week "
     "I changed it on my own list, as we had planned.", "steamroll", False),
    ("Our head of nursing refused to let us trial the new handover form. I started using it on "
     "my ward the following Monday.", "steamroll", True),
    ("My boss did not approve the new supplier because of the price. So I ordered the first "
     "batch from them and later explained why.", "steamroll", True),
    ("I wanted to move the van loading to zones. The depot manager said no, he didn't want "
     "anything changed before the peak. I set up the zones on bay three the following Monday.",
     "steamroll", True),
    # A refusal reported as what could not be done: the step that does it overrides it too.
    ("The depot manager said we couldn't move the van loading to zones before the peak. I set "
     "up the zones on bay three the following Monday.", "steamroll", True),
    ("The depot manager said we couldn't move the van loading to zones before the peak. I "
     "cleaned the racks on bay three the following Monday.", "steamroll", False),
    ("My manager said no to the new rota. I put the old rota back on the wall and booked a "
     "meeting with her for January.", "steamroll", False),
    ("She refused to let us use the new supplier until the audit. I booked the audit for the "
     "next week and we switched after it passed.", "steamroll", False),
    ("The CTO said no to the new logging library, he wanted to wait for the security review. I "
     "booked the review for the next week and we shipped it after it passed.", "steamroll",
     False),
    # a no put off to later, overridden by the candidate's own hand
    ("I wanted to move the clinic to text reminders. The practice manager said it wasn't a "
     "priority this year. So I decided to set them up myself for my own patients the next "
     "week.", "steamroll", True),
    ("The IT lead said the single sign-on was not a priority for this quarter. I turned it on "
     "myself on the Friday.", "steamroll", True),
    ("The IT lead said the single sign-on was not a priority for this quarter. I asked if I "
     "could pilot it on my own team, and he agreed. I set it up myself the next week.",
     "steamroll", False),
    ("The IT lead said the single sign-on was not a priority for this quarter, so I put it in "
     "the plan for the next one.", "steamroll", False),
    ("The agency said our booking was not a priority for them. I called the venue myself and "
     "moved the date.", "steamroll", False),
    ("Honestly, I can't think of a big one. My calls generally hold up because I take my "
     "time.", "never_fail", True),
    ("Nothing major springs to mind. I'm a pretty methodical person.", "never_fail", True),
    ("It's difficult to pick one, because I generally make sound calls.", "never_fail", True),
    ("I can't think of one where I was badly off. My instincts tend to be right.", "never_fail",
     True),
    ("Honestly, I can't remember the exact date. I'm pretty careful with records, so I checked "
     "the diary.", "never_fail", False),
    ("I can't think of a bigger mistake I've made at work. I'm usually careful.", "never_fail",
     False),
    ("I can't think of any mistake bigger than a typo.", "never_fail", True),
    ("Nothing comes to mind straight away, so let me take one from last year.", "never_fail",
     False),
    ("Nothing comes to mind, honestly.", "never_fail", True),
    ("To be honest, it's hard to think of a big one. The closest was last winter, when I "
     "misjudged how long the stock count would take.", "never_fail", False),
    # the next sentence turns to the miss after all, whichever words opened the denial
    ("Honestly, nothing big comes to mind. One time, though, I mislabelled a whole pallet of "
     "returns.", "never_fail", False),
    ("I struggle to name a real failure. The nearest was a client report I sent out with last "
     "year's figures in it.", "never_fail", False),
    ("Honestly, nothing big comes to mind. I'm a very careful person.", "never_fail", True),
    ("My calls generally hold up because I take my time, but last winter I badly misjudged the "
     "stock count.", "never_fail", False),
    ("I couldn't recall the supplier's name. I'm quite methodical, so I checked the delivery "
     "notes.", "never_fail", False),
    # a lesson that lays the miss on another party blames it; one about how people learn is
    # the teller's own method
    ("What I learned is that suppliers have to read the order properly.", "blame", True),
    ("What I learned is that showing someone isn't teaching them. They have to do it and "
     "explain it back.", "blame", False),
    ("The lesson for me is that trainees have to make their own mistakes on a practice board.",
     "blame", False),
])
def test_a_red_flag_told_across_sentences_is_read_across_them(passage: str, kind: str,
                                                               flagged: bool) -> None:
    assert (kind in _flags(passage)) is flagged


def test_going_ahead_is_quoted_from_the_step_not_the_refusal() -> None:
    analysis = analyze(f"{BEFORE} {REFUSED} {OPENED} {AFTER}")
    assert [e.quote for e in analysis.evidence if e.kind == "steamroll"] == [OPENED]


# The same depot story with and without the agreement won before the step.
DEPOT = ("Last spring I was the shift lead at a parcel depot, and I wanted to move the van loading "
         "to a zone system because we were mis-loading about forty parcels a day. My manager, "
         "Dev, said no, he didn't want to change anything before the Christmas peak.")
AGREED = ("I asked him if I could trial it on one bay with the numbers checked daily, and he "
          "agreed.")
ZONES = ("I set up the zones on bay three the following Monday and showed him the mis-load "
         "numbers after two weeks. Mis-loads on that bay dropped from eleven to two, and in "
         "January the whole depot moved to zones.")
QUESTION = "Tell me about a time you disagreed with your manager."


def test_going_around_a_refusal_costs_the_vote_and_the_criteria_it_bears_on() -> None:
    forced = roundtable.review(f"{DEPOT} {ZONES}", competency="have-backbone",
                               question=QUESTION)
    agreed = roundtable.review(f"{DEPOT} {AGREED} {ZONES}", competency="have-backbone",
                               question=QUESTION)
    assert "steamroll" in {f.kind for f in forced.flags}
    assert "steamroll" not in {f.kind for f in agreed.flags}
    assert agreed.verdict.vote in ("hire", "strong_hire")
    assert forced.verdict.vote in ("no_hire", "strong_no_hire")
    borne = {c.id for c in competencies()["have-backbone"].criteria
             if c.family in FLAG_FAMILIES["steamroll"]}
    scores = {c.id: c.score for c in agreed.scores.criteria}
    assert borne
    assert all(c.score <= scores[c.id] for c in forced.scores.criteria if c.id in borne)
    assert sum(c.score for c in forced.scores.criteria if c.id in borne) < sum(
        scores[c] for c in borne)


@pytest.mark.parametrize(("passage", "flagged"), [
    ("Some of the staff said I should have asked them before changing the rota. But the old one "
     "was costing us two late closes a week.", True),
    ("Some of the staff said I should have asked them before changing the rota. But they had a "
     "point, and now I put any change on the board a week ahead.", False),
    ("Some of the staff said I should have asked them before changing the rota, and I agreed.",
     False),
    ("Finance felt they should have been consulted. But I think that's how you move fast.",
     True),
    ("Finance felt they should have been consulted. But they were right, so now I copy them in "
     "on any price change.", False),
])
def test_criticism_answered_with_a_bare_but_is_waved_off(passage: str, flagged: bool) -> None:
    assert ("dismissive" in _flags(passage)) is flagged


@pytest.mark.parametrize(("passage", "flagged"), [
    ("The day manager kept over-ordering stock. I put the write-off costs in a summary and took "
     "it straight to the regional director.", True),
    ("The day manager kept over-ordering stock. We took the write-off costs straight to the "
     "regional director together.", False),
    ("I found the till error that evening and took it straight to my manager.", False),
    ("The day manager kept over-ordering stock. Rather than get into a long back-and-forth "
     "with her, which I didn't think was a good use of our time, I escalated it to my director.",
     True),
])
def test_taken_straight_over_someones_head(passage: str, flagged: bool) -> None:
    assert ("steamroll" in _flags(passage)) is flagged


HOLD = ("The fire officer's inspection, which is a hold point before we reopen the hall, got "
        "moved to Monday.")


@pytest.mark.parametrize(("passage", "flagged"), [
    (f"{HOLD} I had checked every exit myself, so we reopened on Saturday as planned.", True),
    (f"{HOLD} I asked him to come on Friday evening instead, and we reopened on Saturday.",
     False),
    (f"{HOLD} We kept the hall shut and reopened on the Tuesday.", False),
])
def test_work_done_past_a_required_check(passage: str, flagged: bool) -> None:
    assert ("steamroll" in _flags(passage)) is flagged


@pytest.mark.parametrize(("passage", "flagged"), [
    ("Closing ran later and there were complaints from the team, but people adapted.", True),
    ("Two of the staff missed their buses that week, but they made it in the end, so no real "
     "problem.", True),
    ("Closing ran later for a week, so I moved the bins run to the afternoon and the "
     "complaints stopped.", False),
    ("She updated the draft before it went to the auditors, and there was no harm in the end.",
     False),
    # the loss put down as the way of the world
    ("Two of the early shift handed their notice in, but retail turnover is high anyway.", True),
    ("A few members left, but there are always a few.", True),
    ("Turnaround slipped for a while, but that was always going to happen.", True),
    ("We were at 78% of target, which is tough, but the market's been hard for everyone.", True),
    ("We did have some turnover among the nurses, but that's the sector.", True),
    ("Sad to lose him, but that's the job.", False),
    # the same words about something else, or the loss answered
    ("Two of the early shift handed their notice in, so I sat down with each of them and "
     "changed the rota.", False),
    ("There are always a few late deliveries on a Monday, so I book the drivers earlier.",
     False),
])
def test_harm_or_grumbling_waved_away(passage: str, flagged: bool) -> None:
    assert ("dismissive" in _flags(passage)) is flagged


def test_harm_waved_away_is_quality_not_kept_in_a_frugality_story() -> None:
    story = ("I ran eleven shops and had to cut labour by a tenth. I moved the morning "
             "put-away to the closing team and cut the delivery shift. Labour fell 12% in a "
             "quarter. {} ")
    waved = story.format("Closes ran late and there were complaints from the team, but people "
                         "adapted.")
    fixed = story.format("Closes ran late for a week, so I moved the bins run to the "
                         "afternoon and the complaints stopped.")

    def kept(answer: str) -> int:
        review = roundtable.review(answer, competency="frugality")
        return next(c.score for c in review.scores.criteria if c.id == "quality-kept")

    assert kept(waved) < kept(fixed)
