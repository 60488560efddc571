"""How much a phrase found in a clause may count, given that clause's reading.

A phrase pattern finds "escalated"; the reading says whether the candidate escalated, did not,
would have, or whether it was the manager who did. Credit follows the reading:

- behavior (what the candidate did) counts only in the candidate's or the team's own clause
  that tells what happened; a hedge counts for less; a denial, a hypothetical or a habit is no
  behavior at all;
- what is true whoever says it (a customer, a number, a date, a later event between people)
  counts from any owner;
- a result counts where the story tells an outcome, not where it gives a reason or sets the
  scene, and "we never had that outage again" is an outcome told as an absence;
- the scene told before the candidate's first step of their own ("we had a big stock
  discrepancy at the store") is what was wrong before they acted: no behavior of theirs;
- a red flag is the candidate's own framing, so it counts wherever the candidate speaks, but
  never in a clause that denies it ("I didn't go over her head") or in someone else's words.

A pattern that already contains the negation ("didn't relitigate", "can't think of a time")
has accounted for it, so the clause's negation does not cancel it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from roundtable import regexes as re
from roundtable.evidence.flagging import felt_by_another
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.lexicon import ROLE_NOUN
from roundtable.evidence.reading import (
    Clause,
    appraises_self,
    handed_on,
    has_verb,
    mode_triggers,
    negation_at,
    past_tense,
    read_mode,
    subject_split,
    tells_own_job,
    told_in_the_past,
    told_later,
    with_me,
)

HEDGED = 0.6
"""What a hedged clause ("I think it stayed good") is worth against a plain one."""

SHORTFALL = 0.5
"""What a result that missed its goal ("three weeks late", "some features missing") is worth."""
_SHORTFALL = re.compile(
    r"\b(?:late|later than (?:planned|promised)|behind (?:schedule|plan)|missing|missed|short of|"
    r"fell short|slipped|over budget|partial(?:ly)?|incomplete|half-done|not (?:all|every|"
    r"everything|fully)|"
    # an outcome that went against them: "the client was not happy", "we lost the account"
    # ("complaints halved" and "refunds fell" are outcomes won, so those words are not here)
    r"(?:not|wasn't|weren't|was not|were not) (?:very |at all )?(?:happy|pleased|satisfied)|"
    r"unhappy|dissatisfied|lost (?:the|our|a|that|their) (?:client|customer|contract|account|"
    r"deal|business)|"
    # the trouble still there at the end: "in the next quarter the freight was still high",
    # "the backlog remained a problem"
    r"(?:was|were|is|are|remained|stayed) still (?:high|over|above|late|behind|failing|broken|"
    r"happening|too high|too low|a problem|an issue)|still (?:over|above) (?:budget|target)|"
    r"(?:remained|stayed) (?:high|over budget|above target|a problem|an issue))\b",
    re.IGNORECASE)

# Properties of the text rather than claims about behavior: who says them does not matter.
_DESCRIPTIVE = frozenset({
    "situation", "task", "metric", "timeframe", "named_entity", "vague", "hedge",
    "generic_claim", "collective_we", "passive_voice", "prompt_injection",
})
# Who the story is about, whoever mentions them and in whatever mode.
_TOPICAL = frozenset({"customer", "stakeholder"})
# True whoever tells them: customer feedback, another person's decision or change of mind.
_ANY_OWNER = frozenset({
    "customer_feedback", "decision", "influence", "big_picture", "broad_impact",
})
# Reasons are often conditional ("if it fell over, merchants wouldn't get paid"): a hypothetical
# consequence is an argument, not an imagined action.
_REASONING = frozenset({"grounds", "calculated_risk", "cost", "data", "big_picture"})
_RESULTS = frozenset({"result", "quantified_result"})
# Red flags about what the candidate did (rather than how they talk about others).
_CONDUCT = frozenset({"steamroll", "emotional", "concealment"})
# Concealment weighed and turned down, asked of the candidate, or wished by others: "I was
# tempted to keep it quiet", "it would have been easy to leave it out of the report", "he asked
# me to keep it between us", "instead of hiding it".
_RESISTED = re.compile(
    r"\b(?:tempt\w*|could have|could've|would have|would've|easy|easier|rather than|instead "
    r"of|option|temptation|pressure|asked (?:me|us)|wanted (?:me|us)|told (?:me|us)|expected "
    r"(?:me|us)|suggested|refused|wouldn't|won't|not going to|no way|urged|pushed (?:me|us))\b"
    r"[^.;!?]{0,40}$", re.IGNORECASE)
# A subject before the phrase that is not the teller: "My deputy | never told the client".
_SOMEONE_BEFORE = re.compile(r"^(?!.*\b(?:I|we)\b)\W*\w", re.IGNORECASE)
_RECORD = re.compile(r"(?:report|table|summary|write-?up|slides?|deck|dashboard)\b",
                     re.IGNORECASE)
# Those a problem was kept from, told as never knowing it: "the inspector never found out" is the
# candidate's concealment told from the other side.
_NEVER_KNEW = re.compile(r"\bnever (?:knew|found out|needed to know|had to know)\b", re.IGNORECASE)
# Red flags a counterfactual still carries ("if they had done their part", "I'd have to pick
# something small").
_COUNTERFACTUAL = frozenset({"blame", "never_fail"})
_CREED_OF_FORCE = re.compile(r"\b(?:rather|better to|easier to) ask (?:for )?forgiveness\b|"
                             r"\bforgiveness (?:rather )?than permission\b|\b(?:rather than|"
                             r"instead of) (?:wait(?:ing)?|ask(?:ing)?) for (?:the |anyone['’]s |"
                             r"someone['’]s )?(?:permission|approval|sign-?off|go-ahead)\b",
                             re.IGNORECASE)
# Blame needs the counterfactual to be about the past ("if they had tested it", "if it weren't
# for them"): "if the servers failed, 200 people would have to wait" weighs a risk, and its
# "failed" faults no one.
_PAST_COUNTERFACTUAL = re.compile(
    r"\bhad\b(?!\s+to\b)|\b\w+['’]d\s+(?:\w+ly\s+)?(?:been|\w+(?:ed|en|wn|ne|t))\b|"
    r"\b(?:would|could|might|should)(?:n['’]t| not)? have\b(?!\s+to\b)|\bif only\b|"
    r"\b(?:wasn['’]t|weren['’]t|was not|were not|if not|but) for\b", re.IGNORECASE)
_BONDS = frozenset({"relationship", "trust"})

# The candidate introducing their job: "I'm a team leader in customer care for an online
# mattress company", "I was transport planner in a freight forwarding company", "I became head
# of maths at a secondary school in Swindon in September 2022". It says who is telling the
# story, not what the story shows: the customers, people, numbers and dates in it size the
# employer, not the problem, and becoming a head is no step taken.
_SELF_INTRODUCED = re.compile(
    r"^\W*(?:(?:yes|yeah|ok|okay|so|well|right|sure)\b[,.]?\s+)*(?:(?:at the time|back then|"
    r"then|in \d{4}|last year|(?:a few|two|three|four|five) years ago|(?:in|at) my (?:previous|"
    r"last|old|former|first|current) (?:job|role|company|position|work|workplace))[, ]+)?"
    r"(?:(?:when|after|"
    r"once|as soon as) (?=I (?:joined|started|took over|became|was (?:made|hired|promoted|"
    r"appointed))))?(?:I'm|I am|I was|"
    r"I've been|I have been|I work(?:ed)? as|I was working as|I became|I was hired as|"
    r"I was (?:promoted|made|appointed)(?: to)?|I (?:joined|started|took over)\b[^,.]{0,40}?"
    r"\bas)\s+(?:(?:a|an|the|"
    r"one of (?:the|two|three|four)|our|their)\s+)?(?:[\w&'-]+\s+){0,4}?(?:"
    + ROLE_NOUN + r")s?\b(?=[^.]{0,80}\b(?:at|in|for|on|with|of)\b|\W*$)",
    re.IGNORECASE)
# …or by the remit it held, after the job is named: "In my last company I was responsible for
# the marketing events budget". Without the lead, "I was responsible for the migration" may be
# the task the story is about.
_REMIT_INTRODUCED = re.compile(
    r"^\W*(?:(?:yes|yeah|ok|okay|so|well|right|sure)\b[,.]?\s+)*(?:in|at) my (?:previous|last|"
    r"old|former|first|current) (?:job|role|company|position|work|workplace|team)[, ]+(?:I was|"
    r"I am|I'm) (?:responsible for|in charge of)\b", re.IGNORECASE)
# …or recalled as the time the story is from, as a spoken answer opens: "Um, yeah, so the one
# that comes to mind is from | when I was a shift supervisor at a call centre".
_RECALLED_JOB = re.compile(
    r"^\W*(?:(?:and|so|well)\s+)?(?:(?:from|back)\s+)?when I was (?:a|an|the|one of the)\s+"
    r"(?:[\w&'-]+\s+){0,4}?(?:" + ROLE_NOUN + r")s?\b", re.IGNORECASE)
# A unit of a workplace run, as the whole first line: the teller's job, not a step of the
# story ("I ran the numbers", "I ran the kitchen that night" go on to what was done).
_RAN_A_UNIT = re.compile(
    r"^\W*(?:(?:so|well|okay|ok|right|basically)\W+)*(?:(?:at|in) (?:the|my|our|a|an) "
    r"[\w'’ -]{2,40}?,?\s+)?I\s+(?:ran|managed|led|headed|supervised|looked after)\s+(?:the|a|an|"
    r"our|my)\s+(?:[\w-]+\s+){0,2}(?:section|department|team|desk|shop|store|ward|unit|branch|"
    r"kitchen|site|floor|office|warehouse|depot|bar|crew|lab|clinic|pharmacy|library|restaurant|"
    r"cafe|café)\W*$", re.IGNORECASE)
# ...or the team or unit worked in, as a whole line: "I worked in the council tax team at a
# London borough." ("I worked on the fix all night" is a step.)
_WORKED_IN = re.compile(
    r"^\W*(?:(?:so|well|okay|ok|right|basically)\W+)*I\s+(?:worked|work|was working)\s+(?:in|for|"
    r"on)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,3}(?:section|department|team|desk|shop|store|"
    r"ward|unit|branch|kitchen|office|warehouse|depot|lab|clinic|pharmacy|library|restaurant|"
    r"call cent(?:re|er)|contact cent(?:re|er))(?:\s+(?:at|in|for|of)\s+(?:the |a |an )?"
    r"[\w'’ -]{2,40})?\W*$", re.IGNORECASE)
_INTRODUCED_AT = 1
"""The last sentence (counted from 0) a job introduction opens the answer in."""
# What an introduction keeps: it sets the scene, its numbers, names and dates are specifics of
# the telling (though no outcome: `criteria._in_scene`), and what counts against a telling still
# does.
_SELF_INTRO_KEEPS = frozenset({"situation", "metric", "named_entity", "timeframe", "vague",
                               "hedge", "generic_claim", "collective_we", "passive_voice",
                               "prompt_injection"})


# A percentage pledged, not measured: "you must commit one hundred percent", "I trust you
# 100%", "you back it a hundred percent".
# ("the suite gives 100% coverage", "we support 100% of the sites" measure)
_PLEDGED = re.compile(
    r"\b(?:commit(?:ted|s)?|back(?:ed|s)?|trust(?:ed|s)?|support(?:ed|s)?|believe[ds]?|"
    r"give[ns]?|gave|giving|behind) (?:(?:it|him|her|them|you|us|that|this|the "
    r"(?:decision|plan|call))\s+)?(?:a |one )?(?:hundred|100|110|hundred and ten) ?(?:%|"
    r"percent|per cent)(?!\s+(?:of|on|in|for|coverage|uptime|compliance|accuracy|"
    r"attendance)\b)", re.IGNORECASE)


def _pledged(clause: Clause, start: int) -> bool:
    """Whether the finding at `start` is a percentage pledged (`_PLEDGED`)."""
    return any(clause.span.start + m.start() <= start < clause.span.start + m.end()
               for m in _PLEDGED.finditer(clause.text))


# …and where they work now, told beside it: "and now I am in the UK office since two years".
_WORKING_NOW = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:now|today|currently|these days)\s+(?:I'm|I am|I work|"
    r"I've been|I have been|I'm working|I am working)\s+(?:\w+\s+)?(?:in|at|with|for|on|as)\b",
    re.IGNORECASE)


# …or their years in a trade: "Yeah, so I've been in car sales about six years", "I've worked
# in hospital pharmacy for twelve years".
_YEARS_IN = re.compile(
    r"^\W*(?:(?:yes|yeah|ok|okay|so|well|right|sure)\b[,.]?\s+)*I(?:'ve| have) (?:been|worked) "
    r"(?:in|at|with|as) (?!(?:meetings?|touch|contact|talks|charge)\b)(?:(?!\b(?:with|him|her|"
    r"them|us)\b)[\w&'’ -]){2,40}?(?:for )?(?:about |around |nearly |over |almost |just "
    r"under |more than )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|a few|a couple of) (?:years|months)\b", re.IGNORECASE)


# …or the size of the job it goes on to give: "I have four teams, around 30 engineers", "I
# manage 14 pickers across two shifts", "My team is six nurses and two HCAs". The people or
# places in the candidate's charge size the job, they measure nothing the story did.
# ("I had three weeks to…" gives the task its time; "I had 40 complaints" is the trouble)
_JOB_SIZED = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:I (?:have|manage|run|lead|oversee|look after|supervise|am "
    r"responsible for|had|managed|ran|led|oversaw|looked after|supervised|was responsible for)|"
    r"my (?:team|department|unit|crew|ward|section) (?:is|was|has|had)|(?:we(?:['’]re| are| were) "
    r"a (?:team|crew|department) of))\s+(?:about |around |roughly |nearly |over |almost |just "
    r"under |more than |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\s+(?:[\w-]+\s+)?(?:teams?|people|"
    r"engineers|developers|staff|reports|direct reports|nurses|carers|drivers|agents|advisers|"
    r"advisors|pickers|operators|technicians|analysts|managers|employees|colleagues|chefs|cooks|"
    r"teachers|volunteers|stores|shops|sites|branches|wards|beds|depots|clinics|schools)\b",
    re.IGNORECASE)


def counts_as(kind: str, clause: Clause | None) -> str:
    """What a piece of evidence counts as in its clause. Numbers in someone else's plan set the
    scene; they are not the candidate's case. A number in someone else's general rule ("if
    three people complain about the same thing…") sets no scene: it happened nowhere in the
    story, and stays only a number. What a line is said to show (the deliberation) and what
    the claim checker finds in it both read it so."""
    if kind != "metric" or clause is None or clause.owner != "other" or clause.mode in (
            "habitual", "hypothetical"):
        return kind
    return "situation"


def introduces_self(clause: Clause) -> bool:
    """Whether the clause is the candidate's introduction of their own job (`_SELF_INTRODUCED`,
    or told by what they do, `reading.tells_own_job`, by its remit, `_REMIT_INTRODUCED`, or as
    the time the story is from, `_RECALLED_JOB`),
    of their years in a trade (`_YEARS_IN`) or of where they work now (`_WORKING_NOW`), or the
    size of that job given right after (`_JOB_SIZED`)."""
    return clause.sentence <= _INTRODUCED_AT and bool(
        _SELF_INTRODUCED.match(clause.text) or _YEARS_IN.match(clause.text)
        or _WORKING_NOW.match(clause.text) or _REMIT_INTRODUCED.match(clause.text)
        or _RECALLED_JOB.match(clause.text)
        # "So, I run the front desk at a dental practice", read as the scene
        or clause.role == "situation" and tells_own_job(clause.text)
        # "At the garden centre I ran the plants section.": the job, told as the first line
        or clause.sentence == 0 and _RAN_A_UNIT.match(clause.text)
        or _WORKED_IN.match(clause.text)) or (
        clause.sentence <= _INTRODUCED_AT + 1 and _JOB_SIZED.match(clause.text) is not None)


_RISK = re.compile(r"\b(?:can|could|might|may)\b", re.IGNORECASE)


def _risk_given(clause: Clause) -> bool:
    """Whether a clause read as a habit gives a risk as the candidate's reason: "lifting him by
    the arms can break his shoulder" tells what can happen, not what usually does."""
    return clause.owner != "other" and clause.role == "grounds" and bool(
        _RISK.search(clause.text))
# Who the customer is and what they said: a lesson stated as a rule about customers names none.
_ABOUT_CUSTOMERS = frozenset({"customer", "stakeholder", "customer_feedback"})
# A relative clause that sizes a thing named in a step, not an outcome of the step.
_DESCRIBED = re.compile(r"\b(?:that|which|who)\s+(?:together\s+)?(?:covered|cover|covers|"
                        r"accounted for|account for|represented|represent|made up|make up|"
                        r"drove|drive|generated|held|contained|served)\s+(?:about\s+|roughly\s+|"
                        r"nearly\s+|almost\s+|over\s+)?[^\s]*$", re.IGNORECASE)
_NOT_OUTCOMES = frozenset({"grounds", "situation", "task", "dispute"})
# "We" may hide whose step it was only where "I" could have been said: a reciprocal ("we helped
# each other") needs more than one doer.
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
# A "we" right after a noun opens a relative clause that describes the noun ("the venue we
# wanted was too expensive", "I called another supplier we had used before"): the clause's own
# step is the noun's or the candidate's. A time ("the next day we met") is no such noun.
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|another|any|every|some|that|this|those|these|one|"
                          r"our|my|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?!(?:day|days|week|"
                          r"weeks|month|months|year|years|morning|afternoon|evening|night|time|"
                          r"times|end|weekend|shift|quarter|sprint|season|hour|moment|point|"
                          r"summer|winter|spring|autumn|fall)\s)[\w-]+\s+$", re.IGNORECASE)
_TIME_OR_CONDITION = re.compile(r"^\W*(?:and |but |so )?(?:when|whenever|while|if|unless|once|"
                                r"as soon as)\b", re.IGNORECASE)


def _accounted(clause: Clause, start: int, end: int) -> bool:
    """Whether every trigger of the clause's mode lies inside the matched phrase.

    "I didn't think we should launch" is how a disagreement is said: the pattern that found it
    already reads the negation and the modal.
    """
    base = clause.span.start
    triggers = negation_at(clause.text) + mode_triggers(clause.text)
    return bool(triggers) and all(start <= base + s and base + e <= end for s, e in triggers)


def _effective_mode(clause: Clause, start: int, end: int) -> str:
    """The clause's mode as credit sees it.

    A pattern that reads its own negation or modal has accounted for it, and a habit told in
    the past ("we role-played twice a week for a month", "and I'd stand back and give him
    feedback after": a "would" read as a habit is the past's), or kept within a story told in
    the present (`Clause.narrated`), is something that happened.
    """
    if clause.mode in ("negated", "hypothetical") and _accounted(clause, start, end):
        return "fact"
    if clause.mode == "negated" and _past_a_dash(clause, start):
        # "Not comfortable - manual test below safe level twice that morning": a note's dash
        # ends what its "not" denies
        return "fact"
    # ("resolved" in "very few disagreements can't be resolved" is no past: a participle
    # after "be" tells a state, and the rule is general)
    if clause.mode == "habitual" and (past_tense(clause.text) and told_in_the_past(clause.text)
                                      or clause.narrated or _PAST_WOULD.search(clause.text)):
        return "fact"
    if clause.mode == "habitual" and clause.actor in ("candidate", "team") and (
            _NUMBERED_STEP.match(clause.text) and _SET_TIME.search(clause.text)
            and not _AS_A_RULE.search(clause.text)):
        # "Third, every morning I ask one man to say back to me what is today's danger": the
        # routine set up, at its set time, as one of the steps told is a step taken ("First, I
        # always make sure everyone is heard" claims a habit)
        return "fact"
    if clause.mode == "hedged" and _APPROXIMATE.search(clause.text) and read_mode(
            _APPROXIMATE.sub(" ", clause.text), clause.actor) != "hedged":
        # "I listened to maybe forty calls" is read as hedged, as people label it, but only
        # the count is guessed: the listening happened
        return "fact"
    return clause.mode


_APPROXIMATE = re.compile(
    r"\b(?:maybe|perhaps|probably)(?= (?:about |around |roughly |like )?(?:[£$€] ?)?(?:\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a dozen|dozens|a few|a couple|"
    r"half)\b))",
    re.IGNORECASE)


_NUMBERED_STEP = re.compile(r"^\W*(?:(?:first|second|secondly|third|thirdly|fourth|fifth|\d[.)]|"
                            r"step (?:one|two|three|four|\d)),?\s|(?:also|then|and),?\s+(?:every|"
                            r"each) )", re.IGNORECASE)
_SET_TIME = re.compile(r"\b(?:every|each) (?:single )?(?:morning|evening|night|day|shift|week|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|handover|"
                       r"briefing|huddle|delivery|batch|load|order)\b", re.IGNORECASE)
_AS_A_RULE = re.compile(r"\b(?:always|usually|normally|generally|typically|tend to)\b",
                        re.IGNORECASE)
_PAST_WOULD = re.compile(r"\b(?:would|(?:I|we|he|she|they)['’]d)\b(?! (?:have|['’]ve)\b)",
                        re.IGNORECASE)
_ME = re.compile(r"\b(?:me|my|I|I'm|I've|I'd|I was)\b")
# A clause about another person the reader gave no actor: "A man came in very angry" is the
# customer's anger, told by the candidate.
_A_PERSON = re.compile(r"^\W*(?:and |so |then |but )?(?:a|an|the|this|that|one|another) "
                       r"(?:[\w-]+ ){0,2}?(?:man|woman|guy|lady|gentleman|customer|guest|"
                       r"patient|client|person|parent|mum|dad|mother|father|resident|passenger|"
                       r"caller|visitor|shopper|driver|neighbour|neighbor)\b", re.IGNORECASE)


# A politeness aside negates nothing of the clause: "my manager, no offense to her, had no idea".
_ASIDE = re.compile(r"\b(?:no offen[cs]e|no disrespect|not to be rude|not gonna lie|no doubt|"
                    r"no pun intended)\b", re.IGNORECASE)


def _reads_its_negation(clause: Clause, start: int, end: int) -> bool:
    """Whether the clause's first negation lies in the matched phrase: "I haven't really had a
    failure I'd call a failure" denies by its own "haven't", whatever follows it."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(clause.text)]
    negations = [(s, e) for s, e in negation_at(clause.text)
                 if not any(a <= s < b for a, b in asides)]
    return bool(negations) and start <= clause.span.start + min(negations)[0] < end


def _past_a_break(clause: Clause, start: int) -> bool:
    """Whether every negation of the clause ends before a comma or dash that comes before
    `start`: in "nobody else was going to deal with it, honestly the billing team were pretty
    useless" the "nobody" does not reach the second half the reading left in the same clause."""
    at = start - clause.span.start
    breaks = [m.start() for m in re.finditer(r"[,;:—–]", clause.text[:max(0, at)])]
    negations = negation_at(clause.text)
    return bool(negations) and all(any(e <= b for b in breaks) for _, e in negations)


_DENIAL_FRAME = re.compile(r"\b(?:wouldn['’]t|would not|can['’]t|cannot|couldn['’]t|don['’]t|"
                           r"do not) (?:really |honestly |actually )?(?:say|think|remember|recall)"
                           r"\b(?: that)?(?: I(?:['’]ve| have)?)?(?: (?:really|honestly))?\s*$",
                           re.IGNORECASE)


def _past_a_dash(clause: Clause, start: int) -> bool:
    """Whether every negation of the clause ends before a dash or colon that comes before
    `start` (a comma may go on with the same denial: "no meetings, no emails")."""
    at = start - clause.span.start
    breaks = [m.start() for m in re.finditer(r"\s[-—–]\s|[—–:]", clause.text[:max(0, at)])]
    negations = negation_at(clause.text)
    return bool(negations) and all(any(e <= b for b in breaks) for _, e in negations)


# "Bless her" closing a sentence after a deed told before it thanks; after a failing word it
# pities ("she tried her best, bless her").
_THANKS = re.compile(r"bless (?:him|her|them)[.!][\"”’)]*\s*$", re.IGNORECASE)
_FAILING = re.compile(r"\b(?:tried|try|trying|couldn't|could not|can't|didn't|did not|doesn't|"
                      r"wasn't|struggl\w*|confused|lost|no idea|still|again|means well|meant "
                      r"well|forgot|missed|late)\b", re.IGNORECASE)


def _wish_after_a_break(clause: Clause, end: int) -> bool:
    """Whether every modal that makes the clause hypothetical comes after the finding and a
    comma: what was said before it is told as it is ("that's a sales problem, | it shouldn't
    become our risk", a comma splice the clause cut kept whole)."""
    triggers = mode_triggers(clause.text)
    after = end - clause.span.start
    return bool(triggers) and all(at >= after and "," in clause.text[after:at]
                                  for at, _ in triggers)


# A strength said of the person before the failing, in the same breath: "he was very motivated
# but on the line he was slow", "she's great with customers but slow on the till". Weighing both
# sides is how a coach or a lead sizes someone up; blame names only the failing.
_STRENGTH_FIRST = re.compile(
    r"\b(?:he|she|they)(?:['’]s|['’]re| was| were| is| are) (?:very |really |so |quite |"
    r"genuinely |always )?(?:motivated|keen|eager|willing|enthusiastic|talented|bright|smart|"
    r"friendly|kind|good|great|lovely|careful|hard-?working|reliable|popular|strong|brilliant)"
    r"\b[^.;!?]{0,60}\bbut\b", re.IGNORECASE)


# A share of a crowd as the subject of the failing: "about a third of farms sent it late",
# "half the tenants paid late". How many did it is a finding about the problem, counted; blame
# points at a party.
_A_SHARE = re.compile(r"\b(?:(?:about|around|roughly|nearly|almost|over) )?(?:a (?:third|quarter|"
                      r"half|fifth|tenth)|half|most|many|a lot|lots|\d+\s?%|\d+ percent) "
                      r"(?:of )?(?:the |our |all )?[\w-]+s\s*$",
                      re.IGNORECASE)


# A word of contempt denied right before it, whatever the clause's mode: "I see it is not lazy",
# "they weren't incompetent at all" (a step told around it can leave the clause read as fact).
_DENIED_JUST_BEFORE = re.compile(r"\b(?:not|never|no longer|n['’]t)\s+(?:\w+ly\s+)?$",
                                 re.IGNORECASE)
# The feeling stirred in the teller by whoever comes before: "drove me mad", "made us furious".
_STIRS_ME = re.compile(r"(?:drove|drives|driving|made|makes|making|got|gets) (?:me|us)\b",
                       re.IGNORECASE)
# A thing, not a person, that got to the teller: "a car that drove me mad for about a month",
# "the intermittent fault was driving us up the wall". The fault is the story's puzzle; anger
# at it frames no one. "It drove me mad" may be anyone's doing and still counts.
_A_THING_STIRRED = re.compile(
    r"\b(?:car|van|truck|machine|bug|fault|problem|issue|printer|system|server|code|engine|test|"
    r"error|leak|noise|alarm|pump|boiler|software|app|spreadsheet|sensor|valve|line|build|"
    r"crash|outage|glitch)s? (?:(?:that|which) )?(?:(?:had|has|was|were|kept) )?(?:drove|drives|"
    r"driven|driving|made|makes|got|gets) (?:me|us) (?:\w+ )?(?:mad|crazy|nuts|insane|up the wall|"
    r"round the bend|around the bend)\b", re.IGNORECASE)


# The teller's own outburst named as a wrong, said to the person it hit or owned in the telling:
# "I started by saying I was out of order shouting", "I apologised for snapping at her".
_OWNED_AS_WRONG = re.compile(
    r"\b(?:(?:i|we) was out of order|i was (?:wrong|out of line) (?:to|for)|apologi[sz]e[ds]? "
    r"for|(?:said|told (?:him|her|them)) (?:i was )?sorry (?:for|about)|i shouldn['’]t have)\b",
    re.IGNORECASE)


def _the_tellers_anger(clause: Clause, before: str, start: int, end: int) -> bool:
    """Whether a word of anger at `start:end` in `clause` frames the story in the teller's anger:
    not someone else's ("a clinic director called me furious"; "my manager drove me mad" is the
    teller's), not a fault's hold on them ("a car that drove me mad for a month"), not an
    outburst owned as a wrong ("I started by saying I was out of order shouting")."""
    if felt_by_another(before) and not _STIRS_ME.match(clause.text, len(before)):
        return False
    stirred = _A_THING_STIRRED.search(clause.text)
    if stirred is not None and stirred.start() <= start - clause.span.start < stirred.end():
        return False
    return not _OWNED_AS_WRONG.search(clause.text, 0, max(0, end - clause.span.start))


def _flag_credit(kind: str, clause: Clause, mode: str, start: int, end: int) -> float:
    """A red flag counts wherever the candidate speaks, but never in a clause that denies it or
    in someone else's words."""
    before = clause.text[:max(0, start - clause.span.start)]
    if kind == "blame" and (_STRENGTH_FIRST.search(before) or _A_SHARE.search(before)):
        return 0.0
    if kind == "contempt" and _DENIED_JUST_BEFORE.search(before):
        return 0.0  # "the other shift says we are lazy. I see it is not lazy": the word denied
    if mode == "negated" and (_reads_its_negation(clause, start, end)
                              or _past_a_break(clause, start)
                              # "I wouldn't say I've ever had a real conflict": the denial of
                              # ever having had one is the flag, its "not" the frame's before
                              # it ("Not every call I made was right" owns a wrong one)
                              or kind == "never_fail" and _DENIAL_FRAME.search(
                                  clause.text[:max(0, start - clause.span.start)]) is not None):
        mode = "fact"
    if mode == "hypothetical" and _wish_after_a_break(clause, end):
        mode = "fact"  # "But that's a sales problem, it shouldn't become our risk"
    if clause.reported and clause.owner == "other":
        return 0.0
    if kind == "emotional" and clause.owner == "none" and _A_PERSON.match(clause.text) and not (
            _ME.search(clause.text)):
        return 0.0
    if kind == "emotional" and not _the_tellers_anger(clause, before, start, end):
        return 0.0
    if kind == "contempt" and _THANKS.match(clause.text, len(before)) and has_verb(before) and (
            not _FAILING.search(before)):
        # "which the head signed the same day, bless her" thanks a deed; "she tried, bless
        # her", "the PM, who, bless her, never…" and "Bless him." on its own pity
        return 0.0
    if kind in _CONDUCT and clause.owner == "other" and not (
            kind == "emotional" and _ME.search(clause.text)) and not (
            kind == "concealment"
            and _NEVER_KNEW.search(clause.text, max(0, start - clause.span.start))):
        # "she went straight to the VP" is her conduct, not the candidate's; "the whole thing
        # made me angry" is still the candidate's anger
        return 0.0
    if kind == "concealment" and _DENIED_RIGHT_BEFORE.search(before):
        return 0.0  # "I was honest with the team and didn't hide the numbers"
    if kind == "concealment" and (_RESISTED.search(before) or (
            clause.owner == "none" and _SOMEONE_BEFORE.search(before)
            and not _RECORD.match(clause.text, len(before)))):
        # "My deputy never told the client" is the deputy's concealment, whoever reads it; "the
        # precision table only showed the runs that passed" names the record, not who kept it
        return 0.0
    if kind in _COUNTERFACTUAL and mode == "hypothetical" and (
            kind != "blame" or _PAST_COUNTERFACTUAL.search(clause.text)):
        return 1.0  # "if the vendor had done their part…" blames all the same
    if kind == "steamroll" and mode == "hypothetical" and _CREED_OF_FORCE.search(clause.text):
        return 1.0  # "I'd rather ask forgiveness than permission" is a creed, not a wish
    if kind == "sole_credit" and mode == "hypothetical" and _reads_its_negation(clause, start,
                                                                                end):
        return 1.0  # "nobody else could have fixed it" takes the credit it imagines away
    return 0.0 if mode in ("negated", "hypothetical") else 1.0


# A denial right before what the flag matched, in a clause the reader did not read as negated
# (its main verb is not: "because I was honest with the team and didn't hide the numbers").
_DENIED_RIGHT_BEFORE = re.compile(r"\b(?:didn['’]t|did not|don['’]t|do not|never|wouldn['’]t|"
                                  r"would not)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_UNKNOWN = re.compile(
    r"\b(?:not (?:\w+ ){0,3}?(?:sure|certain|clear)|(?:don['’]t|didn['’]t|do not|did not|never) "
    r"(?:really |actually )?(?:know|find out|found out|hear|heard|learn|learned|learnt|see|saw)|"
    r"no idea)\b[^.;!?]{0,30}?\b(?:what|how|whether|if)\b", re.IGNORECASE)


# A result still to come: "we could cut costs by £6m", "it would save 40 hours a week". What
# would have happened ("we'd have lost £2m") is the stakes of a step taken, and keeps its number.
_FORECAST = re.compile(r"\b(?:could|would|will|might|can)\s+(?!have\b|be\b)[\w-]+|"
                       r"\w['’](?:d|ll)\s+(?!have\b|be\b)[\w-]+", re.IGNORECASE)
# A result only found or forecast, not realised: "we had identified £4.1m in savings
# opportunities", "projected savings of £200k", "on track to save 12%". What was delivered is
# told in other words ("we cut £1.6m of it by March").
_UNREALISED = re.compile_gated("unrealised",  # gated: most clauses lack its words
    r"\b(?:savings?|cost|revenue|efficiency|value|growth|commercial) opportunit(?:y|ies)\b|"
    r"\bopportunit(?:y|ies) (?:worth|of|totall?ing)\b|\b(?:potential|projected|forecast|"
    r"estimated|expected|identified) (?:annual |yearly |total )?(?:savings?|revenue|value|"
    r"benefits?|uplift|upside|efficienc(?:y|ies))\b|\b(?:forecast|projected|expected|"
    r"estimated|on track|set) to (?:save|deliver|generate|bring in|add|return)\b|\bidentified "
    r"(?:about |around |over |just over |nearly |almost |some )?[£$€]?\d[\d.,]*\s?(?:[mk]\b|"
    r"million|thousand|bn|billion)?\s?(?:in|of|worth of) (?:savings|cost|efficienc)|"
    # a case made, not a result: "the business case I put together projects a 15-point
    # improvement", "a potential 10x opportunity", "a total addressable market north of two
    # billion", "it's now one of the top priorities for next year"
    r"\b(?:projects|projecting|forecasts|forecasting|predicts|predicting) (?:an? |around |about |"
    r"roughly |up to |over )?(?:\d|"
    r"[£$€]|\w+-point|(?:increase|improvement|reduction|uplift|saving))|\bpotential \d+ ?(?:x|%)"
    r"|\b(?:total )?addressable market\b|\bpriorit(?:y|ies) for next (?:year|quarter)\b|"
    # a forecast told as what will come: "projects that refunds will take two days and that
    # complaints will halve"
    r"\b(?:projects|projected|forecasts|forecast|predicts|predicted|estimates|estimated|expects|"
    r"expected|anticipates) that\b|\bwill (?:halve|double|triple|save|cut|reduce|increase|"
    r"improve|drop|fall|rise|grow|deliver|generate|bring in|add|pay (?:back|for itself)|"
    r"take only)\b|"
    # still to come, however sure: "we're on track to go live next April", "should bring systems
    # costs down by a third", "we expect to see the first savings in Q2", "described as
    # potentially a model", "this is going to make a real difference"
    r"\bon track (?:to|for)\b|\bshould (?:bring|save|cut|reduce|halve|double|pay|deliver|"
    r"generate|add|free up|lift|raise)\b|\b(?:we|i|they|it|which) (?:expect|anticipate)s? "
    r"(?:to|that)\b|\b(?:is|are|was|were) (?:expected|projected|forecast|set) to\b|"
    r"\bpotentially\b|"
    # someone else's figures for what it might do: "Klarna's case studies suggested a 20 to 30%
    # uplift"
    r"\bcase stud(?:y|ies)\b[^.;!?]{0,20}\b(?:suggested|suggest|predicted|promised|claimed)\b|"
    r"\b(?:is|are|it['’]s|this['’]s) going to (?:make|save|cut|reduce|deliver|bring|change|"
    r"transform|pay)\b|"
    # a target set for a year to come: "approved as a company commitment: net zero by 2030,
    # with a 40% reduction by 2026", "targets 500,000 interactions a year by 2030" (on the tuned
    # parts of the unseen sets, five answers told one as their outcome, all weak)
    r"\b(?:commitment|pledge|target|goal|ambition|aim)s?\b[^.;!?]{0,40}?\bby 20\d\d\b|"
    r"\b(?:net[- ]zero|carbon[- ]neutral)\b[^.;!?]{0,10}\bby 20\d\d\b|\b\d+\s?% (?:reduction|"
    r"cut|increase|improvement) by 20\d\d\b",
    re.IGNORECASE)
# A pitch well received is no outcome of it: "there was a lot of interest", "the executive team
# was extremely excited". What they then did is ("they funded a pilot").
_RECEIVED = re.compile(
    r"^\W*(?:(?:and|but|so),? )?(?:there (?:was|were)|(?:(?:the|our|my) )?(?:executive team|"
    r"execs?|leadership(?: team)?|board|committee|senior (?:leaders|leadership|team|management)|"
    r"management|stakeholders|everyone|they|he|she|owner|manager|boss|director|head|cfo|ceo|coo|"
    r"vp)(?: (?:was|were|got|seemed))?) (?:a lot of |lots of |"
    r"real |great |huge |strong |genuine |very |really |extremely |super |so |quite |a great "
    r"deal of )*(?:interest|interested|enthusias(?:m|tic)|excite(?:d|ment)|positive|impressed|"
    r"keen|buy-in|energy|supportive|well received)\b|"
    # whoever was pleased, it was with the case made: "Finance were really pleased with the
    # business case", "the board loved the proposal"
    r"\b(?:pleased|happy|impressed|excited|delighted|thrilled|loved) (?:(?:with|about|by) )?(?:the|"
    r"my|our) (?:[\w-]+ )?(?:business case|proposal|plan|pitch|deck|idea|model|forecast|"
    r"projections?|options paper|paper)\b", re.IGNORECASE)


# Still to be decided or done, however near: "it's now on their roadmap for Q3", "the
# committee have it on the agenda again for June", "it's in the capex cycle for next financial
# year", "the spring campaign is still in the queue", "it will be approved soon"; or not yet
# known.
# ("pushed back on by finance" resists; "still waiting for sign-offs" as a habit of the place)
# The trouble told as going on after what was done, near the story's end: "There have been a
# few queries, but nothing like before", "in the next quarter the freight was still high",
# "more door failures followed", "it happened again in March". On the tuned parts of the unseen
# sets it is told so in eleven weak answers, two average ones and no strong one ("there were
# some teething problems at first" passed).
PERSISTED = re.compile(
    r"\bthere (?:have been|has been|were|was|are|is|had been) (?:still |also )?(?:a few|some|"
    r"a couple of|several|a handful of|more|other|further|two|three) (?:more |further |other |"
    r"new )?(?:[\w-]+ )?(?:complaints?|queries|issues|problems|errors|failures|incidents|faults|"
    r"breaches|defects|returns|escalations|outages)\b(?![^.;]*\b(?:at first|initially|early on)\b)|"
    # with "still", whatever it was: "there were still some drops after that", "we still had a
    # few late ones"
    r"\b(?:there (?:were|was|have been|has been|are|is) still|(?:we|they|I|it) still (?:had|got|"
    r"saw|get|see)) (?:some|a few|a couple of|several|the odd|occasional|a handful of) [\w-]+|"
    r"\b(?:was|were|is|are|stayed|remained) still (?:high|over budget|above (?:target|budget)|over|"
    r"failing|happening|occurring|coming in)\b|\bstill (?:failing|happening|occurring|coming in)\b|"
    r"\bmore (?:[\w-]+ )?(?:failures|complaints|errors|incidents|faults|defects|returns) "
    r"(?:followed|came|came in|arrived)\b|"
    r"\b(?:it|this|that|the (?:problem|issue|fault|error|drift|leak|failure)) (?:has |had )?"
    r"(?:happened|came back|recurred|returned|started) again\b",
    re.IGNORECASE)
PENDING = re.compile_gated("pending",  # gated: most clauses lack its words
    r"\bon (?:the|their|our|its|his|her) (?:agenda|roadmap|backlog|wish ?list)\b|"
    r"\b(?:it['’]s|is|are|was|were|went|got|put|been) (?:now |still |also )?on (?:the|their|our) "
    r"list\b|\bin the (?:queue|capex (?:cycle|round|process)|budget (?:cycle|round))\b|"
    r"\bstill (?:waiting|awaiting|pending)\b|\b(?:waiting|awaiting) (?:on|for) (?:a |the |their )?"
    r"(?:decision|approval|sign-?off|funding|budget)\b|\b(?:has been|have been|was|were|got|"
    r"been) (?:postponed|deferred|pushed back|put back|parked)\b(?! on\b)|"
    # the fix only given a slot, or bumped: "It was prioritised for Q3", "so it got pushed"
    r"\b(?:was|were|got|been|is|are) (?:prioriti[sz]ed|scheduled|slotted in|earmarked|"
    r"pencil?led in) for (?:q[1-4]|next|the next|the following|later)\b|\b(?:it|that|this|the "
    r"fix|the change) (?:got|was) pushed(?= ?[.,;]| again\b| (?:out|down the list|to (?:next|"
    r"the next|q[1-4]|later)))|\bwill (?:probably |"
    r"hopefully |likely |surely )?be (?:approved|fixed|signed off|rolled out|decided|funded)\b|"
    # not known yet, only hoped: "it's a bit early to say anything definitive", "it's in beta
    # with five percent of traffic", "early signals are really promising", "the directional
    # data is positive"
    r"\b(?:too|a bit|bit|still|quite|a little|slightly) early to (?:say|tell|know|judge|call)\b"
    r"(?! at (?:first|the time)\b)|"
    r"\b(?:it['’]s|is|it is) (?:still |currently |now )?in (?:beta|pilot|trial)\b|\b(?:early|"
    r"initial|first) (?:signs|signals|indications) (?:are|look|have been|were)\b|"
    r"\bdirectional(?:ly)? (?:data|signs|results|numbers)\b|"
    # left for others to finish: "I think they're planning to finish it this quarter", "I'd
    # say it's ninety percent there"
    r"\b(?:they|we)(?:['’]re| are) (?:now |still )?(?:planning|hoping|aiming) to (?:finish|"
    r"complete|launch|roll (?:it |this |that )?out|go live|ship)\b|\b(?:\d+|ninety|eighty|"
    r"seventy) ?(?:percent|per cent|%) there\b",
    re.IGNORECASE)


_GOES_ON = re.compile(r"^\W*(?:which|that|and that|and this|this)\b", re.IGNORECASE)


def forecast_goes_on(clause: Clause, clauses: Sequence[Clause]) -> bool:
    """Whether a clause only goes on with a forecast told before it in its sentence: in "the
    business case projects a 2-point cut in churn, | which translates into $14m a year" the
    $14m is forecast too."""
    return bool(_GOES_ON.match(clause.text)) and any(
        c.sentence == clause.sentence and c.span.start < clause.span.start
        and _UNREALISED.search(c.text) for c in clauses)


def realised(text: str) -> bool:
    """Whether an outcome told in `text` came about: not left to others to finish, only found
    or forecast, still pending (`PENDING`), a pitch only well received, or praise for the
    candidate ("my manager thanked me in front of the team")."""
    return not (handed_on(text) or _UNREALISED.search(text) or _RECEIVED.search(text)
                or _praised(text) or PENDING.search(text))


# A course, a certificate or a qualification finished: "I finished the certificate in five
# months, a month ahead of schedule", "she passed her level 3 qualification first time", "he's
# got the quals now". It is where learning or development starts; what came of it is what the
# learning was then used for. On the tuned parts of the unseen sets weak answers told one 16
# times, strong ones 6, and those as a step ("I did a free online SQL course in the evenings").
_COURSE_DONE = re.compile(
    r"\b(?:finished|completed|passed|got|earned|gained|achieved|did|has|have|['’]s got) (?:the |"
    r"her |his |their |my |a |an |both |all |all the )?(?:[\w-]+ ){0,3}?"
    r"(?:course|certificate|certification|training|qualification|quals|programme|program|"
    r"module|diploma|exam|accreditation|final assessment)s?\b", re.IGNORECASE)


def _result_credit(clause: Clause, mode: str, start: int) -> float:
    if _COURSE_DONE.search(clause.text):
        # a course finished is no outcome of it (`_COURSE_DONE`)
        return 0.0
    if not realised(clause.text):
        # the work left to others to finish, an outcome only found or forecast, or a pitch
        # only well received: what came of it is not told
        return 0.0
    if clause.role in _NOT_OUTCOMES or mode == "hypothetical" or mode == "habitual" and not (
            clause.role == "result" and (_LASTING_NOW.search(clause.text)
                                         or told_later(clause.text, clause.actor, None))):
        # A habit is no outcome, unless it is one that lasts: "three other branches now use
        # it", "after a month he was running the bar alone on Saturdays".
        return 0.0
    if clause.role != "result" and _TIME_OR_CONDITION.match(clause.text):
        # "I learned to look at | when things were booked": the change sets when the lesson
        # applies, as "if sales dropped" sets a condition; neither is what came of the story.
        return 0.0
    if _DESCRIBED.search(clause.text[:max(0, start - clause.span.start)]):
        # "we cut the scope to the three invoice types that covered 90% of volume": the
        # number describes what was chosen, not what came of it
        return 0.0
    if mode == "negated":
        # "we didn't hit the target" tells an outcome; "I'm not sure what ended up happening"
        # tells that the teller does not know one
        return 1.0 if clause.role == "result" and not _UNKNOWN.search(clause.text) else 0.0
    if _SHORTFALL.search(clause.text):
        # "launched ~3 weeks late, some features missing": an outcome told, but the goal
        # missed; its number measures the miss, not what was delivered
        return SHORTFALL
    return HEDGED if mode == "hedged" else 1.0


def _generic_lesson(clause: Clause, start: int) -> bool:
    """Whether a finding sits in a lesson told as a rule rather than an event: in "what I
    learned is that when a customer calls three times, the script has already failed" the
    customer who calls is anybody's, so no customer was met or heard. A lesson that reports
    what happened ("I learned from the survey that customers had churned") tells it in the
    past from the finding on."""
    return clause.role == "reflection" and not past_tense(
        clause.text[max(0, start - clause.span.start):])


# Praise or a reward for the candidate from above: who gave it is no counterpart turning to
# them ("she thanked me for raising it privately" is told by a colleague, and is not this).
_PRAISED = re.compile_gated("praised",  # gated: most clauses lack its words
    r"\b(?:my|our|the) (?:[\w-]+ )?(?:manager|boss|director|supervisor|head of [\w-]+|head|vp|"
    r"ceo|cfo|coo|leadership|matron|principal|headteacher|owner|partner|regional director|"
    r"area manager)\b[^.;!?]{0,30}?\b(?:thanked|praised|recogni[sz]ed|commended|complimented|"
    r"singled out|rewarded|nominated|gave me (?:an?|the) (?:award|bonus|raise|shout-?out))\b|"
    r"\bi (?:was|got) (?:\w+ )?(?:promoted|praised|recogni[sz]ed|commended|rewarded|nominated)\b|"
    r"\bi (?:got|won|received|was given) (?:an?|the|my) (?:[\w\"“”'-]+ ){0,5}?(?:award|bonus|prize|"
    r"promotion|shout-?out|recognition|commendation|medal|trophy|plaque)\b|"
    # praise put on show: "they printed an extract in the crew magazine", "I have it framed"
    r"\b(?:printed|published|featured|shared|ran) (?:it|an extract|a quote|the (?:letter|review|"
    r"card|email|story)|(?:an? )?(?:part|bit|piece) of it) in the (?:[\w-]+ )?(?:magazine|"
    r"newsletter|bulletin|intranet)\b|\b(?:have|had|got) (?:it|the (?:letter|card|review)) "
    r"framed\b|"
    # a title or a display of it: "I actually got Employee of the Month off the back of it", "that
    # review went up on the staff board", "the regional director mentioned it on the quarterly
    # call", "the card the sales manager pinned up in the office"
    r"\b(?:got|won|was named|was made|was voted|received) (?:the )?(?:employee|colleague|staff "
    r"member|star|team member|associate|nurse|agent|rep) of the (?:month|quarter|year)\b|"
    r"\b(?:went|was put|got put|was pinned|got pinned|was stuck) up on the (?:staff|notice|team|"
    r"office|kudos|wall of) ?(?:board|wall|fame)\b|\bpinned (?:it )?up in the (?:office|staff ?"
    r"room|break ?room|canteen)\b|\b(?:manager|boss|director|supervisor|head|vp|ceo|cio|cfo|coo|"
    r"cto)\b[^.;!?]{0,30}?\bmentioned (?:it|me|this|the (?:review|card|letter|email|story)) (?:on|"
    r"at|in) (?:the|our|a) (?:[\w-]+ )?(?:call|meeting|all-?hands|town ?hall|briefing|huddle|"
    r"newsletter)\b|"
    # …or the summons that brings it, no outcome itself: "a week later my manager calls me into
    # the office"
    r"\b(?:manager|boss|director|supervisor|head|lead|owner|principal)\b[^.;!?]{0,20}?\b(?:called|"
    r"calls|pulled|pulls|asked|asks) me (?:in|into|to|aside) ?(?:the|his|her|their)? ?office\b|"
    # …or the candidate held up to others: "two of the architects nominated me for the award",
    # "the general manager used our team as an example at the regional meeting", "asked me to
    # present it at the national managers' conference", "thanked me personally"
    r"\b(?:nominated|put) me (?:forward )?for\b|\b(?:used|held up|cited|showcased) (?:us|me|our "
    r"(?:team|store|ward|department|site)|my (?:team|store|ward|department|site)) as (?:an?|the) "
    r"(?:example|model|case study)\b|\b(?:asked|invited) me to present (?:it|this|that|our|my|the) "
    r"[^.;!?]{0,40}?\b(?:conference|meeting|board|leadership team|forum|away ?day)\b|"
    r"\bthanked me personally\b|"
    # …or the work in the news or up for a prize: "shortlisted for a regional Green Business
    # award", "picked up by a couple of trade publications", "a real talking point in sales",
    # "won a national HR award" (what the work changed is told in other words)
    r"\bshortlisted for\b|\bpicked up by (?:a |the |some |several |a couple of |a few )?"
    r"(?:[\w-]+ )?(?:press|papers?|publications?|media|news|blogs?|outlets?)\b|\b(?:a|the) "
    r"(?:real |big |great |good )?talking point\b|\b(?:won|got|received|picked up) (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}award\b|"
    # …or their work judged good by those above: "the director said the commentary was good",
    # "the CEO said it was exactly the kind of thinking he wanted"
    r"\b(?:manager|boss|director|supervisor|head|vp|ceo|cfo|coo|owner|partner)\b[^.;!?]{0,30}?"
    r"\bsaid (?:that )?(?:it|the [\w-]+|my [\w-]+) (?:was|is) (?:very |really |so )?(?:good|great|"
    r"excellent|brilliant|impressive|outstanding|exactly (?:the kind|what))\b",
    re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of a clause once for every kind credited in it, and as an outcome
def _praised(text: str) -> bool:
    return _PRAISED.search(text) is not None


_OWN_STEPS = frozenset({"action", "decision"})
# "and we were the second best store", "I was the ward's super user": being, told with the
# candidate as subject, says how things stood, not a step anyone took.
# ("I'm one of the people in favour", as a story told in the present says "I was")
_BEING = re.compile(r"^\W*(?:and |but |so |then )?(?:(?:I|we)\s+(?:was|were|am|are|had|have)\b|"
                    r"(?:I['’]m|we['’]re)\s(?!\w+ing\b))"
                    # "I had her sit in on my calls" has her do it: a step of the candidate's
                    r"(?! (?:him|her|them|everyone|each of them) (?:sit|shadow|run|do|take|lead|"
                    r"present|write|call|ring|try|practise|practice|pair|cover|join|check|own|"
                    r"redo|rewrite|train|teach|review|chair|handle|fix|build|walk|work)\b)",
                    re.IGNORECASE)


# Not a step the candidate took, though told with "I" as subject: what happened to them ("so I
# got paged"), watching someone else work ("I watched how he handled the owners"), or a share
# of someone else's step ("I helped him with the calls"), which `steps_taken` gives to them.
_HAPPENED_TO = re.compile(r"^\W*(?:and |but |so |then )?(?:I|we) (?:\w+ly )?got \w+ed\b",
                          re.IGNORECASE)
_WATCHED = re.compile(r"^\W*(?:and |but |so |then )?(?:I|we) (?:\w+ly |just |also )?(?:watch|"
                      r"watched|observe|observed|saw|see) (?:how|what (?:he|she|they)|him|her|"
                      r"them)\b", re.IGNORECASE)
_HELPED_THEM = re.compile(r"^\W*(?:and |but |so |then )?(?:I|we) (?:\w+ly |just |also |only )?"
                          r"(?:help|helped|assist|assisted|support|supported) (?:him|her|them|"
                          r"my (?:manager|boss|supervisor|lead)|the (?:manager|boss|supervisor|"
                          r"lead))\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of each clause by the credit, the telling and the scene
def _own_step(clause: Clause) -> bool:
    return (clause.mode == "fact" and not clause.reported and clause.role in _OWN_STEPS
            and clause.actor in ("candidate", "team") and clause.by_candidate
            and not _BEING.match(clause.text) and not _HAPPENED_TO.match(clause.text)
            and not _WATCHED.match(clause.text) and not _HELPED_THEM.match(clause.text))


# Verbs that tell a view held, a word said or a state, not a deed: "Ana doubted it", "my
# manager wanted Friday", "he said", "she had to choose".
_STANCE = frozenset("""doubted wanted thought believed felt objected disagreed insisted argued
    pushed resisted refused preferred worried questioned challenged complained opposed was were
    had said told asked suggested proposed expected assumed liked disliked hated didn't did
    wouldn't couldn't wasn't weren't would could should needed seemed kept""".split())


def _a_deed_of_theirs(clause: Clause) -> bool:
    """Whether a clause read as the other side's position tells a deed of a person's instead:
    "my supervisor took it on and pulled every timesheet", not "Ana doubted it" nor a thing
    the reader took for a person ("company details auto-filled from the registry")."""
    _, following = subject_split(clause.text)
    return bool(following) and following[0] not in _STANCE


# What someone knew, felt or deserved is no step of theirs: "so she knew exactly what had
# changed", "which he deserved more than anyone".
_NO_DEED = frozenset("""knew deserved understood appreciated liked loved felt thought wanted was
    were had seemed""".split())


def _done(clause: Clause) -> bool:
    _, following = subject_split(clause.text)
    return not following or following[0] not in _NO_DEED


# A step named by what it stood for rather than told by what was done: "I championed a culture
# of accountability", "aligned all stakeholders around a shared vision", "identified key pain
# points", "rolled out a refreshed service standard across all departments". A polished answer
# can be made of nothing else.
_NAMED_NOT_TOLD = re.compile_gated("named-not-told",  # gated: most clauses lack its words
    # (an attitude claimed is named the same way: "I took it very seriously", "I made it my top
    # priority", "I gave it my full attention")
    r"\b(?:I|we) (?:took|take) (?:it|this|that|the [\w-]+|them) (?:\w+ )?seriously\W*$|"
    r"\b(?:I|we) made (?:it|this|that) (?:my|our|a) (?:top |number one |first |absolute )?"
    r"priority\W*$|\b(?:I|we) gave (?:it|this|that) (?:my|our) (?:full|undivided|complete) "
    r"attention\W*$|"
    r"\b(?:champion(?:ed|ing)|foster(?:ed|ing)|spearhead(?:ed|ing)|empower(?:ed|ing)|"
    r"embrac(?:ed|ing)|leverag(?:ed|ing)|cultivat(?:ed|ing)|instill?(?:ed|ing)|galvani[sz](?:ed|ing)|"
    r"drove (?:alignment|change|engagement|accountability|adoption|momentum|excellence|"
    r"the (?:initiative|transformation|strategy|vision|change|agenda))|led by example|"
    r"led (?:a|the|our) (?:[\w-]+ ){0,3}(?:transformation|initiative|effort|push|drive|journey|"
    r"overhaul)|aligned (?:all |the |key |our )?(?:stakeholders|everyone|everybody|the (?:team|"
    r"teams|business|organi[sz]ation))|"
    # a way of working claimed for the step, not the step: "took a fully data-driven approach"
    r"(?:took|take|takes|taking|adopted|adopt|adopts) (?:a|an) (?:\w+ )?(?:data-driven|data-led|"
    r"structured|holistic|methodical|systematic|proactive|collaborative|hands-on|"
    r"customer-centric|customer-first|people-first|analytical|pragmatic|rigorous|evidence-based|"
    r"first-principles|agile) approach\b(?![^.;!?]*(?::|\bby\b))|"
    r"brought (?:a|an|my|the) (?:[\w-]+,? ){0,3}(?:mindset|"
    r"approach|energy|focus|perspective|lens|attitude)|(?:shared|compelling|common) vision|"
    r"culture of|sense of (?:ownership|urgency|accountability)|(?:stayed|remained) (?:positive|"
    r"focused|solution-focused|open-minded)|(?:a number of|various|several|multiple) "
    r"(?:[\w-]+ )?(?:improvements|initiatives|changes|measures|actions|enhancements)|"
    r"(?:key )?pain points|best practices?|understood the why|"
    # an intention or an attitude told as a step: "took the initiative", "made a point of
    # being open", "made it my mission to raise the bar", "stepped up", "invested in her"
    r"took the (?:initiative|lead)\W*$|made a point of being|raised? the bar|"
    # taking it on, told in place of what was done with it: "I took the lead on fixing it",
    # "and I ran with it"
    r"took (?:the )?(?:lead|ownership|charge) (?:on|of|for) (?:fixing |solving |sorting (?:out )?|"
    r"resolving |driving )?(?:it|this|that|the (?:problem|issue|project|fix|effort|situation|"
    r"investigation|response))(?: and [^.;!?]*)?\W*$|"
    r"\bran with it\W*$|"
    # ownership claimed for a step not told: "I took ownership immediately", "and owned it
    # through launch"
    r"took (?:full |complete |real )?ownership(?: of it| of (?:the|this) (?:problem|issue))?"
    r"(?: immediately| straight away| right away| from (?:day one|the start))?\W*$|"
    r"\bowned (?:it|the (?:problem|issue|fix)) (?:through|to|until|all the way (?:to|through)) "
    r"(?:launch|completion|the end|go-live|delivery|release)\W*$|"
    r"stepped up(?! to\b)(?: (?:a lot|massively|again))?\W*$|invest(?:ed)? in (?:her|him|them|"
    r"my (?:people|team|staff))\W*$|sociali[sz](?:ed|ing)|cadence of|executive sponsorship|"
    r"(?:brought|bring|brings|bringing) (?:a lot of|lots of|real|so much) (?:energy|passion|"
    r"enthusiasm|drive)|"
    r"(?:rolled out|introduced|implemented|put in place|launched|developed|created|designed) "
    r"(?:a|an|the) (?:new |refreshed |revised |updated |improved |comprehensive |robust |"
    r"structured |holistic |streamlined |enhanced |clear )+(?:[\w-]+ )?(?:standards?|"
    r"frameworks?|process(?:es)?|approach|programme|program|strategy|model|initiatives?|plan)"
    r"(?: (?:across|throughout|for) (?:all |the |every |our )?[\w-]+)?\W*$|"
    # keeping others in step, told in place of any step of the work itself: "I kept everyone
    # aligned", "made sure the line leaders were bought in", "kept the RAID log", "ran the
    # weekly steering committee", "kept morale up", "held it all together". Said with how
    # ("by walking each shift through the new sheet"), the clause tells a step after all.
    r"(?:kept|keeping|made sure|making sure|ensured|ensuring) (?:that )?(?:everyone|everybody|"
    r"people|all (?:parties|sides)|the (?:[\w-]+ ){0,3}(?:teams?|group|stakeholders|functions|"
    r"business|managers|leads|leaders)|things|it all)(?: [\w-]+){0,4}? (?:were |was |stayed |"
    r"remained |felt |kept )?(?:aligned|on track|on the same page|in the loop|informed|bought "
    r"in|accountable|engaged|motivated|focused|on board|heard|listened to)\b(?![^.;!?]*\bby\b)|"
    r"(?:kept|maintained|owned|ran|updated) (?:the |a |our )?(?:project plan|action log|raid log|"
    r"risk log|risk register|issues? log)\b|"
    r"(?:ran|held|chaired|set up|facilitated) (?:the |a |our )?(?:weekly |daily |fortnightly |"
    r"monthly |regular )?(?:[\w-]+ )?(?:steering (?:committee|group|meetings?)|status (?:meetings?|"
    r"calls?|updates?)|governance(?: structure| forum| meetings?)?)(?: with [^.;!?]*)?\W*$|"
    r"made sure (?:the )?(?:risks|issues|actions|dependencies|blockers)(?: and [\w-]+)? (?:were|"
    r"was) (?:visible|owned|tracked|followed up|logged)\b|"
    r"(?:held|holding) (?:it|everything|things) (?:all )?together|\bmain coordinator\b|"
    # governance set up and followed, told as the work: "set up a robust governance
    # structure", "made sure we had a relentless focus on the critical path", "convened an
    # urgent workshop with the vendor", "tracked it very closely through the steering committee"
    r"set up (?:a |an )?(?:[\w-]+ )?governance (?:structure|framework|model|process)|"
    r"made sure (?:we|the team|everyone|everybody) had (?:a |the )?(?:[\w-]+ )?(?:focus|clarity|"
    r"visibility|alignment|ownership) on\b|"
    r"got (?:everyone|everybody|things|the team|us|it) back on track\W*$|"
    r"convened (?:an? |the )?(?:[\w-]+ )?(?:workshop|meeting|session|call|huddle)(?: with "
    r"[^.;!?]*)?\W*$|"
    r"tracked (?:it|progress|delivery|the plan|the actions|actions) (?:very |really )?(?:closely|"
    r"carefully|rigorously)(?: through [^.;!?]*)?\W*$)",
    re.IGNORECASE)


# A step whose object is left vague: what was changed, who was aligned or which process was
# improved is not said, so nothing in it could be checked. A vague quantity of a generic thing
# ("identified several areas for improvement", "made the necessary changes", "aligned key
# stakeholders"), a generic deed on a generic object ("we implemented changes", "took action"),
# or a buzzword verb on an abstraction ("leveraged data to optimise the process", "streamlined
# operations"). A step that goes on to name its things ("several changes: the rota, the float")
# or says how ("by moving the stand-up to 9:15") tells them after all.
_GENERIC_THINGS = (r"(?:changes|improvements|areas|opportunities|measures|steps|actions|"
                   r"adjustments|tweaks|initiatives|solutions|strategies|processes|"
                   r"enhancements|fixes|stakeholders|efficiencies|gaps|inefficiencies|"
                   r"issues|priorities|workstreams|levers|interventions|touchpoints|"
                   r"checks|procedures|principles|practices|support|governance|structures?|"
                   r"resources|tools|conversations|development opportunities)")
_VAGUE_OBJECT = re.compile_gated("vague-objects",  # gated: most clauses lack its words
    r"(?<![\w-])(?:(?:some|several|various|certain|a (?:number|range|series|variety) of|numerous|"
    r"multiple|a lot of|lots of|many|key|necessary|relevant|appropriate|targeted|a few|"
    r"(?:the|all the) (?:necessary|relevant|appropriate|right|required|needed|key|main|"
    r"biggest))\s+(?:of (?:the|our|their) )?(?:[\w-]+\s+)?" + _GENERIC_THINGS + r"|"
    # the whole of something reviewed without saying what was found: "a thorough review of
    # our existing standards", "an assessment of the current state"
    r"(?:a|an) (?:thorough |full |detailed |comprehensive |in-depth |deep )?(?:review|"
    r"assessment|analysis|audit|deep dive) of (?:the |our )?(?:current state|existing|"
    r"processes|the (?:whole|entire) )|current state|future state|"
    # what was learned or believed put to use, unnamed: "applied these principles", "used
    # those techniques to walk them through it"
    # …or told as the whole of something gone over, with nothing found in the clause: "I
    # reviewed the whole billing relationship" (where "…and found two duplicate rates" names it)
    r"(?:reviewed|audited|assessed|examined|looked (?:at|into|over)|went over) (?:the|our|their) "
    r"(?:whole|entire|overall) (?:[\w-]+ ){0,2}[\w-]+\W*$|"
    r"(?:applied|used) (?:all )?(?:of )?(?:these|those|the same|my|our) (?:principles|"
    r"techniques|skills|approaches|lessons|methods)|"
    r"(?:gave|giving|provided|offered) (?:him |her |them |the team |people )?(?:regular|ongoing|"
    r"constant|continuous|lots of|a lot of|plenty of) (?:feedback|support|guidance|coaching|"
    r"encouragement)|helped (?:the rest of )?(?:the team|them|him|her|people|everyone|others) "
    r"(?:make the transition|adjust|adapt|settle in|get up to speed)|"
    r"(?:kept|stayed) (?:in )?(?:close|regular|constant) (?:contact|touch) with|"
    r"stayed close to|"
    # everything done, nothing named: "and documented everything", "I handled everything"
    r"\b(?:documented|captured|tracked|handled|covered|managed|organi[sz]ed|coordinated|"
    r"checked|sorted) everything\W*$|"
    # what was found or handed on, left unnamed: "identified the key drivers", "surfaced
    # actionable insights", "presented findings and recommendations" (the findings a story
    # has told already are "the findings", and are not this)
    r"\b(?:identif(?:y|ies|ied|ying)|f(?:ind|inds|ound|inding)|surfac(?:e|es|ed|ing)|"
    r"uncover(?:s|ed|ing)?|highlight(?:s|ed|ing)?|shar(?:e|es|ed|ing)|present(?:s|ed|ing)?|"
    r"generat(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|pull(?:s|ed)? out|came up with|put together) "
    r"(?:(?:the |our |my |some |several |a few |a number of )?(?:key|main|actionable|"
    r"meaningful|valuable|deeper|granular|clear|concrete|practical|strategic|initial|core|"
    r"underlying) )?(?:insights?|findings|drivers|themes|patterns|trends|recommendations|"
    r"learnings|next steps|takeaways)\b|"
    r"(?:implemented|made|introduced|put in place|took|drove|delivered|rolled out|identified|"
    r"found|addressed|tackled|suggested|proposed|recommended|agreed on) (?:the |some |a few |"
    r"(?:\w+ )?more )?(?:changes|improvements|action|actions|measures|steps|adjustments|fixes|"
    r"solutions|enhancements|tweaks)\b(?! (?:to|in|on) (?:the|our|my|their|its) [\w-]+ \w+)|"
    r"(?:leverag|streamlin|optimi[sz]|revamp|enhanc|synergi[sz]|operationali[sz]|incentivi[sz]|"
    r"mobili[sz]|harmoni[sz]|drov|driv|improv|align|facilitat|coordinat|refin|transform|"
    r"standardi[sz]|strengthen|maximi[sz]|modernis|moderniz|boost|elevat)(?:e|es|ed|ing)? "
    r"(?:the |our |a |key |all |their |its |overall |existing |internal |cross-functional )*"
    r"(?:[\w-]+ )?(?:process|processes|operations|workflows?|efficienc(?:y|ies)|synerg(?:y|ies)|"
    r"performance|engagement|communications?|alignment|collaboration|outcomes|results|"
    r"ways of working|insights|data|resources|capabilit(?:y|ies)|visibility|accountability|"
    r"productivity|experience|value|impact|growth|momentum|execution|delivery|buy-in|"
    r"stakeholders|strategy|approach)\b(?! (?:map|sheet|log|file|board|dashboard|table|report))|"
    # a generic thing left unnamed ("renegotiated some contracts", "tweaked the menu"), or a
    # step whose only content is the effect hoped for ("worked with the teams to make sure
    # they understood", "kept morale up", "made myself available")
    r"(?:some|several|various|certain) (?:of (?:the|our) )?(?:contracts|suppliers|policies|"
    r"procedures|parts|aspects|elements|bits|areas|items|workflows)\b|"
    # calls made, none of them named: "made some quick decisions to get things moving"
    r"(?:made|took) (?:some|several|a few|a couple of|a number of|lots of|a lot of|many) "
    r"(?:[\w-]+ )?(?:decisions|calls|judge?ment calls)\b|"
    # joining the work with nothing said of it: "So I jumped in", "rolled up my sleeves"
    r"\b(?:jumped|stepped|dived|dove|waded|got stuck) (?:straight |right )?in\W*$|"
    r"\brolled up my sleeves\W*$|"
    r"\btweak(?:ed|ing)?\b|\bgot (?:a lot |much )?(?:tighter|stricter|better|smarter) (?:on|"
    r"about|with)\b|"
    r"worked (?:closely |hard |together )?with (?:the |our |their |all the |both )?(?:[\w,-]+ )*?"
    r"(?:teams?|departments?|stakeholders|leads|partners|colleagues|people) to (?:make sure|"
    r"ensure|align|bring|deliver|drive|support|achieve)\b|"
    # a hoped-for state in place of the deed that brought it: "made sure she knew I believed
    # in her", "made sure we were being more responsive", "made sure to communicate the why"
    r"(?:made|make|makes|making) sure (?:that )?(?:[\w']+ ){1,3}?(?:understood|understand|knew|"
    r"know|(?:was|were|is|are) (?:aware|on board|aligned|being)|bought in|buy in|felt|feel|"
    r"(?:had|have|has) the (?:right|support|resources|tools))\b|(?:made|make) sure to "
    r"(?:communicate|explain|share) the why|"
    # working beside someone with nothing said of what was done together: "worked closely
    # with my key accounts", "I work hand in hand with the buyers"
    r"\b(?:work(?:ed|ing|s)? (?:really |very )?(?:closely|hand in hand|side by side)|"
    r"coordinat(?:e|es|ed|ing)|liais(?:e|es|ed|ing)|partner(?:s|ed|ing)?) (?:closely )?with "
    r"(?:[\w'-]+ ){0,3}[\w'-]+\W*$|"
    r"kept (?:the )?(?:morale|spirits|energy|motivation|momentum|everyone|everybody|team|people|"
    r"stakeholders) (?:up|high|going|motivated|engaged|aligned|informed|updated|in the loop|"
    r"on track|on board)\b|made myself (?:available|visible|accessible)\b|"
    # joining in, told with no part of it named: "I got involved and helped where I could",
    # "did what I could", "made sure it stayed on people's radar", "kept an eye on things"
    r"\bgot (?:more |really |properly |directly |personally )?involved\W*$|\bpitched in\b|"
    r"\bhelp(?:ed|ing)? (?:out )?(?:where|wherever|however|when|whenever|as much as) (?:i|we) "
    r"(?:could|can|was able)\b|\bdid (?:what|whatever|all) (?:i|we) could\b|"
    r"\b(?:stayed|stays|kept|keep|was|remained) on (?:people['’]s|everyone['’]s|everybody['’]s|"
    r"the|their|leadership['’]s|management['’]s) radar\b|\bkept (?:an eye|tabs) on (?:it|things|"
    r"this|that|everything)\b"
    r")(?![^.;!?]*?(?::|\bsuch as\b|\bincluding\b|\blike\b|\bfor example\b|\be\.g\.|"
    r"\bnamely\b|\bby (?:\w+ing|moving|cutting|adding)\b|\d))", re.IGNORECASE)


VAGUE_STEP = 0.5
"""What a step of the candidate's that leaves what it acted on vague is worth as evidence of
what they did, against one that tells it."""


@lru_cache(maxsize=4096)
def _vague_in(text: str) -> tuple[int, int] | None:
    """Where the vague words stand in a clause's text: the scorer, the reader of each line and
    the panel all ask of the same clauses (bounded, as a server reviews answer after answer)."""
    found = _VAGUE_OBJECT.search(text)
    return None if found is None else found.span()


def _vague_at(text: str) -> bool:
    return _vague_in(text) is not None


def vague_step(clause: Clause) -> bool:
    """Whether a step of the candidate's leaves what it acted on vague (`_VAGUE_OBJECT`)."""
    return _vague_at(clause.text)


def vague_words(clause: Clause) -> tuple[int, int] | None:
    """Where, in the answer, the words stand that leave a step of the candidate's own vague
    ("some contracts", "tweaked"); None for a clause that is no such step."""
    found = _vague_in(clause.text) if _own_step(clause) else None
    return None if found is None else (clause.span.start + found[0], clause.span.start + found[1])


# A clause that places the story rather than telling a step in it ("When I joined", "By the
# time I left", "where I worked for about three years", "I've spent the last five years as an
# assistant manager"), or tells what was done to the candidate ("At the end of the year I was
# invited on the trip", "I was given responsibility for the launch", "we got a few
# complaints").
_NO_STEP = re.compile(
    r"\b(?:I|we) (?:was|were) (?:\w+ly )?(?:invited|given|asked|promoted|awarded|chosen|"
    r"selected|picked|named|put forward|nominated|recognised|recognized|thanked|praised|told|"
    r"offered|made|appointed|brought in|handed)\b|"
    # what came in to them: "and we got a few complaints through support"
    r"\b(?:I|we) (?:got|received|had) (?:a |an |some |a few |lots of |a lot of |many |several |"
    r"more |\d+ )?(?:[\w-]+ )?(?:complaints?|calls?|emails?|messages?|tickets?|reports?|"
    r"questions?|requests?|letters?|reviews?|comments?)\b|"
    r"^\W*(?:and |but |so )?(?:when|whenever|while|as soon as|once|since|after|before|until|"
    r"by the time)\b|\bwhere (?:I|we) (?:\w+ )?(?:worked|work|was|were)\b|"
    # "At the garden centre I managed, …": the place, named by the candidate's part in it
    r"^\W*(?:at|in|on) (?:the|a|an|my|our) [^,.;]{0,40}? (?:I|we) (?:managed|ran|led|"
    r"worked (?:at|in|for)|joined|owned|supervised)\b|"
    r"\b(?:spent|spend|spending|worked|working) (?:the (?:last|past) |about |almost |over )?"
    r"(?:\w+ )?(?:years?|months?)\b|"
    # where the candidate sat in the organisation: "I sat in the commercial team at head office"
    r"\b(?:I|we) (?:sat|sit|was based|were based|am based) (?:in|on|within) (?:the|a|an|our) "
    r"(?:[\w-]+ ){0,3}(?:team|department|office|function|unit|group|division)\b|"
    # hearsay of what others did: "I heard it was a bit of a battle" ("I heard him out" listens)
    r"\bI (?:later |then |only |eventually |afterwards )?(?:heard|hear) (?!\w+ out\b)(?:that |"
    r"it |they |he |she |there |from |back |later |afterwards |about )", re.IGNORECASE)


@dataclass(frozen=True)
class Telling:
    """How the candidate's own part in a story is told: their steps told as done ("I moved two
    attendants to a noon shift"), their steps only named or left vague, and the steps told as
    done only as "we"."""

    told: int
    untold: int
    ours: int
    named: bool
    """Every untold step is only named (`named_not_told`), none left vague."""


def telling(clauses: Sequence[Clause]) -> Telling:
    """How the candidate's own steps are told (`Telling`); a clause that only places the story
    ("When I joined") or tells what was done to them ("I was promoted") is none of them."""
    steps = [c for c in own_steps(clauses) if not _NO_STEP.search(c.text)]
    mine = [c for c in steps if c.actor == "candidate"]
    named = [c for c in mine if named_not_told(c)]
    vague = [c for c in mine if not named_not_told(c) and vague_step(c)]
    # The team's steps count as told only where they are ("we pulled the scanner logs"): "so we
    # made some changes to the process" tells no more of the team's part than of theirs.
    ours = [c for c in steps if c.actor != "candidate" and not named_not_told(c)
            and not vague_step(c)]
    # A step the candidate names themself in, beside one or two others, is theirs as much as
    # "I went through the list with Jim" is: "me and Jim, he's my supervisor, | we go through
    # the list" (the "we" that goes on in the same sentence is the pair's).
    paired = [c for c in ours if with_me(c.text) or any(
        with_me(b.text) for b in clauses
        if b.sentence == c.sentence and b.span.end <= c.span.start)]
    return Telling(told=len(mine) - len(named) - len(vague) + len(paired),
                   untold=len(named) + len(vague), ours=len(ours) - len(paired), named=not vague)


def told_step(clause: Clause) -> bool:
    """Whether a clause tells a step of the candidate's own as it was done: not only named
    ("I drove a culture of accountability") nor left vague ("made some changes")."""
    return (_own_step(clause) and clause.actor == "candidate" and not _NO_STEP.search(clause.text)
            and not named_not_told(clause) and not vague_step(clause))


def named_not_told(clause: Clause) -> bool:
    """Whether a step of the candidate's names what it stood for rather than telling what was
    done (`_NAMED_NOT_TOLD`)."""
    return _names_not_tells(clause.text)


@lru_cache(maxsize=4096)  # asked of a clause by the telling, by `told_step` and by the rubric
def _names_not_tells(text: str) -> bool:
    return _NAMED_NOT_TOLD.search(text) is not None


def calls_given(clauses: Sequence[Clause]) -> frozenset[int]:
    """Where someone else's decisions told before the candidate's first step start: the call
    they were handed or disputed ("my manager, he decided to consolidate the pallets") sets the
    story, and is no decision of theirs nor one they moved."""
    first = next((c.span.start for c in clauses if _own_step(c) and not introduces_self(c)),
                 None)
    if first is None:
        return frozenset()  # with no step of theirs told, there is no story before it to set
    return frozenset(c.span.start for c in clauses if c.actor == "other" and c.span.start < first)


def own_steps(clauses: Sequence[Clause]) -> list[Clause]:
    """The steps the candidate (or their team) takes, each told as it happened."""
    return [c for c in clauses if _own_step(c)]


def steps_taken(clauses: Sequence[Clause]) -> tuple[int, int]:
    """How many steps the candidate (or their team) takes and how many others take, each told
    as it happened.

    Someone else's early deed may be read as the side they took ("my supervisor took it on
    and pulled every timesheet"); in a story where the candidate takes no side of their own it
    is no dispute, only a step of theirs.
    """
    sided = _sided(clauses)
    own = sum(map(_own_step, clauses))
    others = sum(1 for c in clauses if _their_step(c, sided) or (
        c.mode == "fact" and not c.reported and c.by_candidate and c.role in _OWN_STEPS
        and _HELPED_THEM.match(c.text)))
    return own, others


def _sided(clauses: Sequence[Clause]) -> bool:
    """Whether the candidate takes a side of their own in the story."""
    return any(c.by_candidate and c.actor in ("candidate", "team") and c.role == "dispute"
               for c in clauses)


def _their_step(clause: Clause, sided: bool) -> bool:
    """Whether the clause tells a step someone else took, as it happened."""
    return (clause.mode == "fact" and not clause.reported and clause.actor == "other" and (
        clause.role in _OWN_STEPS and _done(clause) or clause.role == "dispute" and (
            not sided and _a_deed_of_theirs(clause))))


_OBJECT_OF = {"she": re.compile(r"\bher\b", re.IGNORECASE),
              "he": re.compile(r"\bhim\b", re.IGNORECASE)}
RESPONDING = 2
"""The candidate's own steps that must act on "her" (or "him") for her steps to be her answer
to them (`steps_in_response`)."""


def steps_in_response(clauses: Sequence[Clause]) -> int:
    """How many of others' steps are taken by the one person the candidate's own steps act on:
    after "I told her straight… I had her sit in on my calls… I made her the contact", "then
    she took the calls" and "she applied for a senior post and got it" are her answer to what
    the candidate did (the growth a development story is for), not a story of someone else's
    in which the candidate helps."""
    own = [c.text for c in clauses if _own_step(c)]
    sided = _sided(clauses)
    counted = 0
    for pronoun, object_of in _OBJECT_OF.items():
        if sum(bool(object_of.search(text)) for text in own) < RESPONDING:
            continue
        counted += sum(1 for c in clauses if _their_step(c, sided)
                       and [word.lower() for word in subject_split(c.text)[0]] == [pronoun])
    return counted


def opening_scene(clauses: Sequence[Clause]) -> frozenset[int]:
    """Where the situation clauses told before the candidate's first step start, in a story
    where others take more steps than the candidate.

    In a helper's story the scene is what someone else went on to investigate: "we had a big
    stock discrepancy, around £3,000 of denim" before the store manager's search is no noticing
    of the candidate's, however a phrase or a cue reads it. Where the candidate takes the steps
    the scene is what they noticed and acted on ("our churn dashboard showed a 5% spike"), and
    once they have acted a clause read as the scene may be what their step turned up.
    """
    own, others = steps_taken(clauses)
    if own >= others:
        return frozenset()
    scene: set[int] = set()
    for clause in clauses:
        if _own_step(clause):
            break
        if clause.role == "situation":
            scene.add(clause.span.start)
    return frozenset(scene)


def _not_found_here(kind: str, clause: Clause, start: int) -> bool:
    """Whether what a phrase names is not there at all: anything but the scene in the
    candidate's introduction of their job, a customer in a lesson told as a rule, or a "we"
    that a reciprocal or a noun before it makes no team's step."""
    if kind not in _SELF_INTRO_KEEPS and kind not in RED_FLAGS and introduces_self(clause):
        return True
    if kind == "metric" and (_pledged(clause, start) or _UNREALISED.search(clause.text)
                             or clause.role == "result" and clause.mode == "hypothetical"
                             and _FORECAST.search(clause.text)):
        # a number pledged or forecast measures nothing yet: "we're projecting a six-point
        # lift in NPS", "on track to save £2m", "(if we roll it out) we could cut costs by £6m"
        return True
    if kind in _ABOUT_CUSTOMERS:
        return _generic_lesson(clause, start)
    return kind == "collective_we" and bool(_RECIPROCAL.search(clause.text) or _NOUN_BEFORE.search(
        clause.text[:max(0, start - clause.span.start)]))


def hides_no_step(clause: Clause) -> bool:
    """Whether a "we" clause leaves no step of the candidate's untold, once their own steps are
    told elsewhere in the story (`evidence.analysis`): what came of the work ("we got every
    order out by six"), what did not or would have happened ("we'd have lost the contract"),
    or the time the scene was found at ("when we opened up the cold room was warm"). Noticing
    in the scene ("we noticed returns going up") is a step, whose part the "we" hides; so,
    measured on answers never seen, is the state the team was in ("we had two vans off the
    road"), which plain weak answers tell their whole story in."""
    return (clause.role in _AFTER_THE_STEPS or clause.mode in ("hypothetical", "negated")
            or clause.role in ("situation", "task")
            and bool(_TIME_OR_CONDITION.match(clause.text)))


# Someone else's word on a bond with a third party, the candidate's side not in it: "He said
# no, it will be fine, … we have a good relationship with them" (the manager on the customer).
# "He told me he trusted our numbers" and "she said she trusted me again" tell the candidate's.
_THEIR_BOND = re.compile(r"\b(?:relationship|relations|rapport|trust) with (?:them|him|her|the "
                         r"[\w-]+|[A-Z][a-z]+)\b")
_OUR_SIDE = re.compile(r"\b(?:I|me|my|mine|us|our|ours)\b", re.IGNORECASE)


def _their_bond(clause: Clause) -> bool:
    return (clause.reported and clause.owner == "other" and bool(_THEIR_BOND.search(clause.text))
            and not _OUR_SIDE.search(clause.text))


_AFTER_THE_STEPS = frozenset({"result", "relationship", "reflection", "grounds", "dispute"})


def credit(kind: str, clause: Clause, start: int, end: int, scene: bool = False) -> float:
    """The factor (0 to 1) a finding of `kind` at `start:end` earns in `clause`; `scene` says
    the clause is part of the opening scene (`opening_scene`)."""
    if _not_found_here(kind, clause, start):
        return 0.0
    if kind in _DESCRIPTIVE or kind in _TOPICAL:
        return 1.0
    if kind not in RED_FLAGS and kind not in _RESULTS and _praised(clause.text):
        # Praise or a reward for the candidate is no bond, no trust and no step of theirs:
        # "my manager thanked me personally", "I got a star of the month award from the trust",
        # "and I was promoted the following year"
        return 0.0
    mode = _effective_mode(clause, start, end)
    if kind in RED_FLAGS:
        return _flag_credit(kind, clause, mode, start, end)
    if kind in _RESULTS:
        return _result_credit(clause, mode, start)
    if kind in _BONDS:
        # "that's what customer obsession looks like: … so the customer never loses trust"
        # defines a quality; no bond of the story's is told in it. Nor does someone else's word
        # on a bond with a third party (`_THEIR_BOND`).
        return 0.0 if appraises_self(clause) or _their_bond(clause) else {
            "fact": 1.0, "habitual": 1.0, "hedged": 0.5}.get(mode, 0.0)
    if kind == "learning":
        negations = negation_at(clause.text)
        if mode == "negated" and negations and all(clause.span.start + at >= end
                                                   for at, _ in negations):
            return 1.0  # "the lesson: pilot with the sceptic, not around them" negates in it
        if mode == "hypothetical" and clause.role == "reflection" and clause.by_candidate:
            return 1.0  # "next time I'd ask for help sooner" is the lesson itself, not a guess
        return {"fact": 1.0, "habitual": 1.0, "hedged": HEDGED, "hypothetical": HEDGED}.get(
            mode, 0.0)
    if (clause.role == "reflection" and kind not in _ANY_OWNER and kind not in _TOPICAL
            and not (kind == "failure_owned" and clause.by_candidate)):
        # "what I took from it is to bring the numbers" is a lesson, not data used; "looking
        # back, I missed the signs for weeks" owns a failure in the telling of the lesson
        return 0.0
    if appraises_self(clause) and kind not in _ANY_OWNER:
        # "I think I showed I can adapt" is the candidate's verdict on themselves: the adapting
        # it names is claimed, not told.
        return 0.0
    if kind in _REASONING and (mode == "hypothetical" and clause.owner != "other"
                               or mode == "habitual" and _risk_given(clause)):
        return HEDGED if mode == "hypothetical" else 1.0
    if kind in _ANY_OWNER:
        if kind == "decision" and mode == "negated":
            return 0.0
        return 0.0 if mode == "hypothetical" else (HEDGED if mode == "hedged" else 1.0)
    return 0.0 if scene else _behavior_credit(kind, clause, mode, start, end)


def _behavior_credit(kind: str, clause: Clause, mode: str, start: int, end: int) -> float:
    """Behavior: the candidate's (or team's) own step, told as something that happened. What
    others do as the story's outcome ("Engineering adopted it as the standard") is its
    result; what someone else says the candidate did is no behavior of theirs, even read as
    what came after ("My manager told me | afterwards I had talked to her privately")."""
    if clause.reported and clause.owner == "other" or handed_on(clause.text):
        # ...nor is leaving the work to others to finish, or leaving it oneself
        return 0.0
    found = clause.text[start - clause.span.start:end - clause.span.start]
    if clause.owner == "other" and clause.role not in _OUTCOMES and not (
            kind in _MINE_IN_THEIR_CLAUSE and _ME.search(found)):
        # ...but a miss or a view whose own words name the candidate is theirs, whoever the
        # clause's subject is: "nobody, including me, had checked the dates", "she chose a
        # cladding that I thought was a mistake"
        return 0.0
    if (clause.owner == "other" and clause.role == "decision" and kind in _CONDUCT_KINDS
            and not _ME.search(found)):
        # Someone else's decision is the story's outcome, but how they reached it is their
        # conduct, not the candidate's: "They listened but decided to go ahead" shows no
        # listening of the candidate's, "the contractor committed to a plan" no commitment.
        return 0.0
    if kind == "speed" and clause.owner == "none" and clause.role in _SCENE and (
            _TROUBLE_STATE.search(clause.text)):
        # How fast someone moved needs someone moving: "the system was down for part of that
        # afternoon" sets the scene (an excuse, here), it is no quick response.
        return 0.0
    if kind == "action" and clause.role == "dispute" and clause.mode == "habitual" and (
            _WENT_ON.search(clause.text)):
        # Friction told as going on ("Dana and I kept stepping on each other over the
        # handoffs") is the trouble the story is about, however it is told: no step of anyone's.
        return 0.0
    factor = {"fact": 1.0, "hedged": HEDGED}.get(mode, 0.0)
    # A step that leaves what it acted on vague, or names what it stood for ("took a fully
    # data-driven approach"), shows that something was done, not what.
    return factor * VAGUE_STEP if factor and _own_step(clause) and (
        _vague_at(clause.text) or named_not_told(clause)) else factor


_WENT_ON = re.compile(r"\b(?:kept|keep|keeps|always|constantly|forever|all the time|"
                      r"again and again|over and over)\b", re.IGNORECASE)
_MINE_IN_THEIR_CLAUSE = frozenset({"failure_owned", "disagreement"})
_SCENE = frozenset({"situation", "grounds", "dispute", "task"})
_TROUBLE_STATE = re.compile(r"\b(?:was|were|had been|went)\s+(?:\w+\s+)?(?:down|out of action|"
                            r"off|offline|closed|shut|broken|unavailable|busy|full|late)\b",
                            re.IGNORECASE)
# How a person acts, as against what their acts brought about (a trial agreed, a standard set).
_CONDUCT_KINDS = frozenset({
    "action", "ownership", "collaboration", "mentoring", "communication", "empathy", "wellbeing",
    "raised", "escalation", "commitment", "prioritization", "simplification", "deep_dive",
    "curiosity", "adaptation",
})


# A cue naming its own subject ("(she|he|they) agreed to", "i admitted") says whose act counts;
# one that does not ("push(ed)? back") is the candidate's only in the candidate's clause.
_SUBJECT_IN_CUE = re.compile(r"\b(?:i|my|we|our|she|he|they|them|him|her|his|their|nobody|no one|"
                             r"everyone|everybody)\b")
_OUTCOMES = frozenset({"result", "relationship", "decision"})


def credit_cue(cue: str, clause: Clause, start: int, end: int, scene: bool = False) -> float:
    """The factor a competency cue earns in `clause`: mode as for behavior, owner by the cue,
    and none in the opening scene (`opening_scene`).

    Cues are written for a competency, and some are other people's responses by design ("he
    was right", "they renewed"); an outcome someone else reaches is the story's outcome.
    """
    if scene:
        return 0.0
    mode = _effective_mode(clause, start, end)
    if clause.reported and clause.owner == "other":
        return 0.0
    if (clause.owner == "other" and not _SUBJECT_IN_CUE.search(cue.lower())
            and clause.role not in _OUTCOMES):
        return 0.0
    if appraises_self(clause):
        return 0.0  # "it shows I can get people aligned" claims what a cue would find told
    if clause.role == "reflection" and mode in ("hypothetical", "habitual"):
        return 1.0  # "what I'd do differently", "now I always…": the lesson itself
    if mode == "habitual" and (clause.role == "task" or (
            clause.role in _OUTCOMES or clause.role == "other" and clause.owner == "other")
                               and _LASTING_NOW.search(clause.text)):
        # A state, not a habit: what they were responsible for ("I'm responsible for safety
        # on that site"), or an outcome that lasts ("the younger lad now runs the check", "The
        # PM now sends any source-text query straight to that regulatory lead").
        return 1.0
    return {"fact": 1.0, "hedged": HEDGED}.get(mode, 0.0)


_LASTING_NOW = re.compile(r"\b(?:now|still|since then|ever since|these days|to this day)\b",
                          re.IGNORECASE)


__all__ = ["HEDGED", "SHORTFALL", "VAGUE_STEP", "Telling", "credit", "credit_cue", "hides_no_step",
           "named_not_told", "opening_scene", "own_steps", "steps_taken", "telling", "told_step",
           "vague_step", "vague_words"]
