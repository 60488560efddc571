"""Where the learned red-flag reader's findings stand or are vetoed (`analysis._learned_flags`,
`analysis._learned_may_flag`) and what the model is fed (`flagging.features`), on sentences no
phrase rule flags, so only the learned reader can raise or drop each flag.

The mutation run found these thinly pinned: a label ("What I did after:") skipped without
ending the reading of the clauses after it, a remainder ("the rest of it") that claims no
one's share, someone else's quoted words blanked out of the candidate's own clause, a clause
that only praises, and whose part a slighting word is said of.
"""

from __future__ import annotations

import pytest

from roundtable.evidence import flagging
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_answer
from roundtable.evidence.text import sentences

RELEASE = "I look after releases for a small app team. "
# Only the learned reader reads this as a denial of ever failing.
NEVER_FAILED = "I've honestly never had a project go wrong in my career."


def raised(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


def test_a_label_before_a_step_does_not_stop_the_flags_read_after_it() -> None:
    """A label claims nothing itself; the clauses after it are still read for flags."""
    answer = (f"{RELEASE}Last year our payment update crashed on older phones. What I did "
              "after: I rolled it back within the hour and rang our two biggest clients the "
              f"same day. {NEVER_FAILED}")
    assert "never_fail" in raised(answer)


@pytest.mark.parametrize(("sentence", "flagged"), [
    # the remainder of the work after someone else's part claims no one's share of it
    ("I did the rest of it on my own over the weekend once Ravi had finished the design.",
     False),
    # the same words without a remainder claim the whole
    ("I pretty much carried the whole release on my back while the others watched.", True),
])
def test_a_remainder_done_alone_is_no_sole_credit(sentence: str, flagged: bool) -> None:
    assert ("sole_credit" in raised(RELEASE + sentence)) is flagged


@pytest.mark.parametrize("sentence", [
    f'Despite what my boss called "the Friday fiasco" {NEVER_FAILED[0].lower()}{NEVER_FAILED[1:]}',
    f'Dana\'s "rocky launch" comment aside, {NEVER_FAILED[0].lower()}{NEVER_FAILED[1:]}',
])
def test_someone_elses_quoted_words_are_blanked_not_the_candidates(sentence: str) -> None:
    """The learned reader reads the candidate's own words beside the quotation: the claim
    never to have failed stands in the clause that quotes someone else."""
    assert "never_fail" in raised(RELEASE + sentence)


@pytest.mark.parametrize(("answer", "flagged"), [
    # a judging word that belittles, found only by the learned reader
    (RELEASE + "Their whole finance office was a joke.", True),
    # a judging word that only praises holds no one in contempt (said alone, where the
    # learned reader would otherwise read it as contempt)
    ("He was sharp after that, I'll give him that.", False),
])
def test_contempt_stands_on_belittling_words_and_never_on_praise(answer: str,
                                                                  flagged: bool) -> None:
    assert ("contempt" in raised(answer)) is flagged


@pytest.mark.parametrize(("text", "whose"), [
    # the teller's own part, named by "I" alone
    ("I just followed the checklist the vendor sent.", "me"),
    ("My part was merely a second check of the totals.", "me"),
])
def test_a_slighting_word_after_the_tellers_own_word_slights_the_teller(text: str,
                                                                         whose: str) -> None:
    found = flagging.features(read_answer(sentences(text))[0], None)
    assert f"slight={whose}" in found
