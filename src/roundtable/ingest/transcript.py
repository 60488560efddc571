"""Recognise a labelled transcript and pull out the question and the candidate's answer.

A transcript is text whose lines start with speaker labels: `Interviewer:` / `Candidate:`,
`Q:` / `A:`, or people's names. Anything else is taken as the answer itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roundtable.ingest.submission import Submission

_TIMESTAMP = r"(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*)?"
_LABEL = re.compile(
    rf"^\s*{_TIMESTAMP}(?P<label>[A-Za-z][A-Za-z.' -]{{0,38}}?)"
    r"\s*(?:\(\d{1,2}:\d{2}\))?\s*:\s*(?P<rest>.*)$"
)
_INTERVIEWER = {"interviewer", "q", "question", "recruiter", "hiring manager", "panelist",
                "panel", "host", "bar raiser"}
_CANDIDATE = {"candidate", "a", "answer", "interviewee", "me", "applicant"}
# Labels that structure a plain STAR answer; they are not speakers.
_NOT_SPEAKERS = {"situation", "task", "action", "actions", "result", "results", "learning",
                 "learnings", "context", "outcome", "note", "notes", "example", "impact",
                 "reflection", "lesson", "lessons", "background", "problem", "goal", "step"}


_WRAP_UP = re.compile(
    r"\b(any|some) questions (for|about) (me|us|the (team|role|company))|anything you('d| would) "
    r"like to ask|what questions do you have|that's all (from me|i had|my questions)",
    re.IGNORECASE,
)
SUBSTANTIVE_WORDS = 12
"""A candidate turn this long is an answer, not small talk."""


@dataclass
class _Utterance:
    speaker: str
    text: str


def _utterances(text: str) -> list[_Utterance] | None:
    found: list[_Utterance] = []
    for line in text.splitlines():
        match = _LABEL.match(line)
        label = match["label"].strip().lower() if match else ""
        if match and label not in _NOT_SPEAKERS and len(label.split()) <= 4:
            found.append(_Utterance(label, match["rest"].strip()))
        elif line.strip() and found:
            found[-1].text = f"{found[-1].text}\n{line.strip()}".strip()
        elif line.strip():
            return None  # prose before any speaker label: not a transcript
    speakers = {u.speaker for u in found}
    return found if len(found) >= 2 and len(speakers) >= 2 else None


def _roles(utterances: list[_Utterance]) -> tuple[set[str], set[str]]:
    """Split speakers into interviewers and candidates, by label or by who asks questions."""
    speakers = list(dict.fromkeys(u.speaker for u in utterances))
    interviewers = {s for s in speakers if s in _INTERVIEWER}
    candidates = {s for s in speakers if s in _CANDIDATE}
    if interviewers and not candidates:
        candidates = set(speakers) - interviewers
    elif candidates and not interviewers:
        interviewers = set(speakers) - candidates
    elif not interviewers and not candidates:
        asks = {s: sum(u.text.count("?") for u in utterances if u.speaker == s) for s in speakers}
        words = {s: sum(len(u.text.split()) for u in utterances if u.speaker == s)
                 for s in speakers}
        candidate = max(speakers, key=lambda s: (words[s] - 40 * asks[s], -speakers.index(s)))
        candidates = {candidate}
        interviewers = set(speakers) - candidates
    return interviewers, candidates


def parse_input(text: str, **context: str | None) -> Submission:
    """Build a Submission from raw text; `context` supplies question, role, level, recording_url.

    A question found in a transcript is used unless the caller gave one explicitly.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    utterances = _utterances(text)
    if utterances is None:
        return Submission(answer=text.strip(), **context)
    interviewers, candidates = _roles(utterances)
    turns = [i for i, u in enumerate(utterances) if u.speaker in candidates and u.text]
    if not turns:
        return Submission(answer=text.strip(), **context)
    # The answer starts at the candidate's first substantive turn, so small talk before the
    # question ("Hi, thanks for having me") is neither the answer nor hides the question.
    longest = max(len(utterances[i].text.split()) for i in turns)
    first = next(i for i in turns
                 if len(utterances[i].text.split()) >= min(SUBSTANTIVE_WORDS, longest))
    prompts = [i for i in range(first) if utterances[i].speaker in interviewers
               and utterances[i].text]
    question: str | None = None
    start = 0
    if prompts:
        asked = [i for i in prompts if "?" in utterances[i].text] or prompts
        start = max(asked[-1], prompts[-1])
        question = utterances[asked[-1]].text
    # The interview's own wrap-up ("any questions for us?") ends the answer: what the candidate
    # asks after it is about the job, not the story.
    end = next((i for i, u in enumerate(utterances) if i > start and u.speaker in interviewers
                and _WRAP_UP.search(u.text)), len(utterances))
    answer = "\n\n".join(utterances[i].text for i in turns
                          if (i > start or not prompts) and i < end).strip()
    if not answer:
        return Submission(answer=text.strip(), **context)
    fields = dict(context)
    fields["question"] = context.get("question") or question
    return Submission(answer=answer, from_transcript=True, **fields)
