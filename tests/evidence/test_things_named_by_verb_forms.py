"""A clause that opens on a capitalised "-ing" word ("Staging crashed", "Caching cut the load
time") is about a thing, not a person of that name: nobody else acts in it."""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import read_actor


@pytest.mark.parametrize("text", [
    "Staging crashed twice that night.",
    "Parking ran out by nine.",
    "Caching cut the load time in half.",
    "Packaging arrived damaged.",
])
def test_a_thing_named_by_an_ing_word_is_no_one(text: str) -> None:
    assert read_actor(text) == "none"


def test_a_name_opening_the_clause_is_still_someone() -> None:
    assert read_actor("Priya pushed back on the dates.") == "other"
