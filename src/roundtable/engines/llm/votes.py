"""Vote words in prose must match the numbers: "Strong Hire" is said only of a Strong Hire.

Each vote phrase in a text is attributed to the panelist named just before it (within the
clause), or else to the speaker; the moderator's unattributed vote words must be the verdict's
or some panelist's. A text whose vote words the numbers do not support is asked for again, and
then replaced by wording built from the numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set

from roundtable.models import Vote

VOTE_WORDS: dict[Vote, str] = {
    "strong_no_hire": "Strong No Hire",
    "no_hire": "No Hire",
    "hire": "Hire",
    "strong_hire": "Strong Hire",
}

_SEP = r"[\s_-]+"
_PHRASE = re.compile(
    rf"(?P<strong_no_hire>\bstrong(?:ly)?{_SEP}no{_SEP}hire\b)"
    rf"|(?P<strong_hire>\bstrong(?:ly)?{_SEP}hire\b)"
    rf"|(?P<no_hire>\bno{_SEP}hire\b|\bnot{_SEP}a{_SEP}hire\b)"
    # A bare "hire" is a vote only where it is used as one ("a hire", "vote hire", "Hire: ...");
    # "a reason to hire" and "would hire her again" are not votes.
    r"|(?P<hire>(?:\b(?:a|at|vote|votes|voting|my|solid|clear|lean|leaning)\s+|^\s*)hire\b"
    r"(?!\s+(?:her|him|them|again|this|someone|people))|\bhire(?=\s+vote))",
    re.IGNORECASE | re.MULTILINE,
)
_GROUPS: dict[str, Vote] = {vote: vote for vote in VOTE_WORDS}
_WINDOW = 60
_CLAUSE_END = re.compile(r"[.;!?]")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|my|me)\b")


def claims(text: str, names: Mapping[str, str], speaker: str | None) -> list[tuple[str, Vote, str]]:
    """(who, vote, phrase) for each vote phrase: who is a panelist id, or "" when unattributed.

    `names` maps lower-case first and full names to panelist ids.
    """
    found: list[tuple[str, Vote, str]] = []
    for match in _PHRASE.finditer(text):
        vote = _GROUPS[next(k for k, v in match.groupdict().items() if v)]
        before = text[max(0, match.start() - _WINDOW):match.start()]
        before = _CLAUSE_END.split(before)[-1].lower()
        who = speaker or ""
        last = -1
        for name, pid in names.items():
            for hit in re.finditer(rf"\b{re.escape(name)}\b", before):
                if hit.start() > last:
                    who, last = pid, hit.start()
        mine = [m.start() for m in _FIRST_PERSON.finditer(before)]
        if mine and mine[-1] > last:
            who = speaker or ""
        found.append((who, vote, match.group().strip()))
    return found


def vote_problem(
    text: str,
    names: Mapping[str, str],
    votes: Mapping[str, Set[Vote]],
    *,
    speaker: str | None = None,
    unattributed: Set[Vote] = frozenset(),
) -> str | None:
    """Why `text`'s vote words contradict the numbers, or None when they do not.

    `votes` holds, per panelist id, the votes its numbers support; `unattributed` the votes a
    sentence naming nobody may state (the moderator's: the verdict's and the panelists').
    """
    by_id = {pid: name for name, pid in names.items() if " " in name} or {
        pid: name for name, pid in names.items()}
    for who, vote, phrase in claims(text, names, speaker):
        allowed = votes.get(who, unattributed) if who else unattributed
        if vote not in allowed:
            holder = by_id.get(who, "the panel").title() if who else "the panel"
            said = " or ".join(VOTE_WORDS[v] for v in sorted(allowed)) or "no vote"
            return f'it says "{phrase}" but {holder}\'s numbers give {said}'
    return None
