"""Write a labelled transcript out as the files real tools export, with realistic timings.

Used to build the committed fixtures in tests/data/interviews from their labelled sources, e.g.
`python tests/interview/writers.py tests/data/interviews/dev7/src/retail.txt --formats vtt
--no-speakers json`. Timings: speech at 175 words a minute, captions of at most 14 words, a
short pause when the speaker changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

WORDS_PER_SECOND = 175 / 60
CUE_WORDS = 14
PAUSE = 0.6

Cue = tuple[str, str, float, float]


def labelled_turns(text: str) -> list[tuple[str, str]]:
    """(speaker, text) for each `Name: text` line."""
    turns = []
    for line in text.splitlines():
        name, _, said = line.partition(": ")
        if said:
            turns.append((name.strip(), said.strip()))
    return turns


def cues(text: str, start: float = 3.0) -> list[Cue]:
    """Caption cues (speaker, text, start, end), cut at sentence ends where possible."""
    out: list[Cue] = []
    clock = start
    for speaker, said in labelled_turns(text):
        words: list[str] = []
        for sentence in re.findall(r"[^.?!]+[.?!]*\s*", said):
            parts = sentence.split()
            while parts:
                room = CUE_WORDS - len(words)
                words += parts[:room]
                parts = parts[room:]
                if len(words) >= CUE_WORDS or (not parts and len(words) >= 8):
                    end = clock + len(words) / WORDS_PER_SECOND
                    out.append((speaker, " ".join(words), round(clock, 3), round(end, 3)))
                    clock, words = end, []
        if words:
            end = clock + len(words) / WORDS_PER_SECOND
            out.append((speaker, " ".join(words), round(clock, 3), round(end, 3)))
            clock = end
        clock += PAUSE
    return out


def _clock(seconds: float, separator: str = ".") -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}{separator}{rest % 1000:03d}"


def teams_vtt(items: list[Cue]) -> str:
    body = "".join(f"{_clock(a)} --> {_clock(b)}\n<v {who}>{said}</v>\n\n"
                   for who, said, a, b in items)
    return f"WEBVTT\n\n{body}"


def zoom_vtt(items: list[Cue]) -> str:
    body = "".join(f"{n}\n{_clock(a)} --> {_clock(b)}\n{who}: {said}\n\n"
                   for n, (who, said, a, b) in enumerate(items, start=1))
    return f"WEBVTT\n\n{body}"


def srt(items: list[Cue]) -> str:
    return "".join(f"{n}\n{_clock(a, ',')} --> {_clock(b, ',')}\n{who}: {said}\n\n"
                   for n, (who, said, a, b) in enumerate(items, start=1))


def captions_vtt(items: list[Cue]) -> str:
    """WebVTT with no speakers at all, as a speech-to-text tool without diarisation writes."""
    body = "".join(f"{_clock(a)} --> {_clock(b)}\n{said}\n\n" for _, said, a, b in items)
    return f"WEBVTT\n\n{body}"


def captions_srt(items: list[Cue]) -> str:
    """SRT with no speakers at all."""
    return "".join(f"{n}\n{_clock(a, ',')} --> {_clock(b, ',')}\n{said}\n\n"
                   for n, (_, said, a, b) in enumerate(items, start=1))


def otter(items: list[Cue]) -> str:
    """One block per turn: `Name  m:ss` on its own line, then what they said."""
    blocks: list[str] = []
    last = None
    for who, said, a, _ in items:
        if who != last:
            minutes, seconds = divmod(int(a), 60)
            hours, minutes = divmod(minutes, 60)
            stamp = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
            blocks.append(f"{who}  {stamp}\n{said}")
            last = who
        else:
            blocks[-1] += f" {said}"
    return "\n\n".join(blocks) + "\n"


def json_segments(items: list[Cue], speakers: bool = True) -> str:
    rows = [{"start": a, "end": b, "text": said, **({"speaker": who} if speakers else {})}
            for who, said, a, b in items]
    return json.dumps({"segments": rows}, indent=1) + "\n"


WRITERS: dict[str, Callable[[list[Cue]], str]] = {
    "vtt": teams_vtt, "zoom.vtt": zoom_vtt, "srt": srt, "otter.txt": otter, "json": json_segments,
}
WITHOUT_SPEAKERS: dict[str, Callable[[list[Cue]], str]] = {
    "vtt": captions_vtt, "srt": captions_srt,
    "json": lambda items: json_segments(items, speakers=False),
}
"""Writers for files that name no speaker (written as `NAME-no-speakers.SUFFIX`)."""


def build(source: Path, formats: Iterable[str] = tuple(WRITERS),
          bare: Iterable[str] = ()) -> list[Path]:
    """Write `formats` (every one by default) next to the labelled source, and the `bare` ones
    without speakers as `NAME-no-speakers.SUFFIX`; returns the files written."""
    items = cues(source.read_text(encoding="utf-8"))
    stem = source.name.removesuffix(".txt")
    out = source.parent.parent if source.parent.name == "src" else source.parent
    written = []
    for suffix in formats:
        written.append(out / f"{stem}.{suffix}")
        written[-1].write_text(WRITERS[suffix](items), encoding="utf-8")
    for suffix in bare:
        written.append(out / f"{stem}-no-speakers.{suffix}")
        written[-1].write_text(WITHOUT_SPEAKERS[suffix](items), encoding="utf-8")
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path, help="labelled transcripts (src/*.txt)")
    parser.add_argument("--formats", nargs="*", choices=list(WRITERS), default=list(WRITERS))
    parser.add_argument("--no-speakers", nargs="*", choices=list(WITHOUT_SPEAKERS), default=[])
    args = parser.parse_args()
    for name in args.sources:
        for path in build(name, args.formats, args.no_speakers):
            print(path)
