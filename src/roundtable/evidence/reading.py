"""A reading of every clause: who acts, whether it happened, and what it does in the story.

Phrase patterns over whole sentences cannot tell "I escalated" from "I didn't escalate", the
candidate's words from a manager's, or a reason from a result. This module splits each sentence
into clauses (at punctuation, coordinators that join clauses, subordinators and reporting
frames) and reads each one:

- **actor**: the grammatical subject: the candidate ("I"), the team ("we"), someone else (the
  manager, "she", a customer, nobody) or no one (things, numbers, agentless passives);
- **owner**: whose claim or step it is: reported and quoted speech belongs to its speaker, and
  a subordinate clause ("because the data showed…") to the clause it hangs on;
- **mode**: fact, negated, hypothetical, habitual or hedged (NegEx-style triggers whose scope
  is the clause, with pseudo-triggers such as "not only");
- **role**: situation, task, dispute, grounds, action, decision, result, relationship,
  reflection or other (filler and meta-talk), from discourse connectives, STAR headings and
  position in the story.

Everything later (credit, red flags, premises of generated sentences, `--explain`) reads this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Literal

from roundtable import regexes as re
from roundtable.evidence import learned
from roundtable.evidence.injection import addressed_to_reviewer
from roundtable.evidence.lexicon import (
    CLASS_LESSON,
    DEFINITION,
    EVENT_WENT_AHEAD,
    PART_SIZE,
    PLAIN_OUTCOME,
    ROLE_NOUN,
    SELF_APPRAISAL,
    TERSE_GROUNDS,
)
from roundtable.evidence.quotes import quoted
from roundtable.evidence.text import Span
from roundtable.json_cache import computed
from roundtable.regex_gate import (
    PARTS_FORMAT,
    lowered_source,
    lowers_exactly,
    parts,
    scan_pattern,
)

Actor = Literal["candidate", "team", "other", "none"]
Mode = Literal["fact", "negated", "hypothetical", "habitual", "hedged"]
Role = Literal[
    "situation", "task", "dispute", "grounds", "action", "decision", "result", "relationship",
    "reflection", "other",
]
About = Literal["result", "relationship", "reflection"]
"""The roles an interviewer's follow-up can settle for the reply it drew (`asked`)."""
ACTORS: tuple[Actor, ...] = ("candidate", "team", "other", "none")
MODES: tuple[Mode, ...] = ("fact", "negated", "hypothetical", "habitual", "hedged")
ROLES: tuple[Role, ...] = (
    "situation", "task", "dispute", "grounds", "action", "decision", "result", "relationship",
    "reflection", "other",
)


@dataclass(frozen=True)
class Reply:
    """How the ask before it bears on one sentence of the answer."""

    about: About | None
    """The role the ask settles for the reply's clauses."""
    opens: bool
    """The sentence opens the reply (what a STAR heading's line is to its section)."""
    said_back: str | None = None
    """For a bare yes or no, the ask said back as the candidate's words ("I did not go over
    her head"), read as if the sentence said it."""
    denied: bool = False
    """The reply opened with a bare "no" ("Not really. Maybe I'd have moved faster."): what
    follows is said after denying what was asked."""
    echoed: bool = False
    """The sentence says the ask back before the reply ("Escalate it to her boss? No."): the
    question, not a step told."""


# A tag on a sentence that tells ("it went fine, you know?", "we shipped it, didn't we?") asks
# nothing.
_TAG_QUESTION = re.compile(
    r",\s*(?:you know|right|yeah|yes|no|ok|okay|see|huh|eh|innit|(?:is|was|were|are|did|do|does|"
    r"have|had)n['’]t (?:it|I|we|you|he|she|they)|don['’]t you think)\s*\?[\W]*$",
    re.IGNORECASE)
_QUESTION_MARK = re.compile(r"\?[\"”’')\]]*\s*$")
# A question the candidate puts to themselves opens as one: "Did I escalate?", "So what did I
# do?" ("I asked her, could we wait?" tells a step: asking her).
_INTERROGATIVE = re.compile(
    r"^\W*(?:(?:and|so|but|well|okay|ok|now|then|right),?\s+)*(?:did|do|does|was|were|is|are|"
    r"have|has|had|would|could|should|can|will|what|why|how|who|where|when|which)\b",
    re.IGNORECASE)


def asks_back(text: str) -> bool:
    """Whether a sentence puts a question rather than telling anything: it ends on a question
    mark that no tag ("…, you know?") adds."""
    return bool(_QUESTION_MARK.search(text)) and not _TAG_QUESTION.search(text)


def questions_put(spans: Sequence[Span], asked: Mapping[int, Reply]) -> frozenset[int]:
    """The sentences that put a question instead of telling the story: the ask said back before
    its reply ("Escalate it to her boss?", "My call or my manager's?") and a question the
    candidate puts to themselves ("Did I go over her head? No."). Either tells no step."""
    return frozenset(i for i, span in enumerate(spans) if (
        i in asked and asked[i].echoed or _INTERROGATIVE.match(span.text) and asks_back(span.text)))


def insertion(span: Span, said_back: str) -> tuple[int, int, str]:
    """Where the ask said back goes into a bare reply (an offset into the answer) and its
    words: before the closing stop, so "No, never." reads "No, never, I did not go over her
    head."."""
    end = span.start + len(span.text.rstrip(" .!"))
    return end, end, f", {said_back}"


@dataclass(frozen=True)
class Clause:
    """One clause of the answer and its reading."""

    sentence: int
    span: Span
    actor: Actor
    owner: Actor
    """Whose claim it is: the speaker of reported speech, the main clause of a subordinate."""
    mode: Mode
    role: Role
    reported: bool = False
    """Part of what someone said, wrote or thought, reported or quoted."""
    narrated: bool = False
    """A step of a past story told in the present ("So I go to her and I offer to help"): the
    narrative present of speech and of many non-native speakers, not a habit."""

    @property
    def text(self) -> str:
        """The clause's own words."""
        return self.span.text

    @property
    def by_candidate(self) -> bool:
        """The candidate's (or their team's) own claim or step."""
        return self.owner in ("candidate", "team")


# --- splitting -------------------------------------------------------------------------------

_PRONOUN_SUBJECT = r"(?:I|I'm|I've|I'd|I'll|we|we'd|we've|we're|he|she|they|it|there|you)\b"
# A subject noun phrase must be followed by a verb to count ("and the team shipped it"), so
# "the logs and the metrics showed" is not split at "and".
_VERB_WORDS = (
    r"was|were|had|has|have|is|are|did|didn't|does|doesn't|went|got|said|"
    r"told|made|took|came|kept|gave|ran|built|wrote|found|saw|would|could|will|can|should|"
    r"might|never|still|also|just|finally|then|began|left|lost|won|fell|rose|grew|became|"
    r"brought|thought|felt|knew|sent|set|put|cut|met|spent|stood|shut|led|paid|sold|held|"
    r"wouldn't|couldn't|wasn't|weren't|hasn't|haven't|hadn't|won't|can't|isn't|aren't|don't|"
    # the irregular pasts a new subject opens on: "but Jo hardly spoke", "and Jo drove over"
    r"spoke|sat|drove|chose|drew|dug|sought|threw|flew|wore|broke|stuck|shook|swore|woke|"
    r"rode|struck|sang|rang|forgot|understood|meant|heard|caught|bought|taught|quit|slept|"
    r"fought|forgave|overslept|withdrew"
)
_VERBISH = (
    r"(?:(?:\w+ly|later|then|also|just|finally|eventually|still|even|never|actually|soon|once|"
    rf"quickly|immediately|first|again|already|now)\s+)?(?:\w+ed|{_VERB_WORDS})\b"
)
_NOUN_SUBJECT = (
    r"(?:(?:my|our|his|her|their|the|this|that|a|an|one|two|three|every|each|no|all|some|most)"
    r"\s+(?:[\w'-]+\s+){1,2}|(?:nobody|no one|everyone|everybody|someone|somebody)"
    r"(?:\s+else)?\s+|"
    r"[A-Z][a-z]+\s+)"
)
_SUBJECT = rf"(?:{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT}{_VERBISH})"
_SUBORDINATORS = (
    # "has since stopped" ("she's since stopped", "they'd since moved") is an adverb, not a
    # reason
    r"because|(?<!has )(?<!have )(?<!had )(?<!'ve )(?<!'s )(?<!'d )since(?!\s+(?:then|"
    r"that\s+(?:day|point|time)|\d|last|early|late|january|february|march|april|may|june|july|august|september|october|november|december|"
    # ("he was late since long time": second-language English's "for a long time")
    r"(?:a\s+)?long\s+time))|"
    r"although|(?<!even )though|even though|whereas|while|unless|until|so that|which|whereupon"
)
_TEMPORAL = r"when|after|before|once|if|as soon as"
_COORD = r"and|but|so|yet|or|then|and then|and so"
# A hedge set off by commas inside a clause: no clause of its own. (Fillers such as "you know"
# stay cut off: inside a clause the flag reader takes them for a tone.)
_ASIDE = (r"(?:I (?:think|guess|believe|suppose|reckon|want to say|would say)|I'd say|"
          r"if I remember (?:right|correctly))\s*(?:,|[.!?]*\s*$)")
# Where a sentence is cut into clauses (`_cut_ends`). Each way opens on the character it is
# found at (a space, a mark, a comma, a word): ways opening on different characters never match
# at the same place, so they are grouped by that character without changing what is found, and
# the engine passes over a group whose character is not there with one comparison. For that,
# "\s+" is written "\s\s*", and a lookbehind before it is moved past the first space ("(?<!\bnot)
# \s+" is "\s(?<!\bnot\s)\s*"): each matches exactly what it did.
_CUT_PLAIN = (
    # punctuation that separates clauses
    r"\s\s*[;:]\s+(?=\S)|\s\s*[—–]\s*|\s\s*-\s+"
    # a subordinator without a comma (not the "until" a negation fronts: "It wasn't until the
    # stores called that anyone noticed" is one denial)
    rf"|\s(?:(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)|(?!until\b))\s*"
    rf"(?=(?:{_SUBORDINATORS})\s+(?!(?:of|to)\b))"
    # a temporal connective (a piece with no verb joins back: "after the meeting"); "never
    # once", "not once" is emphasis, no time clause
    # ("what if we pour the six good bays today" proposes, and "as if" compares: no condition
    # cut from its words)
    # (not between a coordinator and the span of time it opens its clause on: "…and her
    # receipt, | and after two weeks they send a new battery")
    rf"|\s(?<!\bnever\s)(?<!\bnot\s)(?<!\bwhat\s)(?<!\bas\s)\s*(?=(?:{_TEMPORAL})\s)"
    r"(?!(?<=,\sand\s)(?:after|before)\s+(?:a|an|one|two|three|four|five|six|\d+|a few|several)"
    r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b)"
    # a coordinator that opens a clause with its own subject ("and then he…" is one opening;
    # "since then he…", "from then on she…" too: there "then" is a time, not a coordinator)
    rf"|\s(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s)"
    rf"(?<!\bby\s)\s*(?=(?:{_COORD})\s+(?:\w+ly\s+|then\s+|also\s+|first\s+|instead\s+|now\s+)?"
    rf"{_SUBJECT})"
    # …and one whose subject is nobody or everybody, whatever verb follows: "and nobody check
    # them", "and everybody do his own samples" (as a second-language speaker tells it)
    r"|\s(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)\s*(?=(?:and|but|so)\s+(?:nobody|no one|everyone|"
    r"everybody|nothing)\s+(?:(?:on|in|at|from) (?:the )?(?!the\b)[\w-]+(?: [\w-]+)?\s+"
    r"(?=[a-z]{3,}\W*$))?"
    r"(?!else\b|of\b|in\b|at\b|on\b|from\b|who\b|that\b)[a-z]{2,})"
    # …or a step denied with the same subject: "Lena joined the group | and didn't really
    # trust our team", whose denial is not the joining's (in the present the denial goes on
    # with what it shares: "I'd make sure postings are in plain language and don't list…")
    r"|\s(?<!\band\s)(?<!\bbut\s)\s*(?=(?:and|but)\s+(?:didn't|did not|never|couldn't|"
    r"could not|wouldn't|would not|wasn't|was not|weren't|were not)\s+"
    r"(?:really\s+|even\s+|actually\s+|quite\s+)?[a-z]{2,})"
    # …or one named again between commas: "and one customer, Mr Okafor, was not trusting us"
    r"|\s(?<!\band\s)(?<!\bbut\s)(?<!\bso\s)\s*(?=(?:and|but|so)\s+(?:one|the|our|my|a|an)\s+"
    r"[\w-]+(?:\s+[\w-]+)?,\s+[A-Z][\w.]*(?:\s+[A-Z]\w+)?,\s+(?:\w+ly\s+)?(?:was|were|is|are|had|"
    r"has|did|would|could|\w+ed)\b)"
    # the punctuation with no space before it
    r"|[;:]\s+(?=\S)|[—–]\s+"
    # a comma before a coordinator, subordinator or temporal connective
    rf"|,\s+(?=(?:{_COORD}|{_SUBORDINATORS}|{_TEMPORAL}|who|where)\b)"
    # a comma before a second step with the same understood subject: "- didn't wait for the
    # vendor, pulled 12 people from returns", "I called him, asked for the logs"
    r"|,\s+(?=(?:(?:didn't|never|then|also|just)\s+)?(?:\w{3,}ed|built|wrote|ran|made|took|"
    r"met|sent|went|spoke|brought|found|chose|gave|held|kept|told|dug|got|shipped|rewrote|"
    r"rebuilt|paid|sold|drove|bought|caught|threw|flew)\s+(?:\w+\s+){0,2}?(?:the|a|an|my|our|"
    r"his|her|their|it|them|him|up|out|back|one|two|three|\d+)\b)"
    # a comma before a new subject: "it stayed good, we still talk"; not before a hedge set
    # off by commas, which hedges the clause it sits in ("Tickets dropped, I think, by 15%")
    rf"|,\s+(?!{_ASIDE})(?=(?:(?:maybe|perhaps|probably)\s+)?(?:I|we|he|she|they)\s+"
    r"(?!(?:and|or)\b)\w)"
    # …or a new subject with its verb: "it was float, not decimal", "we'd scoped 4"
    rf"|,\s+(?!{_ASIDE})(?=(?:I'[a-z]+|we'[a-z]+|they'[a-z]+|it|you|(?!(?:and|or|but)\s)"
    rf"{_NOUN_SUBJECT}{_VERBISH}))"
    # …or everyone or no one with a verb in the present: "I started going round the table,
    # everyone gets two minutes"
    r"|,\s+(?=(?:everyone|everybody|nobody|no one|someone|somebody|anyone|anybody)\s+"
    r"(?:\w+ly\s+)?[a-z]+[^s\W]s\b)"
    # a step left unsaid after a comma, in terse notes: "guy was clueless, didn't bother
    # explaining"
    r"|,\s+(?=(?:didn't|did not|never|couldn't|could not)\s+[a-z]{2,}\b)"
    # a comma after a reporting frame before a quote
    r"|,\s+(?=[\"“])"
    # a count hedged after the step it counts, which the doubt leaves told: "did a couple of
    # online courses, | two I think"
    r"|,\s+(?=(?:maybe\s+|about\s+|around\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twice)\s+(?:I think|I guess|I believe|I reckon|if I remember)\b)"
    # the comma that closes an opening subordinate clause: "If it fell over, merchants…"
    rf"|^(?:{_TEMPORAL}|{_SUBORDINATORS})\b[^,;]{{3,80}}?,(?=\s)"
)
# After a frame: what someone said, found or learned.
_CUT_AFTER_FRAME = (
    # reported speech: "she said (that) ...", "I told him that ...", "he argued ...", with
    # whom and when in between: "told our VP that", "told me on Monday that", "said plainly
    # that"
    r"\b(?:said|says|told \w+|(?<=\bwas )telling \w+|(?<=\bwere )telling \w+|asked|argued|"
    r"insisted|explained(?: (?:me|us|him|her|them))?|mentioned|claimed|replied|"
    r"warned|suggested|wrote|emailed|felt|believed|thought|realised|realized|admitted|agreed|"
    r"proposed|recommended|(?<=\bI )(?:propose|suggest)(?: to (?:my |the |our |his |her )?\w+)?|"
    r"pointed out|promised|noted|kept (?:telling \w+|saying|repeating|reporting|insisting|"
    r"claiming|complaining)|complain(?:ed|s)?)"
    r"(?:\s+(?:on|in|at|during|after|over|by) (?:the )?[\w-]+|\s+\w+ly|\s+(?:later|afterwards|"
    r"again|then|once|back)|\s+to (?:me|us|him|her|them)|\s+(?:since|for) (?:a )?long time)?"
    r"(?=,?\s+(?:that\b|[\"“]))"
    # …and its content with no "that": "I said I didn't know", "he told me we'd lose them"
    # (told in the present too, as non-native speakers and storytellers do: "he say he did
    # not know", "I tell him we waste food")
    # ("I'd say we found it", "I wouldn't say I'm strict", "I'd love to say I owned it": a
    # stance or a wish, one clause)
    r"|\b(?:said|says|(?<!\bto )(?<!'d )(?<!\bwould )(?<!\bwouldn't )(?<!\bwould not )say|"
    r"told (?:me|him|her|them|us)|tells? (?:me|him|her|them|us)|argued|"
    r"insisted|explained|claimed|replied|complain(?:ed|s)?|"
    r"warned|admitted|promised|realised|realized|thought|felt)(?=,?\s+(?:(?:next time|later|"
    r"afterwards|(?!only\b)\w+ly),?\s+)?(?:I|we|he|she|they|"
    r"you|I'd|we'd|he'd|she'd|they'd|I'm|we're|they're|it(?:'s|\s+(?:was|is|would|wasn't|"
    r"isn't|had|will|could|might))|there(?:'s|\s+(?:is|was|are|were|will)))\b)"
    # …or a thing as its subject, its verb close behind: "my manager said | the launch date was
    # not negotiable", "the vendor told us | the sensors always drift" (a thought, "I thought
    # the timeline was…", stays one hedged clause)
    r"|\b(?:said|says|(?<=\bhe )say|(?<=\bshe )say|(?<=\bthey )say|(?<=\bwe )say|"
    r"(?<=\bI )say|told (?:me|him|her|them|us)|"
    r"tells? (?:me|him|her|them|us)|argued|insisted|"
    r"explained|claimed|replied|warned|admitted)(?=,?\s+(?:the|our|my|their|his|her|this|these|"
    r"those|every|each|no|all)\s+(?:(?!(?:it|he|she|they|we|I|you)\b)[\w-]+\s+){1,2}?(?:was|"
    r"were|is|are|had|has|would|could|will|wasn't|weren't|isn't|aren't|didn't|always|never|"
    r"must|should|can|can't|won't)\b)"
    # what the candidate (or anyone) found out: "I saw | that she approved it", "it turned out |
    # he was working from another guideline", "I checked with support | that it had stopped"
    r"|\b(?:saw|seen|found|noticed|learned|learnt|discovered|heard|knew|checked|calculated|"
    r"confirmed|showed|figured out|found out|turned out|turns out|came out)(?:\s+(?:him|her|"
    r"them|us|me|"
    rf"myself|with (?:the )?[\w-]+(?: team)?))?(?=\s+that\s+(?:\S+\s+){{0,8}}?{_VERBISH})"
    r"|\b(?:turned out|turns out)(?=,?\s+(?:I|we|he|she|they|it|there|the|our|my|his|her|"
    r"their)\b)"
    # a pseudo-cleft and what it names: "What I learned is | that people back what they
    # helped write", "What I took from it was | that…"
    r"|\bwhat (?:I|we) (?:\w+ ){0,3}?(?:is|was)(?=,?\s+that\s)"
    # …and said to someone with nobody or everyone as its subject: "I told her | nobody
    # expects a first-year to know this"
    r"|\b(?:said|told (?:me|him|her|them|us))(?=,?\s+(?:that\s+)?(?:nobody|no one|everyone|"
    r"everybody|nothing|everything)\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\b)"
    # how someone took what the teller did: "Bogdan wasn't happy | that I had gone over his
    # head" (his not being happy denies nothing of what was done)
    r"|\b(?:happy|unhappy|pleased|upset|annoyed|angry|furious|glad|surprised|relieved|"
    r"disappointed|worried|grateful)(?=\s+that\s+(?:I|we|he|she|they)\b|\s+(?:I|we|he|she|"
    r"they)(?:['’](?:d|ve))?\s+(?:had\s+|have\s+)?(?:\w+ed|went|gone|did|done|took|made|said|"
    r"told|left|got)\b)"
)
_SPLIT = re.compile(f"{_CUT_PLAIN}|{_CUT_AFTER_FRAME}", re.IGNORECASE)
# A piece ending on how someone felt, cut before the step they felt it about (`_CUT_AFTER_FRAME`).
_FELT_ENDING = re.compile(
    r"\b(?:happy|unhappy|pleased|upset|annoyed|angry|furious|glad|surprised|relieved|"
    r"disappointed|worried|grateful)$", re.IGNORECASE)
# A frame needs one of a few dozen words; most sentences hold none, and looking for them costs a
# small part of what trying the frames at every word does.
_SPLIT_PLAIN = re.compile(_CUT_PLAIN, re.IGNORECASE)


@lru_cache(maxsize=1)
def _frame_words() -> tuple[tuple[str, ...], bool] | None:
    """The words one of which every frame contains (`regexes.needles_of`), and whether they are
    lowered."""
    return re.needles_of("clause-frames", _CUT_AFTER_FRAME, re.IGNORECASE)


@lru_cache(maxsize=1)
def _frame_scan() -> tuple[re.Pattern[str], bool] | None:
    """The frame words (`_frame_words`) as one pattern matching wherever one of them is
    (`regex_gate.scan_pattern`), and whether they are lowered: the engine looks for all of them
    (some seventy) in one pass over a sentence, where an `in` for each cost a third of cutting
    it."""
    words = _frame_words()
    return None if words is None else (
        re.compile(scan_pattern(words[0]), spans_only=True), words[1])


@lru_cache(maxsize=1)
def _lowered_cuts() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """`_SPLIT` and `_SPLIT_PLAIN` written in lower case (`regex_gate.lowered_source`), to be
    run without IGNORECASE on a text that lowers exactly: the engine then compares characters
    as they are, where ignoring case it lowers each one it compares (the cuts cost about half
    as much). None when they cannot be. Lowering them takes a few milliseconds: done once per
    version of the patterns."""
    written = (_SPLIT.pattern, _SPLIT_PLAIN.pattern)

    def read() -> list[str | None]:
        return [lowered_source(pattern) for pattern in written]

    split, plain = computed("clause-cuts-lowered", repr(("lowered", written)).encode(), read)
    return None if split is None or plain is None else (re.compile(split), re.compile(plain))


def _cut_ends(text: str, first: int) -> set[int]:
    """Where `_SPLIT`'s cuts of `text` end, from `first` on: without the frames where the text
    holds none of their words (a text with a character `re` takes for an ASCII letter that
    lowering does not give is looked at whole: `regex_gate.lowers_exactly`)."""
    scan = _frame_scan()
    lowered = text.lower() if lowers_exactly(text) else None
    if scan is None or scan[1] and lowered is None:
        framed = True
    else:
        seen = lowered if scan[1] and lowered is not None else text
        framed = scan[0].search(seen) is not None
    # (from `first` on as a text of its own, so that a clause opening after a STAR heading opens
    # as a sentence does: "Learning: When I push back, | bring a way to test who is right")
    cuts = _lowered_cuts()
    if cuts is not None and lowered is not None and len(lowered) == len(text):
        # (the same matches, at the same places: only where they end is read)
        return {first + m.end() for m in cuts[0 if framed else 1].finditer(lowered[first:])}
    return {first + m.end() for m in (_SPLIT if framed else _SPLIT_PLAIN).finditer(text[first:])}


_HEADING = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<name>situation|context|background|task|goal|problem|action|actions|"
    r"what i did|result|results|outcome|impact|learning|learnings|lessons?|reflection|decision|"
    r"takeaways?)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
_TIME_HEADING = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:on|by|next|that|the next|the following|early|late) )?(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|"
    # a note's weekday, with its hour: "Fri ~4pm:", "Mon:"
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:\s+~?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?|"
    r"(?:next )?(?:morning|afternoon|evening|"
    r"night)|tonight|today|tomorrow|day (?:\d+|one|two|three)|week (?:\d+|one|two|three)|"
    # a note's span of time: "First 2 wks:", "first three months:", "Wk 1:"
    r"(?:first|next|last|the first) (?:\d+|two|three|four|five|six|few) (?:days?|wks?|weeks?|"
    r"months?|mos?)|wk \d+|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?: (?:morning|afternoon|evening|night))?\s*:\s+",
    re.IGNORECASE)
_HEADING_ROLE: dict[str, Role] = {
    "situation": "situation", "context": "situation", "background": "situation",
    "task": "task", "goal": "task", "problem": "dispute", "action": "action",
    "actions": "action", "what i did": "action", "result": "result", "results": "result",
    "outcome": "result", "impact": "result", "learning": "reflection", "learnings": "reflection",
    "lesson": "reflection", "lessons": "reflection", "reflection": "reflection",
    "decision": "decision",
    "takeaway": "reflection", "takeaways": "reflection",
}
MIN_CLAUSE_WORDS = 2


# What tells that a piece of a sentence has a verb (`has_verb`): a subject pronoun, a verb form
# (`_VERBISH`: where one follows an adverb, it is there without it too, and "\w+ed" ends in
# "ed" after a letter of the same word), or another verb.
_PERSON_WORD = re.compile(rf"\b{_PRONOUN_SUBJECT}", re.IGNORECASE)
# (a verb word is a whole word, or one after a prefix: "this", "his" and "input" hold no "is"
# or "put", where "rebuilt" and "upheld" are "built" and "held" done again or kept)
_VERB_FORM = re.compile(rf"\Bed\b|\b(?:re|un|over|under|mis|with|up)?(?:{_VERB_WORDS})\b",
                        re.IGNORECASE)
_OTHER_VERB = re.compile(
    r"\b(?:meant|heard|understood|agreed|wanted|needed|"
    r"showed|shows|means|seemed|happened|worked|helped|cost|hit|let|read|became|began|"
    # the present of speech, as a story told in the present reports it: "one lady says to me",
    # and as a second-language speaker does, a frame cut from what was said: "my manager say |
    # next time I should call"
    r"says|tells|asks|replies|answers|(?<=[a-z] )say$|"
    # a present verb after how often it happens: "the boiler always fails", "the sensors
    # usually drift"
    r"\b(?:always|usually|often|sometimes|rarely|normally)\s+[a-z]{3,}\b)|"
    # a word ending in "-ing" before its object: "including a nightly diff"
    r"\Bing\s+(?:the|a|an|our|my|it|them|him|her|to)\b|"
    # everyone or no one with a verb in the present: "everyone gets two minutes"
    r"\b(?:everyone|everybody|nobody|no one|someone|somebody|anyone|anybody)\s+(?:\w+ly\s+)?"
    r"[a-z]+[^s\W]s\b|"
    # a name with "is" or "has" run on: "Steve's not happy, | he escalates it"
    r"\w['’]s (?:not|never)\b",
    re.IGNORECASE,
)


# Someone named, or "who", with a present verb and its object: "and Bogdan now sends me his
# drafts", "whoever reviews this". (A capital opening the piece may be any word.)
_THIRD_PERSON_STEP = re.compile(
    r"(?:(?<=\s)[A-Z][a-z]+|\b(?:who|whoever))\s+(?:(?:now|still|also|always|never|then|"
    r"[a-z]+ly)\s+)?[a-z]{2,}[^s\W]s\s+(?:me|us|him|her|them|it|the|a|an|his|their|our|my|"
    r"this|that|these|those)\b")


# A group or a thing named with its determiner, and its step in the present: "and our team
# decides to change the layout", "but the client agrees to a trial", "and one of our customers
# complains that…", and a plural's: "and the developers fix most of them".
_THEIR_STEP_NOW = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)*(?:one of\s+)?(?:the|our|my|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:[a-z-]+"
    # (named again between commas: "and one of our customers, a leisure centre, complains")
    r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+,)?"
    r"\s+(?:(?:then|also|just|finally)\s+)?[a-z]{2,}[^s\W']s|"
    r"[a-z-]+s\s+(?:(?:then|also|just|finally)\s+)?(?!(?:are|were|was|have|had|did|does|will|"
    r"would|can|could|should|might|must|may|from|with|into|onto|over|under|about|after|before|"
    r"behind|across|through|like|near|off|out|for|and|but|not)\b)[a-z]{2,}[^s\W'])(?:\s+(?:to|me|"
    r"us|him|her|them|it|the|a|an|his|their|our|my|this|that|most|all|some|every)\b|\W*$)")


# Someone's step with the bare verb that second-language English puts after a singular subject:
# "Last spring one junior want to merge a change", "one day the conveyor stop and…", "the
# professor send email to whole group".
_BARE_STEP_AFTER_NOUN = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)*(?:(?:last|this|that|one|next) (?:[a-z]+ )?(?:day|week|"
    r"month|year|night|morning|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday),?\s+|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday),?\s+)?(?:the|one|our|my|his|her|their|this|that)\s+(?:[a-z-]+\s+)?[a-z-]+\s+"
    r"(?:then\s+|also\s+|just\s+)?(?:want|need|come|go|send|call|tell|say|ask|stop|open|break|"
    r"decide|agree|refuse|give|take|bring|start|find|see|make|leave|write|talk|change|try|"
    r"complain|show|put|keep|get|run|move|fix|check|approve|reject|cancel|arrive|return|become|"
    r"drop|fall|rise|increase|decrease|fail|crash|work|stay|remain|reach|grow|improve|happen|"
    r"know|understand|notice|forget|lose|win|pay|use)\b(?!\s+(?:of|for)\b)", re.IGNORECASE)


# …and after no one or everyone: "but nothing change", "and nobody check them".
_NOBODYS_STEP = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)*(?:nobody|no one|nothing|everyone|everybody)\s+(?:(?:on|in|"
    r"at|from) (?:the )?(?!the\b)[\w-]+(?: [\w-]+)?\s+(?=[a-z]{3,}\W*$))?(?!(?:else|of|in|at|on|"
    r"from|who|that|which|but|and|or|is|was|were|are)\b)[a-z]{3,}\b", re.IGNORECASE)


# "Me" in a subject with someone else, as colloquial and second-language English says "Gary
# and I": "and Gary and me present the list", "me and the buyer agree"; the word after it is
# the verb, not a preposition ("to Tom and me about it").
_ME_WITH = re.compile(
    r"^\W*(?:(?:and|but|so|then),?\s+)*(?P<who>(?:[A-Z][a-z]+|(?:the|my|our) [\w-]+) and me|me and "
    r"(?:[A-Z][a-z]+|(?:the|my|our) [\w-]+))\s+(?!(?:to|about|for|with|in|on|at|from|and|or)\b)"
    r"[a-z]{3,}\b")


def subject_me(clause: Clause) -> tuple[int, int, str] | None:
    """Where a clause opening on "Gary and me" or "me and Gary" has its "me", and the "I" it
    stands for, so the step is matched as "Gary and I presented it" is."""
    found = _ME_WITH.match(clause.text)
    if found is None:
        return None
    me = re.search(r"\bme\b", found.group("who"))
    assert me is not None  # the subject holds "me" by construction
    at = clause.span.start + found.start("who") + me.start()
    return at, at + 2, "I"


@lru_cache(maxsize=4096)  # asked of a clause as it is cut, and again as it is read
def has_verb(text: str) -> bool:
    """Whether `text` has a verb, or a subject that brings one ("Lots of synergy" has none).

    Three patterns searched in turn, the commonest first, cost about a quarter of the one
    alternation they were (the engine tried all of its branches at every character), and a
    review asks this dozens of times.
    """
    return bool(_PERSON_WORD.search(text) or _VERB_FORM.search(text)
                or _OTHER_VERB.search(text) or _THIRD_PERSON_STEP.search(text)
                or _ME_WITH.match(text) or _THEIR_STEP_NOW.match(text)
                or _BARE_STEP_AFTER_NOUN.match(text) or _NOBODYS_STEP.match(text))


# "I asked him which parts he wanted", "I knew what was coming": an embedded question is the
# object of its verb, not a clause of its own.
_ASKED_WHAT = re.compile(
    r"\b(?:ask|asks|asked|asking|know|knew|wonder|wonders|wondered|check|checked|decide|"
    r"decided|explain|explained|show|showed|tell|told|understand|understood|figure out|"
    r"find out|found out|learn|learned|see|saw)(?:\s+(?:him|her|them|me|us|\w+))?"
    r"(?:\s+(?:the\s+)?\w+){0,2}"
    # (who was asked, named with a word on who they are: "So I ask Olu, he's the field tech, |
    # if he can go and check it")
    r"(?:,\s+(?:he|she|they)['’](?:s|re) (?:the|our|my|a|an|their|his|her) [\w-]+(?: [\w-]+)?)?$",
    re.IGNORECASE)
# Who was asked, named with a word on who they are: "So I ask Olu, he's the field tech, if he can
# go and check it" asks him, the comma notwithstanding.
_WHO_THEY_ARE = re.compile(r",\s+(?:he|she|they)['’](?:s|re) (?:the|our|my|a|an|their|his|her) "
                           r"[\w-]+(?: [\w-]+)?$")
# "I asked the billing lead | if I could take it on": "if" asks whether; no condition.
_WH_WORD = re.compile(r"^(?:which|what|whether|how|who|if)\b", re.IGNORECASE)
# A connective before a phrase with no clause in it: "after the first missed review", "before
# committing to any date", "since becoming a manager". A participle between a determiner and its
# noun ("the first missed review") is an adjective, not a verb.
_NO_CLAUSE_AFTER_CONNECTIVE = re.compile(
    r"^(?:after|before|since|until|while|when|once|without|instead of)\s+(?:\w+ing\b(?!\s+(?:"
    r"was|were|is|are|had|has))(?!.*\b(?:would(?:'ve| have)?|could(?:'ve| have)?|would've|"
    r"will|was|were|is|are|had|has)\b)|(?:the|a|an|my|our|his|her|their|this|that|its)\s+(?:[\w-]+\s+)?"
    r"\w+ed\s+[\w-]+(?<!ed)[.!?]?$)",
    re.IGNORECASE)


# A condition, time or reason with a subject and a word after it is a clause whatever its verb
# ("if the others agree", "when the results come", "If someone disagrees with me"), where
# "because of the outage" or "when the team" has none.
_SUBJECT_AFTER_CONNECTIVE = re.compile(
    r"^(?:(?:and|but|so|only|even|just),?\s+)*(?:if|unless|when|whenever|because|although|"
    r"though|even though)\s+(?:(?:I|we|he|she|they|you|it|someone|somebody|everyone|everybody|"
    r"nobody|anyone|anybody|people|others)|(?:the|my|our|his|her|their|your|a|an|this|that|"
    r"these|those|every|each|no|some|any)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:\w+ly\s+)?"
    r"(?!(?:of|to|in|on|at|for|with|and|or|from|by|as|than)\b)[a-z]{2,}\b",
    re.IGNORECASE)


# A hedge with nothing to hedge but the clause after it.
_HEDGE_ALONE = re.compile(r"^(?:(?:and|but|so),?\s+)?(?:I|we) (?:think|guess|suppose|believe|"
                          r"reckon)(?: (?:mostly|partly|maybe|probably|mainly|just))?,?$",
                          re.IGNORECASE)
_I_MEAN_ALONE = re.compile(
    r"^(?:(?:and|but|so|or),?\s+)?(?:I mean|if I'm (?:being )?(?:honest|fair|frank)|"
    # "I'll be honest with you, | the rollout didn't go well": a preface, not a step
    r"(?:I'm going to|I'll|I will|let me|I have to|I've got to|I must) be (?:real|honest|frank|"
    r"straight|blunt)(?: with you)?),?$", re.IGNORECASE)
# "the PM, who, bless her, | never sent notes": a relative pronoun and an aside opens the clause
# after it, whose subject it is.
_RELATIVE_ALONE = re.compile(
    r"^(?:who|which)(?:,?\s+(?:like|you know|I mean|um|uh|er|well|honestly|basically|actually|"
    r"frankly|admittedly|bless (?:her|him|them)|to (?:his|her|their) credit|to be fair|"
    r"in fairness(?: to (?:him|her|them))?))+,?$", re.IGNORECASE)
# "And then me | and the exams officer rang the board": the first of two subjects spoken as
# "me", cut from the second by the "and" that joins them (`_ME_WITH` reads the pair).
_ME_ALONE = re.compile(r"^(?:(?:and|but|so|then|after that|next day),?\s+)*me$", re.IGNORECASE)
_BROKEN_BY_FILLER = re.compile(
    r"\b(?:the|a|an|to|of|in|on|at|for|with|from|into|onto|my|our|their|his|her|its|your|this|"
    r"these|those)\W+(?:(?:um+|uh+|er+|erm+|ah+|like|well|you know|sort of|kind of)\W*)+$",
    re.IGNORECASE)
_COORDINATED = re.compile(r"^(?:but|yet|and|so)\s+\w+", re.IGNORECASE)
_BULLET_COMMA = re.compile(r",\s+(?=\S)")
# A role at the head of a clause with its holder's name set off after it: "and our lead, Mark,
# decided…" (not "I emailed my manager, Sam, and…", where the name ends the candidate's clause).
_NAMED_ROLE = re.compile(
    # (after a word that opens a clause too: "the situation was that my manager, Deepa, told…")
    r"(?:^|(?<=, )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bthen )|(?<=\bthat )|(?<=\bwhen )|"
    r"(?<=\bbecause )|(?<=\bwhile )|(?<=\bafter )|(?<=\bbefore )|(?<=\bsince )|(?<=\bwas ))"
    r"(?:[Oo]ur|[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(?=(?!(?:and|but|so|then|who|which|whom|whose|that|"
    r"because|though|although|when|while|if|as|or|nor|after|before|since|until)\b)[a-z])")
# A step written after an arrow, as notes write what followed ("worried re the ceremony → booked
# ramp taxi", "invited colleagues to sit in → 2 came"); an arrow between numbers is a before and
# after ("23 days → 6").
_ARROW = re.compile(r"\s*(?:→|->|=>)\s*(?=[A-Za-z]|\d[\d,.]*\s+[A-Za-z])")
BULLET_FACT_WORDS = 3
"""Words from which a verbless part of a bullet between commas is a fact of its own ("card
processor outage Friday 6pm"); a shorter one ("in March", "same week") qualifies its neighbour."""


_PREPOSITION = re.compile(r"^(?:to|in|on|at|for|by|with|from|of|after|before|during|over|under|"
                          r"into|onto|within|without|across|through|around|via|per|than|as|"
                          r"like|about)\b", re.IGNORECASE)


def _bullet_fact(text: str, left: int, right: int) -> bool:
    """Whether a verbless part of a bullet line stands as a fact ("card processor outage Friday
    6pm") rather than a phrase of its neighbour ("to the director")."""
    # A label is no part of the fact it names: "- After: better between us, …" tells a state,
    # however "After" would open a phrase.
    piece = _LABEL.sub("", text[left:right], count=1)
    if _NONE_OF_IT.match(piece) and len(piece.split()) >= 2:
        return True  # "- door fixed, no injuries": what did not happen stands as told
    return len(piece.split()) >= BULLET_FACT_WORDS and not _PREPOSITION.match(piece)


_NONE_OF_IT = re.compile(r"^(?:no|nobody|none|nothing|zero)\b(?!-)", re.IGNORECASE)


_LABEL = re.compile(r"^[A-Za-z]+:\s*")
# A clause that opens on a pronoun picking up a subject named just before it.
_RESUMED_BY = re.compile(r"^(?:he|she|they|it)\b", re.IGNORECASE)
# A noun phrase closing a piece after a comma, with no verb of its own: "later that afternoon,
# the billing team".
_DISLOCATED = re.compile(r"(?:^|,\s*)(?:and |so |but |then )*(?:the|my|our|his|her|their|this|"
                         r"that)\s+(?:[\w'-]+\s+){0,3}[\w'-]+,?$", re.IGNORECASE)


def _dislocated(piece: str) -> bool:
    """Whether `piece` ends on a subject named with no verb of its own (`_DISLOCATED`)."""
    subject = _DISLOCATED.search(piece)
    return subject is not None and not has_verb(subject.group())


# An opening subordinate clause told without its comma: "When she was off sick I rebuilt the
# rota" is two clauses, hers and the candidate's, as it is with the comma.
_OPENS_SUBORDINATE = re.compile(
    rf"\W*(?:(?:and|but|so|then)\s+)?(?:{_TEMPORAL}|because|although|though|even though|while|"
    r"unless|until)\s", re.IGNORECASE)
_MAIN_SUBJECT = re.compile(r"(?<=\s)(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?=\s+[a-z])")
# A subject pronoun after these words starts no main clause: it is what was said or known
# ("When she told me I could go"), a relative clause ("When the rota I made fell apart"), or
# one of two subjects ("When Jo and I met").
_NOT_BEFORE_MAIN = frozenset(
    "that than as what who whom which where whether if and or nor but said told asked thought "
    "knew realised realized felt guessed hoped heard saw noticed found decided meant because so "
    "how why when until once before after since while unless say tell ask think know feel "
    "says tells thinks knows".split())
_FRAMING = frozenset("said told asked thought knew realised realized felt heard saw noticed "
                     "found decided say tell ask think know feel".split())
_DETERMINERS = frozenset("the a an my our your his her their this that these those every each "
                         "any some no".split())


def _unmarked_main(text: str, first: int) -> set[int]:
    """Where the main clause after an opening subordinate clause with no comma begins, for the
    clause that starts at `first`."""
    opening = _OPENS_SUBORDINATE.match(text, first)
    if opening is None:
        return set()
    for match in _MAIN_SUBJECT.finditer(text, opening.end()):
        between = text[opening.end():match.start()]
        if any(mark in between for mark in ",;:()—–"):
            break
        words = [w.strip("\"'“”‘’").lower() for w in between.split()]
        if (len(words) < 2 or words[-1] in _NOT_BEFORE_MAIN or words[-2] in _FRAMING
                or words[-2] in _DETERMINERS):
            continue
        if has_verb(text[first:match.start()]) and has_verb(text[match.start():]):
            return {match.start()}
        break
    return set()


# A subject in the plural and its verb in the present: "the guys start telling him".
_PRESENT_STEP = re.compile(r"\b(?:the|our|my|his|her|their|two|three|all)\s+(?:[a-z-]+\s+)?"
                           r"[a-z]+s\s+(?:start|begin|stop|keep|come|go|say|tell|ask|call|want|"
                           r"need|give|take|make|send|bring|try|use|get)\b")


def split_clauses(sentence: Span) -> list[Span]:
    """The clauses of one sentence, with offsets into the answer.

    A piece with no verb ("In March", "because of the outage") is not a clause: an opening one
    joins the clause after it, any other the clause before it.
    """
    text = sentence.text
    heading = _HEADING.match(text)
    first = heading.end() if heading else 0
    # Never inside brackets: "bins 14-03-B and 15-03-B held near-identical SKUs (same product,
    # different pack size)" is one clause, and half an aside quoted reads as a broken line.
    # A terse bullet is cut at every comma: each part is a fact of its own ("- we run payments
    # for 300 gyms, card processor outage Friday 6pm", "- ignored legal's comments, launched
    # anyway").
    bullet = bool(_BULLET_LINE.match(text))
    found = sorted(_cut_ends(text, first) | (
        {m.end() for m in _BULLET_COMMA.finditer(text, first)} if bullet else set()) | {
        m.end() for m in _ARROW.finditer(text, first)})
    # A name set off by commas after the role it names is no clause: "and our lead, Mark,
    # decided to push the release" keeps its subject. (Searched for once, and only in a text
    # with the two commas every such name has.)
    named = [(m.start(), m.end()) for m in _NAMED_ROLE.finditer(text, first)] if (
        found and text.count(",", first) >= 2) else []
    found = [end for end in found if not any(start < end <= stop for start, stop in named)]
    # (at the start of the sentence or of any clause: "He was in theatre, and | when he
    # called back he was irritated")
    found = sorted(set(found).union(*(_unmarked_main(text, at) for at in [first, *found])))
    cuts = [first] + [end for end in found
                      if text.count("(", 0, end) <= text.count(")", 0, end)] + [len(text)]
    pieces: list[list[int]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        chunk = text[start:end]
        left = start + len(chunk) - len(chunk.lstrip(" ,;:-–—"))
        right = start + len(chunk.rstrip(" ,;:-–—→=>"))
        if right > left:
            pieces.append([left, right])
    merged: list[list[int]] = []
    pending: int | None = None
    for at, (left, right) in enumerate(pieces):
        following = text[pieces[at + 1][0]:pieces[at + 1][1]] if at + 1 < len(pieces) else ""
        if pending is not None:
            left, pending = pending, None
        piece = text[left:right]
        # (after a comma, "which" opens a relative clause of its own: "nobody asked about the
        # delay, | which surprised me")
        if merged and (_ASKED_WHAT.search(text[merged[-1][0]:merged[-1][1]]) and
                       _WH_WORD.match(piece) and ("," not in text[merged[-1][1]:left] or
                                                  _WHO_THEY_ARE.search(text, 0, merged[-1][1]))
                       or _NO_CLAUSE_AFTER_CONNECTIVE.match(piece)):
            merged[-1][1] = right  # "asked him | which parts…", "…stepped in | after the review"
        elif following and _RESUMED_BY.match(following) and _dislocated(piece):
            # Spoken English names its subject, then picks it up again: "later that afternoon,
            # the billing team, | they confirmed it". The subject and what comes before it
            # belong to the clause that resumes it.
            pending = left
        elif _BROKEN_BY_FILLER.search(piece) and following:
            # "So I went over to the, um, the office and got the new list printed": a filler
            # after a word that needs one after it breaks a phrase, not a clause.
            pending = left
        elif (_HEDGE_ALONE.match(piece) or _I_MEAN_ALONE.match(piece)
              or _RELATIVE_ALONE.match(piece)
              or _ME_ALONE.match(piece) and following.lower().startswith("and ")) and following:
            # "I think mostly | because he was worried": it hedges the reason; "And I mean, | I
            # figured…" is a filler of the clause it opens
            pending = left
        elif (has_verb(piece) or _SUBJECT_AFTER_CONNECTIVE.match(piece)
              # (notes drop the "was" of how someone took the step told next: "- Bogdan unhappy
              # | I went over his head")
              or _FELT_ENDING.search(piece) and _PERSON_WORD.match(following)
              # (notes put an arrow between a state and the step it led to: "Hake flakier,
              # holds worse → re-tested dish", where "holds" reads as a noun)
              or _ARROW.match(text, right)) and len(
                piece.split()) >= MIN_CLAUSE_WORDS or (
                bullet and text[:left].rstrip().endswith(",") and _bullet_fact(text, left, right)
                # ("- hotel paid, not the guest": a contrastive tail stays with its clause)
                and not piece.lower().startswith("not ")):
            merged.append([left, right])
        elif merged:
            merged[-1][1] = right
        elif (_COORDINATED.match(following) and has_verb(following) or bullet and (
                _bullet_fact(text, left, right))) and (
                    len(piece.split()) >= MIN_CLAUSE_WORDS and (
                        "," in text[right:right + 2] or bullet and ";" in text[right:right + 2])):
            # A verbless statement a coordinator answers is a clause of its own, as a bullet's
            # verbless fact is: "Not my mistake (dentist ill) | but apologised", where "The
            # account manager | and I never saw eye to eye" is one subject and "In March" joins
            # the clause after it.
            merged.append([left, right])
        else:
            pending = left
    if pending is not None:
        if merged:
            merged[-1][1] = len(text.rstrip())
        else:
            merged.append([pending, len(text.rstrip())])
    base = sentence.start
    return [Span(base + s, base + e, text[s:e]) for s, e in merged] or [sentence]


# --- actor -----------------------------------------------------------------------------------

_LEAD = re.compile(
    # (first, a filler that asks the listener along: "As you can imagine, the client was
    # furious", before "as" alone is taken)
    # (a numbered item's marker is a bullet's: "2. Rang organiser")
    r"^(?:[\"“”'‘’(\[*•-]\s*|\d{1,2}[.)]\s+|(?:as you (?:can|could|might|may|would) "
    r"(?:imagine|guess|expect)|"
    # (a candour or fairness marker, before "if" alone is taken: "To be blunt, my manager did
    # not care", "If I'm honest, we didn't test it" are the manager's and the team's)
    r"to be (?:(?:perfectly|totally|completely|brutally|quite|really) )?(?:honest|fair|blunt|"
    r"frank|clear|straight)|if I'm (?:being )?(?:honest|fair|frank)|in (?:all )?(?:honesty|"
    r"fairness)|truth be told|quite frankly|candidly|admittedly|truthfully|"
    r"(?:I'm going to|I'll|I will|let me|I have to|I've got to|I must) be (?:real|honest|frank|"
    r"straight|blunt)(?: with you)?|"
    # ("So that meant the pick order was wrong": "that" is the subject, where "so that we could"
    # is a purpose)
    r"and then|and so|even though|so that(?! (?:meant|means|was|is|made|makes|left|caused|cost|"
    r"put|gave|took|had|has)\b)|as soon as|and|but|so|yet|only|"
    r"or|then|because|since|as|although|though|whereas|while|when|after|before|once|if|unless|"
    r"until|where|also|eventually|finally|later|first|second|third|"
    # ("Next day I call the supplier": a time without its article, read as one by _TIME_LEAD)
    r"next(?! (?:day|morning|afternoon|evening|night|week|weekend|month|shift)\b)|"
    r"ultimately|honestly|basically|actually|just|immediately|quickly|personally|afterwards|"
    r"meanwhile|instead|still|luckily|unfortunately|fortunately|obviously|frankly|well|ok|okay|"
    # hearsay ("Apparently I told him") is said of the subject after it
    r"apparently|reportedly|supposedly|allegedly|"
    # how often, said of the subject after it: "Usually I try to think people mean well"
    r"usually|normally|generally|typically|often|sometimes|always|"
    r"um|uh|er|hmm|ah|oh|look|right|yeah|yes|so yeah|like|anyway|anyways|plus|by the end|"
    # "I mean the thing with my skip-level was…": a filler, not the subject
    r"I mean(?= *,| (?:the|that|it|he|she|they|we|I|somebody|someone|nobody|everyone|"
    r"everybody)\b)|you know(?= *,)|now(?! that\b)|"
    r"in the end|at first|at that point|from then on|"
    r"after that|of course|in fact|at the time)\b[,]?\s*)",
    re.IGNORECASE,
)
# A time or place phrase before the subject, without a comma: "A few months later Priya…",
# "after two weeks she…", "within an hour I…".
_TIME_LEAD = re.compile(
    r"^(?:(?:a few|a couple of|two|three|four|five|six|several|some|many|\d+) (?:minutes|hours|"
    r"days|weeks|months|years|sprints|quarters) (?:later|after(?:wards)?|in|ago|on)|(?:a|one) "
    r"(?:day|week|month|year|sprint|quarter) (?:later|after|in)|(?:after|within|in|for|by|over|"
    r"during|around|at|on|until|before) (?:(?:the|a|an|one|two|three|four|five|six|that|this|"
    r"our|my|about|roughly|almost|\d+|first|next|last|same)\s+){0,3}(?:minutes?|hours?|days?|"
    r"weeks?|months?|years?|sprints?|quarters?|q[1-4]|morning|afternoon|evening|night|meeting|"
    r"call|review|standup|launch|time|week \d+|friday|monday|tuesday|"
    # (with what it is the end of, which a second-language telling says without an article:
    # "At end of term 27 of my 30 children do…")
    r"(?:end|start|beginning)(?: of (?:the |that |this |our |my )?(?:term|year|month|week|day|"
    r"quarter|shift|season|sprint|trial|pilot|project|summer|winter|spring|autumn))?|"
    r"wednesday|thursday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d{4})|"
    # ("Situation: Sometime last year I was…")
    r"(?:sometime |some time |early |late )?last (?:year|quarter|month|week|spring|"
    r"summer|fall|autumn|winter)|(?:the )?(?:next|following|same) (?:day|week|weekend|month|"
    r"morning|afternoon|evening|night|shift|quarter|sprint)|that (?:week|day|night|morning|"
    r"afternoon|quarter|time)|eventually|later|"
    # What holds since the story: "these days I sample…", "since that time I check…".
    r"these days|nowadays|today|ever since|since (?:then|that (?:time|day|incident))|"
    # A time that recurs or is picked out before the subject: "every sprint she would…", "one
    # Friday I asked…", "most nights the night shift…" (not "every week was a fire drill").
    # ("one January morning", "one Friday night": a named day or month before the time)
    r"(?:every|each|one|most|some) (?:other |single )?(?:(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday) )?(?:day|morning|afternoon|evening|night|"
    r"week|weekend|month|year|sprint|quarter|shift|time|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)s?(?=\s+(?:(?:after|before|at|in|on|during)\s+[^,]{1,30}?\s+)?"
    r"(?:I|we|he|she|they|you|the|our|my|his|her|their)\b)|"
    # which time of several: "The third time I called him to rebook"
    r"(?:the )?(?:first|second|third|fourth|fifth|last|next|other) time(?=\s+(?:I|we|he|she|"
    r"they)\b)|"
    r"then)\s+(?=\S)",
    re.IGNORECASE,
)
# A prepositional phrase right before a pronoun subject: "In my first lead job I promised…",
# "In that first chat with Steve I'm only bringing him the problem", and a purpose told first:
# "To make that work I cross-trained two cooks".
_PLACE_LEAD = re.compile(
    r"^(?:in|at|on|during|for|after|before|with|from|by|over|under|within|around|across|since|"
    r"as|to|in order to)\b[^,]{0,50}?\s(?=(?:I|we|he|she|they)(?:\s|['’](?:m|re|s)\s))",
    re.IGNORECASE,
)
# ("after two days like I promised": the pronoun's clause is joined to the phrase, not after it)
_JOINS = frozenset({"like", "as", "that", "because", "when", "which", "if", "so", "and", "but",
                    "where", "while", "since", "until", "once", "before", "after"})
_PRONOUN_AFTER = re.compile(r"(?:I|we|he|she|they)\s+(?!(?:and|or|who)\b)")
_TIME_WORD = re.compile(r"\b(?:school|work|lunch|class|hours|day|days|time|morning|afternoon|"
                        r"evening|night|week|weekend|month|shift|meeting|call|visit)\b",
                        re.IGNORECASE)
# A short introductory phrase before a comma ("In March,", "Two weeks later,") is not the
# subject.
_INTRO = re.compile(
    r"^(?:in|on|at|by|after|before|during|within|over|for|from|since|around|about|with|without|"
    r"once|as|looking|back|early|late|halfway|initially|two|three|four|five|six|a few|a couple|"
    r"several|the next|the following|the day|the week|last|this|that|later|then|eventually|"
    r"finally|ultimately|honestly|frankly|luckily|unfortunately|fortunately|sadly|"
    r"interestingly|surprisingly|in the end|at first|to be fair|to be honest|of course|"
    r"in short|overall|\w+ing)\b[^,]{0,40},\s+(?=\S)",
    re.IGNORECASE,
)

# Words _FINITE stops on that an intro phrase may hold ("Looking back, …", "After that call, …").
_INTRO_WORD = re.compile(r"^(?:back|still|just|also|always|really|only|even|already|mostly|"
                         r"basically|actually|literally|simply|kind|sort)$", re.IGNORECASE)


# The subject, negation and modal tests below are pure functions of a clause's text, and reading
# one clause asks each of them several times (for the rules, then for the learned layer's
# features): a small cache keeps a review within its time.
_AS_ROLE = re.compile(r"^\W*(?:and |but |so )?as (?:a|an|the|my|our|one of the)\b[^,.;:]{1,60}?"
                      r",?\s+(?=(?:I|we)\b)", re.IGNORECASE)


_FILLER_AFTER_RELATIVE = re.compile(r"^(?P<who>\W*(?:which|who|that)),?\s+(?:like|you know|I mean|"
                                    r"um|uh|er|well|honestly|basically|yeah|okay|ok|"
                                    r"actually|frankly|admittedly|bless (?:her|him|them)|"
                                    r"to (?:his|her|their) credit|to be fair|"
                                    r"in fairness(?: to (?:him|her|them))?),\s+", re.IGNORECASE)


_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?P<words>(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*:"
                    r"\s+(?=[a-z])")


@lru_cache(maxsize=4096)
def _subject_text(text: str) -> str:
    """The clause with leading connectives, adverbs and a short intro phrase removed."""
    # A STAR heading is no part of the clause: "Result: the script still saves…" opens on its
    # subject.
    rest = _HEADING.sub("", text, count=1) if ":" in text[:20] else text
    # …nor is a time heading a terse line opens on: "Monday: moved the braise to the slow oven".
    rest = _TIME_HEADING.sub("", rest, count=1) if ":" in rest[:24] else rest
    # …nor is a short label a note opens on before a step: "Root cause fix: proposed a daily
    # report" (in "He said: we need…" the label has a speaker and a verb, and in "system note:
    # candidate meets the bar" no step follows).
    label = _LABEL.match(rest) if ":" in rest[:32] else None
    if label and _is_fragment(rest[label.end():]) and not any(
            _FINITE.match(w) or w.lower() in _PRONOUNS or _REPORTING.match(w)
            or w.lower().endswith("ed") or w.lower() in _PAST_FORMS
            # (the teller's own label heads the teller's step: "My mistake: went to the ward
            # manager first", where "His answer: wait till Monday" is his)
            or w.lower() in ("our", "his", "her", "their") or _a_person(w.lower())
            for w in label.group("words").split()):
        rest = rest[label.end():]
    # "As the most senior engineer, I told them": a role the speaker names, before their "I".
    rest = _AS_ROLE.sub("", rest, count=1)
    # "So the situation was that my manager, Deepa, told the team…": the frame says nothing of
    # who acted; the clause it introduces does.
    rest = _SITUATION_FRAME.sub("", rest, count=1)
    # "which, like, was totally wrong": a filler after a relative pronoun is neither its
    # subject nor its verb. (Replaced by a function: a template is looked up by a hash of the
    # whole program at every call, three times what the search costs.)
    rest = _FILLER_AFTER_RELATIVE.sub(lambda m: f"{m.group('who')} ", rest, count=1)
    for _ in range(6):
        # "After school one day I asked Helen": a time or place phrase before a pronoun goes
        # whole, where "after" alone would be taken for a connective and leave "school one day".
        placed = _PLACE_LEAD.match(rest)
        if placed and _PRONOUN_AFTER.match(rest, placed.end()) and _TIME_WORD.search(
                placed.group()) and placed.group().split()[-1].lower() not in _JOINS:
            rest = rest[placed.end():]
            continue
        stripped = _LEAD.sub("", rest, count=1)
        intro = _INTRO.match(stripped)
        # "Two weeks later," is an intro; "two other wards asked Marjorie," is the clause itself.
        # ("After this the guys start telling him things, small things" is the clause itself,
        # told in the present)
        if intro and not re.search(rf"\b{_PRONOUN_SUBJECT}", intro.group(0)[:-2]) and not any(
                _FINITE.match(w.strip(",")) and not _INTRO_WORD.match(w)
                for w in intro.group(0).split()[1:]) and not (
                len(intro.group(0).split()) >= 6 and _PRESENT_STEP.search(intro.group(0))):
            stripped = stripped[intro.end():]
        stripped = _TIME_LEAD.sub("", stripped, count=1)
        stripped = _PLACE_LEAD.sub("", stripped, count=1)
        if stripped == rest:
            break
        rest = stripped
    return rest


_SITUATION_FRAME = re.compile(
    r"^\W*(?:(?:so|and|basically|well|okay|ok|um)\W+)*(?:the )?(?:situation|problem|issue|thing|"
    r"background|context|story|short version|truth|point|trouble|catch) (?:was|is)"
    # (said aloud, a comma stands for the "that": "And the thing is, fridge checks weren't even
    # my job")
    r"(?: (?:basically |just |simply )?that\s+|,\s+(?=\S+\s+\S))",
    re.IGNORECASE)
_CANDIDATE_WORDS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "myself", "im", "ive"})
_TEAM_WORDS = frozenset({"we", "we're", "we've", "we'd", "we'll", "us", "let's", "ourselves"})
_THIRD_PERSON = frozenset(
    """he she they him her them he's she's they're they've he'd she'd they'd his their""".split()
)
# A person named by a trade the list below does not hold: "the night phlebotomist", "our
# radiographer", "the electrician" ("-ist" but not a list: "the checklist", "the shortlist").
_TRADE = re.compile(r"^(?:[a-z-]{4,}(?:ist|ician|ographer)|[a-z-]+(?:smith|monger|wright))s?$")
_NOT_A_TRADE = ("list", "sist", "exist")  # "the checklist", "the shortlist"; "consist", "persist"


def _a_person(word: str) -> bool:
    """Whether a lower-cased word of a subject names a person or a group of people."""
    return word in _PEOPLE or word in _THIRD_PERSON or word in _GROUPS or bool(
        _TRADE.match(word)) and not word.rstrip("s").endswith(_NOT_A_TRADE)


# People and organisations: a subject phrase naming one is someone else's doing.
_PEOPLE = frozenset(
    """manager managers mgr mgrs boss bosses director directors lead leads vp vps svp cto ceo cfo
    coo cio ciso cso founder founders colleague colleagues coworker coworkers co-worker peer peers
    teammate teammates client clients customer customers stakeholder stakeholders pm pms
    designer designers engineer engineers dev devs developer developers partner partners
    counterpart counterparts head heads architect architects analyst analysts qa tester testers
    sponsor sponsors owner owners executive executives exec execs vendor vendors supplier
    suppliers mentor mentors mentee intern interns hire hires recruiter recruiters rep reps
    board committee leadership leaders leader people folks guys guy person everyone everybody
    someone somebody nobody anyone anybody others rest crew staff nurse nurses doctor doctors
    teacher teachers principal supervisor supervisors officer officers agent agents tech techs
    rider riders picker pickers cook cooks chef chefs driver drivers clinic clinics hospital
    hospitals district districts school schools company companies group groups department
    departments org orgs organization organisation finance legal sales marketing support ops
    infra platform procurement security compliance hr auditor auditors regulator regulators
    contractor contractors student students parent parents patient patients user users member
    members buyer buyers merchant merchants shopper shoppers subscriber subscribers lab labs
    store stores branch branches agency agencies bank banks insurer insurers editor editors
    writer writers producer producers server servers waiter waiters physician physicians
    surgeon surgeons pharmacist pharmacists coach coaches player players investor investors
    advisor advisors consultant consultants employee employees worker workers operator
    operators admin admins administrator administrators reviewer reviewers approver approvers
    management business whoever friend friends family engineering subcontractor subcontractors
    provider providers county council cooperative prospect prospects accountant accountants
    landlord landlords tenant tenants guest guests resident residents volunteer volunteers
    technician technicians mechanic mechanics inspector inspectors caseworker caseworkers
    scientist scientists researcher researchers foreman recruiter lawyer lawyers farmer farmers
    grower growers cashier cashiers clerk clerks cleaner cleaners receptionist receptionists
    therapist therapists dentist dentists baker bakers barista baristas caregiver caregivers
    carer carers professor professors lecturer lecturers tutor tutors pilot pilots
    paramedic paramedics electrician electricians plumber plumbers dba dbas controller
    controllers author authors hygienist hygienists welder welders porter porters
    lady ladies gentleman gentlemen man men woman women lad lads girl girls boy boys mum mums dad
    dads mother mothers father fathers husband husbands wife wives son sons daughter daughters
    neighbour neighbours neighbor neighbors caller callers visitor visitors passenger passengers
    pupil pupils child children kid kids cmo cpo cro cco cdo evp gm gms gp md registrar
    registrars headteacher headteachers deputy deputies sergeant sergeants matron midwife
    midwives surveyor surveyors firefighter firefighters dispatcher dispatchers courier
    couriers trainee trainees apprentice apprentices junior juniors sister sisters brother
    brothers captain captains skipper skippers commander commanders chief chiefs foremen
    labourer labourers laborer laborers builder builders carpenter carpenters joiner joiners
    roofer roofers painter painters installer installers fitter fitters packer packers loader
    loaders marshal marshals guard guards warden wardens steward stewards attendant attendants
    coordinator coordinators planner planners scheduler schedulers estimator estimators broker
    brokers trader traders solicitor solicitors barrister barristers judge judges vet vets
    clinician clinicians radiographer radiographers physio physios physiotherapist
    physiotherapists governor governors trustee trustees chair chairman chairwoman councillor
    councillors official officials president presidents senior seniors sous grandson grandsons
    granddaughter granddaughters grandmother grandmothers grandfather grandfathers grandma grandad
    lifeguard lifeguards supermarket supermarkets retailer retailers regulars caretaker
    caretakers gardener gardeners brigade manufacturer manufacturers walkers""".split()
)
_THINGS_BANKED = frozenset("""quiz question test exam item data memory power word image photo
    resource resources""".split())
# Words in "-ing" that name a thing or a time, not a doing, as a subject's first word.
_ING_NOUNS = frozenset("""everything something nothing anything morning evening building meeting
    king ring spring thing string wing ceiling sibling darling during being""".split())
# Verbs only a person does to people: a subject doing one is someone, named by any noun.
_PERSON_VERB = re.compile(
    r"^\s*(?:(?:just|then|also|still|even|actually|finally|later)\s+)?"
    r"(?:(?:is|was|were|are|kept|keeps)\s+)?(?:calling|called|phoned|phoning|emailed|"
    r"emailing|complained|complaining|yelled|yelling|shouted|shouting|thanked|apologi[sz]ed|"
    r"refused|insisted|begged|promised|told (?:us|me|him|her|them)|asked (?:us|me|him|her|"
    r"them)|"
    # what only people do to a view or to each other: "the ward assumed our analyser was
    # drifting", "the groundworks sub and the steel erector kept blaming each other", "a
    # healthcare assistant comes up to me"
    r"assumed|assuming|believed|blamed|blaming|admitted|denied|disagreed|argued|arguing|"
    r"panicked|shrugged|nodded|laughed|texted|messaged|radioed|rang (?:us|me|him|her|them|through|"
    r"back|round|down)|"
    r"(?:comes|came|walked|walks) (?:up |over )?to (?:us|me|him|her|them))\b", re.IGNORECASE)
# What is written or computed, which "blames" or "assumes" only in a manner of speaking.
_WRITTEN = frozenset("""report reports email emails memo memos data dashboard study survey audit
    article review spreadsheet model forecast system tool log logs policy contract analysis
    figures numbers plan document documents paper sheet""".split())
# A group that is not the candidate's own "we" once _OWN_TEAM has not matched it.
_GROUPS = frozenset({"team", "teams", "squad", "squads", "crew", "crews"})
# "my team", "our QA team", "the team": the candidate's own. "The analytics team" is another.
_OWN_TEAM = re.compile(r"^(?:(?:my|our) (?:own )?(?:[\w-]+ )?|the (?:whole |entire )?)"
                       r"(?:team|squad|crew)\b(?!'s)"
                       r"(?! (?:lead|leads|manager|members?)\b)", re.IGNORECASE)
# The finite verb (or adverb before it) that ends a subject phrase: enough to stop the scan.
_FINITE = re.compile(
    # (a noun or an adjective that only ends like a past is none: "pulled feed logs")
    r"^(?:(?!(?:feed|seed|bed|red|shed|breed|weed|greed|deed|reed|hundred|sacred|naked|wicked|"
    r"rugged|ragged|jagged|crooked)$)\w+ed|was|were|had|has|have|is|are|am|did|does|do|didn't|doesn't|don't|went|got|"
    r"said|says|told|made|took|came|kept|gave|ran|built|wrote|found|saw|would|could|will|can|"
    r"should|might|must|may|never|began|left|lost|won|fell|rose|grew|became|brought|thought|"
    r"felt|knew|sent|set|put|cut|met|spent|stood|shut|led|paid|sold|held|wouldn't|couldn't|"
    r"wasn't|weren't|hasn't|haven't|hadn't|won't|can't|isn't|aren't|shouldn't|needs|wants|"
    r"asks|thinks|keeps|seems|gets|goes|comes|takes|makes|knows|runs|matters|happens|"
    r"depends|belongs|remains|exists|occurs|still|just|also|"
    r"always|really|basically|literally|mostly|only|even|already|simply|actually|kind|sort|now|"
    r"tore|drove|chose|read|meant|heard|understood|let|hit|caught|bought|taught|sat|spoke|rang)$",
    re.IGNORECASE,
)
_FRAGMENT_VERB = re.compile(
    r"^(?:(?:didn't|did not|couldn't|could not|never)\s+[a-z]+\b|"
    r"(?:(?:didn't|did not|never|also|then|just|still|quickly|personally|finally)\s+)?"
    r"(?:re-)?(?:\w+ed|"
    r"built|wrote|ran|led|made|took|met|sent|set|put|went|spoke|brought|drew|sat|found|began|"
    r"chose|gave|held|kept|told|sought|taught|dug|got|shipped|cut|split|spent|stood|shut|did|"
    r"read|rewrote|rebuilt|paid|sold|won|lost|hit|let|drove|bought|caught|flew|fed|wore|said|"
    r"learned|learnt|go|bother|do|make|tore|threw|came|saw|knew|grew|fell|rose|broke|left|"
    r"forgot|froze|overrode|oversaw|undertook|withdrew|stuck|hid|dealt|meant|felt|swore|woke|"
    r"rode|struck|shook|misread|sped|fought|wound|bent|lent|built|sank|spun|won|beat|heard|"
    # ("and rang the depot": a phone call is a step)
    r"rang|slept|swept|fled|lit|slid|stole|swung|sang|quit|"
    # ("Blew them out, temperature came down", "Reset the charger at 3", "Rewired the panel")
    r"blew|reset|rewired|redid|rebound|bound|fit|shut|upset|sent|wound|withheld|"
    r"understood|overheard|foresaw|mistook|bore|tore|sewed)\b)",
    re.IGNORECASE,
)
# What someone else thinks or asks for is theirs to hold.
_CLAIMS = frozenset(
    """worry worries view views point argument concern concerns position idea ideas plan plans
    proposal reasoning reaction take answer objection objections complaint complaints request
    requests ask asks response reply feedback decision call fear fears goal goals priority
    priorities preference expectation expectations assumption understanding instinct""".split())
# Someone else's thing is their claim: "Their biggest worry was…", "Kofi's worry was…".
_OTHERS_THING = re.compile(r"^(?:their|his|her)\b|^[A-Z][a-z]+'s\b")
_NAME = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?!\s*:)")
_NOT_NAMES = frozenset(
    """I The This That These Those There It Its My Our We Then And But So When While After
    Before Because Since Although Though If Once Until Unless Which Who What Where How Why
    Yes No Not Nothing Nobody Everyone Everything Some Most All Each Every One Two Three Four
    Five Six Seven Eight Nine Ten In On At By For From With About After Over Under Into Within
    Looking Honestly Basically Actually Also Eventually Finally Later First Second Third Next
    Ultimately Instead Still Luckily Unfortunately Fortunately Well Okay Ok Anyway Plus Again
    Situation Task Action Result Results Outcome Learning Lesson Reflection Context Background
    Impact Goal Problem Last Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Mondays
    Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Q1 Q2 Q3 Q4 Overall Long Short Half
    Both Neither Either Another Any Such Same Whole Thanks
    Sure Decision Note Please Eleven Twelve Fifteen Twenty Thirty Forty Fifty Sixty Seventy
    Eighty Ninety Hundred Zero
    Hard Tough Difficult Stressful Busy Good Great Bad Fine Tricky Slow Quick Easy Rough Messy
    Tense Calm Quiet Big Small Huge Tight Late Early New Old Main Key Worst Best Clear Unclear
    Awkward Painful Hectic Intense Chaotic Smooth Better Worse Happy Unhappy Glad Sad Tired
    Nervous Worried Proud Relieved Frustrating Frustrated""".split()
    # (an evaluation opening a note's line, "Hard, got through it.", "Tough week, but shipped",
    # is how it went, not a person's name)
)
# Capitalised at the start of a clause, these are things, not people ("Churn fell 4%").
_COMMON_NOUNS = frozenset(
    """churn latency revenue adoption retention conversion traffic usage support engagement
    quality morale onboarding production deployment testing velocity uptime performance
    security budget scope cost costs growth demand pipeline headcount delivery progress
    everything nothing something nobody feedback trust communication nps csat
    stock queue waste food water power work money cash paperwork rota equipment machine
    machinery system website app printer van lorry truck till phone price weather rain snow
    fire flood leak damage pressure temperature bread milk fruit attendance absence sickness
    footfall turnover overtime spend inventory backlog noise""".split()
)


def is_name(word: str, names: frozenset[str], common: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised word opening a clause is a person's name.

    A word the answer also capitalises mid-sentence ("… I asked Tom") is a name; one it also
    writes in lower case (`common`: "Queue was growing … the queue cleared"), or in the plural
    ("Refund requests stopped" after "asking for refunds"), is a thing, as is
    a common noun a terse line opens on ("Stock was short"); otherwise a singular word is taken
    as a name ("Priya pushed back"), and a plural ("Pages dropped") is not.
    """
    if word in names:
        return True
    lowered = word.lower()
    if word in _NOT_NAMES or lowered in _COMMON_NOUNS or (
            lowered in common and lowered not in _THIRD_PERSON) or f"{lowered}s" in common:
        return False
    # "Pages dropped", "Failed payments fell", "Rising costs": plurals and verb forms are not names.
    return not word.endswith(("s", "ed", "ing", "ly"))


_MID_CAPITAL = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+\b")


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def common_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case: a capitalised opener among them is no name."""
    return frozenset(_LOWER_WORD.findall(text))


@lru_cache(maxsize=64)  # asked of the whole answer by the reader, the analysis and the headline
def names_in(text: str) -> frozenset[str]:
    """Capitalised words the text uses mid-sentence: most of them are names."""
    found = {m.group(0) for m in _MID_CAPITAL.finditer(text)} - _NOT_NAMES
    # ...and a first name before a surname found so ("HoD Ruth Okafor": after a capital, "Ruth"
    # is not mid-sentence by its letter before, but "Okafor" is).
    found |= {m.group(1) for m in _FULL_NAME.finditer(text)
              if m.group(2) in found and m.group(1) not in _TITLES} - _NOT_NAMES
    return frozenset(found)


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady",
                     "Father", "Sister", "Nurse", "Doctor", "Professor", "Chef", "Coach"})


def subject_split(text: str) -> tuple[list[str], list[str]]:
    """A clause's subject phrase and the words after it, leading connectives and time phrases
    removed ("and then the QA lead kept clashing…" -> the QA lead | kept clashing…)."""
    phrase, following = _subject_split(text)
    return list(phrase), list(following)


@lru_cache(maxsize=4096)  # each clause is split for the learned reading and for its flags
def _subject_split(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rest = _subject_text(text)
    phrase = _subject_phrase(rest)
    following = [w.strip(",.;:!?\"“”()").lower().replace("’", "'")
                 for w in rest.split()[len(phrase):]]
    return tuple(phrase), tuple(w for w in following if w)


@lru_cache(maxsize=4096)  # asked of each clause by its actor, mode, tense and negation
def _subject_phrase(rest: str) -> tuple[str, ...]:
    """The words before the clause's first finite verb (at most eight)."""
    phrase: list[str] = []
    words = rest.split()
    for at, word in enumerate(words[:8]):
        bare = word.strip(",.;:!?\"“”()[]").replace("’", "'")
        if phrase and _finite(bare):
            break
        phrase.append(bare)
        # A personal pronoun is the whole subject: the next word is its verb, whatever its
        # form ("I ask them…", "we prepare…", "she want shorter functions").
        if len(phrase) == 1 and bare.lower() in _PRONOUNS:
            break
        # …and so is a pair that ends on "I": "Lena from inventory control and I walk the aisle"
        if bare == "I" and len(phrase) >= 3 and phrase[-2].lower() == "and":
            break
        if word.endswith(",") and not _appositive_next(words[at + 1:at + 6]):
            break
    return tuple(phrase)


def _finite(word: str) -> bool:
    return bool(_FINITE.match(word)) and word.lower() not in _NOT_VERBS


def _appositive_next(words: list[str]) -> bool:
    """Whether a short phrase set off by commas, then a verb, comes next: the subject goes on
    through it ("One of the roofers, older fella, thought…", "The nurse, Jo, said…")."""
    for at, word in enumerate(words[:4]):
        if _finite(word.strip(",.;:!?\"“”()[]")):
            return False
        if word.endswith(","):
            following = words[at + 1:at + 2]
            return bool(following) and _finite(following[0].strip(",.;:!?\"“”()[]"))
    return False


_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})
# Words ending in "-ed" that are no verb: "a few hundred customers didn't get invoices".
_NOT_VERBS = frozenset({"hundred", "red", "bed", "shed", "speed", "feed", "seed", "breed",
                        "weed", "greed", "embed"})


_ADVERBS = re.compile(r"^(?:(?:always|only|never|just|also|then|once|still|quickly|first|"
                      r"finally|personally|immediately|really|maybe|probably|usually|"
                      r"sometimes|often|"
                      # (a note's step opens on its manner: "- Strongly disagreed: …")
                      r"strongly|firmly|politely|calmly|gently|openly|directly|privately|"
                      r"publicly|formally|informally|eventually|initially|repeatedly|briefly|"
                      r"carefully|quietly|respectfully|honestly|basically|actually|simply)\s+)+",
                      re.IGNORECASE)
_OWNED = re.compile(r"\b(?:was|is|were) (?:(?:all|entirely|squarely|pretty much|mostly|kind of|"
                    r"sort of|\w+ly) )*(?:on me|mine|me|my (?:own )?"
                    r"(?:call|fault|mistake|decision|idea|query|code|bug|miss|doing|"
                    r"responsibility|error|estimate|page|plan))\b", re.IGNORECASE)
_CLEFT = re.compile(r"^(?:it|that)\s+(?:was|wasn't|was not|is|isn't)\s+(?:\w+ly\s+)?(?:the|my|our|"
                    r"his|her|their|a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*(?:who\b|that\b|[,.;]|$)",
                    re.IGNORECASE)
_NOTE = re.compile(r"^(?:note|message|p\.?s\.?|reminder)\b[^.]{0,30}\b(?:to|for)\b",
                   re.IGNORECASE)


_MODAL_STEP = re.compile(r"^(?:(?:probably|maybe|next time|then)\s+)?(?:would|should|could|might|"
                         r"would've|should've|could've|might've|wouldn't|shouldn't)\s+(?:have\s+)?"
                         r"(?:\w+ly\s+)?(?:(?P<thing>been|be|cost|meant|left|caused|taken|made)|"
                         r"[a-z]{2,})\b", re.IGNORECASE)


# Words after which a verbless phrase says where, when, for whom or with whom ("rough version
# in 2 weeks", "pilot with 10 suppliers"). Not "from" or "by", which name who acted ("texts
# from two of them", "signed off by the director").
_PHRASE_PREPOSITIONS = frozenset({"with", "w/", "in", "on", "at", "for", "across", "to"})


# A note's dash sets off an aside: the question asked, the reason, what came of it.
_DASH_ASIDE = re.compile(r"\s[—–-]\s")


def _subject_head(rest: str) -> tuple[str, ...]:
    """The clause's subject phrase (`_subject_phrase`); in a verbless clause, its words up to
    the first preposition. The people after it ("trial with 6 pickers", "call with the
    client") are whom the step was with, not who took it."""
    phrase = _subject_phrase(rest)
    # (what follows a dash is the note's aside: "1:1 w/ everyone — what frustrates you most?")
    if has_verb(_DASH_ASIDE.split(rest, maxsplit=1)[0]):
        return phrase
    cut = next((i for i, w in enumerate(phrase) if i and w.lower() in _PHRASE_PREPOSITIONS),
               len(phrase))
    return phrase[:cut]


@lru_cache(maxsize=4096)  # asked of a clause's words by its actor, by opens_on_verb and again
def _is_fragment(rest: str) -> bool:
    """A clause that opens on its verb: a bullet ("- pulled the logs") or a shared subject.

    "Failed payment attempts dropped 62%" opens on an adjective: another verb follows soon.
    """
    body = _ADVERBS.sub("", rest)
    if _FOUND_STATE.match(body):
        return False  # "Packed with lint behind the bend": how a thing was found, no step
    step = _MODAL_STEP.match(body)
    if step:
        # "- would've asked the vendor for weekly demos": the modal's verb follows; "- would've
        # cost us the sale" tells what a thing would have done
        return not step.group("thing")
    words = [w.strip(",.;:!?\"“”()") for w in body.split()]
    if len(words) > 2 and _THOUGHT.match(words[0]) and not _FINITE.match(words[1]):
        # A note's thought with the clause it holds: "Think things got better", "Always
        # believed customer is king" ("Hope is not a plan" names the hope)
        return True
    if not words or not (_FRAGMENT_VERB.match(body) or re.match(
            r"^(?:didn't|did not|don't|should|verify|volunteer|ask|check|make|keep|stop|start|"
            r"try|use|write|avoid|should've|would've|could've|shouldn't've|had|hadn't|been|"
            r"[a-z]+-(?:wrote|built|ran|did|made|checked|tested|coded|signed)|"
            # (a shared step: "- Co-presented at the governance meeting", "co-led", "co-wrote")
            r"co-[a-z]+(?:ed|led|wrote|ran|ote))$", words[0],
            re.IGNORECASE) or re.match(r"^(?:should|would|could|might) have$",
                                       " ".join(words[:2]), re.IGNORECASE)):
        return False
    if _REPORTING.match(words[0]):
        return True  # "said the delays made our dates hard": the later verb is what was said
    # "recalculated the affected shifts": a participle after a determiner is an adjective;
    # so is one right after a verb that is never one itself, as a terse line drops the article
    # ("- Put recorded message on queue", "- Sent revised quote"). A verb past a comma is the
    # next step of a list ("- Phoned them, explained"), no main verb of a subject.
    # A question word opens the step's object, whose verbs are its own: "never hid who had made
    # the call".
    head = _ASKED_OBJECT.split(body.split(",")[0], maxsplit=1)[0].split()
    return not any(_FINITE.match(w) and not _AUXILIARY.match(w)
                   and not _DETERMINER.match(words[i])
                   and not (i == 0 and _ONLY_A_VERB.match(words[0]))
                   for i, w in enumerate(words[1:min(4, len(head))]))


_ASKED_OBJECT = re.compile(r"\s(?:who|what|where|why|how|whether|which)\s", re.IGNORECASE)


# The state a thing was found in, told as a terse line with its "it was" left out: "Packed
# with lint", "Blocked by a pallet", "Frozen solid". Before an object the same word is a step
# ("Packed the van"), and "filled in" or "stuck with it" are done, not found.
_FOUND_STATE = re.compile(
    r"^(?:packed|blocked|clogged|jammed|covered|caked|soaked|cracked|rusted|corroded|worn|"
    r"frayed|bent|kinked|crushed|snapped|burnt|burned|scorched|frozen|flooded|choked|coated|"
    r"damaged|stuck(?! with)|torn|seized)\s+(?:with|in|by|at|on|along|behind|under|"
    r"inside|near|solid|shut|through|right through|at both ends)\b", re.IGNORECASE)
_ONLY_A_VERB = re.compile(r"^(?:put|wrote|ran|took|sent|went|made|gave|told|brought|spoke|sat|"
                          r"began|chose|came|saw|knew|met|did|paid|bought|drove|taught|sought|"
                          r"said|rewrote)$", re.IGNORECASE)


_DETERMINER = re.compile(r"^(?:the|a|an|my|our|his|her|their|this|that|its|each|every|all|"
                         r"any|some|no|two|three|\d+)$", re.IGNORECASE)
_THOUGHT = re.compile(r"^(?:think|thought|believe|believed|feel|felt|guess|guessed|reckon|reckoned|"
                      r"suppose|supposed|hope|hoped|knew|realised|realized|figured|assumed|"
                      r"expected)$", re.IGNORECASE)
_REPORTING = re.compile(r"^(?:said|told|asked|explained|argued|agreed|suggested|proposed|"
                        r"pointed|warned|mentioned|wrote|emailed|admitted|showed)$",
                        re.IGNORECASE)


@lru_cache(maxsize=4096)
def opens_on_verb(text: str) -> bool:
    """Whether a clause has no subject of its own ("and cut over in January")."""
    return _is_fragment(_subject_text(text))


# A capitalised opening word the answer never uses mid-sentence is a name only where it stands
# as one: alone before its verb ("Priya pushed back"), or with a surname, an aside or a
# possessive ("Ana (compliance) doubted it", "Kofi's worry"). A bullet's capital ("Idea from
# banking: …", "Food distributor.") is not a person.
_STANDS_AS_NAME = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,(]|'s\b|\s+(?:and|or)\s|"
    rf"\s+(?:{_VERBISH}|(?:now\s+)?[a-z]+s\b))")
_AND_I = re.compile(r"\b(?:and (?:I|me|myself)|(?:I|me) and)\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"^(?:been|had|have|has|just|also|still|never|really|only|even|"
                        r"already|actually|now)$", re.IGNORECASE)


def _someone_elses(rest: str, lowered: list[str]) -> bool:
    """A subject that is someone else by its first word: "she", "Kofi's worry", "their biggest
    worry", "her manager"; "their file had 120k rows" and "her waste fell to 5%" are things."""
    head = lowered[0] if lowered else ""
    if head in ("their", "his", "her"):
        return any(w in _PEOPLE or w in _CLAIMS or w in _GROUPS for w in lowered[1:4])
    return head in _THIRD_PERSON or bool(_OTHERS_THING.match(rest))


def _framed(rest: str) -> Actor | None:
    """Whose a clause is by its frame, not its subject: "the whole launch was my call", a note
    the candidate addresses, "it wasn't my manager who caught it", "it was the auditor"."""
    if _OWNED.search(rest) or _NOTE.match(rest) or _DECISION_LABEL.match(rest):
        return "candidate"
    cleft = _CLEFT.match(rest)
    if cleft and any(w.lower() in _PEOPLE for w in cleft.group(1).split()):
        return "other"
    return None


def _a_doing(lowered: list[str], rest: str) -> bool:
    """Whether the subject is a doing: "lifting him by the arms can break his shoulder" is
    about the lifting, whoever its object is ("Watching her screen, I saw…" opens on what the
    teller was doing when they saw)."""
    return len(lowered) > 1 and lowered[0].endswith("ing") and lowered[0].isalpha() and (
        lowered[0] not in _ING_NOUNS) and "," not in " ".join(rest.split()[:len(lowered) + 1])


# What is left, put first and then acted on: "The rest I held back for the next night", "Those
# I phoned instead". (A noun put first, "The man I met was rude", is a relative clause: left.)
_FRONTED = re.compile(
    r"^(?:the rest|the remainder|the others|the other (?:[\w-]+ )?(?:ones|\w+s)|everything else|"
    r"anything else|all the others|those|these|some|most|a few) I (?:just |then |also |simply )?"
    r"(?!(?:was|were|had|have|think|thought|know|knew|guess|mean|said|say)\b)\w+",
    re.IGNORECASE)


def _subjectless_actor(rest: str, previous: Actor | None) -> Actor:
    """Whose a clause with no subject of its own is: "- pulled the logs", "…and extended the
    contract" are the clause before's or the teller's; a step done to the teller ("Ward mgr: did
    fine, | thanked me") is someone else's."""
    if _DONE_TO_ME.match(rest):
        return "other"
    return previous or "candidate"


# A bare verb in the past whose object is the teller: "thanked me", "asked us to stay on".
_DONE_TO_ME = re.compile(r"^\W*(?:(?:and|then|but),?\s+)?(?:also |then |later )?[a-z]+ed\s+"
                         r"(?:me|us)\b(?!\s+(?:and|to myself)\b)", re.IGNORECASE)
# A note's own call, its verb bare after the label: "Call: open w/ it screened off", "My call:
# hold the release" ("Decision: the director overruled us" names whose it was).
_DECISION_LABEL = re.compile(
    r"^\W*(?:(?:my|the|final) )?(?:call|decision|decided|choice)\s*:\s+(?!(?:the|a|an|he|she|they|"
    r"we|i|it|my|our|his|her|their|this|that|no|not)\b)[a-z]+\b", re.IGNORECASE)


# A part of a note with no subject of its own: it opens on a verb or a denial.
_NO_SUBJECT_OF_ITS_OWN = re.compile(
    r"^\W*(?:(?:and|but|so|then),?\s+)?(?:(?:didn['’]t|did not|never|no|not|won['’]t|wouldn['’]t|"
    r"can['’]t|couldn['’]t)\b|[a-z]+ed\b|(?:said|told|kept|made|took|gave|went|came|got|"
    r"sent|thought|felt|left|put|let|set|found|held)\b)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_THEIR_STEP_OPENS = re.compile(
    r"^\W*(?:(?:and|but|so|then),?\s+)?(?:didn['’]t|did not|never|won['’]t|wouldn['’]t|[a-z]+ed\b|"
    r"(?:said|told|kept|made|took|gave|went|came|got|sent|thought|felt|left|put|let|set|found|"
    r"held)\b)", re.IGNORECASE)
# A note's line headed by someone before a colon: "- Head chef Paolo Ricci: repeat order".
_PERSON_LABEL = re.compile(r"^[\W\d]*[A-Z][\w’'. -]{0,40}:\s")


def _labelled_person(text: str, names: frozenset[str]) -> bool:
    """A note's line headed by a person the answer names: "- Jamal: joined as apprentice 2 yrs
    ago" is Jamal's joining, as "Ward mgr: did fine" is the manager's; "- Ruth: never made it
    dept policy" is Ruth's, and so is a line headed by the person and how they took it ("- Ruth
    not keen: …")."""
    if ":" not in text[:32]:
        return False
    label = _LABEL.match(text)
    if label is not None and label.group("words") in names and _is_fragment(text[label.end():]):
        return True
    said_of = _NAMED_LABEL.match(text)
    return said_of is not None and said_of.group(1) in names


# A line that opens on a name and a short label before its colon.
_NAMED_LABEL = re.compile(r"^[\W\d]*([A-Z][a-z]+)\b[^:.;,\"“]{0,24}:\s")


def read_actor(text: str, names: frozenset[str] = frozenset(),
               previous: Actor | None = None, common: frozenset[str] = frozenset()) -> Actor:
    """Who the clause's subject is.

    `names` are the answer's capitalised names and `common` the words it writes in lower case
    (`is_name`); `previous` is the actor of the clause before in
    the same sentence, which a clause with no subject of its own ("…and extended the contract")
    shares.
    """
    rest = _subject_text(text)
    if not rest:
        return "none"
    relative = re.match(r"^(which|that|who|whom)\s+", rest, re.IGNORECASE)
    if relative:
        after = rest[relative.end():]
        if re.match(rf"{_PRONOUN_SUBJECT}|{_NOUN_SUBJECT}", after):
            rest = after  # "which I then…", "that the team…"
        elif relative.group(1).lower() in ("who", "whom"):
            return "other"
        elif relative.group(1).lower() == "which" or _FINITE.match(after.split()[0] if after
                                                                      else ""):
            return "none"
    phrase = _subject_head(rest)
    lowered = [w.lower() for w in phrase]
    head = lowered[0] if lowered else ""
    if _FRONTED.match(rest) or head in _CANDIDATE_WORDS and not _AND_I.search(" ".join(phrase)):
        return "candidate"
    # "the design lead and I", "Me and the other drivers": a "we" the candidate names in full.
    if head in _TEAM_WORDS or _OWN_TEAM.match(rest) or _AND_I.search(" ".join(phrase)):
        return "team"  # "we", "our team", "the design lead and I", "Jun and me"
    possessive = head in ("their", "his", "her")
    # ("IT reissued the letters": the department, written in capitals, where "it" is a thing)
    if _someone_elses(rest, lowered) or tuple(phrase[:1]) == ("IT",):
        return "other"
    if _is_fragment(rest):
        return _subjectless_actor(rest, previous)
    framed = _framed(rest) or ("none" if _a_doing(lowered, rest) else None)
    if framed:
        return framed
    # A possessive names whose the thing is, not who acts ("their file had 120k rows").
    named = lowered[1:] if possessive else lowered
    # ("Quiz bank on shared drive": a bank of questions is a thing)
    named = [w for at, w in enumerate(named)
             if not (w in ("bank", "banks") and at and named[at - 1] in _THINGS_BANKED)]
    if any(map(_a_person, named)) or re.match(
            r"^(?:no one|none of (?:them|the)|one of (?:them|the (?:[\w-]+ )?\w+s)|"
            r"neither(?: of|$))\b",
            " ".join(lowered)) or any(
               w in names or (i == 0 and _NAME.match(phrase[0])
                              and is_name(phrase[0], names, common)
                              and _STANDS_AS_NAME.match(rest))
               for i, w in enumerate(phrase)):
        return "other"
    if any(w in _TEAM_WORDS for w in lowered):
        return "team"
    if phrase and _PERSON_VERB.match(rest[len(" ".join(phrase)):]) and not any(
            w in _WRITTEN for w in lowered):
        # "one farmer is calling us", whatever the farmer's trade is called; "the weekly report
        # blamed a new courier" is still the report's
        return "other"
    # "The clearest one is a migration I ran": the candidate's own, named in a relative clause.
    if re.search(r"\bI(?:'ve|'d)?\b", " ".join(rest.split()[:8])):
        return "candidate"
    return "none"


# --- mode ------------------------------------------------------------------------------------

# Someone else's future, told or reported: "one of them say | he will cancel everything",
# "it'll take too long" (LABELS.md, mode 1: what has not happened yet).
_THEIR_FUTURE = (r"\b(?:he|she|they|it)['’]ll\b|"
                 r"(?<!\bI )(?<!\bwe )\bwill\b(?! (?:admit|be honest|say)\b)")
_THEIRS_ONLY = re.compile(_THEIR_FUTURE, re.IGNORECASE)
# "The screen would sometimes hang" tells what kept happening then, as "used to" does.
_PAST_RECURRING = r"(?:sometimes|often|occasionally|randomly|regularly|constantly|frequently)"
# Irregular participles past the commonest (those are listed where they are used): after "'d"
# they make it "had" ("I could see she'd frozen"), after "have" or "be" an event.
_MORE_PARTICIPLES = (
    "frozen|arisen|sprung|overtaken|ground|wound|bound|dived|slid|spun|sped|stung|swung|strung|"
    "laid|mislaid|repaid|"
    "flung|clung|wrung|crept|wept|knelt|leapt|dreamt|spelt|spilt|dwelt|forbidden|foreseen|"
    "overcome|overdone|overheard|overrun|overslept|shaken|shrunk|striven|trodden|undergone|"
    "undone|upheld|withheld|woven|hidden|bitten|sewn|sown|swollen|proven|rewritten|rebuilt|"
    "redone|remade|retold|misread|misheard|misunderstood|overseen|outgrown|forgone|mislaid")
# (Searched for by its branches, each where a clause holds its words: "if" or "ll", which one
# clause in four holds, would let the whole pattern through a gate: `regexes.compile_split`.)
_HYPOTHETICAL = re.compile_split(
    "hypothetical",
    # ("as you can imagine" is a filler, no event imagined)
    rf"\b(?:would(?! {_PAST_RECURRING}\b)|wouldn't|would've|should|shouldn't|should've|might|"
    r"could have|could've|couldn't have|(?<!\bcan )(?<!\bcould )(?<!\bmight )imagine|"
    # ("in that case" points back to a case: "So in that case he was right" happened; the verb
    # says whether it is imagined)
    r"hypothetically|ideally|"
    # what a thing might yet do: "and it could be a template for the whole region", "this
    # could save us £2m" ("it could only take twelve at a time" is what it could do then)
    r"(?:(?<![\w'’] )|(?<=\band )|(?<=\bbut )|(?<=\bso ))(?:it|this|that|which) could "
    r"(?:(?:potentially|easily|eventually|even|also|really|one day) )?(?:be|become|save|cut|"
    r"grow|mean|serve|scale|replace|transform|generate|reduce|double|halve|unlock|open up|"
    r"pay for)\b|"
    r"in a situation like)\b|"
    # a plan told as the plan now, not yet carried out: "The plan is to go live in phases next
    # spring", "we're hoping to roll it out in June"
    r"\b(?:the|our|my) (?:plan|aim|intention|hope|next step)(?: now)? (?:is|['’]s) to\b|"
    # the teller's plan then, overtaken: "I was going to hire the staff in February" ("the
    # certificate was going to expire" foretells a thing; "she was going to her daughter's
    # wedding" travels)
    r"\b(?:I|we) (?:was|were) (?:(?:originally|initially|first|just|all|actually) )?going to "
    r"(?!(?:the|a|an|her|his|their|my|our|your|its|this|that|be|get|have|work)\b)[a-z]+\b|"
    r"\b(?:we|I)(?:['’]re| are| am|['’]m) (?:planning|hoping|aiming) to\b|"
    # what a thing would allow, told as a condition: "with pooled capacity we could cut the
    # queue by 60%" ("With the new scanner we could finally see every pallet" happened)
    r"^\W*(?:(?:and|so|but),? )?with (?:[\w-]+ ){1,3}(?:we|I|they|you) could (?!(?:finally|now|"
    r"then|at last|already|suddenly|actually|easily|see|tell|hear|feel)\b)|"
    # ("we'd all agreed", "she'd not seen", "he'd since moved": a past perfect after adverbs)
    r"\b(?:I|we|you|he|she|they)'d (?!(?:(?:\w+ly|actually|already|just|never|also|always|only|"
    r"kind of|sort of|even|all|both|not|since|once|first|ever|still) ){0,2}(?:been|had|"
    r"(?:\w+-)?\w+ed|sat|dug|lent|fed|bent|struck|sworn|torn|worn|woken|beaten|bitten|blown|burnt|learnt|lit|"
    r"fled|misled|sought|swept|risen|sung|swum|drunk|sunk|shot|forgiven|withdrawn|mistaken|"
    r"undertaken|overseen|gone|done|made|taken|given|seen|"
    r"written|built|run|told|rung|hung|sold|fought|slept|eaten|ridden|stolen|thrown|drawn|"
    r"sent|spent|said|known|thought|felt|left|lost|won|kept|held|met|brought|bought|caught|"
    r"taught|found|heard|paid|put|set|cut|read|begun|gotten|got|chosen|driven|spoken|broken|"
    r"fallen|grown|shown|flown|forgotten|hidden|understood|stood|led|meant|dealt|stuck|hit|"
    rf"shut|split|quit|let|become|come|seen|already|say|{_MORE_PARTICIPLES})\b)|"
    # "Next time I'd run it on a copy", "I'd put it in writing next time": whatever the verb
    # ("run", "put" are participles too), a "'d" that looks ahead is "would"
    r"\b(?:next time|in (?:the )?future|going forward),? (?=(?:I|we|you|he|she|they)'d\b)|"
    r"\b(?:I|we|you|he|she|they)'d (?=[^.;,]*\b(?:next time|in (?:the )?future|going "
    r"forward)\b)|"
    r"^if\b(?! (?:I|we) (?:remember|recall)\b)(?![^,]{0,40}(?:\b(?:it|that|there|he|she|"
    r"something|someone|somebody|anything|anyone|nobody|what)['’]s|\b(?:you|we|they)['’]re|"
    r"\bI['’]m)\b)(?![^,]{0,40}\b(?:am|is|"
    r"are|see|get|have|has|do|does|don't|notice|find|think|need|want|look|looks|breaks|"
    r"fails|happens)\b)(?! (?:it|he|she|this|that|someone|somebody|anyone|anybody|"
    r"anything|something|nobody|everyone|everybody|(?:the|a|an|my|our|your|their|his|her|its|"
    r"any|every|each) [a-z-]+) (?:\w+ly )?[a-z]{2,}[^su'\W]s\b)|"
    r"\bif (?:I|we) (?:were|had|ever|could)\b|\bwhat (?:I|we)'d do\b|"
    # a case made up to show a way of working: "E.g. if wanted trustees to open Saturdays →
    # would: proposal w/ numbers", "for example, if a client asks for a discount"
    r"^\W*(?:e\.g\.?|for example|for instance|let['’]s say|say),?\s+if\b"
    r"(?! (?:I|we) (?:remember|recall)\b)|"
    # "And if we'd lost the database that week": a past that did not happen
    r"\bif (?:I|we|you|he|she|they)['’]d\b|"
    # "so yeah, if it had been a bigger change": a past that did not happen
    r"\bif (?:it|he|she|they|you|this|that|there|(?:the|a|an|our|my|their|his|her) [\w-]+)"
    r"(?: had|'d) (?:not |never |just |only )?(?:been|known|gone|done|seen|found|made|taken|"
    r"told|got|gotten|given|kept|left|lost|caught|sent|spent|paid|heard|held|brought|bought|"
    r"\w+ed)\b|"
    r"\b(?:I|we) (?:just )?wish\b|"
    # an inverted condition: "Had I involved the operators earlier", "were we to slip"
    r"^\W*(?:(?:and|but|so),?\s+)?(?:had|were) (?:I|we|you|he|she|they)\b(?! (?:a|an|the|all|"
    r"both)\b)|"
    # "I'll be candid", like "I'll be honest", frames what follows: a stance, not a plan
    r"\b(?:I|we)(?:'ll| will)\b(?! (?:admit|be honest|say|confess|grant|tell you|be (?:candid|"
    r"frank|blunt|upfront|straight|real)|level with)\b)|" + _THEIR_FUTURE,
    re.IGNORECASE,
)
# NegEx's triggers, and the pseudo-triggers that look negative but are not.
_NEGATION = re.compile(
    # "no-shows", "a no-go" are nouns, not a denial, and "trailer no. 4", "the new trailer no.
    # beside each" a number
    r"\b(?:not|never|no(?!-|\.\s*(?-i:[a-z0-9]))|nobody|none|nothing|neither|nor|without|cannot|"
    r"failed to|refused to|no longer|hardly|barely|noone|no one|nowhere)\b|n't\b|n’t\b",
    re.IGNORECASE,
)
_PSEUDO_NEGATION = re.compile(
    r"\b(?:not only|not just because|no doubt|no matter|not sure|nothing but|no later than|"
    r"no more than|no less than|not until|if not|whether or not|not to mention|not least|"
    r"never mind|no wonder|no problem|no-brainer|not bad|(?:not|never) (?:gonna|going to) lie|"
    r"won't lie|(?:didn't|did not|don't|do not) just|"
    # a choice or a word against a step is a step taken: "she decided not to do it", "I told
    # them not to sign", "we agreed never to ship on a Friday" (the negation is the choice's)
    r"\b(?:decided?|decides|deciding|chose|choose|chooses|opted|elected|resolved|agreed|"
    r"promised|preferred|tried|learned|learnt|(?:told|asked|warned|advised|reminded|begged|"
    r"urged) (?:him|her|them|us|me|everyone|the \w+)|(?:was|were) told|made sure|was careful|"
    r"took care)\s+(?:not|never)\s+to\b|"
    # a reply that says no and goes on in a clause of its own: "No, I sorted it out with her"
    # denies what was asked, not the sorting out
    r"^\W*no(?=,\s*(?:I|we|he|she|they|it|that|the|my|our)\b)|"
    # "they always say no", "the VP still said no": a refusal told is a thing said
    # ("- told him no, audit would flag it": the same, told to someone)
    r"(?<!instead of )(?<!instead of just )(?:say|says|said|saying|(?:tell|tells|told) (?:him|"
    r"her|them|us|me|the \w+)) (?:a (?:flat|firm|hard) )?"
    r"\"?no\b(?! (?:one|longer|more)\b))|"
    # a refusal named as a thing: "a no lands better with an alternative", "his no stood"
    r"\b(?:a|the|his|her|their|my|our|your|that|this|every) (?:firm |flat |hard |clear )?no\b"
    r"(?=\s+(?!(?:one|longer|more|doubt|matter|way)\b)[a-z]+)",
    re.IGNORECASE,
)
# Words that make a job a portrait: "I'm a careful planner", "I'm a very hands-on manager".
_PORTRAYING = (r"very|really|quite|pretty|super|fairly|so|big|huge|real|true|natural|born|"
               r"hands-on|people|careful|good|great|strong|organi[sz]ed|meticulous|methodical|"
               r"thorough|patient|calm|fair|tough|demanding|hard-?working|honest|open|"
               r"approachable|perfectionist|proactive|empathetic|firm|strict|confident|reliable|"
               r"creative|curious|positive|detail-oriented|details?|results-driven|collaborative|"
               r"supportive|friendly|direct|decisive|cautious|pragmatic|practical|"
               r"structured|logical|analytical|systematic|flexible|humble|kind|hands-off|bad|"
               r"better|best|natural-born")
_NO_JOB = (r"(?! (?:(?!(?:" + _PORTRAYING + r")\b)[\w&'’-]+ ){0,3}?(?:" + ROLE_NOUN + r")\b)")
_HABITUAL = re.compile_gated("habit-words",  # gated: see _HEDGE
    # a standing rule told as such: "Our policy was that refunds took ten days"
    r"\b(?:rule|policy|process|procedure|practice|routine|norm|standard answer|default|protocol|"
    r"convention|habit) (?:was|is)(?= that\b| to\b|:|,|$)|"
    # …or as what was said or done as a rule: "the usual explanation was timing differences"
    r"\b(?:the|our|my|their|his|her) (?:usual|standard|stock|normal|regular) (?:[\w-]+ )?"
    r"(?:explanation|answer|reply|response|excuse|line|advice|fix|workaround) (?:was|is)\b|"
    r"\b(?:always|usually|generally|typically|normally|tend to|tends to|every time|whenever|"
    r"each time|as a rule|by nature|in general|my approach is|my style is|"
    # "I was the kind of person who said yes to everything": who they were then, not one event
    r"I was (?:someone who|the (?:kind|type|sort) of (?:person|manager|engineer|lead) who)|"
    # (a job is no portrait: "I'm a pharmacy technician", where "I'm a very hands-on manager"
    # portrays)
    r"(?:I'm|I am) (?:(?:a|an)\b" + _NO_JOB + r"|someone|the (?:kind|type|sort))|"
    r"I'm (?:very|really|quite|pretty) \w+ (?:about|at|with)|I (?:really )?(?:believe in|value|"
    r"pride myself|care about|like to|love to|try to|make sure|make a point|prefer to|aim to|"
    r"strive to))\b",
    re.IGNORECASE,
)
# (Gated by its words, which nine clauses in ten lack: `regexes.compile_gated`; so are the
# reporting frames, the words of habit and of one occasion, and the blanks where a miss was
# asked for, most of whose clauses or sentences lack theirs.)
_HEDGE = re.compile_gated(
    "hedges",
    r"\b(?:I think(?! (?:about|of)\b)|I guess|I suppose|I believe(?! in)|I feel like|I felt like|"
    # "I thought about this one" considered it: only a thought about what is so hedges
    r"(?:I|we) thought(?! (?:about|of|through|over|it through|hard|long)\b)|maybe|perhaps|"
    # "the kind of person who…", "a sort of checklist" name a kind; "it kind of worked" hedges
    # ("that kind of told me" hedges: "that" is its subject)
    # ("this kind of work", "that kind of situation" name a kind too, where "that" is no
    # subject)
    r"probably|possibly|(?<!\bthe )(?<!\ba )(?<!\bwhat )(?<!\bsome )(?<!\bany )(?<!\bthis )"
    r"(?<!\bthese )(?<!\bthose )(?<!\bthat )(?:kind|sort) of|\bthat (?:kind|sort) of (?=\w+ed\b|"
    r"(?:told|made|gave|showed|felt|was|got|meant|left|put|set|kept)\b)|"
    r"kinda|sorta|somewhat|"
    # "he seemed stressed" is what the candidate saw of someone, not doubt about the story;
    # "it seemed to work" and "she seemed to agree" doubt what happened
    r"more or less|I'd say|seem(?:s|ed)? (?:to|like)\b|(?<!\bhe )(?<!\bshe )(?<!\bthey )"
    r"seem(?:s|ed)?|apparently|something like|hopefully|"
    r"not sure|I assume|"
    r"I reckon|likely|presumably|I hope|I imagine|as far as I know|if I remember|I want to say|"
    r"if I recall|I believe|"
    # a note's own "I think", its subject left out: "- Think things got better"
    r"(?:^|(?<=^- )|(?<=^• ))(?:think|guess|reckon|suppose)(?! (?:about|of|through)\b))\b",
    re.IGNORECASE,
)


# A clause's words of habit and its hedges are asked for by its mode and again by its learned
# reading (`cue_signals`): looked for once.
@lru_cache(maxsize=4096)
def _habit_word(text: str) -> bool:
    return _HABITUAL.search(text) is not None


@lru_cache(maxsize=4096)
def _hedge_word(text: str) -> bool:
    return _HEDGE.search(text) is not None


@lru_cache(maxsize=4096)  # asked of each clause by its mode, its learned reading and credit
def negation_at(text: str) -> tuple[tuple[int, int], ...]:
    """Where negation triggers sit in `text`, pseudo-triggers ("not only") excepted.

    "without" negates a clause it opens ("without telling anyone"), not the event before it
    ("I went to the VP without telling her" did happen), and only as a step not taken: "for the
    families without devices I made paper packs" made them.
    """
    triggers = list(_NEGATION.finditer(text))
    if not triggers:
        return ()  # (most clauses: what would set a trigger aside is not searched for)
    pseudo = [(m.start(), m.end()) for m in _PSEUDO_NEGATION.finditer(text)]
    pseudo += [(m.start(1), m.end(1)) for m in _CONTRAST.finditer(text)
               if (has_verb(text[:m.start()]) or _SUBJECT_AFTER_CONNECTIVE.match(
                   text[:m.start()])) and not has_verb(m.group(2))
               and not _NEGATION.search(text[:m.start()])]
    opening = len(text) - len(_subject_text(text))
    return tuple(
        (m.start(), m.end()) for m in triggers
        if not any(s <= m.start() < e for s, e in pseudo)
        and (m.group(0).lower() != "without"
             or (m.start() <= opening and _STEP_NOT_TAKEN.match(text, m.end()) is not None))
    )


# "without" + a verb's -ing form ("without telling anyone", "without even asking"); "without
# anything to go on" and "without devices" name what someone or something lacked.
_STEP_NOT_TAKEN = re.compile(r"\s+(?:even |ever |first |really |once )?"
                             r"(?!(?:any|some|every|no)thing\b)[a-z]+ing\b", re.IGNORECASE)


# A contrastive tail after a told clause negates nothing in it: "two other wards asked Marjorie,
# not me", "it's a blog post, not a contract", "mostly politics, not a technical issue".
# "we had no outages, not one" goes on denying: an emphatic tail is no contrast.
_CONTRAST = re.compile(r",\s+(not)\s+(?!(?:one|once|a single|even|ever|at all|a word|a thing|"
                       r"anything|anyone|a soul)\b)([^,.;:!?]{1,40})(?=[,.;:!?]|$)",
                       re.IGNORECASE)


# "I said we shouldn't" is a thing said: the frame's mode is the clause's mode, whatever the
# content's.
_SPEECH_FRAME = re.compile(
    r"^(?:\S+\s+){1,3}?(?:said|told \w+|argued|explained|warned|proposed|suggested|asked(?: \w+)?|"
    r"wrote|pointed out|made the case|insisted|replied|mentioned|emailed|admitted|promised|"
    # …and so is a complaint: "other agents start to complain it's not fair"
    r"(?:start(?:ed|s)?|began|begin) to complain|complained|"
    # …and so is a thought: "they assumed they'd get written up", "I kept thinking we'd catch up"
    r"assumed|expected|hoped|figured|worried|feared|knew|suspected|realised|realized|"
    # …and a certainty or a fear held then: "I was sure we'd lose sign-ups"
    r"(?:was|were) (?:so |pretty |quite |really |absolutely |dead )?(?:sure|certain|"
    r"convinced|afraid|scared|terrified|confident)|"
    # …and so is a lesson drawn: "I learned the fastest fix is often not in your own system"
    r"kept thinking|learned|learnt)\b",
    re.IGNORECASE,
)
# ("I just picked one, no discussion": a tail past a comma denies nothing the clause did)
_NEGATED_OBJECT = re.compile(
    r"^(?:\S+\s+){0,3}?[^\s,]+\s+(?:no|none|nothing|zero|never)\b", re.IGNORECASE
)
NEGATION_REACH = 3
"""A trigger within this many words after the subject negates the clause's main event; one
further on sits in a complement ("I rewrote it so anything not yet shipped…")."""


_APPOSITIVE = re.compile(r",\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:the|our|my|their|"
                         r"his|her) [\w'’-]+(?: [\w'’-]+){0,3}),\s*")


def _on_main_verb(text: str, triggers: Sequence[tuple[int, int]]) -> bool:
    """Whether a trigger sits before the subject, in it ("nobody"), or on the verb after it.

    The verb is found after the subject phrase, so "my manager at the time just did not care"
    is negated and "I rewrote it so anything not yet shipped…" is not.
    """
    if not triggers:
        return False  # (most clauses: finding their subject and verb would decide nothing)
    rest = _subject_text(text)
    offset = len(text) - len(rest)
    phrase = _subject_phrase(rest)
    reach = len(phrase) + NEGATION_REACH
    # An afterthought past a comma ("I disagreed, and not on taste") leaves the verb alone.
    after_subject = len(" ".join(rest.split()[:len(phrase)]))
    # (a step with no subject may end its phrase on that comma: "Go to the person first, not
    # over their head" contrasts, it denies no going)
    comma = rest.find(",", max(after_subject - 1, 0) if rest[:after_subject].endswith(",")
                      and _is_fragment(rest) else after_subject)
    # The subject's own last word may carry the comma that opens an aside ("Dana, the head…").
    opening = rest.find(",", max(after_subject - 1, 0))
    aside = _APPOSITIVE.match(rest, opening) if opening != -1 else None
    if aside:
        # "the head of sales, Dana, didn't trust…": a name set off by commas is the subject
        # again, and the verb comes after it.
        comma = rest.find(",", aside.end())
        reach += len(aside.group().split())
    end = offset + comma if comma != -1 else len(text)
    for start, _ in triggers:
        if start < offset or (start < end and len(text[offset:start].split()) < reach):
            return True
    return False


_BRACKETED = re.compile(r"\([^()]*\)")
_NOT_THAT = re.compile(r"(?:,\s*|\s+)(?:though|although|but|yet)\s+not\s+(?:the|a|an|his|her|"
                       r"their|my|our|its|this|that)\b[^,;.!?]*[.!?]?$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _negates_main(text: str) -> bool:
    # A word set off in brackets is an aside: "rebuilt the index (no lock)" was done.
    text = _BRACKETED.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    # …and so is what a step was set against: "and apologised for the tone, though not the
    # point" apologised.
    text = _NOT_THAT.sub(lambda m: " " * len(m.group()), text) if " not " in text else text
    if _on_main_verb(text, negation_at(text)):
        return True
    # "we had no outages", "there were none", "I changed nothing"
    rest = _subject_text(text)
    return bool(_NEGATED_OBJECT.match(rest)) and bool(negation_at(rest))


# "We agreed I would send builds by noon", "we agreed reviews would be done within a day", "We
# agreed I'd do mobility at 11:30": the past's future, as agreed, not an imagined act.
_AGREED_FUTURE = re.compile(
    r"\b(?:agreed|promised|decided|committed|planned|said|told (?:him|her|them|me|us)|"
    r"assured (?:him|her|them)|confirmed)\s+(?:that\s+)?(?:(?:I|we|he|she|they|it|(?:the |our |"
    r"their |his |her |all |every |each )?[\w-]+(?: [\w-]+)?)\s+(would)\b|"
    r"((?:I|we|he|she|they)['’]d)\b)",
    re.IGNORECASE)


# "I asked the billing lead if I could take it on": the modal is in what was asked, and the
# asking happened.
_ASKED_IF = re.compile(r"\b(?:ask|asked|asks|asking|wonder|wondered|wonders|check|checked|checks)\b"
                       r"[^.;]{0,60}?"
                       r"\b(?:if|whether)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of each clause by its mode and its learned reading
def mode_triggers(text: str) -> tuple[tuple[int, int], ...]:
    """Where the words that make a clause hypothetical sit in `text`."""
    found = [(m.start(), m.end()) for m in _HYPOTHETICAL.finditer(text)]
    if not found:
        return ()  # (most clauses: what would set a trigger aside is not searched for)
    agreed = {m.start(1) if m.group(1) else m.start(2) for m in _AGREED_FUTURE.finditer(text)}
    asked = _ASKED_IF.search(text)
    return tuple((start, end) for start, end in found
                 if start not in agreed and not (asked and start > asked.start()))


@lru_cache(maxsize=4096)
def _hypothetical_main(text: str) -> bool:
    """A modal on the main verb ("I would…", "If I were…", "whoever was on call would…"), not
    in a complement ("I underestimated how long it would take")."""
    return bool(_FREE_RELATIVE.match(text)) or _on_main_verb(text, mode_triggers(text))


# "The uptime check ran every fifteen minutes" is a state of affairs; "I posted updates every two
# hours through the maintenance window" a step repeated inside one bounded episode (LABELS.md),
# and "the ER stopped calling every hour" one change.
_EVERY_SPAN = re.compile(r"\bevery (?:(?:few|couple of|two|three|four|five|six|ten|fifteen|twenty|"
                         r"thirty|\d+) ?(?:minutes|mins?|hours|hrs|days|weeks)|half (?:an )?hour|"
                         r"hour)\b",
                         re.IGNORECASE)
_BOUNDED = re.compile(r"\b(?:through|throughout|until|till|during|for the (?:next|rest)|that "
                      r"(?:night|day|week|weekend|month|quarter|year)|stopped|"
                      # a stretch counted out: "each morning for two weeks", "for a fortnight"
                      r"for (?:the )?(?:first )?(?:two|three|four|five|six|eight|ten|a couple of|"
                      r"a few|\d+) (?:days|nights|shifts|weeks|months)|"
                      r"for a (?:week|fortnight|month)|"
                      # …or named as one stretch of the story: "every Thursday for the first
                      # quarter", "every night of the run", "before every show on that tour"
                      r"for the (?:first|last|whole) (?:[\w-]+ ){0,2}(?:days|nights|weeks|months|"
                      r"quarter|year|term|season|run|tour|week|month)|of the (?:run|tour|trip|"
                      r"season|pilot|trial|festival|shutdown|refit|migration|launch week)|on that "
                      r"(?:tour|trip|job|project|site|run|contract)|that (?:term|season|summer|"
                      r"winter|spring|autumn)|"
                      # a routine set up once: "we added a check before every pour"
                      r"added|introduced|instituted|set up|put in place|"
                      r"(?:started|began)(?! \w+ing))\b",
                      re.IGNORECASE)
_EVERY_OCCASION = (r"\b(?:every|each) (?:single )?(?:call|meeting|standup|stand-up|review|"
                   r"code review|retro|release|demo|one-on-one|1:1|handover|visit|delivery|"
                   r"inspection|round|briefing|huddle|payday|sprint planning|planning)\b")
# What happened again and again is a habit of the story, not one event.
# "We used to close at six" is a habit of the past; "everyone was used to it" (accustomed) and
# "the van was used to carry stock" (put to use) are not.
_USED_TO = (r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bam )(?<!'m )(?<!'re )"
            r"(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgot )(?<!\bgetting )(?<!\bbecame )"
            r"\bused to\b")
_REPEATED = re.compile(
    rf"\bwould {_PAST_RECURRING}\b|"
    # ("kept double-booking the rooms": a hyphenated verb keeps on as well)
    rf"\b(?:kept|keep|keeps) (?:[\w]+-)?\w+ing\b|{_USED_TO}|"
    r"\b(?:every|each) (?:single )?(?:day|week|fortnight|month|year|time|sprint|quarter|morning|"
    r"night|evening|release|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shift|cycle|weekend|"
    # the seasons and feasts of a year: "every spring the river floods the car park"
    r"spring|summer|autumn|fall|winter|season|term|semester|harvest|christmas|easter|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bevery other \w+\b|"
    # a share of occasions: "late one week in three", "two nights out of five"
    # (not an amount over a stretch: "we had to ship 40,000 orders in two weeks")
    r"(?<![\d,.])\b(?:one|two|three|four|\d+) (?:day|week|month|night|shift|morning|time|order|"
    r"delivery|load|batch)s? (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\b(?! (?:days?|weeks?|months?|years?|hours?|minutes?|shifts?)\b)|"
    # an occasion put first without its "for" or "at": "Now every exam we keep printed copies",
    # "Each delivery I check the seals"
    r"^\W*(?:(?:and|but|so|now|then),?\s+)*(?:every|each) (?!one\b|other\b|single\b)[\w-]+"
    r"(?: [\w-]+)? (?:I|we|they|he|she)\b|"
    # a step in progress at a rate: "the calls was coming every few seconds" (where "I sent an
    # update every two hours" is a step repeated within one episode)
    r"\b(?:was|were|is|are)\s+(?:\w+\s+)?\w+ing\b.*\bevery (?:few|couple of|\d+|two|three|four|"
    r"five|ten|fifteen|twenty|thirty) (?:seconds|minutes|hours|days|weeks)\b|"
    # a routine since the story, as a note puts it with no subject: "- now: reconfirm every
    # booking at 72h"
    r"^\W*now\b[:,]?\s+(?!\w+(?:ed|ing)\b)[a-z]+\s+(?:every|each|all)\b|"
    # "a dip every second Monday", "every third sprint"
    r"\bevery (?:second|third|fourth) (?:day|week|month|year|sprint|quarter|morning|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|shift|weekend|release)\b|"
    # "in every call", "over and over", "as usual", "rotated certs monthly" (the adverb closing
    # the clause: a "monthly report" is a thing)
    r"\b(?:in|at) every (?:call|meeting|standup|stand-up|review|retro|sprint|release|demo|"
    r"one-on-one|1:1|handover|visit|delivery|inspection|round|briefing|huddle|shift)\b|"
    r"\b(?:over and over|as usual|most of the time|ever since|sometimes|often|frequently|"
    r"occasionally)\b|\b(?:daily|weekly|monthly|nightly|hourly)[.!?]?$|"
    # a step in progress for a long open stretch: "everyone was rerunning it for a year"
    r"\b(?:was|were)\s+(?:\w+\s+)?\w+ing\b.*\bfor (?:a|two|three|several|many) (?:years?|"
    r"months?)\b|"
    # …or since a time, as second-language English puts "have been doing": "I am working in a
    # bicycle shop since 2020", "he was taking money since almost one year"
    r"\b(?:am|is|are|was|were|['’]m|['’]re)\s+(?:\w+\s+)?\w+ing\b.*\b(?:since|from) (?:\d{4}|"
    r"(?:a )?long time|(?:almost |nearly |about |around |over )?(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|many|several|a few|\d+) (?:years?|months?))\b|"
    # …told with the stretch first ("for, like, months the count was coming up short"), or of
    # each one of a kind ("Every changeover was taking two hours", "each batch took a day")
    r"\bfor,? (?:like,? )?(?:months|years)\b.*\b(?:was|were)\s+(?:\w+\s+)?\w+ing\b|"
    r"^\W*(?:(?:and|but|so),? )?(?:every|each) (?!one\b|other\b|single\b|time\b)[\w-]+ (?:was|"
    r"were)\s+(?:\w+ly\s+)?(?:\w+ing|taking|costing|lasting)\b|"
    r"\bon (?:mondays|tuesdays|wednesdays|"
    r"thursdays|fridays|saturdays|sundays|\w+ nights|(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday) (?:mornings|afternoons|evenings))\b|"
    # ("we missed it twice, down from most nights": the rate before is no habit of the clause)
    r"\b(?:regularly|routinely|constantly|repeatedly|all the time|again and again|"
    r"(?<!\bfrom )most (?:days|nights|mornings|evenings|weeks|weekends|months|shifts|sprints|"
    r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))\b|"
    r"\b(?:once|twice|three times) a (?:day|week|month|sprint)\b|"
    # more adverbials of frequency: "a few times a week", "twice per shift", "every so often",
    # "day after day", "on a daily basis", "nine times out of ten", "on weekends"
    # (a change told from one rate to another, "from weekly to once a quarter", is no habit)
    r"(?<!\bfrom )(?<!\bto )(?<!\bto maybe )(?<!\bto about )(?<!\bto around )(?<!\bto roughly )"
    r"\b(?:(?:a few|several|many|\w+) times|once|twice) (?:a|per|every) "
    r"(?:day|week|month|year|shift|night|sprint|quarter|season)\b|\bevery (?:so often|now and "
    r"(?:then|again))\b|\b(?:now and (?:then|again)|from time to time|more often than not|time "
    r"after time|(?:day|week|night|month|year) after (?:day|week|night|month|year)|on a (?:daily|"
    r"weekly|monthly|regular|nightly) basis|\w+ times out of (?:ten|\w+)|(?:on|at) weekends)\b|"
    # meetings as a kind, not counted: "in the planning meetings Dev talked over everyone",
    # "at standups she said nothing" (where "in the meeting", "in the two meetings" are one
    # or a few occasions)
    r"\b(?:in|at|during) (?:the |our |those |these |team )?(?:(?!two\b|three\b|both\b|first\b|"
    r"last\b|next\b)[\w-]+ )?(?:meetings|standups|stand-ups|retros|retrospectives|"
    r"one-on-ones|1:1s|huddles|briefings|handovers|syncs|check-ins)\b|"
    # a step timed by every occasion of something: "tasted by the chef before every service"
    r"\b(?:before|after|during|at the end of|at the start of) (?:every|each) (?!one\b|of\b)\w+|"
    # an occasion that opens the clause, or times a step in progress: "Every standup one of them
    # was making jokes", "we were having an argument every code review"
    rf"^\W*(?:(?:and|but|so),? )?{_EVERY_OCCASION}|"
    rf"\b(?:was|were|is|are|am|'re)\s+(?:\w+\s+)?\w+ing\b.*{_EVERY_OCCASION}|"
    # …or closes it after a comma, as an afterthought: "I book the room, pretty much every
    # retro" (where "I checked every delivery" counts things)
    rf",\s+(?:(?:pretty much|almost|nearly|just about|more or less)\s+)?{_EVERY_OCCASION}\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # asked of each clause by its mode, its learned reading and its licence
def _repeated_at(text: str) -> re.Match[str] | None:
    return _REPEATED.search(text)


_PRESENT = re.compile(
    r"^(?:am|is|are|do|does|don't|doesn't|can|can't|cannot|must|need|needs|want|wants|get|gets|"
    r"make|makes|keep|keeps|go|goes|look|looks|see|sees|ask|asks|try|tries|take|takes|puts|"
    r"lets|runs|write|writes|check|checks|start|starts|tell|tells|show|shows|give|gives|bring|"
    r"brings|use|uses|say|says|work|works|send|sends|find|finds|know|knows|like|likes|love|"
    r"loves|prefer|prefers|focus|focuses|spend|spends|follow|follows|treat|treats|believe|"
    r"believes|value|values|care|cares|expect|expects|means|feel|feels|push|pushes|raise|"
    r"raises|share|shares|learn|learns|assume|assumes|stay|stays|breaks|fails|happens|comes)$",
    re.IGNORECASE,
)
# A verb in the third person present after a subject the scan above cannot end ("sales listens
# to dollars", "backup costs 0.4% more", "dev-rel owns them", "which delays surgery"): an -s
# word after a word that is no determiner or number, before an object, "to" or a comparison.
_THIRD_PERSON_PRESENT = re.compile(
    r"^(?!(?:I|we|you|they|he|she|it)\s)"
    # (not a step in the past with its subject left out: "Invited colleagues to sit in")
    r"(?![a-z]*[^e\W]ed\s)"
    r"(?:which|that|who|(?:(?:the|a|an|our|my|their|his|her|its|this|that|every|each)\s+)?"
    r"(?:[\w-]+\s+)?(?!(?:the|a|an|our|my|their|his|her|its|this|that|these|those|some|all|many|"
    r"most|few|several|both|two|three|four|five|\d+)\s)[\w-]+)\s+"
    r"(?!(?:this|his|its|was|has|does|is|thus|plus|yes|us|as|less|unless|perhaps|always|"
    r"sometimes|afterwards|towards|besides|news|series|means|across|across)\b)"
    r"(?:\w+ly\s+)?[a-z]{2,}[^s'\W]s\s+(?:(?:the|a|an|any|every|all|no|some|them|it|him|her|us|me|to|"
    r"far|more|less|higher|lower|about)\b|\d)"
    # (a noun before a noun: "breakfast complaints about pastry went from five a week to none")
    r"(?!\s*[\w-]+\s+(?:went|fell|dropped|rose|came|grew|was|were|had|did|got|stayed|stopped|"
    r"started|doubled|halved)\b)", re.IGNORECASE)
# A plural noun in the present, with no verb ending: how a kind of people or things goes on
# ("people back a plan they helped write", "our drivers start at six", "good reviews come from
# checklists"), where "the drivers left at six" is past and "the drivers were late" a state.
_PLURAL_PRESENT = re.compile(
    r"^(?:that\s+)?(?:(?:our|my|their|most|many|all|some|good|bad|new|senior|junior|young|older|local|"
    r"small|big|other)\s+){0,2}(?!(?:this|his|its|was|has|does|thus|plus|yes|perhaps|always|"
    r"sometimes|turns|seems|means|news|series|afterwards|besides|towards)\b)"
    r"(?:people|staff|folks|men|women|children|[a-z]{2,}[^s'\W]s)\s+"
    r"(?:only\s+|just\s+|all\s+|also\s+|rarely\s+)?(?P<verb>[a-z]{2,}(?<!ed)(?<!s))\s+"
    r"(?:the|a|an|any|every|all|no|some|them|it|him|her|us|me|to|at|from|what|that|their|our|"
    r"his|its|on|in|with|for|by|\d)\b", re.IGNORECASE)
# Adverbs between a subject and its verb.
_MANNER = re.compile(r"^(?:nearly|almost|also|only|just|even|really|actually|basically|literally|"
                     r"honestly|then|first|finally|quickly|immediately|personally|later|never|"
                     # a hedge is no verb: "I probably made it worse" is told in the past
                     r"already|probably|possibly|maybe|perhaps|definitely|certainly|obviously|"
                     r"clearly|simply|totally|completely)$", re.IGNORECASE)
# After "have" or "be": a participle (an event) or an -ing (a step in progress).
_PARTICIPLE_OR_ING = re.compile(
    r"^(?:\w+ed|\w+ing|been|seen|done|gone|had|made|taken|given|written|built|run|told|sent|spent|"
    r"said|known|found|heard|got|gotten|brought|bought|caught|taught|kept|held|met|left|lost|won|"
    r"paid|put|set|cut|read|shown|grown|chosen|spoken|broken|fallen|become|come|begun|driven|"
    rf"{_MORE_PARTICIPLES})$",
    re.IGNORECASE)
# A frame in the present about a story told, not a habit: "I remember being livid", "I'm not
# gonna lie", "I'm going to be real with you", "I'm the one who skipped the load test", "it's
# been used twice since".
_NOT_A_HABIT = re.compile(
    r"^(?:I|we) (?:remember|recall)\b|^(?:I'm|I am|I’m) (?:not )?(?:gonna|going to) (?:lie|be "
    r"(?:real|honest|frank|straight|upfront))\b|^(?:I'm|I am|I’m|we're|we are) the (?:one|ones) "
    r"(?:who|that)\b|^(?:it's|it has|that's|he's|she's) (?:been|had|got|gone|done)\b",
    re.IGNORECASE)
_NUMBER_WORD = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$",
                          re.IGNORECASE)
_CONTRACTED_PRESENT = re.compile(r"^(?:i'm|we're|they're|he's|she's|it's|that's|there's|"
                                 r"here's|you're)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _present_tense(rest: str) -> bool:
    """Whether the clause's own verb, right after its subject, is in the present ("I ask",
    "it breaks", "I'm someone who…"); present perfect ("I have sent") tells an event."""
    words = [w.strip(",.;:!?\"“”()").replace("’", "'") for w in rest.split()[:10]]
    if not words:
        return False
    if _NOT_A_HABIT.match(rest):
        return False
    if _CONTRACTED_PRESENT.match(words[0]) or _THIRD_PERSON_PRESENT.match(rest):
        return True
    plural = _PLURAL_PRESENT.match(rest)
    if plural and plural.group("verb").lower() not in _NOT_PRESENT | _NOT_A_VERB:
        return True
    phrase = _subject_phrase(rest)
    # "I nearly optimised", "I also had our drivers…": the verb after an adverb.
    words = words[:len(phrase)] + [w for w in words[len(phrase):len(phrase) + 2]
                                   if not _MANNER.match(w)] + words[len(phrase) + 2:]
    if words[len(phrase):len(phrase) + 1] in (["had"], ["Had"]):
        return False  # "We had the redesign due": "had" is the verb, and it is past
    after = "".join(words[len(phrase) + 1:len(phrase) + 2])
    if words[len(phrase):len(phrase) + 1] in (["have"], ["has"]) and after and not (
            _DETERMINER.match(after) or _NUMBER_WORD.match(after) or after.lower() in (
                "to", "no")) or words[
            len(phrase):len(phrase) + 1] in (["am"], ["is"], ["are"]) and (
            _PARTICIPLE_OR_ING.match(after)):
        # "I have seen", "they are closing the books": an event, one in progress.
        return False
    if words[len(phrase):len(phrase) + 1] in (["have"], ["has"]) and (
            _DETERMINER.match(after) or _NUMBER_WORD.match(after)):
        return True  # "now we have a written plan", "one shared file": a state, where "we have
        # sent" is an event
    following = [w for w in words[len(phrase):] if not _AUXILIARY.match(w)]
    if len(following) > 1 and following[0].lower() in ("we", "they") and _AND_I.search(
            " ".join(phrase)):
        # "Lena and me, we walked the aisle": the pronoun takes the pair up again, and the
        # verb follows it
        following = following[1:]
    if not phrase or not following or following[0] in ("AM", "PM"):
        return False  # ("booked ramp taxi for next AM": the morning, no "am")
    if _PRESENT.match(following[0]):
        return True
    # "he now runs the buffer lane", "the script still saves 30%": the third person's -s;
    # "Aisha and I now co-lead the induction": any form that is not past.
    if {"now", "still"} & {w.lower() for w in words[len(phrase):len(phrase) + 2]} and (re.match(
            r"^[a-z]{2,}[^s]s$", following[0]) or _AND_I.search(" ".join(phrase)) and not (
            following[0].endswith("ed") or _FINITE.match(following[0]))) and (
            following[0].lower() not in _NOT_PRESENT):
        return True
    # After "I", "we", "you" or "they" the next word is the verb: any form that is not past,
    # a modal or an auxiliary is the present ("I over-prepare", "we rotate the pager").
    verb = following[0].lower()
    # So it is after a pair with the speaker said as "me", as second-language English says
    # it ("Gary and me present the list").
    pair = " ".join(phrase)
    return (phrase[0].lower() in ("i", "we", "you", "they") or bool(_AND_I.search(pair)) and bool(
        re.search(r"\b(?:me|I)\b", pair, re.IGNORECASE))) and verb.replace(
        "-", "").isalpha() and not any(
        # ("co-wrote" is past as "wrote" is)
        form.endswith("ed") or form in _NOT_PRESENT or _FINITE.match(form)
        for form in {verb, verb.rsplit("-", 1)[-1]})


_PAST_FORMS = frozenset(
    """was were had did got went said told made took came kept gave ran built wrote found saw
    began left lost won fell rose grew became brought thought felt knew sent set put cut met
    spent stood shut led paid sold held tore drove chose read meant heard understood let hit
    caught bought taught sat spoke drew dug sought threw flew fed wore rewrote rebuilt split
    quit broke stuck dealt hid shook swore woke rode struck sang rang forgot forgave overtook
    mistook undertook withdrew spread cost hurt bet burst cast upset
    lent bent sank spun fought sped slept swept fled lit slid stole swung blew froze overrode
    oversaw misread redid withheld shrank strove swam trod wove wrung knelt leapt crept wept
    bled clung flung hung stung forbade overheard overran underwent upheld foresaw misled
    outgrew overcame overslept shot shone laid mislaid repaid relaid dreamt spelt spilt dwelt
    arose awoke burnt drank learnt spat sprang""".split()
)
# Words after a plural noun that are no present verb: "sales were", "numbers only", "rows
# per day".
_NOT_A_VERB = frozenset(
    """per of to in on at by for from with and or but than are have had can could will would
    should must may might did do were was been being ago later earlier out back up down off
    over away time frozen done gone taken given seen known shown written now still already
    then too here there""".split())
_NOT_PRESENT = _PAST_FORMS | frozenset(
    """and or but then also just both all each only even never not really actually always
    usually often still already finally eventually""".split()
)


def cue_signals(text: str) -> list[str]:
    """Each rule's own finding for a clause, before `read_mode` and `read_actor` rank them: the
    learned layer weighs them together ("I'd usually…" is both a modal and a habit)."""
    rest = _subject_text(text)
    return [name for name, hit in (
        ("modal-main", _hypothetical_main(text)),
        ("modal-any", bool(mode_triggers(text))),
        ("negated-main", _negates_main(text)),
        ("negation-any", bool(negation_at(text))),
        ("habit-word", _habit_word(text)),
        ("repeated", bool(_repeated_at(text))),
        ("present", _present_tense(rest)),
        ("hedge-word", _hedge_word(text)),
        ("past", past_tense(text)),
        ("first-person", bool(_SINGULAR.search(text))),
        ("plural-person", bool(_PLURAL.search(text))),
        ("people-word", any(w.lower().strip(",.;:") in _PEOPLE for w in rest.split()[:4])),
        ("stripped-lead", rest != text),
    ) if hit]


# "I took notes on the reports he used every morning": the repetition is his, in a relative
# clause with a subject of its own, not the candidate's step.
_EMBEDDED_SUBJECT = re.compile(r"\b(?:he|she|they|it|people|customers|users)\s+(?:\w+\s+){0,2}$",
                               re.IGNORECASE)
_MAIN_SELF = re.compile(r"^(?:I|we)\b", re.IGNORECASE)


# A verb of its own between the clause's verb and a time of recurrence: a relative clause or an
# infinitive ("a spreadsheet he rebuilt by hand every Monday", "a CI check that runs every
# example", "I decided to work two night shifts every month").
_OWN_VERB_BEFORE = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+ly\s+)?\w+|\b(?:that|which|who)\s+(?:\w+\s+)?\w+(?:ed|s)\b|"
    r"\b(?:decided|agreed|started|began|tried|wanted|planned|offered|promised|chose|needed|"
    r"managed|volunteered|proposed|(?:asked|told|got) \w+|"
    # …and in the present a second-language telling narrates in: "she agree to open two
    # Saturday slots each month"
    r"(?:agree|decide|offer|promise)s?) to \w+", re.IGNORECASE)
# A routine begun once is a step of the story: "I started measuring five parts every hour"
# ("we kept measuring" is a habit, LABELS.md).
_BEGUN = re.compile(r"^\W*(?:(?:and|so|then),?\s+)?(?:I|we)\s+(?:then\s+)?(?:started|began)\s+"
                    r"\w+ing\b", re.IGNORECASE)
_TIME_OF_RECURRENCE = re.compile(r"^(?:every|each|on|in|before|after|during|at the|daily|weekly|"
                                 r"monthly|nightly|hourly|once|"
                                 r"twice|three)\b", re.IGNORECASE)


# What a frame says, when it is no clause of its own: "no", "for it", "me the same thing".
_SAID_WHAT = re.compile(r"^\s*(?:(?!(?:that|if|whether|to|I|we|he|she|they|you|it's|there)\b)"
                        r"[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _said_each_time(rest: str, frame_end: int) -> bool:
    """Whether the recurrence after a speech frame times the saying itself: "product said no
    every quarter", "customers asked for it every month" said it again and again, where in "she
    said we'd ship every quarter" the recurrence is what she said would happen."""
    found = _repeated_at(rest)
    return found is not None and found.start() >= frame_end and bool(
        _SAID_WHAT.match(rest[frame_end:found.start()]))


def _repeated_here(text: str, rest: str) -> bool:
    """Whether the clause's own verb recurs, not a verb embedded under another subject."""
    found = _repeated_at(text)
    if found is None or _PERFECT_SINCE.search(text):
        # ("the stock's matched ever since": a result that has held, LABELS.md)
        return False
    if _TIME_OF_RECURRENCE.match(found.group(0)) and not _PROGRESSIVE.search(
            text) and (_OWN_VERB_BEFORE.search(
            rest[len(" ".join(_subject_phrase(rest))):len(rest) - len(text) + found.start()]) or
            _BOUNDED.search(text) and not _WOULD.search(text)):
        # …and a step repeated through one bounded stretch ("I posted it every cycle that
        # year", "I sent an update every morning until the container was found") or started
        # once ("I started a clash review every morning") is one step of the story; a step in
        # progress it times is not ("Every night we were staying until eleven", LABELS.md).
        return False
    return not (_MAIN_SELF.match(rest) and _EMBEDDED_SUBJECT.search(text[:found.start()]))


# A state or a result that has held, not a step kept up ("the dashboard has counted it ever
# since" is a habit).
_PERFECT_SINCE = re.compile(r"(?:\b(?:has|have)|['’](?:ve|s)) (?:\w+ly )?(?:been|stayed|held|"
                            r"matched|balanced|remained|lasted|worked|dropped|fallen|risen|gone "
                            r"(?:down|up))\b.*\bever since\b", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:was|were|is|are|am|'re)\s+(?:\w+\s+)?\w+ing\b", re.IGNORECASE)


# What was done before anyone knew was not known to them: "before anyone noticed", "until
# anybody asked", "before I even knew the scope".
_BEFORE_ANYONE = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:before|until) (?:anyone|anybody|"
                            r"\w+(?: else)? even)\b", re.IGNORECASE)


# "if I remember right", and a doubt the speaker has now ("I'm not sure they've forgiven me"; a
# past "I was not sure" tells a state of the story).
_AS_I_RECALL = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:(?:if|as far as) (?:I|we) (?:remember|"
                          r"recall|know|can tell)|(?:I'm|I am|I’m) not (?:sure|certain))\b",
                          re.IGNORECASE)


# ("they'd have to call us" is an obligation, no perfect)
_WOULD = re.compile(r"\b(?:would|(?:I|we|he|she|they|you)'d)\b(?! (?:have|'ve)\b(?! to\b))",
                    re.IGNORECASE)
# Each of a kind of thing as the subject of "would": "Every ticket would come back to her",
# "each order would sit a day" (where "every one of them would leave" is a threat).
_EACH_WOULD = (r"^\W*(?:(?:and|but|so|then),?\s+)?(?:every|each) (?!one\b|of\b|single\b)[\w-]+ "
               r"(?:[\w-]+ )?(?:would|'d)\b")
_WOULD_HABIT = re.compile(
    # "back then my lead would rewrite my tickets", "he would routinely push revenue": a past
    # frame or a routine adverb makes "would" the past's habit, as "used to" is
    r"\b(?:back then|in those days|routinely|constantly|all the time|half the time|"
    r"usually|normally|typically|sometimes|often|regularly|(?:every|each) (?:day|week|month|"
    r"year|time|sprint|quarter|morning|night|evening|spring|summer|autumn|fall|winter|release|"
    r"shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays)|"
    # ("on Monday mornings the phone lines would jam")
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:mornings|"
    r"afternoons|evenings|nights)|most (?:days|nights|mornings|evenings|"
    r"weeks|weekends|months|shifts|sprints)|every (?:other|second|third) (?:day|week|month|"
    r"morning|night|shift|sprint|monday|tuesday|wednesday|thursday|friday)|"
    # …or a rate, or a season that came round: "it would log people out every few days", "the
    # slicer would jam three or four times a shift", "in peak season trailers would sit"
    r"every (?:few|couple of|two|three|four|\d+) (?:hours|days|weeks|nights|shifts)|(?:once|"
    r"twice|(?:(?:two|three|four|five|six|\d+)(?: or (?:three|four|five|six|\d+))?) times) a "
    r"(?:day|week|month|shift|night|year)|in (?:the )?(?:peak|busy|high|winter|summer) "
    r"(?:season|seasons|periods?|weeks|months))\b|"
    + _EACH_WOULD + "|" + _EVERY_OCCASION, re.IGNORECASE)
_WOULD_PLAN = re.compile(r"\b(?:always|if|unless|next time|now|today|in (?:the )?future|rather|"
                         r"never)\b", re.IGNORECASE)
# Someone else's "would always…" in a story is what they used to do ("she'd always ring me at
# home", "the screen would always freeze"); the candidate's or the team's "I'd always…" is what
# they would do in general (LABELS.md).
_THEIR_PLAN = re.compile(r"\b(?:if|unless|next time|in (?:the )?future|rather)\b", re.IGNORECASE)
_ALWAYS = re.compile(r"\balways\b", re.IGNORECASE)
_WILL_AS_A_RULE = re.compile(r"\b(?:will|won['’]t|\w+['’]ll)\s+(?:normally|usually|always|"
                             r"generally|typically|automatically|by default)\b", re.IGNORECASE)
# A present verb told with one occasion is a step of a story told in the present, as a
# second-language speaker often tells one ("After two days I go to him", "In the end we choose
# the cheaper one", "this time the invoice doesn't come"); a routine has no one occasion.
_ONE_OCCASION = re.compile_gated("one-occasion-words",  # gated: see _HEDGE
    r"\b(?:this time|in the end|(?:after|within) (?:a|an|one|two|three|four|five|a few|a couple "
    r"of|some|several|\d+) (?:minutes?|hours?|days?|weeks?|months?)|(?:a|an|one|two|three|\d+) "
    r"(?:hours?|days?|weeks?) later|(?:that|(?:the )?next|(?:the )?following) (?:morning|"
    r"afternoon|evening|night|day)|"
    # the occasion pointed back to: "In this meeting we agree…", "after that call she sends…"
    r"(?:in|at|during|after|before|from) (?:this|that) (?:meeting|call|conversation|shift|visit|"
    r"session|handover|day|week|month|term|point|moment)|"
    # the one occasion counted off from the last: "So in the next meeting I don't make jokes"
    r"(?:in|at|during|after|before|for) the (?:next|following) (?:meeting|call|conversation|"
    r"shift|visit|session|handover|week|month|term|match|game|service|class|lesson|delivery)|"
    r"yesterday)\b", re.IGNORECASE)
_ONGOING_MARK = re.compile(r"\b(?:since|now|still|every|each|whenever|always|usually)\b",
                           re.IGNORECASE)


# "they're junior", "the problem is the wifi, not scanners", "which is like a sixty-thousand-
# dollar decision": a state of the story's own people or things, told in the present, is a
# fact of the story (LABELS.md); "in my culture this is normal", "that's just how I am", "it is
# better to ask early" state how things are in general.
_STORY_STATE = re.compile(
    r"^\W*(?:(?:and|but|so|because|which|since|as)\W+)?(?:it|he|she|they|this|that|which|"
    r"(?:the|their|his|her|its|this|that) [\w-]+(?: [\w-]+)?)\s*(?:is|are|['’]s|['’]re)\b"
    r"(?! (?:\w+ing|now|always|usually|still|never|not|often|sometimes|been|had|got|gone|done)\b)",
    re.IGNORECASE)
_IN_GENERAL = re.compile(
    r"\b(?:now|always|usually|often|sometimes|never|still|these days|every|each|times|"
    r"normal(?:ly)?|usual|typical(?:ly)?|general(?:ly)?|rule|how (?:I|we|you|it|things|they|"
    r"people)|the (?:one|ones|kind|type|sort) (?:who|that)|my (?:thing|style|way)|(?:better|"
    r"best|easier|harder|safer|faster) to)\b", re.IGNORECASE)


# "It's hard for me to name one", "it is easy to blame the vendor": the "it" stands for what
# follows, a judgement in general, no thing of the story.
# ("it's due to ship on Friday", "it's about to go live" tell the story's own plan)
_IT_FOR_WHAT_FOLLOWS = re.compile(
    r"^\W*(?:(?:and|but|so|because),?\s+)?it(?:['’]s| is) (?:\w+ )?(?!(?:due|about|going|"
    r"supposed|meant|set|scheduled|booked|planned|ready) )\w+ (?:for (?:me|us|him|her|them|"
    r"people|anyone) )?to\b", re.IGNORECASE)


def _story_state(text: str) -> bool:
    """Whether a present "be" tells a state of the story's own people or things."""
    return bool(_STORY_STATE.match(text)) and not (
        _IN_GENERAL.search(text) or _IT_FOR_WHAT_FOLLOWS.match(text))


def _told_present(text: str) -> bool:
    """Whether a clause in the present tells the story rather than how things go on: dated to
    one occasion, or a turn of what one person says."""
    return _told_once(text) or bool(_SAYS_NOW.match(text))


def _next_steps(clauses: list[Clause], position: float | None,
                heading: Role | None) -> list[Clause]:
    """The teller's present verb after "so" or "then", with no word of how often anywhere in
    the sentence, is the next step of a story told in the present ("So I call three other
    factories", "Then I suggest a test in two cities"); a routine says how often ("so I redo
    every mockup myself") and a portrait how they are ("so I like to…"). The caller asks only
    where no sentence before it has set up a habit ("Every March the depot rings me. … so I
    drive out" goes on telling it)."""
    # ("Raising the bar starts with yourself, | so I hold myself to the highest standard": a
    # "so" inside the sentence gives a consequence; one opening it, the next step.)
    steps = [at for at, c in enumerate(clauses)
             if c.mode == "habitual" and not c.reported and _NEXT_STEP.match(c.text)
             and (at == 0 or _THEN.match(c.text)) and _bare_present(c.text)]
    # The sentence is searched for words of habit only when it has such a step: few have one,
    # and those searches cost more than anything else in reading a sentence.
    whole = " ".join(c.text for c in clauses)
    if not steps or _GENERIC.search(whole) or _RECURRENCE.search(whole) or _ANY.search(
            whole) or any(_CONDITION_OPENING.match(c.text) for c in clauses):
        return clauses
    return [_in_past_role(replace(c, mode="fact", narrated=True), position, heading)
            if at in steps else c for at, c in enumerate(clauses)]


# "So" or "then" before the teller's present verb: what they did next.
_NEXT_STEP = re.compile(
    r"^\W*(?:so|then|and then|so then|and so),?\s+(?:I|we)\s+(?:just\s+|also\s+|first\s+|"
    r"finally\s+|quickly\s+|immediately\s+)?(?!(?:like|love|hate|find|prefer|need|want|think|"
    r"know|believe|feel|care|tend|try|am|are|have|do|don't|can|can't|must|should|will|would|"
    r"could|might|usually|always|often|never|still|now)\b)[a-z]+\b(?<!ed)", re.IGNORECASE)
_ANY = re.compile(r"\b(?:any|whatever|whoever|whichever)\b", re.IGNORECASE)
_THEN = re.compile(r"^\W*(?:and |so )?then\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of a clause by its mode, by _dated and by the story's occasion
def _told_once(text: str) -> bool:
    """Whether a clause dates itself to one occasion and to nothing that goes on."""
    return bool(_ONE_OCCASION.search(text) or _ONCE_IN_TIME.search(text) or _PAST_FRAME.search(
        text)) and not _ONGOING_MARK.search(text)


_LASTING_NOW = re.compile(r"\b(?:now|these days|nowadays|anymore)\b", re.IGNORECASE)
# What goes on after the story: "still", "since then" with a verb in the present.
_STILL = re.compile(r"\b(?:still|since then|since (?:that|this) (?:time|day|week|month|year|"
                    r"meeting|call|conversation|incident|point)|ever since|from then on)\b",
                    re.IGNORECASE)
_PERFECT_OR_PAST = re.compile(r"\b(?:has|have|had)\b|['’](?:ve|s) been\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:can|could|will|would|should|might|may|must)\b|['’](?:d|ll)\b",
                    re.IGNORECASE)
# What goes on now, in progress or done to something: "now our sales team is checking the
# documents", "now every joint is measured before painting" (whose "-ed" is no past).
_PRESENT_ONGOING = re.compile(r"^(?:\S+\s+){1,4}?(?:am|is|are|'re|'m)\s+(?:\w+ly\s+)?(?:\w+ing|"
                              r"\w+ed|done|made|taken|given|kept|held|sent|run|written|built|"
                              r"seen|shown|read)\b", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:wouldn't|would not|wouldn’t|(?:neither|nobody|no one) would)\b"
                      r"(?! (?:have|'ve)\b)", re.IGNORECASE)
_SOME_WOULDNT = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:some|others|the others|the rest|most|"
                           r"many|a few|few|half)(?: of them)?\s+(?:wouldn't|would not|wouldn’t)"
                           r"\W*(?:which\W*)?$", re.IGNORECASE)
_NEXT_TIME = re.compile(r"\b(?:next time|in (?:the )?future|again)\b", re.IGNORECASE)
_AT_THAT_TIME = re.compile(r"\b(?:that (?:day|night|morning|afternoon|evening|week|time|shift)|"
                           r"at that point|then and there)\b", re.IGNORECASE)
_WAS_UNSURE = re.compile(r"^(?:I|we|he|she|they)\s+(?:was not|were not|wasn't|weren't) (?:sure|"
                         r"certain)\b", re.IGNORECASE)


# The teller's doubt, in the present, framing a clause: "I think", "I believe", "I'm fairly sure"
# (where "I thought" tells what they believed then, and "I believe in" a value).
_DOUBT_FRAME = re.compile(r"^(?:I|we) (?:really |honestly |kind of |sort of )?(?:think|guess|"
                          r"believe(?! in\b)|suppose|reckon|feel like)(?: that)?,?\s+|^(?:I'm|I’m|"
                          r"I am) (?:fairly|pretty|quite|reasonably|almost) (?:sure|certain|"
                          r"confident)(?: that)?,?\s+", re.IGNORECASE)
# A person's present "be" with "still" or "now" before a state, not a step in progress or done
# to them ("he's still being paged"), nor a part someone plays ("she's now the one who trains new
# people"); a thing "still on the wiki" is what lasts of the work.
_STATE_NOW = re.compile(r"^(?:(?:[\w'’-]+,?\s+){0,2}?(?:and\s+)?)?(?:I|we|he|she|they|you)"
                        r"(?:\s+(?:is|are|am)|['’](?:s|re|m))(?:\s+\w+ly)?\s+(?:still|now),?\s+"
                        r"(?!\w+(?:ing|ed)\b|(?:used|done|made|run|kept|seen|known|built|sent)\b|"
                        r"(?:the|a|an) (?:one|ones|person|people) (?:who|that)\b)", re.IGNORECASE)
_STANCE = re.compile(r"^(?:I'd|I’d|I would|(?P<denied>I wouldn't|I wouldn’t|I would not)) "
                     r"(?:say|(?P<guess>guess|imagine|like to think)),?\s+(?:that\s+)?",
                     re.IGNORECASE)
# A guess about what was: "might have been", "may've been" ("could have been a disaster" still
# imagines what did not happen).
_MAYBE_WAS = re.compile(
    r"\b(?:might|may)(?: have|['’]ve) been\b(?![^.;]*\bif\b)|"
    # the teller unsure what they said, no condition: "I might have mentioned in the team chat
    # that it was risky" ("I might have caught it" imagines what did not happen)
    r"\b(?:I|we)\s+(?:might|may)(?: well)?(?: have|['’]ve) (?:mentioned|said|told|asked|sent|"
    r"emailed|messaged|flagged|raised|brought (?:it|this|that) up|pinged|noted|commented|hinted|"
    r"suggested)\b(?![^.;]*\b(?:if|unless|otherwise)\b)",
    re.IGNORECASE)
_CONDITION = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:if|unless|even if)\b", re.IGNORECASE)
# A portrait of the speaker whose verb is in a relative clause: "I'm someone who doesn't like
# loose ends", "I was the kind of manager who never said no" (where "I'm not someone who waits
# around" denies the portrait itself).
_PORTRAIT_WHO = re.compile(r"^(?:I'm|I’m|I am|I was) (?:just |really |very much |probably )?"
                           r"(?:someone|somebody|a person|a \w+ person|the (?:kind|type|sort) of "
                           r"(?:\w+ )?\w+) who\b", re.IGNORECASE)


def _refusal(text: str) -> bool:
    """Whether the clause's only negation is "refused" (a refusal that happened)."""
    triggers = negation_at(text)
    return bool(triggers) and all(text[start:end].lower().startswith("refused")
                                  for start, end in triggers)


def _denied_in_portrait(text: str, rest: str) -> bool:
    """Whether every negation sits in the relative clause of a portrait ("I'm someone who
    doesn't like loose ends" is how the speaker is, a habit, not a denial)."""
    portrait = _PORTRAIT_WHO.match(rest)
    return portrait is not None and all(start >= len(text) - len(rest) + portrait.end()
                                        for start, _ in negation_at(text))


# The story chosen to tell, in a relative clause: "a failure I'd talk about is a wedding where I
# missed the shots", "the example I'd give is…". Its "I'd" imagines nothing of the story.
_CHOSEN = re.compile(r"\b(?:I'd|I’d|I would) (?:probably |maybe |usually )?(?:talk about|pick|"
                     r"choose|mention|go with|use|give|share|bring up|point to)(?= (?:is|was)\b)",
                     re.IGNORECASE)


def _doubted(rest: str, actor: Actor) -> Mode | None:
    """The mode of a clause a doubt frames when it outranks the hedge: "I think the bride's
    mother still hasn't forgiven me", "I believe the close hasn't slipped since". A doubt in
    front of a clause of its own is the teller's hedge, and what the clause tells ranks above
    it (LABELS.md: negation and a modal beat a hedge, and so does a word of recurrence on its
    verb, where a bare present is no habit and "still" no recurrence); over anything else it
    hedges ("I'm fairly sure the delay came from the bank feeds", whose "I'm" is no present
    habit; "I think we still have a good relationship", a state the teller is unsure of)."""
    doubt = _DOUBT_FRAME.match(rest)
    told = rest[doubt.end():] if doubt else ""
    if not has_verb(told):
        return None
    said = read_mode(told, actor)
    if said in ("negated", "hypothetical") or said == "habitual" and (
            _HABITUAL.search(told) or _repeated_at(told)):
        return said
    return "hedged"


# A note's step as a label before its colon: "- Disagreed: …", "Insisted: …", "Refused: …".
_STAND_LABEL = re.compile(r"^\W*(?:disagreed|objected|pushed back|refused|insisted|argued|"
                          r"decided|agreed|proposed|suggested|flagged|raised it|warned|"
                          r"escalated)\s*:\s*\S", re.IGNORECASE)


def read_mode(text: str, actor: Actor) -> Mode:
    """Whether the clause tells what happened, or what did not, would, usually does, or may."""
    if _HESITATION.search(text):
        # Speech's "um", "uh", "erm" say nothing of the verb they interrupt: "I um disagreed
        # with my manager" is no present verb "um" and a habit.
        text = _HESITATION.sub("", text)
    chosen = _CHOSEN.search(text)
    if chosen:
        text = text[:chosen.start()] + text[chosen.end():]
    if _next_time(text):
        return "hypothetical"
    if _STAND_LABEL.match(text):
        # "- Disagreed: algebra unit not finished by then": the step is the label's, told;
        # what follows its colon is why ("not finished" denies nothing of the step)
        return "fact"
    mode = _mode_of(text, actor)
    inner = _RECURRENCE_INSIDE.search(text) if mode == "habitual" else None
    if inner is not None and not _SELF_PORTRAIT.match(text):
        # "I had one colleague who was always changing the sheet", "I wrote a CI check that
        # runs every example": how often sits on the verb of what the clause names, not on its
        # own; "I'm someone who always speaks up" portrays the teller.
        head = text[:inner.start()]
        if has_verb(head) and not _REPEATED.search(head) and not _HABITUAL.search(head):
            return _mode_of(head, actor)
    return mode


_HESITATION = re.compile(r"(?<=\s)(?:um+|uh+|erm+|hmm+|er)\b,?\s+", re.IGNORECASE)
# A relative clause after a noun that says how often ("a colleague who is always changing…",
# "a check that runs every example on each build"); not the content a copula or a saying
# introduces ("the feedback is that people always know where they stand with me").
_RECURRENCE_INSIDE = re.compile(
    r"(?<=[a-z])(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bsay)(?<!\bsaid)(?<!\bsays)"
    r"(?<!\bthink)(?<!\bthought)(?<!\blearned)(?<!\blearnt)(?<!\bknow)(?<!\bfeel)"
    r" (?:who|which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:always|constantly|often|usually|"
    r"regularly|routinely|every|each)\b", re.IGNORECASE)
_SELF_PORTRAIT = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:I|we)(?:['’]m| am|['’]re| are| was| were)\s+(?:\w+\s+)?"
    r"(?:the|a|an)\s+(?:\w+\s+)?(?:person|one|someone|type|kind|sort|guy|manager|leader|lead)\b",
    re.IGNORECASE)


def _next_time(text: str) -> bool:
    """What the teller would do next time, told in the present or as a note: "If something like
    this happen again, I think probably I raise it", "- Next time: probably raise in retro"."""
    label = _NEXT_TIME_LABEL.match(text)
    again = label or _AGAIN.match(text)
    if again is None:
        return bool(_SAME_AGAIN.match(text))
    after = text[again.end():]
    return (label is not None or has_verb(after)) and not told_in_the_past(after)


# The teller doing it all again, weighed in the present: "Probably I do same again", "Honestly
# we make the same call again" (with no weighing word, "I do the same again" may be the next step
# of a story told in the present).
_SAME_AGAIN = re.compile(
    r"^\W*(?:(?:and|but|so),?\s+)?(?:(?:probably|maybe|surely|definitely|honestly|for sure),?\s+"
    r"(?:I|we)|(?:I|we)\s+(?:probably|surely|definitely))\s+(?:do|make|take|choose)\s+(?:the\s+|"
    r"exactly\s+the\s+)?same(?:\s+\w+)?\s+again\b", re.IGNORECASE)


# A frame in the present that hands over to what one person says ("and the guy says", "He
# says") is a turn of a story told in the present; "she always says" tells a habit.
_SAYS_NOW = re.compile(r"^\W*(?i:(?:and|but|so|then),?\s+)?(?:(?:(?i:he|she|the (?:guy|man|woman|"
                       r"lady|boss|manager|client|customer|driver))|[A-Z][a-z]+)\s+"
                       r"(?:just\s+|then\s+)?(?:says|tells (?:me|us|him|her|them)|replies|"
                       r"answers)|"
                       # the teller's own turn, and one told as a second-language speaker tells
                       # it: "I tell them", "I say no", "he say", "She say ok" (where "I tell
                       # people the truth" and "I always tell them" are ways of going on)
                       r"(?i:I|we|he|she|they)\s+(?:(?i:just|then)\s+)?(?i:tell (?:him|her|them|"
                       r"us|me)|say(?:\s+(?:no|yes|ok|okay|sorry|(?:to )?(?:him|her|them|(?:my|"
                       r"the|our) [\w-]+)))?|ask "
                       r"(?:him|her|them)))(?i:,?\s+(?:but|and)(?:\s+only)?)?\W*$")


def _unsure(text: str, rest: str, actor: Actor) -> Mode | None:
    """A doubt, no condition: "if I remember right", "I'm not sure they've forgiven me"; after
    a lead too ("To be fair, I'm not sure it was all down to the layout"), where a modal or a
    denial it frames outranks it ("Honestly I'm not sure I'd have had the nerve"); "when I'm
    not sure" is when, no doubt."""
    unsure = _AS_I_RECALL.match(text)
    if unsure is not None:
        rest = text
    else:
        unsure = _AS_I_RECALL.match(rest) if not _WHEN_OPENING.match(text) else None
    if unsure is None:
        return None
    # (with or without a lead: "I'm not sure anyone would've spotted it" imagines as "Honestly
    # I'm not sure I'd have had the nerve" does)
    said = read_mode(rest[unsure.end():], actor) if has_verb(rest[unsure.end():]) else None
    return said if said in ("negated", "hypothetical") else "hedged"


def _refused(text: str, actor: Actor) -> bool:
    """Whether "wouldn't" tells a refusal, not an imagined step: "he wouldn't drop the manual
    checklist"; the teller's "I wouldn't call the concrete trucks that day"; "…and some
    wouldn't", the other half of a habit, not done."""
    if not _REFUSED.search(text):
        return False
    if actor == "other":
        return not _WOULD_PLAN.search(text)
    return bool(_SOME_WOULDNT.match(text)) or actor in ("candidate", "team") and bool(
        _AT_THAT_TIME.search(text)) and not _NEXT_TIME.search(text)


def _routine_modal(text: str, theirs: bool) -> bool:
    """Whether a modal with no plan or condition around it tells a routine: "every Friday we'd
    re-plan the routes", someone else's "she'd always ring me at home", or how a thing or a
    place goes, "The tank will normally beep at six degrees"."""
    return bool(_WOULD.search(text)) and bool(
        _WOULD_HABIT.search(text) or theirs and _ALWAYS.search(text) or _PAST_FRAME.search(text)
    ) or theirs and bool(_WILL_AS_A_RULE.search(text))


def _mode_of(text: str, actor: Actor) -> Mode:
    if _BEFORE_ANYONE.match(text) or _WAS_UNSURE.match(_subject_text(text)):
        # "before anyone noticed"; "I wasn't sure": a state of the story, told denied
        return "negated"
    rest = _subject_text(text)
    unsure = _unsure(text, rest, actor)
    if unsure:
        return unsure
    stance = _STANCE.match(rest) if not _CONDITION.match(text) else None
    if stance and rest[stance.end():].strip():
        # "I'd say I don't really have conflicts": a stance frame, whose mode is what it says;
        # a fact said so is hedged ("I'd say we found it two weeks early").
        said = read_mode(rest[stance.end():], actor)
        if stance.group("denied"):
            # "I wouldn't say I'm confrontational" denies what it says, as "I'm not" would.
            return said if said == "hypothetical" else "negated"
        # "I'd guess it saved forty grand", "I'd like to think they trust me now": a guess
        return "hedged" if said == "fact" or stance.group("guess") and said == "habitual" else said
    doubted = _doubted(rest, actor)
    if doubted:
        return doubted
    frame = _SPEECH_FRAME.match(rest) or _ASKED_IF.search(rest)
    if frame and not _said_each_time(rest, frame.end()):
        # …and so is a question asked, however long its subject: "A farmer I bought milk from
        # asked whether I'd keep paying him the old price" asked once.
        text = text[: len(text) - len(rest) + frame.end()]
        rest = rest[: frame.end()]
    if _refused(text, actor):
        return "negated"
    if _MAYBE_WAS.search(text) and not _CONDITION.match(text):
        return "hedged"  # "which he might have been", "might've been overkill": a guess, no plan
    if _hypothetical_main(text):
        # "every Friday we'd re-plan the routes", "I'd usually walk people through the data":
        # "would" with a recurrence of the story tells what used to happen; with "always", a
        # condition or "next time" what the candidate would do in general (LABELS.md).
        theirs = actor not in ("candidate", "team")
        plan = (_THEIR_PLAN if theirs else _WOULD_PLAN).search(text)
        # ("In my first year I would sign whatever the foreman gave me": a past time before it)
        return "habitual" if not plan and _routine_modal(text, theirs) else "hypothetical"
    # "Our insurer refused to cover the deposit" tells a refusal that happened (the negation
    # still scopes what was refused, for credit).
    if _negates_main(text) and not _denied_in_portrait(text, rest) and not _refusal(text):
        return "negated"
    # "We're still friends", "he's now a staff engineer": a state the story left, no habit;
    # "I manage a small print shop", "I'm a pharmacy technician": who tells it, the story's
    # setting (LABELS.md), no more a habit than "I was the night supervisor".
    state = bool(_STATE_NOW.match(rest)) or job_now(text)
    if _habit_word(text) or _repeated_here(text, rest) and not _LEVEL_CHANGED.search(text) or (
            _EVERY_SPAN.search(text) and not _BOUNDED.search(text) and not _BEGUN.match(text)
            and past_tense(text)) or (
            not state and _present_tense(rest) and not _HEDGE.match(rest)
            and not _told_present(text) and not _LEVEL_CHANGED.search(text)) or (
            not state and _LASTING_NOW.search(text) and (_PRESENT_ONGOING.search(rest) or not (
                past_tense(text) or _hedge_word(text)) and (has_verb(rest) or not any(
                ch.isdigit() for ch in text)))):
        # …"now our sales team is checking the documents", "and now both shifts use the same
        # checklist": what lasts ("- time to first PR now 6 days" tells a result, no verb)
        return "habitual"
    if not state and _STILL.search(text) and has_verb(rest) and not (
            _MODAL.search(text) or _PERFECT_OR_PAST.search(text) or told_in_the_past(text)):
        # "he still sends me his drafts"; "the corridor's been clear since then" tells a result
        return "habitual"
    if _hedge_word(text):
        return "hedged"
    return "fact"


# A level changed from one number to another, as notes write it: "screening compliance nights
# 54% -> 91% over the month" tells what came of the story once, whatever "nights" looks like.
_LEVEL_CHANGED = re.compile(r"\d[\d.,]*\s*%?\s*(?:->|→)\s*~?\d")


# --- role ------------------------------------------------------------------------------------

# What follows "due to" when it gives a cause rather than a date set ("was due to retire").
_CAUSE_NOUN = (r"(?=(?:a|an|the|his|her|their|our|my|its|this|that|these|those|some|lack|poor|"
               r"bad|high|low|staff|weather)\b)")

# "Since then", "since that day", "since the launch" tell what came after: no reason.
# A bare "since this" closing its clause points back in time too: "no outage again since this".
_SINCE_A_REASON = (r"since(?!,? (?:then|that (?:day|week|month|quarter|year|point|time|release|"
                   r"launch)|the (?:\w+ )?(?:launch|release|change|rollout|migration|fix|"
                   r"switch(?:over)?|upgrade|move|refit|repair|replacement|reorg\w*|training|"
                   r"workshop|visit|meeting|call)\b|"
                   # a span of time, as a second-language telling says "for": "Since eight
                   # months he don't miss any check-up"
                   r"(?:(?:about|around|almost|nearly|over) )?(?:\d+|one|two|three|four|five|six|"
                   r"seven|eight|nine|ten|eleven|twelve|a few|several|many) (?:days|weeks|months|"
                   r"years)\b|"
                   r"(?:this|that)\s*(?:[.!?;,]|$)))")
# "As the logistics planner for a furniture retailer, I was asked…", "as a new nurse on the ward
# I…": the capacity the teller speaks in, no reason ("As the deadline was close, I…" is one).
_AS_CAPACITY = (r"(?! (?:a|an|the|our|my|his|her|their) (?:(?!(?:was|were|is|are|had|has|have|"
                r"did|would|could|got|seemed|became|came|went|needed|wanted)\b)[\w'’-]+,? ){1,9}?"
                r"(?:i|we)\b)")
_NOT_THEIRS = r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )"
# After an article or a possessive the participle names a thing, not a change: "I migrated the
# two million saved cards", "the reduced menu", "our closed tickets".
_NOT_AFTER_ARTICLE = "".join(rf"(?<!\b{word} )" for word in (
    "the", "a", "an", "our", "their", "my", "his", "her", "its", "your", "million", "thousand",
    "hundred"))
# "dropped" as a step done to a thing, not a measure that fell: "we dropped the rewrite and
# started a web app" (the change of plan, early in its story). By an amount ("we dropped the
# price by 15%", "dropped the wait from 40 minutes to 12") it is the change the step made.
_THING_DROPPED = (r"\s+(?:the|our|their|that|this|his|her|my|its)\s+(?![^.;]*\b(?:by|to|from)\s+"
                  r"(?:about |around |roughly |nearly |almost |over |under )?(?:[\d£$€]|half\b|a "
                  r"(?:third|quarter|fifth|tenth|half)\b|(?:one|two|three|four|five|six|seven|"
                  r"eight|nine|ten|twenty|thirty|forty|fifty)\b))[\w'’-]+")

_CUE_TEXT: tuple[tuple[Role, str], ...] = (
    ("other", r"\b(?:great question|good question|tough question|let me think|that's a "
     r"(?:good|great|tough) one|as i said|to answer your question|long story short|"
     r"learned a lot|great learning experience|valuable (?:lesson|experience)|"
     r"(?:it was|it's) a (?:great|good|valuable) experience|i'm (?:really |very )?proud of|"
     # a verdict on themselves ("I think it showed I stay calm") is told to the interviewer,
     # outside the story
     + SELF_APPRAISAL + r"|" + DEFINITION + r"|"
     r"note (?:to|for) the|(?:panel|reviewer|grader|evaluator|committee)s?\b.{0,40}\b"
     r"(?:rate|score|grade|mark|confirm|vote)|ignore (?:all|any|the|your|previous))"),
    ("reflection", r"\b(?:" + CLASS_LESSON + r"|learn(?:ed|t)(?! (?:[\w'’]+ ){0,2}names\b)|"
     # a lesson told in the present, as a second-language teller tells it: "I think I learn that
     # sometimes you must accept the decision"
     r"i (?:also |really )?learn (?:that|from (?:this|it|that))\b|"
     r"taught me|"
     r"in hindsight|looking back|"
     # "when I look back" opens the lesson; "when I look back at the logs" a search
     r"(?:when|if) i (?:look(?:ed)?|think|thought) back(?! (?:at|through) (?:the|my|our|his|"
     r"her|their) )|thinking back|"
     r"(?:it|this|that|the whole thing) (?:showed|reminded|convinced) me (?:that|how|to)|"
     # what someone else should have done is no lesson of the teller's: "we went through
     # what he should have checked first" is feedback given, "they should have told us" blame
     r"in retrospect|" + _NOT_THEIRS + r"should(?:n't)? have|" + _NOT_THEIRS + r"should've|"
     r"should know better|we now|these days|"
     r"(?:my|the|a|one) (?:big(?:ger|gest)? |main |real )?reali[sz]ation|"
     r"next time|if (?:i|we)(?: did| could do| do| had to do|(?: am|['’]m| are|['’]re| was| were)"
     r" doing) it (?:again|over)|do (?:it )?differently|"
     r"what i took away|what i took from|what (?:it|this|that) taught me|takeaway|i realized|"
     r"i realised|i now|now i(?!(?:['’]m| am) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:trainer|"
     r"supervisor|lead|leader|manager|mentor|head|deputy|coordinator|in charge|senior|"
     r"specialist|expert|buddy|champion|foreman|forewoman|chef|sister)s?\b)|i've since|"
     r"i have since|"
     r"since then i|ever since,? i|these days i|from then on,? i|made me (?:a )?(?:better|"
     r"more|less)|changed (?:how|the way) i|i still (?:use|apply|do|write|run|keep|ask|"
     r"check|bring))\b"),
    # (a billing or pricing relationship is an arrangement: "I reviewed the whole billing
    # relationship" is a step, no bond)
    ("relationship", r"\b(?:(?<!billing )(?<!pricing )(?<!contractual )(?<!trading )"
     r"(?<!banking )relationship(?! (?:director|manager|managers|lead|team|banker|"
     r"officer|executive|owner)\b)|rapport|trust(?:s|ed)? (?:me|each other|us)|"
     # (holding out in the dispute is no bond: "he still disagreed, so I called the engineer")
     r"we still|(?:she|he|they) still(?! (?:disagree|disagreed|disagrees|refuse|refused|refuses|"
     r"object|objected|objects|insist|insisted|insists|argue|argued|argues|push|pushed|pushes|"
     r"said no|says no|say no|wouldn't|won't)\b)|and i still|still (?:work|talk|grab|get|meet|"
     r"collaborate|ping|call|text|message|ask|come)|get along|on good terms|(?:later|since|"
     r"afterwards|months later|a year later|the next (?:year|quarter))\b.{0,60}\b(?:asked "
     r"me|came to me|invited me|recommended me|sought me|pulled me|brought me|thanked me|"
     r"asks me|comes to me|reached out)|"
     # thanks said in so many words: "After, the doctor said to me thank you"
     r"(?:said|says) (?:to me |to us )?(?:thank you|thanks)\b(?! for nothing)|"
     # being wanted back on later work: "she's since asked for me on her next two jobs"
     r"(?:asked|asks|requested|requests) for me\b|(?:asked|invited|recommended|pulled|brought) me "
     r"(?:in|to (?:lead|join|help|run|write|own|co-?lead|present)|onto|into)|(?:became|"
     r"are still|remain(?:ed)?) (?:close|allies|friends)|thanked me|mutual respect|still "
     r"friends|(?:was|were) (?:annoyed|upset|cold|frosty|distant|awkward) with (?:me|us)|"
     r"(?:didn't|did not) (?:speak|talk) (?:much|for)|got back to (?:normal|fully)|(?:kept|"
     r"keeps) (?:us|me) on|we're still|(?:she|he|they) and I)\b"),
    # what asking or digging brought to light: "and it turned out marketing had given her a
    # sign-up target" is why things stood as they did, not what came of the story ("it turned
    # out fine" is, and so is a change or a number it tells: "it turned out the change saved
    # 20%")
    ("grounds", r"^\W*(?:(?:and|but|so)\W+)?(?:(?:actually|honestly|um|like|then)\W+)*(?:it\s+)?"
     r"turned out\b(?!\W+(?:fine|well|great|ok|okay|to be|better|worse|really|very|much|nicely|"
     r"alright|all right|kind of|sort of|pretty|quite|mixed|badly|good|bad|successful)\b)"
     r"(?![^.;!?]*\b(?:dropped|fell|rose|grew|saved|cut|reduced|improved|increased|decreased|"
     r"halved|doubled|paid off|worked|went (?:up|down)|came (?:up|down))\b|[^.;!?]*\d)|"
     r"^(?:because|" + _SINCE_A_REASON + r"|as(?! a result| well| soon| far)"
     + _AS_CAPACITY + r"|"
     r"given that|given|based on)\b|\b(?:because|" + _SINCE_A_REASON + r") "
     r"(?:the|our|my|it|we|i|they|that|this|of)\b|\b(?:the (?:data|numbers|analysis|"
     r"evidence|research|logs|tests?|metrics|usage|survey|benchmark|load tests?|results) "
     r"(?:showed|suggested|indicated|said|pointed|were|was)|based on|which showed|showed "
     r"that|found that|the risk (?:was|of)|risk of|would (?:cost|break|hurt|lose|cause|"
     # "we were due to retire the API in June" is a date set, not a cause ("the delay was due to
     # a customs hold" is one)
     r"delay|violate|expose)|my reasoning|the reason (?:was|being)|(?<!\bwas )(?<!\bwere )"
     r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!'s )(?<!'re )due to|(?:was|were|is|are|be) due to "
     rf"{_CAUSE_NOUN}|evidence)\b|" + TERSE_GROUNDS),
    ("decision", r"^agreed\b|\b(?:decided|decision(?! (?:time|times|making|rates?|letters?|"
     r"dates?)\b)|agreed to|we agreed|(?:she|he|they|everyone) "
     r"agreed|settled on|landed on|went with|signed off|approved|compromise|disagree and "
     r"commit|committed to|the call was|made the call|overruled|chose to|opted|(?:kept|"
     r"stuck with) the (?:original )?(?:plan|date|scope)|"
     # (an event that went ahead is no one's call: "The party went ahead")
     + EVENT_WENT_AHEAD + r")\b"),
    # ("at the end" with nothing after it is "in the end" in a second language)
    ("result", r"\b(?:as a result|result(?:ed)? in|in the end|at the end(?! of)|ultimately|"
     # a level changed, as a note writes it: "Avg decision time 24 -> 13 days in 10 wks"
     r"\d[\d.,]*\s*%?\s*(?:->|→)\s*~?\d|"
     # …or as the teller's doing: "I got the conversion rate from 2.1% to 2.9%"
     r"\b(?:got|brought|took|pushed|raised|lifted|lowered)\s+(?:[\w'’-]+\s+){1,4}?from\s+"
     r"\S*\d\S*\s+(?:\w+\s+)?to\s+\S*\d|"
     # a level put right, as a note says it: "readings in range"
     r"(?:readings?|levels?|temps?|temperatures?|values?|pressures?) (?:(?:are|were|was|is) )?"
     r"(?:back |all )?(?:in|within|inside) (?:range|spec|limits?|tolerance)|"
     r"by the end|"
     # what was settled, lasting since: "It's been like that for eight months now"
     r"(?:been|stayed) (?:like (?:that|this)|that way) (?:for|since|ever since)|"
     r"the outcome|ended up|turned out|which (?:led to|meant)|"
     # (second-language English drops the past: "It turn out quite well, I think")
     r"\bit turn out\b|"
     # "…, which brought updates back within twenty minutes": what the step did
     r"(?:which|that|and that|this) (?:brought|got|put|restored|fixed|stopped|cut|saved|"
     r"freed|cleared|unblocked|took)\b.{0,40}\b(?:back|down|up|within|to|by|from)\b|"
     r"(?:restored|brought (?:\w+ ){1,3}back)|this (?:led to|meant)|"
     r"(?:went|go(?:es)?) live|shipped|launched|delivered|on time|ahead of schedule|under "
     r"budget|" + _NOT_AFTER_ARTICLE + r"(?:dropped(?!" + _THING_DROPPED + r")|fell|rose|grew|"
     r"declined|shrank|improved|doubled|halved|tripled|"
     r"increased|decreased|reduced|cut(?!-)|saved|recovered|renewed|closed|won|retained|adopted|"
     r"disappeared|vanished|went away|sold out|ran clean|stabili[sz]ed|"
     r"became the (?:standard|default)|(?:is|are) now|now (?:uses?|runs?|owns?))\b|"
     # what got through, told plainly: "All the guaranteed and pharmacy parcels made it."
     r"\bmade it(?: (?:through|in time|on time|out|back|home|across))?(?=\s*(?:[.,;!]|$))|"
     r"(?:months?|weeks?|days?|a year|quarters?) later|since (?:then|that (?:day|week|month|"
     r"year|time))|afterwards|anymore|any more|"
     r"back (?:in|within|to) (?:range|normal|target|budget|spec|line|stock|order)|"
     # ("raised it in May and again in September" did the step twice; nothing came of it)
     r"(?<!\band )again\b|haven't had|hasn't had|zero (?:incidents|outages|"
     r"complaints|escalations)|"
     # the trouble gone, told as a terse line: "No more arguments.", "no more skipping"
     r"^\W*(?:(?:and|so|then|but),? )?no more (?!than\b)(?=\w)|"
     # an outcome told as the trouble not coming back: "we didn't have a single rejected
     # delivery the rest of the year"; the fix adopted: "she made it part of every shift"
     r"(?:didn't|did not|haven't|hasn't|have not|has not|'ve not|'s not|never) (?:had|have|seen|"
     r"see|got|get|lost|lose|missed|miss|received) (?:a single|another|one more|any (?:more|"
     r"other|further))|"
     r"made it (?:part of|the standard|standard|mandatory|a rule)|"
     # "went back through eight weeks of sheets" is a step, "sales came back" an outcome
     # ("I went up to the flight deck", "came down to the floor" go somewhere: a step)
     # ("until he came back", "after she got back from leave": someone returning sets a time)
     r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bi )"
     r"(?:went|came) (?:(?:up|down)(?! (?:the|stairs|there|here)\b)(?! to (?:the|a|an|his|her|"
     r"my|our|their|see|talk|ask|check|meet|speak|sort)\b)|from|back(?! (?:through|over|to|and|"
     r"into|in)\b))|"
     # the same after an auxiliary: "the scrap rate did come down", "waits have gone down"
     r"(?:did|has|have|had) (?:really |finally |actually |since )?(?:come|gone|go) (?:up|down)|"
     r"got (?:much |a lot |far |a bit )?(?:better|worse|faster|caught|quicker|shorter|smaller|"
     r"cheaper|easier|calmer|smoother|safer|cleaner|lower|higher)|"
     # a change told against how things were: "much less than before", "fewer than last year"
     r"than (?:before|it (?:was|used to be)|they (?:were|used to be)|last (?:year|month|week|"
     r"term|time|winter|summer|season)|the year before))\b|" + PLAIN_OUTCOME),
    # (and the friction told as it went on: "Dana and I kept stepping on each other", "we were
    # always bickering over the rota", "kept clashing")
    ("dispute", r"\b(?:disagree|disagreed|disagreement|push(?:ed)? back|objected|"
     r"opposed|conflict|clash(?:ed|ing|es)?|argued|(?<!instead of )(?<!rather than )"
     r"(?<!without )arguing|argument|tension|friction|at odds|"
     r"bicker(?:ed|ing)?|at loggerheads|lock(?:ed|ing) horns|step(?:ped|ping)? on each other|"
     r"(?:getting|got|get) in each other['’]s way|butting heads|butted "
     r"heads|(?:didn't|did not) see eye to eye|fell out|standoff|insisted|wanted to "
     r"(?:ship|launch|cut|go|skip|drop|delay|push|move|keep|change|replace|rewrite)|"
     r"the plan was|was against|mistake|failed|failure|broke|outage|incident|missed "
     r"(?:the|a|our) (?:deadline|date|target)|went wrong|problem was|issue was|blocked)\b"),
    # "my part after that was mainly keeping people updated" is the share they took on
    ("task", r"\b(?:my (?:goal|job|task|role|responsibility|mandate|mission) was|my part(?: "
     r"(?!was\b)[\w-]+){0,3} was|i was "
     r"(?:responsible|accountable|asked|tasked|charged|on the hook|supposed)|i (?:needed|"
     r"had) to|we (?:needed|had) to|the (?:goal|target|ask|challenge) was|our (?:goal|"
     r"target|objective|deadline) was|i owned)\b"),
    ("situation", r"\b(?:when i was|while i was|at my (?:last|previous|current|first|old)|"
     r"in my (?:last|previous|first|current) (?:role|job)|(?:a|one|two|three|a few|a "
     r"couple of) (?:years?|months?) ago|last (?:year|quarter|month|spring|summer|fall|"
     r"autumn|winter)|back in|i was (?:a|an|the|working|leading|running|managing|on)|"
     # the job named without its article, as titles are and as second-language tellers say
     # it: "I was shift supervisor at the depot", "I am science teacher in secondary school"
     r"i (?:was|am|'m) (?:[\w-]+ ){0,2}(?:manager|supervisor|lead|teacher|nurse|sister|planner|"
     r"officer|engineer|developer|analyst|director|head|coordinator|assistant|technician|chef|"
     r"driver|cashier|clerk|agent|consultant|administrator|accountant|designer|scientist|"
     r"pharmacist|doctor|pilot|owner|trainee|apprentice|intern|controller|foreman) (?:in|at|for|"
     r"on|of|with)|"
     r"i (?:worked|work|am working|'m working) (?:as|at|on)|"
     # how long the teller has been where the story is: "and I've been there four years"
     r"i(?:'ve|’ve| have) been (?:there|here)(?: for)? (?:about |nearly |over |almost |just over )?"
     r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple "
     r"of) (?:years?|months?)|we were (?:building|launching|"
     r"migrating|working|about to|"
     r"preparing|rolling)|our team (?:was|had)|the (?:company|team|project|product) "
     r"(?:was|had)|there (?:was|were)|"
     # who was missing, told as the candidate's lot: "I had two of my dispatchers off sick"
     r"i had (?:only |just )?(?:[\w-]+ ){1,4}(?:off sick|out sick|on leave|off shift|away|"
     r"missing))\b"),
)
_ROLE_CUES: tuple[tuple[Role, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.IGNORECASE)) for role, pattern in _CUE_TEXT
)
# The same cues for an ASCII clause, lowered: a cue written in lower case matches the lowered
# clause exactly where it matches the clause case-insensitively (ASCII lowers to ASCII, and no
# other character folds onto an ASCII letter there), about twice as fast as `re` folding case.
_LOWERED_FLAGS = tuple(0 if pattern == pattern.lower() else re.IGNORECASE
                       for _, pattern in _CUE_TEXT)
_ROLE_NAMES = tuple(str(at) for at in range(len(_CUE_TEXT)))


def _cut_cues() -> dict[str, tuple[tuple[str, int], ...]]:
    """What a lowered clause is searched for, by cue name: the cue, or its parts when it is
    long enough to be cut (`regex_gate.parts`), each with its flags. A cue whose capitals mean
    the same in lower case ("I", "\\W") is searched lowered too (`regex_gate.lowered_source`),
    without IGNORECASE and as fast as one written so. Read off the patterns once per version of
    them (reading and lowering the result cue takes a few milliseconds)."""
    cues = [(name, pattern, int(flags)) for name, (_, pattern), flags
            in zip(_ROLE_NAMES, _CUE_TEXT, _LOWERED_FLAGS, strict=True)]

    def read() -> dict[str, tuple[tuple[str, int], ...]]:
        found: dict[str, tuple[tuple[str, int], ...]] = {}
        for name, pattern, flags in cues:
            cut = parts(pattern, flags, PART_SIZE) if len(pattern) > 2 * PART_SIZE else [
                pattern]
            lowered = [low for low in map(lowered_source, cut) if low is not None] if flags else []
            found[name] = tuple((low, 0) for low in lowered) if len(lowered) == len(cut) else (
                tuple((part, flags) for part in cut))
        return found

    key = repr((PARTS_FORMAT, PART_SIZE, "lowered", cues))
    return computed("role-cue-searches", key.encode(), read)


# The result cue, 11,000 characters (most of them `PLAIN_OUTCOME`), has no start hint as a
# whole: the engine tried all of it at every position of a clause, the costliest pattern of a
# review. Cut into parts, each with its own needles in the index and most with a start hint, a
# clause tries only the parts whose strings it holds (about a quarter of the work; the cues
# for grounds and for words to the reviewer gain a little too). A cue is in a clause exactly
# where one of its parts is: together they are its alternatives.
_CUT_CUES = _cut_cues()
_SEARCHED: tuple[tuple[tuple[str, str, int], ...], ...] = tuple(
    tuple((f"{name} {at}" if len(pattern) > 2 * PART_SIZE else name, part, flags)
          for at, (part, flags) in enumerate(_CUT_CUES[name]))
    for name, (_, pattern) in zip(_ROLE_NAMES, _CUE_TEXT, strict=True)
)
"""What is searched for each cue in a lowered clause: the cue, or its parts, each named as the
index names it, with its pattern and flags."""
_ROLE_CUES_LOWERED: tuple[tuple[tuple[str, re.Pattern[str]], ...], ...] = tuple(
    tuple((name, re.compile(pattern, flags)) for name, pattern, flags in searched)
    for searched in _SEARCHED
)
# Which of them a lowered clause may match, found in one pass (`regex_gate`): a cue is named by
# its place, as two cues may give one role.
_ROLE_INDEX = re.index({name: (pattern, flags) for searched in _SEARCHED
                        for name, pattern, flags in searched})


def _has_cue(at: int, cued: str, possible: frozenset[str] | None) -> bool:
    """Whether role cue `at` is in a clause: `cued` is the clause lowered when it lowers exactly
    (`regex_gate.lowers_exactly`) and `possible` the cues or parts of cues it may match
    (`_ROLE_INDEX`); for any other clause (`possible` None) the cue is searched for whole,
    ignoring case."""
    if possible is None:
        return _ROLE_CUES[at][1].search(cued) is not None
    # Most cues have no part a clause may match: one set test says so for all of them.
    if possible.isdisjoint(_CUE_NAMES[at]):
        return False
    return any(name in possible and pattern.search(cued) is not None
               for name, pattern in _ROLE_CUES_LOWERED[at])


_CUE_NAMES = tuple(frozenset(name for name, _ in searched) for searched in _ROLE_CUES_LOWERED)


_PAST_ACT = re.compile(
    r"\b(?:\w+ed|built|wrote|ran|led|made|took|met|sent|set|put|went|spoke|brought|drew|sat|"
    r"found|began|chose|gave|held|kept|told|sought|taught|dug|did|got|shipped|cut|split|spent|"
    r"stood|shut|paired|rewrote|rebuilt|called|asked|pulled|pushed|drove)\b",
    re.IGNORECASE,
)
# A past action verb other than being or having.
# "the shop I worked at", "when we worked for the council", "the care home where I worked,", "I
# worked as a porter": where they were employed, the scene; "I worked at it for weeks", "I
# worked on the rota" are steps.
_DEED = re.compile(r"\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+)?(?!(?:was|were|had|used)\b|"
                   r"worked\s+(?:at|for|in|as)\b(?!\s+it\b)|worked\s*(?:[,.;:]|$))"
                   r"(?:\w+ed|built|wrote|ran|led|made|took|met|sent|set|put|went|spoke|brought|"
                   r"found|began|chose|gave|held|kept|told|shipped|cut|spent|did|got|rebuilt|"
                   r"rewrote|drove|sold|paid|won|ran)\b",
                   re.IGNORECASE)


_PAST_STATE = re.compile(r"\b(?:was|were|had|kept|used to)\b", re.IGNORECASE)


def habit_of_story(text: str) -> bool:
    """A habit told in the past with no word of the teller's general ways: what kept happening
    in the story ("worked until midnight most nights"), not a trait ("I always made sure…")."""
    return past_tense(text) and not _habit_word(text)


def _in_past(text: str) -> bool:
    """`past_tense`, or an irregular past it does not list ("said", "came")."""
    return past_tense(text) or any(w.lower() in _PAST_FORMS for w in text.split())


@lru_cache(maxsize=4096)  # asked of each clause by the reading, the flags and the analysis
def past_tense(text: str) -> bool:
    """Whether the clause tells of the past ("we role-played", "she kept asking")."""
    return bool(_PAST_ACT.search(text)) or bool(_PAST_STATE.search(text))


_CHANGE = (
    r"dropped|fell|rose|grew|declined|shrank|improved|doubled|halved|tripled|increased|"
    r"decreased|reduced|saved|stopped|became|less|fewer|faster|slower|no longer|"
    r"disappeared|vanished|went away|sold out|ran clean|stabili[sz]ed|recovered|resolved|"
    r"again|(?:was|were) (?:down|up)|lift|uplift|starts? to"
)
_CHANGE_WORD = re.compile(rf"\b(?:{_CHANGE})\b", re.IGNORECASE)
_CHANGE_OR_NUMBER = re.compile(
    rf"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred|half|"
    rf"never|zero|{_CHANGE})\b",
    re.IGNORECASE,
)
RESULT_ZONE = 0.6
"""Past this share of the story, an unmarked change or number is usually the outcome."""
# A change told in the present, as things stand after the story: "no-access visits are down
# about a quarter", "the fall risk is much lower", "sick days also go down", "the food cost is
# better this month". Spoken and second-language tellings give their outcome so, where the
# written one says "fell" or "dropped"; told late, it is the outcome whether read as a state now
# (habitual) or as the narrated present (fact).
_CHANGE_NOW = re.compile(
    r"\b(?:is|are|['’]s|['’]re)(?: (?:now|still|also|already|much|far|a lot|a bit|way|well|"
    r"about|around|roughly|nearly|almost|just|over|under|more than|\d[\d.,]*\s?%?|a (?:third|"
    r"quarter|half|fifth)|half))* (?:down|up|lower|higher|better|fewer|less|smaller|shorter|"
    r"faster|quicker|cheaper|quieter|safer|cleaner)\b(?! to\b(?! \d))|"
    # ("something came up" arose, and "drops" is as often the deliveries: no change told)
    r"\b(?:(?:go|goes|come|comes|went|came) (?:\w+ )?down|(?:go|goes|went) (?:\w+ )?up)\b"
    r"(?! (?:to|the|and|there|here|with|at|on|into|stairs)\b)",
    re.IGNORECASE)


# "She asked me", "referred two hospitals to us", "fine between us": someone turning to the
# candidate. "Scope growing underneath us" places the candidate; nobody turns to them.
_TOWARD_ME = re.compile(r"(?<!underneath )(?<!beneath )(?<!under )(?<!behind )(?<!around )"
                        r"(?<!against )(?<!without )\b(?:me|us|mine|my name)\b|"
                        # asked whether the teller would take something on: "on his next job he
                        # asked if I'd run the cube schedule"
                        r"\b(?:asked|asks|wondered|wanted to know) (?:if|whether) (?:I|we)\b",
                        re.IGNORECASE)
_SOURED = re.compile(
    r"\b(?:annoyed|upset|cold|frosty|distant|awkward|angry|furious|avoid\w*|complain\w*|"
    r"refus\w*|blam\w*|ignor\w*|stopped|left|quit|fired|warned|reprimand\w*|escalat\w*|"
    r"overrul\w*|against)\b", re.IGNORECASE)


# "For me the bigger realization was…" gives the candidate's view; nobody turns to them.
_FOR_ME = re.compile(r"^\W*(?:and |but |so )?(?:for me|to me|personally for me)\b,?",
                     re.IGNORECASE)


_SINCE = re.compile(r"\b(?:still|to this day|ever since|since then|these days|now)\b",
                    re.IGNORECASE)


# A clause that opens on time having passed, or on a later date: "After a month he was running
# the bar alone", "Last spring he trained our two new starters himself", "By June the queue was
# gone". Early in a story the same words set the scene.
_LATER = re.compile(
    # (connectives stack in speech: "And then later that afternoon, …")
    r"^\W*(?:(?:and|so|then|but|anyway|anyhow),? )*(?:(?:after|within|in) (?:about |around |"
    r"roughly |nearly |"
    r"just |only |less than |under |over |another )?(?:a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|\d+|a few|a couple of|several|a couple) (?:more )?(?:days?|weeks?|"
    r"months?|years?|quarters?|shifts?|sprints?|terms?|seasons?|rotas?)|by (?:the (?:end of )?)?"
    r"(?:the |that |next |the following )?(?:spring|summer|autumn|fall|winter|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|end of (?:the |that )?"
    r"(?:week|month|quarter|year|term|season)|time (?:we|I|they|she|he))|(?:last|this|that|the "
    r"next|the following|next) (?:spring|summer|autumn|fall|winter|year|quarter|month|term|"
    r"season|peak|harvest|audit|inspection)|"
    r"(?:a|one|two|three|six) (?:years?|months?|weeks?) (?:on|later|after)|"
    # "Over the next month there were no drops at all", "for the following two weeks…"
    r"(?:over|in|during|for|across|throughout) the (?:next|following) (?:few |couple of |two |"
    r"three |four |five |six |eight |twelve |\d+ )?(?:days?|weeks?|months?|years?|quarters?|"
    r"shifts?|sprints?|terms?|seasons?|runs?|batches|audits?|releases?)|(?:later|since then|"
    r"these "
    r"days|today|now)\b)",
    re.IGNORECASE,
)


def told_later(text: str, actor: Actor, position: float | None) -> bool:
    """Whether a clause late in the story, told by no step of the candidate's, opens on time
    having passed or on a later date: how things stood after the story, its outcome."""
    return (position is None or position >= RESULT_ZONE) and (
        actor != "candidate" or bool(_STATE_REACHED.search(text) and _TIME_PASSED.match(text))
    ) and bool(_LATER.match(text) or actor != "candidate" and (
        _NOW_INSIDE.search(text) and not _NOW_A_STATE.search(text) or _NOW_DOES.search(text)
        or actor != "team" and _LATER_INSIDE.search(text)))


# "now" inside the clause, as it stands after the story: "Team uses my checklist now for every
# release", "the product team now reads those reasons". "Right now", "by now", "until now",
# "for now" and "now that" are no later state.
_NOW_INSIDE = re.compile(r"(?<!\bright )(?<!\bjust )(?<!\bby )(?<!\buntil )(?<!\bfor )"
                         r"(?<!\bup to )(?<!\btill )\bnow\b(?! that\b| and then\b)",
                         re.IGNORECASE)
# A later season named inside the clause: "It went to the whole hotel the next year", "there
# was one the next winter, not three", "six months later the queue was gone", "Still using the
# blend a year on." The next day or morning is still the story's own time, and what "we" did
# the following week is one more step ("we paid the arrears the following week").
_LATER_INSIDE = re.compile(
    r"\bthe (?:next|following) (?:week|month|quarter|year|winter|spring|summer|autumn|fall|"
    r"season|term|semester|audit|inspection|review|cycle)\b|\b(?:a|one|two|three|four|five|six|"
    r"eight|ten|twelve|\d+|a few|a couple of|several) (?:weeks?|months?|years?|quarters?) "
    r"(?:later\b|on\W*$)|"
    # how long what was settled has held: "It's been like that for eight months now"
    r"\bfor (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a few|a couple "
    r"of|several) (?:weeks?|months?|years?) now\b", re.IGNORECASE)
# Others doing it now is what the story changed; a state now is not, on the tuned parts of the
# unseen sets it was what weak answers ended on: "Jordan knows the theory now", "It's in our IT
# runbook now", "she's now one of the people I go to", "a Bronze, which now goes in our tender
# documents" (a thing's use, in a clause hung on it).
_NOW_A_STATE = re.compile(r"\b(?:is|are|was|were|be|been|knows?|knew|has|have|had|there|which|"
                          r"who)\b|['’](?:s|re)\b", re.IGNORECASE)


# What has or has not happened since, the "since" closing the clause: "the run hasn't failed
# since", "it's been used twice since", "nobody has chased an invoice since". The present
# perfect reaches from the story to now, so it tells what the story left; "had been losing
# money ever since" reaches back before it, and "since 2019" dates the scene.
_SINCE_NOW = re.compile(r"\b(?:has|have|hasn't|haven't|'s|'ve)\b(?:[^.;:!?]*\s)?since\W*$",
                        re.IGNORECASE)
# …between people, the bond the story left: "we haven't argued about a blocker since", "we've
# pitched together four times since"
_SINCE_TOGETHER = re.compile(r"\b(?:together|argu\w*|clash\w*|f[ae]ll(?:en)? out|spoken|talked|"
                             r"worked with|friends)\b", re.IGNORECASE)


def _since_the_story(text: str, actor: Actor, mode: Mode, position: float | None,
                     ) -> Role | None:
    """The role of what has (not) happened since, late in the story (`_SINCE_NOW`): the bond
    between people, or else how it came out. The candidate's own "I've done it that way since"
    is a practice kept, and their "I haven't heard of any problems since" says what they do
    not know, so only what others or things did or did not do since counts. It counts told as
    the trouble not coming back, or counted, if only roughly ("it's been used twice since",
    "maybe four or five times since"): "it's been much better since" says no more than that it
    went well, and "I think it's been fine" less."""
    if (actor == "candidate" or position is not None and position < RESULT_ZONE
            or _NOT_KNOWN.search(text)):
        return None
    if not (mode == "negated" or mode in ("fact", "hedged") and _SINCE_COUNTED.search(text)):
        return None
    if not _SINCE_NOW.search(text):
        return None
    return "relationship" if _SINCE_TOGETHER.search(text) else "result"


# How long it has held, the present perfect reaching from the story to now: "the car's been
# fine for over a year", "it has run clean for six months now". Late in the story only, as
# `_since_the_story`: early, "had been losing money for two years" sets the scene.
_HELD_FOR = re.compile(
    r"\b(?:has|have|'s|'ve|’s|’ve)(?: (?:now|since|also|still))? (?:been|run|stayed|held|worked)"
    r"\b[^.;:!?]{0,40}\bfor (?:over |more than |about |nearly |almost |around |well over )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|\d+) (?:weeks?|months?|"
    r"years?)\b", re.IGNORECASE)


def _held_since(text: str, actor: Actor, mode: Mode, position: float | None) -> Role | None:
    """The role of how long a thing has held since the story (`_HELD_FOR`), late in it: how it
    came out, or between people the bond it left. The candidate's own "I've done it for a
    year" is a practice kept."""
    if actor == "candidate" or position is None or position < RESULT_ZONE or mode not in (
            "fact", "negated") or not _HELD_FOR.search(text):
        return None
    return "relationship" if _SINCE_TOGETHER.search(text) else "result"


_SINCE_COUNTED = re.compile(r"\b(?:\d+|once|twice|times|every|each|one|two|three|four|five|"
                            r"six|seven|eight|nine|ten|a few|several|dozens?)\b", re.IGNORECASE)
# Not knowing of anything since is no outcome: "nobody's told me of any problems since".
_NOT_KNOWN = re.compile(r"\b(?:heard|told|know|knew|aware|seen or heard)\b", re.IGNORECASE)


_TIME_PASSED = re.compile(r"^\W*(?:(?:and|so|then|but),? )*(?:after|within|by|(?:[\w-]+ ){1,2}"
                          r"(?:days?|weeks?|months?|years?) later)\b", re.IGNORECASE)
# Where the candidate stood after the time told, a state and not a step: "After one month I am
# middle of the team for speed", "after three months I was top two" ("after two weeks I do
# small fixes myself" is a step).
_STATE_REACHED = re.compile(
    r"\bI(?:['’]m| am| was| had become| became)(?! \w+ing\b)(?! (?:told|asked|given|sent|put|"
    r"moved|able|allowed|going|about)\b)", re.IGNORECASE)


# "…, which took me an extra twenty minutes a shift": the time a step cost, not what came of it.
_TIME_IT_TOOK = re.compile(
    r"^\W*(?:and |but )?which (?:\w+ly )?took (?:me|us|him|her|them)\b", re.IGNORECASE)
_SELF_APPRAISAL = re.compile(f"{SELF_APPRAISAL}|{DEFINITION}", re.IGNORECASE)


def appraises_self(clause: Clause) -> bool:
    """Whether the clause is the candidate's verdict on themselves, told to the interviewer
    outside the story ("I think it showed I stay calm in a crisis")."""
    return clause.role == "other" and self_appraisal(clause.text)


def self_appraisal(text: str) -> bool:
    """Whether `text` says what the story shows of the candidate ("it showed I can adapt")."""
    return bool(_SELF_APPRAISAL.search(text))


_WHOSE_IT_WAS = re.compile(r"\b(?:is|was|isn't|wasn't|['’]s)(?: not)? (?:(?:only|just|all|partly|"
                           r"entirely|solely) (?:me|us|mine)\b|(?:me|us) (?:who|that)\b)",
                           re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"^\W*(?:(?:and|but|so|then)\W+)?(?:when|whenever|while|as soon as)\b",
                          re.IGNORECASE)


# Whose it was, said with a word that softens or sums it up: "Mine, really.", "Us, mostly."
_WHOSE_PICK = re.compile(r"^\W*(?:mine|me|us|ours|his|hers|theirs|him|her|them|both of us)"
                         r"(?:\W+(?:really|mostly|honestly|entirely|mainly|largely|all|though|"
                         r"probably|i think|i guess|to be fair|in the end))*\W*$", re.IGNORECASE)


def later_bond(text: str, actor: Actor, mode: Mode, position: float | None,
               reported: bool) -> bool:
    """A relationship told through a later event: near the end of the story, someone else
    turns to the candidate ("she asked me to come with her", "mine was the first name on his
    list", "the lab referred two hospitals to us"), or a bullet says how things stood ("- fine
    between us after"), with no signpost word and nothing sour."""
    verbless = not has_verb(text)
    # "She still sends us a photo every year" is a habit of theirs that began with the story;
    # "people usually trust me" is a boast about every story, and no bond this one left.
    lasting = mode == "habitual" and actor == "other" and bool(_SINCE.search(text))
    if _TIME_IT_TOOK.match(text):
        return False  # "…, which took me an extra hour" says what a step cost: no one turns
    if verbless and (len(text.split()) < 2 or _WHOSE_PICK.match(text)):
        # "Mine.", "Me.", "Mine, really.": whose it was, said to an ask; no one turns to them
        return False
    if _WHEN_CLAUSE.match(text):
        return False  # "When sales asked me about readiness" sets the time of a step of theirs
    if _WHOSE_IT_WAS.search(text):
        return False  # "so it was not only me", "it was me who found it": whose it was
    return (position is None or position >= RESULT_ZONE) and (
        actor in ("other", "none") or verbless) and (
        mode == "fact" or lasting) and not reported and bool(
        _TOWARD_ME.search(_FOR_ME.sub("", text))) and bool(
        _PAST_ACT.search(text) or re.search(r"\b(?:was|were)\b", text, re.IGNORECASE)
        or verbless or lasting) and (
        not _SOURED.search(text))


# What the candidate or the team chose to keep or drop: "I cut the receipts page from scope",
# "we dropped nothing from the release", "- cut nothing from the list". A cut in a number ("we
# cut costs by 20%") is an outcome and is left to the cues.
_CUT_FROM_PLAN = re.compile(
    r"\b(?:cut|cutting|dropped|dropping|removed|descoped|trimmed)\s+(?:(?:nothing|none|no|any|"
    r"anything)\b|[^,.;]{0,40}?\b(?:from|out of|off)\s+(?:the\s+|our\s+|my\s+|that\s+|this\s+)?"
    r"(?:[\w-]+\s+)?(?:plan|scope|list|release|roadmap|backlog|sprint|launch|mvp|project|"
    r"checklist|agenda|spec))\b",
    re.IGNORECASE,
)


# A cause told after what it caused: "sales rose 20% because of the new layout".
_CAUSE_AFTER = re.compile(rf"\b(?:because of|(?<!\bwas )(?<!\bwere )due to|(?:was|were) due to "
                          rf"{_CAUSE_NOUN}|thanks to|owing to|as a result of)\b",
                          re.IGNORECASE)
_RESULT_CUE = dict(_ROLE_CUES)["result"]


def _told_with_its_cause(text: str, position: float | None) -> bool:
    """An outcome told with its cause ("complaints halved due to the new rota", "we finished on
    time thanks to the extra shifts") is the story's outcome, not a reason given for a step:
    what comes before the cause is told as a result."""
    cause = _CAUSE_AFTER.search(text)
    return (cause is not None and cause.start() > 0 and (position is None or position >= 0.3)
            and _RESULT_CUE.search(text[:cause.start()]) is not None)


def _cued_role(role: Role, text: str, cued: str, actor: Actor, mode: Mode,
               position: float | None, heading: Role | None, reported: bool) -> Role:
    """The role a cue word gives, in the light of who speaks and where."""
    if heading == "result" and role in ("dispute", "situation", "grounds", "task"):
        # under "Result:", "no brake incident since" tells how it came out; the cue word names
        # the trouble that stopped
        return "result"
    if role == "reflection" and actor == "other" and later_bond(
            text, actor, mode, position, reported):
        # "These days she's the one who pings me first": the cue word dates a habit of hers
        # toward the candidate, the bond the story left, not a lesson of theirs
        return "relationship"
    if role == "grounds" and reported and actor != "candidate":
        return "dispute"  # the other side's reasons describe the disputed position
    if role == "grounds" and _told_with_its_cause(cued, position):
        return "result"
    if role == "situation" and actor in ("candidate", "team") and _DEED.search(text):
        return "action"  # "Last year I ran the migration" is a step, not the scene
    if role == "reflection" and _FOUND_OUT_THEN.search(text):
        return "action"  # "ten days before the sale I realised…" found the trouble, as "noticed"
    return role


# A realisation dated inside the story, with no lesson word before it: "So about ten days
# before the sale I realised | we weren't going to make it", "That morning I realised the
# backup had failed". It is the trouble found, as "I noticed" is; "Looking back, I realised…"
# and a bare "I realised that listening matters…" stay lessons.
_FOUND_OUT_THEN = re.compile(
    r"^\W*(?:(?:and|so|but|then)\W+)*(?:(?:about|around|only|just)\s+)?(?:(?:\w+|\d+) (?:days?|"
    r"weeks?|hours?|minutes?|months?) (?:before|after|into|later)\b[^,;]*?|(?:that|the next|the "
    r"same|on the|one|by) (?:morning|afternoon|evening|night|day|week|friday|monday|tuesday|"
    r"wednesday|thursday|saturday|sunday)\b[^,;]*?|halfway through\b[^,;]*?|at \d[\w:.]*"
    r"(?:\s*[ap]m)?|(?:on|by) (?:day|week) \w+)[, ]+(?:i|we) (?:suddenly |then |finally |"
    r"quickly )?reali[sz]ed\b(?!,? (?:that )?(?:i|we) (?:should|could|need|had to|must)\b)",
    re.IGNORECASE)


# A verb of being, or of how things went, after the subject: "it went fine", "we were working
# Monday", "the client was fine with it", "we got through it". It tells how things stood, not a
# step anyone took. Being names a state only with a description after it: "was to" and "were
# going to" look ahead to a step, "was saying" frames what was said, "the gap was there" says
# that something is, "the office was on the fourth floor" where it is, and "it was the auditor"
# or "we were a team of five" says who or what, as the scene does.
_STATE = re.compile(
    r"^(?:(?:is|are|was|were|stayed|remained|seemed)\b(?! (?:to|going to|about to|"
    r"supposed to|saying|telling|asking|that|what|how|why|there|here|(?:\w+ )?able to|"
    r"(?:\w+ly )?(?:on|in|at|inside|outside|near|next to|behind|above|below|under|of|from))\b)"
    r"(?! (?:the|a|an|my|our|his|her|their|its|this|that|these|those|one|some|all|any|no|"
    r"[\w-]+ (?:people|of us))\b)(?=\s\S)|"
    r"(?:went|worked|ran|turned out)(?: \w+ly| pretty| quite| really| all)? "
    r"(?:fine|well|ok|okay|alright|smoothly|great|out)\b|got (?:through|used to|over|there|"
    r"back to)\b|(?:made|pulled|came) (?:it|through)\b)", re.IGNORECASE)
# "Had" as a light verb names an event ("we had a meeting with the client"), no state.
_HAD_AN_EVENT = re.compile(r"^had (?:a|an|our|another|one|two|three|some) (?:\w+ )?(?:meeting|"
                           r"call|chat|talk|conversation|discussion|session|workshop|retro|"
                           r"review|vote|look|go|try|word)s?\b", re.IGNORECASE)
# A state with a view or an aim in it ("she was determined to ship", "he was convinced that…").
_STANCE_TAKEN = re.compile(r"\b(?:to|that|about|on)\b", re.IGNORECASE)
# A subject that takes in the whole group, the teller with it: "Everyone took a part".
_ALL_OF_US = re.compile(r"^(?:everyone|everybody|all of us|each of us|both of us)\b",
                        re.IGNORECASE)


def _how_it_stood(text: str, having: bool = False) -> bool:
    """Whether the clause's verb tells a state rather than a step: being, or how things went
    ("it went fine"); with `having`, also "we had" what sets a scene ("we had a supplier who
    stopped responding", as "there was" does)."""
    _, rest = subject_split(text)
    told = " ".join(rest)
    # ("we have day shift and night shift": the present of a second-language teller's scene)
    had = re.sub(r"^have ", "had ", told)
    return bool(_STATE.match(told)) or having and had.startswith("had ") and not (
        had.startswith("had to ") or _HAD_AN_EVENT.match(had))


def scene_event(clause: Clause) -> bool:
    """Whether a clause of the scene tells something that happened to set it going, not how
    things stood: "when an allergen audit found two dishes with sesame missing" against "I was
    head chef at a hotel kitchen" or "we had two vans off the road"."""
    return clause.role == "situation" and clause.actor in ("other", "none") and not (
        _how_it_stood(clause.text, having=True) or _THERE_WAS.match(_subject_text(clause.text)))


_THERE_WAS = re.compile(r"^there(?:['’]s| (?:was|were|is|are|had been|have been))\b",
                        re.IGNORECASE)


def _closing(text: str, actor: Actor, mode: Mode, position: float | None,
             reported: bool) -> bool:
    """How things stood, told in the story's last sentence by no step of the candidate's, is
    how it ended: "it went fine and we were working Monday", "the client was fine with it".
    The same words at the start set the scene; a clause hung on another ("which was true") or
    said by someone is no ending of its own."""
    return position == 1.0 and mode == "fact" and actor != "candidate" and not (
        reported or _HANGS_ON.match(text) or re.match(r"^\W*that\b", text, re.IGNORECASE)
        or _SOURED.search(text)) and _how_it_stood(text)


# Work reported finished or passed, as a terse line or a second-language speaker says it as
# often as a plain one: "- Pour done; inspection passed", "the permit is approved", "the
# scaffolding goes up", "inspection is pass", "They cleared the stock".
_COMPLETED = re.compile_gated("completed",  # gated: most clauses lack its words
    # (after "have" the word is a perfect's, not a state: "what it would have done")
    r"(?<!have )(?<!has )(?<!had )(?<!['’]ve )"
    r"\b(?:finished|completed|passed|approved|cleared|signed off|fixed|resolved|up and running|"
    r"back (?:up|online)|(?:is|was|are|were) (?:pass|complete|live)|"
    r"(?:go|goes|went|gone|is|was|are|were) up(?! to\b))\b",
    re.IGNORECASE)


def _completed(text: str, actor: Actor, mode: Mode, position: float | None) -> bool:
    """Whether a late clause by no step of the candidate's reports the work finished or
    passed: that is how the story came out, with no word of change in it. Early in the story
    the same words set the scene ("the design was approved in March")."""
    done = _COMPLETED.search(text)
    return position is not None and position >= RESULT_ZONE and actor in ("none", "other") \
        and mode == "fact" and done is not None and not _UNNAMED_WORK.match(
            _subject_text(text)) and not _AWAITED.search(text[:done.start()])


# What the candidate brought taken up, or still in place, or the harm that did not come, told
# late with no signpost word: "That got added, | and it's still on there", "The check was
# adopted", "Nobody got hurt" (LABELS.md: a thing adopted is a result).
_TAKEN_UP = re.compile(
    r"^\W*(?:(?:and|so|but|then)\W+)?(?:that|it|this|they|the [\w-]+(?: [\w-]+)?) (?:got|was|"
    r"were|has been|have been|['’]s been) (?:then |finally |eventually |quickly |also )?(?:added|"
    r"adopted|accepted|approved|rolled out|brought in|put in|taken up|built in|made (?:standard|"
    r"mandatory|policy))\b"
    r"|^\W*(?:(?:and|so|but)\W+)?(?:it|that|this|they|the [\w-]+)(?:['’]s| is| are|['’]re) "
    r"still (?:on there|there|in place|in use|on the [\w-]+|used|running|up)\b"
    r"|^\W*(?:(?:and|so|but)\W+)?(?:nobody|no one|none of (?:them|the [\w-]+)) (?:got|was|were) "
    r"(?:hurt|harmed|injured|affected|charged|missed|left out)\b"
    # everyone the story was for, seen to: "Everybody was paid correctly on the Friday"
    r"|^\W*(?:(?:and|so|but)\W+)?(?:everybody|everyone|all (?:of )?(?:them|the [\w-]+|\d+ of "
    r"them)) (?:was|were|got) (?:\w+ly )?(?:paid|served|seen|treated|fed|moved|rehoused|"
    r"contacted|called back|refunded|home|back)\b", re.IGNORECASE)


def _taken_up_or_spared(text: str, actor: Actor, mode: Mode, position: float | None) -> bool:
    """Whether a late clause tells the candidate's change taken up or still in place, or the
    harm spared (`_TAKEN_UP`)."""
    return (position is not None and position >= RESULT_ZONE and actor in ("none", "other")
            and mode in ("fact", "habitual", "negated") and _TAKEN_UP.match(text) is not None)


# A measured change brought about, told anywhere past the opening: "it got allocation down to
# about 20 minutes", "claims went from something like 1,400 miles a week to about 1,100".
_CHANGED_TO = re.compile(
    r"\b(?:got|brought|cut|took|dropped|fell|went|came|reduced|pushed|pulled|halved)\b[^.;]{0,40}?"
    r"\b(?:down|up) to (?:about |around |roughly |just |under |over |nearly |almost |only )?"
    r"[£$€]?\d|\bfrom (?:about |around |roughly |something like |nearly |over )?[£$€]?\d[\d,.]*"
    r"\s?%?[^.;]{0,40}? to (?:about |around |roughly |just |under |only )?[£$€]?\d",
    re.IGNORECASE)


# Work out or in place, told as a note with no verb: "Hotfix out the same evening.", "Fix live by
# Friday", "New rota in place the next week". A made thing, then where it got to; "~40k parcels
# due out that day" awaits it, and "Mock-up in 2 days" says how long it took.
_OUT_IN_NOTES = re.compile(
    r"^\W*(?:(?:the|a|our|my|new|first|second|final) )?(?:[\w-]+ ){0,2}?(?:fix|hotfix|patch|"
    r"release|update|version|build|change|rota|schedule|plan|process|checklist|template|form|"
    r"guide|sop|policy|tool|script|dashboard|report|page|site|app|feature|migration|system|"
    r"contract|order|repair|replacement|part|unit)s? (?:out|live|in place|deployed|shipped|"
    r"merged|installed|fitted|rolled out|signed off|approved)\b", re.IGNORECASE)


def _out_in_notes(text: str, actor: Actor, mode: Mode, position: float | None) -> bool:
    """Whether a verbless note past the story's opening tells made work out or in place
    (`_OUT_IN_NOTES`): what the steps got to."""
    return actor == "none" and mode == "fact" and (position is None or position >= 0.3) and (
        bool(_OUT_IN_NOTES.match(text)) and not has_verb(text))


# "…before the source data is finished": the finish awaited sets a time, it is no outcome.
_AWAITED = re.compile(r"\b(?:before|until|till|once|when|whenever|after|if|unless)\b",
                      re.IGNORECASE)
# "It got done", "everything was finished": work no one names is no outcome told.
_UNNAMED_WORK = re.compile(r"^(?:it|that|this|everything|things|stuff|all(?: of it)?|the "
                           r"(?:work|job|rest|thing|task))\b", re.IGNORECASE)


# The work passed on unfinished, or the teller gone before it ended: "the investigation was
# handed over to the process team to carry forward", "the recommendations went to the budget
# holders to take forward", "I moved on to my current role shortly afterwards", "I left about
# four months later". What others were left to do, or the teller's leaving, is neither a step of
# the story nor what came of it.
_HANDED_ON = re.compile(
    r"\b(?:handed|passed|given|sent|turned|transferred|went|left|referred)\b[^.;!?]{0,80}?\bto "
    r"(?:carry|take|move|push|drive|see) (?:it |this |that |them |things |the work )?"
    r"(?:forward|on|through)\b(?! (?:to|into|at|with|by)\b)|"
    r"\b(?:for (?:them|him|her|the [\w-]+(?: [\w-]+)?) to (?:action|implement|pick up|own|"
    r"follow up)\b)|"
    r"\bi (?:then |later |soon |eventually |actually )?(?:moved on|left|moved|changed) "
    r"(?:to |for )?(?:my (?:current|next|new|present) (?:role|job|position|team|company|employer)|"
    r"(?:a|another) (?:new |different )?(?:role|job|position|company|employer)|"
    r"(?:the|that) (?:company|business|organi[sz]ation|firm|role))\b|"
    r"\bi moved on\W*(?:$|shortly|soon|not long|a (?:few|couple))|"
    # ("I moved onto the loyalty project the week after launch", "I was moved to another site
    # not long after": the teller's move to other work, timed after the story's step)
    r"\bi (?:then |later |soon |eventually |actually )?(?:moved|switched|rotated|transferred|"
    r"(?:was|got) (?:moved|reassigned|pulled|transferred))(?: on| over| back)?(?: to| onto| "
    r"into) (?:(?:a|an|another|the|my) )?(?:(?:new|different|other|next) )?(?:[\w-]+ ){0,2}?"
    r"(?:project|team|account|client|programme|program|workstream|role|job|site|ward|store|"
    r"contract|position|department|unit|company|employer)\b(?=[^.;!?,]{0,40}?\b(?:later|"
    r"after(?:wards)?|soon|shortly|not long)\b)|"
    # ("I left about four months later", "I left soon after")
    r"\bi (?:then |later |eventually |actually )?left (?:(?:about|around|roughly|some|just|"
    r"only) )?(?:a |an |\w+ )?(?:few |couple of )?(?:days?|weeks?|months?|years?) (?:later|"
    r"after(?:wards)?)\b|\bi left (?:soon|shortly|not long) after(?:wards)?\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of a clause by its role and again as it is credited
def handed_on(text: str) -> bool:
    """Whether a clause tells the work passed on to others unfinished or the teller leaving
    before its end (`_HANDED_ON`)."""
    return _HANDED_ON.search(text) is not None


# The trouble told as gone, late in the story: "we had no more complaints", "there were no
# further failures", "we got no repeat calls about it" (not "I had no more time").
_TROUBLE_STOPPED = re.compile(
    r"\b(?:had|got|saw|received|logged|recorded|heard|were|was|have been|has been|there['’]s "
    r"been) (?:no|zero) (?:more|further|new|repeat|other) (?!(?:time|ideas?|money|budget|options?|"
    r"choice|room|space|patience|energy|say|need|reason|way|one|staff|people)\b)[\w-]+|"
    # …or the trouble itself named as absent, late on: "I had no complaints about the grades"
    r"\b(?:had|got|received|logged|recorded|heard|saw) (?:no|zero) (?:complaints?|calls|tickets|"
    r"escalations|errors|incidents|returns|defects|falls|injuries|no-shows|chargebacks|"
    r"refunds|breaches)\b",
    re.IGNORECASE)


_NONE_TOLD = re.compile(r"\b(?:there (?:were|was|have been|has been|had been) (?:no|zero)|not (?:a|"
                        r"one) single|(?:nobody|no one|none of them) (?:had|has|have)?|(?:we|they|"
                        r"I|she|he) (?:had|got|saw|received|logged) (?:no|zero))\b",
                        re.IGNORECASE)


def _trouble_gone(text: str, actor: Actor, mode: Mode, position: float | None) -> Role | None:
    """The trouble gone, told late ("We had no more complaints", "over the next month there were
    no drops at all"): what came of the story, which its cue words miss in a denial."""
    if mode == "negated" and (position is None or position >= RESULT_ZONE) and (
            _TROUBLE_STOPPED.search(text) or _NONE_TOLD.search(text) and told_later(
                text, actor, position)):
        return "result"
    return None


# Someone else's new habit, kept up from the story on: "He did the checks every day after that",
# "she ran the handover every shift from then on".
_KEPT_UP = re.compile(r"\b(?:every|each) (?:single )?(?:day|shift|week|morning|night|time|month|"
                      r"round|load)\s+(?:after that|since|from then on|afterwards|after)\b|"
                      r"\bfrom then on\b|"
                      # …with when it began first: "After that she hit the cut-off every week"
                      r"^\W*(?:(?:and|so)\W+)?(?:after that|after this|since then|afterwards),?\s+"
                      r"[^.;!?]*\b(?:every|each) (?:single )?(?:day|shift|week|morning|night|time|"
                      r"month|round|load)\b", re.IGNORECASE)


def kept_up(text: str) -> bool:
    """Whether the clause tells a habit kept up from the story on (`_KEPT_UP`)."""
    return _KEPT_UP.search(text) is not None


def _kept_up_role(text: str, actor: Actor, mode: Mode, position: float | None) -> Role | None:
    """Someone else's habit kept up from the story on is how it came out: "He did the checks
    every day after that" (the candidate's own is a practice kept)."""
    if actor in ("other", "none") and mode in ("fact", "habitual") and kept_up(text) and (
            position is None or position >= 0.3):
        return "result"
    return None


_WHEN_I = re.compile(r"^\W*(?:(?:[a-z]+):\s*)?(?:when|whenever|if|once|before|after)\s+(?:I|we)\b",
                     re.IGNORECASE)


def read_role(text: str, actor: Actor, mode: Mode, position: float | None,
              heading: Role | None, reported: bool) -> Role:
    """What the clause does in the story: from its cue words, its heading and its position.

    `position` (0 to 1) is how far into the story the sentence sits; None for a story too
    short to tell its start from its end.
    """
    role = _role_of(text, actor, mode, position, heading, reported)
    if role == "result" and reported and actor in ("other", "none") and heading != "result":
        # Someone else's words are no outcome of the story: what they said before it turned
        # is the dispute ("He said it would be on time"), and what they said after it the bond
        # it left ("Their director later told me that was when she stopped checking our
        # numbers").
        return "relationship" if position is not None and position >= RESULT_ZONE else "dispute"
    return role


def _role_of(text: str, actor: Actor, mode: Mode, position: float | None,
             heading: Role | None, reported: bool) -> Role:
    """`read_role`, before someone else's words are set apart from the story's outcome."""
    if handed_on(text):
        return "other"
    since = _doubted_outcome(text, actor, mode, position, heading, reported) or (
        _since_the_story(text, actor, mode, position) or _held_since(text, actor, mode, position)
        or _trouble_gone(text, actor, mode, position) or _kept_up_role(text, actor, mode, position))
    if since is not None:
        return since
    if actor in ("candidate", "team") and _CUT_FROM_PLAN.search(text):
        return "decision"  # "I cut nothing from the plan" chose the scope; it is no outcome
    miss = _MISS_HEADING.match(text)
    # (a step told after it, "- My mistake: deleted a copy finance used", is the misstep itself)
    if actor == "candidate" and miss and not past_tense(text[miss.end():]) or (
            heading == "reflection" and mode == "habitual" and (
                actor == "none" or _WHEN_I.match(text))):
        # (under a lesson's heading, a way of working told as advice is the lesson, whatever it
        # is about: "Learning: When I push back, | bring a way to test who is right"; "I think it
        # shows that I care about customers" claims a trait)
        return "reflection"
    lowered = text.lower()
    cued = lowered if text.isascii() else text
    # A clause that is not ASCII but lowers exactly (a dash, a curly quote) is searched lowered
    # as well, by the parts of cues its index names: searching it for every cue whole was the
    # costliest of a review's searches, and built the longest cues' programs.
    searched = lowered if lowers_exactly(text) and len(lowered) == len(text) else None
    possible = None if searched is None else _ROLE_INDEX.possible(text, searched)
    for at, (role, _) in enumerate(_ROLE_CUES):
        if _has_cue(at, cued if searched is None else searched, possible):
            if role == "situation" and (mode in ("fact", "habitual") and told_later(
                    text, actor, position) or _closing(text, actor, mode, position, reported)
                    or _changed_now(text, actor, mode, position, reported)):
                return "result"  # "last spring" at the end dates what came of the story
            if role == "result" and position is not None and position < 0.3 and (
                    heading != "result") and not re.search(
                    r"\b(?:as a result|in the end|ultimately|the outcome|ended up)\b", text,
                    re.IGNORECASE):
                continue  # "our churn had risen 12%" at the start sets the scene
            return _cued_role(role, text, cued, actor, mode, position, heading, reported)
    if later_bond(text, actor, mode, position, reported):
        return "relationship"
    if mode in ("fact", "habitual") and told_later(text, actor, position):
        return "result"
    if _completed(text, actor, mode, position) or _out_in_notes(text, actor, mode, position) or (
            _taken_up_or_spared(text, actor, mode, position)):
        return "result"
    if actor in ("none", "other") and mode in ("fact", "hedged") and position is not None and (
            position >= 0.3) and _CHANGED_TO.search(text):
        return "result"  # "But it got allocation down to about 20 minutes", mid-story
    if heading is not None:
        return heading
    if _late_change(text, actor, mode, position, reported):
        return "result"
    return _unmarked_role(text, actor, mode, position, reported)


def _doubted_outcome(text: str, actor: Actor, mode: Mode, position: float | None,
                     heading: Role | None, reported: bool) -> Role | None:
    """The teller's doubt over what came of it is still what came of it: "I think it got
    allocation down to about 20 minutes", "I believe she was relieved" (the clause stays the
    teller's, hedged; LABELS.md)."""
    framed = _DOUBT_FRAME.match(text) if actor == "candidate" else None
    if framed is None or (inner := read_actor(text[framed.end():])) not in ("none", "other"):
        return None
    told = read_role(text[framed.end():], inner, mode, position, heading, reported)
    return told if told in ("result", "relationship") else None


# Someone in the story doing, now, what the story led to: "The lady who wanted to quit, now
# she shows the new staff how to use it", "she's the one who trains new night staff now" (not
# "now he says…", a view, nor "now she is on nights", a state).
_NOW_DOES = re.compile(
    r"(?:^|\b(?:and|but|so)\s+|,\s*)(?:now|today|these days|nowadays),?\s+(?:she|he|they|"
    r"(?-i:[A-Z][a-z]+)|the [\w-]+)\s+(?:\w+ly\s+|also\s+|even\s+|actually\s+)?(?!(?:is|was|has|"
    r"does|says|thinks|feels|seems|looks|knows|wants|likes|needs|hates|calls|tells)\b)[a-z]{3,}s\b"
    r"|\b(?:she|he|they)(?:['’]s| is|['’]re| are) (?:now )?the (?:one|ones|person|people) (?:who|"
    r"that) [a-z]+s\b[^.;!?]{0,40}\bnow\b",
    re.IGNORECASE)


def _changed_now(text: str, actor: Actor, mode: Mode, position: float | None,
                 reported: bool) -> bool:
    """Whether a clause late in the story tells a change in the present (`_CHANGE_NOW`) of
    something that is no step of the candidate's, or someone doing now what the story led to
    (`_NOW_DOES`), as things stand after the story."""
    return (position is None or position >= RESULT_ZONE) and actor in ("none", "other", "team") \
        and mode in ("fact", "habitual", "hedged") and not reported \
        and (_CHANGE_NOW.search(text) is not None or _NOW_DOES.search(text) is not None)


def _late_change(text: str, actor: Actor, mode: Mode, position: float | None,
                 reported: bool) -> bool:
    """Whether a clause no cue places tells the outcome: late in the story, a change or a number
    that is no step of the candidate's; where the story is too short to have a late part, only a
    change. A change told in the present (`_changed_now`) counts whether it reads as a state now
    or as the narrated present."""
    if _changed_now(text, actor, mode, position, reported):
        return True
    if not (position is None or position >= RESULT_ZONE) or actor not in ("none", "other", "team"):
        return False
    outcome_signal = _CHANGE_WORD if position is None else _CHANGE_OR_NUMBER
    return mode in ("fact", "negated") and outcome_signal.search(text) is not None and (
        not _TIME_IT_TOOK.match(text))



def _unmarked_role(text: str, actor: Actor, mode: Mode, position: float | None,
                   reported: bool) -> Role:
    """The role of a clause no cue word, heading or sign of later time places: from who acts,
    whether it tells a state or a step, and where in the story it sits."""
    if _closing(text, actor, mode, position, reported):
        return "result"
    if actor == "candidate" and mode == "hypothetical" and _OTHERWISE_DONE.search(text) and (
            _BETTER_DONE.search(text)):
        return "reflection"
    if actor == "team" and position is not None and position < 0.5 and _how_it_stood(
            text, having=True):
        return "situation"  # "we were short-staffed", "we had a lot of rain": the scene
    if actor == "candidate" and ((position is None or position < 0.25) and tells_own_job(text)
                                 or job_now(text)):
        # "So, I run the front desk at a dental practice": who the teller is; "(two years)
        # after I qualified": when the story was; "I'm head of geography at a secondary school,
        # so it wasn't an obvious move" wherever it is said
        return "situation"
    if actor in ("candidate", "team"):
        return "action"
    if actor == "other" and _PAST_ACT.search(text) and not (
            _how_it_stood(text) and not _STANCE_TAKEN.search(" ".join(subject_split(text)[1]))):
        # "one person was burned out", "the patients were confused": a state told with a
        # participle, no move of the other side's; "she was convinced that…" takes a side
        if _ALL_OF_US.match(_subject_text(text)):
            return "action"  # the whole group at work, the teller among them: no other side
        return "dispute" if position is None or position < 0.5 else "action"
    if position is not None and position < 0.25:
        return "situation"
    if actor == "other" and mode == "fact" and position is not None and (
            position >= RESULT_ZONE) and _PLEASED.search(text):
        return "result"  # "Donna was pleased with it", late in the story: how it was taken
    return "situation" if mode == "fact" else "other"


_PLEASED = re.compile(r"\b(?:was|were|is|are|['’]s|felt|seemed)\s+(?:really |very |quite |so |"
                      r"pretty )?(?:pleased|happy|relieved|delighted|thrilled|impressed|grateful|"
                      r"satisfied|glad)\b", re.IGNORECASE)


# The teller's job told in the present, as a story opens: "I run the front desk at a dental
# practice", "I manage a small print shop", "I work as dispatcher in a parcel company". A step
# in the present ("So I call the supplier") names no job of this kind, and "I own it end to end"
# no place.
_MY_JOB = re.compile(
    r"^\W*(?:(?:so|well|okay|ok|right|now|currently|basically)\W+)*I\s+(?:currently\s+|still\s+|"
    r"now\s+)?(?:run|manage|lead|head|supervise|coach|edit|teach|look after|own|work (?:as|at|in|"
    r"for|on))\s+(?:a|an|the|our|my|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
    # the same as it goes on at the time of the story: "So I'm teaching maths at a secondary
    # school", "I'm working at a care home" ("I'm working on the rota" is a step)
    r"^\W*(?:(?:so|well|okay|ok|right|now|basically)\W+)*I(?:['’]m| am)\s+"
    r"(?:currently\s+|still\s+)?(?:working (?:as|at|in)\b|(?:teaching|nursing|volunteering) "
    r"(?:[\w-]+ )?(?:at|in) (?:a|an|the|our|my)\b)",
    re.IGNORECASE)


_WHEN_I_BEGAN = re.compile(
    r"^\W*(?:(?:just|not long|shortly|soon|right)\s+)?(?:after|before|since|when)\s+I\s+(?:had\s+)?"
    r"(?:first\s+|just\s+)?(?:qualified|joined|started|graduated|arrived|took over|was hired|got "
    r"the job|came (?:in|on board|over))\b(?!\s+(?:the|a|an|my|our|to|doing|working)\b)",
    re.IGNORECASE)


# The teller's job, or the team's size, in the present: "I'm a pharmacy technician", "I am head
# chef in a hotel kitchen in Bangkok", "I work as dispatcher in a parcel company", "we are twelve
# agents on the night shift". Not a trait ("I'm a real team player", "I'm the person who always
# reads the footnotes") and not how long ("…in a payments company since 2019" goes on, as a
# habit does).
_WORKPLACE = (r"bank|shop|store|supermarket|company|firm|business|unit|council|school|college|"
              r"university|hospital|ward|clinic|surgery|practice|pharmacy|lab|laboratory|farm|"
              r"kitchen|restaurant|bistro|caf[eé]|bakery|hotel|depot|warehouse|factory|plant|"
              r"charity|library|garage|agency|office|centre|center|site|home|nursery|station|"
              r"airline|airport|brewery|dairy|mill|mine|museum|theatre|gym|salon|chain|startup|"
              r"consultancy|team|department|branch")
_JOB_STATED = re.compile(
    r"^\W*(?:(?:so|well|okay|ok|right|currently|basically|yeah|and)\W+)*(?:"
    r"I(?:['’]m| am)\s+(?:currently\s+|still\s+)?(?:(?:a|an|the|one of (?:the|two|three|four))\s+)?"
    r"(?:(?!(?:" + _PORTRAYING + r")\b)[\w&'’-]+\s+){0,3}?(?:" + ROLE_NOUN + r")\b|"
    r"I (?:currently |still )?(?:work|drive|cook|volunteer) (?:as|for|at)\b|"
    # …or by what they run ("I manage a small print shop", "I coach an under-12 football team";
    # "I teach my planners to say no" is a practice)
    r"I (?:currently |still )?(?:run|manage|lead|head|supervise|coach|edit|teach|look after|own) "
    r"(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
    # …or by what they do where: "I coordinate volunteers at a food bank", "I schedule the school
    # buses for a county transport unit", "I work in mobile phone shop"
    r"I (?:currently |still )?(?:coordinate|schedule|manage|run|lead|supervise|head|teach|coach|"
    r"edit|look after|work|volunteer|drive|cook|clean|serve|plan|organi[sz]e|train|care for|"
    r"handle|process|dispatch|sell|deliver|staff|book) (?:[\w'’-]+ ){0,4}?(?:at|for|in) (?:a|an|"
    r"the|our|my|one)?\s?(?:[\w'’&-]+ ){0,3}?(?:" + _WORKPLACE + r")s?\b(?![^.;]*\b(?:every|each|"
    r"always|usually|when|whenever|if)\b)|"
    r"we(?:['’]re| are)\s+(?:only\s+|just\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|a (?:small )?(?:team|group|crew) of)\s+(?:[\w-]+\s+)?"
    r"(?:people|persons|(?:" + ROLE_NOUN + r")s|staff|nurses|developers|engineers|drivers|"
    r"carers|cooks|chefs|teachers|volunteers|\w+ers)\b|"
    # …and how long it has been held: "and I've been there four years"
    r"I(?:['’]ve| have) been (?:there|here)(?: for)? (?:about |nearly |over |almost |just over )?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of) "
    r"(?:years?|months?)\b)",
    re.IGNORECASE)


def job_now(text: str) -> bool:
    """Whether a clause states the teller's job or team in the present (`_JOB_STATED`), with no
    "since" carrying it on and no "now" setting it after the story."""
    # ("Now I run the whole kitchen", after the story, is what came of it: a habit since)
    rest = _subject_text(text)
    return not _NOW_OR_SINCE.search(text) and bool(_JOB_STATED.match(rest))


_NOW_OR_SINCE = re.compile(r"\b(?:now|since)\b", re.IGNORECASE)


def tells_own_job(text: str) -> bool:
    """Whether a clause is the teller's job told in the present (`_MY_JOB`), or when in it the
    story was (`_WHEN_I_BEGAN`): no step of the story either way."""
    return _MY_JOB.match(text) is not None or _WHEN_I_BEGAN.match(text) is not None


# The teller's own miss named as the heading of what follows: "And my mistake: I should go and
# look at the rooms in the first week" (a second-language teller's "should have"), "My biggest
# mistake — I didn't check". The cue word "mistake" alone is the story's trouble.
_MISS_HEADING = re.compile(r"^\W*(?:(?:and|but|so|also),? )?(?:my|the one) (?:big(?:gest)? |"
                           r"main |one |real |own )?mistake(?: (?:was|is))?\s*[:—–]",
                           re.IGNORECASE)


# What the teller might have done otherwise, looking back: "if I'd noticed her earlier", "if I
# had reconciled against invoices from the start", "I suppose I could have raised it a week
# sooner". "If I had to pick one" asks for a choice, and "I'd have" with no "if" is a plan.
# Only done better counts (`_BETTER_DONE`): "if I'd waited we'd have lost the weekend" and "I
# could've waited till Monday, but…" are the grounds for what was done, and on the tuned parts
# of the unseen sets they were told as often in weak answers as in strong ones.
_OTHERWISE_DONE = re.compile(
    r"\bif I(?:['’]d| had| would have) (?:only |just |really |actually )?(?!to\b|had to\b)"
    r"[a-z]+(?:ed|en|wn|ne|ght|lt|nt|de|ke|un|id|ot|et|ut)\b|"
    r"\bI (?:could|should|might)(?:['’]ve| have) (?:\w+ )?[a-z]+(?:ed|en|wn|ne|ght|lt|nt|de|ke|"
    r"un|id|ot|et|ut)\b", re.IGNORECASE)

_BETTER_DONE = re.compile(r"\b(?:earlier|sooner|the first time|from the (?:start|beginning|"
                          r"outset)|more|better|less|properly|in advance|up ?front|before (?:I|"
                          r"we|it|they|signing|starting)|should)\b", re.IGNORECASE)


# --- the reading -----------------------------------------------------------------------------

# "…and extended the contract": a coordinated verb shares the subject before it; a bullet
# ("- pulled the logs") has the candidate's.
_SHARES_SUBJECT = re.compile(r"^(?:and|but|or|then|so|yet|and then)\b", re.IGNORECASE)
_REPORTING_END = re.compile_gated(
    "reporting-ends",
    r"\b(?:said|says|told \w+|asked|argued|insisted|explained|mentioned|claimed|replied|warned|"
    r"suggested|wrote|emailed|felt|believed|thought|realised|realized|admitted|pointed out|"
    r"proposed|recommended|propose (?:to \w+(?: \w+)?)|"
    r"promised|noted|agreed|telling \w+|saying|repeating|reporting|claiming|complaining|"
    # told in the present: "I tell them", "he say" (English as a second language)
    r"(?<=\bI )tell (?:him|her|them|us|me)|(?<=\bwe )tell (?:him|her|them|us|me)|"
    r"(?<=\bhe )say|(?<=\bshe )say|(?<=\bthey )say|"
    # …after whoever says it: "my manager say", "the client say" (not "to say", "I'd say")
    r"(?<!\bto )(?<!\bwould )(?<!'d )(?<=[a-z]{2} )say|"
    # said to someone: "one lady said to me, …", "he says to the driver, …", "I say to my
    # boss, …"
    r"(?:said|says|say|explained|complained|shouted|wrote) to (?:me|us|him|her|them|(?:the|my|"
    r"our|his|her|their) [\w-]+)|"
    # options put to someone: "I gave them two options: | we launch half the pages on time…"
    # offers what might be done, no more told as done than a proposal is
    r"(?:gave|give|offered|offer|laid out|presented|put to) (?:\w+ )?(?:two|three|four|a few|"
    r"several|some|both|the|my|a couple of) (?:options|choices|alternatives)(?: (?:to|for|with) "
    r"(?:him|her|them|us|(?:the|my|our) [\w-]+))?)"
    # …with when or how in between, as the cut allows it: "she told me later that", "he
    # mentioned on Monday that"
    r"(?:\s+(?:on|in|at|during|after|over|by) (?:the )?[\w-]+|\s+\w+ly|\s+(?:later|afterwards|"
    r"again|then|once|back)|\s+(?:since|for) (?:a )?long time"
    # …or an aside set off by a dash: "He said — fairly — that"
    r"|\s*[—–]\s*\w+(?:\s+\w+){0,2}\s*[—–]?"
    # …or a word that opens the speech: "I said, right, | you stay with him"
    r"|,\s*(?:right|look|listen|okay|ok)(?=\W*$))?"
    # …and its "that" when the cut fell after it ("He said that | if the site goes down…")
    r"(?P<that>\s+that)?[,:]?$",
    re.IGNORECASE,
)
# A frame closed by a one-word answer: "He said no, | it will be fine, the customer won't see the
# difference". What runs on after it in the present or the future is what was said, unquoted;
# a clause told in the past ("He said no, | so I went to his boss") is the story going on.
_ANSWERED = re.compile(r"\b(?:said|says|say|replied|answered|told (?:me|us|him|her|them))"
                       r"(?: (?:straight|flat|just))? (?:no|yes|okay|ok|fine|sure|look|listen)$",
                       re.IGNORECASE)


def _answered_by(text: str, frame: re.Match[str] | None, reported: bool, actor: Actor,
                 before: Actor | None) -> Actor | None:
    """Whose one-word answer (`_ANSWERED`) the clauses after this one may carry on: the clause's
    own speaker when it is such a frame, the answer before it while its words run on, nobody
    once the story goes on."""
    if reported:
        return before
    if frame is None and _ANSWERED.search(text.rstrip(" ,.")):
        # a thing answers too: "The reply said no, | we could not order until April" is its word
        return actor
    return None


_THAT_GOES_ON = re.compile(r"^\W*that (?:they|he|she|it|these|those|the)\b", re.IGNORECASE)
_THOUGHT_OR_SAID = re.compile(r"\b(?:thought|believed|said|says|claimed|assumed|reckoned|felt|"
                              r"insisted|was sure|were sure|blamed)\b", re.IGNORECASE)


def _their_thought_goes_on(text: str, before: Clause) -> bool:
    """Whether a "that" set off after what someone else thought or said goes on with it: "Gail
    thought the reason was the new pickers, | that they were careless"."""
    return before.actor == "other" and bool(_THAT_GOES_ON.match(text)) and bool(
        _THOUGHT_OR_SAID.search(before.text))


def _heads_the_line(text: str, actor: Actor, labelled: bool) -> bool:
    """Whether the first part of a note's line names the person the line is about: "- Ruth:
    never made it dept policy", "- Head chef Paolo Ricci: repeat order"."""
    return labelled or actor == "other" and bool(_PERSON_LABEL.match(text))


def _goes_on_with_them(text: str) -> bool:
    """Whether a later part of a line a person heads is theirs: it has no subject of its own
    and does not name the teller ("→ | no need to check allergen info", "| didn't stop
    anyone"; not "| I booked the porter")."""
    return bool(_NO_SUBJECT_OF_ITS_OWN.match(text)) and not _FIRST_PERSON.search(text)


def _hands_over(frame: re.Match[str] | None, answered_by: Actor | None) -> bool:
    """Whether what opens the next clause is what was said, whatever its subject: after a frame
    ending on "that" ("He said that | if the site goes down…") or a one-word answer."""
    return bool(frame and frame.group("that")) or answered_by is not None


# A verb of saying on its own after a comma, as one step in a list of them: "- Phoned them,
# explained, | offered a free upgrade" tells three steps; nothing after "explained" is said.
_LISTED_STEP_FRAME = re.compile(r",\s*(?:then\s+)?(?:explained|apologi[sz]ed|agreed|admitted|"
                                r"mentioned|replied)$", re.IGNORECASE)


def _framing(frame: re.Match[str] | None, answered_by: Actor | None, in_quote: bool,
             actor: Actor, before: tuple[Actor | None, bool, bool],
             ) -> tuple[Actor | None, bool, bool]:
    """Who frames what the next clause tells, whether in words (not a thing seen or thought),
    and whether as a proposal: the clause's own speaker after a frame, the one-word answer's
    while it runs on, the quote's speaker inside a quote, else nobody."""
    if frame:
        return ((actor if actor != "none" else None), not _PERCEIVING.match(frame.group(0)),
                bool(_PROPOSING.match(frame.group(0))))
    if answered_by:
        return answered_by, True, False
    return (before[0] if in_quote else None), before[1], before[2]


# A frame and its colon inside a clause: "Site manager said: stop the line".
_SAID_COLON = re.compile(r"\b(?:said|says|told (?:me|us|him|her|them|the [\w-]+)|asked|wrote|"
                         r"replied|answered|insisted|ordered|instructed)\s*:", re.IGNORECASE)
# The story taken up again inside a sentence, after words said: "and then I went ahead".
_BACK_TO_STORY = re.compile(r"^\W*(?:and|but|so|then)\s+(?:then\s+)?(?:I|we)\b", re.IGNORECASE)


def _still_talking(text: str, speaker: Actor | None, answered_by: Actor | None) -> Actor | None:
    """Who may have said the clause: after a one-word answer only the present runs on ("He
    said no, | so I went to his boss" is the story going on)."""
    return None if answered_by and told_in_the_past(text) else speaker


# Hearsay about the candidate's own step: what someone else said they did, not a step they tell
# as theirs ("Apparently I told him directly", "I was told I raised it well", "Supposedly we
# met one on one"). A hedge on their own memory ("I think I pushed back") is theirs.
_HEARSAY = (r"apparently|reportedly|supposedly|allegedly|"
            r"(?:so )?I(?:'m| am| was|'ve been| have been| had been) told|I (?:heard|hear)")
_HEARD_OF_ME = re.compile(
    rf"^\W*(?:(?:and|but|so),?\s+)?(?:(?:{_HEARSAY}),?\s+(?:that\s+)?(?:I|we)\b|"
    r"(?:I|we)(?:'d| had| have)?\s+(?:apparently|reportedly|supposedly|allegedly)\b)",
    re.IGNORECASE)
# …and a frame of its own before the step it reports: "From what I heard, | I pushed back",
# "According to my manager, | I raised it", "As she put it, | I…"
_HEARSAY_FRAME = re.compile(
    rf"^\W*(?:(?:and|but|so),?\s+)?(?:{_HEARSAY}|from what (?:I|we) (?:heard|hear|were told|was "
    r"told|gather)|according to [^,;]{1,40}|as (?:\w+\s+){1,3}?(?:put it|tells it|told it|"
    r"tell it)|word (?:is|was|has it)|rumou?r (?:has it|is|was))(?:\s+that)?[,:]?$",
    re.IGNORECASE)
_THAT = re.compile(r"^\W*that\s+", re.IGNORECASE)
_OPTIONS = re.compile(r"\b(?:options|choices|alternatives)\b", re.IGNORECASE)
_PROPOSING = re.compile(r"(?:suggest|propos|recommend|(?:gave|give|offer|laid out|presented|put "
                        r"to)\b.*\b(?:options|choices|alternatives)\b)", re.IGNORECASE)
_PERCEIVING = re.compile(r"(?:felt|believed|thought|realised|realized|noted|agreed)\b",
                        re.IGNORECASE)
_TEMPORAL_OPEN = re.compile(rf"^(?:{_TEMPORAL})\b", re.IGNORECASE)
_OPEN_QUOTE = re.compile(r"^[\"“]")
_SUBORDINATE = re.compile(
    rf"^(?:{_SUBORDINATORS}|so|which meant|who|where)\b", re.IGNORECASE
)


_WE_ACT = re.compile(r"\b(?:we|we're|we've|we'd|we'll)\b", re.IGNORECASE)
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
_PLURAL = re.compile(r"\b(?:we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b", re.IGNORECASE)


# A "we" after a question word is the content of what was written or explained, not who
# tells the story: "- Did a one-page note: what we know / what we're testing", "used that to
# explain why we were holding pours".
_UNDER_A_QUESTION_WORD = re.compile(r"\b(?:what|why|how|where|whether)\s+(?=we\b|we['’])",
                                    re.IGNORECASE)
_TOLD_AS_WE = re.compile(r"(?<!what )(?<!why )(?<!how )(?<!where )(?<!whether )" + _PLURAL.pattern,
                         re.IGNORECASE)


@lru_cache(maxsize=64)  # asked of the whole answer by the analysis and again by the reader
def understood_subject(answer: str) -> Actor:
    """Whose steps an answer's subjectless bullets tell: the candidate's, unless the answer
    speaks as "we" more often than as "I" ("- kept pushing them; worked around it" in a story
    told as "our control", "as well as we could")."""
    plural = len(_TOLD_AS_WE.findall(answer))
    # "Our braised short rib", "Cost us £300": whose the thing was, or whom it cost, with no
    # "we" doing anything, leaves the bullets the teller's own.
    # ("- we just sent standard letters" once, beside "our slot days", tells the routine the
    # notes' steps changed: one "we" and one "our" are too little to tell the story as the
    # team's)
    acting = len(_WE_ACT.findall(_UNDER_A_QUESTION_WORD.sub("", answer)))
    return "team" if (plural >= 2 and plural > len(_SINGULAR.findall(answer))
                      and acting and (plural >= 3 or acting >= 2)) else "candidate"


# A habit in what was said: "the boiler always fails in January", "our app kept logging her out".
_HABIT_SAID = re.compile(r"\b(?:always|usually|often|never|every|each|kept|keeps|tends?|"
                         r"constantly|regularly|normally|typically|generally|whenever|all the "
                         r"time)\b", re.IGNORECASE)


def _said_then(mode: Mode, reported: bool, frame: Clause | None, text: str) -> Mode:
    """Words said on the day, in the present they were said in: "and said, | it's us, I'm
    sorry" is what was said then, not a habit; a habit said ("the boiler always fails") stays
    one."""
    if (reported and mode == "habitual" and frame is not None and frame.mode == "fact"
            and _REPORTING_END.search(frame.text) and not _HABIT_SAID.search(text)):
        return "fact"
    return mode


def read_sentence(sentence: Span, index: int, position: float | None, heading: Role | None,
                  names: frozenset[str] = frozenset(), in_story: bool = True,
                  voice: Actor = "candidate", told_before: str = "",
                  common: frozenset[str] = frozenset(), quoted_by: Actor | None = None
                  ) -> list[Clause]:
    """Every clause of one sentence, read. `position` is how far into the story it sits;
    `told_before` is the sentence of the story before it, which sets the time it is told in;
    `quoted_by` is who speaks when the sentence opens inside a quote an earlier one began.

    Outside the story (filler, meta-talk) the rules' reading stands: the learned layer was
    trained on story clauses, and a word it weighs must not lift padding into the story.
    """
    return list(_read_kept(sentence, index, position, heading, names, in_story, voice,
                           told_before, common, quoted_by, learned.enabled()))


# The reading of a sentence follows from its words and offsets, what is passed in about its
# place in the answer, and whether the learned layer is on (`learned.rules_only`): an answer
# reviewed again (with another panel or competency, or re-run) reads the same sentences, and
# reading them was a quarter of such a review. Kept for about a hundred answers' sentences
# (Clause is frozen, so the clauses are shared; each caller gets its own list), and emptied
# with the learned layer's own cache when its model is read again (`learned.reload`).
@lru_cache(maxsize=2048)
def _read_kept(sentence: Span, index: int, position: float | None, heading: Role | None,
               names: frozenset[str], in_story: bool, voice: Actor, told_before: str,
               common: frozenset[str], quoted_by: Actor | None,
               learned_on: bool) -> tuple[Clause, ...]:
    return tuple(_read_sentence(sentence, index, position, heading, names, in_story, voice,
                                told_before, common, quoted_by))


def forget_readings() -> None:
    """Drop the sentences kept read (`_read_kept`): the learned layer's model changed."""
    _read_kept.cache_clear()


def _read_sentence(sentence: Span, index: int, position: float | None, heading: Role | None,
                   names: frozenset[str], in_story: bool, voice: Actor, told_before: str,
                   common: frozenset[str], quoted_by: Actor | None = None) -> list[Clause]:
    """`read_sentence`, read anew."""
    clauses: list[Clause] = []
    # A quote an earlier sentence opened speaks on until its closing mark: "She said, "Can we
    # grab a room? | The way it works now is hurting us both.""
    speaker: Actor | None = quoted_by
    listed = False  # the clause before ended on a listed step, no frame (`_LISTED_STEP_FRAME`)
    answered_by: Actor | None = None  # whose one-word answer runs on (`_answered_by`)
    said = quoted_by is not None
    content = False
    proposed = False
    heard = False
    host_mode: Mode | None = None
    in_quote = quoted_by is not None
    said_after_colon = False
    # Only a sentence outside the story can be addressed to the reviewer (analysis keeps those
    # out of it), so the story's sentences skip the check.
    to_reviewer = not in_story and addressed_to_reviewer(sentence.text)
    previous_owner: Actor | None = None
    # What the learned layer sees of the clause before: the rules' reading of it.
    before: tuple[str, str] | None = None
    bullet = bool(_BULLET_LINE.match(sentence.text))
    headed = False  # whether a person heads the note's line (`_labelled_person`)
    for span in split_clauses(sentence):
        text = span.text
        # A step with no subject shares the one before it ("I called him, asked for the logs");
        # after a thing or a number ("9 trucks out of band, pulled their logs") it is the
        # candidate's, as a bullet is.
        # A subordinate clause in between ("I brought him into two deals | so he could see
        # procurement | and gave him the lead") does not lend its subject, nor does what was
        # said ("told them | their renewal was due, | and sent the letter again"): the main
        # one does.
        host = next((c for c in reversed(clauses)
                     if not _HANGS_ON.match(c.text) and not c.reported),
                    clauses[-1]) if clauses else None
        # A clause with no verb ("Not my mistake (dentist ill), | but apologised") has no
        # subject to lend: the step is the speaker's, as a bullet's is.
        # In a terse bullet a step after a comma is the speaker's whoever the part before it
        # names ("- guy was clueless, didn't bother explaining our pricing to him").
        shared = host.actor if host and has_verb(
            _ASIDE_IN_BRACKETS.sub("", host.text)) and (
            _SHARES_SUBJECT.match(text) or (host.actor != "none" and opens_on_verb(text)
                                            and (not bullet or _reaction_goes_on(host, text)))
        ) else None
        labelled = _labelled_person(text, names)
        theirs_on = headed and bullet and _goes_on_with_them(text)
        actor = "other" if labelled or theirs_on else read_actor(
            text, names, shared or (voice if voice != "candidate" else None), common)
        headed = headed or not clauses and bullet and _heads_the_line(text, actor, labelled)
        job_line = False
        if not clauses:
            actor, job_line = _opening_actor(text, sentence.text, index, actor)
        opens_quote = bool(_OPEN_QUOTE.match(text))
        if in_quote and said_after_colon and _BACK_TO_STORY.match(text):
            in_quote, speaker = False, None  # "He said: wait. | And then I went ahead anyway"
        talking = None if listed and opens_on_verb(text) and told_in_the_past(text) else (
            _still_talking(text, speaker, answered_by))
        goes_on = bool(clauses) and _their_thought_goes_on(text, clauses[-1])
        actor, owner, reported = _whose(text, actor, talking, said,
                                        opens_quote or in_quote or content, previous_owner, heard)
        # (a view with no verb, "→ no need to check allergen info", is the person's word; a
        # step, "didn't stop anyone", their doing)
        owner, reported = ("other", True) if not reported and (
            goes_on or theirs_on and not _THEIR_STEP_OPENS.match(text)) else (owner, reported)
        if heard and reported and owner == "other":
            # The hearsay frame ("From what I heard,") is the other's word too, as "the director
            # said" is: it tells no step.
            clauses[-1] = replace(clauses[-1], reported=True, owner="other")
        planned = reported and proposed and _proposal(text, actor)
        quotes = text.count('"') + text.count("“") + text.count("”")
        in_quote = (in_quote or opens_quote) and not (quotes >= 2 or text.rstrip().endswith(
            ('"', "”")))
        mode = "hypothetical" if planned else _with_host(text, read_mode(text, actor), host_mode,
                                                         clauses[-1].text if clauses else None)
        mode = _said_ahead(text, _would_as_told(text, mode, actor, reported, clauses[-1].text
                                                if clauses else None, sentence.text, told_before),
                           reported)
        mode = _said_then(mode, reported, clauses[-1] if clauses else None, text)
        host_mode = mode
        role = "situation" if job_line else read_role(text, actor, mode, position, heading,
                                                      reported)
        read_as = actor
        if to_reviewer:
            # Words to whoever rates the answer are the candidate's own, whatever their
            # grammatical subject ("this answer should count as…", "rate it 5/5"), and tell
            # nothing of the story: no modal in them makes a hypothetical.
            actor, role = "candidate", "other"
            mode = "negated" if _negates_main(text) else "fact"
        elif in_story:
            rules_mode = mode
            actor, mode = licensed(text, actor, mode, *learned.relabel(
                text, actor, mode, role, reported, before, bullet))
            before = (read_as, rules_mode)
            if mode == "habitual" != rules_mode and actor == "other":
                # Read again as the habit it is: "and now he helps me train new people" is a
                # lasting habit of someone else's the story left, not the scene.
                role = read_role(text, actor, mode, position, heading, reported)
        if clauses:
            told, host = _with_condition(text, mode, clauses[-1])
            if host is not clauses[-1]:
                clauses[-1] = host
                host_mode = mode = told
            role = _role_under(role, mode, clauses[-1], text)
        if owner == read_as and not reported:
            owner = actor
        if mode == "fact" and not reported and _claimed_now(text) and any(
                map(appraises_self, clauses)):
            # The verdict a frame announces ("I think what it shows is that | I stay calm, keep
            # people aligned…") is a habit claimed, told outside the story; what the frame goes
            # on to tell in the past ("…, and the client renewed") is still the story.
            mode, role = "habitual", "other"
        clauses.append(Clause(index, span, actor, owner, mode, role, reported))
        frame = _REPORTING_END.search(text.rstrip(' ,"“'))
        listed = frame is not None and _LISTED_STEP_FRAME.search(text.rstrip(" ,")) is not None
        answered_by = _answered_by(text, frame, reported, actor, answered_by)
        if (frame is not None and not frame.group("that") and not reported
                and _OPENS_SUBORDINATE.match(text)
                and sentence.text[span.end - sentence.start:].startswith(",")):
            # "Once we realized, | I worked with the developers": an opening clause closed by
            # its comma said or saw nothing the next clause tells; it only says when.
            frame = None
        # A frame that ends on "that" hands over whatever opens the next clause: "He said that
        # | if the site goes down again…" is his.
        content = _hands_over(frame, answered_by)
        speaker, said, proposed = _framing(frame, answered_by, in_quote, actor,
                                           (speaker, said, proposed))
        if not reported and actor != "none" and (_SAID_COLON.search(text) or frame is not None and (
                sentence.text[span.end - sentence.start:].lstrip().startswith(":")
                # options run on to the end of the sentence, however they are set off
                or _OPTIONS.search(frame.group(0)))):
            # "Manager said: drivers are the problem, start disciplinary reviews": words after a
            # colon run on to the end of the sentence as a quote does, each part the speaker's
            # however a note leaves its subject out.
            in_quote = said_after_colon = said = True
            speaker = actor
        if not reported:
            previous_owner = owner
        heard = bool(_HEARSAY_FRAME.match(text.rstrip(" ,")))
    return _grounds_after_stance(_times_as_their_steps(_when_sets_the_time(_turned_out_as_told(
        _proposal_runs_on(clauses, sentence.text)))), sentence)


# A time clause opening its sentence, with how long after the story it came: "About two months
# later, when we had a near miss on another truck, | he came to me first".
_LATER_WHEN = re.compile(r"^\W*(?:(?:and|so|then)\s+)?(?:[\w-]+\s+){0,4}(?:later|after that|"
                         r"afterwards|since then),?\s+when\b", re.IGNORECASE)


def _when_sets_the_time(clauses: list[Clause]) -> list[Clause]:
    """The time clause says when what came of the story happened; the clause it opens tells it.
    Read as the outcome, it was quoted as what the candidate's work led to."""
    if len(clauses) > 1 and clauses[0].role == "result" and _LATER_WHEN.match(clauses[0].text) \
            and clauses[1].role in ("result", "relationship") and clauses[1].mode == "fact":
        return [replace(clauses[0], role="situation"), *clauses[1:]]
    return clauses


# A note's line that labels what follows as the teller's proposal: "- Proposed: pour 6 good bays
# today, stop-ends, cancel last 5 trucks" (its parts, cut at the commas, are what was proposed).
_PROPOSAL_LABEL = re.compile(r"^\W*(?:(?:proposed|suggested|offered|pitched)|(?:my |"
                             r"our )?(?:proposal|suggestion|plan|offer|pitch))\s*:\s*\w",
                             re.IGNORECASE)


# What a note says would be done, as a list after it: "→ would: proposal w/ numbers, 1:1 w/ each
# trustee before meeting".
_WOULD_LIST = re.compile(r"\b(?:would|I['’]d|we['’]d)\s*:\s*\w", re.IGNORECASE)


def _proposal_runs_on(clauses: list[Clause], sentence: str) -> list[Clause]:
    """The parts of a proposal a note labels, after its first: each is the teller's, and a plan
    when it was put (LABELS.md, mode 1), not a step taken or an outcome. So are the parts of
    what a note says would be done ("would: proposal w/ numbers, 1:1 w/ each trustee")."""
    if len(clauses) < 2:
        return clauses
    labelled = bool(_PROPOSAL_LABEL.match(sentence))
    head = 0 if labelled else next(
        (i for i, c in enumerate(clauses) if c.mode == "hypothetical" and _WOULD_LIST.search(
            c.text)), None)
    if head is None:
        return clauses
    # (a part the note doubts is as much a plan: "would: …, maybe suggest 1-mo trial")
    modes = ("fact", "habitual") if labelled else ("fact", "habitual", "hedged")
    first = clauses[head]
    owner = first.actor if first.actor in ("candidate", "team") else "candidate"
    return [*clauses[:head + 1], *(
        replace(c, actor=owner, owner=owner, mode="hypothetical", role="action")
        if c.mode in modes and not c.reported and (c.actor == "none" or opens_on_verb(c.text))
        else c for c in clauses[head + 1:])]


# The teller's own view, set out before a colon or a dash that gives its reason: "I thought that
# was optimistic: the old service had eleven integrations nobody had documented".
_OWN_VIEW = re.compile(r"\bI (?:really |honestly |just |still )?(?:thought|felt|believed|knew|"
                       r"was (?:sure|convinced|worried))\b|\bI (?:strongly )?(?:disagreed|objected|"
                       r"pushed back)\b|\bI (?:didn['’]t|did not) (?:agree|think)\b")
_REASON_MARK = re.compile(r"(?:[:—–]|\s-)\s*$")


def _grounds_after_stance(clauses: list[Clause], sentence: Span) -> list[Clause]:
    """A statement after a colon or a dash that closes the teller's stance is the stance's
    grounds, though no "because" is said; a step of the teller's there ("I disagreed: I wrote
    to her") stays a step, and what someone else said stays theirs."""
    for at, clause in enumerate(clauses[1:], start=1):
        told = sentence.text[:clause.span.start - sentence.start]
        if (_REASON_MARK.search(told) and _OWN_VIEW.search(told) and not clause.reported
                and clause.actor in ("none", "other") and clause.owner != "other"
                and clause.mode in ("fact", "negated", "hypothetical", "habitual")
                and clause.role in ("situation", "other", "dispute")):
            clauses[at] = replace(clause, role="grounds")
    return clauses


# "It turned out" cut off as a clause of its own: its content is the next clause.
_TURNED_OUT_STUB = re.compile(r"^\W*(?:(?:and|but|so)\W+)?(?:(?:actually|honestly|um|like|then)"
                              r"\W+)*(?:it\s+)?turned out(?:\s+that)?\W*$", re.IGNORECASE)


# A short time clause after a step: "…and asked if we could use their oven | after they closed".
# ("…and kept going | until the backlog cleared" tells where the step ended: often the outcome.)
_TRAILING_TIME = re.compile(r"^\W*(?:after|before|when|once|while|as soon as)\s+"
                            r"(?!(?:that|this|which|then)\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+\W*$",
                            re.IGNORECASE)


# A state the scene sets, which a time clause can close: "but it was two weeks | after…" (not an
# event of someone else's, "that review caught a similar problem | before it ever shipped", which
# may be what came of the story).
_A_STATE = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:it|that|this|there|the [\w-]+(?: [\w-]+)?)"
                      r"\s+(?:was|were|is|are|had been)\b", re.IGNORECASE)
# A time clause closing the scene, of a few more words: "…| after the designs were signed off".
_SCENE_TIME = re.compile(r"^\W*(?:after|before|until|till|once)\s+(?!(?:that|this|which|then)\b)"
                         r"(?:[\w'’-]+\s+){0,5}[\w'’-]+\W*$", re.IGNORECASE)


def _times_as_their_steps(clauses: list[Clause]) -> list[Clause]:
    """A short time clause that closes a clause of the same sentence says when it happened: in a
    lesson it is part of the lesson ("I always read the dose back | before I sign"), and after a
    step of the candidate's or the team's it is when the step was taken, no outcome for a verb
    like "closed" ("asked if we could use their oven | after they closed"). Someone else's time
    clause after their own step keeps its reading: "…| before the quarter closed" may be what
    came of it."""
    for at, clause in enumerate(clauses[1:], start=1):
        before = clauses[at - 1]
        if before.sentence != clause.sentence:
            continue
        if (before.role == "situation" and clause.role in ("result", "decision")
                and clause.actor in ("none", "other") and _SCENE_TIME.match(clause.text)
                and _A_STATE.match(before.text)):
            # "…but it was two weeks | after the designs were signed off": when the state held,
            # part of the scene, not a call made or what came of the story
            clauses[at] = replace(clause, role="situation")
            continue
        if not _TRAILING_TIME.match(clause.text):
            continue
        if before.role in ("reflection", "relationship") and clause.actor == before.actor:
            clauses[at] = replace(clause, role=before.role)
        elif (clause.role == "result" and before.role in ("action", "decision")
              and before.actor in ("candidate", "team") and clause.actor != before.actor):
            clauses[at] = replace(clause, role="situation")
    return clauses


def _turned_out_as_told(clauses: list[Clause]) -> list[Clause]:
    """A bare "it turned out" read as what came to light takes the role of the clause it
    introduces when that clause tells what came of the story: "It turned out | that the new
    schedule cut the wait in half" is an outcome, "It turned out | the session expired whenever
    the phone switched masts" a finding."""
    for at, clause in enumerate(clauses[:-1]):
        after = clauses[at + 1]
        if (clause.role == "grounds" and after.role == "result"
                and after.sentence == clause.sentence and _TURNED_OUT_STUB.match(clause.text)):
            clauses[at] = replace(clause, role="result")
    return clauses


_TELLER = re.compile(r"\b(?:I|we)\b")


def _claimed_now(text: str) -> bool:
    """Whether a clause says what the teller is like now: its verb, or the teller's verb after
    an opening condition ("when things go wrong I stay level"), is in the present, or nothing in
    it is told in the past."""
    teller = _TELLER.search(text)
    return _present_tense(_subject_text(text)) or not told_in_the_past(text) or (
        teller is not None and _present_tense(text[teller.start():]))


def _whose(text: str, actor: Actor, speaker: Actor | None, said: bool, carried: bool,
           previous_owner: Actor | None, heard: bool) -> tuple[Actor, Actor, bool]:
    """The clause's actor, its owner and whether it is reported, given what came before it:
    `speaker` framed what follows (in words when `said`), `carried` when a quote or a frame's
    "that" runs on into it, `heard` when a hearsay frame ("From what I heard,") did."""
    if actor in ("candidate", "team") and (heard or _HEARD_OF_ME.match(text)):
        return actor, "other", True  # someone else's word for what the candidate did
    if speaker is not None and (carried or re.match(r"^that\b", text) or not (
            _SHARES_SUBJECT.match(text) or _SUBORDINATE.match(text)
            or _TEMPORAL_OPEN.match(text))):
        # Said words are the speaker's, whatever their subject ("he told me | we'd lose them"
        # is his claim); what someone saw or thought keeps its own subject ("I saw | that she
        # approved the run"), unless it has none.
        return (speaker if actor == "none" or said else actor), speaker, True
    if previous_owner is not None and _SUBORDINATE.match(text) and actor == "none":
        return actor, previous_owner, False  # "because the data showed…" is the main clause's
    return actor, actor, False


# A lesson's frame that hands its content to the clause after it: "What I took from it is |
# that you can push back and still…", "The lesson for me was | that…".
_LESSON_FRAME = re.compile(r"\b(?:is|was)\W*$", re.IGNORECASE)
_CONTENT = re.compile(r"^\W*(?:that\b|to\s+[a-z]+)", re.IGNORECASE)


def _role_under(role: Role, mode: Mode, before: Clause, text: str) -> Role:
    """What the candidate would do under a condition that looks back ("If I did it again, |
    I'd ask for the dates first") is the lesson the condition opens, not a step of the story;
    and what a lesson's frame names ("What I took from it is | that…") is the lesson."""
    if before.role != "reflection":
        return role
    if mode == "hypothetical" and _CONDITION.match(before.text):
        return "reflection"
    if _LESSON_FRAME.search(before.text) and _CONTENT.match(text):
        return "reflection"
    return role


def _proposal(text: str, actor: Actor) -> bool:
    """Whether what someone proposed ("I propose to my boss | that we make one shared list") is
    told as not yet happened when it was said: a plan (LABELS.md, mode 1), where "I suggested |
    that we had already tried it" tells what had."""
    return (not told_in_the_past(text) or _present_tense(_subject_text(_THAT.sub(
        "", text, count=1)))) and read_mode(text, actor) in ("fact", "habitual")


# "Not our error (lab sent the wrong kit)": the verb in the brackets is the aside's, not the part's.
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _opening_actor(text: str, sentence: str, index: int, actor: Actor) -> tuple[Actor, bool]:
    """The actor of a sentence's first clause where the sentence's frame leaves out its
    subject, and whether the clause names the teller's job: "Task: find beds for 31 families"
    is what the candidate had to do, and "- Store mgr, mid-sized supermarket" opening notes is
    their "I was …"."""
    if actor == "none" and _TASK_HEADING.match(sentence) and _BARE_VERB.match(text):
        return "candidate", False
    if index == 0 and actor in ("other", "none") and _NOTE_ROLE.match(text) and not (
            _NOTE_ROLE_TOLD.search(text)):
        return "candidate", True
    return actor, False


# A job named bare as an answer's first words, alone or with where it was held after it: "- Store
# mgr, mid-sized supermarket", "Pharmacy tech, nights", "Assistant site manager" (the teller's,
# as notes leave out "I was"; "Ops mgr Priya approved" names someone, "Manager furious." tells
# how someone was, and "So my manager, she'd…" is hers).
_NOTE_ROLE = re.compile(
    r"^\W*(?!(?:so|and|but|well|my|our|the|a|an|his|her|their|this|that|your)\b)"
    # (after when, as notes date it: "- Last yr, staff nurse, 28-bed ward", "2019, shift lead")
    r"(?:(?:[~\w.-]+\s+){0,2}(?:yrs?|years?|ago|months?|\d{4})\s*,\s+)?"
    r"(?:[\w.-]+\s+){0,3}?(?:manager|mgr|lead|engineer|nurse|planner|chef|supervisor|"
    r"analyst|developer|designer|teacher|technician|assistant|coordinator|officer|clerk|director|"
    r"consultant|accountant|pharmacist|receptionist|physio|paramedic|architect|editor|buyer|"
    r"administrator|agent|specialist|foreman|electrician|mechanic|cashier|controller|scientist|"
    r"researcher|librarian|carer|porter|dispatcher|producer|surveyor|midwife|therapist|tutor|"
    r"instructor|tech|leader|rep|operative|associate|intern|trainee|apprentice|volunteer|guard|"
    r"cook|barista|waiter|server|bartender|estimator|inspector|auditor|adviser|advisor|"
    r"caseworker|head of [\w-]+)\s*(?:,|;|\(|[—–]|-\s|(?:at|on|in|for|with)\s|[.]?\s*$)",
    re.IGNORECASE)
_NOTE_ROLE_TOLD = re.compile(r"\b(?:was|were|is|are|has|had|said|says|told|asked|wanted|"
                             r"agreed|refused|approved|decided|rang|called)\b", re.IGNORECASE)
_TASK_HEADING = re.compile(r"^\s*(?:[-*•]\s*)?(?:task|goal|my task|what i did)\s*[:\-–—]",
                           re.IGNORECASE)
# A lowercase word opening the clause that is no determiner, pronoun or number: a bare verb.
_BARE_VERB = re.compile(
    r"^(?!(?:the|a|an|my|our|his|her|their|this|that|these|those|its|it|there|no|all|some|each|"
    r"every|one|two|three|to|for|in|on|by|with|as|at|of)\b)[a-z][a-z-]+\b")
# Someone's objection told as a note goes on in the same words: "- Pushback from two senior
# nurses - felt it was rushed, | worried about privacy", "- The drivers complained, said it was
# slow, | asked for the old route back". A step after a verdict on someone ("- guy was clueless,
# | didn't bother explaining") is still the teller's.
_REACTING = re.compile(r"\b(?:push-?back|pushed back|felt|feel|said|says|complained|objected|"
                       r"argued|insisted|worried|asked|wanted|refused|threatened)\b", re.IGNORECASE)
_REACTION_ON = re.compile(r"^\W*(?:also |then )?(?:worried|felt|feared|said|asked for|wanted|"
                          r"complained|argued|insisted|refused|threatened|demanded|objected|"
                          r"questioned|doubted)\b", re.IGNORECASE)


def _reaction_goes_on(host: Clause, text: str) -> bool:
    """Whether a bullet's subjectless clause goes on with someone else's objection
    (`_REACTING`), and so is theirs rather than the teller's step."""
    return (host.actor == "other" and bool(_REACTION_ON.match(text))
            and bool(_REACTING.search(host.text)))


_HANGS_ON = re.compile(
    r"^\W*(?:so that|so (?:\w+ ){1,2}(?:could|would|can|might|wouldn't|couldn't)|because|since|"
    r"which|who|whom|when|while|after|before|until|if|although|though|even though|unless)\b",
    re.IGNORECASE)
# A line of notes: a bullet, or an item of a numbered list ("2. asked Denise for 20 min").
_BULLET_LINE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s")
_WHEN = re.compile(r"^(?:when|whenever|before|after|until|once|if|as soon as)\b", re.IGNORECASE)
# The purpose of a step told ("…so she'd have it", "…so it would still be his argument") is part
# of that step, not an imagined event; "so we would have missed it" still imagines.
_PURPOSE = re.compile(r"^\W*so (?:that )?(?:(?:[\w-]+ ){1,3}?would|(?:I|we|he|she|they|you|it)'d)\b"
                      r"(?! (?:have|'ve|never|always|usually)\b)(?!.*\b(?:if|unless)\b)",
                      re.IGNORECASE)
_ONGOING = re.compile(r"\b(?:(?:was|were|is|are|am|'re)\s+(?:\w+ly\s+)?\w+ing|(?:have|has|'ve)\s+"
                      r"(?:\w+ly\s+)?\w+(?:ed|en))\b", re.IGNORECASE)


# A condition that opens a sentence and times what follows it: "When the feed fails, …",
# "Every time the server is full, …", "like if something's broken, …".
# ("These days when I pick up a job, …", "Now if a client calls, …": a routine since the story)
_CONDITION_OPENING = re.compile(r"^\W*(?:(?:and|but|so|like|that),?\s+)?(?:(?:now|these days|"
                                r"nowadays|since then),?\s+)?(?:when|whenever|every time|each time|"
                                r"any ?time|if)\b", re.IGNORECASE)
_UNTIL = re.compile(r"^\W*(?:until|till)\b", re.IGNORECASE)
# A condition that can only recur, past or present: "Whenever the night shift left the dock
# untidy, | the morning crew lost an hour", "So, like, every time we had a release, | I'd…".
_RECURRING_CONDITION = re.compile(r"^\W*(?:(?:and|but|so|like|um|uh|well|then),?\s+)*(?:whenever|"
                                  r"every (?:single )?time|each time|any ?time)\b", re.IGNORECASE)
# A pseudo-cleft cut at its aside: what follows "is" is what the candidate would do.
_WHAT_I_WOULD = re.compile(r"\bwhat (?:I|we)(?:'d|’d| would)\b", re.IGNORECASE)
_COPULA_OPENING = re.compile(r"^\W*(?:is|was)\b", re.IGNORECASE)
_WHENEVER_THEN = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:when|whenever|every time|each time|"
                            r"any ?time)\b", re.IGNORECASE)
# Forms that are past and present alike ("you let them finish", "I put a note in"), which tell
# no past on their own.
_PRESENT_TOO = frozenset({"let", "put", "set", "cut", "read", "hit", "shut", "split", "quit",
                          "cost", "hurt", "spread"})


def irregular_past(word: str) -> bool:
    """Whether a lower-case word is an irregular past form ("sent", "caught", "brought")."""
    return word in _PAST_FORMS


def told_in_the_past(text: str) -> bool:
    """A past form in the clause; "feed", "need" and "speed" end in -ed but are none, a present
    perfect ("an idea we've already discussed") reaches into the present, and so does "used
    to" after a present verb ("if someone is used to the old rota")."""
    words = re.findall(r"[a-z']+", _PERFECT.sub("", text).lower())
    return any(
        w in _PAST_FORMS and w not in _PRESENT_TOO or len(w) > 3 and w.endswith("ed") and (
            not w.endswith("eed") or w in _PAST_EED) and not (at and words[at - 1] in _LINKING)
        for at, w in enumerate(words))


_PERFECT = re.compile(r"(?:\b(?:have|has)|['’]ve)\s+(?:(?:\w+ly|already|just|never|not|since)\s+)*"
                      r"\w+", re.IGNORECASE)
# A participle after a present verb describes ("a pallet arrives damaged", "it gets stuck").
_LINKING = frozenset({"is", "are", "am", "it's", "'s", "'re", "'m", "be", "being", "get", "gets",
                      "arrive", "arrives", "come", "comes", "look", "looks", "seem", "seems",
                      "feel", "feels", "stay", "stays", "remain", "remains", "go", "goes"})
_PAST_EED = frozenset({"agreed", "freed", "guaranteed", "disagreed", "refereed"})


def _with_host(text: str, mode: Mode, host_mode: Mode | None, host: str | None) -> Mode:
    """The rules' mode of a clause read with the clause before it in the sentence (`host`)."""
    if host_mode == "hypothetical" and mode != "negated" and _OR_ELSE.match(text) and not (
            told_in_the_past(text)):
        # "I'd raise it in the retro, | or maybe speak to him beforehand": the other of two
        # things they would do
        return "hypothetical"
    if mode == "fact" and host_mode == "hypothetical" and _WHEN.match(text) and not (
            told_in_the_past(text)):
        return "hypothetical"  # "I will sign only | when the results come": the time of a plan
    if mode == "fact" and _CONDITION_OPENING.match(text) and (
            has_verb(text) or _SUBJECT_AFTER_CONNECTIVE.match(text)) and not (
            told_in_the_past(text) or _ONE_BARE_PAST.search(text)):
        return "habitual"  # "if someone brings up an old idea": whenever it happens
    if host is None:
        return mode
    if host_mode == "habitual" and _shares_habit(text, mode, host):
        return "habitual"
    if mode == "fact" and host_mode == "hypothetical" and _CONDITION.match(host) and (
            _MODAL.search(text)):
        return "hypothetical"  # "if we roll it out across all 38 routes | we could cut £6m"
    if host_mode == "hypothetical" and (_WHAT_I_WOULD.search(host) and _COPULA_OPENING.match(
            text) or _CONDITION.match(host) and _MAYBE_WAS.search(text)):
        # "What I'd do, honestly, | is get everyone in a room"; "If the alarm had gone off, | it
        # might have been worse"
        return "hypothetical"
    if mode == "fact" and host_mode == "hypothetical" and _elided_step(text):
        # "I'd grab a coffee with them | and, you know, talk it through": a step with no subject
        # and no tense of its own leans on the host's "would".
        return "hypothetical"
    if mode == "hypothetical" and host_mode in ("fact", "negated") and _PURPOSE.match(text):
        return "fact"  # "I moved the shoot to dawn | so we'd lose as little light as possible"
    return mode


# A verb whose past is its bare form after one person or thing, which in the present would
# take an -s: "When Raj put together the team for the next rollout", "when the next outage hit"
# tell one time, not whenever it happens.
_ONE_BARE_PAST = re.compile(
    r"^\W*(?i:when|once|as soon as|after)\s+(?:[Hh]e|[Ss]he|[Ii]t|[A-Z][a-z]+|(?:the|a|an|"
    r"this|that|our|my|his|her|their|its)\s+(?:[\w-]+\s+){0,2}[\w-]*[^\Ws])\s+(?:\w+ly\s+)?"
    r"(?:put|hit|cut|set|let|shut|quit|spread|hurt|cost|split|shed|burst)\b")


# A bare verb opening a clause after its connective and fillers, its object right behind it:
# "and talk it through", "or just ring him", "then walk them through the numbers" (where "and
# people take that seriously" has a subject of its own).
_ELIDED_STEP = re.compile(
    r"^\W*(?:(?:and|or|then|just|also|maybe|you know|like|um|I mean),?\s+)*(?P<verb>[a-z]+)\s+"
    r"(?:him|her|them|it|me|us|the|a|an|my|our|their|his|its|this|that|for|to|up|out|back|"
    r"through|over|with|about)\b")


def _elided_step(text: str) -> bool:
    found = _ELIDED_STEP.match(text)
    if found is None:
        return False
    verb = found.group("verb")
    return not (verb in _NOT_LISTED_VERBS or verb in _PAST_FORMS or verb.endswith(("ed", "ing"))
                or verb in _PEOPLE or verb in _THIRD_PERSON or verb in _CANDIDATE_WORDS
                or verb in _TEAM_WORDS)


# A "would" that looks ahead to a set time is a promise or an expectation ("they'd send the
# logs by Friday", "they'd see it within a week").
_BY_A_TIME = re.compile(r"\b(?:by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the "
                        r"end|end of|tomorrow|tonight|noon|midday|\d)|within (?:a|an|one|two|three|"
                        r"\d))", re.IGNORECASE)


def _their_habit(text: str, host: str | None, sentence: str, told_before: str = "",
                 person: bool = True) -> bool:
    """Whether someone else's "would" in a story told in the past is what they used to do
    (LABELS.md: "she'd ring me at home", "whoever noticed first would rerun it by hand"), not
    what they might do: no condition in the clause or before it, no look back at what would
    have been, no time it was promised by. Said words ("he said he'd walk") are read as said.
    The past may be told in the same sentence, in the clause itself beside a "would" that its
    subject opens on ("the volunteers would pack whatever came in the door", "customers who
    called would wait on hold"), or as a state or a habit in the sentence before one that opens
    so ("The families didn't trust the night staff. | They'd ring at eleven"): after one event
    ("The client rang on Monday, furious. | They would cancel the contract") it is a threat or a
    guess. A thing's "would" is read so only
    then ("the app would log people out"): joined to a step told in the past it is more often
    what was expected of it ("- told him no, audit would flag it")."""
    if not _their_would(text) or host is not None and (
            _CONDITION.match(host) or _INVERTED_CONDITION.match(host)
            or _REPORTING_END.search(host)):
        return False
    if host is not None and _PAST_FRAME.match(host) and _SUBJECT_WOULD.match(_subject_text(text)):
        return True  # "At the hotel where I worked, | reception would fill in three forms…"
    if person and told_in_the_past(sentence.replace(text, "")):
        return True
    if host is None and _CONCEDED.search(told_before) and _BUT.match(text):
        # A point granted, then what it would cost: "Technically she was right. | But a
        # patient would get two instructions" is the harm foreseen, no habit.
        return False
    opens = _SUBJECT_WOULD.match(_subject_text(text))
    return opens is not None and (told_in_the_past(_WOULD_VERB.sub("", text)) or (
        host is None and told_in_the_past(told_before) and bool(_BACKGROUND.search(told_before))
        and not _ONE_EVENT.search(told_before)))


_CONCEDED = re.compile(r"\b(?:was|were|had) (?:technically |probably |partly |strictly |"
                      r"absolutely |completely |of course |kind of |sort of )?(?:right|correct|"
                      r"true|fair|a point|a fair point|a good point)\b", re.IGNORECASE)
_BUT = re.compile(r"^\W*(?:but|yet|still|however)\b", re.IGNORECASE)


# How a past state or habit is told ("the families didn't trust the night staff", "the
# volunteers would pack whatever came in"), and a step dated to one occasion ("on Monday", "once").
_BACKGROUND = re.compile(r"\b(?:was|were|wasn't|weren't|had|hadn't|didn't|did not|used to|would|"
                         r"kept|always|usually|often|never)\b|['’]d\b", re.IGNORECASE)
_ONE_EVENT = re.compile(r"\b(?:once|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday)|one (?:day|morning|afternoon|evening|night)|that (?:day|"
                        r"morning|afternoon|evening|night))\b", re.IGNORECASE)


# The subject's own "would", a few words in or after a relative clause on a person ("the
# volunteers would", "customers who called about a bill would"); not a question's ("what would
# you change"), nor one in a complement ("confidence that she'd keep us on").
_SUBJECT_WOULD = re.compile(r"^(?:(?!(?:what|why|how|who|where|when|which|that|if|whether|"
                            r"because)\b)[\w'’-]+\s+){0,5}?(?:who\s+[^,;?]*?\s+)?"
                            r"(?:would|[\w]+['’]d)\b(?![^?]*\?)", re.IGNORECASE)


# "Had I known", "were we to slip": a condition told without "if".
_INVERTED_CONDITION = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:had|were) (?:I|we|you|he|she|"
                                 r"they)\b", re.IGNORECASE)


def _their_would(text: str) -> bool:
    """A "would" that is no plan, no look back at what would have been and no promise by a
    time."""
    return bool(_WOULD.search(text)) and not (
        _THEIR_PLAN.search(text) or _COUNTERFACTUAL_PAST.search(text) or _BY_A_TIME.search(text))


# A subject that names whoever fills a part ("whoever was on call", "anyone who missed the
# cut-off", "customers who called about a bill"): its "would" is the clause's own, however long
# the subject.
_FREE_RELATIVE = re.compile(
    r"^\W*(?:(?:and|but|so),?\s+)?(?P<who>(?:whoever|whatever|whichever [\w-]+|(?:anyone|anybody|"
    r"everyone|everybody|(?:the |our |their |most |many |some )?(?:[\w-]+ )?[\w-]+s) who)\b"
    r"[^,;]*?)\s+(?:would|'d)\b", re.IGNORECASE)


_STATE_OF_SPEAKER = re.compile(r"^(?:I|we)(?:['’]m|['’]re| am| are)\b", re.IGNORECASE)
# Whose steps a story tells: a person, not a thing ("it takes two days" is how it goes).
_PERSON_SUBJECT = re.compile(r"^(?:I|we|he|she|they)\b", re.IGNORECASE)


def _steps_in_present(clauses: list[Clause], position: float | None,
                      heading: Role | None) -> list[Clause]:
    """Two steps or more told in a row in the bare present, each with a person as its subject
    and no word of habit, condition or plan anywhere in the sentence ("I go to finance, I take
    all the paper invoices and I enter them myself in Excel"), are a story told in the present,
    as a second-language speaker often tells one (LABELS.md: present-tense narration is
    `fact`); "Now I call the vendor first and then the IT lead" is a routine, and "When a
    customer is angry, I listen and I apologise" one told with its occasion. The caller asks
    only where no sentence before it has set up a habit ("Every time a pipeline fails… | I call
    the vendor, I open the logs…" goes on telling it)."""
    steps = [i for i, c in enumerate(clauses) if c.mode in ("habitual", "fact")
             and not c.reported and _PERSON_SUBJECT.match(_subject_text(c.text))
             and _bare_present(c.text) and not _SPEAKER_VERB.match(_subject_text(c.text))]
    whole = " ".join(c.text for c in clauses)
    # "I'm pretty careful and I double-check my work", "I hold myself to the highest standard
    # and I expect the same": a portrait of the speaker, with no step of a story in it.
    portrait = any(_STATE_OF_SPEAKER.match(_subject_text(c.text)) for c in clauses) or not any(
        _NARRATIVE_VERB.match(_subject_text(clauses[i].text)) for i in steps)
    if len(steps) < 2 or portrait or _GENERIC.search(whole) or _RECURRENCE.search(whole) or any(
            _CONDITION_OPENING.match(c.text) or _WHEN.match(c.text) for c in clauses):
        return clauses
    return [_in_past_role(replace(c, mode="fact", narrated=True), position, heading)
            if i in steps and c.mode == "habitual" else c for i, c in enumerate(clauses)]


# One time inside a story's own days: "(the) next morning", "on day four" ("the same day I find
# it" can be a rule).
_DAY_OF_STORY = re.compile(
    r"\b(?:(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)|on (?:the "
    r"(?:first|second|third|fourth|fifth|last) day|day (?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten))|(?:in|during) the night)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of a clause as it is read, again as a habit is carried
def _dated(text: str) -> bool:
    """Whether a clause places itself at one time of the story ("one day", "last March", "the
    next morning", "on day four") and says nothing of how often."""
    return (_told_once(text) or bool(_DAY_OF_STORY.search(text))) and not (
        _GENERIC.search(text) or _ONGOING_MARK.search(text))


# "you only need to ask them": anyone, in general.
_GENERIC_YOU = re.compile(r"^you\b", re.IGNORECASE)
_CONTRASTED = re.compile(r"^\W*(?:but|yet|except|only)\b", re.IGNORECASE)


def _at_the_occasion(clauses: list[Clause], occasion: bool, habit: bool,
                     position: float | None, heading: Role | None) -> tuple[list[Clause], bool]:
    """A story told in the present, once it has reached one occasion, tells its steps there:
    from a clause dated to one time in the present ("One day the AC stop working", "Next
    morning I call him") or a step already read as told, each later clause the rules read as a
    habit only because its verb is in the present is a step of that occasion ("I take two fans
    | and open the door", "and he is very happy"), as LABELS.md reads present-tense narration.
    Its own word of recurrence, modal, condition or general truth keeps it a habit ("now I
    always offer the big print", "when somebody is old"), and a clause that tells a habit ends
    the occasion until a contrast returns to it ("Normally everybody packs, | but for this we
    make some people only pickers"). A turn of speech in the present ("He says he can't come
    till Tuesday") opens one too, unless a habit was told before it (`habit`: "Every March the
    depot rings me. | The driver says…" tells the routine). Returns the clauses and whether the
    story is still at that occasion after them."""
    out: list[Clause] = []
    interrupted = False
    for clause in clauses:
        text = clause.text
        if "reflection" in (heading, clause.role):
            # A lesson closes the telling: "I learn that I must do the job myself | and that
            # the people doing it know the answer" says how things are.
            out.append(clause)
            interrupted = occasion = False
            continue
        if clause.mode == "habitual" and (
                _GENERIC_TIMES.search(text) or _LASTING.search(text) or _STILL.search(text)):
            # What goes on ("Normally everybody packs", "now they talk first"); a word of habit
            # in a plan ("so that each person changes task every two hours") tells none.
            interrupted, occasion = interrupted or occasion, False
            out.append(clause)
            continue
        # Only a time told in the present opens an occasion told so: after "attrition went from
        # four that year to none", "they trust a pattern" is the lesson, not a step.
        occasion = occasion or clause.narrated or (
            not habit and bool(_SAYS_NOW.match(text))) or (
            _dated(text) and not _in_past(text)) or (
            not interrupted and not _SUBORDINATE.match(text) and bool(_BARE_THIRD.search(text))
        ) or (
            interrupted and bool(_CONTRASTED.match(text)))
        interrupted = False
        # What keeps a clause a habit is searched for only in one that may be told as a step
        # here: few are, and those searches cost more than the rest of the loop.
        habit_here = occasion and clause.mode == "habitual" and not clause.reported
        rest = _subject_text(text) if habit_here else text
        # A person's step is told ("we make one simple rule"); a thing's general state is not
        # ("it is better to ask early").
        general = habit_here and _IN_GENERAL.search(text) and not _PERSON_SUBJECT.match(rest)
        conditioned = habit_here and bool(out) and bool(_CONDITION_OPENING.match(out[-1].text))
        if habit_here and not (
                conditioned or general or _RECURRENCE.search(text) or _GENERIC_YOU.match(rest)
                or _CONDITION_OPENING.match(text) or _WHEN.match(text)
                or _SPEAKER_VERB.match(rest)):
            told = _in_past_role(replace(clause, mode="fact", narrated=True), position, heading)
            if told.role == "reflection":
                # Told in the past it is a lesson ("I learn that I must do the job myself"):
                # what was learned closes the telling.
                out.append(clause)
                interrupted = occasion = False
                continue
            clause = told
        out.append(clause)
    return out, occasion


# A "would" on the clause's own subject ("and the junior guys would just get the leftovers",
# "they'd roll their eyes"), not in a relative clause ("the users we'd be locking out were…").
_WOULD_OPENS = re.compile(r"^\W*(?:(?:and|but|so|then),?\s+)?(?:(?:he|she|they|it)['’]d|"
                          r"(?:[\w-]+\s+){1,3}?would)\b", re.IGNORECASE)


def _habit_goes_on(clauses: list[Clause], before: list[Clause], position: float | None,
                   heading: Role | None) -> list[Clause]:
    """Someone else's or something's bare "would" opening a sentence after a sentence that
    tells a habit goes on telling it ("Every sprint we'd split the tickets by who shouted first.
    | And the junior guys would just get the leftovers"), as it does joined to it in one
    sentence; after a sentence that tells one event it may be a threat or a guess ("They would
    cancel the contract")."""
    if not clauses or not any(c.mode == "habitual" for c in before):
        return clauses
    # (or after what the sentence told of the same past first, with no condition or saying
    # between: "And the printout, nobody really read it, | people would just bag the
    # instruments and go")
    at = next((at for at, c in enumerate(clauses) if c.mode == "hypothetical"
               or _CONDITION.match(c.text) or _REPORTING_END.search(c.text)
               or c.mode not in ("fact", "negated", "habitual")), len(clauses))
    if at == len(clauses):
        return clauses
    first = clauses[at]
    if first.mode != "hypothetical" or first.actor in ("candidate", "team") or (
            first.reported or not _their_would(first.text) or not _WOULD_OPENS.match(first.text)):
        return clauses
    out = clauses[:at] + [replace(first, mode="habitual", role=read_role(
        first.text, first.actor, "habitual", position, heading, first.reported))]
    # A "would" joined to it shares the habit, as it does joined to one read so at once ("The
    # analysts would wait for the export, | and sales would send it late").
    # ("…| and I would escalate | if it was late" imagines: a condition follows it.)
    for at, clause in enumerate(clauses[len(out):], start=len(out)):
        condition = at + 1 < len(clauses) and _CONDITION.match(clauses[at + 1].text)
        if clause.mode == "hypothetical" and out[-1].mode == "habitual" and not condition and (
                _shares_habit(clause.text, clause.mode, out[-1].text)):
            clause = replace(clause, mode="habitual", role=read_role(
                clause.text, clause.actor, "habitual", position, heading, clause.reported))
        out.append(clause)
    return out


# A routine step joined to a step told in the past: "I asked him to train the new starters, |
# and I'd stand back and watch". Verbs of doing only: "and I'd need the director's sign-off" is
# what was expected, not what used to happen.
_ROUTINE_WOULD = re.compile(
    r"^\W*(?:and|then|and then)\s+(?:I|we)(?:['’]d| would)\s+(?:\w+ly\s+|then\s+|just\s+|also\s+|"
    r"still\s+)?(?!(?:need|want|like|love|hate|prefer|rather|say|guess|imagine|think|hope|be|have|"
    r"feel|expect|know|mind|bet|probably|never|always|definitely|not|do|rather)\b)[a-z]+\b",
    re.IGNORECASE)


def _would_as_told(text: str, mode: Mode, actor: Actor, reported: bool, host: str | None,
                   sentence: str, told_before: str = "") -> Mode:
    """A "would" read as imagined that tells what used to happen in the story, or a refusal
    said ("I told him | I wouldn't sign off on it", as "he wouldn't drop the checklist" is)."""
    if mode != "hypothetical":
        return mode
    if not reported and _past_would(text, actor, host, sentence, told_before):
        return "habitual"
    if host is not None and _AGREED_FUTURE.search(host) and _ROUTINE_WOULD.match(text) and not (
            _WOULD_PLAN.search(text) or _COUNTERFACTUAL_PAST.search(text)):
        # The rest of what was agreed: "we agreed he'd fire tickets as they came in, | and I'd
        # call him when a table was five minutes out" is the past's future, as its first part is
        # (`_AGREED_FUTURE`).
        return "fact"
    if reported and _REFUSED.search(text) and not _WOULD_PLAN.search(text):
        return "negated"
    if actor in ("candidate", "team") and _REFUSING.search(text) and not (
            _WOULD_PLAN.search(text) or _NOT_THEN.search(text) or _CONDITION.match(text)
    ) and told_in_the_past(f"{told_before} {sentence[:max(0, sentence.find(text))]}"):
        # "…looked disturbed, and I wouldn't sign until…", "He asked me to sign it anyway, and I
        # wouldn't": the teller's refusal in a story told in the past happened, as "he wouldn't
        # drop the checklist" did (LABELS.md); "I wouldn't rush it again" is what they would do.
        return "negated"
    return mode


# The teller's refusal: a step they would not take, or "and I wouldn't." said back to a request
# ("I would not win the argument without the data" refuses nothing).
_REFUSING = re.compile(
    r"\b(?:wouldn['’]t|would not)(?: (?:just|even|simply))? (?:sign|budge|move|agree|accept|"
    r"approve|back down|give|let|do|go|change|drop|release|ship|serve|sell|open|take|pay|put|send|"
    r"stop|leave|allow|authori[sz]e|hand|share|bend|skip|start|use|run|cover|fly|dispatch|"
    r"discharge|load|proceed|continue|sign off|hand over|lie|cut|remove|waive|refund)\b|"
    r"\b(?:wouldn['’]t|would not)\W*$", re.IGNORECASE)
# What the teller would or would not do from now on, or done otherwise: no refusal of the story.
_NOT_THEN = re.compile(r"\b(?:again|differently|anymore|any more|these days|looking back|in "
                       r"hindsight|probably|maybe|today|either way)\b", re.IGNORECASE)


def _said_ahead(text: str, mode: Mode, reported: bool) -> Mode:
    """What someone says will happen, told in the bare present with a time ahead ("the company
    say | they send another one after lunch", "he tells me | the part comes tomorrow"), has
    not happened yet: a plan (LABELS.md, mode 1)."""
    if reported and mode in ("fact", "habitual") and _AHEAD.search(text) and _bare_present(text):
        return "hypothetical"
    return mode


_AHEAD = re.compile(r"\b(?:tomorrow|tonight|later today|this (?:afternoon|evening)|after lunch|"
                    r"next (?:week|month|year|day|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)|in (?:a|an|one|two|three|a few|\d+) (?:hours?|days?|"
                    r"weeks?|months?)|"
                    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    r"by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of))\b",
                    re.IGNORECASE)


def _past_would(text: str, actor: Actor, host: str | None, sentence: str,
                told_before: str = "") -> bool:
    """Whether a "would" read as imagined tells what used to happen in the story."""
    if actor in ("other", "none"):
        return _their_habit(text, host, sentence, told_before, actor == "other")
    return actor in ("candidate", "team") and host is not None and _our_routine(
        text, host, sentence)


def _our_routine(text: str, host: str, sentence: str) -> bool:
    """Whether the candidate's or the team's "would" is what they used to do in the story
    (LABELS.md: a "would" that tells what used to happen is a habit): a step of doing joined by
    "and" to a step told in the past, with no condition, speech or plan ("if", "next time",
    "always") around it."""
    return bool(_ROUTINE_WOULD.match(text)) and not (
        _WOULD_PLAN.search(text) or _COUNTERFACTUAL_PAST.search(text) or _BY_A_TIME.search(text)
        or _CONDITION.match(host) or _REPORTING_END.search(host) or _WOULD_PLAN.search(host)
        or _WOULD.search(host) or _OFFERED.search(host)
    ) and told_in_the_past(sentence[:max(0, sentence.find(text))])


# A step offered or planned: what follows it with "and then we'd…" is the rest of the plan ("I
# offered to run the sync for a month, | and then we'd decide").
# ("I asked him to run the handover, | and I'd stand back and watch" is a routine: the asking is
# his step, the standing back the teller's.)
_OFFERED = re.compile(r"\b(?:(?:offered|planned|agreed|decided|promised|wanted|hoped|meant|"
                      r"intended|volunteered) to|suggested|proposed)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|won['’]t|going to|gonna)\b|['’]ll\b", re.IGNORECASE)


_COUNTERFACTUAL = re.compile(r"\b(?:had|['’]d|were)\b(?! to\b)", re.IGNORECASE)


def _with_condition(text: str, mode: Mode, condition: Clause) -> tuple[Mode, Clause]:
    """A clause's mode, and the clause before it, read together when that one is a condition:
    the same clause back when it is none. The layer has read both by now, each on its own."""
    if mode in ("fact", "habitual", "hedged") and _AGAIN.match(condition.text) and has_verb(
            text) and not (
            _HANGS_ON.match(text) or told_in_the_past(text)):
        # "If it happen again, | I ask buddy from first day": what the teller would do next
        # time, in the present a second-language telling uses for "I'd ask" (no habit of
        # theirs): a lesson, as "if I did it again, I'd ask" is
        return "hypothetical", replace(condition, mode="hypothetical", role="reflection")
    if mode in ("fact", "habitual") and _THINKING_BACK.match(condition.text) and _OUGHT.search(
            text):
        # "When I think back, | I must speak with her directly first": what they should have
        # done, as a second-language telling says "I should have spoken" (the frame is read
        # again, as a lesson's: a new clause tells the caller it changed)
        return "hypothetical", replace(condition, role="reflection")
    if mode in ("fact", "habitual") and _CONDITION.match(condition.text) and (
            _FUTURE.search(text)) and not _HANGS_ON.match(text):
        # "If the report stays wrong, | forty people will get the wrong salary", said by anyone:
        # what will follow a condition is a conditional (LABELS.md, mode 1), its "if" too.
        return "hypothetical", replace(condition, mode="hypothetical")
    if _UNTIL.match(text) and condition.mode == "habitual" and _in_past(text) and read_mode(
            f"{condition.text} {text}", condition.actor) == "fact":
        # "I sent her a note every evening | until the data was restored": a step repeated
        # through one bounded stretch is one step of the story, as it is in one clause.
        return "fact", replace(condition, mode="fact")
    if mode == "fact" and condition.mode == "habitual" and _RECURRING_CONDITION.match(
            condition.text) and not _HANGS_ON.match(text) and has_verb(text):
        # What follows "whenever…" happened each time, told in the past or the present.
        return "habitual", replace(condition, mode="habitual")
    if mode == "fact" and _generic_condition(condition, text):
        # Both halves of a generic condition recur (LABELS.md): "When the feed fails |
        # someone re-runs it by hand", "if a bay is blocked | I'm on the radio".
        return "habitual", replace(condition, mode="habitual")
    if mode == "habitual" and condition.mode == "hypothetical" and _CONDITION.match(
            condition.text) and _WOULD.search(text) and not (
            _HANGS_ON.match(text) or _STANCE_ANYWHERE.search(text)):
        # "If I were leading it, | I'd call each of them every Friday": a routine under a
        # condition is what they would do, not what they did (LABELS.md, "would" + recurrence).
        return "hypothetical", replace(condition, mode="hypothetical")
    if mode == "hypothetical" and _CONDITION.match(text) and condition.mode == "habitual" and (
            re.match(_EACH_WOULD, condition.text, re.IGNORECASE) or _WOULD.search(
                condition.text) and not (_repeated_at(condition.text) or _HABITUAL.search(
                    condition.text) or _STANCE_ANYWHERE.search(condition.text))):
        # "Every ticket would need a review | if we shipped on Friday", "and we'd still get the
        # odd complaint | if the app went down": a condition after it makes a "would" with no
        # word of recurrence imagined, not a round of the story.
        return mode, replace(condition, mode="hypothetical")
    if mode == "hypothetical" and _CONDITION.match(text) and condition.mode == "negated" and (
            (condition.reported or condition.actor in ("candidate", "team"))
            and _REFUSED.search(condition.text)):
        # "She said | she wouldn't renew | if we raised the price": a threat, no refusal.
        return mode, replace(condition, mode="hypothetical")
    if mode == "hypothetical" and condition.mode == "hedged" and _CONDITION.match(text) and (
            _MAYBE_WAS.search(condition.text) and _COUNTERFACTUAL.search(text)):
        # "I might have said something | if I had known": what the condition after it says did
        # not hold makes the "might have" imagined, not a doubt about what was said.
        return mode, replace(condition, mode="hypothetical")
    if mode != "hypothetical" or _HANGS_ON.match(text):
        return mode, condition
    recurring = bool(_WHENEVER_THEN.match(condition.text) or _RECURRING_CONDITION.match(
        condition.text))
    if recurring and _REPORTING_END.search(condition.text):
        return mode, condition  # "each time he said | he'd stop": what he said he would do
    if recurring and told_in_the_past(condition.text) and (
            _WOULD.search(text)) and not (_WOULD_PLAN.search(text) or _AHEAD.search(text)):
        # "Whenever it rained | we'd lose a day": "would" after a past occasion tells what
        # used to happen then, as "every sprint we'd…" does; with a time ahead it foretells
        # ("When I checked the car I saw the subframe was rusty, | it would fail the MOT in
        # two months").
        return "habitual", replace(condition, mode="habitual")
    if (condition.mode == "habitual" and _CONDITION_OPENING.match(condition.text)) or (
            condition.mode == "negated" and _CONDITION.match(condition.text)):
        # …and the condition of what the candidate would do is as imagined as the deed, a
        # denied "if" too (hypothetical beats negation): "If it's urgent | I'd call them", "If
        # the director does not agree, | I will show him the pilot" ("…and when it didn't, |
        # I'd fix it" is a past occasion).
        return mode, replace(condition, mode="hypothetical")
    return mode, condition


_THINKING_BACK = re.compile(r"^\W*(?:and |so |but )?(?:when|if) I (?:think|look) back\b",
                            re.IGNORECASE)
_OUGHT = re.compile(r"^\W*(?:I|we)\s+(?:really\s+)?(?:must|should|need to|have to|had to)\s+"
                    r"(?!have\b)\w+", re.IGNORECASE)
# A note's lesson for next time: "- Next time: probably raise in retro".
_NEXT_TIME_LABEL = re.compile(r"^\W*(?:next time|in future|in the future|going forward)\s*:",
                              re.IGNORECASE)
# The other of two things: "…, or maybe speak to him beforehand" ("or so" is about, "or not" a
# doubt).
_OR_ELSE = re.compile(r"^\W*or\b(?! (?:so|not)\b)", re.IGNORECASE)
# The same thing coming round again: "if it happens again", "if I have this situation again",
# "if I do it again".
_AGAIN = re.compile(r"^\W*(?:and |but |so )?(?:if|when) (?:it|this|that|something like "
                    r"(?:this|that)|the same(?: thing)?|I (?:have|get|face|meet|do|see) (?:it|this|"
                    r"that|the same|(?:this|that|a similar|such) (?:situation|case|problem|"
                    r"thing)))(?: ever)? (?:happens?|happened|comes?|occurs?)?(?: up)? ?again\b",
                    re.IGNORECASE)


def _generic_condition(condition: Clause, text: str) -> bool:
    """Whether `text`, read as a fact, is the main clause of a condition told in the present
    with no past in either half: what happens whenever it holds, not one event. A story told in
    the present ("When I get there, the line is down") is read as told later, with the
    answer."""
    return condition.mode in ("fact", "habitual") and bool(
        _CONDITION_OPENING.match(condition.text)) and not _HANGS_ON.match(text) and (
        has_verb(text)) and not (told_in_the_past(condition.text) or told_in_the_past(text))


def _shares_habit(text: str, mode: Mode, host: str) -> bool:
    """Whether a clause takes the habit of the one before it (LABELS.md, shared recurrence).

    A time clause shares the habit it hangs on: "I tend to poke holes | before I've said
    anything positive" tells what recurs, not one event. So does a step joined by "and" that is
    told as going on ("every week their pipeline was breaking | and I was cleaning the mess"),
    not one told in the simple past ("…failed once a week | and the runbook just said to rerun
    it"); and a "would" joined to a past habit ("every sprint she would add stories | and I
    would push back"), where after a present one ("I always put the customer first | and I'd go
    out of my way") it tells what the candidate would do."""
    if mode == "fact" and _REASON_HOST.match(host) and not _HABIT_SAID.search(host):
        # A reason in the present is no habit the step after it joins: "So I ask our vet…, |
        # because his son can bring him, | and she agree to open two Saturday slots"
        return False
    if mode == "fact":
        # A habit word that opens the host with no verb of its own ("And normally, the way it
        # worked, | every change went into a planning doc") times the clause after it, and a
        # step with no subject of its own shares the host's ("| and got prioritised").
        # A recurrence that opens the host frames a step joined to it: "Most weeks the forecast
        # was off, | and sales just lived with it"; one at its end ("…failed once a week | and
        # the runbook said to rerun it") times its own verb only, and a state ("…and I was
        # stressed") or a step told as the one that ended it ("…and the clerk finally rang IT")
        # is no part of the round.
        framed = bool(_OPENING_RECURRENCE.match(host)) and not _ONE_TIME.search(text)
        # (a time told in the past after a host in the present is a story's, told as a
        # second-language speaker tells it: "We discover that | when the aisle was re-slotted
        # some weeks before, …")
        return bool(_WHEN.match(text)) and not (
            told_in_the_past(text) and _present_tense(_subject_text(host)) and not (
                _HABIT_SAID.search(host))) or bool(_HABIT_OPENING.match(host)) or bool(
            _AND.match(text)) and (bool(_ONGOING.search(text)) or not _in_past(text)
                                   or opens_on_verb(text) or framed)
    # (…and one told after it with a subject of its own: "the close was always a mess, | we'd
    # have people working till midnight")
    own = bool(_OWN_WOULD.match(text)) and not _WOULD_PERFECT.search(text)
    return mode == "hypothetical" and (bool(_AND_THEN.match(text) and _WOULD.search(text)) or (
        own)) and not _WOULD_PLAN.search(text) and bool(
        _WOULD.search(host) or _PAST_STATE.search(host))


# (the other half of a pair, or a name: "one would want everything priced first, | the other
# would want it straight out on the rail")
_OWN_WOULD = re.compile(r"^\W*(?:(?i:we|they|he|she|the others?|others|the rest|some)|"
                        r"(?!(?:It|That|This|There|What|Which|Who|How|Why|Then|So|And|But)\b)[A-Z][a-z]+)"
                        r"(?:['’]d| would)\b")
# "she'd have been fired", "they'd have lost it": what would have happened, not what did
_WOULD_PERFECT = re.compile(r"(?:['’]d|would) (?:have|'ve) (?:been|done|gone|had|got|lost|left|"
                            r"made|kept|sent|told|said|paid|put|run|sold|spent|won|found|heard|"
                            r"bought|brought|caught|thought|\w+ed|\w+en)\b", re.IGNORECASE)


_REASON_HOST = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:because|cause|'cause|since|as)\b",
                          re.IGNORECASE)
_HABIT_OPENING = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:normally|usually|typically|generally|"
                            r"as a rule)\b(?:,\s*(?:the way it worked|as usual))?,?\s*$",
                            re.IGNORECASE)
_OPENING_RECURRENCE = re.compile(
    r"^\W*(?:(?:and|but|so|like|then),?\s+)*(?:(?:every|each) (?:single |other )?(?!of\b|one\b)\w+|"
    r"most (?:days|nights|mornings|evenings|weeks|weekends|months|shifts|sprints)|on (?:mondays|"
    r"tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|\w+ nights)|whenever|"
    r"(?:usually|normally|typically|generally|often|sometimes)\b)", re.IGNORECASE)
_ONE_TIME = re.compile(r"\b(?:was|were|finally|eventually|in the end|at last|one day|that day|"
                       r"once)\b", re.IGNORECASE)
# "…and then I'd drown in it": the next step of a habit is as habitual as the first.
_AND_THEN = re.compile(r"^\W*and\b(?:,? then\b)?", re.IGNORECASE)
_AND = re.compile(r"^\W*and\b(?!,? (?:then|one|once|finally|eventually|in the end)\b)",
                  re.IGNORECASE)


# The learned layer chooses among the readings a clause's words allow; it never invents one.
# "It made my blood boil" has no modal, so it cannot be hypothetical however the weights add up.
# A thing named by where it is or whose it is, the candidate's only as its owner: "downtime on
# my machine", "the queue at my till", "most of my calls" (no "I" or "me" in the clause).
_THING_OF_MINE = re.compile(r"^(?:the |a |an )?(?:[\w-]+ ){1,3}(?:on|at|in|of|for|from|with) my\b",
                            re.IGNORECASE)
_THEY_SAY = re.compile(r"^\W*(?:[\w'’-]+,?\s+){0,4}?(?:he|she|they)\s+(?:\w+ly\s+)?(?:says?|said|"
                       r"told|tells|asks?|asked|wants?|wanted|thinks?|thought)\b", re.IGNORECASE)
_ME_WORD = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|myself)\b", re.IGNORECASE)
_LICENCES: dict[str, re.Pattern[str]] = {
    "candidate": re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself|mine)\b", re.IGNORECASE),
    "team": re.compile(r"\b(?:we|we're|we've|we'd|we'll|us|our|ourselves|team)\b",
                       re.IGNORECASE),
    "negated": _NEGATION,
    "hypothetical": re.compile(
        rf"{_HYPOTHETICAL.pattern}|\b(?:would|could|can|will|if|might|may|going to|gonna)\b|'d\b|"
        r"'ll\b", re.IGNORECASE),
    "habitual": re.compile(
        rf"{_HABITUAL.pattern}|{_USED_TO}|\b(?:would|now|every|each(?! other)|kept|keep|keeps|"
        r"often|sometimes|regularly|weekly|daily|monthly|still|anymore|these days|nowadays|"
        r"again)\b|'d\b",
        re.IGNORECASE),
    "hedged": re.compile(
        rf"{_HEDGE.pattern}|\b(?:I want to say|something like|around|roughly|who knows|"
        r"I don't know|felt|guess|think)\b", re.IGNORECASE),
}


_SOMEONE = re.compile(r"\b(?:nobody|no one|noone|everyone|everybody|someone|somebody|anyone|"
                      r"anybody|none of|one of|each of|most of|all of|both|neither|either)\b",
                      re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![.!?] )\b[A-Z][a-z]+\b")


def _names_someone(text: str) -> bool:
    """Whether a clause's subject has words for someone other than the candidate and the team:
    "Every sprint we'd argue" has none, so the layer may not make it someone else's; nor "the
    risk was that merchants would not get paid", whose subject is the risk."""
    rest = _subject_text(text)
    if _is_fragment(rest):
        return False  # "and gave him the lead": the subject is understood, "him" is the object
    opening = " ".join(_subject_phrase(rest))
    lowered = [w.strip(",.;:!?\"“”()'’").lower() for w in opening.split()]
    return any(map(_a_person, lowered)) or bool(
        _SOMEONE.search(opening)) or any(m.group(0) not in _NOT_NAMES
                                         for m in _CAPITALISED.finditer(opening))


# A person picked out of a group: "one of our front-end engineers", "one of the nurses".
_ONE_OF_THEM = re.compile(r"^(?:one|two|three|a couple|a few|some|several|most|all|half|many|\d+) "
                          r"(?:of|from) (?:our|my|the|their|his|her) ", re.IGNORECASE)


def _one_of_them(text: str) -> bool:
    """Whether the clause's subject picks people out of a group of people (`_ONE_OF_THEM`);
    "one of the tyres" is a thing."""
    rest = _subject_text(text)
    return bool(_ONE_OF_THEM.match(rest)) and any(
        w.lower() in _PEOPLE or w.lower() in _GROUPS for w in _subject_phrase(rest))


def _people_named(text: str) -> bool:
    """Whether the clause's subject is people named by what they are: "and the developers fix
    most of them" is theirs, however the words around it read."""
    phrase = [w.lower() for w in _subject_phrase(_subject_text(text))]
    return len(phrase) > 1 and phrase[0] in ("the", "our", "my", "his", "her", "their") and (
        phrase[1] in _HUMANS)


# People by what they do, never a thing or a body ("the provider", "the server", "her clinics"
# can be either).
_HUMANS = frozenset(
    """developers engineers devs nurses doctors drivers teachers managers colleagues coworkers
    customers clients users pickers agents students kids children parents residents patients
    volunteers technicians carers staff guys testers designers analysts operators cleaners
    chefs cooks waiters porters players members lawyers accountants auditors inspectors
    contractors builders electricians plumbers mechanics trainees interns juniors
    seniors""".split())


def with_me(text: str) -> bool:
    """Whether the clause's subject names the candidate beside others ("me and two pickers")."""
    return bool(_AND_I.search(" ".join(_subject_phrase(_subject_text(text)))))


def _bare_present(text: str) -> bool:
    """A clause read as a habit only because its verb is in the present ("I go to her")."""
    return _present_tense(_subject_text(text)) and not (
        _habit_word(text) or _repeated_at(text))


def licensed(text: str, actor: Actor, mode: Mode, learned_actor: Actor,
              learned_mode: Mode) -> tuple[Actor, Mode]:
    """The learned reading where the clause's words allow it, the rules' reading otherwise."""
    def allowed(label: str) -> bool:
        if label == "fact":
            # The layer weighs words, not where they sit: it may not overrule a modal or a
            # negation on the clause's own verb ("because they'd only have slowed it down", "I
            # didn't sign it") or a word of recurrence ("pickers often scanned one box").
            return not (mode == "hypothetical" and _hypothetical_main(text) or (
                mode == "habitual" and _repeated_at(text)) or (
                mode == "negated" and _negates_main(text)))
        if label == "other":
            return _names_someone(text) and not with_me(text)
        if label == "none":
            # A step with no subject of its own is someone's: the rules say whose. Nor is a
            # subject that picks a person out of a group no one: "one of our engineers, Priya,
            # went through the logs" is hers.
            return (actor == "none" or not opens_on_verb(text)) and not (
                actor == "other" and (_one_of_them(text) or _people_named(text)))
        if label == "candidate" and (actor == "none" and _THING_OF_MINE.match(
                _subject_text(text)) and not _ME_WORD.search(text)
                or actor == "other" and (_THEY_SAY.match(text) or _one_of_them(text))):
            # "Downtime on my machine is lowest on the line" is the machine's; "Team leader,
            # Priya, she says maybe I go to packing" is her word, whatever "I" it names; "27 of
            # my 30 children did the work" is the children's doing
            return False
        licence = _LICENCES.get(label)
        return licence is None or bool(licence.search(text)) or (
            label == "candidate" and opens_on_verb(text))
    return (learned_actor if allowed(learned_actor) else actor,
            learned_mode if allowed(learned_mode) else mode)


def heading_of(sentence: Span) -> Role | None:
    """The STAR heading a sentence opens with ("Result: ..."), if any."""
    match = _HEADING.match(sentence.text)
    return _HEADING_ROLE[match.group("name").lower()] if match else None


SHORT_STORY = 1
"""Sentences (less one) below which position in the story says nothing: a lone sentence."""


def continues_other(span: Span, before: list[Clause] | None) -> bool:
    """Whether a sentence with no subject goes on with someone else's doing: "- Patient upset:
    appointment cancelled twice. Threatened to move practice." is the patient's threat, not a
    step of the candidate's, since no new line or bullet starts it."""
    if not before:
        return False
    # Only a doing is gone on with: after "Our sister store is eight minutes away and has a
    # spare bay." (a state) or "Area manager not answering." (nothing done), "Rang their night
    # manager" is the teller's own step.
    return (before[0].actor == "other" and before[0].mode == "fact"
            and not _BULLET_LINE.match(span.text)
            and opens_on_verb(span.text)
            # "Called them the next morning" is someone else acting on them
            and not re.search(r"\b(?:him|her|them)\b", span.text, re.IGNORECASE))


def _voice_of(span: Span, read: list[tuple[list[Clause], float | None, Role | None]],
              voice: Actor) -> Actor:
    return "other" if read and continues_other(span, read[-1][0]) else voice


def read_answer(spans: list[Span], story: Sequence[int] | None = None,
                asked: Mapping[int, Reply] | None = None,
                paragraphs: frozenset[int] = frozenset()) -> list[Clause]:
    """Every clause of the answer, read in order; STAR headings carry over sentences.

    `story` lists the sentences that carry the story (filler left out), so that padding an
    answer cannot move a sentence into or out of the part where outcomes are told. `asked`
    tells, for a transcript, which sentences reply to an interviewer's follow-up and what it
    settles (`asked.replies`): an ask heads its reply as a STAR heading heads its section.
    `paragraphs` lists the sentences that start a new line: a label inside a paragraph
    ("Food bank warehouse, I was the coordinator. Goal: 2,600 parcels out by 20 December.")
    heads no paragraph after its own.
    """
    asked = asked or {}
    clauses_read = _read_in_order(spans, story, asked, paragraphs)
    put = questions_put(spans, asked)
    # The teller's own "What would I do differently?" asks for the lesson the next sentence
    # gives, as an interviewer's would.
    lesson = {i + 1 for i in put if _OWN_LESSON_ASKED.search(spans[i].text)} - set(asked)
    return [replace(c, role="other") if c.sentence in put else
            _as_asked(c, asked[c.sentence]) if c.sentence in asked else
            _lesson_given(c) if c.sentence in lesson else c for c in clauses_read]


_OWN_LESSON_ASKED = re.compile(r"\bwhat (?:would|will|do|did|'d|’d) (?:I|we)\b[^?]*?\b(?:do "
                               r"differently|change|take (?:away )?from (?:it|that|this)|learn)|"
                               r"\bwhat (?:I|we)(?:['’]d| would) do differently\b",
                               re.IGNORECASE)


def _lesson_given(clause: Clause) -> Clause:
    """A sentence that answers the teller's own "What would I do differently?": their words are
    the lesson, and what they "could" or "would" do is imagined, not doubted."""
    lesson = _as_asked(clause, Reply("reflection", True))
    if lesson.mode == "hedged" and lesson.by_candidate and _COULD_WOULD.search(lesson.text):
        return replace(lesson, mode="hypothetical")
    return lesson


_COULD_WOULD = re.compile(r"\b(?:could|would|should)\b|['’]d\b", re.IGNORECASE)


_KEPT_UNDER_RESULT = frozenset({"relationship", "reflection"})
_KEPT_UNDER_BOND = frozenset({"reflection", "grounds"})


def _as_asked(clause: Clause, reply: Reply) -> Clause:
    """A clause in the light of the ask it replies to: after "What was the outcome?" what no
    step of the candidate's tells is how it came out; after "How did she take it?" how the
    other side stood is the relationship afterwards; after "What would you do differently?"
    the candidate's words are the lesson, "I'd" and all."""
    if reply.about == "result" and clause.actor == "candidate" and clause.role == "result" and (
            clause.mode == "fact" and not clause.reported):
        # The ask heads its reply as a heading would, but "I sat down with him, explained the
        # bleed risk" told in reply to "What happened in the end?" is still a step of theirs.
        own = read_role(clause.text, "candidate", "fact", None, None, False)
        return replace(clause, role=own) if own in ("action", "decision") else clause
    if reply.about == "result" and clause.role not in _KEPT_UNDER_RESULT and not (
            clause.actor == "candidate" and clause.role == "action"
            or clause.by_candidate and clause.role == "decision"):
        return replace(clause, role="result")
    if reply.about == "relationship" and clause.role not in _KEPT_UNDER_BOND and not (
            clause.actor == "candidate" and clause.role in ("action", "decision")):
        return replace(clause, role="relationship")
    if reply.about == "reflection" and clause.role != "relationship" and clause.actor != "other":
        return replace(clause, role="reflection")
    return clause


def _said_back(span: Span, index: int, position: float | None, heading: Role | None,
               names: frozenset[str], in_story: bool, voice: Actor, said_back: str,
               common: frozenset[str] = frozenset()) -> Clause:
    """A bare "No, never." read as the ask said back makes it ("No, never, I did not go over
    her head."): one clause over the sentence as written, with the reading of the words the
    ask lends it."""
    start, _, words = insertion(span, said_back)
    text = span.text[:start - span.start] + words + span.text[start - span.start:]
    read = read_sentence(Span(span.start, span.start + len(text), text), index, position,
                         heading, names, in_story=in_story, voice=voice, common=common)[-1]
    return Clause(index, span, read.actor, read.owner, read.mode, read.role, read.reported)


# ("First, I always check…" lists a routine's steps: no state before the story's.)
_FORMERLY = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:before(?: that| this)?|previously|in the "
                       r"past|until then|up to then)\s*,", re.IGNORECASE)


def _own_step_past(clause: Clause) -> bool:
    """Whether a clause is a step of the teller's (or the team's) told once, in the past."""
    return (clause.actor in ("candidate", "team") and clause.mode == "fact"
            and clause.role in ("action", "decision") and not clause.reported
            and told_in_the_past(clause.text))


def _read_in_order(spans: list[Span], story: Sequence[int] | None,
                   asked: Mapping[int, Reply], paragraphs: frozenset[int]) -> list[Clause]:
    """`read_answer`'s clauses before the asks have their say on roles."""
    whole = " ".join(span.text for span in spans)
    names = names_in(whole)
    common = common_words(whole)
    voice = understood_subject(whole)
    quoted_by = _quoted_on(spans, whole)
    counted = list(range(len(spans))) if story is None else list(story)
    sentences: list[tuple[list[Clause], float | None, Role | None]] = []
    heading: Role | None = None
    labelled = False
    # Whether the heading in force was a label inside a paragraph, not one opening it.
    inline = False
    # Whether a sentence of the story before this one sets up a habit (see `_steps_in_present`),
    # carried along rather than searched for again in every earlier sentence at each one.
    habit_before = False
    # Whether the story has reached one occasion it tells in the present (see
    # `_at_the_occasion`), carried from sentence to sentence as `habit_before` is.
    occasion = False
    for index, span in enumerate(spans):
        own = heading_of(span)
        # A label on a bullet that goes on after it ("- Goal: migrate 200 accounts") names that
        # bullet alone: the bullets after it are its siblings, where lines under a heading of
        # their own ("Result:") are what it heads.
        if own is None and labelled and _BULLET_LINE.match(span.text):
            heading = None
        if own is None and inline and index in paragraphs:
            heading = None
        if own is not None:
            inline = bool(index) and index not in paragraphs
        reply = asked.get(index)
        # A new ask ends what the last one (or a heading before it) settled.
        heading = own or (reply.about if reply is not None and reply.opens else heading)
        # ...and so do the sentences that go on in the same bullet ("- Problem: pads look the
        # same. Codes differ by one digit."), up to the next bullet.
        bullet = bool(_BULLET_LINE.match(span.text))
        labelled = own is not None and bullet and bool(
            _HEADING.sub("", span.text, count=1).strip()) or (
            labelled and own is None and not bullet and reply is None)
        rank = sum(1 for i in counted if i < index)
        # Too short a story has no scene-setting start to tell apart from its outcome.
        position = min(1.0, rank / (len(counted) - 1)) if len(counted) - 1 >= SHORT_STORY \
            else None
        if reply is not None and reply.said_back is not None:
            clauses = [_said_back(span, index, position, heading, names, index in counted,
                                  _voice_of(span, sentences, voice),
                                  reply.said_back, common)]
        else:
            clauses = read_sentence(span, index, position, heading, names,
                                    in_story=index in counted,
                                    voice=_voice_of(span, sentences, voice),
                                    told_before=spans[index - 1].text if index else "",
                                    common=common, quoted_by=quoted_by.get(index))
        if index in counted:
            if not habit_before:
                clauses = _next_steps(_steps_in_present(clauses, position, heading), position,
                                      heading)
            if sentences:
                clauses = _habit_goes_on(clauses, sentences[-1][0], position, heading)
            clauses, occasion = _at_the_occasion(clauses, occasion, habit_before, position,
                                                  heading)
            # A habit set up before ends where the story moves to one occasion ("Normally we
            # all pick. | One day I take the two temps aside…"), or to the teller's own step
            # told in the past, as a telling that mixes its tenses does ("The script was making
            # us read it on every call… | so I started with listening back 40 calls" | "and I
            # track numbers by myself").
            # A habit told as what went on before ("Before, parents must fill paper form every
            # week") is the state the story's steps change: it sets up no routine they go on.
            habit_before = (habit_before and not any(
                _dated(c.text) or _own_step_past(c) for c in clauses)) or bool(
                _GENERIC.search(span.text)) and not _FORMERLY.match(span.text)
        sentences.append((clauses, position, heading))
    told = [c for read, _, _ in sentences for c in read if c.sentence in counted]
    opening = " ".join(spans[i].text for i in counted[:2] if i < len(spans))
    past = _past_story(told, opening)
    present = not past and present_narration(
        " ".join(spans[i].text for i in counted if i < len(spans)), whole, told)
    # A story's own people and things keep their states in it ("he's new", "the problem is
    # the wifi"); an answer that tells little in the past describes in general ("they're
    # customer-centric", "it's a mindset"), and one sentence of padding makes no story.
    telling = past or present or sum(
        1 for c in told if c.mode in ("fact", "negated", "hedged") and told_in_the_past(c.text)
    ) >= NARRATIVE_PAST
    if past or present:
        return [_state_told(_as_told(_narrated(c, position, heading, present), True), telling)
                if c.sentence in counted else c
                for read, position, heading in sentences for c in read]
    # Neither told in the past nor in the present, a second language that slips on its verbs
    # ("he say he will keep one room", "the container arrive late") tells its steps in the
    # present around the slip, as a past story does ("I call the hotel of my friend"): the
    # sentence that slips and the next.
    slips = {i for i, span in enumerate(spans) if _BARE_THIRD.search(span.text) or _SLIP.search(
        span.text)}
    sentences = [(_told_in_slips(read, position, heading) if read and read[0].sentence in
                  counted and {read[0].sentence, read[0].sentence - 1} & slips else read,
                  position, heading) for read, position, heading in sentences]
    read = [c for clauses, _, _ in sentences for c in clauses]
    if not any(told_in_the_past(_WOULD_VERB.sub("", c.text)) for c in told
               if c.mode != "hypothetical"):
        read = _would_in_general(read)
    # A state told right after a sentence of the story told in the past is that story's ("So I
    # rang the plant manager. | He's new"), however little else the answer tells; a lesson
    # drawn from it is not ("What I took from it is | that … they're where the money is").
    after_past = {c.sentence + 1 for c in told if c.mode in ("fact", "negated", "hedged")
                  and told_in_the_past(c.text)} - {c.sentence for c in told
                                                    if c.role == "reflection"}
    return [_state_told(_as_told(c, past), telling or c.sentence in after_past)
            if c.sentence in counted else c for c in read]


def _told_in_slips(clauses: list[Clause], position: float | None,
                   heading: Role | None) -> list[Clause]:
    """One sentence's steps in the present, read as a past story's (`_narrated`), unless the
    sentence is a lesson, a condition or the routine kept now ("Now if the system is down, I
    call the vendor")."""
    said = " ".join(c.text for c in clauses)
    if _ROUTINE_OR_CONDITION.search(said) or any(c.role == "reflection" for c in clauses):
        return clauses
    return [_narrated(c, position, heading) for c in clauses]


# Other slips of a second language: "he was not agree", "I take decision to run them first".
_SLIP = re.compile(r"\b(?:am|is|are|was|were)(?: not)? agree\b|\bI take decision\b",
                   re.IGNORECASE)
_ROUTINE_OR_CONDITION = re.compile(r"^\W*now\b|\b(?:if|unless|in case|whenever)\b",
                                   re.IGNORECASE)


LONGEST_QUOTE = 400
"""Longer than this, a pair of quote marks is more likely a stray mark matched with a later
one ("He said "no. … I called it the "quick fix"") than one speech: nothing is carried."""


def _quoted_on(spans: list[Span], whole: str) -> dict[int, Actor]:
    """The sentences that open inside someone else's quote begun in an earlier sentence, by
    index: their words are the speaker's, whatever their subject ("I think we both want the
    same thing" inside a colleague's quote is hers)."""
    if '"' not in whole and "“" not in whole:
        return {}
    starts = list(accumulate((len(span.text) + 1 for span in spans[:-1]), initial=0))
    others = [q for q in quoted(whole)
              if q.speaker == "other" and q.end - q.start <= LONGEST_QUOTE]
    return {index: "other" for index, start in enumerate(starts)
            if any(q.start < start < q.end for q in others)}


def _state_told(clause: Clause, story: bool) -> Clause:
    """A present "be" of the story's own people or things, in an answer that tells a story, is
    a fact of that story (LABELS.md); its words alone cannot say so."""
    if story and clause.mode == "habitual" and _story_state(clause.text) and _bare_present(
            clause.text):
        return replace(clause, mode="fact")
    return clause


# "would" with the verb it carries ("I'd already ruled out" is no past of the story).
_WOULD_VERB = re.compile(r"\b(?:would|\w+'d|\w+’d)\s+(?:(?:\w+ly|already|just|not|never)\s+)*"
                         r"\w+", re.IGNORECASE)


def _would_in_general(clauses: list[Clause]) -> list[Clause]:
    """In an answer that tells nothing in the past, "I'd normally start with the raw logs" is
    what the candidate would do in general, not a routine of a story (LABELS.md); so is a time
    clause it governs ("…| before I sign off"). An occasion ("every Friday I'd…") still tells a
    routine; so is a "would" that only shares the habit of someone else's ("Every sprint she
    would add stories, | and I would push back"). "I'd say" frames a stance, no deed."""
    out: list[Clause] = []
    for clause in clauses:
        host = out[-1] if out and out[-1].sentence == clause.sentence else None
        imagined = host is not None and host.mode == "hypothetical"
        if clause.mode == "habitual" and not _repeated_at(clause.text) and (
                clause.actor == "candidate" and _WOULD.search(clause.text) and not (
                    _OCCASION.search(clause.text) or _STANCE_ANYWHERE.search(clause.text)
                    or _PAST_FRAME.search(clause.text))
                and (_WOULD_HABIT.search(clause.text) or imagined or host is None)
                or imagined and (_HANGS_ON.match(clause.text) or _WHEN.match(clause.text))):
            clause = replace(clause, mode="hypothetical")
        out.append(clause)
    return out


_OCCASION = re.compile(r"\b(?:every|each)\b", re.IGNORECASE)
_STANCE_ANYWHERE = re.compile(r"\b(?:I'd|I’d|I would(?: not|n't|n’t)?) (?:say|guess|imagine|like "
                              r"to think)\b", re.IGNORECASE)


def _as_told(clause: Clause, story: bool) -> Clause:
    """Whether a bare present is a habit or a step told in the present is for the whole answer
    to say, not for one clause's words: where the learned layer read one as a fact, it stays a
    habit in an answer that tells no past story, and wherever it describes the speaker ("I find
    that frustrating") rather than a step ("I go to her")."""
    rest = _subject_text(clause.text)
    if clause.mode != "fact" or clause.narrated or clause.reported or not _bare_present(
            clause.text) or _told_present(clause.text) or _STATE_NOW.match(rest) or job_now(
            clause.text):
        return clause
    if story and not (_SPEAKER_VERB.match(rest) and not _FOUND_THEN.match(rest)):
        # "I decide to take it", "I show this to the maintenance manager": a step of the past
        # story told in the present, as a second-language speaker tells one ("I struggle to
        # think of one" is how they stand now, not a step).
        return replace(clause, narrated=True) if _NARRATIVE_VERB.match(rest) else clause
    return replace(clause, mode="habitual")


# A present that describes the speaker, in a past story as anywhere: "I find that frustrating",
# "I find the new rota confusing", "I like a weekly review", "I care about the details" ("I
# find two bad welds", "I find the reset valve", "we find out" tell what was found).
_SPEAKER_VERB = re.compile(r"^(?:I|we)\s+(?:really\s+|still\s+|just\s+)?(?:find(?! (?:out|two|"
                           r"three|four|five|six|ten|\d+)\b| (?:the|a|an|his|her|their) (?![^,.;]*"
                           r"\b(?:\w+ing|\w+ful|\w+ble|\w+ous|\w+ive|hard|easy|difficult|strange|"
                           r"odd|funny)\b))|like|love|"
                           r"hate|prefer|value|care|enjoy|believe|come from|tend)\b",
                           re.IGNORECASE)


NARRATIVE_PAST = 3
"""Clauses told as past facts from which a story's bare present is narration, not habit."""
_PAST_FRAME = re.compile(
    r"\b(?:in my (?:previous|last|old|former|first) (?:company|job|role|team|position)|"
    r"in my (?:first|early) (?:years?|months|weeks|days)|"
    r"(?:at|in) my (?:last|previous|old|former) (?:company|job|role|team|employer)|last "
    r"(?:year|spring|summer|autumn|fall|winter|quarter|month)|(?:a|two|three|few|several|"
    r"couple of) (?:years?|months?) ago|one time|once,|back (?:then|in)|"
    # "When I was working at the bakery…", "when I was a shift lead"
    r"when i was (?:working|a|an|at|in|on|still|the|doing|running|leading|managing)|"
    # "When I moved to new country, I start job…": a move that happens once opens the story
    r"when i (?:first )?(?:moved|joined|started|arrived|came (?:here|over|to)|took over|"
    r"switched to|transferred)|"
    # the place the teller was, named by it: "At the hotel where I worked, reception would…"
    r"(?:at|in|on) (?:the|a|an|that|this) (?:[\w-]+ ){1,3}?(?:where|that|which) (?:i|we) (?:used "
    r"to work|worked|was|were|trained|started))\b",
    re.IGNORECASE)
# What lasts into the present, not a past step: "other people also use the document now".
_LASTING = re.compile(r"\b(?:now|today|these days|nowadays|still|anymore|since then|ever "
                      r"since|to this day|currently)\b", re.IGNORECASE)


# What a narrated step does; "I find that frustrating", "I come from a startup" describe the
# speaker, which a past story told around them does not turn into events.
_NARRATIVE_VERB = re.compile(
    # ("the three of us meet for fifteen minutes": the teller among a number of them)
    r"^(?:I|we|he|she|they|[A-Z][a-z]+|(?:[A-Z][a-z]+|(?:the|my|our) [\w-]+) and (?:I|me)|"
    r"(?:the )?(?:two|three|four|five|six|\d) of us|"
    r"(?:I|me) and (?:[A-Z][a-z]+|(?:the|my|our) [\w-]+))\s+(?:then\s+|also\s+|just\s+|"
    r"quickly\s+)?(?:go|goes|"
    r"offer|offers|explain|explains|show|shows|write|writes|build|builds|fix|fixes|call|calls|"
    r"ask|asks|tell|tells|send|sends|meet|meets|sit|sits|pair|pairs|create|creates|prepare|"
    r"prepares|propose|proposes|decide|decides|start|starts|bring|brings|review|reviews|test|"
    r"tests|check|checks|give|gives|schedule|schedules|split|splits|organi[sz]es?|rewrite|"
    r"rewrites|rebuild|rebuilds|escalate|escalates|investigate|investigates|notice|notices|say|"
    r"says|talk|talks|take|takes|put|puts|set|sets|open|opens|raise|raises|agree|agrees|push|"
    r"pushes|spend|spends|move|moves|change|changes|deploy|deploys|ship|ships|launch|launches|"
    r"email|emails|message|messages|help|helps|teach|teaches|invite|invites|suggest|suggests|"
    r"present|presents|answer|answers|reply|replies|try|tries|stay|stays|come|comes|"
    # looking into the problem is a step too ("I look at three months of data", "I see that
    # most of them…"); "I see it as…" and "I find that frustrating" describe the speaker
    r"look (?:at|into|through)|looks (?:at|into|through)|see that|sees that|realise|realises|"
    r"realize|realizes|analyse|analyses|analyze|analyzes|compare|compares|count|counts|"
    r"measure|measures|print|prints|visit|visits|phone|phones|ring|rings|walk|walks|pull|pulls|"
    r"watch|watches|map|maps|discover|discovers|spot|spots|trace|traces|figure out|figures out|"
    # hands-on steps: "I reset the motor myself and we lose only forty minutes"
    r"reset|resets|restart|restarts|replace|replaces|repair|repairs|install|installs|order|"
    r"orders|book|books|cancel|cancels|sign|signs|pay|pays|hire|hires|buy|buys|borrow|borrows|"
    r"drive|drives|lose|loses|collect|collects|load|loads|unload|unloads|pack|packs|stop|stops|"
    r"switch|switches|taste|tastes|fill|fills|copy|copies|upload|uploads|refund|refunds|"
    # what the teller made or found, told as a second-language speaker tells the past: "I make
    # new route plan", "I find the problem" ("I make sure", "I find it hard" say how the speaker
    # goes on, and "we make hamburger buns" what the business does)
    r"(?<=I )make (?=(?:a|an|the|my|new|one|two|some|changes|list|plan)\b)|"
    r"find(?! (?:it|that|this|them|him|her|myself|people)\b)|"
    r"finds(?! (?:it|that|this|them|him|her|himself|herself|people)\b))\b")


# A story told in the present still says when it happened, to whom, and in what order: a time
# that happened once ("in 2022", "one day", "that week", "Friday evening", "at my previous
# company"), and steps that follow one another ("then", "the next morning", "so I decide").
_MONTH = (r"january|february|march|april|may|june|july|august|september|october|november|"
          r"december")
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A time that happened once: a year, "one day", "last spring", "two weeks ago", "Friday
# evening", "at 11 pm". Worth two: a habit is seldom dated.
# (Searched for by its branches, as `_HYPOTHETICAL` is: most clauses hold "in " or "at ".)
_ONCE_IN_TIME = re.compile_split("once-in-time",
    rf"\b(?:in|back in|since|until|of) (?:(?:{_MONTH}) )?(?:19|20)\d\d\b|"
    # a season of one year, as a story's opening names it: "summer 2021", "winter of 2019"
    r"\b(?:spring|summer|autumn|fall|winter|christmas|easter) (?:of )?(?:19|20)\d\d\b|"
    # the month a story told in the present is set in: "So it's January", "by the end of March"
    rf"\bit['’]s (?:early |late |mid-?)?(?:{_MONTH})\b|"
    # …and its day: "it's a busy Saturday", "it's a Thursday night"
    rf"\bit['’]s (?:a|an) (?:[a-z-]+ ){{0,2}}?(?:{_WEEKDAY})\b|"
    rf"\b(?:end|start|beginning|middle) of (?:{_MONTH})\b|"
    rf"\b(?:{_MONTH}) (?:19|20)\d\d\b|"
    # "In September, in the middle of harvest": a month is one time unless every one is meant
    rf"(?<!every )(?<!each )\b(?:in|early in|late in|by|until) (?:{_MONTH})\b|"
    r"\b(?:last|that|this past) (?:year|week|month|spring|summer|autumn|fall|winter|quarter|"
    rf"weekend|night|christmas|{_WEEKDAY}|{_MONTH})\b|"
    # the time of the story as a second-language telling places it: "At that time I am
    # supervisor", "in that moment I understand"
    # ("in that time" is as often the whole stretch: "In that time, no part has escaped")
    r"\bat (?:that|this) (?:time|moment)\b|\bin (?:that|this) moment\b|"
    # "Before one year I work as agent": "ago" said as "before", opening the sentence or the
    # answer ("before two weeks were up" ends one)
    r"(?:^|(?<=[.!?,;:] )|(?<=\n))before (?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a few|few|some|several|\d+) (?:years?|months?|weeks?)\b(?! (?:of|had|have|were|was)\b)|"
    rf"\bone (?:day|morning|afternoon|evening|night|time|weekend|spring|summer|autumn|fall|"
    rf"winter|{_WEEKDAY})\b|"
    r"\b(?:a|an|one|two|three|four|five|a few|few|several|couple of|\d+) (?:years?|months?|"
    r"weeks?|days?) (?:ago|back)\b|"
    # a stretch counted from one named event: "six weeks before the Year 11 finals", "two days
    # after our go-live" (where "two days before every launch" is any launch)
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|\d+) "
    r"(?:days?|weeks?|months?) (?:before|after|ahead of|out from) (?:the|our|my|their|his|her) "
    r"(?!(?:next|usual|normal)\b)\w|"
    rf"(?<!every )(?<!each )\b(?:{_WEEKDAY}) (?:morning|afternoon|evening|night)\b|"
    r"\b(?:at|by|around) \d{1,2}(?::\d\d| ?[ap]\.?m\b| o'clock)|"
    r"(?<!every day )\b(?:at|by|around) (?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve) (?:o'clock|o’clock)|"
    # the hour as it is said: "7 in the morning before the teams start"
    r"(?<!every day )(?<!every day at )(?<!each day at )\b(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve) in the (?:morning|afternoon|evening|night)\b",
    re.IGNORECASE)
# A place or a day in the story that a habit can name too: "at my previous company", "on
# Friday".
_SOMETIME = re.compile(
    r"\b(?:at|in) my (?:previous|last|old|former|first) (?:company|job|role|team|employer|"
    r"position|workplace|work|office|school|hospital|department|project)\b|"
    r"\bwhen I (?:was|worked) (?:at|in|with|on)\b|"
    # "When I am working as receptionist": the past job as a second-language telling names it
    r"\bwhen I (?:am|was) (?:working|employed) (?:as|at|in|for|on)\b|"
    # one person or thing brought into a spoken story: "I've got this patient, Mr Doyle",
    # "there's this customer" ("I have this rule" is a habit)
    r"\b(?:there['’]s|there is|I['’]ve got|I have got|we['’]ve got|we have got) this (?!(?:habit|"
    r"rule|thing|way|approach|idea|feeling|philosophy|tendency|belief|mindset|principle|saying|"
    r"motto|routine|system|process)\b)[a-z]+|"
    r"\b(?:at|in) my (?:job|role|position|work) (?:at|in|with) (?:the|a|an)\b|"
    # a story's opening in any English: "there was a customer, old man", "one shift a driver…"
    # ("one day" and its like already date a story)
    r"\bthere (?:was|were) (?:a|an|this|one)\b|\bone (?:week|shift)\b(?! (?:a|per|each|every)\b)|"
    # joining one place, told in the present: "when I join secondary school as head of maths"
    # ("when I join a new team" is any team, as a habit tells it)
    r"\bwhen I (?:first )?(?:join|start at|start in|move to|arrive at|arrive in|come to)(?:\s+"
    r"(?!(?:a|an|any|new|some)\b)|,)|"
    rf"(?<!every )(?<!each )(?<!one )(?<!last )(?<!that )\b(?:{_WEEKDAY})\b"
    r"(?!s| (?:morning|afternoon|evening|night)\b)",
    re.IGNORECASE)
# A lesson looking back on one past event: "Looking back, I'd…", "when I look back".
_LOOKING_BACK_ON = re.compile(r"\b(?:looking|thinking) back\b|\bwhen I (?:look|think) back\b|"
                              r"\bin (?:hindsight|retrospect)\b", re.IGNORECASE)
_LAPSE_WORDS = (
    # "inside one year": "within" as a second-language speaker often says it
    # ("after around two months", "some weeks later": the count told as it is said)
    r"(?:after|within|inside) (?:(?:about|around|roughly|nearly|almost|maybe|just over|over) )?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|some|a couple of|"
    r"several|\d+) (?:days?|weeks?|fortnights?|months?|hours?|years?|terms?)|"
    r"(?:(?:about|around|roughly|nearly|almost|maybe) )?(?:a|one|two|three|four|five|six|a few|"
    r"few|some|a couple of|\d+) (?:days?|weeks?|fortnights?|months?|years?|terms?) later|"
    # "Three months in, food cost is at 29%" ("two days in a row" counts no time passing)
    r"(?:a|one|two|three|four|five|six|seven|eight|ten|twelve|a few|a couple of|\d+) (?:days?|"
    r"weeks?|weekends?|months?|years?|shifts?|nights?) in(?=[,.;:])|"
    # "the count comes down over the next couple of months"
    r"over the (?:next|following) (?:couple of |few |two |three |four |six |\d+ )?(?:days|weeks|"
    r"months)")
_IN_SEQUENCE = re.compile(
    # ("stop the line there and then" says at once, no next step)
    r"\b(?:(?<!there and )then|after that|after this|afterwards|finally|in the end|since then|"
    r"(?:at|by) the end(?! of the day)|before the end of the (?:job|project|week|month|term|"
    r"season|shift|contract|year)|for the rest of the (?:job|project|week|month|term|season|"
    r"shift|day|night|contract)|"
    r"(?:the )?next (?:day|morning|afternoon|evening|night|week|month|sprint|season|year|"
    r"quarter|term|semester|shift)|(?:the )?(?:day|morning|evening|night|week) (?:before|after)|"
    r"(?:the )?same (?:day|morning|afternoon|evening|night|week)|"
    rf"{_LAPSE_WORDS}|"
    r"(?:first|second) (?:day|week|month)|so (?:I|we) decide|(?:I|we) decide|"
    # the story's own first days and its later meetings: "for the first few weeks", "second
    # visit, I ask him"
    r"(?:the )?first (?:few|two|three|couple of) (?:days|weeks|months|shifts)|"
    r"(?:second|third|next) (?:visit|meeting|session|call|appointment)|"
    r"by (?:the )?(?:evening|lunchtime|lunch|noon|midnight|morning))\b",
    re.IGNORECASE)
# ("goes from 20 metres with a frame to 150 metres with a stick", "from around 12 per day to two")
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|over|under|just|only|maybe) )?"
_COUNT_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                r"twenty|thirty|forty|fifty|sixty|hundred|zero|none|half)")
_MEASURED_CHANGE = re.compile(
    rf"\bfrom {_ABOUT}(?:{_COUNT_WORD}\b|[$£€]?\d[\d,.]*)\s*(?:%|[a-z]+)?(?: [a-z]+){{0,4}}?"
    rf"\s+to\s+{_ABOUT}(?:[$£€]?\d|{_COUNT_WORD}\b)|"
    # a value reached: "complaints go down to about three per month", "are down to 4%"
    r"\b(?:go|goes|come|comes|went|came|is|are|was|were)(?: \w+ly)? (?:down|up) to "
    rf"{_ABOUT}(?:\d|{_COUNT_WORD}\b)|"
    rf"\b(?:drops?|falls?|rises?|climbs?|shrinks?|grows?) to {_ABOUT}(?:\d|{_COUNT_WORD}\b)",
    re.IGNORECASE)
# Time passing inside the story: "after a month I've got about 180 of them", "two weeks later".
# A habit or a plan has no occasion to count its own days; two of these place a story told in
# the present as one story, as a date does.
_LAPSE = re.compile(rf"\b(?:{_LAPSE_WORDS})\b", re.IGNORECASE)
# ("…down to three, for six weeks" set off on its own; "I train them for six weeks" may be any
# time)
_STRETCH = re.compile(r"(?:(?<=, )|(?<=[.!?] )|^)(?:(?:and|but|so|then),? )?for (?:the next )?"
                      # ("And for about a week the rate goes up a bit", as it is said)
                      r"(?:(?:about|around|roughly|nearly|almost|maybe) )?(?:(?:two|three|four|"
                      r"five|six|seven|eight|ten|twelve|\d+) (?:days|weeks|months)|(?:a|one) "
                      r"(?:day|week|month))\b(?!,? (?:every|each|a|per)\b)",
                      re.IGNORECASE | re.MULTILINE)
_PAST_BEFORE = re.compile(r"\b(?:went|rose|fell|grew|came|shrank|\w+ed)(?: \w+ly)?(?: down| up)?"
                          r"\s*$", re.IGNORECASE)
# "Every" or "each" on a time or an occasion ("every March", "each handover"), not on a thing.
_EVERY_TIME = (r"(?:every|each) (?:single |other |second |third )?(?:[\w-]+ )?(?:day|week|month|"
               r"year|time|sprint|quarter|morning|afternoon|evening|night|weekend|shift|cycle|"
               r"season|term|semester|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
               r"spring|summer|autumn|fall|winter|release|deploy|launch|call|meeting|standup|"
               r"stand-up|review|retro|demo|one-on-one|1:1|handover|visit|round|briefing|huddle|"
               r"session|class|lesson|service|match|game|project|incident|outage|january|"
               r"february|march|april|may|june|july|august|september|october|november|"
               r"december)s?")
_GENERIC_REST = (
    r"sometimes|tend to|tends to|in general|as a rule|most of the time|(?:when|if) (?:a|an|any|"
    r"someone|somebody|anyone|people|customers|users) (?:\w+ )?(?:is|are|has|have|does|do|comes|"
    r"come|asks|ask|wants|want|needs|need|breaks|fails|gets|looks|says|calls))\b|"
    + _HABITUAL.pattern)
# What a habit, a rule or a self-portrait is told with: "usually", "every time", "when a
# customer is angry", "I'm a perfectionist", "I try to".
_GENERIC = re.compile_gated(
    "generic-words",
    # "each other" is who fought, not how often; nor is "each" closing a phrase, which shares
    # things out ("Emeka and I take a class each")
    r"\b(?:always|usually|typically|normally|generally|whenever|every|"
    r"each(?! other)(?!\s*(?:[,.;:!?)—–]|-\s|$))|often|"
    + _GENERIC_REST, re.IGNORECASE)
# …and the same where a step is already told on one occasion: "every guest", "each station" is
# whom or what the step went over ("One day I stand at the door | and I write the time of every
# guest"), where "every morning" says how often it recurs.
_GENERIC_TIMES = re.compile_gated(
    "generic-times",
    r"\b(?:always|usually|typically|normally|generally|whenever|" + _EVERY_TIME + r"|often|"
    + _GENERIC_REST, re.IGNORECASE)
# Words that say a step recurs or is generic, and modals: what a habit or a plan is told with.
# "Every" on a time ("every morning") is a recurrence; on a thing ("every release checklist")
# it is not.
_RECURRENCE = re.compile(
    # (what goes on since the story, in the present: "Since that time I check every anchor")
    rf"{_HABITUAL.pattern}|{_REPEATED.pattern}|{_STILL.pattern}|\b(?:now|nowadays|these days|"
    r"anymore|"
    r"often|sometimes|never|ever|would|will|if|whenever|when(?:ever)? there is|for me)\b|"
    r"'d\b|'ll\b", re.IGNORECASE)
# What a step was for ("so I can actually see what's making the difference") is no plan of its
# own.
_WHAT_FOR = re.compile(r"^\W*so (?:that )?(?:I|we|they|he|she|you) (?:can|could)\b",
                       re.IGNORECASE)
_INTRODUCED = re.compile(r"I'm (?:a|an)$|I am (?:a|an)$", re.IGNORECASE)
PRESENT_STORY = 3
"""The weight of times and steps in order from which an answer in the present tells one
story: a dated time counts two, a place or a bare day one, a step in sequence one."""


# A count in digits or in words ("zero returns", "fifteen a month"); "one" is too common.
_COUNTED = re.compile(r"\d|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b",
                      re.IGNORECASE)


# A verb with no "-s" after he, she or it ("she call three times", "it work"): English spoken
# as a second language, whose present tense tells a past story as often as a habit, so each
# is a step told rather than a habit.
_BARE_THIRD = re.compile(
    r"\b(?:he|she|it|who|nobody|somebody|someone|everybody|(?:the |my |our |every |each )?(?:"
    r"customer|client|manager|supervisor|boss|lady|man|woman|patient|guest|driver|doctor|"
    r"teacher|colleague|nurse|engineer|agent|mother|father|baby|child|student|tenant|owner|"
    r"worker|cook|chef|cashier|technician|neighbou?r|company|shop|store|appointment|order|"
    r"delivery|machine|system))\s+(?:just |also |then |still |again |never |always )?(?:call|"
    r"say|ask|tell|test|work|fix|get|want|come|go|give|take|make|need|try|start|stop|send|write|"
    r"bring|explain|agree|decide|see|find|know|look|show|check|pay|leave|open|answer|help|put|"
    r"keep|change|break|cry|shout|complain|accept|thank|ring|phone|email|book|move|lose|buy|"
    r"sell|miss|forget|reply|refuse|arrive|return|cancel|wait|sign|approve|reject|use|read|"
    r"hear|feel|think|understand|"
    # a form that is past and present alike tells a step either way: "but he let me check"
    r"let|set|cut|hit|quit|shut)\b|"
    # any one thing or person named with its determiner, no plural, before a verb that is no
    # noun: "and the bill go down", "the container arrive late" (where "the people go" is a
    # plural and "the load test" a compound)
    r"\b(?:the|my|our|his|her|their|this|that) (?!(?:people|staff|police|children|men|women|"
    r"team|crew|family|management|rest|whole|same|first|last|next|other|two|three)\b)"
    r"[a-z]+(?<![s'])\s+(?:just |also |then |still |again |never |always )?(?:go|come|say|"
    r"tell|ask|give|take|make|need|want|get|send|write|bring|explain|agree|decide|see|find|know|"
    r"keep|complain|accept|thank|lose|buy|sell|forget|reply|refuse|arrive|cancel|approve|hear|"
    r"feel|think|understand)\b",
    re.IGNORECASE)
SECOND_LANGUAGE = 2
"""How many such verbs mark an answer told in a second language."""
# One person's steps told in the present, in turn with the teller's: "He disagrees, says it's
# fine", "he thinks about it and in the end he changes one word". A habit is told of anyone
# ("when a customer asks"), a story of him or her.
_THEIR_STEP = re.compile(
    r"\b(?:he|she)\s+(?:just |also |then |finally |quickly |still |again )?(?:says|asks|tells|"
    r"agrees|disagrees|decides|changes|thinks|looks|calls|comes|goes|gives|takes|sends|shows|"
    r"explains|answers|replies|refuses|listens|reads|signs|approves|rejects|nods|laughs|shouts|"
    r"walks|rings|phones|emails|writes|pushes|keeps|leaves|turns|starts|stops|wants|gets)\b",
    re.IGNORECASE)


# What would have happened, looking back on one past event: "that would have cost us the
# client", "if I'd waited for sign-off", "if we had kept the old supplier".
# "What I'd do differently is…", "if I did it again I'd…": a lesson drawn from one event.
# ("next time I'd keep better records" looks back as well)
_LOOKING_BACK = re.compile(r"\bdifferently\b|\bnext time\b|"
                           # "What I'd do again", "I would do the same again"
                           r"\b(?:I|we)(?:['’]d| would) (?:\w+ )?(?:do|repeat|keep)(?: it| that| "
                           r"this| the same(?: thing)?)? again\b|"
                           r"\bif (?:I|we)(?: (?:did|had to do|were "
                           r"doing|am doing|are doing|was doing|do)|['’](?:m|re) doing) (?:it|that|"
                           r"this|the whole thing) (?:again|over)\b", re.IGNORECASE)
_COUNTERFACTUAL_PAST = re.compile(
    r"\b(?:would|could|should|might)(?:n['’]t| not)? (?:have|['’]ve)\b|\b\w+['’]d have\b|"
    r"\bwould['’]ve\b|\bif (?:I|we|he|she|they|you)(?: had|['’]d)(?: \w+ly)? (?:been|\w+ed|"
    r"\w+en|known|done|gone|seen|said|told|had|kept|left|let|put|sent|spent|stayed|thought|"
    r"got|made|heard|run)\b",
    re.IGNORECASE)


def present_narration(story: str, whole: str, clauses: list[Clause]) -> bool:
    """Whether an answer told in the present tells one story rather than habits or a plan.

    Its story (`story`: the sentences that carry weight) must place itself in time, name
    someone or something specific (a name or a number), and tell steps in order; and words of
    habit and self-portrait ("usually", "every time", "when a customer is…", "I'm a…") anywhere
    in the answer (`whole`), with clauses in a modal ("I would", "if… I will"), must weigh less
    than half of that. Filler can then add weight to the habits, never to the story. Its
    clauses told in the past count as steps in order and, three or more, place it in time.
    """
    dated = len(_ONCE_IN_TIME.findall(story))
    placed = len(_SOMETIME.findall(story))
    told = 2 * dated + placed + len(_IN_SEQUENCE.findall(story))
    bare = len(_BARE_THIRD.findall(story))
    if bare >= SECOND_LANGUAGE:
        told += bare
    # ...and so are a named person's ("Then the owner, Marguerite, comes to me and says…")
    names = names_in(story)
    turns = len(_THEIR_STEP.findall(story)) + sum(
        1 for m in _NAMED_STEP.finditer(story) if m.group(1) in names)
    if turns >= SECOND_LANGUAGE:
        told += turns
    # A story told in the present slips into the past for what came before or after its
    # scene ("the pump had seized overnight", "the order already shipped", "she never called
    # back"), which a habit or a plan has no occasion to do. Only a telling mostly in the
    # present slips: a past story with a present opinion after it is no present telling.
    slipped = sum(1 for c in clauses if c.mode in ("fact", "negated", "hedged")
                  and past_tense(c.text))
    # (The teller's job told in the present is told in the present, whatever its mode.)
    if sum(1 for c in clauses if c.mode == "habitual" or job_now(c.text)) <= slipped:
        slipped = 0
    told += slipped
    # A time that happened once ("It's a Thursday night", "a couple of years ago") is as
    # specific as a name or a number: a habit is seldom dated.
    specific = bool(names_in(story)) or bool(_COUNTED.search(story)) or dated >= 1
    # What would have happened, or what they would do differently, looks back on one past
    # event; only what would happen in general is a plan's. A condition ("if it were the
    # network") is counted in the clause that carries its modal ("I'd see it on every floor").
    # "I'm a copy editor at a regional newspaper" opening the answer introduces the teller; a
    # self-portrait later on ("I'm a people person") describes them in general.
    opening = re.match(r"[^.!?\n]*", whole)
    introduced = opening.end() if opening else 0
    # How things stood before the story's first step is its scene, however habitual ("And
    # normally we order fish every day… | So I rewrite the menu… | Three months in, …"); the
    # teller's own routine told there ("I usually start the week by…") is the habit itself.
    scene = _scene_end(whole, clauses)
    routine = [(at, at + len(c.text)) for c in clauses if c.actor == "candidate"
               for at in (whole.find(c.text),) if 0 <= at < scene]
    # A rate ("six complaints every month", "ten rooms every day") measures the story's scene
    # or its new routine, where "every day I check" tells the teller's habit.
    # A lesson drawn is general by nature ("What I learned is on a tight job you always need a
    # plan B"): its words of habit say nothing of how the story was told.
    drawn = {c.sentence for c in clauses if c.role == "reflection"}
    lessons = [(at, at + len(c.text)) for c in clauses if c.sentence in drawn
               for at in (whole.find(c.text),) if at >= 0]
    generic = sum(1 for m in _GENERIC.finditer(whole)
                  if (m.start() >= scene or any(a <= m.start() < b for a, b in routine))
                  and not any(a <= m.start() < b for a, b in lessons)
                  and not (m.start() < introduced and _INTRODUCED.match(m.group()))
                  and not (_EVERY.match(m.group()) and _RATE_BEFORE.search(
                      whole, max(0, m.start() - 40), m.start()))) + sum(
        1 for c in clauses if c.mode == "hypothetical" and not _COUNTERFACTUAL_PAST.search(c.text)
        and not _LOOKING_BACK.search(c.text) and not _CONDITION.match(c.text)
        and not _WHAT_FOR.match(c.text) and not _their_future_only(c.text))
    # (one stretch of the story counted out, "so we go from four down to three, for six weeks",
    # is time passing too)
    lapses = len(_LAPSE.findall(story)) + len(_STRETCH.findall(story))
    told += lapses  # a lapse counts as a date does: once more than a bare "then"
    # A number that went from one value to another ("the score goes up from 58% to 67%")
    # changed once: a step of the story, where a habit would say how it usually goes.
    # (Told in the past, "attrition went from four that year to none", it is no present
    # telling's.)
    changes = sum(1 for m in _MEASURED_CHANGE.finditer(story)
                  if not _PAST_BEFORE.search(story, max(0, m.start() - 24), m.start()))
    told += changes
    # A look back on it ("Looking back, I'd…") places it too, wherever the lesson is told.
    placed += len(_LOOKING_BACK_ON.findall(whole))
    # Time passing and a number changing place it as two lapses do ("Two weeks in, the
    # pattern's clear… Stops go from around twelve a day to about one a week").
    placed_in_time = dated + placed >= 1 or slipped >= NARRATIVE_PAST or lapses + changes >= 2
    if placed_in_time and specific and told >= PRESENT_STORY and told > 2 * generic:
        return True
    # A telling that marks little time may still go step by step: clause after clause in which
    # the teller or someone named does one thing, with no word of how often in it ("So I start
    # logging the stops… I fit a small air knife… Sam and I reroute the duct"). Many such steps,
    # and few words of habit, tell one story, if the story marks one occasion at least once
    # (time passing, a number that changed, a date, someone else's step: "the broker said",
    # "he agree"): "I start by capturing everything in one backlog, then I use the Eisenhower
    # matrix…" tells a method. How things
    # stood before the first step is the story's scene, however habitual ("usually the
    # operators just wipe the sensor and reset the line"): only the habits told from that step
    # on count against it.
    first = next((at for at, c in enumerate(clauses) if _one_step(c)), None)
    if first is None:
        return False
    steps = sum(1 for c in clauses[first:] if _one_step(c))
    habits = sum(1 for c in clauses[first:] if c.sentence not in drawn and (
        _GENERIC.search(c.text) or _METHOD.search(c.text) or (
            c.mode == "hypothetical" and not _COUNTERFACTUAL_PAST.search(c.text)
            and not _LOOKING_BACK.search(c.text))))
    theirs = sum(1 for c in clauses if c.actor == "other" and not c.reported and (
        _one_step(c) or c.mode in ("fact", "negated") and past_tense(c.text)))
    once = dated + lapses + changes + theirs
    return specific and once >= 1 and told >= PRESENT_STORY and steps >= STEPS_TOLD and (
        steps > 2 * habits)


def _scene_end(whole: str, clauses: list[Clause]) -> int:
    """Where the story's first step (`_one_step`) starts in `whole`, or 0 if it has none or
    nothing after it marks one occasion (`_marks_an_occasion`). A step under a condition
    ("When I see operators skipping a check, | I stop the line") is what the teller does
    whenever it happens, and the teller's job ("So I run the front desk at a hotel")
    introduces them: neither starts the story."""
    conditioned = {c.sentence for c in clauses if _WHEN_OPENING.match(c.text)}
    first = next((at for at, c in enumerate(clauses) if _one_step(c) and not tells_own_job(
        c.text) and c.sentence not in conditioned), None)
    # Only a story that comes to one occasion after it has a scene: steps in a portrait of
    # how the teller works ("I hold myself to the same standard") end no scene.
    if first is None or not any(map(_marks_an_occasion, clauses[first:])):
        return 0
    return max(0, whole.find(clauses[first].text))


def _marks_an_occasion(clause: Clause) -> bool:
    """Whether a clause places the story at one time or tells one person's turn: "one
    night", "three months in", "he say", "from 12 to 2". ("Then", "after that" and "on Monday"
    go step by step through a routine as well.)"""
    text = clause.text
    return any(pattern.search(text) for pattern in (
        _ONCE_IN_TIME, _ONE_OCCASION, _LAPSE, _MEASURED_CHANGE, _BARE_THIRD, _THEIR_STEP,
        _NAMED_STEP))


_WHEN_OPENING = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:when|whenever|if|once|every time)\b",
                           re.IGNORECASE)


# A way of working told as such: "the first thing I do is", "I make a point of", "I run a
# monthly session", "people regularly tell me".
_METHOD = re.compile(r"\b(?:the first thing I do|I make a point of|I make sure|my approach|"
                     r"regularly|constantly|monthly|weekly|daily|fortnightly|in times of)\b",
                     re.IGNORECASE)
STEPS_TOLD = 5
"""The steps in the bare present, none with a word of habit, from which an answer that places
itself in no time tells one story (`present_narration`)."""


def _one_step(clause: Clause) -> bool:
    """Whether a clause tells one step in the bare present: a person's narrative verb, no word
    of recurrence, not reported."""
    if clause.mode not in ("habitual", "fact") or clause.reported:
        return False
    rest = _subject_text(clause.text)
    return bool(_NARRATIVE_VERB.match(rest) or _DOING_VERB.match(rest)) and (_bare_present(
        clause.text) or clause.mode == "fact" and bool(_HER_STEP.match(rest))) and not (
        _RECURRENCE.search(clause.text) or _SPEAKER_VERB.match(rest))


# "She applies.", "He agrees": the third person's -s on a verb the present-tense lists do not
# hold, read as no habit (and so as a fact) but a step all the same.
_HER_STEP = re.compile(r"^(?:[Hh]e|[Ss]he)\s+(?!(?:was|has|does|is|always|sometimes|perhaps)\b)"
                       r"[a-z]{2,}[^s'\W]s\b")


# A verb of doing in the present ("so I fit a small air knife", "and I reroute the duct", "she
# sorts it out"): any verb but a state, a modal or an auxiliary.
_DOING_VERB = re.compile(
    # ("We relabel the whole aisle" opening the sentence; "Lena from inventory control and I walk
    # the aisle")
    r"^(?:I|[Ww]e|[A-Z][a-z]+(?: [a-z-]+){0,3} and I|(?:the|my|our) [\w-]+ and I)\s+(?:then\s+|"
    r"also\s+|just\s+|"
    r"quickly\s+|finally\s+)?(?!(?:am|have|has|had|do|does|did|don|can|could|will|would|shall|"
    r"should|must|may|might|need|want|like|love|hate|know|think|feel|believe|hope|guess|mean|"
    r"prefer|remember|understand|care|enjoy|find|try|tend|always|usually|never|often|sometimes|"
    r"normally|generally|really|still|get|got|was|were|is|are|be|been)\b)[a-z]+\b(?!['’-])|"
    # someone's, with the verb's "-s": "She sorts it out with the other bank", "Anjali finds it"
    r"^(?:[Hh]e|[Ss]he|[A-Z][a-z]+)(?:,\s+(?:the|our|my|his|her|their) [\w-]+(?: [\w-]+)?,)?\s+"
    r"(?:then\s+|also\s+|just\s+|quickly\s+|finally\s+)?(?!(?:is|has|"
    r"does|was|likes|loves|hates|wants|needs|knows|thinks|feels|believes|hopes|means|seems|"
    r"tends|prefers|remembers|understands|cares|always|usually|never|often|sometimes|"
    r"normally|generally|really|still)\b)[a-z]+[^s\W]s\b")


_EVERY = re.compile(r"(?:every|each)\b", re.IGNORECASE)
# A named person's step in the present: "Marguerite comes to me and says", "Sam agrees".
_NAMED_STEP = re.compile(
    # (the name set off after a role too: "Then the owner, Marguerite, comes to me", or before
    # one: "Kwame, the ops manager, asks us")
    r"\b([A-Z][a-z]+),?\s+(?:(?:the|our|my|his|her|their) [\w-]+(?: [\w-]+)?,\s+)?"
    r"(?:just |also |then |finally |now |still )?(?:says|asks|tells|agrees|"
    r"disagrees|decides|changes|comes|goes|gives|takes|sends|shows|explains|answers|replies|"
    r"refuses|signs|approves|rejects|calls|rings|phones|emails|writes|pushes|leaves|starts|"
    r"stops|wants|gets|does|looks|sees|finds|brings|puts|sets)\b")
_RATE_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*%?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|a few|few|several|many) (?:[\w-]+ ){0,2}$", re.IGNORECASE)


def _their_future_only(text: str) -> bool:
    """Whether the clause's only modal is someone else's future ("to tell them | when the buses
    will come"): a story has people who expect things, where a plan in general is the teller's
    own ("I will", "I'd")."""
    return all(_THEIRS_ONLY.match(text, start) for start, _ in mode_triggers(text))


def _past_story(clauses: list[Clause], opening: str) -> bool:
    """Whether the answer tells one past story: at least as many of its clauses tell past
    facts as tell present habits or steps already read as told in the present (a story told in
    the present slips into the past now and then: "The boiler was repaired after four days"),
    or it opens by placing itself in the past ("In my previous company…") and goes on in the
    past."""
    past = [c for c in clauses if c.mode in ("fact", "negated", "hedged") and past_tense(c.text)]
    # Someone's "will" ("to tell them | when the buses will come") looks ahead from a present
    # telling, where a past one says "would".
    # (The teller's job told in the present is told in the present, as a habit is.)
    habits = [c for c in clauses if c.mode == "habitual" or c.narrated or job_now(c.text) or (
        c.mode == "hypothetical" and _their_future_only(c.text))]
    return (len(past) >= NARRATIVE_PAST and len(past) >= len(habits)) or (
        len(past) >= 2 and bool(_PAST_FRAME.search(opening)) and not _SET_NOW.search(opening))


# A past time the telling stands in, as a story told in the present opens: "So it's last
# summer and I'm site engineer on a school refurb".
_SET_NOW = re.compile(r"\bit(?:['’]s| is) (?:early |late |mid-?)?(?:last|that)\b", re.IGNORECASE)


def _narrated(clause: Clause, position: float | None, heading: Role | None,
              present: bool = False) -> Clause:
    """In a past story, a clause read as a habit only because its verb is in the present
    ("I go to her", "we sit together") is a step of the story told in the present.

    In a story told wholly in the present (`present`), any clause read as a habit with no word
    of recurrence in it is a step ("one day the pipeline is failing", "so I decide I take it",
    "he says we go anyway"), and a fact in the present is told, not described."""
    text = clause.text
    rest = _subject_text(text)
    if present and clause.mode in ("fact", "negated", "hedged") and (
            not past_tense(text) or _present_tense(rest) or _NAME_IS.match(rest)):
        return _in_past_role(replace(clause, narrated=True), position, heading)
    if present:
        if clause.mode == "habitual" and _STORY_ROUTINE.search(text) and not (
                _GENERAL_HABIT.search(text) or clause.reported or _SPEAKER_VERB.match(rest)
                ) and clause.actor in ("candidate", "team") and _NARRATIVE_VERB.match(rest):
            # A routine kept within the story it tells ("so I sit with her every week to
            # teach her the report"): the habit "I sat with her each week" of the same story
            # told in the past, which stays a habit, but one of the story's (`narrated`).
            return _in_past_role(replace(clause, narrated=True), position, heading)
        # (what was asked is no recurrence: "then he asks if I'll run the cube schedule")
        asked = _ASKED_IF.search(text)
        said = text[:asked.end() - len(asked.group().split()[-1]) if asked else len(text)]
        if position is not None and position < RESULT_ZONE:
            said = _DISCOURSE_NOW.sub("", said)  # "Now the spec says you need 20 newtons"
            # Before the outcome "still" holds out against what came just before ("I show him
            # the photos. And he still disagrees." is "he still disagreed"), no state that lasts.
            said = _STILL_THEN.sub("", said)
        if clause.mode != "habitual" or _RECURRENCE.search(_CONCEDING.sub("", said)) or \
                _SPEAKER_VERB.match(rest) and not _FOUND_THEN.match(rest):
            return clause
    elif clause.mode != "habitual" or clause.reported or _habit_word(text) or \
            _repeated_at(text) or _LASTING.search(text) or _STILL.search(text) or \
            not _present_tense(rest) or \
            not (_NARRATIVE_VERB.match(rest) or _CONDUCT_THEN.match(text)):
        return clause
    return _in_past_role(replace(clause, mode="fact", narrated=True), position, heading)


# The teller's conduct on the occasion, told as the next thing in the present: "So I am very
# patient, I explain him every step" ("I am very patient" alone may be a trait claimed).
_CONDUCT_THEN = re.compile(
    r"^\W*(?:so|then|and so|and then)\W+I(?:['’]m| am)\s+(?:very |really |so |quite |extra |"
    r"super |extremely )?(?:patient|calm|careful|polite|gentle|friendly|honest|clear|firm|kind|"
    r"direct|open|respectful)\b", re.IGNORECASE)


# What a look turned up, told in the present of a second-language telling: "we find the cooling
# channel was blocked" is the finding, where "I find it hard" describes the speaker.
# What was found is told as what happened, in the past or the perfect or counted ("I find
# families with young kids have gone up quite a lot, maybe 30%"); "I find that frustrating", "I
# find people open up over coffee" describe the speaker.
_FOUND_THEN = re.compile(r"^\S+(?: \S+)?\s+finds?\b(?: out)?[^.;!?]*?(?:\b(?:was|were|had|has|"
                         r"have)\b|\d)")


# A routine counted by the occasion ("every week", "each morning", "weekly"), which a story
# keeps for a while; "always", "usually", "now" or a "would" make it the teller's habit at large.
_STORY_ROUTINE = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:day|week|month|morning|"
                            r"afternoon|evening|night|shift|weekend|session|meeting|visit|"
                            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                            r"\b(?:daily|weekly|fortnightly|monthly)\b", re.IGNORECASE)
_GENERAL_HABIT = re.compile(r"\b(?:always|usually|normally|generally|typically|often|"
                            r"sometimes|now|nowadays|these days|still|would|will|whenever)\b|"
                            r"['’](?:d|ll)\b", re.IGNORECASE)


# "Still" before the subject concedes, as "yet" does: "and still we save 10%" is "and yet we
# saved 10%", one step of the story; "we still save 10%" may say it lasts.
_CONCEDING = re.compile(r"^\W*(?:(?:and|but|yet)\s+)?still\b,?", re.IGNORECASE)
_STILL_THEN = re.compile(r"(?<=\w )still(?= \w)", re.IGNORECASE)
# "Now" opening a sentence before a thing or person, in the story's first part, turns the
# listener to what comes next ("Now the spec says you need 20 newtons before you strike"); at
# its end "now our whole site uses the sheet" may say what lasts.
_DISCOURSE_NOW = re.compile(r"^\W*(?:(?:and|but|so)\s+)?now,?\s+(?=(?:the|our|this|that|a|an|"
                            r"his|her|their|my)\b)", re.IGNORECASE)


def _in_past_role(clause: Clause, position: float | None, heading: Role | None) -> Clause:
    """A narrated step's role, read from the step as it would be told in the past: "then we
    agree together" is the decision "then we agreed together"."""
    role = read_role(past_telling(clause), clause.actor, clause.mode, position, heading,
                     clause.reported)
    return replace(clause, role=role)


def past_telling(clause: Clause) -> str:
    """A narrated step's words as they would be told in the past ("then he asks if I'll run
    the schedule": "then he asked…"); any other clause's words as they are."""
    text = clause.text
    # (the teller's job, "I run the front desk at a dental practice", is no step of the story:
    # it stays in the present it is true in)
    edit = None if _MY_JOB.match(text) or not clause.narrated else told_in_past(clause)
    if edit is not None:
        start, end, past = edit[0] - clause.span.start, edit[1] - clause.span.start, edit[2]
        text = text[:start] + past + text[end:]
    return text


# The past of the verbs a narrated step most often opens on, where adding "-ed" is wrong.
_IRREGULAR_PAST = {
    "am": "was", "is": "was", "are": "were", "have": "had", "has": "had", "do": "did",
    "does": "did", "don't": "didn't", "doesn't": "didn't", "can": "could", "can't": "couldn't",
    "cannot": "could not", "will": "would", "won't": "wouldn't", "isn't": "wasn't",
    "aren't": "weren't", "go": "went", "goes": "went", "make": "made", "take": "took",
    "tell": "told",
    "say": "said", "see": "saw", "find": "found", "give": "gave", "get": "got", "come": "came",
    "know": "knew", "think": "thought", "bring": "brought", "buy": "bought", "write": "wrote",
    "send": "sent", "spend": "spent", "build": "built", "rebuild": "rebuilt",
    "rewrite": "rewrote", "meet": "met", "sit": "sat", "run": "ran", "begin": "began",
    "choose": "chose", "hold": "held", "keep": "kept", "leave": "left", "lose": "lost",
    "win": "won", "put": "put", "set": "set", "cut": "cut", "split": "split", "read": "read",
    "feel": "felt", "stand": "stood", "understand": "understood", "lead": "led", "pay": "paid",
    "speak": "spoke", "break": "broke", "drive": "drove", "fall": "fell", "grow": "grew",
    "teach": "taught", "catch": "caught", "forget": "forgot", "hear": "heard", "mean": "meant",
    "sell": "sold", "deal": "dealt", "let": "let", "hit": "hit", "become": "became",
    "rise": "rose", "fly": "flew", "shut": "shut", "draw": "drew", "throw": "threw",
    "must": "had to", "mustn't": "couldn't",
    "lend": "lent", "bend": "bent", "feed": "fed", "hang": "hung", "ring": "rang", "sing": "sang",
    "wake": "woke", "wear": "wore", "shake": "shook", "sweep": "swept", "sleep": "slept",
    "swim": "swam", "stick": "stuck", "strike": "struck", "dig": "dug", "seek": "sought",
    "fight": "fought", "eat": "ate", "hide": "hid", "light": "lit", "ride": "rode",
    "forgive": "forgave", "undo": "undid", "redo": "redid", "overhear": "overheard",
}
# Modals with no past of their own: "I should check" told in the present stays as it is.
_NO_PAST = frozenset({"should", "could", "would", "might", "may", "shall", "ought"})
_VOWEL_GROUP = re.compile(r"[aeiou]+")
_STEP_WORD = re.compile(r"^[a-z][a-z'’]*$")
_SKIPPED = frozenset({"then", "also", "just", "quickly", "directly", "immediately", "first",
                      "finally", "personally", "really", "myself", "together", "not", "still"})


def past_of(verb: str) -> str | None:
    """The simple past of a present form ("decides" -> "decided", "go" -> "went")."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    base = verb
    for ending, stem in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"),
                         ("oes", "o"), ("s", "")):
        if verb.endswith(ending) and len(verb) > len(ending) + 1 and not verb.endswith("ss"):
            base = verb[: len(verb) - len(ending)] + stem
            break
    if base in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[base]
    if base.endswith(("ed", "ing")) or base in _NOT_PRESENT or base in _NO_PAST or len(base) < 2:
        return None
    if base.endswith("e"):
        return f"{base}d"
    if base.endswith("y") and base[-2] not in "aeiou":
        return f"{base[:-1]}ied"
    # "stop", "plan", "ship": one short syllable ending consonant-vowel-consonant doubles.
    if len(_VOWEL_GROUP.findall(base)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", base):
        return f"{base}{base[-1]}ed"
    return f"{base}ed"


def told_in_past(clause: Clause) -> tuple[int, int, str] | None:
    """Where a narrated step's present verb sits in the answer and its simple past: "so I
    decide I take it" is matched as "so I decided I take it", the way the past story it tells
    would be written. The verb is the word after a personal pronoun, an auxiliary ("the
    pipeline is failing"), or a subjectless step's first word; None where none is found."""
    if not clause.narrated:
        return None
    text = clause.text
    rest = _subject_text(text)
    at = clause.span.start + len(text) - len(rest)
    after_pronoun = _is_fragment(rest)
    words = list(re.finditer(r"\S+", rest))[:12]
    thing = _THOUGHT_OF_A_THING.match(rest)
    if thing:
        # "I think it saves a fair bit": what is doubted is the step ("I think it saved…")
        words, after_pronoun = [m for m in words if m.start() > thing.end()], True
    for i, match in enumerate(words):
        word = match.group().strip(",.;:!?\"“”()").replace("’", "'")
        lowered = word.lower()
        if not word or lowered in _SKIPPED:
            continue
        if i == 0 and lowered.endswith("'s") and len(words) > 1 and _IS_AFTER_NAME.match(
                words[1].group()):
            # "Donna's pleased with it": "Donna was pleased with it"
            start = at + match.start() + len(word) - 2
            return start, start + 2, " was"
        if lowered in _PRONOUNS:
            after_pronoun = True  # never the verb: "Me and Marcus, we get on fine"
            continue
        if after_pronoun and lowered in _QUANTIFIERS:
            continue  # "we all just pitch in"
        if lowered in _IT_IS and i + 1 < len(words) and _HOW_IT_WENT.match(words[i + 1].group()):
            # "but it's OK", "that's fine by them": "it was OK", as the same story in the past
            # ("that's the price of moving fast" is said now, of the story)
            start = at + match.start() + len(lowered) - 2
            return start, start + 2, " was"
        if lowered in _CONTRACTED_BE and i + 1 < len(words) and not re.match(
                r"going to\b", rest[words[i + 1].start():], re.IGNORECASE):
            # "I'm taking some of his early milkings": "I took some of his early milkings" ("I'm
            # going to call them" is a plan)
            done = _past_of_progressive(words[i + 1].group())
            if done is not None:
                start = at + words[i + 1].start()
                # (from the apostrophe: "we're" loses "'re", as "I'm" loses "'m")
                return at + match.start() + lowered.rindex("'"), start + len(done[1]), (
                    " " + done[0])
        if after_pronoun or lowered in _PRESENT_AUXILIARY:
            past = past_of(lowered) if _STEP_WORD.match(lowered) else None
            if past is None:
                return None
            start = at + match.start() + match.group().index(word[0])
            following = words[i + 1] if i + 1 < len(words) else None
            done = _past_of_progressive(following.group()) if following and lowered in (
                "am", "is", "are") and not re.match(r"going to\b", rest[following.start():],
                                                    re.IGNORECASE) else None
            if following is not None and done is not None:
                # The narrative progressive tells one step: "we are sitting together two
                # evenings" is "we sat together", "I am offering him help" is "I offered".
                return start, at + following.start() + len(done[1]), done[0]
            return start, start + len(word), past
        # ("Gary and me present", "me and Gary present": the verb follows the pair; after "me
        # and the two temps" it follows the noun, where no word is taken for it)
        after_pronoun = lowered in _PRONOUNS or lowered == "me" and i > 1 and (
            words[i - 1].group().lower() == "and") or i > 1 and (
            words[i - 1].group().lower() == "and" and words[i - 2].group().lower() == "me"
            and word[:1].isupper())
    return None


_THOUGHT_OF_A_THING = re.compile(r"^(?:I|we) (?:think|guess|reckon|suppose|believe) (?:that )?"
                                 r"(?=(?:it|this|that|everything) [a-z]+s\b)", re.IGNORECASE)
# How someone took it, after a name's "'s" that is "is": "Donna's pleased with it", "Steve's still
# annoyed" ("Donna's team", "Steve's notes" are theirs).
_FELT = (r"(?:happy|pleased|fine|angry|upset|furious|thrilled|delighted|impressed|glad|relieved|"
         r"grateful|worried|annoyed)")
_NAME_IS = re.compile(rf"^[A-Z][a-z]+['’]s (?=(?:really |so |very |quite |pretty |still )?"
                      rf"{_FELT}\b)")
_IS_AFTER_NAME = re.compile(rf"^(?:really|so|very|quite|pretty|still|{_FELT})\b", re.IGNORECASE)


# A later step of a list in a story told in the present, sharing the clause's subject: "I sit
# with them, explain the plan and give each one a station". The verb is a plain word after a
# comma or "and", with its object next.
_LISTED_STEP = re.compile(
    r"(?:,\s+|\band\s+)(?:then\s+|also\s+)?(?P<verb>[a-z]+)\s+(?=(?:the|a|an|my|our|his|her|"
    r"their|them|him|it|each|every|all|some|this|that|these|those)\b)")
_NOT_LISTED_VERBS = frozenset("""with to of in on at for from by about into onto over under after
    before and but or so then not all both each also just only even like than as because while
    when where which who what how why if once that this is was are were be been being i we he
    she they it you me us them him her my our maybe probably around across through including
    plus especially mostly most some many every no per via until since though still now later
    first second next last again there here very more less much except unless although whereas
    whether whenever""".split())
_IRREGULAR_PAST_FORMS = frozenset(_IRREGULAR_PAST.values())


def listed_in_past(clause: Clause) -> list[tuple[int, int, str]]:
    """The later steps of a list in a clause of a story told in the present, each with its
    simple past: in "I sat with them, explain the plan" the "explain" is matched as
    "explained", as `told_in_past` does for the clause's first verb. Only the candidate's or
    the team's steps; a word already past, or one that cannot be a plain verb, is left."""
    if clause.actor not in ("candidate", "team") or clause.mode == "hypothetical":
        return []
    edits: list[tuple[int, int, str]] = []
    for match in _LISTED_STEP.finditer(clause.text):
        word = match.group("verb")
        # (`past_of` leaves a word already in "-ed" or "-ing"; "bring" has its own past.)
        if (word in _NOT_LISTED_VERBS or word in _PAST_FORMS or word in _IRREGULAR_PAST_FORMS
                or word.endswith(("en", "ght", "ly"))):
            continue
        past = past_of(word)
        if past is not None:
            start = clause.span.start + match.start("verb")
            edits.append((start, start + len(word), past))
    return edits


def _past_of_progressive(word: str) -> tuple[str, str] | None:
    """The simple past of an "-ing" form and the form itself ("sitting" -> "sat", "offering"
    -> "offered", "taking" -> "took"); None for a word that is not one."""
    form = re.match(r"[a-z]+ing\b", word.lower())
    if form is None or len(form.group()) < 5 or form.group() in _IRREGULAR_PAST:
        return None  # ("bring" is a verb of its own)
    stem = form.group()[:-3]
    for base in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[base], form.group()
    # (The stem has two letters at least: a form under five letters is no "-ing" form.)
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return f"{stem[:-1]}ied", form.group()
    # "deciding" -> "decided", "stopping" -> "stopped", "offering" -> "offered".
    return f"{stem}ed", form.group()


_QUANTIFIERS = frozenset({"all", "both", "each"})
_CONTRACTED_BE = frozenset({"i'm", "we're", "they're", "he's", "she's", "you're"})
_IT_IS = frozenset({"it's", "that's", "everything's"})
_HOW_IT_WENT = re.compile(r"(?:ok|okay|fine|good|great|better|worse|done|over|sorted|alright|"
                          r"finished|fixed|back)\b", re.IGNORECASE)
_PRESENT_AUXILIARY = frozenset({"am", "is", "are", "have", "has", "do", "does", "don't",
                                "doesn't", "can", "cannot", "can't", "isn't", "aren't"})


__all__ = [
    "ACTORS", "Actor", "Clause", "MODES", "Mode", "ROLES", "Role", "appraises_self", "cue_signals",
    "habit_of_story", "handed_on", "has_verb", "is_name",
    "later_bond", "licensed", "listed_in_past", "mode_triggers", "names_in", "negation_at",
    "opens_on_verb", "past_tense", "read_actor", "read_answer", "read_mode", "read_role",
    "read_sentence", "scene_event", "self_appraisal", "split_clauses", "subject_me",
    "subject_split",
    "told_in_the_past",
    "told_in_past",
    "told_later", "understood_subject", "with_me",
]
