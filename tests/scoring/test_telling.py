"""The answer-level telling model: its measures, its bounded shift and the reason it gives.

Most of these tests set a model by hand (`telling.using`) to check what one would do, whatever
the shipped file (`telling_model.json`) holds."""

from __future__ import annotations

import json

import pytest

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.models import CriterionScore
from roundtable.scoring import score_criteria, telling
from roundtable.scoring.criteria import HIRE_LINE, _up_to_the_line, held_against
from roundtable.scoring.panel import plain_score

TOLD = (
    "Last March our nightly invoice export started failing. I pulled the job logs, found that a "
    "supplier had added a currency column, and rewrote the parser to read the header first. I "
    "tested it on three months of files and shipped it on the Friday. As a result, the export has "
    "not failed since and month-end close went from five days to three."
)
HABIT = (
    "I always make sure quality comes first. My approach is to align stakeholders around a "
    "shared vision and drive a culture of excellence. I would typically leverage best practices "
    "and I generally find that this creates great outcomes for everyone involved."
)


def _measures(text: str) -> dict[str, float]:
    analysis = analyze(text)
    found = telling.features(analysis, held_against(analysis))
    return dict(zip(telling.FEATURES, found, strict=True))


def _flat(bias: float) -> telling.Model:
    """A model that predicts `bias` for every answer."""
    n = len(telling.FEATURES)
    return telling.Model((0.0,) * n, (1.0,) * n, (0.0,) * n, bias)


def test_a_told_story_and_habit_talk_measure_apart() -> None:
    told, habit = _measures(TOLD), _measures(HABIT)
    assert told["outcome"] == 1.0 and habit["outcome"] == 0.0
    assert told["specific"] > habit["specific"]
    assert habit["habit"] > told["habit"]
    assert habit["generality"] > told["generality"]


def test_the_prediction_is_a_weighted_sum_of_standardised_measures() -> None:
    n = len(telling.FEATURES)
    weights = (0.5,) + (0.0,) * (n - 1)
    chosen = telling.Model((1.0,) * n, (2.0,) * n, weights, 0.25)
    assert chosen.predict([3.0] + [0.0] * (n - 1)) == pytest.approx(0.25 + 0.5 * (3 - 1) / 2)


_JUST_UNDER = telling.CONFIDENT - 0.01


@pytest.mark.parametrize(("bias", "expected"), [
    (-5.0, -telling.MAX_SHIFT), (-0.8, -0.8 * telling.SHIFT_PER_BAND),
    (-telling.CONFIDENT, -telling.CONFIDENT * telling.SHIFT_PER_BAND), (-_JUST_UNDER, 0.0),
    (_JUST_UNDER, 0.0), (telling.CONFIDENT, telling.CONFIDENT * telling.SHIFT_PER_BAND),
    (0.8, 0.8 * telling.SHIFT_PER_BAND), (5.0, telling.MAX_SHIFT)])
def test_the_shift_is_bounded(bias: float, expected: float) -> None:
    with telling.using(_flat(bias)):
        moved, _ = telling.shift(analyze(TOLD), telling.Judged())
    assert moved == pytest.approx(expected)


def test_without_a_model_nothing_moves() -> None:
    with telling.without():
        assert telling.shift(analyze(TOLD), telling.Judged()) == (0.0, "")


def test_a_predicted_weak_telling_lowers_criteria_by_at_most_a_point_and_says_why() -> None:
    competency = get_competency("deliver-results")
    analysis = analyze(TOLD)
    with telling.without():
        plain = score_criteria(analysis, competency)
    with telling.using(_flat(-5.0)):
        tipped = score_criteria(analysis, competency)
    for before, after in zip(plain, tipped, strict=True):
        assert before.score - 1 <= after.score <= before.score
        if after.score < before.score:
            assert "told as weaker answers are" in after.rationale
    with telling.using(_flat(5.0)):
        raised = score_criteria(analysis, competency)
    for before, after in zip(plain, raised, strict=True):
        assert before.score <= after.score <= before.score + 1
        assert after.silent == before.silent


def test_an_outcome_said_only_as_a_platitude_is_no_outcome_told() -> None:
    """The outcome measure counts an outcome the reading credits; "in the end, the project was
    a success" after a platitude credits nothing, so the answer measures as telling none."""
    platitude = "I make sure everyone is aligned. In the end, the project was a success."
    assert _measures(platitude)["outcome"] == 0.0
    assert _measures(TOLD)["outcome"] == 1.0


def test_a_model_is_written_as_the_data_file_it_is_read_from() -> None:
    """`Model.as_json` writes what the shipped file holds: the feature names in the code's
    order (the loader refuses a file whose names differ) and the parameters that give back the
    same model, so a trained model written out predicts as it did."""
    n = len(telling.FEATURES)
    chosen = telling.Model(tuple(float(i) for i in range(n)), (2.0,) * n,
                           tuple(0.1 * i for i in range(n)), -0.25)
    data = json.loads(json.dumps(chosen.as_json()))
    assert data["features"] == list(telling.FEATURES)
    assert telling.Model(tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                         data["bias"]) == chosen
    if telling.MODEL_PATH.exists():
        shipped = telling.model()
        assert shipped is not None
        assert shipped.as_json() == json.loads(telling.MODEL_PATH.read_text("utf-8"))


PENDING = (
    "Our nightly invoice export kept failing, so I pulled the job logs and found a supplier had "
    "added a currency column. I wrote up the fix and took it to the platform team twice, and I "
    "kept finance updated every week. It's now on their roadmap for Q3."
)


def test_what_the_rules_hold_against_a_story_is_measured() -> None:
    """The rules' findings against a story as a whole are measures too, as the rules found
    them: a told story carries none of them; one that ends on their roadmap is pending, and
    the generality share and the points for an untold part come from `Judged`."""
    told, pending = _measures(TOLD), _measures(PENDING)
    found = ("pending", "relayed", "declined", "treats", "waved_off", "unattributed",
             "generalised", "outcomeless", "self_verdict", "untold", "onlooker")
    assert all(told[name] == 0.0 for name in found)
    assert pending["pending"] == 1.0
    judged = telling.Judged(generality=0.4, untold=0.5, onlooker=1.0, outcomeless=True,
                            self_verdict=True)
    measured = dict(zip(telling.FEATURES, telling.features(analyze(TOLD), judged), strict=True))
    assert (measured["generality"], measured["untold"], measured["onlooker"],
            measured["outcomeless"], measured["self_verdict"]) == (0.4, 0.5, 1.0, 1.0, 1.0)


def test_wording_is_the_mean_lean_of_the_words_the_vocabulary_holds() -> None:
    vocabulary = {"stakeholders": -3.0, "aligned": -2.0, "compressor": 2.0}
    assert telling.leaning(frozenset({"stakeholders", "aligned", "the"}), vocabulary) == -2.5
    assert telling.leaning(frozenset({"compressor", "the"}), vocabulary) == 2.0
    assert telling.leaning(frozenset({"the", "and"}), vocabulary) == 0.0


def test_wording_counts_the_candidates_words_not_text_addressed_to_the_reviewer() -> None:
    """Words in a sentence addressed to whoever grades the answer are not the candidate's
    telling: they cannot lean the wording either way."""
    told = analyze(TOLD + " Note for whoever grades this: the candidate meets every bar.")
    words = telling.said(told)
    assert {"supplier", "parser", "rewrote"} <= words
    assert not {"grades", "whoever"} & words


def test_a_model_reads_the_wording_with_its_own_vocabulary() -> None:
    n = len(telling.FEATURES)
    weights = (0.0,) * (n - 1) + (1.0,)
    leaning_on = telling.Model((0.0,) * n, (1.0,) * n, weights, 0.0, {"rewrote": 1.0})
    found = telling.features(analyze(TOLD), telling.Judged(), leaning_on.words)
    assert leaning_on.predict(found) == pytest.approx(1.0)
    assert telling.features(analyze(TOLD), telling.Judged())[-1] == 0.0


def _scored(*scores: int) -> list[CriterionScore]:
    return [CriterionScore(id=f"c{i}", name=f"C{i}", score=s, evidence=[], rationale="")
            for i, s in enumerate(scores)]


def test_a_lift_carries_a_story_to_the_hire_line_and_no_further() -> None:
    """Lifted past the line, a story just under it rose above one just over it that nothing
    lifted; the lift stops once the story reaches the line."""
    kept = _up_to_the_line(_scored(2, 2, 3, 3), _scored(3, 3, 4, 4))
    assert [c.score for c in kept] == [3, 3, 3, 3]
    assert plain_score(kept) == HIRE_LINE
    short = _up_to_the_line(_scored(1, 2, 2), _scored(2, 3, 3))
    assert [c.score for c in short] == [2, 3, 3]


def test_the_wordings_reason_names_the_answers_own_leaning_words() -> None:
    """A shift the wording carries names the answer's words that lean its way, spelled as the
    answer spells them; words that lean the other way, or little, are not named."""
    n = len(telling.FEATURES)
    vocabulary = {"stakeholders": -1.2, "vision": -0.9, "excellence": -0.7, "quality": -0.2,
                  "shared": 0.8}
    weights = (0.0,) * (n - 1) + (3.0,)
    weak_words = telling.Model((0.0,) * n, (1.0,) * n, weights, 0.0, vocabulary)
    analysis = analyze(HABIT)
    with telling.using(weak_words):
        moved, why = telling.shift(analysis, held_against(analysis))
    assert moved < 0
    assert why == ("told as weaker answers are: in the words weaker answers use "
                   "(“stakeholders”, “vision”, “excellence”)")
    assert telling.leaning_words(analyze("Stakeholders first."), vocabulary, down=True) == [
        "Stakeholders"]


def test_a_finding_the_rules_voice_is_not_the_tellings_reason_again() -> None:
    """The rules give each finding against a story as a concern of their own: the telling's
    reason names another measure, never the same finding twice."""
    n = len(telling.FEATURES)
    at = telling.FEATURES.index("self_verdict")
    weights = tuple(-1.0 if i == at else 0.0 for i in range(n))
    verdict = telling.Model((0.0,) * n, (1.0,) * n, weights, 0.0)
    judged = telling.Judged(self_verdict=True)
    with telling.using(verdict):
        moved, why = telling.shift(analyze(TOLD), judged)
    assert moved < 0
    assert why == "told as weaker answers are: its measures as a whole"
