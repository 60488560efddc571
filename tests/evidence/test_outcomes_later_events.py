"""Outcomes told as a later event, with no signpost word: others asking for the same thing, a
loss held to a part, the thing counted in use since, a way of working made the place's own."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

STEPS = ("I found the fault in the archive script on Monday. I rewrote the clean-up step and "
         "tested it on a copy of the share. ")


def _told(line: str) -> bool:
    analysis = analyze(STEPS + line)
    return any(e.strength > 0 and e.quote in line for e in analysis.of("result"))


@pytest.mark.parametrize("line", [
    "They asked me to set up the same archive thing for email.",
    "The warehouse manager asked me to do it for the other sites.",
    "The partners asked me to show the other offices how it worked.",
    "Only that morning's changes were lost.",
    "Only two of the forty orders were delayed.",
    "It's been used on maybe 20 trips since.",
    "The checklist has been used by every new starter since.",
    "The head made it the school's process.",
])
def test_a_later_event_tells_an_outcome(line: str) -> None:
    assert _told(line)


@pytest.mark.parametrize("line", [
    "My manager asked me to set up a meeting with the vendor.",
    "She asked me to set up the same call for next week.",
    "The business case projects that complaints will halve next year.",
    "We expect that refunds will take two days.",
])
def test_a_request_or_a_forecast_tells_none(line: str) -> None:
    assert not _told(line)
