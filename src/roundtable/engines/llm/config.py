"""Where the LLM engine finds keys and server URLs: argument, then config file, then environment.

The config file is TOML at `$ROUNDTABLE_CONFIG`, else `$XDG_CONFIG_HOME/roundtable/config.toml`,
else `~/.config/roundtable/config.toml`, one table per provider::

    [openai]
    api_key = "sk-..."

    [openai-compatible]
    base_url = "http://127.0.0.1:8080/v1"

    [models]                # what `roundtable serve` offers by name (see `named.py`)
    fast = "openai:gpt-4o-mini"

`save_setting` writes it with mode 0600. Keys are held as `SecretStr`, so they print as
`**********` and never reach a log line, an error message, the cache key or the review JSON.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import SecretStr

from roundtable.engines.llm.spec import ModelSpec, Provider
from roundtable.errors import EngineError

RUBRIC_HINT = "or run with --engine rubric, which needs no model"

_KEY_ENV: dict[Provider, str] = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "ollama": "OLLAMA_API_KEY",
    "openai-compatible": "ROUNDTABLE_API_KEY",
}
"""The openai-compatible server deliberately does not fall back to OPENAI_API_KEY: that would
send the user's OpenAI key to whatever server the URL names."""

_URL_ENV: dict[Provider, tuple[str, ...]] = {
    "openai": ("OPENAI_BASE_URL",),
    "anthropic": ("ANTHROPIC_BASE_URL",),
    "ollama": ("OLLAMA_BASE_URL",),
    "openai-compatible": ("ROUNDTABLE_BASE_URL", "OPENAI_BASE_URL"),
}

_DEFAULT_URL: dict[Provider, str] = {"ollama": "http://127.0.0.1:11434/v1"}
_KEY_REQUIRED: frozenset[Provider] = frozenset({"openai", "anthropic"})


@dataclass(frozen=True)
class Connection:
    """What a provider client needs: the key (secret) and the server URL, if any."""

    api_key: SecretStr | None
    base_url: str | None

    @property
    def display_url(self) -> str | None:
        """The URL as it may be shown: without any user:password@ or query string."""
        return display_url(self.base_url)

    @property
    def is_local(self) -> bool:
        """True when the server is on this machine, so calls cost nothing."""
        host = urlsplit(self.base_url or "").hostname or ""
        return host in {"127.0.0.1", "localhost", "::1"}


def display_url(url: str | None) -> str | None:
    """`url` without credentials or query, for messages."""
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def config_path() -> Path:
    """The config file this process reads and writes."""
    explicit = os.environ.get("ROUNDTABLE_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "roundtable" / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    """The parsed config file at `path`; empty when there is none."""
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EngineError(f"cannot read the config file {path}: {exc}") from exc


def resolve_connection(
    spec: ModelSpec, *, api_key: str | None = None, base_url: str | None = None
) -> Connection:
    """Find the key and URL for `spec`, or raise a one-line error naming what to set."""
    path = config_path()
    table = read_config(path).get(spec.provider, {})
    if not isinstance(table, dict):
        table = {}
    key = api_key or _str(table.get("api_key")) or os.environ.get(_KEY_ENV[spec.provider])
    url = (
        spec.base_url
        or base_url
        or _str(table.get("base_url"))
        or next((os.environ[v] for v in _URL_ENV[spec.provider] if os.environ.get(v)), None)
        or _DEFAULT_URL.get(spec.provider)
    )
    if spec.provider in _KEY_REQUIRED and not key:
        raise EngineError(
            f"no API key for {spec.provider}: set {_KEY_ENV[spec.provider]} or add api_key "
            f"under [{spec.provider}] in {path} ({RUBRIC_HINT})"
        )
    if spec.provider == "openai-compatible" and not url:
        raise EngineError(
            f"{spec} needs a server URL: write it as "
            f"openai-compatible:{spec.model}@http://HOST:PORT/v1, "
            f"set ROUNDTABLE_BASE_URL, or add base_url under [openai-compatible] in {path} "
            f"({RUBRIC_HINT})"
        )
    return Connection(
        api_key=SecretStr(key) if key else None, base_url=url.rstrip("/") if url else None
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def save_setting(
    provider: Provider, *, api_key: str | None = None, base_url: str | None = None
) -> Path:
    """Store a key and/or URL for `provider` in the config file, created with mode 0600."""
    path = config_path()
    data = read_config(path)
    table = dict(data.get(provider, {}))
    if api_key is not None:
        table["api_key"] = api_key
    if base_url is not None:
        table["base_url"] = base_url
    data[provider] = table
    path.parent.mkdir(parents=True, exist_ok=True)
    # Create with 0600 before writing, so the key is never readable by others, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(_dump_toml(data))
    return path


def _dump_toml(data: dict[str, Any]) -> str:
    lines: list[str] = []
    for name, table in data.items():
        if not isinstance(table, dict):
            continue
        lines.append(f'["{name}"]')
        for key, value in table.items():
            lines.append(f"{key} = {_toml_string(str(value))}")
        lines.append("")
    return "\n".join(lines)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
