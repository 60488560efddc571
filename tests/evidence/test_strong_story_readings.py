"""Readings that kept strong stories from their credit: a step of looking into a problem told in
the present, a routine the candidate kept up told with "would", and the insight behind a new idea.
Each case is an answer of our own with a near miss that must keep its old reading."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import credit_cue
from roundtable.evidence.reading import read_answer
from roundtable.evidence.text import sentences
from roundtable.scoring import telling

_PAST_STORY = ("Last year I ran the goods-in team at a garden centre. Deliveries were checked "
               "on paper and we lost about forty plants a month to damage nobody logged. ")


def _mode_of(answer: str, opening: str) -> str:
    return next(c.mode for c in read_answer(sentences(answer)) if c.text.startswith(opening))


@pytest.mark.parametrize("step", [
    "I look at three months of the damage notes",
    "I see that most of it came from one supplier",
    "I compare the notes with the delivery times",
])
def test_looking_into_the_problem_in_the_present_is_a_step_of_a_past_story(step: str) -> None:
    answer = f"{_PAST_STORY}So {step}. Then I rang the supplier and we agreed new trays."
    assert _mode_of(answer, "So I") == "fact"


def test_the_same_verbs_in_an_answer_with_no_past_story_stay_a_habit() -> None:
    answer = ("I run goods-in at a garden centre. When a delivery comes in I look at the damage "
              "notes first, and usually I compare them with the delivery times.")
    assert _mode_of(answer, "When a delivery") == "habitual"


_ROUTINE = ("I asked him to run the handover for the two new starters, and I'd stand back and "
            "watch and give him feedback after, one thing at a time.")


@pytest.mark.parametrize(("sentence", "opening", "mode"), [
    (_ROUTINE, "and I'd stand", "habitual"),
    ("We agreed the plan with the council, and we would walk the site with them before the "
     "pour.", "and we would walk", "habitual"),
    # a condition, a promise, an expectation or a lesson keeps "would" imagined
    ("I knew it was risky, and I would need the director to sign it off.", "and I would need",
     "hypothetical"),
    ("I told him I would cover his picks myself.", "I would cover", "hypothetical"),
    ("I took the ticket on Monday, and I'd send the fix by Friday.", "and I'd send",
     "hypothetical"),
    ("If he got stuck, I would step in and show him.", "I would step", "hypothetical"),
    ("I moved her onto days, and next time I would ask her first.", "and next time",
     "hypothetical"),
    ("I moved her onto days, and I would always ask people first.", "and I would always",
     "hypothetical"),
])
def test_a_would_joined_to_a_past_step_is_a_routine_of_the_story(
        sentence: str, opening: str, mode: str) -> None:
    assert _mode_of(_PAST_STORY + sentence, opening) == mode


def test_a_routine_of_the_story_earns_a_cue_and_a_plan_earns_none() -> None:
    cue = r"\b(gave|give|giving) (him|her|them) (\w+ ){0,2}feedback\b"

    def earned(answer: str) -> float:
        clause = next(c for c in analyze(answer).clauses if "feedback" in c.text)
        at = answer.index("give him feedback")
        return credit_cue(cue, clause, at, at + len("give him feedback"))

    assert earned(_PAST_STORY + _ROUTINE) == 1.0
    assert earned("With a new starter I'd always stand back and watch, and I'd give him "
                  "feedback after, one thing at a time.") == 0.0


def _idea_score(answer: str) -> int:
    review = roundtable.review(answer, competency="invent-and-simplify")
    return next(c.score for c in review.scores.criteria if c.id == "new-idea")


_SCENE = ("At the bakery we threw away about sixty loaves a week because the morning bake was "
          "guessed from the day before. ")


@pytest.mark.parametrize("insight", [
    "So my idea was simple: bake to the pre-orders and the weather forecast.",
    "I worked out that the problem wasn't the ovens, it was that nobody saw the pre-orders.",
    "The real problem wasn't the recipe but the timing of the second bake.",
])
def test_the_insight_behind_a_new_idea_is_credited(insight: str) -> None:
    answer = (f"{_SCENE}{insight} I put the pre-order sheet next to the oven and we baked the "
              "second batch at ten instead of six. Waste fell to about fifteen loaves a week.")
    assert _idea_score(answer) >= 2


def test_someone_elses_idea_is_not_the_candidates_insight() -> None:
    answer = (f"{_SCENE}My manager's idea was to buy a new proving cabinet. I put the pre-order "
              "sheet next to the oven and we baked the second batch at ten. Waste fell to "
              "about fifteen loaves a week.")
    assert _idea_score(answer) == 1


@pytest.mark.parametrize("owned", [
    "The pilot site found a rounding error I'd missed, which could have over-dosed a child.",
    "I’d overlooked the second loading bay when I wrote the plan.",
    "I'd made a mistake in the rota, so two of us were off on the Saturday.",
])
def test_a_slip_owned_with_id_is_owned_as_with_i_had(owned: str) -> None:
    assert "failure_owned" in {e.kind for e in analyze(owned).evidence}


@pytest.mark.parametrize(("told", "owned"), [
    ("I went back to the van and found I'd wired the second socket backwards.", True),
    ("I signed the job sheet off before I'd tested the earth bond, because I was running late.",
     True),
    # the fault found, with no hand of the candidate's in it
    ("I went back to the van and found the second socket had been wired backwards.", False),
])
def test_a_slip_found_in_the_candidates_own_work_is_owned(told: str, owned: bool) -> None:
    assert ("failure_owned" in {e.kind for e in analyze(told).evidence}) is owned


def test_someone_elses_slip_told_with_id_is_not_the_candidates() -> None:
    found = analyze("She told me she'd missed the rounding error, so I fixed it that night.")
    assert "failure_owned" not in {e.kind for e in found.evidence}


def test_an_error_i_made_is_owned_and_one_she_made_is_not() -> None:
    assert "failure_owned" in {e.kind for e in analyze(
        "The one I think of is a billing error I made on a care home's account.").evidence}
    assert "failure_owned" not in {e.kind for e in analyze(
        "The one I think of is a billing error she made on a care home's account.").evidence}


def _candor(answer: str) -> int:
    review = roundtable.review(answer, competency="earn-trust")
    return next(c.score for c in review.scores.criteria if c.id == "candor")


def test_news_told_without_dressing_it_up_is_more_candid_than_the_same_call_without() -> None:
    told = ("I had double-booked the hall for two funerals in March. I rang both families that "
            "morning and I didn't dress it up, and I offered them the chapel. ")
    wished = ("I had double-booked the hall for two funerals in March. I rang both families that "
              "morning, and I offered them the chapel. ")
    assert _candor(told) > _candor(wished)


def _employer(answer: str, criterion: str) -> int:
    review = roundtable.review(answer, competency="strive-to-be-earths-best-employer")
    return next(c.score for c in review.scores.criteria if c.id == criterion)


_DEPOT = ("I was shift manager at a parcel depot with twenty sorters, and absence on nights was "
          "twice the days'. ")


def test_what_people_said_in_their_one_to_ones_is_noticing_them() -> None:
    noticed = _DEPOT + ("In one-to-ones the sorters kept saying the same thing: the 3am break "
                        "was too late to eat. I moved the break to 1am and absence halved.")
    unnoticed = _DEPOT + "I moved the break to 1am and absence halved."
    assert _employer(noticed, "noticed-people") > _employer(unnoticed, "noticed-people")


def test_asking_each_person_in_turn_is_every_voice_heard() -> None:
    asked = _DEPOT + ("I sat with each sorter and asked what made nights harder. Two said the "
                      "scanners froze in the cold, so I got the heaters fixed that week.")
    told = _DEPOT + "I got the heaters fixed that week because the scanners froze in the cold."
    assert _employer(asked, "every-voice") > _employer(told, "every-voice")


def _team_bar(answer: str) -> int:
    # The reading's credit for the bar, without the telling model's lift of the whole story.
    with telling.without():
        review = roundtable.review(answer, competency="insist-on-the-highest-standards")
    return next(c.score for c in review.scores.criteria if c.id == "raised-team-bar")


_KITCHEN = ("I was head chef at a hotel kitchen when an allergen audit found two dishes with "
            "sesame missing from the menu card. I pulled both dishes that night and rewrote "
            "the cards myself. ")


@pytest.mark.parametrize("taught", [
    "The next week I ran a short refresher on reading supplier labels for the whole team.",
    "Then I trained the commis chefs to check every new delivery against the allergen sheet.",
    "The banqueting team adopted my allergen sheet for their menus too.",
    "We now check the allergen sheet before every menu change goes live.",
])
def test_a_bar_taught_to_the_team_or_taken_up_by_it_raises_the_teams_bar(taught: str) -> None:
    assert _team_bar(_KITCHEN + taught) > _team_bar(_KITCHEN + "The audit passed in May.")


@pytest.mark.parametrize(("sentence", "loose"), [
    # a count given roughly is still a count
    ("Maybe two or three a day came in from the night shift.", False),
    ("It was probably about forty tickets over three weeks.", False),
    ("Maybe the night shift was the problem, I never found out.", True),
    # a look back at the story is no generic "if I had…"
    ("If I hadn't noticed the pattern, the proxy would have stayed capped all term.", False),
    ("If I had to pick one thing, I always listen before I act.", True),
])
def test_a_rough_count_and_a_look_back_do_not_loosen_a_story(sentence: str, loose: bool) -> None:
    found = analyze("I ran the IT service desk at a college in 2022. " + sentence)
    assert bool(found.sentences[-1].loose) == loose


def _adapt(answer: str, criterion: str) -> int:
    review = roundtable.review(answer, competency="adaptability")
    return next(c.score for c in review.scores.criteria if c.id == criterion)


_OUTAGE = ("Two hours before a 90-guest dinner the hall's power failed. I moved the mains onto "
           "the gas rings and we served twenty minutes late. ")


def test_acting_without_knowing_is_acting_under_uncertainty() -> None:
    unknown = _OUTAGE + "We didn't know if the electrician would come before the meal."
    assert _adapt(unknown, "acting-under-uncertainty") > _adapt(
        _OUTAGE + "The electrician came after the meal.", "acting-under-uncertainty")


def test_telling_people_what_was_changing_keeps_them_steady() -> None:
    told = _OUTAGE + "I told the host and the hall manager exactly what was changing."
    assert _adapt(told, "steadying-others") > _adapt(
        _OUTAGE + "The host and the hall manager were there.", "steadying-others")
