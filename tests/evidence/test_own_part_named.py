"""A failure owned by naming the teller's own step as where it went wrong ("My part was that I
signed off the pour request", "two checks, and I skipped both of them", "I told them straight it
was my sign-off") and by setting the outside cause aside ("the weather was real but it's not
why it happened"); and how the failure looked to others ("the steel fixers were annoyed because
it looked like it was on them, and it wasn't fully") places no blame, where saying it was on
them does."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


@pytest.mark.parametrize("owned", [
    "My part was that I signed off the pour request.",
    "So two checks, and I skipped both of them.",
    "I told the client's rep straight it was my sign-off.",
    "The weather was real but it's not why it happened.",
])
def test_the_tellers_own_step_named_owns_the_failure(owned: str) -> None:
    assert "failure_owned" in _kinds(owned), owned


@pytest.mark.parametrize("not_owned", [
    "My part was the drawings; the pour was the contractor's.",
    "We skipped lunch to get the slab done.",
    "The weather was why it happened.",
])
def test_near_misses_own_nothing(not_owned: str) -> None:
    assert "failure_owned" not in _kinds(not_owned), not_owned


def test_how_it_looked_to_others_places_no_blame() -> None:
    told = ("Plus the steel fixers were annoyed because it looked like it was on them, and it "
            "wasn't fully.")
    assert "blame" not in _kinds(told)


@pytest.mark.parametrize("blamed", [
    "Honestly the whole mess was on them.",
    "It was all on the vendor team, not us.",
])
def test_saying_it_was_on_them_still_blames(blamed: str) -> None:
    assert "blame" in _kinds(blamed), blamed
