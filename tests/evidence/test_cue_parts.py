"""The reader searches a long role cue as its parts (`regex_gate.parts`), cut once and cached,
and a cue written with capitals that mean the same in lower case as its lowered twin
(`regex_gate.lowered_source`): on real sentences, lowered, what is searched finds a cue exactly
where the whole pattern, ignoring case, does. Sentences from the labelled clause corpus's tuning
split.
"""

from __future__ import annotations

import json
from pathlib import Path

from roundtable import regexes as re
from roundtable.evidence import reading

CORPUS = Path(__file__).parent.parent / "data" / "clauses"


def _sentences() -> list[str]:
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        found += [row["sentence"].lower() for row in rows if row["split"] == "dev"][:40]
    return found


def test_a_long_cue_is_found_by_its_parts_exactly_where_the_whole_finds_it() -> None:
    cut = reading._cut_cues()
    assert cut == reading._CUT_CUES and sum(len(parts) > 1 for parts in cut.values()) >= 3
    # (the cues written with a capital ("I", "\\W") are all searched lowered)
    assert all(flags == 0 for parts in cut.values() for _, flags in parts)
    whole = {name: re.compile(pattern, re.IGNORECASE)
             for name, (_, pattern) in zip(reading._ROLE_NAMES, reading._CUE_TEXT, strict=True)}
    sentences = _sentences()
    found = 0
    for name, parts in cut.items():
        pieces = [re.compile(part, flags) for part, flags in parts]
        for sentence in sentences:
            hit = whole[name].search(sentence) is not None
            found += hit
            assert hit == any(p.search(sentence) for p in pieces), (name, sentence)
    assert found > 20
