"""How answers told in plain words are read (issue "Read the answer truly", "Robust to voice").

Each rule is shown on both sides: the plain telling it reads, and the nearby wording where the
old reading stays right (a shortfall that is blame, a lesson that is no lesson).
"""

from __future__ import annotations

import pytest

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import concreteness_penalty, score_criterion

SCENE = "I work on the tills at a garden centre. "


def found(text: str, kind: str) -> bool:
    return any(e.kind == kind and e.strength > 0 for e in analyze(text).evidence)


@pytest.mark.parametrize(("text", "flag", "raised"), [
    # Someone's shortfall as the reason for the help just given is why help was needed.
    (SCENE + "I helped the newer pickers find things because they didn't know the layout yet.",
     "blame", False),
    (SCENE + "The order went out late because they didn't send the files.", "blame", True),
    # "because of her" makes her the cause; "because of her tablets" names what is hers.
    (SCENE + "She had her tea late because of her tablets.", "blame", False),
    (SCENE + "We lost the whole order because of her.", "blame", True),
    # A first view that the story turns on the candidate, told with "I'd written".
    ("In March a trainee clipped a car. My first reaction was that it wasn't my fault, he'd "
     "passed. But when I went back to my notes I'd written \"watch\" twice.", "blame", False),
    ("In March a trainee clipped a car. My first reaction was that it wasn't my fault, he'd "
     "passed. The depot agreed with me.", "blame", True),
    # Doing it all alone owned as a wasted week, against claiming the work.
    (SCENE + "Next time I would ask for help sooner, I wasted the first week trying to do it "
     "all on my own.", "sole_credit", False),
    (SCENE + "In the end I did it all on my own, nobody else lifted a finger.", "sole_credit",
     True),
    # A customer's anger told by the candidate, against the candidate's own.
    ("I work in a phone shop. A man came in very angry because his phone kept losing signal.",
     "emotional", False),
    ("I work in a phone shop. I came in very angry because my phone kept losing signal.",
     "emotional", True),
])
def test_a_red_flag_is_read_in_plain_words(text: str, flag: str, raised: bool) -> None:
    assert found(text, flag) is raised


@pytest.mark.parametrize(("text", "kind", "shown"), [
    (SCENE + "A guest found a hair in the bath. After that I check the bathroom floor first.",
     "learning", True),
    (SCENE + "A guest found a hair in the bath. After that I went home.", "learning", False),
    (SCENE + "The card machine broke at night. I wrote down what each guest owed. It got fixed "
     "the next morning.", "result", True),
    (SCENE + "The ward was short. I started looking into why the rota kept failing.",
     "deep_dive", True),
    (SCENE + "I made a list and put it in order of what guests would see first.",
     "prioritization", True),
    (SCENE + "I made a list of everything we sell.", "prioritization", False),
])
def test_plain_words_show_their_kind(text: str, kind: str, shown: bool) -> None:
    assert found(text, kind) is shown


def test_a_lesson_told_as_next_time_counts_in_full() -> None:
    analysis = analyze(SCENE + "The garden was a mess before the wedding. I re-laid the lawn "
                       "myself. Next time I'd ask for help sooner.")
    lessons = [e for e in analysis.evidence if e.kind == "learning"]
    assert lessons and max(e.strength for e in lessons) == 1.0


def test_a_hedge_counts_half_against_the_answer_as_a_platitude_counts_whole() -> None:
    story = ("A man came in because his phone kept losing signal. I checked the settings and "
             "sent it off for repair. We gave him a loan phone while it was away. ")
    hedged = analyze(story + "I think he was happier after that.")
    platitude = analyze(story + "I always try to make sure every customer leaves happy.")
    told = analyze(story + "He was happier after that.")
    assert concreteness_penalty(told) < concreteness_penalty(hedged) < concreteness_penalty(
        platitude)


def test_a_responsibility_told_in_the_present_is_the_task() -> None:
    # A state told in the present, not a habit: what they were responsible for earns what the
    # same story gives someone else's responsibility does not.
    told = ("Situation: two drivers kept skipping the van checks last winter.\nTask: {}\n"
            "Action: I stopped the first run that morning.")
    criterion = next(c for c in get_competency("leadership").criteria if c.id == "stepping-up")
    own = score_criterion(analyze(told.format("I'm responsible for the yard and the drivers "
                                              "were mine for the season.")), criterion)
    theirs = score_criterion(analyze(told.format("the depot manager was responsible for the "
                                                 "yard.")), criterion)
    assert own.score > theirs.score
