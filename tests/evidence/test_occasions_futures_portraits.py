"""Mode read through the whole reader on sentences written for issue 8's mode29 round, none of
them in the corpus: recurrence counted by seasons, months and shares of occasions, someone
else's future, a portrait whose verb is denied inside its relative clause, a story told in the
present that has reached one occasion, a question asked, and "'d" as "had" (LABELS.md,
mode).

Each reading has a near miss worded alike that must read otherwise.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.reading import Mode

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # A season or a month counted by "every" recurs; one season named is one occasion.
    ("Every winter the pipes in the boiler house freeze.", "Every winter", "habitual"),
    ("That winter the pipes in the boiler house froze.", "That winter", "fact"),
    ("The landlord says he fixes the roof every May.", "he fixes the roof", "habitual"),
    # A share of occasions recurs; a run of them is one stretch.
    ("The courier was late two days out of five.", "The courier was late", "habitual"),
    ("The courier was late two days in a row.", "The courier was late", "fact"),
    # Someone else's future has not happened; what they do every year goes on.
    ("The landlord says he will fix the roof in May.", "he will fix the roof", "hypothetical"),
    ("The landlord said they'll be late.", "they'll be late", "hypothetical"),
    # A portrait whose verb is denied in its relative clause is still how the speaker is; a
    # denied portrait is denied.
    ("I'm someone who never leaves a ticket half done.", "I'm someone who", "habitual"),
    ("I'm not someone who leaves a ticket half done.", "I'm not someone", "negated"),
    # Told in the present, a step dated some weeks on or at the next meeting is a step of the
    # story; the same step "these days" or "at meetings" goes on.
    ("My uncle runs the bakery, I start there in June. After some weeks the owner invites me "
     "to dinner.", "After some weeks", "fact"),
    ("These days the owner invites me to dinner.", "These days", "habitual"),
    ("My new colleague is always talking over me. So at the next meeting I don't interrupt, I "
     "ask him about his numbers.", "I ask him", "fact"),
    ("So at meetings I don't interrupt, I ask people about their numbers.", "I ask people",
     "habitual"),
    # "let" is past and present alike and tells a step either way, and what is found after it
    # is found once; "I find" before how something seems describes the speaker.
    ("I say I will not sign without the test. The foreman is angry but he let me test, and I "
     "find three loose bolts.", "and I find three", "fact"),
    ("I find the checks boring, but we need them.", "I find the checks", "habitual"),
    # A question asked happened, however long its asker and whatever it asks about; the same
    # subject's own "would … every week" is a habit.
    ("The old caretaker who ran the hall asked whether I'd keep the Sunday bookings.",
     "The old caretaker", "fact"),
    ("The old caretaker who ran the hall would keep the Sunday bookings every week.",
     "The old caretaker", "habitual"),
    # "'d" before adverbs and a participle is "had"; before a bare verb it is "would".
    ("By then we'd all agreed on the date.", "By then", "fact"),
    ("He'd since moved to another depot.", "He'd since", "fact"),
    ("We'd all agree on the date, I'm sure.", "We'd all agree", "hypothetical"),
    # Told in the present, what is found is found once; how something is found is the
    # speaker's opinion, and so is what follows from it.
    ("The boiler stop in the night and nobody come. I look everywhere and I find the reset "
     "valve behind the tank.", "and I find the reset", "fact"),
    ("I find the new rota confusing, so I ask for the old one.", "I find the new rota",
     "habitual"),
    # A thing named with its determiner before a bare verb ("the bill go down") tells a story
    # in a second language; a compound noun ("the load test") is no verb.
    ("The fridge is using double electricity. We change the seal and the bill go down by half.",
     "We change the seal", "fact"),
    ("We ran the load test, because a broken checkout costs far more than a late one.",
     "because a broken checkout", "habitual"),
    # A refusal said is denied; the same words before a condition are a threat.
    ("I told him that I wouldn't close the audit with a gap.", "that I wouldn't close",
     "negated"),
    ("She said she wouldn't renew if we raised the price.", "she wouldn't renew",
     "hypothetical"),
    # An adverbial of frequency makes a habit of the story; one stretch named does not.
    ("The forklift broke down a few times a week.", "The forklift", "habitual"),
    ("The forklift broke down a few times that week.", "The forklift", "fact"),
    ("Every so often the scanner dropped the connection.", "Every so often", "habitual"),
    ("Nine times out of ten the fault was in the cable.", "Nine times", "habitual"),
    ("On weekends the queue went round the block.", "On weekends", "habitual"),
    ("That weekend the queue went round the block.", "That weekend", "fact"),
    # What someone says will happen, in the bare present with a time ahead, is a plan; told in
    # the past, or with a word of habit, it is not.
    ("The driver say they send another bus after lunch.", "they send another bus",
     "hypothetical"),
    ("My manager say we moved the stock on Monday.", "we moved the stock", "fact"),
    ("The driver say they always send the bus after lunch.", "they always send", "habitual"),
    # "As you can imagine" asks the listener along and imagines nothing; "imagine if" does.
    ("As you can imagine, the client was furious.", "As you can imagine", "fact"),
    ("Imagine if the audit had found it.", "Imagine if", "hypothetical"),
    # "except" opens a clause of its own, no step leaning on the "would" before it.
    ("Which would have been fine, except the tests failed.", "except the tests", "fact"),
    ("Which would have been fine, except the tests failed.", "Which would have", "hypothetical"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), READINGS)
def test_mode_is_read_from_the_clause_and_its_occasion(answer: str, words: str,
                                                        mode: Mode) -> None:
    assert clause_starting(answer, words).mode == mode


def test_a_clause_whose_subject_is_everybody_is_cut_from_the_one_before() -> None:
    answer = "We put the scores on the wall and everybody knows them now."
    everybody = clause_starting(answer, "and everybody knows")
    assert (everybody.actor, everybody.mode) == ("other", "habitual")
    # Everyone else as an object of the clause before stays in it.
    assert clause_starting("I asked the drivers and everyone else in the yard.",
                           "I asked the drivers").text.endswith("in the yard.")
