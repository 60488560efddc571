"""Who did it and whether it happened, read through the whole reader (rules and learned layer)
on sentences the corpus does not hold: terse notes with a verbless part, the candidate named
beside others, and the polarity and mode cues of LABELS.md.

DETECTED are readings the reader must give; MISSED are near misses worded to look alike that
must read otherwise, so that a rule cannot pass by firing on every sentence of its shape.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Actor, Clause, Mode


def _clause(answer: str, words: str) -> Clause:
    """The reader's one clause that holds `words`."""
    found = [c for c in analyze(answer).clauses if words in c.text]
    assert len(found) == 1, f"{words!r} in {[c.text for c in analyze(answer).clauses]}"
    return found[0]


# (answer, words of the clause, actor it must be read as)
ACTOR_DETECTED: list[tuple[str, str, Actor]] = [
    # A subjectless step after a verbless part is the teller's, as a bullet's step is.
    ("I ran the clinic's front desk that winter.\n- Not our error (lab sent the wrong kit), but "
     "phoned every patient myself\n- rebooked 14 of them the same day",
     "but phoned every patient myself", "candidate"),
    ("- Awkward week (auditor early), yet finished the stock count by Friday",
     "yet finished the stock count by Friday", "candidate"),
    ("Not my fault really, but refunded the whole order anyway.",
     "but refunded the whole order anyway", "candidate"),
    # …and the team's, in an answer told as "we".
    ("We ran the night shift for the depot. We kept our own rota.\n- Not our call (client "
     "late), but stayed until midnight", "but stayed until midnight", "team"),
    # The candidate named beside others is the team, whoever the others are.
    ("Me and the other nurses wrote to the ward manager.", "Me and the other nurses", "team"),
    ("Me and two pickers refused the extra shift.", "Me and two pickers", "team"),
    ("Me and my supervisor argued about the schedule for a week.", "Me and my supervisor",
     "team"),
    # A bullet opening on a modal is the teller's step, imagined; what it owns, the teller's.
    ("- lesson: check the refund queue daily\n- would do it sooner next time",
     "would do it sooner next time", "candidate"),
    ("Honestly, the whole rollout was pretty much all me.", "the whole rollout was", "candidate"),
    # A cleft names its doer; roles of the trade name people.
    ("It wasn't the site manager who spotted the crack, it was the crane driver.",
     "It wasn't the site manager who spotted the crack", "other"),
    ("It wasn't the site manager who spotted the crack, it was the crane driver.",
     "it was the crane driver", "other"),
    ("The night DBA had already gone home.", "The night DBA had already gone home", "other"),
    ("Her biggest worry was the audit.", "Her biggest worry was the audit", "other"),
    ("His supervisor signed it off.", "His supervisor signed it off", "other"),
    # A time before the subject, recurring or picked out, is not the subject.
    ("One Friday I called the depot manager.", "One Friday I called", "candidate"),
    ("Every morning we'd check the loading dock first.", "we'd check", "team"),
    ("The two leads argued for an hour, and neither would budge.",
     "neither would budge", "other"),
    ("The drivers kept telling us that the gate scanner was broken.",
     "that the gate scanner was broken", "other"),
]
ACTOR_MISSED: list[tuple[str, str, Actor]] = [
    # What a thing would have done is no one's step; a thing owned by someone else is a thing.
    ("- lesson: check the refund queue daily\n- would've cost the whole spring sale",
     "would've cost the whole spring sale", "none"),
    ("Honestly, the whole rollout was mostly the vendor's plan.", "the whole rollout was",
     "none"),
    ("It was the spring release that slipped.", "It was the spring release", "none"),
    # Someone's thing is a thing; someone's worry or someone's manager is theirs.
    ("Their stock sheet had nine thousand rows.", "Their stock sheet had", "none"),
    # A step sharing a subject that has a verb keeps it.
    ("The driver lost the parcel, and then blamed our labels.", "and then blamed our labels",
     "other"),
    # Someone named without the candidate is someone else.
    ("The other nurses wrote to the ward manager.", "The other nurses", "other"),
    ("They told me and the other drivers to wait.", "They told me", "other"),
]


@pytest.mark.parametrize(("answer", "words", "actor"), ACTOR_DETECTED + ACTOR_MISSED)
def test_who_the_clause_is_about(answer: str, words: str, actor: Actor) -> None:
    assert _clause(answer, words).actor == actor


def test_a_verbless_part_answered_by_a_coordinator_is_its_own_clause() -> None:
    answer = "- Not our error (lab sent the wrong kit), but phoned every patient myself"
    texts = [c.text.lstrip("- ") for c in analyze(answer).clauses]
    assert texts == ["Not our error (lab sent the wrong kit)",
                     "but phoned every patient myself"]
    # An opening phrase with no verb still joins the clause after it.
    assert [c.text for c in analyze("In March, I phoned every patient myself.").clauses] == [
        "In March, I phoned every patient myself."]
    # …and a bullet's short phrase stays with its neighbour.
    assert len(analyze("- reported it same week, to the director").clauses) == 1


# (answer, words of the clause, mode it must be read as)
MODE_DETECTED: list[tuple[str, str, Mode]] = [
    ("I patched the config before anyone on the night team noticed.",
     "before anyone on the night team noticed", "negated"),
    ("The returns were about 8% of orders, if I remember right.", "if I remember right",
     "hedged"),
    ("I'm not sure the buyers ever trusted the forecast again.",
     "I'm not sure the buyers ever trusted the forecast again", "hedged"),
    ("I wasn't sure the numbers were right.", "I wasn't sure", "negated"),
    ("- procurement listens to cost per unit", "procurement listens to cost per unit",
     "habitual"),
    ("Our old export job failed about twice a week.", "Our old export job failed", "habitual"),
    ("The drivers were skipping the checklist on Friday nights.",
     "The drivers were skipping the checklist", "habitual"),
    ("The porters were waiting for lifts in every handover.",
     "The porters were waiting for lifts", "habitual"),
    ("Their scanners dropped the connection sometimes.", "Their scanners dropped", "habitual"),
    # "would" with a recurrence of the story is what used to happen.
    ("Every Thursday we'd restock the cold room before the rush.", "we'd restock", "habitual"),
    ("The deliveries kept arriving short. I'd usually phone the supplier myself.",
     "I'd usually phone", "habitual"),
    ("Now our night team is logging every fault.", "Now our night team is logging", "habitual"),
    ("Most nights the porters would stack the trolleys by the lift.", "the porters would stack",
     "habitual"),
    # A step joined to a habit and told as going on shares it; so does a "would" joined to a
    # past habit.
    ("Every Monday the scanner dropped orders, and the night clerk was keying them in by hand.",
     "and the night clerk was keying them in", "habitual"),
    ("Every shift the supervisor would add two routes, and I would push back.",
     "and I would push back", "habitual"),
    # A state of affairs that recurs: a span, an occasion opening the clause or timing a step in
    # progress, most nights.
    ("The backup job ran every twenty minutes.", "The backup job ran", "habitual"),
    ("Every retro the two leads were arguing about estimates.", "the two leads were arguing",
     "habitual"),
    ("The label printer jammed most mornings.", "The label printer jammed", "habitual"),
    ("We started doing a stand-up every morning.", "We started doing a stand-up", "habitual"),
    # What someone kept saying recurs; what they said is theirs, told once.
    ("The drivers kept telling us that the gate scanner was broken.",
     "The drivers kept telling us", "habitual"),
    # What lasts now, told with a verb in the present.
    ("And now both depots use the same rota.", "both depots use the same rota", "habitual"),
    ("Now we have one shared calendar for the ward.", "Now we have one shared calendar",
     "habitual"),
    # Someone else's refusal is a denial; "I'd say" frames what it says, a guess hedges it.
    ("Our landlord wouldn't fix the heating.", "Our landlord wouldn't fix", "negated"),
    ("The two leads argued for an hour, and neither would budge.",
     "neither would budge", "negated"),
    ("I'd say I don't really lose my temper.", "I don't really lose my temper", "negated"),
    ("I'd say we finished a week early.", "we finished a week early", "hedged"),
    ("I'd guess the change cut waste by a third.", "the change cut waste", "hedged"),
    ("Honestly I'd kind of forgotten the deadline.", "forgotten the deadline", "hedged"),
    # A wish, and a preference, are what did not happen.
    ("I'd love to say I fixed it on the first try.", "I fixed it on the first try",
     "hypothetical"),
    ("I'd rather phone a customer than email them.", "I'd rather phone a customer",
     "hypothetical"),
    # …and so is what a step would have led to.
    ("Nobody checked the totals, so the board would have seen the wrong margin.",
     "so the board would have seen the wrong margin", "hypothetical"),
]
MODE_MISSED: list[tuple[str, str, Mode]] = [
    ("I patched the config before the night team came in.", "before the night team came in",
     "fact"),
    ("If I remembered the order wrong, I would have lost the client.", "If I remembered",
     "hypothetical"),
    # A recurrence that times a verb of its own (a relative clause, an infinitive) leaves the
    # clause's one step a fact.
    ("She showed me a rota she redid by hand every Sunday.", "She showed me a rota", "fact"),
    ("I agreed to cover two weekend shifts every month.", "I agreed to cover", "fact"),
    # …with "always" or a condition it is what the candidate would do.
    ("I'd always phone the supplier myself.", "I'd always phone", "hypothetical"),
    ("Next time I'd phone the depot every morning.", "I'd phone the depot", "hypothetical"),
    # A modal in what was asked: the asking happened.
    ("I asked the shift lead if I could swap the rota.", "I asked the shift lead", "fact"),
    # A present perfect, a present in progress and a narrating frame tell no habit.
    ("I have rung three depots.", "I have rung three depots", "fact"),
    ("I remember being furious about it.", "I remember being furious", "fact"),
    ("They are closing the branch this week.", "They are closing the branch", "fact"),
    # Plurals before a preposition are no verb in the present.
    ("Two other wards asked Marjorie to run it.", "Two other wards asked Marjorie", "fact"),
    # A step told in the simple past after a habit is one event; so is a state.
    ("Every Monday the scanner dropped orders, and the night clerk finally rang IT.",
     "and the night clerk finally rang IT", "fact"),
    ("Every week more requests landed on me, and I was stressed.", "and I was stressed", "fact"),
    # After a habit in the present, a "would" is what the candidate would do.
    ("I always answer the phone myself, and I'd drive to a client the same day.",
     "and I'd drive to a client", "hypothetical"),
    # A refusal that did not happen, a past perfect and a no-show are no plan and no denial.
    ("Our landlord wouldn't have fixed the heating anyway.", "Our landlord wouldn't have fixed",
     "hypothetical"),
    ("Two of the customers I'd rung wrote back to thank us.", "Two of the customers I'd rung",
     "fact"),
    ("No-shows fell from 20% to 6% in a month.", "No-shows fell", "fact"),
    # A step repeated inside one bounded stretch, and a change, happened once.
    ("I rang the ward every two hours through the night.", "I rang the ward", "fact"),
    ("The night nurses stopped paging the lab every hour.", "The night nurses stopped paging",
     "fact"),
    ("I posted the rota every Friday that year.", "I posted the rota", "fact"),
    ("I started a stand-up every morning.", "I started a stand-up", "fact"),
    ("The drivers kept telling us that the gate scanner was broken.",
     "that the gate scanner was broken", "fact"),
    # The purpose of a step told is part of the step.
    ("I booked the crane for six, so the crew would finish before the school run.",
     "so the crew would finish before the school run", "fact"),
    # A tail past a comma denies nothing the clause did.
    ("I just booked the cheaper van, no discussion.", "I just booked the cheaper van", "fact"),
    # A refusal told is something that happened, as the corpus labels it.
    ("The landlord refused to fix the boiler.", "The landlord refused", "fact"),
    # A modal in what someone assumed or feared is theirs to think: the assuming happened.
    ("The porters assumed they'd be blamed for the delay.", "The porters assumed", "fact"),
    # A result with no verb is no lasting state, "now" or not.
    ("- returns now 4% of orders", "returns now 4% of orders", "fact"),
]


@pytest.mark.parametrize(("answer", "words", "mode"), MODE_DETECTED + MODE_MISSED)
def test_whether_it_happened(answer: str, words: str, mode: Mode) -> None:
    assert _clause(answer, words).mode == mode
