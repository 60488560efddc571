"""The common 1-5 scale that labels, ratings and votes are compared on.

Labels come as words (weak / average / strong) or as 1-5 ratings; votes come on a 4-point
hire scale. Quadratic weighted kappa needs one ordinal scale for both, so every label and
every vote is placed on the 1-5 rating scale:

    label   weak=1          average=3          strong=5         (1-5 ratings are kept as given)
    vote    strong_no_hire=1   no_hire=2   hire=4   strong_hire=5

The vote mapping is symmetric around "average" (3): an average answer is a borderline
answer, so both `no_hire` and `hire` sit one step from it and cost the same in kappa, while a
strong answer is matched exactly only by `strong_hire` and a weak one only by
`strong_no_hire`. No vote maps to 3, because the panel must take a side.
"""

from __future__ import annotations

from roundtable.models import VOTES, Vote

LABEL_WORDS: dict[str, int] = {"weak": 1, "average": 3, "strong": 5}
"""Label words and their place on the 1-5 scale."""

VOTE_RATING: dict[Vote, int] = {
    "strong_no_hire": 1,
    "no_hire": 2,
    "hire": 4,
    "strong_hire": 5,
}
"""Each vote's place on the 1-5 scale (see the module docstring for why)."""

RATINGS: tuple[int, ...] = (1, 2, 3, 4, 5)


def label_name(rating: int) -> str:
    """The word for a rating when it is one of the word labels, else the number as text."""
    for word, value in LABEL_WORDS.items():
        if value == rating:
            return word
    return str(rating)


def is_hire(vote: Vote) -> bool:
    """True for the hire side of the 4-point scale."""
    return VOTES.index(vote) >= VOTES.index("hire")
