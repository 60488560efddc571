"""Every quote cut from a long sentence (`evidence/text.clause_around`), for every word of it:
the words it was cut for, exact offsets into the answer, short enough to cite inline, cut at a
word's edge and never inside an aside, and without the punctuation it was cut at. Sentences of
the kinds answers hold: a long list of steps, a story with an aside, a STAR line, a bullet, a
run-on clause.
"""

from __future__ import annotations

import re

import pytest

from roundtable.evidence.text import MAX_QUOTE, Span, clause_around

LONG = [
    ("I pulled every incident report from the last year, read through each one with the on-call "
     "engineer who had handled it, tagged the root causes in a shared spreadsheet, ranked them "
     "by how many customer hours they had cost us, and produced a one-page summary that the "
     "director used to set the next quarter's reliability budget."),
    ("When the vendor told us the migration would slip by six weeks, which would have pushed our "
     "launch past the holiday freeze, I sat down with their project lead and our finance partner "
     "(who had signed the contract in the first place, and knew its penalty clauses better than "
     "anyone) and we worked out a plan that moved the two riskiest tables first and left the "
     "reporting tables for January."),
    ("Result: the backlog fell from four hundred tickets to under fifty in three weeks, and the "
     "support team, which had been working weekends since the spring, went back to a normal "
     "rota with no overtime at all by the end of the quarter, which the head of support "
     "mentioned in the all-hands."),
    ("- Rewrote the onboarding guide because new starters kept asking the same twenty questions "
     "in their first week and the old guide had not been touched since 2019 and pointed at tools "
     "we no longer used, then walked each new starter through it on their first morning"),
    ("I thought we could do better, so I started leaving more detailed reviews and put together "
     "a short code review guideline with things like test coverage expectations and naming "
     "conventions that every new service had to follow before it could go to production."),
]
# Where the sentence stands in its answer: quotes index the answer, not the sentence.
OFFSETS = (0, 57)


@pytest.mark.parametrize("text", LONG)
@pytest.mark.parametrize("at", OFFSETS)
def test_every_word_of_a_long_sentence_is_quoted_in_a_cut_that_reads_whole(text: str,
                                                                          at: int) -> None:
    answer = " " * at + text
    sentence = Span(at, at + len(text), text)
    label = re.match(r"(?:- |Result: )", text)
    for word in re.finditer(r"[A-Za-z0-9][\w'-]*", text):
        start, end = at + word.start(), at + word.end()
        quote = clause_around(sentence, start, end)
        assert answer[quote.start:quote.end] == quote.text
        assert at <= quote.start and quote.end <= at + len(text)
        if not (label and word.start() < label.end()):
            assert quote.start <= start and end <= quote.end, (word.group(), quote.text)
        assert len(quote.text) <= MAX_QUOTE, quote.text
        assert quote.text[0] not in " ,;:—–-" and quote.text[-1] not in " ,;:—–-"
        assert quote.text.count("(") == quote.text.count(")"), quote.text
        assert quote.start == at or not answer[quote.start - 1].isalnum(), quote.text
        assert quote.end == at + len(text) or not answer[quote.end].isalnum(), quote.text


@pytest.mark.parametrize("text", LONG)
def test_a_quote_grows_from_the_words_clause_to_a_readable_thought(text: str) -> None:
    """Cut for its first word or its last, a long sentence is quoted from its start or to its
    end, never as the lone word."""
    sentence = Span(0, len(text), text)
    first = re.search(r"[A-Za-z0-9][\w'-]*", text.removeprefix("- ").removeprefix("Result: "))
    assert first is not None
    offset = len(text) - len(text.removeprefix("- ").removeprefix("Result: "))
    opening = clause_around(sentence, offset + first.start(), offset + first.end())
    assert opening.start == offset and len(opening.text.split()) >= 5
    last = list(re.finditer(r"[A-Za-z0-9][\w'-]*", text))[-1]
    closing = clause_around(sentence, last.start(), last.end())
    assert closing.end >= len(text.rstrip(".")) and len(closing.text.split()) >= 5


def test_a_sentence_short_enough_to_cite_is_quoted_whole_for_any_word() -> None:
    text = "I rebuilt the deploy scripts and failed releases dropped to none."
    sentence = Span(12, 12 + len(text), text)
    for word in re.finditer(r"\w+", text):
        assert clause_around(sentence, 12 + word.start(), 12 + word.end()) == sentence
    exactly = "x" * (MAX_QUOTE - 9) + " finished"
    assert clause_around(Span(0, MAX_QUOTE, exactly), 0, 1).text == exactly
