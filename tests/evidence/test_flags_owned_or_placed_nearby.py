"""Flags read from a neighbouring sentence: a miss told as the matter of course of what a named
person did the sentence before (`across._bound_to_follow`), and going around people owned a few
sentences on (`analysis._owned_later`), whose window ends `FEELING_MET_WITHIN` sentences after
the flag's own.

The mutation run left both thinly pinned: the first was tested only with a party named by its
team ("from the night team"), the second only well inside its window.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import FEELING_MET_WITHIN, analyze


def test_a_miss_bound_to_follow_what_a_named_person_did_blames_them() -> None:
    """"Dave packed the order. So of course the labels were wrong" places the fault on Dave
    without a word of blame, as "the notes were from the night team" does on that team."""
    miss = "So of course the labels were wrong."
    answer = ("I run the dispatch desk at a parcel depot. Dave packed the Hendry order on "
              f"Tuesday night. {miss} The next morning I reprinted all forty labels, rang "
              "Hendry to say the parcels would be a day late, and showed Dave the new label "
              "check.")
    analysis = analyze(answer)
    assert "blame" in {f.kind for f in analysis.flags}
    assert [e.at for e in analysis.evidence if e.kind == "blame"] == [
        answer.index("of course")]


KITCHEN = ("I run the kitchen at a hotel restaurant. Last autumn I changed the rota without "
           "asking anyone. ")
BETWEEN = ["Two of the line cooks lost their Sunday off.",
           "The breakfast shift started short twice that week.",
           "Service got slower on the Saturday.",
           "The head waiter came to see me about the tables.",
           "We had a full house for a wedding that Friday.",
           "The pastry section ran out of cream on the Sunday.",
           "The owner asked for the week's figures."]
OWNED = "I told the team that was a mistake and put the old one back."


@pytest.mark.parametrize(("between", "flagged"), [
    # owned on the last sentence of the window: the rota change is owned, no flag
    (FEELING_MET_WITHIN - 1, False),
    # owned one sentence past it: too far on to answer the step, which stays a flag
    (FEELING_MET_WITHIN, True),
])
def test_going_around_people_is_owned_only_within_a_few_sentences(between: int,
                                                                  flagged: bool) -> None:
    assert between <= len(BETWEEN)
    answer = KITCHEN + " ".join(BETWEEN[:between]) + " " + OWNED
    assert ("steamroll" in {f.kind for f in analyze(answer).flags}) is flagged
