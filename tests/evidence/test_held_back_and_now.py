"""A stand taken in deeds, and what stands after the story: holding something back after
someone's go-ahead is a disagreement and a call of the teller's own; others doing it the teller's
way "now" is how the story came out; a verbless note of made work out or in place is what the
steps got to."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criteria

KITCHEN = "Sous chef at a 90-cover bistro. The braised short rib had come out tough twice."


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence}


@pytest.mark.parametrize("story", [
    f"{KITCHEN} Owner said serve it, nobody will notice. I pulled it for the night.",
    "My manager wanted to ship it Friday. I held the release until the fix was in.",
    "The client said the samples were fine. I sent them back to the supplier anyway.",
    "The director told me to just send the report as it was. I didn't send it.",
    "Site manager said pour it, the inspector can look later. I stopped the pour.",
])
def test_holding_back_after_a_go_ahead_is_a_stand_and_a_call(story: str) -> None:
    assert {"disagreement", "decision"} <= _kinds(story)


@pytest.mark.parametrize("story", [
    # doing what the go-ahead said is no stand
    "My manager wanted to ship it Friday. I shipped it Friday.",
    f"{KITCHEN} The owner said serve it. I served it and kept an eye on the returns.",
    # the team's step, or one three sentences on, answers nothing the teller was told
    "Our lead said release it. We pulled it together the next week.",
    "The owner said serve it. The room was full. The rain came in. Tickets piled up. "
    "I pulled it for the night.",
    # a hold-back with no go-ahead before it is a step like any other
    f"{KITCHEN} I pulled it for the night.",
])
def test_no_stand_without_a_go_ahead_held_back(story: str) -> None:
    assert "disagreement" not in _kinds(story)


def test_a_stand_in_deeds_is_credited_to_holding_the_line() -> None:
    story = (f"{KITCHEN} Owner said serve it, nobody will notice. I pulled it for the night and "
             "gave front of house the hanger steak as a swap. It cost us about £300. Monday I "
             "moved the braise to the overnight oven and wrote the time on the prep sheet. "
             "Returns on that dish went from two or three a night to none since.")
    analysis = analyze(story)
    assert {"disagreement", "decision"} <= analysis.sentences[3].kinds
    scores = {s.id: s.score for s in score_criteria(
        analysis, get_competency("insist-on-the-highest-standards"))}
    # no "I disagreed", "refused" or "held the release" anywhere: before, no evidence at all
    assert scores["held-the-line"] >= 3


def _role(text: str, clause: str) -> str:
    return next(c.role for c in analyze(text).clauses if clause in c.text)


STORY = ("I was the QA on the mobile team. Nobody tested offline uploads, so I wrote a checklist "
         "for it and ran it before each release. In March it caught a bug that lost claim photos "
         "when the network dropped, and we fixed it before release.")


@pytest.mark.parametrize(("late", "role"), [
    ("The team uses my checklist now for every release.", "result"),
    ("My account manager does the same now.", "result"),
    ("The product team now reads those reasons before each roadmap review.", "result"),
])
def test_others_doing_it_now_is_how_it_came_out(late: str, role: str) -> None:
    assert _role(f"{STORY} {late}", late[:20]) == role


@pytest.mark.parametrize("late", [
    # "right now", "for now", "until now" and "now that" are no state after the story
    "The team is busy with the audit right now.",
    "The old checklist stays in the wiki for now.",
    # the same words at the start set the scene
])
def test_now_that_is_no_later_state_is_no_outcome(late: str) -> None:
    assert _role(f"{STORY} {late}", late[:20]) != "result"


def test_now_at_the_start_of_the_story_is_no_outcome() -> None:
    opening = "The team uses a shared checklist now for every release."
    assert _role(f"{opening} {STORY} It has not lost a photo since.", opening[:20]) != "result"


NOTES = ("- Backend developer at a small agency, booking app for physio clinics.\n"
         "- After a release I found my own bug: reminder texts had the wrong clinic address.\n"
         "- Rang the clinic's operations lead myself that afternoon and told her which site.\n")
# the note sits mid-story: past the opening, short of where any late number is an outcome
AFTER = ("\n- Added a test that checks every address in the template.\n"
         "- Sent the lead a written note of what broke.\n- She told my boss she was glad to hear "
         "it from us.\n- The clinic renewed the contract.")


@pytest.mark.parametrize("note", [
    "- Hotfix out the same evening.",
    "- Fix live by Friday.",
    "- New rota in place the next week.",
])
def test_made_work_out_in_a_note_is_what_the_steps_got_to(note: str) -> None:
    assert _role(f"{NOTES}{note}{AFTER}", note[2:12]) == "result"


@pytest.mark.parametrize("note", [
    # awaited, or how long it took, is no work out
    "- ~40k parcels due out that day.",
    "- Mock-up in 2 days.",
])
def test_a_note_that_tells_no_work_out_is_not_read_as_one(note: str) -> None:
    assert _role(f"{NOTES}{note}{AFTER}", note[2:12]) != "result"


def test_made_work_out_at_the_opening_sets_the_scene() -> None:
    text = ("- Fix live by Friday, that was the ask.\n- I was the only backend developer.\n"
            "- Found the bug in the template, rang the clinic, wrote a test, got it merged.\n"
            "- Clinic renewed the contract.")
    assert _role(text, "Fix live") != "result"


# A story whose last part the cases below complete; their clause sits past the result zone.
YARD = ("Night shift at a cold-chain depot, I was yard lead. At 2am a reefer with vaccines for "
        "three practices alarmed. The manager was not answering, so I moved all 18 cages to an "
        "empty reefer in 25 minutes and rang the pharmacy's out-of-hours line myself.")


@pytest.mark.parametrize("late", [
    "They cleared the stock.",
    "The car's been fine for over a year.",
    "The new cycle has held for six months now.",
    "It went to the whole hotel the next year.",
    "Back injuries, there was one the next winter, not three.",
])
def test_how_it_stood_later_is_the_outcome(late: str) -> None:
    assert _role(f"{YARD} {late}", late[:15]) == "result"


@pytest.mark.parametrize("late", [
    # the teller's own practice kept is no outcome of the story
    "I have done it that way for over a year.",
    # the next day is still the story's own time
    "The manager rang me the next day.",
])
def test_the_tellers_practice_or_the_next_day_is_no_outcome(late: str) -> None:
    assert _role(f"{YARD} {late}", late[:15]) != "result"


def test_a_state_held_at_the_opening_sets_the_scene() -> None:
    opening = "The old fridge had been failing for over a year."
    assert _role(f"{opening} {YARD} They cleared the stock.", opening[:15]) != "result"


@pytest.mark.parametrize(("said", "role"), [
    # what might have been done better, looking back
    ("I think if I'd noticed her earlier I might have kept her longer.", "reflection"),
    ("I suppose I could have raised it a week sooner.", "reflection"),
    ("If I had checked the retry logic properly, it would never have shipped.", "reflection"),
])
def test_a_step_the_teller_would_have_done_better_is_reflection(said: str, role: str) -> None:
    assert _role(f"{YARD} {said}", said[:15]) == role


@pytest.mark.parametrize("said", [
    # the grounds for what was done, not a lesson
    "If I'd waited for him to call back, we'd have lost most of it.",
    "I could've waited till Monday, but every hour meant more warm stock.",
    # a choice asked for
    "If I had to pick one thing, it would be the phone list.",
])
def test_what_waiting_would_have_cost_is_no_reflection(said: str) -> None:
    assert _role(f"{YARD} {said}", said[:15]) != "reflection"


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


AFTER_IT = (" I asked her for a meeting on Monday and showed her the numbers from the last three "
            "releases. She agreed to move the date by a week and we shipped on the 14th with no "
            "defects.")


@pytest.mark.parametrize("said", [
    "My manager drove me mad for about a month.",
    "She drove me crazy with her changes.",
    "It drove me mad for a month.",
])
def test_a_person_who_drove_the_teller_mad_frames_the_story_in_anger(said: str) -> None:
    assert "emotional" in _flags(said + AFTER_IT)


@pytest.mark.parametrize("said", [
    "OK so this is a car that drove me mad for about a month.",
    "The intermittent fault was driving us up the wall.",
    # and someone else's anger is theirs
    "A director called me furious.",
])
def test_a_fault_that_drove_the_teller_mad_frames_no_one(said: str) -> None:
    assert "emotional" not in _flags(said + AFTER_IT)


@pytest.mark.parametrize("step", [
    "Monday I wrote the time on the prep sheet.",
    "I added the torque setting to the job card.",
    "I put the check into our handover sheet.",
])
def test_the_new_way_written_into_the_work_sheet_is_a_standard(step: str) -> None:
    assert "standards" in _kinds(f"{KITCHEN} {step}")


def test_a_note_put_on_the_board_is_no_standard() -> None:
    assert "standards" not in _kinds(f"{KITCHEN} I put a note on the board about the rota.")


def _scores(text: str, competency: str) -> dict[str, int]:
    return {s.id: s.score for s in score_criteria(analyze(text), get_competency(competency))}


GARAGE = ("A customer's diesel estate kept going into limp mode, no pattern, and two garages had "
          "changed parts already. I put a data logger on it and drove it on my own commute for "
          "four days until it happened. I had the log: the boost dropped a fraction of a second "
          "after the sensor voltage went flat. {found} I repaired the wire, sleeved it and "
          "re-routed it. She still brings the car in.")


@pytest.mark.parametrize("found", [
    "Traced the loom back and there was a chafed wire behind the engine cover.",
    "I traced the harness up, and there was a chafed wire where it rubbed on a bracket.",
])
def test_the_cause_come_upon_is_a_cause_found(found: str) -> None:
    assert _scores(GARAGE.format(found=found), "problem-solving")["diagnosis"] >= 4


def test_a_trail_with_nothing_at_its_end_finds_no_cause() -> None:
    found = "I traced the loom back as far as the bulkhead."
    assert _scores(GARAGE.format(found=found), "problem-solving")["diagnosis"] <= 3


CARERS = ("There was tension with another carer on nights about how we did the rounds. I asked "
          "her for a cup of tea before handover and showed her the turn times from four nights. "
          "{middle} The charts were regular after that. {after}")


def test_the_other_sides_reason_granted_and_their_way_taken_up_count() -> None:
    middle = ("She said her way was quicker because you're not getting the slide sheet in and out "
              "all night. Which was true. So we used her way but split by corridor.")
    told = _scores(CARERS.format(middle=middle, after="She and I were fine."), "conflict")
    bare = _scores(CARERS.format(middle="We split it by corridor.", after=""), "conflict")
    assert told["their-perspective"] > bare["their-perspective"]
    assert told["resolution"] > bare["resolution"]
    assert told["relationship-after"] > bare["relationship-after"]


@pytest.mark.parametrize("said", [
    "I spoke to him privately after the standup.",
    "I raised it with her in private before the review.",
])
def test_a_word_had_in_private_is_raised(said: str) -> None:
    assert "raised" in _kinds(f"{KITCHEN} {said}")


@pytest.mark.parametrize("said", [
    # the sector or the job, not a word had alone
    "Before that I taught privately in Athens for some years.",
    "In private tutoring I was used to one student, not thirty.",
])
def test_private_work_is_no_private_word(said: str) -> None:
    assert not {"raised", "empathy"} & _kinds(f"{KITCHEN} {said}")


def test_a_fix_only_given_a_slot_is_still_pending() -> None:
    story = ("Users were getting overdraft fees from our round-up feature. I raised it at the "
             "product council and wrote a one-pager. It was prioritised for Q3, but then the "
             "Android rewrite came, so it got pushed. Support has a macro for refunds.")
    assert analyze(story).pending


def test_a_rise_everyone_shared_is_put_down_to_other_causes() -> None:
    story = ("I reorganised the outdoor plant area and trained the team on suggestive selling. "
             "Our spring sales were up 31%. The whole chain had a good spring, the weather was "
             "really good that year.")
    assert analyze(story).unattributed
    assert not analyze(story.rsplit(" The whole", 1)[0]).unattributed


@pytest.mark.parametrize(("after", "bond"), [
    # how the two stood, said of the matter between them, and the other's trust handed on
    ("A month later he said it was fine between us.", True),
    ("A few months later Graham put me forward to help the auditors with the stock count.",
     True),
    # what is fine is no bond, nor is a word put forward
    ("A month later the braise was fine between services.", False),
    ("A few months later Graham put forward a new menu.", False),
])
def test_a_bond_told_by_how_it_stood_and_what_was_handed_on(after: str, bond: bool) -> None:
    found = {e.kind for e in analyze(f"{KITCHEN} {after}").evidence if e.strength > 0}
    assert ("relationship" in found) == bond
