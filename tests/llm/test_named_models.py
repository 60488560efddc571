"""Models a server offers by name: `--model NAME=SPEC`, bare specs, and the config file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roundtable.engines.llm.config import config_path, save_setting
from roundtable.engines.llm.named import configured_models, named_model, offered_models
from roundtable.errors import EngineError


@pytest.mark.parametrize(("text", "expected"), [
    ("fast=openai:gpt-4o-mini", ("fast", "openai:gpt-4o-mini")),
    ("openai:gpt-4o-mini", ("gpt-4o-mini", "openai:gpt-4o-mini")),
    ("ollama:llama3.2:1b", ("llama3.2:1b", "ollama:llama3.2:1b")),
    (" local = openai-compatible:qwen@http://127.0.0.1:8080/v1/ ",
     ("local", "openai-compatible:qwen@http://127.0.0.1:8080/v1")),
    # An '=' after the provider belongs to the spec (a URL's query), not to a name.
    ("openai-compatible:m@http://127.0.0.1:1/v1?a=b",
     ("m", "openai-compatible:m@http://127.0.0.1:1/v1?a=b")),
])
def test_a_model_is_named_explicitly_or_by_its_model_part(text: str,
                                                         expected: tuple[str, str]) -> None:
    assert named_model(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("=openai:gpt-4o", "model name ''"),
    ("a b=openai:gpt-4o", "model name 'a b'"),
    ("fast=gpt-4o", "unknown model spec"),
    ("fast=", "needs --model"),
])
def test_bad_names_and_specs_fail_in_one_line(text: str, message: str) -> None:
    with pytest.raises(EngineError, match=message):
        named_model(text)


def test_two_models_with_one_name_are_refused() -> None:
    assert offered_models(["openai:gpt-4o", "mini=openai:gpt-4o-mini"]) == {
        "gpt-4o": "openai:gpt-4o", "mini": "openai:gpt-4o-mini"}
    with pytest.raises(EngineError, match="two models are named 'gpt-4o'"):
        offered_models(["openai:gpt-4o", "openai-compatible:gpt-4o@http://127.0.0.1:1/v1"])


def test_the_config_files_models_table(tmp_path: Path) -> None:
    assert configured_models() == {}
    save_setting("openai", api_key="sk-test")
    with config_path().open("a", encoding="utf-8") as fh:
        fh.write('[models]\nfast = "openai:gpt-4o-mini"\n'
                 'local = "openai-compatible:qwen@http://127.0.0.1:8080/v1"\n')
    assert configured_models() == {
        "fast": "openai:gpt-4o-mini", "local": "openai-compatible:qwen@http://127.0.0.1:8080/v1"}
    save_setting("anthropic", api_key="sk-ant")  # rewriting the file keeps the table
    assert list(configured_models()) == ["fast", "local"]
    assert os.stat(config_path()).st_mode & 0o777 == 0o600
    config_path().write_text('[models]\nbad = "gpt-4o"\n', encoding="utf-8")
    with pytest.raises(EngineError, match=r"\[models\]: .*unknown model spec"):
        configured_models()
