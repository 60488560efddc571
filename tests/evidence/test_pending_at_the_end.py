"""A story that ends with what it aimed at still pending ("It's now on their roadmap for Q3",
"the committee have it on the agenda again for June") tells no outcome in that clause, and the
review says so for the criteria of what came of it (`criteria.PENDING`). The same words early
in the story, negated, or meaning something else, are read as before."""

from __future__ import annotations

import pytest

from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import realised
from roundtable.scoring.criteria import PENDING, score_criteria

STORY = ("Bookings for the shared microscopes were on paper sheets, and people kept turning up "
         "to find the instrument taken. I proposed an online booking system, built a demo over "
         "a weekend and presented it to the department committee with twelve clashes I had "
         "logged in a month. They asked about maintenance, so I came back with a support plan "
         "and a letter signed by 23 postdocs. {ending}")


@pytest.mark.parametrize("ending", [
    "Now the committee have it on the agenda again for the meeting in June.",
    "It's now on their roadmap for Q3, with a named engineer.",
    "It's in the capex cycle for next financial year, competing with other sites.",
    "The decision has been postponed to the autumn, but I think it will be approved.",
    "We're still waiting on a decision from the head of department.",
    # not known yet, only hoped
    "It's in beta with a fifth of the groups at the moment. Early signals are really promising.",
    "It's a bit early to say anything definitive, but the directional data is positive.",
    # left for others to finish
    "The cutover moved to the platform team. I think they're planning to finish it this quarter.",
    "All the groundwork was done. I'd say it's ninety percent there.",
])
def test_a_story_ending_on_something_pending_is_read_so(ending: str) -> None:
    analysis = analyze(STORY.format(ending=ending))
    assert analysis.pending
    last = [c for c in analysis.clauses if c.sentence == analysis.clauses[-1].sentence]
    assert not any(realised(c.text) for c in last), ending


@pytest.mark.parametrize("ending", [
    "The committee approved it in June and clashes stopped within a month.",
    # a matter pending only in the scene, long before the end
    "It went live in June and the sheets came off the doors.",
    # pushed back on: resisted, not put off
    "Finance pushed back on the cost at first, and then signed it off in June.",
    # negated: nothing left waiting
    "It is no longer on anyone's backlog: it went live in June.",
    # too early only then: it is known now
    "It was too early to tell at first, but by June clashes had stopped.",
])
def test_an_ending_that_came_about_is_not(ending: str) -> None:
    assert not analyze(STORY.format(ending=ending)).pending, ending


def test_an_early_backlog_is_the_scene_not_the_end() -> None:
    answer = ("The fix had been on the platform team's backlog for a year. I picked it up, "
              "traced the failures to one expired certificate, renewed it with their on-call "
              "engineer and wrote the renewal into the monthly checklist. Failed logins went "
              "from forty a week to none, and nobody has raised it since.")
    assert not analyze(answer).pending


def test_the_review_says_what_is_still_pending() -> None:
    competency = competencies()["influence"]
    scores = score_criteria(analyze(STORY.format(
        ending="Now the committee have it on the agenda again for June.")), competency)
    family = {c.id: c.family for c in competency.criteria}
    results = [c for c in scores if family[c.id] == "results"]
    assert results and all(PENDING in c.rationale for c in results)
    others = [c for c in scores if family[c.id] != "results"]
    assert not any(PENDING in c.rationale for c in others)


@pytest.mark.parametrize(("ending", "pending"), [
    # put on the roadmap, then told as delivered after all
    ("I put the rest on the backlog for the next quarter. The online system went live in "
     "September.", False),
    ("Two smaller requests went on the roadmap for Q3. Both shipped in August.", False),
    # a delivery told only as a time, or something else done, settles nothing
    ("It's now on their roadmap for Q3. Before it launched, people kept asking about it.", True),
    ("It's now on their roadmap for Q3. The postdocs were pleased.", True),
])
def test_what_waited_and_was_then_delivered_is_not_left_pending(ending: str,
                                                                 pending: bool) -> None:
    assert analyze(STORY.format(ending=ending)).pending is pending, ending

