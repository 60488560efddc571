"""Every transcript format, read from its content, split into the same behavioral questions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from accuracy import evaluate, summary
from competency_accuracy import measure
from interview_data import DATA, SIX_COMPETENCIES, SIX_FORMATS, SIX_QUESTIONS

from roundtable.errors import InputError
from roundtable.inference import infer_competency
from roundtable.ingest import parse_input
from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import Segment, converse, split


def _segments(path: Path, candidate: str | None = None) -> list[Segment]:
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    assert transcript is not None
    return split(converse(transcript, candidate))


def _segments_of_text(text: str) -> list[Segment]:
    transcript = read_transcript(text)
    assert transcript is not None
    return split(converse(transcript))


FORMAT_OF = {"six-questions.txt": "labelled", "six-questions.vtt": "webvtt",
             "six-questions.zoom.vtt": "webvtt", "six-questions.srt": "srt",
             "six-questions.otter.txt": "timestamped", "six-questions.json": "json"}


@pytest.mark.parametrize("path", SIX_FORMATS, ids=lambda p: p.name)
def test_six_question_interview_in_every_format(path: Path) -> None:
    transcript = read_transcript(path.read_text(encoding="utf-8"))
    assert transcript is not None and transcript.format == FORMAT_OF[path.name]
    conversation = converse(transcript)
    assert conversation.candidate == "marco rossi"
    segments = split(conversation)
    # Each question found, nothing merged, no small talk, intro or candidate's question.
    assert len(segments) == 6
    for segment, expected in zip(segments, SIX_QUESTIONS, strict=True):
        assert segment.question.startswith(expected)
    answers = " ".join(s.answer for s in segments)
    for outside in ("loud and clear", "I'm a senior software engineer at a payments company",
                    "closer to the customer", "Two things, I think", "on-call rotation look",
                    "I cook a lot", "You too, bye", "Dana"):
        assert outside not in answers
    # Follow-up replies are folded into the question they follow up.
    assert "not defending myself at the start" in segments[0].answer
    assert "We measured it two ways." in segments[1].answer
    assert "what is different about the days I didn't test" in segments[2].answer
    assert "Mostly by reading the explain output carefully." in segments[3].answer
    assert "She was frustrated at first" in segments[4].answer
    assert "I'd have followed the policy" in segments[5].answer
    assert not any(s.too_short for s in segments)


@pytest.mark.parametrize("path", SIX_FORMATS, ids=lambda p: p.name)
def test_six_question_competencies_are_inferred_right(path: Path) -> None:
    found = [infer_competency(s.question, s.answer).competency.id for s in _segments(path)]
    assert found == SIX_COMPETENCIES


def test_timed_formats_carry_time_and_questions_follow_each_other() -> None:
    for path in SIX_FORMATS:
        segments = _segments(path)
        if path.name == "six-questions.txt":
            assert all(s.start is None and not s.spans for s in segments)
            continue
        starts = [s.start for s in segments]
        assert all(s is not None for s in starts)
        assert starts == sorted(starts)  # type: ignore[type-var]
        for segment in segments:
            assert segment.start is not None and segment.end is not None
            assert segment.start < segment.end
            for span in segment.spans:
                assert segment.answer[span.first:span.last].strip()
                assert segment.start <= span.start <= span.end <= segment.end


def test_interview_lasts_45_minutes_and_about_8000_words() -> None:
    text = (DATA / "six-questions.vtt").read_text()
    transcript = read_transcript(text)
    assert transcript is not None
    assert 40 * 60 <= transcript.cues[-1].end <= 50 * 60  # type: ignore[operator]
    assert sum(len(c.text.split()) for c in transcript.cues) >= 7000


def test_the_format_comes_from_the_content_not_the_extension(tmp_path: Path) -> None:
    for path in SIX_FORMATS:
        disguised = tmp_path / f"{path.name.replace('.', '-')}.txt"
        shutil.copy(path, disguised)
        assert [s.question for s in _segments(disguised)] == \
            [s.question for s in _segments(path)]


@pytest.mark.parametrize("folder", ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7",
                                    "dev8", "dev9", "dev10"])
def test_dev_set_segmentation_is_exact(folder: str) -> None:
    results = evaluate(DATA / folder)
    assert [r.name for r in results if not r.exact] == []
    assert summary(results)["recall"] == 1.0


def test_held_out_segmentation_does_not_regress() -> None:
    """The numbers in the closing report, kept from falling. `heldout` was measured once
    before the segmenter's last dev-set changes (3/5 files exact then); `heldout2` was written
    after them and never run before this measure."""
    numbers = summary(evaluate(DATA / "heldout"))
    assert numbers["precision"] == 1.0
    assert numbers["recall"] >= 0.92
    assert numbers["exact_files"] >= 4
    fresh = summary(evaluate(DATA / "heldout2"))
    assert fresh["precision"] == 1.0
    assert fresh["recall"] >= 0.75
    assert fresh["exact_files"] >= 3


def test_third_held_out_set_is_measured_not_tuned_on() -> None:
    """`heldout3` was committed before the question reader (`ingest/asks.py`) was written
    against the dev sets and is never tuned on: 2/11 files exact, recall 0.645 before; 10/11,
    recall 0.968 then; 11/11 since the speaker guess reads whole utterances.
    `dev3`, `dev4` and `dev5` were held-out sets measured once before they were tuned on
    (0/5, 3/6 and 0/4 files exact)."""
    results = evaluate(DATA / "heldout3")
    numbers = summary(results)
    assert numbers["precision"] == 1.0
    assert numbers["recall"] == 1.0
    assert numbers["exact_files"] == 11


def test_fourth_held_out_set_is_measured_not_tuned_on() -> None:
    """`heldout4` (nine interviews, nineteen files in every format) was committed before the
    question reader was generalised on the probe set `dev6`, and run once at the end: 8/19
    files exact, recall 0.711 before; 14/19, recall 0.868 after, precision 1.0 both. The two
    interviews then missed ("How was it for you when you had to...?", "I'm thinking of a day
    when... What happened that day?") were not tuned on: the family they belong to (asks about
    a lived moment, and moments set up before they are asked about) was written as the probe
    set `dev7`, and heldout4 re-measured after: 19/19, recall 1.0, precision 1.0."""
    numbers = summary(evaluate(DATA / "heldout4"))
    assert numbers["precision"] == 1.0
    assert numbers["recall"] == 1.0
    assert numbers["exact_files"] == 19


def test_fifth_held_out_set_after_its_measure() -> None:
    """`heldout5` (ten interviews written blind) was measured once: 8/10 files exact, recall
    0.939, precision 0.969. Its two misses were fixed in general form ("What's a near miss you
    were involved in...?" names a lived thing the event list did not know; "Let's begin with
    the project you're proudest of... Tell me about it." asks about what the signposted
    sentence named), so it is a dev set from then on."""
    numbers = summary(evaluate(DATA / "heldout5"))
    assert numbers["precision"] == 1.0
    assert numbers["recall"] == 1.0
    assert numbers["exact_files"] == 10


def test_fifth_held_out_set_competencies() -> None:
    """The competency meant for each of heldout5's 33 questions (`competencies.json`), asked
    in the interviewers' own words ("a time your numbers didn't reconcile"): 11/33 from the
    question alone and 12/33 with the answer when measured; 26/33 and 27/33 since the catalog
    has vocabularies (written after reading it, so a floor, not a held-out measure); 27/33 and
    29/33 since situations named in the question count as phrases."""
    counts = measure(DATA / "heldout5")
    assert counts["questions"] == 33
    assert counts["question_only"] >= 27
    assert counts["with_answer"] >= 29


def test_unusual_shapes_find_their_competencies() -> None:
    """`dev8`: two questions chained in one turn, a candidate who answers with a question,
    unpunctuated auto-captions with times and no speakers: 6/8 when written, 8/8 since."""
    counts = measure(DATA / "dev8")
    assert counts == {"questions": 8, "question_only": 8, "with_answer": 8}


def test_questions_chained_in_one_turn_split_only_when_the_answers_can_be_told_apart() -> None:
    """Two questions in one turn answered in two turns are two segments, each with its own
    reply; answered in one breath, the replies cannot be told apart and stay one segment."""
    two = (DATA / "dev8" / "two-in-one-turn.txt").read_text(encoding="utf-8")
    first, second = _segments_of_text(two)
    assert first.answer.startswith("Sure. On the feedback") and "budget" not in first.answer
    assert second.answer.startswith("On the budget") and "feedback" not in second.answer
    joined = two.replace("hour.\nCandidate: On the budget", "hour. On the budget")
    [one] = _segments_of_text(joined)
    assert "feedback" in one.question and "budget" in one.question


@pytest.mark.parametrize("asked", [
    "Tell me about a time you missed a deadline. Walk me through how it ended.",
    "Tell me about a time you failed, and describe what you did about it.",
    "Tell me about a project you led. Then tell me about one that failed.",
])
def test_one_question_with_instructions_stays_one_segment(asked: str) -> None:
    text = (f"Interviewer: {asked}\n"
            "Candidate: Last spring I missed the date for our billing export by a week because "
            "I had not checked the vendor's limits early enough.\n"
            "Candidate: I told my manager the same day, cut the export to the two reports "
            "finance needed, and we shipped those three days later.\n")
    [segment] = _segments_of_text(text)
    assert segment.question == asked and "three days later" in segment.answer


def test_unpunctuated_auto_captions_with_times_and_no_speakers() -> None:
    text = (DATA / "dev8" / "auto-captions.txt").read_text(encoding="utf-8")
    transcript = read_transcript(text)
    assert transcript is not None and transcript.format == "timestamped"
    assert all(c.speaker is None for c in transcript.cues)
    learn, patient = _segments_of_text(text)
    assert (learn.start, patient.start) == (9.0, 79.0)
    assert "do you have any" not in patient.answer and "train as assistants" not in patient.answer


# --- speakers --------------------------------------------------------------------------------


def test_voice_tags_with_classes_and_multi_line_cues() -> None:
    segments = _segments(DATA / "dev" / "teams.vtt")
    assert [s.question[:30] for s in segments] == ["Describe a situation where a c",
                                                   "Have you ever disagreed with a"]
    # The motivation question between them is not a behavioral question and is not reviewed.
    assert all("maintenance work" not in s.answer for s in segments)
    assert "search conversion went up nine percent" in segments[0].answer


def test_candidate_by_name(tmp_path: Path) -> None:
    path = DATA / "dev" / "zoom.vtt"
    assert converse(read_transcript(path.read_text()), "tomás").candidate == "tomás ruiz"  # type: ignore[arg-type]
    with pytest.raises(InputError, match="'Nobody' is not a speaker.*lena park, tomás ruiz"):
        converse(read_transcript(path.read_text()), "Nobody")  # type: ignore[arg-type]


def test_choosing_the_interviewer_as_candidate_changes_who_answers() -> None:
    path = DATA / "dev" / "named.srt"
    assert converse(read_transcript(path.read_text())).candidate == "julia"  # type: ignore[arg-type]
    assert converse(read_transcript(path.read_text()), "Omar").candidate == "omar"  # type: ignore[arg-type]


def test_transcript_without_speakers_is_flagged() -> None:
    text = (DATA / "dev" / "six-questions-no-speakers.json").read_text()
    submission = parse_input(text, segment=2)
    assert submission.question is not None
    assert submission.question.startswith(SIX_QUESTIONS[1])
    assert [n.kind for n in submission.notes] == ["speakers_guessed", "multiple_questions"]


# --- bad input -------------------------------------------------------------------------------

BROKEN_VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Tell me about a time you "
              "failed.</v>\n\n00:00:04.500 --> 00:0x:09.000\n<v Bo>I shipped a bug.</v>\n")


@pytest.mark.parametrize(("text", "says"), [
    (BROKEN_VTT, "line 6: broken WebVTT timestamp '00:00:04.500 --> 00:0x:09.000'"),
    ("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nAnn: Hi there.\n",
     "line 3: WebVTT cue ends before it starts"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnn: Hi.\n\nBo: no timing here\n",
     "line 6: WebVTT cue without a timing line"),
    ("1\n00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n\n2\n00:00:03,000 -> 00:00:04,000\nBo: Hey.\n",
     "line 6: broken SRT timestamp '00:00:03,000 -> 00:00:04,000'"),
    ('[{"start": 0, "end": 2, "text": "Hi"}, {"start": 3, "text": "Hey"}]',
     "JSON segment 2: end: Field required"),
    ('{"segments": [{"start": 0, "end": 2, "text": "Hi"},\n {"start": 3, "end": }]}',
     "line 2: not valid JSON"),
], ids=["vtt-timestamp", "vtt-backwards", "vtt-no-timing", "srt-arrow", "json-field",
        "json-syntax"])
def test_broken_files_are_one_line_errors_naming_the_line(text: str, says: str) -> None:
    with pytest.raises(InputError) as info:
        read_transcript(text)
    assert says in str(info.value)
    assert "\n" not in str(info.value)


def test_srt_cue_numbers_and_commas() -> None:
    transcript = read_transcript((DATA / "dev" / "named.srt").read_text())
    assert transcript is not None and transcript.format == "srt"
    assert transcript.cues[2].start == 6.5 and transcript.cues[2].speaker == "Omar"


def test_two_line_headers_and_a_too_short_answer() -> None:
    segments = _segments(DATA / "dev" / "two-line.txt")
    assert [s.too_short for s in segments] == [False, True]
    assert segments[1].answer == "Okay."


def test_a_one_off_colon_is_not_a_speaker() -> None:
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nAnn: Tell me about a time you failed.\n\n"
            "00:00:03.500 --> 00:00:09.000\nBo: Short version: I shipped a bug to production "
            "and rolled it back within the hour.\n\n00:00:09.500 --> 00:00:12.000\nAnn: What "
            "happened next?\n\n00:00:12.500 --> 00:00:20.000\nBo: Long story: we wrote a "
            "postmortem and added a canary stage.\n")
    transcript = read_transcript(text)
    assert transcript is not None
    assert {c.speaker for c in transcript.cues} == {"Ann", "Bo"}
    assert split(converse(transcript))[0].answer.startswith("Short version: I shipped")


@pytest.mark.parametrize("path", [*SIX_FORMATS, DATA / "dev" / "zoom.vtt",
                                  DATA / "dev" / "two-line.txt"], ids=lambda p: p.name)
def test_a_segments_excerpt_reads_back_as_exactly_that_segment(path: Path) -> None:
    """The web app stores each question's excerpt as its review's text."""
    for segment in _segments(path):
        submission = parse_input(segment.excerpt)
        assert submission.question == segment.question
        assert submission.answer == segment.answer
        assert [(t.first, t.last, t.start, t.end) for t in submission.timeline] == \
            [(s.first, s.last, s.start, s.end) for s in segment.spans]
        assert not submission.notes


def test_without_speakers_a_sentence_cut_across_captions_has_one_speaker() -> None:
    """The interviewer's preamble and the ask it leads into share captions cut mid-sentence;
    the whole utterance is the interviewer's, so the story after it is the answer."""
    story = ("We had a memory leak in our indexing service that only showed up after three "
             "days. I added heap dumps on a schedule, compared them and found an unbounded "
             "cache. I replaced it with a bounded one and wrote a soak test, and the restarts "
             "stopped for good.")
    texts = ["That's totally normal. So I want to start", "with debugging. I'd like to hear "
             "how you tracked down a bug that took you", "a long time to find.", story]
    rows = [{"start": 2.0 * n, "end": 2.0 * n + 2, "text": t} for n, t in enumerate(texts)]
    transcript = read_transcript(json.dumps({"segments": rows}))
    assert transcript is not None
    segments = split(converse(transcript))
    assert [s.question for s in segments] == [
        "I'd like to hear how you tracked down a bug that took you a long time to find."]
    assert segments[0].answer == story
