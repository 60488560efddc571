"""A strong answer told plainly is credited for what it tells (issue 8, "Robust to voice": a
strong answer is never called Strong No Hire).

Plain tellers, second-language speakers and people speaking off the cuff tell real substance
in words the reader used to pass over: a step put after the helper of a tense ("I am call the
supplier"), an outcome told as the loss that never came ("we never missed a delivery"), a
thing still in use ("they use my sheet still today"), a skipped check told with its kind ("I
didn't pressure test it"), a lesson applied as a present step on a thing ("since then I weigh
every pallet"), a person who stayed, sickness that fell. Each is credited; the look-alikes
that tell nothing of the kind stay unread.
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


SCENE = "Last spring the printer at our depot broke down twice in one week. "


@pytest.mark.parametrize("step", [
    "I am call the service company the same morning.",
    "I was write down every error code on a sheet.",
    "Next morning I was ring the depot at seven.",
])
def test_a_step_after_the_helper_of_a_tense_is_an_action(step: str) -> None:
    assert step in credited(SCENE + "So I took it on. " + step, "action"), step


@pytest.mark.parametrize("state", [
    "I was told to wait for the engineer.",
    "I was put on the night shift that week.",
    "I'm going to call them about it.",
])
def test_a_passive_or_a_plan_after_the_helper_is_no_action(state: str) -> None:
    assert not credited(SCENE + state, "action"), state


@pytest.mark.parametrize("outcome", [
    "The depot did not miss one delivery that month.",
    "The bakery did not lose one day.",
    "The warehouse still uses my colour labels.",
    "The night team follow that checklist to this day.",
])
def test_a_loss_that_never_came_or_a_thing_still_used_is_the_result(outcome: str) -> None:
    assert credited(SCENE + "I rewrote the loading plan. " + outcome, "result"), outcome


@pytest.mark.parametrize("line", [
    "Luckily we didn't lose much.",
    "I still use my old phone for work.",
])
def test_how_little_was_lost_or_a_thing_of_mine_still_used_is_no_result(line: str) -> None:
    assert not credited(SCENE + "I rewrote the loading plan. " + line, "result"), line


def test_a_skipped_check_told_with_its_kind_is_the_candidates_part() -> None:
    miss = ("Last year I wired a new cooker for a restaurant and I didn't pressure test the gas "
            "line because the old fitter said it was fine.")
    assert cued(miss, "failure", "their-part")


def test_a_lesson_applied_as_a_present_step_on_a_thing_is_applied() -> None:
    lesson = ("I once sent a van out overloaded and it was stopped at the weighbridge. Since "
              "then I weigh every pallet before it goes on.")
    assert cued(lesson, "failure", "lesson-applied")
    # a feeling since then is not a step
    assert not cued("I once sent a van out overloaded. Since then I feel a lot more careful.",
                    "failure", "lesson-applied")


@pytest.mark.parametrize(("line", "criterion"), [
    ("One of our porters told me he was going to leave because of the split shifts.",
     "noticed-people"),
    ("After the change, sickness on the weekend shifts dropped by half.", "team-health-result"),
    ("In the end the porter stayed, and he trains the new starters now.", "team-health-result"),
])
def test_a_person_heard_kept_and_sickness_fallen_count_for_the_team(line: str,
                                                                    criterion: str) -> None:
    assert cued(line, "strive-to-be-earths-best-employer", criterion), line


def test_staying_late_is_no_one_kept() -> None:
    assert not cued("On the last night she stayed late to help me count the stock.",
                    "strive-to-be-earths-best-employer", "team-health-result")


def test_sickness_and_childcare_are_what_the_hours_cost_people() -> None:
    told = ("Most of my team were parents and couldn't book childcare at a few days' notice, so "
            "I moved the rota to a fortnight ahead.")
    assert "wellbeing" in analyze(told).sentences[0].kinds


def test_offering_to_split_the_work_is_helping_a_teammate() -> None:
    assert cued("Our payroll lead was buried in the year-end run, so I offered to split the "
                "work and took the two hundred contractor records.", "teamwork", "helping-others")


@pytest.mark.parametrize(("outcome", "counted"), [
    ("After six months I was made nurse in charge.", True),
    ("It is now used in all four clinics in the trust.", True),
    ("It is now used by some people I think.", False),
])
def test_a_promotion_without_its_article_and_a_trial_spread_everywhere_are_results(
        outcome: str, counted: bool) -> None:
    told = "Our shop was losing weekend sales. I rewrote the staff rota with the team. " + outcome
    assert bool(credited(told, "result")) is counted, outcome


def test_things_that_never_fail_deny_no_failing_of_the_tellers() -> None:
    scene = ("I had to cut the planning backlog. The queue was mostly sheds, not just garages, "
             "from builders that never failed review.")
    assert not credited(scene, "never_fail")
    assert credited("To be honest, in my career my launches have never really failed.",
                    "never_fail")


def test_a_note_sent_to_the_whole_shift_shares_it_and_claims_nothing() -> None:
    assert not credited("I sent my notes to the whole shift, not only to the manager.",
                        "sole_credit")
    assert credited("Honestly I did the whole thing myself, the others just watched.",
                    "sole_credit")


@pytest.mark.parametrize("line", [
    "When I moved to the Lisbon office I kept a notebook of the phrases the drivers used.",
    "I asked the storeman at every break to explain two of the part codes.",
    "I asked to shadow the night porters for my first week.",
])
def test_learning_a_new_place_on_purpose_is_learning_what_the_change_demands(line: str) -> None:
    assert cued(line, "adaptability", "learning-new"), line


def test_helping_the_newer_people_now_steadies_others() -> None:
    told = ("After the move to the new ward I struggled for a month. Now I help the new nurses "
            "from overseas with the same list I made.")
    assert cued(told, "adaptability", "steadying-others")


@pytest.mark.parametrize("line", [
    "What drove everyone mad was the broken till.",
    "The thing that drove everyone mad was the double bookings.",
])
def test_someone_elses_anger_seen_or_foreseen_is_no_outburst_of_the_tellers(line: str) -> None:
    assert not credited(line, "emotional"), line


@pytest.mark.parametrize("line", [
    "Honestly the rota drove me mad and I snapped at him in the meeting.",
    "I got so frustrated that I stormed out of the meeting.",
])
def test_the_tellers_own_anger_still_is(line: str) -> None:
    assert credited(line, "emotional"), line


@pytest.mark.parametrize(("step", "counted"), [
    ("I had the loading bay repainted with a lane for the early vans.", True),
    ("I had the smoke alarms in all six flats replaced.", True),
    ("I had all the figures needed for the report.", False),
    ("I had the feeling it was the loading bay.", False),
])
def test_a_step_had_done_on_the_candidates_order_is_theirs(step: str, counted: bool) -> None:
    told = "Our depot had noise complaints from the street every night. " + step
    assert bool([q for q in credited(told, "action") if step[:20] in q]) is counted, step


def test_things_that_are_not_ones_job_in_the_plural_are_taken_on_unasked() -> None:
    assert cued("The stock system and the ordering aren't my job, but the shelves kept going "
                "empty, so I started a list.", "ownership", "took-it-on")


def test_not_wanting_to_send_it_until_it_is_checked_holds_the_line() -> None:
    told = ("The site manager wanted the handover pack out that night. I told him I didn't want "
            "to send it until I had checked the three missing test certificates.")
    assert credited(told, "disagreement")
    assert cued(told, "insist-on-the-highest-standards", "held-the-line")


def test_bad_news_told_straight_with_its_object_is_candour() -> None:
    told = ("The council said no to the grant the first time, and I told her that straight the "
            "same afternoon.")
    assert cued(told, "earn-trust", "candor")


def test_a_failing_weighed_against_a_strength_is_sizing_someone_up_not_blame() -> None:
    coached = ("We took on a new apprentice. She was really keen but on the till she was slow, "
               "and the queue kept growing. I sat with her every morning for two weeks.")
    assert not credited(coached, "blame")
    assert credited("The vendor was slow and they kept missing dates, so we slipped.", "blame")


def test_a_share_of_a_crowd_doing_it_late_is_a_finding_not_blame() -> None:
    finding = ("The grant form was nine pages, about a third of clubs sent it late, and I spent "
               "two days a month chasing them.")
    assert not credited(finding, "blame")
    assert credited("Two of the developers sent their parts late and we missed the launch.",
                    "blame")


@pytest.mark.parametrize("line", [
    "I told the ward manager how often in the past year a second test had cleared the first.",
    "I showed him that nine out of twelve late orders came from the same depot.",
])
def test_a_track_record_told_plainly_is_evidence(line: str) -> None:
    assert credited("Our depot kept missing the morning slot. " + line, "data"), line


def test_letting_the_listener_ask_is_listening() -> None:
    assert cued("I kept it to one page, then I let her ask questions rather than presenting.",
                "communication", "listening")


@pytest.mark.parametrize("line", [
    "I offered to split the list, and I took the 400 claims with receipt problems myself.",
    "I took the trickiest cases myself so the two new starters got the simple ones.",
])
def test_taking_the_hard_part_is_putting_the_team_first(line: str) -> None:
    assert cued(line, "teamwork", "team-first"), line


def test_checking_each_others_work_is_collaboration() -> None:
    assert credited("Our stock count was due on Friday. We checked each other's sheets every "
                    "evening.", "collaboration")


def test_a_mild_feeling_owned_with_a_softener_is_candour_not_an_outburst() -> None:
    owned = ("Our fridge log had gaps for a month. Because I was kind of annoyed that nobody had "
             "noticed, I printed a new sheet for every fridge.")
    assert not credited(owned, "emotional")
    assert credited("I was so annoyed that I slammed the door on the driver.", "emotional")


def test_a_second_language_past_told_in_the_present_makes_and_finds() -> None:
    story = ("Last winter our bakery had a big problem with the hotel orders. Many trays were "
             "arriving cold and the chef was complaining every day. I decided to ride with the "
             "driver for one week. I was talk with him and I find the problem, the van stop at "
             "the school first. I make new route plan and I show it to my manager.")
    told = [c.text for c in analyze(story).clauses if c.mode == "fact" and c.narrated]
    assert any(t.startswith("and I find the problem") for t in told), told
    assert any(t.startswith("I make new route") for t in told), told


def test_making_sure_finding_it_hard_and_what_the_business_makes_stay_habits() -> None:
    said = ("We make wedding cakes at a small shop. Last year I moved to the night desk. I rang "
            "the hotels every evening. I find it hard to say no to guests, so I make sure the "
            "rules are on the wall.")
    habits = [c.text for c in analyze(said).clauses if c.mode == "habitual"]
    assert any(t.startswith("I find it hard") for t in habits), habits
    assert any(t.startswith("We make wedding cakes") for t in habits), habits


@pytest.mark.parametrize(("line", "criterion"), [
    ("I got the owner to agree to publish the rota two weeks ahead.", "improved-conditions"),
    ("From then on the schedule was posted a fortnight in advance.", "improved-conditions"),
    ("I did exit chats with the last four leavers and the same complaint kept coming up.",
     "noticed-people"),
    ("After the change, weekend sick calls dropped by half.", "team-health-result"),
])
def test_hours_known_in_time_and_what_leavers_said_count_for_the_team(line: str,
                                                                       criterion: str) -> None:
    assert cued(line, "strive-to-be-earths-best-employer", criterion), line


@pytest.mark.parametrize("line", [
    "I didn't want to dispense the full dose as it was written.",
    "I read him the readings and said I wasn't comfortable signing the certificate.",
])
def test_a_refusal_told_plainly_is_a_disagreement(line: str) -> None:
    assert credited("The surveyor wanted the flat signed off that day. " + line,
                    "disagreement"), line


@pytest.mark.parametrize("line", [
    "Then I bleeped the registrar on call.",
    "So I rang the director myself before the board met.",
])
def test_the_senior_called_in_person_is_an_escalation(line: str) -> None:
    assert credited("The night manager had already signed the order off. " + line,
                    "escalation"), line


@pytest.mark.parametrize(("line", "counted"), [
    ("And no short deliveries since March.", True),
    ("I have had no reply since March.", False),
])
def test_none_of_the_trouble_since_a_time_told_is_the_outcome(line: str, counted: bool) -> None:
    told = ("Our meat supplier kept sending short deliveries. I kept every delivery note for a "
            "month and rang their manager. ")
    assert bool(credited(told + line, "result")) is counted, line


@pytest.mark.parametrize("change", [
    "After one week our line went from about 280 punnets an hour to 340.",
    "Mis-picks went from about five a week to one or two.",
])
def test_a_change_told_roughly_or_in_words_is_a_number_told(change: str) -> None:
    assert credited(SCENE + "I rang the engineer at six. " + change, "metric"), change


@pytest.mark.parametrize("line", [
    "I drove from about nine to the coast.",
    "We moved from about ten to the new site.",
])
def test_a_time_or_a_move_from_somewhere_is_no_change_counted(line: str) -> None:
    assert not [q for q in credited(SCENE + line, "metric") if q in line], line


def test_a_spelled_number_opening_a_terse_line_is_no_person() -> None:
    answer = ("Supermarket, evening shift. A bottle of oil smashed in aisle 3. Wet floor sign "
              "across the aisle. Thirty seconds. Cleaned it later.")
    clauses = {c.text: c for c in analyze(answer).clauses}
    assert clauses["Thirty seconds."].actor != "other"
    assert clauses["Cleaned it later."].actor == "candidate"
