"""Split a transcript into its behavioral questions, each with the candidate's answer.

Who is who: role labels (`Interviewer:`, `Candidate:`) when the file has them, `--candidate`
when the user names the candidate, and otherwise the interviewer is whoever asks the questions.
A behavioral question ("Tell me about a time...", "Have you ever...") opens a segment; what the
interviewer asks next about the same story is a follow-up and stays in it; an introduction
question ("Tell me about yourself"), a hypothetical or general one ("How would you
approach..."), small talk and the wrap-up ("Any questions for us?") close it, so neither they
nor the candidate's own questions are ever reviewed. `asks.read_turn` tells these apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roundtable import regexes as re
from roundtable.errors import InputError
from roundtable.ingest.asks import (
    WRAP_UP,
    Reading,
    acknowledges,
    asks_situation,
    asks_something,
    narrates,
    open_ask,
    read_turn,
    small_talk,
    speaks_to_candidate,
    tells_story,
)
from roundtable.ingest.checks import MIN_WORDS, word_count
from roundtable.ingest.formats import Cue, Transcript
from roundtable.models import Ask

INTERVIEWER_LABELS = {"interviewer", "q", "question", "recruiter", "hiring manager",
                      "panelist", "panel", "host", "bar raiser", "interviewer 1",
                      "interviewer 2"}
CANDIDATE_LABELS = {"candidate", "a", "answer", "interviewee", "me", "applicant"}
ASIDE = "small talk"
"""Who says an utterance of small talk when the file names no speakers: no one the review
hears (the guess cannot tell whose dog barked, and it does not matter)."""

@dataclass
class Piece:
    """A cue's words inside a turn, with the cue's times."""

    text: str
    start: float | None
    end: float | None


@dataclass
class Turn:
    """Consecutive speech by one speaker (consecutive cues merged)."""

    speaker: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)

    @property
    def start(self) -> float | None:
        return self.pieces[0].start if self.pieces else None


@dataclass(frozen=True)
class Span:
    """Where a cue's words sit in an answer, and when they were said."""

    first: int
    last: int
    start: float
    end: float


@dataclass
class Segment:
    """One behavioral question, the candidate's answer to it and where it sits in time."""

    index: int
    question: str
    answer: str
    spans: list[Span]
    start: float | None
    end: float | None
    asks: tuple[Ask, ...] = ()
    """The interviewer's follow-ups inside the story, each with where the reply it drew begins
    in `answer`."""
    excerpt: str = ""
    """The question's own transcript (the question, follow-ups, the candidate's replies, with
    their times) in a form `parse_input` reads back as exactly this segment: what the web app
    stores as the review's text."""

    @property
    def too_short(self) -> bool:
        return word_count(self.answer) < MIN_WORDS


@dataclass
class Conversation:
    """The turns of a transcript and who the candidate is."""

    turns: list[Turn]
    candidate: str
    interviewers: set[str]
    speakers_guessed: bool
    paragraphs: bool
    """Labelled text keeps one paragraph per labelled line, as the old answer joiner did."""

    def is_candidate(self, turn: Turn) -> bool:
        return turn.speaker == self.candidate


def _turns(transcript: Transcript) -> tuple[list[Turn], bool]:
    """Merge consecutive cues by one speaker; with no speakers at all, guess: a short
    utterance that asks something is the interviewer's, the rest is the candidate's."""
    guessed = all(c.speaker is None for c in transcript.cues)
    turns: list[Turn] = []
    last: str | None = None
    speakers = _guess_speakers(transcript.cues) if guessed else []
    for n, cue in enumerate(transcript.cues):
        speaker = speakers[n] if guessed else _speaker_of(cue, last)
        last = speaker
        piece = Piece(cue.text, cue.start, cue.end)
        separate = transcript.format == "labelled"
        if turns and turns[-1].speaker == speaker and not separate:
            turns[-1].pieces.append(piece)
        else:
            turns.append(Turn(speaker, [piece]))
    return turns, guessed


def _speaker_of(cue: Cue, last: str | None) -> str:
    if cue.speaker is not None:
        return cue.speaker.strip().lower()
    return last or "unknown"


_SENTENCE_END = re.compile(r"[.?!][\"”’)]*$")


def _guess_speakers(cues: list[Cue]) -> list[str]:
    """Who says each cue when the file names no one. Captions cut sentences anywhere, so
    cues are first joined into utterances (up to a cue that ends a sentence): one person says
    a whole sentence. A short utterance that speaks to the candidate is the interviewer's.
    Small talk ("Sorry, that's my dog", "We have ten minutes left") and the short replies to
    it are set aside: guessed as either side, they would land in an answer or cut one off."""
    speakers: list[str] = []
    run: list[str] = []
    # Speech-to-text with no punctuation at all ("[00:00:09] great so tell me about a time")
    # has no sentence to wait for: each cue, a line as the tool heard it, is an utterance.
    punctuated = any(_SENTENCE_END.search(cue.text.strip()) for cue in cues)
    for n, cue in enumerate(cues):
        run.append(cue.text.strip())
        last = n + 1 == len(cues)
        if not last and punctuated and not _SENTENCE_END.search(run[-1]):
            continue
        text = " ".join(run)
        if small_talk(text) or (speakers and speakers[-1] == ASIDE and acknowledges(text)):
            who = ASIDE
        elif speaks_to_candidate(text) and len(text.split()) <= 60:
            who = "interviewer"
        else:
            who = "candidate"
        speakers += [who] * len(run)
        run = []
    return speakers


def _pick_candidate(speakers: list[str], candidate: str | None) -> str | None:
    if candidate is None:
        return None
    wanted = candidate.strip().lower()
    matches = [s for s in speakers if s == wanted] or \
        [s for s in speakers if wanted in s.split() or s.startswith(wanted)]
    if len(matches) != 1:
        listed = ", ".join(sorted(speakers))
        how = "is not a speaker" if not matches else "matches more than one speaker"
        raise InputError(f"--candidate {candidate!r} {how} in this transcript; the speakers "
                         f"are: {listed}")
    return matches[0]


def converse(transcript: Transcript, candidate: str | None = None) -> Conversation:
    """The transcript's turns with the candidate told apart from the interviewers."""
    turns, guessed = _turns(transcript)
    speakers = list(dict.fromkeys(t.speaker for t in turns))
    chosen = _pick_candidate(speakers, candidate)
    if chosen is None:
        labelled = [s for s in speakers if s in CANDIDATE_LABELS]
        asking = [s for s in speakers if s in INTERVIEWER_LABELS]
        if len(labelled) == 1:
            chosen = labelled[0]
        elif asking and len(set(speakers) - set(asking)) == 1:
            chosen = next(s for s in speakers if s not in asking)
        else:
            chosen = _answers_most(turns, speakers)
    paragraphs = transcript.format == "labelled"
    return Conversation(turns, chosen, set(speakers) - {chosen}, guessed, paragraphs)


def _answers_most(turns: list[Turn], speakers: list[str]) -> str:
    """The candidate answers: most words, fewest questions (the interviewer asks them)."""
    asks = {s: sum(t.text.count("?") for t in turns if t.speaker == s) for s in speakers}
    words = {s: sum(len(t.text.split()) for t in turns if t.speaker == s) for s in speakers}
    return max(speakers, key=lambda s: (words[s] - 40 * asks[s], -speakers.index(s)))


@dataclass
class _Open:
    question: str
    start: float | None
    replies: list[Turn] = field(default_factory=list)
    said: list[tuple[bool, Piece]] = field(default_factory=list)
    """Everything said from the question on, as (by the candidate?, piece)."""
    asks: list[tuple[int, str]] = field(default_factory=list)
    """The follow-ups asked, each as (how many replies came before it, its words)."""

    def ask(self, text: str) -> None:
        """Keep a follow-up; two asks before one reply ("Did it work? How did you know?") are
        one ask, which the reply answers together."""
        text = " ".join(text.split())
        if self.asks and self.asks[-1][0] == len(self.replies):
            self.asks[-1] = (len(self.replies), f"{self.asks[-1][1]} {text}")
        else:
            self.asks.append((len(self.replies), text))


def _vtt_clock(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _excerpt(current: _Open, end: float | None) -> str:
    """WebVTT when the pieces have times, labelled text otherwise; roles by label, never by
    name, so reading it back needs no guess about who the candidate is."""
    said = current.said
    if current.start is not None and all(p.start is not None and p.end is not None
                                         for _, p in said):
        first_end = said[0][1].start if said else end
        cues = [(False, Piece(current.question, current.start, first_end or current.start))]
        cues += said
        blocks = [f"{_vtt_clock(p.start or 0)} --> {_vtt_clock(p.end or 0)}\n"
                  f"<v {'Candidate' if mine else 'Interviewer'}>"
                  f"{' '.join(p.text.replace('-->', '->').split())}</v>" for mine, p in cues]
        return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"
    lines = [f"Interviewer: {' '.join(current.question.split())}"]
    for mine, piece in said:
        label = "Candidate" if mine else "Interviewer"
        lines.append(f"{label}: {piece.text.strip()}")
    return "\n".join(lines) + "\n"


def _close(conversation: Conversation, current: _Open, index: int) -> Segment:
    joiner = "\n\n" if conversation.paragraphs else " "
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    drew = dict(current.asks)
    asks: list[Ask] = []
    for r, turn in enumerate(current.replies):
        for n, piece in enumerate(turn.pieces):
            if parts:
                sep = joiner if n == 0 else (" " if not conversation.paragraphs else "\n")
                parts.append(sep)
                offset += len(sep)
            if n == 0 and r in drew:
                asks.append(Ask(text=drew[r], at=offset))
            text = piece.text.strip()
            if piece.start is not None and piece.end is not None:
                spans.append(Span(offset, offset + len(text), piece.start, piece.end))
            parts.append(text)
            offset += len(text)
    ends = [p.end for t in current.replies for p in t.pieces if p.end is not None]
    end = max(ends) if ends else None
    return Segment(index, current.question, "".join(parts), spans, current.start, end,
                   tuple(asks), _excerpt(current, end))


_NEXT_ASK = re.compile(r"(?:,|;|\.|\?)\s+(?:and\s+)?(?:also\s+|then\s+|second(?:ly)?,?\s+)?"
                       r"(?=(?:tell|describe|give|walk|share|talk)\b)", re.IGNORECASE)


def _asks(question: str) -> list[str]:
    """The behavioral questions chained in one turn ("Tell me about a time you received
    critical feedback, and also describe a time you had to work with a tight budget"), or the
    question alone."""
    parts = [p.strip() for p in _NEXT_ASK.split(question) if p.strip()]
    asked = [p for p in parts if asks_situation(p)]
    return asked if len(asked) >= 2 and len(asked) == len(parts) else [question]


def _close_all(conversation: Conversation, current: _Open, index: int) -> list[Segment]:
    """One segment, or one per chained question when the candidate answered them in as many
    turns (or paragraphs) and nobody asked anything in between: each reply goes with the
    question of its place. Otherwise the answers cannot be told apart and stay together."""
    asked = _asks(current.question)
    replies = current.replies
    if len(replies) == 1 and len(replies[0].pieces) == 1:
        paragraphs = [p for p in replies[0].pieces[0].text.split("\n") if p.strip()]
        piece = replies[0].pieces[0]
        replies = [Turn(replies[0].speaker, [Piece(p, piece.start, piece.end)])
                   for p in paragraphs]
    interrupted = any(not mine for mine, _ in current.said)
    if len(asked) < 2 or len(replies) != len(asked) or interrupted:
        return [_close(conversation, current, index)]
    return [_close(conversation, _Open(question, current.start if n == 0 else reply.start,
                                       [reply], [(True, p) for p in reply.pieces]), index + n)
            for n, (question, reply) in enumerate(zip(asked, replies, strict=True))]


def _without_small_talk(turn: Turn) -> Turn:
    """The turn without its utterances of small talk (cues joined up to a sentence end, as
    one says them): a candidate's "Sorry, that's my dog barking" in the middle of a story."""
    kept: list[Piece] = []
    run: list[Piece] = []
    for n, piece in enumerate(turn.pieces):
        run.append(piece)
        if n + 1 < len(turn.pieces) and not _SENTENCE_END.search(piece.text.strip()):
            continue
        if not small_talk(" ".join(p.text for p in run)):
            kept += run
        run = []
    return Turn(turn.speaker, kept)


def split(conversation: Conversation) -> list[Segment]:
    """The behavioral questions in order, follow-ups and replies folded into each."""
    segments: list[Segment] = []
    current: _Open | None = None
    aside = False  # the candidate is replying to small talk, not answering
    turns = conversation.turns
    for n, turn in enumerate(turns):
        if turn.speaker == ASIDE:
            continue
        if conversation.is_candidate(turn):
            # The candidate's own small talk ("Sorry, my dog, one second") is no part of the
            # answer; a reply to the interviewer's is none either, unless it goes on with the
            # story ("Sure. So, as I was saying, we rolled back...").
            turn = _without_small_talk(turn)
            kept = bool(turn.pieces) and (not aside or narrates(turn.text))
            if current is not None and turn.text.strip() and kept:
                current.replies.append(turn)
                current.said += [(True, p) for p in turn.pieces]
            continue
        reading = read_turn(turn.text, in_question=current is not None and bool(current.replies),
                            started=bool(segments) or current is not None,
                            open_question=current.question if current is not None else None)
        kind = reading.kind
        if kind == "other" and current is None and n + 1 < len(turns) and \
                conversation.is_candidate(turns[n + 1]) and tells_story(turns[n + 1].text) and \
                (start := open_ask(turn.text)) is not None:
            reading = Reading("question", start)
            kind = reading.kind
        aside = kind == "small_talk"
        if kind in {"question", "intro", "general", "wrap_up"} and current is not None:
            if current.replies or kind != "question":
                segments += _close_all(conversation, current, len(segments) + 1)
                current = None
        if kind in {"follow_up", "other"} and current is not None and current.replies:
            current.said += [(False, p) for p in turn.pieces]
            if kind == "follow_up" or asks_something(turn.text):
                current.ask(turn.text)
        if kind == "wrap_up":
            break
        if kind == "question":
            question = turn.text[reading.start:].strip()
            if current is not None:  # asked again before any answer: one question, reworded
                current.question = f"{current.question} {question}"
            else:
                current = _Open(question, turn.start)
    if current is not None:
        segments += _close_all(conversation, current, len(segments) + 1)
    return [s for s in segments if s.answer.strip()] if any(
        s.answer.strip() for s in segments) else []


def whole_answer(conversation: Conversation) -> Segment | None:
    """A transcript with no behavioral question: the candidate's substantive turns up to the
    wrap-up, after the last interviewer prompt before them (the single-answer reading)."""
    turns = conversation.turns
    said = [i for i, t in enumerate(turns) if conversation.is_candidate(t) and t.text.strip()]
    if not said:
        return None
    longest = max(len(turns[i].text.split()) for i in said)
    first = next(i for i in said if len(turns[i].text.split()) >= min(12, longest))
    prompts = [i for i in range(first) if not conversation.is_candidate(turns[i])
               and turns[i].speaker != ASIDE and turns[i].text.strip()]
    question = ""
    start = 0
    if prompts:
        asked = [i for i in prompts if "?" in turns[i].text] or prompts
        start = max(asked[-1], prompts[-1])
        question = turns[asked[-1]].text
    end = next((i for i, t in enumerate(turns) if i > start and not conversation.is_candidate(t)
                and WRAP_UP.search(t.text)), len(turns))
    kept = [i for i in said if (i > start or not prompts) and i < end]
    current = _Open(question, turns[start].start if prompts else None)
    for i in range(kept[0] if kept else end, end):
        if i in kept:
            current.replies.append(turns[i])
        elif turns[i].speaker != ASIDE and asks_something(turns[i].text):
            current.ask(turns[i].text)
    segment = _close(conversation, current, 1)
    return segment if segment.answer.strip() else None
