"""A naive Bayes model of a text's words: which competency it is about.

Two are shipped, each trained by a script from texts labelled by competency: the question model
(`question_model`) and the answer model (`answer_model`). Their weights are data (a JSON file):
a prediction is a sum of weights and a softmax, deterministic and offline, read lazily the first
time it is needed. A feature is stored only for the competencies whose training texts said it
(most say a word for a few), as how much more likely it makes them than the smoothed chance
every other competency gets; that keeps the file small.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property
from pathlib import Path
from typing import Any

from roundtable.json_cache import load_json

SCALE = 1000
"""Log-probabilities are stored as integers (thousandths): the file then stays small."""

Features = dict[str, float]


class _Weights:
    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.unseen: list[int] = data["unseen"]
        """Each competency's log-probability of a known feature its texts never said."""
        self.lift: Mapping[str, list[int]] = data["lift"]
        """Per feature, pairs of (competency index, log-probability above `unseen`), flat."""


class WordModel:
    """One shipped model file, and weights tried in its place while a script measures them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._trial: ContextVar[_Weights | None] = ContextVar(f"trial-{path.stem}", default=None)

    @cached_property
    def _shipped(self) -> _Weights | None:
        if not self.path.exists():
            return None
        # Parsed once per version of the file; a feature's row read when it is asked for.
        return _Weights(load_json(self.path, rows=(("lift",),)))

    @property
    def loaded(self) -> bool:
        """Whether the shipped file has been read: only when a text is first inferred."""
        return "_shipped" in self.__dict__

    def _weights(self) -> _Weights | None:
        return self._trial.get() or self._shipped

    @contextmanager
    def trial(self, data: dict[str, Any]) -> Iterator[None]:
        """Infer with weights not yet written to the file: how a training script measures a
        model on texts it was not trained on (cross-validation) before it ships one."""
        token = self._trial.set(_Weights(data))
        try:
            yield
        finally:
            self._trial.reset(token)

    def write(self, data: dict[str, Any]) -> None:
        """Ship trained weights: written whole, then moved into place, so a review running
        meanwhile reads the old file or the new one, never half of one."""
        import json  # training scripts write a model; a review only reads one

        written = self.path.with_suffix(".json.tmp")
        written.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        written.replace(self.path)

    def log_probabilities(self, found: Features) -> dict[str, float]:
        """Each competency's log-probability given a text's features; empty when no model is
        shipped or the text says no word the model knows."""
        model = self._weights()
        if model is None:
            return {}
        # No prior: every competency is as likely as any other, whatever share of the training
        # texts it had.
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

    def reasons(self, found: Features, label: str) -> list[str]:
        """The text's features that speak most for `label` over the other competencies, most
        first: what the review names as the words the choice was made on."""
        model = self._weights()
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


def fit(documents: Iterable[tuple[Features, str]], labels: list[str], alpha: float,
        min_count: float) -> dict[str, Any]:
    """Multinomial naive Bayes over labelled documents' features, as `WordModel` reads it: per
    label the log-probability of a feature none of its documents said, and per feature how much
    more likely it is for the labels whose documents said it. Features said less than
    `min_count` times in all are left out; each is counted `alpha` times more for every label
    than it was seen. Training is counting, so the same documents make the same model."""
    index = {label: i for i, label in enumerate(labels)}
    counts: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    totals: dict[int, float] = defaultdict(float)
    for found, label in documents:
        for feature, value in found.items():
            counts[feature][index[label]] += value
            totals[index[label]] += value
    counts = {f: seen for f, seen in counts.items() if sum(seen.values()) >= min_count}
    known = len(counts)
    unseen = [round(SCALE * math.log(alpha / (totals[i] + alpha * known)))
              for i in range(len(labels))]
    lift = {feature: [n for i, count in sorted(seen.items())
                      for n in (i, round(SCALE * math.log1p(count / alpha)))]
            for feature, seen in sorted(counts.items())}
    return {"labels": labels, "unseen": unseen, "lift": lift}
