"""The models this server offers: named by its operator, picked by a request by name only.

A request that names anything else, a provider spec or a URL above all, is refused with 400
before anything is stored or any connection is made; the refusal reads the same whatever the
request named, so it says nothing about what listens where.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from roundtable.errors import EngineError


class ModelNotOffered(EngineError):
    """A request named a model this server does not offer (answered with 400)."""


@dataclass(frozen=True)
class OfferedModels:
    """Name → spec, as the operator configured them."""

    specs: Mapping[str, str]

    @property
    def names(self) -> list[str]:
        """The names a request may use, in the operator's order."""
        return list(self.specs)

    def _refusal(self) -> ModelNotOffered:
        if not self.specs:
            return ModelNotOffered(
                "this server offers no language model: use the rubric engine (the server's "
                "operator can offer one with `roundtable serve --model NAME=PROVIDER:MODEL`)"
            )
        return ModelNotOffered(
            "model must be the name of a model this server offers: "
            f"{', '.join(self.names)} (or use the rubric engine)"
        )

    def choose(self, engine: str, model: str | None) -> str | None:
        """The model name to store with a new review; raise when it is not offered.

        A model is checked even with the rubric engine, which then ignores it: a form sends
        its model field whichever engine is picked.
        """
        name = (model or "").strip() or None
        if name is not None and name not in self.specs:
            raise self._refusal()
        if engine != "llm":
            return None
        if name is None:
            raise self._refusal()
        return name

    def spec_for(self, engine: str, model: str | None) -> str | None:
        """The spec to run a stored review with; raise when its model is no longer offered.

        Reviews stored before this check existed, or under another configuration, may name
        anything; they run only with what the operator offers now.
        """
        if engine != "llm":
            return None
        if model is None or model not in self.specs:
            raise ModelNotOffered(
                f"this review's model is not offered by this server now; re-run it with one "
                f"that is ({', '.join(self.names) or 'the rubric engine'})"
            )
        return self.specs[model]
