"""A headline keeps the candidate's quoted words as they said them and tells the rest in the
third person, on both sides of every quotation (`synthesis/headline._third_person`)."""

from __future__ import annotations

from roundtable.ingest.transcript import parse_input
from roundtable.pipeline import prepare
from roundtable.synthesis.headline import build_headline

SCENE = ("Last year our payments service paged the on-call engineer every night, and nobody "
         "owned the alerts. ")
END = " I walked the team through the new rules. After that, pages dropped to two a week."


def test_quoted_words_stay_first_person_and_the_words_after_them_do_not() -> None:
    step = 'I renamed the "we\'ll look later" label to "needs an owner" on our queue.'
    case, _ = prepare(parse_input(SCENE + step + END), "ownership")
    assert build_headline(case) == (
        'How the candidate renamed the "we\'ll look later" label to "needs an owner" on the '
        "team's queue, and pages dropped to two a week")
