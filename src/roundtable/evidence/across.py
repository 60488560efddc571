"""Red flags told across sentences, which no reading of one sentence can see.

- **Going ahead after a refusal.** "The ops manager said no, he didn't want it on during peak."
  is someone's refusal; "I turned it on for the night shift the next week and showed him the
  numbers after." is a step. Each alone is innocent; the step that follows the refusal, with
  no agreement won in between, forces the decision through. The candidate's first step after
  the refusal decides it: asking, proposing or accepting answers the refusal, and a yes from
  the other person ("he agreed", "she came round") settles it, so what follows is no forcing.
- **A miss bound to follow another's doing.** "The handover notes were from the night team." is
  a fact; "So of course the dose was wrong." after it places the fault on the night team.
- **A denial in two polite halves.** "Honestly, I can't think of a big one." leaves room for a
  smaller story, and "I tend to get the big calls right." is a trait many good answers set
  against a miss. Told side by side, with no miss after them, they deny ever being wrong.
- **Work claimed, then let slip as someone else's.** "I went through the records for all 412
  cultures" is a step; "Priya had done the chart review on all 412 cases", later, takes it back.
- **A required check gone past.** "The engineer's inspection, which is a hold point before any
  pour, got pushed to Friday" names a check; "we poured on Thursday as planned" after it goes
  past the one whose check it was.
- **Criticism waved off.** "Some people say I should have told the partners first." reports a
  view; "But if I call everybody on Saturday, it takes all weekend." after it, with no ground
  given, dismisses it.
- **Data excluded out of sight.** "I excluded those three runs as outliers" is a step; with "we
  didn't have formal criteria" or "the report just showed the seventeen runs" in the same
  answer, the record is bent.
- **Holding back against a go-ahead.** "Owner said serve it, nobody will notice." is someone's
  call; "I pulled it for the night." after it is the candidate's stand against that call, told
  with no "I disagreed" at all. This one is no red flag: it is found as `disagreement` and
  `decision`.
- **A lesson drawn for others alone.** "What I'd take away" frames a lesson; "clients need to be
  much more realistic upfront" in it, with no part for the teller, puts the miss on them.

Each finding is a span of a sentence, added to that sentence's hits (`analysis.analyze`), so
the credit rules then read it in its clause as they read a phrase's.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable import regexes as re
from roundtable.evidence.reading import Clause
from roundtable.evidence.text import Span

Finding = tuple[int, str, int, int]
"""A sentence's index, a flag, and its start and end in the sentence's own text."""

REFUSAL_REACH = 2
"""How many sentences after a refusal the candidate's first step still answers it."""

# A refusal of what the candidate wanted to do, by the person whose say it was: "said no",
# "didn't want it on during peak", "told me not to", "wouldn't sign off", "vetoed it". A
# refusal to do something for the candidate ("she refused to cover the shift") forbids nothing
# the candidate then does themselves.
_REFUSAL = re.compile_gated("refusals",  # gated: most clauses lack its words
    r"\b(?:said|told (?:me|us)) no\b|\bsaid no to\b|\bvetoed\b|\bshot (?:it|that|the idea|"
    r"the plan|my idea|my plan|us|me) down\b|\bput (?:his|her|their) foot down\b|"
    r"\b(?:rejected|turned down|refused) (?:it|that|this|my|our|the (?:idea|plan|proposal|"
    r"request|change|trial|pilot))\b|\brefused to (?:approve|sign|let|allow|budge|consider)\b|"
    r"\b(?:didn't|did not|wouldn't|would not|doesn't|does not) (?:want (?:it|that|this|us|me|"
    r"them|the [\w-]+)|approve|sign (?:it |that )?off|let (?:me|us)|allow (?:it|me|us|that)|"
    r"agree to (?:it|that|this))\b|"
    r"\btold (?:me|us) (?:not to (?!worry|panic|stress|rush|feel|take it)|to (?:drop|leave|forget|"
    r"shelve|park|hold off|stop))|"
    r"\bsaid (?:I|we) (?:couldn't|could not|shouldn't|should not|can't|cannot|mustn't)\b|"
    r"\bwasn't (?:having it|keen|willing)\b|\bobjected\b|\bwas against (?:it|the)\b|"
    # a no put off to later: "it was not a priority this quarter", "not the right time"
    r"\b(?:not|wasn't|isn't) (?:a |the |our )?(?:(?:top|high|real|big) )?priority\b|"
    r"\bnot (?:the right time|right now)\b|"
    # a hold asked for: "She asked me to hold for two weeks", "asked us to pause until the audit"
    r"\basked (?:me|us) to (?:hold|pause|wait|hold off|delay|stop)\b|"
    # …or a step asked for first: "he said he wanted to see a proposal and run it past health
    # and safety first", "she wanted the client's sign-off before anything moved"
    r"\b(?:he|she|they) (?:said (?:he|she|they) )?(?:wanted|needed|had) to (?:see|get|run|check|"
    r"review|have|approve) [^.;!?]{0,80}?\b(?:first|before (?:anything|we|I|it))\b",
    re.IGNORECASE)
# A request for the other person's own work, answered by the refusal: "I asked the data team
# to pull the extract and they said no" leaves the candidate to do it themselves.
_ASKED_THEM_TO = re.compile(r"\basked (?:him|her|them|[A-Z][a-z]+|the [\w -]{1,25}?) (?:to|for "
                            r"(?:help|a hand|cover|support))\b")
# The refusal settled before the candidate acts: "he agreed", "she came round", "gave us the
# go-ahead", "signed it off".
_SETTLED = re.compile(
    r"\b(?:agreed|came round|came around|changed (?:his|her|their) minds?|signed (?:it |that )?"
    r"off|okayed|ok'd|approved|gave (?:me|us) the (?:go-ahead|green light|nod|ok|okay)|said "
    r"(?:yes|ok|okay|fine|go ahead|that was fine)|was (?:happy|fine|okay|ok) (?:with|for)|let "
    r"(?:me|us) (?:try|go|run|do)|relented|backed down)\b", re.IGNORECASE)
# The ask behind the no granted as fair, which is what the step after it then does: "She said
# no the first time, she wanted three months of the sample in parallel. Honestly that was a
# fair ask, so we did it."
_CONCEDED = re.compile(
    r"\b(?:fair (?:ask|point|request|enough)|reasonable (?:ask|request|point)|(?:he|she|they) "
    r"(?:had|made) a (?:fair |good |real )?point|(?:he|she|they) (?:was|were) right)\b",
    re.IGNORECASE)
# A step that does what was refused: "turned it on", "rolled the change out", "ran the trial
# on nights and showed him the numbers after"; "I rescheduled it and sent them the plan after"
# does what they wanted.
_DO = (r"\b(?:turned|switched|rolled|put|pushed|launched|shipped|released|deployed|enabled|"
       r"started|installed|introduced|ran|did|booked|ordered|signed|opened|used|tried|applied|"
       r"posted|published|changed|sent|set up|brought in)")
_WENT_AHEAD = re.compile(
    # ("so I had them do it then": others set to it by the teller, the owner's ask standing)
    r"\bhad (?:them|him|her|the [\w-]+(?: team)?) do (?:it|the [\w-]+)\b|"
    r"\b(?:anyway|anyhow|regardless|all the same|nonetheless|nevertheless|even so|went ahead|"
    r"quietly|on my own|behind (?:his|her|their) back|without (?:telling|asking) (?:him|her|"
    r"them))\b|"
    # done by their own hand where the owner's no stood: "I decided to enable it myself"
    r"\b\w+ (?:it|them|that|this|the change)(?: (?:on|out|live|in|up))? (?:myself|ourselves)\b|"
    + _DO + r"(?: \w+ing)? (?:it|them|the change|the new [\w-]+)(?: (?:on|out|live|in|through|"
    r"up))?\b(?! (?:back|off|down|to (?:him|her|them|what))\b)", re.IGNORECASE)
# The owner told, or finding out, only once it was done: "…and showed him the numbers after",
# "…and she found out from the receptionists", "…and later explained why". Read to the end of
# the step's sentence ("…and sent her the numbers | once it was working").
_TOLD_AFTER = re.compile(
    r"\b(?:he|she|they) (?:only )?(?:found out|heard about it|noticed|saw (?:it|the [\w-]+) "
    r"(?:on|the next|later|after))\b|"
    r"\b(?:later|afterwards) (?:explained|told|showed|informed|let)\b|"
    + _DO + r"\b[^.;]{0,60}?\b(?:showed|told|sent|gave|emailed|let) (?:him|her|them|[A-Z][a-z]+|"
    r"the [\w-]+)\b[^.;]{0,50}?\b(?:after|afterwards|after the fact|once it was (?:done|live|"
    r"running|working))\W*$",
    re.IGNORECASE)
# What the candidate wanted, told before the refusal: "I wanted to move the van loading to a zone
# system", "I proposed a four-day week".
_PROPOSED = re.compile(r"\b(?:wanted to|proposed|suggested|pitched|recommended|planned to|was "
                       r"going to|would like to|asked (?:if|whether) (?:I|we) could)\b",
                       re.IGNORECASE)
_DONE = re.compile(_DO + r"\b((?: [\w'-]+){1,5})", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")
# Words too common to tie a step to what was refused.
_COMMON = frozenset("""that this them they their there with from into onto over next week weeks
    following first same just then also some more much every anyway myself monday tuesday
    wednesday thursday friday saturday sunday morning evening night month months""".split())


# The thing as it was, kept or put back: "I put the old rota back on the wall".
_KEPT = re.compile(r"\b(?:back|old|original|existing|usual|kept|stayed with|stuck with)\b",
                  re.IGNORECASE)


# Where what was refused ends and the refusal's condition begins: "refused to let us use the
# new supplier | until the audit" (booking the audit meets the condition).
_CONDITION = re.compile(r"\b(?:until|unless|before|without|because|since|as long as|till)\b",
                        re.IGNORECASE)


def _stems(text: str) -> set[str]:
    """The telling words of `text`, up to any condition it sets, without a plural's "s"."""
    text = _CONDITION.split(text, maxsplit=1)[0]
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _COMMON}


# A step that meets the refusal instead of overriding it: proposing, asking, accepting, doing
# what was wanted instead, putting it off, or committing to the call ("VP still said no.
# Committed anyway").
_ANSWERED = re.compile(
    r"\b(?:asked|proposed|suggested|offered|accepted|dropped|shelved|parked|waited|held off|"
    r"went with|backed off|let it go|instead|(?:his|her|their) way|as (?:he|she|they) "
    r"(?:asked|wanted|said)|committed|went along|got behind|backed (?:it|the|his|her|their)|"
    r"supported (?:it|the|his|her|their)|"
    # put off to the time the no named: "so I put it in the plan for the next one"
    r"(?:for|until|in) (?:the )?(?:next|following) (?:one|quarter|year|sprint|release|cycle))\b",
    re.IGNORECASE)

# A blank where a miss was asked for, told without denying outright: "I can't think of a big
# one", "it's hard to think of a time", "nothing major comes to mind", "not really". "I can't
# think of a bigger mistake" picks the story out as the worst.
_BLANK = re.compile_gated(
    "blank-answers",
    r"\b(?:can't|cannot|can not|couldn't|could not|struggle to|(?:it's|it is) (?:hard|difficult"
    r"|tough) to|I'd be hard pressed to) (?:really |honestly )?(?:think of|name|recall|"
    r"remember|point to|come up with|pick|choose|single out) (?:one\b|(?:a|an|any|a single) "
    r"(?!(?:bigger|worse|more|greater)\b)(?:\w+ )?(?:one|time|example|instance|occasion|case|"
    r"mistake|failure|call|decision|situation)\b)|\bnothing (?:\w+ )?(?:comes|springs) to mind\b|"
    r"\bnot that I can (?:think of|remember|recall)\b|\bI(?:'d| would) have to think (?:hard|"
    r"long|about (?:it|that))\b|^\W*(?:honestly,? |to be honest,? )?not really\b",
    re.IGNORECASE)
# Being right told as a standing trait: "I tend to get the big calls right", "my judgment is
# generally pretty sound", "I'm quite careful", "I always weigh the options".
_RIGHT_AS_A_RULE = re.compile(
    r"\bI (?:tend to|usually|generally|normally|mostly) (?:get|make|call) (?:the |my |most |"
    r"these |those )?(?:[\w-]+ )?(?:calls?|decisions?|judge?ments?|things?|ones?) right\b|"
    r"\bI (?:tend to|usually|generally|normally|mostly) make (?:good|sound|solid|the right|"
    r"sensible) (?:calls|decisions|choices)\b|"
    r"\bmy (?:judge?ment|calls?|decisions?|instincts?|track record) (?:is|are|has|have|tends? "
    r"to)(?: (?!not\b|n't\b)\w+){0,3}? (?:good|sound|solid|right|reliable|accurate|strong)\b|"
    r"\bmy (?:calls?|decisions?|judge?ment) (?:usually |generally |mostly |tend to )?hold up\b|"
    r"\bI(?:'m| am) (?:(?:quite|pretty|very|fairly|really|generally|usually|a|an) ){0,2}"
    r"(?:careful|thorough|cautious|methodical|diligent|meticulous)(?: person)?\b|"
    r"\bI (?:always |usually |generally |tend to )?(?:weigh|research|think|check|double-check) "
    r"(?:things|the options|everything|my reasoning|it) ?(?:through|thoroughly|carefully)?\b(?="
    r"[^.;]*$)|\bI (?:always )?do my homework\b", re.IGNORECASE)
# What turns the telling to a miss after all: "but", "a smaller one was…", "the closest was…".
TURN = re.compile(r"\b(?:but|except|though|although|that said|having said that|the closest|"
                  r"the nearest|a smaller one|a small one|one time|there was (?:a|one) time|"
                  r"once)\b", re.IGNORECASE)


# Roles of a clause that tells a step the candidate took ("I opened it for the early shift" may
# be read as the story's result).
_STEPS = frozenset({"action", "decision", "result"})


def _refused(clause: Clause, before: Clause | None, spans: Sequence[Span]) -> str | None:
    """What was refused, the words after the refusal, when `clause` is someone else refusing
    what the candidate wanted to do, said outright or reported ("My manager said | we couldn't
    touch the pricing page"); None when it is no such refusal."""
    said = clause.text
    if clause.reported and before is not None and before.sentence == clause.sentence:
        said = f"{before.text} {said}"
    refusal = _REFUSAL.search(said)
    if clause.by_candidate or (clause.actor != "other" and not clause.reported) or not refusal:
        return None
    asked = " ".join(s.text for s in spans[max(0, clause.sentence - 1):clause.sentence + 1])
    return None if _ASKED_THEM_TO.search(asked) else said[refusal.end():]


def _wanted(clauses: Sequence[Clause], at: int, refused: str) -> set[str]:
    """The words of what was refused: the refusal's own (`refused`: "said no to | the new
    rota", "said | we couldn't | move the loading to zones") and those of what the candidate
    proposed just before it ("I wanted to move the loading to zones")."""
    refusal = clauses[at]
    words = _stems(refused)
    for clause in clauses[:at]:
        found = _PROPOSED.search(clause.text) if clause.by_candidate else None
        if found is not None and clause.sentence >= refusal.sentence - 1:
            words |= _stems(clause.text[found.end():])
    return words


def _does_what_was_refused(step: Clause, wanted: set[str]) -> bool:
    """Whether the step does the very thing refused: "I set up the zones on bay three" after
    a no to moving the loading to zones."""
    done = _DONE.search(step.text)
    return (done is not None and not _KEPT.search(step.text)
            and bool(_stems(done.group(1)) & wanted))


_UNDERSTOOD = re.compile(r"^\W*(?:which |and |but )?I (?:(?:completely|totally|fully) )?"
                         r"(?:understand|understood|get|got|see|saw)(?: (?:that|it|why))?\W*$",
                         re.IGNORECASE)


def _went_ahead(spans: Sequence[Span], clauses: Sequence[Clause], at: int,
               refused: str) -> Clause | None:
    """The candidate's first step after the refusal at `at` of `refused`, if it overrides the
    refusal; the step is read to the end of its sentence ("…and sent her the numbers | once it
    was live")."""
    refusal = clauses[at]
    for clause in clauses[at + 1:]:
        if clause.sentence > refusal.sentence + REFUSAL_REACH:
            return None
        if not clause.by_candidate and _SETTLED.search(clause.text) or _CONCEDED.search(
                clause.text):
            return None
        if _UNDERSTOOD.match(clause.text):
            continue  # "Which I understand, but…": heard, and no step either way
        if clause.by_candidate and clause.mode == "fact" and clause.role in _STEPS:
            sentence = spans[clause.sentence]
            told = sentence.text[clause.span.start - sentence.start:]
            if _ANSWERED.search(clause.text) or not (
                    _WENT_AHEAD.search(clause.text) or _TOLD_AFTER.search(told)
                    or _does_what_was_refused(clause, _wanted(clauses, at, refused))):
                return None
            return clause
    return None


def _steamrolled(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    found: list[Finding] = []
    for at, clause in enumerate(clauses):
        before = clauses[at - 1] if at else None
        refused = _refused(clause, before, spans)
        step = None if refused is None else _went_ahead(spans, clauses, at, refused)
        if step is not None:
            start = step.span.start - spans[step.sentence].start
            found.append((step.sentence, "steamroll", start, start + len(step.text)))
    return found


def _denied(spans: Sequence[Span]) -> list[Finding]:
    found: list[Finding] = []
    for index, span in enumerate(spans):
        if not _BLANK.search(span.text) or TURN.search(span.text):
            continue
        beside = [spans[i].text for i in (index - 1, index, index + 1) if 0 <= i < len(spans)]
        after = " ".join(s.text for s in spans[index + 1:index + 3])
        if (any(_RIGHT_AS_A_RULE.search(t) and not TURN.search(t) for t in beside)
                and not TURN.search(after)):
            found.append((index, "never_fail", 0, len(span.text)))
    return found


# The candidate's misses named, then answered in the next sentence with there being none:
# "People ask about my mistakes in hiring. There aren't really any." Someone else's misses
# ("their mistakes", "the vendor's failures") are no denial of the teller's.
_MY_MISSES = re.compile(
    r"\b(?:my|our) (?:own )?(?:biggest |worst |real )?(?:mistakes?|failures?|misses|regrets?|bad "
    r"(?:calls|hires|decisions)|errors?|weak(?:ness|nesses|spots?))\b", re.IGNORECASE)
_NONE_THERE = re.compile(
    r"^\W*(?:(?:honestly|frankly|truthfully|to be honest|well|and),? )*there (?:aren['’]t|are "
    r"not|weren['’]t|were not|isn['’]t|is not|wasn['’]t|was not|haven['’]t been|hasn['’]t been|"
    r"are(?:n['’]t)? (?:really )?(?:no|none)) (?:really |honestly |that |very )?(?:many|any|"
    r"much|one|a lot)?\b", re.IGNORECASE)


def _none_of_mine(spans: Sequence[Span]) -> list[Finding]:
    found: list[Finding] = []
    for index in range(1, len(spans)):
        answer = _NONE_THERE.match(spans[index].text)
        if (answer is not None and _MY_MISSES.search(spans[index - 1].text)
                and not TURN.search(spans[index].text)):
            found.append((index, "never_fail", 0, len(spans[index].text)))
    return found


# A failure named as a virtue: "Where I failed was that I underestimated how much I was taking
# on", "my biggest mistake was caring too much", "my weakness is that I'm a perfectionist". With
# no harm told anywhere in the answer (nothing missed, lost, late or redone, no one let down) the
# story owns no real failure: it is the humble-brag the failure rubric's lowest anchor names. A
# virtue told with what it cost ("…and two clients got their reports a week late") is a failure.
_FAILURE_NAMED = re.compile(
    r"\b(?:my|the) (?:biggest |real |main |one |own )?(?:failure|mistake|weakness|fault|error) "
    r"(?:there |here |in (?:that|this|it) )?(?:was|is|would be)\b|\bwhere I (?:really )?(?:failed|"
    r"went wrong|fell down|fell short|got it wrong)\b|\bI (?:failed|went wrong|fell short) "
    r"(?:in that|by|because|when)\b|\b(?:the|my) lesson (?:for me )?was (?:really )?about\b",
    re.IGNORECASE)
_VIRTUE = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|taken) on too much\b|\bhow much I was taking on\b|\btoo much on "
    r"(?:myself|my (?:own )?plate|my shoulders)\b|\b(?:trying|tried|try) to (?:do|carry|handle|"
    r"fix|own) (?:everything|it all|too much|all of it)(?: (?:myself|on my own|alone))?\b|"
    r"\bcarry(?:ing)? everything\b|\b(?:work(?:ed|ing)?|push(?:ed|ing)? myself) too hard\b|"
    r"\bcar(?:e|ed|ing) too much\b|\btoo much of a perfectionist\b|\bI(?:['’]m| am| was) a "
    r"perfectionist\b|\b(?:set|hold|held|holding) (?:the bar|(?:my|myself to) (?:standards?|a "
    r"standard)) too high\b|\btoo hard on myself\b|\btoo (?:invested|committed|dedicated|"
    r"passionate|detail-oriented)\b|\bsa(?:y|id|ying) yes to everything\b|\bdidn['’]t want to "
    r"(?:slow (?:the team|anyone|them|everyone) down|let (?:anyone|the team|them) down)\b",
    re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:miss(?:ed|ing)|slipp(?:ed|ing)|late|lost|los(?:e|ing)|delay(?:ed|s)?|complain\w*|upset|"
    # (a count "dropped to" a better level is no harm)
    r"angry|errors?|broke|broken|fell (?:behind|through|over|apart)|"
    r"dropp(?:ed|ing)(?! (?:to|by|from)\b)|cost (?:us|the|them|me|a|an)|redo|re-do|rework\w*|"
    r"apologi[sz]\w*|burn(?:ed|t) out|(?:off )?sick|went "
    r"wrong|damag\w*|refund\w*|let (?:\w+ )?down|overran|overrun|(?:ran|went) (?:[\w-]+ ){0,3}"
    r"over|short(?:fall)?|fail(?:ed|ing)? to|wrong|worse|mistakes? (?:in|on)|had to (?:step in|"
    r"take over|cover))\b", re.IGNORECASE)


def passes_off_strength(text: str) -> bool:
    """Whether a sentence offers a virtue as the candidate's failure (`_VIRTUE`)."""
    return _VIRTUE.search(text) is not None


# What a denial denies when it is not a failure: "I wouldn't say I've had a real conflict",
# "I've never lost anyone's trust", "I never had to compromise". Said as "a record without
# mistakes" it would be false of the line. A line that also names a failure, a mistake or a
# miss is a denial of failing, whatever else it names.
_FAILING = re.compile(r"\b(?:fail\w*|mistakes?|wrong|miss(?:ed|es)?|messed|screwed|flops?|"
                      r"regrets?|badly)\b", re.IGNORECASE)
_DENIED = (
    (re.compile(r"\b(?:disagreements?|disagree[ds]?|disagreeing)\b", re.IGNORECASE),
     "denies ever having disagreed"),
    # (…or as a falling-out that never grew: "I've never had a situation where it turned into a
    # big issue")
    (re.compile(r"\b(?:conflicts?|argu(?:e|ed|ing|ments?)|clash(?:ed|es)?|f[ae]ll(?:en)? out|"
                r"fights?|falling-outs?|turned into (?:a |an )?(?:big |real |major |huge )?"
                r"(?:issue|row|thing|problem))\b", re.IGNORECASE),
     "denies having real conflicts"),
    (re.compile(r"\bcompromis\w*", re.IGNORECASE), "claims never to have had to compromise"),
    (re.compile(r"\btrust\b", re.IGNORECASE), "claims never to have lost anyone's trust"),
)

DENIALS = tuple(says for _, says in _DENIED)


def denial_says(quotes: Sequence[str]) -> str | None:
    """What the never_fail lines `quotes` deny when all of them deny the same thing other than
    failing: a conflict, a compromise, lost trust; None for a denial of failing."""
    for pattern, says in _DENIED:
        if quotes and all(pattern.search(q) and not _FAILING.search(q) for q in quotes):
            return says
    return None


def _strength_as_failure(spans: Sequence[Span]) -> list[Finding]:
    named = [i for i, span in enumerate(spans) if _FAILURE_NAMED.search(span.text)]
    for index in named:
        for at in (index, index + 1):
            virtue = _VIRTUE.search(spans[at].text) if at < len(spans) else None
            if virtue is None:
                continue
            # what it cost may follow in the same sentence: "…so the stock count ran two days over"
            if _HARM.search(spans[at].text, virtue.end()) or any(
                    _HARM.search(s.text) for i, s in enumerate(spans) if i not in (index, at)):
                return []
            return [(at, "never_fail", 0, len(spans[at].text))]
    return []


# Someone else's say over the thing, told as who owns it: "The platform team owns that config",
# "it was her call", "it needed his sign-off".
_THEIRS = re.compile(
    r"\b(?:[Tt]he [\w-]+ (?:team|group|department)|[Tt]hey|[Hh]e|[Ss]he|[A-Z][a-z]+) owns? "
    r"(?:that|the|this|those|it)\b|\b(?:it|that|this) (?:was|is) (?:their|his|her) (?:call|"
    r"decision|system|area|config|code|budget)\b|\bneeded (?:their|his|her|the [\w-]+ (?:team|"
    r"lead|manager)['’]s) (?:sign-?off|approval|ok|okay)\b")
# The owner told once it was done, a day or a morning on: "Told the platform team Friday morning".
_TOLD_LATER = re.compile(
    r"\b(?:told|informed|emailed|messaged|let) (?:them|him|her|[A-Z][a-z]+|the [\w-]+(?: [\w-]+)?)"
    r"(?: know)? (?:on )?(?:the (?:next|following) (?:day|morning)|(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday) morning|afterwards|after the fact|once it was (?:done|"
    r"live|merged|in))\b", re.IGNORECASE)
OWNER_REACH = 4
"""How many sentences after whose say it was the owner's being told later still answers it."""


def _done_then_told(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """The candidate doing what another party owns and telling them once it is done: "The
    platform team owns that config… So I made the change, … merged it on a Thursday evening.
    Told the platform team Friday morning." The step before the telling is the flag's line."""
    found: list[Finding] = []
    for index, span in enumerate(spans):
        if not _THEIRS.search(span.text):
            continue
        for later in range(index + 1, min(len(spans), index + 1 + OWNER_REACH)):
            if not _TOLD_LATER.search(spans[later].text):
                continue
            between = [c for c in clauses if index <= c.sentence < later]
            steps = [c for c in between if c.sentence > index and c.by_candidate
                     and c.mode == "fact" and c.role in _STEPS]
            # Their say asked for or given first ("I asked them for a review and they agreed")
            # makes the later telling a report, not going around them.
            if steps and not any(_SETTLED.search(c.text) or c.by_candidate and _ANSWERED.search(
                    c.text) for c in between):
                step = steps[0]
                start = step.span.start - spans[step.sentence].start
                found.append((step.sentence, "steamroll", start, start + len(step.text)))
            break
    return found


# A miss told as what was bound to follow: "So of course the dose was wrong", "Naturally, half
# the scans hadn't registered", "So when inspector come, of course the numbers are missing".
_BOUND_TO = re.compile(
    r"^\W*(?:(?:so|and|then),? )?(?:when [^,.;]{1,40}, )?(?P<bound>of course|naturally|"
    r"predictably|unsurprisingly|inevitably),? "
    r"(?=[^.!?]*\b(?:wrong|missing|missed|late|broken|failed|lost|short|hadn['’]t|had not|"
    r"didn['’]t|did not|wasn['’]t|was not|weren['’]t|were not|never|nothing|no one|nobody)\b)",
    re.IGNORECASE)
_TELLER = re.compile(r"\b(?:I|I['’](?:m|d|ve|ll)|me|my|myself)\b")


def told_as_bound(sentence: str) -> bool:
    """Whether a sentence tells a miss as what was bound to follow ("So of course the dose was
    wrong"): the fault it places stands though the candidate's help follows it."""
    return _BOUND_TO.match(sentence) is not None


def _bound_to_follow(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """A miss told as the matter of course of what another party did or owned, the sentence
    before: "The handover notes were from the night team. So of course the dose was wrong." It
    places the fault on them without a word of blame; where the candidate is in that sentence
    ("I'd signed off the notes from the night team"), the miss is theirs too."""
    found: list[Finding] = []
    for index in range(1, len(spans)):
        bound = _BOUND_TO.match(spans[index].text)
        before = spans[index - 1].text
        if bound is None or _TELLER.search(before) or _TELLER.search(spans[index].text):
            continue
        if any(c.sentence == index - 1 and c.actor == "other" or c.sentence == index - 1 and
               _PARTY.search(c.text) for c in clauses):
            found.append((index, "blame", bound.start("bound"), len(spans[index].text)))
    return found


# Another party named as who did or owned it: "from the night team", "IT chose", "responsibility
# of morning shift".
_PARTY = re.compile(
    r"\b(?:from|by|of) (?:the )?(?:[\w-]+ )?(?:team|shift|crew|department|office|vendor|supplier|"
    r"contractor|agency|client|IT|management|nights|days)\b|\b(?:IT|HR|[Mm]anagement|"
    r"[Pp]rocurement|[Ff]inance|the (?:[\w-]+ )?(?:team|vendor|supplier|client|contractor)) "
    r"(?:chose|picked|decided|bought|sent|wrote|set|changed|approved|insisted)\b")


# Work told as someone else's: "The actual log analysis was done by one of our engineers",
# "Priya had done the chart review on all 412 cases", "the lesson sequences came out of her
# department", "Grace came up with the parallel checklist idea", "he make the first prep sheet".
_THEIR_WORK = re.compile(
    r"\b(?:was|were) (?:actually |really )?(?:done|written|built|run|found|designed|coded|"
    r"tested|analy[sz]ed) by\b|\bcame out of (?:his|her|their|[A-Z][a-z]+['’]s)\b|"
    r"\b(?:had |has )?(?:done|did|wrote|built|ran|designed|coded|tested|analy[sz]ed|developed|"
    r"finished (?:writing|building|testing|coding)(?: and [a-z]+ing)?|drew up|put together) "
    r"(?:all |most of |the (?:actual )?|his |her |their )|\b(?:make|made) the first\b|\bcame "
    r"up with (?:the|that|this|a|an) (?:[\w-]+ ){0,2}(?:idea|plan|design|approach|fix|solution|"
    r"concept|checklist)\b")
_SOMEONE = re.compile(r"\b(?:[A-Z][a-z]+|one of (?:our|my|the) [\w-]+|(?:his|her|their) "
                      r"(?:team|department|crew|group))\b")
# The candidate's own claim of a piece of work, as done with their hands: "I designed the lesson
# sequences", "I went through the records", not a proposal, a request or a hand-off.
_CLAIMED = re.compile(
    r"^\W*(?:(?:and|but|so|then),? )?I (?:also |then |personally |myself |first |later )?"
    r"(?:built|designed|redesigned|wrote|ran|did|made|created|developed|analy[sz]ed|reviewed|"
    r"went through|pulled|drove|coded|tested|found|mapped|cleaned|modell?ed|drafted|set up|"
    r"put together|reorgani[sz]ed|simplified|introduced|"
    r"cross-referenced|traced|isolated|identified|worked out|figured out|rebuilt|rewrote|"
    r"programmed|automated|scripted)\b")
# Where the work a claim names ends: before a decision or a reason the sentence goes on to tell
# ("I wrote the migration plan | and made the call to go behind feature flags"); more steps of
# work in it ("…, and I designed the lesson sequences") are part of the claim.
_CLAIM_ENDS = re.compile(
    r"\b(?:and|but|then),? (?:I )?(?:made the call|made the decision|decided|chose|agreed|opted|"
    r"went with|signed off)\b|\brather than\b|\bbecause\b")
# The work said to be shared out, before each share is told.
_SHARED = re.compile(
    r"\b(?:work|load|job|effort|build|engineering) (?:was|were) (?:shared|split|divided)\b|"
    r"\b(?:we )?(?:split|divided|shared) (?:up )?the (?:work|load|tasks|jobs)\b", re.IGNORECASE)
_NAMED_IN = re.compile(r"\b(?:[a-z]{5,}|\d[\d,.]*)\b")
_DULL = frozenset("""about their there which where these those would could should really actually
    every other after before first later still while being people person staff things group
    month months weeks years""".split())


def _telling_words(text: str) -> set[str]:
    """The words that name a piece of work: its things and numbers, not its people's names."""
    return {w.rstrip("s") for w in _NAMED_IN.findall(text) if w not in _DULL}


# Deeds named by what was done: a claim and a later deed naming two of them ("I wrote down what
# I saw … her urine smelling strong", "He tested the urine") are two pieces of work on one thing.
_DEEDS = {"wr": "wrote written rewrote", "bu": "built rebuilt", "ru": "ran run",
          "de": "designed redesigned", "co": "coded", "te": "tested", "an": "analysed analyzed",
          "dev": "developed", "dr": "drafted drew"}
_DEED = {word: deed for deed, words in _DEEDS.items() for word in words.split()}


def _other_deed(claim: str, later: str) -> bool:
    """Whether a claim and a later deed name different pieces of work by their verbs."""
    mine = {_DEED[w] for w in claim.lower().split() if w in _DEED}
    theirs = {_DEED[w] for w in later.lower().split() if w in _DEED}
    return bool(mine and theirs and not mine & theirs)


def _claimed_then_theirs(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """Work told first as the candidate's own ("I went through the records for all 412
    cultures") and later as someone else's ("Priya had done the chart review on all 412
    cases"): the same work, claimed and then let slip. Telling the other's part from the
    start ("Priya did the chart review; I presented it") claims nothing of it."""
    found: list[Finding] = []
    claims = [c for c in clauses if c.actor == "candidate" and c.mode == "fact"
              and _CLAIMED.match(c.text)]
    shared = next((i for i, span in enumerate(spans) if _SHARED.search(span.text)), len(spans))
    for later in clauses:
        if later.by_candidate or later.mode not in ("fact", "hedged") or not (
                _THEIR_WORK.search(later.text) and _SOMEONE.search(later.text)):
            continue
        if later.sentence >= shared:
            # told as the share of work it was: "The engineering work was shared: Amara
            # rebuilt the order-tracking screen … Diego built the feature-flag tooling"
            continue
        # The work is named across the sentences that tell it ("Tomasz had done the log
        # review, which is what showed the depot pattern").
        theirs = _telling_words(spans[later.sentence].text)
        for claim in claims:
            # The claim names the work up to where it goes on (`_CLAIM_ENDS`): "I wrote the
            # migration plan" claims the plan, not the flag tooling a colleague "built" later.
            start = claim.span.start - spans[claim.sentence].start
            work = _CLAIM_ENDS.split(spans[claim.sentence].text[start:], maxsplit=1)[0]
            if claim.sentence >= later.sentence or not _telling_words(work) & theirs or (
                    _other_deed(claim.text, later.text)):
                continue
            found.append((claim.sentence, "sole_credit", start, start + len(claim.text)))
            break
    return found


LESSON_REACH = 2
"""How many sentences after a lesson's frame ("What I learned…", "I think the main thing is
handovers.") still tell that lesson."""
# The frame of a lesson drawn from the story.
_LESSON = re.compile(
    r"\b(?:lessons?|take-?aways?|(?:what|the (?:main |big )?thing) I(?:['’]d| would)? "
    r"(?:take away|took away|learned|learnt)|I (?:learned|learnt)(?! (?:a lot|so much|loads|"
    r"heaps|tons)\b)|the (?:main|big|real) thing (?:is|was)|going forward|looking back)\b",
    re.IGNORECASE)
# An obligation laid on another party: "clients need to be much more realistic", "suppliers,
# when they sign with you, they must be honest", "pharmacy really need to have a better system",
# "changes like a carrier cut-off have to be communicated down". What is to be done for them
# ("parents just need to be shown how") is the teller's to do, and so is how people learn
# ("they have to do it and explain it back").
_THEIR_DUTY = re.compile(
    r"\b(?:clients?|customers?|suppliers?|vendors?|contractors?|people|they|management|"
    r"leadership|the business|landlords?|pharmacy|sales|finance|IT|HR|procurement|"
    r"(?:other|the other) (?:teams|departments|people|shifts)|(?:the )?[\w-]+ (?:team|"
    r"department|shift)s?|(?:the |our |their |other )?[a-z]{2,}(?:ers|ors|ists|ants|ents|ians|"
    r"ees))(?:,[^,]{1,40},)? (?:really |just |simply |also |all )?(?:need(?:s)? to|"
    r"must|have to|has to|should|ought to)(?= \w)(?! (?:me|us)\b)"
    # how people learn, told as the teller's method ("They have to do it and explain it back")
    r"(?! (?:do it|try it|practi[sc]e|explain it|say it back|have a go|get their hands|feel it|"
    r"own it|make (?:the|their own) mistakes?)\b)(?! be (?:shown|told|given|"
    r"taught|trained|helped|supported|walked|reminded|involved|included|asked|consulted|kept|"
    r"heard|listened)\b)|"
    r"\b(?:changes|things|information|decisions|updates)(?: like [\w -]{1,30})? (?:have|need) to "
    r"be (?:communicated|shared|told|passed|flagged|signed off|checked)\b", re.IGNORECASE)
# The teller's own part in the lesson: "I need to check", "I should have asked", "so now I…".
_MY_DUTY = re.compile(
    r"\b(?:I|we) (?:really |also |now |always )?(?:should have|shouldn['’]t have|need(?:ed)? to|"
    r"must|have to|learned to|learnt to|now|always|started|make sure)\b|\b(?:my|our) (?:own )?"
    r"(?:fault|mistake|part|responsibility|job)\b", re.IGNORECASE)


def _lesson_for_others(spans: Sequence[Span]) -> list[Finding]:
    """A lesson drawn for others alone: "What I'd take away is that clients need to be much more
    realistic upfront." The story's miss is put on what they must change, whatever the steps
    before it; a lesson that also gives the teller a part ("…and I now ask for it in writing")
    is a lesson, and so is advice with no party owing it."""
    found: list[Finding] = []
    for index, span in enumerate(spans):
        if not _LESSON.search(span.text):
            continue
        told = spans[index:index + LESSON_REACH + 1]
        if any(_MY_DUTY.search(s.text) for s in told):
            continue
        for offset, later in enumerate(told):
            duty = _THEIR_DUTY.search(later.text)
            if duty is not None:
                found.append((index + offset, "blame", duty.start(), len(later.text)))
                break
    return found


# Others' view that the candidate should have done otherwise: "Some people say I should have
# told the partners first."
_CRITICISM = re.compile(
    r"\b(?:some people|people|a few (?:people|colleagues|of them)|others|some of (?:them|the "
    r"team|my colleagues|the [\w-]+)|(?:a|one|two|some) (?:colleagues?|partners?|managers?|"
    r"nurses?|engineers?|teachers?|people on the team))\b (?:say|says|said|told me|felt|thought|"
    r"think|argued|complained)(?: that)? (?:I|we) (?:should|shouldn't|should not|ought to)"
    r"(?: have)?\b|"
    # …or that they should have been asked: "Finance felt they should have been consulted"
    r"\b(?:felt|thought|said|complained|argued)(?: that)? (?:they|he|she) should have been "
    r"(?:consulted|asked|told|involved|looped in|informed|warned)\b", re.IGNORECASE)
# …answered with "But…" and no ground given to it: "But if I call everybody on Saturday it takes
# all weekend". "But they had a point, and now I…" gives it ground.
_BUT = re.compile(r"^\W*but\b", re.IGNORECASE)
_GROUND_GIVEN = re.compile(
    r"\b(?:they|she|he) (?:were|was|are|is|had) (?:a point|right|fair)|\bfair (?:point|enough)\b|"
    r"\bI (?:agree|accept|take the point)|\b(?:I|we) (?:learned|learnt|now|have since|should have|"
    r"could have)\b|\bnext time\b|\bin hindsight\b|\blooking back\b", re.IGNORECASE)


def _criticism_waved_off(spans: Sequence[Span]) -> list[Finding]:
    """Others' view that the candidate should have done otherwise, answered with a "But…" that
    gives it no ground: "Some people say I should have told the partners first. | But if I call
    everybody on Saturday to ask permission, it takes all weekend." Their input is waved off."""
    for index, span in enumerate(spans[:-1]):
        after = spans[index + 1].text
        if (_CRITICISM.search(span.text) and _BUT.match(after)
                and not _GROUND_GIVEN.search(after)):
            return [(index + 1, "dismissive", 0, len(after))]
    return []



# A cost the candidate's change put on others, told: "there was a verruca outbreak complaint at
# two sites", "one nurse said she got a rash", "pick rates dropped about 15%"…
_BORNE = re.compile(
    r"\b(?:complain\w*|grumbl\w*|moan\w*|whing\w*|rash|outbreak|injur\w*|hurt|fall|fell|"
    r"drop(?:ped|s)?|rough|teething|issues|problems|unhappy|upset|tear|tears|sick|worse|"
    r"posted about|pushback|push back)\b", re.IGNORECASE)
# …then waved off as what any change costs: "But those are the kind of things that happen in any
# gym", "But you can't please everyone", "but that's normal with any change", "But people got
# used to it".
_WAVED_OFF = re.compile_gated("waved-off",  # gated: most clauses lack its words
    r"\b(?:you |we )?can['’]?t (?:please|keep) everyone (?:happy|pleased)?|"
    r"\bkinds? of things? (?:that )?happens? (?:in|with|at|to) (?:any|every|all)\b|"
    r"\b(?:that['’]s|that is|it['’]s|it is|which is|which['’]s) (?:just |pretty |quite |"
    r"completely |totally )?(?:normal|expected|to be expected|inevitable|par for the course) "
    r"(?:with|in|for|at|when) (?:any|every|all|a new)\b|"
    r"\bcomes with the territory\b|\bpart and parcel\b|"
    r"\bsome people will always (?:complain|moan|grumble|whinge)\b|"
    r"\bpeople (?:soon |quickly )?(?:got|get|will get|have got) used to it\b", re.IGNORECASE)
# …or as what the people who bore it got over, right after the cost in the same sentence, as
# notes tell it: "Wk 1: lots of moaning, some missed deliveries; they got used to it". (Told
# after a step of the teller's, "I ran two sessions and they got used to it" is what the step
# did.)
_GOT_OVER_IT = re.compile(
    r"\b(?:they|everyone|staff|(?:the|our) (?:[\w-]+ )?(?:team|staff|drivers|nurses|crew|users|"
    r"customers|pickers|agents|guys)) (?:soon |quickly |eventually )?(?:got|get) (?:used to it|"
    r"over it)\b", re.IGNORECASE)
BORNE_REACH = 3
"""How many sentences before the wave-off the cost it waves off may be told ("There was some
grumbling at first. | The juniors mostly ended up doing the kitchen… | …come in twenty minutes
earlier… | But people got used to it.")."""


def _got_over_it(span: Span, clauses: Sequence[Clause]) -> re.Match[str] | None:
    """`_GOT_OVER_IT` after a cost told in the same sentence (`_BORNE`), with no step of the
    candidate's in a clause that reaches in between them."""
    hit = _GOT_OVER_IT.search(span.text)
    borne = _BORNE.search(span.text, 0, hit.start()) if hit else None
    if hit is None or borne is None:
        return None
    start, end = span.start + borne.end(), span.start + hit.start()
    return None if any(
        clause.by_candidate and clause.actor == "candidate" and clause.mode == "fact"
        and clause.role in ("action", "decision") and clause.span.end > start
        and clause.span.start < end for clause in clauses) else hit


def harm_waved_off(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """A cost the candidate's change put on others, told and then waved off as what any change
    costs, with no step of theirs to meet it: "There were a few complaints about the gloves… One
    nurse said she got a rash… | But you can't please everyone when it comes to costs." The
    people who bore it are not heard. A step told after it ("…so I moved the wipe-down to the
    quiet hour") meets it."""
    for index, span in enumerate(spans):
        hit = _WAVED_OFF.search(span.text) or _got_over_it(span, clauses)
        if hit is None:
            continue
        before = [s.text for s in spans[max(0, index - BORNE_REACH):index]]
        if not (_BORNE.search(span.text, 0, hit.start())
                or any(_BORNE.search(text) for text in before)):
            continue
        end = span.start + hit.end()
        if any(clause.by_candidate and clause.actor == "candidate" and clause.mode == "fact"
               and clause.role in ("action", "decision") and clause.span.start >= end
               and clause.sentence <= index + 1 for clause in clauses):
            continue
        return [(index, "dismissive", hit.start(), hit.end())]
    return []

# A check the work had to pass first: "the engineer's inspection, which is a hold point before
# any pour", "a mandatory sign-off", "approval is required before go-live".
_REQUIRED_CHECK = re.compile(
    r"\bhold ?points?\b|\b(?:mandatory|required|compulsory|statutory) (?:\w+ )?(?:inspection|"
    r"sign-?off|check|approval|review|test)s?\b|\b(?:inspection|sign-?off|approval|review)\b"
    r"[^.;]{0,40}\b(?:is|was) (?:required|mandatory|needed) before\b", re.IGNORECASE)
# …and the work done before it, as if it were not there: "we poured on Thursday as planned".
_AHEAD_OF_IT = re.compile(
    r"\b(?:as planned|as scheduled|anyway|regardless|went ahead|without waiting|(?:didn't|did "
    r"not) wait)\b", re.IGNORECASE)


def _check_skipped(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """A check the work had to pass first, named, and the candidate's step past it told after:
    "the structural engineer's inspection, which is a hold point before any pour, got pushed to
    Friday" and "we poured on Thursday as planned". Waiting for it, or getting it moved, answers
    it ("so I asked him to come on Wednesday evening")."""
    named = next((i for i, span in enumerate(spans) if _REQUIRED_CHECK.search(span.text)), None)
    if named is None:
        return []
    for clause in clauses:
        if (clause.sentence > named and clause.by_candidate and clause.mode == "fact"
                and _AHEAD_OF_IT.search(clause.text)):
            start = clause.span.start - spans[clause.sentence].start
            return [(clause.sentence, "steamroll", start, start + len(clause.text))]
    return []


# Data taken out of a measurement: "I excluded those three as outliers", "we dropped the two
# worst runs", "took out the four complaints from the weekend".
_EXCLUDED = re.compile(
    r"\b(?:excluded|excluding|removed|dropped|took out|threw out|left out|discarded|binned)\b"
    r"(?: \w+){0,3}? as outliers\b|\b(?:excluded|removed|dropped|took out|threw out|left out|"
    r"discarded|binned) (?:those|these|the|\d+|two|three|four|five|six|some|a few|a couple of)"
    r"(?: [\w-]+){0,3}? (?:runs|results|data ?points|samples|responses|readings|values|cases|"
    r"complaints|tickets|incidents|records|entries|scores|batches|tests)\b",
    re.IGNORECASE)
# The exclusion kept out of sight: no criteria set for it, noted only internally, a report that
# shows only what was kept.
_UNDISCLOSED = re.compile_gated("undisclosed",  # gated: most clauses lack its words
    r"\b(?:didn't|did not|never) (?:have|set|write|agree|define|document|pre-?register|"
    r"record)\b[^.;!?]{0,40}\bcriteria\b|\bno (?:formal |pre-?set |written |agreed |clear )?"
    r"(?:exclusion )?criteria\b|\b(?:noted|kept|recorded|logged|mentioned) (?:it|that|this|"
    r"them|the exclusions?) (?:only |just )?internally\b|\b(?:report|table|summary|write-?up|"
    r"slides?|deck|dashboard|submission)\b[^.;!?]{0,30}\b(?:just|only) (?:showed|shows|"
    r"included|listed|had|gave)\b|\b(?:didn't|did not|never) (?:mention|disclose|document|"
    r"report|note|flag) (?:it|that|them|the (?:exclusions?|outliers|runs|results))\b",
    re.IGNORECASE)


def _undisclosed_exclusion(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """Data the candidate took out of a measurement, with the exclusion kept out of sight: "I
    excluded those three as outliers" and, in the same answer, "we didn't have formal criteria"
    or "the report just showed the seventeen runs". Either alone is innocent (test accounts
    dropped from an analysis, a summary that leaves detail out); told together they bend the
    record."""
    if not any(_UNDISCLOSED.search(span.text) for span in spans):
        return []
    for clause in clauses:
        hit = _EXCLUDED.search(clause.text)
        if hit is not None and clause.by_candidate and clause.mode in ("fact", "hedged"):
            start = clause.span.start - spans[clause.sentence].start
            return [(clause.sentence, "concealment", start, start + len(clause.text))]
    return []


# The candidate's own option kept going beside the one decided: "I kept our November plan
# running in parallel as a contingency", "I started building the reporting service on a branch",
# "I kept my team working in our existing spreadsheets and templates in parallel". Told after a
# side the candidate took in the dispute or a decision someone else made, it is disagreeing
# without committing; running the old process in parallel with one's own new one ("I let it run
# in parallel for two months") is not.
_OWN_WAY_KEPT = re.compile(
    r"\b(?:kept|keep|started|start|carried on|went on|continued)\b (?:[\w'’-]+ ){0,8}?"
    r"(?:in parallel|on a (?:side |separate |private )?branch|as a (?:contingency|backup|"
    r"fallback|plan b))\b", re.IGNORECASE)


def _own_way_kept(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """The candidate's own option kept going after they took a side or someone else decided
    (`_OWN_WAY_KEPT`)."""
    sided = False
    for clause in clauses:
        if clause.role == "dispute" and clause.by_candidate or (
                clause.role == "decision" and clause.owner == "other"):
            sided = True
        elif (sided and clause.by_candidate and clause.mode == "fact" and not clause.reported
              and _OWN_WAY_KEPT.search(clause.text)):
            start = clause.span.start - spans[clause.sentence].start
            return [(clause.sentence, "steamroll", start, start + len(clause.text))]
    return []


# Someone else's go-ahead for what the candidate then held back: "Owner said serve it", "the PM
# wanted to ship it anyway", "my manager told me to send it as it was", "she said it was good
# enough". What follows the verb is the thing ("serve it" is the dish).
_GO = (r"(?:serve|ship|send|release|launch|sign|pass|publish|open|deliver|post|use|run|"
       r"print|pour|fit|install|let (?:it|them|that) (?:go|through|out))")
_GO_AHEAD = re.compile(
    r"\b(?:said|says|told (?:me|us|him|her|them)|wanted|wants|asked (?:me|us)|pushed|insisted)"
    r"(?: (?:that )?(?:we|I|you|they) (?:should|could|just|can)| (?:us |me )?to| we)?"
    r"(?: just)? " + _GO + r"\b(?! (?:back|off)\b)|"
    r"\bsaid (?:it|that|this|they|the [\w-]+) (?:was|were|is|are) (?:fine|good enough|ok|okay|"
    r"close enough)\b|\bnobody (?:will|would|'ll) notice\b", re.IGNORECASE)
# The candidate's step that holds the thing back: "I pulled it for the night", "kept the batch
# back", "sent it back", "didn't serve it", "stopped the line".
_HELD_BACK = re.compile(
    r"\b(?:pulled|held|kept|took) (?:it|them|that|this|the [\w-]+(?: [\w-]+)?) (?:back|off|out|"
    r"for|from|until)\b|\bheld (?:the|that|this|our) (?:[\w-]+ )?(?:release|launch|rollout|order|"
    r"batch|shipment|load|delivery|pour|letter|report|go-live|dish|job|pallets?|build)\b|"
    r"\bpulled (?:it|them|that|the [\w-]+)\b|\b(?:stopped|blocked|binned|"
    r"scrapped|quarantined|rejected|remade|redid|re-?did|re-?made) (?:it|them|that|the [\w-]+)\b|"
    r"\bsent (?:it|them|that|the [\w-]+) back\b|\bput (?:it|them|that|the [\w-]+) on hold\b|"
    r"\b(?:didn't|did not|wouldn't|would not|refused to) " + _GO + r"\b|\bsaid no\b",
    re.IGNORECASE)


def _held_back(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """The candidate's first step after someone else's go-ahead (`_GO_AHEAD`), when it holds
    the thing back (`_HELD_BACK`): a stand taken in deeds."""
    found: list[Finding] = []
    for at, call in enumerate(clauses):
        said = call.text
        if call.reported and at and clauses[at - 1].sentence == call.sentence:
            said = f"{clauses[at - 1].text} {said}"
        if call.by_candidate or call.actor != "other" and not call.reported or call.mode not in (
                "fact", "hypothetical") or not _GO_AHEAD.search(said):
            continue
        step = next((c for c in clauses[at + 1:] if c.actor == "candidate" and c.mode in (
            "fact", "negated") and c.role in _STEPS | {"dispute"}), None)
        if (step is not None and step.sentence <= call.sentence + REFUSAL_REACH
                and _HELD_BACK.search(step.text)):
            start = step.span.start - spans[step.sentence].start
            # holding it back is a call of the candidate's own, as well as a stand
            found += [(step.sentence, kind, start, start + len(step.text))
                      for kind in ("disagreement", "decision")]
    return found


def flags_across(spans: Sequence[Span], clauses: Sequence[Clause]) -> list[Finding]:
    """The red flags told across sentences of the answer whose sentences are `spans`, and the
    stand held back against a go-ahead."""
    return (_steamrolled(spans, clauses) + _held_back(spans, clauses) + _denied(spans)
            + _none_of_mine(spans)
            + _done_then_told(spans, clauses) + _bound_to_follow(spans, clauses)
            + _claimed_then_theirs(spans, clauses) + _lesson_for_others(spans)
            + _strength_as_failure(spans) + _undisclosed_exclusion(spans, clauses)
            + _criticism_waved_off(spans) + _check_skipped(spans, clauses)
            + harm_waved_off(spans, clauses) + _own_way_kept(spans, clauses))


__all__ = ["DENIALS", "REFUSAL_REACH", "TURN", "Finding", "denial_says", "flags_across",
           "harm_waved_off", "passes_off_strength", "told_as_bound"]
