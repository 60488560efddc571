"""The debrief of the loop, computed from the reviews: every number comes from the panel's
scores and votes, every sentence about an answer is one a panelist said about that answer."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from roundtable.debrief.models import (
    CompetencyResult,
    Debrief,
    Disagreement,
    InterviewSegment,
    InterviewVerdict,
    PanelistVote,
    Rating,
    Scorecard,
    ScorecardRating,
)
from roundtable.models import VOTES, PanelistRef, Review, Vote
from roundtable.render.labels import Roster, score_text, vote_label
from roundtable.scoring.panel import band, vote_for

RATINGS: dict[Vote, Rating] = {
    "strong_no_hire": "Definitely Not",
    "no_hire": "No",
    "hire": "Yes",
    "strong_hire": "Strong Yes",
}
"""Greenhouse's four scorecard ratings, one per vote."""

_HIRING = {"hire", "strong_hire"}


def _median_vote(votes: Sequence[Vote]) -> Vote:
    """The same rule as a single review's verdict: the median vote, the lower middle on ties."""
    ranks = sorted(VOTES.index(v) for v in votes)
    return VOTES[ranks[(len(ranks) - 1) // 2]]


def _name(segment: InterviewSegment) -> str:
    return f"question {segment.index} ({segment.competency.name})"


def _reviewed(segments: Sequence[InterviewSegment]) -> list[tuple[InterviewSegment, Review]]:
    return [(s, s.review) for s in segments if s.review is not None]


def _panelists(reviewed: list[tuple[InterviewSegment, Review]],
               panel: list[PanelistRef]) -> list[PanelistVote]:
    votes: list[PanelistVote] = []
    for member in panel:
        own = []
        for segment, review in reviewed:
            signal = next(s for s in review.signals if s.panelist == member.id)
            own.append((signal.score, segment, signal))
        mean = round(statistics.fmean(score for score, _, _ in own), 2)
        best = max(own, key=lambda item: (item[0], -item[1].index))
        worst = min(own, key=lambda item: (item[0], item[1].index))
        votes.append(PanelistVote(
            panelist=member.id, vote=vote_for(mean), score=mean,
            reason_to_hire=f"On {_name(best[1])}: {best[2].reason_to_hire}",
            concern=f"On {_name(worst[1])}: {worst[2].concern}",
        ))
    return votes


def _competencies(reviewed: list[tuple[InterviewSegment, Review]]) -> list[CompetencyResult]:
    grouped: dict[str, list[tuple[InterviewSegment, Review]]] = {}
    for segment, review in reviewed:
        grouped.setdefault(segment.competency.id, []).append((segment, review))
    results = []
    for competency_id, items in grouped.items():
        results.append(CompetencyResult(
            id=competency_id, name=items[0][0].competency.name,
            score=round(statistics.fmean(r.verdict.score for _, r in items), 2),
            vote=_median_vote([r.verdict.vote for _, r in items]),
            segments=[s.index for s, _ in items],
        ))
    return results


def _disagreements(reviewed: list[tuple[InterviewSegment, Review]], roster: Roster,
                   overall: list[PanelistVote]) -> list[Disagreement]:
    found: list[Disagreement] = []
    for segment, review in reviewed:
        yes = [s for s in review.signals if s.vote in _HIRING]
        no = [s for s in review.signals if s.vote not in _HIRING]
        if yes and no:
            sides = "; ".join(
                ", ".join(f"{roster.name(s.panelist)} {vote_label(s.vote)} ({s.score:.1f})"
                          for s in side) for side in (yes, no))
            found.append(Disagreement(segment=segment.index,
                                      text=f"On {_name(segment)} the panel splits: {sides}."))
    yes_all = [p for p in overall if p.vote in _HIRING]
    no_all = [p for p in overall if p.vote not in _HIRING]
    if yes_all and no_all:
        found.append(Disagreement(segment=None, text=(
            "Over the whole interview, "
            + ", ".join(f"{roster.name(p.panelist)} ({p.score:.1f})" for p in yes_all)
            + (" would hire" if len(yes_all) > 1 else " would hire") + " and "
            + ", ".join(f"{roster.name(p.panelist)} ({p.score:.1f})" for p in no_all)
            + " would not.")))
    return found


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def debrief(segments: Sequence[InterviewSegment], panel: list[PanelistRef]
            ) -> tuple[str, Debrief, InterviewVerdict, Scorecard]:
    """The headline, the debrief, the hire recommendation and the scorecard."""
    reviewed = _reviewed(segments)
    roster = Roster(panel)
    panelists = _panelists(reviewed, panel)
    overall = round(statistics.fmean(p.score for p in panelists), 2)
    vote = _median_vote([p.vote for p in panelists])
    verdict = InterviewVerdict(vote=vote, label=band(overall), score=overall)
    strongest, best = max(reviewed, key=lambda item: (item[1].verdict.score, -item[0].index))
    weakest, worst = min(reviewed, key=lambda item: (item[1].verdict.score, item[0].index))
    competencies = _competencies(reviewed)
    disagreements = _disagreements(reviewed, roster, panelists)
    hires = sum(1 for _, r in reviewed if r.verdict.vote in _HIRING)
    short = sum(1 for s in segments if any(f.kind == "too_short" for f in s.flags))
    unfinished = len(segments) - len(reviewed) - short
    aside = "; ".join(part for part in (
        f"{_count(short, 'more question')} too short to review" if short else "",
        f"{_count(unfinished, 'review')} did not finish" if unfinished else "") if part)
    summary = (
        f"The panel reviewed {_count(len(reviewed), 'answer')} "
        + (f"({aside}) " if aside else "")
        + f"and {'voted to hire on' if hires else 'voted to hire on none of them'}"
        + (f" {hires} of {len(reviewed)}" if hires else "")
        + f". Recommendation: {vote_label(vote)}, the median of "
        f"{_count(len(panelists), 'overall vote')} (mean score {score_text(overall)})."
    )
    if strongest.index != weakest.index:
        summary += (f" Strongest: {_name(strongest)} at "
                    f"{score_text(best.verdict.score)}; weakest: {_name(weakest)} "
                    f"at {score_text(worst.verdict.score)}.")
    if strongest.index == weakest.index:
        headline = f"{vote_label(vote)} on one answer about {strongest.competency.name}"
    elif strongest.competency.id == weakest.competency.id:
        headline = (f"{vote_label(vote)} over {_count(len(reviewed), 'answer')}: strongest on "
                    f"question {strongest.index}, weakest on question {weakest.index}")
    else:
        headline = (f"{vote_label(vote)} over {_count(len(reviewed), 'answer')}: strongest on "
                    f"{strongest.competency.name}, weakest on {weakest.competency.name}")
    brief = Debrief(summary=summary, panelists=panelists, competencies=competencies,
                    strongest=strongest.index, weakest=weakest.index,
                    disagreements=disagreements)
    return headline, brief, verdict, scorecard(brief, verdict, roster)


def scorecard(brief: Debrief, verdict: InterviewVerdict, roster: Roster) -> Scorecard:
    """The debrief as Greenhouse-style ratings with the panel's own reasons as take-aways."""
    ratings = [ScorecardRating(competency=c.id, name=c.name, rating=RATINGS[c.vote])
               for c in brief.competencies]
    take_aways = [f"{roster.name(p.panelist)}: {p.reason_to_hire}" for p in brief.panelists]
    take_aways += [f"{roster.name(p.panelist)} (concern): {p.concern}" for p in brief.panelists]
    take_aways += [d.text for d in brief.disagreements]
    return Scorecard(ratings=ratings, key_take_aways=take_aways,
                     overall_recommendation=RATINGS[verdict.vote])
