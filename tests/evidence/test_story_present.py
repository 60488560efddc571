"""Present tense that tells the story, and present tense that tells how things go on, read
through the whole reader on sentences the corpus does not hold (LABELS.md, mode: "Present-tense
general truths", "Present-tense narration of a dated story", "would + recurrence").

Each reading has a near miss worded alike that must read otherwise.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Mode, present_narration

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # A kind of people or things told in the present with a plural subject is how things go;
    # the same told in the past is one step of the story.
    ("Our bakers start at four and the shop opens at seven.", "Our bakers start", "habitual"),
    ("Last Tuesday our bakers started at four.", "Last Tuesday our bakers", "fact"),
    ("Junior nurses learn the ward from the night staff.", "Junior nurses learn", "habitual"),
    ("The junior nurses learned the ward from the night staff.", "The junior nurses learned",
     "fact"),
    # A present verb dated to one occasion is a step of a story told in the present; the same
    # verb with a word of generality is a routine.
    ("In the end we pick the cheaper quote.", "In the end we pick", "fact"),
    ("In general we pick the cheaper quote.", "In general we pick", "habitual"),
    # Steps told in a row in the bare present, with no word of habit, tell a story in the
    # present; the same steps after "now", after a condition or after a sentence that sets up a
    # habit are a routine, and a portrait of the speaker is no story.
    ("I go to the depot, I take the spare keys and I open the cage myself.",
     "I take the spare keys", "fact"),
    ("Now I go to the depot, I take the spare keys and I open the cage myself.",
     "I take the spare keys", "habitual"),
    ("When the alarm goes, I go to the depot and I open the cage myself.",
     "and I open the cage", "habitual"),
    ("Every time the alarm goes I am the first there. I go to the depot and I open the cage.",
     "and I open the cage", "habitual"),
    ("I'm pretty organised and I double-check my invoices.", "and I double-check",
     "habitual"),
    # A step dated to one occasion carries the step joined to it in the present; "always"
    # keeps both a routine.
    ("In the end I sign the form and I send it back to him.", "and I send it back", "fact"),
    ("In the end I always sign the form and I send it back to him.", "and I send it back",
     "habitual"),
    # A frame in the present that hands over to one person's words is a turn of the story.
    ("I call the depot. And the guy says the scanners are down.", "And the guy says", "fact"),
    ("I call the depot. And the guy always says the scanners are down.",
     "And the guy always says", "habitual"),
    # A present "be" of the story's own people or things is a fact of the story; one that says
    # what is normal states how things are.
    ("I rang the new hire's lead. She's junior, so I paired her with Tom and we walked the "
     "site together.", "She's junior", "fact"),
    ("I rang the depot at six. I moved the order to Friday because the driver is sick, and I "
     "told the client.", "because the driver is sick", "fact"),
    ("I let the late pallet go, because that is normal for this supplier.",
     "because that is normal", "habitual"),
    # …and only in an answer that tells a story: with no story told, it describes in general
    # (one past sentence of padding makes no story).
    ("I rang the sales team that morning. They had lost the order, so I sent it again by "
     "noon. They're very customer-focused.", "They're very customer-focused", "fact"),
    ("I work with the sales team a lot. They're very customer-focused.",
     "They're very customer-focused", "habitual"),
    # What is done now to something lasts; the same done that week is a step of the story.
    ("Now every invoice is checked by a second person.", "Now every invoice", "habitual"),
    ("That week every invoice was checked by a second person.", "That week every invoice",
     "fact"),
    # An "it" that stands for what follows judges in general; an "it" of the story's own plan
    # is a state of the story.
    ("It's easy to blame the vendor for it.", "It's easy to blame", "habitual"),
    ("I booked the crane for Thursday and I told the fitters. They agreed. It's due to ship "
     "on Friday.", "It's due to ship", "fact"),
    # A subject that names whoever filled a part in the past carries its own "would" and its
    # own past; whoever will fill one imagines.
    ("Whoever was on the early shift would unlock the cage, and the rest of us waited.",
     "Whoever was on the early shift", "habitual"),
    ("Whoever takes over the site would need the gate code.", "Whoever takes over",
     "hypothetical"),
    # A condition told without "if" imagines, and so does the "would" it governs; "had" with
    # no subject after it is a step of a terse answer.
    ("Were we to slip again, the client would walk.", "Were we to slip", "hypothetical"),
    ("Were we to slip again, the client would walk.", "the client would walk", "hypothetical"),
    ("Had I known about the audit, I would have flagged it.", "Had I known", "hypothetical"),
    ("Had a quick word with the vendor that evening.", "Had a quick word", "fact"),
    # A recurrence counted in days ("every second Monday") is one; an ordinal day is one day.
    ("The pickers lost an hour every second Monday.", "The pickers lost", "habitual"),
    ("The pickers lost an hour on the second Monday.", "The pickers lost", "fact"),
    # Someone else's bare "would" right after a sentence that tells a habit goes on telling it;
    # after one event it threatens or guesses.
    ("Every Monday we'd sort the returns by hand. And the couriers would just wait outside.",
     "And the couriers would just wait", "habitual"),
    ("The client rang on Monday, furious. They would cancel the contract.",
     "They would cancel", "hypothetical"),
    # A step told in the present in a past story is a step of it, and one that denies the
    # step stays a denial: telling nobody is not telling.
    ("Last year the supplier sent us the wrong parts twice. I tell my manager about it. I "
     "fixed the orders myself.", "I tell my manager", "fact"),
    ("Last year the supplier sent us the wrong parts twice. I tell nobody about it. I fixed "
     "the orders myself.", "I tell nobody", "negated"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_present_and_would_read_by_what_they_tell(answer: str, words: str, mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode


COPY_DESK = ("One night the desk sends me a page with the wrong score in the headline. I call the "
             "reporter, Dan, and he checks it. Then I fix the headline.")


@pytest.mark.parametrize(("answer", "story"), [
    # "I'm a copy editor…" opening the answer introduces the teller: the story in the present
    # after it is told, its first step narrated.
    ("I'm a copy editor at a regional newspaper. The sports desk usually sends its pages "
     f"late. {COPY_DESK}", True),
    # The same words later on are a self-portrait, told in general, and with the habit already
    # told they outweigh the story.
    (f"The sports desk usually sends its pages late. {COPY_DESK} I'm a stickler for "
     "headlines.", False),
])
def test_the_teller_introduced_first_is_no_habit_against_the_story(answer: str,
                                                                   story: bool) -> None:
    """A self-introduction that opens the answer does not count as habit talk against a story
    told in the present (`present_narration`); a self-portrait later on does."""
    analysis = analyze(answer)
    assert present_narration(answer, answer, analysis.clauses) is story
    assert clause_starting(answer, "One night the desk sends").narrated is story
