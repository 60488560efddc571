"""A linear layer over the rule reading of actor and mode, trained on the labelled clause corpus.

The rules in `reading.py` find the subject, the scope of a negation and the connectives, but
each rule sees one cue at a time: "I'd usually loop in QA" is both a contraction of "would" and
a habit. An averaged perceptron weighs the rules' own labels together with the clause's words
and opening words, and corrects the rules where the corpus shows they go wrong.

The weights are data (`clause_model.json`), written by `scripts/train_reader.py` from the dev
part of `tests/data/clauses` only; the held-out fifth measures it. Reading stays deterministic
and offline: a prediction is a sum of weights.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from roundtable import regexes as re
from roundtable.json_cache import Rows, load_json

if TYPE_CHECKING:  # reading.py imports this module
    from roundtable.evidence.reading import Actor, Mode, Role

MODEL_PATH = Path(__file__).with_name("clause_model.json")
FIELDS = ("actor", "mode")
"""What the layer learns and is cross-validated on. Story roles it learns poorly (held-out
macro-F1 about 0.4) and a wrong role moves credit between criteria, so roles stay with the rules
and serve as a feature."""
APPLIED = ("actor",)
"""What the layer corrects, and all the shipped model holds. Mode it no longer corrects: in
five-fold cross-validation inside dev the layer read mode no better than the rules it was
trained over (0.884 against 0.889), and on 148 clauses written after it was trained it read
mode worse (0.883 against 0.913). Trained again with 470 clauses written after the rules and never
tuned on (`clauses_tune/mode32.jsonl`), so that it could learn where the rules go wrong on new
wording, it read those clauses' folds at 0.841 against the rules' 0.834, and dev at 0.906
against 0.908 (round 54): too little to apply. Round 78 tried it once more as a pass over the
rules' final reading, trained on dev and the studied rows of all seven tune batches (2,373
clauses more), balanced towards the rarer modes and held to `reading.licensed`: left out a
batch at a time, it read those batches 0.007 better on average (-0.006 to +0.025), and a
logistic regression on the same features no better. It failed 46 of the reader's tests and 5
of the pipeline's, each a reading a rule gets right on purpose ("Buyers trust a shop that
answers" as a general truth, "So I redo every mockup myself" after "I care about the details"
as a habit), so it stays off."""

_TOKEN = re.compile(r"[a-z0-9']+")
_ENABLED: ContextVar[bool] = ContextVar("learned_reading", default=True)


def features(text: str, actor: str, mode: str, role: str, reported: bool,
             before: tuple[str, str] | None = None, bullet: bool = False) -> list[str]:
    """What the model sees of a clause: the rules' reading, its words and its opening, and the
    rules' reading of the clause before it in the sentence (`before`: actor and mode; None for
    the first). A subjectless clause after "we…" is the team's; one in a bullet line the
    candidate's."""
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    found = [
        "bias", f"actor={actor}", f"mode={mode}", f"role={role}", f"actor+mode={actor}|{mode}",
        f"reported={reported}", f"bullet={bullet}",
        f"before={'|'.join(before) if before else 'start'}",
        f"before-actor+actor={before[0] if before else 'start'}|{actor}",
    ]
    found += [f"word={token}" for token in dict.fromkeys(tokens)]
    found += [f"pair={a}_{b}" for a, b in dict.fromkeys(zip(tokens, tokens[1:], strict=False))]
    found += [f"at{i}={token}" for i, token in enumerate(tokens[:3])]
    if any(map(str.isdigit, text)):
        found.append("digit")
    # The clause's own opening once connectives and time phrases are stripped: its subject, or
    # its verb when it has none ("kept pushing them").
    from roundtable.evidence.reading import cue_signals, opens_on_verb, subject_split
    found += [f"cue={cue}" for cue in cue_signals(text)]
    head, rest = subject_split(text)
    found += [f"head={head[0].lower() if head else ''}", f"fragment={opens_on_verb(text)}"]
    if len(head) > 1:
        found.append(f"head2={head[1].lower()}")
    # The verb after the subject, and its form: "was finding", "kept clashing", "ask", "owned".
    if head and rest:
        verb = rest[0]
        form = ("ing" if verb.endswith("ing") else "ed" if verb.endswith("ed") else
                "s" if verb.endswith("s") else "other")
        found += [f"verb={verb}", f"form={form}"]
        if len(rest) > 1 and rest[1].endswith("ing"):
            found.append(f"progressive={verb}")
    return found


@cache
def _weights() -> dict[str, tuple[tuple[str, ...], Rows]]:
    if not MODEL_PATH.exists():
        return {}
    # Parsed once per version of the file, not per process; a row read when a feature asks.
    data = load_json(MODEL_PATH, rows=(("*", "weights"),))
    return {field: (tuple(part["labels"]), part["weights"]) for field, part in data.items()}


def predict(field: str, found: list[str], fallback: str) -> str:
    """The label with the highest summed weight; the rules' label when the model has none."""
    model = _weights().get(field)
    if model is None:
        return fallback
    labels, weights = model
    rows = weights.rows(found)
    # Each column summed in feature order: the totals the loop gave, added up in C.
    totals = [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * len(labels)
    best = max(range(len(labels)), key=lambda i: (totals[i], labels[i] == fallback))
    return labels[best]


def relabel(text: str, actor: Actor, mode: Mode, role: Role, reported: bool,
            before: tuple[str, str] | None = None, bullet: bool = False) -> tuple[Actor, Mode]:
    """The layer's actor and the rules' mode for one clause (the rules' own actor too when the
    layer is off)."""
    if not _ENABLED.get():
        return actor, mode
    return _relabelled(text, actor, mode, role, reported, before, bullet)


# The label follows from the clause's words and the rules' reading: an answer reviewed again
# (with another panel or competency, or re-run) reads the same clauses.
@lru_cache(maxsize=4096)
def _relabelled(text: str, actor: Actor, mode: Mode, role: Role, reported: bool,
                before: tuple[str, str] | None, bullet: bool) -> tuple[Actor, Mode]:
    found = features(text, actor, mode, role, reported, before, bullet)
    return cast("Actor", predict("actor", found, actor)), mode


def enabled() -> bool:
    """Whether the layer reads (it is off inside `rules_only`)."""
    return _ENABLED.get()


def reload() -> None:
    """Read the model file again (after `scripts/train_reader.py` has rewritten it)."""
    from roundtable.evidence.reading import forget_readings

    _weights.cache_clear()
    _relabelled.cache_clear()
    forget_readings()  # the sentences read with the old model


@contextmanager
def rules_only() -> Iterator[None]:
    """Read with the rules alone: what the model is trained on and compared with."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)
