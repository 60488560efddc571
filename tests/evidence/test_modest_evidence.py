"""Modest but real evidence is read: an average answer tells its story plainly, without numbers,
and the reader credits what it does tell instead of scoring the criterion "no evidence".

- an outcome without a number is still an outcome when it names what changed: the trouble
  ended, others took the thing up, a state reached after the step;
- a first try, one simple thing in place of many, helping the newer people, and learning the
  new thing oneself are told in plain words as often as in the trade's;
- filler that names nothing ("it all worked out") stays unread, so padding cannot use this.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def credited(answer: str, kind: str) -> list[str]:
    """The clauses of `answer` where `kind` earns credit."""
    analysis = analyze(answer)
    return [e.quote for e in analysis.of(kind) if e.strength > 0]


SETTING = "The morning deliveries kept arriving at the wrong dock. I rewrote the driver notes. "


@pytest.mark.parametrize("outcome", [
    "After that the bakery's orders were more reliable.",
    "After a few weeks the night porters seemed calmer.",
    "The drivers seemed happier after that.",
    "And the phone calls from reception stopped.",
    "Two other depots started using the notes.",
    "It made the Monday handovers a lot quicker.",
    "Within a month everything went back to normal.",
    "Slowly our waiting times went back to normal.",
    "We finished the relabelling three days early.",
    "The kitchen kept running through the whole lunch service.",
    "We finished the fit-out a couple of days late.",
    "I think the night staff understood the new charts much better.",
])
def test_an_outcome_told_without_a_number_is_the_result(outcome: str) -> None:
    assert credited(SETTING + outcome, "result"), outcome


@pytest.mark.parametrize("filler", [
    "It all worked out in the end.",
    "Everyone was happy.",
    "Things went well.",
])
def test_filler_that_names_no_change_is_still_no_result(filler: str) -> None:
    assert not credited(SETTING + filler, "result"), filler


@pytest.mark.parametrize(("line", "outcome"), [
    ("The new depot was finished on time and the client was happy with it.", True),
    # a pronoun or a signpost names nothing that was done
    ("Everything went well and the client was happy with it.", False),
    ("As a result the client was happy with it and everyone was pleased.", False),
])
def test_an_outcome_of_a_named_thing_stands_beside_a_vague_aside(line: str,
                                                                  outcome: bool) -> None:
    assert bool(credited(SETTING + line, "result")) is outcome, line


WARD = "Mrs Okafor came in with chest pain that the triage note called reflux. I ran a second ECG. "


@pytest.mark.parametrize(("line", "outcome"), [
    ("She went home on Thursday with a stent.", True),
    ("She was discharged two days later.", True),
    # leaving a shift early is no patient's outcome
    ("She went home early because her shift had ended.", False),
])
def test_a_patient_sent_home_is_how_the_care_ended(line: str, outcome: bool) -> None:
    assert bool(credited(WARD + line, "result")) is outcome, line


def test_things_going_back_to_normal_is_not_vague() -> None:
    answer = SETTING + "After the second week things went back to normal."
    assert not credited(answer, "vague")


@pytest.mark.parametrize(("line", "kind"), [
    ("We tried the new rota out for two weeks before the summer.", "experiment"),
    ("So I asked to run a quick side-by-side test of the two forms on one shift.", "experiment"),
    ("By the spring the lost parcels were down to zero.", "metric"),
    ("We had zero repeat complaints from that ward after June.", "metric"),
    ("I drew up a simple checklist for each loading bay.", "simplification"),
    ("I also helped the newer porters with the lifting rules.", "mentoring"),
    ("We booked two short refresher sessions with the scanner supplier.", "mentoring"),
    ("I spent some time learning the booking screens on my own.", "curiosity"),
    ("In the evenings I read the manuals for the new printers.", "curiosity"),
    ("I booked the wrong coach, so that's partly on me.", "failure_owned"),
    ("I said that at the Monday planning, though nobody liked it.", "raised"),
    ("We've stayed really close friends since.", "relationship"),
    # a trade's own measures are data: a screen scored, a protocol consulted
    ("His symptoms scored high on the sepsis screen we use.", "data"),
    ("I showed the charge nurse what the trust guideline said for that dose.", "data"),
    # a senior view asked for to settle it
    ("We disagreed, so I rang the on-call consultant and put both views to her.", "escalation"),
])
def test_plain_words_for_a_trial_a_simpler_way_help_and_learning(line: str, kind: str) -> None:
    assert credited(SETTING + line, kind), line


def test_not_wanting_to_wait_is_acting_without_waiting() -> None:
    from roundtable.catalog import competencies

    criterion = next(c for c in competencies()["bias-for-action"].criteria
                     if c.id == "acted-without-waiting")
    answer = ("The forklift supplier stopped answering. I didn't want to wait for the quarterly "
              "tender, so I rang the hire firm across the road.")
    assert analyze(answer).matches(criterion.cues, "cue")


def test_a_late_finish_is_an_outcome_worth_less_than_one_on_time() -> None:
    late = analyze(SETTING + "We finished the fit-out a couple of days late.").of("result")
    on_time = analyze(SETTING + "We finished the fit-out on time.").of("result")
    assert 0 < max(e.strength for e in late) < max(e.strength for e in on_time)


def test_a_hedged_outcome_beside_vague_praise_is_still_told() -> None:
    """A hedge doubts the outcome it sits in; it does not turn the sentence into filler because
    another clause of it is vague praise."""
    told = SETTING + ("In the end we went live on time, maybe a little early, and the "
                      "customers were really pleased.")
    assert credited(told, "result")
    padded = SETTING + "I guess it all came together in the end and everybody was pleased."
    assert not credited(padded, "result")


@pytest.mark.parametrize(("line", "reason"), [
    ("We moved the pickup because the ferry was late.", True),
    ("We've worked on every winter rota together since.", False),
    ("We have kept the same layout since then.", False),
])
def test_since_is_a_reason_only_when_a_reason_follows(line: str, reason: bool) -> None:
    assert bool(credited(SETTING + line, "grounds")) is reason, line


def test_the_reason_itself_is_the_grounds_not_only_the_words_before_it() -> None:
    """In "I was sort of against it, because we had only two drivers for six routes" the
    reason is what follows "because": it is credited there, in full, and not only at the hedged
    words where the sentence's "I … because" begins."""
    answer = ("The owner wanted a second delivery round. I was sort of against it at first, "
              "because we had only two drivers for six routes.")
    reasons = [e for e in analyze(answer).of("grounds") if e.strength > 0]
    assert any(answer[e.at:].startswith("we had only two drivers") and e.strength == 1.0
               for e in reasons), reasons


@pytest.mark.parametrize(("text", "kind", "found"), [
    # the candidate's view told of the thing it is about, inside someone else's sentence
    ("The head of year chose a revision timetable that I thought was a mistake for Year 11.",
     "disagreement", True),
    ("The head of year chose a revision timetable that she thought was a mistake for Year 11.",
     "disagreement", False),
    # the loss accepted and the work taken on
    ("She decided to keep the old rota. I accepted that and got on with it.", "commitment", True),
    ("She decided to keep the old rota. I accepted the job and got on with it.", "commitment",
     False),
])
def test_a_view_and_a_commitment_told_in_passing(text: str, kind: str, found: bool) -> None:
    assert bool(credited(text, kind)) is found, text
