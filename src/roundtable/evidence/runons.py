"""Where speech written down without punctuation ends its sentences.

Raw speech-to-text ("so um last year my manager wanted to ship on friday and i thought it was
too risky so i pulled the logs…") and answers typed in one breath come as a single sentence of
hundreds of words. Read as one, a story's steps run together: a clause's subject is lost to
the one before it, and a single "you" anywhere with a rating word anywhere reads the whole
answer as text addressed to the reviewer. Those runs are cut where a sentence most likely
begins, by an averaged perceptron over the words around each gap (`boundary_model.json`,
written by `scripts/train_boundaries.py` from punctuated answers with their punctuation taken
away). The text is never changed: a cut is only where one span ends and the next begins, so
every quote is still the candidate's own words.

Only runs that written answers all but never have are cut (`is_run_on`): of the sentences of the
2,617 answers in the dev and unseen sets, two are: fifty words or more, with fewer than one mark
per 25 words.
Reading stays deterministic and offline: a prediction is a sum of weights.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from roundtable import regexes as re
from roundtable.json_cache import load_json

MODEL_PATH = Path(__file__).with_name("boundary_model.json")
RUN_ON_WORDS = 50
"""Words from which a sentence may be a run-on: a written sentence of forty words may have no
comma ("I spent the first two weeks of the quarter reading every single support ticket…")."""
WORDS_PER_MARK = 25
"""Words per punctuation mark from which it is one: written sentences that long pause at
commas, dashes or brackets (one mark per ten words or so); unpunctuated speech has none."""
ALWAYS_WORDS = 80
"""Words from which a sentence is cut whatever its marks: a written answer has none so long."""
MIN_WORDS = 3
"""The fewest words a cut leaves on either side: "so um | i" is no sentence."""

_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_MARK = re.compile(r"[,;:—–()]|\s-\s")


def tokens(text: str) -> list[re.Match[str]]:
    """The words of `text`, with their offsets."""
    return list(_WORD.finditer(text))


def is_run_on(text: str, count: int) -> bool:
    """Whether a sentence of `count` words is speech that was never punctuated."""
    if count >= ALWAYS_WORDS:
        return True
    return count >= RUN_ON_WORDS and count / (len(_MARK.findall(text)) + 1) >= WORDS_PER_MARK


def _distance(words: int) -> str:
    """How long the sentence being cut has run, in buckets: short sentences rarely end."""
    for limit in (2, 3, 5, 8, 12, 17, 25):
        if words <= limit:
            return str(limit)
    return "more"


def features(words: Sequence[str], i: int, since: int) -> list[str]:
    """What the model sees of the gap before `words[i]` (lower-cased), `since` words after the
    last cut."""
    def at(k: int) -> str:
        return words[k] if 0 <= k < len(words) else "<end>" if k >= len(words) else "<start>"
    before2, before, word, after, after2 = at(i - 2), at(i - 1), at(i), at(i + 1), at(i + 2)
    distance = _distance(since)
    return ["bias", f"w={word}", f"p={before}", f"pp={before2}", f"n={after}", f"nn={after2}",
            f"pw={before}|{word}", f"wn={word}|{after}", f"ppp={before2}|{before}",
            f"pwn={before}|{word}|{after}", f"nnn={after}|{after2}", f"ps={before[-3:]}",
            f"ns={after[-3:]}", f"d={distance}", f"dw={distance}|{word}"]


@cache
def _weights() -> dict[str, float]:
    if not MODEL_PATH.exists():
        return {}
    return dict(load_json(MODEL_PATH)["weights"])


def starts(words: Sequence[str], weights: dict[str, float] | None = None) -> Iterator[int]:
    """The indices of `words` (lower-cased) before which a sentence begins, read left to
    right; `weights` the model's (the shipped file's by default)."""
    chosen = _weights() if weights is None else weights
    since = 0
    for i in range(len(words)):
        since += 1
        if since <= MIN_WORDS or len(words) - i < MIN_WORDS:
            continue
        if sum(chosen.get(name, 0.0) for name in features(words, i, since - 1)) > 0:
            yield i
            since = 0


def cuts(text: str) -> list[int]:
    """Offsets into `text` where a sentence of its run-on begins: none for a written
    sentence."""
    if text.count(" ") < RUN_ON_WORDS - 1:  # most sentences: too short to be one
        return []
    found = tokens(text)
    if not is_run_on(text, len(found)):
        return []
    words = [m.group().lower() for m in found]
    return [found[i].start() for i in starts(words)]
