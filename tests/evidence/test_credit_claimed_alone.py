"""The outcome claimed as the candidate's alone ("without me this client would be lost") takes
sole credit; who was free to cover, or work done without the candidate, takes none. And a job
introduced "in my previous job" is the teller's introduction, crediting no criterion."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import introduces_self


@pytest.mark.parametrize(("sentence", "raised"), [
    ("Honestly, without me this client would be lost.", True),
    ("Without me the launch wouldn't have happened at all.", True),
    ("Nobody else in the team was capable of fixing it, so I did it.", True),
    # near misses: who was free, and work done without the candidate
    ("Nobody else on the night shift was able to cover, so I stayed.", False),
    ("They finished the audit without me, and it went fine.", False),
    ("I asked if anyone else was able to help, and Priya offered.", False),
])
def test_an_outcome_claimed_as_the_candidates_alone(sentence: str, raised: bool) -> None:
    answer = ("Last year our biggest client was unhappy with the weekend outages. I called them "
              f"every day and checked the logs with the engineers. {sentence}")
    assert ("sole_credit" in {f.kind for f in analyze(answer).flags}) is raised


@pytest.mark.parametrize("opening", [
    "In my previous job I was team leader of five people in the customer service of a telecom "
    "company.",
    "At my last company, I was the night supervisor in a warehouse of 40 pickers.",
])
def test_a_job_introduced_by_where_it_was_is_an_introduction(opening: str) -> None:
    answer = f"{opening} One weekend the scanners failed, so I ran the pick by paper lists."
    assert introduces_self(analyze(answer).clauses[0])
