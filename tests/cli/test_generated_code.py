"""Dataclass methods and forward references compiled once per machine
(`roundtable.generated_code`): the classes and annotations behave as compiled anew, a later
process compiles none of them, and a damaged or unwritable cache only costs the time it would
have saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from roundtable.generated_code import CodeCache

# Defines dataclasses of every shape the generated methods take, uses them, and prints what it
# saw; with "install" first, through the cache (as the CLI does), and how many it compiled.
_RUN = '''
import sys
if sys.argv[1] == "install":
    from roundtable import generated_code
    generated_code.install()
import collections
import typing
from dataclasses import InitVar, asdict, dataclass, field, replace

@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int = 0
    label: str = field(default="x", compare=False)

@dataclass(kw_only=True, slots=True)
class Counted:
    items: list[int] = field(default_factory=list)
    total: int = field(init=False, default=0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale: int) -> None:
        self.total = sum(self.items) * scale

@dataclass(eq=False, repr=False)
class Plain:
    name: str

a, b = Span(1, 3), Span(1, 4, "y")
print(a, a < b, a == Span(1, 3, "z"), hash(a) == hash(Span(1, 3)), sorted([b, a])[0] is a)
try:
    a.start = 5
except Exception as exc:
    print(type(exc).__name__)
c = Counted(items=[1, 2, 3], scale=2)
print(c, asdict(c), replace(a, end=9), Plain("p") == Plain("p"), hasattr(Counted, "__slots__"))
try:
    Span()
except TypeError as exc:
    print(exc)
Point = collections.namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point(1, 2)._replace(y=5), Point._make([3, 4]))

class Annotated:
    first: "list[Span]"
    second: "typing.Optional[dict[str, Counted]]"
ref = typing.ForwardRef("tuple[int, ...]")
print(typing.get_type_hints(Annotated), ref, ref._evaluate(globals(), None, frozenset()))
try:
    typing.ForwardRef("not valid(")
except SyntaxError as exc:
    print("SyntaxError", exc.msg)
if sys.argv[1] == "install":
    print("compiled", generated_code._cache.compiled, file=sys.stderr)
'''


def _run(cache: Path, mode: str) -> tuple[str, str]:
    env = {**os.environ, "ROUNDTABLE_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", _RUN, mode], capture_output=True, text=True,
                          env=env, check=True)
    return done.stdout, done.stderr.strip()


def test_classes_behave_as_compiled_anew_and_a_later_process_compiles_none(tmp_path: Path
                                                                          ) -> None:
    plain, _ = _run(tmp_path, "plain")
    first, compiled = _run(tmp_path, "install")
    assert first == plain and "Span(start=1, end=3, label='x')" in plain
    assert int(compiled.split()[-1]) > 5
    assert list(tmp_path.glob("generated-code-*.marshal"))
    second, compiled = _run(tmp_path, "install")
    assert second == plain
    assert compiled == "compiled 0"


def test_stored_code_is_the_code_compile_gives(tmp_path: Path) -> None:
    source = ("def __create_fn__(x):\n def __repr__(self):\n  return f'{x}{self!r}'\n"
              " return __repr__")
    path = tmp_path / "code.marshal"
    cache = CodeCache(path)
    assert cache.code(source) == compile(source, "<string>", "exec", dont_inherit=True)
    cache.save()
    again = CodeCache(path)
    assert again.code(source) == cache.code(source) and again.compiled == 0


def test_a_damaged_or_unwritable_cache_costs_only_time(tmp_path: Path) -> None:
    plain, _ = _run(tmp_path / "plain", "plain")
    _run(tmp_path, "install")
    for stored in tmp_path.glob("generated-code-*.marshal"):
        stored.write_bytes(b"\x00not marshal")
    damaged, compiled = _run(tmp_path, "install")
    assert damaged == plain and compiled != "compiled 0"
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    unwritable, _ = _run(blocked / "cache", "install")
    assert unwritable == plain
