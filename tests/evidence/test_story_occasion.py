"""A story told in the present keeps its occasion from sentence to sentence (LABELS.md, mode:
"Present-tense narration of a dated story"): once it has reached one time, its bare-present
steps are what happened then, as a second-language speaker tells a past story ("One day the
freezer stop working. I move the fish to the van…"), until a habit, a lesson or a word of
recurrence ends it. And a step in progress timed by every occasion is a habit however the
stretch is bounded ("Past progressive in a story"). Sentences the corpus does not hold, each
with a near miss worded alike that must read otherwise.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.reading import Mode

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # A sentence dated to one time in the present opens the occasion: the next sentence's steps
    # happened then. With no time told before,
    # the same words are a routine.
    ("One day the freezer stop working. I move the fish to the van.",
     "I move the fish", "fact"),
    ("The freezer is old. I move the fish to the van.",
     "I move the fish", "habitual"),
    # A date told in the past tells a past story: the present after it is a lesson or a habit.
    ("Sales went from nine hundred that month to two thousand. Buyers trust a shop that answers.",
     "Buyers trust a shop", "habitual"),
    # A day of the story's own ("next morning", "on day three") dates a step as "one day" does,
    # and the state joined to it is the story's.
    ("Next morning I ring the supplier and he is very sorry.", "and he is very sorry", "fact"),
    ("Most mornings I ring the supplier and he is very sorry.", "and he is very sorry",
     "habitual"),
    ("On day three the crane arrive. We lift the beams before lunch.", "We lift the beams",
     "fact"),
    # A turn of speech in the present opens the occasion too, unless a habit was told before it.
    ("My boiler guy is away. He says he can't come till Monday. I borrow two heaters from the "
     "gym.", "I borrow two heaters", "fact"),
    ("Every winter the boiler fail. He says he can't come till Monday. I borrow two heaters "
     "from the gym.", "I borrow two heaters", "habitual"),
    # A habit told inside the occasion ends it ("normally", "now"); a contrast with "but"
    # returns to it, where a second habit does not.
    ("One evening the till crash. Normally we close at nine, but for this we stay and count "
     "the cash by hand.", "but for this we stay", "fact"),
    ("One evening the till crash. Normally we close at nine, and we count the cash by hand.",
     "and we count the cash", "habitual"),
    # A word of recurrence, a general truth about anyone ("you") or a lesson keeps a habit
    # even at the occasion.
    ("One night the pump fail. Now I check the pump myself before I leave.",
     "Now I check the pump", "habitual"),
    ("One night the pump fail. I call the plumber, you never wait for these things.",
     "you never wait", "negated"),
    ("One night the pump fail. I fix it myself. I learn that the old fitters know these pumps "
     "best.", "I learn that the old fitters", "habitual"),
    ("One night the pump fail. I fix it myself. I ring the old fitters about these pumps.",
     "I ring the old fitters", "fact"),
    # "every night" times a step in progress as a habit, "until" or not; a simple past step
    # repeated until the episode ends is one step, and "every" on an object times nothing.
    ("Every night during the audit we were checking the pallets until two.",
     "Every night during the audit", "habitual"),
    ("Every night during the audit I sent the client an update until the pallets were found.",
     "Every night during the audit", "fact"),
    ("During the audit the pickers were re-scanning every pallet until two.",
     "During the audit the pickers", "fact"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_a_story_in_the_present_keeps_its_occasion(answer: str, words: str, mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode
