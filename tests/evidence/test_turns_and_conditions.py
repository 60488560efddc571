"""Where a clause ends and what its mode is, for the turns of a story told in the present, the
conditions and plans that make a clause imagined, and the habits a story's "would" carries on,
read through the whole reader on sentences the corpus does not hold (LABELS.md, mode).

Each reading has a near miss worded alike that must read otherwise.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

from roundtable.evidence.reading import Mode

# (answer, opening words of the clause, mode it must be read as)
READINGS: list[tuple[str, str, Mode]] = [
    # Someone else's "would" joined by "and" to a habit carried over from the sentence before
    # shares it; after a sentence that tells one event it is still a guess.
    ("Every quarter we'd miss the survey deadline. The analysts would wait for the export, and "
     "sales would send it late.", "and sales would send", "habitual"),
    ("We missed the survey deadline once. The analysts would wait for the export, and sales "
     "would send it late.", "and sales would send", "hypothetical"),
    # "Every other day" is a recurrence; each of a kind of thing as the subject of "would" tells
    # a round of the story, unless a condition follows it.
    ("This client, a florist, would ring us every other day about her orders.", "This client",
     "habitual"),
    ("This client, a florist, would ring us about her orders.", "This client", "hypothetical"),
    ("We were four engineers and one designer. Every ticket would come back to her for a small "
     "change.", "Every ticket would", "habitual"),
    ("Every ticket would need a second review if we shipped on a Friday.", "Every ticket would",
     "hypothetical"),
    # "if we'd…" imagines a past that did not happen; asked about, it is a question.
    ("And if we'd lost the database that week we'd have lost a month of orders.",
     "And if we'd lost", "hypothetical"),
    ("I asked him if we'd lost any orders.", "I asked him", "fact"),
    # A condition with a subject and a present verb is a clause of its own: imagined before
    # "I'll", a habit before a present.
    ("If someone disagrees with me, I'll hear them out.", "If someone disagrees",
     "hypothetical"),
    ("When someone disagrees with me, I hear them out.", "When someone disagrees", "habitual"),
    ("She said yes but only if the others agree.", "if the others agree", "hypothetical"),
    # What will follow a condition, said by anyone, is a conditional; what follows it in the
    # present is how things go.
    ("If the report stays wrong, forty people will get the wrong salary.",
     "forty people will get", "hypothetical"),
    ("If the report stays wrong, the payroll team has to fix it by hand.",
     "the payroll team has", "habitual"),
    # A time clause after a plan is the plan's time; after a deed told in the past, its own.
    ("I will sign only when the results come.", "when the results come", "hypothetical"),
    ("I signed only when the results came.", "when the results came", "fact"),
    # Meetings as a kind make what happened in them recur; one meeting does not.
    ("In the planning meetings Dev talked over everyone.", "In the planning meetings",
     "habitual"),
    ("In the planning meeting Dev talked over everyone.", "In the planning meeting", "fact"),
    # The teller's own turn told in the present, and one told with a second-language "he say",
    # is a step of the story; "always" makes it a way of going on.
    ("The cooks were skipping the tasting. I tell them every sauce must be tasted.",
     "I tell them", "fact"),
    ("The cooks were skipping the tasting. I always tell them every sauce must be tasted.",
     "I always tell them", "habitual"),
    ("The director wanted the report signed. He was not happy, he say the client is angry.",
     "he say", "fact"),
    # "So" or "then" before the teller's present verb is the next step of a story, unless the
    # sentence says how often or an earlier sentence set up a habit.
    ("He was not convinced at first. Then I suggest a test in two cities.", "Then I suggest",
     "fact"),
    ("I care about the details. So I redo every mockup myself.", "So I redo", "habitual"),
    ("Every March the depot rings me at six. So I drive out to the gate.", "So I drive out",
     "habitual"),
    # …and a "so" inside the sentence gives a consequence, a portrait's as often as a story's.
    ("Raising the bar starts with yourself, so I hold myself to the highest standard.",
     "so I hold myself", "habitual"),
    ("He was not convinced at first, and then I suggest a test in two cities.",
     "and then I suggest", "fact"),
    # Hands-on steps told in a row in the present are a story's steps; after "when" a routine.
    ("I reset the motor myself and we lose only forty minutes.", "I reset the motor", "fact"),
    ("When the pump stops, I reset the motor myself and we lose only forty minutes.",
     "I reset the motor", "habitual"),
    # A routine under a condition is what the candidate would do; the same routine after a past
    # story is what they used to do.
    ("If I were leading it, I'd call each of them every Friday.", "I'd call each",
     "hypothetical"),
    ("I ran the returns desk for two years. I'd call each of the suppliers every Friday.",
     "I'd call each", "habitual"),
    # What was proposed had not happened when it was said; what was suggested in the past
    # tense had.
    ("I propose to my boss that we make one shared list.", "that we make one shared list",
     "hypothetical"),
    ("I suggested that we had already tried it.", "that we had already tried it", "fact"),
    # A clause placed in a past job tells that past in the present; "always" still makes a
    # habit of it.
    ("In my previous job I am warehouse lead for the night shift.", "In my previous job",
     "fact"),
    ("In my previous job I always check the pallets first.", "In my previous job",
     "habitual"),
    # A no told to someone is a thing said, as "said no" is; "no more" after it denies.
    ("- told him no, audit would flag it", "told him no", "fact"),
    ("- told him nothing about the audit", "told him nothing", "negated"),
    # What was written to someone is cut from the frame and read on its own.
    ("A customer wrote to us that our app kept logging her out on the train.",
     "that our app kept logging", "habitual"),
    # A filler after "which" is neither its subject nor its verb.
    ("I figured Jo had nothing to add, which, like, was totally wrong.", "which, like",
     "fact"),
    ("The pallet came in late, which, like, is normal for that supplier.", "which, like",
     "habitual"),
    # "don't" is a verb: a comma splice after it is cut, and the general truth after it read.
    ("People don't trust promises, they trust a pattern.", "they trust a pattern",
     "habitual"),
    # A new subject after "but" or "and" opens a clause with an irregular past as with any
    # other ("but Jo hardly spoke"); a subject of two nouns is no new clause.
    ("Dev talked over everyone but Jo hardly spoke.", "but Jo hardly spoke", "negated"),
    ("The logs and the metrics spoke for themselves.", "The logs and the metrics spoke",
     "fact"),
    # Everyone with a present verb after a comma is a clause of its own.
    ("So I started going round the table, everyone gets two minutes.",
     "everyone gets two minutes", "habitual"),
    # A contrastive tail in a bullet stays with its clause and denies nothing in it.
    ("- hotel paid, not the guest", "hotel paid, not the guest", "fact"),
    ("- not my service, fixed it anyway", "fixed it anyway", "fact"),
    # What a condition says will follow is imagined however the future is told ("will",
    # "going to"); the same words told as what happened are a fact.
    ("If the scanners go live in December, we are going to lose the holiday orders.",
     "we are going to lose", "hypothetical"),
    ("When the scanners went live in December, we lost the holiday orders.", "we lost the",
     "fact"),
    # "I'd say" under an "if" is what the candidate imagines saying, no stance; on its own it
    # frames a fact said with a doubt.
    ("If I'd say yes to every request, the team would never finish the migration.",
     "If I'd say yes", "hypothetical"),
    ("I'd say we found the leak two weeks early.", "I'd say we found", "hedged"),
    # A refusal someone reports before a condition is a threat, imagined; without the
    # condition it was refused.
    ("The client told us they wouldn't sign if the launch slipped again.", "they wouldn't sign",
     "hypothetical"),
    ("The client told us they wouldn't sign the change order.", "they wouldn't sign",
     "negated"),
]


@pytest.mark.parametrize(("answer", "opening", "mode"), READINGS)
def test_mode_of_clause(answer: str, opening: str, mode: Mode) -> None:
    assert clause_starting(answer, opening).mode == mode


def test_a_frame_ending_on_that_hands_over_its_speaker() -> None:
    """"He said that | if the site goes down…" is his, like what follows it."""
    answer = "He said that if the site goes down again, he will take the blame."
    assert clause_starting(answer, "if the site goes down").owner == "other"
    assert clause_starting(answer, "if the site goes down").reported
    assert not clause_starting("He said it and if the site goes down we lose a day.",
                               "if the site goes down").reported


def test_a_filler_alone_opens_the_clause_after_it() -> None:
    """"And I mean," is no clause: it stays in the one it opens."""
    assert clause_starting("And I mean, I figured Jo had nothing to add.",
                           "And I mean, I figured").mode == "fact"


# A candour or fairness marker before a clause is neither its subject nor a condition: what
# follows is read for its own subject and negation. The same words as a clause's own verb
# phrase ("I was honest with him") or a real condition ("if I'm late") read as they say.
CANDOUR: list[tuple[str, str, str, Mode]] = [
    ("To be blunt, my manager did not care about it at all.", "To be blunt", "other", "negated"),
    ("And, to be fair, the client never paid the second invoice.", "And, to be fair", "other",
     "negated"),
    ("If I'm honest, we didn't test the restore.", "If I'm honest", "team", "negated"),
    ("If I'm being honest, the vendor never sent the logs.", "If I'm being honest", "other",
     "negated"),
    ("I'll be honest with you, the rollout didn't go well.", "I'll be honest", "none",
     "negated"),
    ("In all fairness, the auditors had warned us twice.", "In all fairness", "other", "fact"),
    ("Admittedly I didn't check the logs that night.", "Admittedly", "candidate", "negated"),
    ("I was honest with him about the delay.", "I was honest", "candidate", "fact"),
    ("If I'm late for handover, the night lead covers the first round.", "If I'm late",
     "candidate", "habitual"),
]


@pytest.mark.parametrize(("answer", "opening", "actor", "mode"), CANDOUR)
def test_a_candour_marker_is_read_past(answer: str, opening: str, actor: str,
                                       mode: Mode) -> None:
    clause = clause_starting(answer, opening)
    assert (clause.actor, clause.mode) == (actor, mode)


# A relative pronoun and an aside ("who, bless her,") open the clause after the aside: its
# steps are the antecedent's, not the candidate's.
RELATIVE_ASIDES: list[tuple[str, str, str, Mode]] = [
    ("It was that the PM, who, bless her, never once sent notes after a meeting.",
     "who, bless her", "other", "negated"),
    ("I called the PM, who, to her credit, had warned us twice.", "who, to her credit",
     "other", "fact"),
    ("I rang the supplier, which, honestly, took an hour.", "which, honestly", "none", "fact"),
    # (no aside: the relative is read as before)
    ("I called the PM, who had warned us twice.", "who had warned", "other", "fact"),
]


@pytest.mark.parametrize(("answer", "opening", "actor", "mode"), RELATIVE_ASIDES)
def test_an_aside_after_who_stays_with_its_clause(answer: str, opening: str, actor: str,
                                                  mode: Mode) -> None:
    clause = clause_starting(answer, opening)
    assert (clause.actor, clause.mode) == (actor, mode)


def test_what_they_would_do_under_a_look_back_is_the_lesson() -> None:
    """"If I did it again, | I'd ask for the dates first" is a lesson drawn; a plan under a
    condition that does not look back keeps its own role."""
    answer = "The migration slipped. If I did it again, I'd ask for the dates first."
    assert clause_starting(answer, "I'd ask for the dates").role == "reflection"
    assert clause_starting("The migration slipped two weeks. If the vendor calls, I'd ask for "
                           "the dates first.", "I'd ask for the dates").role != "reflection"
