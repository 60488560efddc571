"""The clause reader's fast paths find what the patterns they stand for find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from roundtable import regexes
from roundtable.evidence import reading
from roundtable.evidence.text import Span, sentences
from roundtable.regex_gate import gated as is_gated

DATA = Path(__file__).resolve().parents[1] / "data"


def _dev_sentences() -> list[str]:
    return [span.text for path in sorted((DATA / "devset").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            for span in sentences(json.loads(line)["answer"])]


def _clauses(text: str) -> list[str]:
    return [clause.text for clause in reading.split_clauses(Span(0, len(text), text))]


def test_a_sentence_without_a_frame_word_is_cut_where_the_whole_pattern_cuts_it() -> None:
    words = reading._frame_words()
    assert words is not None and words[1]
    plain = [text for text in _dev_sentences()
             if text.isascii() and not any(word in text.lower() for word in words[0])]
    assert len(plain) > 300  # most sentences hold no frame: the fast path is the usual one
    for text in plain:
        for first in (0, 5):
            assert [m.span() for m in reading._SPLIT_PLAIN.finditer(text, first)] == [
                m.span() for m in reading._SPLIT.finditer(text, first)], text


def test_a_frame_cuts_where_its_word_is_told_in_any_text() -> None:
    assert _clauses("The vendor told us the sensors always drift.") == [
        "The vendor told us", "the sensors always drift."]
    # Not ASCII (the dash): read whole, the frame still found.
    assert _clauses("The vendor told us the sensors always drift — we replaced them.") == [
        "The vendor told us", "the sensors always drift", "we replaced them."]
    assert _clauses("What I learned is that people back what they helped write.") == [
        "What I learned is", "that people back what they helped write."]
    assert _clauses("The vendor emailed the sensors always drift.") == [
        "The vendor emailed the sensors always drift."]


@pytest.mark.parametrize(("text", "verb"), [
    ("Lots of synergy, lots of north-star language, not a lot of actual thinking.", False),
    ("a nightly diff between the two ledgers", False),
    ("including a nightly diff between the two ledgers", True),  # "-ing" before its object
    ("the boiler always fails", True),  # a present verb after how often
    ("We shipped it on Friday", True),
    ("shipped on Friday", True),  # "-ed" after a letter of its word
    ("ed on Friday", False),
    # a verb word is a whole word: no "is" in "this" or "his", no "put" in "input"
    ("After this", False),
    ("in his view, with the input of the whole crew", False),
    ("rebuilt their import file by hand", True),  # "built" done again
    ("and Marta now sends me her rotas", True),  # someone named, a present verb, its object
    ("whoever reads this", True),
])
def test_a_piece_has_a_verb_by_its_subject_its_verb_form_or_another_verb(
        text: str, verb: bool) -> None:
    assert reading.has_verb(text) is verb


def test_a_time_phrase_with_this_opens_its_clause_as_one_with_that_does() -> None:
    """"After this" is no clause of its own: cut off, the change it dates loses its time."""
    assert _clauses("After this, the night shift is calmer and the bins are emptied.") == [
        "After this, the night shift is calmer", "and the bins are emptied."]


def test_the_needles_of_a_pattern_are_read_once_and_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    pattern = r"\b(?:said|told) (?:him|her)\b"
    found = regexes.needles_of("test", pattern, re.IGNORECASE)
    assert found == (("said her", "said him", "told her", "told him"), True)
    assert len(list(tmp_path.glob("needles-of-test-*.marshal"))) == 1
    assert regexes.needles_of("test", pattern, re.IGNORECASE) == found
    # Case kept where the pattern keeps it; nothing known of a pattern any word matches.
    assert regexes.needles_of("test", r"Said (?:him|her)") == (("Said her", "Said him"), False)
    assert regexes.needles_of("test", r"\w+ing|\d") is None


def test_a_pattern_gated_by_all_its_words_finds_what_the_pattern_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path))
    pattern = reading._HEDGE.pattern
    gated = regexes.compile_gated("test", pattern, re.IGNORECASE)
    assert is_gated(gated)  # (built behind its check on first use)
    expected = re.compile(pattern, re.IGNORECASE)
    # Dev sentences, and ones where `re` takes a character that is not ASCII for a letter.
    texts = _dev_sentences() + ["İ think it kind of worked", "It \u212aind of worked"]
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in expected.finditer(text)], text
        assert bool(gated.match(text)) == bool(expected.match(text))
    assert sum(gated._absent(text) for text in texts) > len(texts) // 2
    # A pattern one of whose strings is a single letter is left as `compile` builds it.
    assert not is_gated(regexes.compile_gated("test", r"\b(?:a|the) vendor\b|\bI\b"))
