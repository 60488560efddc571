"""Substance told tersely or in plain words is read for what it is (issue 8, "Robust to voice").

A plain teller gives a reason without "because" ("lifting him by the arms can break his
shoulder"), opens a line on a thing with no article ("Queue was growing"), tells a step after a
time with none ("Next day I call the supplier"), asks what would help and agrees a way of
working with the other side, tells an outcome as the loss that never came ("No family left
us", "No injury.") or as their way taken up ("she copied what I did into our emergency plan").
Each is credited where it belongs; the look-alikes that tell nothing of the kind stay unread.
"""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze


def credited(answer: str, kind: str) -> list[str]:
    """The quotes of `answer` where `kind` earns credit."""
    return [e.quote for e in analyze(answer).of(kind) if e.strength > 0]


def cued(answer: str, competency: str, criterion: str) -> bool:
    """Whether one of the criterion's cues earns credit in `answer`."""
    found = next(c for c in competencies()[competency].criteria if c.id == criterion)
    return any(e.strength > 0 for e in analyze(answer).matches(found.cues, "cue"))


def clause(answer: str, text: str) -> tuple[str, str, str]:
    """Actor, mode and role of the clause of `answer` that starts with `text`."""
    read = next(c for c in analyze(answer).clauses if c.text.startswith(text))
    return read.actor, read.mode, read.role


SCENE = "Last March our canteen was losing money and the queue at lunch was too long. "
STEP = "I rewrote the order sheet with the cook. "


@pytest.mark.parametrize("step", [
    "Next day I call the supplier.",
    "Next morning I rang the depot.",
    "Following week we moved the deliveries to Tuesday.",
])
def test_a_time_without_its_article_opens_the_tellers_step(step: str) -> None:
    actor, _, _ = clause(SCENE + step + " The queue got shorter.", step[:14])
    assert actor in ("candidate", "team"), step


@pytest.mark.parametrize("line", [
    "Queue was growing at lunch and people walked out.",
    "Stock was short that week.",
    "Printer kept jamming on the night run.",
])
def test_a_thing_opening_a_terse_line_is_no_person(line: str) -> None:
    actor, _, _ = clause(SCENE + line + " " + STEP, line[:8])
    assert actor != "other", line


def test_a_name_opening_a_line_is_still_a_person() -> None:
    actor, _, _ = clause(SCENE + "Priya pushed back on the new rota. " + STEP, "Priya")
    assert actor == "other"


def test_a_department_that_acts_is_someone_else() -> None:
    actor, _, _ = clause(SCENE + STEP + "Payroll reversed the duplicate.", "Payroll")
    assert actor == "other"


@pytest.mark.parametrize("outcome", [
    "No family left us.",
    "Not one customer cancelled.",
    "No accident in that time.",
    "No injury.",
    "After one month we had no empty shelves on a Friday.",
    "When the manager came back she copied what I did into our emergency plan.",
    "It became standard on the ward.",
])
def test_a_loss_that_never_came_or_a_way_taken_up_is_the_result(outcome: str) -> None:
    told = SCENE + STEP + "I checked it every day for a month. " + outcome
    assert credited(told, "result"), outcome


@pytest.mark.parametrize("line", [
    "No one answered the phone.",
    "I had no idea what to do.",
])
def test_a_plain_no_in_the_telling_is_no_result(line: str) -> None:
    told = SCENE + STEP + "I checked it every day for a month. " + line
    assert not credited(told, "result"), line


@pytest.mark.parametrize("step", [
    "I asked what would help.",
    "I went up and asked the nurse in charge what was stopping them.",
    "I first asked her what was hard about it.",
])
def test_asking_what_would_help_is_listening(step: str) -> None:
    assert credited(SCENE + step + " She said the rota.", "empathy"), step


def test_asking_the_time_is_no_listening() -> None:
    assert not credited(SCENE + "I asked what time the van was due.", "empathy")


@pytest.mark.parametrize("step", [
    "So we agreed a simple thing: I ring before I set off.",
    "She and I worked out a signal for when the bay was free.",
    "The two of us drew up a new handover sheet.",
])
def test_a_way_of_working_agreed_with_the_other_side_is_collaboration(step: str) -> None:
    assert credited(SCENE + step, "collaboration"), step


def test_agreeing_alone_is_no_collaboration() -> None:
    assert not credited(SCENE + "We agreed that it was too late.", "collaboration")


@pytest.mark.parametrize("reason", [
    "I said no: lifting him by the arms can break his shoulder.",
    "A wrong delivery signed blind couldn't be fixed later.",
    "Checking it could wait ten minutes.",
    "I said the care plan says hoist and two staff.",
])
def test_a_reason_told_without_because_is_grounds(reason: str) -> None:
    told = "One night a resident fell and the agency nurse wanted to lift him. " + reason
    assert credited(told, "grounds"), reason


@pytest.mark.parametrize("line", [
    "I could wait for the bus or walk.",
    "The printer can break down in winter.",
])
def test_a_modal_that_weighs_nothing_is_no_grounds(line: str) -> None:
    assert not credited("Last year I worked nights at a depot. " + line, "grounds"), line


def test_understanding_checked_by_having_it_said_back_is_listening() -> None:
    told = ("Many of my crew nodded but did not understand the safety talk. So after the talk I "
            "asked one man to say it back to me in his own words.")
    assert cued(told, "communication", "listening")


def test_everyone_blaming_each_other_is_friction_named() -> None:
    told = ("Everyone was blaming each other. I went up in a quiet hour and talked to the nurse "
            "in charge.")
    assert cued(told, "teamwork", "friction")


@pytest.mark.parametrize("outcome", [
    "After one month I am middle of the team for speed.",
    "After three months I was top two on the line.",
])
def test_where_the_teller_stood_after_the_time_told_is_the_result(outcome: str) -> None:
    told = ("Last year they moved me to the sewing line and I was the slowest. I took photos of "
            "every screen and asked the fitter to show me the fixes. I came in early every day. "
            + outcome)
    assert credited(told, "result"), outcome


def test_a_step_after_the_time_told_is_no_result() -> None:
    told = ("Last year they moved me to the sewing line and I was the slowest. I took photos of "
            "every screen. I came in early every day. After two weeks I do small fixes myself.")
    assert not credited(told, "result")


def test_the_post_the_story_left_them_in_is_the_result() -> None:
    told = ("Last year they moved me to the sewing line and I was the slowest. I made my own book "
            "of the error codes. Now I am trainer for new people on this line.")
    assert credited(told, "result")
    # a lesson told in the present is still a lesson, not a post
    actor, _, role = clause("Last year I rushed a delivery and got it wrong. Now I am more "
                            "careful with the labels.", "Now I am")
    assert (actor, role) == ("candidate", "reflection")


def test_a_thing_of_mine_is_not_my_step() -> None:
    told = ("Last year they moved me to the sewing line. I asked the fitter to show me the fixes. "
            "I came in early for a month. Downtime on my machine was down to 40 minutes a week.")
    actor, _, role = clause(told, "Downtime")
    assert (actor, role) == ("none", "result")


def test_what_someone_says_of_the_teller_is_theirs() -> None:
    told = ("I was slowest on the line. Team leader, Priya, she says maybe I go to packing "
            "instead. I said give me one month.")
    actor, _, _ = clause(told, "Team leader")
    assert actor == "other"


@pytest.mark.parametrize("step", [
    "I asked the maintenance guy, Gary, to show me how to change the needle.",
    "I asked the head chef to teach me the sauces.",
])
def test_asking_someone_to_teach_the_new_thing_is_curiosity(step: str) -> None:
    assert credited("They moved me to a new line last spring. " + step, "curiosity"), step


def test_a_thought_told_is_no_hedge() -> None:
    told = "They moved me to a new line last spring. First two weeks I think about leaving."
    assert not credited(told, "hedge")
    assert credited("They moved me last spring. I think the manager was annoyed.", "hedge")


def test_time_lost_is_counted_not_vague() -> None:
    told = "When the machine stops, the operator waits for maintenance, this is big time lost."
    assert not credited(told, "vague")


@pytest.mark.parametrize(("line", "kind"), [
    ("And then I asked her, like, what do you think I should stop doing.", "empathy"),
    ("I said, look, I got that wrong, and I'm sorry.", "trust"),
    ("I told the team I'd changed the rota without asking and that was a mistake.", "trust"),
])
def test_asking_for_their_view_and_owning_the_mistake_to_them(line: str, kind: str) -> None:
    told = "Last year I was promoted over my old colleagues and I pulled Sandra up in a huddle. "
    assert credited(told + line, kind), line


@pytest.mark.parametrize(("line", "kind"), [
    ("What I do now: check what the model assumes before I argue with it.", "learning"),
    ("What I'd change: check the Wi-Fi on day 2, not day 17.", "learning"),
    ("We still weigh the buckets one week every month.", "learning"),
    ("I got one bit wrong. I cut the parasols the same way.", "failure_owned"),
    ("One thing didn't work. The sheet got messy.", "failure_owned"),
])
def test_a_lesson_or_a_miss_told_as_a_terse_note(line: str, kind: str) -> None:
    told = "Last spring I cut the rattan order by a quarter and moved the money to steel. "
    assert credited(told + line, kind), line


ROOFS = "After the hurricane the owner wanted one roof a day from every crew. "


@pytest.mark.parametrize(("line", "kind"), [
    ("In the second week I noticed Luis was too tired and ready to quit.", "wellbeing"),
    ("I gave him Sunday off every week and covered his place myself.", "wellbeing"),
    ("So I changed how we work.", "decision"),
    ("I told the owner we do five roofs in a week, not seven, but zero callbacks.",
     "prioritization"),
    ("I showed the others my list, and everyone in the crew does it now.", "influence"),
    ("I also started checking every roof with a list before we call the customer.", "learning"),
])
def test_a_lead_told_plainly_is_credited(line: str, kind: str) -> None:
    assert credited(ROOFS + line, kind), line


@pytest.mark.parametrize(("line", "kind"), [
    ("I gave him the keys and he went home.", "wellbeing"),
    ("He wants to leave early on Fridays for football.", "wellbeing"),
    ("The roof was done in a day, not two, and it rained after.", "prioritization"),
])
def test_the_look_alikes_of_a_lead_told_plainly_are_not(line: str, kind: str) -> None:
    assert not credited(ROOFS + line, kind), line


def test_a_post_reached_in_a_trade_is_the_result() -> None:
    told = ROOFS + "I gave Luis the tear-off team to run. He stayed. Now he is foreman also."
    assert credited(told, "result")


def test_doing_it_the_other_crews_way_puts_the_team_first() -> None:
    told = ("Their airline uses a different hold layout from ours. I asked him how he wanted it "
            "before we started. I did it his way.")
    assert cued(told, "teamwork", "team-first")


SITE = ("Many men on my site nodded at the safety talk but did not understand it. So I did three "
        "things. ")


@pytest.mark.parametrize("line", [
    "In the morning, after his talk, I said the main point again in Romanian.",
    "I wrote the list in Spanish and English.",
    "I printed pictures with a big red X, not words.",
])
def test_said_in_their_language_or_shown_in_pictures_is_communication(line: str) -> None:
    assert credited(SITE + line, "communication"), line


def test_a_language_named_in_passing_is_no_communication() -> None:
    assert not credited("I grew up in Poland and moved here in 2015.", "communication")


def test_a_routine_set_up_as_a_numbered_step_is_a_step() -> None:
    told = SITE + "Third, every morning I ask one man to say back to me what is today's danger."
    assert cued(told, "communication", "listening")


def test_a_habit_claimed_as_a_numbered_step_is_no_step() -> None:
    told = "Third, I always make sure every morning that everyone understood the talk."
    assert not credited(told, "action")


FLOOD = "One Sunday night a pipe burst and flooded the baby room at our nursery. "


@pytest.mark.parametrize(("line", "kind"), [
    ("I rang Ofsted to ask what we needed to do to use another place.", "curiosity"),
    ("We moved to the church hall temporarily.", "adaptation"),
])
def test_finding_out_what_the_change_requires_and_a_stand_in(line: str, kind: str) -> None:
    assert credited(FLOOD + line, kind), line


def test_asking_the_time_of_a_thing_is_no_curiosity() -> None:
    assert not credited(FLOOD + "I rang the landlord to ask what time he would come.",
                        "curiosity")


def test_the_job_shown_then_watched_is_mentoring() -> None:
    told = ("Our new assistant was unsure, so I gave her one reading group. For two weeks I ran "
            "the group and she watched. Then she ran it and I watched.")
    assert credited(told, "mentoring")
    assert cued(told, "hire-and-develop-the-best", "room-to-lead")


def test_a_labelled_bullet_heads_its_own_sentences_only() -> None:
    told = ("- I'm a picker in a warehouse that does car parts.\n"
            "- Problem: brake pads look the same. Codes differ by one digit.\n"
            "- I noticed most mis-picks came from the same three bays.\n"
            "- Asked my shift lead. I bought the tape myself.")
    assert clause(told, "Codes differ")[2] == "dispute"
    assert clause(told, "I noticed")[2] != "dispute"
    assert clause(told, "I bought")[2] == "action"


HOTEL = ("Last year our check-out time was 10am and guests complained about it. For four weeks "
         "I wrote down how many rooms were booked again. I went through last year's reviews. ")


@pytest.mark.parametrize(("line", "kind"), [
    ("I'd talked to the head housekeeper already and she was fine with it.", "influence"),
    ("So the owner said try two months.", "influence"),
    ("What worked was not arguing the first time, and bringing her numbers.", "learning"),
    ("Then I asked the owner for ten minutes.", "raised"),
    ("I asked to try one bay first.", "experiment"),
    ("One bay for two weeks.", "experiment"),
    ("Nothing to learn, you just see it.", "simplification"),
    ("The colour is quicker than reading digits.", "simplification"),
])
def test_a_case_made_and_tried_small_told_plainly(line: str, kind: str) -> None:
    assert credited(HOTEL + line, kind), line


@pytest.mark.parametrize(("line", "kind"), [
    ("One ward was closed that winter.", "experiment"),
    ("We had one bay for the returns.", "experiment"),
    ("Nothing to report from the night.", "simplification"),
])
def test_the_look_alikes_of_a_case_tried_small(line: str, kind: str) -> None:
    assert not credited(HOTEL + line, kind), line


GROWN = ("Over five years my plumbing firm grew to six vans, all parked on my road overnight. A "
         "neighbour knocked one day and said he hadn't slept past seven in a year. ")


@pytest.mark.parametrize(("line", "kind"), [
    ("I'd been so busy growing I hadn't noticed I'd become the problem on the street.",
     "failure_owned"),
    ("Now I think about parking and noise for the neighbours before we begin.", "broad_impact"),
])
def test_a_business_that_outgrew_its_street_told_plainly(line: str, kind: str) -> None:
    assert credited(GROWN + line, kind), line


def test_thinking_about_something_is_no_hedge_in_the_reading() -> None:
    _, mode, _ = clause(GROWN + "I apologised to him. I think about parking before we begin.",
                        "I think about")
    assert mode != "hedged"


def test_an_old_hand_put_beside_a_new_one_is_working_together() -> None:
    told = ("My line was always last because the three new people were slow. I asked the "
            "supervisor to put one old worker next to one new worker at weighing for a week.")
    assert credited(told, "collaboration")


@pytest.mark.parametrize("line", [
    "The three old ones were angry with the new people.",
    "After two weeks the old workers stopped being angry.",
])
def test_anger_between_the_teams_own_people_is_friction_named(line: str) -> None:
    assert cued("My line was always last. " + line, "teamwork", "friction"), line
