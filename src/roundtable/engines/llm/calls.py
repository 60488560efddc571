"""One structured model call, made reliable: cache, timeout, retries with backoff, a time budget.

Faults a retry can cure (rate limits, server errors, timeouts, dropped connections, malformed
replies) are retried with jittered exponential backoff, honouring a rate limit's Retry-After,
for as long as the review's time budget allows; each retry is re-seeded, so a sampler that
produced a broken reply does not produce the same one again. Every retry is reported to the
review's progress sink. A server that refuses the `json_object` response format (LM Studio
does) switches the review to prompted JSON once, instead of failing every call. Faults the user
must fix (a rejected key) stop the review with a one-line error. Anything else fails this call
only, and the engine falls back.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from typing import Any, TypeVar

from pydantic import ValidationError
from pydantic_ai import Agent
from pydantic_ai.exceptions import (
    ModelAPIError,
    ModelAuthenticationError,
    ModelConnectionError,
    ModelNotFoundError,
    ModelQuotaExceededError,
    ModelRateLimitError,
    ModelRequestRejectedError,
    ModelRequestTimeout,
    ModelServerError,
    ModelTimeoutError,
    ModelUnavailableError,
    UnexpectedModelBehavior,
)
from pydantic_ai.settings import ModelSettings
from pydantic_ai.usage import RunUsage

from roundtable.engines.llm.cache import CachedReply, ReplyCache, cache_key
from roundtable.engines.llm.config import RUBRIC_HINT, display_url
from roundtable.engines.llm.providers import Backend, OutputMode, extra_body, output_spec
from roundtable.engines.llm.replies import Reply
from roundtable.engines.llm.slots import Slots
from roundtable.engines.llm.spec import ModelSpec
from roundtable.errors import EngineError

R = TypeVar("R", bound=Reply)

Progress = Callable[[str], None]
"""Receives one line for the user whenever something slow or unusual happens (a retry)."""

_JITTER = 0.25
"""Backoff waits vary by up to this share either way, so calls that failed together (a rate
limit hits a whole round at once) do not retry at the same instant."""


class CallFailed(Exception):
    """A call that could not produce a valid reply within its attempts and the time budget."""

    def __init__(self, reason: str, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.unreachable = unreachable


class _OutOfBudget(Exception):
    """The review's time budget ran out while this call waited for a slot."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: per-attempt timeout, attempts, backoff, and the review's time budget."""

    call_timeout_s: float = 90.0
    max_attempts: int = 4
    backoff_s: float = 1.0
    max_backoff_s: float = 20.0
    budget_s: float = 600.0
    output_retries: int = 1
    """How often pydantic-ai sends a malformed reply back to the model within one attempt."""


@dataclass(frozen=True)
class Sampling:
    """The sampling settings sent with every call (and part of every cache key)."""

    temperature: float = 0.2
    max_tokens: int | None = None
    """A cap on every reply's length; None leaves each reply type its own budget."""
    seed: int = 0


@dataclass
class Usage:
    """Counters for one review, shared by all of its calls."""

    calls: int = 0
    cached_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    retries: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Caller:
    """Makes structured calls against one backend for one review."""

    spec: ModelSpec
    base_url: str | None
    backend: Backend
    settings: Sampling
    policy: RetryPolicy
    cache: ReplyCache | None
    limiter: Slots
    usage: Usage = field(default_factory=Usage)
    deadline: float = 0.0
    progress: Progress | None = None
    num_ctx: int = 8192
    """The context window asked of an Ollama server."""
    notes: list[str] = field(default_factory=list)
    """Things about the whole review worth a flag (a switched output mode)."""
    agents: dict[tuple[type[Reply], OutputMode], Agent[None, Any]] = field(default_factory=dict)
    """One agent per reply shape and output mode; each call gives it its own instructions.
    The engine passes its own, so the reviews it runs share them."""
    ready: Awaitable[None] | None = None
    """Done once the review's case is whole: a reply is checked against the case, so the
    check waits for it (the answer is still being analysed while the first calls are out)."""
    _narrowed_noted: bool = field(default=False, init=False)

    def start_clock(self) -> None:
        """Start the review's time budget."""
        self.deadline = time.monotonic() + self.policy.budget_s

    async def call(
        self,
        system: str,
        prompt: str,
        reply: type[R],
        *,
        label: str = "a call",
        check: Callable[[R], str | None] | None = None,
    ) -> R:
        """Ask for one `reply`; raises `CallFailed` when it cannot get a valid one.

        `check` says what is wrong with a reply the engine cannot use (an invented quote); such
        a reply is returned for the engine to handle but never cached, so a re-run asks again.
        """
        key = cache_key({
            "provider": self.spec.provider,
            "model": self.spec.model,
            "base_url": self.base_url,
            "output_mode": self.backend.output_mode,
            "system": system,
            "prompt": prompt,
            "schema": _schema(reply),
            "settings": asdict(self.settings),
            "max_tokens": reply.max_tokens,
        })
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            try:
                cached = reply.model_validate(hit.output)
            except ValidationError:
                cached = None  # written by an older reply shape: ask again
            if cached is not None and self.ready is not None:
                await self.ready
            if cached is not None and (check is None or check(cached) is None):
                self.usage.cached_calls += 1
                return cached
        output, spent = await self._with_retries(system, prompt, reply, label)
        if self.ready is not None:
            await self.ready
        if self.cache is not None and (check is None or check(output) is None):
            self.cache.put(key, CachedReply(
                output=output.model_dump(mode="json"),
                tokens_in=spent.input_tokens,
                tokens_out=spent.output_tokens,
            ))
        return output

    def _agent(self, reply: type[R]) -> Agent[None, R]:
        # Building an agent builds its output schema: most of a call's own CPU, which an
        # interview's parallel questions would otherwise queue behind (hence one set of agents
        # per engine, not per review).
        mode = self.backend.output_mode
        agent = self.agents.get((reply, mode))
        if agent is None:
            agent = Agent(self.backend.model, output_type=output_spec(reply, mode),
                          retries=self.policy.output_retries)
            self.agents[(reply, mode)] = agent
        return agent

    async def _with_retries(
        self, system: str, prompt: str, reply: type[R], label: str
    ) -> tuple[R, RunUsage]:
        agent, mode = self._agent(reply), self.backend.output_mode
        last: str | None = None
        for attempt in range(1, self.policy.max_attempts + 1):
            remaining = self.deadline - time.monotonic()
            if remaining <= 0.5:
                spent_on = f" (last: {last})" if last else ""
                raise CallFailed(f"the {self.policy.budget_s:g}s time budget ran out{spent_on}")
            spent, crowd = RunUsage(), 1
            try:
                async with self.limiter as crowd:
                    if self.limiter.narrowed and not self._narrowed_noted:
                        self._note_narrowed()
                    # Measured once a slot is free: time spent queueing is budget spent.
                    remaining = self.deadline - time.monotonic()
                    if remaining <= 0.5:
                        raise _OutOfBudget
                    if mode != self.backend.output_mode:  # another call switched the mode
                        agent, mode = self._agent(reply), self.backend.output_mode
                    settings = self._settings(reply, remaining, attempt)
                    result = await asyncio.wait_for(
                        agent.run(prompt, instructions=system, usage=spent,
                                  model_settings=settings),
                        timeout=min(self.policy.call_timeout_s, remaining) + 1.0,
                    )
                self._count(spent, failed=False)
                return result.output, spent
            except _OutOfBudget:
                spent_on = f" (last: {last})" if last else ""
                raise CallFailed(
                    f"the {self.policy.budget_s:g}s time budget ran out{spent_on}") from None
            except Exception as exc:  # classified below: retried, failed, or re-raised as fatal
                self._count(spent, failed=True)
                if self._refused_json_object(exc, mode):
                    agent, mode = self._agent(reply), self.backend.output_mode
                    wait, last = 0.0, "the server refused the json_object response format"
                else:
                    wait, last = self._classify(exc, attempt)
                    if isinstance(exc, ModelRateLimitError):
                        # The provider's answer to all our calls, not only to this one.
                        self.limiter.hold(exc.retry_after or wait)
                    if _timed_out(exc) and self.limiter.timed_out(crowd):
                        self._one_at_a_time()
            if attempt == self.policy.max_attempts or time.monotonic() + wait >= self.deadline:
                break
            self.usage.retries += 1
            self._report(
                f"retrying {label} ({attempt + 1} of {self.policy.max_attempts}) "
                f"in {wait:.1f}s: {last}"
            )
            await asyncio.sleep(wait)
        reason = last or "no attempt made"
        raise CallFailed(reason, unreachable=reason.startswith("cannot reach"))

    def _one_at_a_time(self) -> None:
        note = ("A request timed out while others were in flight, as on a server that answers "
                "one request at a time, so the rest of the review asked one at a time (set "
                "--concurrency or ROUNDTABLE_LLM_CONCURRENCY to choose).")
        self.notes.append(note)
        self._narrowed_noted = True
        self._report("a request timed out while others were in flight: the server seems to "
                     "answer one at a time, so the review now asks one at a time")

    def _note_narrowed(self) -> None:
        """This review asks one at a time because another review's request timed out (one
        running beside it, or an earlier one on the same engine)."""
        self.notes.append(
            "A request of another review on this engine timed out while others were in "
            "flight, as on a server that answers one request at a time, so this review asked "
            "one at a time (set --concurrency or ROUNDTABLE_LLM_CONCURRENCY to choose).")
        self._narrowed_noted = True

    def _report(self, line: str) -> None:
        if self.progress is not None:
            self.progress(line)

    def _refused_json_object(self, exc: Exception, mode: OutputMode) -> bool:
        """A 400 over `response_format` in grammar mode: switch the review to prompted JSON.

        `mode` is the one this attempt was sent in: calls in flight when another call switched
        the mode are retried in the new one too.
        """
        if mode != "grammar" or not isinstance(exc, ModelRequestRejectedError):
            return False
        detail = f"{exc} {getattr(exc, 'body', '')}".lower()
        if not any(word in detail for word in ("response_format", "json_object", "json_schema")):
            return False
        if self.backend.output_mode == "grammar":
            self.backend = replace(self.backend, output_mode="prompted")
        note = (
            "The server refused the json_object response format, so replies were asked for as "
            "prompted JSON (set ROUNDTABLE_OUTPUT_MODE=prompted to skip the first refusal)."
        )
        if note not in self.notes:
            self.notes.append(note)
            self._report(note)
        return True

    def _settings(self, reply: type[Reply], remaining: float, attempt: int) -> ModelSettings:
        timeout = min(self.policy.call_timeout_s, remaining)
        settings = ModelSettings(
            temperature=self.settings.temperature,
            max_tokens=min(self.settings.max_tokens or reply.max_tokens, reply.max_tokens),
            # Re-seeded per attempt: the same seed would resample the reply that just failed.
            seed=self.settings.seed + attempt - 1,
            # Retrying is ours (within the budget); the SDK's own retries would hide time from it.
            max_retries=0,
            timeout=timeout,
            request_timeout=timeout,
        )
        body = extra_body(reply, self.backend.output_mode)
        if self.spec.provider == "ollama":
            # Ollama's OpenAI endpoint takes its native options here; see settings.OLLAMA_NUM_CTX.
            body = {**(body or {}), "options": {"num_ctx": self.num_ctx}}
        if body is not None:
            settings["extra_body"] = body
        return settings

    def _count(self, spent: RunUsage, *, failed: bool) -> None:
        # A request that failed before a response is still a request the provider saw.
        self.usage.calls += max(spent.requests, 1 if failed else 0)
        self.usage.tokens_in += spent.input_tokens
        self.usage.tokens_out += spent.output_tokens

    def _classify(self, exc: Exception, attempt: int) -> tuple[float, str]:
        """How long to wait before the next attempt, and why this one failed."""
        backoff = min(self.policy.backoff_s * 2 ** (attempt - 1), self.policy.max_backoff_s)
        backoff *= random.uniform(1 - _JITTER, 1 + _JITTER)
        where = display_url(self.base_url) or self.spec.provider
        if isinstance(exc, ModelAuthenticationError):
            raise EngineError(
                f"{self.spec.provider} rejected the API key (check the key you set; {RUBRIC_HINT})"
            ) from exc
        if isinstance(exc, ModelNotFoundError):
            raise EngineError(
                f"{where} does not serve model {self.spec.model!r} (check --model; {RUBRIC_HINT})"
            ) from exc
        if isinstance(exc, ModelQuotaExceededError):
            raise EngineError(f"{self.spec.provider} quota exhausted ({RUBRIC_HINT})") from exc
        if isinstance(exc, ModelRateLimitError):
            if exc.retry_after is None:
                return backoff, "rate limited (429)"
            # Never earlier than asked; spread out after it, since the whole round was told the
            # same time.
            wait = exc.retry_after + random.uniform(0, _JITTER * max(1.0, exc.retry_after))
            return wait, f"rate limited (429), asked to wait {exc.retry_after:g}s"
        if isinstance(exc, (ModelServerError, ModelUnavailableError)):
            return backoff, f"server error: {_first_line(exc)}"
        if _timed_out(exc):
            return backoff, f"timed out after {self.policy.call_timeout_s:g}s"
        if isinstance(exc, ModelConnectionError):
            if getattr(exc, "phase", None) == "connect":
                return backoff, f"cannot reach {where}"
            return backoff, f"connection failed: {_first_line(exc)}"
        if isinstance(exc, UnexpectedModelBehavior):
            return backoff, f"malformed reply: {_first_line(exc)}"
        if isinstance(exc, ModelRequestRejectedError):
            raise CallFailed(f"request rejected: {_first_line(exc)}") from exc
        if isinstance(exc, ModelAPIError):
            return backoff, f"model API error: {_first_line(exc)}"
        raise CallFailed(f"unexpected {type(exc).__name__}: {_first_line(exc)}") from exc


@cache
def _schema(reply: type[Reply]) -> dict[str, Any]:
    """A reply's JSON schema, part of every cache key (pydantic builds it anew each time)."""
    return reply.model_json_schema()


def _timed_out(exc: Exception) -> bool:
    return isinstance(exc, (ModelRequestTimeout, ModelTimeoutError, TimeoutError))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
