"""Words for the realiser: what each kind of evidence shows, what each lens cares about, and
small grammar helpers. Every choice here is made by content (a kind, a family, a band), never
by chance."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from roundtable import regexes as re
from roundtable.catalog.schema import Criterion, Family
from roundtable.evidence.across import denial_says
from roundtable.evidence.reading import irregular_past
from roundtable.evidence.text import names_set_off
from roundtable.models import Vote

VOTE_WORDS: dict[Vote, str] = {
    "strong_no_hire": "Strong No Hire",
    "no_hire": "No Hire",
    "hire": "Hire",
    "strong_hire": "Strong Hire",
}

# What a sentence carrying each kind of evidence shows, as a clause about the candidate.
VAGUE_ACTION = "vague_action"
KIND_SHOWS: dict[str, str] = {
    "situation": "they set the scene concretely",
    "task": "they say what they were trying to achieve",
    "action": "they say what they did themselves",
    # a line whose own steps all leave what they acted on vague ("I put some new procedures in
    # place"): `reading.Finding.vaguely`
    "vague_action": "they say that they acted, but not what they did",
    "result": "there is an outcome",
    "learning": "they drew a lesson from it",
    "metric": "there are numbers in it",
    "timeframe": "it is pinned to a time",
    "named_entity": "it points at something concrete",
    "ownership": "they took it on personally",
    "data": "they brought data",
    "experiment": "they tested it",
    "customer": "the customer is in the story",
    "customer_feedback": "they went to customers for the facts",
    "stakeholder": "they knew whose plans it touched",
    "collaboration": "they brought partners in",
    "influence": "they worked to bring people round",
    "mentoring": "they put time into someone else's growth",
    "communication": "they say how they got the message across",
    "empathy": "they took the other side's view seriously",
    "trust": "they were candid about it",
    "wellbeing": "they looked after the people doing the work",
    "disagreement": "they say in their own voice that they disagreed",
    "grounds": "the objection has reasons behind it",
    "raised": "they say how they raised it",
    "escalation": "they brought others in",
    "decision": "a call was made",
    "commitment": "they backed the decision once it was made",
    "relationship": "the working relationship outlasted it",
    "quantified_result": "the result is measured",
    "failure_owned": "they own the failure outright",
    # "we prioritised the tickets", "I postponed the stock take": an order chosen, not always a
    # thing refused
    "prioritization": "they chose what came first",
    "speed": "they moved quickly",
    "calculated_risk": "they weighed the risk before acting",
    "cost": "they watched the cost",
    "simplification": "they made it simpler",
    "standards": "they held work to a bar",
    "deep_dive": "they dug into the detail",
    "curiosity": "they went looking for what they did not know",
    "big_picture": "they saw past the immediate task",
    "adaptation": "they changed course when the facts changed",
    "broad_impact": "they thought about who else it would touch",
}

# What KIND_SHOWS says of these is something the candidate did ("they brought data", "they
# were candid about it"): true only of a line in which the candidate tells a step of their own,
# never of "Dana didn't trust any number" or "the data showed…".
DONE_BY_CANDIDATE = frozenset({
    "action", "ownership", "data", "experiment", "customer_feedback", "collaboration",
    "influence", "mentoring", "communication", "empathy", "trust", "wellbeing", "raised",
    "escalation", "commitment", "prioritization", "speed", "calculated_risk", "cost",
    "simplification", "standards", "deep_dive", "curiosity", "adaptation", "big_picture",
    "broad_impact", "disagreement"})

# Why a lens cares, said in the lens's own terms.
LENS_STAKE: dict[Family, str] = {
    "customer": "it tells me whose problem they were solving",
    "data": "the argument rests on something you could check",
    "ownership": "that is the ownership I look for",
    "influence": "that is influence, the part of the job no title does for you",
    "relationship": "that is how trust survives a hard conversation",
    "execution": "that is delivery, not just intent",
    "results": "it ties the work to an outcome rather than activity",
    "reflection": "it shows they looked back at their own part",
    "communication": "it shows they thought about how to say it",
    "judgment": "that is the judgment I want to hear about",
    "people": "it shows care for the people doing the work",
    "standards": "it shows where they set the bar",
}


def wants(criterion: Criterion) -> str:
    """What would close a gap on this criterion, in the criterion's own words: a want worded
    for a whole family of criteria can be false of one ("how the relationship stood
    afterwards" is no gap in understanding the other side)."""
    return criterion.wants or f"more on {criterion.name.lower()}"


GENERAL_SAYS: dict[str, str] = {
    "generic_claim": "says what they believe rather than what they did",
    "vague": "is told in general terms, with nothing you could check",
    "hedge": "is hedged, so I can't weigh it as fact",
    "hypothetical": "says what they would do, not what they did",
    "habitual": "says what they usually do, not what happened this time",
    "collective_we": "is the team's doing, told as 'we', with their own part unclear",
    "passive_voice": "leaves out who did it",
    "uncredited": "earns nothing on this rubric",
    "vague_step": "leaves vague what exactly they did",
}
"""Why a line that credits nothing is a concern, by the kind of evidence found in it."""

SETTING_SAYS: dict[str, str] = {
    "metric": "puts a number on the situation",
    "customer": "brings the customer into the story",
    "stakeholder": "names who else had a stake",
    "situation": "sets the scene",
    "task": "says what they set out to do",
    "timeframe": "pins the story to a time",
    "named_entity": "names something concrete",
}
"""What a line that only sets a criterion's scene gives it, by the kind of context in it, the
first that applies; a line of situation clauses with none of these kinds sets the scene."""
SETS_THE_SCENE = "sets the scene"
_SCENE_ONLY = frozenset({"situation", "task"})
"""Kinds whose words say the whole line is scene: true only of a line every clause of which
sets the scene."""
_DETAIL = frozenset({"metric", "customer", "stakeholder", "timeframe"})
"""Context worth naming even in a line that tells a step of theirs: a number, the customer,
who had a stake, when (not a name beside the step, which says nothing of it)."""


def setting_says(kinds: frozenset[str], step: bool, scene: bool) -> str | None:
    """What a line the rubric counted only for its context gives the criterion: None when
    no context word is true and worth saying of the line ("after a while I stopped tagging
    him" is a step, not a time; "In the end my director decided on a middle path" is no
    scene)."""
    return next((SETTING_SAYS[k] for k in SETTING_SAYS if k in kinds
                 and (k in _DETAIL or not step) and (k not in _SCENE_ONLY or scene)), None)


FLAG_SAYS: dict[str, str] = {
    "blame": "puts the failure on someone else",
    "contempt": "speaks with contempt about others",
    "emotional": "makes the story about their frustration",
    "never_fail": "claims a record without mistakes",
    "sole_credit": "takes the credit for what a team did",
    "dismissive": "waves away other people's input",
    "steamroll": "goes around people to force the decision through",
    "concealment": "hides a problem or bends the record",
    "hypothetical": "says what they would do instead of what they did",
    "no_story": "tells no story of something that happened",
}


def flag_says(kind: str, quotes: Sequence[str]) -> str:
    """What the red flag `kind` raised on the lines `quotes` says of the answer: a denial of
    a conflict is not "a record without mistakes"."""
    return (denial_says(quotes) if kind == "never_fail" else None) or FLAG_SAYS[kind]


CLAUSE_BREAK = re.compile(r"[,;:—–]\s+|\s+-\s+")
MAX_INLINE = 150


def names(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def lower_first(text: str) -> str:
    """`text` with its first letter lower-cased, unless it starts an acronym or 'I'."""
    if len(text) > 1 and text[1].isupper() or text.startswith(("I ", "I'")):
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    """`text` with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


_ASIDE = re.compile(r"\s*\([^)]*\)")


def plain(text: str) -> str:
    """Anchor text for use mid-sentence: parentheticals and the final period removed."""
    # (Most anchors have no brackets: the pattern, which may open anywhere, is not run on them.)
    return lower_first((_ASIDE.sub("", text) if "(" in text else text).strip().rstrip("."))


def cut_end(text: str, limit: int = MAX_INLINE) -> int:
    """Where to end a quote of `text` so it stays readable: the last clause boundary before
    `limit`, or the whole text when it is short or has no boundary. Never mid-phrase."""
    if len(text) <= limit:
        return len(text)
    names = names_set_off(text)
    ends = [m.start() for m in CLAUSE_BREAK.finditer(text) if 40 <= m.start() <= limit
            and not any(start <= m.start() < end for start, end in names)]
    return ends[-1] if ends else len(text)


def quoted(text: str) -> str:
    """A verbatim span in curly quotes."""
    return f"“{text}”"


# "our own audit" is about the audit.
_DETERMINED = re.compile(
    r"\b(?:the|our|my|their|her|his|its|a|an)\s+(?:own\s+)?"
    r"((?:[A-Za-z0-9][\w'’%-]*\s+){0,2}[A-Za-z0-9][\w'’%-]*)"
)
_FUNCTION = frozenset(
    """the a an and or but so to of in on at by for from with that which who when while because as
    than then was were is are be been had have has did do does would could should will can
    we i he she they it me us them him her you my our their his its if not no into about
    after before over under up out just also only still very really what how why where
    one two three four five six seven eight nine ten twelve twenty hundred thousand dozen
    new old more most all some any each every same other along almost between
    longer later late ago away back together instead again too enough even ever came went
    got took made said told gave felt knew saw left kept ran began became found thought
    brought figures seemed sometimes behind own cut last next first week month year spring
    summer fall autumn winter quarter this these those there here such another many several
    few across through around without within toward towards against during despite among
    beyond onto upon via throughout off near like since until unless whether though
    although once already yet now anyway""".split()
)
# "a bit", "a few weeks", "the following year": amounts and times are not what a line is about.
_NOT_TOPICS = frozenset(
    """bit few lot couple little while year years month months week weeks day days time end
    moment point way thing things kind sort half third thirds quarter quarters fifth tenth
    morning mornings afternoon afternoons evening evenings night nights
    rest
    slowest fastest quickest biggest smallest largest highest lowest earliest latest newest
    oldest worst best hardest easiest busiest quietest cheapest weakest strongest longest
    shortest""".split()
)


# Past forms that are nouns too, after a noun: "the data set", "the price cut".
_NOUNS_TOO = frozenset("set cut cost hit read split spread bet shot hurt upset cast lead".split())


# What a thing was made or found to be, after its noun: "made the call stats visible" is
# about the call stats.
_PREDICATIVE = frozenset(
    """visible invisible available unavailable possible impossible public private ready clear
    safe easier harder better worse faster slower simpler clearer shorter bigger smaller cheaper
    happy unhappy aware free fixed obvious wrong right late early""".split()
)


@cache
def topic(text: str) -> str | None:
    """A short noun phrase from a quote ('the usage data'), for referring to a line without
    quoting it again: the longest determiner-led phrase, cut before function words."""
    best: list[str] = []
    for match in _DETERMINED.finditer(text):
        words: list[str] = []
        for word in match.group(1).split():
            lowered = word.lower().replace("’", "'")
            if lowered in ("one", "ones"):
                words = []  # "a smaller one": the noun is elided, there is no topic
                break
            if lowered in _NOT_TOPICS:
                words.append(word)  # "the right thing": no topic (checked below), not "the right"
                break
            if (lowered in _FUNCTION or lowered.endswith(("self", "ly")) or "'" in lowered
                    and not lowered.endswith("'s") or words and lowered in _PREDICATIVE
                    or words and lowered.endswith(("ed", "ing"))
                    # "the customer sent them back" is about the customer
                    or words and irregular_past(lowered) and lowered not in _NOUNS_TOO):
                break
            words.append(word.strip(",;:.!?"))
            if word[-1:] in ",;:.!?":
                break
        if any(w.lower() in _NOT_TOPICS for w in words[:1] + words[-1:]):
            continue
        if words and words[-1].lower().endswith(("'s", "’s")):
            continue  # "the team's" names an owner, not a thing
        if len(" ".join(words)) > len(" ".join(best)) and not (len(words) == 1 and
                                                                len(words[0]) < 5):
            best = words
    return f"the {' '.join(best)}" if best else None
