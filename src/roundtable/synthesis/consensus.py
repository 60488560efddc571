"""The Panel Consensus and each panelist's Hiring Signal, from the views and the scores."""

from __future__ import annotations

from collections import Counter

from roundtable.deliberation.phrasing import FAMILY_SIGNALS, VOTE_WORDS, first_name, inline, names
from roundtable.deliberation.views import View
from roundtable.engines.base import Case, SignalText
from roundtable.models import Consensus, Emphasis
from roundtable.scoring.panel import verdict_from


def build_consensus(case: Case, views: list[View]) -> Consensus:
    """Agreements (criteria everyone reads the same way), emphases by name, and the verdict."""
    strong = [s for s in case.criteria if s.score >= 4 and s.evidence]
    weak = [s for s in case.criteria if s.score <= 2]
    agreements = [
        f"Clear evidence of {s.name.lower()} ({s.score}/5): {inline(s.evidence[0].quote, 90)}"
        for s in strong
    ]
    agreements += [
        f"{s.name} is {'missing' if not s.evidence else 'thin'} ({s.score}/5)" for s in weak
    ]
    agreements += [
        f"Red flag, raised by {first_name(v.persona.name)}: {inline(v.red_flag.quote, 90)}"
        for v in views if v.red_flag is not None
    ]
    emphases = [
        Emphasis(
            panelist=v.persona.id,
            text=f"{first_name(v.persona.name)} weighs {v.focus} and presses on "
            f"{v.concern.name.lower()} ({v.concern_score.score}/5).",
        )
        for v in views
    ]
    verdict = verdict_from(list(case.assessments))
    votes = Counter(VOTE_WORDS[v.assessment.vote] for v in views)
    tally = ", ".join(f"{count} {vote}" for vote, count in votes.most_common())
    if strong:
        opening = f"The panel credits {names([s.name.lower() for s in strong[:3]])}"
    else:
        opening = "The panel finds no criterion at the top anchors"
    if weak:
        short = names([s.name.lower() for s in weak[:3]])
        opening += f" and agrees the answer falls short on {short}."
    else:
        middling = [s.name.lower() for s in case.criteria if s.score == 3][:2]
        questions = "questions are" if len(middling) > 1 else "question is"
        opening += (f"; nothing falls below the middle anchor, and the open {questions} "
                    f"{names(middling)}." if middling else "; no criterion falls short.")
    who = "; ".join(
        f"{first_name(v.persona.name)} presses on {v.concern.name.lower()}" for v in views
    )
    summary = (
        f"{opening} Their emphases differ: {who}. "
        f"Votes: {tally}. They land on {VOTE_WORDS[verdict.vote]}, {verdict.label} "
        f"({verdict.score:.1f} of 5)."
    )
    return Consensus(summary=summary, agreements=agreements, emphases=emphases)


def build_signals(views: list[View]) -> list[SignalText]:
    """Each panelist's reason to hire and concern, each tied to a criterion and a quote."""
    signals = []
    for view in views:
        if view.credits_little and view.strength is not None and view.strength_quote:
            reason = (f"Little to hire on yet: the best evidence, {view.strength.name.lower()} at "
                      f"{view.strength_score.score if view.strength_score else 1}/5, is "
                      f"{inline(view.strength_quote.quote, 90)}.")
        elif view.strength is not None and view.strength_quote is not None and view.strength_score:
            reason = (
                f"{view.strength.name} ({view.strength_score.score}/5): "
                f"{inline(view.strength_quote.quote, 100)}, which shows "
                f"{FAMILY_SIGNALS[view.strength.family]}."
            )
        else:
            reason = "No criterion has evidence yet; there is nothing specific to hire on."
        if view.concern_quote is not None and view.concern_score.score >= 4:
            concern = (
                f"{view.concern.name} ({view.concern_score.score}/5), a small gap: "
                f"{inline(view.concern_quote.quote, 90)} stops one step short of the top anchor."
            )
        elif view.concern_quote is not None:
            concern = (
                f"{view.concern.name} ({view.concern_score.score}/5): "
                f"{inline(view.concern_quote.quote, 90)} is as far as the answer goes."
            )
        else:
            concern = (
                f"{view.concern.name} ({view.concern_score.score}/5): no evidence; "
                f"{view.concern.description[0].lower()}{view.concern.description[1:]}"
            )
        signals.append(SignalText(view.persona.id, reason, concern))
    return signals
