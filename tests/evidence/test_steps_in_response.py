"""The steps of the one person the candidate's own steps act on are that person's answer to them
("I had her sit in on my calls… then she took the calls herself"): a development story is not
a helper's story, and "I had her present it" is a step of the candidate's."""

from __future__ import annotations

from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import steps_in_response, steps_taken
from roundtable.scoring.criteria import ONLOOKER_POINTS, onlooker_penalty

_DEVELOPED = (
    "Priya joined as a junior technician and she passed every call to the site to a senior. "
    "At her review I told her straight that she could not progress while someone else made her "
    "calls. I asked her what made it hard. She spent two days at a treatment works. I had her "
    "sit in on my calls for a month, then she took the calls with me listening. I made her the "
    "contact for one works. She rang the site manager back herself after a bad call. Fourteen "
    "months in she applied for a senior post and got it.")


def test_the_steps_of_the_person_developed_answer_the_candidates() -> None:
    clauses = analyze(_DEVELOPED).clauses
    own, others = steps_taken(clauses)
    assert own < others
    assert steps_in_response(clauses) >= others - own
    assert onlooker_penalty(analyze(_DEVELOPED)) == 0.0


def test_a_helpers_story_is_still_one() -> None:
    """Someone else's steps, the candidate helping once: not steps taken in answer to theirs."""
    helper = ("Our store manager noticed the stock gap. She went through every delivery note, she "
              "worked out the double scan and she rang the supplier. I helped her with a recount "
              "and I sent her the totals.")
    analysis = analyze(helper)
    assert steps_in_response(analysis.clauses) == 0
    assert onlooker_penalty(analysis) == ONLOOKER_POINTS / 2


def test_having_someone_do_it_is_a_step_and_having_a_thing_is_not() -> None:
    def own_steps(text: str) -> int:
        return steps_taken(analyze(text).clauses)[0]
    assert own_steps("I had her present her plan to the director.") == 1
    assert own_steps("I had her number from the rota.") == 0
