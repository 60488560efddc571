"""Strings every match of a pattern contains, and a pattern that looks for them first.

Most of a review's time is `re` trying long alternations ("I basically did everything|…") at
every word of every sentence, where they almost never match. Many of those patterns cannot match
unless the text contains one of a few plain strings: `\\b(?:would|could) (?:have|'ve) \\w+ed`
needs "would" or "could". `needles` reads that set off the parsed pattern; `Gated` checks it
with `str.__contains__` (a fast C search) and runs the engine only when one is there. A text
without any of them has no match, so every result is the one `re` gives.

The set is derived conservatively: a literal run of characters, a group or alternation with a
known finite set of spellings, or an alternation whose every branch needs one of a set; anything
else (a class, `\\w+`, a backreference, a group with its own flags) needs nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any

# Spellings of one part tracked before it counts as "any string" (a cross product grows fast).
_MAX_SPELLINGS = 64
# Needles in an alternation's union before it is given up on; and the most a gate checks: past
# that the checks cost about what the engine does (measured on the dev set's reviews; 48 before
# `regex_shape` made the engine's own pass over a long alternation cheaper).
_MAX_UNION = 400
MAX_NEEDLES = 16
# A needle of one character ("I", "a") is in nearly every sentence: the gate would only add work.
MIN_NEEDLE = 2

_Node = tuple[set[str] | None, set[str] | None]  # (every spelling, or None; strings one needs)


def needles(parsed: Any, flags: int, c: Any,
            most: int = _MAX_UNION) -> tuple[tuple[str, ...], bool] | None:
    """The strings one of which every match of `parsed` (a `re._parser` result compiled with
    `flags`) contains, and whether they are to be looked for in the lowered text (the pattern
    ignores case); None when no such set is known. `c` is `re._constants`; an alternation
    needing more than `most` strings needs nothing known."""
    flags |= parsed.state.flags
    if flags & c.SRE_FLAG_LOCALE:
        return None
    folded = bool(flags & c.SRE_FLAG_IGNORECASE)
    spellings, needed = _sequence(parsed.data, folded, c, most)
    found = needed if needed is not None else _required(spellings)
    if not found:
        return None
    if folded:
        found = {needle.lower() for needle in found}
    # A needle containing another is redundant: a text without "fault" has no " fault" either.
    kept: list[str] = []
    for needle in sorted(found, key=lambda n: (len(n), n)):
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept), folded


def _required(spellings: set[str] | None) -> set[str] | None:
    return spellings if spellings and "" not in spellings else None


def _node(op: Any, av: Any, folded: bool, c: Any, most: int) -> _Node:
    if op is c.LITERAL:
        # Under IGNORECASE only ASCII letters are compared by lowering (see `Gated`).
        return ({chr(av)}, None) if not folded or av < 128 else (None, None)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}, None  # consumes nothing
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return (None, None) if add_flags or del_flags else _sequence(inner.data, folded, c, most)
    if op is c.ATOMIC_GROUP:
        return _sequence(av.data, folded, c, most)
    if op is c.BRANCH:
        return _branch([_sequence(branch.data, folded, c, most) for branch in av[1]], most)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        spellings, needed = _sequence(body.data, folded, c, most)
        if low == 0:
            return (spellings | {""}, None) if high == 1 and spellings is not None else (
                None, None)
        needed = needed if needed is not None else _required(spellings)
        return (spellings if low == high == 1 else None), needed
    return None, None  # a class, any character, a backreference...


def _branch(branches: list[_Node], most: int) -> _Node:
    spellings: set[str] | None = None
    if all(s is not None for s, _ in branches):
        union = set().union(*(s for s, _ in branches if s is not None))
        spellings = union if len(union) <= _MAX_SPELLINGS else None
    needs: list[set[str]] = []
    for branch_spellings, needed in branches:
        need = needed if needed is not None else _required(branch_spellings)
        if need is None:
            return spellings, None
        needs.append(need)
    union = set().union(*needs)
    return spellings, (union if len(union) <= most else None)


def _sequence(items: Any, folded: bool, c: Any, most: int) -> _Node:
    """The spellings of a sequence (when finite and few) and the most selective set of strings
    one of which it needs: the longest literal runs, the fewest of them."""
    current: set[str] = {""}
    candidates: list[set[str]] = []
    finite = True
    for op, av in items:
        spellings, needed = _node(op, av, folded, c, most)
        if spellings is not None:
            if len(current) * len(spellings) <= _MAX_SPELLINGS:
                current = {a + b for a in current for b in spellings}
                continue
            candidates.append(current)
            finite = False
            current = spellings
            continue
        finite = False
        candidates.append(current)
        current = {""}
        if needed is not None:
            candidates.append(needed)
    candidates.append(current)
    usable = [found for found in candidates if found and "" not in found]
    best = max(usable, key=_selectivity) if usable else None
    return (current if finite else None), best


def _selectivity(found: set[str]) -> tuple[int, int]:
    """How rarely a text holds one of `found`: the shortest of them counts (up to five
    characters), then how few they are. Spaces around a word count for nothing: " was " is in
    most sentences, "handover" or "spec" in few."""
    return min(min(len(needle.strip(" ")) for needle in found), 5), -len(found)


def worth_gating(found: tuple[tuple[str, ...], bool] | None, parsed: Any, c: Any) -> bool:
    """Whether checking the needles first saves time: few of them, none a single character,
    and a pattern not anchored at the start (the engine then tries only one position)."""
    if found is None or len(found[0]) > MAX_NEEDLES or min(map(len, found[0])) < MIN_NEEDLE:
        return False
    return not _anchored(parsed, c)


def worth_scanning(found: tuple[tuple[str, ...], bool] | None, parsed: Any, c: Any) -> bool:
    """Whether looking for the needles in one scan (`scan_pattern`) first saves time, for a
    pattern whose program has no start hint (so the engine tries it at every position of the
    text): more needles than `worth_gating` checks one by one, none a single character, and a
    pattern not anchored at the start. The scan's alternation of plain strings shares their
    openings and skips every character none of them starts with; most texts hold none."""
    if found is None or len(found[0]) <= MAX_NEEDLES or min(map(len, found[0])) < MIN_NEEDLE:
        return False
    return not _anchored(parsed, c)


def _anchored(parsed: Any, c: Any) -> bool:
    first = parsed.data[0] if parsed.data else None
    return (first is not None and first[0] is c.AT
            and first[1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING))


# The characters `re` matches with an ASCII letter under IGNORECASE that lowering does not turn
# into that letter: it compares `_sre.unicode_tolower` of a character with the letter's and its
# extra cases (`re._casefix`), so "İ" and "ı" match "i", "ſ" matches "s" and the Kelvin sign
# "k". Any other character that is not ASCII (a dash, a curly quote, "é") matches no ASCII
# letter, and a text holding none of these four lowers to one that holds every needle a match
# of it contains (`tests/test_regex_gate.py` checks the four against `re`).
_FOLDED_ONTO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowers_exactly(text: str) -> bool:
    """Whether the needles of a pattern ignoring case can be looked for in `text.lower()`: no
    character of `text` is one `re` takes for an ASCII letter that lowering does not give.
    (Not only ASCII: a third of the dev answers hold a dash, and their sentences are gated too.)
    """
    # (Four searches of the text for a character, in C, cost a tenth of what testing each of
    # its characters against a set did.)
    return text.isascii() or not any(map(text.__contains__, _FOLDED_ONTO_ASCII))


# Escapes that stand for the same thing in a text and in the text lowered: classes (\\w, \\S...),
# positions (\\b, \\A...) and control characters; a character given by its code ("\\x41" is "A"),
# a backreference or a named character is not one of them.
_CASELESS_ESCAPES = frozenset("wWsSdDbBAZafnrtv")


def lowered_source(pattern: str) -> str | None:
    """`pattern`, written to ignore case, with its capitals lowered: compiled without
    IGNORECASE it matches the lowering of a text that `lowers_exactly` (to as many characters)
    exactly where `pattern` matches the text ignoring case; None when that is not known to hold.

    Ignoring case, `re` compares a character of the text lowered (`_sre.unicode_tolower`) with
    the pattern's characters lowered, or with their extra cases (`re._casefix`), which for ASCII
    letters are the characters `lowers_exactly` rules out. A pattern holding a capital outside
    ASCII, or a letter with extra cases ("σ" has "ς"), is left as it is; so is one setting
    flags in a group, naming a character by its code, referring back to a group or naming one
    with capitals, or with a range of a class that holds capitals and is not all capitals
    ("[@-_]" holds "A" to "Z" and "_", and ignoring case "a" to "z" too). \\w, \\s and \\d
    hold a character exactly when they hold it lowered (`tests/evidence/test_regex_gate.py`
    checks all of Unicode)."""
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    out: list[str] = []
    at, end = 0, len(pattern)
    in_class = False
    while at < end:
        char = pattern[at]
        if char == "\\":
            escaped = pattern[at + 1:at + 2]
            if escaped.isalnum() and escaped not in _CASELESS_ESCAPES or in_class and (
                    pattern.startswith("-", at + 2) and not pattern.startswith("-]", at + 2)):
                return None  # (or a range from an escaped character: rare, and not read here)
            out.append(pattern[at:at + 2])
            at += 2
            continue
        if not char.isascii() and (char != char.lower() or ord(char) in _EXTRA_CASES):
            return None
        if in_class and char == "]":
            in_class = False
        elif in_class and pattern.startswith("-", at + 1) and not pattern.startswith("-]", at + 1):
            # a range: its ends are plain characters (a code or a class was refused above)
            high = pattern[at + 2:at + 3]
            if not (char.isascii() and high.isascii()) or "A" <= high and char <= "Z" and not (
                    "A" <= char and high <= "Z"):
                return None
        elif not in_class and char == "[":
            in_class = True
            # "^" and a "]" right after the opening are members, not the class's end
            members = 2 if pattern.startswith("^]", at + 1) else 1 if pattern.startswith(
                ("^", "]"), at + 1) else 0
            out.append(pattern[at:at + 1 + members])
            at += 1 + members
            continue
        elif not in_class and pattern.startswith("(?", at):
            kind = pattern[at + 2:at + 3]
            if kind == "-" or kind.isalpha() and kind != "P" or pattern.startswith("(?P=", at):
                return None  # flags of its own, or a backreference
            if pattern.startswith("(?P<", at):
                close = pattern.find(">", at)
                if pattern[at + 4:close] != pattern[at + 4:close].lower():
                    return None
                out.append(pattern[at:close + 1])  # (its "P" is no letter to lower)
                at = close + 1
                continue
        out.append(char.lower() if "A" <= char <= "Z" else char)
        at += 1
    return "".join(out)


# The texts gates ignoring case lowered lately (`lowers_exactly`), each with its lowering.
# A clause is asked about by dozens of gated patterns, in turns with its sentence, its subject
# and its neighbours; lowering each once serves them all (the last text alone was lowered again
# at more than half of the checks). Emptied when full; a text is only ever kept with its own
# lowering, whichever thread reads it.
_LOWERED: dict[str, str] = {}
_KEEP_LOWERED = 256


class Gated:
    """A compiled pattern that answers "no match" without the engine when the text contains
    none of the strings every match contains; otherwise the pattern's own methods run.

    `search`, `match`, `fullmatch`, `finditer`, `findall`, `sub` and `subn` are gated;
    everything else (`split`, `pattern`, `groups`...) is the pattern's own. Equal to, and
    hashed as, the pattern it wraps.

    With `scan` (a pattern matching any one of the needles, `scan_pattern`), the needles are
    looked for in one pass of the engine rather than one `in` each: for dozens of them that
    costs a part of what the `in`s do.
    """

    __slots__ = ("_compiled", "_needles", "_folded", "_scan")

    def __init__(self, compiled: Any, needles: tuple[str, ...], folded: bool,
                 scan: Any | None = None) -> None:
        self._compiled = compiled
        self._needles = needles
        self._folded = folded
        self._scan = scan

    def _absent(self, string: str) -> bool:
        if self._folded:
            lowered = _LOWERED.get(string)
            if lowered is None:
                # A text holding a character `re` folds onto an ASCII letter (the Kelvin sign
                # onto "k") goes to the engine.
                if not lowers_exactly(string):
                    return False
                if len(_LOWERED) >= _KEEP_LOWERED:
                    _LOWERED.clear()
                lowered = _LOWERED[string] = string.lower()
            string = lowered
        if self._scan is not None:
            return self._scan.search(string) is None
        for needle in self._needles:
            if needle in string:
                return False
        return True

    # A search from a place in a longer text (a clause's start in the answer) goes to the
    # engine at once: the gate would lower the whole text for one place, and a whole answer
    # nearly always holds a needle.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if not pos and endpos == sys.maxsize and self._absent(string):
            return None
        return self._compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if not pos and endpos == sys.maxsize and self._absent(string):
            return None
        return self._compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return None if self._absent(string) else self._compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        if self._absent(string):
            return iter(())
        found: Iterator[Any] = self._compiled.finditer(string, pos, endpos)
        return found

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string) else self._compiled.findall(string, pos, endpos)

    # A text without a match has nothing replaced: `re` gives it back as it is (the same
    # object). Filler taken out of every clause before its flags are read ("you know") was
    # most of the work of a pattern that is nearly never there.
    def sub(self, repl: Any, string: str, count: int = 0) -> Any:
        return string if self._absent(string) else self._compiled.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[Any, int]:
        return (string, 0) if self._absent(string) else self._compiled.subn(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)

    def __eq__(self, other: object) -> bool:
        return bool(self._compiled == (other._compiled if isinstance(other, Gated) else other))

    def __hash__(self) -> int:
        return hash(self._compiled)

    def __repr__(self) -> str:
        return repr(self._compiled)

    def __copy__(self) -> Gated:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Gated:
        return self

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[str, int]]:
        return _rebuilt, (self._compiled.pattern, self._compiled.flags)


def may_match(pattern: Any, text: str) -> bool:
    """False when `pattern` (compiled by `regexes`) cannot match anywhere in `text`: it is
    gated and `text` holds none of its needles. A text joining many others answers for each of
    them at once: a needle in none of them is in none of their parts either."""
    # (asked of the pattern, not its type: `regexes` may hand out a stand-in built on first use)
    absent = getattr(pattern, "_absent", None)
    return absent is None or not absent(text)


def gated(pattern: Any) -> bool:
    """Whether `pattern` (compiled by `regexes`) is behind a `Gated` check."""
    return getattr(pattern, "_absent", None) is not None


def scan_pattern(needles: tuple[str, ...]) -> str:
    """A pattern (case-sensitive) that matches wherever one of `needles` is."""
    import re

    # Longest first where needles share an opening: the alternation keeps its branches in order.
    return "|".join(map(re.escape, sorted(needles, reverse=True)))


def _rebuilt(pattern: str, flags: int) -> Any:
    """A pickled pattern, compiled again (as `re` unpickles its own)."""
    from roundtable.regexes import compile as compile_pattern

    return compile_pattern(pattern, flags)


# A needle of any length below this would be found at most positions of a text: a pattern
# needing one is left out of a `NeedleIndex` (it is always tried).
_MIN_INDEXED = 2
# What an alternation may need and still be indexed: one scan looks for every needle at once,
# so the many spellings of a long list of phrases cost about what a few do.
_MAX_INDEXED = 5000

IndexData = tuple[str, dict[str, tuple[str, ...]], tuple[str, ...]]
"""What a `NeedleIndex` is built from: its scan's pattern, the names needing each needle, and
the names whose needles are lowered (their patterns ignore case)."""


def index_data(patterns: dict[str, tuple[str, int]], parser: Any, c: Any) -> IndexData:
    """A `NeedleIndex` of `patterns` (name: pattern and flags), as data: `re._parser` and
    `re._constants` are given."""
    import re

    needs: dict[str, list[str]] = {}
    folded: list[str] = []
    for name, (pattern, flags) in patterns.items():
        found = needles(parser.parse(pattern, flags), flags, c, _MAX_INDEXED)
        if found is None or min(map(len, found[0])) < _MIN_INDEXED:
            continue
        for needle in found[0]:
            needs.setdefault(needle, []).append(name)
        if found[1]:
            folded.append(name)
    # Where needles start at the same place each is a prefix of the next: in reverse order the
    # longest comes first, and branches sharing an opening stay together (`regex_shape`).
    scan = "(?=(" + "|".join(map(re.escape, sorted(needs, reverse=True))) + "))"
    return scan, {needle: tuple(names) for needle, names in needs.items()}, tuple(folded)


class NeedleIndex:
    """Which of many patterns may match a text, found in one pass over it.

    Most of the lexicon's kinds need one of some hundreds of plain strings (`needles`), too many
    to look for one by one. `scan` finds, at every position of the lowered text, the longest
    needle of any pattern that starts there. Every needle starting at that place is a prefix of
    that one, so a pattern needing any of them is one the text may match; a pattern needing
    none of the needles found cannot match, and one not indexed always may.
    """

    __slots__ = ("_scan", "_needs", "_folded", "_always", "_every", "_prefixed")

    def __init__(self, names: tuple[str, ...], scan: Any | None,
                 needs: dict[str, tuple[str, ...]], folded: tuple[str, ...]) -> None:
        self._scan = scan
        self._needs = needs
        self._folded = frozenset(folded)
        indexed = {name for found in needs.values() for name in found}
        self._always = frozenset(name for name in names if name not in indexed)
        self._every = frozenset(names)
        self._prefixed: dict[str, tuple[str, ...]] = {}

    def possible(self, text: str, lowered: str) -> frozenset[str]:
        """The names whose pattern may match `text` (a pattern compiled without IGNORECASE is
        taken to run on `lowered`, `text.lower()`, as the lexicon runs its lower-case kinds)."""
        if self._scan is None or len(lowered) != len(text):
            return self._every  # offsets of the lowered text would not be the text's
        found = set(self._always)
        for needle in set(self._scan.findall(lowered)):
            found.update(self._with_prefixes(needle))
        if not lowers_exactly(text):
            # `re` folds a few characters onto ASCII letters (the Kelvin sign onto "k"): a
            # lowered needle says nothing of what a pattern ignoring case matches.
            found |= self._folded
        return frozenset(found)

    def _with_prefixes(self, needle: str) -> tuple[str, ...]:
        """The names needing `needle` or a prefix of it (the needles found where it starts)."""
        names = self._prefixed.get(needle)
        if names is None:
            names = tuple(dict.fromkeys(
                name for end in range(1, len(needle) + 1)
                for name in self._needs.get(needle[:end], ())))
            self._prefixed[needle] = names
        return names


class DeferredIndex:
    """A `NeedleIndex` built only once `after` texts have been asked about; until then every
    pattern may match. Loading the lexicon's index costs a few milliseconds, about what it
    saves over two answers: a process that reviews one answer (the CLI) goes without."""

    __slots__ = ("_build", "_after", "_every", "_index", "_asked")

    def __init__(self, names: tuple[str, ...], build: Callable[[], NeedleIndex],
                 after: int) -> None:
        self._build = build
        self._after = after
        self._every = frozenset(names)
        self._index: NeedleIndex | None = None
        self._asked = 0

    @property
    def built(self) -> bool:
        """Whether the index has been built (until then `possible` names every pattern)."""
        return self._index is not None

    def possible(self, text: str, lowered: str) -> frozenset[str]:
        """`NeedleIndex.possible`, once the index is built."""
        if self._index is None:
            self._asked += 1
            if self._asked <= self._after:
                return self._every
            self._index = self._build()
        return self._index.possible(text, lowered)


# --- parts of a long alternation --------------------------------------------------------------

# What `alternatives` reads of a pattern's text: an escape, a character class, a group's
# opening (with what kind of group), its closing, or a bar.
_SYNTAX = (r"\\(?P<escape>.)|\[\^?\]?(?:\\.|[^\]\\])*\]"
           r"|\((?P<kind>\?(?:P<\w+>|P=|[:=!>#(]|<[=!]|[aiLmsux-]+[:)]))?|(?P<mark>[)|])")
PARTS_FORMAT = 2
"""Raised whenever what `parts` returns for a pattern changes, so parts stored by an older
version go unused."""
# Groups whose only purpose is to group: opening one keeps what the pattern matches (its
# groups are read by nobody, see `alternatives`).
_OPENABLE = (None, "?:")


def alternatives(pattern: str, flags: int = 0) -> list[str] | None:
    """The alternatives `pattern` tries at each position, in order, read off its text, for a
    pattern read only for where it matches (its groups are not kept); None when its text cannot
    be read that way (a backreference, a comment, flags set for the whole pattern, VERBOSE).

    A group that only encloses an alternation is opened, as is one after a lone `\\b`, which
    tries each branch after the same test, or before one: `a|(?:b|c)|\\b(e|f)|(?:g|h)i|(?:j|k)\\b`
    gives `a`, `b`, `c`, `\\be`, `\\bf`, `(?:g|h)i`, `j\\b` and `k\\b`. Joined by bars they match
    what `pattern` matches, where it does.
    """
    import re

    if flags & re.VERBOSE:
        return None
    bars: dict[int, list[int]] = {-1: []}  # where each group's own bars are (-1: the pattern's)
    groups: dict[int, tuple[int, int]] = {}  # an openable group's start: its inside
    open_at: list[tuple[int, int, bool]] = []  # the open groups: start, inside, openable
    for token in re.finditer(_SYNTAX, pattern, re.DOTALL):
        kind, mark = token.group("kind"), token.group("mark")
        if token.group("escape") in tuple("123456789") or kind is not None and (
                kind in ("?P=", "?#", "?(") or kind.endswith(")")):
            return None
        if token.group().startswith("("):
            open_at.append((token.start(), token.end(), kind in _OPENABLE))
            bars[token.start()] = []
        elif mark == ")":
            start, inside, openable = open_at.pop()
            if openable:
                groups[start] = (inside, token.start())
        elif mark == "|":
            bars[open_at[-1][0] if open_at else -1].append(token.start())
    found: list[str] = []

    def read(start: int, end: int, owner: int, prefix: str, suffix: str) -> None:
        edges = [start - 1, *bars[owner], end]
        for left, right in zip(edges, edges[1:], strict=False):
            left += 1
            at = left + 2 if pattern.startswith("\\b", left) else left
            group = groups.get(at)
            # (a lone `\b` after the group is tried after each branch: `(?:a|b)\b` is `a\b|b\b`)
            close = right - 3 if pattern.startswith(")\\b", right - 3) else right - 1
            if group is not None and group[1] == close:
                read(group[0], group[1], at, prefix + pattern[left:at],
                     pattern[close + 1:right] + suffix)
            else:
                found.append(prefix + pattern[left:right] + suffix)

    read(0, len(pattern), -1, "", "")
    return found


def parts(pattern: str, flags: int, size: int) -> list[str]:
    """`pattern`'s alternatives (`alternatives`), joined in order into parts of at least `size`
    characters (the last may be shorter); the pattern alone when it cannot be cut."""
    found = alternatives(pattern, flags)
    if found is None:
        return [pattern]
    joined: list[str] = []
    current: list[str] = []
    for alternative in found:
        current.append(alternative)
        if sum(map(len, current)) >= size:
            joined.append("|".join(current))
            current = []
    if current:
        joined.append("|".join(current))
    return joined


def leftmost(whole: Any, parts: list[Any], string: str) -> list[Any]:
    """The matches `whole.finditer(string)` finds, found by searching for some of its parts
    (patterns whose alternatives, all together, are `whole`'s: `parts`), where any part left
    out has no match in `string`.

    At the first place a part matches, `whole` matches, and its own match there is the one
    `finditer` gives; the next search starts where that match ends. A part that matched further
    on is not searched again until a match ends past where it matched.
    """
    ahead = [(match.start(), part) for part in parts
             if (match := part.search(string)) is not None]
    matches: list[Any] = []
    while ahead:
        at = min(start for start, _ in ahead)
        match = whole.match(string, at)
        if match is None or match.end() == at:
            # An empty match (none of the lexicon's: `finditer` has its own rules for what may
            # follow one), or parts that are not the pattern's: `whole` searched alone.
            return list(whole.finditer(string))
        matches.append(match)
        end = match.end()
        still: list[tuple[int, Any]] = []
        for start, part in ahead:
            if start < end:
                found = part.search(string, end)
                if found is None:
                    continue
                start = found.start()
            still.append((start, part))
        ahead = still
    return matches


def leftmost_spans(whole: Any, parts: list[Any], string: str) -> list[Any]:
    """`leftmost`, for a `whole` read only for where it matches (compiled `spans_only`, as the
    lexicon's kinds are): the matches are the parts' own.

    At a place, `whole` tries its alternatives in order, so its match there is the match of
    the first part, in order, that matches there: `whole` itself is built only for an empty
    match. Building it cost the most of any pattern a review asks for (the lexicon's "blame",
    155,000 words of program, for a sentence holding one of its parts)."""
    ahead = [(match.start(), index, match) for index, part in enumerate(parts)
             if (match := part.search(string)) is not None]
    matches: list[Any] = []
    while ahead:
        at, _, match = min(ahead)  # (no two parts share an index: matches are never compared)
        if match.end() == at:
            return list(whole.finditer(string))  # an empty match: `finditer`'s own rules
        matches.append(match)
        end = match.end()
        still: list[tuple[int, int, Any]] = []
        for start, index, found in ahead:
            if start < end:
                found = parts[index].search(string, end)
                if found is None:
                    continue
                start = found.start()
            still.append((start, index, found))
        ahead = still
    return matches


def first(whole: Any, parts: list[Any], string: str) -> Any:
    """`whole.search(string)`, found by searching for some of its parts (as `leftmost`), where
    any part left out has no match in `string`: `whole` matches first where the first of them
    does, and its match there is the one `search` gives."""
    starts = [match.start() for part in parts if (match := part.search(string)) is not None]
    return whole.match(string, min(starts)) if starts else None


class Split:
    """A long alternation searched for by its parts, as the lexicon searches its long kinds.

    One pass over a text (`NeedleIndex`) finds the parts (`parts`) it may match, and only those
    are searched for (`first`, `leftmost`): a clause holds the strings of few of them, where
    the engine tried every branch at every position. `search` and `finditer` from the start of
    a text are found so; everything else is the whole pattern's own, and the matches are its.
    With `folded` (the pattern ignores case) the index looks in the text lowered, as its
    needles are; otherwise in the text as it is.
    """

    __slots__ = ("_whole", "_parts", "_index", "_folded")

    def __init__(self, whole: Any, parts: tuple[tuple[str, Any], ...], index: NeedleIndex,
                 folded: bool) -> None:
        self._whole = whole
        self._parts = parts
        self._index = index
        self._folded = folded

    def _chosen(self, string: str) -> list[Any]:
        looked_in = _LOWERED.get(string) or string.lower() if self._folded else string
        possible = self._index.possible(string, looked_in)
        return [part for name, part in self._parts if name in possible]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if pos or endpos != sys.maxsize:
            return self._whole.search(string, pos, endpos)
        return first(self._whole, self._chosen(string), string)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        if pos or endpos != sys.maxsize:
            found: Iterator[Any] = self._whole.finditer(string, pos, endpos)
            return found
        return iter(leftmost(self._whole, self._chosen(string), string))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._whole, name)

    def __eq__(self, other: object) -> bool:
        return bool(self._whole == (other._whole if isinstance(other, Split) else other))

    def __hash__(self) -> int:
        return hash(self._whole)

    def __repr__(self) -> str:
        return repr(self._whole)

    def __copy__(self) -> Split:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Split:
        return self

    def __reduce__(self) -> tuple[Callable[..., Any], tuple[str, int]]:
        return _rebuilt, (self._whole.pattern, self._whole.flags)
