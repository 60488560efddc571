"""Competencies go by other names in job descriptions and interview guides ("conflict
resolution", "time management"): each such name resolves to one competency, and no name a user
may type belongs to two."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from roundtable.catalog.loader import competencies, get_competency, load_file, names_of
from roundtable.catalog.schema import Competency
from roundtable.errors import CatalogError


def test_every_alias_resolves_to_its_own_competency() -> None:
    for competency in competencies().values():
        for alias in competency.aliases:
            assert get_competency(alias).id == competency.id, alias
            assert get_competency(alias.upper()).id == competency.id, alias


def test_no_name_a_user_may_type_belongs_to_two_competencies() -> None:
    counts = Counter(name for c in competencies().values() for name in names_of(c))
    assert [name for name, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("name", "expected"), [
    ("Time Management", "prioritization"),
    ("time-management", "prioritization"),
    ("conflict resolution", "conflict"),
    ("Failure and learning", "failure"),
    ("attention to detail", "insist-on-the-highest-standards"),
    ("Mentoring", "hire-and-develop-the-best"),
    ("stakeholder management", "influence"),
    ("Disagree and Commit", "have-backbone"),
])
def test_names_from_interview_guides_resolve(name: str, expected: str) -> None:
    assert get_competency(name).id == expected


def test_a_user_competency_may_give_its_own_aliases(tmp_path: Path) -> None:
    source = (next(iter(competencies().values())).model_dump_json(by_alias=True))
    path = tmp_path / "mine.json"
    path.write_text(source.replace('"aliases":[', '"aliases":["my own name",', 1))
    mine = load_file(str(path), Competency)
    assert "my own name" in mine.aliases
    assert get_competency(str(path)).aliases == mine.aliases


@pytest.mark.parametrize(("typed", "suggested"), [
    ("ownrship", "ownership"),
    ("conflict resolutions", "conflict-resolution"),
    # not spelt like any name, but its words are a competency's keywords
    ("working under pressure", "adaptability"),
    ("hiring", "hire-and-develop-the-best"),
])
def test_an_unknown_name_suggests_what_it_most_likely_means(typed: str, suggested: str) -> None:
    with pytest.raises(CatalogError, match=f"did you mean '{suggested}'"):
        get_competency(typed)


@pytest.mark.parametrize("typed", ["planning", "stress management", "integrity"])
def test_a_name_like_none_is_suggested_nothing(typed: str) -> None:
    """"planning" is spelt a little like "influencing" and "stress management" like "time
    management": offering those would mislead more than the list of competencies does."""
    with pytest.raises(CatalogError) as raised:
        get_competency(typed)
    assert "did you mean" not in str(raised.value)
