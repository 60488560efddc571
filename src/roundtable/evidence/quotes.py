"""Who speaks inside quotation marks: the candidate, someone else, or no one (a term).

A red flag is the candidate's conduct or claim. Words in quotation marks are the candidate's only
when the candidate said or thought them ("I told him, “your code is garbage”"); a customer's
“You people are useless” is the scene the candidate handled, and a term held up for scrutiny
(So “never failed” really meant “never told us”) is a mention, no claim of anyone's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from roundtable import regexes as re

Speaker = Literal["candidate", "other", "mention"]


@dataclass(frozen=True)
class Quoted:
    start: int
    """Where the quoted words begin (after the opening mark)."""
    end: int
    speaker: Speaker


# A straight double quote opens or closes by turn; curly ones say which they are. A single curly
# quote opens only after a space or a bracket, since ’ is also the apostrophe of "don’t".
_MARK = re.compile(r"[\"“”]|(?:^|(?<=[\s(\[]))‘|’(?![A-Za-z])")
_SPEECH = (r"said|says|saying|say|told|tells|telling|tell|asked|asks|asking|wrote|writes|replied|"
           r"answered|explained|goes|went|yelled|shouted|snapped|snaps|called|thought|think|"
           r"thinking|messaged|texted|emailed|added|insisted|argued|complained|screamed|"
           r"(?:was|were|is|are|'s|’s) like|put it|kept saying|muttered|announced|typed")
# The speaker nearest before the verb of saying, which a few words may follow: "he said", "I just
# told my colleague", "the first thing he said was".
_LEAD_IN = re.compile(
    rf"(?P<who>\b[\w’']+)(?:\s+(?:just|then|also|finally|basically|only|even|kind of|"
    rf"actually|literally|simply|remember|kept|had|would|'d|’d))*\s+(?:{_SPEECH})\b"
    r"(?:\s+[\w’']+){0,3}[\s,:—–-]*$",
    re.IGNORECASE)
_TAIL = re.compile(rf"[\s,—–-]*(?P<who>[\w’']+)(?:\s+\w+)?\s+(?:{_SPEECH})\b", re.IGNORECASE)
_TELLER = frozenset({"i", "we", "i'd", "i’d", "we'd", "we’d"})
# A lead-in is searched no further back than the sentence it opens in.
_LEAD_SPAN = 90


def _speaker(text: str, start: int, end: int) -> Speaker:
    lead = text[max(0, start - 1 - _LEAD_SPAN):max(0, start - 1)]
    lead = re.split(r"[.!?]\s", lead)[-1]
    found = _LEAD_IN.search(lead)
    if found is None:
        found = _TAIL.match(text, end + 1, min(len(text), end + 1 + 40))
    if found is None:
        return "mention"
    return "candidate" if found.group("who").lower() in _TELLER else "other"


def quoted(text: str) -> list[Quoted]:
    """Every span of `text` inside quotation marks, with who speaks it."""
    spans: list[Quoted] = []
    opened: int | None = None
    for mark in _MARK.finditer(text):
        char = mark.group()
        if opened is None and char in "\"“‘":
            opened = mark.end()
        elif opened is not None and char in "\"”’":
            spans.append(Quoted(opened, mark.start(), _speaker(text, opened, mark.start())))
            opened = None
    return spans


def in_others_words(spans: list[Quoted], at: int) -> bool:
    """Whether offset `at` lies in words quoted from someone else, or held up as a term."""
    return any(q.start <= at < q.end and q.speaker != "candidate" for q in spans)


__all__ = ["Quoted", "in_others_words", "quoted"]
