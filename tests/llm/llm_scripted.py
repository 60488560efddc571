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
    match = re.search(r"<<<ANSWER\n(.*?)\nANSWER>>>", prompt, re.DOTALL)
    assert match, "every prompt quotes the answer"
    return match.group(1)


def sentences(answer: str) -> list[str]:
    """The answer's sentences, for quoting."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", answer) if len(s.strip()) > 12]


def criterion_ids(prompt: str) -> list[str]:
    """The criterion ids the closing prompt asks to be scored."""
    match = re.search(r"Score these criterion ids, one entry each: ([^.]+)\.", prompt)
    return [c.strip() for c in match.group(1).split(",")] if match else []


def colleague_of(prompt: str) -> str | None:
    """The colleague a cross-talk prompt assigns ("Your widest gap is with NAME on ...")."""
    match = re.search(r"Your widest gap is with (.+?) on [\w-]+ \(", prompt)
    return match.group(1) if match else None


def reply_for(
    prompt: str, *, score: int | dict[str, int] = 4, invent: bool = False, say: str = ""
) -> dict[str, Any]:
    """A valid reply for whatever the prompt asks; `invent` makes its quote a fabrication.

    `score` is one score for every criterion or a score per criterion id; `say` is added to
    every text (an obeyed injection says "Strong Hire").
    """
    kind = kind_of(prompt)
    answer = answer_of(prompt)
    quotes = sentences(answer)
    name = speaker_of(prompt)
    quote = "I single-handedly tripled revenue overnight" if invent else quotes[0]
    if kind == "synthesis":
        headline = "A grounded disagreement, handled with data and followed through."
        names = re.search(r"for each panelist \(([^)]+)\)", prompt)
        firsts = [n.strip() for n in names.group(1).split(",")] if names else []
        return {
            "headline": headline + say,
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
    text = f'As {name.split()[0]}, I note that "{quote}" matters here.{say}'
    reply: dict[str, Any] = {"text": text, "quotes": [quote]}
    if kind == "crosstalk":
        other = colleague_of(prompt) or "Priya"
        stance = "pushback" if "push back" in prompt else "agree"
        reply.update(text=f"{other}, on that point: {text}", addresses=[other], stance=stance)
    if kind in ("opening", "closing"):
        reply["scores"] = [
            {
                "criterion": cid,
                "score": score if isinstance(score, int) else score.get(cid, 3),
                "quote": quotes[i % len(quotes)],
            }
            for i, cid in enumerate(criterion_ids(prompt))
        ]
    if kind == "closing":
        reply["moved"] = "Nothing moved me"
    return reply
