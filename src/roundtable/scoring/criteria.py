"""Score each criterion 1-5 from the evidence its signals point to.

Coverage of *distinct* positive signals drives the score, so repeating a point or padding the
answer does not raise it; density of vagueness and hedging, and any red flag, lowers it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from roundtable import regexes as re
from roundtable.catalog.schema import Competency, Criterion
from roundtable.evidence.analysis import Analysis, Evidence, Sentence
from roundtable.evidence.credit import introduces_self, steps_in_response
from roundtable.evidence.kinds import FLAG_FAMILIES, RED_FLAGS
from roundtable.evidence.loose import loose_outcome
from roundtable.evidence.reading import Clause, appraises_self
from roundtable.models import CriterionScore
from roundtable.scoring.panel import plain_score
from roundtable.scoring.telling import Judged, shift

# Kinds that are bad in proportion to how much of the answer they fill, not per occurrence.
_DILUTING = frozenset({"passive_voice", "collective_we"})
# Talking in generalities weakens every criterion, so it is weighed once for the whole answer.
_CONCRETENESS = frozenset({"generic_claim", "hedge", "vague"})
GENERALITY_POINTS = 1.5
"""Points off every criterion for an answer with no concrete clause at all, less the slip
forgiven (`_TOLERANCE`): the share is at most 1, so no answer loses more. Calibrated on the dev
split when the share moved from sentences to clauses: a hedge loosens one clause of a long
sentence, so shares run smaller than they did."""
_TOLERANCE = 0.1
CUE = "cue"
MAX_CUES = 2
MAX_QUOTES = 3
FLAG_WEIGHT = 1.5
"""Points a red flag takes off a criterion in a family it bears on."""
FLAGGED_LINE = 0.5
"""What a line is worth as evidence when it carries one of the candidate's red flags: "I
negotiated the deal with AWS myself" tells a step, but told as sole credit it shows less of
it, so a weak answer does not reach the hire line on the lines that carry its flaws."""
_TOLD_OUTCOME = ("result", "quantified_result")
_NOT_AN_OUTCOME_ALONE = ("metric", "timeframe", "broad_impact")
# Flags raised by a line, not by the answer as a whole (those already lower every criterion).
_LINE_FLAGS = RED_FLAGS - {"hypothetical", "no_story"}


HEDGED_CLAUSE = 0.5
"""What a clause loosened only by a hedge ("I think we got pretty close") weighs in the
generality share against one told in generalities or vague words: it still tells what
happened, and the hedge already costs the clause's own evidence its full credit
(`evidence.credit.HEDGED`), so counting it whole here would charge the same doubt twice. Plain
spoken answers hedge as a habit of speech ("I think", "probably") far more than written ones."""


def _looseness(clause: Clause, sentence: Sentence) -> float:
    """How much one clause of a loosened sentence counts toward the generality share."""
    inside = [at for at in sentence.loose if clause.span.start <= at < clause.span.end]
    if not inside:
        return 0.0
    return HEDGED_CLAUSE if all(at in sentence.hedges for at in inside) else 1.0


def _in_their_words(sentence: Sentence, clauses: Sequence[Clause]) -> bool:
    """Whether every generic, hedged or vague word of a sentence sits in words it reports
    someone else saying."""
    return bool(sentence.loose) and all(any(
        c.reported and c.owner == "other" and c.span.start <= at < c.span.end for c in clauses)
        for at in sentence.loose)


def concreteness_penalty(analysis: Analysis) -> float:
    """Points off every criterion for an answer told in generalities, hedges and filler.

    It is the share of unconcrete clauses among the clauses of sentences that either tell what
    happened or are unconcrete. Clauses, not sentences, are counted so that how the story is
    cut does not matter: one "I think" in a long run-on sentence loosens the clause it sits in,
    not all that the sentence tells, and a terse telling split into many short lines weighs the
    same. A platitude (a filler sentence) is unconcrete through and through. Every clause told
    in generalities weighs the same and one loosened only by a hedge weighs `HEDGED_CLAUSE`, so
    adding filler can only raise the share, and description that is neither ("the office was on
    the fourth floor") is left out, so it cannot dilute it.
    """
    considered = 0
    loose = 0.0
    for sentence in analysis.scored_sentences:
        if not (sentence.narrates or sentence.kinds & _CONCRETENESS):
            continue
        clauses = analysis.clauses_of(sentence.index)
        if not sentence.narrates and _in_their_words(sentence, clauses):
            # "He said: don't touch the records room… and do all the heavy stuff first": the
            # loose words are the other crew lead's, quoted; the candidate tells nothing loosely.
            continue
        count = max(1, len(clauses))
        considered += count
        if sentence.filler:
            loose += count
        elif sentence.kinds & _CONCRETENESS:
            weights = [_looseness(c, sentence) for c in clauses]
            loose += max(HEDGED_CLAUSE, sum(weights)) if any(weights) else 1
    if not considered:
        return 0.0
    share = loose / considered
    return max(0.0, GENERALITY_POINTS * share - _TOLERANCE)


GENERALITIES_SPEAK = _TOLERANCE
"""The generality penalty from which a story's generalities also speak against a criterion it
says nothing else about, so that criterion is no longer silent (`CriterionScore.silent`).

Below it the looseness is a slip in a concrete story, not a story told in generalities: one
hedged clause among four or more, or one vague clause among eight or more. How a telling cuts
its clauses moves so small a share across the tolerance by itself: the same hedge ("I think he
felt I was rushing him") is 1/16 of one telling's clauses and 1/14 of another's, and at any
share above the tolerance the second telling's silent criteria read as evidence against. So
generalities speak to silence from twice the share the penalty forgives (`_TOLERANCE`)."""


ONLOOKER_POINTS = 1.0
"""Points off every criterion for a story in which only other people act: the manager's plan,
the team lead's calls, told by someone who watched ("Priya moved the stock, retrained the team
… I learned a lot from watching her")."""


def onlooker_penalty(analysis: Analysis) -> float:
    """ONLOOKER_POINTS when others take at least two steps and the candidate (or their team)
    takes none; the story's goal and outcome are then someone else's."""
    own, others = analysis.steps_taken
    if not own:
        return ONLOOKER_POINTS if others >= 2 else 0.0
    # Fewer steps of their own than the three or more of someone else's ("my manager went
    # through the deliveries, worked out the double scan… I helped with a recount"): a helper's
    # story. As many is not: in a disagreement the other side's decisions match the steps
    # that won them ("I asked for a 1:1… she agreed… the director went with the plan").
    # The steps of the one person the candidate's own steps act on answer them ("I had her sit
    # in on my calls… then she took the calls"): they are not someone else's story.
    others -= steps_in_response(analysis.clauses)
    return ONLOOKER_POINTS / 2 if own < others and others >= 3 else 0.0


NAMED_POINTS = 1.0
"""Points off every criterion for a story none of whose steps of the candidate's own is told:
each is named by what it stood for ("I championed a culture of accountability and aligned the
stakeholders around a shared vision") or told with what it acted on left vague ("I made some
changes to the way we worked and addressed a few of the issues"). However good its numbers,
what the candidate did is not in it, as it is not in an onlooker's story."""
UNTOLD_SHARE = 0.5
"""The share of the candidate's own steps, named or vague, above which the story loses that
share of NAMED_POINTS: one vague step among told ones ("made the changes" after three checks
told) is a slip, and so is one of two ("I made sure people knew they could come to me" beside
a step told); more than half of them is how the story is told."""
OURS_POINTS = NAMED_POINTS / 4
"""Points off every criterion for each step of a story whose steps are all told as "we", none
as the candidate's own, up to NAMED_POINTS: the team's steps are told, the candidate's part in
them is not, and each further step told as the team's is one more place where it could have
been. Four or more, a whole project told as the team's, cost all of them."""
OURS_STEPS = 3
"""Steps told as "we" that make a story of the team's. Two may be a short joint story ("we
pulled the logs and swapped the printer head"): counted from two, average answers on the tuning
sets lost more (blind10's average band 2.070 -> 1.997, against 2.017 from three) and no fluent
weak one more."""


WITHHELD = "asked what came of it, the reply tells nothing that did"
NOTHING_CAME = "asked whether it came to be, the reply says it did not"
NOT_TO_HAND = "asked for a detail, the reply says it is not to hand"
PASSED_ON = "asked about it, the reply passes it to someone else's remit"
DECLINED = "asked whether they took a step, the reply says they did not"
GENERALISED = "asked for one instance, the reply speaks of everyone in general"
UNATTRIBUTED = "by its own account, the result had other causes than what they did"
PENDING = "by its own account, the story ends with something still pending"
PERSISTED = "by its own account, the trouble went on after what was done"
RELAYED = "their own part is told as chasing others and passing on updates"
ON_TRUST = "someone else's account is taken on trust, with no check of their own after it (“{}”)"
FOUND_BY_OTHERS = "the cause the story settles on is someone else's, never checked (“{}”)"
SEARCH_HANDED = ("the digging was handed to someone else (“{}”), and none of the candidate's "
                 "own is told")
SEARCH_HANDED_CAPS: dict[str, int] = {"data": 2, "execution": 2, "ownership": 3}
"""Where the rubric asks for a cause the candidate found (`Needs.own`) and they handed the
digging to someone else and tell none of their own (`Analysis.search_handed`): the anchors each
family is held to. Noticing, going to the source and staying close to the detail are what was
handed on; finding the cause itself is held as someone else's finding is (`FOUND_BY_OTHERS_CAP`).
On the tuned parts of the unseen sets' dive-deep and problem-solving answers it is told in two
weak answers and no strong or average one."""
FLOOR_CAP = 2
"""The most a criterion scores where a red flag its rubric names as its floor anchor is raised
(`Signals.floor`)."""
FOUND_BY_OTHERS_CAP = 2
"""The most finding the cause scores where the cause the story settles on is someone else's,
never checked (`Analysis.told_by_others`): below the middle anchor, "found a cause"."""
TREATED = "the trouble was met with treats and gifts, not a change to the work or its cause"
WAVED_OFF = "a cost the change put on others is waved off as what any change costs"
NO_FURTHER = "they say they took it no further"
ON_TRUST_CAPS: dict[str, int] = {"data": 2, "judgment": 2, "standards": 2, "results": 3}
"""The families an account taken on trust bears on (`Analysis.on_trust`), and the anchor each is
held to whatever else the story tells of it: the floor anchors of looking, judging and checking
are this very thing ("relied on someone else's summary", "treated a symptom as the cause",
"declared victory without checking"), and what came of a fix resting on an account nobody
checked is at most the middle anchor. On the tuned parts of the unseen sets and the dev split
an account taken on trust is told in six weak answers and no other."""
ON_TRUST_FAMILIES = tuple(ON_TRUST_CAPS)
"""What an account taken on trust costs, besides its caps: `FLAG_WEIGHT` off each."""
WAVED_OFF_FAMILIES = ("judgment", "standards")
"""The families a cost waved off bears on beyond the dismissive flag's own: a saving bought with
a rash, a fall or unpaid early starts, shrugged off, is a call weighed badly and a bar let
slip. Only this finding, not every dismissive flag, costs them: taken for all of them, the
kept-aside parts of the unseen sets showed strong answers losing votes on flags raised in
error."""
TREATS = 2
"""Different treats and gifts that make them the answer to the trouble (`Analysis.treats`)."""
EVADED_POINTS = NAMED_POINTS / 2
"""Points off every criterion for each time the interviewer asked for a step of the candidate's
own ("Can you give me a specific thing you did?") and the reply told none, up to NAMED_POINTS:
asked outright, the candidate's part is still not told."""


METHODS = 2
"""Different named methods of analysis (a SIPOC, a fishbone, a Pareto, a five whys) from which a
search that finds no cause is told as the methods it ran (`Analysis.methods`). On the tuning
sets, two or more were named in seven weak answers and no strong or average one."""
METHODS_NAMED = "the search is told as the methods it ran, and finds no cause"


def methods_penalty(analysis: Analysis, competency: Competency) -> tuple[float, str | None]:
    """Points off every criterion, and why, for a search told as its named methods where the
    rubric asks for a cause found by the candidate and the story tells none: what was looked at
    and what it showed are what the rubric credits, and the names stand in for both."""
    finding = [c.needs for c in competency.criteria if c.needs is not None and c.needs.own]
    if analysis.methods < METHODS or not finding or any(
            analysis.tells(needs.cues) for needs in finding):
        return 0.0, None
    return NAMED_POINTS, METHODS_NAMED


def untold_penalty(analysis: Analysis) -> tuple[float, str | None]:
    """Points off every criterion for the candidate's own part left untold, and why: NAMED_POINTS
    when no step of theirs is told and some are named or vague, that share of it when more
    than half are, OURS_POINTS a step when the steps are all the team's; EVADED_POINTS for each
    ask for a step of theirs that drew none, for each ask for who did the work that drew
    someone else's name, for each ask whose reply says the detail is not to hand, for each one
    whose reply passes it to someone else's remit, for each ask whether they took a step whose
    reply says they did not, and for each ask for one instance whose reply speaks in general,
    up to NAMED_POINTS in all. The why names every reason that
    took points, so a rationale never puts the loss down to the last one alone."""
    points, why = _untold_steps(analysis)
    reasons = [why] if why is not None else []
    for count, reason in ((analysis.handed, "asked who did the work, the reply names someone else"),
                          (analysis.not_to_hand, NOT_TO_HAND),
                          (analysis.passed_on, PASSED_ON),
                          (analysis.declined, DECLINED),
                          (analysis.generalised, GENERALISED),
                          (analysis.evaded, "asked for a step of their own, the reply tells none")):
        if count:
            points = min(NAMED_POINTS, points + EVADED_POINTS * count)
            reasons.append(reason)
    return points, ", ".join(reasons) or None


def _untold_steps(analysis: Analysis) -> tuple[float, str | None]:
    told = analysis.telling
    why = ("its steps are named, not told" if told.named
           else "its steps leave vague what was done")
    if told.untold and not told.told:
        return NAMED_POINTS, why
    if not told.told and told.ours >= OURS_STEPS:
        return min(NAMED_POINTS, OURS_POINTS * told.ours), "its steps are all told as the team's"
    share = told.untold / (told.told + told.untold) if told.told else 0.0
    return (NAMED_POINTS * share, why) if share > UNTOLD_SHARE else (0.0, None)


FULL_COVERAGE = 4
"""Distinct kinds of evidence that cover a criterion fully (fewer for a criterion with fewer
kinds to show). A lower bar for a criterion whose own behavior is among them (three and a
half) was tried: plain strong answers already seen rose, but on answers never seen weak ones
reached Hire (3 of 198 panel votes against none) and no strong one left Strong No Hire. A bar
of three only for a story with nothing held against it (no red flag, no generalities, steps of
the candidate's own) was tried too: 43 votes for strong answers on six tuning sets left No
Hire, but a weak answer that did little reached Hire, and a neutral sentence could lift a
story over the generalities line and so lower its bar (`test_a_neutral_sentence_never_raises_
the_score`)."""


def _best_per_kind(evidence: list[Evidence]) -> dict[str, Evidence]:
    best: dict[str, Evidence] = {}
    for item in evidence:
        if item.strength <= 0:
            continue  # a generic claim shows no behavior
        if item.kind not in best or item.strength > best[item.kind].strength:
            best[item.kind] = item
    return best


def _negative_weight(analysis: Analysis, criterion: Criterion) -> tuple[float, list[str]]:
    weight = 0.0
    reasons: list[str] = []
    for kind in criterion.signals.negative:
        if kind in _CONCRETENESS:
            continue
        if kind in _DILUTING:
            share = analysis.narrative_share(kind)
            if share >= 0.15:
                weight += min(1.0, 2.5 * share)
                reasons.append(f"{kind.replace('_', ' ')} in {share:.0%} of the story's clauses")
        elif analysis.has(kind):
            weight += 1.5 if kind in RED_FLAGS else 1.0
            reasons.append(kind.replace("_", " "))
    # A red flag lowers every criterion in the families it bears on, listed or not.
    for flag, families in FLAG_FAMILIES.items():
        if (flag not in criterion.signals.negative and criterion.family in families
                and analysis.has(flag)):
            weight += FLAG_WEIGHT
            reasons.append(flag.replace("_", " "))
    against = analysis.matches(criterion.negative_cues, "negative_cue")
    if against:
        weight += 1.0 * len({e.sentence for e in against})
        reasons.append("phrasing that counts against it")
    return weight, reasons


def _telling_quotes(positive: list[Evidence], criterion: Criterion) -> list[Evidence]:
    """One quote per sentence, the sentences carrying most of the criterion's signals first.

    A sentence scores the centrality of each distinct signal it carries (the criterion lists
    its defining signals first; a competency cue counts as most central), times its strength.
    """
    rank: dict[str, int] = {kind: i for i, kind in enumerate(criterion.signals.positive)}
    by_sentence: dict[int, list[Evidence]] = {}
    for item in positive:
        if item.strength > 0:
            by_sentence.setdefault(item.sentence, []).append(item)

    def centrality(item: Evidence) -> float:
        # The defining signal dominates: a sentence with the criterion's first signal beats one
        # that merely collects several secondary ones.
        return 1.25 if item.kind.startswith(CUE) else 1.0 / (1.0 + rank[item.kind])

    def weight(items: list[Evidence]) -> float:
        kinds = {i.kind: centrality(i) for i in items}
        # "He agreed." is true but rarely the most telling line: short sentences weigh less.
        brevity = min(1.0, 0.4 + len(items[0].quote.split()) / 10)
        return sum(kinds.values()) * max(i.strength for i in items) * brevity

    ordered = sorted(by_sentence.values(), key=lambda items: (-weight(items), items[0].start))
    return [max(items, key=centrality) for items in ordered]


def _cue_evidence(analysis: Analysis, criterion: Criterion) -> list[Evidence]:
    """Each distinct cue is its own signal, up to MAX_CUES of them."""
    found: list[Evidence] = []
    for index, cue in enumerate(criterion.cues):
        found += analysis.matches([cue], f"{CUE}{index}")
    return found


# Where a number sizes the problem, states the goal, argues or tells the trouble ("the incident
# channel had sixty people in it"): no outcome. To a standard a number put in front of the
# candidate counts (the three accounts a colleague sends as proof); only the scene is left out.
# (a number in a decision sizes what was chosen: "he decided to consolidate the pallets to save
# around €900 a week" is the disputed call, not what came of it)
_SCENE_ROLES = {"results": frozenset({"situation", "task", "grounds", "dispute", "decision"}),
                "standards": frozenset({"situation", "task"})}


def _in_scene(analysis: Analysis, item: Evidence, roles: frozenset[str]) -> bool:
    """Whether the finding sits in a clause of one of the scene's `roles`, or in the candidate's
    introduction of their job (`_introduced`)."""
    clause = analysis.clause_at(item.at)
    return clause is not None and clause.role in roles or _introduced(analysis, item)


def _someone_elses(analysis: Analysis, item: Evidence) -> bool:
    clause = analysis.clause_at(item.at)
    return clause is not None and clause.owner == "other"


def _introduced(analysis: Analysis, item: Evidence) -> bool:
    """Whether the finding sits in the candidate's introduction of their job: "I was sous chef
    at a busy bistro, about 180 covers on a Saturday" sizes the kitchen, not what came of the
    story."""
    clause = analysis.clause_at(item.at)
    return clause is not None and introduces_self(clause)


HIRE_LINE = 3.0
"""Where a single judge's score (`panel.plain_score`) hires, as a panelist's vote does."""
TOLD_FLOOR = 2.0
"""The lowest plain score a confident strong telling lifts: No Hire, not Strong No Hire."""


def _tipped(net: float, ceiling: int, moved: float) -> int:
    """A criterion's score from its evidence less what counts against it (`net`), tipped by how
    the whole answer is told (`telling.shift`): that moves a criterion its own evidence leaves
    near a half point, never past a cap the evidence set (`ceiling`)."""
    return max(1, min(ceiling, math.floor(net + moved + 0.5)))


OUTCOMELESS_POINTS = 0.5
"""Points off every criterion but the results' own for a story with no outcome told anywhere,
which its evidence would otherwise take to the hire line: what the candidate did is told, what
came of it is not (a plan approved, a saving only forecast, or nothing after the steps). On the
tuning sets no strong answer of 213 told no outcome, against 61 of 212 weak ones (round 36).
Well below the line it is not taken: there it could only push a strong story whose outcome the
reading missed towards Strong No Hire (one kept-aside strong answer fell so when it applied to
every answer). Between its own size below the line and the line, it takes what brings the
story to that point (`_short_of_the_line`), so less evidence never lifts a story: taken whole
from the line, a story a little under it kept its score where one a little over it lost half a
point (a forecast's numbers taken from a weak answer raised it 2.53 -> 2.92). The results'
criteria already score the missing outcome itself."""
OUTCOMELESS = "no outcome of the story is told"
HANDED_POINTS = 1.0
"""Points off every criterion, beyond `untold_penalty`'s, for a story whose work the candidate,
asked who did it, gives to someone else, taken as the no-outcome points are: from the hire
line up all of them, below it what takes the story to that point under it. On the tuned parts
of the unseen sets every answer whose reply did so was weak (17 of 17); one of them, with its
own steps those of a helper (collating the data, writing the report), still scored 3.19."""


def outcome_concern(analysis: Analysis) -> str:
    """Why the outcome costs points, true of the answer: an outcome told only in loose words is
    quoted (`evidence.loose`), or none is told."""
    loose = loose_outcome(analysis)
    return f"the outcome is told only in loose words (“{loose}”)" if loose else OUTCOMELESS


UNATTRIBUTED_POINTS = 1.0
"""Points off every criterion, taken as `HANDED_POINTS` are, for a story whose own teller puts
its result down to other causes ("it's hard to attribute", "the whole chain had a good spring",
"the diesel price goes down again, so it is a very good year for everything"): what the steps
did is not told apart from what else went on. The results' criteria lose `EVADED_POINTS` more.
On the tuned parts of the unseen sets (round 52) 15 answers said so: 15 weak, one average, no
strong one."""


VERDICT_POINTS = 0.5
"""Points off every criterion a story evidences, when it would otherwise reach the hire line, for
an answer that gives the interviewer its own verdict ("it shows I can stay calm") or defines the
quality asked about ("For me, frugality is about treating every pound as your own", "That's what
thinking big means to me"). The reading gives such a clause no credit (`appraises_self`): it
claims what the story should show. Rehearsed answers close on one. On the tuning parts of the
unseen sets and the dev split (round 39) no strong answer of 301 did, against 52 of 296 weak
ones and 9 of 155 average ones. Like OUTCOMELESS_POINTS, taken in part from its own size below
the line."""
SELF_VERDICT = "a verdict on itself or a definition of the quality, which is no evidence"


# Someone else's words framing the verdict: "My manager said that's what frugality looks like",
# "She told me that for her, | frugality is about small things".
_THEIR_WORDS = re.compile(r"^\W*(?!I\b)[\w'’ -]{1,40}?\b(?:said|says|told (?:me|us|them|him|her)|"
                          r"wrote|writes|put it|called it)\b", re.IGNORECASE)


# A portrait of the candidate in place of what they did: "I'm very results-driven", "I'm
# someone who moves fast", "what I bring is the ability to…", "That's how I've delivered at every
# company". Found, not learned: "I realised I'm someone who needs to ask for help" is a lesson.
_PORTRAIT = re.compile(
    r"(?<!\bthat )(?<!\brealised )(?<!\brealized )(?<!\blearned )(?<!\blearnt )(?<!\bfound )"
    r"\bi(?:['’]m| am) (?:(?:naturally|very|really|quite|always|just|genuinely|definitely|"
    r"basically|by nature|a very|a really|a)\s+)*(?:someone who|somebody who|the (?:kind|sort|"
    r"type) of (?:[\w-]+ )?(?:who|that)|natural (?:leader|problem[- ]solver|communicator)|"
    r"(?:highly |extremely )?(?:results|detail|data|customer|people|solutions?|outcomes?|"
    r"action|goal|mission|process)[- ](?:driven|oriented|focused|obsessed|minded)\b)|"
    r"\bwhat i(?:['’]d| would)? bring(?: to [\w -]{1,30}?| here)? is\b|"
    r"\b(?:is|that['’]s|that is) what i bring\b|\bpart of who i am\b|"
    r"\bthe (?:mindset|attitude|approach|energy) i(?:['’]d| would| will)? bring\b|"
    # "It's a mindset I'd bring to any role"
    r"\b(?:it['’]s|that['’]s|it is|that is) (?:a|the) (?:mindset|attitude|approach|philosophy) "
    r"i(?:['’]d| would| will)? bring\b|"
    r"\bsomething i (?:take|bring|carry) (?:into|to|with me to) every\b|"
    r"\bthat['’]s (?:just |exactly )?how i(?:['’]ve| have)? (?:always )?(?:work(?:ed)?|"
    r"operated?|lead|led|deliver(?:ed)?|do(?:ne)? things|approach(?:ed)? (?:things|it|problems))"
    r"\b", re.IGNORECASE)


# The teller's pride in it, told to the interviewer: "I'm really proud of how I was able to shift
# the conversation", "What I'm most proud of is the culture shift". On the tuning parts of the
# unseen sets and the dev split 29 weak answers said so and no strong one ("I'm not proud of that
# bit", "too proud to let someone check me" own a failing; "I was proud of it" is how it felt
# then). Only in the answer's second half (`CODA_FROM`): a strong telling's aside early in the
# story ("And I'd seen — this is the bit I'm proud of, actually — how a bank handled…") points at
# a step it goes on to tell; 21 of the 29 weak answers said it there.
_PRIDE = re.compile(r"\bi(?:['’]m| am) (?:(?:really|very|quite|most|so|incredibly|genuinely|"
                    r"extremely|particularly|especially|also|still|just) )*proud (?:of|that)\b",
                    re.IGNORECASE)
CODA_FROM = 0.5
"""Where in the answer (a share of its length) the teller's pride is read as its verdict."""


def _proud(clause: Clause, length: int) -> bool:
    return clause.span.start >= length * CODA_FROM and _PRIDE.search(clause.text) is not None


def self_verdict(analysis: Analysis) -> bool:
    """Whether the candidate, in their own words, judges what the story shows of them, defines
    the quality asked about, or draws their own portrait in place of it (`VERDICT_POINTS`)."""
    before = None
    for clause in analysis.clauses:
        framed = _THEIR_WORDS.match(clause.text) or (
            before is not None and before.sentence == clause.sentence
            and _THEIR_WORDS.match(before.text))
        judged = appraises_self(clause) or (clause.role != "reflection" and (
            _PORTRAIT.search(clause.text) is not None or _proud(clause, len(analysis.answer))))
        if judged and not clause.reported and not framed:
            return True
        before = clause
    return False


_BOND = frozenset({"relationship"})
# Feelings or praise reported back are no later event: "people told me they felt respected",
# "leadership recognised me as someone who could be counted on".
_FELT = re.compile(r"\b(?:felt|feel|feels|appreciated|recogni[sz]ed|valued|grateful|thanked)\b",
                   re.IGNORECASE)


def outcomeless(analysis: Analysis) -> bool:
    """Whether the answer tells no outcome at all (`OUTCOMELESS_POINTS`): no result, and no
    clause the reading places as the relationship after the story ("these days she's the one
    who pings me first"), which is how a story of a disagreement comes out. Warmth reported
    back (`_FELT`) is no outcome, nor is a word of it elsewhere."""
    return not any(e.strength > 0 for e in analysis.of(*_TOLD_OUTCOME)) and not any(
        e.strength > 0 and _in_scene(analysis, e, _BOND) and not _FELT.search(e.quote)
        for e in analysis.of("relationship"))


def _against_the_story(
    analysis: Analysis, criterion: Criterion, evidenced: bool, penalty: float, onlooker: float,
    untold: tuple[float, str | None], unfinished: float, verdict: float,
) -> tuple[float, list[str]]:
    """What the way the whole story is told takes off one criterion, and why: generalities,
    others acting, the candidate's part untold, no outcome, a verdict on itself, an outcome
    withheld when asked."""
    negative = 0.0
    concerns: list[str] = []
    # A slip of generality in a concrete story costs the lines it loosens, not the silence of
    # a criterion the story never touches (`GENERALITIES_SPEAK`).
    if penalty > 0 and (evidenced or penalty >= GENERALITIES_SPEAK):
        negative += penalty
        concerns.append("told in generalities")
    if onlooker > 0:
        negative += onlooker
        concerns.append("only others act in the story" if onlooker >= ONLOOKER_POINTS
                        else "others take most of the steps")
    points, why = untold
    if points > 0 and why is not None:
        negative += points
        concerns.append(why)
    # Like a slip of generality, the missing outcome costs what the criterion shows, not its
    # silence: a criterion the story never touches stays silent.
    if evidenced and unfinished and criterion.family != "results":
        negative += unfinished
        concerns.append(outcome_concern(analysis))
    if evidenced and verdict:
        negative += verdict
        concerns.append(SELF_VERDICT)
    if criterion.family == "results" and (analysis.withheld or analysis.came_to_nothing):
        # Asked what came of it, and told nothing that did, or that it never came to be: the
        # outcome is not there to score.
        negative += min(NAMED_POINTS,
                        EVADED_POINTS * (analysis.withheld + analysis.came_to_nothing))
        if analysis.withheld:
            concerns.append(WITHHELD)
        if analysis.came_to_nothing:
            concerns.append(NOTHING_CAME)
    left, why_left = _trouble_left(analysis, criterion)
    return negative + left, concerns + why_left


def _trouble_left(analysis: Analysis, criterion: Criterion) -> tuple[float, list[str]]:
    """What the story's own account of the trouble left standing takes off one criterion."""
    negative = 0.0
    concerns: list[str] = []
    if criterion.family == "results" and analysis.unattributed:
        # The candidate's own word that what came of it cannot be told from what else went on.
        negative += EVADED_POINTS
        concerns.append(UNATTRIBUTED)
    if criterion.family == "results" and analysis.pending:
        # Something the story was for is on a roadmap, an agenda or a queue at its end: that
        # much of the outcome is not there to score. Only half a point: a strong story may
        # end on a part still waiting ("and that part's still waiting on IT").
        negative += EVADED_POINTS
        concerns.append(PENDING)
    if criterion.family == "results" and analysis.persisted:
        # By the story's own end the trouble it was about went on: that much was not solved.
        negative += EVADED_POINTS
        concerns.append(PERSISTED)
    if analysis.relayed:
        # A ticket opened, chased daily, the partners kept posted: whoever found and fixed it,
        # the candidate's part was to relay.
        negative += EVADED_POINTS
        concerns.append(RELAYED)
    if analysis.treats >= TREATS:
        # Pizza and vouchers for a team worn down by its hours, champagne for a guest kept
        # awake by the plant room: the trouble itself was left where it was.
        negative += EVADED_POINTS
        concerns.append(TREATED)
    if analysis.on_trust and criterion.family in ON_TRUST_FAMILIES:
        # The cause or claim the story turns on is someone else's, accepted for who said it or
        # because it fitted: the looking and judging the rubric asks for was not done.
        negative += FLAG_WEIGHT
        concerns.append(ON_TRUST.format(analysis.on_trust.strip(" ,;.")))
    if analysis.waved_off and criterion.family in WAVED_OFF_FAMILIES:
        negative += FLAG_WEIGHT
        concerns.append(WAVED_OFF)
    if analysis.no_further and "escalation" in criterion.signals.positive:
        # The rubric's floor anchor: the point dropped at the first "no", in the candidate's
        # own words, however well the first raising of it is told.
        negative += FLAG_WEIGHT
        concerns.append(NO_FURTHER)
    return negative, concerns


def _held_to(analysis: Analysis, criterion: Criterion, concerns: list[str]) -> int:
    """The anchor a criterion is held to whatever else the story tells of it: by an account
    taken on trust (`ON_TRUST_CAPS`), by digging handed to someone else (`SEARCH_HANDED_CAPS`,
    whose concern is added to `concerns`), or by a red flag its rubric names as its floor
    (`FLOOR_CAP`)."""
    ceiling = 5
    floor = [kind for kind in criterion.signals.floor if analysis.has(kind)]
    if floor:
        # The conduct the rubric names as this criterion's floor anchor is in the answer: the
        # rest of its evidence cannot lift it to the middle.
        ceiling = FLOOR_CAP
        concerns += [kind.replace("_", " ") for kind in floor]
    if analysis.on_trust:
        ceiling = min(ceiling, ON_TRUST_CAPS.get(criterion.family, ceiling))
    if analysis.search_handed:
        own = criterion.needs is not None and criterion.needs.own
        handed = FOUND_BY_OTHERS_CAP if own else SEARCH_HANDED_CAPS.get(criterion.family)
        if handed is not None:
            ceiling = min(ceiling, handed)
            concerns.append(SEARCH_HANDED.format(analysis.search_handed.strip(" ,;.")))
    return ceiling


def score_criterion(
    analysis: Analysis, criterion: Criterion, penalty: float = 0.0, onlooker: float = 0.0,
    untold: tuple[float, str | None] = (0.0, None), told: tuple[float, str] = (0.0, ""),
    unfinished: float = 0.0, verdict: float = 0.0,
) -> CriterionScore:
    """One criterion's score, its quotes, and a short rationale; `unfinished`: the points taken
    because the story tells no outcome (`OUTCOMELESS_POINTS`, `_short_of_the_line`); `verdict`:
    those taken because it gives its own verdict (`VERDICT_POINTS`)."""
    positive = analysis.of(*criterion.signals.positive) + _cue_evidence(analysis, criterion)
    flagged = {e.sentence for e in analysis.of(*_LINE_FLAGS) if e.strength > 0}
    positive = [replace(e, strength=e.strength * FLAGGED_LINE) if e.sentence in flagged else e
                for e in positive]
    scene = _SCENE_ROLES.get(criterion.family)
    if scene is not None:
        # A number in the scene sizes the problem ("p95 went from 200 ms to four seconds"): it
        # shows nothing verified or won.
        positive = [e for e in positive
                    if e.kind != "metric" or not _in_scene(analysis, e, scene)]
    if criterion.family == "results":
        # Nothing in the candidate's introduction of their job came of the story.
        positive = [e for e in positive if not _introduced(analysis, e)]
    elif "situation" not in criterion.signals.positive:
        # The numbers that size the job ("I have four teams, around 30 engineers") measure
        # only a criterion that asks for the scene itself: the constraint a budget or a
        # headcount puts on the work, not a goal, a bar or a piece of evidence.
        positive = [e for e in positive if e.kind != "metric" or not _introduced(analysis, e)]
    if criterion.signals.own:
        # What the rubric asks to be the candidate's own counts only in their or their team's
        # clauses: "they said yes, as long as the sample got there within 48 hours" is the
        # exam board's decision, no part of theirs in the failure.
        own = frozenset(criterion.signals.own)
        positive = [e for e in positive if e.kind not in own or not _someone_elses(analysis, e)]
    best = _best_per_kind(positive)
    if criterion.family == "results" and not any(
            e.strength > 0 for e in analysis.of(*_TOLD_OUTCOME)):
        # With no outcome told anywhere, a number, a date or a wide effect in the scene or in a
        # step measures nothing that came of the story: "applicants were declined at three
        # times the rate" is what was found, not the wider outcome.
        for kind in _NOT_AN_OUTCOME_ALONE:
            best.pop(kind, None)
    cue_kinds = sorted(k for k in best if k.startswith(CUE))
    for extra in cue_kinds[MAX_CUES:]:
        del best[extra]
    negative, concerns = _negative_weight(analysis, criterion)
    weight, against = _against_the_story(analysis, criterion, bool(best), penalty, onlooker,
                                         untold, unfinished, verdict)
    negative += weight
    concerns += against
    if not best:
        # Silent only with nothing against it either: a red flag, phrasing that counts against
        # it, a story told in generalities or one where only others act all speak to it.
        return CriterionScore(
            id=criterion.id, name=criterion.name, score=1, evidence=[],
            rationale=f"no evidence; against: {', '.join(concerns)}" if concerns
            else "no evidence",
            silent=not concerns,
        )
    kinds = len(criterion.signals.positive) + min(MAX_CUES, len(criterion.cues))
    needed = max(2, min(FULL_COVERAGE, math.ceil(kinds * 0.6)))
    support = sum(min(e.strength, 1.25) for e in best.values())
    coverage = min(1.0, support / needed)
    raw = 1.0 + 4.0 * coverage
    ceiling = 5
    needs = criterion.needs
    theirs = analysis.told_by_others(needs.cues) if needs is not None and needs.own and (
        raw > 2.0) else None
    if theirs is not None:
        # The cause the story settles on is someone else's finding or word, never checked: the
        # search the rubric asks for ended where theirs did. A ceiling, not a lower start: what
        # else counts against the criterion is not taken twice.
        ceiling = FOUND_BY_OTHERS_CAP
        concerns.append(FOUND_BY_OTHERS.format(theirs.text.strip(" ,;.")))
    elif raw > 3.0 and needs is not None and not analysis.tells(needs.cues) and not any(
            analysis.has(kind) for kind in needs.kinds):
        # However well the search for a cause is told, finding the cause needs one found.
        raw, ceiling = 3.0, 3
        concerns.append(needs.missing)
    ceiling = min(ceiling, _held_to(analysis, criterion, concerns))
    if raw >= 4.5 and not any(e.specific for e in best.values()):
        # The top anchor is concrete: without a number, a date or a name, it is a 4, and what
        # counts against the criterion is taken from that 4, so a red flag always costs.
        raw, ceiling = 4.0, 4
        concerns.append("no specifics behind it")
    # raw is at most 5 and nothing adds to it, so only the floor needs a bound.
    plain = max(1, math.floor(raw - negative + 0.5))
    score = _tipped(raw - negative, ceiling, told[0])
    if score < min(plain, ceiling):
        # (held down by a ceiling, it was not the telling that lowered it)
        concerns.append(told[1])
    quotes = _telling_quotes(positive, criterion)
    found = ", ".join(sorted(k.replace("_", " ") for k in best if not k.startswith(CUE)))
    if any(k.startswith(CUE) for k in best):
        found = ", ".join(filter(None, [found, "competency-specific phrasing"]))
    rationale = f"found: {found}" + (f"; {told[1]}" if score > plain else "")
    if concerns:
        # (the results' own concern for an outcome put down to other causes is the story's too)
        rationale += f"; against: {', '.join(dict.fromkeys(concerns))}"
    return CriterionScore(
        id=criterion.id,
        name=criterion.name,
        score=score,
        evidence=[q.as_quote() for q in quotes[:MAX_QUOTES]],
        rationale=rationale,
    )


def _short_of_the_line(plain: float, points: float) -> float:
    """The points taken for no outcome, or for a verdict on itself, from a story whose evidence
    scores `plain`: all of them from the hire line up, none from `points` below it, and in
    between what takes the story to that point below it. Taken whole from a point, a story just
    under it kept its score where one just over it lost them all, so padding that took a story
    under the point raised it."""
    return min(points, max(0.0, plain - (HIRE_LINE - points)))


def held_against(analysis: Analysis) -> Judged:
    """What the rules hold against the story as a whole, as the telling model reads it."""
    return Judged(concreteness_penalty(analysis) / GENERALITY_POINTS,
                  untold_penalty(analysis)[0], onlooker_penalty(analysis),
                  outcomeless(analysis), self_verdict(analysis))


def score_criteria(analysis: Analysis, competency: Competency) -> list[CriterionScore]:
    """Every criterion of `competency`, in the competency's order."""
    if analysis.search_handed and not any(c.needs is not None and c.needs.own
                                          for c in competency.criteria):
        # Digging handed on holds only a rubric that asks for a cause the candidate found.
        analysis = replace(analysis, search_handed="")
    penalty = concreteness_penalty(analysis)
    onlooker = onlooker_penalty(analysis)
    untold = untold_penalty(analysis)
    methods, why = methods_penalty(analysis, competency)
    if methods:
        untold = (untold[0] + methods, ", ".join(filter(None, [untold[1], why])))
    scores = [score_criterion(analysis, criterion, penalty, onlooker, untold)
              for criterion in competency.criteria]
    plain = plain_score(scores)
    judged = Judged(penalty / GENERALITY_POINTS, untold[0], onlooker, outcomeless(analysis),
                    self_verdict(analysis))
    unfinished = _short_of_the_line(plain, OUTCOMELESS_POINTS) if judged.outcomeless else 0.0
    verdict = _short_of_the_line(plain, VERDICT_POINTS) if judged.self_verdict else 0.0
    if analysis.handed:
        untold = (untold[0] + _short_of_the_line(plain, HANDED_POINTS), untold[1])
    if analysis.unattributed:
        untold = (untold[0] + _short_of_the_line(plain, UNATTRIBUTED_POINTS),
                  ", ".join(filter(None, [untold[1], UNATTRIBUTED])))
    if unfinished or verdict or analysis.handed or analysis.unattributed:
        scores = [score_criterion(analysis, criterion, penalty, onlooker, untold,
                                  unfinished=unfinished, verdict=verdict)
                  for criterion in competency.criteria]
        plain = plain_score(scores)
    told = shift(analysis, judged)
    # How the answer is told moves it only toward the hire line from one band away: a story
    # told as strong ones are out of No Hire, one told as weak ones are out of Hire. Further
    # from the line the criteria's evidence speaks for itself, and moving every answer made
    # tellings of one story in different voices score further apart. A story taken below the
    # line for telling no outcome, or for its own verdict, is not told back over it.
    if not (told[0] > 0 and TOLD_FLOOR <= plain < HIRE_LINE and not (unfinished or verdict)
            or told[0] < 0 and HIRE_LINE <= plain < HIRE_LINE + 1):
        return scores
    moved = [score_criterion(analysis, criterion, penalty, onlooker, untold, told, unfinished,
                             verdict) for criterion in competency.criteria]
    return _up_to_the_line(scores, moved) if told[0] > 0 else moved


def _up_to_the_line(plain: list[CriterionScore],
                    lifted: list[CriterionScore]) -> list[CriterionScore]:
    """The criteria the telling lifted (`lifted`), taken in the competency's order only until
    the story reaches the hire line; the rest keep their own score (`plain`). Lifted past it,
    a story just under the line rose above one just over it that nothing lifted: blurring a
    strong answer's numbers and names took it from 3.16 to under the line, and the telling
    lifted it to 3.29. (Lowering is not held at the line the same way: held, weak answers
    kept Hire votes on the held-out sets, blind25 15 -> 22, the panel's lenses scoring them
    above the line the plain score had crossed.)"""
    kept = list(plain)
    for at, after in enumerate(lifted):
        if plain_score(kept) >= HIRE_LINE:
            break
        kept[at] = after
    return kept
