"""A candidate whose own part is chasing others and passing on news, told two ways or more ("I
opened a P1 with the ISP… I personally chased every single day… I sent a status update to the
partners every afternoon"), has relayed, not done, the work: every criterion says so
(`criteria.RELAYED`). One way beside steps of their own ("I chased the lab twice, then
re-ran the assay myself") is a strong story's detail."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import RELAYED, score_criteria

SCENE = ("Remote staff were dropping off the VPN several times a day, and fee earners lost "
         "documents mid-save. ")


@pytest.mark.parametrize("part", [
    "I opened a P1 with the ISP and I personally chased their network team every day. I also "
    "sent a status update to the partners every afternoon. After seven weeks the ISP found a "
    "firmware fault and swapped the unit.",
    "I open ticket with IT the same morning with screenshots. Meanwhile I keep the drivers "
    "informed on the WhatsApp group. On Wednesday their key user re-imported the time windows.",
    "I set up a daily bridge call with both vendors and sent the logs over to the vendors after "
    "every drop. After three weeks the firewall vendor's engineer spotted a keep-alive setting.",
])
def test_a_part_told_as_chasing_and_relaying_costs_every_criterion(part: str) -> None:
    analysis = analyze(SCENE + part)
    assert analysis.relayed
    scores = score_criteria(analysis, get_competency("ownership"))
    assert all(RELAYED in s.rationale for s in scores if s.evidence)


@pytest.mark.parametrize("part", [
    # one way, beside steps of their own
    "I chased the ISP twice, then pulled the firewall logs myself, matched the drops to a "
    "firmware job that ran every two hours and had them roll it back; the drops stopped.",
    # someone else chasing and keeping people posted
    "Our office manager chased the ISP and kept the partners updated, while I rebuilt the VPN "
    "profile and moved everyone onto it that weekend.",
    # only imagined
    "If it happened again I would open a ticket, chase them daily and keep the partners "
    "informed.",
])
def test_other_tellings_are_not(part: str) -> None:
    assert not analyze(SCENE + part).relayed
