"""The `roundtable` group builds a command (reads its signature, makes its parameters) only when
that command runs or help lists it, and still lists, suggests and runs every command."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner, Result

import roundtable.cli as cli

COMMANDS = ["review", "competencies", "panels", "interview", "eval", "serve", "worker", "cache"]


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the commands the group builds, in order, while the test runs."""
    names: list[str] = []
    build = cli.get_command_from_info

    def recorded(info: Any, **options: Any) -> Any:
        command = build(info, **options)
        names.append(command.name)
        return command

    monkeypatch.setattr(cli, "get_command_from_info", recorded)
    return names


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli.app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})


def test_a_command_that_runs_is_the_only_one_built(built: list[str]) -> None:
    done = invoke("competencies", "--json")
    assert done.exit_code == 0, done.output
    assert '"have-backbone"' in done.stdout
    assert built == ["competencies"]


def test_help_lists_every_command_in_the_order_they_were_registered(built: list[str]) -> None:
    out = invoke("--help").stdout
    assert [out.index(f"│ {name} ") for name in COMMANDS] == sorted(
        out.index(f"│ {name} ") for name in COMMANDS)
    assert "Review one answer with an Expert Roundtable." in out
    assert built == COMMANDS[:-1]  # `cache` is a sub-app, built with the group


def test_a_mistyped_command_is_matched_against_commands_not_yet_built(built: list[str]) -> None:
    done = invoke("intervew")
    assert done.exit_code == 2
    assert "Did you mean 'interview'" in done.output
    assert built == []
