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
]
ACTOR_MISSED: list[tuple[str, str, Actor]] = [
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
    ("I'd usually phone the supplier myself.", "I'd usually phone", "habitual"),
    ("Now our night team is logging every fault.", "Now our night team is logging", "habitual"),
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
]


@pytest.mark.parametrize(("answer", "words", "mode"), MODE_DETECTED + MODE_MISSED)
def test_whether_it_happened(answer: str, words: str, mode: Mode) -> None:
    assert _clause(answer, words).mode == mode
