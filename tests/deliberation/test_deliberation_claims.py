"""Every generated sentence is checkable against the answer and the speaker's own numbers."""

from __future__ import annotations

import re

import pytest
from deliberation_corpus import sample

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.deliberation.phrasing import VOTE_WORDS
from roundtable.evidence.analysis import analyze
from roundtable.models import Review

_QUOTED = re.compile(r"“([^”]*)”")
_SCORE = re.compile(r"\b([1-5]) of 5\b")
_VOTE = re.compile(r"\b(Strong No Hire|No Hire|Strong Hire|Hire)\b")
_ABSENT = ("nothing in the answer earns credit", "no evidence", "never says", "unstated")


def _texts(review: Review) -> list[str]:
    texts = [t.text for r in review.rounds for t in r.turns]
    texts += [review.consensus.summary, *review.consensus.agreements]
    texts += [e.text for e in review.consensus.emphases]
    texts += [s.reason_to_hire for s in review.signals] + [s.concern for s in review.signals]
    return texts + [f.question for f in review.follow_ups]


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_every_quoted_span_is_verbatim(review: Review) -> None:
    for text in _texts(review):
        for span in _QUOTED.findall(text):
            assert span in review.answer, span


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_cited_quotes_say_what_they_are_cited_for(review: Review) -> None:
    analysis = analyze(review.answer)
    by_id = {c.id: c for c in review.scores.criteria}
    signals = {c.id: c.signals.positive for c in get_competency(review.competency.id).criteria}
    for turn in (t for r in review.rounds for t in r.turns):
        for quote in turn.evidence:
            assert review.answer[quote.start:quote.end] == quote.quote
            assert quote.criterion in by_id
            assert quote.use in {"credit", "concern", "flag", "context"}
            if quote.use == "credit":
                # Credited for that criterion: its rubric quotes, or its positive signals.
                credited = [(q.start, q.end) for q in by_id[quote.criterion].evidence]
                credited += [(e.start, e.end) for e in analysis.of(*signals[quote.criterion])
                             if e.strength > 0]
                assert any(s <= quote.start and quote.end <= e for s, e in credited), quote


def _criterion_before(sentence: str, names: list[str], at: int) -> str | None:
    before = sentence[:at].lower()
    found = [(before.rfind(n.lower()), n) for n in names if n.lower() in before]
    return max(found)[1] if found else None


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_scores_and_votes_in_a_turn_are_the_speakers_own(review: Review) -> None:
    names = [c.name for c in review.scores.criteria]
    ids = {c.name: c.id for c in review.scores.criteria}
    for rnd in review.rounds:
        for turn in rnd.turns:
            panelist = next(p for p in review.scores.panelists if p.panelist == turn.speaker)
            assert panelist.opening is not None
            allowed = {"opening": [panelist.opening], "closing": [panelist]}.get(
                rnd.kind, [panelist.opening, panelist])
            text = _QUOTED.sub("Q", turn.text)
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                for match in _SCORE.finditer(sentence):
                    name = _criterion_before(sentence, names, match.start())
                    if name is not None:
                        scores = {a.criteria[ids[name]] for a in allowed}
                        assert int(match.group(1)) in scores, (sentence, scores)
            votes = {VOTE_WORDS[a.vote] for a in allowed}
            for word in _VOTE.findall(text):
                assert word in votes, (turn.text, votes)


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_nothing_credited_is_called_absent(review: Review) -> None:
    for text in _texts(review):
        for sentence in re.split(r"(?<=[.!?])\s+", _QUOTED.sub("Q", text)):
            if any(phrase in sentence.lower() for phrase in _ABSENT):
                named = [c for c in review.scores.criteria if c.name.lower() in sentence.lower()]
                assert named and all(not c.evidence for c in named[:1]), sentence


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_follow_ups_are_distinct_and_presuppose_only_the_answer(review: Review) -> None:
    questions = [f.question for f in review.follow_ups]
    assert len(set(questions)) == len(questions)
    assert len({f.criterion for f in review.follow_ups}) == len(questions)
    credited_result = any(e.strength > 0 for e in analyze(review.answer).of(
        "result", "quantified_result"))
    for question in questions:
        if credited_result:
            assert "what happened" not in question.lower()


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_no_broken_phrasing(review: Review) -> None:
    for text in _texts(review):
        assert not re.search(r"earns a (\d) rather than a \1", text)
        assert ".”." not in text and "  " not in text


@pytest.mark.parametrize("review", sample(), ids=lambda r: f"{r.answer[:12]}|{r.panel[0].id}")
def test_no_turn_quotes_one_line_twice(review: Review) -> None:
    _each_line_quoted_once_per_turn(review)


def _each_line_quoted_once_per_turn(review: Review) -> None:
    for turn in (t for r in review.rounds for t in r.turns):
        quoted = _QUOTED.findall(turn.text)
        assert len(quoted) == len(set(quoted)), turn.text


def test_a_flagged_line_the_concern_already_quoted_is_not_quoted_again() -> None:
    answer = ("At my last restaurant I was the one who basically ran the whole kitchen refit. "
              "The other cooks were slow and didn't really get the new ovens, so I ended up "
              "doing most of the menu testing myself over a few Sundays. The owner said it was "
              "the smoothest refit the place ever had.")
    _each_line_quoted_once_per_turn(roundtable.review(answer, competency="teamwork"))
