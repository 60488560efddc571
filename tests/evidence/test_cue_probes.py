"""Cue probes: short answers that show a criterion in plain words reach its band, and controls
that borrow the same words without the behavior stay low (tests/data/probes/cues.yaml).

The held-out probes were written with the dev ones, before the cues were broadened, and are
never used to choose cues; probes still missed are listed in KNOWN_MISSES, which fails as soon
as one of them starts passing, so the list can only shrink.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable
from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze
from roundtable.models import Review

PROBES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "probes" / "cues.yaml").read_text("utf-8")
)

# Measured when the cues were broadened: 22 of 24 dev probes and 7 of 12 held-out probes pass
# (13 and 5 before). The dev misses were readings, not cues: a bulleted answer whose first
# bullet is labelled "- Situation:" read every bullet after it as the scene
# (plain-teamwork-02, reached once a label on a bullet names that bullet alone), and "pushed it
# through review" reads as steamrolling (plain-customer-obsession-01, which reaches its band on
# customer trust since "I called the owner myself" reads as telling her by phone). The
# held-out misses were left as found.
KNOWN_MISSES = frozenset(
    """plain-adaptability-01
    plain-communication-01 plain-hire-develop-01 plain-think-big-01""".split()
)

_CACHE: dict[str, Review] = {}


def review_of(probe: dict[str, Any]) -> Review:
    if probe["id"] not in _CACHE:
        _CACHE[probe["id"]] = roundtable.review(
            probe["answer"], competency=probe["competency"], question=probe["question"])
    return _CACHE[probe["id"]]


def misses(probe: dict[str, Any]) -> list[str]:
    """Where the review falls outside the probe's expected bands."""
    review = review_of(probe)
    scores = {c.id: c.score for c in review.scores.criteria}
    expect = probe["expect"]
    wrong = [f"{cid}={scores[cid]} not in [{low}, {high}]"
             for cid, (low, high) in expect["criteria"].items()
             if not low <= scores[cid] <= high]
    if review.verdict.vote not in expect["votes"]:
        wrong.append(f"vote {review.verdict.vote} not in {expect['votes']}")
    return wrong


def test_probes_are_well_formed() -> None:
    ids = [p["id"] for p in PROBES]
    assert len(ids) == len(set(ids))
    for probe in PROBES:
        assert probe["kind"] in ("plain", "control") and probe["split"] in ("dev", "heldout")
        criteria = {c.id for c in competencies()[probe["competency"]].criteria}
        assert probe["expect"]["criteria"], probe["id"]
        assert set(probe["expect"]["criteria"]) <= criteria, probe["id"]
    kinds = {(p["kind"], p["split"]) for p in PROBES}
    assert kinds == {("plain", "dev"), ("plain", "heldout"), ("control", "dev"),
                     ("control", "heldout")}


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_cue_probe_reaches_its_band(probe: dict[str, Any]) -> None:
    if probe["id"] in KNOWN_MISSES:
        pytest.xfail("a known miss; see KNOWN_MISSES")
    assert misses(probe) == []


def test_known_misses_are_still_missed() -> None:
    fixed = [p["id"] for p in PROBES if p["id"] in KNOWN_MISSES and not misses(p)]
    assert fixed == []


# A cue is a phrase; whether it counts is the reading's call. Each sentence below carries a
# criterion's words without its behavior (denied, imagined, or someone else's act), so no cue of
# that criterion may be credited in it.
NOT_CREDITED = [
    ("conflict", "the-conflict", "Honestly, I never clashed with anyone on that team."),
    ("conflict", "the-conflict", "Ana and I would probably clash if we worked together."),
    ("conflict", "resolution", "We never agreed on anything, and the project was cancelled."),
    ("conflict", "direct-conversation",
     "If it happened again, I would ask her to grab a coffee and talk it through."),
    ("ownership", "took-it-on", "My manager owned the fix: she took it on herself."),
    ("ownership", "owning-mistakes", "I can't think of a mistake that was mine."),
    ("earn-trust", "self-critical", "I can't think of a mistake that was mine."),
    ("earn-trust", "candor", "None of the delays were mine."),
    ("teamwork", "team-first", "I would always take the boring jobs so the team can move."),
    ("teamwork", "helping-others", "I would sit with them and pair until they were unblocked."),
    ("teamwork", "collaboration", "I never caught anything she would have missed."),
    ("customer-obsession", "personal-action",
     "My colleague called the owner herself and fixed it herself."),
    ("leadership", "stepping-up", "My manager offered to run it while the lead was out."),
    ("leadership", "developing-people", "She paired with him for a week while I was on leave."),
    ("have-backbone", "how-raised",
     "My manager asked for twenty minutes with the director before the planning meeting."),
    ("have-backbone", "how-raised", "Our lead raised it at the Thursday planning meeting."),
    ("failure", "owned-failure", "My manager told the client it was her error."),
    ("dive-deep", "went-to-source",
     "The analytics team opened the raw event data and went through it one by one."),
    ("influence", "their-interests", "She asked me what I cared about."),
    ("teamwork", "collaboration", "She and I work well now."),
    ("teamwork", "helping-others", "My manager showed Kwame the back route."),
    ("teamwork", "helping-others", "Dana took over his deliveries for the week."),
    ("teamwork", "helping-others", "My manager came over and took half of her calls."),
    ("teamwork", "helping-others", "My manager sat with Rafa and wrote him a list of the codes."),
    ("teamwork", "team-first", "I would give him my scanner if he ever asked."),
    ("teamwork", "team-first", "My bonus was never lower than anyone else's."),
    ("adaptability", "acting-under-uncertainty", "My manager didn't wait for head office."),
    ("adaptability", "acting-under-uncertainty", "I would never wait for the council."),
    ("adaptability", "steadying-others",
     "If it happened again I would talk to each of them one by one."),
    ("strive-to-be-earths-best-employer", "every-voice", "I asked everyone to stay late."),
    ("strive-to-be-earths-best-employer", "every-voice", "I never asked the staff."),
]


def _credited(competency: str, criterion: str, sentence: str) -> list[str]:
    """The quotes a criterion's cues are credited with in one sentence read alone."""
    cues = next(c for c in competencies()[competency].criteria if c.id == criterion).cues
    analysis = analyze(sentence)
    return [e.quote for index, cue in enumerate(cues)
            for e in analysis.matches([cue], f"cue{index}")]


@pytest.mark.parametrize(("competency", "criterion", "sentence"), NOT_CREDITED)
def test_a_cue_is_not_credited_against_the_reading(competency: str, criterion: str,
                                                    sentence: str) -> None:
    assert _credited(competency, criterion, sentence) == []


# Each sentence tells a criterion's behavior in plain words its cues must find. The forum the
# candidate chose to raise a concern in; and (round 56) teamwork, adaptability and best-employer
# stories told in plain steps: strong teamwork answers on the tuning sets scored 2.8 against
# 3.3-4.0 for most other competencies, with helping, putting the team first, working side by
# side, acting before anyone could settle it and asking the people themselves told in words no
# cue held. Sentences written for the test, none from a set.
CREDITED = [
    ("have-backbone", "how-raised",
     "I raised it in the Tuesday planning meeting, with the temperature logs printed out."),
    ("have-backbone", "how-raised",
     "I flagged the risk at the morning huddle before the first delivery went out."),
    ("teamwork", "collaboration",
     "Priya and I spent the Saturday relabelling every bin in the cold store."),
    ("teamwork", "collaboration",
     "My part was running a ten-minute handover huddle at the start of each shift."),
    ("teamwork", "helping-others",
     "I showed Bogdan, who had started that week, where the spare keys were kept."),
    ("teamwork", "helping-others", "I also took half of her calls that afternoon."),
    ("teamwork", "helping-others", "I wrote her a short list of the codes she kept mixing up."),
    ("teamwork", "helping-others",
     "I paired each new temp with an experienced picker for the first hour."),
    ("teamwork", "team-first",
     "My own numbers for that week looked terrible, but the line kept moving."),
    ("teamwork", "team-first", "I swapped my good headset with the new starter."),
    ("teamwork", "team-first", "Honestly, the smartest call was Leona's, not mine."),
    ("adaptability", "acting-under-uncertainty",
     "I didn't wait for the landlord and booked the temporary unit."),
    ("adaptability", "acting-under-uncertainty",
     "We had no idea how long the line would be down."),
    ("adaptability", "acting-under-uncertainty",
     "Nobody knew whether the ferry would sail on Sunday."),
    ("adaptability", "steadying-others",
     "Then I spoke to the two part-timers one at a time about their hours."),
    ("adaptability", "steadying-others",
     "I rang each family so they would know exactly where to go on Monday."),
    ("adaptability", "steadying-others",
     "I promised the crew that nobody would lose a paid shift over it."),
    ("strive-to-be-earths-best-employer", "every-voice",
     "I asked people what would make Saturdays easier, ten minutes each over a fortnight."),
    ("strive-to-be-earths-best-employer", "every-voice",
     "Every month I held a fifteen-minute sit-down with each shift."),
    ("strive-to-be-earths-best-employer", "every-voice",
     "The night porters picked their fixed nights with me in one meeting."),
]


@pytest.mark.parametrize(("competency", "criterion", "sentence"), CREDITED)
def test_a_behavior_told_in_plain_words_is_credited(competency: str, criterion: str,
                                                     sentence: str) -> None:
    assert _credited(competency, criterion, sentence)
