"""A story told in the present by someone whose English is a second language is a story.

"She call three times in one week" is not a habit: the missing "-s" marks a speaker whose
present tense tells the past, and the steps of such a story are read as told.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

STORY = (
    "In my job at the hotel, one guest, a businessman, he ask for a quiet room two times and "
    "nobody change it. At breakfast he is very angry and say he leave today. I tell him I will "
    "find him a room myself before lunch. I check every floor with housekeeping and I find one "
    "at the back, and at two o'clock I move his bags myself. He thank me in the evening and he "
    "book again for his next trip. After this I ask my manager to mark quiet rooms in the system."
)


def test_the_steps_are_read_as_told_not_as_habits() -> None:
    analysis = analyze(STORY)
    own = [c for c in analysis.clauses if c.by_candidate]
    assert not analysis.has("hypothetical") and not analysis.has("no_story")
    told = [c for c in own if c.mode == "fact"]
    assert len(told) >= len(own) / 2, [(c.text, c.mode) for c in own]


def test_the_review_says_what_the_story_shows() -> None:
    review = roundtable.review(STORY, competency="customer-obsession")
    assert {f.kind for f in review.flags} <= {"too_short"}, review.flags
    # A specific story with a kept promise and a guest who came back: far from the bottom band.
    assert review.verdict.score >= 2.5, review.verdict


# Opens in the past ("When I was working…", "I wrote…") and goes on in the present.
MIXED = (
    "When I was working at the bakery, the big oven was stopping many times and everybody was "
    "saying it is the landlord problem. Nobody report it properly. I decide to take it. I wrote "
    "every stop in a notebook for a month, the hour and what we were baking. I see it stop when "
    "the fan is blocked by the flour. I show this to the engineer and he move the fan cover. "
    "After that it stop only once in six weeks."
)


# The steps after the first in a list share its subject and its present tense.
BAKERY = ("Last winter our bakery lose the big hotel order. I call the manager the same day and "
          "I ask what went wrong. She say the bread come late three times. So I meet the drivers, "
          "explain the problem and change the route so the hotel is first.")


def test_later_steps_of_a_list_in_a_present_telling_are_read_as_told() -> None:
    listed = analyze(BAKERY).sentences[3]
    assert "communication" in listed.kinds  # "explain the problem" is "explained the problem"


def test_a_past_story_keeps_its_list_as_written() -> None:
    from roundtable.evidence.reading import listed_in_past, read_answer
    from roundtable.evidence.text import sentences

    text = "I met the drivers, explained the problem and bought the night baker a new scale."
    assert all(not listed_in_past(c) for c in read_answer(sentences(text)))


# Opened with "there was", lower-case "i", no date: the opening places the story all the same.
OPENED = (
    "i am receptionist in a clinic. there was a patient, young mother, she ring us four times "
    "because her baby vaccine appointment always move. every colleague just give her a new "
    "date. when she ring again i look at the booking and i see the nurse rota has her on a day "
    "the nurse is not working. i fix the rota link with our manager and i call her back myself. "
    "she come the next tuesday and the baby get the vaccine."
)


# Told in the present with no date, day or place in time: the slips into the past around the
# scene ("the truck was already late", "we lost only one hour") place it as one story.
UNDATED = (
    "I was shift supervisor in a cold store. Before the dispatch I walk the loading dock with the "
    "driver and I see the temperature logger on six pallets is not reset. The truck was already "
    "late by forty minutes and the driver tell me it is fine, nobody check this. I explain him "
    "that without the log the supermarket reject the whole load. I reset the logger on every "
    "pallet, I check every label myself and I write the times on the sheet. I call the "
    "supermarket and I tell them the truck come one hour late. He agree to wait. We lost only "
    "one hour and the load was accepted."
)


def test_a_short_past_story_with_a_present_opinion_is_no_present_telling() -> None:
    # Its one past step is no slip from a telling in the present: the opinion after it stays
    # as said, and so does the denial it carries.
    analysis = analyze("Last year I moved our six shops to a cheaper courier and cut the "
                       "delivery bill by a fifth. I don't think there's anything I'd change.")
    assert not any(c.narrated for c in analysis.clauses), analysis.clauses


# Native English in the present, no date: time passing inside the story places it.
LAPSED = (
    "I run the parts desk at a bus garage. Every week the same three parts are out of stock. So "
    "I start writing down the parts the fitters ask for and can't get. After three weeks I've "
    "got 64 lines and it's really only eleven parts. I show the list to the stores manager and "
    "he agrees to raise the minimum stock on those eleven. After two months the fitters wait "
    "for parts about twice a week instead of daily."
)


@pytest.mark.parametrize(("answer", "steps"), [
    (MIXED, ("I decide to take it.", "I show this to the engineer")),
    (OPENED, ("i look at the booking",)),
    (UNDATED, ("I call the supermarket",)),
    (LAPSED, ("I show the list to the stores manager",)),
], ids=["past-then-present", "there-was", "past-slips", "time-passing"])
def test_a_story_told_in_the_present_is_one_story(answer: str, steps: tuple[str, ...]) -> None:
    analysis = analyze(answer)
    assert not analysis.has("hypothetical") and not analysis.has("no_story"), analysis.flags
    told = [c.text for c in analysis.clauses if c.narrated]
    assert all(any(step in t for t in told) for step in steps), told


def test_time_passing_is_what_makes_the_parts_desk_a_story() -> None:
    # the same words with no time passing stay what the candidate does every week
    habit = LAPSED.replace("After three weeks ", "").replace("After two months ", "")
    assert not any(c.narrated for c in analyze(habit).clauses if c.text.startswith("I show"))


# Opened by a move that happened once ("When I joined…") and told on in the present.
JOINED = (
    "When I joined the hospital laundry, I start on the night shift and the machines are "
    "old. It was hard at first. I ask the older workers how to load them and I write notes "
    "in my phone. After two months I run the shift alone."
)
# The same frame around habits: words of recurrence keep them habits.
JOINED_HABITS = (
    "When I joined the hospital laundry, I always check the machines before the shift. Every "
    "night I ask the older workers how to load them. It was hard at first and I was tired."
)


def test_a_story_opened_by_a_move_told_in_the_present_is_told() -> None:
    analysis = analyze(JOINED)
    steps = {c.text: c.mode for c in analysis.clauses}
    assert steps["I ask the older workers how to load them"] == "fact", steps
    assert steps["and I write notes in my phone."] == "fact", steps
    assert not analysis.has("hypothetical"), steps


def test_habits_under_the_same_opening_stay_habits() -> None:
    modes = {c.text: c.mode for c in analyze(JOINED_HABITS).clauses}
    assert [m for t, m in modes.items() if t.startswith(("I always", "Every night"))] == [
        "habitual", "habitual"], modes


# Opened by joining one place, told in the present, dated by a term and a year that pass and
# a number that changed once; nothing else places it in time.
DEPOT = (
    "When I join the regional depot as transport planner, I plan routes for twelve drivers. "
    "Sam, driver who is there fifteen years, he is against my idea to change the paper rota "
    "for an app. I don't force it. First I ask to ride with him for two days, because his "
    "routes are fastest in the depot. I propose to try the app only with my own three vans, "
    "and every week I show him the numbers. Late deliveries of my vans go down from 9% to 4%. "
    "Next month Sam ask to try it on his van, and inside one year all twelve drivers are "
    "using it."
)
# Joining any team ("a new team") is a habit's opening: the same steps stay what they do.
ANY_DEPOT = (
    "When I join a new depot as transport planner, I plan the routes for the drivers. I ask "
    "to ride with the drivers for two days, because their routes are the fastest. I propose "
    "to try an app only with my own vans, and every week I show them the numbers. Next month "
    "the late deliveries go down from 9% to 4%."
)


def test_joining_one_place_and_a_number_that_changed_make_a_present_telling_a_story() -> None:
    steps = {c.text: c for c in analyze(DEPOT).clauses}
    told = steps["I propose to try the app only with my own three vans"]
    assert told.mode == "fact" and told.narrated, steps
    assert steps["First I ask to ride with him for two days"].mode == "fact"
    # a step repeated inside the story is still a repeated step
    assert steps["and every week I show him the numbers."].mode == "habitual"


def test_joining_any_place_keeps_the_steps_after_it_habits() -> None:
    modes = {c.text: c.mode for c in analyze(ANY_DEPOT).clauses}
    assert modes["I plan the routes for the drivers."] == "habitual", modes


OVEN = ("Last spring I am shift lead in the bakery. One Monday the oven breaks and I call the "
        "engineer. He come the same day and I move the bread to the small oven. ")


def test_still_before_the_subject_concedes_and_tells_a_step_of_the_story() -> None:
    """"And still we deliver all orders" is "and yet we delivered them": what came of it."""
    analysis = analyze(OVEN + "And still we deliver all orders, about 300 loaves that day.")
    last = analysis.clauses[-1]
    assert last.mode == "fact" and last.narrated, last
    assert analysis.has("result")
    # a word of recurrence after it still tells a habit
    habit = analyze(OVEN + "And still I check the small oven every morning.").clauses[-1]
    assert habit.mode == "habitual", habit


# "At the end" and "one week after", as a second-language speaker says "in the end" and "a
# week later".
PARCEL = ("I work in post office in the town centre. One Friday an old lady, Mrs Dale, she come "
          "because her parcel to her son is lost two weeks. I call the depot and I wait on hold "
          "long time. ")


@pytest.mark.parametrize(("ending", "words"), [
    ("But at the end they find the parcel in the wrong van.", "they find the parcel"),
    ("One week after she bring biscuits for all the counter staff.", "she bring biscuits"),
], ids=["at-the-end", "one-week-after"])
def test_an_outcome_told_in_second_language_time_words_is_the_result(
        ending: str, words: str) -> None:
    clause = next(c for c in analyze(PARCEL + ending).clauses if words in c.text)
    assert clause.role == "result", clause
    # "at the end of" a thing is a place in time, not the outcome
    early = analyze("At the end of the shift I count the cash with my manager, Tomas. I "
                    "find ten euro missing and we check the receipts together.")
    assert early.clauses[0].role != "result", early.clauses[0]


# A quality engineer's story, told mostly in the present with a few past slips.
MOULDS = (
    "I am working as quality engineer in a plastic parts factory. One customer, big car "
    "company, was complaining about small cracks on a clip, around 2% of parts. My manager "
    "think it is the raw material, because supplier change last month. I was not sure, "
    "because the cracks come only from one of four moulds. I ask to do a small test: same "
    "material, all four moulds, 200 parts each. Result was clear, only mould 3 make cracks. "
    "We find the cooling channel in mould 3 was partly blocked. Maintenance clean it and I "
    "add the cooling check to the weekly maintenance list. After that the cracks go to zero "
    "and customer close the complaint. My manager say next time we test first before we "
    "call the supplier. For me the lesson is to check the data before we decide the cause."
)


def test_what_a_look_turned_up_is_a_step_of_the_story() -> None:
    """"We find the cooling channel … was partly blocked" is what the check found, told in the
    present; "I find it hard" would describe the speaker."""
    clause = next(c for c in analyze(MOULDS).clauses if c.text.startswith("We find"))
    assert clause.mode == "fact", clause
