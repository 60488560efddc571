"""Readings and flags whose rules no other test pinned, each beside the near miss it must not
take along: a virtue named as the failure, a choice's reason, a denial said before a real flag,
a feeling's verb form, a doubted person, a thing's one-word answer, a step after someone's
frame, a thing of the candidate's, a hedged outcome mid-story and "would" with only an
imagined past. Sentences written for these tests; none is in a data set.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.reading import (
    Clause,
    opens_on_verb,
    past_of,
    told_in_past,
    understood_subject,
)
from roundtable.ingest.transcript import parse_input

STEPS = ("I rewrote the alert rules. I paired with the on-call team. I reviewed every page for "
         "a month.")
# (no harm word in it: a told harm makes a virtue named as the failure a real one)
OUTCOME = "Pages came down to two a week."


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("sentence", "outcome", "flagged"), [
    # The words naming the failure ("went wrong", "got it wrong") are no harm it did.
    ("Where I went wrong was that I took on too much.", OUTCOME, True),
    ("Where I got it wrong was that I was too invested in the rollout.", OUTCOME, True),
    # What the virtue cost, told after it, makes it a failure owned.
    ("Where I went wrong was that I took on too much, so two reviews went out late.", OUTCOME,
     False),
    # A count that dropped to a better level is no harm.
    ("Where I went wrong was that I took on too much.", "Pages dropped to two a week.", True),
    ("Where I went wrong was that I took on too much.",
     "Two client reports dropped off my list that month.", False),
])
def test_a_virtue_named_as_the_failure_is_a_denial_unless_a_harm_is_told(
        sentence: str, outcome: str, flagged: bool) -> None:
    assert ("never_fail" in _flags(f"{STEPS} {sentence} {outcome}")) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    # The reason for a choice the candidate made weighs someone, as hiring does.
    ("I turned down the agency because they did not listen to the client.", False),
    ("I rejected his design because he had not tested it on real data.", False),
    # With no choice before it, the same reason puts the story's failure on them.
    ("The launch slipped because they did not listen to the client.", True),
])
def test_a_reason_for_the_candidates_choice_is_no_blame(sentence: str, flagged: bool) -> None:
    assert ("blame" in _flags(f"{STEPS} {sentence} {OUTCOME}")) is flagged


def test_a_denied_report_drops_its_own_flag_and_no_flag_after_it() -> None:
    denied = "I never said she had no idea what she was doing."
    contempt = "Honestly, the warehouse lot are useless and always have been."
    assert "contempt" not in _flags(f"{STEPS} {denied} {OUTCOME}")
    assert "contempt" in _flags(f"{STEPS} {denied} {contempt} {OUTCOME}")


@pytest.mark.parametrize(("sentence", "flagged"), [
    # A class word's "-ing" form ("scream" -> "screaming") is read as the word.
    ("I ended up screaming at him in the corridor.", True),
    ("I ended up screaming with laughter at the leaving do.", False),
])
def test_a_feeling_shown_is_read_in_its_verb_forms(sentence: str, flagged: bool) -> None:
    assert ("emotional" in _flags(f"{STEPS} {sentence} {OUTCOME}")) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    # Doubting a person's worth out loud is contempt; doubting a thing's judges no one.
    ("I had to work with a contractor I thought was useless.", True),
    ("I had to use a tool I thought was useless.", False),
])
def test_a_judging_word_after_i_thought_is_contempt_only_of_people(sentence: str,
                                                                  flagged: bool) -> None:
    assert ("contempt" in _flags(f"{STEPS} {sentence} {OUTCOME}")) is flagged


def test_what_a_thing_said_after_its_no_is_its_words_not_the_teams_step() -> None:
    answer = ("I emailed procurement. The reply said no, we could not order anything until "
              "April. So I split the order in two.")
    said = _clause(answer, "we could not")
    assert said.reported and not said.by_candidate
    # The candidate's next step is theirs again.
    assert _clause(answer, "So I split").by_candidate


@pytest.mark.parametrize("answer", [
    "The foreman told me, and I drove out that afternoon to check the pour myself.",
    "She said, but I still booked the crane for Friday.",
])
def test_a_step_joined_after_a_frame_of_saying_is_the_candidates(answer: str) -> None:
    step = next(c for c in analyze(answer).clauses if c.text.startswith(("and I", "but I")))
    assert step.actor == "candidate" and not step.reported


def test_a_state_of_something_of_mine_is_the_things_not_my_doing() -> None:
    answer = ("I run the second press on the night shift. Downtime on my machine is lowest on "
              "the line. I check the dies before every run.")
    assert _clause(answer, "Downtime").actor == "none"


@pytest.mark.parametrize(("sentence", "role"), [
    ("It probably got allocation down to about 20 minutes, maybe less.", "result"),
    ("It got allocation down to about 20 minutes.", "result"),
    # near miss: said at the start, it is where the story began
    ("It was down to the allocation taking two hours.", "situation"),
])
def test_a_change_told_mid_story_hedged_or_not_is_how_it_came_out(sentence: str,
                                                                  role: str) -> None:
    answer = ("The allocation took about two hours every Monday. I rebuilt the spreadsheet "
              f"with lookups for each site. {sentence} Then I trained the two coordinators on "
              "it. They still use it.")
    if role == "situation":
        answer = f"{sentence} I rebuilt the spreadsheet. I trained the coordinators on it."
    assert _clause(answer, sentence[:12]).role == role


def test_would_with_only_an_imagined_past_is_what_the_candidate_would_do() -> None:
    # "If the numbers had been wrong" tells no past of a story, so "Normally I would…" is the
    # generic answer the rubric asks a story instead of, not a routine of one.
    answer = ("Normally I would sit down with the client first. I would check the numbers "
              "before the meeting. If the numbers had been wrong, I would have called the "
              "director. I would agree a plan.")
    assert _clause(answer, "Normally").mode == "hypothetical"
    told = ("Normally I would sit down with the client first. Last March the numbers were "
            "wrong, so I called the director.")
    assert _clause(told, "Normally").mode == "habitual"


ALLOCATION = ("Our regional allocation took about two hours every Monday and the coordinators "
              "hated it. I asked to own the fix. I rebuilt the spreadsheet with lookups for each "
              "site and tested it against three old weeks. {doubted} I trained the two "
              "coordinators on it.")


@pytest.mark.parametrize(("doubted", "role"), [
    # The teller's doubt over what came of it is still what came of it.
    ("I think it got allocation down to about 20 minutes.", "result"),
    ("I believe the error rate fell to two percent.", "result"),
    # near miss: a hedge on the teller's own memory frames their step
    ("I think I rebuilt it twice.", "action"),
])
def test_an_outcome_told_under_the_tellers_doubt_is_still_the_outcome(doubted: str,
                                                                      role: str) -> None:
    clause = _clause(ALLOCATION.format(doubted=doubted), doubted[:10])
    assert (clause.actor, clause.mode, clause.role) == ("candidate", "hedged", role)


def test_a_review_does_not_call_a_doubted_outcome_untold() -> None:
    review = roundtable.review(
        ALLOCATION.format(doubted="I think it got allocation down to about 20 minutes."),
        competency="deliver-results")
    result = next(c for c in review.scores.criteria if c.id == "delivered-result")
    assert not result.silent and result.score >= 3
    assert all("no outcome of the story is told" not in c.rationale
               for c in review.scores.criteria)


@pytest.mark.parametrize(("line", "fragment"), [
    # A noun before a verb of state is a subject, not a note's step ("Speed" is no command).
    ("- Speed matters in a kitchen, you can't stand around", False),
    ("- What happens next depends on the supplier", False),
    # near miss: a note's step keeps its understood "I"
    ("- Checked counts in the freezer", True),
])
def test_a_note_line_opening_on_its_subject_is_no_step(line: str, fragment: bool) -> None:
    assert opens_on_verb(line.lstrip("- ")) is fragment


def test_a_story_told_in_the_present_keeps_its_modals_in_the_past_as_english_has_them() -> None:
    answer = ("On line two the capper was stopping ten times every shift. One day I decide this "
              "is stupid, I must find the reason. I stay after my shift and I check the sensors. "
              "I find the cable is damaged and I replace it. After this the stops was much less.")
    pasts = [edit[2] for c in analyze(answer).clauses for edit in [told_in_past(c)] if edit]
    assert "had to" in pasts and not any(p.endswith(("musted", "shoulded")) for p in pasts)
    assert past_of("should") is None and past_of("must") == "had to"


BUS = ("So I come in and the ops manager rings me, and he says, just put it out, the engineers "
       "are always over-cautious. So I say to him, {refusal}, it's got a brake defect on the "
       "sheet. So I didn't put it out. I pulled a bus off a school duty and got that out twenty "
       "minutes late. The engineer found the calliper was seized. {closing}")


@pytest.mark.parametrize(("refusal", "disagrees"), [
    ("I'm not signing it off", True),
    ("I am not going to sign that", True),
    # near miss: what the teller is not doing for want of time disagrees with no one
    ("I'm not sure who signs it off", False),
])
def test_a_refusal_said_as_what_the_teller_is_not_doing_is_a_disagreement(
        refusal: str, disagrees: bool) -> None:
    kinds = {e.kind for e in analyze(BUS.format(refusal=refusal, closing="")).evidence}
    assert ("disagreement" in kinds) is disagrees


@pytest.mark.parametrize(("closing", "stand_again"), [
    # Taking the stand again is backbone, not a claim never to be wrong.
    ("Wasn't comfortable, telling your boss no, but I'd do the same again.", True),
    ("I pushed back hard. I'd do the same again.", True),
    # near miss: with no stand named before it, doing it all the same again learns nothing
    ("The week went fine and I'd do the same again.", False),
])
def test_doing_the_same_again_after_a_stand_denies_no_failure(closing: str,
                                                              stand_again: bool) -> None:
    flags = _flags(BUS.format(refusal="I'm not signing it off", closing=closing))
    assert ("never_fail" in flags) is not stand_again


@pytest.mark.parametrize(("sentence", "blamed"), [
    # Work done in someone's stead, with why they could not: help, not blame.
    ("Then I did the incident report myself, because she didn't know our system.", False),
    ("I wrote the handover notes for her, as she was new to the ward.", False),
    # near miss: the same shortfall put on her as the story's failure
    ("The incident got missed, because she didn't know our system.", True),
])
def test_work_done_in_someones_stead_is_no_blame(sentence: str, blamed: bool) -> None:
    assert ("blame" in _flags(f"{STEPS} {sentence} {OUTCOME}")) is blamed


PUMP = ("I noticed the pump rate was wrong. I paused the pump and we checked it together. The "
        "next week I asked the educator if we could add a pump check to the handover sheet. {}")


@pytest.mark.parametrize(("ending", "opening", "role"), [
    # A late line telling what the candidate brought taken up, still in place, or the harm
    # spared is how it came out, with no signpost word.
    ("That got added, and it's still on there.", "That got added", "result"),
    ("That got added, and it's still on there.", "and it's still", "result"),
    ("The check was adopted. Nobody got hurt.", "Nobody got hurt", "result"),
    ("Everybody was paid correctly on the Friday.", "Everybody was paid", "result"),
])
def test_an_outcome_told_without_a_signpost_is_the_outcome(ending: str, opening: str,
                                                           role: str) -> None:
    assert _clause(PUMP.format(ending), opening).role == role


def test_the_same_words_early_in_a_story_set_its_scene() -> None:
    answer = ("Nobody got hurt the first time. " + PUMP.format("Nothing like it happened again."))
    assert _clause(answer, "Nobody got hurt").role != "result"


def test_a_deadline_named_with_cut_off_is_the_scene_not_an_outcome() -> None:
    answer = ("I'm a payroll officer. One Thursday I saw the night-shift rate had not been "
              "applied to 140 people. My manager was on leave. The bank cut-off was 3pm. I "
              "restored the rate table and reran the group. I sent the file at 2:20. Everybody "
              "was paid correctly on the Friday.")
    assert _clause(answer, "The bank cut-off").role != "result"
    # near miss: a cut that is a change stays one
    assert _clause(answer.replace("The bank cut-off was 3pm.", "We cut the backlog by half."),
                   "We cut the backlog").role == "result"


def test_a_we_inside_what_a_note_said_leaves_the_notes_steps_the_candidates() -> None:
    notes = ("- Client's rep not technical, panicking about whether building safe\n"
             "- Did a one-page note, no jargon: what we know / what we're testing\n"
             "- Used the daily briefing to explain why we were holding pours\n"
             "- Cores came back fine, slab accepted")
    assert understood_subject(notes) == "candidate"
    told_as_we = notes.replace("- Did a", "- We did a").replace("- Used", "- We used")
    assert understood_subject(f"{told_as_we}\n- We re-poured level 3") == "team"


@pytest.mark.parametrize(("line", "grounds"), [
    # "since" ending its clause tells when, not why
    ("We haven't had a spike since - that was about eight months ago.", False),
    ("We haven't had a spike since.", False),
    # near miss: "since" opening a reason
    ("We held the release since the pool was still saturated under load.", True),
])
def test_since_at_a_clauses_end_gives_no_reason(line: str, grounds: bool) -> None:
    answer = f"{STEPS} {line}"
    kinds = {e.kind for e in analyze(answer).evidence if e.start >= answer.index(line)}
    assert ("grounds" in kinds) is grounds


@pytest.mark.parametrize(("opening", "scene"), [
    # When in the teller's career the story was is its scene, no step of it.
    ("This was on a surgical ward, maybe two years after I qualified.", True),
    ("It was just after I joined, on the night team.", True),
    # near miss: a step that begins something is a step
    ("After I joined the call, I asked the agent to hold.", False),
])
def test_when_in_a_career_a_story_was_is_its_scene(opening: str, scene: bool) -> None:
    answer = f"{opening} {STEPS} {OUTCOME}"
    analysis = analyze(answer)
    own = [e for e in analysis.evidence if e.kind == "action" and e.start < len(opening)]
    assert (not own) is scene


BANK = ("When I start there, he refuse to come to my window. One day the senior clerk is on "
        "holiday and he has no choice, he come to me. He is very suspicious, he count the money "
        "two times. {conduct} Next week he come back and he ask me to open the account.")


@pytest.mark.parametrize(("conduct", "mode", "generic"), [
    # The teller's conduct that day, told in the present as the next thing they did.
    ("So I am very patient, I explain him every step.", "fact", False),
    # near misses: a trait claimed, with nothing done after it
    ("I am very patient with people like him.", "habitual", True),
    ("So I am very patient, I always explain everything.", "habitual", True),
])
def test_conduct_told_as_the_next_thing_is_a_step_not_a_trait(conduct: str, mode: str,
                                                              generic: bool) -> None:
    answer = BANK.format(conduct=conduct)
    analysis = analyze(answer)
    at = answer.index(conduct)
    assert _clause(answer, conduct[:12]).mode == mode
    assert any(e.kind == "generic_claim" and e.start >= at for e in analysis.evidence) is generic


@pytest.mark.parametrize(("said", "kinds"), [
    # A refusal said to the person, with its reason in the same breath, raises it directly and
    # gives its grounds.
    ("So I say to him, I'm not signing it off, it's got a brake defect on the sheet.",
     {"raised", "grounds", "disagreement"}),
    ("I told my manager, no, I won't do that, the load hasn't been tested.", {"raised"}),
    # near miss: a refusal reported with no reason and to no one raises nothing
    ("In the end I didn't sign it off.", set()),
])
def test_a_refusal_said_to_the_person_with_its_reason_raises_it(said: str,
                                                               kinds: set[str]) -> None:
    answer = f"{STEPS} {said} {OUTCOME}"
    found = {e.kind for e in analyze(answer).evidence if e.start >= answer.index(said)
             and e.start < answer.index(said) + len(said)}
    assert kinds <= found and not ({"raised", "grounds"} - kinds) & found


AMBULANCE = ("Interviewer: Tell me about a time you disagreed with a colleague.\n\n"
             "Candidate: Dan was ready to do the refusal paperwork and go. I wasn't comfortable, "
             "he was on warfarin and lived alone. I asked Dan to step into the hallway with me "
             "and said I'd like one go at explaining the risk.\n\n"
             "Interviewer: What happened in the end?\n\n"
             "Candidate: I sat down with him and explained the bleed risk in plain words. His "
             "daughter came round and he agreed to come in.\n\n"
             "Interviewer: {ask}\n\n"
             "Candidate: No, never. We talked it through in the cab afterwards.\n")


def _transcript(text: str) -> Analysis:
    submission = parse_input(text)
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


def test_a_step_told_in_reply_to_what_happened_is_still_a_step() -> None:
    analysis = _transcript(AMBULANCE.format(ask="Did you ever raise it formally?"))
    roles = {c.text.split(" and")[0]: c.role for c in analysis.clauses}
    assert roles["I sat down with him"] == "action"
    # near miss: what the others did in that reply is how it came out
    assert next(c.role for c in analysis.clauses if c.text.startswith("His daughter")) == "result"


@pytest.mark.parametrize(("ask", "declined"), [
    ("Did you ever raise it formally with the duty manager?", 1),
    # A step a careful colleague would not take, not taken, is no step declined.
    ("Did you ever go over Dan's head about it, to the duty manager?", 0),
    ("Did you go behind his back at all?", 0),
])
def test_no_to_a_step_not_to_be_taken_declines_nothing(ask: str, declined: int) -> None:
    assert _transcript(AMBULANCE.format(ask=ask)).declined == declined


@pytest.mark.parametrize(("sentence", "blamed"), [
    # A thing they failed, named before its verb, is the trouble found.
    ("I suspected the science topics they failed were mostly the calculation part.", False),
    # near miss: their failing, told as what they did
    ("The launch slipped because the vendor team failed to send the build.", True),
])
def test_what_someone_failed_named_as_a_thing_is_no_blame(sentence: str, blamed: bool) -> None:
    assert ("blame" in _flags(f"{STEPS} {sentence} {OUTCOME}")) is blamed


@pytest.mark.parametrize(("sentence", "claimed"), [
    # "everything" closing a list of what was explained sums the list.
    ("I speak little bit Urdu from my grandmother, not perfect, so after we move her I sit "
     "with her in my break and I explain every noise, the landing gear, the turbulence, the "
     "engine, everything.", False),
    # near miss: the whole of the work claimed
    ("Honestly I did the design, the build, the testing, everything, while they watched.", True),
])
def test_everything_closing_a_list_explained_claims_no_credit(sentence: str,
                                                              claimed: bool) -> None:
    answer = ("The purser decide we move her to the seat near the front galley. I see she is "
              f"scared. {sentence} When we land I walk with her until the ground staff.")
    assert ("sole_credit" in _flags(answer)) is claimed


@pytest.mark.parametrize(("line", "role"), [
    ("It was a bit smoother after that.", "result"),
    ("Things got much easier from then on.", "result"),
    # near miss: better by comparison with something else, not after the story's step
    ("It was a bit smoother than the old rota.", "situation"),
])
def test_things_better_from_then_on_is_how_it_came_out(line: str, role: str) -> None:
    answer = (f"She did the rounds her own way. I started asking her at handover which bays she "
              f"wanted, and I took the others. {line} She later showed me a pressure check.")
    assert _clause(answer, line[:12]).role == role
