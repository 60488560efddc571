"""The same step, flag or time read alike however the story is told: notes' abbreviations and
dropped articles, a second language's "from my 30 children" and "when I think back", the
historic present ("so I'm hitting that target single-handedly", "summer 2021", "for six
weeks"), and words that name what was not done ("rather than going behind his back"). Each rule
sits beside the near miss it must not take along. Sentences written for these tests; none is in
a data set.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence if e.strength > 0}


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("line", "kind"), [
    # A note's "mgr", "GM", "w/" are the words they stand for.
    ("- Rang night mgr Dave Kerr at home.", "communication"),
    ("- Told GM Sofia Marin within 1 hr.", "stakeholder"),
    ("- Told GM Sofia Marin within 1 hr.", "timeframe"),
    # …and so is an article left out: "rang night manager", "wrote proposal".
    ("- I rang night manager about it.", "communication"),
    ("I wrote proposal of one page for the team leader.", "communication"),
])
def test_a_notes_abbreviations_and_dropped_articles_read_as_written_out(line: str,
                                                                          kind: str) -> None:
    assert kind in _kinds(line)


def test_an_abbreviation_is_quoted_as_written_and_hr_stays_a_department() -> None:
    answer = "- Told GM Sofia Marin within 1 hr. HR said no."
    analysis = analyze(answer)
    quoted = {e.quote for e in analysis.evidence if e.kind == "stakeholder"}
    assert quoted == {"Told GM Sofia Marin within 1 hr."}
    assert "timeframe" not in {e.kind for e in analysis.evidence if e.sentence == 1}


TOLD_IN_PRESENT = (
    "When I am working in a primary school as class teacher, I share the hall with another "
    "teacher, Marta. In one week she book the hall two times when my class need it, and I am "
    "quite frustrated. So one day after school I ask Marta if she have few minutes, and we talk. "
    "I find out she don't know about the paper diary, because nobody show her. We agree to move "
    "booking to a shared calendar, and after this it is mostly better. Now me and Marta are "
    "fine. {closing}")


@pytest.mark.parametrize(("closing", "lesson"), [
    # "When I think back" opens a lesson in a story told in the present, as "when I look back"
    # does (matched as the past it is read as: "when I thought back")…
    ("When I think back, I must speak with her directly first, not go to the head.", True),
    # …and "I think back then" is no look back.
    ("I think back then nobody used the diary at all.", False),
])
def test_thinking_back_opens_a_lesson_in_a_story_told_in_the_present(closing: str,
                                                                     lesson: bool) -> None:
    assert ("learning" in _kinds(TOLD_IN_PRESENT.format(closing=closing))) is lesson


@pytest.mark.parametrize(("sentence", "actor"), [
    # A count of the teller's people, after a time said without its article, is theirs.
    ("At end of term 27 from my 30 children do minimum three pieces of work per week.", "other"),
    ("At end of term 27 of my 30 children did at least three pieces of work a week.", "other"),
    ("At the end of the term I marked every piece of work myself.", "candidate"),
])
def test_a_count_of_the_tellers_people_is_theirs_not_the_tellers(sentence: str,
                                                                  actor: str) -> None:
    assert analyze(sentence).clauses[0].actor == actor


@pytest.mark.parametrize(("sentence", "flagged"), [
    # Going around someone, named as what was not done, forces nothing.
    ("I told him first rather than going behind his back.", False),
    ("And I told him that first, I didn't want to, you know, go behind his back.", False),
    ("So the lesson is, tell the person first before you go over their head.", False),
    ("I went over his head.", True),
    # ("instead of" the talking, not of the going)
    ("Instead of talking to him I went over his head.", True),
    # A plan that went ahead past the teller's objection is not the teller's doing.
    ("I raised it in three meetings with the general manager, but it went ahead anyway.", False),
    ("He said no, but I went ahead anyway.", True),
])
def test_going_around_someone_said_as_not_done_forces_nothing(sentence: str,
                                                              flagged: bool) -> None:
    assert ("steamroll" in _flags(sentence)) is flagged


PRESENT = ("So I'm assistant manager at a clothing store, and we've got this loyalty-card "
           "target. So I take over, right. I write a script and I set targets for everyone. "
           "And we finish on 430, and the regional manager singles out our store. ")


@pytest.mark.parametrize(("closing", "flagged"), [
    # The word itself claims the work, in whatever tense the story is told.
    ("So honestly I'm hitting that target single-handedly, like, the team's just following "
     "my script.", True),
    ("Honestly, I hit that target single-handedly.", True),
    ("I didn't do it single-handedly, the team did most of the calls.", False),
])
def test_single_handedly_claims_the_work_in_any_tense(closing: str, flagged: bool) -> None:
    assert ("sole_credit" in _flags(PRESENT + closing)) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    # Whom the teller answered for, said as theirs, owns a charge and claims no one's work.
    ("Fridge checks weren't my job that night, but the patients were mine.", False),
    ("The success was all mine.", True),
])
def test_a_charge_said_as_mine_claims_no_credit(sentence: str, flagged: bool) -> None:
    assert ("sole_credit" in _flags(sentence)) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    # Someone else's word to the teller denies no failing of theirs.
    ("Their complaints went nowhere, so on my first one-to-ones three people told me nothing "
     "will change.", False),
    ("I've never failed at anything I took on.", True),
])
def test_what_others_told_the_teller_denies_no_failing(sentence: str, flagged: bool) -> None:
    assert ("never_fail" in _flags(sentence)) is flagged


@pytest.mark.parametrize(("answer", "opening", "mode"), [
    # The teller's refusal in a story told in the past happened (LABELS.md: "he wouldn't drop
    # the checklist" is negated).
    ("The operator kept pushing us to shorten the checks. I wouldn't sign until we'd "
     "re-torqued the set.", "I wouldn't sign", "negated"),
    ("He asked me to sign it anyway, and I wouldn't.", "and I wouldn't", "negated"),
    # "we'd re-torqued": a past perfect, the hyphen notwithstanding
    ("The operator kept pushing us to shorten the checks. I wouldn't sign until we'd "
     "re-torqued the set.", "until we'd", "fact"),
    # What the teller would not do again, or would not do on a condition, is imagined.
    ("We shipped late. I wouldn't rush it again.", "I wouldn't rush", "hypothetical"),
    ("He asked me to sign. I wouldn't sign if it was unsafe.", "I wouldn't sign",
     "hypothetical"),
    # …and "would not win" refuses nothing.
    ("We argued for a week. I think without the data I would not win this argument.",
     "I think", "hypothetical"),
])
def test_the_tellers_refusal_in_a_past_story_happened(answer: str, opening: str,
                                                      mode: str) -> None:
    assert _clause(answer, opening).mode == mode


@pytest.mark.parametrize(("sentence", "mode"), [
    # "would" with "all the time" tells what used to happen, as "used to" does.
    ("People said he'd snap at crew all the time.", "habitual"),
    ("I'd check it all the time if I were you.", "hypothetical"),
])
def test_would_all_the_time_is_a_habit_unless_imagined(sentence: str, mode: str) -> None:
    assert analyze(sentence).clauses[-1].mode == mode


SITE = ("So I'm site supervisor on a school extension in Reading, {when}and we're about three "
        "weeks behind because of a late steel delivery. The client wants it ready for "
        "September, so I tell the team we're working Saturdays {stretch}, no exceptions. And a "
        "couple of the lads, Lee and Marcus, say they can't do every Saturday, and I tell them, "
        "look, if you're not committed there's plenty of others who'll take your place. We get "
        "most of it done, though the handover slips into the October half-term. Marcus leaves "
        "{end}.")


@pytest.mark.parametrize(("when", "stretch", "end", "imagined"), [
    # A season of one year and the stretch of one job place a story told in the present.
    ("summer 2021, ", "for the rest of the job", "before the end of the job", False),
    # Without them the same words could be a routine.
    ("", "", "soon after", True),
])
def test_a_season_of_one_year_places_a_story_told_in_the_present(
        when: str, stretch: str, end: str, imagined: bool) -> None:
    answer = SITE.format(when=when, stretch=stretch, end=end).replace("  ,", ",").replace(
        " ,", ",")
    assert ("hypothetical" in _flags(answer)) is imagined


FARM = ("So I'm a farm hand on a dairy farm, and it's spring calving, and Owen, one of the team, "
        "breaks his wrist. So we go from four of us down to three{stretch}. And we all just "
        "pitch in. I'm taking some of his early milkings, and we sit down with Bethan, the farm "
        "manager, and reorganise the rota so the calving checks are covered. And it's long "
        "days for everyone. But we get through it.")


@pytest.mark.parametrize(("stretch", "imagined"), [
    # One stretch counted out ("for six weeks") tells one occasion.
    (", for six weeks", False),
    ("", True),
])
def test_one_stretch_counted_out_tells_one_occasion(stretch: str, imagined: bool) -> None:
    assert ("hypothetical" in _flags(FARM.format(stretch=stretch))) is imagined


@pytest.mark.parametrize(("sentence", "blamed"), [
    # The fault put away from the teller's side, said with a comma as it is spoken…
    ("We were three weeks behind, which isn't our fault, the supplier's messed up.", True),
    ("We are three weeks behind, and this is not our fault, supplier make mistake.", True),
    ("In this case it's not really down to us on the desk.", True),
    # …not the teller's own side named after the comma, nor a duty that was not theirs.
    ("It wasn't our fault, we made the call together.", False),
    ("It's not down to us to decide the menu.", False),
])
def test_the_fault_put_away_from_the_tellers_side_in_spoken_words(sentence: str,
                                                                  blamed: bool) -> None:
    assert ("blame" in _flags(sentence)) is blamed


@pytest.mark.parametrize(("sentence", "kind", "found"), [
    # A plan remade with someone is done with them.
    ("We reorganised the rota with Bethan, the farm manager.", "collaboration", True),
    ("We reorganised the rota with it in mind.", "collaboration", False),
    # How the two stood, however it is said.
    ("And Helen and me, we're fine now, I think.", "relationship", True),
    ("Me and Helen are fine now.", "relationship", True),
    ("With Helen now we are fine, I think.", "relationship", True),
    ("The sales team and I are good at this.", "relationship", False),
])
def test_work_with_others_and_how_they_stood_in_spoken_words(sentence: str, kind: str,
                                                             found: bool) -> None:
    assert (kind in _kinds(sentence)) is found


@pytest.mark.parametrize(("step", "score"), [
    # Taking on an injured colleague's work helps him, as "covered for him" does.
    ("I took some of his early milkings, the 5 a.m. ones.", 2),
    ("I took some early milkings, the 5 a.m. ones.", 1),
])
def test_taking_on_a_colleagues_work_helps_them(step: str, score: int) -> None:
    answer = ("I work as a farm hand on a dairy farm. During spring calving my colleague Owen "
              f"broke his wrist, so the team went from four people down to three. {step} It "
              "was long days for everyone. We got through it.")
    criteria = roundtable.review(answer, competency="teamwork").scores.criteria
    scores = {c.id: c.score for c in criteria}
    assert scores["helping-others"] == score


SHOP = ("So {when}I'm assistant manager at a shoe shop, and we get this target, clear 30% of our "
        "old stock by the end of the month. Now normally old stock just sits on a back rail till "
        "head office marks it down. So me and Sandra, she's the store manager, we move the older "
        "lines to a clearance area, and we do some new displays. And I ask the team, like, when "
        "you're on the till, mention the clearance rail. And then mid-month we run a weekend "
        "promotion. And by the end of {month} we've cleared around 25%, so we don't quite hit "
        "it. {closing}")


@pytest.mark.parametrize(("when", "month", "closing", "imagined"), [
    # The month a story told in the present is set in places it ("So it's January")…
    ("it's January, ", "January", "I'd get the displays up earlier.", False),
    ("", "the month", "I'd get the displays up earlier.", True),
    # …and so does a lesson drawn from it (round 74: "If I'm doing it again" looks back on one
    # time, as "if I did it again" does).
    ("", "the month", "If I'm doing it again, I'd get the displays up earlier.", False),
])
def test_the_month_a_present_story_is_set_in_places_it(when: str, month: str, closing: str,
                                                       imagined: bool) -> None:
    answer = SHOP.format(when=when, month=month, closing=closing)
    assert ("hypothetical" in _flags(answer)) is imagined


REPAIRS = ("So I'm a housing repairs coordinator at a council, and it's November, first week of a "
           "cold snap, and we're getting 140 repair requests, and 60 of them are heating. We've "
           "only got contractor slots for half of that. {who} go through the list, and we put "
           "heating and vulnerable tenants first. And the non-urgent stuff gets pushed to the "
           "following week. And we ask the contractors if they can do a bit of overtime. And "
           "most of the heating jobs get done within a few days.")


@pytest.mark.parametrize(("who", "all_ours"), [
    # Steps the candidate names themself in, beside one other, are theirs too…
    ("So me and Jim, he's my supervisor, we", False),
    # …where "we" alone tells only the team's.
    ("So we", True),
])
def test_steps_told_as_me_and_a_colleague_are_the_candidates_too(who: str,
                                                                 all_ours: bool) -> None:
    review = roundtable.review(REPAIRS.format(who=who), competency="prioritization")
    assert any("all told as the team's" in c.rationale
               for c in review.scores.criteria) is all_ours


TRANSCRIPT = (
    "Interviewer: Tell me about a time you took a decision quickly.\n\n"
    "Candidate: I ran the packing floor at a warehouse. We were losing about 40 minutes a "
    "shift because pickers had to walk to one packing area at the back, so one weekend we moved "
    "it.\n\n"
    "Interviewer: Who else was involved in that decision?\n\n"
    "Candidate: I'd raised it with the site manager, and he said he wanted to see a proposal "
    "and run it past health and safety first. Which I understand, but realistically that "
    "would've been a month. {then}\n\n"
    "Interviewer: How did it turn out?\n\n"
    "Candidate: Travel time dropped about 30 percent in the first week.")


@pytest.mark.parametrize(("then", "flagged"), [
    # A step asked for first, heard, and then not waited for, is gone past.
    ("The racking team were in on the Saturday anyway, so I had them do it then.", True),
    # Doing what was asked first forces nothing.
    ("So I wrote the proposal that week and he signed it off.", False),
])
def test_a_step_asked_for_first_and_not_waited_for_is_gone_past(then: str,
                                                                flagged: bool) -> None:
    review = roundtable.review(TRANSCRIPT.format(then=then), competency="bias-for-action")
    assert ("steamroll" in {f.kind for f in review.flags}) is flagged


@pytest.mark.parametrize(("sentence", "mode"), [
    # Each one of a kind told in progress, or a stretch of months told first, recurs.
    ("Every changeover was taking two hours.", "habitual"),
    ("And for, like, months the drugs count on one ward was coming up short.", "habitual"),
    ("Every pallet was checked twice.", "fact"),
])
def test_each_of_a_kind_in_progress_and_months_of_it_recur(sentence: str, mode: str) -> None:
    assert analyze(sentence).clauses[0].mode == mode


@pytest.mark.parametrize(("sentence", "generic"), [
    # A question put to someone in the story ("what would you need to see") is no maxim…
    ("I show him the obs chart, I say, look, I'm not comfortable, what would you need to see "
     "to feel safe either way?", False),
    ("What do you need to get this done?", False),
    # …where "you need to" said as a rule is one.
    ("I told him you need to check the labels every time.", True),
])
def test_a_question_put_with_you_need_to_is_no_maxim(sentence: str, generic: bool) -> None:
    assert ("generic_claim" in {e.kind for e in analyze(sentence).evidence}) is generic
