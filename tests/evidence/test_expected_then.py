"""What the teller thought would happen, told inside a story, is part of the story: "I was sure
we'd lose sign-ups if we waited" says what they believed then, not what they would do instead
of telling it. A frame in the present, or none, still imagines."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

STORY = ("Last spring our biggest client threatened to leave over late invoices. {belief} So I "
         "rebuilt the invoice run myself over a weekend. They renewed for two years.")


def _flags(answer: str) -> set[str]:
    return {f.kind for f in analyze(answer).flags}


def _mode(answer: str, opening: str) -> str:
    return next(c.mode for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize("belief", [
    "I thought we'd lose them if we waited for the quarterly review.",
    "I was sure we'd lose them if we waited for the quarterly review.",
    "I was pretty certain they would walk unless we fixed it that month.",
    "I figured we would lose them.",
])
def test_a_belief_held_then_is_no_imagined_story(belief: str) -> None:
    assert "hypothetical" not in _flags(STORY.format(belief=belief))


@pytest.mark.parametrize("answer", [
    # what they would do, framed in the present or not framed at all
    "I think I'd call the client first. I would write it up for the team. I'd always share the "
    "numbers.",
    "I would call them if it was urgent. Then I would write it up. I'd always share the numbers.",
    # a past frame over one step does not make the imagined steps after it a story
    "I thought I would call them first. Then I would write it up. I'd always share the numbers.",
])
def test_what_they_would_do_is_still_imagined(answer: str) -> None:
    assert "hypothetical" in _flags(answer)


@pytest.mark.parametrize(("sentence", "mode"), [
    # a certainty or a fear held then is the teller's state, whatever it foresaw
    ("and I was sure we'd lose sign-ups", "fact"),
    ("I was so afraid we'd miss the window", "fact"),
    ("I was quite confident we would hit the date", "fact"),
    # …not a condition on what they would do
    ("If I was sure, I would tell him.", "hypothetical"),
])
def test_a_certainty_frames_what_it_foresaw(sentence: str, mode: str) -> None:
    text = f"{sentence[0].upper()}{sentence[1:]}" if sentence[0].islower() else sentence
    assert _mode(text, text.split(",")[0][:12]) == mode
