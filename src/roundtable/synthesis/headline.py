"""A headline from the answer's content: who the candidate was, what they did, what came of it."""

from __future__ import annotations

import re

from roundtable.engines.base import Case
from roundtable.evidence.analysis import Evidence

_ROLE = re.compile(
    r"\b(?:as|I was|I'm|I am|I worked as|working as)\s+(?:the|a|an|our|their)\s+"
    r"(?:(?:only|first|sole|new|acting|interim)\s+)?((?:(?:senior|"
    r"junior|lead|staff|principal|associate|head|chief|founding)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:manager|engineer|designer|analyst|scientist|developer|lead|director|"
    r"pm|consultant|architect|researcher|specialist|coordinator|owner|nurse|teacher|"
    r"representative|rep|executive|administrator|strategist|marketer|recruiter|officer))\b",
    re.IGNORECASE,
)
_PAST = (r"[a-z]{2,}ed|took|wrote|built|ran|led|made|met|sent|set|went|spoke|brought|sat|found|"
         r"began|chose|gave|held|kept|told|sought|taught|dug|did|got|pulled|pushed|called|drove|"
         r"split|cut|shipped|rewrote|rebuilt|spent|stood|fought|won|put|shut|drew|flew|sold|"
         r"paired|rolled|moved|stopped|dropped|planned|mapped|scrapped")
_STATIVE = (r"wanted|needed|liked|loved|hoped|felt|used|seemed|learned|realized|realised|"
            r"believed|guessed|thought|noticed|assumed|figured|decided to wait|tried")
# "I" opening a clause, not inside a relative clause ("the project I worked on").
_ACTION = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:so|and|then|first|finally|eventually|instead|immediately|quickly|"
    rf"personally|also)\s+)I\s+(?:(?:then|also|first|quickly|personally|immediately|finally)\s+)?"
    rf"(?!(?:{_STATIVE})\b)((?:{_PAST})\b(?:\s+(?:\d+:\d+|[^\s,.;:!?]+)){{1,9}})",
)
_STOP = re.compile(r"\s+(?:and|but|so|because|which|while|when|to see|after|before|since|"
                   r"even|until|unless|although|though|where|who|rather than|instead of)\b.*$",
                   re.IGNORECASE)
_PRONOUNS = {"my": "their", "me": "them", "myself": "themselves", "i": "they", "we": "the team",
             "our": "the team's", "us": "the team", "mine": "theirs", "i'd": "they'd",
             "i'm": "they're", "ourselves": "the team"}
_CONNECTOR = re.compile(r"^\s*(?:and|so|but|then|as a result|in the end|ultimately|by the end|"
                        r"eventually|overall|finally)\b[,\s]*", re.IGNORECASE)
# A headline must not end on a word that promises more ("..., and we").
_DANGLING = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at",
             "we", "i", "they", "he", "she", "it", "our", "my", "their", "was", "were", "is",
             "that", "which", "so", "but", "from", "as", "than", "about", "had", "have", "into",
             "the team", "them", "its", "this", "these", "those", "every", "each", "more"}
MAX_WORDS = 10


def _third_person(text: str) -> str:
    return re.sub(r"\b(my|me|myself|I|we|our|us|mine|I'd|I'm|ourselves)\b",
                  lambda m: _PRONOUNS[m.group(0).lower()], text, flags=re.IGNORECASE)


_ACRONYMS = {"pm", "ux", "ui", "qa", "sre", "it", "hr", "ml", "ai", "tpm", "cx", "vp", "bi"}
_TAIL = re.compile(r"\s+(?:that|which|who) (?:would|could|had|have|has|was|were|is)\b.*$",
                   re.IGNORECASE)
_AGREEMENT = ((" the team were", " the team was"), (" the team have", " the team has"),
              (" the team are", " the team is"))


def _tidy(text: str) -> str:
    """At most MAX_WORDS words, never ending on a dangling word or punctuation."""
    text = _TAIL.sub("", text)
    for wrong, right in _AGREEMENT:
        text = text.replace(wrong, right)
    words = text.split()[:MAX_WORDS]
    while words and (words[-1].lower().strip(",;:.—-") in _DANGLING
                     or not words[-1].strip(",;:.—-")):
        words.pop()
    return " ".join(words).rstrip(",;:.—-")


def _role(case: Case) -> str | None:
    if case.submission.role:
        return case.submission.role.strip()
    match = _ROLE.search(case.submission.answer)
    if match:
        return " ".join(w.upper() if w.lower() in _ACRONYMS else w.capitalize()
                        for w in match.group(1).split())
    return None


def _usable(evidence: Evidence) -> bool:
    return evidence.strength >= 1.0


def _key_action(case: Case) -> str | None:
    """The first-person action in the sentences behind the best-scored criteria."""
    ranked = sorted(case.criteria, key=lambda s: -s.score)
    key = {case.analysis.sentence_at(q.start) for s in ranked[:3] for q in s.evidence}
    candidates = [e for e in case.analysis.of("disagreement", "ownership", "action")
                  if _usable(e)]
    candidates.sort(key=lambda e: (e.sentence not in key, e.kind != "disagreement",
                                   e.kind != "ownership", e.start))
    for item in candidates:
        sentence = case.analysis.sentences[item.sentence].span.text
        match = _ACTION.search(sentence)
        if match:
            phrase = _tidy(_third_person(_STOP.sub("", match.group(1))))
            if len(phrase.split()) >= 3:
                return phrase
    return None


def _clause_with(text: str, anchor: re.Pattern[str]) -> str:
    clauses = re.split(r"[,;:—]\s+|\s+-\s+|\s+and\s+(?=(?:the|our|we|it|its|that|this|"
                       r"[a-z]+s)\b)", text)
    for clause in clauses:
        if anchor.search(clause):
            return clause
    return clauses[0]


_HAS_CHANGE = re.compile(r"\d|\b(dropped|fell|rose|grew|doubled|halved|improved|cut|saved|"
                         r"reduced|increased|decreased|launched|shipped|renewed|caught|"
                         r"on time|less|fewer)\b", re.IGNORECASE)


def _key_outcome(case: Case) -> str | None:
    """The measured (or at least concrete) result, as a short clause."""
    for kind in ("quantified_result", "result"):
        for item in case.analysis.of(kind):
            if not _usable(item) or "hedge" in case.analysis.sentences[item.sentence].kinds:
                continue
            clause = _CONNECTOR.sub("", _clause_with(item.quote, _HAS_CHANGE))
            phrase = _tidy(_third_person(clause))
            if len(phrase.split()) >= 3 and _HAS_CHANGE.search(phrase):
                return phrase
    return None


def _article(role: str) -> str:
    return "an" if role[:1].lower() in "aeiou" else "a"


def build_headline(case: Case) -> str:
    """'How a Product Manager pushed back on the launch plan, and conversion rose 4%'."""
    role = _role(case)
    subject = f"{_article(role)} {role}" if role else "one candidate"
    action, outcome = _key_action(case), _key_outcome(case)
    short = case.competency.short_name
    if action and outcome:
        return f"How {subject} {action}, and {outcome[0].lower()}{outcome[1:]}"
    if action:
        return f"{subject[0].upper()}{subject[1:]} {action}, but the outcome goes unstated"
    if outcome:
        return f"{short}: {outcome[0].upper()}{outcome[1:]}, but whose doing is unclear"
    who = f"{_article(role).capitalize()} {role}'s" if role else "An"
    return f"{short} in general terms: {who} answer without a concrete story"
