"""Small readings the mutation run found thinly pinned:

- a present verb after "so" is the next step of a story told in the present, but a word of
  recurrence ("these days", "now") makes it a habit kept since (`reading._next_steps`);
- a subject that picks some out of a group of people ("one of the squads") is someone else's,
  not nobody's (`reading._one_of_them`);
- the learned layer names the team or the candidate only where the clause's words allow it
  (`reading.licensed`).
"""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import Actor, licensed, read_answer
from roundtable.evidence.text import sentences

PRESS = "Last March our only press breaks down two days before a big order. "


def _read(text: str, line: str) -> tuple[str, str, bool]:
    clause = next(c for c in read_answer(sentences(text)) if c.text == line)
    return clause.actor, clause.mode, clause.narrated


@pytest.mark.parametrize(("line", "mode", "narrated"), [
    ("So I call three other factories.", "fact", True),
    ("So I check the press myself these days.", "habitual", False),
    ("So I call the engineer before anything ever goes wrong now.", "habitual", False),
])
def test_a_step_after_so_is_the_next_step_unless_it_says_how_often(line: str, mode: str,
                                                                    narrated: bool) -> None:
    assert _read(PRESS + line, line)[1:] == (mode, narrated)


@pytest.mark.parametrize("line", [
    "One of the squads went through the logs that night.",
    "Two of our squads went through the logs that night.",
])
def test_some_picked_out_of_a_group_of_people_are_someone_else(line: str) -> None:
    assert _read("Our nightly import broke on the Monday. " + line, line)[0] == "other"


@pytest.mark.parametrize(("text", "actor", "learned", "read"), [
    # "our" allows the team's reading; a clause with no word for the team keeps the rules'
    ("and our crew reloaded the van before six", "none", "team", "team"),
    ("and the van was reloaded before six", "none", "team", "none"),
    # "my" allows the candidate's reading though the clause opens on no verb of theirs
    ("and the van was reloaded by my lads before six", "none", "candidate", "candidate"),
    ("and the van was reloaded before six", "none", "candidate", "none"),
])
def test_the_learned_layer_names_the_team_or_the_teller_only_where_the_words_do(
        text: str, actor: Actor, learned: Actor, read: Actor) -> None:
    assert licensed(text, actor, "fact", learned, "fact") == (read, "fact")
