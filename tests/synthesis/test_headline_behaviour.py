"""What every headline is, over stories of several kinds: one of its three shapes, told of the
candidate in the third person, built of the answer's own words, ending on a whole phrase, and
never naming someone it cannot say who is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.deliberation.phrasing import FLAG_SAYS
from roundtable.synthesis.headline import MAX_CLAUSE_WORDS, _phrase

ANSWERS = [
    ("dive-deep", "As the only data analyst on the team, I rebuilt the churn model in April. "
     "Churn forecasts improved from 60% to 85% accuracy."),
    ("have-backbone", "I was a senior product manager at a bank. I pushed back on the launch "
     "plan, and conversion rose 4%."),
    ("ownership", "Last year I rebuilt our deployment scripts because releases failed about once "
     "a week. I wrote a checklist, added a dry-run step and tested every script against staging. "
     "Failed releases dropped from four a month to none over the next quarter."),
    ("failure", "Two years ago I sent a price update to 3,000 customers with the wrong discount, "
     "because I skipped the second check to make the deadline. That was my mistake. I called my "
     "manager within the hour and sent a correction that afternoon. We lost one account."),
    ("have-backbone", "In March our ops director wanted to move the warehouse launch forward by "
     "a month. I disagreed, because our pick-rate trial showed error rates doubling on the new "
     "scanners. I proposed a two-week pilot on one aisle instead. She agreed, errors fell to the "
     "old level within ten days, and we launched two weeks late with no backlog."),
    ("conflict", "A colleague and I disagreed about the release date. We talked it over and "
     "found a middle ground."),
    ("have-backbone", "I would talk to my manager first and I would bring data to the meeting. I "
     "would listen to their side and then I would commit to whatever we decided."),
    ("failure", "Honestly the vendor was useless and it was all their fault. I never make "
     "mistakes."),
    ("customer-obsession", "- Took over the support queue in June\n- Rewrote the ten most used "
     "macros\n- First-reply time fell from 9 hours to 2"),
]
# Words a headline adds to the answer's own: its frames, the candidate in the third person,
# and what it says of an answer with no story.
FRAME = set("""how and the a an candidate candidate's answer in general terms without concrete
    story they their them themselves theirs team team's they'd they're""".split())


@pytest.fixture(scope="module")
def headlines() -> list[tuple[str, str, str]]:
    return [(competency, answer, roundtable.review(answer, competency=competency).headline)
            for competency, answer in ANSWERS]


def test_a_headline_takes_one_of_its_three_shapes(headlines: list[tuple[str, str, str]]) -> None:
    for competency, _, headline in headlines:
        short = get_competency(competency).short_name
        assert headline.startswith(("How ", f"{short}: ", f"{short} in general terms: ")), (
            headline)
        if headline.startswith("How "):
            assert re.match(r"How (?:the candidate|an? [A-Z][\w-]*(?: [A-Z][\w-]*)*) [a-z]",
                            headline), headline


def test_a_headline_tells_of_the_candidate_in_the_third_person(
        headlines: list[tuple[str, str, str]]) -> None:
    for _, _, headline in headlines:
        assert not re.search(r"\b(?:I|I'm|I'd|me|my|mine|myself|we|our|us|ourselves)\b",
                             headline, re.IGNORECASE), headline
        assert not re.search(r"\b(?:he|she|him|her|his|hers)\b", headline, re.IGNORECASE), (
            headline)


def test_a_headline_is_built_of_the_answers_own_words(
        headlines: list[tuple[str, str, str]]) -> None:
    for competency, answer, headline in headlines:
        told = set(re.findall(r"[\w'%-]+", answer.lower()))
        named = set(re.findall(r"[\w'-]+", " ".join(
            [get_competency(competency).name, get_competency(competency).short_name]).lower()))
        body = re.sub(r"^.*?: ", "", headline) if not headline.startswith("How ") else headline
        added = {w for w in re.findall(r"[\w'%-]+", body.lower())} - told - FRAME - named
        # An answer with no step or outcome to name is headlined by what its red flags say.
        flags = re.findall(r"[\w'-]+", " ".join(FLAG_SAYS.values()))
        assert added <= set(flags), (headline, added)


def test_a_headline_ends_on_a_whole_phrase_of_bounded_length(
        headlines: list[tuple[str, str, str]]) -> None:
    for _, _, headline in headlines:
        assert headline == headline.strip() and headline[-1] not in ".,;:-—"
        last = headline.split()[-1].lower()
        assert last not in {"a", "an", "the", "and", "or", "of", "to", "with", "we", "i", "they",
                            "their", "was", "that", "which", "so", "but"}, headline
        assert len(headline.split()) <= 2 * MAX_CLAUSE_WORDS + 8, headline


def test_a_headline_names_a_step_and_an_outcome_where_both_are_told(
        headlines: list[tuple[str, str, str]]) -> None:
    both = [h for _, _, h in headlines if h.startswith("How ") and ", and " in h]
    assert len(both) >= 2, both
    for headline in both:
        outcome = headline.split(", and ", 1)[1]
        assert outcome[0].islower() and re.search(r"\d|fell|dropped|improved|rose", outcome)


def test_the_role_the_answer_gives_leads_with_the_article_it_is_said_with(
        headlines: list[tuple[str, str, str]]) -> None:
    found = {h.split(" rebuilt")[0] for _, _, h in headlines if " rebuilt the churn" in h}
    found |= {h.split(" pushed")[0] for _, _, h in headlines if " pushed back" in h}
    assert found == {"How a Data Analyst", "How a Senior Product Manager"}


def test_a_step_that_needs_its_object_is_headlined_with_it_or_not_at_all() -> None:
    # ps24/039 (a tuned answer): "I asked the head of English if one of the other teachers could
    # take a class set of the marking" says what was asked only with its object.
    answer = (Path(__file__).parents[1] / "data" / "unseen" / "ps24" / "039.txt").read_text(
        encoding="utf-8")
    headline = roundtable.review(answer, competency="prioritization",
                                 panel="hiring-manager").headline
    assert not re.search(r"asked the head of English(?! if)", headline), headline


@pytest.mark.parametrize(("clause", "phrase"), [
    ("put two lots, about 4,800 parts, on hold", "put two lots on hold"),
    # What closes the phrase, of up to four words, comes after the aside…
    ("moved the pallets, about forty in all, back onto the dock",
     "moved the pallets back onto the dock"),
    # …a longer tail is a phrase of its own, cut off with the aside.
    ("moved the pallets, about forty in all, back onto the loading dock", "moved the pallets"),
])
def test_an_aside_between_commas_goes_when_a_short_tail_closes_the_phrase(clause: str,
                                                                          phrase: str) -> None:
    assert _phrase(clause) == phrase


def test_an_outcome_that_only_compares_back_is_not_headlined() -> None:
    # "Same as dryer 5." says the dryer now matches another, without naming the dryer; the
    # outcome the headline can stand on is the one that names what changed.
    notes = ("Laundromat, twelve machines, I was shift lead. Dryer 4 took three cycles a load.\n"
             "- Timed a load against dryer 5. Double the time.\n- Cleared the duct behind it.\n"
             "- Timed again.\nSame as dryer 5.\nRefund requests for that dryer stopped.")
    headline = roundtable.review(notes, competency="problem-solving").headline
    assert "same as" not in headline.lower(), headline
    assert headline.endswith("refund requests for that dryer stopped"), headline
