"""A story told as terse notes is read as the same story told in full sentences: a check and what
it showed is digging into the cause, a line with no "I" owning a miss or setting a case in
writing is theirs, a rate and a level held are outcomes, and a feeling of the people a line is
about is not the teller's."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_actor, read_role

SCENE = ("Laundromat, twelve machines, I was shift lead. Dryer 4 was slow and customers wanted "
         "refunds.")


def _kinds(text: str, at: int) -> frozenset[str]:
    return analyze(text).sentences[at].kinds


@pytest.mark.parametrize("pair", [
    "- Felt the vent outside. Barely any air.",
    "- Timed a load against dryer 5. Double the time.",
    "- Checked the lint screen. Clean.",
    "- I opened the back panel. Element fine.",
])
def test_a_check_and_what_it_showed_is_digging(pair: str) -> None:
    assert "deep_dive" in _kinds(f"{SCENE}\n{pair}\n- Cleared the duct.\nRefunds stopped.", 2)


def test_a_measurement_and_its_reading_is_data_got() -> None:
    kinds = _kinds(f"{SCENE}\n- Timed a load against dryer 5. Double the time.\n"
                   "- Cleared the duct.\nRefunds stopped.", 2)
    assert {"deep_dive", "data"} <= kinds
    # a look that measures nothing is digging, not data; nor is a part pulled off
    kinds = _kinds(f"{SCENE}\n- Pulled the duct off the wall. Packed with lint.\n"
                   "- Cleared the duct.\nRefunds stopped.", 2)
    assert "deep_dive" in kinds
    assert "data" not in kinds


@pytest.mark.parametrize("pair", [
    # a call on people, and how someone took it, look at nothing
    "- Called the owner. Furious.",
    "- Checked in with both after a week. No more arguments.",
    # what was watched may be anything
    "- Watched a lot of videos. Nothing useful.",
    # a check followed by someone's step is no finding
    "- Checked the lint screen. The owner bought a new filter.",
    # a long check tells its own finding, if it has one
    "- Looked at the back of the twelve machines in the shop over two full afternoons with the "
    "owner's brother. Nothing.",
])
def test_a_step_and_a_terse_line_after_it_is_no_digging(pair: str) -> None:
    assert "deep_dive" not in _kinds(f"{SCENE}\n{pair}\n- Cleared the duct.\nRefunds stopped.",
                                     2)


def test_a_thing_the_answer_names_in_the_plural_is_not_a_name() -> None:
    story = "Customers kept asking for refunds."
    assert read_actor("Refund requests for that dryer stopped.",
                      common=frozenset(story.lower().rstrip(".").split())) == "none"
    # with nothing to show it is a thing, a capitalised singular is still taken as a name
    assert read_actor("Ravi requests for the dryer stopped.") == "other"


def test_a_feeling_of_the_people_a_line_is_about_is_not_the_tellers() -> None:
    story = ("Call centre, team of nine, I was the new team lead. Two agents not speaking to each "
             "other after a shouting match over shared leads.\n- Talked to each one alone first.\n"
             "- Split the leads by surname.\nNo more arguments.")
    assert not [f for f in analyze(story).flags if f.kind == "emotional"]
    # the teller's own still counts
    own = story.replace("Two agents not speaking", "I was furious with two agents not speaking")
    assert [f for f in analyze(own).flags if f.kind == "emotional"]


@pytest.mark.parametrize("text", ["No more arguments.", "no more skipping"])
def test_trouble_gone_late_in_the_story_is_how_it_came_out(text: str) -> None:
    assert read_role(text, "none", "negated", 0.9, None, False) == "result"


@pytest.mark.parametrize(("text", "kind"), [
    # a rate, one count in another
    ("Errors down to under 1 in 200.", "metric"),
    ("About one tray in five rejected.", "metric"),
    # a terse line owning a miss, its "I was" left out
    ("- Wrong about one aisle: errors there were from a scanner fault.", "failure_owned"),
    # a case set down in writing
    ("- Put it in writing to her with the numbers.", "raised"),
    # a stretch of records pulled
    ("- Pulled a week of errors.", "data"),
])
def test_terse_lines_carry_their_kind(text: str, kind: str) -> None:
    assert kind in _kinds(f"{SCENE}\n{text}\nRefunds stopped after that.", 2)


@pytest.mark.parametrize("text", [
    # how long something took is no rate
    "Finished one report in two days.",
    "Started at 2 in the morning.",
])
def test_a_count_and_a_time_is_no_rate(text: str) -> None:
    assert "metric" not in _kinds(f"{SCENE}\n{text}", 2)



@pytest.mark.parametrize("text", ["Packed with lint behind the bend.", "Blocked by a pallet.",
                                  "Frozen solid.", "Stuck at the same depot."])
def test_the_state_a_thing_was_found_in_is_no_step_of_the_tellers(text: str) -> None:
    assert read_actor(text) == "none"


@pytest.mark.parametrize("text", ["Packed the van.", "Replaced with a new one.",
                                  "Stuck with it for a month."])
def test_the_same_words_before_an_object_or_done_are_steps(text: str) -> None:
    assert read_actor(text) == "candidate"


def test_whose_a_thing_was_does_not_make_the_bullets_ours() -> None:
    from roundtable.evidence.reading import understood_subject

    notes = ("- Our braised short rib had come out tough.\n- I pulled it for the night.\n"
             "- Cost us maybe £300 margin.")
    assert understood_subject(notes) == "candidate"
    # a story told as "we" does make them so
    assert understood_subject(notes + "\n- We moved it to the slow oven.") == "team"


@pytest.mark.parametrize(("text", "actor"), [
    ("Monday: moved the braise to the overnight slow oven", "candidate"),
    ("9am: rang the depot", "candidate"),
    ("Day 2: the client called back", "other"),
])
def test_a_time_heading_is_no_part_of_the_line(text: str, actor: str) -> None:
    assert read_actor(text) == actor


@pytest.mark.parametrize("text", ["No lost parcels in that area since the switch.",
                                  "No complaints since the upgrade."])
def test_since_an_event_of_the_story_is_a_time_not_a_reason(text: str) -> None:
    assert read_role(text, "none", "negated", 0.9, None, False) != "grounds"
