"""Rules that make a story read alike in any voice (issue 8, "Robust to voice").

Each test pairs two tellings of the same fact, one plain and one in another voice (terse
bullets, a spoken aside, English without articles, numbers in words), and checks the analysis
finds the same kind of evidence in both; and that a telling's quirk is not read as content.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.lexicon import finditer
from roundtable.evidence.reading import read_actor
from roundtable.scoring.criteria import concreteness_penalty


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence if e.strength > 0}


def _found(kind: str, text: str) -> list[str]:
    return [m.group().lower() for m in finditer(kind, text)]


@pytest.mark.parametrize(("digits", "words"), [
    ("It was shown to ~30 people.", "It was shown to about thirty people."),
    ("Cancellations fell 19% to 8%.", "Cancellations fell nineteen percent to eight."),
    ("We onboarded 300 customers.", "We onboarded three hundred customers."),
    ("Onboarding 23 days -> 6.", "Onboarding went from 23 days down to six."),
])
def test_a_count_in_words_is_a_metric_as_in_digits(digits: str, words: str) -> None:
    assert _found("metric", digits)
    assert _found("metric", words)


@pytest.mark.parametrize("text", ["We launched three weeks late.", "We launched 3 weeks late.",
                                  "It took us two months.", "It took us 2 months."])
def test_a_bare_duration_is_a_timeframe_not_a_metric(text: str) -> None:
    """How long something took says when, not how much was achieved."""
    assert not _found("metric", text)
    assert _found("timeframe", text)


@pytest.mark.parametrize("text", ["We shipped two weeks early.", "It saved 3 hours a day.",
                                  "Reviews went down to 2 days."])
def test_a_duration_is_a_metric_where_it_measures_a_change(text: str) -> None:
    assert _found("metric", text)


def test_one_is_no_count() -> None:
    """"One thing", "one customer" say little; a number that does is two or more."""
    assert not _found("metric", "I called one customer about one thing.")


@pytest.mark.parametrize("text", [
    "In the next six months that check found 14 more buckets.",
    "During three weeks I encrypted the bucket.",
    "I restored it inside one day.",
    "- Planned 4-hour outage.",
    "A four-hour outage.",
])
def test_timeframes_said_any_way(text: str) -> None:
    assert _found("timeframe", text)


@pytest.mark.parametrize(("text", "kinds"), [
    # A terse line's steps after a heading or a semicolon have the understood subject.
    ("- First draft too technical; cut it to a few slides for the sales team.", {"action"}),
    ("- My mistake: deleted a copy finance used.", {"action"}),
    ("- Had to explain the outage to sales.", {"task"}),
])
def test_a_terse_lines_later_steps_are_the_candidates(text: str, kinds: set[str]) -> None:
    assert kinds <= _kinds(text)


def test_a_step_after_a_semicolon_shares_the_subject_before_it() -> None:
    """"He took days to review my code; held up my work" is his doing, not the candidate's."""
    analysis = analyze("- He often took several days to review my code; held up my work.")
    assert not analysis.has("action")
    assert "action" in _kinds("- Reviews slow; held a retro on it with the team.")


def test_whom_a_verbless_line_was_with_is_not_who_acted() -> None:
    # "with 6 pickers" says whom the trial ran with: the line tells the candidate's trial, as
    # "I built a mock-up in 2 days and trialled it with 6 pickers" does.
    terse = ("- Warehouse; pickers walking 14 km a shift.\n"
             "- Mock-up in 2 days; trial with 6 pickers.\n"
             "- Walking down to 9 km a shift.")
    trial = analyze(terse).clauses[1]
    assert trial.text.startswith("Mock-up") and trial.actor != "other"
    assert "experiment" in _kinds(terse)
    # Where the people open the line, they are its subject.
    assert read_actor("Six pickers on the trial in week two.") == "other"


def test_a_claim_is_no_step_and_a_joint_step_is_the_teams() -> None:
    assert "action" not in _kinds("- Good experience; showed we work well as a team.")
    joint = analyze("- Got through it together.")
    assert "collective_we" in {e.kind for e in joint.evidence}
    assert not joint.has("action")


@pytest.mark.parametrize(("said", "text"), [
    ("plain", "At an insurance company, Pieter and I were on the same team."),
    ("spoken aside", "So at the insurance company — good place, mostly — Pieter and I were on "
                     "the same team."),
    ("no articles", "In insurance company Pieter and me were in same team."),
    ("terse", "- Insurance company; Pieter on my team."),
])
def test_the_scene_and_the_name_are_found_however_said(said: str, text: str) -> None:
    assert {"situation", "named_entity"} <= _kinds(text), said


def test_a_name_alone_in_brackets_is_a_name() -> None:
    assert "named_entity" in _kinds("- Told my manager (Dmitri) I would own it.")


def test_a_team_one_works_on_is_no_blame() -> None:
    """"I was on the database team" says where the candidate worked."""
    assert not _found("blame", "I was on the database team at a travel agency.")
    assert _found("blame", "The delay was mostly on the vendor team.")


def test_a_lesson_kept_is_no_generic_claim() -> None:
    """"Since then I always check…" is a practice adopted, not a claim about oneself."""
    for text in ("Since then I always check who reads the data.",
                 "Now always I check who is reading data.",
                 "- Now check readers before deleting."):
        assert _found("learning", text), text
        assert not _found("generic_claim", text), text
    assert _found("generic_claim", "I always check who reads the data.")


def test_a_lesson_that_negates_inside_it_is_still_a_lesson() -> None:
    assert "learning" in _kinds("The lesson I've kept is to pilot with the biggest sceptic, "
                                "not around them.")
    assert "learning" not in _kinds("I didn't learn anything from it.")


def test_something_like_before_a_number_approximates_it() -> None:
    assert not _found("hedge", "It copied something like 1.2 million records.")
    assert not _found("hedge", "It took something like three weeks.")
    assert _found("hedge", "It was something like a misunderstanding.")


def test_maybe_before_a_sum_approximates_it() -> None:
    # "to fix this is maybe £900 more" prices the repair, as "maybe nine hundred" would
    assert not _found("hedge", "The car is worth maybe £800.")
    assert not _found("hedge", "To fix it is maybe $ 900 more.")
    assert _found("hedge", "The car is worth maybe more than the repair.")


def test_vague_words_keep_their_meaning_without_articles_or_verbs() -> None:
    for text in ("The client was happy.", "Client was happy.", "- Delivered; client happy."):
        assert _found("vague", text), text
    assert not _found("vague", "I'd bring this stuff up early.")


@pytest.mark.parametrize("text", [
    "So I decided to pay the supplier that afternoon.",
    "I made the call to pay the supplier that afternoon.",
    "We decided to pay the supplier that afternoon.",
])
def test_a_call_is_a_decision_whoever_makes_it(text: str) -> None:
    assert _found("decision", text)


@pytest.mark.parametrize(("text", "counted"), [
    # A count of more of anything is a measure, whatever is counted.
    ("By spring three more depots had signed up.", True),
    ("Two other libraries copied the rota.", True),
    ("We opened 4 additional clinics.", True),
    ("The audit turned up 12 more unlabelled pallets.", True),
    # A number with nothing counted is not.
    ("I talked to the other two about it.", False),
    ("We kept the old till for three more weeks.", False),
])
def test_a_count_of_more_is_a_measure(text: str, counted: bool) -> None:
    assert bool(_found("metric", text)) is counted


@pytest.mark.parametrize(("text", "lesson"), [
    # A class taught is no lesson learned.
    ("In Monday's maths lesson the class split into pairs.", False),
    ("We moved the weekly reading lessons to the morning.", False),
    ("During the lesson I let the quietest pupil run the board.", False),
    ("I wrote a lesson plan for the supply teacher.", False),
    # A lesson learned still is.
    ("The lesson I took was to ask for help sooner.", True),
    ("My biggest lesson was patience.", True),
])
def test_a_class_lesson_is_no_lesson_learned(text: str, lesson: bool) -> None:
    assert bool(_found("learning", text)) is lesson


@pytest.mark.parametrize(("text", "vague"), [
    # Where stock is kept, and the feedback given, are told plainly.
    ("New starters asked her where things went on the shelves.", False),
    ("After each shift I told her what went well and one thing to change.", False),
    ("Twice the dockets went missing, and then things went missing from the van.", False),
    # The story's own outcome waved at still is vague.
    ("Things went fine in the end.", True),
    ("The handover went really well.", True),
    # Things named by an example are told; things left unnamed are not.
    ("Some things, like restocking the crash trolley, I left to the next shift.", False),
    ("A lot of things such as the rota and the orders waited a week.", False),
    ("We did some things to fix it.", True),
])
def test_vague_words_are_vague_only_about_the_story(text: str, vague: bool) -> None:
    assert bool(_found("vague", text)) is vague


def test_an_aside_does_not_make_a_told_sentence_filler() -> None:
    told = analyze("I'd seen how a bank handled it with one shared form, and honestly I'm "
                   "proud of this bit.")
    assert not told.sentences[0].filler
    assert analyze("It was a great experience and everyone was happy.").sentences[0].filler


@pytest.mark.parametrize("text", ["Our releases got quicker.", "Releases became quicker.",
                                  "- Releases quicker."])
def test_a_comparative_change_late_in_a_story_is_its_outcome(text: str) -> None:
    story = ("- I asked Pieter to talk after the sprint review.\n- I told him the delays hurt "
             "our dates.\n- We agreed on reviews within a day.\n")
    analysis = analyze(story + text)
    assert "result" in analysis.sentences[3].kinds
    # Credit then follows the clause's reading: an outcome, not a scene set.
    if text == "Releases became quicker.":
        assert any(e.kind == "result" and e.sentence == 3 for e in analysis.evidence)


def test_a_simpler_process_said_tersely_is_simplification() -> None:
    for text in ("- One shared form, company details auto-filled from the registry.",
                 "We replaced eleven forms with one."):
        assert _found("simplification", text), text


def _penalty(answer: str) -> float:
    return concreteness_penalty(analyze(answer))


def test_concreteness_is_measured_over_clauses_not_sentences() -> None:
    """One "I think" in a long run-on sentence loosens its clause, not all the sentence tells."""
    run_on = ("I rewrote the alert rules, I paired with the on-call team, I think it was in "
              "March, and I reviewed every page for a month.")
    cut = ("I rewrote the alert rules. I paired with the on-call team. I think it was in "
           "March. I reviewed every page for a month.")
    assert _penalty(run_on) == pytest.approx(_penalty(cut), abs=0.1)
    # Filler still weighs in full: a platitude is unconcrete through and through.
    padded = cut + " It was a great experience and everyone was happy with how it all went."
    assert _penalty(padded) > _penalty(cut)


def test_subject_insertion_keeps_offsets_in_the_sentence_as_written() -> None:
    answer = "- Obstacle: slow reviews; cut the queue to one reviewer a day."
    analysis = analyze(answer)
    for item in analysis.evidence:
        assert answer[item.start:item.end] == item.quote
        assert item.start <= item.at < len(answer)


def test_a_number_in_a_late_step_is_no_outcome() -> None:
    """"I paired with two other engineers" counts who helped; "300 suppliers signed up" is what
    came of it."""
    story = ("I found the form failed screen-reader tests. I told the PM we should slip. The "
             "agency chose a short slip. ")
    step = analyze(story + "I paired with two other engineers on the fixes.")
    assert not any(e.kind in ("result", "quantified_result") and e.sentence == 3
                   for e in step.evidence)
    outcome = analyze(story + "In the first year three hundred suppliers signed up.")
    assert any(e.kind == "quantified_result" and e.sentence == 3 for e in outcome.evidence)


def test_a_cue_in_a_clause_carrying_a_red_flag_earns_no_credit() -> None:
    """Like any other credit: "the real problem was QA" blames, and finds no root cause."""
    story = "I shipped the model. When I dug in, I found the leak. "
    blaming = analyze(story + "The real problem was QA, who sat on the build for a week.")
    plain = analyze(story + "The real problem was the validation split I had chosen.")
    cue = r"\bthe real problem was\b"
    assert blaming.has("blame")
    assert not blaming.matches([cue], "cue0")
    assert plain.matches([cue], "cue0")
    assert blaming.matches([cue], "negative_cue")  # what counts against still counts


def test_a_clause_hedged_in_its_own_words_is_credited_as_hedged() -> None:
    """"…and we had fewer bugs, at least it felt that way" is a hedged outcome, however its
    grammar reads; "I tried to explain" is an attempt that happened, not doubt."""
    story = ("I set up a review guideline. I paired with each reviewer for a week. I ran a "
             "retro on it. ")
    hedged = analyze(story + "We had fewer bugs in production, at least it felt that way.")
    plain = analyze(story + "We had fewer bugs in production.")

    def result(analysis: Analysis) -> float:
        return max(e.strength for e in analysis.evidence if e.kind == "result")

    assert result(hedged) < result(plain)
    tried = analyze("I tried to explain my reasoning to him twice.")
    assert tried.sentences[0].hedges == ()


NIGHT_SHIFT = ("I was the night supervisor at a print works. One evening the folder jammed with a "
               "magazine run due in the morning. I moved two operators from the cutter to the "
               "folder. I called the engineer at home and he came in. ")


@pytest.mark.parametrize("answer", [
    NIGHT_SHIFT + "The run finished early and the delivery passed the client's check.",
    NIGHT_SHIFT + "- Run finished; delivery passed client check",
    "I am night supervisor in print works. One evening the folder jam and magazine run is due "
    "in morning. I move two operators from cutter to folder. I call the engineer at home and "
    "he come in. The run is complete and delivery is pass.",
], ids=["plain", "terse", "non-native"])
def test_work_reported_finished_late_in_the_story_is_its_outcome(answer: str) -> None:
    assert "result" in _kinds(answer)


def test_work_nobody_names_finished_is_no_outcome_told() -> None:
    analysis = analyze(NIGHT_SHIFT + "It was all finished.")
    assert not analysis.has("result")
    assert analysis.clauses[-1].role != "result"


def test_since_this_closing_a_clause_dates_it_and_gives_no_reason() -> None:
    """"No stockouts again since this" tells what came after, as "since then" does; "since
    this was the busiest week" gives a reason."""
    story = ("I ran the stock room at a garden centre. In April we ran out of compost twice. I "
             "set a reorder point on every pallet line. ")
    dated = analyze(story + "We did not have a stockout again since this.").clauses[-1]
    assert dated.role != "grounds", dated
    reason = analyze(story + "I ordered early since this was the busiest month.").clauses[-1]
    assert reason.role == "grounds", reason


def test_a_terse_line_keeps_the_speakers_steps_after_a_semicolon_and_a_dropped_article() -> None:
    """"- Two drivers off sick; borrowed one from days" is a fact, then the candidate's step;
    "- Sent revised rota" drops its article, and "revised" is the rota's, not a second verb."""
    answer = ("- Night lead at a parcel depot, 14 drivers\n"
              "- Two drivers off sick; borrowed one from the day shift\n"
              "- Sent revised rota to all drivers by 6 pm\n")
    clauses = {c.text: c for c in analyze(answer).clauses}
    assert clauses["borrowed one from the day shift"].actor == "candidate", clauses
    assert clauses["Sent revised rota to all drivers by 6 pm"].actor == "candidate", clauses


def test_a_terse_cost_after_someone_elses_part_is_their_conduct_costing() -> None:
    """After a semicolon a step with no subject goes on with the part before it: "- She sat
    on my pull requests for days; held up my work" is what her conduct cost, as "which held up
    my work" is; after the candidate's own part the delay is theirs."""
    from roundtable.catalog import get_competency
    cues = next(c.cues for c in get_competency("conflict").criteria if c.id == "the-conflict")
    theirs = analyze("- She sat on my pull requests for days; held up my work\n")
    mine = analyze("- Rewrote the spec twice; delayed our launch by a week\n")
    assert theirs.matches(cues, "cue")
    assert not mine.matches(cues, "cue")


def test_a_label_opening_a_terse_line_does_not_hide_the_fact_after_it() -> None:
    """"- After: fine between us, quicker sign-offs; …" tells how two stood after the story,
    though "After" would open a phrase; without the label it would join the step after it."""
    answer = ("- Night buyer at a frozen-food importer\n"
              "- Quality lead Oskar held every container for a second check, 2 days each\n"
              "- Asked our director to sit down with both of us\n"
              "- Agreed: second check only for new suppliers\n"
              "- After: fine between us, quicker sign-offs; had lunch most Fridays since\n")
    clauses = [c for c in analyze(answer).clauses if c.sentence == 4]
    assert clauses[0].text == "After: fine between us, quicker sign-offs", clauses
    assert clauses[0].role == "relationship", clauses[0]
