"""Regular expressions compiled once per machine instead of once per process.

CPython parses and compiles a pattern in pure Python (`re._parser`, `re._compiler`): the lexicon,
the clause reader and the competency cues, about 1,000 long alternations, took 0.2 s at every
start of `roundtable review`, more than importing all of its libraries. What that work produces is
a short list of integers (the engine's program), which `_sre.compile` turns into a `re.Pattern`
in microseconds. `compile` keeps those programs in one file per interpreter build under the cache
directory, so only a pattern never seen before is compiled the slow way.

A pattern built from a stored program is the pattern `re.compile` returns: the same program (the
two compare equal), flags and groups. Anything unexpected (another Python, a damaged or unwritable
file, a changed `re` internals) falls back to `re.compile`, so the cache can only save time.

Along with the program, the cache keeps the plain strings one of which every match contains
(`regex_gate`): where that check is cheaper than the engine, `compile` returns the pattern
behind it, which answers "no match" for a text that has none of them and is otherwise the
pattern itself (equal to it, with the same methods and attributes).

The module stands in for `re` (`from roundtable import regexes as re`, as one writes
`import regex as re`). Only its `compile` goes through the cache, for the patterns written in the
code and the catalog; `match`, `search`, `sub` and the rest are `re`'s own, so a pattern built
from an answer's words (a name, a quote) is never written to disk.
"""

from __future__ import annotations

import atexit
import functools
import marshal
import mmap
import re
import sys
import threading
from array import array
from collections.abc import Iterable
from pathlib import Path
from re import (  # the rest of `re`, so code written for `re` runs unchanged
    ASCII,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    purge,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

from roundtable.json_cache import computed
from roundtable.regex_gate import (
    MAX_NEEDLES,
    MIN_NEEDLE,
    DeferredIndex,
    Gated,
    IndexData,
    NeedleIndex,
    Split,
    alternatives,
    gated,
    index_data,
    needles,
    scan_pattern,
    worth_gating,
    worth_scanning,
)
from roundtable.regex_shape import reshaped, without_groups
from roundtable.store_paths import cache_dir, read_marshalled_dict, write_cache_file

# (final flags, program as machine words, groups - 1, name -> index, index -> name, and when
# worth checking first: the needles every match contains, joined by NUL (one object to read back
# rather than dozens; a NUL inside a needle only splits it into parts it contains, still safe),
# and whether they are matched lowered)
_Entry = tuple[int, bytes | memoryview, int, dict[str, int], tuple[str | None, ...],
               tuple[str, bool] | None]
_Key = tuple[str, int]

# Patterns edited during development leave stale programs behind: past this many (a review
# uses about 1,000), a save keeps only the programs this process used.
_MAX_ENTRIES = 20_000
_WORD = "I"
# Raised whenever `_program`, the entry or the file's layout (`_stored_programs`) changes, so
# programs stored by an older one go unused.
_FORMAT = 17
_MAX_RANGE = 255  # wider character ranges ([a-z] is 25) are not worth listing
# Needle indexes stored (`ProgramCache.index`), each for one version of its patterns.
_MAX_INDEXES = 12
# Marks the key of a pattern compiled `spans_only`: a bit no `re` flag uses.
_SPANS_ONLY = 1 << 20


def _engine() -> Any:
    """`_sre` and the `re` internals this module relies on, or None if they are not as expected."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    usable = (array(_WORD).itemsize == _sre.CODESIZE and hasattr(_compiler, "_code")
              and hasattr(_compiler, "_compile_info") and hasattr(_parser, "parse"))
    return (_sre, _compiler, _parser, _constants) if usable else None


def _program(parsed: Any, flags: int, spread: bool = False) -> list[int]:
    """The engine's program for a parsed pattern, as `re` builds it from the equivalent
    pattern `regex_shape.reshaped` writes (branches sharing their opening test), with one
    addition.

    `re` tells the engine which characters a match can start with only when the pattern opens
    on a literal or a character class. The lexicon's patterns open on `\\b(` and a long
    alternation, so the engine tries the whole pattern at every position of the text. When the
    first character a match consumes can only be one of a known set (under IGNORECASE: every
    character the engine folds onto one of them), the program here carries that set in its
    info block, as `re` does for `[abc]...`; searches then skip the other positions, a review
    about a tenth faster. What matches, and where, is unchanged: the hint only lists where a
    match may start (`tests/evidence/test_stored_programs.py` compares every hinted pattern
    with `re`'s own program on the dev answers).
    """
    compiler, parser, c = _ENGINE[1], _ENGINE[2], _ENGINE[3]
    parsed = reshaped(parsed, parser, c, spread)
    code: list[int] = compiler._code(parsed, flags)
    flags |= parsed.state.flags
    has_start_hint = code[0] == c.INFO and code[2] != 0
    if has_start_hint or code[3] == 0 or flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII) or (
            _at_start_only(parsed.data, flags, c)):
        return code
    folded = _Folding() if flags & c.SRE_FLAG_IGNORECASE else None
    first = _first_characters(parsed.data, c, folded)
    if first is None or first[1] or not first[0]:
        return code
    listed = [(c.LITERAL, char) for char in sorted(first[0] - {_ANY_DIGIT})]
    if _ANY_DIGIT in first[0]:
        listed.append((c.CATEGORY, c.CATEGORY_DIGIT))
    opening = parser.SubPattern(parsed.state, [(c.IN, listed)])
    opening.width = parsed.getwidth()  # the info block's length bounds are the pattern's own
    hinted: list[int] = []
    # The hint lists the very characters a match may start with, whatever the case rules.
    compiler._compile_info(hinted, opening, flags & ~c.SRE_FLAG_IGNORECASE)
    compiler._compile(hinted, parsed.data, flags)
    hinted.append(c.SUCCESS)
    return hinted


def _at_start_only(items: Any, flags: int, c: Any) -> bool:
    """Whether a parsed pattern opens on `^` (without MULTILINE) or `\\A`: a search tries it at
    the start of the text alone, and gives up after. A hint would have the engine try it at
    every position whose character is listed instead (a search with "^(?:in|at|on|…) " took
    three times what it does without)."""
    if not items or items[0][0] is not c.AT:
        return False
    at = items[0][1]
    return at is c.AT_BEGINNING_STRING or at is c.AT_BEGINNING and not flags & c.SRE_FLAG_MULTILINE


class _Folding:
    """Which characters the engine takes for one character under IGNORECASE (Unicode).

    A cased literal or class is compiled to compare `lower(x)` with its lowered characters and
    their extra cases (`re._casefix`: "s" with "ſ", "k" with the Kelvin sign), so a match may
    start with any `x` whose `lower(x)` is one of those.
    """

    def __init__(self) -> None:
        sre = _ENGINE[0]
        self.iscased = sre.unicode_iscased
        self.tolower = sre.unicode_tolower
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

        self.extra: dict[int, tuple[int, ...]] = _EXTRA_CASES

    def starting(self, chars: Iterable[int]) -> set[int] | None:
        """Every `x` the engine matches against one of `chars` (a literal or a class's)."""
        chars = list(chars)
        if not any(self.iscased(char) for char in chars):
            return set(chars)  # compared as they are
        lowered: set[int] = set()
        for char in chars:
            low = self.tolower(char)
            lowered.add(low)
            lowered.update(self.extra.get(low, ()))
        return lowered.union(*(_lowered_from().get(low, ()) for low in lowered))


@functools.cache
def _lowered_from() -> dict[int, tuple[int, ...]]:
    """For each character, the other characters whose `unicode_tolower` it is (1,400 in all)."""
    tolower = _ENGINE[0].unicode_tolower
    found: dict[int, list[int]] = {}
    for char in range(sys.maxunicode + 1):
        low = tolower(char)
        if low != char:
            found.setdefault(low, []).append(char)
    return {low: tuple(chars) for low, chars in found.items()}


# Stands in a set of first characters for every digit `\\d` matches: the hint names the
# class itself (`[a-z\\d]`), which the engine tests after the letters it lists.
_ANY_DIGIT = -1


def _members(literal: bool, av: Any, c: Any) -> set[int] | None:
    """The characters of a parsed literal or class (with `_ANY_DIGIT` for `\\d`), or None for
    a class too wide to list."""
    if literal:
        return {av}
    found: set[int] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            found.add(value)
        elif kind is c.RANGE and value[1] - value[0] <= _MAX_RANGE:
            found.update(range(value[0], value[1] + 1))
        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            # Hundreds of digits in Unicode, listed one by one, made searches slower; named
            # as the class they cost one more test of a character the letters did not match.
            found.add(_ANY_DIGIT)
        elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
            # A few dozen characters, and a text's letters none of them: a search for a cut at
            # a space ("\\s+-\\s+") passes over every letter without trying the pattern there.
            found.update(_spaces())
        else:
            # A negated class, or \\w: so many characters (and often the text's commonest)
            # that a hint skips next to nothing.
            return None
    return found


@functools.cache
def _spaces() -> tuple[int, ...]:
    """Every character `\\s` matches in a Unicode pattern (the engine's test is `isspace`)."""
    return tuple(char for char in range(sys.maxunicode + 1) if chr(char).isspace())


def _first_characters(items: Any, c: Any,
                      folded: _Folding | None = None) -> tuple[set[int], bool] | None:
    """The characters a match of `items` (a parsed sequence) can consume first, and whether it
    can consume none; None when that is not a small known set.

    Zero-width items (`\\b`, `^`, lookarounds) are passed over: skipping a lookaround only
    widens the set, which keeps it safe.
    """
    found: set[int] = set()
    for op, av in items:
        if op is c.LITERAL or op is c.IN:
            members = _members(op is c.LITERAL, av, c)
            if members is not None and folded is not None:
                cased = folded.starting(members - {_ANY_DIGIT})  # digits have no case
                members = None if cased is None else cased | (members & {_ANY_DIGIT})
            return None if members is None else (found | members, False)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            sub = None if add_flags or del_flags else _first_characters(inner.data, c, folded)
        elif op is c.BRANCH:
            branches = [_first_characters(branch.data, c, folded) for branch in av[1]]
            sub = None if any(b is None for b in branches) else (
                set().union(*(b[0] for b in branches if b)), any(b[1] for b in branches if b))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub = _first_characters(av[2].data, c, folded)
            if sub is not None and av[0] == 0:
                sub = (sub[0], True)
        else:
            return None
        if sub is None:
            return None
        found |= sub[0]
        if not sub[1]:
            return found, False
    return found, True


class ProgramCache:
    """Compiled patterns of one process, and the programs stored in `path` (None: store none).

    The file is read on the first `compile` and rewritten by `save` when patterns were added;
    the needle indexes (`index`) are kept in a file beside it, `needles-` and its name.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path if _ENGINE is not None else None
        self._index_path = None if self.path is None else self.path.with_name(
            f"needles-{self.path.name}")
        self.indexes: dict[tuple[tuple[str, str, int], ...], IndexData] | None = None
        self.indexes_added = False
        self.stored: dict[_Key, _Entry] = {}
        self.patterns: dict[_Key, Pattern[str]] = {}
        self.added = 0
        self._loaded = False
        # Re-entered when a pattern's gate compiles its scan (`_gated`).
        self._lock = threading.RLock()

    def compile(self, pattern: str, flags: int | RegexFlag = 0, *,
                spans_only: bool = False) -> Pattern[str]:
        """`re.compile(pattern, flags)`, from the stored program when there is one.

        With `spans_only`, for code that reads where a match is and never its groups: the
        pattern is compiled without them (`regex_shape.without_groups`, unless it refers back
        to one), which lets more of its branches share their openings."""
        key = (pattern, int(flags) | (_SPANS_ONLY if spans_only else 0))
        found = self.patterns.get(key)
        if found is not None:
            return found
        with self._lock:
            if not self._loaded:
                self._load()
            compiled = self._from_program(key) or self._compiled_anew(key)
            self.patterns[key] = compiled
        return compiled

    def check(self, pattern: str, flags: int | RegexFlag = 0) -> None:
        """Raise `re.error` unless `pattern` compiles, without building it when its program is
        stored (so it compiled before): the catalog checks all its competencies' cues at every
        start, and a review uses the cues of one."""
        key = (pattern, int(flags))
        if key in self.patterns:
            return
        with self._lock:
            if not self._loaded:
                self._load()
            if key in self.stored:
                return
        self.compile(pattern, flags)

    def index(self, patterns: dict[str, tuple[str, int]],
              after: int = 0) -> NeedleIndex | DeferredIndex:
        """A `NeedleIndex` of `patterns` (name: pattern and flags); with `after`, one built
        once that many texts have been asked about (`DeferredIndex`). Building one parses every
        pattern (a quarter of a second for the lexicon), so `save` stores it beside the
        programs, with the patterns it was built from: it is built anew only when they change."""
        names = tuple(patterns)
        if after:
            return DeferredIndex(names, lambda: self.index_now(patterns), after)
        return self.index_now(patterns)

    def index_now(self, patterns: dict[str, tuple[str, int]]) -> NeedleIndex:
        """`index` built at once."""
        names = tuple(patterns)
        if _ENGINE is None:
            return NeedleIndex(names, None, {}, ())
        if self.indexes is None:
            self.indexes = (read_marshalled_dict(self._index_path) or {}) if (
                self._index_path is not None) else {}
        key = tuple((name, pattern, int(flags)) for name, (pattern, flags) in patterns.items())
        data: IndexData | None = self.indexes.get(key)
        if not (isinstance(data, tuple) and len(data) == 3):  # none, or a damaged one
            data = index_data(patterns, _ENGINE[2], _ENGINE[3])
            self.indexes[key] = data
            self.indexes_added = True
        scan, needs, folded = data
        return NeedleIndex(names, self.compile(scan), needs, folded)

    def save(self) -> None:
        """Write the stored programs and indexes if any were added (quietly not, if it
        cannot)."""
        if self.indexes_added and self.indexes is not None and self._index_path is not None:
            # Kept beside the indexes of a few other versions of the patterns, the latest
            # built last: other checkouts of the code share the cache directory.
            kept = dict(list(self.indexes.items())[-_MAX_INDEXES:])
            if write_cache_file(self._index_path, marshal.dumps(kept)):
                self.indexes_added = False
        if not self.added or self.path is None:
            return
        entries = self.stored
        if len(entries) > _MAX_ENTRIES:
            entries = {key: entries[key] for key in self.patterns if key in entries}
        with self._lock:
            data = _programs_file(entries)
            # The programs read from the file are views of it, mapped into memory: they now
            # view `data` instead (or a copy), so the file can be replaced (Windows refuses to
            # replace a mapped file).
            written = _entries(memoryview(data))
            self.stored = {key: written.get(key) or (entry[0], bytes(entry[1]), *entry[2:])
                           for key, entry in self.stored.items()}
        if write_cache_file(self.path, data):
            self.added = 0

    def _load(self) -> None:
        self._loaded = True
        if self.path is None:
            return
        stored = _stored_programs(self.path)
        if stored is not None:
            self.stored = stored

    def _from_program(self, key: _Key) -> Pattern[str] | None:
        entry = self.stored.get(key)
        if entry is None or _ENGINE is None:
            return None
        try:
            final_flags, _, _, _, _, _ = entry
        except (TypeError, ValueError):
            return None  # a damaged entry: compile anew
        return cast(Pattern[str], _Deferred(self, key, final_flags))

    def _built(self, key: _Key) -> Pattern[str]:
        """The pattern of a stored program (`_Deferred`), behind its gate when it has one.

        A gated pattern's program is turned into a pattern only once a text gets past the gate
        (a `_Deferred` of its own): most texts a lexicon kind is asked about hold none of its
        needles, and building the programs of every pattern asked about, the lexicon's longest
        among them (1.7 million words for the bundled example), was a tenth of a `roundtable
        review` process."""
        gate = self.stored[key][5]
        if gate is None:
            return self._program_built(key)
        inner = _Deferred(self, key, self.stored[key][0], whole=False)
        return self._gated(cast(Pattern[str], inner), gate)

    def _program_built(self, key: _Key) -> Pattern[str]:
        """The pattern of a stored program, without its gate; compiled anew (and gated) when the
        engine refuses the program."""
        with self._lock:
            try:
                final_flags, words, groups, groupindex, indexgroup, _ = self.stored[key]
                program = array(_WORD)
                program.frombytes(words)  # (a view of the mapped file: `_stored_programs`)
                built: Pattern[str] = _ENGINE[0].compile(
                    key[0], final_flags, program.tolist(), groups, groupindex, indexgroup)
            except (TypeError, ValueError, RuntimeError):
                return self._compiled_anew(key)  # a damaged entry
            return built

    def _compiled_anew(self, key: _Key) -> Pattern[str]:
        """Compile as `re._compiler.compile` does, keeping the program."""
        pattern, flags = key[0], key[1] & ~_SPANS_ONLY
        if _ENGINE is None or self.path is None:
            return re.compile(pattern, flags)
        sre, parser = _ENGINE[0], _ENGINE[2]
        try:
            parsed = parser.parse(pattern, flags)
            plain = without_groups(parsed, parser, _ENGINE[3]) if key[1] & _SPANS_ONLY else None
            # Only a pattern without groups is spread out (`regex_shape.reshaped`): copies of a
            # numbered group would each record where it matched.
            code = [int(word) for word in _program(parsed if plain is None else plain, flags,
                                                   spread=plain is not None)]
            groupindex = dict(parsed.state.groupdict) if plain is None else {}
            indexgroup: list[str | None] = [None] * (
                parsed.state.groups if plain is None else 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            found = needles(parsed, flags, _ENGINE[3])
            # A lexicon kind (`spans_only`) is tried only where its index found its needles,
            # and a scan is itself one (`_gated`): neither is scanned for them again.
            scanned = not key[1] & _SPANS_ONLY and not _has_start_hint(code) and worth_scanning(
                found, parsed, _ENGINE[3])
            gate = ("\0".join(found[0]), found[1]) if found is not None and (
                scanned or worth_gating(found, parsed, _ENGINE[3])) else None
            entry: _Entry = (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
                             len(indexgroup) - 1, groupindex, tuple(indexgroup), gate)
            built: Pattern[str] = sre.compile(pattern, entry[0], code, entry[2],
                                                 groupindex, entry[4])
        except re.error:
            raise
        except Exception:  # re's internals changed: compile the ordinary way
            return re.compile(pattern, flags)
        self.stored[key] = entry
        self.added += 1
        return self._gated(built, gate)

    def _gated(self, built: Pattern[str], gate: tuple[str, bool] | None) -> Pattern[str]:
        """The pattern, behind a check for the strings its matches need when that saves time
        (`regex_gate`): one by one when they are few, in one scan when they are more. It
        answers every call as the pattern does."""
        if gate is None:
            return built
        found = tuple(gate[0].split("\0"))
        scan = self.compile(scan_pattern(found), spans_only=True) if (
            len(found) > MAX_NEEDLES) else None
        return cast(Pattern[str], Gated(built, found, gate[1], scan))


def _programs_file(entries: dict[_Key, _Entry]) -> bytes:
    """The cache file of `entries` (`_stored_programs` reads it): the length of its index, the
    index (each entry with where its program lies instead of the program) and the programs."""
    index: dict[_Key, tuple[Any, ...]] = {}
    programs: list[bytes | memoryview] = []
    end = 0
    for key, (flags, words, *rest) in entries.items():
        programs.append(words)
        index[key] = (flags, end, end + len(words), *rest)
        end += len(words)
    head = marshal.dumps(index)
    return b"".join([len(head).to_bytes(8, "little"), head, *programs])


def _stored_programs(path: Path) -> dict[_Key, _Entry] | None:
    """The entries of a cache file (`_programs_file`), each program a view of the file mapped
    into memory; None when it is missing, unreadable or damaged.

    The programs of the code and the catalog come to 9 MB, and a review builds about a quarter
    of the patterns, the lexicon's longest among them: reading the file whole and unmarshalling
    every program was a twentieth of a `roundtable review` process, where mapping it and reading
    the index alone costs a millisecond, and only the pages of the programs built are read.
    The file is never changed in place (`write_cache_file` replaces it whole), so a mapping
    always sees the file it opened."""
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return None
    try:
        return _entries(memoryview(mapped))
    except (EOFError, ValueError, TypeError, AttributeError):
        return None


def _entries(data: memoryview) -> dict[_Key, _Entry]:
    """The entries of a cache file's bytes (`_programs_file`), each program a view of them."""
    size = int.from_bytes(data[:8], "little")
    index = marshal.loads(data[8:8 + size])
    programs = data[8 + size:]
    return {key: (flags, programs[start:end], groups, groupindex, indexgroup, gate)
            for key, (flags, start, end, groups, groupindex, indexgroup, gate) in index.items()}


class _Deferred:
    """A pattern whose program is stored, built the first time anything but its `pattern` or
    `flags` is asked of it, and then the pattern itself in every way but its type.

    The modules compile hundreds of patterns as they are imported, and a review of one answer
    uses fewer than half of them (the rest read rarer turns of phrase): turning a stored program
    into a pattern (its machine words into a list, then `_sre.compile`) cost a tenth of a
    `roundtable review` process. Each attribute asked for, a method included, is kept on the
    object, so it is looked up as fast as on the pattern after the first time.
    """

    def __init__(self, cache: ProgramCache, key: _Key, flags: int, whole: bool = True) -> None:
        self.pattern = key[0]  # read at import to build other patterns from
        self.flags = flags
        self._key: _Key | None = key
        self._cache = cache
        self._whole = whole  # False: the pattern without its gate (`ProgramCache._built`)

    def _pattern(self) -> Any:
        built = self.__dict__.get("_compiled")
        if built is None:
            key = cast(_Key, self._key)
            built = self._cache._built(key) if self._whole else self._cache._program_built(key)
            self._compiled = built
        return built

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_compiled", "_key", "_cache", "_whole"):
            raise AttributeError(name)
        found = getattr(self._pattern(), name)
        setattr(self, name, found)
        return found

    def __eq__(self, other: object) -> bool:
        return bool(self._pattern() == other)

    def __hash__(self) -> int:
        return hash(self._pattern())

    def __repr__(self) -> str:
        return repr(self._pattern())

    def __copy__(self) -> _Deferred:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _Deferred:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return self._pattern().__reduce__()  # type: ignore[no-any-return]


def needles_of(name: str, pattern: str,
               flags: int | RegexFlag = 0) -> tuple[tuple[str, ...], bool] | None:
    """The plain strings one of which every match of `pattern` contains, however many, and
    whether they are to be looked for in the lowered text (`regex_gate.needles`); None when no
    such set is known. Parsing a long pattern takes milliseconds: what is read off it is kept in
    the cache directory under `name`, with the pattern it was read from."""
    if _ENGINE is None:
        return None

    def read() -> tuple[tuple[str, ...], bool] | None:
        return needles(_ENGINE[2].parse(pattern, flags), int(flags), _ENGINE[3], sys.maxsize)

    key = repr((_FORMAT, pattern, int(flags))).encode()
    return computed(f"needles-of-{name}", key, read)


def compile_gated(name: str, pattern: str, flags: int | RegexFlag = 0) -> Pattern[str]:
    """`compile(pattern, flags)` behind a check for the strings one of which every match
    contains, however many there are (`needles_of`, kept under `name`). `compile` checks only
    for a few (`regex_gate.MAX_NEEDLES`); this is for a long alternation asked of every clause,
    most of which hold none of its words. More than a few are looked for in one search of them
    all (`regex_gate.scan_pattern`, compiled here so its branches share their openings and it
    skips the characters no needle starts with): for the habit words' 90 that costs about a
    quarter of what 90 plain searches do, and a part of what the engine does at every word.

    The check is put together the first time the pattern is used (`_GatedOnUse`)."""
    return cast(Pattern[str], _GatedOnUse(name, pattern, int(flags)))


def _gated_now(name: str, pattern: str, flags: int) -> Pattern[str]:
    """`compile_gated`'s pattern, put together now."""
    compiled = compile(pattern, flags)
    found = needles_of(name, pattern, flags)
    if found is None or gated(compiled) or min(map(len, found[0])) < MIN_NEEDLE:
        return compiled
    scan = compile(scan_pattern(found[0]), spans_only=True) if len(found[0]) > MAX_NEEDLES else None
    return cast(Pattern[str], Gated(compiled, found[0], found[1], scan))


class _GatedOnUse(_Deferred):
    """A pattern of `compile_gated`, built behind its check the first time anything but its
    `pattern` is asked of it (as `_Deferred` builds a stored program). Reading its needles and
    building the pattern, which the check's test for a gate of its own does, cost a review
    process's start about a thousandth for each of the dozen patterns gated so; a review uses
    some of them, and only as it reads."""

    def __init__(self, name: str, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._gate = name, flags

    def _pattern(self) -> Any:
        built = self.__dict__.get("_compiled")
        if built is None:
            built = self._compiled = _gated_now(self._gate[0], self.pattern, self._gate[1])
        return built


def compile_split(name: str, pattern: str, flags: int | RegexFlag = 0) -> Pattern[str]:
    """`compile(pattern, flags)`, searched for by its alternatives (`regex_gate.Split`): for a
    long alternation asked of every clause whose strings, all together, most clauses hold
    ("if", "ll", "in "), while they hold those of few of its branches. Its alternatives are
    kept under `name` in the cache directory; the whole is put together the first time it is
    used (as `compile_gated`'s)."""
    return cast(Pattern[str], _SplitOnUse(name, pattern, int(flags)))


def _split_now(name: str, pattern: str, flags: int) -> Pattern[str]:
    """`compile_split`'s pattern, put together now."""
    whole = compile(pattern, flags)
    found = computed(f"alternatives-of-{name}", repr((_FORMAT, pattern, flags)).encode(),
                     lambda: alternatives(pattern, flags))
    if _ENGINE is None or not found or len(found) < 2:
        return whole
    named = {f"{name} {at}": (part, flags) for at, part in enumerate(found)}
    # A part is searched for only where it starts (`regex_gate.first`): its groups go unread.
    parts = tuple((part_name, compile(part, flags, spans_only=True))
                  for part_name, (part, _) in named.items())
    return cast(Pattern[str], Split(whole, parts, index_now(named), bool(flags & IGNORECASE)))


class _SplitOnUse(_GatedOnUse):
    """A pattern of `compile_split`, built the first time anything but its `pattern` is asked
    of it (as `_GatedOnUse`)."""

    def _pattern(self) -> Any:
        built = self.__dict__.get("_compiled")
        if built is None:
            built = self._compiled = _split_now(self._gate[0], self.pattern, self._gate[1])
        return built


def _has_start_hint(code: list[int]) -> bool:
    """Whether a program tells the engine which characters a match can start with (or its
    literal prefix), so that a search skips the positions where none can."""
    return bool(code[0] == _ENGINE[3].INFO and code[2] != 0)


def _cache_file() -> Path | None:
    magic = _ENGINE[0].MAGIC if _ENGINE is not None else 0
    try:
        folder = cache_dir()
    except RuntimeError:  # no home directory to put it in: compile in every process
        return None
    tag = f"{_FORMAT}-{sys.implementation.cache_tag}-{magic}-{sys.hexversion:x}"
    return folder / f"regex-{tag}.marshal"


_ENGINE = _engine()
_cache = ProgramCache(_cache_file())
atexit.register(_cache.save)
compile = _cache.compile
check = _cache.check
index = _cache.index
index_now = _cache.index_now


__all__ = [
    "ASCII", "DOTALL", "IGNORECASE", "LOCALE", "MULTILINE", "NOFLAG", "UNICODE", "VERBOSE", "A",
    "I", "L", "M", "Match", "Pattern", "ProgramCache", "RegexFlag", "S", "U", "X", "check",
    "compile", "compile_gated", "compile_split", "error", "escape", "findall", "finditer",
    "fullmatch", "index", "index_now", "match", "needles_of", "purge", "search", "split", "sub",
    "subn",
]
