"""A naive Bayes model of an answer's words: which competency the story it tells is about.

With no question, the competency is inferred from the answer alone, and the catalog's keywords
name few of the ways a story says what it is about: "Our regional manager wanted us to stop
checking pallets… I thought that was risky… I showed her the returns log" is a disagreement with
a manager though it never says "disagree", and its one keyword ("mistakes") names a failure.
This model is trained (`scripts/train_answer_model.py`) on the studied part of the unseen
answer sets (`tests/data/unseen`, about 1,450 answers written apart from the catalog, by
competency, in many lines of work and voices) and the dev set's dev rows, and weighs every
content word an answer says. Its weights are data (`answer_model.json`, read as `word_model`
reads every such file), read lazily the first time an answer's competency is inferred.
"""

from __future__ import annotations

import math
from pathlib import Path

from roundtable import regexes as re
from roundtable.word_model import Features, WordModel

MODEL_PATH = Path(__file__).with_name("answer_model.json")
MODEL = WordModel(MODEL_PATH)


_CAPITALISED = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?:'s|’s)?")
_LOWER = re.compile(r"[a-z]+")


def without_names(answer: str) -> str:
    """The answer with the names in it blanked: a word capitalised inside a sentence that the
    answer never says in lower case ("Priya", "Okafor", "Shenzhen"). A name tells one story from
    another, not what a story is about; the model leaves them out, and never names one as a word
    it weighed."""
    lower = set(_LOWER.findall(answer))

    def blank(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower().removesuffix("'s").removesuffix("’s") in lower else " "

    return _CAPITALISED.sub(blank, answer)


def features(terms: dict[str, int]) -> Features:
    """An answer's content words (`inference._terms`), each counted less for each time it is
    said again: a story says its subject's words often, and one word said ten times is not ten
    words' evidence."""
    return {term: 1.0 + math.log(n) for term, n in terms.items()}


__all__ = ["MODEL", "MODEL_PATH", "features", "without_names"]
