"""`roundtable.interview` and `roundtable interview`: a review per question, the debrief, the
JSON shape, times on every quote, the recording, and bad input as exit 2."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
from functools import cache
from html import unescape
from pathlib import Path

import pytest
from interview_data import DATA, SIX_COMPETENCIES, SIX_QUESTIONS

import roundtable
from roundtable.debrief.models import Interview
from roundtable.errors import InputError
from roundtable.ingest.formats import Cue, read_transcript
from roundtable.models import VOTES, Quote, Review
from roundtable.render.debrief import render_interview
from roundtable.scoring.panel import vote_for

ROUNDTABLE = Path(sys.executable).parent / "roundtable"
VTT = DATA / "six-questions.vtt"
RECORDING = "https://media.example.com/loop/interview.mp4?sig=abc"


@cache
def six(path: Path = VTT, recording: str | None = None) -> Interview:
    return roundtable.interview(path.read_text(encoding="utf-8"), recording=recording)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ROUNDTABLE), *args], capture_output=True, text=True, timeout=120,
                          check=False)


def _quotes(review: Review) -> list[Quote]:
    quotes = [q for r in review.rounds for t in r.turns for q in t.evidence]
    return quotes + [q for c in review.scores.criteria for q in c.evidence]


# --- the debrief -------------------------------------------------------------------------------


def test_json_has_the_shape_the_issue_gives() -> None:
    data = json.loads(six().model_dump_json())
    assert {"headline", "recording", "segments", "debrief", "verdict", "scorecard"} <= set(data)
    segment = data["segments"][0]
    assert {"index", "question", "competency", "start", "end", "review"} <= set(segment)
    assert set(segment["competency"]) >= {"id", "name"}
    assert set(data["debrief"]) >= {"summary", "panelists", "competencies", "strongest",
                                    "weakest"}
    assert set(data["debrief"]["panelists"][0]) >= {"panelist", "vote", "reason_to_hire",
                                                     "concern"}
    assert set(data["debrief"]["competencies"][0]) >= {"id", "name", "score", "vote"}
    assert set(data["verdict"]) >= {"vote", "label"}
    assert isinstance(data["debrief"]["strongest"], int)
    # Each segment's review is the Review JSON `roundtable review --format json` prints.
    Review.model_validate(segment["review"])
    assert Interview.model_validate(data) == six()


def test_every_question_is_reviewed_with_the_same_panel() -> None:
    result = six()
    assert [s.index for s in result.segments] == [1, 2, 3, 4, 5, 6]
    assert [s.competency.id for s in result.segments] == SIX_COMPETENCIES
    for segment, question in zip(result.segments, SIX_QUESTIONS, strict=True):
        assert segment.question.startswith(question)
        assert segment.review is not None
        assert segment.review.question == segment.question
        assert segment.review.panel == result.panel
        assert segment.review.competency.id == segment.competency.id
        assert not [f for f in segment.review.flags if f.kind == "multiple_questions"]


def test_overall_votes_follow_the_score_to_vote_rule() -> None:
    result = six()
    reviews = [s.review for s in result.segments if s.review]
    for vote in result.debrief.panelists:
        finals = [next(p.score for p in r.scores.panelists if p.panelist == vote.panelist)
                  for r in reviews]
        assert vote.score == round(statistics.fmean(finals), 2)
        assert vote.vote == vote_for(vote.score)
    ranks = sorted(VOTES.index(p.vote) for p in result.debrief.panelists)
    assert result.verdict.vote == VOTES[ranks[(len(ranks) - 1) // 2]]


def test_strongest_weakest_and_competency_scores_come_from_the_reviews() -> None:
    result = six()
    scores = {s.index: s.review.verdict.score for s in result.segments if s.review}
    assert scores[result.debrief.strongest] == max(scores.values())
    assert scores[result.debrief.weakest] == min(scores.values())
    for competency in result.debrief.competencies:
        assert competency.score == round(statistics.fmean(scores[i] for i in
                                                          competency.segments), 2)
    assert f"question {result.debrief.strongest}" in result.debrief.summary


def test_every_reason_and_concern_is_a_panelists_own_words_about_that_answer() -> None:
    result = six()
    by_index = {s.index: s for s in result.segments}
    for vote in result.debrief.panelists:
        for said, field in ((vote.reason_to_hire, "reason_to_hire"), (vote.concern, "concern")):
            match = re.match(r"On question (\d+) \(([^)]+)\): (.*)$", said, re.S)
            assert match, said
            segment = by_index[int(match[1])]
            assert segment.competency.name == match[2]
            assert segment.review is not None
            signal = next(s for s in segment.review.signals if s.panelist == vote.panelist)
            assert getattr(signal, field) == match[3]


def test_disagreements_name_the_split_votes() -> None:
    result = six()
    for item in result.debrief.disagreements:
        if item.segment is None:
            continue
        review = result.segments[item.segment - 1].review
        assert review is not None
        votes = {s.vote for s in review.signals}
        assert votes & {"hire", "strong_hire"} and votes & {"no_hire", "strong_no_hire"}


def test_scorecard_ratings_match_the_competency_votes() -> None:
    result = six()
    ratings = {"strong_no_hire": "Definitely Not", "no_hire": "No", "hire": "Yes",
               "strong_hire": "Strong Yes"}
    assert [(r.competency, r.rating) for r in result.scorecard.ratings] == [
        (c.id, ratings[c.vote]) for c in result.debrief.competencies]
    assert result.scorecard.overall_recommendation == ratings[result.verdict.vote]
    markdown = render_interview(result, "scorecard")
    assert "## Ratings" in markdown and "## Overall recommendation" in markdown


# --- timestamps --------------------------------------------------------------------------------


def _cue_at(cues: list[Cue], seconds: float) -> list[Cue]:
    return [c for c in cues if c.start is not None and c.end is not None
            and c.start <= seconds <= c.end]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text.lower())


@pytest.mark.parametrize("name", ["six-questions.vtt", "six-questions.json",
                                  "six-questions.otter.txt"])
def test_every_quote_lies_within_the_cue_it_came_from(name: str) -> None:
    path = DATA / name
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    assert transcript is not None
    cues = transcript.cues
    result = six(path)
    checked = 0
    for segment in result.segments:
        assert segment.review is not None
        for quote in _quotes(segment.review):
            assert quote.time is not None
            assert segment.start is not None and segment.end is not None
            assert segment.start <= quote.time.start <= quote.time.end <= segment.end
            # The quote's first words are said in the cue playing at its start time, and its
            # last words in the cue playing at its end time (or the one next to it).
            words = _words(quote.quote)
            at_start = _cue_at(cues, quote.time.start)
            at_end = _cue_at(cues, quote.time.end)
            assert at_start and at_end
            around_start = " ".join(" ".join(_words(c.text)) for c in at_start +
                                    [cues[cues.index(at_start[-1]) + 1]])
            around_end = " ".join(" ".join(_words(c.text)) for c in
                                  [cues[cues.index(at_end[0]) - 1]] + at_end)
            assert " ".join(words[:2]) in around_start, (quote.quote, quote.time)
            assert " ".join(words[-2:]) in around_end, (quote.quote, quote.time)
            checked += 1
    assert checked > 100


def test_quotes_without_times_stay_without() -> None:
    result = six(DATA / "six-questions.txt")
    review = result.segments[0].review
    assert review is not None
    assert all(q.time is None for q in _quotes(review))
    assert '"time"' not in review.model_dump_json()
    assert result.segments[0].start is None


def test_text_and_markdown_print_mm_ss_beside_quotes() -> None:
    text = render_interview(six(), "text")
    markdown = render_interview(six(), "markdown")
    first = six().segments[0]
    assert first.review is not None
    quote = next(q for r in first.review.rounds if r.kind == "closing" for t in r.turns
                 for q in t.evidence)
    assert quote.time is not None
    minutes, seconds = divmod(int(quote.time.start), 60)
    assert f"[{minutes:02d}:{seconds:02d}] “" in text
    assert f"[{minutes:02d}:{seconds:02d}] “" in markdown
    assert "QUESTION 1 · Handling Conflict [04:" in text


def test_review_of_a_timed_transcript_puts_times_on_quotes() -> None:
    review = roundtable.review(VTT.read_text())
    quotes = _quotes(review)
    assert quotes and all(q.time is not None for q in quotes)
    assert all(4 * 60 < q.time.start < 13 * 60 for q in quotes if q.time)


# --- the recording -----------------------------------------------------------------------------


def test_html_embeds_the_recording_and_links_every_quote_to_its_moment() -> None:
    result = six(VTT, RECORDING)
    html = render_interview(result, "html")
    assert '<video controls preload="metadata" src="https://media.example.com/loop/' \
           'interview.mp4?sig=abc">' in html
    assert "Watch the full interview" in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = unescape(csp[1])
    assert policy.endswith("media-src https://media.example.com")
    assert "default-src 'none'" in policy
    links = re.findall(r'href="https://media\.example\.com/loop/interview\.mp4\?sig=abc#t=(\d+)"',
                       html)
    quotes = sum(len(t.evidence) for s in result.segments if s.review
                 for r in s.review.rounds for t in r.turns)
    assert len(links) >= quotes
    # Nothing else is loaded: no scripts, no other origins.
    assert "<script" not in html
    assert set(re.findall(r'(?:src|href)="(https?://[^/"]+)', html)) == {
        "https://media.example.com"}


@pytest.mark.parametrize(("url", "tag"), [
    ("https://cdn.example.org/a/interview.mp3", "<audio controls"),
    ("https://zoom.example.com/rec/share/abc123", None),
])
def test_audio_and_plain_links(url: str, tag: str | None) -> None:
    html = render_interview(six(DATA / "six-questions.srt", url), "html")
    if tag:
        assert tag in html
    else:
        assert "<video" not in html and "<audio" not in html
        assert f'href="{url}"' in html


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd",
                                 "https://x.example.com/a\"onload=\"x", "ftp://x.example.com/a",
                                 "//x.example.com/a.mp4"])
def test_only_http_recordings(url: str) -> None:
    with pytest.raises(InputError, match="not a web address"):
        roundtable.interview(VTT.read_text(), recording=url)


# --- bad input ---------------------------------------------------------------------------------


def test_too_short_segment_is_listed_with_a_flag() -> None:
    result = roundtable.interview((DATA / "dev" / "two-line.txt").read_text())
    assert [s.review is None for s in result.segments] == [False, True]
    assert [f.kind for f in result.segments[1].flags] == ["too_short"]
    assert "1 more question too short to review" in result.debrief.summary
    assert result.debrief.strongest == result.debrief.weakest == 1
    assert "too short" in render_interview(result, "text").lower()


def test_a_competency_inferred_with_low_confidence_is_flagged_with_the_runner_up() -> None:
    """"Walk me through a hard week at your last job" names no subject: the debrief says
    which competency fits almost as well and the CLI's output how to choose."""
    result = roundtable.interview((DATA / "dev" / "vague-question.txt").read_text())
    clear, vague = result.segments
    assert clear.competency.confident and not clear.flags
    assert not vague.competency.confident
    [flag] = vague.flags
    assert flag.kind == "competency_uncertain"
    assert f"'{vague.competency.name}' was inferred for question 2" in flag.detail
    assert "fits almost as well" in flag.detail
    assert "Pass --competencies" in render_interview(result, "text")
    chosen = roundtable.interview((DATA / "dev" / "vague-question.txt").read_text(),
                                  competencies=["conflict", "adaptability"])
    assert all(s.competency.confident and not s.flags for s in chosen.segments)


@pytest.mark.parametrize(("text", "says"), [
    ("Interviewer: Tell me about a time you failed.\nCandidate:\nInterviewer: Anything?\n",
     "no candidate turns"),
    ("Interviewer: How was your weekend?\nCandidate: Great, we went hiking in the hills and "
     "it was lovely.\nInterviewer: Why do you want this job?\nCandidate: I love the product "
     "and the team.\n", "no behavioral question"),
    ("I led the migration and it went well, we moved the date by two weeks.",
     "not a transcript"),
])
def test_no_candidate_or_no_question_is_a_clear_error(text: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        roundtable.interview(text)


def test_competencies_given_in_order() -> None:
    text = (DATA / "dev" / "zoom.vtt").read_text()
    result = roundtable.interview(text, competencies=["bias-for-action",
                                                      "hire-and-develop-the-best"])
    assert [(s.competency.id, s.competency.inferred) for s in result.segments] == [
        ("bias-for-action", False), ("hire-and-develop-the-best", False)]
    same = roundtable.interview(text, competencies=["conflict", "conflict"])
    assert [c.segments for c in same.debrief.competencies] == [[1, 2]]
    assert "question" in same.headline and same.headline.count("Handling Conflict") == 0
    with pytest.raises(InputError, match="gives 1 competencies but the transcript has 2"):
        roundtable.interview(text, competencies=["conflict"])


# --- the CLI -------------------------------------------------------------------------------------


def test_cli_interview_json_and_exit_codes(tmp_path: Path) -> None:
    done = _run("interview", str(DATA / "six-questions.srt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [s["competency"]["id"] for s in data["segments"]] == SIX_COMPETENCIES
    broken = tmp_path / "broken.vtt"
    broken.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nAnn: Hi.\n")
    done = _run("interview", str(broken))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "roundtable: error: line 3: broken WebVTT timestamp '00:00:01.000 --> 00:00:0x.000'; "
        "expected a cue timing like 00:01:02.500 --> 00:01:05.000")
    done = _run("interview", str(DATA / "six-questions.vtt"), "--recording", "javascript:x")
    assert done.returncode == 2 and "not a web address" in done.stderr
    out = tmp_path / "debrief.html"
    done = _run("interview", str(DATA / "six-questions.otter.txt"), "-o", str(out),
                "--recording", RECORDING)
    assert done.returncode == 0, done.stderr
    assert "<video" in out.read_text()
    done = _run("interview", str(DATA / "six-questions.json"), "--format", "scorecard")
    assert done.returncode == 0 and "## Overall recommendation" in done.stdout


def test_cli_interview_bad_output_fails_before_the_review(tmp_path: Path) -> None:
    """A run on a model costs minutes and money: a place the debrief cannot be written is
    refused before any question is reviewed."""
    source = str(DATA / "dev" / "zoom.vtt")
    (tmp_path / "folder").mkdir()
    for target, says in [(tmp_path / "nowhere" / "d.html", "there is no folder"),
                         (tmp_path / "folder", "it is a directory")]:
        # An unreachable model would take the engine's whole retry budget to fail; it is never
        # called, so the error is about the output alone.
        done = _run("interview", source, "-o", str(target), "--engine", "llm", "--model",
                    "openai-compatible:m@http://127.0.0.1:9/v1")
        assert done.returncode == 2
        assert done.stderr.startswith(f"roundtable: error: cannot write {target}: {says}")
        assert "Traceback" not in done.stderr


def test_cli_interview_keeps_a_transcript_from_stdin_when_the_run_fails(
        tmp_path: Path) -> None:
    text = (DATA / "dev" / "zoom.vtt").read_text()
    done = subprocess.run(
        [str(ROUNDTABLE), "interview", "-", "--engine", "llm", "--model",
         "openai-compatible:m@http://127.0.0.1:9/v1"], input=text, capture_output=True,
        text=True, timeout=120, check=False, env={**os.environ, "ROUNDTABLE_HOME": str(tmp_path)})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    kept = re.search(r"your transcript was kept in (\S+)\)", done.stderr)
    assert kept and Path(kept[1]).read_text() == text
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_whole_speech_to_text_export_is_not_refused_as_too_long(tmp_path: Path) -> None:
    """Whisper-style JSON: tokens and word times beside every segment's words make a
    45-minute interview about 1.5 MB, far over the limit for one answer."""
    rows = json.loads((DATA / "six-questions.json").read_text())["segments"]
    whisper = {"language": "en", "segments": [
        {"id": n, "seek": int(r["start"] * 100), "start": r["start"], "end": r["end"],
         "text": " " + r["text"], "speaker": r["speaker"], "tokens": list(range(40)),
         "temperature": 0.0, "avg_logprob": -0.2, "compression_ratio": 1.6,
         "no_speech_prob": 0.01, "words": [{"word": " " + w, "start": r["start"],
                                            "end": r["end"], "probability": 0.9}
                                           for w in r["text"].split()]}
        for n, r in enumerate(rows)]}
    path = tmp_path / "whisper.json"
    path.write_text(json.dumps(whisper, indent=2))
    assert path.stat().st_size > 1_000_000
    done = _run("interview", str(path), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [s["competency"]["id"] for s in json.loads(done.stdout)["segments"]] == \
        SIX_COMPETENCIES


def test_one_sided_transcript_says_there_are_no_candidate_turns() -> None:
    with pytest.raises(InputError, match="no candidate turns: every line is spoken by "
                                         "'Interviewer'"):
        roundtable.interview("Interviewer: Tell me about a time you failed.\n"
                             "Interviewer: Anything else?\n")


def test_cli_review_takes_one_segment_and_flags_the_others() -> None:
    done = _run("review", str(VTT), "--format", "json")
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)
    assert first["competency"]["id"] == "conflict"
    flag = next(f for f in first["flags"] if f["kind"] == "multiple_questions")
    assert "6 behavioral questions" in flag["detail"]
    assert "--segment N" in flag["detail"] and "roundtable interview" in flag["detail"]
    done = _run("review", str(VTT), "--segment", "3", "--format", "json")
    third = json.loads(done.stdout)
    assert third["competency"]["id"] == "failure"
    assert third["question"] == "Tell me about a time you failed."
    done = _run("review", str(VTT), "--segment", "3", "--question", "Describe a mistake.",
                "--format", "json")
    assert json.loads(done.stdout)["question"] == "Describe a mistake."
    done = _run("review", str(VTT), "--segment", "9")
    assert done.returncode == 2
    assert "has 6 behavioral questions; choose 1 to 6" in done.stderr


def test_a_utf16_caption_file_reads_like_its_utf8_original(tmp_path: Path) -> None:
    """Windows tools save captions as UTF-16 with a byte-order mark; its NUL bytes are not a
    sign of a binary file."""
    original = DATA / "dev" / "zoom.vtt"
    wide = tmp_path / "zoom-utf16.vtt"
    wide.write_bytes(original.read_text(encoding="utf-8").encode("utf-16"))
    done = _run("interview", str(wide), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stdout == _run("interview", str(original), "--format", "json").stdout


def test_naming_the_interviewer_as_the_candidate_says_so() -> None:
    with pytest.raises(InputError, match="no behavioral question was asked of 'lena park'; "
                                         "check --candidate .*lena park, tomás ruiz"):
        roundtable.interview((DATA / "dev" / "zoom.vtt").read_text(), candidate="Lena")
