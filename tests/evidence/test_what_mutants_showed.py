"""Rules the round-74 mutation sample found unpinned, each beside its near miss where one helps:
an uptake only reported, a plan beside one fact, a note's step beside a present verb, a cause
someone else found and the remark after it, blame in the reply to "what went wrong?", whom "the
whole" reached, whose anger a short name's is, offsets past a dotted capital "İ", where the
story's later part begins, a bare "Result:" bullet and a request under it, "we have" as a
scene, a refusal under a condition, a routine told in the present, a pair's verb, and the
reason, wording check and headline built from them. Answers written for these tests; none is
in a data set.
"""

from __future__ import annotations

from typing import Any

import pytest

import roundtable
from roundtable.catalog import get_competency
from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.flagging import features, felt_by_another
from roundtable.evidence.loose import loose_outcome
from roundtable.evidence.reading import Clause, read_answer, told_in_past
from roundtable.evidence.text import Span, sentences
from roundtable.ingest import parse_input
from roundtable.models import Review
from roundtable.pipeline import prepare
from roundtable.scoring import telling
from roundtable.scoring.criteria import FOUND_BY_OTHERS, score_criteria
from roundtable.synthesis.claims import check_review
from roundtable.synthesis.headline import build_headline


def _clause(analysis: Analysis, opening: str) -> Clause:
    return next(c for c in analysis.clauses if c.text.startswith(opening))


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


# --- what came of it ----------------------------------------------------------------------------

RENEWAL = ("Last spring a dental group with fourteen practices was about to leave us over billing "
           "errors. I went through three months of their invoices with their finance lead and "
           "found two duplicate charges. I refunded both the same week and set up a monthly check "
           "with her. ")


@pytest.mark.parametrize(("ending", "outcome"), [
    ("In the end they renewed for two more years.", True),
    # Only someone's word that they took it up: hearsay, not how it came out.
    ("She said they renewed because of it.", False),
])
def test_the_other_side_taking_it_up_is_an_outcome_only_when_told_as_fact(
        ending: str, outcome: bool) -> None:
    analysis = analyze(RENEWAL + ending)
    assert ("result" in analysis.sentences[-1].kinds) is outcome


STEPS_IN_ORDER = "I moved all of our van loading to the night before."
CALMED = ("It did calm down a lot after that, and most drivers got out of the yard before six "
          "each morning.")


def test_a_loose_outcome_starting_just_where_the_later_part_begins_is_found() -> None:
    """The later part of the story, where a loose outcome is looked for, begins at 40% of the
    answer and takes in a clause starting exactly there; the same words pushed before that mark
    by a sentence added after them are the scene."""
    answer = f"Last winter {STEPS_IN_ORDER} {CALMED}"
    assert answer.index("It did") == len(answer) * 0.4  # (the clause starts on the mark)
    assert loose_outcome(analyze(answer)) == "It did calm down a lot after that"
    longer = answer + " The depot manager asked me to write it up."
    assert loose_outcome(analyze(longer)) is None


# --- a story, or habits and plans ---------------------------------------------------------------

WARD = "My ward has twenty-eight surgical beds. "
INSPECTED = " The ward passed its CQC inspection in May."


@pytest.mark.parametrize(("middle", "no_story"), [
    # What they would do, and one fact about the ward: no story is told.
    ("If a count is out, I'd ring the on-call pharmacist straight away.", True),
    ("When the count was out in May, I rang the on-call pharmacist straight away and we "
     "went back through the week's entries together.", False),
])
def test_a_plan_beside_one_fact_tells_no_story(middle: str, no_story: bool) -> None:
    """An imagined step only counts towards a story told in the present; beside a single fact
    it makes no second event of the story."""
    assert ("no_story" in _flags(WARD + middle + INSPECTED)) is no_story


# Someone's routine for a new starter, told in the present: six steps, three words of habit.
INDUCTION = ("When a new starter joins my team at the warehouse, I pair them with Tomasz for the "
             "first week. I walk them round the racking. Then I show them the scanner. I go "
             "through the safety sheet with them. Tomasz signs them off on the reach truck. I book "
             "their first review. Usually they pick alone by the second week. Normally the quiet "
             "ones need a few more days. Every month I update the induction sheet.")


def test_a_routine_with_a_habit_for_every_two_steps_is_no_story_told_in_the_present() -> None:
    """Steps in the present tell one story only when they are more than twice its words of
    habit; at exactly twice, the routine stays a routine. Told on one dated occasion, the same
    steps are the story's."""
    routine = analyze(INDUCTION)
    assert _clause(routine, "I walk them round").mode == "habitual"
    once = analyze(INDUCTION.replace("When a new starter joins", "In March 2023 a new starter "
                                     "joined").replace("Every month I update", "I updated"))
    assert _clause(once, "I walk them round").mode == "fact"


KITCHEN = ("At my last job I ran the kitchen at a care home with forty residents. Every morning I "
           "check the fridge log. Then I go through the menu with the cook, Dariusz, and he says "
           "what is short. After that I ring the butcher and I always order for two days. Usually "
           "Dariusz does the puddings and I do the soups.")


def test_the_tellers_routine_before_the_first_step_counts_as_habit_from_its_first_word() -> None:
    """"Every morning I check the fridge log", told before the day's first step, is the
    teller's own routine: its habit word counts against a story even where it opens the clause,
    so a day's routine told in the present is read as habits, not as one story."""
    analysis = analyze(KITCHEN)
    assert "hypothetical" in {f.kind for f in analysis.flags}
    assert _clause(analysis, "Then I go through the menu").mode == "habitual"


# --- notes and present tellings -----------------------------------------------------------------

NOTES = ("- March 2023, night shift, capper on line 2 is stopping every 10 min\n"
         "- {line}\n"
         "- rang Pawel (maintenance manager), he agrees to order two spares\n"
         "- line runs rest of night, no stops\n")


@pytest.mark.parametrize("line", [
    "checked the sensor, I see the cable is broken",
    # near miss: the same step with no present verb beside it
    "checked the sensor, cable broken",
])
def test_a_notes_step_keeps_its_teller_beside_a_verb_told_in_the_present(line: str) -> None:
    """A note opening on its verb is the teller's step ("I checked"), also where the line
    goes on in the present ("I see"), which the reading puts in the past alongside."""
    analysis = analyze(NOTES.format(line=line))
    assert "action" in analysis.sentences[1].kinds


@pytest.mark.parametrize(("present", "past"), [
    ("the driver and the loader check the van", "checked"),
    # near miss: "me and Gary" is the pair, and the verb after it is put in the past
    ("me and Gary present the plan", "presented"),
])
def test_a_word_after_and_is_the_verb_only_after_me_and(present: str, past: str) -> None:
    """Put in the past, a story told in the present keeps its nouns: "the loader" after "and"
    is no verb ("loadered")."""
    answer = f"Last year in March 2023 at my previous company, {present}. Then it is fine."
    clause = next(c for c in read_answer(sentences(answer)) if present in c.text)
    edit = told_in_past(clause)
    assert edit is None or edit[2] == past
    if present.startswith("me"):
        assert edit is not None


FORKLIFT = ("I run the goods-in desk at a builders' merchant. {scene} Last March two lorries "
            "arrived at the same time and one driver waited nearly two hours. I rang the haulier "
            "and agreed fixed delivery slots with them, and I put the slots on the board by the "
            "door. Since then no driver has waited more than twenty minutes.")


def test_we_have_early_in_the_story_is_its_scene() -> None:
    """"We have only one forklift" says how things stand, as "we had" does: the scene, not a
    step of the team's."""
    analysis = analyze(FORKLIFT.format(scene="We have only one forklift for two loading bays."))
    assert _clause(analysis, "We have only one forklift").role == "situation"


DEPOT = ("Last spring our depot kept missing the morning cut-off. {said} I moved two drivers to "
         "the early shift and we made the cut-off every day that month.")


@pytest.mark.parametrize(("said", "mode"), [
    # a refusal of the team's
    ("We wouldn't budge on the price.", "negated"),
    # the same under a condition: a stance on what might come, no refusal made
    ("We wouldn't budge on the price if they kept the old terms.", "hypothetical"),
    ("My team wouldn't take the extra loads if nobody paid overtime.", "hypothetical"),
])
def test_the_teams_refusal_under_a_condition_is_imagined(said: str, mode: str) -> None:
    analysis = analyze(DEPOT.format(said=said))
    assert analysis.clauses[1].mode == mode


# --- headings -----------------------------------------------------------------------------------

STAR = ("Situation: our depot's on-time rate had slipped to 88% over the winter.\n"
        "Action: I re-planned the loading order and moved two drivers to the early shift.\n"
        "{heading}: I was asked to run the same change at the two other depots.\n")


@pytest.mark.parametrize(("heading", "role"), [("Result", "result"), ("Task", "task")])
def test_being_asked_to_take_it_further_under_result_is_how_it_came_out(
        heading: str, role: str) -> None:
    """"I was asked to…" names a task; under "Result:" it tells what came of the story."""
    analysis = analyze(STAR.format(heading=heading))
    assert _clause(analysis, "I was asked").role == role
    assert ("result" in analysis.sentences[2].kinds) is (role == "result")


BULLETS = ("- Situation: our depot's on-time rate had slipped to 88% over the winter\n"
           "- Action: I re-planned the loading order and moved two drivers to the early shift\n"
           "{result}"
           "- I was asked to run the same change at the two other depots\n")


@pytest.mark.parametrize(("result", "role"), [
    # a bare label heads the bullets under it
    ("- Result:\n- on-time deliveries were back to 96% within six weeks\n", "result"),
    # a label with words after it names its own bullet only
    ("- Result: on-time deliveries were back to 96% within six weeks\n", "task"),
])
def test_a_bare_result_bullet_heads_the_bullets_under_it(result: str, role: str) -> None:
    analysis = analyze(BULLETS.format(result=result))
    assert _clause(analysis, "I was asked").role == role


# --- causes -------------------------------------------------------------------------------------

SEARCH = ("Our bottling line kept stopping for about forty minutes a night in March. I pulled "
          "three weeks of controller logs and laid them against the stoppage sheet, and I asked "
          "the operators on all three shifts what they saw. ")
FOUND_BY_HIM = ("I called in the maintenance contractor, and he ran diagnostics and found the "
                "capper clutch was worn. ")
REPLACED = "We replaced it and the stoppages stopped."


def _diagnosis(answer: str) -> tuple[int, str]:
    scores = score_criteria(analyze(answer), get_competency("problem-solving"))
    found = next(s for s in scores if s.id == "diagnosis")
    return found.score, found.rationale


def test_a_cause_someone_else_found_and_the_candidate_never_checked_caps_the_diagnosis() -> None:
    score, rationale = _diagnosis(SEARCH + FOUND_BY_HIM + REPLACED)
    assert score <= 2
    assert "never checked (“and he ran diagnostics and found the capper clutch was worn”)" in (
        rationale)
    # near miss: the candidate finds it themselves
    own, _ = _diagnosis(SEARCH + "I stripped the capper head myself and found the clutch was "
                        "worn. " + REPLACED)
    assert own > 2


def test_someones_remark_after_the_cause_is_not_the_cause_quoted() -> None:
    """What someone said after ("the operators were relieved") is no cause: the concern still
    quotes the cause the contractor found."""
    _, rationale = _diagnosis(SEARCH + FOUND_BY_HIM + "The night lead said the operators were "
                              "relieved. " + REPLACED)
    assert "(“and he ran diagnostics and found the capper clutch was worn”)" in rationale
    assert "relieved”" not in rationale


FAILED = ("Interviewer: Tell me about a time you failed.\n"
          "Candidate: I ran the launch of a student discount for our gym chain. We wanted 3,000 "
          "sign-ups in the autumn term and got about 900.\n"
          "Interviewer: What went wrong, do you think?\n"
          "Candidate: Honestly, the posters went up late because the print shop missed its date, "
          "and the front desk staff never mentioned the offer.\n"
          "Interviewer: And what did you do after that?\n"
          "Candidate: {after}\n")


@pytest.mark.parametrize("after", [
    "I ran a second push in January with the desk staff briefed first, and we got 1,400.",
    "The offer ran on into spring and the regional manager took it over.",
])
def test_blame_in_the_reply_to_what_went_wrong_stands_whatever_a_later_reply_tells(
        after: str) -> None:
    """The reply to "what went wrong?" names only others failing; a step of the candidate's
    told in reply to the next question is no part of that reply."""
    case, _ = prepare(parse_input(FAILED.format(after=after)), "failure")
    assert "blame" in {f.kind for f in case.analysis.flags}


# --- flag words ---------------------------------------------------------------------------------

def _classes(text: str) -> set[str]:
    clause = Clause(0, Span(0, len(text), text), "candidate", "candidate", "fact", "action")
    return {f for f in features(clause, None) if f.startswith("class=") and "|" not in f}


@pytest.mark.parametrize(("text", "all_mine"), [
    # "whole" before a group that is no person-word, and before people who are no group
    ("I emailed the whole company about the change", False),
    ("I presented it to the entire board", False),
    ("I wrote the whole rota myself", True),
])
def test_whom_the_whole_reached_is_no_claim_to_all_of_it(text: str, all_mine: bool) -> None:
    assert ("class=all_mine" in _classes(text)) is all_mine


@pytest.mark.parametrize(("before", "theirs"), [
    # a name of two letters set off by a comma is still a name
    ("Jo, who'd covered nights all month, got really ", True),
    ("Ed, our night lead, got ", True),
    ("So, after all that, I got really ", False),
])
def test_a_short_name_set_off_by_a_comma_has_the_feeling(before: str, theirs: bool) -> None:
    assert felt_by_another(before) is theirs


# --- offsets ------------------------------------------------------------------------------------

def test_findings_point_at_the_same_words_whether_a_name_has_a_dotted_capital() -> None:
    """"İ" lowers to two characters; each finding after it still points where it does with a
    plain "I" in its place (the answers are the same length; the plain one also has names)."""
    dotted = ("Last March İlkay, İpek and I moved the İzmir depot onto the new rota system. I "
              "rewrote the shift templates myself. Missed handovers dropped 40% within two weeks.")
    plain = dotted.replace("İ", "I")
    assert {(e.kind, e.at) for e in analyze(dotted).evidence} <= {
        (e.kind, e.at) for e in analyze(plain).evidence}
    action = next(e for e in analyze(dotted).evidence if e.kind == "action")
    assert dotted[action.at:].startswith("I moved")


# --- the telling's reason, the wording check and the headline ----------------------------------

OUTCOME_TOLD = ("Last March our nightly invoice export started failing. I pulled the job logs and "
                "rewrote the parser to read the header first. Month-end close went from five "
                "days to three.")
NO_OUTCOME = ("I always make sure quality comes first. My approach is to align stakeholders "
              "around a shared vision.")


@pytest.mark.parametrize(("answer", "reason"), [
    (OUTCOME_TOLD, "told as stronger answers are: an outcome told"),
    (NO_OUTCOME, "told as weaker answers are: no result the rubric credits"),
])
def test_the_tellings_reason_is_worded_for_the_way_it_moves(answer: str, reason: str) -> None:
    """A model that reads only whether an outcome is told lifts the answer that tells one and
    says so in the stronger answers' words, and lowers the one that does not in the weaker's."""
    n = len(telling.FEATURES)
    at = telling.FEATURES.index("outcome")
    outcome_only = telling.Model((0.5,) * n, (0.5,) * n,
                                 tuple(1.0 if i == at else 0.0 for i in range(n)), 0.0)
    analysis = analyze(answer)
    with telling.using(outcome_only):
        moved, why = telling.shift(analysis, telling.Judged())
    assert moved != 0 and why == reason


ALONE = ("Last year I rebuilt our deployment scripts because releases failed about once a week. I "
         "wrote a checklist, added a dry-run step and tested every script against staging. Failed "
         "releases dropped from four a month to none over the next quarter.")


@pytest.fixture(scope="module")
def alone() -> Review:
    return roundtable.review(ALONE, competency="ownership")


def _summary_rules(review: Review, summary: str) -> set[str]:
    data: dict[str, Any] = review.model_dump()
    data["consensus"]["summary"] = summary
    return {v.rule for v in check_review(Review.model_validate(data))}


@pytest.mark.parametrize(("second", "caught"), [
    # a sentence may open on a figure
    ("2nd-line support stopped seeing failed releases.", False),
    ("second-line support stopped seeing failed releases.", True),
])
def test_a_sentence_opening_on_a_figure_is_not_lower_case(
        alone: Review, second: str, caught: bool) -> None:
    rules = _summary_rules(alone, f"The panel lands on Hire. {second}")
    assert ("starts_lower_case" in rules) is caught


PAGES = ("Last year our payments service paged the on-call engineer every night, and nobody "
         "owned the alerts. ")
WALKED = " I walked the team through the new rules. After that, pages dropped to two a week."


@pytest.mark.parametrize(("step", "used"), [
    # "me" after a quotation is still the candidate's "me": that step is not the headline
    ('I set the "unowned" pages to come to me first.', False),
    ("I set the unowned pages to come to me first.", False),
    # near miss: "me" inside the quoted words is theirs as said
    ('I renamed the "ping me later" label to "needs an owner" on our queue.', True),
])
def test_a_headline_never_tells_the_candidates_me_outside_their_quoted_words(
        step: str, used: bool) -> None:
    case, _ = prepare(parse_input(PAGES + step + WALKED), "ownership")
    headline = build_headline(case)
    assert ("walked the team through the new rules" not in headline) is used
    assert " me " not in headline.replace('"ping me later"', "")


# --- round 75: what the mutation sample found unpinned ------------------------------------------

FIT_OUT = "Last spring I ran the fit-out of a new coffee shop for our chain in Leeds. "
JOINERS = "The delay came down to the joinery firm, who sat on our drawings for three weeks. "
LANDLORD = "That was the landlord's view, and he wasn't far wrong. "
OPENED = "We opened on the 2nd of June instead of the 1st of May."


@pytest.mark.parametrize(("answer", "blamed"), [
    # The fault is told as someone else's view in the line after it: theirs, not the teller's.
    (FIT_OUT + JOINERS + LANDLORD + OPENED, False),
    # near miss: the same line before the fault owns nothing of it; the fault is the teller's
    (FIT_OUT + LANDLORD + JOINERS + OPENED, True),
])
def test_a_fault_told_as_someone_elses_view_in_the_next_line_is_no_blame(
        answer: str, blamed: bool) -> None:
    assert ("blame" in _flags(answer)) is blamed


SIGNS = ("Last March we had forty-six safety labels to deliver to a new gym by the Friday. The "
         "printer let us down, they sent the wrong sizes on the Wednesday. I rang three other sign "
         "shops until one could print that night. I resized all forty-six labels myself and drove "
         "them over on the Thursday. The gym opened on time.")


@pytest.mark.parametrize(("opening", "blamed"), [
    # A supplier's slip as the trouble the story opens on, put right by the teller's own
    # steps, is the scene of a rescue.
    ("", False),
    # near miss: told only after two sentences of the story, the slip is a fault placed
    ("I run a small sign shop in Bristol with two fitters. ", True),
])
def test_a_suppliers_slip_is_a_rescues_scene_only_where_the_story_opens_on_it(
        opening: str, blamed: bool) -> None:
    assert ("blame" in _flags(opening + SIGNS)) is blamed


PRESS = ("Scrap on press 4 went from 2% to 7% in a month, and I pulled the press's cycle log for "
         "the month, 52,000 cycles, and sorted every scrapped pad by shift. ")
PRESS_FIX = " We replaced the part that weekend and scrap fell to 3%."


def _root_cause(answer: str) -> tuple[int, str]:
    scores = score_criteria(analyze(answer), get_competency("dive-deep"))
    found = next(s for s in scores if s.id == "root-cause")
    return found.score, found.rationale


def test_a_cause_confirmed_in_someone_elses_words_is_still_theirs() -> None:
    """"Which turned out to be the whole problem" after what the maintenance lead told the
    candidate carries his word, not a finding of the candidate's: nobody checked it, so finding
    the cause stays below the middle anchor."""
    score, rationale = _root_cause(
        PRESS + "The maintenance lead told me the die was worn, which turned out to be the whole "
        "problem." + PRESS_FIX)
    assert score <= 2 and FOUND_BY_OTHERS.split("(")[0] in rationale, rationale


def test_a_step_told_as_im_using_is_matched_as_used() -> None:
    """"I'm using" is a five-letter "-ing" form and still the narrated step "I used"."""
    answer = ("Last year in March 2023 at my previous company, the scanner on line two is broken. "
              "So I'm using the old handheld one for the whole shift. Then it is fine.")
    clause = next(c for c in read_answer(sentences(answer)) if "using" in c.text)
    edit = told_in_past(clause)
    assert edit is not None
    assert (answer[edit[0]:edit[1]], edit[2]) == ("'m using", " used")


@pytest.mark.parametrize(("before", "mode"), [
    # After how things stood, someone else's "would" is what they used to do...
    ("When I took over the ward, the relatives didn't trust the night shift.", "habitual"),
    # near miss: ...after one event, what they might do: a threat, not a habit
    ("One family was furious that night about a fall on the ward.", "hypothetical"),
])
def test_their_would_after_a_state_is_a_habit_and_after_one_event_a_threat(
        before: str, mode: str) -> None:
    answer = f"{before} They'd phone the trust at midnight to complain about us."
    assert _clause(analyze(answer), "They'd phone").mode == mode


def test_a_run_on_is_cut_before_the_so_that_opens_a_step() -> None:
    """Speech written down with no stops is cut where a sentence begins: the "so" belongs to
    the step it opens ("so i pulled the error logs"), and "and she asked me" stays joined to
    what went before it."""
    spoken = ("so last year my manager wanted to ship the new checkout on a friday and i thought "
              "it was too risky so i pulled the error logs from the last three releases and "
              "showed her that two of them had broken payments on the weekend we agreed to ship "
              "on the tuesday instead and it went out with no problems and she asked me to write "
              "up the logs check for the team")
    assert [s.text.split()[:3] for s in sentences(spoken)] == [
        ["so", "last", "year"], ["so", "i", "pulled"], ["we", "agreed", "to"]]


SHOES = ("Returns on one running shoe jumped from 9% to 21% in six weeks. I pulled the returns "
         "export, 640 returns, and sorted them by size. ")


@pytest.mark.parametrize(("middle", "on_trust"), [
    # What someone else did is no account of theirs: the candidate connects it themselves.
    ("Our buyer had moved the shoe to a new factory in March.", ""),
    # near miss: what someone said the cause was, accepted as it stands
    ("Our buyer said the factory had changed the last in March.", "That made sense"),
])
def test_only_an_account_someone_gave_is_taken_on_trust(middle: str, on_trust: str) -> None:
    answer = SHOES + middle + " That made sense, so we added a line to the product page."
    assert analyze(answer).on_trust.strip(" ,;.") == on_trust


def test_a_routine_said_again_for_emphasis_still_counts_where_it_was_first_said() -> None:
    """"Every morning I check the fridge log", said before the day's first step and again at
    the end for emphasis, is the teller's routine where it was first told too: the day stays a
    routine of habits, not one story told in the present."""
    answer = ("At my last job I ran the kitchen at a care home with forty residents. Every morning "
              "I check the fridge log. Then I go through the menu with the cook, Dariusz, and he "
              "says what is short. After that I ring the butcher and order for two days. Usually "
              "Dariusz does the puddings and I do the soups. I never skip it. Every morning I "
              "check the fridge log.")
    assert _clause(analyze(answer), "Then I go through the menu").mode == "habitual"
