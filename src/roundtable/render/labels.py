"""The words every format uses for the review's codes, so all four formats read alike.

Votes, round kinds and stances are stored as codes (`strong_no_hire`, `crosstalk`, `pushback`);
readers see the phrases below. Panelists are stored by id; `Roster` turns ids into names.
"""

from __future__ import annotations

from roundtable.models import (
    PROSE_REPLACED,
    CompetencyRef,
    CriterionScore,
    EngineInfo,
    Flag,
    PanelistRef,
    Quote,
    Review,
    RoundKind,
    Stance,
    Turn,
    Vote,
)

VOTE_LABELS: dict[Vote, str] = {
    "strong_no_hire": "Strong No Hire",
    "no_hire": "No Hire",
    "hire": "Hire",
    "strong_hire": "Strong Hire",
}

ROUND_TITLES: dict[RoundKind, str] = {
    "opening": "Opening takes",
    "crosstalk": "Cross-talk",
    "closing": "Closing statements",
}

ROUND_BLURBS: dict[RoundKind, str] = {
    "opening": "Each panelist reads the answer on their own first.",
    "crosstalk": "The panelists respond to each other by name.",
    "closing": "Where each panelist lands.",
}

STANCE_LABELS: dict[Stance, str] = {
    "agree": "Agrees",
    "build": "Builds on",
    "pushback": "Pushes back",
}

NO_EVIDENCE = "no evidence"


def vote_label(vote: Vote) -> str:
    """The vote as a reader says it, e.g. "Strong No Hire"."""
    return VOTE_LABELS[vote]


def inferred_note(competency: CompetencyRef) -> str:
    """Why the competency was not the user's choice, e.g. "inferred from the answer, not given".

    Reviews stored before the source was recorded say only "inferred", which is still true.
    """
    source = f" from the {competency.inferred_from}" if competency.inferred_from else ""
    return f"inferred{source}, not given"


def flag_title(kind: str) -> str:
    """A flag kind such as `prompt_injection` as a heading: "Prompt injection"."""
    words = kind.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Note"


CLI_FLAG_HINTS = {"competency_inferred": "Pass --competency to choose another.",
                  "competency_uncertain": "Pass --competencies (one id per question, in "
                                          "order) to choose."}
"""What a CLI user can do about a flag; the flag itself says only what happened."""


def cli_flag_detail(flag: Flag) -> str:
    """A flag's detail followed by the CLI's way to act on it, when there is one."""
    hint = CLI_FLAG_HINTS.get(flag.kind)
    return f"{flag.detail} {hint}" if hint else flag.detail


def opening_note(review: Review, panelist: str) -> str | None:
    """Where a panelist opened, if the cross-talk moved its vote: "opened at No Hire (2.9 / 5)"."""
    found = next((p for p in review.scores.panelists if p.panelist == panelist), None)
    if found is None or found.opening is None or found.opening.vote == found.vote:
        return None
    return f"opened at {vote_label(found.opening.vote)} ({score_text(found.opening.score)})"


def score_text(score: float) -> str:
    """A 1-5 score with one decimal, as "3.5 / 5"."""
    return f"{score:.1f} / 5"


def shorten(text: str, limit: int = 90) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut.rstrip(",;:.") + "…"


def criterion_evidence(criterion: CriterionScore, limit: int = 90) -> str:
    """The criterion's first quote, shortened, or "no evidence" when the answer gave none."""
    if not criterion.evidence:
        return NO_EVIDENCE
    return shorten(criterion.evidence[0].quote, limit)


def quote_text(quote: Quote) -> str:
    """A quote on one line, whitespace collapsed, for display under a turn."""
    return " ".join(quote.quote.split())


def clock(seconds: float) -> str:
    """Seconds into a recording as `mm:ss`, or `h:mm:ss` past the hour."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def time_mark(quote: Quote) -> str:
    """`[mm:ss] ` when the quote has a time (a timed transcript), else nothing."""
    return f"[{clock(quote.time.start)}] " if quote.time else ""


def moment_url(recording: str, seconds: float) -> str:
    """The recording from a moment on: a media-fragment link (`#t=83`) a browser plays from."""
    return f"{recording.split('#', 1)[0]}#t={int(seconds)}"


class Roster:
    """Looks up panelists by id; an id missing from the panel is shown as itself."""

    def __init__(self, panel: list[PanelistRef]) -> None:
        self._by_id = {p.id: p for p in panel}
        self._order = {p.id: i for i, p in enumerate(panel)}

    def name(self, panelist_id: str) -> str:
        """The panelist's display name."""
        ref = self._by_id.get(panelist_id)
        return ref.name if ref else panelist_id

    def title(self, panelist_id: str) -> str:
        """The panelist's job title, or "" when unknown."""
        ref = self._by_id.get(panelist_id)
        return ref.title if ref else ""

    def index(self, panelist_id: str) -> int:
        """The panelist's seat at the table (for colours); unknown ids sit after the panel."""
        return self._order.get(panelist_id, len(self._order))

    def names(self, panelist_ids: list[str]) -> str:
        """Several names joined as people say them: "A", "A and B", "A, B and C"."""
        names = [self.name(i) for i in panelist_ids]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


def initials(name: str) -> str:
    """Up to two initials for an avatar: "Priya Raman" -> "PR"."""
    parts = [p for p in name.split() if p[:1].isalnum()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def turn_marks(turn: Turn) -> list[str]:
    """Warnings to show on a turn: a stand-in turn, or the engine's error for it."""
    marks: list[str] = []
    if turn.fallback:
        marks.append("Fallback turn: the rubric engine's turn stands in")
    if turn.error and turn.error.startswith(PROSE_REPLACED):
        marks.append(replaced_prose(turn.error))
    elif turn.error:
        marks.append(f"Engine error: {turn.error}")
    return marks


def replaced_prose(error: str) -> str:
    """The mark of a turn worded from its numbers because the model's words claimed a vote."""
    return (f"Prose replaced: the model's words claimed a vote its scores do not give "
            f"({error.removeprefix(PROSE_REPLACED)}), so this turn is worded from its scores")


def turn_lead(turn: Turn, roster: Roster) -> str:
    """The turn's stance and addressees in words, e.g. "Pushes back · to Priya Raman"."""
    parts: list[str] = []
    if turn.stance:
        parts.append(STANCE_LABELS[turn.stance])
    if turn.addresses:
        parts.append("to " + roster.names(turn.addresses))
    return " · ".join(parts)


def engine_facts(info: EngineInfo) -> list[tuple[str, str]]:
    """The engine's name and, when known, model, seed, calls, tokens, cost and time."""
    facts = [("Engine", info.name)]
    if info.degraded:
        facts.append(("Degraded", info.degraded_reason or "yes"))
    if info.model:
        facts.append(("Model", f"{info.provider}:{info.model}" if info.provider else info.model))
    if info.seed is not None:
        facts.append(("Seed", str(info.seed)))
    if info.calls:
        calls = f"{info.calls}"
        if info.cached_calls:
            calls += f" ({info.cached_calls} cached)"
        facts.append(("Calls", calls))
    if info.tokens_in or info.tokens_out:
        facts.append(("Tokens", f"{info.tokens_in:,} in / {info.tokens_out:,} out"))
    if info.cost_usd is not None:
        facts.append(("Cost", f"${info.cost_usd:.4f}"))
    if info.wall_time_s is not None:
        facts.append(("Time", f"{info.wall_time_s:.1f} s"))
    if info.fallback_turns:
        facts.append(("Fallback turns", str(info.fallback_turns)))
    if info.retries:
        facts.append(("Retries", str(info.retries)))
    return facts


def created_text(review: Review) -> str:
    """When the review was made, to the minute, with its time zone when known; "" if unknown."""
    if review.created_at is None:
        return ""
    return review.created_at.strftime("%Y-%m-%d %H:%M %Z").strip()
