"""The whole interview as one self-contained HTML page: the debrief on top, the recording (when
linked) beside the questions, and every question's roundtable below.

The page's Content-Security-Policy lets media come from the recording's origin only; the page
never loads anything else, and nothing fetches the recording but the reader's browser.
"""

from __future__ import annotations

from roundtable.debrief.models import Interview
from roundtable.debrief.recording import media_kind, origin
from roundtable.render.debrief import span_text
from roundtable.render.highlight import segments as highlighted
from roundtable.render.html import SEATS, _environment
from roundtable.render.labels import Roster, moment_url

PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def page_csp(recording: str | None) -> str:
    """The policy for an interview page: media only from the recording's origin."""
    return f"{PAGE_CSP}; media-src {origin(recording) if recording else chr(39) + 'none' + chr(39)}"


def render_interview_html(interview: Interview, *, standalone: bool = True) -> str:
    """The page; `standalone=False` drops the CSP meta tag for a server that sends it itself."""
    roster = Roster(interview.panel)
    template = _environment().get_template("interview.html.j2")
    recording = interview.recording
    return template.render(
        interview=interview,
        roster=roster,
        seat=lambda panelist_id: roster.index(panelist_id) % SEATS,
        highlighted=highlighted,
        criteria_of=lambda review: {c.id: c.name for c in review.scores.criteria},
        span_text=span_text,
        recording=recording,
        media=media_kind(recording) if recording else None,
        moment_url=moment_url,
        csp=page_csp(recording) if standalone else None,
    )
