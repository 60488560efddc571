"""A headline from the answer's content: who the candidate was, what they did, what came of it."""

from __future__ import annotations

import re

from roundtable.engines.base import Case
from roundtable.evidence.analysis import Evidence

_ROLE = re.compile(
    r"\b(?:as|I was|I'm|I am|I worked as|working as)\s+(?:the|a|an|our|their)\s+((?:(?:senior|"
    r"junior|lead|staff|principal|associate|head|chief|founding|first|new|sole|only)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:manager|engineer|designer|analyst|scientist|developer|lead|director|"
    r"pm|consultant|architect|researcher|specialist|coordinator|owner|nurse|teacher|"
    r"representative|rep|executive|administrator|strategist|marketer|recruiter|officer))\b",
    re.IGNORECASE,
)
_ACTION = re.compile(r"\bI\s+((?:[a-z]+ly\s+)?[a-z]+(?:ed|ote|ilt|an|ove|ook|et|ut|ent|ade)\b"
                     r"(?:\s+(?:\d+:\d+|[^\s,.;:!?]+)){1,7})")
_STOP = re.compile(r"\s+(?:and|but|so|because|which|while|when|to see|after|before)\s.*$",
                   re.IGNORECASE)
_TITLE_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at"}


def _role(case: Case) -> str:
    if case.submission.role:
        return case.submission.role.strip()
    match = _ROLE.search(case.submission.answer)
    if match:
        return " ".join(w.upper() if w.lower() == "pm" else w.capitalize()
                        for w in match.group(1).split())
    return "Candidate"


def _phrase(evidence: Evidence | None, pattern: re.Pattern[str]) -> str | None:
    if evidence is None:
        return None
    match = pattern.search(evidence.quote)
    if not match:
        return None
    phrase = _STOP.sub("", match.group(1)).strip(" ,;:")
    return phrase if len(phrase.split()) >= 2 else None


def _outcome(case: Case) -> str | None:
    for kind in ("quantified_result", "result"):
        for item in case.analysis.of(kind):
            metric = re.search(r"[^,;:.]*\d[^,;:]*", item.quote)
            text = metric.group(0) if metric and kind == "quantified_result" else item.quote
            text = re.sub(r"^\s*(?:and|so|as a result|in the end|ultimately|by the end)[, ]*", "",
                          text, flags=re.IGNORECASE).strip(" ,.;:")
            words = text.split()
            if len(words) >= 2:
                return " ".join(words[:9]).rstrip(",;:")
    return None


def _article(role: str) -> str:
    return "an" if role[:1].lower() in "aeiou" else "a"


def build_headline(case: Case) -> str:
    """'How a Product Manager pushed back on the launch plan, and conversion rose 4%'."""
    role = _role(case)
    ranked = sorted(case.criteria, key=lambda s: -s.score)
    key_sentences = {case.analysis.sentence_at(q.start) for s in ranked[:3] for q in s.evidence}
    # The key action is the first-person action in the sentences that earned the top scores,
    # taken in the order of the competency's own criteria (its defining behavior first).
    actions = [e for e in case.analysis.of("disagreement", "ownership", "action")
               if e.sentence in key_sentences] or case.analysis.of("ownership", "action")
    actions.sort(key=lambda e: (e.kind != "disagreement", e.kind != "ownership", e.start))
    action = next((p for p in (_phrase(e, _ACTION) for e in actions) if p), None)
    outcome = _outcome(case)
    who = f"{_article(role)} {role}" if role != "Candidate" else "This Candidate"
    competency = case.competency.short_name
    if action and outcome:
        return f"How {who} {action}, and {outcome[0].lower()}{outcome[1:]}"
    if action:
        return f"{who[0].upper()}{who[1:]} {action}, but the outcome goes unstated"
    if outcome:
        return f"{competency}: {outcome[0].upper()}{outcome[1:]}, but whose doing is unclear"
    return f"{competency} in general terms: {who[0].lower()}{who[1:]} with no concrete story"
