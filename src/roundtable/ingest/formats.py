"""Read a transcript in any of the formats interviews come in, detected from the content.

Every format becomes the same list of cues: who spoke (when the file says), what they said, and
when (when the file says). Formats: JSON segments from speech-to-text tools, WebVTT (Zoom's
`Name: text` cues and Teams' `<v Name>` voice tags), SRT, timestamped text exports (a speaker
and a time on their own line, as Otter and Zoom write them) and labelled plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from roundtable import regexes as re
from roundtable.errors import InputError

Format = Literal["json", "webvtt", "srt", "timestamped", "labelled"]


@dataclass(frozen=True)
class Cue:
    """One stretch of speech: a caption cue, a JSON segment, or a labelled line with its
    continuation lines. `start`/`end` are seconds from the start of the recording."""

    speaker: str | None
    text: str
    start: float | None
    end: float | None
    line: int
    said: str | None = None
    """The cue's text with its `Name:` prefix, when the speaker was read from one."""


@dataclass(frozen=True)
class Transcript:
    """The cues of a transcript and the format they were read from."""

    format: Format
    cues: list[Cue]


# --- times --------------------------------------------------------------------------------------

_CLOCK = re.compile(r"^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$")


def clock_seconds(stamp: str) -> float | None:
    """`01:02:03.500`, `2:03`, `00:01:23,000` as seconds; None when it is not a clock time."""
    match = _CLOCK.match(stamp.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return value + (int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0)


_TIMING = re.compile(r"^\s*(?P<start>\S+)\s+-->\s+(?P<end>\S+)(?:\s+.*)?$")


def _timing(line: str, number: int, kind: str, separator: str) -> tuple[float, float]:
    example = f"00:01:02{separator}500 --> 00:01:05{separator}000"
    match = _TIMING.match(line)
    start = clock_seconds(match["start"]) if match else None
    end = clock_seconds(match["end"]) if match else None
    if start is None or end is None:
        raise InputError(f"line {number}: broken {kind} timestamp {line.strip()[:60]!r}; "
                         f"expected a cue timing like {example}")
    if end < start:
        raise InputError(f"line {number}: {kind} cue ends before it starts "
                         f"({line.strip()[:60]!r})")
    return start, end


# --- speakers inside cue text -------------------------------------------------------------------

_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"^\s*(?:>>\s*)?(?P<name>[^\W\d_][\w.'’ -]{0,40}?)\s*:\s+(?P<rest>\S.*)$")
_BRACKET_NAME = re.compile(r"^\s*\[(?P<name>[^\]]{1,40})\]\s*(?P<rest>.*)$")
_NOT_NAMES = {"note", "notes", "http", "https", "situation", "task", "action", "result",
              "example", "context", "outcome", "so", "and", "but", "well"}


def _speaker_and_text(lines: list[str]) -> tuple[str | None, str, str | None]:
    """A cue's speaker (voice tag, `Name:` or `[Name]` prefix), its plain text, and the text
    with the prefix when the speaker came from one."""
    speaker: str | None = None
    prefixed: str | None = None
    parts: list[str] = []
    for raw in lines:
        voice = _VOICE.search(raw)
        if voice:
            speaker = speaker or voice[1].strip()
        text = _TAG.sub("", raw).strip()
        if not parts and speaker is None:
            named = _NAME_PREFIX.match(text) or _BRACKET_NAME.match(text)
            if named and named["name"].strip().lower() not in _NOT_NAMES \
                    and len(named["name"].split()) <= 4:
                prefixed = text
                speaker, text = named["name"].strip(), named["rest"].strip()
        if text:
            parts.append(text)
    body = " ".join(parts)
    return speaker, body, (body.replace(parts[0], prefixed, 1) if prefixed and parts else None)


def _recurring(cues: list[Cue]) -> list[Cue]:
    """A `Name:` prefix names a speaker only if it recurs; a one-off is the speaker's own
    words ("the short version: we shipped"), so the cue keeps them and has no speaker."""
    seen: dict[str, int] = {}
    for cue in cues:
        if cue.said is not None and cue.speaker:
            seen[cue.speaker.lower()] = seen.get(cue.speaker.lower(), 0) + 1
    return [Cue(None, cue.said, cue.start, cue.end, cue.line)
            if cue.said is not None and cue.speaker and seen[cue.speaker.lower()] < 2
            else cue for cue in cues]


# --- caption files ------------------------------------------------------------------------------


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number each starts on."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line)
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def _captions(text: str, kind: Literal["webvtt", "srt"]) -> list[Cue]:
    label = "WebVTT" if kind == "webvtt" else "SRT"
    separator = "." if kind == "webvtt" else ","
    cues: list[Cue] = []
    for first, lines in _blocks(text):
        head = lines[0].strip()
        if kind == "webvtt" and (head.startswith("WEBVTT") or head.split(" ")[0] in
                                 {"NOTE", "STYLE", "REGION"}):
            continue
        at = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        if at is None:
            # A block without a timing line: in a caption file that is a broken cue, unless it
            # is a cue number or a stray line the exporter left; name the line either way.
            if re.fullmatch(r"\d+", head) and len(lines) == 1:
                continue
            # After a cue number, a line with clock times is a timing line gone wrong.
            at = 1 if re.fullmatch(r"\d+", head) and len(lines) > 1 else 0
            if re.search(r"\d+:\d+", lines[at]):
                raise InputError(f"line {first + at}: broken {label} timestamp "
                                 f"{lines[at].strip()[:60]!r}; expected a cue timing like "
                                 f"00:01:02{separator}500 --> 00:01:05{separator}000")
            raise InputError(f"line {first}: {label} cue without a timing line "
                             f"({head[:60]!r}); expected a line like "
                             f"00:01:02{separator}500 --> 00:01:05{separator}000")
        start, end = _timing(lines[at], first + at, label, separator)
        speaker, body, said = _speaker_and_text(lines[at + 1:])
        if body:
            cues.append(Cue(speaker, body, start, end, first + at, said))
    return _recurring(cues)


# --- JSON segments ------------------------------------------------------------------------------


class _JsonSegment(BaseModel):
    """A speech-to-text segment; tools name the speaker field differently."""

    # Built on first use, by a JSON transcript, not at each start of every review process.
    model_config = ConfigDict(extra="ignore", populate_by_name=True, defer_build=True)

    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str
    speaker: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _clock(cls, value: object) -> object:
        if isinstance(value, str) and (seconds := clock_seconds(value)) is not None:
            return seconds
        return value

    @field_validator("speaker", mode="before")
    @classmethod
    def _name(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


_SPEAKER_KEYS = ("speaker", "speaker_label", "speaker_name", "name")


def _json(text: str) -> list[Cue]:
    import json  # (see `read_transcript`)

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {exc.lineno}: not valid JSON ({exc.msg}); give JSON segments "
                         'like [{"start": 0.0, "end": 4.2, "text": "...", "speaker": "Dana"}]'
                         ) from None
    items = data.get("segments") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise InputError('the JSON has no segments; give a list like [{"start": 0.0, "end": '
                         '4.2, "text": "...", "speaker": "Dana"}] or {"segments": [...]}')
    cues: list[Cue] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            item = dict(item)
            for key in _SPEAKER_KEYS:
                if item.get(key) is not None:
                    item["speaker"] = item[key]
                    break
        try:
            segment = _JsonSegment.model_validate(item)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(p) for p in error["loc"]) or "segment"
            raise InputError(f"JSON segment {number}: {where}: {error['msg']}") from None
        if segment.end < segment.start:
            raise InputError(f"JSON segment {number}: ends ({segment.end}) before it starts "
                             f"({segment.start})")
        speaker: str | None = segment.speaker
        said = None
        if speaker:
            body = _TAG.sub("", segment.text).strip()
        else:
            speaker, body, said = _speaker_and_text([segment.text])
        if body:
            cues.append(Cue(speaker, body, segment.start, segment.end, number, said))
    return _recurring(cues)


# --- timestamped text exports -------------------------------------------------------------------

_STAMP = r"\(?\[?(?P<time>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]?\)?"
_NAME = r"\[?(?P<name>[^\W\d_][\w.'’ -]{0,40}?)\]?"
_HEADERS = (re.compile(rf"^\s*{_NAME}\s*[-–|]?\s+{_STAMP}\s*$"),
            re.compile(rf"^\s*{_STAMP}\s+[-–|]?\s*{_NAME}:?\s*$"))
_NAME_LINE = re.compile(rf"^\s*{_NAME}:?\s*$")
_STAMP_LINE = re.compile(rf"^\s*{_STAMP}\s*$")

_SPEAKING_RATE = 2.5
"""Words a second in conversation: the end of the last turn when a file gives only starts."""


def _header_at(lines: list[str], i: int) -> tuple[str, float, int] | None:
    """(speaker, start, lines used) when line i opens a turn of a timestamped export."""
    match = _HEADERS[0].match(lines[i]) or _HEADERS[1].match(lines[i])
    if match and len(match["name"].split()) <= 4:
        seconds = clock_seconds(match["time"])
        if seconds is not None:
            return match["name"].strip(), seconds, 1
    if i + 1 < len(lines):
        name, stamp = _NAME_LINE.match(lines[i]), _STAMP_LINE.match(lines[i + 1])
        if name and stamp and len(name["name"].split()) <= 4:
            seconds = clock_seconds(stamp["time"])
            if seconds is not None:
                return name["name"].strip(), seconds, 2
    return None


def _close(cues: list[tuple[str | None, float, int, list[str]]]) -> list[Cue]:
    """Each turn ends where the next one starts; the last one after its words are spoken."""
    closed: list[Cue] = []
    for n, (speaker, start, line, body) in enumerate(cues):
        text = " ".join(part.strip() for part in body if part.strip())
        if n + 1 < len(cues):
            end = max(start, cues[n + 1][1])
        else:
            end = start + len(text.split()) / _SPEAKING_RATE
        if text:
            closed.append(Cue(speaker, text, start, end, line))
    return closed


def _timestamped(text: str) -> list[Cue] | None:
    lines = text.split("\n")
    turns: list[tuple[str | None, float, int, list[str]]] = []
    i = 0
    while i < len(lines):
        header = _header_at(lines, i)
        if header is not None:
            speaker, start, used = header
            turns.append((speaker, start, i + 1, []))
            i += used
            continue
        if lines[i].strip():
            if not turns:
                return None  # prose before the first speaker: not a timestamped export
            turns[-1][3].append(lines[i])
        i += 1
    if len(turns) < 2 or not any(body for *_, body in turns):
        return None
    return _close(turns)


_STAMPED_LINE = re.compile(r"^\s*[\[(]?(?P<time>\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?"
                           r"\s*[-–|]?\s+(?P<rest>\S.*)$")


def _stamped_lines(text: str) -> list[Cue] | None:
    """Auto-captions saved as text: every line a time and what was said, with no speaker
    ("[00:01:23] so tell me about a time..."), as caption downloads and dictation tools write
    them. Who spoke is left to the conversation, as for captions without voices."""
    turns: list[tuple[str | None, float, int, list[str]]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        match = _STAMPED_LINE.match(line)
        seconds = clock_seconds(match["time"]) if match else None
        if match is None or seconds is None:
            return None
        turns.append((None, seconds, number, [match["rest"]]))
    return _close(turns) if len(turns) >= 2 else None


# --- labelled plain text ------------------------------------------------------------------------

_LEAD_STAMP = r"(?:[\[(]?(?P<lead>\d{1,2}:\d{2}(?::\d{2})?)[\])]?\s*)?"
_LABEL = re.compile(
    rf"^\s*{_LEAD_STAMP}(?P<label>[^\W\d_](?:[^\W\d_]|[.'’ -]){{0,38}}?(?P<number> \d{{1,2}})?)"
    r"\s*(?:\((?P<trail>\d{1,2}:\d{2}(?::\d{2})?)\))?\s*:\s*(?P<rest>.*)$"
)
NOT_SPEAKERS = {"situation", "task", "action", "actions", "result", "results", "learning",
                "learnings", "context", "outcome", "note", "notes", "example", "impact",
                "reflection", "lesson", "lessons", "background", "problem", "goal", "step"}
"""Labels that structure a plain STAR answer; they are not speakers."""
NUMBERED_SPEAKERS = {"speaker", "interviewer", "participant", "person", "guest", "panelist",
                     "unknown"}
"""Speech-to-text tools number the voices they cannot name ("Speaker 1"); "Step 2:" or
"Week 3:" in a plain answer is not a speaker."""


def _labelled(text: str) -> list[Cue] | None:
    turns: list[tuple[str, float | None, int, list[str]]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = _LABEL.match(line)
        label = match["label"].strip() if match else ""
        if match and label.lower() not in NOT_SPEAKERS and len(label.split()) <= 4 and (
                not match["number"] or label.split()[0].lower() in NUMBERED_SPEAKERS):
            stamp = match["lead"] or match["trail"]
            turns.append((label, clock_seconds(stamp) if stamp else None, number,
                          [match["rest"]]))
        elif line.strip() and turns:
            turns[-1][3].append(line)
        elif line.strip():
            return None  # prose before any speaker label: not a transcript
    speakers = {t[0].lower() for t in turns}
    if len(turns) < 2 or len(speakers) < 2:
        return None
    if all(start is not None for _, start, _, _ in turns):
        return _close([(s, t, n, b) for s, t, n, b in turns if t is not None])
    return [Cue(speaker, "\n".join(p.strip() for p in body if p.strip()), None, None, number)
            for speaker, _, number, body in turns]


def lone_speaker(text: str) -> str | None:
    """The one speaker of labelled text that has only one (`Interviewer:` lines and no
    answers), else None."""
    labels = set()
    for line in text.replace("\r\n", "\n").split("\n"):
        match = _LABEL.match(line)
        if match and match["label"].strip().lower() not in NOT_SPEAKERS:
            labels.add(match["label"].strip())
    return labels.pop() if len(labels) == 1 else None


# --- detection ----------------------------------------------------------------------------------


def read_transcript(text: str) -> Transcript | None:
    """The transcript in `text`, or None when the text is a plain answer, not a transcript.

    Raises `InputError` naming the line when a caption file or JSON is broken.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head = text.lstrip()
    if head.startswith(("[", "{")):
        # Imported here: only a text that opens on a bracket may be JSON, and `json` is no
        # other part of a review's.
        import json

        try:
            json.loads(text)
            looks_json = True
        except json.JSONDecodeError:
            # A bracketed timestamp or speaker ("[00:01] Dana: ...") also starts with "[".
            # An answer may open with a brace of its own; only an object with a quoted key or
            # a list of objects is taken for broken JSON segments (and reported as such).
            looks_json = re.match(r'(?:\{\s*"|\[\s*\{)', head) is not None
        if looks_json:
            return Transcript("json", _json(text))
    if head.startswith("WEBVTT"):
        return Transcript("webvtt", _captions(text, "webvtt"))
    lines = [line for line in head.split("\n", 3)]
    if len(lines) >= 2 and re.fullmatch(r"\d+", lines[0].strip()) and "-->" in lines[1]:
        return Transcript("srt", _captions(text, "srt"))
    timestamped = _timestamped(text)
    if timestamped is not None:
        return Transcript("timestamped", timestamped)
    labelled = _labelled(text)
    if labelled is not None:
        return Transcript("labelled", labelled)
    stamped = _stamped_lines(text)
    if stamped is not None:
        return Transcript("timestamped", stamped)
    return None
