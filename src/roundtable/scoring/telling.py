"""How an answer is told, read as a whole: an answer-level model over the reading's own measures.

The criteria credit distinct kinds of evidence found phrase by phrase, and new phrasings moved
the sets they were tuned on more than answers nobody tuned on. Strong answers told plainly
(few signposts, reasons without "because", outcomes without numbers) and weak answers told
fluently (competency words, outcomes as adjectives, "my approach" in the present) differ less in
their phrases than in their shape: whose doing the clauses tell, how many steps of the
candidate's own are told rather than named, whether an outcome is told, how much is habit,
hypothesis or generality. Those measures the reading already makes; this module gathers them
(`features`) and weighs them with a small linear model (`telling_model.json`, written by
`scripts/train_telling.py` from the tuning parts of the unseen sets and the dev split of the
dev set). A prediction is a weighted sum: deterministic and offline.

Moving every answer's criteria made five tellings of one story score further apart, so the
shift acts only near the hire line (`criteria.score_criteria`) and only where the model is
confident (`CONFIDENT`). Cross-validated leave one set out over ten tuning sets and the dev
split (round 36), it took strong answers' No Hire votes from 409 to 251 and weak answers' Hire
votes from 295 to 278, with no fold worse on either side; `scripts/train_telling.py` prints
the folds and writes the file. The shipped one was trained in round 46 on twenty-five tuning
sets and the dev split, on the answers near the line only (`train_telling.NEAR`).
Without the file no review moves (`without` switches it off).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from roundtable import regexes as re
from roundtable.evidence.analysis import Analysis
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.reading import job_now
from roundtable.json_cache import load_json
from roundtable.regex_gate import lowers_exactly

MODEL_PATH = Path(__file__).with_name("telling_model.json")

FEATURES: tuple[str, ...] = (
    "habit", "untold_share", "ours_share", "others_steps", "specific", "outcome", "quantified",
    "generality", "length", "flags", "evasions", "pending", "relayed", "declined", "treats",
    "waved_off", "unattributed", "generalised", "outcomeless", "self_verdict", "untold",
    "onlooker", "wording",
)
"""What the model sees of an answer; each a share, a count on a log scale or a yes/no.

Left out after leave-one-set-out cross-validation (`scripts/train_telling.py`): how much of each
criterion the rubric credits (the model leant on the rubric's own reading, and more weak answers
kept their Hire votes, 116 against 109 of 1,260 votes); the shares of clauses told as the
candidate's, the team's or someone else's, of hedged and of reflective clauses, the count of
steps told and whether the outcome is the candidate's (with them 109, without 100, strong
answers' No Hire votes 88 either way). The candidate's share of clauses was also the measure
that moved most between five tellings of one story.

From "pending" on, the measures are what the rules found against the story (`Judged` and the
reading's own findings), each of which costs the criteria a fixed part of a point: the model
weighs them together with the shape of the telling. Leave-one-set-out over twenty-five sources
(round 46), adding them took weak answers' Hire votes from 504 to 446, strong answers' No Hire
votes 382 to 373; adding how much of each criterion the rubric credits as well put 19 more
strong answers' votes at No Hire (392). That cross-validation flatters them: the rules behind
them were written from the tuning parts the folds are drawn from. On answers no rule was
written from, the round-46 model moved fewer votes: on the kept-aside fifths strong answers'
No Hire votes 246 -> 244 and weak answers' Hire votes 244 -> 244; on blind19-26 223 ->
223 and 355 -> 346.

The last, "wording", is how the candidate's own words lean: the mean, over the distinct words
of the answer's scored sentences that the model's vocabulary holds (`Model.words`), of each
word's log-ratio between strong and weak answers of the training sets (words in at least
`MIN_ANSWERS` of them). Weak answers lean on the words of plans, roles and qualities
("stakeholders", "mindset", "aligned", "vision"), strong ones on the things of the work itself
("compressor", "foreman", "pipe"). Cross-validated leave one set out (the vocabulary learned
from the other sets only, round 46), it took the votes the wrong way from 374 / 454 to 324 /
435."""
MIN_ANSWERS = 5
"""Answers of the training sets a word must be in to be part of the vocabulary: rarer words
are a writer's names and one-off props."""
MIN_SOURCES = 6
"""Training sets (each written by its own writers) a word must be in: a word one writer or two
favour ("farm", a trade's tools) says more of how they wrote than of how strong answers are
told. Cross-validated (round 47), at least 1, 3, 6 and 10 sets put 330 / 437, 330 / 437,
330 / 436 and 334 / 440 votes the wrong way: 6 costs nothing, and holds only words many writers
use."""
_WORD = re.compile(r"[a-z][a-z'’]+")


def said(analysis: Analysis) -> frozenset[str]:
    """The distinct words of the answer's scored sentences, lowered: the candidate's own words,
    without text addressed to the reviewer."""
    return frozenset(word for sentence in analysis.scored_sentences
                     for word in _WORD.findall(sentence.span.text.lower()))


def leaning(words: frozenset[str], vocabulary: Mapping[str, float]) -> float:
    """The mean log-ratio of the `words` the vocabulary holds; 0 with none."""
    found = [vocabulary[word] for word in words if word in vocabulary]
    return sum(found) / len(found) if found else 0.0


@dataclass(frozen=True)
class Judged:
    """What the rubric's rules hold against the story as a whole, measured by `criteria` (which
    takes points for each) and passed in, so that the model sees them as the rules weighed
    them."""

    generality: float = 0.0
    """The share behind the generality penalty (`criteria.concreteness_penalty` over its
    points)."""
    untold: float = 0.0
    """Points taken for the candidate's part left untold (`criteria.untold_penalty`)."""
    onlooker: float = 0.0
    """Points taken for a story in which only others act (`criteria.onlooker_penalty`)."""
    outcomeless: bool = False
    """No outcome told anywhere (`criteria.outcomeless`)."""
    self_verdict: bool = False
    """A verdict on itself or a definition of the quality (`criteria.self_verdict`)."""

_OUTCOME_KINDS = ("result", "quantified_result")


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def features(analysis: Analysis, judged: Judged,
             vocabulary: Mapping[str, float] | None = None) -> list[float]:
    """The answer's measures in `FEATURES` order; `judged` what the rules hold against it,
    `vocabulary` the words' log-ratios its wording is measured with (none: a wording of 0)."""
    told = [c for c in analysis.clauses if not c.reported]
    steps = analysis.telling
    own, others = analysis.steps_taken
    specific = {e.sentence for e in analysis.evidence if e.specific and e.strength > 0}
    red = {f.kind for f in analysis.flags} & RED_FLAGS
    return [
        # (the teller's job told in the present is no event either, as it was read when the
        # model was fitted: "I run a home furnishings store" is a setting, no step)
        _share(sum(c.mode in ("habitual", "hypothetical") or job_now(c.text) for c in told),
               len(told)),
        _share(steps.untold, steps.told + steps.untold),
        _share(steps.ours, steps.told + steps.ours),
        _share(others, own + others),
        math.log1p(len(specific)),
        float(any(e.strength > 0 for e in analysis.of(*_OUTCOME_KINDS))),
        float(any(e.strength > 0 for e in analysis.of("quantified_result"))),
        judged.generality,
        math.log1p(len(told)),
        float(min(2, len(red))),
        float(min(2, analysis.evaded + analysis.withheld)),
        float(analysis.pending),
        float(analysis.relayed),
        float(analysis.declined > 0),
        float(min(2, analysis.treats)),
        float(analysis.waved_off),
        float(analysis.unattributed),
        float(analysis.generalised > 0),
        float(judged.outcomeless),
        float(judged.self_verdict),
        judged.untold,
        judged.onlooker,
        leaning(said(analysis), vocabulary or {}),
    ]


@dataclass(frozen=True)
class Model:
    """A linear model over standardised features: `mean` and `scale` standardise, `weights`
    and `bias` give the predicted band (-1 weak, 0 average, 1 strong)."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    words: Mapping[str, float] = field(default_factory=dict)
    """The vocabulary "wording" is measured with: each word's log-ratio, strong over weak."""

    def predict(self, found: Sequence[float]) -> float:
        """The predicted band, unbounded."""
        return self.bias + sum(w * (x - m) / s for w, x, m, s in
                               zip(self.weights, found, self.mean, self.scale, strict=True))

    def as_json(self) -> dict[str, object]:
        """The model as its data file holds it."""
        return {"features": list(FEATURES), "mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights), "bias": self.bias, "words": dict(self.words)}


_OVERRIDE: ContextVar[Model | None] = ContextVar("telling_model", default=None)
_ENABLED: ContextVar[bool] = ContextVar("telling_enabled", default=True)


@cache
def _shipped() -> Model | None:
    if not MODEL_PATH.exists():
        return None
    data = load_json(MODEL_PATH)
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_PATH}: features differ from the code's; retrain it")
    return Model(tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                 float(data["bias"]), data["words"])


def model() -> Model | None:
    """The model in force: one set by `using` (training, cross-validation), else the shipped
    file's, none when switched off (`without`)."""
    if not _ENABLED.get():
        return None
    return _OVERRIDE.get() or _shipped()


@contextmanager
def using(chosen: Model | None) -> Iterator[None]:
    """Score with `chosen`, or with no telling model at all when it is None."""
    token, enabled = _OVERRIDE.set(chosen), _ENABLED.set(chosen is not None)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)
        _ENABLED.reset(enabled)


@contextmanager
def without() -> Iterator[None]:
    """Score with the rules alone: what the model is trained on and compared with."""
    with using(None):
        yield


SHIFT_PER_BAND = 1.0
"""Points a criterion moves per band the model predicts away from average. It was 0.5 until
round 55, when the tuning sets' kept-aside fifths and flag sets (never read) were used to set
the scoring's few constants once: at 1.0 with `MAX_SHIFT` 1.0, strong answers' No Hire votes
there fell 293 -> 240 and weak answers' Hire votes 260 -> 243 (tuned parts 340 -> 249 and 520 ->
460), with the dev set's ranking unchanged (held out: pairwise same-question 0.958, Spearman
0.878) and five tellings of one story as close as before (`test_voices_and_unseen`)."""
CONFIDENT = 0.4
"""The predicted distance from average, in bands, from which the telling moves an answer.
Moving every answer predicted above or below average, the small moves of middling stories
differed between tellings of one story (one voice predicted 0.06, another 0.44) and a voice
file's spread grew (voices-tune3 0.307 -> 0.336; from 0.5, 0.307). Held to 0.5 only for
raising, lowering from any prediction, it still grew (0.315), and a short plain story
predicted -0.17 for its length lost a point on its relationship (probe later-relationship-01).
The price: weak answers' Hire votes cross-validated fall from 137 to 120, not to 102. It was
0.5 until round 56, when the model was trained again with six more sets: on the tuning sets'
kept-aside fifths (never read, never trained on) 0.5, 0.4 and 0.3 put 234 / 247, 228 / 221 and
228 / 221 votes the wrong way (strong answers' No Hire or worse / weak answers' Hire or better;
the round-47 model at 0.5: 243 / 256), and cross-validated over the tuning parts 0.5 and 0.4
put 288 / 524 and 242 / 537, so 0.4: the fewest votes the wrong way on both."""
MAX_SHIFT = 1.0
"""The most the telling moves any criterion, before rounding, so it tips a criterion by one
point at most. A criterion's evidence and what counts against it come in whole and half points;
at 0.5 a shift lowered only the criteria sitting at a half point (3.0 - 0.5 still rounds to 3),
so the model's confident "told as weak answers are" left a story's whole points alone. At 1.0
it lowers those too, and raises a half point by one (cross-validated at 0.25 and 0.5 in round
36, the same votes moved; at 1.0, see `SHIFT_PER_BAND`)."""

# What each measure says of an answer when it pulls the prediction down (below the trained
# mean) or up: the reason a moved criterion gives. A measure with no phrase for a direction
# (fewer of them from others, say) never gives the reason.
_DOWN = {
    "habit": "much of it told as habit or hypothesis",
    "untold_share": "most of the candidate's steps named, not told",
    "ours_share": "most steps told as the team's",
    "others_steps": "others take most of the steps",
    "specific": "few specifics (numbers, names, dates)",
    # (the measure is a result the rubric credits: a story may still tell a loose outcome or
    # the relationship after it, so "no outcome told" could be false of it)
    "outcome": "no result the rubric credits",
    "quantified": "no outcome measured",
    "generality": "much of it told in generalities",
    "length": "a short telling",
    "flags": "a red flag in the telling",
    "evasions": "a follow-up left unanswered",
    "pending": "the story ends with something still pending",
    "relayed": "their part told as chasing others and passing on updates",
    "declined": "a step asked about and not taken",
    "treats": "the trouble met with treats",
    "waved_off": "a cost to others waved off",
    "unattributed": "the result put down to other causes",
    "generalised": "an ask for one instance answered in general",
    "outcomeless": "no outcome told",
    "self_verdict": "a verdict on itself",
    "untold": "the candidate's own part left untold",
    "onlooker": "others doing the work",
    "wording": "in the words weaker answers use",
}
_UP = {
    "untold_share": "the candidate's steps told as done",
    "specific": "specifics behind it (numbers, names, dates)",
    "outcome": "an outcome told",
    "quantified": "a measured outcome",
    "generality": "told in concrete terms",
    "length": "a full telling",
    "wording": "in the words stronger answers use",
}
TOLD_AS = "told as {which} answers are: {why}"
_VOICED = frozenset({
    "generality", "flags", "evasions", "pending", "relayed", "declined", "treats", "waved_off",
    "unattributed", "generalised", "outcomeless", "self_verdict", "untold", "onlooker",
})
"""The measures that are the rules' own findings, each already a concern where it is found."""


def _reason(chosen: Model, found: Sequence[float], down: bool, words: Sequence[str] = ()) -> str:
    """The phrase of the measure that pulls most in the shift's direction among those with one;
    the measures themselves when none has. `words`: the answer's own words that lean most that
    way, which the wording names."""
    phrases = _DOWN if down else _UP
    # What the rules found against the story they already give as a concern of their own:
    # "their own part is told as chasing others…, told as weaker answers are: their part told
    # as chasing others…" says it twice. That holds for an outcome told in loose words too: the
    # rules quote it (`criteria.outcome_concern`), where "no outcome told" would deny it.
    voiced = {name for name, x in zip(FEATURES, found, strict=True)
              if down and name in _VOICED and x}
    if "outcomeless" in voiced:
        voiced.add("outcome")
    pulls = [(w * (x - m) / s * (-1 if down else 1), name) for name, w, x, m, s in
             zip(FEATURES, chosen.weights, found, chosen.mean, chosen.scale, strict=True)
             if name in phrases and name not in voiced] or [(0.0, "")]
    pull, name = max(pulls)
    which = "weaker" if down else "stronger"
    why = phrases[name] if pull > 0 else "its measures as a whole"
    if pull > 0 and name == "wording" and words:
        why += " (" + ", ".join(f"“{word}”" for word in words) + ")"
    return TOLD_AS.format(which=which, why=why)


EXAMPLE_WORDS = 3
"""How many of the answer's own words the wording's reason names."""
_EXAMPLE_LEAN = 0.5
"""The least log-ratio a word named as leaning one way has: words that lean little say little."""


def leaning_words(analysis: Analysis, vocabulary: Mapping[str, float], down: bool) -> list[str]:
    """The answer's words that lean most towards weak answers (`down`) or strong ones, as the
    answer spells them, at most `EXAMPLE_WORDS`: the words behind its wording."""
    sign = -1.0 if down else 1.0
    leaning_most = sorted((sign * vocabulary[word], word) for word in said(analysis)
                          if word in vocabulary and sign * vocabulary[word] >= _EXAMPLE_LEAN
                          and len(word) >= 4)
    return [_spelled(analysis.answer, word)
            for _, word in reversed(leaning_most[-EXAMPLE_WORDS:])]


def _spelled(answer: str, word: str) -> str:
    """`word` as `answer` first spells it as a word of its own, ignoring case (`word` itself
    when it has none)."""
    lowered = answer.lower()
    if not (word.isascii() and word == word.lower() and len(lowered) == len(answer)
            and lowers_exactly(answer)):
        found = re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", answer, re.IGNORECASE)
        return found.group(0) if found else word
    # Where the answer lowers exactly (`regex_gate.lowers_exactly`), that is the first place its
    # lowering holds the word between two characters of no word: found without compiling a
    # pattern for each word, which cost a review about a hundredth.
    at = lowered.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _in_word(answer[at - 1]) or end < len(answer) and _in_word(answer[end])):
            return answer[at:end]
        at = lowered.find(word, at + 1)
    return word


def _in_word(char: str) -> bool:
    """Whether `char` is one `[\\w'’]` matches."""
    return char.isalnum() or char in "_'’"


def shift(analysis: Analysis, judged: Judged) -> tuple[float, str]:
    """Points every evidenced criterion moves for how the answer is told, within ±`MAX_SHIFT`,
    and why; (0, "") with no model."""
    chosen = model()
    if chosen is None:
        return 0.0, ""
    found = features(analysis, judged, chosen.words)
    band = chosen.predict(found)
    if abs(band) < CONFIDENT:
        return 0.0, ""
    moved = max(-MAX_SHIFT, min(MAX_SHIFT, SHIFT_PER_BAND * band))
    down = moved < 0
    return moved, _reason(chosen, found, down, leaning_words(analysis, chosen.words, down))
