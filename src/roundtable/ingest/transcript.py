"""Turn raw input into the Submission to review: a plain answer, or one question of a transcript.

A transcript in any format `formats` reads is split into its behavioral questions; `review`
takes one of them (`segment`, the first by default) and flags the others, so a second question
is never silently merged into the first answer.
"""

from __future__ import annotations

from roundtable import regexes as re
from roundtable.errors import InputError
from roundtable.ingest.asks import asks_situation, sentences
from roundtable.ingest.formats import read_transcript
from roundtable.ingest.segments import Segment, converse, split, whole_answer
from roundtable.ingest.submission import Submission, TimedSpan
from roundtable.models import Flag


def _preview(question: str, limit: int = 70) -> str:
    return question if len(question) <= limit else question[:limit].rsplit(" ", 1)[0] + "…"


def to_submission(segment: Segment, notes: list[Flag], **context: str | None) -> Submission:
    """The Submission for one segment; a question the caller gave wins over the transcript's."""
    fields = dict(context)
    fields["question"] = context.get("question") or segment.question or None
    timeline = tuple(TimedSpan(first=s.first, last=s.last, start=s.start, end=s.end)
                     for s in segment.spans)
    return Submission(answer=segment.answer, from_transcript=True, timeline=timeline,
                      notes=tuple(notes), asks=segment.asks, **fields)


# The candidate speaking of themselves, to no one addressed: "I'm a wedding photographer, and a
# failure I'd talk about is a wedding where I missed the shots" opens an answer, however much it
# sounds like "talk about a failure". An interviewer's line addresses "you" ("I'd like you to
# tell me about a time…") or speaks of no one ("Describe a situation where…").
# The same holds for "we" ("One time we have a very big order from new customer…").
_OWN_WORDS = re.compile(r"\bI\b|\bI['’](?:m|d|ve)\b|\b(?:[Ww]e|[Oo]ur|us)\b")
_ADDRESSED = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def _own_words(sentence: str) -> bool:
    return bool(_OWN_WORDS.search(sentence)) and not _ADDRESSED.search(sentence)


def _pasted_line(line: str) -> bool:
    """Whether the first line is a question pasted above the answer: one of its sentences asks
    for a situation and none is the candidate speaking of themselves ("In my last job I work in
    a warehouse. One time we have a very big order…" opens the story)."""
    said = sentences(line)
    return any(asks_situation(s) for s in said) and not any(_own_words(s) for s in said)


def plain_answer(text: str, **context: str | None) -> Submission:
    """A plain answer; a first line that asks for a situation ("Tell me about a time…"), with
    the answer below it, is the question pasted above the answer, not part of what was said."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    # Sentence by sentence: a first paragraph of the story ("One time there was guest who
    # complain… Supervisor tell me about this.") read whole can look like an ask, and cutting
    # it off would lose what the candidate said.
    if rest.strip() and len(first) <= 300 and _pasted_line(first):
        # A question given alongside wins, but the pasted line is still not the answer.
        asked = context.get("question") or first.strip()
        return Submission(answer=rest.strip(), **{**context, "question": asked})
    return Submission(answer=text, **context)


def parse_input(text: str, *, segment: int | None = None, candidate: str | None = None,
                **context: str | None) -> Submission:
    """Build a Submission from raw text; `context` supplies question, role, level, recording_url.

    `segment` (1-based) picks a behavioral question of a multi-question transcript; `candidate`
    names the candidate when speakers are names. Raises `InputError` for a broken caption file
    or a segment that does not exist.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    transcript = read_transcript(text)
    if transcript is None or not transcript.cues:
        if segment not in (None, 1):
            raise InputError(f"--segment {segment}: the input is one answer, not a transcript "
                             "with several questions")
        return plain_answer(text, **context)
    conversation = converse(transcript, candidate)
    segments = split(conversation)
    notes: list[Flag] = []
    if conversation.speakers_guessed:
        notes.append(Flag(kind="speakers_guessed", detail="The transcript names no speakers; "
                          "short lines that ask something were taken as the interviewer's."))
    if not segments:
        single = whole_answer(conversation)
        if single is None or segment not in (None, 1):
            if segment not in (None, 1):
                raise InputError(f"--segment {segment}: the transcript has no behavioral "
                                 "questions to choose from")
            return Submission(answer=text.strip(), **context)
        return to_submission(single, notes, **context)
    chosen = segment or 1
    if not 1 <= chosen <= len(segments):
        raise InputError(f"--segment {chosen}: the transcript has {len(segments)} behavioral "
                         f"question{'s' if len(segments) != 1 else ''}; choose 1 to "
                         f"{len(segments)}")
    picked = segments[chosen - 1]
    if len(segments) > 1:
        others = "; ".join(f"{s.index}: {_preview(s.question)}" for s in segments
                           if s.index != chosen)
        notes.append(Flag(kind="multiple_questions", detail=(
            f"The transcript has {len(segments)} behavioral questions; this reviews question "
            f"{chosen} only ({others}). Review another with --segment N, or all of them and "
            "the debrief with `roundtable interview`.")))
    return to_submission(picked, notes, **context)
