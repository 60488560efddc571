"""`lexicon.finditer` runs lower-case patterns on the lowered text; it must find exactly what a
case-insensitive search of the original text finds, including text whose case folding changes
its length."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from roundtable.evidence.lexicon import PATTERNS, finditer

DEVSET = Path(__file__).parent.parent / "data" / "devset"
ANSWERS = [json.loads(line)["answer"] for path in sorted(DEVSET.glob("*.jsonl"))
           for line in path.read_text("utf-8").splitlines() if line.strip()]
ODD = ["İstanbul team BLAMED me; THE VENDOR never delivered. I LED the migration myself."]


@pytest.mark.parametrize("kind", sorted(PATTERNS))
def test_matches_are_those_of_a_case_insensitive_search(kind: str) -> None:
    reference = re.compile(PATTERNS[kind], re.IGNORECASE | re.MULTILINE)
    for text in [*ANSWERS, *ODD, *(answer.upper() for answer in ANSWERS[:10])]:
        assert [m.span() for m in finditer(kind, text)] == [
            m.span() for m in reference.finditer(text)]


def test_competency_inference_counts_cues_as_a_case_insensitive_search_would() -> None:
    from roundtable.catalog.loader import competencies
    from roundtable.inference import _cue_hits

    for text in [*ANSWERS[::9], *ODD]:
        for competency in competencies().values():
            # each criterion counts once, however many of its cues the answer shows
            expected = sum(1 for criterion in competency.criteria
                           if any(re.search(cue, text, re.IGNORECASE) for cue in criterion.cues))
            assert _cue_hits(text, competency) == expected, competency.id


def test_role_cues_match_a_lowered_ascii_clause_as_a_case_insensitive_search() -> None:
    """Each cue, or the parts it is cut into, searched in the lowered clause where the index
    says it may match, is found exactly where the whole cue ignoring case is."""
    from roundtable.evidence.reading import _ROLE_CUES, _ROLE_INDEX, _has_cue

    texts = [*ANSWERS, *(answer.upper() for answer in ANSWERS[:10]), "I LED it; We Shipped."]
    sentences = [part for text in texts for part in re.split(r"(?<=[.!?;])\s+", text)]
    for text in (t for t in [*texts, *sentences] if t.isascii()):
        lowered = text.lower()
        possible = _ROLE_INDEX.possible(text, lowered)
        for at, (role, reference) in enumerate(_ROLE_CUES):
            assert _has_cue(at, lowered, possible) == (reference.search(text) is not None), (
                role, text)
            assert _has_cue(at, text, None) == (reference.search(text) is not None), role
