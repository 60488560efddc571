"""A scripted panelist: well-formed replies, built from the prompt, that quote the real answer.

Shared by the FunctionModel unit tests and the loopback fake server, so both drive the engine
through exactly the prompts it sends.
"""

from __future__ import annotations

import re
from typing import Any

KINDS = {
    "Round 1, blind opening": "opening",
    "Round 2, cross-talk": "crosstalk",
    "Round 3, closing": "closing",
}


def kind_of(prompt: str) -> str:
    """Which round (or the synthesis) a user prompt is for."""
    for marker, kind in KINDS.items():
        if marker in prompt:
            return kind
    return "synthesis"


def speaker_of(prompt: str) -> str:
    """The speaker's full name from the prompt's first line ("You are NAME, TITLE. ...")."""
    match = re.match(r"You are ([^,]+),", prompt)
    return match.group(1) if match else "moderator"


def answer_of(prompt: str) -> str:
    """The candidate's answer as quoted in the prompt."""
    match = re.search(r"<answer>\n(.*?)\n</answer>", prompt, re.DOTALL)
    assert match, "every prompt quotes the answer"
    return match.group(1)


def sentences(answer: str) -> list[str]:
    """The answer's sentences, for quoting."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", answer) if len(s.strip()) > 12]


def criterion_ids(prompt: str) -> list[str]:
    """The criterion ids the closing prompt asks to be scored."""
    match = re.search(r"Score these criterion ids, one entry each: ([^.]+)\.", prompt)
    return [c.strip() for c in match.group(1).split(",")] if match else []


def reply_for(prompt: str, *, score: int = 4, invent: bool = False) -> dict[str, Any]:
    """A valid reply for whatever the prompt asks; `invent` makes its quote a fabrication."""
    kind = kind_of(prompt)
    answer = answer_of(prompt)
    quotes = sentences(answer)
    name = speaker_of(prompt)
    quote = "I single-handedly tripled revenue overnight" if invent else quotes[0]
    if kind == "synthesis":
        names = re.search(r"for each panelist \(([^)]+)\)", prompt)
        firsts = [n.strip() for n in names.group(1).split(",")] if names else []
        return {
            "headline": "A grounded disagreement, handled with data and followed through.",
            "consensus": "The panel agrees the candidate disagreed with evidence and committed.",
            "agreements": ["The candidate brought data to the disagreement."],
            "panelists": [
                {
                    "panelist": first,
                    "reason_to_hire": f"{first} saw a clear, evidenced objection.",
                    "concern": f"{first} wants more on the relationship afterwards.",
                    "emphasis": f"{first} stresses the outcome.",
                    "follow_up": f"{first} asks: what would you do differently?",
                }
                for first in firsts
            ],
        }
    text = f'As {name.split()[0]}, I note that "{quote}" matters here.'
    reply: dict[str, Any] = {"text": text, "quotes": [quote]}
    if kind == "crosstalk":
        others = [n for n in ("Priya", "Daniel", "Elena") if n != name.split()[0]]
        reply.update(text=f"{others[0]}, I agree. {text}", addresses=[others[0]], stance="agree")
    if kind == "closing":
        reply["scores"] = [
            {"criterion": cid, "score": score, "quote": quotes[i % len(quotes)]}
            for i, cid in enumerate(criterion_ids(prompt))
        ]
    return reply
