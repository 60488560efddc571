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
    # A date told in the past tells a past story: the present after it is a lesson or a habit,
    # an irregular past ("grew") as any other.
    ("Sales went from nine hundred that month to two thousand. Buyers trust a shop that answers.",
     "Buyers trust a shop", "habitual"),
    ("Our sales grew 30% last year. I'm also the one people ring when a till breaks.",
     "I'm also the one people ring", "habitual"),
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
    # A second-language speaker's bare verb after someone ("an old man come to my desk") tells
    # the story's scene as a date does; a plain present about a kind of people does not, nor
    # what follows a condition or "since that day".
    ("An old man come to my desk, he cannot find his booking. I sit with him.",
     "I sit with him", "fact"),
    ("Old people are slow with the forms. I sit with them.", "I sit with them", "habitual"),
    ("The driver refuse to wait. If the gate is closed, we phone the depot.",
     "we phone the depot", "habitual"),
    ("My supervisor call me at six. Since that day I am the one who keep the keys.",
     "Since that day I am the one", "habitual"),
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
    # A present state of the story's own people told right after a sentence of the story in
    # the past is the story's, not how they are in general; a lesson drawn there is general.
    ("So I rang the site foreman. He's new to the crew.", "He's new to the crew", "fact"),
    ("I work with the site foreman a lot. He's new to the crew.", "He's new to the crew",
     "habitual"),
    ("I rang the site foreman. What I took from it is that foremen are the real planners.",
     "that foremen are the real planners", "habitual"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_a_story_in_the_present_keeps_its_occasion(answer: str, words: str, mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode


# A story told in the present that slips into the past now and then ("it was a pipe under the
# gym", "The pipe was repaired after three days") is still told in the present: its steps, once
# read as told, weigh against the slips as habits did before they were read so.
TOLD_IN_THE_PRESENT = (
    "I work as a clerk in a school office, we look after around 600 pupils, mostly small "
    "children. One winter the water stop working in our main building, it was a pipe under the "
    "gym, and about 12 classrooms had no water and it was very cold outside.\n\n"
    "My director, Mrs. Novak, she take control of the situation. She call the plumber and also "
    "another company for the emergency, and she organise bottled water for all the classes from "
    "a shop. She also talk with the parents committee and decide that the children go home early "
    "for that week.\n\n"
    "I help her with the calls to the parents, I call maybe 20 families to tell them when the "
    "buses will come. Also I make the list of which class go home first. The pipe was repaired "
    "after three days.\n\n"
    "I think from this I learn a lot about how to manage a crisis, my director was very good in "
    "this and I watch how she do everything."
)


def test_a_story_told_in_the_present_with_past_slips_stays_told_in_the_present() -> None:
    step = clause_starting(TOLD_IN_THE_PRESENT, "She call the plumber")
    assert step.narrated and step.mode == "fact"
    # Its slips into the past are told as they are, not as steps told in the present.
    assert not clause_starting(TOLD_IN_THE_PRESENT, "The pipe was repaired").narrated
