"""Models a server offers by name: chosen by its operator at start, picked by name by requests.

A server (`roundtable serve`) must never let a request name a provider URL: the request would
send the operator's key, and its own traffic, wherever it liked. So the operator names the
models up front (`--model NAME=SPEC`, a bare `--model SPEC` named by its model part, or the
`[models]` table of the config file) and a request may only pick one of those names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from roundtable.engines.llm.config import config_path, read_config
from roundtable.engines.llm.spec import parse_spec
from roundtable.errors import EngineError

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
"""An explicit name: short, and nothing that could be mistaken for a spec or a URL."""

MAX_NAME = 200
"""Names are stored with each review, in a column of this width."""


def named_model(text: str) -> tuple[str, str]:
    """`NAME=SPEC` or a bare `SPEC` (named by its model part) as `(name, spec)`.

    It is `NAME=SPEC` only when the `=` comes before the spec's first `:`, so a URL with a
    query string (`...@http://host/v1?a=b`) stays part of a bare spec.
    """
    raw = text.strip()
    eq, colon = raw.find("="), raw.find(":")
    if 0 <= eq and (colon < 0 or eq < colon):
        name, spec_text = raw[:eq].strip(), raw[eq + 1 :].strip()
        if not NAME.fullmatch(name):
            raise EngineError(
                f"model name {name!r} in {raw!r}: use letters, digits, '.', '_' or '-' "
                "(for example --model fast=openai:gpt-4o-mini)"
            )
    else:
        name, spec_text = "", raw
    spec = parse_spec(spec_text)
    name = name or spec.model
    if len(name) > MAX_NAME:
        raise EngineError(f"model name {name[:40]!r}... is too long; name it with NAME=SPEC")
    return name, str(spec)


def offered_models(values: Iterable[str]) -> dict[str, str]:
    """Name → spec for every `--model` value; two models with one name are an error."""
    offered: dict[str, str] = {}
    for value in values:
        name, spec = named_model(value)
        if name in offered:
            raise EngineError(
                f"two models are named {name!r}: name them apart with --model NAME=SPEC"
            )
        offered[name] = spec
    return offered


def configured_models() -> dict[str, str]:
    """Name → spec from the `[models]` table of the config file (empty when there is none).

    ::

        [models]
        fast = "openai:gpt-4o-mini"
        local = "openai-compatible:qwen2.5-7b@http://127.0.0.1:8080/v1"
    """
    path = config_path()
    table = read_config(path).get("models", {})
    if not isinstance(table, dict):
        raise EngineError(f"{path}: [models] must be a table of NAME = \"PROVIDER:MODEL\"")
    values = []
    for name, spec in table.items():
        if not isinstance(spec, str):
            raise EngineError(f"{path}: [models] {name} must be a string such as "
                              "\"openai:gpt-4o-mini\"")
        values.append(f"{name}={spec}")
    try:
        return offered_models(values)
    except EngineError as exc:
        raise EngineError(f"{path}: [models]: {exc}") from None
