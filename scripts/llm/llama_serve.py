"""llama-cpp-python's OpenAI-compatible server, telling clients how many requests it serves at
once as llama.cpp's own server does (`GET /props` → `{"total_slots": 1}`).

llama-cpp-python answers one request at a time and queues the rest; without `/props` a client
sending a round of calls at once only learns that from its first timeout. Arguments are the
same as `python -m llama_cpp.server`'s (`local_model.py` starts it).
"""

from __future__ import annotations

import argparse
import os

import uvicorn
from llama_cpp.server.app import create_app
from llama_cpp.server.cli import add_args_from_model, parse_model_from_args
from llama_cpp.server.settings import ModelSettings, ServerSettings, Settings

SLOTS = 1
"""llama-cpp-python holds one lock around its model: one request at a time."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_args_from_model(parser, Settings)
    args = parser.parse_args()
    server = parse_model_from_args(ServerSettings, args)
    app = create_app(server_settings=server,
                     model_settings=[parse_model_from_args(ModelSettings, args)])
    app.add_api_route("/props", lambda: {"total_slots": SLOTS}, methods=["GET"])
    uvicorn.run(app, host=os.getenv("HOST", server.host), port=int(os.getenv("PORT", server.port)))


if __name__ == "__main__":
    main()
