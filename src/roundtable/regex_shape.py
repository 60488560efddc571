"""A parsed pattern rewritten into an equivalent one the engine tries faster.

At each position `re`'s engine tries an alternation's branches in turn. A branch that opens on a
literal character is passed over with one comparison when the text has another character there;
any other branch costs a jump into it and back. The lexicon's alternations are written as
`\\b(...)|\\bthey ...|(?:he|she) ...`: nearly every branch opens on `\\b` or a group, so all of them
are entered at every word, and `\\b` is checked once per branch. `reshaped` rewrites the parsed
pattern (`re._parser`'s tree) so that:

- a group without a name, number or flags of its own is spliced into the sequence around it
  (it only grouped: `(?:a|b)c` is the branch `a|b` followed by `c`);
- a zero-width test opening a group (`(\\bnote|\\bmessage)`, the `\\b` factored out of all its
  branches) moves in front of the group: it consumes nothing, so the group still starts where it
  did;
- consecutive branches opening on the same `\\b` (or other position test) or the same character
  (a literal or a class) share it: `\\bab|\\bac|x` becomes `\\ba[bc]|x`, so the test is made
  once and a character that starts none of them skips them all;
- branches that are each one character become a character class (as `re` does itself);
- lookbehinds in front of characters (`(?<!was )(?<!is )\\bused to\\b`) are tested after them,
  each widened by them (`\\bused to(?<!was used to)(?<!is used to)\\b`): the engine made every
  test at every position the branch was tried, where now a position holding another character
  skips the branch with one comparison (and the branch shares its opening with its neighbours).

Each step keeps what matches, where, and in which order the branches are tried, so a match and its
groups are the ones `re`'s own program finds (`tests/evidence/test_stored_programs.py` compares
them on the dev answers). `P(?:X|Y)` tries `PX` then `PY` exactly as `PX|PY` does because a
position test or one character matches in one way only (a repeat such as `\\s+` does not: its
branches keep it). A lookbehind moved past characters still looks at the text before them:
widened by the very characters the text holds there, it tests what it did (its width stays
fixed). Conditional groups are left as written.
"""

from __future__ import annotations

from typing import Any

_Item = tuple[Any, Any]


def without_groups(parsed: Any, parser: Any, c: Any) -> Any | None:
    """`parsed` with every numbered or named group made a plain one, for a pattern whose callers
    read only where it matches: the same matches at the same places. A branch that opens on a
    numbered group is entered at every position (the engine records where the group starts),
    so this lets `reshaped` share its opening. None when the pattern refers back to a group
    (`\\1`, `(?P=name)`, `(?(1)...)`)."""
    def plain(items: Any) -> list[_Item] | None:
        out: list[_Item] = []
        for op, av in items:
            item: _Item | None
            if op is c.GROUPREF or op is c.GROUPREF_EXISTS:
                return None
            if op is c.SUBPATTERN:
                inner = plain(av[3].data)
                item = None if inner is None else (op, (None, av[1], av[2], sub(inner)))
            elif op is c.BRANCH:
                branches = [plain(branch.data) for branch in av[1]]
                item = None if None in branches else (op, (None, [sub(b) for b in branches if
                                                                  b is not None]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                inner = plain(av[2].data)
                item = None if inner is None else (op, (av[0], av[1], sub(inner)))
            elif op is c.ASSERT or op is c.ASSERT_NOT:
                inner = plain(av[1].data)
                item = None if inner is None else (op, (av[0], sub(inner)))
            elif op is c.ATOMIC_GROUP:
                inner = plain(av.data)
                item = None if inner is None else (op, sub(inner))
            else:
                item = (op, av)
            if item is None:
                return None
            out.append(item)
        return out

    def sub(items: list[_Item]) -> Any:
        return parser.SubPattern(parsed.state, items)

    found = plain(parsed.data)
    return None if found is None else sub(found)


def reshaped(parsed: Any, parser: Any, c: Any, spread: bool = False) -> Any:
    """An equivalent parsed pattern (a new `SubPattern`; `parsed` is left as it was).

    With `spread`, branches opening on an alternation or an optional item are spread out
    (`_Reshaper.spread`): a larger program, for a pattern with no groups run on every sentence.
    """
    return parser.SubPattern(parsed.state, _Reshaper(parsed.state, parser, c, spread).sequence(
        list(parsed.data)))


SPREAD_BUDGET = 3000
"""How many items (counted through every group) the alternatives spread out of one may repeat
between them: the lexicon's patterns grow about 2.5 times, their matching about a fifth faster."""


def _size(items: Any) -> int:
    """Items in a parsed sequence, counted through every group, branch and repeat."""
    total = 0
    for _, av in items:
        total += 1
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if hasattr(part, "data"):
                total += _size(part.data)
            elif isinstance(part, list):
                total += sum(_size(p.data) for p in part if hasattr(p, "data"))
    return total


class _Reshaper:
    def __init__(self, state: Any, parser: Any, c: Any, spreads: bool) -> None:
        self.state = state
        self.spreads = spreads
        self.parser = parser
        self.c = c
        self.repeats = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
        # Items that match in one way only, so a shared one can be taken out of the branches:
        # a position test, or one character (a literal, a class, any, all but one).
        self.single = (c.AT, c.LITERAL, c.IN, c.ANY, c.NOT_LITERAL)

    def sub(self, items: list[_Item]) -> Any:
        return self.parser.SubPattern(self.state, items)

    def spliced(self, items: list[_Item]) -> list[_Item]:
        """`items` with every plain group spliced in, and the position tests opening a numbered
        group in front of it."""
        c = self.c
        out: list[_Item] = []
        for op, av in items:
            if op is not c.SUBPATTERN or av[1] or av[2]:
                out.append((op, av))
                continue
            inner = self.spliced(list(av[3].data))
            if av[0] is None:
                out += inner
                continue
            tests = 0
            while tests < len(inner) and inner[tests][0] is c.AT:
                tests += 1
            out += [*inner[:tests], (op, (av[0], 0, 0, self.sub(inner[tests:])))]
        return self.lookbehinds_later(out)

    def lookbehinds_later(self, items: list[_Item]) -> list[_Item]:
        """`items` with each run of position tests and lookbehinds that stands before characters
        (literals, classes) reordered: the position tests, the characters, then the lookbehinds,
        each widened by those characters. All of them test the same place, so the order they are
        made in changes nothing but how soon a wrong character ends the try. The lookbehinds end
        up before an item that is not one character, so doing this again changes nothing."""
        c = self.c
        out: list[_Item] = []
        at = 0
        while at < len(items):
            run = at
            while run < len(items) and (items[run][0] is c.AT or items[run][0] in (
                    c.ASSERT, c.ASSERT_NOT) and items[run][1][0] < 0):
                run += 1
            chars = run
            while chars < len(items) and items[chars][0] in self.single and (
                    items[chars][0] is not c.AT):
                chars += 1
            behind = [item for item in items[at:run] if item[0] is not c.AT]
            if not behind or chars == run:
                out += items[at:max(run, at + 1)]
                at = max(run, at + 1)
                continue
            out += [item for item in items[at:run] if item[0] is c.AT]
            out += items[run:chars]
            out += [(kind, (-1, self.sub([*body.data, *items[run:chars]])))
                    for kind, (_, body) in behind]
            at = chars
        return out

    def sequence(self, items: list[_Item]) -> list[_Item]:
        c = self.c
        out: list[_Item] = []
        for op, av in self.spliced(items):
            if op is c.SUBPATTERN:
                group, add_flags, del_flags, inner = av
                out.append((op, (group, add_flags, del_flags,
                                 self.sub(self.sequence(list(inner.data))))))
            elif op is c.BRANCH:
                out += self.branches([self.spliced(list(branch.data)) for branch in av[1]])
            elif op in self.repeats:
                low, high, body = av
                out.append((op, (low, high, self.sub(self.sequence(list(body.data))))))
            elif op is c.ATOMIC_GROUP:
                out.append((op, self.sub(self.sequence(list(av.data)))))
            elif op is c.ASSERT or op is c.ASSERT_NOT:
                direction, body = av
                out.append((op, av) if direction < 0 else (
                    op, (direction, self.sub(self.sequence(list(body.data))))))
            else:
                out.append((op, av))
        return out

    def spread(self, alternative: list[_Item]) -> list[list[_Item]]:
        """`alternative` as the alternatives it stands for when it opens on an alternation or
        an optional item: `(?:it|that) was` is `it was|that was`, `(?:really )?sure` is
        `really sure|sure`, tried in the same order. A branch opening on a group is entered at
        every word; spread out, each opens on its own character and is passed over with one
        comparison. Only as far as `SPREAD_BUDGET`: the rest is written once per alternative."""
        if not self.spreads or not alternative:
            return [alternative]
        (op, av), rest = alternative[0], alternative[1:]
        c = self.c
        if op is c.BRANCH:
            heads = [self.spliced(list(branch.data)) for branch in av[1]]
        elif op is c.MAX_REPEAT and (av[0], av[1]) == (0, 1):
            heads = [self.spliced(list(av[2].data)), []]
        else:
            return [alternative]
        if len(heads) * _size(rest) > SPREAD_BUDGET:
            return [alternative]
        return [spread for head in heads for spread in self.spread(head + rest)]

    def branches(self, alternatives: list[list[_Item]]) -> list[_Item]:
        """The items standing for the alternation of `alternatives` (each spliced), in order."""
        c = self.c
        runs: list[tuple[_Item | None, list[list[_Item]]]] = []
        for alternative in [spread for a in alternatives for spread in self.spread(a)]:
            lead = alternative[0] if alternative and alternative[0][0] in self.single else None
            if lead is not None and runs and runs[-1][0] == lead:
                runs[-1][1].append(alternative[1:])
            elif lead is not None:
                runs.append((lead, [alternative[1:]]))
            else:
                runs.append((None, [alternative]))
        shaped: list[list[_Item]] = []
        for lead, members in runs:
            if lead is None:
                shaped += [self.sequence(member) for member in members]
            elif len(members) == 1:
                shaped.append([lead, *self.sequence(members[0])])
            else:
                shaped.append([lead, *self.branches(members)])
        if len(shaped) == 1:
            return shaped[0]
        if all(len(s) == 1 and s[0][0] is c.LITERAL for s in shaped):
            return [(c.IN, list(dict.fromkeys(s[0] for s in shaped)))]
        return [(c.BRANCH, (None, [self.sub(s) for s in shaped]))]
