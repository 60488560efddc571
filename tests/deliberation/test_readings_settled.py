"""Two readings of one line, settled by what the answer says elsewhere: a "we" line is the
candidate's step once they tell their own part in another sentence, a hedge is care over one
detail in an answer exact elsewhere; otherwise the panelist who read it the other way holds,
and says why in words the answer bears out."""

from __future__ import annotations

from pathlib import Path

from roundtable.deliberation.debate import deliberate
from roundtable.deliberation.reading import gather, opening_reading, reads_as_not_theirs
from roundtable.ingest import parse_input
from roundtable.pipeline import prepare

EXAMPLE = Path(__file__).parents[2] / "examples" / "have-backbone-transcript.txt"
LOOSE = ("At my last job I was on the platform team and there was a disagreement about the "
         "database migration. I think I raised it with my lead at some point. We talked about it "
         "a fair amount and in the end we moved the migration to the next quarter. "
         "I think things went fairly well after that and people seemed happier.")
EXACT = ("In March 2023 I was the on-call lead for payments at Acme when our checkout error rate "
         "hit 4%. I pulled the logs for 1,200 failed orders and found that 90% came from one "
         "card processor. I wrote a two-page proposal to route those cards to our backup "
         "processor and took it to our director Maria on Tuesday. We switched the routing the "
         "next day. I think errors dropped to around 0.5% within a week, and we kept the backup "
         "route as the default for that processor.")


def _case(answer: str, competency: str):  # type: ignore[no-untyped-def]
    case, _ = prepare(parse_input(answer), competency, "product-trio")
    return case


def test_an_ownership_lens_reads_a_we_line_as_the_teams_until_shown_their_own_part() -> None:
    answer = EXAMPLE.read_text()
    case, _ = prepare(parse_input(answer), None, "product-trio")
    evidence = gather(case)
    daniel = next(p for p in case.panel.personas if p.id == "vp-engineering")
    priya = next(p for p in case.panel.personas if p.id == "director-of-product")
    we = [(cid, f) for cid in evidence.criteria for f in evidence.quotable(cid)
          if f.team_only and f.own_step is not None]
    assert we
    # Daniel's opening leaves the "we" lines out where Priya's (a lens that weighs ownership
    # less) reads them as the candidate's.
    alone = opening_reading(case, evidence, daniel)
    assert all(reads_as_not_theirs(daniel, f) and not reads_as_not_theirs(priya, f)
               and f.quote.start not in alone.weighed[cid] for cid, f in we)
    debate = deliberate(case)
    conceded = [t for r in debate.rounds for t in r.turns if t.speaker == "vp-engineering"
                and "as the team's doing, but elsewhere they tell their own part" in t.text]
    assert conceded and conceded[0].stance == "agree"
    # The line that settles it is quoted from the answer, as the credit it is.
    own = [q for q in conceded[0].evidence if q.use == "credit"]
    assert own and all(case.submission.answer[q.start:q.end] == q.quote for q in own)
    assert any(m.after > m.before for m in debate.reading("vp-engineering").moved_by)


def test_a_hedge_in_an_answer_exact_elsewhere_is_conceded_with_the_exact_line_quoted() -> None:
    debate = deliberate(_case(EXACT, "ownership"))
    daniel = debate.reading("vp-engineering")
    assert any(m.after > m.before for m in daniel.moved_by)
    replies = [t for r in debate.rounds for t in r.turns
               if t.speaker == "vp-engineering" and "care over one detail" in t.text]
    assert replies and replies[0].stance == "agree"
    assert "“I wrote a two-page proposal" in replies[0].text
    assert any(q.use == "credit" and q.criterion for q in replies[0].evidence)


def test_a_we_line_with_no_part_of_their_own_is_held_as_the_teams_doing() -> None:
    debate = deliberate(_case(LOOSE, "have-backbone"))
    holds = [t.text for r in debate.rounds for t in r.turns
             if t.speaker == "vp-engineering" and t.stance == "pushback"
             and "differently" in t.text]
    assert holds
    # The reason given is the one it holds for, not a hedge the line does not have.
    assert "the team's doing, told as “we”" in holds[0] and "hedged" not in holds[0]


DEPOT = ("I run the early shift at a bus depot with 60 drivers. Last winter only 81 percent of "
         "morning buses left on time, and the contract required 92 by March. I looked at the "
         "departure logs for six weeks and saw most late starts were the same ten buses. I "
         "changed the parking plan so the first departures parked nearest the exit. By March we "
         "were at 94 percent. The night supervisor still uses the parking plan and we have kept "
         "above 92 every month since.")


def test_the_step_that_settles_a_we_line_is_one_of_the_story_not_the_self_introduction() -> None:
    evidence = gather(_case(DEPOT, "deliver-results"))
    steps = {f.own_step.quote for cid in evidence.criteria for f in evidence.quotable(cid)
             if f.own_step is not None}
    assert steps and not any("I run the early shift" in s for s in steps), steps


def test_a_habit_that_began_with_the_story_is_not_called_what_they_usually_do() -> None:
    evidence = gather(_case(DEPOT, "deliver-results"))
    lasting = [q for q in evidence.general if "still uses" in q.quote]
    assert all(evidence.general_kind[q.start] != "habitual" for q in lasting)
    # and no line that shares words with a credited quote is said to earn nothing
    credited = [(f.quote.start, f.quote.end) for cid in evidence.criteria
                for f in evidence.findings[cid]]
    assert not any(s < q.end and q.start < e for q in evidence.general for s, e in credited)
