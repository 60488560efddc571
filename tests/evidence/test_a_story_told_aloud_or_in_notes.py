"""A story read as the same story whether it is told aloud in the present, in a second
language or in notes: the pair taken up again by "we" ("Lena and me, we walked the aisle"), a
time in the past hung on a finding told in the present, the steps of a story told in the
present however its sentences open, a note's weekday heading and a word set off in brackets.
Each rule sits beside the near miss it must not take along. Sentences written for these tests;
none is in a data set.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def _clause(answer: str, opening: str) -> Clause:
    return next(c for c in analyze(answer).clauses if c.text.lstrip().startswith(opening))


def _kinds_in_sentence(answer: str, opening: str) -> set[str]:
    analysis = analyze(answer)
    at = next(s.index for s in analysis.sentences if s.span.text.lstrip().startswith(opening))
    return {e.kind for e in analysis.evidence if e.sentence == at and e.strength > 0}


# A past story told by a second-language speaker; `{line}` is one of its sentences.
SECOND_LANGUAGE = ("I was supervisor in a cold store for a frozen food company. In March the "
                   "stock counts was wrong every week, around forty cases missing. {line} "
                   "After that the counts was right again and the manager was happy.")


@pytest.mark.parametrize(("line", "opening", "mode"), [
    # A pair with the teller in it, taken up again by "we", tells one step…
    ("Tomasz from the night shift and me, we counted the racks by hand.", "Tomasz", "fact"),
    # …and a routine only with a word of one.
    ("Tomasz from the night shift and me, we count the racks every morning.", "Tomasz",
     "habitual"),
])
def test_a_pair_taken_up_again_by_we_tells_what_the_pair_did(
        line: str, opening: str, mode: str) -> None:
    assert _clause(SECOND_LANGUAGE.format(line=line), opening).mode == mode


def test_a_pair_taken_up_again_by_we_is_matched_as_the_tellers_step() -> None:
    """"Tomasz and me, we counted the racks" is matched as "Tomasz and I counted the racks": a
    step the teller took part in, as the same line told in plain English is."""
    taken_up = "Tomasz from the night shift and me, we counted the racks by hand."
    plain = "Tomasz from the night shift and I counted the racks by hand."
    assert "action" in _kinds_in_sentence(SECOND_LANGUAGE.format(line=taken_up), "Tomasz")
    assert "action" in _kinds_in_sentence(SECOND_LANGUAGE.format(line=plain), "Tomasz")
    # near miss: the pair without the teller is someone else's step
    theirs = "Tomasz from the night shift and his brother, they counted the racks by hand."
    assert "action" not in _kinds_in_sentence(SECOND_LANGUAGE.format(line=theirs), "Tomasz")


@pytest.mark.parametrize(("line", "opening", "mode"), [
    # What was found, told in the present of a second-language telling, and the time in the
    # past hung on it are the story's…
    ("We discover that when the racks were moved some weeks before, two labels was swapped.",
     "when the racks were moved", "fact"),
    ("We discover that when the racks were moved some weeks before, two labels was swapped.",
     "We discover", "fact"),
    # …where a time in the present hung on a habit goes on with it.
    ("We always check the labels when a rack is moved.", "when a rack is moved", "habitual"),
])
def test_a_past_time_hung_on_a_finding_told_in_the_present_is_the_storys(
        line: str, opening: str, mode: str) -> None:
    assert _clause(SECOND_LANGUAGE.format(line=line), opening).mode == mode


# A story told aloud in the present: dated only by a stretch before a named event, with a
# share handed out ("a shift each") and a lesson said as "what I'd do again".
TOLD_ALOUD = (
    "So I'm running the pharmacy counter at a big supermarket, and three weeks before the flu "
    "clinic opens my colleague Wen goes off sick. She's got forty booked patients and the agency "
    "has nobody. So I go to Dmitri, our store manager, and he agrees Ravi and I cover a shift "
    "each. I drop my own stock-take for three weeks and I tell the team why. {line} Ravi takes "
    "the mornings, I take the evenings. We finish the list two days early. Then the next year Wen "
    "rings me before the clinic to ask how we split it. What I'd do again: say out loud what you "
    "are dropping.")


@pytest.mark.parametrize(("line", "mode"), [
    # One step of the story told in the present is a step…
    ("I build a shared list of every patient and their slot.", "fact"),
    # …and a routine told inside it stays a routine.
    ("Every Friday Ravi and I meet for ten minutes to update it.", "habitual"),
])
def test_a_story_told_aloud_in_the_present_is_one_story(line: str, mode: str) -> None:
    answer = TOLD_ALOUD.format(line=line)
    analysis = analyze(answer)
    assert "hypothetical" not in {f.kind for f in analysis.flags}
    assert _clause(answer, line.split()[0] + " " + line.split()[1]).mode == mode
    assert _clause(answer, "I drop my own stock-take").mode == "fact"


def test_a_routine_told_in_the_present_is_no_story_however_its_shares_are_handed_out() -> None:
    """Near miss: the same words told as how the teller always works (no time of its own, words
    of habit in every step) stay habits."""
    answer = ("Whenever a colleague goes off sick, I usually go to the store manager and we "
              "normally cover a shift each. I always drop my own stock-take and I usually tell "
              "the team why. I typically build a shared list of every patient.")
    modes = {c.mode for c in analyze(answer).clauses if c.actor == "candidate"}
    assert modes <= {"habitual", "hypothetical"}


@pytest.mark.parametrize(("line", "actor", "mode"), [
    # A note's weekday heading, with its hour, is no subject: the step under it is the
    # teller's…
    ("- Fri ~4pm: deployed the schema change to prod", "candidate", "fact"),
    ("- Thu: rang the vendor about the licence", "candidate", "fact"),
    # …where a name after the heading acts itself.
    ("- Fri ~4pm: Priya deployed the schema change to prod", "other", "fact"),
    # A word set off in brackets is an aside, not a denial of the step…
    ("- rebuilt the index that night (no lock, no downtime)", "candidate", "fact"),
    # …where a step denied stays denied, whatever the brackets say.
    ("- didn't rebuild the index that night (no time)", "candidate", "negated"),
])
def test_a_notes_heading_and_an_aside_in_brackets_leave_the_step_as_it_is(
        line: str, actor: str, mode: str) -> None:
    answer = f"- backend dev, online shop, 2023\n{line}\n- checkout back within the hour"
    clause = _clause(answer, line.lstrip("- ").split()[0])
    assert (clause.actor, clause.mode) == (actor, mode)


# A story told in the present that sets itself in a past time ("So it's last spring") and ends
# on a lesson said in general words.
SET_LAST_SPRING = (
    "So it's last spring and I'm the kitchen manager at a hotel, and we've got three weeks to "
    "get ready for a wedding season. Straight away the fish supplier rings, he's double-booked "
    "his boat. Marta, the head chef, and I sit down and rework the menus. We switch two "
    "courses to lamb. We run a tasting on the Thursday. I call the couples myself to explain. "
    "The first wedding goes out on time and the couples sign off every plate. {lesson}")


@pytest.mark.parametrize("lesson", [
    "",
    # a lesson is general by nature: its "always" says nothing of how the story was told
    "What I learned is you always need a second supplier, because something always goes wrong.",
])
def test_a_story_set_in_a_past_time_and_told_in_the_present_is_one_story(lesson: str) -> None:
    answer = SET_LAST_SPRING.format(lesson=lesson)
    assert "hypothetical" not in {f.kind for f in analyze(answer).flags}
    assert _clause(answer, "We switch two courses").mode == "fact"
    assert _clause(answer, "I call the couples").mode == "fact"


def test_the_same_steps_told_as_a_habit_stay_a_habit() -> None:
    """Near miss: no time of its own and words of habit in the steps: a routine."""
    answer = ("I'm the kitchen manager at a hotel. Whenever a supplier lets us down I usually "
              "sit down with the head chef and we normally rework the menus. We always run a "
              "tasting on a Thursday. I usually call the couples myself.")
    assert _clause(answer, "We always run a tasting").mode == "habitual"


@pytest.mark.parametrize(("lesson", "learned"), [
    ("The bit I took away was those ten minutes, so I made a sheet of every contact.", True),
    ("The main thing I took from it is to keep the contacts in one place.", True),
    # near miss: a part taken on is no lesson
    ("The bit I took over was the night rota, so the day team could rest.", False),
])
def test_a_lesson_named_by_any_word_for_a_part_is_a_lesson(lesson: str, learned: bool) -> None:
    answer = ("I was on nights as transport controller when a trailer fridge failed. I diverted "
              "the driver to our cross-dock and the stock was saved. " + lesson)
    assert ("learning" in _kinds_in_sentence(answer, "The ")) is learned


@pytest.mark.parametrize(("line", "flagged"), [
    # A question put to others asks after their feelings; the teller shows none…
    ("I asked each of them two questions: what should I leave alone, and what drives you mad?",
     False),
    # …where the teller's own words of anger frame the story.
    ("Honestly the whole month drove me mad and I let the team know it.", True),
])
def test_a_question_put_to_others_about_their_feelings_is_no_anger_of_the_tellers(
        line: str, flagged: bool) -> None:
    answer = ("Three years ago I was promoted to lead the payments team at a credit union. In my "
              f"first two weeks I held a one-to-one with everyone. {line} I wrote up the themes "
              "and read them back to the team.")
    assert ("emotional" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("line", "flagged"), [
    # Others watching the teller are scrutinising them, not sitting by…
    ("People were polite, but they were watching me.", False),
    # …where others who only watched while the teller worked are made passengers.
    ("I rebuilt the whole ledger and the rest of them were just watching.", True),
])
def test_others_watching_the_teller_is_no_claim_to_the_work(line: str, flagged: bool) -> None:
    answer = ("Three years ago I was promoted to lead the payments team at a credit union. "
              f"{line} In my first two weeks I held a one-to-one with everyone and wrote up "
              "what they told me.")
    assert ("sole_credit" in {f.kind for f in analyze(answer).flags}) is flagged


@pytest.mark.parametrize(("moral", "general"), [
    ("I think it showed that sometimes you have to step in.", True),
    # the same rule said as a second language or speech says it
    ("I think it show that sometimes you must step in.", True),
    ("Honestly you've got to step in sometimes.", True),
    # near miss: what someone in the story must do is no rule of life
    ("I told her where you must sign the form.", False),
])
def test_a_rule_of_life_is_general_however_it_is_said(moral: str, general: bool) -> None:
    answer = ("I was a repairs officer at the council. A tenant's leak report went to a dead "
              "inbox, so I forwarded every open request to our contractor the same day. " + moral)
    last = analyze(answer).sentences[-1]
    assert ("generic_claim" in last.kinds) is general


@pytest.mark.parametrize(("step", "owned"), [
    # Writing someone an email tells them, as emailing them does…
    ("I wrote email to Bilal in the digital team to explain what I found.", False),
    ("I emailed Bilal in the digital team to explain what I found.", False),
    # …where writing the thing itself is the teller's work.
    ("I wrote the routing fix for the form myself.", True),
])
def test_writing_someone_an_email_is_no_ownership(step: str, owned: bool) -> None:
    answer = "The council's new repairs form sent some reports to a dead inbox. " + step
    assert ("ownership" in analyze(answer).sentences[-1].kinds) is owned


@pytest.mark.parametrize(("line", "higher"), [
    ("It wasn't my system, but I didn't want to just leave it.", True),
    ("It was not our platform, but I didn't want to just leave it.", True),
    # near miss: a system that was the teller's is no job taken on unasked
    ("It was my system, and I didn't want to just leave it.", False),
])
def test_a_system_that_was_not_the_tellers_is_taken_on_unasked(line: str, higher: bool) -> None:
    import roundtable

    story = ("I was a repairs officer in the council's housing team. The new online repairs form "
             "was run by the digital team. {line} I went through the dead inbox and forwarded "
             "every open request to our contractor that afternoon.")

    def took_it_on(text: str) -> int:
        review = roundtable.review(story.format(line=text), competency="ownership")
        return next(c.score for c in review.scores.criteria if c.id == "took-it-on")

    baseline = took_it_on("I didn't want to just leave it.")
    assert (took_it_on(line) > baseline) is higher


def _teamwork(answer: str, criterion: str) -> tuple[int, str]:
    import roundtable

    review = roundtable.review(answer, competency="teamwork")
    return next((c.score, c.rationale) for c in review.scores.criteria if c.id == criterion)


TEAM_STORY = ("Two years ago a maths colleague went on sudden leave six weeks before the exams. "
              "I suggested to our head of department that Emeka and I take one of her classes "
              "each. {line} We split the topics by strength: he took algebra and I took "
              "statistics. Forty-four of the 54 students passed.")


@pytest.mark.parametrize(("line", "criterion"), [
    # What the teller gave up for the team, in any words for their own work…
    ("I dropped my own lunchtime maths club for six weeks to free the hours.", "team-first"),
    # …and a meeting kept with the others, however long it ran.
    ("The three of us met for fifteen minutes every Friday to update the tracker.",
     "collaboration"),
])
def test_a_team_story_is_credited_for_what_it_tells_in_its_own_words(
        line: str, criterion: str) -> None:
    score, why = _teamwork(TEAM_STORY.format(line=line), criterion)
    assert "competency-specific phrasing" in why
    # near miss: the same story without the line
    assert score > _teamwork(TEAM_STORY.format(line="I told the students what was happening."),
                             criterion)[0]


@pytest.mark.parametrize(("check", "trusted"), [
    # A trial run to settle the cause is a check of the teller's own…
    ("We ran 200 parts with each nozzle and the new one cracked far more.", False),
    ("I ran a test batch on the old die before I said anything.", False),
    # …where a run of the line is no check.
    ("We ran the line as normal for the rest of the week.", True),
])
def test_a_trial_run_checks_an_account_taken_from_someone_else(check: str, trusted: bool) -> None:
    answer = ("I was a quality engineer at a die-casting plant. Rejects for cracked housings rose "
              "to 6% and the production manager was sure the new alloy was the cause. " + check +
              " Rejects were back at 1.1% within a week.")
    assert bool(analyze(answer).on_trust) is trusted


@pytest.mark.parametrize(("stretch", "story"), [
    # A stretch of time counted out as it is said places a story told in the present…
    ("And for about a week the pick rate goes up a bit, and then it's back to 140.", True),
    ("For a month the pick rate goes up, and then it's back to 140.", True),
    # …where a stretch that recurs is a habit's ("for a week every spring").
    ("And for a week every spring the pick rate goes up, and then it's back to 140.", False),
])
def test_a_stretch_said_as_it_is_said_places_a_story_told_in_the_present(
        stretch: str, story: bool) -> None:
    answer = ("So I'm a shift lead at a parcel depot and we're meant to pick 160 an hour. I'm not "
              "one for meetings, I usually lead from the front. So I get everyone together and I "
              "tell them straight, pick faster or there are consequences. Within a month two of "
              f"them quit. {stretch} And Dave, my manager, he's like, maybe ease off.")
    assert ("hypothetical" not in {f.kind for f in analyze(answer).flags}) is story


@pytest.mark.parametrize(("line", "opening", "past"), [
    # A narrated step's present verb is matched as its simple past, irregular ones too…
    ("So they lend us their oven.", "So they lend", "lent"),
    ("So I ring the engineer.", "So I ring", "rang"),
    ("Me and Gary present the plan to the owner.", "Me and Gary", "presented"),
    # …and after "me and" a group, no word of the group is taken for the verb.
    ("Me and the two temps unload the lorry by hand.", "Me and the two temps", None),
])
def test_a_step_told_in_the_present_is_matched_as_its_past(
        line: str, opening: str, past: str | None) -> None:
    from roundtable.evidence.reading import told_in_past

    answer = ("So it's a Saturday in March and I'm running the bakery on my own. The oven breaks "
              f"down at six. {line} By noon the shop opens on time.")
    found = told_in_past(_clause(answer, opening))
    assert (found[2].strip() if found else None) == past


@pytest.mark.parametrize(("ending", "story"), [
    # Someone else's steps told with the third person's -s ("She applies. She interviews well.")
    # count toward a story told in the present, as the teller's own do…
    ("Then a charge nurse post comes up on another ward. She applies. She interviews well. Then "
     "she rings me to say thanks.", True),
    # …where the same person's habits do not.
    ("She always applies for every post. She usually interviews well. She often rings me.",
     False),
])
def test_someone_elses_steps_in_the_present_count_toward_the_story(
        ending: str, story: bool) -> None:
    answer = ("So I'm a ward sister on a surgical ward, and one of my nurses, Grace, is brilliant "
              "with patients but never speaks in handovers. I ask her to lead the next safety "
              f"brief. I sit in on it and I give her notes afterwards. {ending}")
    assert (_clause(answer, "I sit in on it").mode == "fact") is story
