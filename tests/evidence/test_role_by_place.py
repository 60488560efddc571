"""A clause with no cue word takes its role from where it stands in the story (`read_role`):
the team's state in the first half is the scene, later it is a step; someone else's move in the
first half is the dispute, later an action; anything else in the first quarter sets the scene.
The bounds are exact. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import read_role


@pytest.mark.parametrize(("position", "role"), [(0.0, "situation"), (0.49, "situation"),
                                                (0.5, "action"), (0.9, "action")])
def test_the_teams_state_sets_the_scene_only_in_the_first_half(position: float,
                                                                role: str) -> None:
    assert read_role("we were short-staffed that week", "team", "fact", position, None,
                     False) == role


@pytest.mark.parametrize(("position", "role"), [(None, "dispute"), (0.49, "dispute"),
                                                (0.5, "action")])
def test_someone_elses_move_is_the_dispute_only_in_the_first_half(position: float | None,
                                                                   role: str) -> None:
    assert read_role("she pushed the launch to May", "other", "fact", position, None,
                     False) == role


@pytest.mark.parametrize(("mode", "position", "role"), [
    ("hedged", 0.24, "situation"), ("hedged", 0.25, "other"), ("fact", 0.5, "situation"),
])
def test_a_plain_state_sets_the_scene_and_a_hedged_one_only_at_the_start(
        mode: str, position: float, role: str) -> None:
    assert read_role("the office was in Leeds", "none", mode, position, None, False) == role
