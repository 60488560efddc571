"""One follow-up question per panelist, aimed at closing that panelist's concern."""

from __future__ import annotations

from roundtable.deliberation.phrasing import inline, lower_first
from roundtable.deliberation.views import View
from roundtable.models import FollowUp


def build_follow_ups(views: list[View]) -> list[FollowUp]:
    """The criterion's follow-up, anchored to what the candidate said where they said something.

    When two panelists share a concern, the second asks it from their own lens, so the
    candidate is never asked the same question twice.
    """
    follow_ups = []
    asked: set[str] = set()
    for view in views:
        question = view.concern.follow_up
        if view.concern.id in asked:
            question = f"Thinking about {view.focus}: {lower_first(question)}"
        asked.add(view.concern.id)
        if view.concern_quote is not None:
            question = f"You said {inline(view.concern_quote.quote, 80)}. {question}"
        follow_ups.append(
            FollowUp(panelist=view.persona.id, question=question, criterion=view.concern.id)
        )
    return follow_ups
