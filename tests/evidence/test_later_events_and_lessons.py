"""A lasting habit of someone else's after the story is the relationship it left; a sentence
framed as what the candidate took from it is the lesson."""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import read_role


@pytest.mark.parametrize(("text", "mode", "position", "role"), [
    # The customer's yearly photo is the bond the story left behind.
    ("Mrs. Okoye still sends us a photo of her cake every year.", "habitual", 0.9,
     "relationship"),
    ("He now calls me every quarter for a second opinion.", "habitual", 0.85, "relationship"),
    ("These days he's the first to message me when a shipment slips.", "habitual", 0.9,
     "relationship"),
    # A habit of theirs told early sets the scene; one with no "since" is about every story.
    ("He now calls me every quarter for a second opinion.", "habitual", 0.1, "situation"),
    ("People usually come to me first with problems.", "habitual", 0.9, "other"),
])
def test_a_lasting_habit_of_theirs_late_in_the_story(text: str, mode: str, position: float,
                                                     role: str) -> None:
    assert read_role(text, "other", mode, position, None, False) == role  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "What I took from it is that the script had already failed",
    "What it taught me is to ask for the screen first",
])
def test_what_the_candidate_took_from_it_is_the_lesson(text: str) -> None:
    assert read_role(text, "candidate", "fact", 0.95, None, False) == "reflection"


STORY = ("Last spring a customer called us three times in one week about wrong invoices. On the "
         "third call I asked her to share her screen and found the stale tax table. I wrote up the "
         "bug and walked it over to the data team the same afternoon. The fix shipped four days "
         "later, and we emailed about 300 affected customers before most of them noticed. What I "
         "took from it is that when a customer calls three times, the script has already failed.")


def test_an_outcome_in_plain_words_is_the_result_and_a_lesson_counts_nothing() -> None:
    from roundtable.evidence.analysis import analyze

    analysis = analyze(STORY)
    shipped, lesson = analysis.sentences[3], analysis.sentences[4]
    assert {"result", "metric"} <= shipped.kinds  # "the fix shipped", "300 affected customers"
    assert "learning" in lesson.kinds
    # "calls three times" in the lesson measures no outcome of the story
    assert not {"result", "quantified_result"} & lesson.kinds


@pytest.mark.parametrize(("text", "mode"), [
    # What kept happening then is a habit of the story, not an imagined act.
    ("the payment screen would sometimes just hang", "habitual"),
    ("I would often stay late to rerun the checks", "habitual"),
    # A modal with no recurrence stays hypothetical.
    ("I would push back on that", "hypothetical"),
    ("it would cost us the launch", "hypothetical"),
])
def test_would_with_a_recurrence_tells_the_past(text: str, mode: str) -> None:
    from roundtable.evidence.reading import read_mode

    actor = "none" if text.startswith(("the ", "it ")) else "candidate"
    assert read_mode(text, actor) == mode  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "flag"), [
    ("I don't think there's anything I'd do differently.", "never_fail"),
    ("Every cost decision I made on that project was the right one.", "never_fail"),
    ("The delays weren't something I could control.", "blame"),
    ("Most of that was the site staff not reporting issues properly.", "blame"),
])
def test_denial_and_deflection_in_plain_words_are_flagged(sentence: str, flag: str) -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last year I moved our fourteen sites to a cheaper cleaning contractor and cut the "
             f"annual cost by 90,000 pounds. {sentence}")
    assert flag in {f.kind for f in analyze(story).flags}


@pytest.mark.parametrize("sentence", [
    "There are two things I would do differently: I would ask the site managers first.",
    "Not every decision I made was the right one; the overnight shift cut was mine and wrong.",
    "Some of the delay was mine: I had not told the staff how to report issues.",
])
def test_owning_what_went_wrong_is_not_flagged(sentence: str) -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last year I moved our fourteen sites to a cheaper cleaning contractor and cut the "
             f"annual cost by 90,000 pounds. {sentence}")
    assert not {"never_fail", "blame"} & {f.kind for f in analyze(story).flags}


def test_a_story_told_in_the_present_can_be_placed_by_its_month() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("I am the support lead in a small parts company. In September a farmer is calling "
             "us because the part we send him is wrong. So I decide to call the supplier "
             "directly and I ask for an express courier. I call the farmer the evening before to "
             "give him the tracking number. In the next season we have zero returns for this "
             "series, before it was around fifteen every month.")
    analysis = analyze(story)
    assert "hypothetical" not in {f.kind for f in analysis.flags}
    assert any(c.narrated and c.actor == "candidate" for c in analysis.clauses)


@pytest.mark.parametrize(("text", "actor"), [
    ("In September one farmer is calling us very angry.", "other"),
    ("The landlady complained to us every week.", "other"),
    ("The system kept crashing.", "none"),
])
def test_someone_who_calls_or_complains_is_a_person(text: str, actor: str) -> None:
    from roundtable.evidence.reading import read_actor

    assert read_actor(text) == actor


@pytest.mark.parametrize(("sentence", "flag"), [
    ("I'm proud that I did it single-handedly.", "sole_credit"),
    ("It was really a one-person effort.", "sole_credit"),
    ("The rest of the team was busy with features, so they weren't much help.", "sole_credit"),
    ("I didn't have time to check with every owner, so I turned off anything unused.",
     "steamroll"),
    ("A couple of things broke, but that's the price of moving fast.", "steamroll"),
])
def test_claiming_it_alone_and_acting_without_asking_are_flagged(sentence: str,
                                                                 flag: str) -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last year I cut our cloud bill from $90k to $55k a month by shutting down unused "
             f"databases and resizing the rest with the platform team. {sentence}")
    assert flag in {f.kind for f in analyze(story).flags}


@pytest.mark.parametrize("sentence", [
    "I checked with every owner first, so nothing we needed was turned off.",
    "Ana did the migration single-handedly, and I made sure the CEO knew it.",
    "The platform team were a huge help; it was never a one-person effort.",
])
def test_credit_given_and_owners_asked_are_not_flagged(sentence: str) -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last year I cut our cloud bill from $90k to $55k a month by shutting down unused "
             f"databases and resizing the rest with the platform team. {sentence}")
    assert not {"sole_credit", "steamroll"} & {f.kind for f in analyze(story).flags}


# A print shop: the client wanting the candidate back on later work is the bond the story left,
# in a contraction ("she's since") as much as spelled out.
WANTED_BACK = ("Our biggest client rejected a whole run of brochures because the blue was off. I "
               "reprinted them overnight at our cost and drove the boxes to her office myself. "
               "The client kept the account. She's since asked for me on every order she places.")


def test_being_asked_for_on_later_work_is_the_relationship() -> None:
    from roundtable.evidence.analysis import analyze
    from roundtable.evidence.reading import read_answer
    from roundtable.evidence.text import sentences

    last = read_answer(sentences(WANTED_BACK))[-1]
    assert last.text.startswith("She's since asked")  # "since" here is no reason clause
    assert last.role == "relationship"
    assert "relationship" in analyze(WANTED_BACK).sentences[-1].kinds


def test_a_check_that_came_back_within_limits_is_an_outcome() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("The kitchen failed its hygiene inspection on two fridges. I rewrote the cleaning "
             "rota and trained the night porters on the new log. I booked a re-test for the "
             "following month. The swabs came back clean and the rating went back to five.")
    assert "result" in analyze(story).sentences[-1].kinds
    plain = ("The lab ran the water samples twice. I checked the filters on every floor myself "
             "and replaced two. The samples came back at 12, inside the limit.")
    assert "result" in analyze(plain).sentences[-1].kinds


@pytest.mark.parametrize("text", [
    "Now, whenever a new tenant moves in, I walk the flat with them on the first day.",
    "Now if a bus driver reports a rattle I always pull the vehicle before the next run.",
])
def test_a_practice_kept_since_with_its_occasion_first_is_a_lesson(text: str) -> None:
    from roundtable.evidence.analysis import analyze

    kinds = analyze(text).sentences[0].kinds
    assert "learning" in kinds
    assert "generic_claim" not in kinds  # "I always" here is what changed, not a self-portrait


def test_always_without_a_kept_practice_is_still_a_generic_claim() -> None:
    from roundtable.evidence.analysis import analyze

    assert "generic_claim" in analyze(
        "I always pull the vehicle when a driver reports a rattle.").sentences[0].kinds


@pytest.mark.parametrize("text", [
    "After that I always checked the fridge log before the lunch service.",
    "After this, we always confirmed the pallet count with the driver before signing.",
])
def test_a_practice_kept_from_the_event_on_told_in_the_past_is_a_lesson(text: str) -> None:
    from roundtable.evidence.analysis import analyze

    kinds = analyze(text).sentences[0].kinds
    assert "learning" in kinds
    assert "generic_claim" not in kinds


@pytest.mark.parametrize("text", [
    # with no event it is kept from, the same words are a self-portrait
    "I always checked the fridge log before the lunch service.",
    "At the depot we always confirmed the pallet count with the driver before signing.",
])
def test_always_in_the_past_with_no_event_before_it_is_no_lesson(text: str) -> None:
    from roundtable.evidence.analysis import analyze

    assert "learning" not in analyze(text).sentences[0].kinds


def test_trouble_that_stopped_told_in_the_negative_is_an_outcome() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("The depot kept losing parcels because our labels smudged in the rain. I found a "
             "waterproof stock that fit the old printers and swapped the rolls on both lines "
             "myself. None of the drivers logged a lost parcel again that winter, and the "
             "depot manager got her Monday mornings back.")
    kinds = analyze(story).sentences[-1].kinds
    assert "result" in kinds


def test_a_step_the_candidate_did_not_take_again_is_no_outcome() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("My lead wanted the rota changed to twelve-hour shifts. I told him I thought it "
             "would burn people out. He said it was decided. I didn't raise it with him again "
             "after that.")
    assert "result" not in analyze(story).sentences[-1].kinds


def test_getting_someone_back_on_the_phone_is_a_step_not_an_outcome() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("The supplier went quiet for a week before the launch. I drove to their office and "
             "spoke to the owner. Then I got him back on the phone with our buyer.")
    assert "result" not in analyze(story).sentences[-1].kinds


def test_under_a_result_heading_the_outcome_needs_no_change_word() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("- Context: duty manager at a leisure centre, pool closed twice in a month\n"
             "- What I did: read the plant room logs for both closures, saw the chlorine pump "
             "failed each time after a power cut\n"
             "- Asked the facilities manager to put the pump on the backup circuit\n"
             "- Result: no closure since the change; facilities fitted the same switch in the "
             "other two centres at their cost\n")
    found = analyze(story)
    assert "result" in found.sentences[-1].kinds
    # "a power cut" is what happened before, not a cut that came of the story
    assert "result" not in found.sentences[1].kinds


def test_a_test_passed_and_nobody_leaving_that_year_are_outcomes() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Two of our four cooks quit a month before the council's food hygiene visit. I "
             "rewrote the cleaning rota around the two who stayed and did the closing checks "
             "myself for three weeks. We passed the inspection with one minor note.")
    assert "result" in analyze(story).sentences[-1].kinds
    stayed = story.replace("We passed the inspection with one minor note.",
                           "Nobody else left the kitchen that year.")
    assert "result" in analyze(stayed).sentences[-1].kinds


@pytest.mark.parametrize("story", [
    # Work that went out right after the fix is how it came out.
    "Our weekly payroll file kept reaching the bank with two columns swapped. I traced it to an "
    "export template someone had edited and locked the template. The next four payroll runs "
    "went out clean.",
    # Under its own "Result:" heading a plain fact needs no change word.
    "Situation: our night shift missed two deliveries in a week.\nAction: I moved the handover "
    "to 10pm and wrote a checklist for it.\nResult: the night shift signed every handover sheet "
    "that month.",
])
def test_an_outcome_told_without_a_change_word_ends_the_story(story: str) -> None:
    from roundtable.evidence.analysis import analyze

    assert "result" in analyze(story).sentences[-1].kinds


def test_contempt_after_a_comma_is_outside_the_negation_before_it() -> None:
    from roundtable.evidence.analysis import analyze

    spliced = ("There was a stock problem at the depot and nobody was going to sort it, honestly "
               "the night crew were pretty useless about it.")
    assert analyze(spliced).has("contempt")
    denied = "Nobody on the night crew was useless about it, they were just never told."
    assert not analyze(denied).has("contempt")


def test_a_later_event_at_the_end_of_a_long_sentence_is_quoted_as_the_relationship() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last spring the ops lead, Tom, wanted to skip the dry run before the database "
             "move. I disagreed and showed him the failure rates from the last two moves, and "
             "he agreed to one dry run. We kept the dry run in the plan for every move after "
             "that one, which cost us a day each time; a few months on, Tom asked me to review "
             "his team's next migration plan before anyone else saw it.")
    bond = [e.quote for e in analyze(story).evidence if e.kind == "relationship"]
    assert bond == ["Tom asked me to review his team's next migration plan before anyone else "
                    "saw it."]


def test_a_lasting_habit_someone_else_reports_is_not_the_bond_itself() -> None:
    # "Her manager told me that these days she's the first to…": hearsay of the bond, which
    # the story has to tell as what she does.
    text = "that these days she's the first to message me when a shipment slips."
    assert read_role(text, "other", "habitual", 0.9, None, False) == "relationship"
    assert read_role(text, "other", "habitual", 0.9, None, True) != "relationship"


@pytest.mark.parametrize(("text", "actor", "mode", "position", "role"), [
    # What has or has not happened since the story, late in it, is how it came out…
    ("The run has not failed since.", "none", "negated", 0.9, "result"),
    ("and nobody in the warehouse has chased a pallet since", "other", "negated", 0.8, "result"),
    ("and the checklist's been used twice since", "none", "fact", 0.95, "result"),
    # …or, between people, the bond it left.
    ("we haven't argued about a handover since", "team", "negated", 0.9, "relationship"),
    ("We've run two workshops together since", "team", "fact", 0.9, "relationship"),
])
def test_what_has_happened_since_is_what_the_story_left(text: str, actor: str, mode: str,
                                                         position: float, role: str) -> None:
    assert read_role(text, actor, mode, position, None, False) == role  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "actor", "mode", "position"), [
    # Early in the story the present perfect sets the scene; so does a past perfect anywhere…
    ("Our refunds have failed twice a week since", "none", "fact", 0.1),
    ("the line had been failing ever since", "none", "fact", 0.9),
    # …the candidate's own way of working since is a practice kept, not an outcome, and what
    # they have not heard of since is what they do not know…
    ("I've done every handover that way since", "candidate", "fact", 0.9),
    ("I haven't heard of any problems since", "candidate", "negated", 0.9),
    ("and nobody has told me of a problem since", "other", "negated", 0.9),
    # …and "much better since" says no more than that it went well.
    ("and it's been much better since", "none", "fact", 0.9),
])
def test_since_with_no_time_after_the_story_is_no_outcome(text: str, actor: str, mode: str,
                                                          position: float) -> None:
    assert read_role(text, actor, mode, position, None, False) != "result"  # type: ignore[arg-type]


ENDS_SINCE = ("Last spring our nightly export to the finance team started failing about twice a "
              "week. Nobody owned it, because the engineer who wrote it had left. I decided to "
              "take it on. I read a month of logs and saw that every failure came when the export "
              "ran past two in the morning, when the backup locked the main table. I moved the "
              "export to eleven at night and added a retry for a locked table. The run has not "
              "failed since.")


def test_a_story_ending_on_what_has_not_happened_since_tells_its_outcome() -> None:
    import roundtable

    review = roundtable.review(ENDS_SINCE, competency="ownership")
    outcome = next(c for c in review.scores.criteria if c.id == "ownership-outcome")
    assert "The run has not failed since." in [e.quote for e in outcome.evidence]
