"""Red-flag probes: each red flag in varied everyday wording is raised and lowers the criteria
it bears on, and the same words negated, said of someone else, or said fairly raise nothing
(tests/data/probes/flags.yaml; flags-heldout2.yaml and flags-heldout3.yaml are measured, never
tuned on).

Each probe sentence is told inside a short, sound story of its kind's competency, so a flag is
judged as it would be in a real answer. Probes still missed are listed in KNOWN_MISSES, which
fails as soon as one of them passes, so the lists can only shrink.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable
from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.kinds import FLAG_FAMILIES
from roundtable.models import Review

PROBES_DIR = Path(__file__).parent.parent / "data" / "probes"
DEV: dict[str, Any] = yaml.safe_load((PROBES_DIR / "flags.yaml").read_text("utf-8"))
HELDOUT: list[dict[str, Any]] = [
    probe for name in ("flags-heldout.yaml", "flags-heldout2.yaml", "flags-heldout3.yaml")
    for probe in yaml.safe_load((PROBES_DIR / name).read_text("utf-8"))["probes"]]
CONTEXTS: dict[str, dict[str, str]] = DEV["contexts"]
KINDS: dict[str, dict[str, str]] = DEV["kinds"]
PROBES: list[dict[str, Any]] = DEV["probes"]

# Measured: dev 55 of 103 before the rules, 103 after. flags-heldout.yaml, measured once after
# the first round, 17 of 39 before and after (it has been tuned on since, and passes). The
# second held-out set, flags-heldout2.yaml, written before the second round and never tuned on:
# 18 of 45 before (4 of 29 positives, 14 of 16 controls), 20 of 45 after (6 of 29, 14 of 16).
# Third round (a learned clause reader, evidence/flagging.py, trained on tests/data/flags after
# withdrawing corpus lines and class words copied from this set): 21 of 45 (8 of 29 positives,
# 13 of 16 controls; h2-emotional-c02 newly flagged). Stop 20 (the learned reader's emotional
# framing needs a word of feeling in its clause): 22 of 45, h2-emotional-c02 clean again.
# Stop 24 (flags read by how a sentence is built, lexicon `_READ_FLAGS`): 23 of 45 before (9 of
# 29 positives, 14 of 16 controls), 24 of 45 after (10 of 29, 14 of 16). Round 30 (the learned
# reader reads "I", retrained on twice the corpus, no threshold that flags a strong dev answer):
# 24 of 45 before and after (10 of 29, 14 of 16), one positive found and one lost. The misses
# below are left as found. flags-heldout3.yaml (64 probes in new wording, written in round 30 by
# a writer who saw no code, never tuned on): 7 of 40 positives, 24 of 24 controls clean at round
# 30's start and end and at round 31's start; its rows were committed in round 31 without being
# read. At round 31's end (the retrained reader, blame by contrast, flag words in their sense):
# 8 of 40 positives (h3-never_fail-05 and h3-emotional-04 found, h3-never_fail-01 lost), 24 of
# 24 controls clean.
# Round 37 (a new flag, concealment, with its own story, `fitout`): its thirteen probes were
# written before its rules, which found 2 of 7 positives and kept 6 of 6 controls clean at first;
# all pass now.
KNOWN_MISSES: frozenset[str] = frozenset()
KNOWN_HELDOUT_MISSES = frozenset(
    """h2-blame-01 h2-blame-02 h2-blame-03 h2-blame-04 h2-contempt-01
    h2-contempt-02 h2-contempt-03 h2-contempt-04 h2-emotional-03
    h2-emotional-04 h2-dismissive-01 h2-dismissive-02 h2-dismissive-04
    h2-steamroll-01 h2-steamroll-02 h2-steamroll-03 h2-steamroll-04
    h2-never-fail-02 h2-never-fail-03 h2-hedge-c01 h2-hedge-c02
    h3-blame-01 h3-blame-02 h3-blame-03 h3-blame-04 h3-blame-05 h3-never_fail-01
    h3-never_fail-02 h3-never_fail-03 h3-never_fail-04 h3-sole_credit-01 h3-sole_credit-02
    h3-sole_credit-03 h3-sole_credit-04 h3-contempt-01 h3-contempt-02
    h3-contempt-04 h3-contempt-05 h3-emotional-02 h3-emotional-03
    h3-emotional-05 h3-dismissive-01 h3-dismissive-02 h3-dismissive-03 h3-dismissive-04
    h3-dismissive-05 h3-steamroll-01 h3-steamroll-02 h3-steamroll-03 h3-steamroll-04
    h3-steamroll-05 h3-hedge-03""".split()
)


def answer_of(probe: dict[str, Any] | None, kind: str) -> str:
    """The probe's sentence told in its kind's story (the story alone for None)."""
    context = CONTEXTS[KINDS[kind]["context"]]
    sentence = [] if probe is None else [probe["sentence"]]
    if KINDS[kind]["at"] == "end":
        return " ".join([context["before"], context["after"], *sentence])
    return " ".join([context["before"], *sentence, context["after"]])


@cache
def _review(answer: str, competency: str, question: str) -> Review:
    return roundtable.review(answer, competency=competency, question=question)


def review_of(probe: dict[str, Any] | None, kind: str) -> Review:
    context = CONTEXTS[KINDS[kind]["context"]]
    return _review(answer_of(probe, kind), context["competency"], context["question"])


def _sentence_hedged(analysis: Analysis, sentence: str) -> bool:
    """Whether the probe's sentence is read as hedged: a hedge found in it, or a clause of it
    read in the hedged mode."""
    start = analysis.answer.rindex(sentence)
    end = start + len(sentence)
    return (any(e.kind == "hedge" and start <= e.at < end for e in analysis.evidence)
            or any(c.mode == "hedged" and start <= c.span.start < end
                   for c in analysis.clauses))


def _borne(kind: str) -> set[str]:
    """The criteria of the kind's competency that its flag bears on."""
    competency = competencies()[CONTEXTS[KINDS[kind]["context"]]["competency"]]
    return {c.id for c in competency.criteria if c.family in FLAG_FAMILIES[kind]}


def misreadings(probe: dict[str, Any]) -> list[str]:
    """What the review gets wrong about the probe's flag."""
    kind, positive = probe["kind"], probe["polarity"] == "positive"
    if kind == "hedge":
        hedged = _sentence_hedged(analyze(answer_of(probe, kind)), probe["sentence"])
        return [] if hedged is positive else [f"hedged={hedged}"]
    review = review_of(probe, kind)
    raised = kind in {f.kind for f in review.flags}
    if not positive:
        return [f"unwanted flag {kind}"] if raised else []
    if not raised:
        return [f"missing flag {kind}"]
    borne_ids = _borne(kind)
    base = {c.id: c.score for c in review_of(None, kind).scores.criteria}
    borne = [c for c in review.scores.criteria if c.id in borne_ids]
    if sum(c.score for c in borne) >= sum(base[c.id] for c in borne):
        return [f"{kind} lowers none of {sorted(c.id for c in borne)}"]
    return []


def test_probes_are_well_formed() -> None:
    ids = [p["id"] for p in PROBES + HELDOUT]
    assert len(ids) == len(set(ids))
    for kind, where in KINDS.items():
        context = CONTEXTS[where["context"]]
        assert context["competency"] in competencies()
        probes = [p for p in PROBES + HELDOUT if p["kind"] == kind]
        assert len([p for p in probes if p["polarity"] == "positive"]) >= 6, kind
        assert len([p for p in probes if p["polarity"] == "control"]) >= 4, kind
    assert {p["kind"] for p in PROBES + HELDOUT} == set(KINDS)


@pytest.mark.parametrize("kind", sorted(k for k in KINDS if k != "hedge"))
def test_each_context_alone_raises_no_flag_and_leaves_room_to_lower(kind: str) -> None:
    review = review_of(None, kind)
    assert not {f.kind for f in review.flags} & set(FLAG_FAMILIES), review.flags
    borne = [c.score for c in review.scores.criteria if c.id in _borne(kind)]
    assert borne and max(borne) >= 3


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_flag_probe(probe: dict[str, Any]) -> None:
    if probe["id"] in KNOWN_MISSES:
        pytest.xfail("a known miss; see KNOWN_MISSES")
    assert misreadings(probe) == []


@pytest.mark.parametrize("probe", HELDOUT, ids=[p["id"] for p in HELDOUT])
def test_heldout_flag_probe(probe: dict[str, Any]) -> None:
    if probe["id"] in KNOWN_HELDOUT_MISSES:
        pytest.xfail("a known held-out miss; see KNOWN_HELDOUT_MISSES")
    assert misreadings(probe) == []


def test_known_misses_are_still_missed() -> None:
    fixed = [p["id"] for p in PROBES + HELDOUT
             if p["id"] in KNOWN_MISSES | KNOWN_HELDOUT_MISSES and not misreadings(p)]
    assert fixed == []
