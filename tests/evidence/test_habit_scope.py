"""How far a habit reaches, read through the whole reader on sentences the corpus does not hold:
a condition that can only recur, a recurrence that opens a sentence, "would" framed by a past
("back then"), someone else's "would always", and who the candidate was ("I was the kind of
person who…"). LABELS.md, mode: shared recurrence and "would" + recurrence.

Each reading has a near miss worded alike that must read otherwise.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Mode

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # What follows "whenever" or "each time" happened every time, even told in the past; after
    # a plain "when" in the past it happened once.
    ("Whenever the courier came late, the kitchen plated everything twice.",
     "the kitchen plated", "habitual"),
    ("Each time a quote went over budget, I had to ring the regional director.",
     "I had to ring", "habitual"),
    ("When the courier came late, the kitchen plated everything twice.", "the kitchen plated",
     "fact"),
    # "Every time…" with fillers before it still times the "would" after it.
    ("So, um, every time we closed the books, I'd be there till midnight fixing accruals.",
     "I'd be there", "habitual"),
    # A recurrence opening the sentence frames what is joined to it by "and"; one closing the
    # first clause times that clause alone.
    ("Most nights the printer jammed twice, and the packers just worked around it.",
     "and the packers just worked", "habitual"),
    ("The printer jammed twice most nights, and the packers just worked around it.",
     "and the packers just worked", "fact"),
    ("Most nights the printer jammed twice, and the packers finally rang the supplier.",
     "and the packers finally rang", "fact"),
    ("Usually the draft came back from legal with fifty comments, and I answered them one by one.",
     "and I answered them", "habitual"),
    # "would" framed by a past ("back then", "in those days") or a routine adverb tells what
    # used to happen; with "if" it imagines.
    ("Back then the auditors would pull every single receipt from the box files.",
     "Back then the auditors would pull", "habitual"),
    ("At quarter end our finance lead would routinely hold invoices back a week.",
     "At quarter end our finance lead would routinely", "habitual"),
    ("If we asked, the auditors would pull every single receipt from the box files.",
     "the auditors would pull", "hypothetical"),
    # Someone else's "would always" is their old habit; the candidate's is a general plan.
    ("Her predecessor would always sign the change forms without reading them.",
     "Her predecessor would always sign", "habitual"),
    ("I would always read a change form before signing it.", "I would always read",
     "hypothetical"),
    # Someone else's bare "would" in a sentence told in the past is what they used to do;
    # said, promised by a time, or told with nothing past around it, it is not.
    ("The two sites barely spoke, and their managers would phone me instead of each other.",
     "and their managers would phone me", "habitual"),
    ("When the tills jammed, the cashiers would just wave people through.",
     "the cashiers would just wave", "habitual"),
    ("The supplier said they would deliver the boards by Friday.", "they would deliver",
     "hypothetical"),
    ("A good manager would phone the client first.", "A good manager would phone",
     "hypothetical"),
    # "they'd have to" is an obligation of the habit, no look back at what would have been.
    ("Most weekends the alarms would trip, and they'd have to drive in at 3 a.m.",
     "and they'd have to drive in", "habitual"),
    # Who the candidate was then, and the step that followed it each time.
    ("I was the sort of person who took every ticket myself, and then I'd miss my own dates.",
     "I was the sort of person", "habitual"),
    ("I was the sort of person who took every ticket myself, and then I'd miss my own dates.",
     "and then I'd miss", "habitual"),
    ("I was the person who took the ticket that night.", "I was the person", "fact"),
    # A kind of thing named is no hedge; a thing that "kind of" happened is.
    ("We brought in the kind of checklist pilots use.", "We brought in", "fact"),
    ("The checklist kind of worked for the first month.", "The checklist kind of worked",
     "hedged"),
    # A bare step after a "would" leans on it; one with a subject of its own does not.
    ("I'd sit the two of them down and, you know, walk them through the numbers.",
     "you know, walk them", "hypothetical"),
    ("I'd sit the two of them down and the numbers would speak for themselves.",
     "and the numbers would", "hypothetical"),
    ("I sat the two of them down and walked them through the numbers.",
     "I sat the two of them down", "fact"),
    # What was said with a thing as its subject is a clause of its own, read on its own verb;
    # a thought with one stays one hedged clause.
    ("The landlord told us the boiler always fails in January.", "the boiler always fails",
     "habitual"),
    ("Our auditor said the sample was not large enough.", "the sample was not", "negated"),
    ("She explained me that the night crew is never trained on the new press.",
     "that the night crew", "negated"),
    ("I thought the supplier was going to miss the date.", "I thought the supplier", "hedged"),
    # A step timed by every occasion of something recurs; a routine set up once is one step.
    ("In that bakery the dough was weighed by the owner before every bake.",
     "In that bakery the dough was weighed", "habitual"),
    ("So we introduced a dough check before every bake.", "So we introduced a dough check",
     "fact"),
    # A denied "if" before what the candidate will or would do is as imagined as the deed; a
    # past "when it didn't" is an occasion that happened.
    ("If the landlord does not reply, I will go to the council.", "If the landlord does not",
     "hypothetical"),
    ("If the landlord does not reply, I will go to the council.", "I will go to the council",
     "hypothetical"),
    ("The landlord mostly replied, and when he didn't, I'd go to the council.",
     "when he didn't", "negated"),
    # "Now when…", "these days if…": a routine since the story, both halves.
    ("Now when a delivery is late, I am riding with the driver on the next one.",
     "I am riding with the driver", "habitual"),
    ("When the delivery was late, I was riding with the driver on the next one.",
     "I was riding with the driver", "fact"),
    # Plural weekdays are an occasion that recurs.
    ("- nightly export failed most Fridays", "nightly export failed", "habitual"),
    ("- nightly export failed on Friday", "nightly export failed", "fact"),
    # Someone else's bare "would" opening the sentence after a habit goes on telling it; after
    # one event told in the past it may be a guess or a threat.
    ("Every Friday we'd count the returns by hand. And the drivers would just wait in the yard.",
     "And the drivers would", "habitual"),
    ("I counted the returns by hand on Friday. And the drivers would just wait in the yard.",
     "And the drivers would", "hypothetical"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_habit_scope(answer: str, words: str, mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode


@pytest.mark.parametrize(("answer", "clauses"), [
    # After a comma, "which" opens a relative clause of its own, told as a fact, even after
    # "asked about…"; with no comma it is the question asked.
    ("Nobody in finance asked about the gap, which worried me.",
     [("Nobody in finance asked about the gap", "negated"), ("which worried me.", "fact")]),
    ("I asked the planner which bays were free.",
     [("I asked the planner which bays were free.", "fact")]),
    # A pseudo-cleft is cut from what it names, which is read on its own verb.
    ("What I took from it is that a rota nobody owns is not a rota.",
     [("What I took from it is", "fact"), ("that a rota nobody owns is not a rota.", "negated")]),
])
def test_relative_after_a_question_verb(answer: str, clauses: list[tuple[str, Mode]]) -> None:
    assert [(c.text, c.mode) for c in analyze(answer).clauses] == clauses


def test_a_habit_of_theirs_toward_the_candidate_after_a_habit_is_the_bond_it_left() -> None:
    # "would now ring me first", after the team's weekly routine: what she has done since,
    # read as the habit it goes on telling, is how the two stood afterwards.
    answer = ("I took over the kitchen rota in March. Every Sunday we'd plan the week together "
              "at the pass. And the head chef would now ring me first about any change.")
    clause = clause_starting(answer, "And the head chef")
    assert (clause.mode, clause.role) == ("habitual", "relationship")
