"""Realising turns: from planned content (a claim, its evidence, its relation to what a
colleague said) to sentences.

Each function receives what the turn must say and shapes its sentences from that content: how
far the evidence goes against the criterion's anchors, whether a gap is missing from the answer
or only unread by this panelist, whether a vote moved. Lines already quoted are referred to by
what they are about ("the line about the usage data") rather than quoted again. Scores and
votes in the text are always the speaker's own at that moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from roundtable.catalog.schema import Criterion, Family, Persona
from roundtable.deliberation.agenda import Disagreement
from roundtable.deliberation.discourse import Discourse
from roundtable.deliberation.lenses import KIND_FAMILY, families_of, focus_for, weight
from roundtable.deliberation.phrasing import (
    DONE_BY_CANDIDATE,
    GENERAL_SAYS,
    KIND_SHOWS,
    LENS_STAKE,
    VAGUE_ACTION,
    VOTE_WORDS,
    flag_says,
    lower_first,
    plain,
    quoted,
    topic,
    upper_first,
    wants,
)
from roundtable.deliberation.phrasing import names as series
from roundtable.deliberation.reading import (
    Evidence,
    Finding,
    Flag,
    Move,
    Reading,
    by_line,
    discounts,
    reads_as_not_theirs,
)
from roundtable.evidence import lexicon
from roundtable.evidence.kinds import CONDUCT_FLAGS
from roundtable.models import Quote, Stance, Turn
from roundtable.scoring.panel import weighs_flag

STAKE_WEIGHT = 1.2
"""A lens says why a finding matters to it only for families it weighs above neutral."""


SPEAKS_DIRECTLY = "the answer speaks to it directly"
"""What a line shows when none of its kinds says more (a competency's own phrase)."""


@dataclass(frozen=True)
class Point:
    """A criterion a turn speaks to, with the finding it cites (if any)."""

    criterion: Criterion
    finding: Finding | None


def shows(persona: Persona, finding: Finding, family: Family) -> str:
    """What the finding shows, told by the kind the persona weighs most (two when the sentence
    carries evidence for two families the persona cares about)."""
    found = finding.kinds | ({VAGUE_ACTION} if finding.vaguely and "action" in finding.kinds
                             else set())
    kinds = sorted((k for k in found if k in KIND_SHOWS
                    and (finding.acts or k not in ("action", "ownership"))
                    and (finding.own or k not in DONE_BY_CANDIDATE)),
                   key=lambda k: (-weight(persona, KIND_FAMILY.get(k, family)), k))
    if not kinds:
        return SPEAKS_DIRECTLY
    first = kinds[0]
    second = next((k for k in kinds[1:] if KIND_FAMILY.get(k) != KIND_FAMILY.get(first)
                   and weight(persona, KIND_FAMILY.get(k, family)) >= STAKE_WEIGHT), None)
    if second is None:
        return _shown(first, finding)
    return f"{_shown(first, finding)}, and {_shown(second, finding)}"


_MENTIONS_RELATIONSHIP = "the working relationship comes into it"


def _shown(kind: str, finding: Finding) -> str:
    """What one kind of evidence shows in this line. "I felt the relationship was important"
    names the relationship without showing that it outlasted anything."""
    if kind == "relationship" and {m.group().lower() for m in lexicon.finditer(
            "relationship", finding.quote.quote)} == {"relationship"}:
        return _MENTIONS_RELATIONSHIP
    return KIND_SHOWS[kind]


def stake(persona: Persona, finding: Finding, family: Family, said: set[str]) -> str | None:
    """Why the persona's lens cares about this finding, if it cares more than neutrally and
    has not said so already in this turn. A line that says they acted but not what they did
    (`Finding.vaguely`) is nothing the lens looks for."""
    if finding.vaguely:
        return None
    families = families_of(finding.kinds, family) or {family}
    for best in sorted(families, key=lambda f: (-weight(persona, f), f)):
        if weight(persona, best) >= STAKE_WEIGHT and LENS_STAKE[best] not in said:
            said.add(LENS_STAKE[best])
            return LENS_STAKE[best]
    return None


def about(quote: Quote) -> str:
    """How to refer to a line without quoting it again."""
    subject = topic(quote.quote)
    return f"the line about {subject}" if subject else "that line"


def anchored(name: str, score: int, criterion: Criterion) -> str:
    """Where a score sits against the criterion's own anchors."""
    if score >= 5:
        return f"puts {name} at 5 of 5 (top anchor: {plain(criterion.anchors.five)})"
    if score == 4:
        return (f"takes {name} to 4 of 5, short only of the top anchor "
                f"({plain(criterion.anchors.five)})")
    # The anchor is labelled as the rubric's words: bare, "(says they listened, without what
    # they heard)" reads as a claim about this answer, and can contradict what the turn just
    # said of it ("they say what they did themselves, which gets clearing obstacles to 3 of 5
    # and no further (overcame an obstacle, with their own actions unclear)").
    if score == 3:
        return (f"gets {name} to 3 of 5 and no further "
                f"(middle anchor: {plain(criterion.anchors.three)})")
    return (f"leaves {name} at {score} of 5, under the middle anchor "
            f"(middle anchor: {plain(criterion.anchors.three)})")


_STOP_AFTER_QUOTE = re.compile(r"([.!?])”([.])")


def _finish(text: str) -> str:
    """Sentence punctuation around quotes: no period after a quote that already ends one."""
    # (A turn with no quote closing before a period is left as it is, unsearched.)
    return _STOP_AFTER_QUOTE.sub(r"\1”", text) if "”." in text else text


def credit(persona: Persona, point: Point, score: int, talk: Discourse, cited: list[Quote],
           said: set[str], lead: str) -> str:
    """A credited line: the line, what it shows, where it puts the criterion, and, for a lens
    that cares, why it matters."""
    assert point.finding is not None
    criterion = point.criterion
    finding = point.finding
    # The line is named by what the whole of it is about, as every later mention names it.
    subject = topic(finding.quote.quote)
    quote = talk.cite(finding.quote, cited)
    talk.claim(persona.id, criterion.id, "credit", finding.quote.start)
    opener = (f"{lead}the line about {subject} is where I start: {quote}." if subject
              else f"{lead}{shows(persona, finding, criterion.family)}: {quote}.")
    why = stake(persona, finding, criterion.family, said)
    where = anchored(criterion.name.lower(), score, criterion)
    verdict = (f"{upper_first(shows(persona, finding, criterion.family))}, which {where}"
               if subject else f"That {where}")
    return f"{opener} {verdict}" + (f"; {why}." if why else ".")


def second_credit(persona: Persona, point: Point, score: int, talk: Discourse,
                  cited: list[Quote], said: set[str]) -> str:
    """A second credited line, told as an addition."""
    assert point.finding is not None
    criterion = point.criterion
    quote = talk.cite(point.finding.quote, cited)
    talk.claim(persona.id, criterion.id, "credit", point.finding.quote.start)
    why = stake(persona, point.finding, criterion.family, said)
    return (f"There is also {quote}, where {shows(persona, point.finding, criterion.family)}; "
            f"that {anchored(criterion.name.lower(), score, criterion)}"
            + (f", and {why}." if why else "."))


def general_line(evidence: Evidence, criterion: Criterion, talk: Discourse) -> Quote | None:
    """A line told in generalities nobody has quoted yet, to cite against `criterion`."""
    line = next((q for q in evidence.general if talk.unused(q)), None)
    return line.model_copy(update={"criterion": criterion.id}) if line else None


def _says(line: Quote, evidence: Evidence) -> str:
    kind = evidence.general_kind[line.start]
    return GENERAL_SAYS.get(kind) or flag_says(kind, [line.quote])


def setting_line(evidence: Evidence, reading: Reading, criterion: Criterion,
                 talk: Discourse) -> Finding | None:
    """A line nobody has quoted that only sets the criterion's scene (a situation, a number,
    who had a stake), when the panelist weighs no line that shows the criterion itself: what
    it does have on the criterion, to quote beside the gap."""
    if any(f.quote.start in reading.weighed[criterion.id]
           for f in evidence.quotable(criterion.id)):
        return None
    return next((f for f in evidence.findings[criterion.id]
                 if f.scenic and talk.unused(f.quote)), None)


def concern(persona: Persona, point: Point, score: int, unread: bool, talk: Discourse,
            cited: list[Quote], general: Quote | None, evidence: Evidence,
            setting: Finding | None = None) -> str:
    """The gap: quoted where there is a line to point at; said to be missing only where the
    rubric found nothing at all; said to be unproven where this panelist has not seen it. A
    line that only sets the criterion's scene is quoted as what there is, and no more."""
    criterion = point.criterion
    name = criterion.name.lower()
    top = plain(criterion.anchors.five)
    if point.finding is not None:
        quote = talk.cite(point.finding.quote, cited)
        talk.claim(persona.id, criterion.id, "concern", point.finding.quote.start)
        if score >= 5:
            # Every criterion at the top anchor: "stops at 5 of 5, short of the top" would be
            # false, and what is left is a question to ask, not a gap.
            return (f"I have no real concern: the most I would still ask about is {name}, and "
                    f"{quote} already reaches the top anchor.")
        if score >= 4:
            return (f"My one concern is {name}: {quote} stops at {score} of 5, short of the top "
                    f"anchor ({top}).")
        return (f"My concern is {name}: {quote} is as far as it goes, {score} of 5, where I "
                f"would want {wants(criterion)} ({top}).")
    talk.claim(persona.id, criterion.id, "concern", None)
    if unread:
        # Below the floor only when nothing at all is credited: "can't credit … 2 of 5" would
        # say one thing and score another.
        credit = "can't credit" if score <= 1 else "can credit only in part"
        held = next((f for f in evidence.quotable(criterion.id)
                     if reads_as_not_theirs(persona, f)), None)
        if held is not None:
            # The answer does tell it, as the team's or with nobody's hand in it: asking for
            # what it already says ("I would want how it ended, measured") would be false.
            about = topic(held.quote.quote)
            line = (f"the line about {about}" if about else
                    "its “we” line" if held.team_only else "the outcome it tells")
            read = ("the team's doing rather than their own" if held.team_only
                    else "the backdrop of the story rather than their result")
            when = "yet" if score <= 1 else "so far"
            return (f"My concern is {name}, which I {credit} {when}, {score} of 5: I read {line} "
                    f"as {read}, and I hold it there for now.")
        # Unread here means this lens passed over what the answer tells; it does tell some.
        if setting is not None:
            return (f"My concern is {name}, which I {credit} on what I read, {score} of 5: "
                    f"{talk.cite(setting.quote, cited, 'context')} {setting.context}, "
                    f"and the top anchor asks for more ({top}).")
        return (f"My concern is {name}, which I {credit} on what I read, {score} of 5, "
                f"short of its top anchor ({top}).")
    # "Nothing earns credit" is true only at the floor; above it, something did, if thinly.
    nothing = "nothing in the answer earns credit for it" if score <= 1 else \
        "little in the answer speaks to it"
    if general is not None:
        return (f"My concern is {name}: {nothing}, and "
                f"{talk.cite(general, cited)} {_says(general, evidence)}, so {name} sits at "
                f"{score} of 5 (top anchor: {top}).")
    return (f"My concern is {name}: {nothing}, so {score} of 5 "
            f"against a top anchor that asks for more ({top}).")


def flag_sentence(persona: Persona, flag: Flag, criterion: Criterion, score: int,
                  talk: Discourse, cited: list[Quote], before: str) -> str:
    """A red flag raised in the speaker's own opening (`before`: the turn so far). A line the
    turn has just quoted is not quoted again, nor what it shows said twice."""
    talk.claim(persona.id, criterion.id, "flag", flag.quote.start)
    cost = "costs" if score > 1 else "weighs against"
    says = flag_says(flag.kind, [flag.quote.quote])
    if any(q.start == flag.quote.start for q in cited):
        if says in before:
            return f"That is a red flag in itself, and it {cost} {criterion.name.lower()} too."
        return f"That same line {says}, and that {cost} {criterion.name.lower()}."
    quote = talk.cite(flag.quote, cited)
    return f"I also have to flag {quote}: it {says}, and that {cost} {criterion.name.lower()}."


def vote_sentence(reading: Reading, lead: Point | None, worry: Criterion) -> str:
    """The provisional vote, read through the persona's own focus, with what carries it and
    what could change it."""
    vote = VOTE_WORDS[reading.opening.vote]
    if lead is None or lead.finding is None:
        return (f"Read for {focus_for(reading.persona, worry)}, that is {vote} for now, until "
                f"I see {wants(worry)}.")
    subject = topic(lead.finding.quote.quote)
    seen = shows(reading.persona, lead.finding, lead.criterion.family)
    carried = (f"the line about {subject} carries it" if subject else
               f"what carries it is that {seen}")
    could = (f", and {worry.name.lower()} could change it"
             if reading.criteria[worry.id] < 5 else "")
    return (f"Read for {focus_for(reading.persona, lead.criterion)}, that is {vote} for now: "
            f"{carried}{could}.")


def opening_turn(reading: Reading, lead: Point | None, second: Point | None, worry: Point,
                 unread: bool, flag: tuple[Flag, Criterion] | None, evidence: Evidence,
                 talk: Discourse) -> Turn:
    """A blind first take: what this lens noticed first, a second line, a gap, any red flag,
    and a provisional vote."""
    persona = reading.persona
    cited: list[Quote] = []
    said: set[str] = set()
    openers = persona.voice.openers
    # The opener follows what leads: the family of the first thing the lens noticed.
    family = (lead or worry).criterion.family
    ranked = sorted(persona.lens, key=lambda f: (-persona.lens[f], f))
    opener = openers[ranked.index(family) % len(openers) if family in ranked else -1]
    parts: list[str] = []
    if lead is not None and lead.finding is not None:
        parts.append(credit(persona, lead, reading.criteria[lead.criterion.id], talk, cited,
                            said, f"{opener} "))
    else:
        parts.append(f"{opener} I found no line I could credit with confidence.")
    if second is not None and second.finding is not None:
        parts.append(second_credit(persona, second, reading.criteria[second.criterion.id],
                                   talk, cited, said))
    general = (general_line(evidence, worry.criterion, talk)
               if worry.finding is None and not unread else None)
    setting = (setting_line(evidence, reading, worry.criterion, talk)
               if worry.finding is None and general is None else None)
    if reading.criteria[worry.criterion.id] >= 5:
        # Every criterion this lens weighs is at its top anchor: a "concern" would be false.
        parts.append("I have no gap to press on: every criterion here reaches its top anchor.")
    else:
        parts.append(concern(persona, worry, reading.criteria[worry.criterion.id], unread, talk,
                             cited, general, evidence, setting))
    if flag is not None:
        parts.append(flag_sentence(persona, flag[0], flag[1], reading.criteria[flag[1].id],
                                   talk, cited, " ".join(parts)))
    parts.append(vote_sentence(reading, lead, worry.criterion))
    return Turn(speaker=persona.id, text=_finish(" ".join(parts)), evidence=cited)


def _their_view(talk: Discourse, listener: Reading, criterion: Criterion, lower: bool) -> str:
    """The listener's claim about the criterion, restated in words (never in their numbers)."""
    claim = talk.said_by(listener.persona.id, criterion.id)
    name = criterion.name.lower()
    if claim is not None and claim.use == "concern":
        return f"you named {name} as your concern"
    if claim is not None and claim.use == "credit":
        return f"you credit {name}" + (", though less than I do" if lower else " more than I do")
    return f"you read {name} {'lower' if lower else 'higher'} than I do"


def _vocative(phrase: str, name: str) -> tuple[str, str]:
    """A voice phrase split into its address and what follows ('Elena, I'd push back:')."""
    text = phrase.format(name=name)
    return text, "" if text.endswith((":", ",")) else ","


def _cite_or_name(quote: Quote, talk: Discourse, cited: list[Quote]) -> str:
    """The quote, or, once it has been quoted twice, what it is about."""
    return talk.cite(quote, cited) if talk.available(quote) else about(quote)


def challenge_turn(item: Disagreement, evidence: Evidence, talk: Discourse) -> Turn:
    """The raiser answers the listeners' reading by name, with the line they had not weighed."""
    raiser = item.raiser
    persona = raiser.persona
    criterion = evidence.criteria[item.criterion]
    name = criterion.name.lower()
    listener = item.listeners[0]
    cited: list[Quote] = []
    said: set[str] = set()
    # A flag is raised by the one who reads the criterion lower, a line by the one who reads
    # it higher: "that's generous" is true only of the first.
    phrases = persona.voice.pushback + (persona.voice.pushback_lower if item.flag is not None
                                        else persona.voice.pushback_higher)
    phrase = phrases[len(criterion.id) % len(phrases)]
    score = raiser.criteria[criterion.id]
    addressed = " and ".join(r.persona.called for r in item.listeners)
    lead, _ = _vocative(phrase, addressed)
    view = _their_view(talk, listener, criterion, lower=item.flag is None)
    if item.flag is not None:
        flagged = item.flag.quote.model_copy(update={"criterion": criterion.id})
        line = talk.cite(flagged, cited) if talk.available(flagged) else about(flagged)
        talk.claim(persona.id, criterion.id, "flag", item.flag.quote.start)
        says = flag_says(item.flag.kind, [item.flag.quote.quote])
        text = (f"{lead} {view}, and that misses {line}. It {says}, and "
                f"that is why I have {name} at {score} of 5.")
    else:
        assert item.finding is not None
        quote = _cite_or_name(item.finding.quote, talk, cited)
        talk.claim(persona.id, criterion.id, "credit", item.finding.quote.start)
        if item.also is not None:
            quote += f", nor {_cite_or_name(item.also.quote, talk, cited)}"
        seen = shows(persona, item.finding, criterion.family)
        why = stake(persona, item.finding, criterion.family, said)
        subject = topic(item.finding.quote.quote)
        where = f"The point about {subject} shows" if subject else "That line shows"
        missed = (f"you haven't counted {quote} toward {name}"
                  if _elsewhere(list(item.listeners), criterion, item.finding.quote)
                  else f"you haven't weighed {quote}")
        text = (f"{lead} {view}, but {missed}. {where} {seen}, which is why "
                f"I have {name} at {score} of 5" + (f"; {why}." if why else "."))
    return Turn(speaker=persona.id, text=_finish(text),
                addresses=[r.persona.id for r in item.listeners], stance="pushback",
                evidence=cited)


def hedging(finding: Finding | None) -> str:
    """Why a strict panelist keeps a line out, in words the answer bears out: 'hedged
    (“I think”)', 'vague (“went well”)', or 'hedged' when its hedge is in other words."""
    if finding is None or finding.hedge_words is None:
        return "hedged"
    kind, words = finding.hedge_words
    return f"{'vague' if kind == 'vague' else 'hedged'} ({quoted(words)})"


def held_as(persona: Persona, finding: Finding | None) -> tuple[str, str, str]:
    """Why a panelist keeps a line out, in words the answer bears out: what the line is to it
    ('hedged (“I think”)', 'the team's doing, told as “we”'), the same with the reason it
    stands ('…, not told as plain fact'), and what it credits instead."""
    if finding is not None and not (discounts(persona, finding) and finding.hedged) and \
            reads_as_not_theirs(persona, finding) and finding.own_step is None:
        if finding.team_only:
            what, where = "the team's doing, told as “we”", "in it"
        else:
            what, where = "an outcome with nobody's hand in it", "in the story"
        return (what, f"{what}, and I can't find their own part {where} told elsewhere",
                "what they tell as their own part")
    return (hedging(finding), f"{hedging(finding)}, not told as plain fact",
            "what they tell as plain fact")


def _settling(quote: Quote, talk: Discourse, cited: list[Quote]) -> str:
    """The line elsewhere that settles a reading, quoted (when it is credited for a criterion)
    or named by its topic after a comma; nothing when it can be neither."""
    if quote.criterion is not None and talk.available(quote):
        return f", {talk.cite(quote, cited)}"
    subject = topic(quote.quote)
    return f", in the line about {subject}" if subject else ""


def _missed(listener: Reading, finding: Finding | None, line: str, talk: Discourse,
            cited: list[Quote]) -> str | None:
    """How a panelist that read an ambiguous line its own way came round to the other reading,
    with the line elsewhere in the answer that settles it."""
    if finding is None:
        return None
    if reads_as_not_theirs(listener.persona, finding) and finding.own_step is not None:
        own = _settling(finding.own_step, talk, cited)
        if finding.unowned:
            return (f"I had read {line} as the backdrop rather than their result, but they "
                    f"tell their own part in the story{own}, so I count the outcome")
        return (f"I had read {line} as the team's doing, but elsewhere they tell their own "
                f"part in it{own}, so the “we” includes them")
    if discounts(listener.persona, finding) and finding.hedged and finding.precise is not None:
        return (f"I had set {line} aside as {hedging(finding)}, but elsewhere they are "
                f"exact{_settling(finding.precise, talk, cited)}, so I read the hedge as care "
                f"over one detail, not vagueness")
    if discounts(listener.persona, finding) and finding.hedged and finding.numbered:
        return (f"I had set {line} aside as {hedging(finding)}, but it still gives a number "
                f"you could check, so I count it for what it tells")
    if discounts(listener.persona, finding):
        return f"I had discounted {line}, but nothing in it is hedged or vague"
    return None


def _speaks_to(name: str) -> str:
    """"it speaks to <criterion> directly", without doubling a name that already ends in the
    word ("Addressing it directly")."""
    return f"it speaks to {name}" + ("" if name.lower().endswith(" directly") else " directly")


def reply_turn(item: Disagreement, evidence: Evidence, listener: Reading, move: Move | None,
               held: bool, talk: Discourse, already: str | None = None) -> Turn:
    """The challenged panelist concedes (and says what moved, and how it had missed it) or
    holds (and says what in the line it will not credit)."""
    criterion = evidence.criteria[item.criterion]
    name = criterion.name.lower()
    who = item.raiser.persona.called
    score = listener.criteria[item.criterion]
    raised = item.flag.quote if item.flag is not None else move.quote if move is not None \
        else item.finding.quote if item.finding else None
    line = about(raised) if raised is not None else "that line"
    finding = next((f for f in (item.finding, item.also)
                    if f is not None and raised is not None and f.quote.start == raised.start),
                   None)
    stance: Stance
    cited: list[Quote] = []
    what, why, _ = held_as(listener.persona, finding)
    if held and already is not None:
        # A second panelist holding the same line says so, rather than repeating the first.
        stance = "pushback"
        text = (f"{who}, I'm where {already} is on {line}: it is {what}, and {name} stays at "
                f"{score} of 5 for me too.")
    elif held:
        stance = "pushback"
        text = f"{who}, I read {line} differently: it is {why}, so I keep {name} at {score} of 5."
    elif move is None:
        stance = "agree"
        text = (f"{who}, granted, I had passed over {line}; it does not change my number, since "
                f"{name} stays where it is for me until I hear {wants(criterion)}.")
    else:
        stance = "agree"
        # What the line shows, in the listener's own terms: not the criterion's description,
        # which says what the top of the scale looks like, not what this line is.
        seen = shows(listener.persona, finding, criterion.family) if finding else None
        reason = (f"it {flag_says(item.flag.kind, [item.flag.quote.quote])}"
                  if item.flag is not None
                  else _speaks_to(name) if seen in (None, SPEAKS_DIRECTLY)
                  else seen)
        # A panelist that read the line its own way (as the team's, as hedged) had set it
        # aside, not skimmed it: it says what changed its reading.
        missed = _missed(listener, finding, line, talk, cited) or (
            # ("the line about the row counts | goes toward…": never "counts counts")
            f"{line} {'goes' if line.split()[-1] == 'counts' else 'counts'} toward {name} too"
            if raised is not None and item.flag is None
            and weighed_elsewhere(listener, item.criterion, raised)
            else f"I skimmed past {line}")
        # Said by how much this line moves the reading: a colleague may move it again later in
        # the round, so where it lands is the closing's to say.
        # (At the end of the scale it can only be moved back, so there the number is safe.)
        step = move.after - move.before
        goes = (f"goes to {move.after} of 5" if move.after in (1, 5) else
                f"goes {'up' if step > 0 else 'down'} "
                f"{'a point' if abs(step) == 1 else f'{abs(step)} points'} for me")
        text = f"{who}, you're right, {missed}: {reason}, so {name} {goes}"
        text += (f" and changes my vote to {VOTE_WORDS[listener.vote]}."
                 if move.vote_after != move.vote_before else ".")
    return Turn(speaker=listener.persona.id, text=_finish(text),
                addresses=[item.raiser.persona.id], stance=stance, evidence=cited)


BuildMode = Literal["more", "same", "unweighed"]


def weighed_elsewhere(reading: Reading, criterion: str, quote: Quote) -> bool:
    """Whether `reading` already weighs the line under another criterion: shown it again, it
    has not missed the line, only what else it shows."""
    return any(quote.start in starts for cid, starts in reading.weighed.items()
               if cid != criterion)


def _elsewhere(listeners: list[Reading], criterion: Criterion, quote: Quote) -> bool:
    """Whether every listener already weighs the line, for another criterion."""
    return all(weighed_elsewhere(r, criterion.id, quote) for r in listeners)


def build_turn(speaker: Reading, others: list[Reading], point: Point, mode: BuildMode,
               talk: Discourse) -> Turn:
    """A turn that adds to what a colleague said: another line under its lead criterion
    ("more"), another reading of the very line it cited ("same"), or a line it had not weighed
    on a criterion it reads lower ("unweighed"), put to every colleague it would move."""
    persona = speaker.persona
    criterion = point.criterion
    assert point.finding is not None
    other = others[0]
    cited: list[Quote] = []
    said: set[str] = set()
    phrases = persona.voice.build
    lead, _ = _vocative(phrases[len(criterion.id) % len(phrases)],
                        " and ".join(r.persona.called for r in others))
    name = criterion.name.lower()
    score = speaker.criteria[criterion.id]
    seen = shows(persona, point.finding, criterion.family)
    why = stake(persona, point.finding, criterion.family, said)
    missed = ("you counted only elsewhere" if _elsewhere(others, criterion, point.finding.quote)
              else "you haven't weighed")
    quote = _cite_or_name(point.finding.quote, talk, cited)
    talk.claim(persona.id, criterion.id, "credit", point.finding.quote.start)
    if mode == "same":
        text = (f"{lead} the line you led with, {quote}, also bears on {name}: {seen}. For me "
                f"that {anchored(name, score, criterion)}")
    elif mode == "unweighed":
        view = (_their_view(talk, other, criterion, lower=True) if len(others) == 1
                else f"you both read {name} lower than I do")
        text = (f"{lead} {view}, and there is a line under it {missed}: {quote}, "
                f"where {seen}. For me that {anchored(name, score, criterion)}")
    else:
        text = (f"{lead} you lead with {name}, and there is more under it than the line you "
                f"chose: {quote}, where {seen}. For me that {anchored(name, score, criterion)}")
    text += f", and {why}." if why else "."
    return Turn(speaker=persona.id, text=_finish(text), addresses=[r.persona.id for r in others],
                stance="build", evidence=cited)


def setting_turn(speaker: Reading, other: Reading, point: Point, setting: Finding,
                 talk: Discourse) -> Turn:
    """A turn that gives a colleague's lead the setting the answer tells for its criterion
    (what was at stake, when, who had a say): context for their line, credit for nothing."""
    persona = speaker.persona
    criterion = point.criterion
    cited: list[Quote] = []
    phrases = persona.voice.build
    lead, _ = _vocative(phrases[len(criterion.id) % len(phrases)],
                        other.persona.called)
    subject = topic(point.finding.quote.quote) if point.finding else None
    where = f" on the line about {subject}" if subject else ""
    text = (f"{lead} you lead with {criterion.name.lower()}{where}, and the answer tells its "
            f"setting too: {talk.cite(setting.quote, cited, 'context')}, which "
            f"{setting.context}.")
    return Turn(speaker=persona.id, text=_finish(text), addresses=[other.persona.id],
                stance="build", evidence=cited)


def agree_turn(speaker: Reading, other: Reading, criterion: Criterion, line: Quote | None,
               evidence: Evidence, talk: Discourse, setting: Finding | None = None) -> Turn:
    """Agreement with a colleague's concern, with something of the speaker's own: a line that
    earns nothing, a line that only sets the criterion's scene, or the part of the top anchor
    still missing."""
    persona = speaker.persona
    cited: list[Quote] = []
    phrases = persona.voice.agree
    lead, _ = _vocative(phrases[len(criterion.id) % len(phrases)],
                        other.persona.called)
    name = criterion.name.lower()
    score = speaker.criteria[criterion.id]
    talk.claim(persona.id, criterion.id, "concern", line.start if line else None)
    too = " as well" if other.criteria[criterion.id] == score else ""
    if line is not None:
        # The score is said apart from the line added, which is no reason for it; when a line
        # the speaker weighed does carry the score, the score names it.
        basis = next((subject for f in evidence.quotable(criterion.id)
                      if f.quote.start in speaker.weighed[criterion.id]
                      and f.quote.start != line.start
                      for subject in [topic(f.quote.quote)] if subject), None)
        resting = (f", on the line about {basis}" if basis and score > 1 else
                   f", short of the top anchor ({plain(criterion.anchors.five)})" if score < 5
                   else "")
        text = (f"{lead} you named {name} as your concern, and I'd add {talk.cite(line, cited)}: "
                f"it {_says(line, evidence)}. Read for {focus_for(persona, criterion)}, I have "
                f"{name} at {score} of 5{too}{resting}.")
    elif setting is not None:
        text = (f"{lead} you named {name} as your concern, and read for "
                f"{focus_for(persona, criterion)} I have it at {score} of 5{too}: "
                f"{talk.cite(setting.quote, cited, 'context')} only {setting.context}, "
                f"and the answer never reaches the top anchor "
                f"({plain(criterion.anchors.five)}).")
    else:
        text = (f"{lead} you named {name} as your concern, and read for "
                f"{focus_for(persona, criterion)} I have it at {score} of 5{too}: the answer "
                f"never reaches the top anchor ({plain(criterion.anchors.five)}).")
    return Turn(speaker=persona.id, text=_finish(text), addresses=[other.persona.id],
                stance="agree", evidence=cited)


def _points(points: float) -> str:
    """'a quarter of a point', 'half a point', 'a point', 'a point and a half', '2 points'."""
    return {0.25: "a quarter of a point", 0.5: "half a point", 0.75: "three quarters of a point",
            1.0: "a point", 1.5: "a point and a half"}.get(
        points, f"{points:g} points")


def unquoted_line(reading: Reading, evidence: Evidence, talk: Discourse) -> Point | None:
    """While the review is short of lines, one the panelist weighed that nobody has quoted: a
    line credited for a criterion it reads above the floor, the criterion its lens weighs most
    first; else a line that sets a criterion's scene; else a line it weighed on a criterion it
    still has at the floor."""
    if not talk.short:
        return None
    persona = reading.persona
    ranked = sorted(evidence.criteria.values(), key=lambda c: -weight(persona, c.family))
    found = next((Point(c, f) for c in ranked if reading.criteria[c.id] > 1
                  for f in evidence.quotable(c.id)
                  if f.quote.start in reading.weighed[c.id] and talk.unused(f.quote)), None)
    return found or next((Point(c, f) for c in ranked for f in evidence.findings[c.id]
                          if f.scenic and talk.unused(f.quote)), None) or next(
        (Point(c, f) for c in ranked for f in evidence.quotable(c.id)
         if f.quote.start in reading.weighed[c.id] and talk.unused(f.quote)), None)


def _also(reading: Reading, point: Point, talk: Discourse, cited: list[Quote]) -> str:
    """One more line the panelist weighed, said as what it shows; for a line that only sets
    the scene, as context; for one that leaves its criterion at the floor, as all there is."""
    persona = reading.persona
    assert point.finding is not None
    criterion = point.criterion
    name = criterion.name.lower()
    subject = topic(point.finding.quote.quote)
    if point.finding.scenic:
        return (f"For {name} I also note "
                f"{talk.cite(point.finding.quote, cited, 'context')}, which "
                f"{point.finding.context}.")
    score = reading.criteria[criterion.id]
    if score <= 1:
        talk.claim(persona.id, criterion.id, "concern", point.finding.quote.start)
        return (f"On {name}, {talk.cite(point.finding.quote, cited, 'concern')} is as far as "
                f"it goes for me, {score} of 5.")
    talk.claim(persona.id, criterion.id, "credit", point.finding.quote.start)
    line = f"the line about {subject}, " if subject else ""
    return (f"On {name} I also weigh {line}{talk.cite(point.finding.quote, cited)}: "
            f"{shows(persona, point.finding, criterion.family)}.")


# How far one move took a criterion, said as the cross-talk said it ("goes up 3 points").
_POINTS = {1: "a point", 2: "two points", 3: "three points", 4: "four points"}


def _points_moved(points: int) -> str:
    return _POINTS.get(points, f"{points} points")


def closing_turn(reading: Reading, names: dict[str, str], decisive: Point | None,
                 need: Criterion, held: list[Disagreement], evidence: Evidence,
                 talk: Discourse) -> Turn:
    """The panelist's own close: who moved them and on which line, what decides it, what they
    still need, and the final vote."""
    persona = reading.persona
    cited: list[Quote] = []
    said: set[str] = set()
    closers = persona.voice.closers
    closer = closers[len(reading.moved_by) % len(closers)]
    parts: list[str] = []
    for group in by_line(reading.moved_by)[:2]:
        move = group[0]
        # A line that moved several criteria is quoted whole, not at the part that holds the
        # evidence for the first of them.
        heard = move.quote if len({m.criterion for m in group}) == 1 else move.quote.model_copy()
        line = (talk.cite(heard, cited) if talk.available(heard)
                else about(move.quote).replace("that line", "the line they quoted"))
        if len(group) > 1:
            # The line is said to move only what it evidences; a criterion that rose when the
            # listener rescored with it (a "we" now read as theirs elsewhere) is told apart.
            carried = [m for m in group if any(f.quote.start == move.quote.start
                                               for f in evidence.quotable(m.criterion))]
            rescored = [m for m in group if m not in carried] if carried else []
            shown = carried or group
            ends = series([f"{evidence.criteria[m.criterion].name.lower()} at "
                           f"{reading.criteria[m.criterion]} of 5" for m in shown])
            moved = series([evidence.criteria[m.criterion].name.lower() for m in shown])
            parts.append(f"{names[move.by]} moved me on {moved} with {line}; I end with {ends}.")
            if rescored:
                parts.append("Rescoring with it, I also end with " + series(
                    [f"{evidence.criteria[m.criterion].name.lower()} at "
                     f"{reading.criteria[m.criterion]} of 5" for m in rescored]) + ".")
            continue
        criterion = evidence.criteria[move.criterion]
        final = reading.criteria[move.criterion]
        parts.append(f"{names[move.by]} moved me on {criterion.name.lower()} with {line}; " + (
            f"I now have it at {final} of 5." if move.after == final else
            f"that was {_points_moved(abs(move.after - move.before))}, "
            f"and I end at {final} of 5."))
    for item in held[:1]:
        criterion = evidence.criteria[item.criterion]
        # Said apart from the exchange, the line needs naming: by its topic, else quoted.
        line = ("the line they raised" if item.finding is None
                else about(item.finding.quote) if topic(item.finding.quote.quote)
                else _cite_or_name(item.finding.quote, talk, cited)
                .replace("that line", "the line they raised"))
        what, _, credited = held_as(persona, item.finding)
        parts.append(f"I still read {criterion.name.lower()} below "
                     f"{names[item.raiser.persona.id]}: {line} is {what}, and I credit only "
                     f"{credited}.")
    if decisive is not None and decisive.finding is not None:
        subject = topic(decisive.finding.quote.quote)
        # A line quoted twice already is named by what it is about, not quoted a third time.
        line = (about(decisive.finding.quote) if not talk.available(decisive.finding.quote)
                else f"the line about {subject}, {talk.cite(decisive.finding.quote, cited)}"
                if subject else talk.cite(decisive.finding.quote, cited))
        talk.claim(persona.id, decisive.criterion.id, "credit", decisive.finding.quote.start)
        why = stake(persona, decisive.finding, decisive.criterion.family, said)
        seen = shows(persona, decisive.finding, decisive.criterion.family)
        # Below the hire line the best credited line is what there is, not what decides it.
        lead = ("What decides it for me is" if reading.vote in ("hire", "strong_hire")
                else "The most I can credit is")
        parts.append(f"{lead} {line}: {seen}" + (f", and {why}." if why else "."))
    also = unquoted_line(reading, evidence, talk)
    scene = next((q.model_copy(update={"criterion": need.id, "use": "context"})
                  for q in evidence.scene if talk.unused(q)), None) if talk.short else None
    if also is not None:
        parts.append(_also(reading, also, talk, cited))
    elif scene is not None:
        parts.append(f"Read for {focus_for(persona, need)}, I also take in "
                     f"{talk.cite(scene, cited)}: it {evidence.scene_says[scene.start]}.")
    general = general_line(evidence, need, talk)
    if general is not None:
        subject = topic(general.quote)
        aside = (f"the line about {subject}, {talk.cite(general, cited)}" if subject
                 else talk.cite(general, cited))
        parts.append(f"Reading for {focus_for(persona, need)}, I set aside {aside}: it "
                     f"{_says(general, evidence)}.")
    told = reading.criteria[need.id]
    still_open = (
        # A line this panelist weighs already tells some of it: wanting it ("what changed
        # because they took it on") as if untold would be false of "it hasn't failed since".
        f"Before I'd go further on {focus_for(persona, need)} I'd want more than what the "
        f"answer tells of {need.name.lower()}, which stops at {told} of 5, short of its top "
        f"anchor ({plain(need.anchors.five)})" if reading.weighed[need.id] and told >= 2 else
        f"Before I'd go further on {focus_for(persona, need)} I'd want "
        f"{wants(need)}, since {need.name.lower()} is still open against its top "
        f"anchor ({plain(need.anchors.five)})")
    if reading.held_to_rubric:
        parts.append("The answer also speaks to whoever rates it, and that can buy nothing: I "
                     "hold to the rubric's reading, not to where the talk took me.")
    weighed = sorted(f for f in reading.flags if f in CONDUCT_FLAGS and weighs_flag(persona, f))
    if weighed:
        # A red flag that costs this panelist's overall score is said as what moved the vote,
        # not left for the reader to guess from the number.
        says = series([flag_says(f, [g.quote.quote for g in evidence.flags if g.kind == f])
                       for f in weighed])
        # What they cost is said as it is: nothing more at the floor of the scale or under the
        # No Hire line (`scoring.panel.FLAG_FLOOR`), where it is not said at all.
        cost = (f", which costs {_points(reading.flag_cost)} of my overall score"
                if reading.flag_cost > 0 else "")
        parts.append(f"{still_open}. I also hold against it that the answer {says}{cost}, so "
                     f"I'm at {VOTE_WORDS[reading.vote]}, {reading.score:.1f} overall.")
    else:
        parts.append(f"{still_open}, so I'm at {VOTE_WORDS[reading.vote]}, "
                     f"{reading.score:.1f} overall.")
    body = " ".join(parts)
    if not any(body.startswith(name) for name in names.values()):
        body = lower_first(body)
    return Turn(speaker=persona.id, text=_finish(f"{closer} {body}"),
                evidence=cited)
