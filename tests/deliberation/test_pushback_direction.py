"""A disagreement opens with words true of who reads higher: "that's generous" and "I'm less
convinced than you" come only from the panelist who reads the criterion lower (raising a red
flag), "I wonder if we're being hard on them" only from the one who reads it higher (raising a
line the other had not weighed). Before, a panelist raising a missed line in a colleague's
favour could open "I'm not sure the answer earns that: you read it lower than I do"."""

from __future__ import annotations

import pytest
from deliberation_corpus import dev_reviews

from roundtable.catalog.loader import get_panel
from roundtable.models import Review

PANELS = ("product-trio", "engineering-loop", "hiring-manager")


def _raises_a_line(text: str) -> bool:
    """A challenge turn that raises a line the listener had not weighed (the speaker reads
    higher); one that raises a red flag says "that misses" instead (the speaker reads lower)."""
    return ", but you haven't" in text


def _openings(review: Review) -> list[tuple[str, str, bool]]:
    """(speaker, text, raises a line) for every challenge turn of the cross-talk."""
    return [(turn.speaker, turn.text, _raises_a_line(turn.text))
            for round_ in review.rounds if round_.kind == "crosstalk"
            for turn in round_.turns
            if turn.stance == "pushback" and (", but you haven't" in turn.text
                                              or ", and that misses" in turn.text)]


@pytest.mark.parametrize("panel", PANELS)
def test_every_built_in_voice_has_words_for_both_directions(panel: str) -> None:
    for persona in get_panel(panel).personas:
        assert persona.voice.pushback_lower and persona.voice.pushback_higher, persona.id


def test_no_challenge_opens_on_words_that_say_the_other_direction() -> None:
    personas = {p.id: p for panel in PANELS for p in get_panel(panel).personas}
    wrong = []
    seen = {True: 0, False: 0}
    for review in dev_reviews():
        for speaker, text, higher in _openings(review):
            seen[higher] += 1
            voice = personas[speaker].voice
            contrary = voice.pushback_lower if higher else voice.pushback_higher
            for phrase in contrary:
                opening = phrase.split("{name}", 1)[1]
                if opening in text.split(":", 1)[0] + ":":
                    wrong.append((review.id, speaker, text[:90]))
    assert not wrong, wrong[:5]
    # the sweep sees both kinds of challenge, or it tests nothing
    assert seen[True] >= 20 and seen[False] >= 5, seen
