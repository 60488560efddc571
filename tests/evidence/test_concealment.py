"""A problem hidden from the people it affects, or a record bent, is a red flag (issue 8, round
37): a builder who "didn't want to worry them, so I dealt with it internally" about a torn
membrane, a scientist who "excluded those three as outliers" with no criteria and a report that
"just showed the seventeen runs".

The sentences are tests/data/flags/concealment.txt, written before the rules were tuned: the
held-out fifth (every fifth item) found 6 of 8 at once and has not been tuned on since, so its
two misses stay listed below and the test fails when either is found. The two lines at the end
were added after that measurement (the second of them falls in the held-out fifth's numbering,
so the held-out count is 7 of 9 with it, 6 of 8 as first measured).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.kinds import FLAG_FAMILIES

CORPUS = Path(__file__).parent.parent / "data" / "flags" / "concealment.txt"
ITEMS = [line.rstrip("\n") for line in CORPUS.read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]
STORY = ("Last spring I ran the night shift at a parcel depot with eleven pickers. One of the "
         "conveyors jammed twice in a week and I took it on to fix it. ")
HELDOUT_MISSES = frozenset({
    "I backdated the training records so the audit would pass.",
    "I massaged the churn figures before the investor call.",
})
DEV_MISSES = frozenset({
    # Told from the inspector's side, with the concealment ("plastered over it") in another
    # clause: left for a reading of what the inspector was kept from.
    "The inspector came after we'd plastered over it, so he never saw the wiring.",
})


def _raised(sentence: str) -> bool:
    return "concealment" in {f.kind for f in analyze(STORY + sentence).flags}


@pytest.mark.parametrize("item", ITEMS, ids=[f"{n}" for n in range(1, len(ITEMS) + 1)])
def test_each_sentence_is_read_as_its_mark_says(item: str) -> None:
    mark, sentence = item[0], item[2:]
    missed = sentence in HELDOUT_MISSES | DEV_MISSES
    assert _raised(sentence) is (mark == "+") ^ missed


def test_the_listed_misses_are_in_the_corpus() -> None:
    sentences = {item[2:] for item in ITEMS if item[0] == "+"}
    assert HELDOUT_MISSES | DEV_MISSES <= sentences


STORY_OF_THE_SLAB = (
    "I run a small building firm. On a kitchen extension last year, the day after we poured the "
    "slab, one of my lads noticed the damp-proof membrane was torn along one edge. Fixing it "
    "properly meant breaking out a strip of slab and a week and a half of curing. "
    "I didn't want to worry the clients about something they couldn't change, so I dealt with it "
    "internally: we taped the tear and carried on with the screed the next day. "
    "We handed over two days early, and they left us a five-star review.")
TOLD_TO_THEM = STORY_OF_THE_SLAB.replace(
    "I didn't want to worry the clients about something they couldn't change, so I dealt with "
    "it internally: we taped the tear",
    "I showed the clients the tear that afternoon and we agreed the repair: we broke out the "
    "strip")


def test_a_defect_kept_from_the_clients_costs_the_criteria_it_bears_on() -> None:
    hidden = roundtable.review(STORY_OF_THE_SLAB, competency="customer-obsession")
    told = roundtable.review(TOLD_TO_THEM, competency="customer-obsession")
    assert "concealment" in {f.kind for f in hidden.flags}
    assert "concealment" not in {f.kind for f in told.flags}
    competency = roundtable.catalog.competencies()["customer-obsession"]
    borne = {c.id for c in competency.criteria if c.family in FLAG_FAMILIES["concealment"]}
    lower = {c.id: c.score for c in hidden.scores.criteria}
    assert borne and all(lower[c.id] < c.score for c in told.scores.criteria if c.id in borne)
    assert hidden.scores.overall < told.scores.overall


EXCLUDED = ("We were validating an assay and our inter-run CV was 19%, over the 15% spec. I went "
            "through the raw plate data and excluded those three runs as outliers, and the CV "
            "dropped to 11%. ")


@pytest.mark.parametrize(("kept_out", "flagged"), [
    ("We didn't have formal criteria written in advance.", True),
    ("The precision table in the report just showed the seventeen runs.", True),
    ("We noted it internally in the lab notebook.", True),
    ("All three had a documented pipetting fault, and the report lists them with the reason.",
     False),
    ("", False),
])
def test_data_excluded_is_bent_only_when_the_exclusion_is_kept_out_of_sight(
        kept_out: str, flagged: bool) -> None:
    analysis = analyze(EXCLUDED + kept_out)
    assert ("concealment" in {f.kind for f in analysis.flags}) is flagged


@pytest.mark.parametrize("sentence", [
    "My deputy never told the client about the crack.",
    "The client never knew that the previous contractor had kept the leak quiet.",
])
def test_someone_elses_concealment_is_not_the_candidates(sentence: str) -> None:
    assert not _raised(sentence)
