"""Ingest: plain answers, labelled transcripts, and every way reading the input can go wrong."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path

import pytest

from roundtable.errors import InputError, RoundtableError
from roundtable.ingest import MAX_BYTES, parse_input, read_source

PLAIN = (
    "In my last role I led the billing migration at a mid-sized retailer. My manager wanted "
    "to cut over before Black Friday; I disagreed because our load tests topped out at 1,800 "
    "writes a second. I asked for a 1:1, brought the graphs, and we moved the date by two weeks."
)


# --- plain answers -----------------------------------------------------------------------------


def test_plain_answer_is_kept_whole() -> None:
    submission = parse_input(f"\n  {PLAIN}\n\n", question="Tell me about a disagreement.",
                             role="Backend Engineer", level="Senior")
    assert submission.answer == PLAIN
    assert submission.question == "Tell me about a disagreement."
    assert submission.role == "Backend Engineer"
    assert submission.level == "Senior"
    assert not submission.from_transcript


def test_star_labelled_answer_is_not_a_transcript() -> None:
    text = ("Situation: Our checkout conversion had dropped 4% after a redesign.\n"
            "Task: I was asked to find out why within two weeks.\n"
            "Action: I pulled the funnel data and ran five usability sessions.\n"
            "Result: We reverted one step and conversion recovered within a month.\n"
            "Learning: I now test every flow change with five users first.")
    submission = parse_input(text)
    assert not submission.from_transcript
    assert submission.answer == text
    assert submission.question is None


def test_an_answer_that_quotes_people_is_not_a_transcript() -> None:
    text = ("Two weeks before launch my manager and I disagreed about the load tests.\n"
            "My manager said: we ship Friday no matter what.\n"
            "I said: the graphs show we fall over at 1,900 writes a second.\n"
            "We agreed on one more test over the weekend.")
    submission = parse_input(text)
    assert not submission.from_transcript
    assert submission.answer == text


def test_one_labelled_line_is_not_a_transcript() -> None:
    text = "Short version: I pushed back, brought data, and we moved the date by two weeks."
    assert not parse_input(text).from_transcript


def test_windows_line_endings_are_normalised() -> None:
    text = "First line of my answer.\r\nSecond line of it.\rThird."
    assert parse_input(text).answer == "First line of my answer.\nSecond line of it.\nThird."


# --- transcripts -------------------------------------------------------------------------------


def test_interviewer_candidate_transcript() -> None:
    text = ("Interviewer: Tell me about a time you disagreed with your manager.\n"
            "Candidate: In my last role I pushed back on a launch date.\n"
            "I brought load-test data to a 1:1.\n"
            "Interviewer: What happened next?\n"
            "Candidate: We moved the date by two weeks and the launch went smoothly.\n")
    submission = parse_input(text)
    assert submission.from_transcript
    assert submission.question == "Tell me about a time you disagreed with your manager."
    assert submission.answer == (
        "In my last role I pushed back on a launch date.\nI brought load-test data to a 1:1."
        "\n\nWe moved the date by two weeks and the launch went smoothly."
    )
    assert "What happened next" not in submission.answer


def test_q_and_a_transcript() -> None:
    text = ("Q: Tell me about a time you failed.\n"
            "A: I shipped a migration without a dry run and it broke billing for an hour.")
    submission = parse_input(text)
    assert submission.from_transcript
    assert submission.question == "Tell me about a time you failed."
    assert submission.answer == (
        "I shipped a migration without a dry run and it broke billing for an hour."
    )


def test_named_speakers_the_one_asking_questions_is_the_interviewer() -> None:
    text = (
        "Dana: Thanks for coming in. Can you tell me about a time you influenced a team you "
        "had no authority over?\n"
        "Marco: Sure. At my last company I needed the data team to change their schema. I "
        "wrote a short proposal with the query costs and walked their lead through it.\n"
        "Dana: Interesting. How did it go?\n"
        "Marco: They piloted it for a sprint; the nightly job went from four hours to forty "
        "minutes and they adopted it for every pipeline. Does that answer your question?"
    )
    submission = parse_input(text)
    assert submission.from_transcript
    assert submission.question is not None
    assert submission.question.endswith("had no authority over?")
    assert submission.answer.startswith("Sure. At my last company")
    assert submission.answer.endswith("Does that answer your question?")
    assert "Dana" not in submission.answer
    assert "How did it go" not in submission.answer


SPEAKS_FIRST = {
    "labels": (
        "Candidate: Hi, thanks for having me.\n"
        "Interviewer: Great. Tell me about a time you failed.\n"
        "Candidate: I shipped a migration without a dry run and broke billing for an hour. "
        "I rolled it back, wrote the postmortem and now every migration gets a dry run."
    ),
    "names": (
        "Priya Shah: Hi, good to meet you.\n"
        "Tom: Likewise. So, tell me about a time you failed?\n"
        "Priya Shah: I shipped a migration without a dry run and broke billing for an hour. "
        "I rolled it back, wrote the postmortem and now every migration gets a dry run."
    ),
}


@pytest.mark.parametrize("kind", sorted(SPEAKS_FIRST))
def test_the_candidate_greets_first(kind: str) -> None:
    submission = parse_input(SPEAKS_FIRST[kind])
    assert submission.from_transcript
    assert submission.question is not None
    assert "tell me about a time you failed" in submission.question.lower()
    assert submission.answer.startswith("I shipped a migration")


def test_both_greet_then_the_question() -> None:
    text = ("Interviewer: Hi, welcome!\n"
            "Candidate: Hi, thanks for having me.\n"
            "Interviewer: Tell me about a time you failed.\n"
            "Candidate: I shipped a migration without a dry run and broke billing for an hour.")
    submission = parse_input(text)
    assert submission.question == "Tell me about a time you failed."
    assert submission.answer == (
        "I shipped a migration without a dry run and broke billing for an hour."
    )


def test_the_candidates_questions_at_the_end_are_not_the_answer() -> None:
    text = ("Interviewer: Tell me about a time you failed.\n"
            "Candidate: I shipped a migration without a dry run and broke billing for an hour.\n"
            "Interviewer: What did you learn?\n"
            "Candidate: Every migration now gets a dry run on production-sized data.\n"
            "Interviewer: Thanks, that's all from me. Do you have any questions for us?\n"
            "Candidate: Yes, what does on-call look like for this team?")
    submission = parse_input(text)
    assert "on-call look like" not in submission.answer
    assert submission.answer.endswith("production-sized data.")


@pytest.mark.parametrize(
    "stamp", ["[00:01:12] ", "00:01:12 ", "(01:12) ", "[1:12] "],
)
def test_timestamped_lines(stamp: str) -> None:
    text = (f"{stamp}Interviewer: Tell me about a time you took ownership of a problem.\n"
            f"{stamp}Candidate: Our on-call pages had doubled in a quarter.\n"
            f"{stamp}Candidate: I volunteered to lead a fix-it week and we cut pages by half.")
    submission = parse_input(text)
    assert submission.from_transcript
    assert submission.question == "Tell me about a time you took ownership of a problem."
    assert submission.answer == ("Our on-call pages had doubled in a quarter.\n\n"
                                 "I volunteered to lead a fix-it week and we cut pages by half.")
    assert "00:" not in submission.answer and "1:12" not in submission.answer


def test_timestamp_after_the_label() -> None:
    text = ("Interviewer (00:12): Why did you push back?\n"
            "Candidate (00:20): Because the load tests failed at 1,900 writes a second.")
    submission = parse_input(text)
    assert submission.question == "Why did you push back?"
    assert submission.answer == "Because the load tests failed at 1,900 writes a second."


def test_small_talk_then_the_question() -> None:
    text = ("Interviewer: Hi, thanks for joining today.\n"
            "Interviewer: Tell me about a time you had to prioritise ruthlessly.\n"
            "Candidate: Last spring we had three launches and one team; I ranked them by "
            "revenue at risk and cut the third.")
    submission = parse_input(text)
    assert submission.question == "Tell me about a time you had to prioritise ruthlessly."
    assert "thanks for joining" not in submission.answer


def test_multi_line_turns_and_blank_lines_are_joined() -> None:
    text = ("Interviewer: Tell me about a hard conversation with a client.\n\n"
            "Candidate: Our biggest client's renewal was at risk.\n"
            "   I flew out to see them the next week.\n\n"
            "We agreed on a recovery plan with weekly check-ins.\n"
            "Interviewer: And then?\n"
            "Candidate: They renewed for two years.")
    submission = parse_input(text)
    assert submission.answer == (
        "Our biggest client's renewal was at risk.\nI flew out to see them the next week.\n"
        "We agreed on a recovery plan with weekly check-ins.\n\nThey renewed for two years."
    )


@pytest.mark.parametrize(
    ("asker", "answerer"),
    [("Hiring Manager", "Me"), ("Recruiter", "Applicant"), ("Bar Raiser", "Interviewee")],
)
def test_other_role_labels(asker: str, answerer: str) -> None:
    text = (f"{asker}: Tell me about a time you simplified a process.\n"
            f"{answerer}: I replaced a five-step approval chain with a self-serve form.")
    submission = parse_input(text)
    assert submission.question == "Tell me about a time you simplified a process."
    assert submission.answer == "I replaced a five-step approval chain with a self-serve form."


def test_explicit_question_wins_over_the_transcript() -> None:
    text = ("Interviewer: Tell me about a time you failed.\n"
            "Candidate: I shipped a migration without a dry run and it broke billing.")
    submission = parse_input(text, question="Describe a mistake you made.")
    assert submission.question == "Describe a mistake you made."
    assert submission.answer == "I shipped a migration without a dry run and it broke billing."
    assert submission.from_transcript


def test_transcript_where_the_candidate_says_nothing_keeps_the_text() -> None:
    text = "Interviewer: Tell me about a time you failed.\nCandidate:\nInterviewer: Anything?"
    submission = parse_input(text)
    assert submission.answer == text


# --- reading input -----------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes, name: str = "answer.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_reads_utf8_file_and_strips_a_bom(tmp_path: Path) -> None:
    text = "Naïve café résumé — I led the “Zürich” launch. 日本語も。"
    assert read_source(_write(tmp_path, text.encode("utf-8"))) == text
    assert read_source(_write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))) == text


def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path) -> None:
    """As Windows tools save it; its NUL bytes are not a sign of a binary file."""
    text = "I led the launch in Köln."
    assert read_source(_write(tmp_path, text.encode("utf-16"))) == text
    assert read_source(_write(tmp_path, codecs.BOM_UTF16_BE + text.encode("utf-16-be"))) == text


def test_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    data = (b"I led the launch. " * MAX_BYTES)[:MAX_BYTES]
    assert len(read_source(_write(tmp_path, data))) == MAX_BYTES


def _one_line_error(source: str) -> str:
    with pytest.raises(RoundtableError) as info:
        read_source(source)
    assert isinstance(info.value, InputError)
    message = str(info.value)
    assert message and "\n" not in message
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"   \n\t \r\n  ", "empty"),
        (b"\xef\xbb\xbf\n\n", "empty"),
        (b"%PDF-1.7\n\x00\x01\x02binary\x00stream", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Café résumé: I led the launch.".encode("latin-1"), "UTF-8"),
        (b"\xff\xfeI\x00 \x00\x00\xd8", "UTF-16"),
        (b"\xff\xfeI\x00\x00\x00", "binary"),
    ],
    ids=["empty", "whitespace", "bom-only", "pdf", "png", "latin-1", "broken-utf-16",
         "nul-in-utf-16"],
)
def test_bad_files_are_one_line_errors(tmp_path: Path, data: bytes, says: str) -> None:
    path = _write(tmp_path, data)
    message = _one_line_error(path)
    assert says in message
    assert path in message


def test_latin1_error_points_at_the_bad_byte(tmp_path: Path) -> None:
    data = "I led the launch in Köln.".encode("latin-1")
    message = _one_line_error(_write(tmp_path, data))
    bad = data.index("ö".encode("latin-1"))
    assert f"position {bad}" in message


def test_over_the_limit_says_the_limit(tmp_path: Path) -> None:
    data = b"I led the launch. " * (MAX_BYTES // 18 + 10)
    message = _one_line_error(_write(tmp_path, data))
    assert f"{MAX_BYTES:,}" in message


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    assert _one_line_error(path) == f"no such file: {path}"


def test_directory(tmp_path: Path) -> None:
    message = _one_line_error(str(tmp_path))
    assert "directory" in message


@pytest.mark.parametrize(
    ("data", "result"),
    [(PLAIN.encode(), PLAIN), (b"", None), (b"\x00\x01", None), (b"\xff\xfe\xfa", None)],
    ids=["text", "empty", "binary", "not-utf8"],
)
def test_standard_input(monkeypatch: pytest.MonkeyPatch, data: bytes, result: str | None) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    if result is not None:
        assert read_source("-") == result
        return
    message = _one_line_error("-")
    assert "standard input" in message


def test_standard_input_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"x" * (MAX_BYTES * 3)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    message = _one_line_error("-")
    assert "standard input" in message and f"{MAX_BYTES:,}" in message
