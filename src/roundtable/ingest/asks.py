"""What an interviewer's turn asks: a new behavioral question, a follow-up, or neither.

A behavioral question asks the candidate for one real past situation. Interviewers phrase it
in many ways ("Tell me about a time...", "Walk me through the hardest call you've made",
"Think about a decision that went wrong. What happened?", "Have you ever...", "When was the
last time..."), so it is read sentence by sentence as two parts: a way of asking (a request
or a question) and a past situation of the candidate's own that it introduces (an indefinite
"a time", "a project you led"; a superlative "the toughest issue you've dealt with"; "your
proudest"; "ever"; "the last time"). An ask about a lived moment counts too: how it went or
felt ("How was it for you when you had to...?", "What was it like the first time you...?"), or
a moment set up first and asked about after ("Picture the last time you... What did you do?").

Small talk about the call, the room or the time left ("Sorry, is that a dog I hear?", "Let me
share my screen", "We have ten minutes left") neither opens nor closes a question, and neither
it (whoever says it) nor the candidate's short reply to it is part of any answer.

Inside a question, the interviewer's next ask is a follow-up when it introduces no new
situation ("How did your director take it?") or points back at the one being told ("Was there
a time when that approach failed?"); a signpost ("Moving on", "Let's switch gears") always
starts a new question. A hypothetical or general question ("How would you approach...") and
an introduction question close the current one without being reviewed, and the wrap-up ("Any
questions for me?") ends the interview's questions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from roundtable import regexes as re


class _Lazy:
    """A pattern compiled on first use (from the stored program, see `roundtable.regexes`):
    these are long, and most runs (a plain answer, not a transcript) never read an
    interviewer's turn."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.regex.findall(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.regex.sub(replacement, text)


Kind = Literal["question", "follow_up", "intro", "general", "small_talk", "wrap_up", "other"]

WRAP_UP = _Lazy(
    r"\b(any|some|other) questions (for|about) (me|us|the (team|role|company|job))|anything "
    r"(else )?(that )?you('d| would)? (like|want|wanted) to (ask|know)|what questions do you "
    r"have|that's (all|everything|it) (from me|from my side|from our side|i had|my questions|"
    r"the questions i had|for my questions)|that's the end of my questions|(time|room) for "
    r"(your|a few of your) questions|turn it over to you for questions|what would you like "
    r"to know|what can i tell you about|(leave|save) (some )?time for (you|your questions)|"
    r"we('re| are) (basically |just about |about )?(at|out of) time|i('ll| will) hand you "
    r"(back|over) to|(questions|anything) (you have )?for (me|us) before we (wrap|finish|end)",
    re.IGNORECASE,
)
"""The interviewer hands over to the candidate's questions or ends the interview."""

_ASK = (
    r"\b(tell|talk to|talk|walk|take) (me|us)\b|\btalk (me|us) through|\bdescribe\b|\bshare\b|"
    r"\b(explain|recount|narrate)\b|\b(talk|speak|tell) (to|about|of)\b|\bmy (\w+ )?question\b|"
    r"\bhear (about|of)\b|\b(i|we)('d| would)? (want|like|need|love) (an?|one|some)\b|"
    r"\b(i'?d|i would|i'?m|i am) (be )?(really |very |particularly )?(keen|interested)\b|"
    r"\bgive (me|us|an?)\b|\b(i'?d|i would|we'?d|we would) (love|like) to (hear|know|learn)|"
    r"\bi('m| am) (curious|interested)|\bi want to (hear|know|understand)|"
    r"\bthink (back )?(to|about|of)\b|"
    r"\bthink back\b|\brecall\b|\bremember\b|\b(i'?d|i would|we'?d|we would) (like|love|want)\b|"
    r"\bi('m| am) looking for\b|\bwhat('s| is| was| were| has been)\b|\bwhen "
    r"(was|were|did|have)\b|\bhow (did|do|have|about)\b|\bwhat about\b|\bhave you\b|\bhas there\b|"
    r"\b(was|is) there\b|\bdid you\b|\bcan you\b|\bcould you\b|\bwhich\b|\bpick\b|\bname\b|\?"
)
_EVENT = (
    r"(time|situation|moment|occasion|instance|example|case|story|experience|project|decision|"
    r"call|mistake|failure|conflict|disagreement|argument|dispute|setback|challenge|incident|"
    r"outage|emergency|crisis|launch|rollout|release|migration|deal|pitch|presentation|"
    r"negotiation|conversation|piece of feedback|feedback|review|accomplishment|achievement|"
    r"success|win|loss|initiative|change|transition|turnaround|reorg|layoff|hire|escalation|"
    r"complaint|problem|issue|goal|target|deadline|risk|experiment|bug|error)"
)
"""Things that happen or that one does: a story is about one of them."""
_PERSON = (
    r"(customer|client|stakeholder|colleague|coworker|co-worker|peer|teammate|team member|"
    r"manager|boss|employee|report|person|team|vendor|partner|executive|leader)"
)
_SITUATION = rf"({_EVENT}|{_PERSON}|period|quarter|day|week)"
_PAST = (
    r"(\w+ed|had|made|did|took|built|taught|led|got|gave|saw|won|lost|went|found|felt|chose|"
    r"sold|wrote|ran|brought|thought|fought|held|kept|left|met|paid|sent|spent|told|understood|"
    r"drove|began|broke|caught|grew|knew|overcame|spoke|stood|set|put|cut|hit|let|read|heard|"
    r"dealt|learnt|burnt|meant|fell|became|owned|were|was)"
)
_SUPERLATIVE = (
    r"(most|least|best|worst|biggest|hardest|toughest|largest|greatest|proudest|strongest|"
    r"weakest|lowest|highest|smallest|fastest|riskiest|trickiest|scariest|strangest|boldest|"
    r"longest|deepest|harshest|closest|roughest|messiest|busiest|costliest|wildest|craziest|"
    r"nastiest|ugliest|gnarliest|oddest|bravest|simplest|happiest|saddest|clearest)"
)
_YOU_DID = r"(you|you've|you have|you'd|you had|that you|which you|you ever)\b"
_TRAIT = (
    r"(weakness|strength|quality|qualities|trait|skill|attribute|asset|value|priority|"
    r"motivation|interest|language|tool|framework|technology|book|subject|hobby)"
)
"""What a person is or likes, not something that happened: "your biggest weakness"."""
_EXPERIENCE = _Lazy(
    rf"\b(a|an|one|another|some|any) ((specific|particular|real|recent|concrete|single) )?"
    rf"(time|situation|moment|occasion|instance|example|case|story)s?\b"
    rf"|\b(a|an|one|another) ((specific|particular|real|recent|concrete|single) )?experience\b"
    rf"|\bone of your ([\w'-]+ ){{0,2}}?{_EVENT}s\b"
    rf"|\b(a|an|one|another) ([\w'-]+ ){{0,2}}?[\w'-]+ of yours\b"
    rf"|\bhave you (ever )?had to\b"
    rf"|\byour (first|last|latest|most recent|previous) ([\w'-]+ ){{0,2}}?{_EVENT}\b"
    rf"|\b(you('re| are| were| felt)?|you('ve| have) been) (most |really |particularly |"
    rf"especially |genuinely )?proud(est)?\b"
    rf"|\b(was|were|did|do|have|has|had) (there|you) ever\b[^.?!]{{0,40}}?\b(a|an|any|"
    rf"someone|somebody|something)\b|\bever (had|have|got|get|needed|need) to\b"
    rf"|\b(a|an|one|another) ([\w'-]+ ){{0,3}}?{_SITUATION}s? "
    rf"((?!(for|to|with|by|from|about|like)\b)\w+ )?{_YOU_DID}"
    rf"|\b(a|an|one|another) ([\w'-]+ ){{0,3}}?{_SITUATION}s? (where|when|in which|with|within"
    rf"|on|at) (you|your)\b"
    rf"|\b(a|an|one|another) ([\w'-]+ ){{0,3}}?{_SITUATION}s? (that|which|where|when|who) "
    rf"[^.?!]{{0,80}}\byou\b"
    rf"|\bthe ({_SUPERLATIVE}|most \w+|least \w+) ([\w'-]+ ){{0,4}}?(that |which )?"
    rf"(you've|you have|you'd had|you had ever|you ever)\b"
    rf"|\bthe ({_SUPERLATIVE}|most \w+|least \w+) ([\w'-]+ ){{0,3}}?{_SITUATION}s? "
    rf"(that |which )?((someone|anyone|anybody|somebody|people|a \w+) (\w+ )?)?you\b"
    rf"|\b(your|one of your) (own )?({_SUPERLATIVE}|most \w+)\b(?! ([\w-]+ )?{_TRAIT})"
    rf"|\byour (own )?favou?rite ([\w'-]+ ){{0,2}}?{_EVENT}\b"
    rf"|\b(has|have|had) ([\w'-]+ ){{0,4}}?ever\b|\byou('ve| have) ever\b|\bthe last time\b"
    rf"|\b(did|were|have) you last\b"
    rf"|\bhave you (had|faced|been in|dealt with|experienced|handled|worked with|managed|led|"
    rf"run into|come across|made|owned) (a|an|any|one)\b"
    rf"|\b(on|in|from) your (cv|resume|résumé|profile|linkedin|portfolio|application)\b"
    rf"|\b(in|over|across|during|throughout) your (whole |entire )?career\b"
    rf"|\blooking back (at|on|over) your\b"
    # "What's the best example of you making a complicated process simpler?"
    rf"|\b(the|your) ({_SUPERLATIVE}|most \w+|clearest|favou?rite) (example|instance|case) of "
    rf"(you|your|a time|when)\b"
    rf"|\b(something|someone|somebody|anything|anyone) (that )?(you('ve| have)? {_PAST}|you "
    rf"(recently|once) {_PAST})\b",
    re.IGNORECASE,
)
"""A past situation of the candidate's own, introduced as new. A superlative counts across a
career ("the hardest call you've made") or of a situation ("the biggest mistake you made"), not
of a detail of the story being told ("What was the hardest objection you got?")."""

_ASKS = _Lazy(_ASK, re.IGNORECASE)
_REQUEST = _Lazy(
    r"\b(tell|talk to|talk|walk|take) (me|us)\b|\btalk (me|us) through|\bdescribe\b|\bshare\b|"
    r"\b(explain|recount|narrate)\b|\b(talk|speak|tell) (to|about|of)\b|\bhear (about|of)\b|"
    r"\b(i|we)('d| would)? (want|like|need|love) (an?|one|some)\b|"
    r"\b(i'?d|i would|i'?m|i am) (be )?(really |very |particularly )?(keen|interested)\b|"
    r"\bgive (me|us|an?)\b|\b(i'?d|i would|we'?d|we would) (love|like) to (hear|know)|\bi('m| am) "
    r"(curious|interested)|\bi want to (hear|know)|\bthink (back )?(to|about|of)\b|\b(can|could) "
    r"you (recall|remember|think of|name|pick|describe|share|tell|talk|walk|give)\b|\brecall\b",
    re.IGNORECASE,
)
"""A request for a story (not a yes/no question), which may name any kind of situation."""
_ANY_SITUATION = _Lazy(
    rf"\b(a|an|one|another) ([\w'-]+ ){{0,3}}?((when|where|that|which|who|in which|on which) )?"
    rf"(you('ve| have| had)?|your \w+) (\w+ )?{_PAST}\b"
    rf"|\b(a|an|one|another|some) ([\w'-]+ ){{1,4}}?(that|which|when|where|who|in which) "
    rf"(\w+ )?(was|were|had|went|changed|made|got|became|{_PAST})\b",
    re.IGNORECASE,
)
"""Something of any kind the candidate did or lived through: "a shift when you were short",
"a product you launched", "a class that was difficult to manage"."""
_BARE = _Lazy(
    r"(^|[,:;]\s*)(\W*(so|okay|ok|and|now|then|alright|right|well|please|first|next|great|"
    r"sure)\b,?\s*)*((can|could|would|will) you (please )?|please |maybe you can |i('d| would) "
    r"like (that )?you (to )?|i want you to )?(tell (me|us) about|talk (to )?(me|us) (about|"
    r"through)|talk about|walk (me|us) through|describe|share|explain|recount|give (me|us) |"
    r"think (back )?(about|of|to)|(\w+ )?to hear about|(let's|let us) hear about)"
    r"( for me| with me| with us)? "
    rf"((a|an|one|another) (?!(typical|normal|usual|ideal|good|great|perfect|average)\b)"
    rf"(([\w'-]+ ){{0,2}}?{_EVENT}s?|[\w'-]+ ([\w'-]+ )?{_PERSON})\b(?! (of|in|at|on|for) "
    r"(the|this|that|it|those|these)\b)|(some )?(feedback|advice|criticism|pushback|praise) "
    r"(that )?you\b)",
    re.IGNORECASE,
)
"""A thing that happens, or a person described ("a difficult stakeholder"), named bare as what
a request for a story asks for: "Tell me about a mistake." Not a typical day or an ideal
manager, and not a part of something already named ("an example of that")."""
_WHEN_YOU = _Lazy(
    rf"\bwhen you (first |last |once |recently )?{_PAST} ([\w'-]+ ){{0,3}}?(a|an|one|some|any)\b"
    rf"|\bhow have you (\w+ )?{_PAST}\b",
    re.IGNORECASE,
)
"""A question about an occasion in the candidate's past that it names as new ("What did you do
when you disagreed with a decision...?", "How have you handled feedback you disagreed with?");
with no pronoun or "the" in the sentence, which would point at the story being told."""
_RECOUNT = _Lazy(
    rf"\b(how|when|what) you (first |last |once |recently |actually )?{_PAST} "
    r"([\w'-]+ ){0,3}?(a|an|one|some|any)\b|\babout when you\b"
    r"|\byour experience (of |in )?\w+ing (a|an|one|some|any)\b",
    re.IGNORECASE,
)
"""A request to recount how the candidate handled something new: "Describe how you dealt with a
team member who...", "Tell me about when you first managed people"."""
_WHAT_A = _Lazy(
    rf"\bwhat('s| is| was)\s+(a|an|one|another)\s+"
    rf"(?!([\w'-]+ ){{0,2}}?({_TRAIT}|metric|kpi|number|figure|measure)s?\b)"
    rf"([\w'-]+ ){{1,3}}?(that |which )?you('ve| have| had)? (\w+ )?{_PAST}\b",
    re.IGNORECASE,
)
"""A question naming something of any kind that the candidate lived through as new: "What's a
near miss you were involved in?" (a thing the event list need not know); not a tool or a
trait ("What's a framework you used?")."""
_NARRATION = _Lazy(rf"\b(I|we)( \w+ly)? {_PAST}\b", re.IGNORECASE)
_RECORD = _Lazy(r"\byour (cv|resume|résumé|profile|linkedin|portfolio|application)\b|\b(at|in) "
                r"your (previous|last|former|old|current) (company|job|employer|role|team|firm|"
                r"position)\b", re.IGNORECASE)
"""The candidate's record or past job, where an interviewer finds a situation to ask about."""
_YOU_DID_IT = _Lazy(rf"\byou('ve| have| had)? (\w+ )?{_PAST}\b", re.IGNORECASE)
_HYPOTHETICAL = _Lazy(
    r"\b(how|what) would you (approach|handle|do|go about|deal with|tackle|design|build|"
    r"prioriti[sz]e|structure|plan|set up|organi[sz]e|decide|start)\b|\bwhat('d| would) you do\b"
    r"(?! differently)|\bimagine\b|\bsuppose\b|\bwhat if\b|\bif you (were|had to|joined|got)\b"
    r"|\bhow do you (usually |generally |typically |normally )?(approach|handle|deal|think|decide|"
    r"prioriti[sz]e|manage|go about)\b|\b(what|how) do you (typically|usually|generally|normally|"
    r"tend to)\b|\bwhat do you do (when|if)\b|\byou('d| would) (want|need|prefer)\b",
    re.IGNORECASE,
)
_BACK = _Lazy(
    r"\b(that|this|those|these|the same|that same) ((?!(you|your|my|our|his|her|their|the|a|an)\b)"
    r"\w+ ){0,2}?(project|situation|decision|"
    r"time|conversation|launch|person|manager|customer|client|team|role|job|company|case|"
    r"incident|meeting|experience|story|example|feature|approach|change|issue|problem|mistake|"
    r"release|migration|deal|product|plan|process|period|call|feedback|outcome|result)\b|"
    r"\byou (mentioned|said|talked about|described|brought up)\b(?! (on|in) your (cv|resume|"
    r"résumé|profile|linkedin|portfolio|application|cover letter)\b)|\bgoing back to\b|\bin that\b"
    r"|\b(do|did) (that|it|this) again\b|\b(that|it|this) again\b|\bsince then\b|\bafter that\b"
    r"|\blooking back\b"
    r"|\b(example|instance)s? of (one of )?(that|this|it|those|these|the)\b"
    r"|\b(was|is|were) (that|this|it) (the|your)\b"
    r"|\b(a|an|one|another) (time|case|point|moment|situation|occasion|instance)s? (when |where "
    r"|in which )?(it|this|he|she|they)\b",
    re.IGNORECASE,
)
"""Words that point back at the story being told."""
_DETAIL = _Lazy(r"\b(an? |one )?(example|instance)s? of (that|this|it|those|these|how|what|why)\b",
               re.IGNORECASE)
"""An example of a detail of the story: "Can you give me an example of how you measured that?"."""
_ENDS_ON_IT = _Lazy(r"\b(there|that|it|this|them)\s*\?|\b(differently|in hindsight|next time)\b",
                    re.IGNORECASE)
"""A question about "it" or "there", or what to do "differently": the story being told, unless
the sentence has just named something new it stands for ("a challenging project and your role
in it?", "a time you made a mistake, and what you'd do differently")."""
_PROBE = _Lazy(r"^\W*((so|okay|ok|and|but|right),?\s+)*(was|were|did|is|has|had)\b|\b(example|"
               r"instance)s? of\b", re.IGNORECASE)
"""A yes/no probe ("Was there a moment when...?") or a request for an example of something."""
_THE_STORY = _Lazy(
    r"\bthe ([\w-]+ )?(project|approach|plan|process|situation|decision|launch|migration|rollout|"
    r"incident|period|change|conversation|meeting|deal|negotiation|outage|crisis|pilot)\b",
    re.IGNORECASE,
)
"""The story's own things, named as known: a probe that names one asks about the story told
("Was there a moment when you doubted the approach?")."""
_INDEFINITE = _Lazy(r"\b(a|an|one|another|some|any|something|someone|somebody)\b", re.IGNORECASE)
_SKILL = _Lazy(
    r"\bever (used|tried|worked (with|in|on)|heard of|been to|visited|coded|programmed|written|"
    r"touched|played with|seen|read|set up|configured|deployed|studied|learned)\b"
    r"(?! (a|an|any|some|someone|somebody|something|to|with a|on a|in a)\b)",
    re.IGNORECASE,
)
"""Whether the candidate knows a tool or a place ("Have you ever used Kubernetes?"): a check of
experience, not a request for a story."""
_WOULD = _Lazy(r"\bwould you\b|\bif you\b|\byou would\b", re.IGNORECASE)
"""Any conditional: a story told in reply to it is an illustration, not the question's answer."""
_POINTING = _Lazy(r"\b(it|this|they|them|he|she|him|her|those|these|there)\b", re.IGNORECASE)
_HAPPENED = _Lazy(
    r"\b(something|a thing|one thing) (that )?(went|didn't|did not|turned out|failed|happened|"
    r"worked|changed|surprised)\b", re.IGNORECASE)
"""Something that happened, asked for as a new story ("What's something that didn't work out
the way you hoped?"); a yes/no probe ("Was there something that went wrong?") stays with the
story told."""
_LIVED = _Lazy(
    r"\b(how|what) (was|were|did|is|has been) (it|that|things|life) (\w+ ){0,2}?(like|go|feel|"
    r"for you)\b|\bhow did you (feel|find it|cope|get on)\b",
    re.IGNORECASE,
)
"""An ask about how a lived moment went or felt: "How was it for you...", "What was it like..."."""
_MOMENT = _Lazy(
    rf"\b(when|while|as|after) you (first |last |once |finally |ever )?(had to|{_PAST})\b"
    r"|\bthe (first|last|only) time (that |when )?you\b"
    r"|\bthe ([\w'-]+ ){0,2}?(day|night|morning|afternoon|evening|week|weekend|shift|month|year|"
    r"moment|point|time) (when |where |that |on which )?you\b",
    re.IGNORECASE,
)
"""A moment of the candidate's own, named by what they did then: "when you had to...", "the
first time you...", "the day when you..."."""
_NEW_IN_IT = _Lazy(
    rf"\b(a|an|one|another|some|any|someone|somebody|something)\b|\bhad to\b"
    rf"|\b\w+s (that|which|who) (\w+ )?{_PAST}\b",
    re.IGNORECASE,
)
"""Something new in a moment's clause ("when you had to cut hours", "when you took over a
class", "when you presented numbers that contradicted..."): a follow-up's moment names only the
story's own things ("when you told your boss")."""
_SETTING = _Lazy(
    r"\b(a|an|one|another) ([\w'-]+ ){0,2}?(time|day|night|morning|afternoon|evening|week|"
    r"weekend|shift|moment|point|occasion|meeting|month|quarter) (when|where|that|in which|on "
    r"which)\b"
    rf"|\bthe (last|first|most recent|latest) ([\w'-]+ ){{0,3}}?(you|your \w+) ({_PAST}|have|"
    r"had)\b",
    re.IGNORECASE,
)
"""A moment set up before it is asked about: "a morning when one of your dashboards...", "the
last big one your team had"."""
_HAPPENING = _Lazy(
    r"\bwhat (happened|did you do|did you say|went wrong|was (it|that) like)\b|\bhow did (you|"
    r"it|that|things) \w+|\b(talk|walk|take) (me|us) through\b|\btell (me|us) (about )?(it|that|"
    r"what|how)\b",
    re.IGNORECASE,
)
"""An ask about what happened and what the candidate did."""
_YOU = _Lazy(r"\b(you|your)\b", re.IGNORECASE)
_MORE = _Lazy(r"\bmore\b", re.IGNORECASE)
""""Tell me more about the day you...": the story being told."""
_IDIOM = _Lazy(
    r"\b(give|bear with) (me|us) (a|one|just a) (moment|second|sec|minute)\b|\b(for|in|just) a "
    r"(moment|second|minute)\b|\bat the moment\b",
    re.IGNORECASE,
)
"""Words that name a moment without meaning one: "give me a moment", "at the moment"."""
_THE = _Lazy(r"\bthe\b", re.IGNORECASE)
_PRONOUN = _Lazy(r"\b(it|that|this|they|them|he|she|him|her|there|those)\b", re.IGNORECASE)
_SIGNPOST = _Lazy(
    r"\b((let['’]?s|let us|we['’]ll|we will|i['’]d like to|i want to|time to|shall we|can we|we "
    r"can|we should|now to|ready to) move on|(^|[.!?:]\s+)((ok(ay)?|so|right|great|thanks|"
    r"good),? )?moving on|moving along|let's move|switch(ing)? gears|chang(e|ing) (of )?(the )?"
    r"(topic|tack|direction|subject)|different (topic|area|question|direction|subject)|something "
    r"(different|else)|another (one|question|area|topic)|let's talk about|shift(ing)? (gears|to)|"
    r"(last|final|next|first) (question|one|topic|area)|one more (question|for you)|first up|"
    r"next up|let's (start|begin|get started|dive in|get into it)|i want to ask (you )?about|"
    r"turning to|i('d| would) like to (ask|move|turn)|(one thing|something|a question) i "
    r"(always|usually|like to|often) ask)\b",
    re.IGNORECASE,
)
"""A signpost: whatever follows is a new question, not more of the last one. "Move on" signposts
as the interviewer's own step ("Let's move on", "Moving on,"), not as what they ask about
("Why not just flag it to the doctor and move on?")."""
_LEAD = _Lazy(
    r"(^|[.!?:]\s+)(ok(ay)?,? |alright,? |so,? |and,? |right,? )?(to start|to begin|to kick off|"
    r"first|next|now|then)\b",
    re.IGNORECASE,
)
"""A sentence that opens with "Next," or "Then,": a signpost when a new situation follows."""
INTRO = _Lazy(
    r"\btell (me|us) (a (little|bit) )?(a (little )?bit )?about yourself|walk (me|us) through "
    r"your (resume|cv|background|career)|why (do you want|are you interested|this role|"
    r"our company|are you looking)|what (brings you|interests you|do you know about)|"
    r"where do you see yourself|what (made|makes) you (want to )?(apply|join|choose|interested)|"
    r"why (us|here|now)\?",
    re.IGNORECASE,
)
"""Questions that are not about a past situation: introductions and motivation."""
SMALL_TALK = _Lazy(
    # Every branch starts a word, so the branches are tried at word starts only: this runs
    # over every sentence a candidate says.
    r"\b(?:can you hear me|(see|hear) me (ok|okay|alright|all right|now)"
    r"|how('s| is| was) your (day|week|weekend|morning|afternoon)"
    r"|(is that|was that|i hear|i heard|i can hear) (a |your )?(dog|cat|baby|kid|child|doorbell|"
    r"phone)|you('re| are) (frozen|breaking up|on mute|muted|echoing|cutting out)"
    r"|(your|the|my) (audio|connection|internet|wifi|wi-fi|camera|mic|microphone|sound|video|"
    r"noise|background|headphones|headset|earbuds)\b|weather\b|echo\b"
    r"|somewhere quiet\b|still there\?|(too|very|a bit|a little) (loud|noisy)\b"
    r"|i can (hear|see) (you|it|your screen)\b|you (froze|dropped off|cut out)\b"
    r"|(are you|you're|you are) (still )?(there|back)\b|i('m| am) back\b"
    r"|(my|the|our) (dog|cat|baby|kids?|son|daughter|doorbell|neighbou?r'?s?( \w+)?)\b"
    r"[^.?!]{0,25}\b(bark\w*|cry\w*|ring\w*|at the door|noise|again)\b"
    r"|sorry,? (that's|that is|it's) (my|the) (dog|cat|baby|kids?|doorbell|phone|neighbou?r)"
    r"|fire (drill|alarm)\b|(pouring|raining|snowing)\b|parking\b"
    r"|(share|sharing|stop sharing) (my |your |the )?screen\b"
    r"|can you see (it|my screen|this|that)\b|(\w+ )?minutes? (left|remaining)\b"
    r"|(running|short) (low |short )?on time\b"
    r"|(give|bear with) (me|us) (a|one|just a) (moment|second|sec|minute)\b|one sec(ond)?\b)",
    re.IGNORECASE,
)
"""Talk about the call, the room, the day or the time left: never part of an answer."""
_TOLD = _Lazy(
    r"\b(\w+ed|was|were|had|did|took|went|got|made|came|said|told|found|gave|saw|felt|left|ran|"
    r"brought|thought|kept|spent|became|began|broke|caught|grew|knew|lost|won|wrote|sold|paid|"
    r"sent|met|led|built|fell|held|stood|spoke|understood|drove|chose|meant|dealt)\b",
    re.IGNORECASE,
)
"""A verb in the past ("let", "set", "put" left out: "let me share my screen")."""
_ACK = _Lazy(
    r"^\W*((yes|yeah|yep|sure|okay|ok|great|perfect|right|thanks|thank you|of course|no "
    r"(problem|worries)|not at all|that's fine|it's fine|all good|sorry( about that)?|"
    r"take your time|go ahead|loud and clear|i did|fine|good|nice|cool|lovely|excellent|ha(ha)?|"
    r"got it|makes sense|interesting|wonderful)\b[\s,.!]*)+$",
    re.IGNORECASE,
)
"""A reply that only acknowledges: "Of course, no problem.", "Sure.", "Sorry about that."."""


def small_talk(text: str) -> bool:
    """Whether a turn is all small talk: some sentence is about the call, the room or the
    time, and every other one only acknowledges; nothing in it asks for or tells a story."""
    if len(text.split()) > 45 or not SMALL_TALK.search(text):
        return False  # most turns, decided without reading each sentence
    said = sentences(text)
    talk = [s for s in said if SMALL_TALK.search(s)]
    # A statement in the past beside the talk is a fact of a story: "The background check
    # took two weeks", "The fire alarm went off during the audit".
    return bool(talk) and all(
        s in talk or _ACK.search(s) or (len(s.split()) <= 4 and "?" not in s)
        for s in said) and not any(
        asks_situation(s) or ("?" not in s and _TOLD.search(SMALL_TALK.sub(" ", s)))
        for s in said)


def acknowledges(text: str) -> bool:
    """A short reply that only acknowledges or answers small talk ("Of course, no problem.")."""
    return len(text.split()) <= 12 and all(_ACK.search(s) or SMALL_TALK.search(s)
                                           for s in sentences(text))
_SENTENCE = _Lazy(r"[^.?!]*[.?!]+[\"”’)]*\s*|[^.?!]+$")


@dataclass(frozen=True)
class Reading:
    """What a turn does, and where its question starts when it asks one."""

    kind: Kind
    start: int = 0


def sentences(text: str) -> list[str]:
    """The sentences of a turn."""
    return [s.group() for s in _sentences(text)]


def _sentences(text: str) -> list[re.Match[str]]:
    return [s for s in _SENTENCE.finditer(text) if s.group().strip()]


def asks_situation(sentence: str) -> bool:
    """Whether a sentence asks for a past situation of the candidate's own (not what they
    would do: "How would you handle a situation where...?" is hypothetical)."""
    sentence = _IDIOM.sub(" ", _SKILL.sub(" ", sentence))
    if _HYPOTHETICAL.search(sentence):
        return False
    asks_lived = _LIVED.search(sentence) or (_REQUEST.search(sentence) and not _MORE.search(
        sentence))
    if asks_lived and (moment := _MOMENT.search(sentence)) is not None:
        rest = sentence[moment.start():]
        if not _POINTING.search(rest) and not _BACK.search(rest) and (
                _NEW_IN_IT.search(rest) or "time" in moment.group().lower()):
            return True
    if _EXPERIENCE.search(sentence) and _ASKS.search(sentence):
        return True
    if _HAPPENED.search(sentence) and _ASKS.search(sentence) and not _PROBE.search(sentence):
        return True
    unanchored = not _PRONOUN.search(sentence) and not _THE.search(sentence)
    if _WHEN_YOU.search(sentence) and _ASKS.search(sentence) and unanchored:
        return True
    if _WHAT_A.search(sentence) and unanchored:
        return True
    if not _REQUEST.search(sentence):
        return False
    return bool(_ANY_SITUATION.search(sentence) or _BARE.search(sentence)) or bool(
        _RECOUNT.search(sentence) and unanchored)


_OPENS_REQUEST = _Lazy(
    r"^\W*((so|okay|ok|and|now|alright|right|well|great|then),?\s+)*(please |can you |could you "
    r")?(tell|talk|walk|take|describe|share|explain|recount|give|think|i('m| am) (curious|keen|"
    r"interested)|i('d| would) (love|like) to (hear|know|understand))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = _Lazy(r"\b(I|I'm|I've|I'd|[Mm]y|[Mm]e)\b")


def asks_something(text: str) -> bool:
    """Whether a turn asks the candidate something, as a question or as a request ("Walk me
    through what happened after that."), rather than only acknowledging ("Okay, go on.")."""
    return "?" in text or any(_OPENS_REQUEST.search(s) for s in sentences(text))


def speaks_to_candidate(text: str) -> bool:
    """Whether an utterance (with no speaker named) is the interviewer's: it asks, requests a
    story ("I'm curious how that went"), or tells the candidate what they did ("You rolled
    out a new system at Acme") or sets up a moment of theirs ("Go back to a morning when one
    of your dashboards was wrong.") without a word about the speaker's own doings."""
    said = sentences(text)
    return text.rstrip().endswith("?") or any(
        asks_situation(s) or _OPENS_REQUEST.search(s) for s in said) or bool(
        INTRO.search(text) or SMALL_TALK.search(text) or WRAP_UP.search(text)) or (
        bool(_YOU_DID_IT.search(text) or (_SETTING.search(text) and _YOU.search(text)))
        and not _FIRST_PERSON.search(text))


def read_turn(text: str, *, in_question: bool, started: bool = False,
              open_question: str | None = None) -> Reading:
    """What an interviewer's turn does.

    `in_question`: a behavioral question is open and the candidate has answered it, so an
    ask may be a follow-up; `started`: some behavioral question has been asked already (a
    "questions for us?" before any is about the interview's format, not its end);
    `open_question`: the question still open, which a new ask may press on.
    """
    sentences = _sentences(text)
    for n, sentence in enumerate(sentences):
        said = sentence.group()
        if (started or in_question) and "?" in said and WRAP_UP.search(said):
            # Handed over to the candidate: what follows is theirs ("Anything you'd like to
            # ask me? What's the biggest problem you'd want me to fix?" with no speakers).
            return Reading("wrap_up")
        if not asks_situation(said) and not _told_then_asked(sentences, n) and \
                not _set_then_asked(sentences, n):
            continue
        if _aside(said):
            continue
        if in_question:
            before = text[:sentence.start()]
            signposted = any(p.search(before) or p.search(said) for p in (_SIGNPOST, _LEAD))
            if not signposted and (_points_back(said) or open_question is not None and
                                   _presses_on(open_question, said)):
                return Reading("follow_up")
        return Reading("question", sentence.start())
    if (started or in_question) and WRAP_UP.search(text):
        return Reading("wrap_up")
    if small_talk(text) and not _YOU_DID_IT.search(text) and not _BACK.search(text):
        return Reading("small_talk")
    if INTRO.search(text):
        return Reading("intro")
    if in_question and _new_general(sentences, text):
        return Reading("general")
    return Reading("follow_up" if in_question and "?" in text else "other")


def open_ask(text: str) -> int | None:
    """Where a turn's plain question starts (its first asking sentence), unless the turn is
    hypothetical, an introduction, small talk or the wrap-up. Outside a question, such a turn
    answered with a story is a behavioral question phrased in a way `read_turn` does not
    know: the reply shows it."""
    asking = [s for s in _sentences(text) if "?" in s.group() or _REQUEST.search(s.group())]
    if not asking or _aside(text) or SMALL_TALK.search(text) or any(
            _HYPOTHETICAL.search(s.group()) or _WOULD.search(s.group()) for s in asking):
        return None
    # "What's changed over those four years?" after "Tell me about yourself" follows up the
    # introduction, whatever story it gets.
    asked = text[asking[0].start():]
    signpost = _SIGNPOST.search(text)
    if signpost is None and (_BACK.search(asked) or _POINTING.search(asked)):
        return None
    if signpost is not None and signpost.start() < asking[0].start() and \
            _POINTING.search(asking[0].group()):
        # "Let's begin with the project that mattered most to you. Tell me about it.": the
        # "it" stands for what the signposted sentence named, which is the question's.
        return next(s.start() for s in _sentences(text) if s.end() > signpost.start())
    return asking[0].start()


def narrates(text: str) -> bool:
    """A reply that goes on with a story: something done in the past by "I" or "we", in more
    than a few words."""
    return len(text.split()) >= 12 and _NARRATION.search(SMALL_TALK.sub(" ", text)) is not None


def tells_story(text: str) -> bool:
    """A reply that narrates what the candidate did: long, with several things done in the
    past by "I" or "we" (a hypothetical answer says "I would")."""
    return len(text.split()) >= 60 and len(_NARRATION.findall(text)) >= 3


_DRILLED = _Lazy(r"\b(?:a|one|the) (?:specific|concrete|particular|single) (?:thing|step|"
                 r"action|change|decision)s? (?:that )?you (?:did|made|took|changed|tried|said)\b",
                 re.IGNORECASE)
"""An ask that drills into the story for one of the candidate's steps: "Can you give me a
specific thing you did in the first month?"."""
_PRESSED = _Lazy(r"\b(?:did|do|have|had|were) you\b[^.?!]*\b(?:yourself|personally)\b|"
                 r"\byou,? (?:yourself|personally),? (?:\w+ )?(?:did|do|have|had|spoke|talked|"
                 r"met|went|saw)\b", re.IGNORECASE)
"""An ask that presses for the candidate's own part in what the story told of a team or a
process: "When did you last speak to a customer yourself?" after a story of dashboards. It
asks for no new story, unlike "Tell me about a time you personally had to let someone go"."""
_WHAT_ABOUT = _Lazy(r"^\W*(?:(?:and|ok|okay|right|so|nice|sure),? )*(?:what|how) about\b",
                    re.IGNORECASE)
"""An ask with no verb of its own that carries on the last one: "What about more generally, a
bug you misdiagnosed?" after "Was there a point where you went down the wrong path?". Asking
for "a time" it opens a new story all the same ("What about a time you disagreed with her?")."""
_NEW_STORY = _Lazy(r"\b(?:a|an|one|another) (?:[\w'-]+ )?(?:time|situation|example|occasion|"
                   r"instance|moment|story)\b|\bhave you (?:ever|had to)\b", re.IGNORECASE)


_INSTANCE = _Lazy(
    r"\b(?:a|one|any) (?:specific|particular|concrete|single|actual) (?:time|moment|day|week|"
    r"example|instance|occasion|point|case|situation|incident)\b", re.IGNORECASE)
"""An ask for one instance of what was just told ("Can you give me a specific day where that got
tested?"): pressing on the answer when it names no subject of its own."""
_THAT_ONE = _Lazy(
    r"\b(?:on|in|at|during|from|with|after|before) (?:that|those) (?!(?:you|i|we|he|she|they|it|"
    r"was|is|were|are|the|a|an|time|role|job|company|firm|position|stage|point)\b)[a-z][\w-]*\b",
    re.IGNORECASE)
"""Something of the story pointed back at ("Was there anything you did on that flight that
wasn't part of the service?"): pressing on the answer unless it asks for a new story in it."""
_ANOTHER = _Lazy(r"\b(?:another|a second|a different|one more) (?:[\w'-]+ )?(?:time|situation|"
                 r"example|occasion|instance|moment|story|one)\b", re.IGNORECASE)
"""An ask for a second story, which is a segment of its own whatever it is about."""


def _presses_on(open_question: str, said: str) -> bool:
    """Whether an unsignposted ask for a situation presses on the question still open rather
    than asking a new one: it points back at the story ("on that flight") without asking for a
    new one in it, it asks about the same competency ("Tell me about a time you had a serious
    disagreement" then "Think of a time where you and someone genuinely didn't agree" when the
    story told had none), or it asks for one instance of what was told while naming no subject
    of its own. In the interview sets, 1 of 108 pairs of questions in a row infer to one
    competency, and that one is signposted ("Next: ...")."""
    if _ANOTHER.search(said):
        return False
    if _THAT_ONE.search(said) and not _NEW_STORY.search(said):
        return True
    from roundtable.inference import infer_competency  # the catalog, only for transcripts

    new = infer_competency(said, "")
    if new.competency.id == infer_competency(open_question, "").competency.id:
        return True
    return _INSTANCE.search(said) is not None and not new.confident


def _points_back(sentence: str) -> bool:
    """An ask about the story being told. Only the asking sentence counts: in "Think of a
    time you had to say no. How did you handle it?" the "it" is the new situation."""
    if _BACK.search(sentence) or (_PROBE.search(sentence) and _THE_STORY.search(sentence)) or \
            _DRILLED.search(sentence):
        return True
    if (_PRESSED.search(sentence) and not _BARE.search(sentence) or _WHAT_ABOUT.search(sentence)) \
            and not _NEW_STORY.search(sentence):
        return True
    sentence = _DETAIL.sub(" ", sentence)
    it = _ENDS_ON_IT.search(sentence)
    if it is None:
        return False
    named = _INDEFINITE.search(sentence)
    return (it.group(1) or "").lower() == "there" or named is None or named.start() > it.start()


def _told_then_asked(sentences: list[re.Match[str]], n: int) -> bool:
    """Sentence `n` names something the candidate did, in a turn that is about their past,
    and a later sentence asks about it: "I read your CV. I saw that you led the migration
    at Acme. Walk me through that." """
    said = sentences[n].group()
    about_past = any(_EXPERIENCE.search(s.group()) or _RECORD.search(s.group())
                     for s in sentences[:n + 1])
    return about_past and bool(_YOU_DID_IT.search(said)) and any(
        _ASKS.search(later.group()) and not _aside(later.group())
        and not _HYPOTHETICAL.search(later.group()) for later in sentences[n + 1:])


def _set_then_asked(sentences: list[re.Match[str]], n: int) -> bool:
    """Sentence `n` sets up a moment of the candidate's own and a later sentence asks what
    happened in it: "Picture the last time you were short-staffed. What did you do?", "Go back
    to a morning when one of your dashboards was wrong. What happened?" """
    said = _IDIOM.sub(" ", sentences[n].group())
    if not (_SETTING.search(said) or _EXPERIENCE.search(said)) or not _YOU.search(said) or \
            _HYPOTHETICAL.search(said) or _WOULD.search(said) or _BACK.search(said):
        return False
    return any(_HAPPENING.search(later.group()) and not _HYPOTHETICAL.search(later.group())
               and not _WOULD.search(later.group()) and not _aside(later.group())
               for later in sentences[n + 1:])


def _aside(sentence: str) -> bool:
    """An introduction or wrap-up question, which no situation turns into a behavioral one."""
    return bool(INTRO.search(sentence) or WRAP_UP.search(sentence))


_VIEWS = _Lazy(
    r"\bwhat('s| is| are) your (\w+ )?(philosophy|view|views|take|opinion|stance|thoughts|"
    r"approach to|position)\b|\bwhat do you think (about|of)\b|\bhow do you feel about\b|"
    # ("Do you know why the postcode format caused the rejection?" drills into the story)
    r"\bdo you (have|know(?! (why|how|what|who|where|when|whether|if)\b)|use|like|enjoy|prefer)\b|"
    r"\bwhat('s| is| are| would you say is| would you say are) your (\w+ )?(weakness|weaknesses|"
    r"strengths?|weak spots?|development areas?)\b|"
    r"\bwhat are you looking for\b",
    re.IGNORECASE,
)
"""A question about the candidate's views, likes or knowledge now, not about a past event."""
_DUMMY_IT = _Lazy(r"\b(handle|deal with|cope with|manage|approach|tackle) it (when|if)\b",
                  re.IGNORECASE)
"""An "it" that points at the situation the question goes on to name, not at the story told
("How do you handle it when two colleagues both need you?")."""


def _new_general(sentences: list[re.Match[str]], text: str) -> bool:
    """A hypothetical or general question that points at nothing in the story told: a new
    question the product does not review (a follow-up asks "What would you do differently?",
    or "How would you handle it now?"); a question about views ("What's your philosophy on
    homework?") or a tool check ("Have you ever used Epic?")."""
    asked = [s.group() for s in sentences if "?" in s.group()]
    return any((_HYPOTHETICAL.search(s) or _VIEWS.search(s) or _SKILL.search(s))
               and not _points_back(s) and not _PRONOUN.search(_DUMMY_IT.sub(" ", s))
               for s in asked) or (
        bool(_SIGNPOST.search(text)) and bool(asked)
        and not any(_points_back(s) for s in asked))
