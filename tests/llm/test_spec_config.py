"""Model specs, key and URL lookup, the config file, and the one-line errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from roundtable.engines.llm.config import config_path, resolve_connection, save_setting
from roundtable.engines.llm.spec import ModelSpec, parse_spec
from roundtable.errors import EngineError, RoundtableError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openai:gpt-4o-mini", ModelSpec("openai", "gpt-4o-mini")),
        ("anthropic:claude-3-5-haiku-latest", ModelSpec("anthropic", "claude-3-5-haiku-latest")),
        ("ollama:llama3.2:3b", ModelSpec("ollama", "llama3.2:3b")),
        (
            "openai-compatible:smollm2@http://127.0.0.1:8080/v1/",
            ModelSpec("openai-compatible", "smollm2", "http://127.0.0.1:8080/v1"),
        ),
        ("OpenAI:gpt-4o", ModelSpec("openai", "gpt-4o")),
    ],
)
def test_parse_spec(text: str, expected: ModelSpec) -> None:
    assert parse_spec(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "needs --model"),
        ("gpt-4o", "expected PROVIDER:MODEL"),
        ("mistral:large", "expected PROVIDER:MODEL"),
        ("openai:", "names no model"),
        ("openai:gpt-4o@http://127.0.0.1:1/v1", "only for ollama and openai-compatible"),
    ],
)
def test_bad_specs_are_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(EngineError, match=message) as info:
        parse_spec(text)
    assert "\n" not in str(info.value)


def test_missing_key_names_the_variable_and_the_offline_engine() -> None:
    with pytest.raises(RoundtableError) as info:
        resolve_connection(parse_spec("openai:gpt-4o-mini"))
    message = str(info.value)
    assert "OPENAI_API_KEY" in message
    assert "--engine rubric" in message
    assert "\n" not in message


def test_compatible_server_without_url_says_how_to_give_one() -> None:
    with pytest.raises(EngineError, match="ROUNDTABLE_BASE_URL"):
        resolve_connection(parse_spec("openai-compatible:smollm2"))


def test_key_precedence_argument_then_config_then_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = parse_spec("openai:gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert resolve_connection(spec).api_key.get_secret_value() == "sk-from-env"  # type: ignore[union-attr]
    save_setting("openai", api_key="sk-from-config")
    assert resolve_connection(spec).api_key.get_secret_value() == "sk-from-config"  # type: ignore[union-attr]
    conn = resolve_connection(spec, api_key="sk-from-arg")
    assert conn.api_key.get_secret_value() == "sk-from-arg"  # type: ignore[union-attr]
    assert "sk-from-arg" not in repr(conn)


def test_config_file_is_private(tmp_path: Path) -> None:
    path = save_setting("anthropic", api_key="sk-ant-secret", base_url="http://127.0.0.1:9/v1")
    assert path == config_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    conn = resolve_connection(parse_spec("anthropic:claude-3-5-haiku-latest"))
    assert conn.base_url == "http://127.0.0.1:9/v1"


def test_url_precedence_spec_then_config_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:3/v1")
    assert resolve_connection(parse_spec("openai-compatible:m")).base_url == "http://127.0.0.1:3/v1"
    monkeypatch.setenv("ROUNDTABLE_BASE_URL", "http://127.0.0.1:2/v1")
    assert resolve_connection(parse_spec("openai-compatible:m")).base_url == "http://127.0.0.1:2/v1"
    save_setting("openai-compatible", base_url="http://127.0.0.1:1/v1")
    assert resolve_connection(parse_spec("openai-compatible:m")).base_url == "http://127.0.0.1:1/v1"
    spec = parse_spec("openai-compatible:m@http://127.0.0.1:4/v1")
    assert resolve_connection(spec).base_url == "http://127.0.0.1:4/v1"


def test_ollama_defaults_to_the_local_server() -> None:
    conn = resolve_connection(parse_spec("ollama:llama3.2"))
    assert conn.base_url == "http://127.0.0.1:11434/v1"
    assert conn.is_local


def test_urls_in_messages_drop_credentials() -> None:
    conn = resolve_connection(parse_spec("openai-compatible:m@https://me:pw@llm.example:8443/v1?k=s"))
    assert conn.display_url == "https://llm.example:8443/v1"
    assert conn.base_url is not None and "pw@" in conn.base_url
