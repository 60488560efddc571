"""The reader against the hand-labelled clause corpus: floors that fail when reading breaks.

The held-out fifth (ids divisible by 5) was never looked at while tuning; its floors are the
ones that say the reading generalises.
"""

from __future__ import annotations

from collections import Counter

import pytest
from clause_corpus import (
    BLIND,
    FRESH,
    PROBE,
    Labelled,
    field_pairs,
    flag_pairs,
    macro_f1,
    read_corpus,
    scores,
)

from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.reading import ACTORS, MODES, ROLES

# (field, split) -> the macro-F1 the reader must keep; the aim is 0.85 on actor and mode. On
# 3,736 dev / 711 held-out clauses: actor 0.905/0.882 (the learned layer correcting the rules),
# mode 0.899/0.800 (the rules alone), role (rules only) about 0.41/0.35. Five-fold
# cross-validation inside dev (`train_reader.py --cv`): actor 0.862 (rules alone 0.857); mode
# 0.897 with a layer against 0.898 for the rules, which is why the layer no longer corrects mode
# (`learned.APPLIED`; with it, held-out mode read 0.808 a round earlier). The 188 dev clauses
# written in the mode25 round were read at mode 0.815 and 0.860 (two batches) before the rules
# changed for them, and the held-out fifth barely moved (0.799 -> 0.800): its misreadings are
# of other kinds than theirs. The mode26 round wrote two batches in other voices (169 and 90
# clauses, now dev) and read them before writing rules: 0.859, and 0.807 for the second after the
# first rules (0.771 before any); its rules on telling a story in the present from how things go
# on moved dev (3,995 clauses) to 0.900 and held-out to 0.802 (habitual precision .60 -> .62).
# The mode27 round wrote two more (225 and 86 clauses, now dev) and read them before its rules:
# 0.748, and 0.771 for the second after the first rules (the same as before any: none of them
# bore on it); its rules (turns told in the present, conditions and plans, habits a story's
# "would" carries on, cuts at irregular pasts and at "don't") read them at 0.848 and 0.809, kept
# dev (4,306 clauses) at 0.900, and moved held-out mode 0.802 -> 0.797 and actor 0.883 -> 0.884:
# what it fixed on its own batches is not what the held-out fifth misreads. Round 54's batches,
# written by two writers who saw only LABELS.md (`clauses_tune/mode31.jsonl`, `mode32.jsonl`),
# were read at 0.789 and 0.834 before its rules and 0.792 and 0.843 after; held-out stayed at
# 0.799 (actor 0.887), and a batch written blind to measure (`BLIND_FLOOR`) at 0.882.
# The actor layer shipped was trained on
# the dev clauses with the rules as of 09617ce: trained again on later rules it lost a held-out
# never-fail flag probe and lifted a held-out weak answer to Hire, so `scripts/train_reader.py`
# now writes a slightly different file.
FLOORS = {
    ("actor", "dev"): 0.88, ("actor", "heldout"): 0.86,
    ("mode", "dev"): 0.88, ("mode", "heldout"): 0.79,
    ("role", "dev"): 0.38, ("role", "heldout"): 0.32,
}


@pytest.fixture(scope="module")
def corpus() -> list[Labelled]:
    return read_corpus()


def test_every_label_is_one_the_reader_can_give(corpus: list[Labelled]) -> None:
    allowed = {"actor": set(ACTORS), "mode": set(MODES), "role": set(ROLES)}
    assert all(row.gold[field] in allowed[field] for row in corpus for field in allowed)
    assert all(row.flags <= RED_FLAGS for row in corpus)


def test_the_corpus_is_large_varied_and_holds_out_a_fifth(corpus: list[Labelled]) -> None:
    assert len(corpus) >= 1500
    assert len({row.id.split("-")[0] for row in corpus}) >= 12
    held = sum(row.split == "heldout" for row in corpus) / len(corpus)
    # The held-out rows are the fifth written before tuning began; rows written while tuning
    # skip the numbers divisible by 5 (LABELS.md), so the share falls below a fifth as dev
    # grows, never because held-out rows were moved.
    assert 0.12 <= held <= 0.25
    assert all(row.split == ("heldout" if int(row.id.split("-")[1]) % 5 == 0 else "dev")
               for row in corpus)


@pytest.mark.parametrize(("field", "split"), sorted(FLOORS))
def test_reading_keeps_its_floor(corpus: list[Labelled], field: str, split: str) -> None:
    rows = [row for row in corpus if row.split == split]
    assert macro_f1(field_pairs(rows, field)) >= FLOORS[(field, split)]


def test_red_flags_found_are_mostly_real(corpus: list[Labelled]) -> None:
    """A flag that fires on innocent words insults a candidate: precision matters most."""
    pairs = flag_pairs(corpus)
    fired = Counter(read for _, read in pairs if read != "-")
    right = Counter(read for gold, read in pairs if read != "-" and gold == read)
    assert sum(right.values()) / sum(fired.values()) >= 0.7


def test_scores_are_per_label() -> None:
    found = {s.label: s for s in scores([("a", "a"), ("a", "b"), ("b", "b")])}
    assert found["a"].precision == 1.0 and found["a"].recall == 0.5
    assert found["b"].precision == 0.5 and found["b"].recall == 1.0


def test_the_fresh_batch_is_a_second_held_out_set() -> None:
    """The batch written before a round of tuning: labelled by the same rules, never trained on
    (train_reader.py reads only `tests/data/clauses`); its scores are reported, not held here."""
    fresh = read_corpus(FRESH)
    assert len(fresh) >= 200
    assert {row.split for row in fresh} == {"fresh"}
    assert len({row.id for row in fresh}) >= 100
    allowed = {"actor": set(ACTORS), "mode": set(MODES), "role": set(ROLES)}
    assert all(row.gold[field] in allowed[field] for row in fresh for field in allowed)


def test_the_probe_batch_is_a_third_held_out_set() -> None:
    """Written before the mode round of issue 8 and measured only before and after it
    (`reading_report.py --probe`): labelled by the same rules, never trained on."""
    probe = read_corpus(PROBE)
    assert len(probe) >= 150
    assert {row.split for row in probe} == {"probe"}
    assert len({row.id.split("-")[1] for row in probe}) >= 100


BLIND_FLOOR = 0.85
"""Actor and mode macro-F1 on the batch written blind in round 54 by a writer who saw only
LABELS.md (`tests/data/clauses_blind`): 0.879 and 0.882 when it arrived, before any change of
that round, and again at its end. Pooled with the three other batches no one tuned on (the
held-out fifth, `clauses_fresh`, `clauses_probe`: 1,564 clauses), 0.890 and 0.857."""


def test_the_blind_batch_is_read_as_labelled() -> None:
    """Measure-only: a floor that fails when reading breaks on wording nobody here has read,
    never a set to tune on (its rows are not printed)."""
    blind = read_corpus(BLIND)
    assert len(blind) >= 400
    assert {row.split for row in blind} == {"blind"}
    for field in ("actor", "mode"):
        assert macro_f1(field_pairs(blind, field)) >= BLIND_FLOOR, field
