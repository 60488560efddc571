"""Whether a submitted answer can be reviewed at all, checked the same way by every interface.

The CLI, the Python API and the web app all refuse the same inputs with the same one-line
message, so an answer the web app accepts is never one the pipeline then rejects.
"""

from __future__ import annotations

from itertools import islice

from roundtable import regexes as re
from roundtable.errors import InputError
from roundtable.ingest.reader import MAX_BYTES

MIN_WORDS = 8
"""Fewer words than this is a phrase, not a story: it is refused rather than reviewed.

The shortest story a panel can read names an action and how it ended, which takes two clauses
("I pushed back on the date, and we shipped a week later." is 11 words). Below eight words
there is room for a claim ("I'm a strong team player.") or a reply ("Yes, I have done that
many times.") but not for both an action and an outcome. Answers from eight words up are
reviewed, with a `too_short` flag while they are still short of a full answer.
"""

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""A word has letters: numbers, bullets and punctuation alone do not make an answer longer."""


def word_count(answer: str) -> int:
    """How many words the answer has, counting only tokens with letters."""
    return len(_WORD.findall(answer))


def check_reviewable(answer: str) -> None:
    """Raise `InputError` with a one-line message when the answer cannot be reviewed."""
    if not answer.strip():
        raise InputError("the answer is empty; give the candidate's answer as text")
    if len(answer.encode("utf-8", "replace")) > MAX_BYTES:
        raise InputError(f"the answer is over the limit of {MAX_BYTES:,} bytes; trim it")
    # Only whether the answer reaches MIN_WORDS is asked (and how short it is when it does not):
    # counting every word of a long answer cost about 60 µs of each review.
    words = sum(1 for _ in islice(_WORD.finditer(answer), MIN_WORDS))
    if words < MIN_WORDS:
        unit = "word" if words == 1 else "words"
        raise InputError(
            f"the answer has only {words} {unit}, too few to review; give at least "
            f"{MIN_WORDS} words telling what happened, what you did and how it ended"
        )
