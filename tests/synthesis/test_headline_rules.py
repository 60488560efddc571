"""The headline says who the candidate was, the step they took and what came of it, in whole
phrases from the answer, and never more than the answer says.

Each case is a short story written for one rule: the clause the headline may quote (whole, at
most fourteen words, not ending on a word that promises more, no markup), the candidate's role
and its article, the candidate's step told as a dispute, and a story-less answer.
"""

from __future__ import annotations

import re

import pytest

from roundtable.ingest.transcript import parse_input
from roundtable.pipeline import prepare
from roundtable.synthesis.headline import MAX_CLAUSE_WORDS, _third_person, build_headline

SCENE = ("Last year our payments service paged the on-call engineer every night, and nobody "
         "owned the alerts. ")
END = " I walked the team through the new rules. After that, pages dropped to two a week."
# "After that, …" opens on a connective: the outcome it tells closes every headline below.
OUTCOME = ", and pages dropped to two a week"
FALLBACK = "How the candidate walked the team through the new rules" + OUTCOME


def headline(answer: str, role: str | None = None, competency: str = "ownership") -> str:
    case, _ = prepare(parse_input(answer, role=role), competency)
    return build_headline(case)


def test_a_step_of_up_to_fourteen_words_is_quoted_whole() -> None:
    step = "reworked every alert rule in the payments service over two long weekends in March"
    assert len(step.split()) == MAX_CLAUSE_WORDS == 14
    assert headline(f"{SCENE}I {step}.{END}") == f"How the candidate {step}{OUTCOME}"
    longer = step.replace("every", "every single")
    assert headline(f"{SCENE}I {longer}.{END}") == FALLBACK


@pytest.mark.parametrize("step", [
    "I reworked the <b>alert</b> rules and the runbook.",
    # A clause ending on a word that promises more ("…for them") is not a whole phrase.
    "I reworked the deploy scripts for them.",
    # Half a quotation: the mark that would close it is missing.
    'I wrote a runbook called "When the pager fires for the night shift.',
])
def test_a_clause_that_cannot_stand_whole_is_passed_over(step: str) -> None:
    assert headline(f"{SCENE}{step}{END}") == FALLBACK


def test_a_step_holding_a_whole_quotation_is_quoted_whole() -> None:
    # A closed pair of quotation marks is part of the phrase; half of one is passed over.
    step = 'wrote a runbook called "When the pager fires" for the night shift'
    assert headline(f"{SCENE}I {step}.{END}") == f"How the candidate {step}{OUTCOME}"


def test_what_someone_else_did_to_the_candidate_is_not_their_step() -> None:
    # "I lost a morning of prep" is what befell them when the supplier moved the slot.
    befell = "When the supplier moved the delivery slot, I lost a whole morning of prep."
    assert headline(f"{SCENE}{befell}{END}") == FALLBACK
    # With no step of theirs told, the headline is the outcome alone, not what befell them.
    befell = "When the vendor changed the alert format, I made double work for the whole shift."
    assert headline(f"{SCENE}{befell} After that, pages dropped to two a week.") == (
        "Ownership: Pages dropped to two a week")


def test_an_outcome_joined_to_a_second_clause_is_cut_before_it() -> None:
    told = (" I walked the team through the new rules. After that the pages dropped to two a "
            "week and we don't argue about alerts anymore.")
    assert headline(f"{SCENE}{told}") == (
        "How the candidate walked the team through the new rules, and the pages dropped to "
        "two a week")


def test_the_candidate_is_told_of_in_the_third_person() -> None:
    assert headline(f"{SCENE}I reworked my team's runbook and our alert rules.{END}") == (
        "How the candidate reworked their team's runbook" + OUTCOME)


@pytest.mark.parametrize(("told", "read"), [
    ("we'd", "the team would"), ("we’d", "the team would"), ("we've", "the team has"),
    ("I've", "they've"), ("our team's", "the team's"), ("our team", "the team")])
def test_a_contraction_or_our_team_is_told_in_the_third_person(told: str, read: str) -> None:
    assert _third_person(f"made sure {told} checked the queue") == (
        f"made sure {read} checked the queue")


def test_a_step_told_as_pushing_back_is_the_candidates_step() -> None:
    answer = ("Last year our VP wanted to skip load testing before the holiday launch. I pushed "
              "back on the launch date in the planning review. The VP agreed to a one-week "
              "delay, and the launch went smoothly with zero incidents.")
    assert headline(answer, competency="have-backbone") == (
        "How the candidate pushed back on the launch date in the planning review")


def test_a_step_told_as_the_grounds_of_an_objection_is_the_candidates_step() -> None:
    """Pointing out a risk is the candidate's case against the plan, and here the only step
    they tell: the headline names it rather than fall back to "the candidate's answer"."""
    answer = ("In March our ops director wanted to move the warehouse launch forward by a "
              "month. I disagreed. I pointed out the risk of a backlog over the holidays. She "
              "agreed to a two-week pilot instead.")
    assert headline(answer, competency="have-backbone") == (
        "How the candidate pointed out the risk of a backlog over the holidays")


def test_a_decision_of_the_candidates_is_their_step() -> None:
    """A call the candidate made ("I decided to move the print run to 4am") is the step they
    took: the headline names it rather than fall back to "the candidate's answer"."""
    answer = ("Our night team was missing the morning lorry because the picking lists printed "
              "late. I decided to move the print run to 4am. The lorry has left on time every "
              "day since.")
    assert headline(answer).startswith("How the candidate decided to move the print run to 4am")


def test_a_step_told_with_a_lower_case_i_is_still_the_candidates_step() -> None:
    answer = ("last winter our payments service paged the on-call engineer every night. i "
              "rewrote the alert rules with the two oncall leads and we dropped the noisy ones. "
              "after that, pages dropped to two a week.")
    assert headline(answer).startswith("How the candidate rewrote the alert rules")


def test_an_outcome_alone_leads_with_the_competency() -> None:
    answer = f"{SCENE}I cut the deploy time from 40 minutes to 5 minutes."
    assert headline(answer) == "Ownership: They cut the deploy time from 40 minutes to 5 minutes"


@pytest.mark.parametrize(("role", "subject"), [
    ("SDE", "an SDE"),
    ("SRE", "an SRE"),
    ("MBA Intern", "an MBA Intern"),
    ("HR Partner", "an HR Partner"),
    ("ML Engineer", "an ML Engineer"),
    ("BI Analyst", "a BI Analyst"),
    ("UX Designer", "a UX Designer"),
    ("Engineer", "an Engineer"),
    ("Editor", "an Editor"),
    ("Underwriter", "an Underwriter"),
    ("Hourly Supervisor", "an Hourly Supervisor"),
    ("Product Manager", "a Product Manager"),
])
def test_the_role_takes_the_article_it_is_said_with(role: str, subject: str) -> None:
    assert headline(f"{SCENE}I reworked the alert rules.{END}", role=role).startswith(
        f"How {subject} ")


@pytest.mark.parametrize(("opening", "role"), [
    ("As the QA lead on the payments team, I was paged every night.", "a QA Lead"),
    ("I was a senior data analyst at a bank.", "a Senior Data Analyst"),
])
def test_the_role_the_answer_gives_is_used(opening: str, role: str) -> None:
    assert headline(f"{opening} I reworked the alert rules.{END}").startswith(f"How {role} ")


def test_an_answer_without_a_story_is_called_one() -> None:
    imagined = ("I would talk to them first. I would bring data to the meeting. I would listen "
                "to their side and I would commit to the decision.")
    assert headline(imagined) == ("Ownership in general terms: The candidate's answer without "
                                  "a concrete story")
    assert headline(imagined, role="SRE") == ("Ownership in general terms: An SRE's answer "
                                              "without a concrete story")


@pytest.mark.parametrize(("outcome", "told"), [
    ("Pages dropped to two a week.", ", and pages dropped to two a week"),
    # A clause that says when ("once the new rules went live…") is not the outcome itself.
    ("Once the new rules went live pages dropped to two a week.", ""),
    ("When we finally shipped the new rules pages dropped to two a week and stayed there.", ""),
    # Passed over, it gives way to the next outcome the story tells.
    ("When the new rules went live pages dropped to two a week. Failed checkouts fell to 0.4% "
     "a month later.", ", and failed checkouts fell to 0.4% a month later"),
])
def test_the_outcome_is_quoted_only_as_a_main_clause(outcome: str, told: str) -> None:
    answer = ("Last year our payments service paged the on-call engineer every night, and "
              "nobody owned the alerts. I reworked the alert rules with the team lead. ")
    assert headline(answer + outcome) == (
        f"How the candidate reworked the alert rules with the team lead{told}")


def test_a_terse_bullet_is_the_candidates_step_and_its_marker_is_left_out() -> None:
    answer = ("- Noticed our on-call runbooks were two years out of date\n"
              "- Spent three Fridays rewriting the twelve most-paged runbooks\n"
              "- Mean time to resolve went from 48 min to 19 min\n")
    assert headline(answer) == ("How the candidate spent three Fridays rewriting the twelve "
                                "most-paged runbooks, and mean time to resolve went from 48 min "
                                "to 19 min")


def test_a_long_outcome_loses_its_trailing_when_before_it_loses_its_place() -> None:
    outcome = "Mean time to resolve for those alerts went from 48 min to 19 min"
    answer = f"{SCENE}I rewrote the twelve most-paged runbooks. {outcome} over the next quarter."
    assert headline(answer).endswith(f", and {outcome[0].lower()}{outcome[1:]}")
    # A when that is part of the change itself stays: nothing is cut from a short clause.
    assert headline(f"{SCENE}I rewrote the runbooks. Pages fell by half within the first "
                    "week.").endswith("pages fell by half within the first week")
    # Nor from a clause of exactly the fourteen words a headline quotes whole.
    whole = "Pages for the night shift fell from forty to two within the first month"
    assert len(whole.split()) == MAX_CLAUSE_WORDS
    assert headline(f"{SCENE}I rewrote the runbooks. {whole}.").endswith(
        f", and {whole[0].lower()}{whole[1:]}")


def test_a_story_told_in_the_present_is_headlined_in_the_past() -> None:
    answer = ("Last year I am the support lead in a small parts company. In September a farmer "
              "is calling us because the part we send him is wrong. So I decide to call the "
              "supplier in Germany directly and I ask for an express courier. The part arrives "
              "after two days, and in the next season we have zero returns for this series.")
    said = headline(answer, competency="customer-obsession")
    # the step is told in the past, as the story it tells would be written
    assert "decided to call the supplier" in said or "asked for an express courier" in said, said


def test_a_step_with_someone_the_headline_cannot_name_is_passed_over() -> None:
    answer = ("Last year our vendor sent the wrong parts for a month. I spoke with them on "
              "Monday about the order. I rewrote the intake checklist for the warehouse team, "
              "and returns fell from fifteen a month to two.")
    said = headline(answer)
    assert "them" not in said and "rewrote the intake checklist" in said, said


@pytest.mark.parametrize("step", [
    # "her" after a verb that takes her as its object is a person, not "the": never "told the
    # sorry"; a day named in the clause does not say who she is either.
    "I told her sorry and that I understood.",
    "I gave her a Saturday slot with the duty dentist.",
    # after a step's verb ending in -ing, or before a word that goes on the sentence
    "So I started handing her some of the supplier calls.",
    "I covered her within the hour.",
    # "her own" is hers, but "the own" says nothing
    "I logged the complaint in her own words.",
])
def test_her_as_the_object_of_a_step_is_not_read_as_a_possessive(step: str) -> None:
    said = headline(f"{SCENE}{step}{END}")
    assert said == FALLBACK, said


def test_a_step_told_as_asking_keeps_what_was_asked() -> None:
    # "so I asked" alone says nothing; with its object it is the candidate's step.
    step = "The manager still wanted to go ahead, so I asked if we could bring in a second crew."
    said = headline(f"{SCENE}{step} After that, pages dropped to two a week.")
    assert said.startswith("How the candidate asked if the team could bring in a second crew"), said


def test_a_step_opening_its_sentence_with_so_is_the_candidates_step() -> None:
    step = "So I rewrote the alert rules for the payments service over one weekend."
    said = headline(f"{SCENE}{step} After that, pages dropped to two a week.")
    assert said.startswith(
        "How the candidate rewrote the alert rules for the payments service"), said


def test_a_measured_outcome_is_headlined_before_an_unmeasured_one_told_first() -> None:
    answer = ("Last year our payments service paged the on-call engineer every night, and "
              "nobody owned the alerts. I reworked the alert rules with the team lead. The "
              "noise stopped. Pages fell from 60 a week to 5.")
    assert headline(answer) == ("How the candidate reworked the alert rules with the team lead, "
                                "and pages fell from 60 a week to 5")


@pytest.mark.parametrize(("step", "quoted"), [
    # "before" and "after" after a time say which time, and the phrase ends with them.
    ("I pulled the shift logs from the week before.", "pulled the shift logs from the week before"),
    ("I took over the rota the day after.", "took over the rota the day after"),
    # Split off as a clause of its own, the time's "after the storm hit" still belongs to it.
    ("I rebuilt the schedule the morning after the storm hit.",
     "rebuilt the schedule the morning after the storm hit"),
    # Not after a time, "before" opens a clause of its own, which the phrase leaves out.
    ("I rebuilt the schedule before the storm hit.", "rebuilt the schedule"),
])
def test_a_time_keeps_the_before_or_after_that_finishes_it(step: str, quoted: str) -> None:
    assert headline(f"{SCENE}{step}{END}") == f"How the candidate {quoted}{OUTCOME}"


@pytest.mark.parametrize("step", [
    # Once "me" is written "them", it reads as the drivers.
    "I made sure the drivers heard it from me before the plan went out.",
])
def test_a_step_with_the_candidate_as_its_object_is_passed_over(
        step: str) -> None:
    said = headline(f"{SCENE}{step}{END}")
    assert "them" not in said, said
    assert said == FALLBACK, said


@pytest.mark.parametrize("outcome", [
    # no verb: "mostly on time" is half of a sentence
    "- Sorted the whole backlog, mostly on time.",
    # a clause opening on "where" says what was so before, not what came of it
    "I won four contracts that spring, where I had won none the spring before.",
])
def test_an_outcome_that_is_not_a_whole_clause_is_not_headlined(outcome: str) -> None:
    said = headline(f"{SCENE}I rewrote the alert rules for the payments service. {outcome}")
    assert said == "How the candidate rewrote the alert rules for the payments service", said


def test_an_outcome_told_as_a_noun_phrase_is_headlined() -> None:
    # Without a verb, "far fewer night pages" still says what came of it.
    said = headline(f"{SCENE}I rewrote the alert rules for the payments service. "
                    "Far fewer night pages for the on-call team by the spring.")
    assert said == ("How the candidate rewrote the alert rules for the payments service, and "
                    "far fewer night pages for the on-call team by the spring"), said


@pytest.mark.parametrize(("step", "quoted"), [
    # An aside between commas goes when what finishes the phrase comes after it ...
    ("I put two pallets, about 900 cases from the old supplier, on hold.",
     "put two pallets on hold"),
    # ... but a list's last item is no such ending: the list is cut at its first comma.
    ("I checked the fridges, the freezers, the dry store.", "checked the fridges"),
    # "after" a time, then a step of its own told with "-ing", is cut as a step of its own.
    ("I moved the deep clean by a week after checking with the chef.",
     "moved the deep clean by a week"),
])
def test_a_phrase_keeps_what_finishes_it(step: str, quoted: str) -> None:
    assert headline(f"{SCENE}{step}{END}") == f"How the candidate {quoted}{OUTCOME}"


def test_a_step_asking_someone_is_not_headlined_without_what_was_asked() -> None:
    # "asked the supplier of our air tools" alone leaves out what was asked: it is quoted
    # with what was asked, or not at all
    step = "I asked the supplier of our air tools if they could lend us a leak detector."
    said = headline(f"{SCENE}{step}{END}")
    assert "asked" not in said or "leak detector" in said, said


def test_an_outcome_that_names_nothing_is_not_headlined() -> None:
    # "they had 41": 41 of what?
    said = headline(f"{SCENE}I rewrote the alert rules for the payments service. "
                    "By the end of the month I had 41.")
    assert said == "How the candidate rewrote the alert rules for the payments service", said


@pytest.mark.parametrize("step", [
    # "him" comes before the only name: the headline would never say who he is
    "I got him two hours a week shadowing Neha in inventory control.",
    # "her" is no possessive here: "sat the next to Tom" is no phrase
    "I sat her next to Tom for a week.",
])
def test_a_pronoun_before_anyone_named_is_not_quoted(step: str) -> None:
    answer = ("One of the new starters was struggling with the alert rules. " + step
              + " After that, pages dropped to two a week.")
    said = headline(answer, competency="hire-and-develop-the-best")
    assert not re.search(r"\b(?:him|her|the next)\b", said), said


@pytest.mark.parametrize("step", [
    # a title's stop is not a sentence's end
    "asked Dr. Okafor for ten minutes at the nurses' station",
    "called Mrs. Pryce on the Monday",
    # irregular pasts are steps too
    "bought two cheap temperature loggers with my own money",
    "broke the pages down by service for the whole of March",
    "withdrew my recommendation for the rule freeze",
])
def test_a_step_with_a_title_or_an_irregular_past_is_headlined(step: str) -> None:
    told = step.replace("my own", "their own").replace("my recommendation",
                                                        "their recommendation")
    assert headline(f"{SCENE}I {step}. After that, pages dropped to two a week.") == (
        f"How the candidate {told}{OUTCOME}")


def test_two_sentences_are_still_not_one_phrase() -> None:
    """Only a title's stop is let through: "on call. Then" still ends a phrase."""
    step = "I reworked the alert rules for Dr. Okafor's team on call. Then nobody paged twice"
    assert "Then" not in headline(f"{SCENE}{step}.{END}")


def test_how_long_it_took_is_not_a_step() -> None:
    """"Took about a year" says how long, not what was done."""
    told = headline(f"{SCENE}Took about a year but the alert rules got sorted in the end. "
                    "After that, pages dropped to two a week.")
    assert "took about a year" not in told.lower()
