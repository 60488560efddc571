"""Habits, plans and stances read through the whole reader (rules and learned layer), on
sentences the corpus does not hold: generic conditions, "would" in general or in a story, "next
time", "I wouldn't say", and emphasis that looks like a time clause (LABELS.md, mode).

Each reading has a near miss worded alike that must read otherwise, so that no rule passes by
firing on every sentence of its shape.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause, Mode


def _clause(answer: str, words: str) -> Clause:
    """The reader's one clause that begins with `words`."""
    found = [c for c in analyze(answer).clauses if c.text.startswith(words)]
    assert len(found) == 1, f"{words!r} in {[c.text for c in analyze(answer).clauses]}"
    return found[0]


# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # Both halves of a condition told in the present recur; told in the past, they happened.
    ("When a pallet arrives damaged, the driver photographs it.", "When a pallet arrives",
     "habitual"),
    ("When a pallet arrives damaged, the driver photographs it.", "the driver photographs",
     "habitual"),
    ("When the pallet arrived damaged, the driver photographed it.", "the driver photographed",
     "fact"),
    # "need", "feed" and "speed" end in -ed and are no past: the condition still recurs.
    ("When a pallet arrives damp, I need to photograph it for the supplier.",
     "When a pallet arrives damp", "habitual"),
    ("If anyone misses a handover, I ring them the same day.", "If anyone misses", "habitual"),
    ("If someone raises a point we've already settled, I move the meeting on.",
     "If someone raises a point", "habitual"),
    ("She agreed if I sent her the test plan by Monday.", "if I sent her the test plan",
     "hypothetical"),
    # …with "I'd" in the main clause, the condition is as imagined as the deed.
    ("If a supplier is late, I'd ring them myself.", "If a supplier is late", "hypothetical"),
    # After a past occasion, "would" tells what used to happen; after "if", what might.
    ("Whenever the lift broke, the porters would carry the trays up.", "the porters would carry",
     "habitual"),
    ("If the lift failed, the porters would carry the trays up.", "the porters would carry",
     "hypothetical"),
    # A past perfect after "if" did not happen, wherever the "if" sits.
    ("So yeah, if the audit had found it, we would have lost the contract.",
     "So yeah, if the audit had found it", "hypothetical"),
    # "I'd normally…" with nothing past around it is what the candidate would do in general,
    # and so is the time clause it governs; in a story it is the story's routine.
    ("I'd normally check the invoices line by line before I approve them.",
     "I'd normally check the invoices", "hypothetical"),
    ("I'd normally check the invoices line by line before I approve them.",
     "before I approve them", "hypothetical"),
    # …but "I'd say" frames a stance: what it says is read, here a trait.
    ("In general I'd say I stay calm under pressure.", "In general I'd say", "habitual"),
    ("The invoices were a mess back then. I'd normally check them line by line.",
     "I'd normally check them", "habitual"),
    # "Next time I'd set…": a "'d" looking ahead is "would", whatever the verb.
    ("Next time I'd set the alarm thresholds lower.", "Next time I'd set", "hypothetical"),
    ("I'd cut the scope in week one next time.", "I'd cut the scope", "hypothetical"),
    ("I'd set the thresholds myself the week before the audit.", "I'd set the thresholds",
     "fact"),
    # "I wouldn't say" denies what it says; "I'd say" hedges it.
    ("I wouldn't say I'm a perfectionist.", "I wouldn't say I'm a perfectionist", "negated"),
    ("I'd say the audit went well.", "I'd say the audit went well", "hedged"),
    # "never once" is emphasis, not a time clause: the clause stays whole, and denied.
    ("The night clerk never once logged a fault.", "The night clerk never once logged",
     "negated"),
    ("The night clerk logged a fault once the shift ended.", "The night clerk logged a fault",
     "fact"),
    # What goes on after the story, with "still" or "since then" and a present; with a past,
    # a modal or a perfect it is the story's state, a plan or a result.
    ("The two of them still cover each other's shifts.", "The two of them still cover",
     "habitual"),
    ("Since then I read every delivery note myself.", "Since then I read", "habitual"),
    ("The backlog was still forty tickets.", "The backlog was still forty tickets", "fact"),
    ("The loading bay has been clear since then.", "The loading bay has been clear", "fact"),
    ("I made sure we could still ship on Monday.", "I made sure we could still ship", "fact"),
    # A standing rule told as one recurs; a rule that changed is one event.
    ("Our policy was that any refund over fifty pounds went to a supervisor.",
     "Our policy was that", "habitual"),
    ("Our policy was rewritten after the audit.", "Our policy was rewritten", "fact"),
    # A habit word that opens a clause of its own times the clause after it.
    ("And usually, the way it worked, every invoice change went into a shared inbox.",
     "every invoice change went", "habitual"),
    ("And so, the way it worked out, the refund went to the wrong team.",
     "the refund went to the wrong team", "fact"),
    # A hedge between the subject and its verb is no verb in the present.
    ("We probably lost a day on the customs forms.", "We probably lost a day", "hedged"),
    ("We probably check the customs forms twice.", "We probably check", "habitual"),
    # "might have been" guesses at what was, unless a condition makes it imagined.
    ("The second supplier might have been cheaper.", "The second supplier might have been",
     "hedged"),
    ("If the alarm had gone off, it might have been worse.", "it might have been worse",
     "hypothetical"),
    ("It could have been a disaster.", "It could have been a disaster", "hypothetical"),
    # "Last March" dates a story told in the present as "last spring" does: its steps happened.
    ("Last March the depot rings me at six. The driver says the van is stuck at the Leeds gate "
     "with 40 parcels, so I drive out and we finish by noon.", "so I drive out", "fact"),
    ("Every March the depot rings me at six. The driver says the van is stuck at the Leeds gate "
     "with 40 parcels, so I drive out and we finish by noon.", "so I drive out", "habitual"),
    # A lesson drawn is an event of the story, whatever its content says of every day; the
    # content cut from it keeps its own reading.
    ("Reflection: I learned the quickest fix is often in someone else's system.",
     "I learned the quickest fix", "fact"),
    ("Reflection: the quickest fix is often in someone else's system.",
     "the quickest fix", "habitual"),
    ("I learned that when a driver hears it from another driver, he listens.",
     "when a driver hears it", "habitual"),
    # A step repeated until the episode ended is one step of it, whether "until" is cut off or
    # not; a state that lasted until then still recurred.
    ("I rang the depot every morning until the strike ended.", "I rang the depot", "fact"),
    # A verb told after the recurrence belongs to a relative clause ("that she cleared"), so
    # the candidate's own step still recurs; a step of theirs chosen once does not.
    ("Every week I checked the queue that she cleared.", "Every week I checked", "habitual"),
    ("She sent the numbers every Friday, and I decided to chart them.", "and I decided",
     "fact"),
    ("The printer jammed most mornings until we replaced it.", "The printer jammed", "habitual"),
    # A pseudo-cleft cut at its aside: what follows "is" is what the candidate would do.
    ("What I'd do, honestly, is just ring the client first.", "is just ring the client",
     "hypothetical"),
    # "Used to" with a verb is a past habit; being used to something, or a thing used to do a
    # job, is not. "Each other" is one another, no recurrence; "every other week" is one.
    ("The night porters used to lock the side door at ten.", "The night porters used to",
     "habitual"),
    ("By the spring the porters were used to the new keypad.", "By the spring the porters",
     "fact"),
    ("The spare van was used to carry the overflow to the depot.", "The spare van was used",
     "fact"),
    ("We covered for each other on the late shifts that week.", "We covered for each other",
     "fact"),
    ("We covered the late shift every other week.", "We covered the late shift", "habitual"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_habit_plan_or_event(answer: str, words: str, mode: Mode) -> None:
    assert _clause(answer, words).mode == mode


MENTORED = ("Priya joined the ward as a newly qualified nurse and struggled with the rota "
            "software. I sat with her for an hour after each of her first three shifts and "
            "showed her the shortcuts. By the spring she was building the rota for the whole "
            "ward herself. {before} Her manager would sign it off, and she would still send me "
            "her drafts.")


@pytest.mark.parametrize(("before", "mode", "bond"), [
    # After a habit, the "would" goes on telling it: a lasting habit of hers toward the
    # candidate, late in the story, is the bond the story left.
    ("Every Monday we'd go through it together over coffee.", "habitual", True),
    # After one event it is a guess, and no bond is told.
    ("On Monday we went through it together over coffee.", "hypothetical", False),
])
def test_a_would_carried_on_from_a_habit_is_read_as_the_habit_it_tells(
        before: str, mode: Mode, bond: bool) -> None:
    """A "would" joined to one that carries on the habit of the sentence before takes the
    habit's role as well as its mode: "she would still send me her drafts" tells the
    relationship afterwards, and the answer is credited with it."""
    answer = MENTORED.format(before=before)
    clause = _clause(answer, "and she would still send")
    assert clause.mode == mode
    assert (clause.role == "relationship") is bond
    assert any(e.kind == "relationship" and e.strength > 0 and e.sentence == 4
               for e in analyze(answer).evidence) is bond
