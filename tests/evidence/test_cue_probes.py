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
]


@pytest.mark.parametrize(("competency", "criterion", "sentence"), NOT_CREDITED)
def test_a_cue_is_not_credited_against_the_reading(competency: str, criterion: str,
                                                    sentence: str) -> None:
    cues = next(c for c in competencies()[competency].criteria if c.id == criterion).cues
    analysis = analyze(sentence)
    credited = [e.quote for index, cue in enumerate(cues)
                for e in analysis.matches([cue], f"cue{index}")]
    assert credited == []


@pytest.mark.parametrize("sentence", [
    "I raised it in the Tuesday planning meeting, with the temperature logs printed out.",
    "I flagged the risk at the morning huddle before the first delivery went out.",
])
def test_the_forum_the_candidate_chose_is_credited(sentence: str) -> None:
    cues = next(c for c in competencies()["have-backbone"].criteria
                if c.id == "how-raised").cues
    analysis = analyze(sentence)
    assert [e.quote for index, cue in enumerate(cues)
            for e in analysis.matches([cue], f"cue{index}")]

