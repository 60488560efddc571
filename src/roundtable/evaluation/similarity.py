"""How alike the panelists' opening turns are: the persona-distinctiveness measure.

Similarity is the Jaccard index of the two turns' sets of content words (lower-cased word
tokens of three or more letters, minus common function words). It was chosen over TF-IDF
cosine because it needs no corpus-wide fitting, is stable on a handful of short texts, and is
easy to read: 0.25 means a quarter of the distinct content words are shared. Quotes from the
answer are removed first, so two panelists citing the same sentence do not look alike for it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_STOP = frozenset(
    """
    the and for that this with was were are but not you your they them their there then than
    what when where which who whom why how have has had does did doing done from into onto
    about over under again further once here all any both each few more most other some such
    only own same too very can will just should would could now also its it's i'm i've i'd
    our ours we've we're she her his him he's she's one two been being because while until
    though through during before after above below off out down upon itself themselves
    let let's yes really still even much many well way
    """.split()
)


def content_words(text: str) -> frozenset[str]:
    """The set of content words in `text`, quotes removed."""
    return frozenset(w for w in _WORD.findall(_QUOTED.sub(" ", text.lower())) if w not in _STOP)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|, and 0 when both are empty."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0
