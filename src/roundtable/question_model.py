"""A naive Bayes model of a question's words and word pairs: which competency it asks about.

The catalog's keywords and situation phrases recognise the wordings they list, and little else:
"Have you ever had your role redefined while you were in it?" names none of them. This model
is trained (`scripts/train_inference.py`) on over a thousand interview questions written the
way interviewers ask them (`tests/data/inference`) and on the catalog's own phrases, so it
weighs every word and pair of neighbouring words a question says. (A logistic regression over
the same features was tried too: weaker alone and joined, on cross-validation.)

Its weights are data (`question_model.json`): a prediction is a sum of weights and a softmax,
deterministic and offline, read lazily the first time a question is inferred. A feature is
stored only for the competencies whose training questions said it (most say a word for one or
two), as how much more likely it makes them than the smoothed chance every other competency
gets; that keeps the file small.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from roundtable.json_cache import load_json

MODEL_PATH = Path(__file__).with_name("question_model.json")
SCALE = 1000
"""Log-probabilities are stored as integers (thousandths): the file then stays small."""

Features = dict[str, float]


class _Model:
    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.unseen: list[int] = data["unseen"]
        """Each competency's log-probability of a known feature its questions never said."""
        self.lift: dict[str, list[int]] = data["lift"]
        """Per feature, pairs of (competency index, log-probability above `unseen`), flat."""


_TRIAL: ContextVar[_Model | None] = ContextVar("question_model_trial", default=None)


def _model() -> _Model | None:
    return _TRIAL.get() or _shipped()


@cache
def _shipped() -> _Model | None:
    if not MODEL_PATH.exists():
        return None
    return _Model(load_json(MODEL_PATH))  # parsed once per version of the file, not per process


@contextmanager
def trial(data: dict[str, Any]) -> Iterator[None]:
    """Infer with weights not yet written to the file: how the training script measures a
    model on questions it was not trained on (cross-validation) before it ships one."""
    token = _TRIAL.set(_Model(data))
    try:
        yield
    finally:
        _TRIAL.reset(token)


def log_probabilities(found: Features) -> dict[str, float]:
    """Each competency's log-probability given a question's features
    (`inference.question_features`); empty when no model is shipped or the question says no
    word the model knows."""
    model = _model()
    if model is None:
        return {}
    # No prior: every competency is as likely to be asked as any other, whatever share of the
    # training questions it had.
    totals = [0.0] * len(model.labels)
    said = 0.0
    for feature, value in found.items():
        lift = model.lift.get(feature)
        if lift is None:
            continue
        said += value
        for i in range(0, len(lift), 2):
            totals[lift[i]] += value * lift[i + 1]
    if not said:
        return {}
    totals = [(t + said * u) / SCALE for t, u in zip(totals, model.unseen, strict=True)]
    top = max(totals)
    whole = top + math.log(sum(math.exp(t - top) for t in totals))
    return {label: t - whole for label, t in zip(model.labels, totals, strict=True)}


def reasons(found: Features, label: str) -> list[str]:
    """The question's features that speak most for `label` over the other competencies, most
    first: what the review names as the words the choice was made on."""
    model = _model()
    if model is None:
        return []
    index = model.labels.index(label)
    lift: list[tuple[float, str]] = []
    for feature, value in found.items():
        pairs = model.lift.get(feature, [])
        own = next((pairs[i + 1] for i in range(0, len(pairs), 2) if pairs[i] == index), 0)
        lead = own - sum(pairs[1::2]) / len(model.labels)
        if lead > 0:
            lift.append((value * lead, feature))
    return [feature for _, feature in sorted(lift, key=lambda p: (-p[0], p[1]))]
