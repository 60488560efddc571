"""What the interviewer's follow-ups inside a story settle about the replies they drew.

A transcript's answer is the candidate's replies joined; the interviewer's follow-ups between
them ("What was the outcome?", "How did your manager take it?", "Did you go over her head?")
are kept beside it (`models.Ask`). A reply means what it does beside its ask:

- an ask about how it came out makes the reply the story's result ("Two weeks, and the error
  rate went to zero."), about how someone took it the relationship afterwards ("She was fine
  with it in the end."), and about what the candidate would do differently or learned a
  reflection ("Honestly, I'd involve her earlier.": a lesson, not a hypothetical told instead
  of a story);
- a closed ask ("Did you…?", "Have you ever…?") answered with a bare "No." or "Yes, I did."
  is the ask's own words said back: "No, never." to "Did you go over her head?" reads as "I did
  not go over her head", a negated escalation.

An ask is classified by what it asks about, not matched against a list of questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from roundtable import regexes as re
from roundtable.evidence.reading import About, Clause, Reply, asks_back, past_of
from roundtable.evidence.text import Span

_REFLECTION = re.compile(
    # "what would you do differently" asks for a lesson; "what did you do differently?" for
    # what was done
    r"\b(?:(?<!\bdid you do )(?<!\bdid you )differently|learn(?:ed|t|ing)?|lessons?|takeaways?|"
    r"take away|took away|hindsight|"
    # what the candidate kept from it: "What did you take from it?", "What did it teach you?"
    r"(?:take|took|taken|get|got|carry|carried) (?:\w+ )?(?:from|out of) (?:it|that|this|"
    r"all (?:of )?that|the experience)\b|"
    r"teach(?:es)? you|taught you|stay(?:ed|s)? with you|next time|"
    r"looking back|in retrospect|do (?:it|that|this) (?:again|over)|change anything|"
    r"(?:would|'d|’d) you (?:change|still)|regret\w*|wish)\b", re.IGNORECASE)
"""An ask about what the candidate makes of it now: a lesson or what they would change."""
_TAKEN = re.compile(
    r"\b(?:take (?:it|that|this|the news)|took (?:it|that|this)|react(?:ed|ion)?|respond(?:ed)?|"
    r"relationship|get (?:on|along)|got (?:on|along)|still (?:work|talk|speak) (?:with|to)|"
    r"in touch|feel about (?:you|it|that|this)|felt about|trust (?:you|each other)|"
    r"(?:things|it) (?:between|with) (?:you|the two of you)|hard feelings|"
    r"(?:how|what) (?:are|were) things (?:with|between))\b", re.IGNORECASE)
"""An ask about how someone took it, or how the candidate and they stood afterwards."""
_SOMEONE = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|(?:your|the) (?:manager|boss|director|lead|"
    r"colleague|peer|teammate|team|client|customer|stakeholders?|engineer|designer|report|"
    r"partner|vp|ceo|cto|other \w+)|each other|the two of you|you two|you both|both of you)\b|"
    # a name, which only a capital inside the sentence tells from its first word
    r"(?<=[a-z,] )[A-Z][a-z]+\b")
_CAME_OF = re.compile(
    r"\b(?:outcome|results?|turn(?:ed)? out|end(?:ed)? up|in the end|happened (?:in the end|"
    r"afterwards|to|with)|impact|c(?:a|o)me of|work(?:ed)? out|pan(?:ned)? out|"
    r"play(?:ed)? out|land(?:ed)?|resolved?|resolution|measur\w*|(?:did|does) (?:it|that|this|"
    r"the(?: [\w-]+){1,3}) (?:work|help|fix|solve|succeed|stick|hold)|how did (?:it|that|this|"
    r"things|the(?: [\w-]+){1,3}) go|(?:hit|meet|met|reach|make) (?:the|your|that) "
    r"(?:target|goal|deadline|number))\b",
    re.IGNORECASE)
"""An ask about how the story came out. A bare "What happened?" is left out: asked early, it
asks for the story itself; so is "What happened next?" or "…then?": it asks the story to go on,
and the reply to it tells steps as often as an outcome ("What happened then?" "The product
manager wanted to ship anyway. I said I didn't think we should…"), which the reader tells apart
on its own."""


def about(ask: str) -> About | None:
    """The role an ask settles for the reply it drew, if any: what it asks about decides, and
    what the candidate makes of it now comes before how it went ("Looking back, would you
    change how the result was measured?" asks for a lesson)."""
    if _REFLECTION.search(ask):
        return "reflection"
    if _TAKEN.search(ask) and _SOMEONE.search(ask):
        return "relationship"
    if _CAME_OF.search(ask):
        return "result"
    return None


def topics(question: str) -> set[About]:
    """Everything a question asks about, of what an ask can settle: "What happened in the end,
    and what would you do differently?" asks for the result and for a lesson."""
    found: set[About] = set()
    if _REFLECTION.search(question):
        found.add("reflection")
    if _TAKEN.search(question) and _SOMEONE.search(question):
        found.add("relationship")
    if _CAME_OF.search(question):
        found.add("result")
    return found


_CLOSED = re.compile(
    r"^\W*(?:(?:and|so|but|okay|ok|right|then|great),?\s+)*"
    # a few words set off before it: "Looking back, would you…", "In hindsight, did you…"
    r"(?:[\w'’-]+(?: [\w'’-]+){0,3},\s+)?"
    r"(?P<aux>did|do|does|have|has|had|was|were|is|are|would|will|could|can|should)\s+"
    r"(?P<subject>you|he|she|they|it|that|this|there|(?:your|the|her|his|their) [\w-]+|"
    r"[A-Z][a-z]+)\s+(?P<rest>[^?]+?)\s*\?", re.IGNORECASE)
"""A closed question the way interviewers put one: "Did you ever go over her head?", "Looking
back, would you do anything differently?"."""
_ASKING = re.compile(r"[^.?!]*\?")
_TO_SPEAKER = {"you": "me", "your": "my", "yours": "mine", "yourself": "myself"}
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# "you" as a subject: before a verb, a modal or its contraction ("anything you'd do", "the
# time you went to her").
_YOU_DO = re.compile(
    r"\byou(?=['’](?:d|re|ve|ll)\b|\s+(?:did|do|does|had|have|has|were|was|would|could|should|"
    r"will|can|might|must|ever|still|\w+ed)\b)", re.IGNORECASE)
_YOU_ARE = {"'re": "'m", "’re": "’m"}
# …or after what opens a clause of its own ("what you found", "the way you did it").
_YOU_AFTER = re.compile(r"\b(what|that|when|where|which|who|how|why|if|whether|anything|"
                        r"something|everything|time|thing|way) you\b(?!['’])", re.IGNORECASE)
_AS_I = {"are": "am", "were": "was"}
_DO = frozenset({"did", "do", "does"})


def _said_back(asked: str) -> str:
    """The ask's "you" in the candidate's mouth: "I" as a subject ("anything you'd do" →
    "anything I'd do"), "me" elsewhere, whatever case the ask was typed in ("YOU'RE")."""
    asked = re.sub(r"\byou(['’]re)\b", lambda m: "I" + _YOU_ARE[m.group(1).lower()], asked,
                   flags=re.IGNORECASE)
    asked = _YOU_DO.sub("I", _YOU_AFTER.sub(r"\1 I", asked))
    return _YOU.sub(lambda m: _TO_SPEAKER[m.group().lower()], asked)


_OR_NOT = re.compile(r",?\s+or not$", re.IGNORECASE)
"""'…or not' offers no second option: "Did you escalate it or not?" is the plain closed ask."""
_OR = re.compile(r"(?:^|,?\s+)or\s+(?P<next>\S+)", re.IGNORECASE)
# A second name, thing or place inside one option ("to her or her manager", "or to HR") is
# asked about with yes or no all the same.
_SAME_OPTION = re.compile(
    r"(?:the|a|an|her|his|their|its|my|our|your|this|that|these|those|him|them|me|us|it|"
    r"anyone|anybody|someone|somebody|everyone|everybody|some|any|another|other|to|with|at|in|"
    r"on|for|by|from|about|into|over|\d\S*)$", re.IGNORECASE)
_BE = frozenset({"was", "is", "were", "are"})
_IT = frozenset({"it", "that", "this"})


def _two_options(aux: str, subject: str, rest: str) -> bool:
    """Whether a closed ask offers two options, to which "yes" or "no" says nothing: another
    doer ("Did you or your manager…?"), another step ("…or handle it yourself?", "…or did you
    sort it out?"), or another answer to what it was ("Was it your call or your manager's?")."""
    second = _OR.search(rest)
    if second is None:
        return False
    word = second.group("next")
    return (second.start() == 0 or aux in _BE and subject.lower() in _IT
            or not (word[0].isupper() or _SAME_OPTION.match(word)))


def restate(ask: str, yes: bool) -> str | None:
    """The closed question of an ask as the candidate's statement, for a bare "yes" or "no":
    "Did you ever go over her head?" + no → "I did not go over her head". None when the ask
    has no closed question, or asks in the negative ("Didn't you…?" leaves "no" unclear)."""
    asked = [m.group().strip() for m in _ASKING.finditer(ask)]
    closed = next((m for m in map(_CLOSED.match, reversed(asked)) if m is not None), None)
    if closed is None:
        return None
    aux, subject = closed.group("aux").lower(), closed.group("subject")
    rest = _OR_NOT.sub("", closed.group("rest"))
    if rest.lower().startswith(("not ", "n't ")) or _two_options(aux, subject, rest):
        return None
    if subject.lower() == "you":
        subject, aux = "I", _AS_I.get(aux, aux)
    else:
        subject = _said_back(subject)
    rest = _said_back(rest)
    ever = rest.lower().startswith("ever ")
    if ever:  # "Did you ever escalate?": "I did escalate", "I did not escalate"
        rest = rest[len("ever "):]
    if yes and aux in _DO:
        # "Did you go to her manager?" "Yes." → "I went to her manager"
        verb, _, after = rest.partition(" ")
        past = past_of(verb.lower())
        if past is not None:
            return f"{subject} {past} {after}".rstrip()
    if yes:
        return f"{subject} {aux} {rest}"
    negation = "not" if aux in _DO or not ever else "never"
    return f"{subject} {aux} {negation} {rest}"


_BARE = re.compile(
    r"^\W*(?P<word>no|nope|nah|not really|not at all|not once|never|i don['’]t think so|yes|yeah|"
    r"yep|yup|"
    r"absolutely|definitely|of course|i did|i didn['’]t|i did not|i have|i haven['’]t|"
    r"i had|i hadn['’]t|i was|i wasn['’]t|we did|we didn['’]t)\b"
    r"(?P<rest>(?:[\s,;—–-]+(?:never|not|once|really|at all|ever|i|we|did|didn['’]t|have|"
    r"haven['’]t|was|wasn['’]t|it|that|sure|absolutely|definitely|honestly|actually|of course|"
    r"i'm afraid|no|yes|yeah|nope))*)\s*[.!]*\s*$", re.IGNORECASE)
"""A reply that only says yes or no ("No, never.", "Yes, I did.", "Not really.", "I don't think
so."): it says nothing of its own, only about what was asked."""
_NO = re.compile(r"^\W*(?:no|nope|nah|not|never|i didn|i did not|i haven|i hadn|i wasn|"
                 r"we didn|i don['’]t think so)", re.IGNORECASE)


# A bare prompt to go on: "And?", "And then?", "Then what?", "What happened?".
_GO_ON = re.compile(r"^\W*(?:(?:okay|ok|right|so|and)\W+)*(?:and|so|and then|then what|what "
                    r"happened)\W*$", re.IGNORECASE)


def replies(spans: Sequence[Span], asks: Sequence[tuple[int, str]]) -> dict[int, Reply]:
    """Which sentences of the answer reply to which ask (`asks` as (where its reply begins,
    its words), in order): each sentence from a reply's start up to the next one's. A bare
    prompt to go on after an earlier ask ("What did you do?" … "And?") asks how it came out;
    as the first ask it asks for the story itself."""
    read: dict[int, Reply] = {}
    for n, (at, ask) in enumerate(asks):
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        inside = [i for i, span in enumerate(spans)
                  if span.start >= at and (until is None or span.start < until)]
        settled = about(ask) or ("result" if n and _GO_ON.match(ask) else None)
        # The ask said back first ("Escalate it to her boss? No, never.") is the question: the
        # reply starts after it.
        echo = next((k for k, i in enumerate(inside) if not asks_back(spans[i].text)),
                    len(inside))
        first = inside[echo] if echo < len(inside) else None
        bare = _BARE.match(spans[first].text) if first is not None else None
        denied = bare is not None and _NO.match(bare.group("word")) is not None
        for k, i in enumerate(inside):
            said_back = restate(ask, yes=not denied) if i == first and bare else None
            read[i] = Reply(settled, k == 0, said_back, denied, echoed=k < echo)
    return read


_FOR_STEPS = re.compile(
    r"\b(?:specific(?:ally)?|exactly|concrete(?:ly)?|for (?:example|instance)|an example|one "
    r"thing|what did you (?:actually |personally |yourself )?(?:do|change|say|try)|what was in "
    r"(?:the|it|that|your)|walk me through|what (?:were|was) (?:the|your) (?:steps?|actions?|"
    r"first (?:step|move|thing)))\b", re.IGNORECASE)

_PRESSED = re.compile(r"\b(?:did|do|have|had|were) you\b[^.?!]*\b(?:yourself|personally)\b|"
                      r"\byou (?:\w+ ){0,2}?(?:yourself|personally)\b|\bwhat (?:was|were) your "
                      r"(?:own )?(?:part|role|contribution|piece)\b|\bwhat did you (?:actually |"
                      r"personally )?(?:simplify|build|fix|cut|write|propose|decide|use|make|"
                      r"introduce|set up|run|look at)\b", re.IGNORECASE)
"""Pressed for the candidate's own part ("When did you last speak to a customer yourself?");
the interviewer's reading of the same ask (`ingest.asks`) keeps it with the story told."""


# An ask about what was wrong, however pressed: "What was the issue, specifically?" wants the
# problem told, not a step.
_FOR_PROBLEM = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|right|sorry)\W+)*what (?:was|were|is|are) (?:the|that|this|it|"
    r"they) (?:\w+ )?(?:issue|problem|cause|fault|situation|context|bug|error|complaint|concern|"
    r"defect|risk|disagreement|conflict|gap|mistake|difference|objection|numbers?)s?\b"
    r"(?:,? (?:specifically|exactly|concretely))?\W*$", re.IGNORECASE)


def asks_for_steps(ask: str) -> bool:
    """Whether an ask wants a step of the candidate's own: "Can you give me a specific thing you
    did in the first month?", "What did you change?", "Walk me through what you did", "When did
    you last speak to a customer yourself?". "What was the issue, specifically?" wants the
    problem told."""
    if _FOR_PROBLEM.match(ask):
        return False
    return _FOR_STEPS.search(ask) is not None or _PRESSED.search(ask) is not None


_FOR_OUTCOME = re.compile(
    r"\bwhat (?:was|were) the (?:actual |real |end |final |measurable )?(?:results?|outcomes?|"
    r"impact|numbers?)\b|\bwhat came of (?:it|that|this)\b|"
    # "What did it do for the business?" ("what did you see?" may ask for a finding as well as
    # for an outcome: on a held-out set it took a strong answer to Strong No Hire)
    r"\bwhat did (?:it|that|this|the \w+) (?:actually |really )?do for\b|"
    r"\bhow did (?:it|that|this|the \w+) "
    r"(?:turn out|end up|pay off)\b|\b(?:did|has|have) (?:it|that|this|any (?:part )?of (?:it|"
    r"that|them)|anything|the \w+) (?:ever |actually |already )?(?:get (?:built|made|launched|"
    r"tested|piloted|adopted|approved|done|implemented)|(?:been )?(?:built|launched|shipped|"
    r"piloted|implemented|adopted|delivered|realised|realized)|launch|ship|go live|gone live|"
    r"happen|work|pay off|get off the ground)\b|\bby how much\b|\bwhat did the (?:numbers|data|"
    r"results|figures) (?:show|say)\b|\bhow much did (?:it|that|this|they|you) (?:save|cut|"
    r"improve|grow|raise|bring in|reduce)\b", re.IGNORECASE)


# Whether the thing itself came to be: "Was any of it built?", "Did it ever launch?", "Has the
# new rota gone live?".
_CAME_TO_BE = re.compile(
    r"\b(?:did|has|have|was|were|is|are) (?:it|that|this|any (?:part )?of (?:it|that|them)|"
    r"anything|the(?: [\w-]+){1,2}) (?:ever |actually |already |ever actually )?"
    r"(?:get |gotten |got |been )?(?:built|launched|launch|shipped|ship|piloted|implemented|"
    r"adopted|approved|realised|realized|rolled out|roll out|go live|gone live|went live|live|"
    r"off the ground)\b", re.IGNORECASE)
# A reply that opens by saying it did not: "Not in the end.", "Not formally.", "No, it stalled".
_NOT_SO = re.compile(r"^\W*(?:no|nope|nah|never|not (?:in the end|formally|yet|really|as such|"
                     r"fully|exactly|officially|in the end, no)|it (?:didn['’]t|never did|"
                     r"wasn['’]t|hasn['’]t))\b", re.IGNORECASE)


def asks_for_outcome(ask: str) -> bool:
    """Whether an ask wants what came of the story: "What was the actual result?", "Did any
    part of it get built or tested?", "Has it launched?"."""
    return _FOR_OUTCOME.search(ask) is not None or _CAME_TO_BE.search(ask) is not None


def evaded(spans: Sequence[Span], asks: Sequence[tuple[int, str]],
           told: Callable[[int], bool],
           wants: Callable[[str], bool] = asks_for_steps) -> int:
    """How many asks for a step of the candidate's own (or whatever `wants` picks out) drew a
    reply telling none (`told` says whether the sentence at an index tells one): "What did you
    change?" answered "It was really about resetting the culture and bringing a sharper
    focus"; "Did any part of it get built?" answered "Not formally"."""
    count = 0
    for n, (at, ask) in enumerate(asks):
        if not wants(ask):
            continue
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        inside = [i for i, span in enumerate(spans)
                  if span.start >= at and (until is None or span.start < until)]
        if inside and not any(map(told, inside)):
            count += 1
    return count


# An ask for why it went wrong: "Why do you think it underperformed?", "What went wrong?", "What
# caused it?". "What did you tell the client about why it happened?" asks what was said.
_FOR_CAUSE = re.compile(
    r"^\W*(?:and |so )?(?:why (?:do you think |did )?(?:it|that|this|the [\w-]+(?: [\w-]+)?) "
    r"(?:fail|underperform|go wrong|not work|slip|miss)\w*|what (?:do you think )?went wrong|"
    r"what (?:do you think )?caused (?:it|that|this|the [\w-]+)|what was the (?:root |real )?"
    r"cause)\b", re.IGNORECASE)
# Another party's failing in the reply: "The marketing team's launch campaign went out three
# weeks late", "ops couldn't get the larger box sizes out".
_FAILING = re.compile(
    r"\b(?:late|wrong|couldn['’]t|could not|didn['’]t|did not|wasn['’]t|weren['’]t|failed|"
    r"missed|forgot|slipped|broke|never|poor|badly|too slow)\b", re.IGNORECASE)


def blamed_when_asked(spans: Sequence[Span], asks: Sequence[tuple[int, str]],
                      clauses: Sequence[Clause]) -> list[tuple[int, int, int]]:
    """Asked why it went wrong (`_FOR_CAUSE`), a reply that tells no part of the candidate's or
    their team's and names another party failing (`_FAILING`): the cause put on others, however
    politely. Each is (sentence, start, end) of the first such failing, in the sentence's own
    offsets. "I got the diagnosis wrong…" keeps it, and "the model assumed most practices would
    pay more" names no one failing."""
    found: list[tuple[int, int, int]] = []
    for n, (at, ask) in enumerate(asks):
        if not _FOR_CAUSE.search(ask):
            continue
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        inside = {i for i, span in enumerate(spans)
                  if span.start >= at and (until is None or span.start < until)}
        told = [c for c in clauses if c.sentence in inside]
        if any(c.by_candidate for c in told):
            continue
        failing = next((c for c in told if c.actor == "other" and not c.reported
                        and _FAILING.search(c.text)), None)
        if failing is not None:
            start = failing.span.start - spans[failing.sentence].start
            found.append((failing.sentence, start, start + len(failing.text)))
    return found


def came_to_nothing(spans: Sequence[Span], asks: Sequence[tuple[int, str]],
                    told: Callable[[int], bool]) -> int:
    """How many asks whether the thing itself came to be drew a reply that opens by saying it
    did not and goes on to tell something that did (`told`): what follows is why, not what
    came of it ("Was any of it built?" answered "Not in the end. It went on the roadmap as a
    horizon-three item"). A reply telling nothing that came of it is counted by `evaded`."""
    count = 0
    for n, (at, ask) in enumerate(asks):
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        inside = [i for i, span in enumerate(spans)
                  if span.start >= at and (until is None or span.start < until)]
        if inside and _CAME_TO_BE.search(ask) and _NOT_SO.match(spans[inside[0]].text) and any(
                map(told, inside)):
            count += 1
    return count


# Asked whether they took a step, yes or no ("Did you check the shortage with anyone else?",
# "Did you talk to the other postdoc directly at any point?", "Did you measure that?"), and the
# reply opens by saying they did not ("No. It was in the trade press…", "Not formally.", "We
# didn't A/B it"). On the tuned parts of the unseen sets and the dev split such a reply was in
# weak answers (8) and average ones (2), never a strong one. "No, but I rang their other
# customers" goes on to the step taken instead.
_DID_YOU = re.compile(
    # the yes-or-no ask may come after what it is about: "What about the sales team themselves
    # — did you talk to them?"
    r"^(?:[^.!?—–]*?(?:—|–|\?)\s*)?"
    r"\W*(?:(?:and|so|but|okay|ok|right)\W+)*(?:did|have|had) (?:you|your team|"
    r"you or anyone|you two)\b", re.IGNORECASE)
_NOT_DONE = re.compile(
    r"^\W*(?:no\b|nope\b|nah\b|not (?:really|formally|as such|directly|exactly|personally|at the "
    r"time|at that (?:point|stage)|myself)\b|(?:honestly|to be honest),? no\b|(?:i|we) "
    r"(?:didn['’]t|did not|haven['’]t|have not|hadn['’]t|had not)\b)"
    r"(?![^.!?]*\bbut (?:i|we)\b)", re.IGNORECASE)


# …unless the step asked about is one a careful colleague would not take: "Did you ever go over
# Dan's head about it?" answered "No, never." tells the conflict was settled between them.
_NOT_TO_BE_TAKEN = re.compile(
    r"\bgo(?:ne)? (?:over (?:his|her|their|[A-Z][\w'’-]*['’]s) heads?|behind (?:his|her|their|"
    r"[A-Z][\w'’-]*['’]s) backs?|around (?:him|her|them|[A-Z][\w'’-]*))\b|\blos(?:e|t) your "
    r"(?:temper|cool)\b|\b(?:shout|yell)(?:ed)? at\b", re.IGNORECASE)


def declined(spans: Sequence[Span], asks: Sequence[tuple[int, str]]) -> int:
    """How many yes-or-no asks whether the candidate took a step drew a reply that opens by
    saying they did not (`_NOT_DONE`). Asks for a step told (`evaded`) and whether the thing
    came to be (`came_to_nothing`) are counted there; asks for a step not to be taken
    (`_NOT_TO_BE_TAKEN`) are not counted at all."""
    return sum(first is not None and _NOT_DONE.match(first.text) is not None
               for ask, first in _openings(spans, asks)
               if _DID_YOU.match(ask) and not asks_for_steps(ask) and not _CAME_TO_BE.search(ask)
               and not _NOT_TO_BE_TAKEN.search(ask))


def _openings(spans: Sequence[Span],
              asks: Sequence[tuple[int, str]]) -> Iterator[tuple[str, Span | None]]:
    """Each ask with the first sentence of its reply (None for an ask that drew none)."""
    for n, (at, ask) in enumerate(asks):
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        yield ask, next((span for span in spans
                         if span.start >= at and (until is None or span.start < until)), None)


# Asked for one instance ("Is there someone you've developed that you could tell me about?",
# "What's one specific change that came out of it?") and the reply opens on everyone, everything
# or what usually happens ("Generally everyone got the 30-60-90 plan", "There were many."). On
# the tuned parts of the unseen sets and the dev split 29 such asks drew 2 of these replies, both
# in weak answers.
_FOR_ONE = re.compile(
    r"\b(?:specific(?:ally)?|particular(?:ly)?)\b|\bone (?:person|time|example|customer|case|"
    r"thing|change|moment|decision)\b|\bis there (?:someone|a person|anyone|one)\b|"
    r"\bgive me an example\b|\btell me about (?:one|a specific|someone)\b", re.IGNORECASE)
_IN_GENERAL = re.compile(
    r"^\W*(?:(?:honestly|well|so|um|uh|yeah)\W+)*(?:generally|in general|typically|normally|"
    r"everyone|everybody|all of (?:them|us)|there were (?:many|lots|loads|so many|a lot)\b)",
    re.IGNORECASE)


def generalised(spans: Sequence[Span], asks: Sequence[tuple[int, str]]) -> int:
    """How many asks for one instance drew a reply that opens on what happens in general
    (`_IN_GENERAL`): the one person, change or time asked for is not told."""
    return sum(first is not None and _IN_GENERAL.match(first.text) is not None
               for ask, first in _openings(spans, asks) if _FOR_ONE.search(ask))


# A detail asked for and not to hand: "I'd have to check.", "I don't have the exact number in
# front of me.", "16-something, I'd have to check", "you'd have to ask the data team".
_NOT_TO_HAND = re.compile(
    r"\b(?:i['’]d have to (?:check|look (?:it |that )?up|dig (?:it |that )?out|find out|ask)|"
    r"i don['’]t (?:have|know|remember|recall) (?:the )?(?:exact|precise|specific)|"
    r"i don['’]t (?:have|know) (?:the|that) (?:number|figure|detail)s? (?:to hand|offhand)|"
    r"off the top of my head|you['’]d have to ask|"
    r"(?:i|we) (?:can['’]t|cannot|couldn['’]t) (?:really )?(?:remember|recall) (?:the|exactly|"
    r"which|what|how much))\b", re.IGNORECASE)
# What was asked about passed to whoever's remit it is: "The developers would know the exact
# detail", "Product issues go to the product team, so that's outside my remit", "That wasn't
# really my area", "it's not really my remit to chase infrastructure". Told unasked, "Not my
# job." opens as many strong stories as weak ones (the candidate then does it anyway); as a
# reply to a follow-up, on the tuned parts of the unseen sets, it was in weak answers only.
# Gone on from with "but" in the same sentence, it is done anyway.
_PASSED_ON = re.compile(
    r"\b(?:(?:the|our|my|their) [\w-]+(?: team)? would know (?:the|that|more|better|exactly)|"
    r"outside (?:of )?my (?:remit|area|scope)|(?:that|it|this)(?:['’]s| is| was) (?:not )?"
    r"(?:really )?(?:my|in my) (?:remit|area|department|scope)|(?:that|it|this) (?:isn['’]t|"
    r"wasn['’]t) (?:really )?(?:my|in my) (?:remit|area|department|scope))\b"
    # "It wasn't my area, but I sat with the warehouse manager" does it anyway
    r"(?![^.!?]*\b(?:but|though|anyway|still)\b)", re.IGNORECASE)


def _replies_saying(said: re.Pattern[str], spans: Sequence[Span],
                    asks: Sequence[tuple[int, str]], told: Callable[[int], bool]) -> int:
    """How many of the interviewer's asks drew a reply that says `said`; an ask for a step
    whose reply tells none (`told`) is counted by `evaded`."""
    count = 0
    for n, (at, ask) in enumerate(asks):
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        inside = [i for i, span in enumerate(spans)
                  if span.start >= at and (until is None or span.start < until)]
        if asks_for_steps(ask) and not any(map(told, inside)):
            continue
        if any(said.search(spans[i].text) for i in inside):
            count += 1
    return count


def not_to_hand(spans: Sequence[Span], asks: Sequence[tuple[int, str]],
                told: Callable[[int], bool]) -> int:
    """How many of the interviewer's asks drew a reply that says the detail asked for is not to
    hand ("How much revenue was lost?" answered "Six figures, I want to say. I don't have the
    exact number."). On the tuned parts of the unseen sets every reply saying so was in a weak
    answer; told unasked, such a gap was as often in an average one."""
    return _replies_saying(_NOT_TO_HAND, spans, asks, told)


def passed_on(spans: Sequence[Span], asks: Sequence[tuple[int, str]],
              told: Callable[[int], bool]) -> int:
    """How many of the interviewer's asks drew a reply that passes what was asked about to
    someone else's remit ("Did you find out why the mattress sagged?" answered "Product issues
    go to the product team, so that's outside my remit.")."""
    return _replies_saying(_PASSED_ON, spans, asks, told)


_WHO_DID = re.compile(
    r"(?:^|[.?!,;:\u2014\u2013-]\s*|\band\s+|\bso\s+)who\s+(?:actually\s+|originally\s+|"
    r"first\s+|really\s+|mainly\s+)?(?:found|spotted|noticed|designed|built|wrote|ran|led|"
    r"came up with|thought of|suggested|proposed|fixed|solved|worked out|figured out|spoke|talked|"
    r"called|made|did|set up|developed|created|drove|negotiated|delivered|handled|trained|"
    r"coached|mentored|identified|diagnosed|traced|discovered|analy[sz]ed|pulled|picked|"
    r"implemented|organi[sz]ed|planned|prepared|presented|pitched|closed|won over|wrote up|"
    r"caught|cracked|had the idea|decided|chose|realised|realized|knew to|thought to)\b[^?]*\?|"
    r"\bwhose\s+(?:idea|design|plan|work|suggestion|proposal|analysis|fix|solution|approach|"
    r"model|spreadsheet|script)\s+was\s+(?:that|it|this)\b[^?]*\?",
    re.IGNORECASE)
"""An ask for who did the story's work ("Who found the tracking discrepancy?", "Tell me about
the pilot, who ran it day to day?", "And the loading plan, whose design was that?"); one about
whom the candidate dealt with ("Who did you raise it with?") or who was right or won is not."""
_WHAT_DID = re.compile(
    r"(?:^|[.?!,;:\u2014\u2013-]\s*|\band\s+|\bso\s+)what\s+(?:actually\s+|really\s+|finally\s+|"
    r"in the end\s+)?(?:got|made|convinced|persuaded|tipped|swung|changed (?:their|his|her) "
    r"minds?)\b[^?]*\?", re.IGNORECASE)
"""An ask for what did the deciding work ("So what actually got the sales leaders to
switch?"): answered with a person, it is answered as "who"."""
_A_PERSON = re.compile(
    r"^\W*(?i:(?:well|honestly|so|really|mainly|mostly|in the end|that was|it was)\W+)*"
    r"(?:(?i:(?:my|our|the|their|his|her) (?:[\w-]+ ){0,2}?(?:boss|manager|director|head|lead|"
    r"chief|ceo|cfo|cmo|cro|cto|coo|vp|president|owner|partner|supervisor|principal|consultant|"
    r"colleague|chair|board|md|gm)\b)|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,| (?:did|was|raised|made|"
    r"got|stepped|called|decided|agreed|said|told|took|went)\b))")
_YOU_IN = re.compile(r"\b(?:you|your|yours|yourself|else)\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:i (?:think|believe|guess|suppose|reckon|want to say|would say|mean)|"
                     r"i['’]d say|if i (?:remember|recall)(?: (?:right|correctly))?)\b",
                     re.IGNORECASE)
# ("I'm", "we'd": the apostrophe ends the word, so "i" and "we" alone find them)
_OWN = re.compile(r"\b(?:i|me|myself|mine|we|us)\b|"
                  # "my" owns the work only when it names it: "my call", not "my director"
                  r"\bmy (?:own )?(?:call|idea|decision|doing|suggestion|proposal|plan|design|"
                  r"work|job|responsibility|fault|shift|project)\b", re.IGNORECASE)


def handed(spans: Sequence[Span], asks: Sequence[tuple[int, str]]) -> int:
    """How many asks for who did the story's work drew a reply naming someone else, with no
    part of the candidate's own in its first sentence: "Who found the tracking discrepancy?"
    "That was Marcus, one of our data analysts." The ask pressed on what the story told as the
    candidate's, and the reply gives it away. "Me.", "It was my call.", "Dave and I did." and
    "Me and Dave." keep it, and so does a reply about the candidate's own part beside someone
    else's ("Elena drafted it, I rewrote the comp plan"); "I think it was Dave" does not. An ask
    for what did it ("So what actually got the sales leaders to switch?") answered with a person
    ("My boss, the CMO, raised it at the offsite") is the same."""
    count = 0
    for n, (at, ask) in enumerate(asks):
        who = _WHO_DID.search(ask) or _WHAT_DID.search(ask)
        if who is None or _YOU_IN.search(who.group()):
            continue
        until = asks[n + 1][0] if n + 1 < len(asks) else None
        first = next((span.text for span in spans if span.start >= at
                      and (until is None or span.start < until) and not asks_back(span.text)),
                     None)
        if first is None or _OWN.search(_HEDGED.sub("", first)):
            continue
        # "What got them to agree?" "The pilot numbers." gives a reason, not someone's name
        if _WHO_DID.search(ask) or _A_PERSON.match(first):
            count += 1
    return count


_AGAINST = re.compile(
    r"\b(?:pushed back|push back|irritat\w*|annoy\w*|upset|unhappy|angry|furious|cold|frosty|"
    r"awkward|complain\w*|refus\w*|blam\w*|resent\w*|frustrat\w*|badly|not (?:well|happy|"
    r"pleased)|wasn['’]t (?:happy|pleased|thrilled)|never (?:spoke|talked))\b", re.IGNORECASE)


def went_against(text: str) -> bool:
    """Whether a reply to "How did she take it?" tells it went against the candidate ("She
    pushed back a lot"): how someone took it, but no bond the story left."""
    return _AGAINST.search(text) is not None


__all__ = ["about", "asks_for_outcome", "asks_for_steps", "came_to_nothing", "evaded", "handed",
           "not_to_hand", "passed_on", "replies", "restate", "topics", "went_against"]
