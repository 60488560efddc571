"""Every sentence of the Panel Consensus and the Hiring Signals is true of the review's numbers.

The consensus is read back as a demanding reader would check it: who is said to be at which
vote, who reads a criterion higher than whom, who moved on what, what the panel agrees holds up
or falls short, what holds the verdict back, and the score each signal names. Each claim is
checked against the panelists' final and opening scores, over answers that give the panel
different things to say (a settled disagreement, an escalation, a story told alone, a red flag,
a story-less answer) and every bundled panel.
"""

from __future__ import annotations

import re

import pytest

import roundtable
from roundtable.models import Review

SETTLED = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers, and she agreed to keep four weeks. We launched on time "
    "and churn in the pilot cohort dropped 12%. She later asked me to lead the next pilot."
)
ESCALATED = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers. She did not change her mind, so I took it to our "
    "director, who agreed to keep four weeks."
)
FLAGGED = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. Honestly the product "
    "team was clueless about how customers used it. I went over her head to the VP without "
    "telling her, and the VP overruled her. We kept six weeks."
)
IMAGINED = (
    "I would talk to them first. I would bring data to the meeting. I would listen to their "
    "side and I would commit to the decision."
)
# Committed without a word on how the relationship stood afterwards.
COMMITTED = (
    "Our director decided to move the whole mobile team to React Native in one quarter. I thought "
    "it was too risky because we had two big crash incidents last year from a bridge library. "
    "I wrote a short document with the crash numbers and asked for 30 minutes in the "
    "architecture meeting. He still wanted to go, but agreed to start with the settings screens "
    "as a pilot. I did not fully agree, but I committed and built the pilot with another "
    "engineer. Afterwards the director decided to keep payments native."
)
CASES = [(SETTLED, p) for p in ("product-trio", "engineering-loop", "hiring-manager")] + [
    (ESCALATED, "engineering-loop"), (FLAGGED, "product-trio"), (FLAGGED, "hiring-manager"),
    (IMAGINED, "product-trio"), (COMMITTED, "product-trio")]
VOTES = {"Strong No Hire": "strong_no_hire", "No Hire": "no_hire", "Hire": "hire",
         "Strong Hire": "strong_hire"}


@pytest.fixture(scope="module", params=CASES, ids=lambda c: f"{c[0][:12]}-{c[1]}")
def review(request: pytest.FixtureRequest) -> Review:
    answer, panel = request.param
    return roundtable.review(answer, competency="have-backbone", panel=panel)


def _people(review: Review) -> dict[str, str]:
    return {p.name.split()[0]: p.id for p in review.panel}


def _criteria(review: Review) -> dict[str, str]:
    return {c.name.lower(): c.id for c in review.scores.criteria}


def _split_names(text: str) -> list[str]:
    return [n for n in re.split(r", | and ", text) if n]


def _final(review: Review) -> dict[str, dict[str, int]]:
    return {p.panelist: p.criteria for p in review.scores.panelists}


def test_the_final_votes_named_are_the_panelists_votes(review: Review) -> None:
    tally = re.search(r"Final votes: (.*?); the panel lands on (Strong No Hire|Strong Hire|"
                      r"No Hire|Hire) \((.*?), (\d\.\d)\)", review.consensus.summary)
    assert tally is not None, review.consensus.summary
    people, votes = _people(review), {p.panelist: p.vote for p in review.scores.panelists}
    said = {}
    for group in tally.group(1).split("; "):
        who, vote = re.fullmatch(r"(.*) at (Strong No Hire|Strong Hire|No Hire|Hire)",
                                 group).groups()  # type: ignore[union-attr]
        said |= {people[name]: VOTES[vote] for name in _split_names(who)}
    assert said == votes
    assert VOTES[tally.group(2)] == review.verdict.vote
    assert tally.group(3) == review.verdict.label.lower()
    assert float(tally.group(4)) == round(review.verdict.score, 1)


def test_who_reads_a_criterion_higher_does(review: Review) -> None:
    apart = re.search(r"They still differ: (.*?)\. Final votes", review.consensus.summary)
    if apart is None:
        return
    people, criteria, final = _people(review), _criteria(review), _final(review)
    claims = re.findall(r"(\w+) reads (.+?) higher than (\w+)(, weighing the line about "
                        r"[^,]+?|, over a red flag)?(?= and \w+ reads |$)", apart.group(1))
    assert claims and len(claims) == apart.group(1).count(" reads "), apart.group(1)
    for high, name, low, why in claims:
        cid = criteria[name]
        assert final[people[high]][cid] > final[people[low]][cid], (high, name, low)
        if why == ", over a red flag":
            assert any(f.kind not in ("too_short", "competency_inferred") for f in review.flags)


def test_the_summary_says_where_each_panelist_began(review: Review) -> None:
    """Panelists who led with the same criterion are named together, never as if they had
    differed; each panelist is named once."""
    summary = review.consensus.summary
    apart = re.search(r"the panel led in different places: (.*?)\.", summary)
    same = re.search(r"lenses, ([A-Z][\w ,]*?)(?: both| all)? led with (.*?)\.", summary)
    if apart is None and same is None:
        assert summary.startswith("Read through the ")
        assert "gave the panel little to lead with." in summary
        return
    people, criteria = _people(review), _criteria(review)
    groups = ([g.split(" with ", 1) for g in apart.group(1).split("; ")] if apart
              else [[same.group(1), same.group(2)]] if same else [])
    named = [who for group, _ in groups for who in re.split(r", | and ", group)]
    assert len(named) == len(set(named)) and set(named) <= set(people), summary
    led_with = [criterion for _, criterion in groups]
    assert set(led_with) <= set(criteria) and len(led_with) == len(set(led_with)), summary
    assert (apart is not None) == (len(groups) > 1), summary


def test_every_pair_apart_is_found(review: Review) -> None:
    """When two panelists end a point apart on a criterion, the summary says they differ."""
    final = _final(review)
    gaps = [cid for cid in _criteria(review).values()
            if max(s[cid] for s in final.values()) - min(s[cid] for s in final.values()) >= 1]
    assert ("They still differ:" in review.consensus.summary) == bool(gaps)


def test_who_moved_did_move(review: Review) -> None:
    moved = re.search(r"In the cross-talk, (.*?)\.(?: They still differ| Final votes)",
                      review.consensus.summary)
    if moved is None:
        return
    people, criteria = _people(review), _criteria(review)
    by_id = {p.panelist: p for p in review.scores.panelists}
    for who, said, mover in re.findall(r"(\w+) moved on (.+?) once (\w+) cited",
                                       moved.group(1)):
        mine = by_id[people[who]]
        # One line can move several criteria ("moved on grounds and result and reflection").
        moved_on = _named_criteria(said, criteria)
        assert moved_on, said
        for cid in moved_on:
            assert mine.opening is not None and mine.opening.criteria[cid] != mine.criteria[cid]
        assert people[mover] != people[who]


def _named_criteria(said: str, criteria: dict[str, str]) -> list[str]:
    """The criteria a list such as "grounds, trust and result and reflection" names, in full."""
    found, rest = [], said
    while rest:
        name = next((n for n in sorted(criteria, key=len, reverse=True)
                     if rest.startswith(n)), None)
        if name is None:
            return []
        found.append(criteria[name])
        rest = re.sub(r"^(?:, | and )", "", rest[len(name):])
    return found


def test_what_the_panel_agrees_on_holds_for_every_panelist(review: Review) -> None:
    criteria, final = _criteria(review), _final(review)
    for agreement in review.consensus.agreements:
        holds = re.search(r"angles alike, (.+?) holds up on the line about", agreement)
        under = re.search(r"lenses alike, (.+?) stays under the middle anchor", agreement)
        if holds:
            assert all(s[criteria[holds.group(1)]] >= 4 for s in final.values()), agreement
        elif under:
            assert all(s[criteria[under.group(1)]] <= 2 for s in final.values()), agreement
        else:
            assert agreement.startswith("Red flag, raised by "), agreement
            assert any(f.kind not in ("too_short", "competency_inferred") for f in review.flags)


def test_what_holds_the_verdict_back_is_the_weakest_criterion(review: Review) -> None:
    held = re.search(r"held back by (.+?)\.$", review.consensus.summary)
    assert held is not None
    criteria, final = _criteria(review), _final(review)
    totals = {cid: sum(s[cid] for s in final.values()) for cid in criteria.values()}
    assert totals[criteria[held.group(1)]] == min(totals.values())


def test_each_panelist_has_one_emphasis_in_panel_order(review: Review) -> None:
    assert [e.panelist for e in review.consensus.emphases] == [p.id for p in review.panel]
    for emphasis, person in zip(review.consensus.emphases, review.panel, strict=True):
        assert emphasis.text.startswith(person.name.split()[0])
        presses = re.search(r"still presses on is (.+?)(?:, read for (.+?))?\.$", emphasis.text)
        if presses and presses.group(2):
            assert presses.group(1) not in presses.group(2), emphasis.text


def test_every_signal_names_the_panelists_own_scores(review: Review) -> None:
    criteria, final = _criteria(review), _final(review)
    for signal in review.signals:
        for text in (signal.reason_to_hire, signal.concern):
            for name, score in re.findall(r"([A-Z][\w ,'&-]+?) \((\d)/5\)", text):
                assert final[signal.panelist][criteria[name.lower()]] == int(score), text
        top = re.match(r"No gap on the rubric for .+?; (.+?) is already at the top anchor",
                       signal.concern)
        if top:
            assert final[signal.panelist][criteria[top.group(1)]] == 5


def test_a_red_flag_the_panel_raises_is_in_the_consensus_beside_a_strong_story() -> None:
    # A story strong enough for two criteria to hold up for every panelist, with one contemptuous
    # line in it: the flag still leads the reader to it, not only where little else was agreed.
    told = SETTLED.replace("I disagreed", "Honestly the product team was clueless about how "
                           "customers used it. I disagreed")
    review = roundtable.review(told, competency="have-backbone", panel="product-trio")
    assert any(f.kind == "contempt" for f in review.flags)
    flagged = [a for a in review.consensus.agreements if a.startswith("Red flag, raised by ")]
    assert flagged and "clueless" in flagged[0], review.consensus.agreements
    assert sum("holds up on the line about" in a for a in review.consensus.agreements) >= 2
