"""Sentences with character offsets, and quotes cut from them that stay exact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from roundtable import regexes as re
from roundtable.evidence.runons import cuts

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a likely
# sentence start, or at a blank line / line break. Abbreviations and decimals are protected.
# A bracketed aside ("[Scoring key: …]") ends where its bracket closes, period or not.
# Speech-to-text and casual typing often start sentences in lower case ("…disappearing. and
# like three people…"): those end at the stop too, unless it closes an abbreviation or an
# initial.
_BOUNDARY = re.compile(
    r"(?<=[.!?])(?P<close>[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Za-z0-9])|(?<=\])\s+(?=[A-Z])|\n+"
)
# ("it wasn't." ends a sentence: the "t" after an apostrophe is no initial)
_ABBREVIATIONS = re.compile(
    r"(?<!['’])\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|jr|sr|inc|ltd|approx|no|st|u\.s|a\.m|p\.m|"
    r"cf|al|ca|incl|esp|min|max|dept|ft|lbs?|oz|vol|fig|[a-z])\.$",
    re.IGNORECASE,
)
# How far from its end a piece is searched for an abbreviation: a match ends there, and the
# longest ("approx.") has seven characters (the lookbehind and `\b` still see the one before).
_ABBREVIATION_REACH = 8
# A numbered list's marker at the start of a line ("1.", "12)"), which is no sentence.
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
MAX_QUOTE = 150
"""Longest quote: what a turn can cite inline whole, so a cut never drops the credited words."""


@dataclass(frozen=True)
class Span:
    """A piece of the answer: `text == answer[start:end]`."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Split `text` into trimmed sentences whose offsets index into `text`."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        # A closing quote or bracket after the full stop belongs to the sentence it closes.
        end = match.start() + len(match.group("close") or "")
        piece = text[start:end]
        if "\n" not in match.group() and not match.group("close") and _ABBREVIATIONS.search(
            piece, max(0, len(piece) - _ABBREVIATION_REACH)
        ):
            continue  # "e.g. Foo" is not a sentence end
        if "\n" not in match.group() and _inside_aside(text, piece, match):
            continue
        if "\n" not in match.group() and _LIST_NUMBER.fullmatch(piece.strip()):
            continue  # "2. Asked Denise for 20 min": the number heads its item
        _append(spans, text, start, end)
        start = match.end()
    _append(spans, text, start, len(text))
    return _uncut(text, spans)


def _uncut(text: str, spans: list[Span]) -> list[Span]:
    """The spans with each run-on of unpunctuated speech cut where its sentences begin
    (`runons`); the rest as written."""
    found: list[Span] = []
    for span in spans:
        begin = span.start
        for end in [span.start + at for at in cuts(span.text)] + [span.end]:
            _append(found, text, begin, end)
            begin = end
    return found


def _inside_aside(text: str, piece: str, match: re.Match[str]) -> bool:
    """A stop inside a round-bracketed aside does not end the sentence around it.

    "I disagreed (it would cost 40,000. I had checked.) and told him so" is one sentence:
    split at the inner stops, each half carries one bracket and a quote of it reads broken.
    The aside must close on the same line, so a stray "(" never swallows the rest.
    """
    if piece.count("(") > piece.count(")"):
        line_end = text.find("\n", match.end())
        rest = text[match.end():] if line_end < 0 else text[match.end():line_end]
        return rest.count(")") > rest.count("(")
    close = match.group("close") or ""
    return close.endswith(")") and text[match.end()].islower()


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def words(text: str) -> list[str]:
    """Word tokens, lower-cased."""
    return [w.lower() for w in _WORD.findall(text)]


MIN_CLAUSE = 60
# A bullet's marker and a STAR heading are the form of the answer, not its words.
_HEADING = re.compile(r"(?:[-*•·▪]\s+|\d{1,2}[.)]\s+)?(?:(?:situation|task|actions?|results?|"
                      r"reflection|learnings?|lessons?|outcome|context|background|[star])"
                      r"\s*[:—–]\s+)?", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:—–]\s+|\s+-\s+")


def clause_around(sentence: Span, match_start: int, match_end: int) -> Span:
    """The shortest readable quote around a match: the whole sentence if short, else clauses.

    Long sentences are cut only at punctuation, and the window of clauses around the match
    grows (rightwards first) until it reads as a thought. Offsets are absolute (into the
    answer), so the quote always matches the answer exactly.
    """
    heading = _HEADING.match(sentence.text)
    if heading and heading.end() and sentence.start + heading.end() < match_end:
        # "Result: churn fell 12%" is quoted from "churn": the label is the form, not the answer.
        sentence = Span(sentence.start + heading.end(), sentence.end,
                        sentence.text[heading.end():])
        match_start = max(match_start, sentence.start)
    if sentence.end - sentence.start <= MAX_QUOTE:
        return sentence
    text = sentence.text
    inside, bounds = _cuts(text)
    rel_s, rel_e = match_start - sentence.start, match_end - sentence.start
    first = max(i for i, b in enumerate(bounds[:-1]) if b <= rel_s)
    last = min(i for i, b in enumerate(bounds) if b >= rel_e and i > first)
    while bounds[last] - bounds[first] < MIN_CLAUSE and (first > 0 or last < len(bounds) - 1):
        if last < len(bounds) - 1 and bounds[last + 1] - bounds[first] <= MAX_QUOTE:
            last += 1
        elif first > 0 and bounds[last] - bounds[first - 1] <= MAX_QUOTE:
            first -= 1
        else:
            break
    left, right = bounds[first], bounds[last]
    if right - left > MAX_QUOTE:
        # One very long clause: cut where a clause of its own begins ("… reviews | and put
        # together a guideline | with things like…"), never mid-phrase.
        left, right = _joints(text, left, right, rel_s, rel_e, inside)
    if right - left > MAX_QUOTE * 3 // 2:  # no joint near the match: cut at word boundaries
        # Room on each side of the match, within MAX_QUOTE whatever word the window ends on.
        left = max(left, text.rfind(" ", 0, max(rel_s - MAX_QUOTE * 3 // 10, left)) + 1)
        cut = text.find(" ", min(rel_e + MAX_QUOTE * 2 // 5, len(text)))
        right = min(right, cut if cut != -1 else len(text))
    return _trim(Span(sentence.start + left, sentence.start + right, text[left:right]))


_JOINT = re.compile(r"\s(?=(?:and|but|so|because|which|while|whereas|with|after|before|when|"
                    r"until|then|although|though|since|where|who)\s)")


@lru_cache(maxsize=256)  # a long sentence is cut for every piece of evidence found in it
def _cuts(text: str) -> tuple[tuple[bool, ...], tuple[int, ...]]:
    """Per character whether it lies in an aside (`bracketed`), and where the sentence may be
    cut into clauses: its start, each clause break outside an aside, its end."""
    inside = bracketed(text)
    for start, end in names_set_off(text):
        inside[start:end] = [True] * (end - start)
    return tuple(inside), (0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)
                                if not inside[m.start()]), len(text))


_NAME_SET_OFF = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,(?=\s)")


def names_set_off(text: str) -> list[tuple[int, int]]:
    """Where a name set off by commas after the role it names lies, commas and all: "the
    senior carer, Joy, had been there eleven years". A quote is never cut inside one: it keeps
    the name with the role it names and the verb after it."""
    return [(m.start(), m.end()) for m in _NAME_SET_OFF.finditer(text)]


def bracketed(text: str) -> list[bool]:
    """Per character, whether it lies inside a (…) aside that closes: no cut falls there, so a
    quote never carries half an aside."""
    inside = [False] * (len(text) + 1)
    opened: list[int] = []
    for i, char in enumerate(text):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            start = opened.pop()
            inside[start + 1 : i] = [True] * (i - start - 1)
    return inside


def _joints(text: str, left: int, right: int, rel_s: int, rel_e: int,
            inside: Sequence[bool]) -> tuple[int, int]:
    """The smallest run of whole clauses within `left:right` that holds the match and reads as
    a thought (MIN_CLAUSE), cut where a conjunction opens the next clause."""
    cuts = [left] + [m.start() for m in _JOINT.finditer(text, left, right)
                     if not inside[m.start()]] + [right]
    first = max(i for i, c in enumerate(cuts[:-1]) if c <= max(rel_s, left))
    last = min((i for i, c in enumerate(cuts) if c >= min(rel_e, right) and i > first),
               default=len(cuts) - 1)
    while cuts[last] - cuts[first] < MIN_CLAUSE:
        if last < len(cuts) - 1 and cuts[last + 1] - cuts[first] <= MAX_QUOTE:
            last += 1
        elif first > 0 and cuts[last] - cuts[first - 1] <= MAX_QUOTE:
            first -= 1
        else:
            break
    return cuts[first], cuts[last]


def _trim(span: Span) -> Span:
    start, end, text = span.start, span.end, span.text
    lead = len(text) - len(text.lstrip(" ,;:—–-"))
    tail = len(text) - len(text.rstrip(" ,;:—–-"))
    return Span(start + lead, end - tail, text[lead : len(text) - tail])
