"""Mode read from the grammar around a clause's verb, on sentences the corpus does not hold:
someone else's "would" in a story told in the past, a doubt framing a clause of its own, what
"every" quantifies, times before the subject, the teller's "we'd" after a past step, "this
kind of", "still" before a state, and a filler after a relative pronoun (LABELS.md, mode).

Each reading has a near miss worded alike that must read otherwise, so that no rule passes by
firing on every sentence of its shape.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.reading import Mode

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # Someone else's "would" opening a sentence after one told in the past is what they used
    # to do; with nothing past before it, what they might do.
    ("When I took over the ward, the relatives didn't trust the night shift. They'd phone at "
     "midnight to ask about their parents.", "They'd phone at midnight", "habitual"),
    ("They'd phone at midnight to ask about their parents.", "They'd phone at midnight",
     "hypothetical"),
    # …and so does one whose own clause tells the past beside it, in a relative clause on its
    # subject or its object.
    ("Drivers who missed the cut-off would park outside the gate overnight.",
     "Drivers who missed the cut-off", "habitual"),
    ("At the shelter the volunteers would hand out whatever arrived that morning.",
     "At the shelter the volunteers", "habitual"),
    ("Drivers who miss the cut-off would park outside the gate overnight.",
     "Drivers who miss the cut-off", "hypothetical"),
    # A question's "would" is asked, not done, whatever was told before it.
    ("Our supplier missed two deliveries in May. What would you have done?",
     "What would you have done", "hypothetical"),
    # A doubt in front of a clause of its own gives way to what that clause tells: a denial,
    # or a word of recurrence on its verb…
    ("I think the landlord still hasn't returned the deposit.", "I think the landlord",
     "negated"),
    ("I'm fairly sure the courier never read the label.", "I'm fairly sure the courier",
     "negated"),
    ("I believe the night porters usually signed the book at two.", "I believe the night porters",
     "habitual"),
    # …and stays a hedge over a fact, "I'm fairly sure" as much as "I think".
    ("I think the landlord returned the deposit in March.", "I think the landlord", "hedged"),
    ("I'm fairly sure the delay came from the bank feeds.", "I'm fairly sure the delay",
     "hedged"),
    ("The vendor fixed the feed in June. I think we still have a good relationship.",
     "I think we still", "hedged"),
    # In a story told in the present, "every truck" says what a step went over, not how often
    # it recurs: the step stays on the day the story reached; "every day" makes both a routine.
    ("The queue was the problem. One day I stand at the gate with a clipboard and I note the "
     "time of every truck.", "and I note the time", "fact"),
    ("The queue was the problem. Every day I stand at the gate with a clipboard and I note the "
     "time of every truck.", "and I note the time", "habitual"),
    # A named month or day inside a time before the subject is part of that time.
    ("One January morning the night porter rang to say the lift was stuck.", "One January",
     "fact"),
    ("Every January morning the night porter rang to say the lift was stuck.", "Every January",
     "habitual"),
    # "Since that week" with the present goes on after the story, where a perfect tells its
    # result, in a story told in the present as in one told in the past.
    ("So I ask the porters to take the trays at seven, and they agree. Since that week the "
     "corridor is clear and nobody trips anymore.", "Since that week", "habitual"),
    ("So I ask the porters to take the trays at seven, and they agree. Since that week the "
     "corridor has been clear and nobody trips anymore.", "Since that week", "fact"),
    # The teller's "we'd" joined by "and" to a step told in the past is what went on after it;
    # with a condition after it, or after a step offered, it is imagined or planned.
    ("The waits dropped after the change, and we'd still get the odd complaint.",
     "and we'd still get", "habitual"),
    ("The waits dropped after the change, and we'd still get the odd complaint if the app went "
     "down.", "and we'd still get", "hypothetical"),
    ("I offered to run the sync for a month, and then we'd decide.", "and then we'd decide",
     "hypothetical"),
    # "This kind of order" names a kind, where "that kind of told me" hedges.
    ("We lost this kind of order twice that month.", "We lost this kind", "fact"),
    ("That kind of told me the fix was real.", "That kind of told me", "hedged"),
    # "Still" or "now" before a present state tells where the story left someone, no habit;
    # before a step, what goes on.
    ("The audit passed in May. And the inspector and I are still friends.",
     "And the inspector and I", "fact"),
    ("The audit passed in May. And the inspector still sends me his checklists.",
     "And the inspector still", "habitual"),
    # "I'd say" frames a stance, which a condition after it does not make imagined.
    ("I'd say my patience is just naturally high, and if a colleague got it wrong, I'd explain "
     "it twice.", "I'd say my patience", "habitual"),
    # The teller's "would" after a past time ("in my first year") tells what they used to do;
    # without one, or with a condition after it, what they would do.
    ("In my first year as a site engineer I would sign whatever the foreman put in front of me.",
     "In my first year", "habitual"),
    ("I would sign whatever the foreman put in front of me.", "I would sign", "hypothetical"),
    ("In my first year I'd sign every drawing myself if I could.", "In my first year",
     "hypothetical"),
    # "In that case" points back to a case; the verb says whether it is imagined.
    ("The vendor missed the date. So in that case the auditor was right.", "So in that case",
     "fact"),
    ("In that case I'd call the vendor first.", "In that case", "hypothetical"),
    # A filler between "which" and its verb is neither its subject nor its verb.
    ("The printer jammed on the last batch, which, yeah, wasn't ideal.", "which, yeah",
     "negated"),
    ("The printer jammed on the last batch, which, yeah, was the worst moment.", "which, yeah",
     "fact"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS,
                         ids=[f"{words}->{mode}" for _, words, mode in READINGS])
def test_mode(answer: str, words: str, mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode
