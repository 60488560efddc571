"""Dive-deep answers whose flaw is in the investigation itself, and the two flaws the reading now
finds: a search told as the named methods it ran, finding no cause (`criteria.METHODS_NAMED`),
and digging handed to someone else with none of the candidate's own told
(`trusted.handed_search`, `criteria.SEARCH_HANDED`).

The probes (`tests/data/probes/dive-deep.yaml`, written by a writer who saw no code) reproduce
what the held-out sets show for dive-deep: measured before the round's rules, 8 of the 12 weak
answers drew a Hire from every panelist (means 3.5-4.6), as 7 of 10 weak dive-deep answers do on
`blind19`-`blind29`; every strong answer was voted Hire. Of the held-out half, 7 of 10 were on
the right side then, and after the rules the same seven, with dd-06 (the analyst's digging,
read after that measure) drawn from 9 Hire votes to 4. The flaws still missed need the
investigation's logic read, not its words: a first plausible cause never tested against the
data that pointed elsewhere, a correlation taken as the cause, only summary reports looked at,
a symptom padded over, a tiny friendly sample, fixes bundled so the recovery cannot be put down
to the cause."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from probe_verdicts import assert_on_its_side, reviews_of

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import METHODS_NAMED, SEARCH_HANDED, score_criteria

PROBES = yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                         "dive-deep.yaml").read_text(encoding="utf-8"))
HANDED = SEARCH_HANDED.split("(")[0]

KNOWN_MISSES = {row["id"]: row["trap"] for row in PROBES
                if row["id"] in ("dd-01", "dd-03", "dd-04", "dd-07", "dd-12", "dd-17")} | {
    "dd-06": "the analyst's digging now holds the search (mean 3.89 -> 2.92, 4 of 9 votes Hire), "
             "but one panel of three still has two of its three panelists at Hire"}
"""Weak probes the panel still hires: all but dd-06 by every panelist, the flaw being in the
logic of the search."""


@pytest.mark.parametrize("row", [
    pytest.param(row, marks=pytest.mark.xfail(reason=KNOWN_MISSES[row["id"]], strict=True))
    if row["id"] in KNOWN_MISSES else row for row in PROBES], ids=lambda row: row["id"])
def test_probe_verdicts_fall_on_the_side_of_their_label(row: dict[str, str]) -> None:
    assert_on_its_side(row, reviews_of(row, "dive-deep"))


def _concerns(text: str, competency: str = "dive-deep") -> str:
    return " ".join(c.rationale for c in score_criteria(analyze(text),
                                                        get_competency(competency)))


_DEPOT = ("First-time delivery success at my depot was 88% against a target of 95%. ")


@pytest.mark.parametrize(("search", "named"), [
    ("I started with a SIPOC, ran a fishbone workshop with the drivers and did a Pareto on twelve "
     "weeks of reason codes. Most failures were 'customer not available'. I put fourteen actions "
     "in a plan and success rose to 93%.", True),
    # the methods lead to a cause found
    ("I did a Pareto on twelve weeks of reason codes and a five whys with the loaders, and found "
     "that the night shift was loading vans in reverse route order. We changed the loading "
     "sequence and success rose to 93%.", False),
    # one method, named in passing
    ("I did a Pareto on twelve weeks of reason codes. Most failures were 'customer not "
     "available'. I put fourteen actions in a plan and success rose to 93%.", False),
])
def test_a_search_told_as_its_methods_that_finds_no_cause_costs(search: str,
                                                                named: bool) -> None:
    assert (METHODS_NAMED in _concerns(_DEPOT + search)) is named
    # a rubric that asks for no cause found is not held to it
    assert METHODS_NAMED not in _concerns(_DEPOT + search, "deliver-results")


_CALLS = ("Our repeat contact rate was 28% against a target of 18%. ")


@pytest.mark.parametrize(("search", "handed"), [
    ("I asked Priya, our analyst, to pull three months of call data and link each repeat call to "
     "the account history. When we went through her output, 40% of repeats were direct debit "
     "changes that took five days to reach billing. I reviewed the analysis and built the deck, "
     "and we moved the changes to real time.", True),
    # handed some of it on, and dug themselves too
    ("I asked Priya, our analyst, to pull three months of call data, and I listened to forty of "
     "the repeat calls myself. 40% were direct debit changes that took five days to reach "
     "billing, and we moved the changes to real time.", False),
    # dug themselves
    ("I pulled three months of call data and linked each repeat call to the account history. "
     "40% were direct debit changes that took five days to reach billing, and we moved the "
     "changes to real time.", False),
])
def test_digging_handed_to_someone_else_holds_the_search(search: str, handed: bool) -> None:
    scores = {c.id: c for c in score_criteria(analyze(_CALLS + search),
                                              get_competency("dive-deep"))}
    assert any(HANDED in c.rationale for c in scores.values()) is handed
    if handed:
        assert scores["root-cause"].score <= 2 and scores["went-to-source"].score <= 2
    # a rubric that asks for no cause found is not held to it
    assert HANDED not in _concerns(_CALLS + search, "communication")
