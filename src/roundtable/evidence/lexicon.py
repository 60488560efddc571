"""The phrase patterns behind each evidence kind.

These are general behavioral-interview markers, not competency rules: competency-specific
phrases live in the competency files as `cues`. Each kind maps to one case-insensitive regex;
a sentence matching it is evidence of that kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from roundtable import regexes as re
from roundtable.json_cache import computed
from roundtable.regex_gate import (
    PARTS_FORMAT,
    DeferredIndex,
    NeedleIndex,
    leftmost_spans,
    lowered_source,
    lowers_exactly,
    parts,
)

# An event that went ahead is no one's call: "The party went ahead", where "we went ahead" is.
EVENT_WENT_AHEAD = "".join(
    rf"(?<!\b{event} )" for event in (
        "party", "wedding", "event", "launch", "opening", "show", "ceremony", "funeral", "concert",
        "festival", "surgery", "operation", "inspection", "exam", "audit", "visit", "match",
        "meeting", "trip", "move")) + "went ahead"

# Numbers as people say them: "from twelve percent to three", "eighty percent of them".
_SPELLED = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a hundred|hundred|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(one|two|three|four|five|six|seven|eight|nine)"
)

# Spelled counts without "one" (see "metric"), and what a number measures in a story.
_SPELLED_COUNT = _SPELLED.replace("one|two|", "two|", 1) + r"|a dozen|dozens of|hundreds of"
_UNITS = (
    r"%|percent|percentage points?|pp\b|x\b|ms\b|milliseconds?|users?|customers?|clients?|"
    r"accounts?|engineers?|people|tickets?|points?|bps|basis points|k\b|m\b|mm\b|million|"
    r"billion|thousand|hundred|times|fold|stores?|sites?|teams?|reps?|calls?|orders?|deals?|"
    r"releases?|bugs?|incidents?|requests?|queries|pages?|steps?|features?|hires?|members?|"
    r"patients?|students?|nps|"
    # what work outside software counts: weights and volumes, vehicles, rooms, cases, guests
    r"kilos?|kg|kilograms?|tonnes?|tons?|lbs?|litres?|liters?|gallons?|miles?|km|kilometres?|"
    r"beds?|pallets?|trucks?|lorries|vans?|buses|flights?|shipments?|deliveries|parcels?|"
    r"meals?|covers|rooms?|guests?|bookings?|residents?|families|complaints?|errors?|"
    r"mistakes?|claims?|cases?|invoices?|visits?|vehicles?|shifts?|items?|units?|"
    r"appointments?|applications?|transactions?|records?|downloads?|sign-?ups?|sessions?|"
    r"messages?|emails?|signatures?|forms?|samples?|patients?|passengers?|jobs?|"
    # any count in the thousands: "11,000 appointments", "2,400 returns"
    r"(?<=\d,\d\d\d )[a-z-]+s\b"
)
# "…were out of my hands, and who owned them" is candour about who can fix it, not blame.
# How it looked to others places no blame: "the steel fixers were annoyed because it looked like
# it was on them, and it wasn't fully".
_LOOKED_LIKE = (r"(?<!looked like it )(?<!looks like it )(?<!seemed like it )"
                r"(?<!seems like it )(?<!as if it )")
_WHO_CAN_FIX = (r"(?![^.]{0,30}\b(?:and (?:who|which team) (?:owned|could|would)|so i (?:passed|"
                r"handed|flagged|escalated|introduced)))")
# "In private" as the sector one works in, not a word had alone: "in private tutoring I was used
# to one student", and the teaching done "privately" (see the empathy and raised families).
_NOT_THE_SECTOR = (r"(?! (?:tutoring|practice|sector|schools?|hospitals?|clinics?|equity|"
                   r"companies|company|lessons|banking|care|healthcare|hire|rented))")
# (and as notes shorten them: "down to 25 min avg", "2 hrs")
_DURATIONS = r"seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|mins?|hrs?|secs?|wks?"
_NUMBER = r"(?:\d[\d,.]*|" + _SPELLED_COUNT + r")"
# "not a hundred percent sure", "100% committed": the teller's certainty, not a count
_SURE = r"(?! (?:sure|certain|confident|convinced|committed|honest)\b)"

# A lesson that is a class, in a teacher's or a coach's story ("the weekly problem-solving
# lessons", "her maths lesson", "a lesson plan"), not a lesson learned. Checked behind the word
# once it is found, so the text is scanned for "lesson" alone.
_CLASS_KINDS = """maths math english science history music piano driving swimming dance weekly
    daily solving problem double cover reading phonics language french spanish german yoga
    cooking online""".split()
_CLASS_SETTINGS = "in during after before taught teach planned observed ran run".split()
CLASS_LESSON = ("lesson" + "".join(f"(?<!{kind} lesson)" for kind in _CLASS_KINDS)
                + "".join(f"(?<!{setting} the lesson)" for setting in _CLASS_SETTINGS)
                + r"s?(?! plans?\b| on (?:fractions|reading|grammar|algebra|safety)\b)")
"""A lesson learned, not a class: "lesson" or "lessons" with the class senses left out."""

# The candidate's verdict on themselves, told to the interviewer: "I think it showed I stay
# calm", "this shows I'm someone who delivers", "I think I proved I can adapt". It claims a
# trait; what happened is told elsewhere or not at all. What the story showed them ("it showed
# me that…") is a lesson, and what it showed they had done ("it showed I had skipped the
# check", "that I'd misread it") owns a miss: neither is a verdict on themselves.
SELF_APPRAISAL = (
    r"(?:\b(?:it|this|that|which) (?:\w+ly )?(?:shows?|showed|demonstrates?|demonstrated|proves?|"
    r"proved)|\bi (?:\w+ly )?(?:showed|proved|demonstrated)) (?:that |how )?(?:i['’]m\b|i\b(?!['’])"
    r"(?! (?:had|hadn't|should|shouldn't|was wrong|wasn't|missed|made a mistake|got it wrong)\b))|"
    # the verdict announced before it is given: "what it shows is that…", "what this says about
    # me is…", "this is a good example of how I…"
    r"\bwhat (?:it|this|that|the (?:story|whole thing|experience)) (?:\w+ly )?(?:shows?|showed|"
    r"says?|said|demonstrates?|demonstrated|proves?|proved)(?: about me)? (?:is|was)\b|"
    # ("that's an example of me using guest feedback to get to the root cause": no adjective)
    r"\b(?:it|this|that)(?:['’]s| is| was) (?:a |an )?(?:(?:\w+ )?(?:good|great|perfect|clear|"
    r"strong|nice|real|typical) )?example of (?:how i\b|me\b|my\b|being\b|what i\b)|"
    # the call judged by its maker: "In that situation I read the moment correctly"
    r"\bi (?:\w+ly )?(?:read|judged) (?:it|that|this|the (?:moment|situation|room|market)) "
    r"(?:exactly |just )?(?:correctly|right|perfectly)\b|"
    # the story held up as a model of a way of acting: "it's a good example of trusting a
    # well-informed instinct", "a great example of how one person stepping up can…", "my track
    # record speaks for itself"
    r"\b(?:it|this|that)(?:['’]s| is| was) (?:a |an )?(?:\w+ )?(?:good|great|perfect|clear|strong|"
    r"nice|real|typical) example of (?:[\w-]+ing\b|how (?:one person|someone|a person|people)\b)|"
    r"\bmy (?:track record|record|results|work) (?:speaks?|spoke) for (?:itself|themselves)\b|"
    r"\bthe (?:results|numbers) (?:speak|spoke) for (?:themselves|itself)\b|"
    # "that's the philosophy I've built my career on"
    r"\bthat['’]s the philosophy\b"
)
ORDER_LINE = (
    # A line that puts one thing before another, with no verb: "Insulin first.", "Then Mr H's
    # leg ulcer, first thing.", "The rest, next day." A slogan ("Safety first.") orders nothing.
    r"(?:^|(?<=[.!?] ))(?:then |and |so )?(?!(?:safety|customers?|people|patients?|quality|"
    r"family|health|kids|children|guests?|staff|clients?|users?|me|you) first\b)"
    # no subject and no verb: "I called him first" tells a step, not an order
    r"(?:(?!(?:i|we|he|she|they|it|you|is|was|were|are|be|been|had|has|have|did|do|does|got|"
    r"went|came|can|could|will|would|should|must)\b)(?![\w-]+(?:ed|n['’]t)\b)[\w'’-]+[ ,]{1,2})"
    r"{1,5}?(?:first|first thing|next|next day|the next day|tomorrow|later|last|on hold|"
    r"after that|after lunch|in the afternoon|the weekend)(?=\s*(?:[.!?;]|$))|"
    # the order with its reason after it: "Next-day guaranteed and the pharmacy parcels first,
    # those have penalties", "Standard parcels for the big trunks next, because…"
    r"(?:^|(?<=[.!?] ))(?:then |and |so )?(?!(?:i|we|he|she|they|it|you)\b)(?:[\w'’-]+[ ,]{1,2})"
    r"{1,8}?(?:first|next|last),? (?:those|these|they|because|as|since|that['’]s|it['’]s)\b"
)
DEFINITION = (
    # the quality the question asks about, defined in place of a verdict on oneself: "I think
    # that's what customer obsession really looks like: …", "For me, thinking big means …".
    # Told outside the story as a verdict is, and as much a platitude as one.
    r"\b(?:that['’]s|that is|this is) (?:\w+ )?what (?:(?!was\b|were\b)[\w-]+ ){1,6}?"
    r"(?:(?:is|are) (?:really |all )?about|(?:really )?(?:looks? like|means?|comes? down to))\b|"
    # "I think good judgment is really about knowing when to push through": a quality defined,
    # in the present and with "really", "all" or "ultimately" ("the dispute was about money"
    # tells the story)
    r"(?:^\W*|\b(?:think|believe|feel|guess|suppose|honestly|so|and),? )(?!(?:the|this|that|"
    r"these|those|our|my|his|her|their|a|an|it|what)\b)(?:[\w-]+ ){1,3}?(?:is|are) (?:really |"
    r"all |ultimately |always )(?:about|comes? down to)\b|"
    # ("For me the lesson is to check the data first" is a lesson drawn, no definition)
    r"\b(?:for me|to me|in my (?:view|mind|book)),? (?!(?:the |my |one |main |big |biggest |key |"
    r"real )*(?:lessons?|takeaways?|learnings?|thing I (?:learned|learnt|took)|what I (?:learned|"
    r"learnt|took))\b)(?:(?!was\b|were\b)[\w-]+ ){1,4}?"
    r"(?:(?:is|are) (?:really |all )?(?:about|to)|(?:really )?(?:means|comes down to|looks like))"
    r"\b|"
    # a quality said to be about a way of acting: "What I'd say about diving deep is that it's
    # about not letting go", "Backbone isn't about fighting every battle; it's about knowing
    # when to commit", "I think problem-solving is about knowing when to bring in experts"
    r"\b(?:what|the thing|one thing) i(?:['’]d| would) say about (?:[\w-]+ ){1,4}is\b|"
    r"(?:\b(?:it['’]s|it is|that['’]s|that is)|"
    r"(?:^|(?<=[.;:,] ))[\w-]+ing(?: [\w-]+)? is(?:n['’]t)?|"
    r"\b(?:think|believe|feel)(?: that)? (?!(?:the|this|that|it|he|she|they|we|i|my|our)\b)"
    r"[\w-]+(?: [\w-]+)? is(?:n['’]t)?) (?:really |all |ultimately |always |just |mostly |not |"
    r"only )*about (?:not )?[\w-]+ing\b|"
    # the same put other ways: "Frugality for me is about…", "For me trust is like this: …",
    # "Part of being a PM is knowing when to stop listening", "Sometimes delivering means…",
    # "I think that's the right way to think about customer obsession", "I think being a great
    # employer is about trusting people"
    r"\b[\w-]+(?: [\w-]+)? (?:for me|to me),? is (?:really |all |just )?about\b|\bis like this:|"
    r"\bpart of being (?:a |an )?[\w-]+(?: [\w-]+)? is\b|"
    # "I think a big part of leadership is being willing to act when others hesitate"
    # ("part of onboarding is to shadow a nurse" tells a process, not what a quality is)
    r"\bpart of (?:good |great |real )?(?:[\w-]+ship|leading|managing|management|being a [\w-]+) "
    r"is (?:being|knowing|having|making|taking|learning|doing|to|not)\b|"
    r"\bthat['’]s the (?:right|only|best) way to (?:think about|do|approach|look at)\b|"
    r"(?:^|(?<=[.;:] ))(?:sometimes |often |really )?[\w-]+ing(?: [\w-]+)? means\b|"
    r"\bi think (?:being|having|doing) (?:[\w-]+ ){1,3}is (?:really |all |just )?about\b"
)
# What an opinion verb introduces when it frames a lesson rather than a fact: "I think the lesson
# for me was…", "I think what I learned is…", "I think I should have asked sooner". An opinion
# about what one learned does not hedge what happened.
_LESSON = (
    r",? (?:that )?(?:the (?:main |biggest |real |key |most important |big )?(?:lesson|"
    r"takeaway|learning|thing i(?:'d| would)? (?:learned|learnt|took|take|change|changed))|"
    r"what i(?:'d| would|'ve| have)? (?:learned|learnt|took|take|carry|would do|'d do|do "
    r"differently|changed|would change|'d change)|next time|in hindsight|looking back|"
    r"i (?:should|could|would|'d) have|if i (?:did|had|were|was) (?:it|this|that)|"
    r"my (?:lesson|takeaway|mistake|error))"
)
# "What I'd take from it, I think, is…": an opinion verb set inside a cleft, before its copula;
# without the commas ("which I guess was partly my chart") the verb hedges what follows.
_CLEFT = r", (?:is|was|are|were)\b"
LESSON_OPINION = (r"\b(i think|i guess|i suppose|i feel like|i believe)(?:" + _LESSON + "|" + _CLEFT
                  + ")")
"""An opinion verb framing a lesson ("I think the lesson for me was…"): not a hedge."""

# Outcomes told in the plain words of any job, without a signpost: a measure read again after a
# while ("after six months her rebooking was 55 percent"), someone grown into a role ("she became
# our colour specialist"), everyone through ("every bus got through", "all eleven aircraft were
# handled"), nobody harmed and nothing gone wrong ("no kids were left at a stop", "there was no
# safety incident"), a request granted ("approved within five months"). The reading takes them
# as the story's outcome too (`reading._CUE_TEXT`).
# Grounds told plainly, with no "because": the harm a step risks ("lifting him by the arms
# can break his shoulder", "someone could slip"), what could not be put right later ("a wrong
# delivery signed blind couldn't be fixed later"), what could wait, and the rule that says so
# ("his care plan says hoist and two staff").
TERSE_GROUNDS = (
    r"\b(?:could|can|might|may) (?:easily |really |also )?(?:slip|trip|fall|get hurt|be hurt|"
    r"get injured|be injured|be harmed|choke|get sick|break (?:a|an|his|her|their|my|the) "
    r"[\w-]+|lose (?:a|an|the|his|her|their|our) (?:[\w-]+ )?(?:job|jobs|licen[cs]e|place|"
    r"contract|customer|client|account))\b|"
    r"\b(?:couldn['’]t|could not|can['’]t|cannot|can not|wouldn['’]t|would not) be (?:fixed|"
    r"undone|reversed|corrected|recovered|put right|taken back|changed) (?:later|afterwards|"
    r"after(?:wards)?|once|again)\b|"
    r"\b(?:it|that|this|the rest|everything else|[\w-]+ing (?:it|them|the [\w-]+)) (?:could|can)"
    r" (?:easily |safely )?wait\b|"
    r"\b(?:the|his|her|their|our) (?:[\w-]+ )?(?:plan|policy|rules?|procedure|guidelines?|"
    r"protocol|regulations?|law|manual|contract|specs?|sop) (?:says?|said|required|requires|"
    r"require|states?|stated|(?:is|was) clear)\b|"
    # a note's colon after the teller's stand, before why they took it: "- Doubted it: 2 p.m.
    # traffic only 15% above morning", "- Didn't wait: heparin high-alert", "- Skipped trial
    # delivery: wanted menu live" (matched with the note's understood "I"; a decision's colon,
    # "Decided: pour 6 bays", names what was decided, not why)
    r"\bi (?:doubted|questioned|disagreed|objected|pushed back|refused|declined|skipped|held off|"
    r"paused|stopped|said no|didn['’]t (?:wait|agree|accept|buy|sign|go|push)|did not (?:wait|"
    r"agree|accept|sign))\b[^.!?:;=→]{0,40}(?<!\d):\s+(?=\S)|"
    # …and an arrow or an equals sign standing for "which meant" before a risk: "strength
    # mix-up = possible tenfold overdose"
    r"(?:=|→|->) (?:a )?(?:possible|potential|likely|real|serious) (?:risk|[\w-]+ (?:overdose|"
    r"injury|injuries|harm|breach|fine|outage|loss|fire|leak|failure|error))\b"
)

_LANGUAGES = (r"english|spanish|polish|romanian|portuguese|french|german|italian|urdu|punjabi|"
              r"arabic|hindi|bengali|tagalog|mandarin|cantonese|chinese|russian|ukrainian|"
              r"lithuanian|latvian|somali|turkish|greek|welsh|vietnamese|korean|japanese|dutch|"
              r"swahili|tamil|gujarati|(?:their|his|her) (?:own )?language")
_PLACES = (r"bay|ward|store|shop|shift|site|line|team|class|room|route|aisle|branch|van|clinic|"
           r"depot|kitchen|floor")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december)")
# The post the story left someone in, told in the present: "Now I am trainer for new people",
# "now she's the shift lead" (a second language leaves out the article).
ROLE_NOW = (r"\bnow (?:i|he|she|they)(?:['’]m| am| is| are|['’]s|['’]re) (?:a |an |the |our |their "
            r")?(?:[\w-]+ ){0,2}?(?:trainer|supervisor|lead|leader|manager|mentor|head|deputy|"
            r"coordinator|in charge|senior|specialist|expert|buddy|champion|foreman|forewoman|"
            r"chef|sister)s?\b")
# A trouble gone, counted as none for a while after, in a verbless line: "No more night
# collisions that year.", "No Monday tickets from Lincoln since." ("And no money to replace it
# that year" is a constraint). An outcome, and a count of it.
NONE_SINCE = (
    r"^\W*(?:and |so )?(?:no more|no further|not (?:one|a single)|zero|no) (?!(?:money|budget|"
    r"time|staff|cash|funding|way|chance|room|one)\b)(?:[\w'’-]+ ){1,4}?(?:that (?:year|month|"
    r"quarter|season|winter|summer|term|week)|since(?: then)?|after that|all (?:year|season|"
    r"winter|summer|term)|for the rest of the (?:year|season|quarter|term|month)|(?:in|over) the "
    r"(?:next|following) (?:\w+ )?(?:days?|weeks?|months?|years?|quarters?))\b"
)
PLAIN_OUTCOME = (
    ROLE_NOW + r"|"
    # a measure told back where it belongs without a verb, as terse lines tell it: "Rejects
    # from that oven back to about one a week.", "Errors back to zero by 6:25." (with a verb
    # it is told elsewhere; "we sent it back to two of them" is no measure)
    r"^(?:(?!(?:i|we|they|he|she|it|you|there|was|were|is|are|went|got|came|go|goes|sent|send|"
    r"pushed|moved|put|brought|bring|asked|told)\b)[\w%£$'’-]+ ){1,5}?back (?:down |up )?to "
    r"(?:about |around |roughly |under |below |just |only |less than )?(?:zero|nil|normal|full|"
    r"\d|one|two|three|four|five|six)\b|"
    # a spend or a figure that landed, a change nobody could tell, the quality the same, in a
    # terse line: "Came in at £9,200.", "Kids didn't notice a difference.", "Results as good."
    r"\b(?:came|comes|come) in (?:at|under|below|on|within) (?:budget|[£$€] ?\d|\d[\d,.]* ?(?:%|"
    r"(?:k|m|percent|pounds|dollars|euros)\b))|\b(?:didn['’]t|did not|never|couldn['’]t|could not) "
    r"(?:notice|tell|see) (?:a|any|the) difference\b|^(?:the )?(?:results?|quality|scores?|"
    r"grades?|marks?|output|taste|yields?) (?:as good|the same|unchanged|no worse|just as good|"
    r"identical)\b|"
    + NONE_SINCE + r"|"
    r"\bafter (?:a|one|two|three|four|five|six|nine|twelve|\d+) (?:weeks?|months?|years?|terms?|"
    r"seasons?),? (?:her|his|their|our|my|the) (?:[\w-]+ ){0,3}(?:was|were|had|went|reached|"
    r"rose|fell|dropped)\b|"
    # the article is often left out, in a second language or in a trade's way of saying it:
    # "after six months I was made nurse in charge", "he became shift supervisor"
    r"\b(?:became|was made|was promoted to|got promoted to) (?:(?:our|the|a|an) )?(?:[\w-]+ ){0,2}"
    r"(?:specialist|lead|leader|manager|supervisor|trainer|head|senior|partner|mentor|"
    r"coordinator|deputy|expert|in charge)\b|"
    r"\b(?:every|all|each) (?:of the |the )?(?:[\w-]+ ){0,2}(?:got through|made it|got there|"
    r"arrived|passed|(?:were|was|got) (?:handled|served|seen|treated|delivered|checked in|"
    r"cleared|processed|answered|placed|housed|rehoused|fed|finished|completed|done|fixed|"
    r"repaired|back|home|safe|on time))\b|"
    # a patient's care ended well, told by when they left: "he went home on Tuesday", "she was
    # discharged two days later" ("he went home early" left a shift)
    r"\b(?:went|was sent|were sent|got to go|was discharged|were discharged|was back) home "
    r"(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)\b|the (?:next|same|"
    r"following) (?:day|morning|afternoon|evening|week)|(?:two|three|four|five|a few|a couple of|"
    r"\d+) days? later|that (?:evening|night|afternoon)|within)|"
    r"\b(?:was|were) discharged (?:on|the|two|three|four|five|a few|a couple|\d+|within|home)\b|"
    r"\bno (?:one|body|[\w-]+s) (?:was|were|got) (?:left|hurt|injured|harmed|lost|stranded|"
    r"missed|late)\b|"
    # the harm stopped at the door: "Nothing left the building wrong", "none of it reached a
    # patient", "not one wrong pallet shipped" ("nothing left for margin" is what remained)
    r"\b(?:nothing|none of (?:it|them|the [\w-]+)|not (?:one|a single) (?:[\w-]+ )?(?:pallets?|"
    r"cases?|box(?:es)?|parcels?|orders?|items?|doses?|batch(?:es)?|units?|products?|"
    r"samples?)) (?:wrong |bad |faulty |mislabell?ed |contaminated )?(?:left|went out|shipped|"
    r"got out|was shipped|reached|went to)\b(?! (?:for|over|to)\b)|"
    # the fix taken up by the organisation after: "the company added a winter fuel buffer for
    # that airport", "the trust brought in a rule that…" (not "they brought in this new policy")
    r"\b(?:they|the company|head office|management|the (?:[\w-]+ ){0,2}(?:team|department|"
    r"company|airline|trust|council|board|client|site|region|business|school|hospital|practice|"
    r"office)) (?:then |later |also |now |have |has )?(?:added|introduced|brought in|put in|"
    r"built in|adopted) (?:a|an|the) (?:[\w-]+ ){0,3}(?:checks?|steps?|buffers?|rules?|"
    r"polic(?:y|ies)|procedures?|process(?:es)?|controls?|scans?|reviews?|requirements?|"
    r"standards?|limits?|alarms?|alerts?|gates?|sign-offs?|checklists?|forms?|trainings?)\b|"
    # the people the story could have lost, told as none gone: "No family left us", "not one
    # customer cancelled", "nobody moved to another nursery"
    r"\b(?:no|not one|not a single) (?:one|body|(?:[\w-]+ )?(?:family|families|customers?|"
    r"clients?|patients?|guests?|residents?|parents?|children|child|students?|tenants?|members?|"
    r"drivers?|workers?|staff|subscribers?|accounts?)) (?:left|quit|cancelled|canceled|moved|"
    r"went elsewhere|took (?:their|his|her) (?:business|child|children|kids))\b|"
    # the harm the story feared, none in the time told after: "No accident in that time", "we
    # had no empty shelves on a Friday after that"
    r"\b(?:no|zero|not one|not a single) (?:[\w-]+ ){0,2}?(?:incidents?|accidents?|injur(?:y|ies)|"
    r"complaints?|errors?|falls|breaches|outages?) (?:in|over|during) (?:that|those|the) "
    r"(?:(?:[\w-]+ ){0,2}(?:time|period|weeks|months|days|years|term|season|winter|summer))\b|"
    # …or told as a line alone, late in the story: "No injury.", "No fees, no complaints."
    r"^\W*(?:and |so |then )?(?:no|zero) (?:[\w-]+ )?(?:injur(?:y|ies)|accidents?|incidents?|"
    r"complaints?|errors?|falls?|harm|damage|breaches|fines?|fees|losses|delays|returns|"
    r"near[- ]misses)(?:,? (?:at all|either|in (?:that|the) (?:time|period)|since|after(?:wards)?|"
    r"no (?:[\w-]+ )?[\w-]+))?\W*$|"
    r"\b(?:we|they|i) had no (?:more )?(?:empty|missed|late|lost|short|failed|wrong|broken|"
    r"spoiled|spoilt|cancelled|double|unpaid|overdue) [\w-]+\b|"
    r"\b(?:there (?:was|were) )?(?:no|zero) (?:[\w-]+ ){0,2}(?:incidents?|accidents?|"
    r"injur(?:y|ies)|complaints?|errors?|near[- ]misses|delays|breaches|findings|falls|"
    r"no-shows|returns) (?:reported |logged |recorded )?(?:since|after(?:wards)?|that (?:year|"
    r"month|term|season|winter|summer)|all (?:year|month|term|season)|in the (?:next|following)|"
    r"with)\b|"
    # none of the trouble since a time told: "and no short deliveries since March", "not one
    # late van since the new rota"
    # (no news, reply or update since is waiting, not an outcome)
    r"\b(?:no|zero|not one|not a single) (?!(?:news|word|reply|replies|response|answer|update|"
    r"updates|progress|contact|decision|feedback)\b)(?:[\w-]+ ){0,2}[\w-]+s? since (?:then|that|"
    r"the (?:change|fix|new [\w-]+)|last [\w-]+|" + _MONTHS + r"|\d{4})\b|"
    r"\bhad no (?:[\w-]+ ){1,2}(?:go|went|come|came|fail|failed|run|ran|break|broke|miss|missed)"
    r"\b|"
    # none of the trouble again, over a stretch of time told first: "over the next two months
    # there wasn't a single false high", "in the four months after, there were no missed checks"
    r"\b(?:over|in|for|during) the (?:next|following|(?:[\w-]+ ){1,2}(?:days?|weeks?|months?|"
    r"years?|terms?|quarters?) after)\b[^.;!?]{0,30}?\b(?:there (?:wasn't|was not|weren't|were "
    r"not) (?:a single|one|any)|there (?:was|were) (?:no|not (?:a|one) single)|(?:we|i|they) "
    r"(?:had|saw|got|logged) (?:no|zero|not (?:a|one) single)) (?:[\w-]+ ){0,2}?(?:errors?|"
    r"mistakes?|complaints?|incidents?|accidents?|injur\w+|failures?|faults?|defects?|breaches|"
    r"delays?|problems?|issues?|misses|missed|false|wrong|late|repeats?|returns?|no-shows?|"
    r"call-?backs?|outages?|spills?|falls?|crashes|breakdowns?|escalations?|rejects?|rework)\b|"
    r"\b(?:approved|granted|funded|signed off|agreed) (?:within|in|after) (?:a|one|two|three|"
    r"four|five|six|\d+) (?:days?|weeks?|months?)\b|"
    # "…had coped better than they feared", "the practice now uses my idea for every family"
    r"\bbetter than (?:they|we|i|he|she|anyone) (?:had )?(?:feared|expected|hoped)\b|"
    r"\bnow (?:uses?|runs?|follows?|keeps?) (?:my|our|the|it|this|that)\b|"
    # what was tried in one place, now everywhere: "it's now offered in every branch in the
    # county", "the checklist is now used on all three wards"
    r"\b(?:is|are|['’]s|['’]re) now (?:offered|used|run|available|standard|in place|done|given|"
    r"taught|followed|rolled out) (?:in|at|across|by|to|on|for) (?:every|all|each|the whole|"
    r"both)\b|"
    # the thing made still in use, the time told after it: "we use my sheet still today", "the
    # kitchen follows that list to this day"
    r"\b(?:uses?|runs?|follows?|keeps?) (?:my|our|the|it|this|that)(?: [\w-]+){0,3},? (?:still|"
    r"to this day|even today)\b|\bstill (?:uses?|runs?|follows?) (?:my|our|it|this|that)\b|"
    # the loss the story feared, told as not one of it: "the bakery did not lose one day", "we
    # never missed a delivery after that" ("we didn't lose much" says how little, not none)
    r"\b(?:didn['’]t|did not|never|haven['’]t|have not|hasn['’]t|has not|['’]ve not|['’]s not) "
    r"(?:lose|lost|miss|"
    r"missed) (?:a|one|a single) (?:day|shift|order|delivery|customer|client|patient|guest|"
    r"deadline|sale|booking|flight|service|payment|dose|match|hour|minute)\b|"
    # a state kept since: "the classrooms have been warm since"
    r"\b(?:has|have|had) (?:been|stayed|remained) (?:\w+ )?(?:warm|fine|ok|okay|quiet|clean|dry|"
    r"safe|full|busy|calm|stable|on time|right|good|solid|spotless|tidy|steady|working|open|"
    r"accurate|correct) (?:ever )?since\b|"
    # the trouble put right, told plainly: "it got fixed the next day", "it was fine after
    # that", "after that the missing notes stopped", "everything was done two days before"
    r"\b(?:it |that |this |the (?:[\w-]+ ){1,2}?)(?:got|was|were|had been) (?:all )?(?:fixed|"
    r"sorted(?: out)?|repaired|replaced|solved|cleared|back (?:up|on|working))\b|"
    r"\b(?:it|things|everything|all|that) (?:was|were|went|ran) (?:fine|okay|ok|better|"
    r"sorted|smooth|smoothly|back to normal) (?:after that|afterwards|again|from then on|since)\b|"
    r"\bafter that,? (?:the )?(?:[\w-]+ ){1,3}stopped\b|"
    # "it's definitely better than it was", "it runs a lot more smoothly now"
    r"\b(?:it|that|things|everything|the [\w-]+)(?: is|'s| was| are| were) (?:definitely |much |a "
    r"lot |far |so much |really )?better than (?:it|they|things) (?:was|were|used to be)\b|"
    # the state the story left, told in the present: "our work together is better now", "the
    # handovers are much smoother now" ("it is better to ask first" is advice, not a change)
    r"\b(?:it|that|this|things|everything|(?:the|our|my|their|his|her) (?:[\w-]+ ){0,2}?[\w-]+)"
    r"(?: is|'s| are|'re) (?:much |a lot |far |a bit |a little |definitely |really |so much )?"
    r"(?:better|smoother|easier|calmer|quicker|faster|safer|clearer|simpler|happier|tidier|"
    r"quieter) now\b(?!,? (?:to|if|when|whenever)\b)|"
    # …or from then on, told in the past: "It was a bit smoother after that"
    r"\b(?:it|that|this|things|everything|(?:the|our|my|their|his|her) (?:[\w-]+ ){0,2}?[\w-]+)"
    r"(?:['’]s| was| were| got| became) (?:much |a lot |far |a bit |a little |definitely |really "
    r"|so much )?(?:better|smoother|easier|calmer|quicker|faster|safer|clearer|simpler|happier|"
    r"tidier|quieter) (?:after (?:that|this)|since then|from then on|afterwards)\b|"
    r"\b(?:it|that|things|everything|the [\w-]+) (?:runs|ran|works|worked|goes) (?:a lot |much |"
    r"far |so much )?(?:more )?smooth(?:ly|er)\b|"
    r"\b(?:everything |it all |the (?:[\w-]+ ){1,2})was (?:done|finished|ready) (?:in time|on time|"
    r"(?:a|one|two|three|\d+) (?:days?|weeks?|hours?) (?:before|early|ahead))|"
    # Modest outcomes an average answer tells without a number: the trouble ending ("and the
    # complaints stopped"), others taking the thing up ("a couple of other teams started using
    # it"), a change that names what changed ("it made the handovers a bit quicker"), and a
    # state reached after the story's step, with the time it took ("after that the reports
    # were more accurate", "after some months I was comfortable", "she seemed calmer after
    # that"). Each names what changed, so "it all worked out" (filler) stays unread.
    r"\b(?:the|those|all the|our) (?:[\w-]+ ){0,2}?(?:complaints|calls|errors|mistakes|"
    r"questions|tickets|problems|issues|delays|incidents|arguments|escalations|"
    r"mix-?ups) (?:stopped|went away|died down|dropped off|eased off)\b|"
    # finished ahead of the date, told with what was finished: "we finished mapping four days
    # early", "delivered the last batch two weeks before the deadline"
    r"\b(?:finished|delivered|completed|shipped|launched|closed|went live|wrapped up)\b"
    r"[^.;!?]{0,30}?\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|"
    r"weeks?|hours?|months?) (?:early|ahead of (?:schedule|time|the deadline)|before (?:the|"
    r"our) (?:deadline|due date|target))\b|"
    # the work kept going, or finished with its date told: "the line kept running", "we
    # finished a little late" (a miss, which credit weighs as one), "we finished on time"
    r"\b(?:the|our) (?:[\w-]+ )?(?:line|production|site|store|shop|ward|plant|factory|kitchen|"
    r"service|clinic|office|warehouse) (?:kept|stayed) (?:going|running|open|moving)\b|"
    r"\b(?:we|i|they) (?:finally |eventually |still )?(?:finished|completed|handed (?:it )?over|"
    r"wrapped up)(?: (?:it|the (?:[\w-]+ ){0,2}?[\w-]+))? (?:a (?:little|bit|few days|week|day|"
    r"couple of days) |slightly |only (?:a )?(?:little |bit |day |week )?|just )?(?:late|"
    r"behind schedule|early|on time)\b|"
    # what the audience took from it: "I think they understood better afterwards"
    r"\b(?:they|he|she|everyone|people|the (?:[\w-]+ ){0,2}?[\w-]+) understood (?:it |the "
    r"(?:[\w-]+ ){0,2}?[\w-]+ )?(?:much |a lot |far )?(?:better|more)\b|"
    r"\b(?:things|everything|it|work|(?:the|our|my|their) (?:[\w-]+ ){1,2}?)(?:went|got|was|"
    r"were) back to "
    r"normal\b|"
    r"\b(?:(?:a couple of|a few|two|three|four|several|some|more) (?:other )?(?:[\w-]+ )?"
    r"(?:teams|departments|stores|sites|branches|groups|clinics|schools|wards|offices|"
    r"of them|people)|other (?:teams|departments|stores|sites|branches|groups|wards|offices)|"
    r"they|the (?:other )?team|everyone) (?:then |later |soon |also |even )?(?:started|began) "
    r"(?:using|to use|following|to follow|adopting|asking for|copying) (?:it|them|the|our|my|"
    r"this|that)\b|"
    # the candidate's way taken into how the place works: "she copied what I did into our
    # emergency plan", "it's just the normal way now", "it became standard"
    r"\b(?:copied|adopted|took|added|wrote|put|built) (?:what i (?:did|had done|wrote|made|set "
    r"up)|my [\w-]+(?: [\w-]+)?|it|them|the [\w-]+ i (?:made|wrote|drew|built)) into (?:the|our|"
    r"their|its|a|every) (?:[\w-]+ ){0,2}(?:plans?|polic(?:y|ies)|procedures?|process|handbook|"
    r"guide|manual|checklists?|rules|training|standards?|induction)\b|"
    r"\b(?:it|this|that|the [\w-]+)(?:['’]s| is| became| has become) (?:just |now "
    r")*(?:the )?(?:normal|standard|usual) (?:way|practice|procedure|thing)\b|"
    r"\b(?:became|becomes|is now|['’]s now) (?:the )?(?:standard|normal|policy|the rule|"
    r"standard practice)\b|"
    r"\b(?:(?:it|this|that) |the (?:[\w-]+ ){1,2}?)made (?:things |it |the (?:[\w-]+ ){1,2}?)"
    r"(?:a bit |a lot |much |far |a little |quite a bit )?(?:smoother|easier|faster|quicker|"
    r"calmer|safer|clearer|simpler|shorter)\b|"
    r"\b(?:after (?:that|this|a while|(?:a|some|a few|a couple of|two|three|four|six) (?:days|"
    r"weeks|months))|afterwards|over time|by the end),? (?:the |our |my |his |her |their |"
    r"i |he |she |they |we |it |things )?(?:[\w'’-]+ ){0,2}?(?:was|were|got|became|seemed|felt|"
    r"looked) (?:a bit |a lot |much |far |a little |really |quite |more |much more )*"
    r"(?:more )?(?:accurate|reliable|consistent|stable|confident|comfortable|organi[sz]ed|"
    r"relaxed|happier|calmer|better|easier|faster|quicker|cleaner|settled)\b|"
    r"\b(?:(?:he|she|they) |the (?:[\w-]+ ){1,2}?)(?:seemed|was|were|got|felt|looked) "
    r"(?:a bit |a lot |much |far |a little |really |quite )*(?:happier|calmer|better|more "
    r"(?:confident|comfortable|settled|relaxed)) (?:after (?:that|this|a while|(?:a|some|a few|"
    r"a couple of|two|three|four|six) (?:days|weeks|months))|afterwards|over time|within "
    r"(?:a|two|three) "
    r"(?:days|weeks|months))\b|"
    # others taking the thing up, told as what they asked for next: "They asked me to set up
    # the same archive thing for email", "asked me to show the other partners" ("asked me to
    # set up a meeting" asks for nothing the story made)
    r"\basked (?:me|us|him|her|them) to (?:set up|do|run|roll out|bring in|build|make|"
    r"introduce|put in|repeat|copy) (?:the same (?:[\w-]+ ){0,3}(?:for|in|at|across|on|with) "
    r"(?!(?:next|this|the next|the following|tomorrow|today|tonight|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b)|"
    r"(?:it|that|this) (?:for|in|at|across|on) (?:the other|other|all|every|each)\b)|"
    r"\basked (?:me|us) to (?:show|present|teach|train|walk) (?:it |this |that )?(?:to |through "
    r")?(?:the|our|their|all the) other\b|"
    # the loss counted: "We lost one account.", "they lost two of the twelve bookings"
    r"\b(?:we|i|they|the (?:company|store|shop|team|business|practice)) (?:only |still |"
    r"eventually |ultimately |in the end )?lost (?:only |just |about |around |roughly )?(?:one|"
    r"two|three|four|five|six|a few|a couple of|\d[\d,.]*|an?) (?:of (?:the|our|their) (?:[\w-]+ )?"
    r")?(?:[\w-]+ )?(?:accounts?|customers?|clients?|orders?|deals?|contracts?|patients?|guests?|"
    r"bookings?|sales|subscribers?|members?|tenants?|families|students?)\b|"
    # the loss held to a part: "Only that morning's changes were lost"
    r"\bonly (?:the |that |this |those |one |two |a few )?(?:[\w'’-]+ ){0,2}?(?:was|"
    r"were) (?:lost|affected|wasted|damaged|delayed|missed)\b|"
    # the thing made, counted in use since: "It's been used on maybe 20 trips since"
    r"\b(?:has|have|['’]s|['’]ve) been used (?:on|in|for|by|across|at) (?:maybe |about |around "
    r"|over |more than |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|dozens|hundreds|every|all|each|the other)\b|"
    # made how the place works: "The head made it the school's process"
    r"\bmade (?:it|this|that|them) (?:the|our|their|a) (?:[\w'’-]+ ){0,2}?(?:process|policy|"
    r"standard|practice|procedure|rule|checklist|template)\b"
)

ROLE_NOUN = (
    r"manager|lead|leader|head|director|engineer|developer|analyst|supervisor|planner|nurse|"
    r"teacher|officer|coordinator|co-ordinator|consultant|designer|technician|assistant|"
    r"administrator|agent|specialist|owner|founder|partner|associate|chef|architect|"
    r"accountant|pharmacist|scientist|researcher|operator|controller|buyer|executive|"
    r"representative|rep|advisor|adviser|clerk|foreman|surveyor|inspector|editor|producer|"
    r"programmer|tester|intern|apprentice|trainee|principal|deputy|vp|president|paramedic|"
    r"doctor|registrar|therapist|midwife|carer|receptionist|cook|pilot|driver|electrician|"
    r"plumber|mechanic|dispatcher|scheduler|estimator|underwriter|auditor|lawyer|solicitor|"
    r"paralegal|librarian|curator|sergeant|constable|steward|concierge"
)
"""A job a person holds, as a teller names their own ("I was a night shift supervisor at…")."""

_JOB = (r"(?:lead|leader|manager|engineer|analyst|designer|coordinator|director|owner|tester|"
        r"developer|consultant|officer|supervisor|technician|chef|nurse|teacher|assistant|agent|"
        r"clerk|pharmacist|foreman|administrator|advisor|adviser|planner|specialist|cashier|"
        r"receptionist|accountant|dispatcher|paramedic|scheduler|buyer|controller)s?")
"""A job title, as the teller names the role they had: "I was team leader" (said without its
article, as a second-language speaker says it), "- Customer service officer, bank branch"."""

# The people a problem is owed to: a client, the owner, a regulator, a manager.
_OWED = (r"(?:the (?:client|clients|customer|customers|owner|owners|homeowners?|family|families|"
         r"patient|patients|parents|residents?|tenants?|buyer|buyers|inspector|auditors?|"
         r"regulator|board|investors?|insurer|school|council)|building control|management|my "
         r"(?:manager|boss|director|lead|supervisor)|(?:our|the) (?:qa|quality|safety) (?:team|"
         r"lead|manager|officer)|the (?:brand|retailer|retailers|supplier|carrier|lender|bank))")
# People summed up as a group, where a whole group is judged at once ("typical graduates").
_GROUPS_OF_PEOPLE = (
    r"grads|graduates|millennials|gen ?z|juniors|teenagers|kids|students|interns|contractors|"
    r"temps|agency (?:staff|workers)|salespeople|sales (?:people|guys)|engineers|developers|devs|"
    r"managers|consultants|boomers|locals|customers|clients|patients|parents|drivers|nurses|"
    r"doctors|teachers|youngsters|young people|new starters|starters|recruits|trainees|"
    r"apprentices|staff|people|men|women|guys|lads|girls")


PATTERNS: dict[str, str] = {
    # STAR structure
    "situation": r"\b(when i was|while i was|at my (last|previous|current|first|old) (job|"
    r"company|role|team|employer)|last (year|quarter|month|spring|summer|fall|autumn|winter)|"
    # a named month or day of the story: "Last June we had a wedding", "one Saturday in March"
    r"(?:last|one|that) (?:january|february|march|april|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # where the teller works, said with "for": "I run the kitchen for a small catering company"
    r"(?:work|worked|working|run|ran|manage|managed) (?:[\w-]+ ){0,3}for (?:a|an) (?:[\w-]+ ){0,3}"
    r"(?:company|firm|business|charity|agency|practice|group|chain|council|trust|hospital|"
    r"school|startup)\b|"
    r"in (my|our) (last|previous|first) (role|job|team)|(a|one|two|three|a few|"
    r"a couple of) (years?|months?) ago|back in (\d{4}|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|in (early |late |mid-?)?(19|20)\d{2}|at (a|an|"
    r"my) ([\w-]+ ){0,2}(startup|company|bank|agency|hospital|firm|retailer|insurer|school|"
    r"nonprofit|consultancy|lab)|"
    # "So at the insurance company…", "In food distributor company…", a bullet's "- Logistics
    # startup;": the scene, however said.
    r"(?:(?<=^)|(?<=^- )|(?<=^• )|(?<=^\* ))([\w-]+,? ){0,4}(?:startup|company|bank|agency|"
    r"hospital|firm|retailer|insurer|"
    r"school|nonprofit|consultancy|lab|distributor|chain)\s*[;,.]|"
    r"^(?:so,? |okay,? |right,? )*(?:at|in) (?:the |our )?([\w-]+ ){0,3}(?:startup|company|bank|"
    r"agency|hospital|firm|retailer|insurer|school|nonprofit|consultancy|lab|distributor|"
    r"chain)\b|our team (was|had)|the (situation|context|background) was|"
    # a story's opening in any job: "one evening in February", "one Saturday", "one morning"
    r"\bone (?:morning|evening|night|afternoon|day|weekend|shift|winter|summer|spring|autumn|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"we were (building|launching|migrating|working on|about to|preparing|rolling out)|i was (the|"
    r"a|an|leading|running|working|managing|on) |i was ([\w-]+ ){0,2}" + _JOB + r"\b|"
    # the same scene told in the present: "So I'm eleven months into my first job, assistant
    # site engineer, we're putting up a four-storey block"
    r"(?:we['’]re|we are) (?:building|launching|migrating|working on|preparing|rolling out|"
    r"putting up|fitting out|refurbishing|opening|moving)\b|"
    r"\b(?:[\w-]+|\d+) (?:months?|weeks?|years?) into (?:my|the|a|our) (?:[\w-]+ )?(?:job|role|"
    r"post|placement|contract|apprenticeship|career|rotation)\b|"
    # the same role as a terse line or heading opens with it: "- Team leader, energy company
    # call centre, 12 agents", "Night pharmacy technician (400-bed hospital)"
    # (not someone else's: "My manager, who was new", "- Ops manager, after his meeting: fine")
    r"(?:(?<=^)|(?<=^- )|(?<=^• )|(?<=^\* ))(?!(?:my|our|the|a|an|this|that|his|her|their|your)\b)"
    r"(?![^\n]*\b(?:he|his|him|she|her|they|their|them)\b)(?:(?:[\w-]+ ){0,3}" + _JOB
    + r"|(?:new |acting |interim )?head of [\w-]+)\s*[,;(])",
    "task": r"\b(my (goal|job|task|role|responsibility|mandate|mission) was|"
    r"i was (responsible|accountable|asked|tasked|charged|on the hook|supposed) (for|to|with)|"
    r"i (needed|had) to|i owned|we needed to|the (goal|target|ask|challenge) was|our (goal|target|"
    r"objective|deadline) was)",
    # "I just started", "I actually rang": spoken answers put a word or two before the verb
    "action": r"\bi ((then|first|also|quickly|personally|immediately|eventually|finally|just|"
    r"actually|basically|even|simply|soon|later|instead|again|straight away) ){0,2}"
    # what the candidate perceived or supposed ("I noticed the rate was three times higher") is
    # a finding or a belief, not a step taken
    r"(?!(wanted|liked|loved|hoped|felt|seemed|needed|used to|learned|realized|realised|"
    r"noticed|observed|sensed|suspected|assumed|wondered|worried|doubted|"
    r"was|guess|think|believe|mean)\b"
    # nor is where they were employed ("the shop I worked at"), unlike "I worked at it"
    r"|worked (at|for|in)\b(?! it\b))([a-z]+ed|built|wrote|ran|led|made|took|met|sent|set|put|"
    r"went|spoke|brought|drew|sat|found|began|chose|gave|held|kept|told|sought|taught|dug|did|got|"
    r"pulled|pushed|called|proposed|asked|drove|split|shut|cut|shipped|rewrote|rebuilt|hired|"
    r"paired|sketched|flew|stood|spent|fought|won|lost|"
    # the irregular past of work in any trade: "I rang the depot", "I bought two cool boxes"
    r"rang|bought|sold|swept|caught|paid|laid|lent|rode|threw|hung|dealt|fed|lit|broke|froze|"
    r"woke|grew|tore|stuck|oversaw|redid|reran|withdrew|overtook|"
    # The present of a story told in the present ("so I go to her and I offer to help"); a
    # habit in the same words earns nothing, because credit follows the clause's mode.
    r"go|offer|explain|show|write|build|fix|call|send|meet|pair|prepare|propose|bring|"
    r"schedule|rewrite|rebuild|escalate|investigate|make(?! sure\b)|find(?! (?:it|that|this|"
    r"them|him|her|myself|people)\b))\b"
    # A second-language step: "I am call the supplier", "I was make a new checklist" put the
    # helper of a tense before the verb's bare form. Only bare forms that no passive or state
    # shares ("I was set up", "I was put on nights" are done to the teller) are read.
    r"|\bi (?:am|was|['’]m) (?:then |also |first |quickly |personally )?(?:call|ask|make|check|"
    r"order|talk|speak|explain|show|write|build|fix|send|meet|prepare|propose|bring|change|move|"
    r"ring|phone|email|contact|arrange|organi[sz]e|book|visit|decide|teach|train|help|tell|"
    r"give|take|find|start|go to|go and|stay with|sit with|watch|count|measure|compare|test|"
    r"replace|repair|clean|plan|write)\b(?! (?:of|about|to be|for it)\b)"
    # A step had done by others on the candidate's order: "I had the yard repainted", "I had
    # the alarms on our 22 shunters swapped" ("I had all the data needed" had, and did nothing)
    r"|\bi (?:also |then |first |just |quickly )?had (?:the|our|all|every|each|my|it|them) "
    r"(?:[\w'’-]+ ){0,6}?(?!(?:needed|wanted|expected|required|used|based|named|called|involved|"
    r"planned|booked|assigned|allocated|attached|included|listed|printed|stored|saved)\b)"
    r"(?:[a-z]+ed|done|fixed|rebuilt|rewritten|redone|taken down|put up|set up)\b(?! (?:by|for) "
    r"(?:years|months|ages|a while|weeks)\b)",
    "result": r"\b(as a result|the result (was|is)|resulted in|in the end|ultimately|"
    # a level changed, as a note writes it: "Avg decision time 24 -> 13 days", "rework 30 -> 8"
    r"\d[\d.,]*\s*(?:%|[a-z]+)?\s*(?:->|→)\s*~?\d|"
    # a level put right, as a note says it: "readings in range", "temps back within spec"
    r"(?:readings?|levels?|temps?|temperatures?|results?|values?|pressures?|counts?|figures) "
    r"(?:(?:are|were|was|is) )?(?:back |all )?(?:in|within|inside) (?:range|spec|limits?|"
    r"tolerance|target)\b|"
    r"(was|were) (down|up) (by )?((about|roughly|almost|nearly|over) )?\d|(a|an) \d[\d.,]*\s?"
    r"(%|percent|x|percentage points?) (lift|increase|decrease|drop|reduction|improvement|"
    r"uplift|gain|jump)|"
    r"by the end|which (led to|meant)|this (led to|meant)|that (led to|meant)|the outcome (was|"
    # "we cut the scope" is a decision about the plan, not something the plan achieved
    r"is)|we (shipped|launched|delivered|hit|reached|reduced|increased|cut(?! (?:the |our )?"
    r"(?:scope|plan|list|feature|features|backlog))|saved|grew|improved|"
    r"recovered|closed|won|retained|beat|exceeded|doubled|halved|avoided|caught)|(it|this|that|"
    r"the (change|fix|pilot|launch|plan)) (worked|paid off|landed|stuck|held)|(the|our|my) "
    r"(fix|patch|change|feature|release|update|redesign|tool) (shipped|launched|went live|"
    r"rolled out)|(churn|revenue|"
    r"conversion|latency|adoption|retention|nps|csat|errors?|incidents?|costs?|usage|sales|"
    r"complaints|tickets|defects|downtime|time to \w+|signups|sign-ups|engagement|"
    r"margin) (dropped|fell|rose|increased|decreased|improved|went (up|down)|grew|doubled|halved|"
    r"recovered)|went live|(was|were) (adopted|rolled out|shipped|launched)|(dropped|fell|rose|"
    r"grew|declined|shrank|improved|increased|decreased|went (up|down)) (by|from|to|about|roughly|"
    r"almost|nearly|\d)|(launched|shipped|delivered|finished|landed|went live) (on time|early|"
    r"ahead)|on time|under budget|ahead of schedule|(months?|weeks?|days?|a year) later|"
    # the date kept, told as second-language English says "on time": "we open the preview in
    # time" ("in time, she came round" is "eventually")
    r"(?:open(?:ed)?|finish(?:ed)?|deliver(?:ed)?|launch(?:ed)?|ship(?:ped)?|arrived?|ready|"
    r"done|complete[d]?|went out|go(?:es)? out|left|leave|start(?:ed)?)\b[^.;,]{0,40}?\bin time\b|"
    # the date kept, told by the date: "finished most of it by the deadline" ("what the law
    # required by the deadline" is what had to be done)
    r"(?:done|finished|completed|delivered|shipped|launched|live|ready|submitted)\b[^.;,]{0,40}?"
    r"\b(?:by|before|ahead of) the (?:deadline|due date|cut-?off)|(?:made|met|hit|beat) the "
    r"(?:deadline|due date)|"
    r"by the time|back (in|within|to) (range|normal|target|budget|spec|stock)|"
    # a measure told back where it belongs, its verb left out as terse notes do: "measured: p99
    # back to 170ms", "errors down to two a night"
    r"(?:p\d{2}|latency|errors?|error rate|response times?|load times?|wait times?|queue|"
    r"backlog|mis-?picks|complaints|returns) (?:was |were |is |came |went )?(?:back (?:down )?|"
    r"down )to (?:about |around |under |below |just )?(?:\d|one|two|three|four|five|zero|"
    r"none)|"
    # how someone the story was about came out of it: "he went to HDU and he did fine", "she
    # pulled through" ("everything was fine until…" is the scene before)
    r"(?:he|she|they|the (?:patient|baby|child|kid|resident|customer|client|guest|horse|dog)) "
    r"(?:did|came through|turned out|came out of it) (?:absolutely |totally |completely |just )?"
    r"(?:fine|okay|ok|well|alright|all right)\b|(?:pulled through|made a (?:full |good )?"
    r"recovery)\b|"
    # things settled after the change: "Second week it was normal and then better", "things got
    # better" ("it was normal for us to…" is the scene)
    r"(?:it|things|everything|that) (?:was|were|went|got|ran) (?:back to normal|normal again|"
    r"(?:a lot |much |so much )?better|(?:a lot |much )?smoother|normal(?=,? and then better))\b|"
    # what was feared did not happen: "Nobody quit", "not one of them left"
    r"(?:nobody|no one|none of (?:them|us|the [\w-]+)|not (?:one|a single) (?:of them|person|"
    r"[\w-]+)) (?:quit|left|resigned|walked out|dropped out|got hurt|was hurt|was injured|"
    r"handed in (?:their|her|his) notice)\b|"
    r"got caught|(were|was) (booked|resolved|renewed|signed|closed|recovered|restored)|(renewed|"
    r"signed|closed) (the|a|for)\b|saved (us|the company|about|roughly|\$)|"
    r"(?:didn't|did not|haven't|hasn't|have not|has not|'ve not|'s not|never) (?:had|have|seen|"
    r"see|got|get|lost|lose|missed|miss|received) (?:a single|another|one more|any (?:more|other|"
    r"further))|"
    # a lasting absence, told by how long it has lasted: "we haven't had a slowdown in seven
    # months", "there hasn't been a missed pick-up since", "we've not had a single deduction
    # since"
    r"(?:haven't|hasn't|have not|has not|'ve not|'s not) (?:had|seen|been|got) (?:a|an|one|"
    r"any)(?: single)? "
    r"(?:[\w-]+ ){1,2}(?:in (?:the )?(?:last |past )?(?:\w+ )?(?:days?|weeks?|months?|years?|"
    r"terms?|quarters?|seasons?)|since)\b|"
    r"made it (?:part of|the standard|standard|mandatory|a rule)|"
    + PLAIN_OUTCOME + r")",
    # "I learned a lot" is filler, not a lesson: a lesson says what was learned.
    # (nor is learning everyone's names)
    "learning": r"\b((i|i've|i have) (learned|learnt)"
    r"(?! (a lot|so much|many things|tons|(?:[\w'’]+ ){0,2}names\b))|"
    # the same told in the present, as a non-native speaker tells a past lesson
    r"i learn (that|from|on|to)\b|what i learn (is|was)\b|"
    r"learned (that|to)|taught me|(it|this|that|the whole thing) (showed|reminded|convinced) me "
    r"(that|how|to)|"
    # the same with the teller named first, as spoken and second-language answers put it: "for
    # me it showed that…", "for me this show that…"
    r"(?:for|to) me,?(?: (?:i guess|i think|like|you know|honestly|basically),?)? (?:it|this|that|"
    r"the whole thing) (?:showed|shows|show|proved|taught me) "
    r"(?:that|how)\b|(it|this|that|the whole thing) made me (realise|realize|see) (that|how)|"
    r"the " + CLASS_LESSON + "|" + CLASS_LESSON
    + r"|in hindsight|looking back|next time|now (always )?i (always )?(make sure|start|ask|"
    r"check)|"
    # "when I look back" opens the lesson; "when I look back at the logs" a search
    r"(?:when|if) i (?:look(?:ed)?|think|thought) back(?! (?:at|through) (?:the|my|our|his|"
     r"her|their) )|thinking back|"
    # A practice kept since, told without its subject ("Now check readers before deleting") or
    # with the adverb first ("now always I check", "from that time I always check").
    r"now (always )?(check|ask|make sure|verify|confirm)|from (that time|then on)|since then|"
    # the practice kept with its occasion first: "now, whenever a supplier changes, I ask for
    # a sample", "now if a patient's pattern changes I always call the family"
    r"now,? (?:when|whenever|if|before|every time|each time) [^.;!?]{1,60}?,? i (?:always |"
    r"first |now |still )?(?!(?:think|feel|guess|suppose|believe|was|am|wonder)\b)[a-z]+|"
    # A lesson told as first instinct against what worked: "my first instinct was to send him
    # on courses; what actually worked was real work with his name on it".
    r"my first instinct was|what (actually|really) (worked|helped|made the difference)|"
    r"what (?:worked|helped|made the difference) (?:was|is)\b|"
    r"i've since|i have since|i would (do|have done) [\w ]{0,30}differently|"
    r"what i('d| would) do differently|changed (how|the way) i|i still use|i now|"
    # ("the main thing I took from it", "the one thing I've kept": a spoken telling weighs
    # the lesson as it names it)
    # ("the bit I took away was those ten minutes": the lesson named by any word for a part)
    r"(?:the (?:main |biggest |big |key |real |one |first )?(?:thing|bit|part|piece|lesson)|"
    r"what) i('ve| have)? (?:kept|taken away|took away|took from|carry)\b|"
    # a practice kept since, in the present after the event: "after that I check the floor
    # first", "after this I am more careful with names"; and a change in oneself told plainly
    r"(?:after (?:that|this)|ever since|these days),? (?:i|we) (?:now |always |also |still )?"
    r"(?:am|'m|are|'re|check|ask|make sure|keep|write|read|put|look|test|use|tell|never|try|"
    r"plan|take|give|double-check|know)\b|"
    # the same practice told in the past of the story: "after that I always made sure to test"
    r"(?:after (?:that|this)|ever since|from then on),? (?:i|we) always (?:made sure|checked|"
    r"asked|tested|double-checked|wrote|read|kept|put|used|ran|called|confirmed|verified)\b|"
    r"i(?:'m| am|'ve been| have been| became| got) (?:now |much |a lot |far |a bit |even )?more "
    r"(?:careful|thorough|organi[sz]ed|patient|aware)\b|"
    # the lesson without the word: "the one thing I'd do differently is…", "I wish I'd asked
    # sooner", a rule made of it ("after that I made it a rule to…"), and what made the
    # difference told as the teller's own change ("the real difference was I stopped guessing")
    r"(?:the (?:one )?thing|one thing|something) i(?:'d| would) (?:do|have done|change) "
    r"differently|i (?:really )?wish (?:i|we)(?:'d| had) [^.;!?]{0,60}?\b(?:sooner|earlier|"
    r"first|before)\b|(?:i|we) (?:have )?(?:kept|keep) (?:that|this|the) (?:rule|habit|"
    r"practice)\b|(?:i|we) (?:now |then |also )?(?:made|make) (?:it )?(?:a|my) (?:personal "
    r"|standing )?(?:rule|habit)\b|the (?:main|big|biggest|real) (?:thing|difference|change) "
    r"(?:was|is) (?:that )?i (?:stopped|started|quit|began|learned|learnt|realised|realized)\b|"
    # what worked, said modestly at the end: "I didn't do anything special, I just listened"
    r"(?:didn't|did not) do anything (?:\w+ )?(?:clever|special|fancy|magic|heroic|"
    r"complicated)(?: really)?,? (?:i|we) (?:just|only|simply)\b|"
    # a check started on every piece after the story: "I also started checking every front
    # crown under the daylight lamp before it leaves"
    r"(?:i|we) (?:also |then )?started (?:checking|testing|weighing|inspecting|double-checking|"
    r"measuring|counting) (?:every|each|all)\b|"
    # the lesson as a terse note names its practice: "What I do now: check what the model
    # assumes", "What I'd change: check the Wi-Fi on day 2"
    r"what i(?:['’]d| would) (?:change|do (?:now|next time))|what i do now\b|"
    # a check kept going after the story: "we still weigh the buckets one week every month"
    r"(?:i|we) (?:still|now) (?:weigh|check|measure|count|test|sample|audit|review|"
    r"double-check|inspect)\b)",
    # specificity against vagueness
    # A measured count or change, in digits or in words ("~30 people", "about thirty people"). A
    # bare duration ("two months", "3 weeks late") says when or how long, which "timeframe" reads:
    # it is a metric only as a change ("from 23 days to six", "two weeks early", "saved 3 hours").
    "metric": r"\b(" + _SPELLED + r") (percent|per cent|percentage points|times|fold)\b" + _SURE
    + r"|" + NONE_SINCE + r"|"
    # "twice that morning" counts as "two times in the morning" does; how often a step was
    # taken ("I called back twice", "explained it twice") measures nothing that came of it
    r"(?<!back )(?<!asked )(?<!called )(?<!rang )(?<!told )(?<!explained )(?<!emailed )"
    r"(?<!chased )(?<!reminded )(?<!said )(?<!tried )(?<!it )(?<!him )(?<!her )(?<!them )"
    r"(?<!up )\btwice\b|"
    # a rate, one count in another: "under 1 in 200", "about one tray in five rejected" (not
    # "one report in two days", which says how long)
    r"\b(?:\d+|" + _SPELLED + r") (?:[a-z-]+ )?in (?:every )?(?:\d[\d,]*|" + _SPELLED + r")\b"
    r"(?! (?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|shifts?|goes|places|ways|"
    r"parts|pieces|steps|stages|batches|phases|rounds)\b)|"
    # a count against its whole: "Four out of eleven clipped on", "eleven of eleven on three"
    r"\b(?:\d+|" + _SPELLED + r") (?:out )?of (?:\d+|" + _SPELLED + r")\b"
    r"(?! (?:us|them|you|which|whom|those|these)\b)|"
    # ...and of a whole named again, when what was counted follows: "six of the seven retakes
    # passed" ("decided 2 of the 3 by Friday" counts no more than "two of them")
    r"\b(?:\d+|" + _SPELLED + r") (?:out )?of (?:the|our) (?:\d+|" + _SPELLED + r") "
    r"(?!(?:by|on|in|at|for|to|and|but|so|with|of|before|after|until|this|that|last|next)\b)"
    r"(?=[a-z])|"
    # a level a measure stood at or reached, said as a bare number: "it crept up to 320,000",
    # "sitting around 150,000 for years", "the tank was back to about 170,000"
    r"\b(?:(?:crept|creeps?|creeping|rose|rises?|climbed|climbs?|fell|falls?|dropped|drops?|"
    r"jumped|jumps?)(?: back| up| down)? to|(?:was|were|got|went|came|is|are|['’]s) (?:back|up|"
    r"down|back down|back up) to|(?:sitting|sat|hovering|steady) (?:at|around|about)|"
    # the level reached, told plainly or as a second-language telling says it: "we got to around
    # 8,600 most days", "we reached 94%", "we arrive around 8,600", and as a note: "Numbers up,
    # ~8,600/day"
    r"(?:got|get|came|come) (?:up )?to|(?:reached|hit|arrived?|arrives)|[a-z]{3,}s (?:were |"
    r"went |are |go )?(?:up|down),?(?: to)?) "
    r"(?:about |around |roughly |nearly |"
    r"almost |just (?:under|over) |under |over |~)?"
    r"\d[\d,.]*\d\b(?!\s*(?:o['’]clock|am\b|pm\b|years? old))|"
    # ...and in terse notes, the verb left out: "measured: p95 back to 1.8s"
    r"\b(?:p\d{2}|latency|error rate|response times?|load times?|wait times?) (?:back|down) to "
    r"(?:about |around |roughly |under |below |~)?\d[\d,.]*|"
    # a count brought to nothing: "the cracks go to zero", "zero customer complaints since"
    r"\b(?:down|dropped|fell|went|go|goes|came|cut|reduced|brought (?:it|them) down) (?:down )?to "
    r"(?:(?:basically|almost|practically|virtually|nearly|next to) )?(?:zero|nil|none|nothing)\b"
    r"(?! (?:more|but|else|less|short)\b)|"
    r"\bzero (?:[a-z-]+ )?(?:complaints|defects|errors|incidents|returns|cracks|"
    r"failures|accidents|injuries|misses|escalations|outages|no-shows|cancellations|"
    r"non-conformances|findings|breaches|rejects|repeats)\b|"
    r"\bfrom (" + _SPELLED + r") (percent|per cent|hours|days|weeks|minutes) to\b|"
    # a year is no count: "in 2021 bookings rose"
    r"\b(?!(?:19|20)\d\d\b)" + _NUMBER + r"\s?(?:more |extra |new |other |fewer |less |affected |"
    r"impacted |"
    r"active |paying |existing |unhappy |angry )?(?:" + _UNITS + r")" + _SURE + r"|"
    # a count of more of anything, whatever it is: "four more stations", "two other schools",
    # "14 more unowned buckets"; "six more weeks" is a while, which "timeframe" reads
    r"\b" + _NUMBER + r" (?:more|other|additional|extra) (?!(?:" + _DURATIONS + r")\b)"
    r"(?:[a-z-]+ )?[a-z]{3,}s\b|"
    r"\b" + _NUMBER + r"\s?(?:" + _DURATIONS + r") (?:early|earlier|ahead|sooner|faster|"
    r"quicker|less|fewer|shorter|saved|instead|down|off)\b|"
    r"\b(?:saved|shaved|freed up|cut(?: to)?|reduced to|down to|dropped to|fell to|to under|from|"
    r"(?:came|went|come|"
    r"comes|go|goes) down(?: by)?|(?:dropped|fell|cut|reduced|shortened) by) (?:about |roughly |"
    r"around |nearly |almost |over |under )?" + _NUMBER + r"\s?(?:" + _DURATIONS + r")|"
    # a rate brought down to nothing or to another rate: "complaints went from about five a
    # week to none"
    r"\b(?:went|dropped|fell|came|come|cut|brought (?:it|them)) (?:down )?from (?:about |around |"
    r"roughly |over |nearly |almost )?" + _NUMBER + r"(?: (?:or|to) " + _NUMBER + r")? "
    r"(?:[a-z]+ )?(?:a|per|each) (?:day|week|month|shift|night|year|quarter|hour) to (?:none|"
    r"zero|nothing|nil|about |around |under |" + _NUMBER + r")|"
    # a rate changed: "pages dropped to two or three a week"
    r"\b(?:dropped|fell|went down|came down|rose|went up|climbed|grew) (?:to|from) "
    r"(?:about |around |roughly |only |just |under |over )?" + _NUMBER
    + r"(?: (?:or|to) " + _NUMBER + r")? "
    r"(?:[a-z]+ )?(?:a|per|each) (?:day|week|month|shift|night|year|quarter|hour)\b|"
    r"\b(?:by|down|up|cut|fell|dropped|rose) (?:by )?(?:a|one) (?:third|quarter|half)\b|"
    r"\b(?:by|down|up|cut|fell|dropped|rose) (?:by )?(?:about |roughly |around |nearly |almost |"
    r"over )?(?:two|three) (?:thirds|quarters)\b|"
    # "23 days -> 6", "11 forms → 1": a before and after written as an arrow.
    r"\d[\d,.]*\s?[a-z%]*\s?(?:->|→)\s?~?\d|"
    r"\$\s?\d[\d,.]*\s?(k|m|mm|million|billion|bn)?\b|£\s?\d|€\s?\d|"
    r"\b\d[\d,.]*\s?(?:-|to)\s?\d[\d,.]*\s?(?:" + _UNITS + r")|"
    r"\b(doubled|tripled|halved|quadrupled)\b|"
    # a measure against a baseline or a rank among peers, told in words: "waste at half the
    # usual", "twice as many as before", "top three in the region"
    r"\b(?:half|a third|a quarter|twice|double|three times) (?:of |the )?(?:the )?(?:average|"
    r"usual|normal|before|what it was|as (?:many|much|fast|quick|long|often))\b|"
    r"\b(?:top|bottom) (?:two|three|five|ten|\d+) (?:on|in|of) (?:the|my|our)\b|"
    # [^\s] rather than \S keeps the pattern lower-case, so it runs on the lowered text
    r"\bfrom \d[\d,.]*[^\s]*( [^\s]+){0,3} to \d|"
    # a change told with its verb, in words: "returns had gone from two loaves a week to eleven",
    # "the queue has risen from three to nine" ("from nine to five" alone is working hours)
    r"\b(?:gone|went|go|goes|going|rose|risen|rising|dropped|fell|fallen|climbed|jumped|grew|"
    r"grown|increased|decreased|shrank|shrunk)(?: up| down| back)? from " + _NUMBER
    + r"\b(?: [^\s]+){0,4} to (?:about |around |roughly |only |just |under |over |maybe )?"
    r"(?:\d|" + _SPELLED + r"\b)|"
    # the same told roughly, or in words: "went from about 280 punnets an hour to 340", "from
    # about five a week to one or two"
    r"\bfrom (?:about|around|roughly|nearly|almost|maybe|over|under) (?:\d[\d,.]*|"
    + _SPELLED_COUNT + r")\b( [^\s]+){0,4} to (?:about |around |roughly |only |just |under |"
    r"maybe )?(?:\d|" + _SPELLED + r"\b)",
    "timeframe": r"\b((\d+|" + _SPELLED + r")-(minute|hour|day|week|month|"
    r"quarter|year|sprint)\b|(in|by|within|over|after|for|under|during|inside) (the (?:next|"
    r"following|first|last) )?(a|an|" + _SPELLED + r"|several|a few|\d+) (days?|weeks?|"
    r"months?|quarters?|years?|hours?|sprints?)\b|(in|over|during) the (next|following|first) "
    r"(days?|weeks?|months?|quarters?|year)\b|" + _NUMBER + r"\s?(?:more |extra )?(?:"
    + _DURATIONS + r")\b|q[1-4]\b|(january|february|march|april|june|july|august|september|"
    r"october|november|december)\b|(in|by|since|until|from|of|early|late|mid-?|last|next|"
    r"this) may\b|may \d|(19|20)\d{2}\b|(monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b|(next|following|same) (day|week|sprint|quarter|morning)\b|deadline|"
    r"end of (the )?(quarter|year|month|sprint))",
    # "bring this stuff up early" points at something said; "and stuff" is vague.
    # ("drought-tolerant stuff like lavender" names its stuff by an example, and "re-pricing
    # stuff after the manager had priced it" says which stuff: "stuff" is vague on its own, at
    # a clause's end or in "and stuff", "some stuff", "lots of stuff")
    # ("certain stuff, like tinned meat and nappies" names its stuff by examples: not vague)
    "vague": r"\b((?:(?<=\band )|(?<=\bsome )|(?<=\bother )|(?<=\bof )|(?<=\busual )|"
    r"(?<=\brandom )|(?<=\ball the ))stuff\b(?!,? (?:like|such as|including) (?!that\b)\w)|"
    # ("the non-urgent stuff, kitchen cupboards, fencing": examples set after it)
    r"(?<!this )(?<!that )(?<!the )stuff(?!,? (?:like|such as|including) (?!that\b)\w)(?!,\s+"
    r"(?!(?:you know|i mean|like|whatever|and|or|so|but|basically|honestly|really)\b)[a-z]+"
    r"(?: [a-z]+)?,\s+[a-z])(?=\s*"
    r"(?:[.,;!?)]|$|like that\b|and\b|or\b|that\b|which\b))|"
    r"things like that|and so on|and so forth|"
    # "some things, like updating care plans" names its things by an example: not vague; nor is
    # a list that names its items before closing on "etc." ("late fees, double charges, etc.")
    r"(?<![\w-], )(?<![\w-],)etc\b|a lot of things(?!,? (?:like|such as|including)\b)|"
    r"learned (a lot|so much)|(whole|great|valuable|good) (learning )?experience|grew a lot|"
    r"i('m| am) (really |so |very )?proud of|(it all|everything|things) came together|"
    r"(everyone|everybody|(?:the |our )?(customers?|clients?|stakeholders?|team|business|users)"
    # "…and client was happy": English without articles says the same.
    r")( was| were)? ((all|really|very|so|super) )?(happy|pleased|"
    r"satisfied|thrilled|delighted)|"
    # "one thing that went well and one to try next time" names feedback given, not the story,
    # and so does a note's "one thing went well, one to change" ("everything went well" is vague)
    # ("it turn out well": second-language English drops the past)
    r"(?<!what )(?<!thing that )(?<!things that )(?<!\bthing )(went|turned out|(?<=\bit )turn "
    r"out) (really |very |pretty )?(well|"
    r"great)|"
    r"on the same page|pulled together|got it done|(managed|handled|dealt with) (it|that|this|"
    r"everything) ((really|very|pretty) )?(well|fine)|"
    r"lead by example|above and beyond|results-driven|team player|"
    # effort in place of a step: "I worked a lot of extra hours", "kept pushing until it was
    # done" say how hard, not what was done
    r"worked (?:(?:a lot of|lots of|long|late|extra|crazy|countless|many) )+hours|worked "
    r"(?:really |so |very |incredibly )?hard|kept pushing|made sure (?:it|this|that) was (?:the|"
    r"a|our) (?:top )?priority|put in (?:a lot of|loads of|the|long|extra) (?:extra )?(?:hours|"
    r"effort)|(?:didn't|did not|never) give up|never gave up|went the extra mile|(?:i|we) "
    r"(?:was|were|stayed) (?:really |very |so |laser[- ])?focused on|"
    # Verbal tics ("you know", "basically") are how people talk, not vagueness about the story.
    r"(?:various|some) things(?!,? (?:like|such as|including)\b)|whatever|somehow|all sorts of|"
    r"and everything|"
    # "he knew where things went" says where stock is kept; "things went missing" is an event
    # "things went back to normal" tells the disruption ended: an outcome (`PLAIN_OUTCOME`)
    r"(?<!where )(?<!what )things went(?! missing| wrong| back to normal)|it went (well|fine|ok|"
    r"okay)|"
    r"everything worked out|it all worked out|"
    r"worked out (well|fine)|made (things|it) better|a bunch of|at the end of the day|"
    r"synerg\w+|best practices|move the needle|think outside the box|leverag(e|ed|ing) (our|my|"
    r"the) (strengths|skills)|"
    r"(?:meaningful|rewarding|valuable|positive|memorable|special|incredible|amazing|fantastic|"
    r"great|huge|big) (?:win|experience|chapter|journey|outcome|impact|collaboration|atmosphere|"
    # a whole word: "a big time-course experiment" names the experiment, not a big time, and
    # "this is big time lost" counts the time
    r"lesson|moment|time|success)s?\b(?!-| (?:lost|wasted|saved|spent|gained)\b)|"
    r"something (?:valuable|meaningful|important|special)|"
    r"strong sense of (?:purpose|alignment|ownership|urgency|community|togetherness)|"
    r"sense of (?:purpose|alignment)|spoke for (?:themselves|itself)|textbook example|"
    r"the right thing the right way|doing the right thing|mindset of|brought (?:their|"
    r"our) (?:energy|a-game|best)|(?:the|that) (?:journey|momentum|atmosphere|spirit|energy|"
    # ("the energy price spike", "the energy bills" are things with a price)
    r"vibe)\b(?<!energy(?= (?:price|prices|bills?|costs?|crisis|compan(?:y|ies)|suppliers?|"
    r"sector|market|use|usage|consumption|efficiency|meters?|audit|spike|tariffs?)\b))|"
    r"stays with you|shapes? how (?:you|i|we)|across the board|with (?:care|rigou?r|"
    r"passion|dedication) and (?:care|rigou?r|passion|dedication)|(?:the )?bigger picture|"
    r"showcased the (?:impact|power|value)|(?:thoughtful|talented|passionate|amazing|"
    r"great) people|great outcomes|(?:was|were) (?:genuinely|truly|really) (?:positive|great|"
    r"amazing|special)|"
    r"(?:it|this|that|the project|everything) (?:was|turned out to be) (?:a |an )?(?:big |huge |"
    r"great |real |total |complete )?success|that's (?:basically |pretty much |"
    r"kind of )?the (?:story|gist|whole thing))",
    # "I tried to get the vendor on a call" tells an attempt, which happened: not a hedge.
    # ("I think about leaving", "I thought of quitting": a thought told, no doubt about the story)
    "hedge": r"\b((?:i think(?! (?:about|of)\b)|i guess|i suppose|i feel like|i believe)(?!"
    + _LESSON + "|" + _CLEFT + r")|"
    # "maybe two or three a day", "probably about forty", "maybe £900" approximate a count or a
    # sum; they do not doubt the story (as "something like 1.2 million" below)
    r"(?:maybe|perhaps|probably)(?! (?:about |around |roughly )?(?:[£$€] ?)?(?:\d|" + _SPELLED
    + r"|a (?:dozen|hundred|thousand|couple)\b|a few\b|half\b))|"
    # "try to" doubts one's own effort ("I try to listen"); having others "try to book" as
    # patients would is a test set up, not a hedge
    r"kind of|sort of|(?:i|we) (?:\w+ )?try to|hopefully|might have|"
    r"could have been|i'm not sure|"
    r"not really sure|if i remember|i don't remember|at least it (felt|seemed) (that way|like it)|"
    r"or so it (felt|seemed)|as far as i (know|could tell)|"
    # "something like 1.2 million" approximates a number; it does not doubt the story.
    r"something like(?! (?:\d|" + _SPELLED + r"|a (?:dozen|hundred|thousand)\b)))\b",
    # "Since then I always check…" is a lesson kept (see "learning"), not a claim about oneself.
    # "I always double-check the strength now" is a practice kept since (see "learning").
    # "the one I always think of", "the example I always give" chooses the story to tell
    # "After that I always tested…" is a practice kept from the story's event on, as "since
    # then I always…" is.
    "generic_claim": r"\b((?<!\bnow )(?<!\bthen )(?<!\bthen, )(?<!\bthen: )(?<!\bnow: )"
    r"(?<!\bsince )(?<!\bthe one )(?<!\bafter that )(?<!\bafter this )(?<!\bafter that, )"
    r"(?<!\bafter this, )"
    r"(?<!\bexample )(?<!\bstory )i always(?![^.;!?]{0,60}"
    r"\b(?:now|since then|ever since)\b)|i usually|"
    r"i generally|i typically|i tend to|"
    # "Since then I try to…" is a practice kept since, as "since then I always…" is.
    # ("If I did it again I would probably work out the costs first" is a lesson of the story)
    r"(?<!\bagain )(?<!\bagain, )(?<!\bnext time )(?<!\bnext time, )"
    r"i would (always|probably|just|try|make sure|go)|(?<!\bthen )(?<!\bthen: )(?<!\bsince )"
    r"(?<!\bnow )i try to|i('m| am) ("
    # "I'm a pharmacist in a hospital" says where the story happens, not what kind of person
    # the candidate is ("I'm a team player").
    # ("I'm a bit embarrassed about it" says how much, not what kind of person)
    r"(a |an )(?!(?:bit|little|lot|few)\b)"
    r"(?![\w -]{1,40}?\b(?:in|at|for|on) (?:a|an|the|our|my|one)\b)(?!(?:[\w'’-]+ ){0,2}"
    r"(?:pharmacist|nurse|teacher|engineer|developer|manager|supervisor|analyst|accountant|"
    r"designer|consultant|dispatcher|technician|electrician|chef|cook|driver|clerk|cashier|"
    r"teller|officer|coordinator|administrator|director|assistant|agent|representative|rep|"
    r"foreman|planner|buyer|scientist|researcher|lawyer|paralegal|doctor|physician|therapist|"
    r"pm|sre|lead|founder|owner|student|intern|volunteer|"
    # trades and jobs outside an office say where the story happens just the same
    r"plumber|librarian|paramedic|mechanic|carpenter|builder|baker|barista|waiter|waitress|"
    r"server|bartender|receptionist|porter|cleaner|caretaker|courier|translator|interpreter|"
    r"curator|underwriter|broker|adjuster|surveyor|architect|auditor|bookkeeper|firefighter|"
    r"midwife|dentist|hygienist|vet|farmer|gardener|landscaper|photographer|editor|writer|"
    r"journalist|producer|tutor|lecturer|professor|coach|trainer|worker|caseworker|"
    r"counsell?or|carer|guard|warden|operator|fitter|welder|machinist|inspector|controller|"
    r"forecaster|estimator|recruiter|solicitor|barrister|clerk|steward|attendant|pilot|"
    r"surgeon|radiographer|optician|physio|physiotherapist|paramedic|constable|sergeant|"
    r"postwoman|postman|postie|handyman|fisherman|tradesman|storeman|groundsman|stockman|"
    r"herdsman|labourer|laborer|roofer|plasterer|tiler|decorator|glazier|scaffolder|joiner|"
    r"apprentice|picker|packer|loader|housekeeper|concierge|nanny|childminder|deckhand|"
    r"sailor|soldier|medic|shepherd|butcher|fishmonger|florist|hairdresser|stylist|"
    r"beautician|janitor|custodian|lifeguard)s?\b)|"
    r"someone who|"
    # ("So I am very patient, I explain him every step" is how the teller went on that day)
    r"the kind of person|(?:very |really )(?!(?:patient|calm|careful|polite|gentle|friendly|"
    r"clear|firm|kind|direct|respectful)[,;] (?:and )?i [a-z]+)|always |good at|great at|"
    r"passionate)|i (don't |do not )?"
    r"(really |strongly |firmly |truly |deeply )?believe (strongly |firmly |deeply |very much )?"
    r"(in|that)|proud of (what|all|everything|how much) (we|i|the team) (achieved|accomplished|"
    r"pulled off|built|delivered|did)|i (also |really )?like to|i (also |really )?love to|"
    r"how important it is|"
    r"what matters (most )?is|(is|are|was|were) ((really|always|absolutely|so) )?(the )?key\b|"
    # a maxim of how trust works, told instead of a time it was earned: "trust is built by being
    # honest", "respect comes from keeping promises", "honesty is the foundation of trust"
    r"(?:trust|respect|credibility|loyalty|rapport|a reputation) (?:is|has to be|must be|gets|"
    r"are) (?:built|earned|won|gained) (?:by|through|from|in|over)\b|(?:trust|respect|credibility) "
    r"(?:comes|come) from\b|(?:is|are) the (?:foundation|basis|cornerstone|bedrock) of\b|"
    r"(that|this|which|it) (really )?(shows|demonstrates|proves) my|" + SELF_APPRAISAL
    + r"|" + DEFINITION + r"|my ability to|"
    r"i made sure (that )?(everyone|everybody|we were all|the team was) (was |were )?(aligned|"
    r"on the same page|in the loop|happy)|"
    r"it'?s (really |very |always )?important to|"
    # ("the three places where you have to walk the parcels in" describes the places, and "what
    # would you need to see" asks someone in the story)
    # ("you must", "you've got to": the same rule said another way, as a second language or
    # speech says it)
    r"(?<!\bwhere )(?<!\bwould )(?<!\bdo )(?<!\bdid )(?<!\bwill )you (have|need|want) to|"
    r"(?<!\bwhere )(?<!\bif )you(?: must|(?:['’]ve| have)? got to| gotta)\b|"
    r"you should|typically|the key is|my approach is|whenever i|"
    # (not "in general the day go okay": how one day went, as "overall" says in a second
    # language)
    # ("not on his approach in general" says which part: only a sentence's opening "in
    # general" generalises)
    r"(?<![a-z] )in general(?!,? (?:the (?:day|week|shift|night|visit|event|launch|move|pour)|it|"
    r"everything|things) (?:go|goes|went|was|is|turn|turns|turned)\b)|"
    # a rule about a kind of person, and the moral drawn from it: "some customers are just going
    # to be difficult no matter what you do", "the important thing is not to take it personally"
    r"(?:some|most) (?:customers|clients|people|patients|guests|users|parents) (?:are|will) "
    r"(?:just|always)\b|no matter what you do|the (?:important|main|most important) thing is|"
    # ("Asked if I was sandbagging", "I said if I was wrong I'd take that on me": a question
    # reported, and the candidate's own words in the story, imagine nothing)
    r"(?<!\basked )(?<!\basked me )(?<!\bwondered )(?<!\bchecked )(?<!\bsaid )(?<!\btold him )"
    r"(?<!\btold her )(?<!\btold them )(?<!\bsaid, )if i (were|was|"
    # "if I had to" imagines; "if I hadn't noticed", "if I had checked" looks back on the story
    r"had(?! ?n['’]?t\b)(?! (?:not |just |already |never )?(?:\w+ed|been|known|seen|done|gone|"
    r"had|made|taken|spoken|told|got|kept|left|caught|run|heard|thought)\b))|"
    # "a failure I'd talk about is…" chooses the story to tell, as "the one I always think of"
    # does; "I'd talk to them first" is what the candidate would do.
    # ("if I'd gone in with the assay details" looks back on the story: whole words only)
    # ("And I said I'd sit with him on a couple": the candidate's words in the story)
    r"(?<!\bsaid )(?<!\btold him )(?<!\btold her )(?<!\btold them )(?<!\bsaid that )"
    r"i'd (probably |just )?(go|try|talk(?! about)|make|sit)\b|i (really )?(value|care about|"
    r"pride myself)|"
    r"i('m| am) (constantly|also a|a big)\b|i've (always|been a|been the|gotten feedback)\b|"
    # praise the candidate got, told to vouch for them: "I've had plenty of positive feedback",
    # "my manager rated me exceeds expectations", "I got a good appraisal that year"
    r"i['’]?ve (?:always )?(?:had|gotten|got|received) (?:plenty of |lots of |a lot of |really )?"
    r"(?:good|great|positive|glowing) feedback|rated me (?:as )?(?:exceeds|outstanding|top)|"
    r"i got a (?:really )?(?:good|great|glowing|strong) (?:appraisal|performance review|rating)|"
    r"i'd love to|one thing i'd(?! (?:change|do differently|have done)\b)|"
    # ("next time I'd bring the fix in the same breath" is a lesson of the story)
    r"i('d| would) describe myself|(?<!\bnext time )(?<!\bnext time, )i'd bring|"
    r"is (one of )?my (core )?values?|my philosophy|"
    r"my (?:belief|conviction|view) that|reinforced my (?:belief|view|conviction|sense)|"
    r"i bring (?:that|the|this|my) (?:same )?(?:mindset|energy|approach|attitude|passion|"
    r"dedication)|(?:excellence|dedication|passion) (?:and|to) (?:dedication|excellence|every))",
    # ownership
    "ownership": r"\bi (personally |then |also )?(decided|took (ownership|responsibility|"
    r"the lead|it on|it upon myself|charge)|owned|led|drove|proposed|put forward|initiated|"
    r"volunteered|"
    r"stepped (up|in)|"
    # (second-language English drops the article: "I take decision", told as "I took decision";
    # "I make stand-up every day" for "I ran one")
    r"made the (call|decision)|(made|took) (a )?decision|made (a |the )?([\w-]+ )?(stand-?up|"
    r"meeting|huddle|briefing|check-?in)s?|set up|organi[sz]ed|ran|launched|implemented|built|"
    r"designed|"
    # (writing someone an email tells them, as "I emailed Bilal" does: no ownership)
    r"created|wrote(?! (?:(?:an|a|the|my|one) )?(?:e-?mails?|messages?|texts?|back)\b)|"
    r"scheduled|negotiated|committed|rewrote|fixed|pushed for|championed|made sure|"
    r"insisted|spent|suggested|offered|took on|picked up|stepped in|wanted to fix|asked to (own|"
    r"lead|take))\b|(the thing|what) i pushed for|\b(my (decision|call|responsibility|idea|"
    r"proposal)|on me\b)|"
    # the choice put on record as the candidate's: "so it was on record as a decision I'd made"
    r"\b(?:a|the) (?:decision|call|choice) i(?:['’]d| had)? (?:made|took)\b|"
    # the proposal as the second step of the teller's sentence: "I made my case privately with
    # the chart printed, proposing a 40-minute test", "I heard her out and suggested a trial"
    r"\bi (?:then |first |also )?[a-z]+\b[^.;!?]{0,80}?(?:, |\band )(?:then )?(?:proposing|"
    r"proposed|suggesting|suggested|offering|offered|volunteering|volunteered)\b|"
    # a proposal put in speech: "I said, look, what if staff approve anything under 30 quid"
    # ("So I say, look, we could do the bedding ourselves", as a story told in the present says it)
    r"\bi (said|say|asked|ask|told (him|her|them)|tell (him|her|them))[,:]? (\w+, )?(what if|how "
    r"about|why don't we|could we|can we|let me|i could|i can|i'll|we could)\b",
    "collective_we": r"\bwe (\w+ed|did|made|built|went|had|got|ran|took|came|found|kept|felt|"
    r"thought|knew)\b",
    "passive_voice": r"\b(it was (decided|agreed|determined)|mistakes were made|(was|were|got|"
    r"been) (decided|handled|done|made|taken|given|fixed|resolved|escalated|dropped|missed|chosen|"
    r"approved|rejected|implemented|raised))\b",
    # data and experiments
    # "data" naming a team or a system ("the data team's pipeline") is not evidence.
    "data": r"\b(data(?! (?:team|pipelines?|engineer\w*|cent(?:er|re)s?|platform|migration|"
    r"warehouse|org|infra\w*|scien\w+|analysts?|folks|people|loss|breach|leak|entry)\b)|analysis|"
    # "the analytics lead" is a job, not evidence.
    r"analy[sz]ed|analytics(?! (?:lead|team|manager|engineer\w*|director|org|function|group))|"
    r"metrics?|dashboards?|numbers|quer(y|ied)|"
    r"sql|spreadsheet|survey(ed)?|cohorts?|funnel|telemetry|benchmark(ed|s)?|measured|baseline|"
    # the facts got and the sums done before deciding: "I got the facts: one bowser, 25 minutes
    # per aircraft", "I worked out how many we could fuel"
    r"(?:got|gathered|collected|established|checked) (?:the|all the) (?:facts|figures)|"
    r"did the (?:maths?|math|sums|arithmetic)|worked out (?:how (?:many|much|long)|that we could)|"
    r"statistic\w*|sample|modeled|modelled|forecast|logs|incident (logs|reports|data)|usage|"
    r"(support )?ticket (data|volume|counts?)|"
    # records pulled, not people, parts or a dish: "pulled the raw logs", not "pulled the two
    # fastest guys", "pulled the duct off the wall", "pulled the senior team together"
    r"pulled (the|our) (?!(?:[\w-]+ ){0,3}(?:team|guys|people|staff|crew|lads|switch|plug|dish|"
    r"sale|connector|duct|pipe|hose|cable|panel|cover|lever|trigger|batch(?:es)?|placement|"
    r"van|car|truck|stock)\b)(?!(?:[\w-]+ ){1,3}(?:off|apart|together|aside)\b)|"
    r"which showed|showed that|"
    # evidence gathered by hand: "a sheet of returns", "a tally of every call"
    r"(?:kept|made|started) (?:a|an) (?:sheet|log|tally|record|list|spreadsheet|count) of|"
    r"(?:kept|started) (?:a|an) (?:notebook|logbook|log book|diary)\b|"
    r"(?:showed|brought|gave|sent) (?:her|him|them|my \w+|the \w+) (?:the |two |three |four |"
    r"\d+ |some |a few |several )?(?:[\w-]+ ){0,2}(?:cases|examples|incidents|near-misses|"
    r"complaints|returns|samples|photos|figures|results|readings|records|reports|survey)|"
    # a stretch of records: "two weeks of glucose readings", "six months of booking data"
    r"(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve|a few|several) (?:days?|weeks?|"
    r"months?|years?|shifts?|quarters?)['’]? (?:of|worth of) (?:[\w-]+ ){0,2}(?:data|readings|"
    r"logs|records|figures|numbers|tickets|timesheets|complaints|returns|results|sales|orders|"
    r"calls|bookings|rotas|invoices|errors|faults|rejects|defects|failures|breakdowns|"
    r"incidents|claims|requests)|"
    r"(?:readings|figures|records|logs|results|numbers|data) (?:showing|that showed|which showed|"
    r"proving)|"
    # a track record told as what it is: "I told her how often in the past two years a retest had
    # cleared a first result: two out of five"
    r"how often (?:in the (?:past|last)|over the (?:past|last)|before|historically)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) out of (?:\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|twenty)\b|"
    # a measure of the trade's own: "scored high on the large-vessel screen", "told him my
    # score", "what the regional protocol said for that score"
    r"scored (?:high|low|highly|poorly|well|badly|\d+|above|below|over|under) (?:on|in|against)? ?"
    r"(?:the |a |our |their )?|(?:my|his|her|their|the) (?:risk |triage |pain |early warning |"
    r"news |credit |audit |hygiene |safety )?score (?:was|of|came|showed)|"
    r"(?:the|our) (?:[\w-]+ )?(?:protocol|guideline|guidelines|guidance|manual|spec|standard|"
    r"regulations?) (?:said|says|required|requires|recommended|recommends|called for|calls for))\b",
    "experiment": r"\b(a/b|ab test|split test|experiment(s|ed)?|pilot(ed|ing|s)?|prototyp(e|ed|"
    r"es)|trial(?:l?ed|l?ing|s)|"
    # a first try kept to one place: "she said try one bay", "we tried it on a single ward",
    # and the same as a terse line: "One bay for two weeks."
    r"(?:try|tried|trying|test|tested) (?:it )?(?:on |in |with |at )?(?:one|a single|just one) "
    r"(?:" + _PLACES + r")\b|(?:(?<=^)|(?<=^[-*•] )|(?<=[.!?] ))(?:one|a single) (?:" + _PLACES
    + r") for (?:a|one|two|three|four|six) (?:days?|weeks?|months?)\b|"
    r"hypothes(is|es|i[sz]ed)|trial|beta|mvp|control group|canary|"
    r"tested (the|a|our|whether|it)|proof of concept|poc|"
    # a test set up to settle the question: "I ask to do a small test: all four moulds", "we
    # ran a quick side-by-side comparison"
    r"(?:ran|run|runs|do|did|does|doing|set up|sets up|made|ask(?:ed|s)? (?:to (?:do|run) |for )|"
    r"propos(?:ed|es?) |suggest(?:ed|s)? ) ?a (?:(?:small|quick|simple|short|side-by-side|"
    r"controlled|fair|blind) ){0,2}(?:test|comparison|trial run)\b(?! of (?:my|his|her))|"
    # tried first where a mistake costs nothing: "tested on last month's file first", "ran it
    # on a copy", "tried it in staging first"
    r"(?:tested|tried|trialled|trialed|ran|run|checked) (?:(?:it|them|the(?: [\w-]+){1,3}) )?"
    r"(?:first )?(?:on|against|in|with) (?:a |an |the |our )?(?:copy|copies|sample|subset|"
    r"staging|sandbox|test (?:file|data|account|server|environment)|dummy|old (?:file|data)|"
    r"backup|single (?:store|ward|site|class|team)|one (?:store|ward|site|class|team|shift)|"
    r"(?:last|the previous) (?:week|month|year|quarter)'s \w+)\b|"
    # a trial told in plain words: "run both suppliers side by side", "for one term and compare"
    r"side by side|in parallel for|(?:ran|run|tried|try|trialled|trialed) (?:both|the two|each|"
    r"them|it) (?:side by side|in parallel|for (?:a|one|two|three|\d+) (?:weeks?|months?|terms?|"
    r"shifts?|days?|sprints?))|(?:for (?:a|one|two|\d+) (?:weeks?|months?|terms?|shifts?|"
    r"sprints?)) and (?:compare|compared|measure|measured|see)|"
    # two versions tried on the same people: "gave both versions to my class a week apart"
    r"(?:gave|sent|showed|ran|used|tried) (?:both|the two|two) (?:versions|options|forms|layouts|"
    r"scripts|menus|wordings|designs|methods)\b|\b(?:a|one|two) (?:day|week|month)s? apart|"
    # a first try told in plain words: "we tried it out for a week", "tried the new list out"
    r"tried (?:(?:it|them|this|that) |the (?:[\w-]+ ){1,2}?)out\b|"
    # a sample sent away to be tested: "sent sample to lab: mycotoxin high", "we sent two
    # swabs off for testing"
    r"sent (?:a |the |two |three |some |\d+ )?(?:[\w-]+ )?(?:samples?|swabs?|specimens?) (?:off )?"
    r"(?:to (?:the |a )?lab|for (?:testing|analysis|a test))|"
    # a new thing tried for a set time, or beside the old one: "I tried the new flour for a
    # week", "tried a batch on the side", "put the two loaves next to each other" (not "we sat
    # next to each other", "a job on the side")
    r"(?:tried|trialled|trialed|tested) (?:the|a|their|our) new (?:[\w-]+ ){1,2}?for "
    r"(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?|shifts?|sprints?|batch(?:es)?)|"
    r"(?:tried|tested|trialled|trialed) (?:[\w-]+ ){1,5}?on the side\b|(?:put|showed|laid|set|"
    r"placed|compared|lined up) (?:[\w-]+ ){1,5}?(?:next to each other|alongside (?:each other|"
    r"the (?:old|usual|current) (?:one|ones|[\w-]+)))(?! of)\b)\b",
    # people
    # Someone served, not the word in a title or a creed: "Head of Customer Experience",
    # "customer obsession is at the heart of everything I do", "a customer-back approach".
    "customer": r"\b(customers?|users?|clients?|buyers?|shoppers?|patients?|subscribers?|"
    r"merchants?|sellers?|end users?|guests?|(?<!team )(?<!staff )(?<!board )members|"
    r"travell?ers|drivers|riders|advertisers|tenants|students|parents|consumers?|residents|"
    r"passengers?|diners|callers|homeowners|householders|"
    # one person served, as a shop floor, a ward or a counter tells it: "One old lady, maybe 75,
    # come in", "an elderly gentleman rang"
    r"(?:one|an?) (?:old|older|elderly|young|regular) (?:lady|gentleman|man|woman|couple|"
    r"customer|client)|(?:one|an?) (?:lady|gentleman) (?=came|come|comes|rang|called|phoned|"
    r"walked|asked|wanted|needed))\b(?![- ](?:obsess\w*|centric\w*|centricity|first|back|"
    r"experience|journey|insights?|success|satisfaction score)\b)",
    "customer_feedback": r"\b((interviewed|called|visited|shadowed|surveyed) (\d+ |a few |"
    r"several |some |our |a dozen |twenty |ten )?(customers|users|clients|merchants|patients|"
    r"stores)|customer (feedback|interviews?|calls?|complaints?|tickets?|visits?)|support tickets|"
    r"nps|csat|user research|usability (tests?|sessions?|study)|(spoke|talked) (to|with) (\d+ |"
    r"a few |several |some )?(customers|users|clients)|churn (interviews|reasons|survey)|"
    # what customers wrote, not the reviews a workplace holds of its own people and work
    r"(?<!disciplinary )(?<!performance )(?<!code )(?<!design )(?<!peer )(?<!annual )"
    r"(?<!safety )(?<!case )(?<!file )(?<!security )(?<!budget )(?<!quarterly )(?<!monthly )"
    r"(?<!weekly )(?<!incident )(?<!contract )(?<!salary )(?<!pay )(?<!staff )reviews|"
    r"feedback from|"
    # the customer's own word afterwards: "the parents wrote to the practice to say…"
    r"(?:wrote|came back|called|rang) (?:to|in to) (?:the|us|me|our|head office)(?: [\w-]+)? "
    r"(?:to (?:say|thank|tell)|saying|and (?:said|thanked)))",
    "stakeholder": r"\b(stakeholders?|leadership|executives?|exec|vp|svp|cto|ceo|cfo|coo|"
    r"directors?|head of|(?:my|our) (?:manager|boss)|skip[- ]level|senior leaders?|legal|finance|"
    r"sales team|board|"
    # as workplaces outside an office name them: a colleague, "the site manager", "head office",
    # "the auditors", the supplier or contractor whose work the decision touches
    # ("a colleague's model" names the model, not someone with a stake in the decision)
    r"(?:(?:my|a|our|the|one) (?:colleagues?|co-?workers?|peers?)|colleagues)(?!'s|’s)|head office|"
    r"(?:site|practice|store|ward|shift|area|regional|general|branch|duty|department|operations|"
    r"project|line|floor|unit|plant|warehouse|restaurant|hotel|clinic|office|station) (?:managers?|"
    r"mgrs?)|"
    r"(?:my|our|the) (?:[\w-]+ )?supervisors?|"
    r"auditors?|inspectors?|(?:the|our|a) (?:suppliers?|contractors?|vendors?|landlord|owner|"
    r"principal|head ?teacher|(?:[\w-]+ )?council)|councill?ors?|(?:the|a) (?:[\w-]+ )?committee|"
    r"governors|trustees|"
    # A department named without "team", as a terse line says it: "explain to sales".
    r"(?:to|with|for|from) (?:sales|marketing|compliance|procurement|operations)(?! \w+ing\b))\b",
    "collaboration": r"\b(partnered|worked (closely )?with|together with|paired|collaborat\w+|"
    # a plan remade with someone: "we reorganised the rota with Bethan, the farm manager"
    r"(?:we|i) (?:then |also )?(?:reorgani[sz]ed|reorgani[sz]e|rearranged|rearrange|redrew|"
    r"redid|redo|rewrote|rewrite|drew up|draw up|worked out|work out) (?:the |a |our |a new )?"
    r"(?:[\w-]+ ){0,2}with (?:the |our |my |his |her )?(?!it\b|them\b)[\w-]+|"
    # a step taken side by side: "we walked the shed together", "we look together at the week",
    # "we built it together" ("we work together well" is how they get on, not a step)
    r"we (?:then |both |all )?(?:looked|look|went|go|sat|sit|planned|plan|mapped|map|walked|walk|"
    r"wrote|write|built|build|drafted|draft|redid|redo) (?:it |them |this |the [\w-]+ |through "
    r"(?:it|them|the [\w-]+) )?together|"
    # a check agreed to be done together from then on: "we agreed to go through the next
    # month's bookings together every Friday"
    r"we (?:agreed|decided|arranged|started|began) to (?:go through|check|review|plan|look at|"
    r"walk through|do) (?:[\w'’-]+ ){0,4}?together\b|"
    r"we (?:then |both )?(?:looked|look|went|go|sat|sit|walked|"
    r"walk) together (?:at|through|over|to)\b|"
    # the trade that knows it called to the job: "got the engineer in", "had the refrigeration
    # engineer out", "I got a surveyor out"
    r"(got|had|called|brought) (the|an|a|our|their) ([\w-]+ ){0,2}(engineer|electrician|plumber|"
    r"vet|technician|fitter|specialist|contractor|surveyor|installer)s? (in|out|round|over)\b|"
    # a hands-on step of one's own done beside someone from the other side: "I went up the
    # scaffold with their fitter", "I did the stock count with one of their pickers" (meeting
    # or talking with them is no shared work)
    r"i (?!(?:met|spoke|talked|chatted|had|was|got|caught|checked|went to|sat in|joined)\b)"
    r"(?:\w+ ){1,5}?with (?:their|his|her|the other|one of (?:their|the|our|my)) "
    r"(?:[\w-]+ )?(?:guy|lad|man|woman|person|people|colleague|"
    r"driver|nurse|doctor|cook|chef|porter|engineer|developer|designer|analyst|tech|technician|"
    r"fitter|mechanic|electrician|supervisor|manager|lead|operator|picker|packer|loader|rep|"
    r"agent|teacher|carer|cleaner|crew|team|shift|staff)s?\b|"
    # each one's work checked by another: "we checked each other's batches daily"
    r"(?:checked|reviewed|double-checked|proofread|tested|marked) each other['’]s|"
    r"cross-?functional|aligned with|teamed up|jointly|co-wrote|with (the|our) (design|data|sales|"
    r"support|ops|engineering|product|marketing|finance|legal|security) (team|lead)|"
    # working a problem through with the people who share it: "sat down with the two night
    # nurses and went through the rota line by line"
    r"(?:sat|sit|sitting) down with (?!(?:a|an|some|coffee|tea|(?:my|the) (?:coffee|tea|laptop|"
    r"notes|inbox|own|data|numbers|figures|logs|files?|reports?|spreadsheet|drawings|manual))\b)"
    r"[a-z]+\b[^.;!?]{0,80}?\band (?:(?:went|go|going|worked|work|working|talked|talk) "
    r"(?:through|over)|we (?:listed|mapped|planned|worked out|drew up|wrote down))\b|"
    # people paired across the split: "put one old worker next to one new worker"
    r"(?:put|sat|paired|placed) (?:one|an|each|every) (?:old|experienced|older|senior|new|newer) "
    r"[\w-]+ (?:next to|with|beside) (?:one|a|an|each|every) (?:new|newer|old|older|experienced)\b|"
    # a way of working agreed between the two sides: "so we agreed a simple thing", "she and I
    # worked out a signal", "we agreed on a new handover time"
    r"(?:we|(?:she|he|[a-z]+) and i|the (?:two|three) of us|both of us) (?:agreed|worked out|"
    r"came up with|settled on|drew up|set up) (?:on )?(?:a|an|one|the) (?:[\w-]+ ){0,2}?(?:plan|"
    r"thing|way|system|rule|rota|process|fix|signal|routine|deal|arrangement|code|sign|"
    r"handover|timetable|schedule)\b)\b",
    "influence": r"\b(convinced|persuaded|won (them|him|her|it) over|won over|buy-?in|"
    r"bought in|brought (them|him|her|everyone) around|changed (their|his|her) minds?|"
    r"agreed to (try|pilot|run|test)|made the case|built support|rallied|(got|brought) (them|him|"
    # ("the budget was already signed off" was settled before anyone was persuaded)
    r"her|everyone|the team) on board|(?<!already )signed off|sign-off|came around|"
    # the decision-maker taking up the case: "she took our case to the highways committee"
    r"(?:she|he|they) (?:took|brought|championed|backed|supported) (?:our|my) (?:case|proposal|"
    r"idea|request|plan)|"
    # a proposal taken up: "I proposed we keep the same exam …, and he agreed"
    r"i (?:proposed|suggested|offered)\b[^.!?]{0,120}\b(?:and|so) (?:he|she|they|[a-z]+) "
    r"(?:agreed|said yes|accepted)|"
    # the person who decides asked first, and a trial allowed: "I'd talked to her already and
    # she was fine with it", "so the owner said try two months"
    r"i(?:['’]d| had) (?:already )?(?:talked|spoken|checked) (?:to|with) (?:him|her|them|the "
    r"[\w-]+(?: [\w-]+)?) (?:already|first|beforehand|before)|(?:said|says) (?:we could |i could "
    r"|to |ok,? |okay,? |fine,? |yes,? )?try (?:it )?(?:for )?(?:a|one|two|three|four|six|\d+) "
    r"(?:days?|weeks?|months?|bays?|shifts?|sites?|stores?|wards?)\b|"
    # the candidate's practice taken up by the others: "Everyone in the lab does it now"
    r"(?:everyone|everybody|all of us|the whole (?:team|crew|shift|ward|lab|kitchen)|the others|"
    r"all the others) (?:(?:in|on|at) (?:the|our|my) [\w-]+ )?(?:does|do|uses?|follows?) it "
    r"(?:now|too|as well)\b)\b",
    "mentoring": r"\b(mentor(ed|ing)?|coach(ed|ing)?|taught(?! me\b| myself\b)|trained|"
    # practice set for one person on a rhythm: "I set her one past question every morning at
    # break for six weeks", "gave him two drills a shift"
    r"(?:set|gave) (?:her|him|them) (?:one|a|two|three|some|a few) (?:[\w-]+ )?(?:questions?|"
    r"exercises?|tasks?|problems?|cases?|drills?|papers?|scenarios?) (?:every|each|a) (?:morning|"
    r"day|week|shift|break|evening|lesson)|"
    r"onboard(ed|ing)? (him|her|them|new|a new|the new|our new|two|three|four|five|\d+)|promoted|"
    r"(i|we) hired|hiring|grew (him|her|them|the team|into)|(his|her|their) career|"
    r"career (growth|development|goals|path|conversations?)|development plan|delegat\w+|"
    # a person sponsored, not a review or a set of sessions ("a review, which I sponsored")
    r"sponsored (him|her|them|(?!it\b)[a-z]+ (for|to|into)\b)|gave (him|her|them) (the|ownership|"
    r"feedback)|stretch assignment|"
    r"(explain|explained|show|showed|walk|walked) (him|her|them) (through|how)|"
    r"(sit|sat) (together|with (him|her|them)) (for )?(two|three|a few|several|\d+|every|each)|"
    # helping someone learn the job, in plain words: "sitting with him, giving him feedback",
    # "we set him some goals", "I gave him one thing to work on each week"
    r"sitting (in )?with (him|her|them)|giv(e|es|ing|en) (him|her|them) (some |more |regular |"
    r"honest )?feedback|set (him|her|them) (some |a few |clear |small )?(goals|targets)|gave "
    r"(him|her|them) (one|a|some) (thing|things|skill|area)s? to work on|"
    # watching them work and putting them beside someone who knows it: "I sat in on two of his
    # meetings", "I paired her with our most experienced analyst"
    r"(sat|sit|sitting) in on (\w+ ){0,2}(his|her|their) [\w-]+|(paired|pairing|pair|buddied|"
    r"partnered) (him|her|them) (up )?with|"
    # training arranged for the people: "we also set up some extra training sessions"
    r"(?:set up|ran|organi[sz]ed|arranged|booked|held) (?:some |extra |a few |two |three |"
    r"weekly |short )*(?:training|coaching|practice|refresher) (?:sessions?|courses?|days?|"
    r"classes)|"
    # the job shown, then watched being done: "I ran the group and she watched. Then she ran it
    # and I watched"
    r"(?:she|he|they) (?:ran|did|led|took|run|do|lead|take) (?:it|the [\w-]+) and i watched|"
    r"i (?:ran|did|led|run|do|lead) (?:it|the [\w-]+) and (?:she|he|they) watched|"
    # the knowledge passed on, in plain words: "I spent the next month teaching the new starters",
    # "Then I ran two short workshops for the other nurses on the new pumps"
    r"teach(?:ing|es)? (?:our|my|the|two|three|a few|some|all|every|each|other|new) (?:[\w-]+ )"
    r"{0,3}?(?:apprentices?|juniors?|trainees?|colleagues|starters|hires|team|staff|lads|nurses|"
    r"analysts|engineers|students|volunteers|others)\b|(?:ran|run|running|gave|given|held|"
    r"organi[sz]ed|set up) (?:a |an |two |three |four |\d+ |some |a few |several |regular |"
    r"monthly |weekly )?(?:internal |short |lunchtime |informal )?(?:workshops?|lunch-and-learns?|"
    r"teach-ins?)\b[^.;!?]{0,40}?\b(?:for|with) (?:the |our |my |other |two |three |\d+ |all |"
    r"new )|"
    # helping the newer people through the job: "helped the newer nurses", "helped some of the
    # other cashiers with it"
    r"helped (?:some of |a few of |two of |one of )?(?:the |our |my |a few |two |three |some )?"
    r"(?:other |newer |new |junior |younger |less experienced )(?:[\w-]+ )?"
    r"(?:[\w-]*[a-rt-z]s|staff|people|folk)\b"
    r")\b",
    "communication": r"\b(explained|wrote (a|up|an|(?:short |brief |(?:one|two)-page )?"
    r"(?:proposal|memo|summary|report|letter|guide)\b)|presented|framed|walked (them|him|her|"
    r"the \w+) through|communicated|documented|memo|one-?pager|a doc\b|the doc\b|emailed|slides?|"
    r"deck|demo(ed)?|tailored|summari[sz]ed|weekly update|status update|listened|translated|"
    r"plain (?:language|words|english)|simple words|visuali[sz]ed|"
    # telling the people affected, as any job does it: "I rang the site manager", "I briefed the
    # night shift", "I called the auditor's contact"
    r"i (?:also |then |first |immediately |personally )?(?:rang|phoned|called|informed|briefed|"
    r"updated|notified|warned|radioed|texted|messaged) (?:the|my|our|him|her|them|every|each|"
    r"all|both|"
    # a note leaves out the article: "Rang night mgr at home", "Told GM within 1 hr"
    r"(?:[\w-]+ )?(?:manager|general manager|supervisor|boss|director|matron|foreman|"
    r"head of department|co|company|firm|supplier|vendor|contractor|engineer|helpdesk|client|"
    r"customer|owner))\b|"
    # the record sent to the one who had to know, and why: "sent my area manager the test log
    # so she knew why we'd lost the bookings", "I send to my area manager the test log"
    r"(?:sent|send|emailed|email|forwarded|forward|gave|give|showed|show) (?:to )?(?:the|my|our|"
    r"his|her|their) (?:[\w-]+ ){0,2}(?:manager|boss|director|supervisor|lead|team|client|"
    r"customer|owner|head|chef|matron|editor|principal) (?:the|a|an|our|my|his|her|their|all "
    r"the) (?:[\w-]+ ){0,2}(?:logs?|reports?|numbers|figures|data|update|summary|note|results|"
    r"readings|photos|pictures|calculations?|breakdown|timeline)\b|"
    # said or written in the language of the people it is for: "I said the main point again in
    # Romanian", "I write the list in Spanish and English"; or shown in pictures, not words
    r"(?:said|say|says|wrote|write|writes|printed|print|explained|explain|translated|translate|"
    r"repeated|repeat|put) [^.;!?]{0,40}?\bin (?:" + _LANGUAGES + r")(?: and (?:" + _LANGUAGES
    + r"))?\b|(?:pictures|photos|diagrams|drawings|symbols|icons)\b[^.;!?]{0,40}?\b(?:instead "
    r"of|not|rather than) (?:words|text|writing)\b|"
    # saying what was done and why: "I told him what I'd done and why"
    # (or the second step of one sentence: "I paused the club and told the kids why")
    r"(?:i|\band) (?:also |then |first )?told (?:him|her|them|everyone|everybody|staff|people|"
    r"(?!(?:this|his|was|its|is|as)\b)[a-z]{2,}s|the [\w'’-]+(?: [\w'’-]+){0,3}?|"
    r"my [\w-]+)(?: and (?:the|my|his|her|their) [\w'’-]+(?: [\w'’-]+){0,3}?)? (?:what|why|how|"
    r"exactly|straight away|first)\b)\b",
    "empathy": r"\b(listened|understood (their|his|her|where)|acknowledged|empathi[sz]\w+|"
    # asking the other side to show their work, and finding it was not what was assumed: "I ask
    # her to explain me her day", "asked him to show me what he did when it stopped", "it was not
    # that she is slow"
    r"(?:asked|ask|asks) (?:him|her|them|the [\w-]+) to (?:explain|walk me through|talk me "
    r"through|tell me about|show me)(?: to me| me)? (?:his|her|their|what|how|why)\b|"
    r"it (?:was|is|wasn['’]t|isn['’]t)"
    r"(?: not)? (?:that|because) (?:he|she|they) (?:was|were|is|are) (?:being )?(?:slow|lazy|"
    r"difficult|awkward|obstructive|careless|rude|unwilling|stubborn)\b|"
    # asking the people in front of them first, answering what they asked: "I asked the parents
    # first, outside, how much they wanted the children to hear", "I answered every question"
    r"asked (?:the|each|every|both) [\w-]+(?: [\w,]+){0,3} (?:how|what|why|whether)\b|"
    r"answered (?:every|all|each|their|his|her) (?:of (?:their|his|her) )?questions?|"
    # staying until the last question was heard: "I stayed after until everybody asked their
    # question"
    r"(?:stayed|stay|waited|sat) (?:on |behind |after |late |there )?(?:until|till|'til) "
    r"(?:everybody|everyone|every(?: [\w-]+)?|all of them|the last (?:one|question|person)) "
    r"(?:had )?(?:asked|had (?:asked|their say|a chance)|was (?:answered|heard|done))|"
    r"(?:talked|spoke) (?:to|with) (?:each|every|all|both|two|three|four|five|six|several|a few|"
    r"\d+) (?:of (?:them|the|my|our) )?[\w-]+|to (?:lower|reduce|cut|save|ease) (?:their|his|her) "
    r"(?:costs?|work|workload|risk|time|burden)|"
    r"(their|his|her) perspective|where (they|he|she) (was|were) coming from|"
    r"from (?:his|her|their) (?:point of view|side|end)|in (?:his|her|their) shoes|asked (him|her|"
    r"them) (how|what|why)|validated|put myself in|heard (them|him|her) out|respectful(ly)?|"
    r"(?<!teach )(?<!taught )(?<!tutor )(?<!tutored )(?<!work )(?<!worked )privately|in private"
    + _NOT_THE_SECTOR + r"|(his|her|their) concerns?|under pressure from|asked (for|"
    r"about) (specifics|details|feedback|examples|their view|his view|her view)|what (they|he|"
    r"she) (needed|cared about|was worried about|(?:was|were) trying to (?:achieve|do|solve|get|"
    r"protect))|asked (what|why) (he|she|they) (was|were|wanted|needed|cared|had)\b|"
    # the other side's reason, told as theirs: "his reason was that 22% of users abandoned"
    # ...or as it is said aloud or noted: "and his thing was, like, the job was two weeks
    # behind", "His reason: job 2 wks behind"
    r"(his|her|their) (reason|reasoning|worry|concern|point|argument|side) (was|were) that|"
    r"(?:his|her|their) (?:reason|reasoning|worry|concern|point|argument|thing|logic|angle|"
    r"worry|fear)(?:s)?(?: (?:was|were),? (?:like,? |basically,? )?|\s*:\s*)(?=\w)(?!(?:that )?"
    r"(?:fine|wrong|nonsense|rubbish|silly|stupid)\b)|"
    # what the other side raised, written down or heard out: "wrote down the four problems his
    # crew raised", "I spent two of his shifts on the floor"
    r"(?:wrote down|noted|listed|took down|heard|listened to|collected|gathered) (?:the |all the "
    r"|every |each )?(?:\w+ )?(?:problems?|concerns?|issues?|complaints?|worries|points|"
    r"questions|gripes) (?:that )?(?:he|she|they|his|her|their|the [\w-]+)(?: [\w-]+)? (?:had "
    r")?(?:raised|had|mentioned|brought up|listed|named)|spent (?:a |an |one |two |three |a few |"
    r"several )?(?:\w+ )?(?:of (?:his|her|their) )?(?:shifts?|days?|mornings?|nights?) (?:on the "
    r"floor|with (?:him|her|them|the [\w-]+))|"
    # hearing each side of a quarrel between two others: "I took them each for a coffee
    # separately, just to hear it", "they both had a point"
    r"(?:took|take|takes|saw|see|met|meet|spoke to|speak to|talked to|talk to|had|have) "
    r"(?:them|both of them|the two of them) (?:each "
    r"|both )?(?:[\w-]+ ){0,3}(?:separately|one at a time|one by one|individually)|"
    r"(?:they|both of them|the two of them)(?:['’]ve| have)? (?:each |both )(?:(?:had|have|got) "
    r"(?:a )?(?:real |fair |good |genuine )?(?:point|reason)s?|were (?:partly |half )?right)|"
    r"(?:heard|listened to) (?:both|each) (?:sides?|of them)|"
    r"why (he|she|they) (wanted|needed|pushed for|insisted on|cared about)|"
    # asking for the other's view in their own words: "I asked her, like, what do you think I
    # should stop doing", "I asked them: what would make this easier?"
    r"\bi (?:\w+ly |also |then |just )?asked (?:him|her|them|the [\w-]+(?: [\w-]+)?)[,:]? "
    r"(?:like,? |just |straight,? )?[\"“'‘]?(?:what|how) (?:do|would|could|can) (?:you|we|i)\b|"
    # asking the people it is for what they need, in plain words, with or without naming them:
    # "I asked what would help", "I asked her what was hard about it"
    r"\bi (?:\w+ly |also |first |just |then )?asked (?:(?:him|her|them|the [\w-]+(?: [\w-]+)?) )?"
    r"what (?:would|could|might) (?:help|make (?:it|things|that) (?:easier|better|work)|work "
    r"better)|\bi (?:\w+ly |also |first |just |then )?asked (?:(?:him|her|them|the [\w-]+"
    r"(?: [\w-]+)?) )?what (?:was|is) (?:hard|difficult|wrong|worrying (?:him|her|them)|"
    r"stopping (?:him|her|them)|getting in the way)\b)\b",
    # A trust that runs schools or hospitals ("a multi-academy trust", "the trust's director of
    # education", "I presented it to the trust") is an organisation, not trust earned.
    "trust": r"\b((?<!academy )(?<!nhs )(?<!hospital )(?<!health )(?<!housing )(?<!foundation )"
    r"(?<!care )(?<!ambulance )(?<!to the )(?<!across the )(?<!at the )"
    # (the aim, "I wanted to … earn their trust", "my goal was to build trust", is no trust
    # shown: "earned their trust" is)
    r"(?<!earn their )(?<!earn his )(?<!earn her )(?<!earn the team's )(?<!win their )"
    r"(?<!gain their )(?<!to build )(?<!to win )(?<!to gain )"
    r"trust(ed|ing)?(?!['’]s\b|-wide\b| (?:board|director|board's)\b)|transparen\w+|"
    r"candid(ly)?|admitted|apologi[sz]ed|owned up|"
    # trust shown by what the other side asked of the teller later: "she asked me to be her
    # referee when she applied for the deputy role"
    r"(?:asked|wanted|chose|picked) me (?:to be|as) (?:her|his|their) (?:referee|reference|"
    r"mentor|sponsor|deputy|second|stand-in|backup|cover)\b|"
    # an apology in any words: "I told her sorry", "I said sorry to the family"
    r"(?:said|say|says|told (?:him|her|them|the [\w-]+)) sorry|(?:made|offered|gave) (?:an |my |"
    r"a (?:full |proper |personal )?)apology|"
    # "Honestly" is a verbal tic ("honestly the whole mess was on them"), not candour shown.
    # Being handed the next thing to lead is trust shown, not claimed.
    r"asked me to (lead|run|own|write|review|present|co-lead|take over)|(invited|pulled|"
    r"brought) me (in|into|onto)|came to me (first|for)|sought me out|recommended me|"
    # …or chosen first for what came next: "mine was the first name on his list", "she asked
    # for me on her next project", "I was the first person he called"
    r"(?:my|mine) (?:was (?:the )?)?(?:first )?name (?:was )?(?:on|at the top of) (?:his|her|"
    r"their) list|(?:asked for|requested|picked|chose|wanted) me (?:again |back |first )?(?:for|"
    r"on) (?:his|her|their) (?:next|new|following)\b|i was the first (?:person|one|call) (?:he|"
    r"she|they) (?:called|rang|asked|picked|went to)|"
    r"kept (my|our) (word|promise)|credibility|followed through|"
    # a promise told and then kept: "I promised I would tell him myself at pickup, and I did
    # that every day"
    r"promised [^.]{0,100}?\band (?:i|we) did (?:that|it|so|exactly that|just that)\b|"
    r"told (them|him|"
    r"her) the truth|flagged (it|the risk|this) early|raised (it|the risk) early|vulnerab\w+|"
    # telling it as it is: "I told him that straight", "I was straight with her"
    r"told (?:him|her|them) (?:that |it )?straight\b|(?:was|were|been) straight with (?:him|her|"
    r"them)|"
    # saying what is not known rather than a hopeful guess: "I said first what we don't know",
    # "instead of promising a date"
    r"(?:said|told (?:them|him|her|everyone|the [\w-]+)|admitted|explained) (?:\w+ )?what (?:we|i) "
    r"(?:don['’]t|didn['’]t|do not|did not) (?:yet )?know|instead of (?:promising|guessing|"
    r"pretending|guaranteeing)|"
    r"(?:be|was|were|being) honest (?:with|about)|"
    # the candidate's own mistake said to the people it hurt: "I said, look, I got that wrong
    # … and I'm sorry", "I told the team I'd changed the rota without asking and that was a
    # mistake"
    r"i (?:said|told (?:him|her|them|everyone|the [\w-]+))\b[^.;!?]{0,90}?\b(?:i got (?:that|it|"
    r"this) wrong|i(?:['’]m| am) sorry|(?:it|that|this) was (?:a|my) mistake|i was wrong|i messed "
    r"(?:it |that |this )?up)|(he|"
    r"she|they) (was|were) right|i was wrong)\b",
    "wellbeing": r"\b(burnout|burned out|burnt out|workload|well-?being|morale|inclusive|"
    # someone seen struggling and helped there and then: "two of the older pickers were
    # struggling, so I showed them the three screens they needed" (found where the help starts,
    # in the teller's clause; "I was struggling, so I took a day off" helps no one)
    r"(?:(?<=struggling, so )|(?<=stuck, so ))(?<!\bi was struggling, so )(?<!\bi was stuck, so )"
    r"(?<!\bwe were struggling, so )(?<!\bwe were stuck, so )i (?:then )?(?:showed|helped|walked|"
    r"sat (?:down )?with|paired|explained|gave)\b|"
    r"inclusion|psychological(ly)? safe\w*|work-life|on-?call (rotation|load|burden)|overtime|"
    r"belonging|accommodat\w+|parental leave|retention of (the )?team|attrition|"
    # the strain of the hours themselves: "a sign-in system for out-of-hours work", "nobody does
    # more than one overnight a fortnight", "the crew was exhausted"
    r"out-of-hours|out of hours|after-hours|(?:one|two|three|\d+|fewer|more|no|an) overnights? "
    r"(?:per|a|each|every|in a row)|overnight (?:shifts?|sessions?|work|working|sampling|"
    r"on-?call|cover|rota)|overnights|night shifts? in a row|exhausted|exhaustion|overwork\w*|"
    r"stressed|stressful|"
    # what the hours cost people at home: "they couldn't book childcare", "weekend sickness"
    r"child ?care|sickness|sick (?:leave|days)|school runs?|"
    # a person about to be lost to the strain, and the rest given them: "one guy wants to quit
    # in second week, too tired", "I give him Sunday off every week"
    r"(?:wanted|wants|want|was going|was about|threatened|planned|ready) to (?:quit|leave|resign|"
    r"hand in (?:his|her|their) notice)|(?:too|very|really|so) tired|"
    r"(?:gave|give|gives|giving) (?:him|her|them) (?:the |a |every |each )?(?:[\w-]+ ){0,2}?(?:off|"
    r"a break|a rest)\b)\b",
    # disagreement, from first objection to the relationship afterwards
    "disagreement": r"\b("
    # the verdict with a word between, or in the present a second-language telling uses:
    # "I personally thought that was a bad idea", "Personally I think it is bad idea", "I
    # thought bad idea"
    r"i (?:personally |honestly |privately |really )?(?:thought|think|felt|feel)(?: that)?"
    r"(?: (?:it|this|that|the plan|the idea)(?: was| is|'s))? (?:a |an )?(?:bad|terrible|poor|"
    r"risky|dangerous|wrong) (?:idea|call|move|plan)\b|"
    # the verdict understated: "I thought that was optimistic", "I felt the date was a stretch"
    r"i (?:personally |honestly |privately |really |still )?(?:thought|felt|believed)(?: that)? "
    r"(?:it|this|that|the (?:[\w-]+ ){0,2}[\w-]+)(?: was|'s| would be) "
    r"(?:far |way |much |a bit |quite |"
    r"very |wildly |hugely |too )?(?:optimistic|ambitious|unrealistic|premature|rushed|a stretch|"
    r"a long shot|short-sighted|naive|overkill|too (?:early|soon|tight|fast|much|big|risky|"
    r"expensive))\b"
    r"(?!,? but (?:doable|achievable|possible|realistic|fine|manageable|worth))|"
    # the harm foreseen in their plan: "I thought it would kill sign-ups", "I felt the tutorial
    # was going to confuse people"; and the argument itself: "we went back and forth a lot"
    r"i (?:honestly |really |personally )?(?:thought|felt|believed|was sure|was convinced)"
    r"(?: that)? (?:it|this|that|the (?:[\w-]+ ){0,2}[\w-]+) (?:would|'d|was going to) "
    r"(?:really |just )?(?:kill|hurt|tank|damage|wreck|ruin|break|confuse|annoy|slow down|"
    r"put off|scare off|drive away|lose)\b|(?:we|they|[a-z]+ and i) went back and forth\b|"
    # …and as a note says it, its "I" left out: "- Not comfortable - manual test below safe
    # level twice", "Not happy with that: the tool heats up"
    r"(?:^|(?<=[-*•] ))(?:not|wasn['’]t|was not) (?:really )?(?:comfortable|happy|convinced|"
    r"satisfied)(?: with (?:that|this|it))?(?= ?[-–—:]| because\b)|"
    # what someone said met with unease and a reason: "My supervisor said that was enough… I
    # wasn't happy with that, because the tool heats up" (not "wasn't happy with my own work")
    r"i (?:was ?n['’]?t|was not) (?:really |at all |very |too )?(?:happy|comfortable|"
    r"convinced|satisfied) (?:with|about) (?:that|this|it|(?:the|his|her|their) (?:plan|idea|"
    r"decision|answer|call|approach))\b(?=,? (?:because|since|as)\b)|"
    # the deeper fix insisted on, to the one who wanted the quick one: "I say to him, we must
    # find why", "I told her we had to fix the cause first"
    r"i (?:said|say|told (?:him|her|them|my [\w-]+)|tell (?:him|her|them|my [\w-]+))"
    r"(?: to (?:him|her|them|my [\w-]+|the [\w-]+))?,? "
    r"(?:that )?(?:no,? )?we (?:must|have to|had to|need to|needed to|should) (?:first )?(?:find|"
    r"fix|know|understand|check)\b|"
    # a refusal said in the present of the words used: "I said, honestly, I don't think I can
    # do that", "I can't sign that off"
    r"i (?:don['’]t|do not) think i (?:can|could|should) (?:do|sign|raise|approve|send|post|book|"
    r"release|put|back|support) (?:that|this|it)\b|i (?:can['’]t|cannot|won['’]t) (?:sign|"
    r"approve|back|support) (?:that|this|it)(?: off)?\b|"
    # …or as what the teller is not doing: "I say to him, I'm not signing it off"
    r"i(?:['’]m| am) not (?:going to )?(?:sign(?:ing)?|approv(?:e|ing)|releas(?:e|ing)|"
    r"authori[sz](?:e|ing)|pass(?:ing)?) (?:that|this|it)(?: off| out| through)?\b|"
    # an argument had with the other side, not the point argued: "we argued about it for most
    # of an hour", "we had a proper row over the rota"
    r"(?:we|she and i|he and i|they and i|i) (?:then )?(?:argued|debated) (?:about|over) "
    r"(?:it|this|that|the [\w-]+)|(?:we|i) had (?:a |an )?(?:real |proper |long |heated |big |"
    r"honest |frank )?(?:argument|row|debate|disagreement|back-and-forth) (?:about|over|on)\b|"
    r"i (strongly |respectfully )?(disagreed|objected|opposed|challenged|"
    r"questioned|pushed back|did(n't| not) agree|was(n't| not) convinced|"
    # a second-language "I was not agree", "I am not agree with him"
    r"(?:was|am)(?:n't| not) agree\b|had (serious |real )?concerns|was (worried|concerned)|"
    r"thought (it|this|that|the plan) was (a mistake|"
    r"bad idea|a bad idea|a bad call|the wrong call|a terrible idea|a poor idea|not a good idea|"
    # an aircraft pushing back from the stand ("pushed back four minutes late") or a date put
    # back ("pushed back to Friday") disagrees with no one
    r"wrong|risky|premature))|push(ed|ing)? back(?! (\w+ )?(minutes?|hours?|late|early|on time|"
    r"from the (gate|stand)|to (monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|"
    r"the (next|following)))\b)|disagree(d|ment)?|unpopular|against the (plan|"
    r"decision|grain)|(didn't|did not) (agree|sit right)|i said (i|we) (didn't|did not|shouldn't|"
    r"should not|couldn't)|i (didn't|did not) think ((we|it|this|that) (should|was|would)|"
    # a judgement of a person's or a thing's state: "I didn't think the ladder was safe"
    r"(she|he|they|the [\w-]+) (was|were|should)\b)|"
    # a refusal said politely: "I said I wasn't comfortable releasing that load", "I told him
    # I wasn't prepared to sign it"
    # (said plainly, in the words used: "I said clearly, "I'm not comfortable, we don't have the
    # visual reference"")
    r"(i|and) (said|told (him|her|them|(my|the|our) ([\w-]+ ){0,2}[\w-]+))(,? \w+ly)?,? (that )?"
    r"[\"“]?i( (was(n't| not)|am not|wouldn't be|would not be)|['’]m not) (comfortable|happy|"
    r"willing|prepared|okay|ok)\b|"
    # or as what they would not do yet: "I told the partner I didn't want to send the letter
    # until I'd seen the contracts"
    r"i ((said|told (him|her|them|(my|the|our) ([\w-]+ ){0,2}[\w-]+)) (that )?i )?(didn't|did not|"
    r"wouldn't|would not) want to (send|sign|ship|release|launch|approve|serve|open|publish|"
    r"hand over|pass|go ahead|supply|dispense|sign off)\b|"
    r"i argued (against|for|that)|i made the case (against|for)|i said no\b|i (told|warned) (him|"
    r"her|them|my \w+) (that )?(it|this|we) (would|was|wasn't|won't)|"
    # the position against another's, as an obligation: "My partner wanted the nearest
    # hospital. I thought he needed to go to the stroke centre"; and pushing with no object
    r"i (honestly )?(thought|believed|felt|was sure|was convinced) (that )?(he|she|it|they|we|"
    r"the [\w-]+) (really )?(needed|had|ought|should|must)\b|the reason i pushed\b|"
    # the position itself, in the candidate's words: "I thought the timing of the checks was
    # too loose for our sicker patients"
    r"i (honestly )?(thought|felt|believed|was (sure|convinced)) (that )?(the|this|that|our|their|"
    r"his|her) [\w ,'-]{1,60}? (was|were|would be) (too \w+|not (safe|enough|ready|right)|wrong|"
    r"unsafe|a mistake|risky|worse|the wrong)|"
    # …or told of the thing it is about: "a timber cladding system that I thought was a mistake"
    r"(?:that|which) i (?:honestly |privately )?(?:thought|felt|believed|was sure|was convinced) "
    r"(?:was|were|would be) (?:a mistake|wrong|risky|unsafe|the wrong|too \w+|not (?:safe|enough|"
    r"ready|right))|"
    # two wants set against each other: "my colleague wanted the exam a week earlier, but my
    # class still had two topics to finish"; "we had different views on the rota"
    r"(?:he|she|they|(?:my|the) [\w-]+(?: (?:who|that) [^.!?,]{1,40})?) wanted\b[^.!?]{0,100}"
    r"\bbut (?:i|my|we|our)\b|"
    # …or the want of someone named, set against the harm the teller's side foresaw in it:
    # "Yusuf, our security lead, wanted every tool behind sign-on; I owned the field app, and a
    # forced sign-on would lock them out" (where "she wanted it by Friday; I sent it Thursday"
    # meets the want)
    r"(?:he|she|they|(?:my|the) [\w-]+|[a-z]+, (?:our|my|the|their) [\w -]{1,30},) wanted\b"
    r"[^.!?;]{0,120}; (?:but )?(?:i|my|we|our)\b[^.!?]{0,120}\bwould (?:lock|break|block|cost|"
    r"hurt|stop|delay|lose|strand|shut|kill|leave)\b|"
    r"(?:we|they) (?:had|have) (?:very )?(?:different|opposite|conflicting) (?:views|opinions|"
    r"ideas|plans|priorities))",
    # "because" is the candidate's grounds only in their own (or their team's) sentence; the
    # other side's reasons ("she wanted to ship because...") are context, not grounds.
    # "we've stayed close since", "since then": a time, not a reason
    # ("we haven't had a spike since - that was…": "since" ending its clause tells when)
    "grounds": r"\b((i|we)\b[^.!?]{0,80}\b(because|since(?!\s*(?:then\b|[.,;!?—–-]|$)))|which "
    r"showed|found that|"
    # the reason itself, told as how things stood: "because we had a lot of customer bugs and
    # only four mobile developers" (the span above ends at "because", so this is found too)
    r"(?<=because )(?:we|our|the|there|they) (?:had|have|were|was|are|is) (?:only|just|a lot of|"
    r"too many|too few|no|not enough|so many|\d+|two|three|four|five|six|ten|dozens of|"
    r"hundreds of)\b|"
    r"showed (that )?\d|the (data|numbers|analysis|"
    r"evidence|research|logs|tests?|usage) (showed|suggested|indicated|said|pointed)|the risk was|"
    r"risk (of|that)|would (cost|break|hurt|lose|cause|delay|violate|expose)|which meant|evidence|"
    r"based on|given that|my reasoning|the reason|"
    r"(?:showed|brought|gave) (?:her|him|them|my \w+) (?:the |two |three |four |\d+ |some |a few |"
    r"several )?(?:[\w-]+ ){0,2}(?:cases|examples|incidents|near-misses|complaints|returns|"
    r"samples|photos|figures|results|readings|records|reports|survey|trend|trends|findings|"
    r"measurements|observations|timeline)|"
    r"i knew (?:that|this|it) from|(?:came|come) back (?:twice|three times|\d+ times) as (?:often|"
    r"much)|"
    # the reason said in the same breath as the refusal: "I'm not signing it off, it's got a
    # brake defect on the sheet", "I'm not comfortable, we don't have the visual reference"
    r"\bnot (?:signing|putting|releasing|approving|sending|passing|comfortable|happy)(?: (?:it|"
    r"this|that|them))?(?: off| out| through)?, (?:it|this|that|there|we|the [\w-]+)(?:['’]s| is| "
    r"has| have|['’]ve| don['’]t| doesn['’]t| haven['’]t| hasn['’]t) (?:got |been )?(?=[\w-]))\b|"
    + TERSE_GROUNDS,
    # a meeting set up with the person, not any group or tracker set up ("I set up a working
    # group" raised nothing)
    "raised": r"\b(i (raised|brought (it|this|that) up|flagged|set up (a|some) ([\w-]+ ){0,2}"
    r"(meeting|call|1:1|one-on-one|chat|conversation|sit-down|catch-up|talk|slot) with\b|"
    r"asked for (a|"
    r"some|time)\b|scheduled|met with|sat down with|wrote (a\b|up a\b|up\b) ?(doc|memo|proposal|"
    r"one-?pager)?|"
    # without the article a note or a second language leaves out: "I wrote proposal of one page"
    r"wrote (?:short |brief |(?:one|two)-page )?(?:proposal|memo)\b|"
    r"put together (a|an) (doc|memo|proposal|analysis|deck|comparison)|presented|"
    r"went to (her|him|them)|"
    # raised again, on the phone, with the worry said: "I called again and I said the numbers
    # and that I am worried"
    r"(called|rang|phoned) (him |her |them |the [\w-]+ )?(again|back) and (i )?(said|told|"
    r"explained|asked)|(said|told (him|her|them)) (that )?i (was|am|['’]m) (worried|concerned))|"
    # (a round of one-to-ones with the whole team hears them out: it raises nothing)
    r"(?:1:1|one-on-one|one on one|one-to-one)s?(?! (?:w/|with) (?:everyone|everybody|each|all|"
    r"every)\b)|(?<!teach )(?<!taught )(?<!tutor )"
    r"(?<!tutored )(?<!work )(?<!worked )privately|in private" + _NOT_THE_SECTOR
    + r"|before the meeting|"
    r"after (the|a|our) ([\w-]+ )?(meeting|review|call|standup|stand-up|retro)|"
    r"i asked (him|her|them|[a-z]+) (to talk|to meet|for a (talk|chat|word|call))|"
    r"i (told|asked) (him|her|them|my \w+) (directly|privately|"
    r"whether|if|why|what|for)|(wrote|drafted|put together|sent) (a|an|up a) ((one|two)-page |"
    r"short |brief |written )?(doc|memo|proposal|analysis|one-?pager|write-?up|comparison|"
    r"case)\b|asked (him|her|them|my \w+ )?for (\w+ )?(minutes|time|a meeting|a slot|a 1:1|"
    r"a call)\b|i asked the [\w-]+(?: [\w-]+)? for (?:\w+ )?(?:minutes|a meeting|a slot|a call|"
    r"half an hour|an hour)\b|"
    # the person named, or the minutes noted short: "asked Denise for twenty minutes", "asked
    # Denise for 20 min" (not "more time", which asks for a delay)
    r"\basked [a-z]+ for (?:about |just |only )?(?:\d+|ten|fifteen|twenty|thirty|forty|five|a few) "
    r"(?:minutes|mins?)\b|"
    # a written case on one sheet: "I put it on one page", "one-page summary"
    r"\b(?:put|wrote|got|summed up) (?:it|this|that|everything|the (?:numbers|figures|case|data)) "
    r"(?:all )?(?:on|onto) (?:one|a single) (?:page|sheet)\b|\bone-page (?:summary|note|case|"
    r"sheet)\b|"
    # set down where it could not be missed: "Put it in writing to her with the numbers", "I
    # put my concerns in writing"
    r"i put (it|this|that|my (concerns?|objections?|case|view|numbers)) in writing\b|"
    # said in a list of steps too: "I rang the supplier and told her I didn't agree"
    r"(i|and) told (him|her|them|my \w+) (that )?i (didn't|did not|don't) (agree|think)|"
    # said to the person's face, and how: "I said clearly, 'I'm not comfortable'", "I told him
    # plainly", "I said, 'I'm not happy to continue'"
    r"i (said|told (him|her|them|the [\w-]+)) (it )?(clearly|plainly|firmly|directly|straight|"
    r"calmly|out loud)\b|i (said|told (him|her|them)),? [\"“'‘]?(i['’]m|i am|i was) not "
    r"(comfortable|happy|okay|ok|willing)\b|"
    # said to the person, refusing in the words used: "So I say to him, I'm not signing it off",
    # "I told my manager, no, I won't do that"
    r"i (?:said|say|told|tell) (?:to )?(?:him|her|them|my (?:boss|manager|lead|director|"
    r"supervisor))(?: straight| directly| to (?:his|her|their) face)?,? [\"“']?(?:i(?:['’]m| am) "
    r"not|no,|i (?:won['’]t|can['’]t|will not|cannot))|"
    # said where it would be heard: "I said that in the meeting", "I spoke up at the review";
    # told in the present and without the article, as a second language tells it: "I say this
    # in department meeting"
    r"i (said|say|spoke up about|voiced|raised|raise) (that|it|this|so|my (concern|worry|"
    r"doubts?)) (in|at|during) (the |a |our )?([\w-]+ )?(meeting|review|standup|stand-up|"
    r"planning|call|retro|huddle|handover)|"
    r"(in|at|during) our (weekly|monthly|regular|next|usual) (meeting|1:1|one-on-one|check-in|"
    r"catch-up|sync)|i (brought|took) (the \w+|my \w+|it|this) to (her|him|them) |"
    # the evidence put in front of the person: "I brought her two weeks of glucose readings"
    r"i (?:brought|showed|gave|sent) (?:her|him|them) (?:the |my |our |a |an |some |two |three |"
    r"\d+ )?(?:[\w-]+ ){0,3}(?:data|numbers|figures|readings|logs|records|results|analysis|chart|"
    r"graphs?|report|notes|facts|evidence)\b|"
    # the concern put to the person in the candidate's own words: "I told the captain: 'We're
    # past holdover…'"
    r"\bi (?:told|said to) (?:him|her|them|the [\w-]+|my [\w-]+)(?: straight| directly)?:\s*"
    r"[\"“'‘]|"
    # the case put in person: "pulled the numbers and showed him that each one cost us"
    r"(\b(i|and)|,) (also |then |just )?(showed|walked) (him|her|them|my (manager|boss|lead|"
    r"supervisor|director)) (that|the|my|"
    r"how|what|where|why|through)\b|"
    # out of others' hearing: "I stepped out to the cab and told him my score"
    r"\bi (stepped|went|took (him|her|them)|pulled (him|her|them)) (out|aside|outside)\b"
    r"[^.;!?]{0,40}\b(told|asked|said|showed|explained)\b|"
    # time taken with the person to make the case: "I booked twenty minutes with him"
    r"\bi (booked|blocked|grabbed|got|set up|found|took) (\w+ ){0,2}(minutes|time|half an hour|"
    r"an hour|a slot|a meeting|a call|a chat|a 1:1|a one-on-one) with (him|her|them|my \w+)\b)",
    "escalation": r"\b(escalat\w+|took it to|brought (it|this) to (my|our|the|her|his)|"
    r"skip-?level|looped in|brought in (my|our|the|a)|went (straight )?to (my|our|the) "
    r"([\w-]+ )?(manager|director|vp|head|supervisor|boss|charge nurse|nurse in charge|"
    r"consultant|superintendent|foreman)|raised it with (my|our|the) (director|vp|skip|head)|"
    r"second opinion|tie-?breaker|"
    # a senior or outside view asked for to settle it: "get clinical advice", "we rang the
    # on-call consultant"
    r"(get|got|getting|ask(ed)? for|seek|sought) (a |some )?(clinical|expert|senior|specialist|"
    r"medical|legal|technical|independent) (advice|opinion|view|ruling)|(rang|called|phoned|paged) "
    r"(the )?(on-?call|duty|senior|regional) ([\w-]+ )?(consultant|manager|registrar|engineer|"
    r"supervisor|lead|advisor|adviser)|"
    # the senior who signed it off, called in person: "then I bleeped the consultant", "I rang
    # the director myself"
    r"(bleeped|paged) (the |her |his |their )?[\w-]+|(rang|called|phoned) (the )?(consultant|"
    r"director|superintendent|head of [\w-]+)|"
    # taking it to the body that owns the decision: "bring it to the committee myself"
    r"(bring|take|present|brought|took|presented) (it|this|that|(the|our|my|her|his) (case|"
    r"cases|issue|data|numbers)) to the ([\w-]+ )?(committee|board|council|panel|review board|"
    r"steering group|leadership team|exec team))\b",
    # The candidate's own call too: "I decided to pay it" is a call as "I made the call" is.
    # (a note's "Call: open w/ it screened off" is the decision it heads)
    "decision": r"\b((?:(?<=^)|(?<=[-*•:.;] ))(?:my |the |final |our )?(?:call|decision)\s*:"
    r"\s*(?=\w)|(i|we|she|he|they|my (manager|boss|director|lead|vp)|leadership|the (team|"
    r"group|committee|director|vp|cto|ceo|manager|exec team|leadership team)) "
    # (spoken answers put a word or two before the verb: "so we sort of agreed he'd…")
    r"(?:(?:sort of|kind of|finally|eventually|then|both|all|basically|just|quickly|"
    r"in the end),? ){0,2}(decided|agreed|chose|went with|settled on|landed on|compromised)|"
    # the same subject's second step: "We talked it through with Kwame and decided to roll it
    # back" (whose decision it is, the clause's reading says)
    r"\band (?:then |finally |eventually |together )?(?:decided|agreed|chose) to\b|"
    # the one who decides saying yes: "I asked our vet… and she said yes and opened up two
    # Saturday slots" (the teller's own "I said yes to a pretty aggressive deadline" agrees to
    # what was asked of them)
    r"(?!(?:i|we)\b)(?:she|he|they|[a-z]+) said yes(?! to (?:everything|anything))|"
    # ...or okay, as people tell it aloud: "and he went, okay", "she was like, fine"
    r"(?!(?:i|we)\b)(?:she|he|they|[a-z]+) (?:went,|was like,?|were like,?|said,?) [\"“]?"
    r"(?:okay|ok|fine|alright|all right|go on|fair enough)\b(?![^.;!?]{0,20}\bbut\b)|"
    r"the (final )?(decision|call) was|made the (call|decision)|(made|took) (a |the )?decision|"
    r"overruled|agreed to|compromise|"
    # a split agreed between the two sides: "We split it: the cold prep stays with his team"
    r"(?:we|they) (?:then |finally |eventually )?(?:split|divided|shared out|carved up) (?:it|the "
    r"(?:[\w-]+ ){0,2}[\w-]+)(?=\s*(?:[:;,.—–]|between|so|with|$))|"
    # (an event that went ahead is no one's call: "The party went ahead")
    r"kept the (original )?(plan|date|scope)|" + EVENT_WENT_AHEAD + "|"
    # a middle way settled on, told by what it kept and what it changed: "we kept the short
    # menu but added the two dishes for good"
    r"(?:we|they) kept (?:the |our |her |his |their )?[\w-]+(?: [\w-]+)? but (?:added|dropped|"
    r"changed|moved|took out)|"
    # the candidate's undertaking said in speech, as a spoken telling gives "I agreed to": "So I
    # said I'd review her orders with her every week" ("I said I'd think about it" promises
    # nothing)
    r"i (said|told (him|her|them|[a-z]+)) (that )?i('d| would) (?!(think|see|try|let|ask|get back|"
    r"consider|look into|love|like|rather|prefer|say|guess|imagine)\b)[a-z]+|"
    # a yes given in speech: "she said okay, let's try it for a month"
    r"(said|says) (okay|ok|yes|fine|sure|alright|all right),? (let's|we can|go ahead|try it|do it)|"
    # a yes said and left at that, or followed by the go-ahead: "he said fine, make the call"
    r"(said|says) (okay|ok|yes|fine|sure|alright|all right)(?=[,.;!]|$)|"
    # someone else taking the candidate's side or plan: "the consultant agreed with bypassing"
    r"(?<!\bi )(?<!\bwe )agreed with (me|us|my|our|the plan|the idea|\w+ing)\b|"
    # the settled outcome of a dispute: "so we shipped his version", "we went with her design"
    r"(we|the team) (shipped|launched|built|kept|used|adopted) (his|her|their|my|our|both) "
    r"(version|design|approach|proposal|plan|option|idea|ideas)|"
    # the way of working changed, as the one in charge decides it: "So I change how we work"
    r"i (?:\w+ )?(?:changed|change) (?:how|the way) (?:we|they|the (?:team|crew|shift)) "
    r"(?:work|worked|ran|run|did|do)\b|"
    # the work stopped, or a sign-off refused, on the candidate's say: "I stopped the lift", "I
    # halted the pour", "I refused to sign it off"
    r"i (?:stopped|halted|paused|suspended|called off|cancell?ed|pulled|froze) (?:the|a|our|that|"
    r"every|all) (?:[\w-]+ )?(?:lift|pour|line|job|work|works|launch|release|rollout|roll-out|"
    r"shipment|delivery|procedure|operation|flight|deploy\w*|test|sale|order|build|event|shift|"
    r"batch|print run|production|campaign|migration|cutover|go-live)s?|"
    r"i refused to (?:sign|approve|release|ship|backdate|back-date|change|falsify|pass|send|"
    r"accept|let))\b",
    "commitment": r"\b(disagree and commit|committed (to|fully)|fully (backed|supported|"
    r"committed)|got behind|threw myself|even though i (disagreed|had argued|had pushed|pushed|"
    r"wasn't|was not|lost)|despite my (concerns|objections|reservations)|made it work|did(n't|"
    r" not) (relitigate|undermine|reopen)|backed (the|her|his|their) (decision|call|plan)|"
    r"backed it (fully|completely|100%|publicly)|"
    r"gave it my (all|full)|supported (the|her|his|their) (decision|call|plan)|"
    # acting on a decision once it was taken: "I went with that, I trained the night staff on it"
    r"i went with (that|it|the (decision|call|compromise))|"
    # the commitment said in so many words, not a change committed to a repository: "but it was
    # his call, so I committed: I spent…", "I committed anyway"
    r"i committed(?: anyway| fully| to it)?(?=\s*(?:[:;,.!?—–]|-\s|$))|committed anyway|"
    # the loss accepted and the work taken on: "I accepted that and got on with it", "I accepted
    # his call and made the best of it"
    r"i accepted (that|it|the (decision|call|outcome|ruling)|(his|her|their) (decision|call)),? "
    r"and (got on with it|moved on|cracked on|got on with the (job|work|build|design|project)|"
    r"made the best of it|made it work)|"
    r"i (trained|briefed|coached|walked) (the|my|our|all the) ([\w-]+ ){0,2}(staff|team|crew|shift|"
    r"nurses|agents|reps|drivers|cooks) (on|through) (it|the (new|change|rule|decision|plan)))\b",
    # "my relationship director" is a job, not a relationship
    # A relationship told as soured ("our working relationship was quite difficult after that")
    # is no evidence of one kept; the criteria it bears on hold it against them.
    "relationship": r"\b(relationship(?! (director|manager|managers|lead|team|banker|officer|"
    r"executive|owner)\b)(?! (was|were|became|got|has been|had become|stayed|remained) (quite |"
    r"very |pretty |a bit |really |a little |rather |somewhat )?(difficult|strained|awkward|tense|"
    r"frosty|cold|damaged|rocky|bad|poor|broken|hard|uncomfortable|never the same)\b)(?! "
    r"(soured|suffered|broke down|deteriorated|took a hit)\b)|"
    r"still (work|talk|collaborate|get along)|"
    # years of work side by side after it: "we worked together another two years after that
    # without any awkwardness"
    r"(we|he and i|she and i|they and i) (worked|carried on working|kept working|crewed|"
    r"partnered) together (for )?(another|the next|a further|for another) (\w+ )?(years?|"
    r"months?|seasons?)|without any (awkwardness|tension|friction|bad blood|hard feelings)|"
    r"(she|he|they|"
    r"[a-z]+) and i (still|now|regularly|have since|since then)|"
    # how the two stood, plainly: "She and I were fine.", "he and I are good", and as it is
    # said: "Helen and me, we're fine now", "me and Helen are fine", "with Helen now we are fine"
    r"(?:(?:she|he|they|[a-z]+) and (?:i|me)|me and (?:her|him|them|[a-z]+)|with (?:her|him|"
    r"them|[a-z]+) (?:now )?we)(?:,? we)?(?: (?:were|are|stayed|have been)|['’](?:ve been|re)) "
    r"(?:now |still |always |totally |completely |absolutely |perfectly )?(fine|good|okay|ok|"
    r"great|friendly|close)\b(?! (?:at|for|to)\b)|we('ve|"
    r" have) (worked|collaborated|partnered) (together )?since|(thanked|trusted|sought out|"
    r"came back to|recommended) me|"
    r"(?:said|says) (?:to me |to us )?(?:thank you|thanks)\b(?! for nothing)|rapport|"
    r"mutual respect|on good terms|invited me|"
    # a favour done later, unasked: "He covered my shifts when my daughter was ill without me
    # even asking"
    r"(?:he|she|they) (?:later |since |then |even |also |once )?(?:covered|took|picked up|swapped) "
    r"(?:my|some of my|a few of my|one of my) (?:shifts?|calls?|cases?|on-?call|rounds?|classes|"
    r"tables|lates|earlies|weekends?)\b|without me (?:even )?(?:asking|having to ask)\b|"
    # how the two stood, said of the matter between them ("which I took as him saying it was
    # fine between us"), and the other's trust shown by what they later handed on ("Graham put
    # me forward to help the auditors with the cut-off testing")
    r"(?:it|things|everything|that) (?:was|were|is|are|['’]s) (?:all )?(?:fine|good|okay|ok|"
    r"all right|alright|sound) between us\b|(?:he|she|they|[\w-]+) (?:later |then |since |"
    r"even |also )?put me forward (?:to help|to run|to lead|to join|to work)\b|"
    # later work shared at the other's asking: "she asked me to co-run the summer scheme"
    r"(?:she|he|they) (?:later |then |since |has since |have since )?(?:asked|asks|wanted|invited) "
    r"me to (?:co-?run|co-?lead|co-?host|co-?teach|co-?write|co-?organi[sz]e|co-?present|"
    r"partner|pair|team up|join (?:her|him|them))\b|"
    r"asks? (for )?my (input|opinion|view|take)|(asked|asks|requested|requests) for me\b|"
    r"(became|are still|remain|stayed|have stayed|'ve stayed) (pretty |really |quite |very |"
    r"good )?(close|allies|friends|in touch)|"
    # a bond repaired, not a lift: "we repaired the relationship", "trust was repaired"
    r"repair(?:ed|ing)? (?:the |our |my |their |that |a )?(?:working )?(?:relationship|trust|bond|"
    r"rapport|friendship|things with)|(?:relationship|trust|rapport) (?:was |got |had been )?"
    r"repaired|"
    r"still (pings|calls|texts|messages|asks|comes to|reaches out|invites)|(built|did|"
    r"fixed|wrote|shipped) it together|asked me to (lead|join|help|run|sit on)|(told|thanked) me "
    r"later|"
    # a customer's trust told through what they did next, in any trade: "she stay with us",
    # "she came for her check-up again in spring", "she brought her husband as a new patient"
    r"(?:he|she|they) (?:stay|stays|stayed) (?:on )?with us|"
    r"(?:he|she|they) stayed(?= ?[,.;]| and)|"
    # two who had clashed, later sharing work: "Priya and I ended up co-teaching the course",
    # "we went on to run the audits together"
    r"(?:(?:she|he|[a-z]+) and i|we) (?:even |later |eventually )?(?:ended up|went on to) "
    r"(?:co-[a-z]+|[a-z]+(?:ing)? [^.;!?]{0,40}?\btogether\b)|"
    # a list with its subject said once: "she stayed, came back for her check-up, brought…"
    r"(?<=, )(?:came|comes) back\b(?! (?:with|to complain|angry))|"
    r"(?:he|she|they) (?:came|come|comes) "
    r"(?:back|(?:in |for (?:her|his|their) [\w-]+ )?again)(?! (?:with|to complain|angry|and "
    r"complain))|(?:he|she|they) (?:book|books|booked|order|orders|ordered|visit|visits|visited|"
    r"return|returns|returned|shop|shops|shopped) (?:[\w-]+ ){0,2}?again\b|"
    r"(?:he|she|they) (?:wrote|write|writes|left|leave|leaves|posted|post|posts|sent|send|sends) "
    r"(?:us |me )?(?:a|an) (?!(?:bad|negative|terrible|awful|poor|angry|one-star|1-star|"
    r"scathing|nasty) )(?:[\w-]+ )?(?:review|thank-you (?:card|note)|card|letter|compliment)|"
    r"(?:brought|bring|brings|sent|send|sends|referred|refers) (?:her|his|their) "
    r"[\w-]+(?: [\w-]+)? (?:to us )?as (?:a )?new (?:patients?|customers?|clients?|members?|"
    r"guests?|students?)|"
    # or sending their own people: "she send us her son and her neighbour", "he sent me his
    # brother-in-law"
    r"(?:sent|send|sends|referred|refers?|brought|brings?|recommended|recommends?) (?:us|me) "
    r"(?:her|his|their) (?:own )?(?:sons?|daughters?|children|kids|friends?|neighbou?rs?|"
    r"colleagues?|sisters?|brothers?|mum|mother|dad|father|family|husband|wife|partner|parents|"
    r"cousins?)(?:-in-law)?\b(?!['’])|"
    # two people who had fallen out, doing something together later: "after a month they did
    # a training session together for the new starters"
    r"(?:(?:after|later|since|afterwards|eventually)\b[^.;]{0,60}?\b(?:they|both of them|the two "
    r"of them)|(?:they|both of them|the two of them) (?:even|later|then|now|eventually|since|"
    r"soon)) (?:did|ran|gave|led|organi[sz]ed|planned|taught|delivered|presented|wrote|built|"
    r"hosted|co-wrote) (?:a|an|the) (?:[\w-]+ ){0,3}?together|"
    # trust shown in what they hand over since: "he let me pick the new vendor on my own"
    r"(he|she|they) (trusts?|trusted) me (more|now|with)|"
    # working together since: "after this we plan the term together", "she and I now share…"
    r"(?:since then|after (?:this|that)|now|these days),? (?:we|[a-z]+ and i) (?:always |now |"
    r"also )?(?:plan|work|prepare|run|review|teach|cover|share|do|set|agree) ([\w-]+ ){0,4}"
    r"together|(he|she|they) (now )?(lets?|let) me "
    r"(pick|choose|lead|decide|run|own|handle|make)|(she|he|they) and i now (plan|run|decide|"
    r"review|write|set)|"
    # a group starting to help the other: "the night shift even started leaving notes for the
    # day crew"
    r"started (?:helping|covering for|leaving notes for|thanking|backing|supporting|calling) "
    r"(?:the|each|one another|us|me)\b|"
    # two people the candidate brought back together: "they started covering each other's
    # breaks again", "they talk to each other again"
    r"(?<!stopped )(?<!stop )(?<!not )(?<!never )(?<!n't )(?<!quit )"
    r"(cover|covering|covered|help|helping|helped|back|backing|backed|support|supporting|"
    r"supported|trust|trusting|trusted|talk(ing|ed)? to|speak(ing)? to|spoke to|work(ing|ed)? "
    r"with) each other)\b",
    # "it was not my mistake" denies the fault it names
    "failure_owned": r"\b("
    # the teller's own conduct owned: "It got heated once in front of the team, which I'm not
    # proud of"
    r"(?:which )?i(?:'m| am|['’]m) not (?:proud|happy) (?:of|about)\b|"
    # "should have" as a second-language speaker says it, the miss placed by a time before
    # ("I should talk with him more early", "I should check it before"); not a plan for the
    # next time ("next time I should check earlier")
    r"(?<!next time )(?<!next time, )(?<!in future )(?<!in the future )i should (?!have\b|not\b|"
    r"be\b)[a-z]+ (?:[\w-]+ ){0,5}?(?:more early|earlier|sooner|before|more quickly)\b|"
    # the gap that let it happen placed in the teller's own process, not on the party who
    # slipped: "the system for catching those was mine", "so the gap was in my process", "I
    # can't really put it on them"
    r"(?:gap|hole|flaw|weakness|fault) was in my (?:own )?(?:process|system|checks?|setup|"
    r"procedure|plan)\b|(?:system|process|check) for (?:catching|checking|spotting) (?:those|"
    r"that|it|them|these) was mine\b|(?<!you )(?:can['’]t|cannot) (?:really )?put (?:it|that|"
    r"this) on (?:them|him|her|the [\w-]+)\b|"
    # a shared miss owned with the rest: "nobody, including me, had checked the backups"
    r"(?:nobody|no one|none of us),? (?:including|not even|least of all) me\b|"
    # the same lapse owned as the teller's too: "I did the same one time, some months before",
    # "I'd done exactly the same myself", "I told my manager both things, hers and mine"
    # the cause found to be the teller's and said so: "yeah, it was us", "I said, it's us, I'm
    # sorry", "seeing as we caused it"
    r"(?<!if )(?<!whether )(?:it['’]s|it was|it is|that['’]s|that was) (?:us|me|on us|on me)\b"
    r"(?! (?:who|that|and|or)\b)(?!['’])|(?<!if )(?:i|we) caused (?:it|this|that|the (?:[\w-]+ )?"
    r"(?:problem|issue|outage|leak|pollution|damage|error|delay|mess|incident))\b|"
    r"(?<!never )(?<!not )i(?: had|['’]d)? (?:did|done|made|make|do) (?:exactly |the very |much "
    r"|almost )?the same(?: (?:thing|mistake|error|once|one time|myself))?\b(?! (?:as|for|way|"
    r"with|again|next)\b)|\b(?:hers|his|theirs) and mine\b|"
    r"(?<!not )(?<!n't )(?<!n’t )(?<!never )(?<!no )my (mistake|fault|error|"
    r"miss|failure)|"
    # the same said the other way round: "The mistake was mine", "the error was all mine"
    r"(?<!if )(?<!whether )(?:the|that|this) (?:mistake|error|miss|failure|fault|slip|cause) was "
    r"(?:all |entirely |completely )?mine\b|my (call|decision)[^.]{0,20}"
    r"\bwrong|i (made|got) the wrong (call|decision)|i(?: had|['’]d)? (made (a|an) ([\w-]+ ){0,2}?"
    r"(mistake|error|blunder)|messed up|screwed up|failed|missed|dropped the ball|underestimated|"
    r"overlooked|got it wrong|was wrong|should have|didn't (check|test|ask|escalate|flag)|"
    # a slip told in the plain words of any trade: "I had mixed up two patients", "I forgot to
    # lock the gate", "I gave the guest the wrong key"
    r"mixed up|confused (two|the|them)|forgot|misread|misjudged|miscounted|misplaced|"
    r"mislabell?ed|(gave|sent|ordered|booked|used|picked|entered|quoted|fitted|served|put) "
    r"([\w-]+ ){0,3}the wrong)|"
    # the teller's own handling owned as bad: "I handled the start badly", "I started badly by
    # raising it with the ward manager", and, its object put first, "The beginning I handle badly"
    r"(?<!if )(?<!whether )i (?:handled|handle|started|start|approached|approach|managed|manage|"
    r"played|play) (?:it |this |that |things |the (?:[\w-]+ ){0,2})?(?:really |very |quite |"
    r"pretty )?(?:badly|poorly)\b|(?:the (?:start|beginning|first part)|that (?:part|bit)|this "
    r"(?:part|bit)) i (?:handled|handle|managed|manage|did|do) (?:really |very |quite )?(?:badly|"
    r"poorly)\b|"
    # a terse line owning it, its "I was" left out: "- Wrong about one aisle: …"
    r"(?:^|(?<=^i )|(?<=[-*•] ))wrong (?:about|on) (?:the|one|a|an|that|this|my|two|some)\b|"
    # the slip found by the candidate in their own work: "I found I'd seated the O-ring slightly
    # wrong", "I realised I had wired it backwards"
    r"(found|realised|realized|saw|noticed|discovered|spotted) (that )?i(?: had|['’]d) "
    r"([\w-]+ ){1,5}?(wrong|wrongly|incorrectly|backwards|upside down|in the wrong [\w-]+)\b|"
    r"i(?: had|['’]d)? signed (it |them |for it |the [\w-]+( [\w-]+)? )?off (\w+ ){0,4}before "
    r"i(?: had|['’]d)?\b|"
    r"i take responsibility|that (one )?(was|is) on me|"
    # a need the teller's own plan left out: "we hadn't planned for it", "I didn't account for
    # orders with two promo codes"
    r"(?:i|we)(?: had|['’]d)?(?:n['’]t| not| didn['’]t| did not) (?:plan|planned|account|"
    r"accounted|allow|allowed|budget|budgeted) for\b|"
    # the teller's own step named as where it went wrong: "my part was that I signed off the
    # pour request", "two checks, and I skipped both of them", "I told them straight it was my
    # sign-off", and the outside cause set aside: "the weather was real but it's not why it
    # happened"
    r"my part (in it |in this |in that )?was (that )?i\b|i skipped (both|the|it|them|that|"
    r"those|my)\b|it was my sign-?off\b|"
    # the change that did the harm owned: "I said it is my change", "Everything in that change
    # was mine"
    r"(?:it is|it['’]s|it was) my (?:own )?change\b|(?:everything|all) (?:in|of|about) (?:that|"
    r"the|this) (?:[\w-]+ )?change was mine\b|(it['’]s|it is|that['’]s|that is|it was|that was) "
    r"not why it (happened|went wrong)|"
    # what the candidate had not seen of their own doing: "I hadn't noticed I'd become the
    # problem on the street", "I hadn't really thought about what that meant for my street"
    r"i(?:['’]d| had)(?:n['’]t| not) (?:really |even )?(?:noticed|thought about|realised|realized|"
    r"considered|seen)\b|i(?:['’]d| had) become (?:the|part of the) problem\b|"
    # a part of the candidate's own call that went wrong, told plainly: "I got one bit wrong",
    # "one thing didn't work"
    r"i got (?:one|a|some|that|this|the) (?:[\w-]+ )?(?:bit|thing|part|call|piece)s? wrong|"
    r"(?:one|the) (?:thing|part|bit) (?:that )?(?:didn['’]t|did not) work\b|"
    r"(that|it|this)['’]s (partly |mostly |"
    r"all |really )?on me|i owned (it|the mistake|the miss)|"
    # "one was a modelling mistake that was ours", "a medication error I made"
    r"(mistake|error|bug|miss|slip) (that|which) (was|were) (mine|ours|on me|on us|my own|our "
    r"own)|(mistake|error|blunder|slip)s? (that |which )?i(?: had|['’]d)? made)",
    # ways of working
    "prioritization": r"\b(prioriti[sz]\w+|trade-?offs?|deprioriti[sz]\w+|sequenc\w+|"
    r"impact (vs\.?|versus|and) effort|said no|cut scope|descop\w+|must-?haves?|critical path|"
    r"ranked|triag\w+|opportunity cost|focus(ed)? (on|the team on)|what not to do|backlog|"
    # choosing what waits, in any job: "the count could move a day", "I postponed the stock
    # take", "the most urgent", "what each cost if it was late"
    r"postpon\w+|reschedul\w+|(?:could|can|would) (?:wait|slip|move) (?:a|one|two|until|till|to)|"
    r"(?:most|more|less|least) urgent|(?:first|top|main) priority|cost(?:s|ed)? (?:us )?if "
    r"(?:it was |it's |they were )?(?:late|delayed|missed)|"
    # ordering the work and owning what it cannot hold: "put it in order of what guests would
    # see", "I couldn't do it all, so I dropped the vegetable patch"
    r"(?:put|sorted|ranked|listed) (?:it|them|everything|the [\w-]+(?: [\w-]+)?) in order of|"
    r"(?:couldn't|could not|can't|wasn't going to) (?:do|get through|fit in) (?:it all|everything|"
    r"all of it|all of them)|"
    r"(?:couldn't|could not|can't|wasn't going to) get (?:it all|everything|all of it|all of them) "
    r"(?:out|done|through|delivered|finished|covered|seen)|"
    # less of one thing for more of another, told as the choice: "we do five roofs in a week,
    # not seven, but zero callbacks"
    r", not [^,.;!?]{1,30}, but (?:zero|no|fewer|less|better|safer|all|every|right)\b|"
    # what was put off, in plain words: "who I'd deferred and why", "the rest I held back for
    # the next night", "I put the reviews off till Friday"
    r"deferr\w+|held (?:\w+ ){0,3}back (?:for|until|till|to)|put (?:\w+ ){0,3}off (?:until|till|"
    r"to)|"
    # the order named as the candidate's: "Order I took them:", "in the order I saw them"
    r"(?:^|\bthe |\bin (?:the )?)order (?:i|we) (?:took|did|saw|handled|dealt with|ran|went "
    r"through|put) (?:them|things|it|the [\w-]+)|"
    # a call that names what it gave up: "I made the call to open with it screened off rather than
    # delay the whole store", "Call: open w/ it screened off, not delay store", "I take decision
    # to open …, and not delay"
    r"(?:made|make|took|take) (?:the |a |my )?(?:call|decision)\b[^.;!?]{3,80}?(?:rather than|"
    r"instead of|and not|, not) |(?:decided|chose|opted) to [^.;!?]{3,80}?(?:rather than|"
    r"instead of) |(?:^|[-*•] )(?:call|decision): [^.;!?]{3,80}?(?:rather than|instead of|, not) |"
    + ORDER_LINE + r")\b",
    "speed": r"\b(within (\d+|a|an|one|two|three|24|48|72) (hours?|days?)|same day|overnight|"
    r"immediately|right away|that (afternoon|evening|night|morning)|instead of waiting|"
    r"(?:that |the )?same (?:afternoon|evening|night|morning)|"
    r"rather than wait(ing)?|(didn't|did not) wait|(couldn't|could not|can't|cannot) (afford to )?"
    r"wait|straight away|went straight (there|round|over|"
    r"down|up|in|back|to)|picked it up that day|before (the|a|any) (decision|approval|"
    r"sign-?off)|moved fast|by (the )?(end of|next) (day|week)|in hours)\b",
    "calculated_risk": r"\b(reversible|two-way door|one-way door|roll ?back|calculated risk|"
    r"downside|worst case|feature flag|blast radius|contained (the|that) risk|risk was (low|small|"
    r"manageable|acceptable)|safe to try|kill switch|undo|undone|(?:could|can|would) (?:be )?"
    r"revers(?:e|ed)|phased|staged (rollout|launch)|"
    r"in(to)? (two|three|four|\d+) (phases|stages)|gradual(ly)? roll(ed)? ?out|(to|for) \d+% "
    r"of (traffic|users|customers|accounts))\b",
    # (saving told in the present, as a second-language telling gives it: "so we save £40 a week")
    "cost": r"\b(budget|costs?|costing|saved|savings?|(?:we|i|it|they|he|she|that|this|which|to|"
    r"would|will|could|can|also|still|now) saves?|spend|spent|cheaper|frugal\w*|"
    r"without (additional|extra|new|more) (headcount|budget|hires?|money|spend)|\$\d|licen[cs]es?|"
    r"headcount|resourceful|free tier|reused|repurposed|in-house|open[- ]source)\b",
    "simplification": r"\b(simplif\w+|automat\w+|eliminat\w+|removed (the|a|an|\d|two|three|"
    r"four)|streamlin\w+|consolidat\w+|reduced (the )?(steps|complexity|handoffs|manual)|"
    r"invent\w+|new (approach|way|tool|process|mechanism)|reimagin\w+|from scratch|replaced (the|"
    r"a|an|our)|self-serve|one-click|template|auto-?(?:filled|fills?|populated|generated)|"
    r"(?:one|a single) (?:shared |common |unified )?(?:form|page|screen|step|place|tool|"
    r"dashboard|template)|replaced (?:\w+ ){1,3}with (?:one|a single)\b|"
    # one simple thing in place of everyone's own way: "a simple prep list for each station",
    # "a one-page handout with the steps"
    r"(?:a|one) (?:simple|simpler|one-page|single-page) (?:[\w-]+ )?(?:list|checklist|form|sheet|"
    r"template|guide|rule|process|board|tracker|chart|handout|script|schedule|rota)\b|"
    # the new way put against the old in plain words: "Nothing to learn, you just see it",
    # "Colour is quicker than reading digits"
    r"nothing (?:new )?to (?:learn|remember|read|type|fill in|install)\b|(?:is|was|are|were) "
    r"(?:much |a lot |far )?(?:quicker|faster|easier|simpler) than (?:reading|typing|writing|"
    r"checking|counting|looking (?:up|for)|walking|searching|filling in)\b)\b",
    "standards": r"\b(quality|the bar|raise the bar|raised the bar|standards?|code reviews?|"
    # (a test skipped is a bar lowered: "we'd skipped testing the refund flow to hit the date")
    r"(?<!skipped )(?<!skipping )(?<!skip )(?<!bypassed )(?:tests?|testing)|test coverage|"
    r"defects?|regressions?|checklists?|post-?mortems?|runbooks?|"
    r"slos?|slas?|rework|accuracy|polish|refused to (ship|sign off)|(wouldn't|would not|didn't|"
    r"did not) ship|acceptance criteria|audit|"
    # the new way written into the sheet the work runs from: "wrote the time on the prep sheet",
    # "added the torque setting to the job card", "put the check into the handover sheet"
    r"(?:wrote|write|writes|added|add|put) (?:it|them|this|that|the [\w-]+(?: [\w-]+)?) "
    r"(?:on|onto|into|in|to) (?:the|our|every|each) (?:[\w-]+ )?(?:sheets?|cards?|specs?|sops?|"
    r"procedures?|recipes?|manuals?|handbooks?|wikis?|templates?|instructions))\b",
    "deep_dive": r"\b(root cause|dug (in|into|deeper|through)|digging|drilled (down|into)|"
    r"traced|investigat\w+|five whys|5 whys|logs?|raw data|source data|anomal\w+|discrepanc\w+|"
    r"reconcil\w+|line by line|audited|reproduc\w+|spot-?check\w*|sampled|went to the source|"
    # going through the records by hand, in any trade
    r"the (?:real|actual|underlying) (?:problem|issue|cause|reason) (?:was|turned out)|"
    # the cause named as the teller's own set-up: "The cause was that I kept the rota in two
    # places" (not "the cause was the weather")
    r"(?<!if )the (?:main |only )?cause was (?:that )?(?:i|we|my|our|mine)\b|"
    r"(?:went|go|looked|read) through (?:the|every|each|all (?:of )?the|our|his|her|their|"
    r"\d+|[a-z]+ (?:hundred|thousand)) ([\w'’-]+ ){0,3}(?:logs?|records?|sheets?|files|invoices|"
    r"charts?|notes|receipts|forms?|reports?|applications|cases|statements|bookings|entries|"
    r"orders|returns|complaints|rotas?|folders?|exports?|inbox|emails|tickets|timesheets|"
    r"photos|spreadsheets?|recordings|footage)|compared (?:them|each|every|the [\w-]+) "
    # ("compared the locations in the system with what is on the shelves")
    r"(?:[\w-]+ ){0,3}(?:line by line|one by one|against|with|side by side)|"
    r"checked (?:every|each|all (?:of )?the)|"
    # the record held up against the thing itself: "checking what the system says against what's
    # actually on the shelves"
    r"(?:compar|check)(?:ed|ing|e|es|s)? what (?:the |our |their |his |her )?[\w-]+(?: [\w-]+)? "
    r"(?:says|said|shows|showed|has|had|thinks|thought) (?:against|with|to) what\b|"
    # looking into it in plain words: "I started looking into it", "went back to my own notes",
    # "worked out why the tills jammed"
    r"look(?:ed|ing)? into|looked (?:at|through) (?:where|why|how|what|when|which)|(?:worked|"
    r"figured|found) out (?:why|what|where|how|which|when)|went back (?:to|through|over) "
    r"(?:my|the|our|his|her|their|all)|"
    # watching it happen and writing it down: "I sat at the desk for two afternoons and wrote
    # down every rejected card", "timed every pick for a shift", "I started writing down every
    # day what time milking finished"
    r"(?:wrote|writing|noted|noting|jotted|jotting|logged|logging|recorded|recording|timed|timing|"
    r"counted|counting|tracked|tracking|photographed|photographing) (?:down )?(?:every|each|all "
    r"(?:of )?the)|sat (?:at|with|on|in|beside|next to) (?:the |a |an |our |their |his |"
    r"her )?[\w-]+(?: [\w-]+)? (?:for|during|through) (?:a|an|one|two|three|four|five|a few|"
    r"several|\d+) (?:whole |full )?(?:afternoons?|mornings?|evenings?|days?|shifts?|hours?|"
    r"nights?|weeks?)"
    r")\b",
    "curiosity": r"\b(curious|curiosity|taught myself|read (up|about|papers|books|the)|"
    # learning the new thing oneself, in plain words: "I took some time to learn it", "I read
    # documentation", "I ask my colleagues a lot"
    r"(?:took|spent|put in|take|spend) (?:some |the |extra |a lot of |my own )?time (?:to learn|"
    r"learning|reading up)|read (?:documentation|docs|manuals?|guides?|tutorials?)|"
    r"(?:asked|ask) (?:my |the |other |more experienced )?(?:colleagues|coworkers|co-workers|"
    r"team ?mates|seniors) (?:a lot|lots of questions|questions|for help|how)|"
    # a course taken, not a meal's or a river's: "the main course for 85 guests", "of course",
    # "over the course of the year" are no learning
    r"learned (about|how)|(?<!\bmain )(?<!\bfirst )(?<!\bsecond )(?<!\bdessert )(?<!\bgolf )"
    r"(?<!\bof )(?<!\bdue )(?<!\bchanged )(?<!\bchange )courses?(?! of )|certification|explored|"
    r"asked why|wanted to understand|"
    r"self-taught|side project|outside my (area|field|comfort)|shadowed|new to me|"
    # "I wanted to know why it kept going wrong", "I thought that was odd"
    r"wanted to (?:know|find out|see) (?:why|what|how|where|whether)|(?:thought|found) "
    r"(?:that|it|this) (?:was )?(?:really |quite |a bit )?(?:interesting|odd|strange|weird)|"
    # finding out what the new situation requires from whoever sets it: "I rang Ofsted to ask
    # what we needed to do to use another place"
    r"(?:rang|called|phoned|asked|emailed|checked with)\b[^.;!?]{0,30}?\b(?:to (?:ask|find out|"
    r"check)|and asked) what (?:we|i) (?:needed|had|would need|would have) to (?:do|have|know)|"
    # asking someone who knows to teach the candidate the new thing: "I ask the maintenance
    # guy, Gary, to show me how to change the needle", "asked the head chef to teach me"
    r"(?:asked|ask) (?:him|her|them|the [\w-]+(?: [\w-]+)?|[a-z]+)(?:,? [\w ]{1,20},)? to "
    r"(?:show|teach|explain to) me\b)\b",
    "big_picture": r"\b(vision|long-?term|strateg(y|ic)|roadmap|platform|company-?wide|"
    r"org-?wide|at scale|10x|north star|multi-?year|bold|bigger (picture|bet)|ambitious|"
    r"across (the|all) (company|org|teams|regions)|every (team|region|product))\b",
    "adaptation": r"\b(pivot(ed)?|adapt(ed)?|adjust(ed)?|changed (course|plans?|our plan|"
    r"the plan|direction|approach|tack)|unexpected(ly)?|curveball|re-?planned|switched|reorg\w*|"
    # one thing put in for another that failed: "we swapped it for a brown shrimp butter",
    # "Swapped to …", "so we change it for …"
    # (a swap, or a thing changed for another, names what came in however it is written, with
    # or without its article; "changed to" wants the thing named, as "changed to reflect…" is
    # no substitute)
    r"(?:swapped|swap) (?:it |them |that |this )?(?:for|to|out for) [\w-]+|(?:changed|change) "
    r"(?:it|them|that|this) (?:out )?for [\w-]+|(?:changed|change) (?:it |them |that |this )?"
    r"to (?:a|an|the|\d+|another|something)\b|"
    # the plan made again, as second-language English says "re-planned": "So I plan again aisle
    # by aisle", told as "I planned again"
    r"planned (it |everything |the [\w-]+ )?again|"
    r"new (requirements|information|constraints?)|shifted|overnight change|"
    # the plan remade, in any job: "I stopped the normal plan and made a new one", "diverted"
    r"(made|drew up|wrote|put together) a new (plan|one|rota|schedule|route|timetable)|"
    r"(stopped|dropped|abandoned|scrapped|threw out) the (normal|usual|original|old|regular) "
    r"(plan|rota|schedule|routine|process|timetable)|divert(ed|ing)|diversions?|re-?rout\w+|"
    r"rearrang\w+|"
    # a stand-in found for what was lost: "to use another place temporarily", "a stopgap"
    r"temporar(?:y|ily)|stop-?gap|workaround|plan b|fall-?back)\b",
    "broad_impact": r"\b(privacy|accessibility|accessible|environment(al)?|sustainab\w+|"
    r"communit(y|ies)|ethic(s|al)|carbon|emissions|compliance|regulat\w+|fairness|biased|society|"
    r"societal|downstream|second-order|unintended|public|"
    # the people around the work who bear it: "the neighbours", "local residents"
    r"neighbou?rs|local residents|neighbou?rhood)\b",
    # red flags
    "blame": r"\b("
    # a failure put down to the others by the teller's own side's innocence: "which was a shame
    # because the development side had done everything right"
    r"(?:because|although|even though|though|when|while|since|as) (?:we|i|(?:the|our|my) "
    r"(?:[\w-]+ ){0,2}[\w-]+)(?: had)? (?:done|did) "
    r"(?:everything|it all|all of it|our part|its part|their part|my part) (?:right|correctly|"
    r"by the book|properly|on time)\b|"
    # a check left to others' role: "but that's really what the paralegals are there for"
    r"(that's|that is|it's|it is) (really |actually |just |kind of )?what (the |our )?[\w-]+s "
    r"(are|were) (there|paid) for\b|"
    r"(it|that) (was|is) (entirely |all |really )?(their|his|her|"
    r"the \w+ team's) fault|(they|he|she) (screwed|messed) up|because of (them|him|"
    # "because of her tablets" names what is hers, not her as the cause
    r"her(?! (?!(?:and|but|or|so|then|that|who|we|i|the|they|it)\b)[a-z]+))\b|(they|"
    # ("the science topics they failed were mostly the calculation part": a thing they failed,
    # named before its verb, is the trouble found, not a fault put on them)
    r"he|she|the [\w-]+ (team|folks|people|side|vendor|contractors?)) (failed(?! (?:were|was|are|"
    r"is|had|have)\b)|dropped the ball|didn't do (their|his|her) job)|"
    r"not my fault|wasn't my fault|"
    # the catch that was someone else's to make: "QA should have caught it, that's literally
    # their job" ("our tests should have caught it" names a gap in the teller's own process, "I
    # should have caught it" owns it)
    r"(?:qa|testing|testers|(?:the )?(?:qa|test|ops|support|night|day|other) (?:team|shift|"
    r"guys|people|lead)|he|she|they) should(?:['’]ve| have) (?:caught|spotted|noticed|flagged|"
    r"picked up on|picked (?:it|this|that) up)\b|"
    r"(?:that's|that is|it's|it is|which is) (?:literally |really |kind of |basically |actually |"
    r"quite literally )?(?:their|his|her) (?:whole |actual |entire )?job\b(?! title)"
    r"(?!,? (?:and|but) (?:they|he|she) (?:did|do|does|were|was)\b)|"
    # a mistake put on a named party: "that was the night shift's mistake", "the labels were the
    # warehouse's error" ("it was our mistake", "the team's mistake, mine included" are owned)
    r"(?:it|that|this|the [\w-]+) (?:was|were|is) (?:entirely |all |really |completely |just )?"
    r"(?:the (?:[\w-]+ ){0,2}[\w-]+['’]s|their|his|her) (?:fault|mistake|error|screw-?up)\b"
    r"(?!,? (?:mine|and mine|including mine|as much as)\b)|"
    # the fault put away from the teller's side onto a cause named next: "not really our fault —
    # head office sets the rota" ("even though it wasn't our fault, we replaced it" puts the
    # customer first)
    r"(?<!though )(?<!even if )(?:not|wasn't|was not|isn't|is not) (?:really |entirely |totally "
    r"|actually )?(?:my|our) fault\s*(?:[—–:;]|-\s|,? (?:because|since|as|it was|that was)|"
    # …or after a comma, as it is said: "which isn't our fault, the supplier's messed up", "this
    # is not our fault, supplier make mistake"
    r",\s+(?!(?:i|we|i['’]d|we['’]d)\b)(?:the |their |his |her )?(?:[\w-]+ )?[\w-]+(?:['’]s)? "
    r"(?:messed|screwed|make|made|forgot|sent|dropped|missed|was late|were late|is late|are "
    r"late)\b)|"
    r"(i |we )?blamed? (them|him|her|the)|nothing i could (have )?do(ne)?|"
    r"out of my (hands|control)" + _WHO_CAN_FIX + r"|" + _LOOKED_LIKE
    + r"(is|was) (kind of |really )?on them|"
    # "wasn't something I could control"; "most of that was the site staff not reporting it"
    r"(wasn't|was not|weren't|were not) (something|anything) (i|we) could (have )?control(led)?|"
    r"(most|much|all|half) of (that|it|this|the (problem|issue|complaints?|trouble)) (was|came "
    r"down to) (the|their|his|her) [\w ]{1,30}? (not|never|failing to|refusing to) |"
    # "It was all on the vendor team" blames; "I was on the database team" says where I worked.
    r"(?<!\bi )(?<!\bhe )(?<!\bshe )(?<!\bwho )" + _LOOKED_LIKE
    + r"(?:was|is) (?:all |entirely |really |mostly |"
    r"kind of |squarely )?on (?:them|him|her|the \w+ (?:team|side|folks|people)|\w+'s team)\b|"
    r"(?:they|he|she|the \w+ team) (?:never|"
    r"didn't|did not|failed to|couldn't|wouldn't) (?:really )?(?:deliver|send|give|provide|"
    # "get" fails to deliver with what was owed ("didn't get back to us", "didn't get the specs
    # over"); "whatever he didn't get, I drew on the whiteboard" is what he did not understand,
    # "he couldn't get up the stairs" a patient's state, and "they didn't get the next
    # morning's allocation till 4am" what they were not sent
    r"get (?:back|round|around|(?:us|me|anything)\b|(?:it|them|that|this|the [\w-]+|their "
    r"[\w-]+) (?:back|over|across|through|done|sorted|fixed|to (?:us|me))\b)|"
    # ("he couldn't tell me which pill was the water pill" did not know, and failed at nothing)
    r"do|finish|follow|meet|hand|respond|show|tell(?:(?<!couldn't tell)(?<!could not tell)|(?! "
    r"(?:(?:me|us|them|him|her) )?(?:which|what|whether|if|where|when|how|who)\b))|told|warn|"
    r"inform|mention|let us know)|"
    # a softening aside before what the party did ("the offshore team, bless them, shipped it
    # with the debug flag on"); before a trait ("Marketing, bless them, are at heart a
    # slide-making function") or a habit ("Denise, bless her, lovely woman, still prints her
    # emails") it belittles, and blames no one
    r"bless (?:them|him|her|their hearts),? (?:(?:never|just|also|then|somehow|completely|"
    r"totally|only) )?(?:[a-z]+ed|sent|went|made|took|forgot|left|lost|broke|gave|got|did|"
    r"didn't|had|hadn't|kept|told|put|let|ran|wrote|sat|came|brought|built|bought|shut|set|"
    r"cut|hit|threw|thought|slept|spent)\b|left (?:us|"
    r"me) (?:hanging|high and dry|holding the bag)|threw (?:us|me) under the bus|let (?:us|"
    r"me) down|(?:their|his|her) (?:fault|mess|mistake|screw-?up)|on their end|"
    # "it wasn't really on me", "that isn't on us", "it wasn't down to me"
    r"(?:wasn't|was not|isn't|is not|['’]s not|aren't|are not|['’]re not) (?:really |actually |"
    r"entirely |totally |strictly |technically )?(?:on|down to|depending (?:from|on|of)) "
    r"(?:me|us)\b(?! to \w)|"
    # "the delay wasn't really on my side", "none of that was down to me"
    r"(?:wasn['’]t|was not|isn['’]t|is not|weren['’]t|were not) (?:really |actually |entirely |"
    r"totally |strictly |technically )?(?:on|from) (?:my (?:side|end|part)|our (?:side|part))\b|"
    r"none of (?:it|that|this) (?:was|is) (?:down to|on|because of) (?:me|us)\b|"
    r"(?:was|were) out of (?:my|our) hands" + _WHO_CAN_FIX
    + r"|(?:if|had) (?:they|he|she|"
    r"the \w+ team) (?:had )?(?:just |only )?(?:done|delivered|listened|followed|"
    r"given) (?:their|his|her|what)|"
    r"(?:because|since|due to) (?:the |their |our |my |his |her )?(?:[\w-]+ ){0,3}(?:team|"
    r"ops|qa|vendor|vendors|client|manager|pm|lead|engineers?|developers?|devs|designers?|folks|"
    r"testers|reviewers|analysts|contractors?|admins|"
    # A reason that names a failing ("because the vendor had missed the date"), not any reason
    # that mentions another team ("because her team had taken 300 calls that morning"), nor
    # a shortage ("because they had not enough staff").
    r"people|they|he|she) (?:(?:was|were) (?:late|slow|behind|wrong|unresponsive|careless|"
    r"sloppy|unavailable|not ready)|had (?:not(?! enough)|missed|broken|failed|forgotten|"
    r"dropped|changed|skipped)|hadn't|kept (?:changing|breaking|missing|moving|dropping)|"
    r"didn't|did not|never|"
    r"failed|missed|changed|broke|forgot|dropped|refused|blocked|skipped|ignored|rushed)\b|"
    r"(?:they|he|she|the [\w-]+ team|[\w-]+ team|"
    r"ops|qa|the pm|the client|the vendor) (?:was|were) (?:always |constantly |consistently |"
    r"just |so )?(?:late|slow|behind|unresponsive|unreliable|a bottleneck)\b|(?:they|he|she|"
    r"the [\w-]+ team|the pm|the client|the vendor|ops|marketing|product|sales|"
    r"qa) (?:just )?kept (?:changing|breaking|missing|moving|dropping|forgetting|pushing)|"
    r"clean(?:ing|ed)? up (?:the|their|his|her) mess|wish (?:the others|they|he|she|my team|"
    r"the team|people) had|(?:mostly|all|really) \w+ being (?:precious|difficult|stubborn|lazy|"
    r"slow|defensive)|(?:their|his|her) pipeline (?:was|kept) (?:breaking|failing)|"
    r"assumed (?:the|it) [\w-]+ (?:were|was) [\w-]+ errors by|"
    r"never (?:quite |really )?(?:got|gave|sent) us|had (?:a |their own )?(?:slightly |rather |"
    r"very )?different idea of what|given what i (?:was|had been) working with|"
    r"as well as anyone could have|(?:who were|they were) doing their (?:very )?best|"
    r"(?:genuinely|really|very) lovely people|through no fault of (?:my|our) own|"
    r"(?:if|had) (?:the |our |their )?[\w-]+(?: team)? (?:had )?(?:just |only )?(?:done|"
    r"delivered|did|played) (?:their|his|her) (?:part|job|bit|share)|"
    r"none of this would have happened|the (?:real |actual |whole )?problem was (?:qa|them|him|"
    r"her|ops|legal|sales|marketing|the [\w-]+ team|their [\w-]+)|"
    # ("I sat on the tally for two weeks" owns the delay)
    r"(?<!\bi )(?<!\bwe )sat on (?:the|it|our|my) [\w-]+ for|"
    r"(?:was|is) (?:all |entirely |really |mostly |largely |kind of |squarely )?on (?:the |our |"
    r"their )?(?:[\w-]+ )?(?:agency|vendor|contractor|client|partner|supplier|consultants?|"
    r"offshore team|freelancers?)\b|(?:who|they|he|she) (?:kept changing|never hit|kept missing|"
    r"never met|kept moving))",
    "contempt": r"\b((he|she|they) (just )?(didn't|don't|doesn't|did not) get it|know-it-all|"
    r"impossible to work with|idiots?|clueless|incompetent|"
    # Said of a person, not of where money went or of the candidate's own slip: "going somewhere
    # stupid", "a stupid mistake on my part", "I felt stupid".
    r"(?<!somewhere )(?<!something )(?<!felt )(?<!feel )(?<!i was )(?<!i'd been )(?<!look )"
    r"(?:stupid|dumb|ridiculous|useless)(?! (?:mistake|error|slip|thing (?:i|to do)|of me))|"
    r"lazy|morons?|pathetic|"
    # (with a softener between: "HR didn't really know what they were doing")
    r"(?:didn't|did not) (?:really |even |actually |honestly )?know what (they|he|she) (was|were) "
    r"(talking about|doing)|(?<!\bi )(?<!\bwe )(?:didn't|did not) (?:really |even )?have a clue|"
    r"no idea what (they|he|she) (was|were)|waste of (my )?time|couldn't be bothered|"
    r"hopeless|amateurs?|dinosaurs?|not the sharpest|"
    # Said of colleagues, not of minding children: "her mum not being allowed to babysit"
    r"(?<!allowed to )(?<!able to )(?<!offered to )(?<!asked to )(?<!used to )babysit\w*"
    r"(?! (?:the |her |his |their |my |our |a )?(?:kids?|children|child|grandchildren|"
    r"grandkids|son|daughter|baby|babies|toddlers?|nephews?|nieces?|twins)\b)|"
    r"hand-?hold(?:ing)? (?:him|her|"
    r"them)|(?:typical|classic) (?:sales|marketing|product|engineering|finance|legal|management|"
    r"ops|design) (?:people|folks|guys|team)|couldn't care less|out of (?:his|her|their) depth|"
    r"had no clue|dead ?weight|whin(?:y|ing|ed)|drama queen|prima donna|spoon-?fe(?:d|ed)|"
    r"(?:obviously|clearly) (?:didn't|did not) (?:understand|know) (?:what|how|anything)|"
    # ("garbage collection logs" name a runtime's, not anyone's work)
    r"garbage(?! (?:collection|collector|bags?|bins?|trucks?|disposal|chute|cans?)\b)|"
    r"sloppy|precious about|(?:zero|no) clue|not a details person|"
    # "couldn't even read a spec" disparages; "most of them could not read the dosage table on a
    # phone screen" is what a customer visit found.
    r"(?:couldn't|could not|can't) (?:even (?:read|write|follow) (?:a|the|basic)|(?:read|write|"
    r"follow) (?:basic|a simple|simple))|"
    # ("Tomasz, bless him, he says he can do a call from home to walk me through it": warmth
    # for a kindness that follows, off sick as he is)
    r"bless (?:him|her|them)(?![^.;]{0,30}\b(?:offer\w*|help\w*|volunteer\w*|came in|comes in|"
    r"walks? me through|walked me through|can do|could do|rang me|rings me|calls me|called me|"
    r"phoned me)\b)|"
    r"i say this with love|just (?:kind of )?showed up|useless|clowns?|amateurish|"
    r"painful to work with|(?:he|she|they) (?:just )?(?:didn't|did not|don't|doesn't) get it|"
    r"for someone who|the usual (?:crowd|suspects)|(?:don't|do not|didn't|did not) take (?:his|"
    r"her|their) [\w-]+ (?:very |too )?seriously|let's (?:just )?say (?:he|she|they)|object(?:s|"
    r"ed)? to everything|(?:he|she|they)(?:'s| is| was| were) (?:very |so )?confident for|"
    r"(?:explained|spelled) (?:it|my reasoning|things)[\w ]{0,20} slowly|"
    r"(?:couldn't|could not|can't|cannot) tell (?:a|an|the) [\w-]+ from|(?:like|"
    r"as good as) talking to a wall|there to collect (?:a )?pay ?checks?|wouldn't know (?:a|an|"
    r"the) [\w-]+ if|(?:doesn't|didn't|don't) know (?:the first thing|their (?:head|elbow)))\b",
    # (anger told as where the candidate started, "first I was angry", as "angry at first" is
    # below: what they did next is the story)
    "emotional": r"\b((?<!\bfirst )(?<!\bfirst, )(?<!\binitially )(?<!\binitially, )"
    r"(i|we) (was|were|got|felt|became) ((so|really|very|pretty|absolutely|"
    r"just|honestly|quite) )*(furious|angry|livid|pissed|outraged|fed up|mad)|(i|we) ((just|"
    r"completely|honestly) )?(lost (my|our) temper|yelled|shouted|snapped|stormed (out|off)|"
    r"blew up)|lost my temper|made me ((so|really) )?(furious|angry|livid|mad)|"
    r"couldn't believe (it|they|he|she)|"
    # Someone else's state told by the candidate ("I asked why the customer was so angry") is
    # not the candidate's: after "was" or "were" only the subject says whose it is (see the
    # structural families below).
    r"(?:so|really|incredibly|extremely|super|beyond) (?:frustrating|infuriating)|"
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?:so|really|incredibly|extremely|super|beyond) "
    r"(?:frustrated|infuriated|annoyed|irritated|upset)|infuriat(?:ed|ing)|exasperat\w+|"
    r"drove me (?:crazy|nuts|"
    r"up the wall|insane|mad)|(?:i|we) vented|blood (?:was )?boil\w*|i (?:lost it|saw red|"
    r"exploded)|pissed off|"
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?:so|really|very|just|honestly|absolutely) "
    r"(?:angry|livid|furious|fed up|mad|frustrated|"
    r"upset)|losing sleep|burn(?:ed|t) out and angry|sick of (?:it|them|him|her)|"
    r"explained the same thing (?:to them )?(?:\w+ times|again)|still (?:weren't|wasn't|"
    r"were not|was not) listening|"
    r"(?:so |really |pretty )?wound up|could (?:barely|hardly) (?:sit through|"
    r"keep (?:it together|calm|my cool))|fired off (?:a|an) (?:pretty |really |very |"
    r"fairly )?(?:heated|angry|furious|nasty|sharp|snippy) (?:message|email|reply|note|"
    r"response)|heated (?:message|email|exchange|reply)|lost my cool|"
    r"i was (?:just )?drowning|(?:pretty |really |so |quite )?resentful|bitter about|(?:lie|lay|"
    r"lying) awake|(?:completely|totally) (?:burnt|burned) out|at the end of my rope)\b",
    "never_fail": r"\b(i( have|'ve|’ve)? never (really |actually )?(failed|fail|made (a |"
    r"any )?(real |big )?mistakes?|been wrong|missed a deadline)|i('m| am) (always|usually) right|"
    r"i don't (really )?(make mistakes|fail)|can't (really )?think of (a|any) (time|failure|"
    r"mistake)|"
    # "I don't think there's anything I'd do differently"; "every call I made was the right one"
    r"(don't|do not) (really )?think (there's|there is|there was) (anything|much) "
    r"(i'd|i would) (do|have done|change) differently|(there's|there is) nothing (i'd|i would) "
    r"(do|have done|change) differently|i wouldn't change (a thing|anything)|"
    # a closed "would you do anything differently?" answered no, as said back
    r"i (wouldn't|would not) (do|have done) (a thing|anything) differently|(every|each|all "
    r"(the|my|of the|of my)) ([\w-]+ )?(decisions?|calls?|choices?) i made [^.]{0,40}?(was|were) "
    r"(all )?(the )?(right|correct)( ones?)?\b|my (biggest )?weakness is (that )?i work too hard|"
    # a virtue offered as the failure: "I'm a perfectionist", "I just cared too much", "my
    # biggest failure was actually during one of my biggest successes"
    r"i('m| am| can be| tend to be) (just |probably |a bit of |too much of |such |something of )?a "
    r"perfectionist|"
    r"i (just |probably |simply )?(care|cared) too much|i (work|worked|try|tried) too hard|"
    r"(set|sets|setting) (an? |such an? |too )?(\w+ )?(high|exacting) (a )?(bar|standards?) for "
    r"myself|(hold|holds|held|holding) myself to (an? |such an? |too |really |very )*(\w+ )?(high|"
    r"exacting|highest) (a )?(bar|standards?)|"
    r"(failure|mistake) (was|is|came) (actually |probably |really )?(during|in|part of) (one of )?"
    r"my (biggest |greatest |proudest )?(successes|success|wins|achievements)|"
    r"(?:can't|cannot|can not|couldn't|don't|do not) (?:really |honestly |"
    r"actually )?(?:think of|remember|recall|come up with|point to|name) (?:a|any|an|one|"
    r"a single) (?:real |specific |big |major |particular )?(?:time|instance|example|mistake|"
    r"failure|occasion|case)|"
    # the question's failure named, then answered that none comes to mind: "Time it didn't work
    # out: can't really think of one", "a mistake? Can't think of any"
    r"\b(?:mistakes?|failures?|fail(?:ed)?|went wrong|wrong|didn't work(?: out)?|did not work"
    r"(?: out)?|didn't go well)\b[^.;!?:—–]{0,30}(?:[:—–?]|\s-)\s*(?:(?:i|honestly|really|to be "
    r"honest),?\s+){0,2}(?:can't|"
    r"cannot|can not|couldn't) (?:really |honestly |actually )?(?:think of|remember|recall|name) "
    r"(?:one|any|anything)\b|"
    r"(?:i've|i have|i) (?:honestly |really |genuinely )?(?:never|"
    r"not ever) (?:really |actually |truly )?(?:failed|made (?:a |any )?(?:\w+ )?mistakes?|"
    r"been wrong|gotten it wrong|got it wrong|dropped the ball|missed (?:a|any) (?:deadline|"
    r"target|date))|(?:i|i've) (?:rarely|seldom|hardly ever) (?:fail|failed|make mistakes|"
    r"made mistakes|get (?:it|things) wrong|been wrong)|"
    # "I did everything by the book": nothing of theirs could have gone wrong
    r"i did (?:everything|it all) (?:by the book|right|correctly|properly|(?:exactly )?as i "
    r"should)\b|(?:wasn't|was not|isn't|is not) (?:really )?a (?:mistake|failure)"
    # "it wasn't a failure of the team; it was mine" owns it; "it was not my mistake, the
    # dentist was sick" is about one event, not a claim never to be wrong (blame, when it
    # names someone's doing, is read as blame)
    r"(?![^.]{0,40}\b(?:mine|on me|my (?:own )?(?:fault|mistake|failure|doing))\b)|"
    r"nothing (?:really )?(?:went|"
    r"has gone|goes) wrong (?:on my (?:end|side)|for me|because of me)|(?:my|"
    r"the) only (?:real )?(?:mistake|failure|weakness) (?:was|"
    r"is) (?:that )?(?:i )?(?:work(?:ed)? too hard|car(?:e|ed) too much|(?:was|am) too)|"
    r"i don't (?:really )?(?:make|have) (?:many )?(?:mistakes|failures)|"
    r"(?:can't|cannot|can not) (?:really )?(?:think (?:of|about)|remember|recall|name|"
    r"point to) (?:a |any |one )?(?:big |real |major |genuine |single )?(?:failure|mistake|time|"
    r"deadline|instance|example)|failure (?:isn't|is not) something i|(?:wasn't|was not|isn't|"
    r"is not) (?:really )?a failure on my (?:side|part|end)|did my (?:part|job) perfectly|"
    r"i've always delivered|never (?:once )?been wrong|(?:don't|do not) (?:really )?(?:have|"
    r"get into) (?:conflicts|failures|mistakes)|"
    # the teller's virtue, not a machine's load ("the motor was working too hard")
    r"i(?:'m| am| was)? (?:\w+ )?(?:work|working|worked) too hard|(?:^|[.,;:] ?)working too hard|"
    r"over-?prepare|"
    r"hold myself to (?:a |an )?(?:very |really |extremely )?high (?:bar|standard)|(?:the calls|"
    r"decisions) i've made have (?:all )?held up|(?:it )?wasn't me who was wrong|(?:struggle|"
    r"hard pressed) to (?:give|find|think of) (?:you )?(?:a |one )?(?:genuine|real)|"
    r"(?:things|projects|work|everything|launches|plans) i (?:own|lead|run|manage|touch|"
    r"plan) (?:tend to |usually |always )?(?:go|goes|went|land|lands) (?:exactly )?(?:the way|"
    r"as) i (?:plan|planned|expect|expected)|nothing i've (?:led|owned|run|built|shipped|"
    r"managed) has (?:ever )?(?:really )?(?:gone|went) wrong|my (?:projects|launches|work|plans|"
    r"teams?) (?:just |simply )?(?:don't|do not|never) (?:fail|slip|go wrong)|"
    r"i'd have to pick something small|(?:rarely|never) (?:have|had|run into) (?:a |"
    r"any )?(?:real |major |big )?(?:failures?|setbacks?))",
    "sole_credit": r"\b(basically (did|wrote|built|carried|ran|owned) (everything|all|the whole)|"
    # the word itself, whatever was done so and in whatever tense the story is told: "I hit
    # that target single-handedly", "so I'm hitting that target single-handedly"
    r"i(?:['’]m)? (?!(?:didn['’]t|did not|never|wasn['’]t|was not|couldn['’]t|could not|can['’]t|"
    r"cannot|don['’]t|do not)\b)(?:[\w'’-]+ ){0,4}single-?handedly|"
    # "I did it single-handedly", "a one-person effort", "the team wasn't much help"
    r"(did|built|fixed|ran|delivered|handled|pulled off|wrote|saved) (it|this|that|the whole "
    r"thing|everything|all of it) (single-?handedly|by myself|on my own|solo)\b|(one|single)-"
    r"(person|man|woman) (effort|show|job|band|army|project)|solo effort|(they|the team|the rest "
    r"of (the|my) team|the others|everyone else) (weren't|wasn't|were not|was not) (much|any|"
    r"a lot of|really any|really much) (help|use)|"
    r"carried the whole|(mostly|all|largely) (thanks|due) to (my|me)|because of my (rewrite|"
    r"work|code|fix|design|push)|(the others|rest of (the )?team|other (two|three|\w+) (devs|"
    r"leads|engineers|people)) (mostly |just |basically )?(watched|executed|handled tickets|"
    r"went along|followed)|ended up doing all (of )?the (real )?|whole (launch|project|decision|"
    r"thing) was my (call|doing)|(i|me) (alone|single-?handedly) (carried|did|built|saved|"
    r"delivered|wrote|ran|pulled off|made)|"
    # a filler word before a step claims nothing ("I basically made a one-page crib sheet"); the
    # whole claimed after it does ("I basically built the whole thing", "pretty much did it all")
    r"(i|me) (basically|pretty much|essentially|practically) (carried|pulled off|(did|built|"
    r"saved|delivered|wrote|ran|made) (everything|it all|all (of )?(it|the)|the whole|the entire|"
    r"most of))|all (on|by) "
    r"my(self| own)|without (any )?(real )?help from|the (others|rest of (the|my) team|team|"
    r"rest of them) (just|only|mostly|basically) (followed|watched|sat|tagged along|did what i "
    r"said|executed|follow|follows|watch|watches|sit|sits|tag along|tags along|do what i say|"
    r"does what i say|execute|executes)\b|it was all me|i did (all|most|90%|99%|the bulk) of|"
    r"(nobody|no one) else "
    # ("nobody else would necessarily spot it" says who would notice, not who did the work)
    r"(did|could|would|stepped|bothered|lifted)(?! (necessarily |ever |even |really )?(have )?"
    r"(spot|notice|see|seen|catch|caught|find|found|know|check|realis|realiz|pick(ed)? up|look|"
    r"read|hear|heard|tell)\w*)|i was the only one (who|that) (did|cared|"
    r"bothered|delivered|could)|(my|the) team (couldn't|could not|wouldn't) have (done|"
    r"shipped) (it|anything) without me|i carried (the|that|this) (team|project|launch)|"
    # the whole delivered alone, said with a filler or as the only one holding it: "So,
    # basically, I delivered it myself", "so it really was just me holding it together" ("I
    # delivered it myself to her door" is a parcel taken round)
    r"(?:(?:i|me) (?:basically|pretty much|essentially|practically|really|just)|(?:basically|"
    r"pretty much|essentially|honestly),? i),? (?:delivered|did|"
    r"ran|pulled off|carried|built) (?:it|this|that|the whole thing|everything) myself\b"
    r"(?! (?:to|at|in|for|on)\b)|"
    r"(?:it|that) (?:really |basically |honestly )?was (?:just|only|basically just|all) me "
    r"(?:holding|keeping|carrying|running|doing|pulling)\b|"
    r"(?:that|it|this) was (?:all )?down to me|"
    # "…on his own, which is really down to me", a note's "→ really down to me"
    r"(?:(?:that|it|this|which)(?:['’]s| is| was)\s+|(?<=→ )|(?<=-> ))(?:(?:really|all|"
    r"basically|honestly|entirely|mostly|largely),?\s*)+down to me\b|"
    r"i was the one who (?:saw|did|made|drove|built|"
    r"got|found|pushed)|(?:thanks|due) to me\b|"
    # the rest of the team as not up to it, and the outcome as the candidate's alone: "nobody
    # else in the team was capable", "without me this client would be lost" ("nobody else was
    # able to cover" says who was free, not who was good enough)
    r"(?:nobody|no one) else (?:(?:in|on|from) (?:the|my|our) (?:[\w-]+ )?)?(?:was|were) "
    r"(?:capable|good enough|skilled enough)\b|without me,? (?:this|the|that|our|my|we|"
    r"they|it|nobody|no one)\b[^.;,!?]{0,40}?\b(?:wouldn't|would not|couldn't|could not|"
    r"would)\b|"
    # the same told in the present: "And honestly, without me it doesn't happen"
    r"without me,? (?:it|this|that|none of (?:it|this|that)) (?:just |really |simply )?"
    r"(?:doesn['’]t|does not|won['’]t|will not|can['’]t|cannot) (?:happen|get done|work|ship|"
    r"go live|exist)\b|"
    # the work that counted claimed as the teller's own: "but the core work was mine"
    r"the (?:core|real|hard|main|important|actual) (?:work|part|bit|stuff|engineering)(?: was|"
    r"['’]s| is) (?:all |really |basically )?mine\b|"
    # conceding others did the work, then taking its credit: "the ops team made the changes, but
    # the savings really came from me pushing it"
    r"(?:really|actually|mainly|mostly|all) came (?:down )?(?:from|to) me\b|(?:people|they|"
    r"everyone) (?:still )?ask(?:ed)? me how i did it|made by great (?:mentors|managers|"
    r"leaders))",
    "dismissive": r"\b("
    # the other side given no say before the teller acted: "I didn't really give Tom the chance
    # to argue it either" ("she didn't give me a chance to explain" is done to the teller)
    r"i (didn't|did not|never) (really |even )?(give|let|allow) (him|her|them|[a-z]+) (the |a |any "
    r")?(chance|say|time|room|opportunity)? ?(to )?(argue|object|explain|respond|push back|have "
    r"a say|disagree|speak|make (his|her|their) case)\b|"
    # another side's stake waved off as theirs: "But that's a sales problem", "that's their
    # problem, not ours"
    r"(that's|that is|it's|it is) (just |really |purely |basically )?(a|an|their|his|her) "
    r"(sales|marketing|finance|commercial|ops|operations|legal|hr|product|client|customer|"
    r"vendor|supplier|management|business|head office) (problem|issue|headache)\b|"
    r"(that's|that is|it's|it is) (just |really )?(their|his|her) (problem|issue|headache)\b|"
    # the people affected waved away: "mostly people who complain about everything", "she
    # didn't like change", "that's what mattered"
    r"(people|guests|customers|users|staff) who (complain|moan|whinge) about (everything|anything)|"
    r"(she|he|they) (just )?(didn't|did not|doesn't|don't) like change|"
    r"(were|was) happy,? (and )?that'?s (all )?what mattered|"
    # people tuned out, and others told to disregard someone's input
    r"tun(?:ed|ing) (?:them|him|her|everyone|people) out|told (?:them|him|her|everyone|the "
    r"(?:[\w-]+ )?(?:team|crew|staff)) (?:just )?to ignore (?:their|his|her|the) (?:feedback|"
    r"input|concerns?|objections?|comments|complaints?|advice|suggestions?)|"
    r"(why|no need to|didn't need to) worry about|ignored (their|his|her|the) "
    r"(plan|advice|input|feedback|suggestions?|comments|process)|stopped (going to|attending|"
    r"waiting for|inviting|answering) (their|his|her|them)|what was the point|didn't bother "
    r"(explaining|asking|listening|consulting|involving|replying)|rather than wasting time|"
    r"dragging (their|his|her) feet for no reason|(objections|concerns|complaints) were (mostly |"
    r"just )?(about politics|political|not real)|closed (their|the) (feature requests|tickets|"
    r"requests) as|didn't spend (much )?time on (them|it)|(users|customers) were fine with it|"
    r"handful of (angry )?(emails|complaints|customers)|(ignored|brushed off|dismissed|"
    r"waved (off|away)|tuned out|shrugged off|"
    r"didn't listen to|did not listen to|overrode) (their|his|her|the|those|all the|everyone's) "
    r"(concerns?|input|feedback|objections?|suggestions?|ideas?|comments|complaints?|worries)|"
    r"(their|his|her|those|the) (concerns?|input|feedback|objections?|complaints?|worries) "
    r"(were|was) (just |mostly |basically )?(noise|irrelevant|not relevant|a distraction|"
    r"pointless|overblown|nitpicks?|nitpicking|silly|whining)|(just|only|mere) anecdot\w+|"
    r"not worth (listening|my time|the time|discussing)|(don't|didn't) (really )?care (what|"
    r"about what) (they|he|she) (think|thought|said|wanted)|(no|didn't see any) (need|point) "
    r"(to|in) (ask|consult|involv|listen|check)\w*|"
    r"(?:said|told them) (?:we'd|we would|i'd|i would) (?:cover|deal with|get to|look at) (?:it|"
    r"that|them) later|and moved on|(?:didn't|did not) (?:really )?need (?:their|his|"
    r"her) (?:agreement|input|opinion|buy-in))",
    "steamroll": r"\b("
    # "I didn't have time to check with every owner, so I turned off anything that looked unused"
    r"(didn't|did not|couldn't|could not) (have time to |bother to |wait to |afford to )?(check|"
    r"ask|consult|talk|wait for|get sign-?off from)( with| to)? (every|each|any|all the|the) "
    r"([\w-]+ )?(owners?|teams?|stakeholders?|users?|people)\b[^.]{0,30}\bso (i|we) (just )?"
    r"(turned off|shut|deleted|removed|merged|shipped|pushed|changed|killed|dropped|went ahead)|"
    # the damage done waved away as the cost of speed
    r"(that's|that is|it's|it is|which is) (just |simply )?the (price|cost) of (moving (fast|"
    r"quickly)|speed|progress|getting things done|doing things quickly)|"
    # "I paid the courier myself without asking her to" did it in her stead: no one bypassed.
    r"without (asking|telling|consulting|checking with|looping in) (them|him|her|"
    r"anyone|the team|their team)(?! to(?: ?[.,;!?)]|$))|went (directly |straight )?to (his|"
    r"her|their) (boss|manager|director|vp|skip)|went to the (coo|ceo|cto|cfo|vp|director) "
    r"directly|(he|she|they) (did not|didn't) even know until|ran my own version|merged (my|"
    r"the) pr over|had (her|him) tell (them|him|her) to|escalated to (their|his|her) (director|"
    r"boss|manager|vp)|skipped the review|cc'?d (her|his|their) (manager|boss)|over the "
    r"objections? of|(?<!did )(?<!do )(?<!would )(?<!should )(?<!shall )(?<!could )(?<!can )"
    r"\bi (?:go|goes) (?:straight |directly |right )?(?:over|around) (?:his|her|"
    r"their|my manager's|my boss's|\w+'s) head\b|"
    r"(went|going|gone) (straight |directly |right )?(over|around) (his|"
    r"her|their|my "
    r"manager's|my boss's|the team's|\w+'s)( head)?|went (straight |directly )?to (the|my|our|"
    r"his|her) (vp|ceo|cto|director|skip|boss|head)\w* (without|behind|before (talking|"
    r"telling))|(without|didn't bother) (telling|asking|looping in|consulting|informing|"
    r"checking with) (him|her|them|my manager|my boss|the team|anyone|anybody)"
    r"(?! to(?: ?[.,;!?)]|$))|(over|despite) "
    r"(their|his|her|everyone's|the team's) objections|forced (it|the decision|"
    r"the change|the plan|it through)|"
    # someone forced by the teller, not by the weather: "a wet harvest forced them to sell"
    r"(?:i|we) forced (them|him|her)\b|pushed (it|the change|the plan|the decision) through|"
    r"rammed (it )?through|(merged|shipped|deployed|launched|released) it anyway|overrode "
    r"(them|him|her|the team|the decision)|went behind (his|her|their|the team's) back|behind "
    r"(his|her|their) back|made (them|him|her|everyone) (agree|accept|comply|go along)|gave "
    r"(them|him|her|everyone) no (choice|option|say)|"
    # a rule put to people as beyond discussion, not a priority ranked first ("That was
    # non-negotiable, so it went first", "Quality is non-negotiable in food")
    r"(told|tell|said to) (them|him|her|everyone|the (team|staff|crew|nurses|drivers|"
    r"group))\b[^.;!?]{0,30}\bnon-?negotiable|non-?negotiable for (them|him|her|everyone|the "
    r"(team|staff|crew))\b|not up for debate|my way "
    r"or the highway|pulled rank|"
    # rank put over an objection just told: "She wasn't happy, but as plant manager it was my
    # decision" ("As the on-call lead it was my call, so I rolled back" owns a call no one
    # disputed)
    r"\bbut,? (?:in the end,? )?as (?:the |her |his |their )?(?:[\w-]+ ){0,2}(?:manager|lead|"
    r"head|director|owner|boss|supervisor|chef|partner|founder|ceo|md),? (?:it was|it['’]s|it is) "
    r"(?:ultimately |still |always )?(?:my|our) (?:decision|call|choice|responsibility)\b|"
    r"(?:didn't|did not) (?:really )?need (?:their|his|her|anyone's) (?:agreement|approval|"
    r"buy-in|sign-off|permission|input)|told (?:them|him|her|everyone)[\w ,]{0,30} (?:that|"
    r"it) was the (?:target|plan|decision|deadline)"
    # (a decision passed on with the teller's backing commits to it: "told them it was the
    # decision and I'd back it")
    r"(?![^.;!?]{0,40}\b(?:i['’]d|i would|i was going to|i['’]ll|i will|we['’]d|we would) "
    r"(?:back|support|stand behind|get behind|commit to|make it work|give it)\b)|"
    r"(?:people|they|the team|everyone) just needed a push|whether (?:they|he|she) liked it or "
    r"not|like it or not|"
    # an ultimatum, read from the candidate's telling: "I told her it was happening and she
    # could get on board or not", "take it or leave it"
    r"told (?:him|her|them|everyone|the [\w-]+)\b[^.;!?]{0,60}\b(?:get|got|come|came) on board "
    r"or (?:not|leave|go)|take it or leave it|"
    # over a head, said without "behind": "I went directly to the chief revenue officer"
    r"\bi went (?:directly|straight) (?:over )?to (?:the|our|their) (?:[\w-]+ ){0,3}(?:officer|vp|"
    r"director|ceo|cto|cfo|coo|cro|head of [\w-]+|owner|founder|managing director|md)\b|"
    # a debate ended by decree: "I told them we were using React and closed the thread"
    r"\b(?:closed|locked|shut down|ended|cut off) (?:the|that) (?:thread|discussion|debate|"
    r"conversation|argument)\b|"
    # the other side's work redone while they were away: "one Sunday when she wasn't in I just
    # redid the window myself", and the matter settled as one side wanted: "done my way"
    # (the match starts at the candidate's step, the clause whose conduct it is)
    r"(?:(?<=n't in )|(?<=n't in, )|(?<=n't there )|(?<=n't there, )|(?<=n't around )|"
    r"(?<=n't around, )|(?<=n’t in )|(?<=n’t in, )|(?<= was off )|(?<= was off, )|"
    r"(?<= was away )|(?<= was away, )|(?<= had left )|(?<= had left, ))"
    r"(?:i|we) (?:just |quietly |simply )?(?:redid|re-did|changed|swapped|moved|rearranged|"
    r"rewrote|replaced|reset|switched|undid|took down|put up)\b|"
    r"\b(?:was|were|got|gets|is|are) (?:all )?done my way\b|\b(?:did|do|doing) (?:it|things) my "
    r"way (?:anyway|regardless|in the end)\b)",
    # A problem kept from the people it affects, or a record bent: "we kept it between
    # ourselves", "I never told the client", "didn't want to worry them, so I dealt with it
    # internally", "massaged the numbers", "signed it off without checking". Told denied ("I
    # didn't hide it"), imagined ("I could have kept quiet") or as someone else's deed, it is no
    # flag (`credit._flag_credit`).
    "concealment": r"\b(?:"
    # a delay or a miss passed off as something else: "I positioned that to the client as a
    # deliberate extra QA window", "I kept the project at amber rather than red"
    r"(?:positioned|framed|presented|described|badged|spun|sold|passed off|dressed up) (?:it|"
    r"that|this|the (?:[\w-]+ ){0,2}(?:delay|slip|work|overrun|problem|issue|miss|mistake|"
    r"outage|incident))(?: to (?:the client|her|him|them|the customer|the [\w-]+))? as "
    r"(?:a |an )?[\"“'‘]?(?:deliberate|planned|intentional|scheduled|extra|in final testing|on "
    r"track|routine|normal)\b(?![^.;]{0,40}\bwhich (?:it|they|that) (?:really )?(?:was|were)\b)|"
    r"(?:kept|left|reported|marked|showed) (?:it|the (?:project|status|"
    r"work|rag|report|dashboard|milestone)) (?:at|as) (?:amber|green) (?:rather than|instead of|"
    r"when it was|though it was|even though)\b|"
    r"(?:kept|keep|keeping) (?:it|this|that|(?:the|my|our) (?:[\w-]+ ){0,2}"
    r"(?:issue|problem|mistake|error|incident|defect|fault|breach|tear|leak|damage|miss|slip|"
    r"bug|crack|spill|near[- ]miss|discrepancy|shortfall|delay|"
    r"overrun)s?)(?: [\w-]+){0,4}? (?:quiet|"
    r"under wraps|to (?:myself|ourselves)|between (?:us|ourselves|the two of us|the team)|off "
    r"the (?:record|report|books|radar|log)|in-house|out of the (?:report|notes|log|record|"
    r"minutes|incident log|handover))|kept quiet about|said nothing to " + _OWED + r"|"
    r"(?:swept|sweep|sweeping|brushed|brush) (?:it|this|that|the [\w-]+) under the (?:rug|"
    r"carpet)|cover(?:ed|ing)? (?:it|this|that|the (?:[\w-]+ )?(?:issue|problem|mistake|error|"
    r"incident|defect|fault|breach|damage)) up|covered up (?:the|my|our) (?:[\w-]+ )?(?:issue|"
    r"problem|mistake|error|incident|defect|fault|breach|damage)|"
    r"(?:didn't|did not) (?:want to )?(?:worry|alarm|bother|trouble|upset|scare|panic|stress|"
    r"tell|involve) [^.;]{0,80}?\b(?:so|and) (?:i|we) (?:just )?(?:dealt with|handled|sorted|"
    r"fixed|kept|"
    r"managed) (?:it|this|that|things)(?: \w+)? (?:internally|quietly|in-house|ourselves|"
    r"myself|between us)|"
    r"(?:fudg|massag|doctor|inflat|backdat)\w* (?:the |our |my |some of the |a few of the )?"
    r"(?:numbers|figures|data|dates?|timesheets?|results|records?|logs?|books|stats|metrics|"
    r"hours|readings|scores|forms?|paperwork|certificates?|checklists?|entries|signatures?)|"
    r"cook(?:ed|ing)? the (?:books|numbers|figures)|"
    r"left (?:it|them|those|these|the [\w-]+(?: [\w-]+){0,2}) out of (?:the|my|"
    r"our) (?:[\w-]+ ){0,2}"
    r"(?:report|"
    r"results|write-?up|analysis|table|summary|incident (?:report|log)|log|submission|"
    r"handover|minutes|audit)|"
    r"(?:signed|ticked|checked) (?:it |them |that |everything |the (?:[\w-]+ ){1,3})?off without "
    r"(?:checking|testing|reading|looking|inspecting|verifying|reviewing|seeing)|"
    r"(?:(?:never|didn't|did not|chose not to|decided not to) (?:tell(?: to)?|mention (?:it |"
    r"this |that "
    r"|the [\w-]+ )?to|inform|let)|never (?:told|informed|let)) " + _OWED + r"(?! (?:until|till|"
    r"before|first|yet|straight|"
    r"right|the same|that (?:day|night|morning|afternoon|evening)|about (?:my|our) "
    r"(?:concerns?|doubts|idea|plan)))(?! (?:that )?(?:i|we) (?:disagreed|didn't agree|had "
    r"(?:concerns|doubts|reservations)))|"
    r"without (?:telling|informing|letting) " + _OWED + r"|"
    # the call to keep it from those above: "So I made the call to contain it within the team"
    r"(?:made the (?:call|decision)|decided|chose|opted) to (?:contain|keep|handle|deal with|"
    r"sort|fix) (?:it|this|that|the (?:[\w-]+ )?(?:issue|problem|error|mistake|defect|"
    r"corruption|breach|incident)) (?:within|inside|in) (?:the|our|my) (?:[\w-]+ )?(?:team|"
    r"department|unit|group)|"
    # "I didn't see the value in raising it with the brand or the retailer"
    r"(?:didn't|did not|never) (?:see (?:the|any|much) (?:value|need|point) in )?(?:rais|flag|"
    r"report|escalat|mention|shar|disclos)\w* (?:it|this|that|them|the [\w-]+(?: [\w-]+)?) "
    r"(?:with|to) " + _OWED + r"|"
    # put right out of sight: "most of it got corrected quietly", "I quietly swapped the labels"
    r"(?:corrected|fixed|swapped|replaced|relabell?ed|patched|amended|changed|sorted) (?:out "
    r")?quietly|quietly (?:corrected|fixed|swapped|replaced|relabell?ed|patched|amended|"
    r"changed|reversed|deleted|removed)|"
    # counted as what it was not, to keep a number: "we recorded four hours of it as scheduled
    # maintenance, which is excluded"
    r"(?:recorded|logged|booked|classed|classified|categori[sz]ed|coded|reported|marked|"
    r"counted) [^.;]{0,60}\bas [^.;]{0,40}\b(?:which (?:is|was|are|were) excluded|so (?:it|"
    r"they) (?:didn't|did not|wouldn't|would not) count)|"
    r"(?:hid|hide|hiding|concealed|conceal|withheld|withhold) (?:it|this|that|them|the "
    r"(?:[\w-]+ )?(?:issue|problem|mistake|error|incident|defect|fault|breach|damage|results?|"
    r"numbers|figures|data))\b(?! (?:away|behind|under|inside|in (?:the|a) (?:cupboard|drawer|"
    r"wall|ceiling|box)))|(?:hid|hide|concealed|withheld) [\w ]{1,30} from " + _OWED + r"|" +
    _OWED + r" never (?:knew|found out|needed to know|had to know)"
    # ("…never knew that the previous contractor had kept it quiet": someone else's doing)
    r"(?! that (?:the|a|an|my|his|her|their) [\w-]+(?: [\w-]+)? (?:had|has|was|were|did))|"
    # "I never told her; we swapped it the week after", "never told them about the leak"
    r"never told (?:her|him|them)(?= ?[;,.]| about (?:it|that|the (?:[\w-]+ )?(?:issue|problem|"
    r"mistake|error|defect|fault|damage|leak|crack|failure|breach)))|"
    # figures changed to fit: "tweaked the figures in the handover pack to match the drawings"
    r"(?:tweak|adjust|chang|edit|alter|amend|fiddl)\w* (?:the |our |my |some of the )?"
    r"(?:[\w-]+ )?(?:numbers|figures|readings|results|data|dates?|times?|scores)\b[^.;]{0,40}\bto "
    r"(?:match|fit|show|hit|meet|pass|look)|"
    # only the good part shown: "the precision table only showed the runs that passed"
    r"(?:report|table|summary|write-?up|slides?|deck|dashboard)\b[^.;]{0,30}\b(?:just|only) "
    r"(?:showed|included|listed|had) the [\w ]{0,20}\b(?:that|which) (?:passed|worked|hit|met|"
    r"looked (?:good|fine|clean)))\b",
    # Text addressed to the reviewer instead of the interviewer. A hit masks its whole paragraph.
    "prompt_injection": r"(\bignore (all |any |the )?(previous|prior|above|earlier|your|these|"
    r"those|other) (instructions|prompts?|rules|guidelines|criteria)|\bdisregard (all |any |"
    r"the |your |these |those )?((previous|prior|above|earlier|other|scoring|grading) )?("
    r"instructions|prompts?|rules|guidelines|criteria|rubric)|\byou are now (a|an|the|my) (\w+ )?"
    r"(reviewer|evaluator|grader|judge|assistant|ai|model|bot)\b|\bsystem override\b|"
    r"\b(ignore|override|reveal|forget) (the |your )?system (prompt|message)|\b(follow|obey|"
    r"here are) (these |the |my |your )?new instructions|"
    r"\b(rate|mark|score|grade|classify|label) (this|me|the (answer|"
    r"candidate|response)|it)( answer| candidate)? (as )?(a )?[\"']?(strong[ _-]?hire|hire|5|10|"
    r"perfect|excellent|exceptional)|\bgive (me|this|the candidate|this answer|it) (a )?[\"']?"
    r"(strong[ _-]?hire|5/5|5 out of 5|perfect|top|full|maximum) |(\bnote|\bmessage|"
    r"\binstructions?) (to|for) (the )?(reviewer|evaluator|grader|ai|model|assistant|llm|"
    r"panel)|"
    # (a thing set against a model in the story is no note to one: "how water actually moved
    # compared to the model")
    r"(?<!compared )(?<!relative )(?<!similar )(?<!close )(?<!back )(?<!next )(?<!went )"
    r"\bto the (ai|model|llm|assistant|reviewer|evaluator|grader)\b(?!['’]s)|^\s*(system|"
    r"assistant)\s*:|</?(system|instructions?|prompt)>|\b(must|should) (be )?(rated|scored|"
    r"marked|graded) (as )?(strong|5|hire|high)|\b(panelists?|reviewers?|evaluators?|graders?) "
    r"(must|should|will) (vote|rate|score|give)|\b(vote|votes) strong[ _-]?hire\b|"
    r"\b(give|report|assign|award)s? (me |this |it |the candidate |this candidate |this answer )?"
    r"(a |the )?(perfect|maximum|top|full) (score|marks)\b|\bunanimous strong[ _-]?hire\b|"
    # ("my answer was always the same: it's our name on it" is what the teller said in the
    # story: their own answer is the answer rated only as the one above, or as it deserves)
    r"\b(?:this|the above|my(?= (?:answer|response) (?:above|deserves|belongs|merits|meets|"
    r"should)\b)) (?:answer|response) (?:above )?(?:is|was|deserves|belongs|merits|meets|"
    r"should)|\bthe candidate (?:meets|exceeds|is|has|deserves|clearly)|\b(?:scoring|"
    r"grading|rubric|assessment|evaluation|review) (?:key|guidance|check|summary|note|"
    r"instructions?|reminder|criteria)\b|\b(?:whoever|anyone|the person|the people) (?:is |"
    r"are )?(?:grading|scoring|reviewing|evaluating|assessing|marking) (?:this|these|it)\b|"
    r"\bpanel reminder\b|\b(?:top|highest|maximum) (?:band|verdict|score|result|rating|mark)\b|"
    r"\b(?:pretend|imagine|let's play|role-?play)\b[^.]{0,80}\b(?:interviewer|hiring manager|"
    r"panel|grader|reviewer|evaluator|committee)\b|\b(?:every|each|all) (?:criterion|criteria|"
    r"box(?:es)?) (?:above |is |are |has |have |was |were |as )?(?:been )?(?:fully |"
    r"clearly )?(?:demonstrated|met|exceeded|ticked|5|satisfied)|\bexpected output\b|"
    r"\bas the hiring committee\b|\b(?:model|exemplary|ideal) (?:answer|response)\b|"
    r"\bweigh this answer\b|\b(?:évaluat\w*|note maximale|critères?|puntuaci[oó]n|evalúe|"
    r"evaluador\w*|respuesta merece|bewert\w*|punktzahl|valutazione)\b|\bticked every box\b|"
    r"\brecord the top\b)",
}


# The rest of a sentence in which the teller owns the cause just named or acts on it ("…and
# the process was mine", "…so I rewrote it"), which makes a contrast of causes analysis.
_UNOWNED = (r"(?![^.;]*\b(?:(?:was|were|is) (?:all )?(?:mine|my (?:own )?[\w-]+)\b|(?:so|and|"
            r"then) (?:I|we) (?!(?:don't|didn't|do not|did not|can't|couldn't|wasn't|never|had "
            r"no)\b)[\w-]+\b))")


# Red flags said politely: the idioms people use to deflect, belittle, wave input away, take the
# credit or force a decision through, written as families (a frame and its slots) rather than as
# the sentences of any one answer. Appended to the kinds above.
_POLITE_FLAGS: dict[str, str] = {
    "blame": (
        # the fault put on others' care: "for me it was clear that night shift was not careful
        # enough" (the teller's own "I wasn't careful enough" owns a slip)
        r"\b(?:they|he|she|(?:the )?(?:[\w-]+ )?(?:shift|shifts|team|crew|lot|staff|pickers|"
        r"drivers|agency (?:staff|workers|people))) (?:(?:was|were|is|are)n['’]t|(?:was|were|is|"
        r"are) (?:just |simply |really |clearly )?not) (?:(?:really|quite) )?(?:careful|thorough|"
        r"focused|serious|disciplined|bothered) enough\b|"
        # control disowned: "I escalated all of those, but none of them were really in my
        # control"
        r"\b(?:none|most|all|much) of (?:them|those|it|this|that|these) (?:were|was) (?:really |"
        r"actually |ever )?(?:in|within|under) my control\b|"
        # the fault handed on whole: "take the hit for someone else's mistake", "that was the
        # landlord's problem to sort out", and the lesson drawn for others ("the lesson is that
        # other departments need to plan better")
        r"\b(?:someone|somebody) else['’]s (?:mistake|fault|error|mess|screw-?up|problem)\b|"
        r"\b(?:was|is) (?:[\w-]+ ){0,2}?[\w-]+['’]s (?:thing|problem|job|mess) to (?:sort out|"
        r"sort|fix|deal with|handle|clean up)\b|"
        r"\b(?:lesson|takeaway|learning) (?:is|was|here is|here was) that (?:other|the other) "
        r"(?:departments|teams|people|groups|shifts)\b|"
        # "the root cause was the data team's pipeline, not my code"
        r"\b(?:root cause|cause|problem|issue|bug|fault) (?:was|lay|is|lies) (?:really |actually "
        r"|all )?(?:in |with )?(?:the |their |his |her )?[\w-]+(?: team)?'s [\w -]{1,30}, not "
        r"(?:my|our|mine|ours|me|us)\b|"
        # A miss put down to a kind of cause against another that would be the teller's ("it
        # was a systems issue and not a floor issue", "a planning problem, not an execution
        # one"), or to something set against the teller's side ("the error came from the
        # process, not from us"). The same contrast drawn by a teller who owns the cause or acts
        # on it ("…and the process was mine", "…so I rewrote the checklist") is analysis, and so
        # is the teller's own way of seeing it ("I looked at it like a schedule problem, not an
        # allergen problem", "I saw it as a site problem, not a department problem").
        r"(?<!like )(?<!\bit as )(?<!\bthis as )(?<!\bthat as )"
        r"\b(?:an?|the) (?:[\w-]+ ){1,2}(?:issue|problem|failure|fault|error|gap|breakdown)"
        r"(?: (?:from|in|on|at|with|by) (?:the )?(?:[\w-]+ )?[\w-]+| upstream)?,? (?:and )?(?:not|"
        r"rather than|more than) (?:really )?(?:an? (?:[\w-]+ ){1,2}(?:issue|problem|failure|fault|"
        r"error|gap|breakdown|one)|anything (?:i|we|(?:my|our) [\w-]+) did)\b" + _UNOWNED
        + r"|\b(?:error|mistake|outage|failure|fault|miss|delay|problem|issue|bug|slip|overspend|"
        r"mix-up|shortfall|breakdown|broke down|went wrong|late [\w-]+)\b[^.;]{0,60}?,? (?:and )?"
        # ("…rather than me rewriting everyone's week" is another way of doing it, no cause)
        r"(?:not|rather than) (?:from |to |on |in |with |by |at )?(?:(?:us|me)(?! [\w-]+ing\b)|"
        r"ours|mine|anything (?:i|we|my (?:team|crew|staff|shift)|our (?:team|crew|staff|shift)) "
        r"did|(?:my|our) (?:side|"
        r"end|part|team|crew|staff|people|shift|department|doing)(?!['’])|an? (?:[\w-]+ )?"
        r"(?:mistake|failure|problem|issue|error|fault) (?:on|at|from|by) (?:our|my) (?:end|side|"
        r"part|team|shift))\b" + _UNOWNED + r"|"
        # Someone else's lapse told as the cause, softened: "the on-call engineer from the
        # platform team unfortunately did not follow the runbook"
        r"\b(?:engineer|team|vendor|contractor|manager|lead|pm|designer|analyst|person|"
        r"developer|tester|qa|ops|support)(?: (?:from|on|in) (?:the |their |our )?[\w-]+"
        r"(?: team)?)? (?:unfortunately|apparently|sadly|clearly|simply) (?:did not|didn't|"
        r"never|failed to|forgot to|couldn't|wouldn't)\b|"
        r"\b(?:because|since|as) (?:the |their |our )?(?:[\w-]+ )?(?:team|vendor|qa|ops|"
        r"department|org) (?:was|were) (?:understaffed|overloaded|stretched|short-staffed|"
        r"swamped|disorganized|disorganised)\b|"
        r"\b(?:broken down|broke down|gone wrong|went wrong|failed|fell apart|fallen apart) on "
        r"(?:their|his|her|the other) (?:side|end)\b|"
        # The lesson drawn for someone else: "the lesson for the company was that marketing…"
        r"\b(?:the )?(?:lesson|takeaway|learning) (?:for|here for) (?:the company|them|the "
        r"business|everyone else|the other team|(?:the )?[\w-]+ team|leadership|management|"
        r"marketing|sales|product|ops) (?:was|is) that\b|"
        # "That was really a communication breakdown between marketing and product"
        r"\b(?:was|is) (?:really|basically|mostly|just) (?:a|an) (?:communication|process|"
        r"planning|org\w*|handoff|hand-off) (?:breakdown|failure|problem|issue|gap) between\b|"
        # "the fault sat with their team rather than with us" places the fault; "he was chosen, by
        # the manager rather than me" names who chose, which blames no one.
        r"\b(?:with|on|in) (?:the |their |his |her )?[\w-]+(?: [\w-]+)? rather than (?:with |on "
        r"|in )?(?:me|us|our (?:side|team|end|group)|my (?:team|side|end))\b|"
        r"\b(?:above|beyond|outside) my pay ?grade\b|"
        # Fault placed elsewhere as a rule: "if something goes wrong it's usually the system or
        # the doctors running late"
        r"\b(?:if|when|whenever) (?:something|anything|things|stuff|it) (?:goes|go|went) wrong"
        r"(?:,? (?:on|at|in|with|for) [\w' ]{1,25}?)?,? (?:it's|it is|that's|that is|it was) "
        r"(?:usually|normally|always|mostly|generally|typically|nearly always|almost always) "
        r"(?:the|because|down to|someone|somebody|other)\b"
        r"(?! (?:i|me|my|we|our|us)\b)|"
        r"\bplayed the hand (?:we|i) (?:were|was) dealt\b|"
        r"\bwhat (?:more|else) (?:could|would|can) (?:reasonably )?(?:have been|be) (?:expected|"
        r"asked|done)\b|\b(?:never|weren't|wasn't|were not|was not|rarely) (?:\w+ )?(?:ready|"
        r"delivered|done|there|on time|available) (?:when|by the time) (?:they|he|she) (?:said|"
        r"promised|told)\b|"
        # "we sat idle for a week waiting on them"; servers sitting idle blame no one.
        r"\b(?:we|i|the team|our team|everyone) (?:just )?(?:sat|were sitting|was sitting|stood|"
        r"were left) (?:around )?idle\b|"
        r"\b(?:some|certain) people (?:just |simply )?(?:need|take) (?:more |longer |a while |"
        r"time )\w*|\bthe (?:cost|blame|responsibility|fault) (?:of [\w ]{3,40} )?(?:really )?"
        r"(?:sits|lies|rests|falls|sat|lay) (?:with|on)\b|\b(?:outside|beyond|out of) (?:of )?"
        r"(?:our|my|the team's) (?:control|hands)\b" + _WHO_CAN_FIX
        + r"|\bnot (?:really )?(?:something|anything) "
        r"(?:we|i) (?:could|can) (?:control|have prevented|do (?:much )?about)\b|"
        r"\babout as well as (?:we|i|anyone) could\b"
    ),
    "never_fail": (
        r"\b(?:never|not once) (?:come|came|fallen|fell|been|gone|landed) (?:in )?(?:under|short "
        r"of|below|behind) (?:a |my |the |any )?(?:number|target|quota|goal|plan|forecast)\b|"
        r"\bi don't (?:really )?have (?:any |many )?(?:misses|failures|mistakes|regrets|flops)\b|"
        r"\b(?:don't|never|wouldn't) let (?:it|things) (?:get|come) to that (?:point|stage)\b|"
        r"\bnot a single (?:quarter|miss|failure|mistake|project)\b(?! (?:went|was|ended))"
    ),
    "contempt": (
        # Condescension told as patience: taught "like you would a child", asked what "I'd
        # expect a school leaver to know", "I stopped expecting him to think", "grads these days
        # can't do anything", the new methods "going over his head", "I just had to smile and
        # nod" ("treated me like I was a child" is the teller's own hurt)
        r"\blike (?:you|you['’]d|you would|one would|I would|I['’]d) (?:with |to |for )?an? "
        r"(?:child|kid|toddler|five-year-old|five year old|infant)\b|\blike (?:talking|explaining|"
        r"speaking) to an? (?:child|kid|toddler|five-year-old)\b|"
        r"\b(?:I['’]d|I would) expect (?:a|an|any) (?:school leaver|child|kid|teenager|first-year|"
        r"intern|ten-year-old|trainee|[\w-]+ student) to (?:know|understand|manage|do)\b|"
        r"\bstop(?:ped)? expecting (?:him|her|them) to (?:think|understand|get it|cope)\b|"
        r"\b[a-z]+s these days (?:can['’]t|cannot|don['’]t|won['’]t|just can['’]t)\b|"
        # a whole group summed up: "that's the thing with bootcamp grads, sometimes they want
        # the shiny stuff", "you know what agency staff are like", "typical graduates"
        # ("that's the thing with patients, they don't always tell you about pain" is care)
        r"\b(?:that['’]s|it['’]s|that is) the (?:problem|trouble) with (?:[\w-]+ ){0,2}"
        r"(?:" + _GROUPS_OF_PEOPLE + r"),? (?:(?:sometimes|always|often|usually|all) )?they\b|"
        r"\b(?:that['’]s|it['’]s|that is) the thing with (?:[\w-]+ ){0,2}(?:" + _GROUPS_OF_PEOPLE
        + r"),? (?:(?:sometimes|always|often|usually|all) )?they (?:(?:just|all|always) )?(?:want|"
        r"think|expect|can['’]t be bothered|won['’]t)\b|"
        r"\byou know what (?:[\w-]+ ){0,2}(?:" + _GROUPS_OF_PEOPLE + r") are like\b|"
        # ("Typical graduates, …" as an exclamation; "our typical customers are farms" describes)
        r"(?:^\W*|\b(?:so|just|honestly),? )typical (?:[\w-]+ )?(?:" + _GROUPS_OF_PEOPLE
        + r")\s*[,.!;:—–-]|"
        r"\b(?:was|were|is|are) (?:going |way |a bit |rather |just |clearly )*over (?:his|her|"
        r"their) heads?\b|"
        r"\bjust (?:had to )?smiled? and nod(?:ded)?\b|"
        # The understatement belittles ("she just isn't really a numbers person", "not exactly a
        # details guy"); said flatly it tells the audience's background, which is what a
        # message is adapted to ("the board, who are not technical people").
        r"\b(?:just (?:isn't|is not|wasn't|was not|aren't|weren't|not) (?:really |exactly |much "
        r"of |quite )?|(?:isn't|is not|wasn't|was not|aren't|weren't) (?:really|exactly|much of|"
        r"quite) )(?:a |the )?(?:numbers|technical|detail|details|data|strategic|analytical|"
        r"sharp|quick|tech) (?:person|guy|type|one|people|crowd|mind)\b|"
        r"\bexplained (?:twice|three times|again and again|over and over|slowly)\b|"
        # colleagues' motives belittled: "the night crew are there for the quiet and the shift
        # allowance", "half of them are coasting until retirement"
        r"\b(?:coasting|cruising|sleepwalking) (?:until|till|to|towards) (?:retirement|(?:their|"
        r"his|her) pensions?)\b|\b(?:are|is|were|was|['’]re) (?:only |just |basically |mostly |"
        r"really )?(?:there|in it|here) for the (?:quiet|money|pay|pension|paycheck|pay ?cheque|"
        r"perks|overtime|allowance|shift allowance|free food)\b|"
        r"\bfound (?:his|her|their) level\b|\b(?:nice|lovely|"
        r"pleasant|sweet|decent) enough (?:guy|person|woman|man|people|folks|bunch|lot|kid|lad|"
        r"bloke|chap|fella|girl)\b|"
        r"\bperfectly (?:pleasant|nice|lovely|decent)\b|\bnot (?:people|someone|somebody|the kind "
        r"of people|the sort of people) (?:you'd|you would|i'd|i would|you could) (?:hand|trust|"
        r"give|leave)\b|\bkeep (?:things|it|everything) (?:very |really |super )?(?:basic|simple) "
        r"(?:when|for)\b|\bthe usual (?:mid-level|junior|average|mediocre) (?:folks|people|types|"
        r"crowd|bunch)\b|\bhard to help (?:someone|somebody|people) who\b|\b(?:gets|got|is|was) "
        r"(?:quite |very |really |a bit |so )?attached to (?:her|his|their) own\b"
    ),
    "dismissive": (
        # input thanked for and then set aside: "I thanked them and kept my layout as it was",
        # "not every piece of feedback needs to be acted on"
        r"\bthanked (?:them|him|her|everyone|the \w+)\b[^.;!?]{0,30}\band (?:then )?kept (?:my|the|"
        r"our) [\w-]+(?: [\w-]+)? (?:as it was|as is|unchanged|the same)\b|"
        # "I thanked them for the work, but at the end of the day it was my call"
        r"\bthanked (?:them|him|her|everyone|the [\w-]+)(?: for (?:the|their|his|her|all the) "
        r"[\w-]+(?: [\w-]+)?)?,? but\b[^.;!?]{0,40}?\b(?:it was|it's|it is) (?:ultimately )?my "
        r"(?:call|decision)\b|\b(?:not every|not all)"
        r" (?:piece of )?(?:feedback|input|comments?|suggestions?) (?:needs|deserves|has) to be "
        r"(?:acted on|listened to|taken seriously)\b|"
        r"\b(?:didn't|did not|never|wouldn't) (?:loop|bring|pull|let) (?:them|him|her|the \w+|"
        r"those \w+) in\b|\b(?:they|he|she) (?:didn't|did not|don't|doesn't) (?:have|see|"
        r"understand|get) the (?:full |commercial |bigger |wider |business |whole )?(?:context|"
        r"picture)\b|"
        # objections written off as resistance to change: "a lot of grumbling, which I expected
        # — people don't like change", "quite resistant to change"; knowing it and listening
        # first ("people don't like change, so I spent a week on the floor") is no dismissal
        r"\b(?:people|staff|everyone|everybody|they|drivers|nurses|teachers|users|the team|the "
        r"lads) (?:just |simply )?(?:don['’]t|do not|never) like (?:to )?change\b(?![^.;!?]{0,20}"
        r"\bso (?:i|we) (?:spent|listened|asked|met|sat|talked|went|started))|\bresistant to "
        r"change\b|"
        # or as attachment to the past: "most of it was people being attached to how things
        # used to be, so I didn't really change the plan", "just resistance to change"
        r"\b(?:(?:just|mostly|only|simply|all) )?(?:people |them |they |members |staff )?(?:being |"
        r"were |was )?(?:attached to|stuck in|wedded to|set in|clinging to|nostalgi[ac] for) "
        r"(?:how (?:things|it) (?:used to be|were|was|had always been)|the (?:old|old-fashioned) "
        r"(?:ways?|system|days|way of doing things)|their (?:old )?ways)\b(?![^.;!?]{0,20}\bso "
        r"(?:i|we) (?:spent|listened|asked|met|sat|talked|went|started))|\b(?:just|mostly|only|"
        r"simply) resistance to change\b|"
        # someone's point set aside, to them or of theirs: "I told him that wasn't really the
        # point", "her worry about the weekend isn't the point"; the teller's own aside ("so I
        # can't claim the swap changed anything, but that wasn't really the point") sets aside
        # nobody's input
        r"\b(?:told|reminded) (?:him|her|them|the [\w-]+)(?: that)? (?:it|that|this) (?:wasn't|"
        r"isn't|was not|is not) (?:really )?the point\b|\b(?:their|his|her) (?:[\w-]+ ){1,6}?"
        r"(?:wasn't|isn't|was not|is not) (?:really )?the point\b|\b(?:users|"
        r"customers|people|clients|most users|most people) (?:don't|do not) (?:really )?know what "
        r"(?:they|is good for them) (?:want|need)\b|\b(?:didn't|did not) think (?:that|it|this|"
        r"their \w+) was (?:necessary|needed|worth (?:it|waiting))\b|"
        # concerns noted, then kept from changing anything: "I noted the feedback, but I didn't
        # feel it needed to change the model"
        # thanked or noted, and carried on unchanged: "Thanked him; went ahead as planned", "I
        # thanked them for flagging and we kept to the plan as it was", "told them I appreciated
        # them raising it, and explained that the calendar would stay as drafted"
        r"\b(?:thanked|noted|acknowledged|appreciated)\b[^.!?]{0,80}?\b(?:went ahead|carried on|"
        r"pressed on|kept (?:to|with) (?:the|my|our) plan|stayed (?:on|with) (?:the|my|our) plan|"
        r"(?:as|like) (?:I|we)(?:['’]d| had) planned|as planned|would stay as (?:drafted|planned|"
        r"it was|is))\b(?![^.!?]*\b(?:once|after (?:we|they|he|she|I|the fix)|with (?:their|his|"
        r"her|[\w-]+['’]s) [\w-]+)\b)|"
        r"\b(?:noted|heard|acknowledged|logged|listened to|took on board) (?:the|their|her|his|"
        r"those|these|all the) (?:[\w-]+ )?(?:feedback|concerns?|input|points?|comments|worries|"
        r"objections?),? but (?:i |we )?(?:didn't|did not|don't|do not) (?:really )?(?:feel|think|"
        r"see|believe) (?:that |it |they |this )?(?:needed|need|warranted|required|called for|"
        r"meant|was (?:needed|necessary|a reason))\b|"
        r"\b(?:thanked|noted|acknowledged)(?: (?:it|them|him|her|everyone|it all|all of it))?\b"
        r"[^.;!?]{0,30}?,? (?:and )?(?:I )?(?:didn['’]t|did not) change (?:the plan|that|it|"
        r"anything|a thing)\b|"
        # input not needed, or heard after the matter was closed: "I don't need a survey to
        # tell me", "I heard them out, but we'd already decided", "I listened, of course, but
        # contractors will always gravitate toward…"
        r"\b(?:don['’]t|didn['’]t|did not|do not) (?:really )?need (?:[\w-]+ ){0,3}(?:people|"
        r"survey|study|committee|consultant|group|panel|anyone|anybody|(?!(?:results|numbers|"
        r"figures|data|logs|charts|metrics|dashboards|readings|tests|alarms|sensors)\b)[\w-]+s) "
        r"to tell (?:me|us)\b|"
        r"\b(?:listened|heard (?:them|him|her|it|everyone|the [\w-]+) out|thanked (?:them|him|"
        r"her|everyone))"
        r"\b[^.;!?]{0,25}?,? but (?:(?:we|I)(?:['’]d| had) already (?:decided|made (?:the|my|our) "
        r"(?:call|decision|mind up))|(?:the|my|our) (?:decision|mind) was (?:already )?made|"
        r"(?:[\w-]+ ){1,2}(?:will|would) always (?:gravitate|go|want|push|say|pick|choose))\b|"
        # heard, then held to regardless: "I listened to their concerns, but I felt strongly it
        # was the right thing", "I listened, but I explained that the stretches were about safety"
        r"\b(?:listened|heard (?:them|him|her|everyone|the [\w-]+) out)(?: to (?:their|his|her|"
        r"the) (?:[\w-]+ )?(?:concerns?|objections?|points?|worries|feedback))?,? but (?:I|we) "
        r"(?:still )?(?:(?:felt|was|were) (?:strongly|sure|convinced|certain)|explained that)\b|"
        # a creed of not listening: "knowing when to stop listening", "if I chased every edge
        # case an engineer could come up with", "I don't believe in re-litigating a decision"
        r"\bwhen to stop listening\b|\b(?:if I|you can['’]t|I can['’]t) (?:chased?|"
        r"listen(?:ed)? to|entertain(?:ed)?) every (?:edge case|opinion|objection|concern|"
        r"complaint|idea)\b|"
        r"\b(?:don['’]t|do not) believe in (?:re-?litigating|revisiting|reopening) (?:a |the |"
        r"every )?decisions?\b|"
        # those who wanted something else, written off: "those probably weren't our customers
        # anyway"
        r"\b(?:they|those|these)(?: people| ones)? (?:probably |just |clearly )?(?:weren['’]t|were "
        r"not|aren['’]t|are not) (?:our|the right|real) (?:customers|clients|users|audience|"
        r"market)\b"
    ),
    "sole_credit": (
        # "the innovation was mine", "nominated for an award under my name"
        r"\bthe (?:innovation|idea|design|solution|concept|breakthrough|vision) was "
        r"(?:all )?mine\b|"
        # the thing others made, taken on as the candidate's own name: "it's become known as my
        # discharge model, which is nice", "so I see it as my system"
        r"\b(?:become|became|is|was|now) known as my (?:[\w-]+ )?(?:model|system|process|idea|"
        r"method|approach|project|plan|checklist|rota|design|framework|tool)\b|"
        r"\bI (?:see|think of|count|call) (?:it|this|that|them) (?:as )?my (?:own )?(?:[\w-]+ )?"
        r"(?:system|idea|model|process|method|approach|project|design|framework|baby)\b|"
        r"\b(?:award|credit|paper|patent|prize|published|presented|nominated|went out)\b"
        r"[^.;!?]{0,40}?\bunder my (?:own )?name\b|"
        # the work written up as the candidate's own: "It went in my annual review as my
        # initiative"
        r"\b(?:went|go|goes|put it|wrote it up|written up|listed|recorded|logged) (?:in|on|into) "
        r"(?:my|the) (?:annual |performance |year-end |mid-year )?(?:review|appraisal|promotion "
        r"case|promotion packet|cv|résumé|resume|self-assessment) as (?:my|mine)\b|"
        r"\b(?:that|it|this) was my (?:win|success|doing|achievement)\b|\bcalled it my (?:model|"
        r"project|work|idea|design|plan|launch)\b|\bpresented (?:it |the \w+ )?(?:alone|by myself|"
        r"on my own|solo)\b|\bi made it happen\b|\b(?:the team|they|my team|the others) (?:just |"
        r"simply |only )?executed (?:what|the plan|the steps) i\b|\b(?:results|credit|success|win|"
        r"wins)(?: and [\w ]{3,30})? (?:were|was) (?:all )?mine\b|\bwho (?:had )?"
        r"(?:actually|really) (?:made it happen|did the work|delivered)\b|"
        # "the other developers mostly followed my plan", "I was the reason it worked"
        r"\b(?:the )?other (?:developers|devs|engineers|designers|people|members|folks)"
        r"(?: on the team)? (?:mostly |just |basically |simply )?(?:followed|executed|"
        r"implemented) my (?:plan|lead|design|direction|instructions|spec)\b|"
        r"\bi was the reason (?:it|we|the (?:project|launch|team)) (?:worked|succeeded|shipped|"
        r"won|hit)\b|\bi made all the (?:key |big |important |real )?(?:decisions|calls)\b|"
        r"\bi (?:designed|built|wrote|planned) (?:the whole|the entire|all of the|most of the) "
        r"(?:architecture|system|product|app|plan|code|thing)\b"
    ),
    "steamroll": (
        # permission skipped on purpose: "ask for forgiveness later", a decision taken "without
        # the head of operations in the room", someone "not looped in", a lead's own team
        # started on the work around him
        r"\bask(?:ed|ing)? (?:for )?forgiveness\b[^.;!?]{0,30}?\b(?:later|afterwards|rather "
        r"than|instead of|not)\b|\bforgiveness,? not permission\b|\bwithout (?:him|her|them|"
        r"(?:the|their|his|her) [\w-]+(?: [\w-]+)?(?: [\w-]+)?) in the room\b|\b(?:didn't|did not) "
        r"(?:loop|bring|keep) [\w-]+ in\b(?! (?:time|the end|person)\b)|\bwent (?:directly|"
        r"straight) to\b[^.;!?]{0,40}?\b(?:on|in|from) (?:his|her|their) team\b|"
        r"\b(?:got|had|asked) (?:our|the|my) (?:coo|ceo|cto|cfo|vp|svp|evp|director|boss|head of "
        r"\w+) to (?:announce|mandate|order|force|declare|tell everyone)\b|\b(?:made|declared|"
        r"announced) (?:it|the tool|the \w+|that) (?:was )?mandatory\b|\b(?:they|people|everyone|"
        r"the holdouts|the teams?) had no (?:choice|say|option)\b|\b(?:turned|switched|shut) "
        r"(?:off|down) the old (?:\w+ )?(?:form|system|spreadsheets?|tool|process|version|flow)"
        r"(?:,? so (?:people|they|everyone) had to)?|\b(?:merged|shipped|pushed|deployed|launched|"
        r"released) it (?:anyway|regardless|on a friday night|over the weekend) (?:and|before|"
        r"without)\b|\bwere locked the same day\b"
    ),
}

# What a decision, a piece of work or a person can be made small by, or claimed by: the input
# a dismissal waves away, and the whole of a team's work a sole-credit claim takes.
_INPUT = (r"(?:concerns?|input|feedback|objections?|complaints?|worries|comments?|suggestions?|"
          r"ideas?|notes|questions|requests?|pushback|warnings?|advice|opinions?|views?)")
_WHOLE = (r"(?:ideas|decisions|calls|thinking|vision|strategy|direction|results|credit|wins|"
          r"(?:whole|entire) (?:design|plan|thing|project|idea))")
_SHIP = r"(?:merged|shipped|deployed|launched|released|pushed|rolled|turned|switched)"
# What a step ships, told after its verb: "merged the fix", "rolled it out", "pushed my change to
# production".
_SHIPPED = (r"(?:it|them|(?:the|my|our|his|her|a) [\w-]+(?: [\w-]+)?)(?: (?:out|on|live|in|"
            r"through))?(?: (?:to|into) (?:production|prod|main|master|live|the [\w-]+))?")
# Anger as a state, a noun or an act. Whose anger it is comes from the subject before it.
_ANGER = (r"(?:angry|furious|livid|seething|fuming|boiling|steaming|irate|enraged|incensed|"
          r"outraged|mad|pissed|exasperated|fed up|resentful|bitter|heated|anger|rage|fury|"
          r"angrily|furiously|temper)")
_ANGRY_ACT = (r"(?:slammed|slamming|stormed|storming|snapped|snapping|yelled|yelling|shouted|"
              r"shouting|screamed|screaming|swore|swearing|cursed|ranted|ranting|blew up|"
              r"blowing up|hung up on|stomped|lost it|lost my cool)")
# What a subject may say between itself and what it does, without handing the act to another
# subject or negating it: "I was absolutely beside myself with anger", not "I could see she was
# frustrated" or "I was not angry". Anger noticed as it rose ("I was getting angry about it, so I
# asked her to lunch") is self-awareness, not a story framed around anger.
_OWN_SPAN = (r"(?:(?!\b(?:he|she|they|you|it|someone|everyone|not|never|no|wasn't|weren't|"
             r"didn't|don't|hadn't|told|asked|informed|warned|that|why|because|when|how|what|"
             r"who|the|a|an|his|her|their|getting|starting|beginning|growing)\b)[^.;,!?])")
_SENIOR = (r"(?:vp|svp|evp|ceo|cto|cfo|coo|cpo|cio|ciso|cmo|director|skip|boss|head|top|exec\w*|"
           r"founder)")

# The same red flags by their structure rather than their idioms: who is made the cause, who is
# belittled, whose input is waved away, whose work is claimed, whose approval is skipped. Each
# family names the other party and the act, so the candidate's own part told plainly ("the
# design was mine, but Ravi built most of it", "I didn't understand the basics") stays clear.
_STRUCTURAL_FLAGS: dict[str, str] = {
    "blame": (
        # The cause placed in someone else's work: "caused by Raj's config change", "the miss
        # was really the vendor's doing, not ours". "Caused by Black Friday's traffic" names no
        # one's work.
        r"\b(?:caused|triggered|started|broken) by (?:the |their |his |her )?[\w-]+'s (?:[\w-]+ )?"
        r"(?:change|config|code|commit|deploy|script|query|mistake|error|bug|migration|patch|"
        r"pr|estimate|spec|export|setup|update|work|decision)\b|"
        r"\b(?:was|were|is) (?:really |mostly |all |entirely |largely |basically )?(?:the )?"
        r"[\w-]+(?: team)?'s (?:doing|fault|mistake|error)\b|"
        r"\b(?:delays?|miss|slip|slippage|outage|failure|problems?|issues?|bugs?|mess|mistakes?|"
        r"incidents?|errors?) (?:came|comes|was|were) (?:all |mostly |largely |really )?down to "
        r"(?:the |their )?(?:[\w-]+ )?(?:team|department|vendor|contractor|agency|client|folks|"
        r"people|engineers|devs)\b|"
        # A reason that names another party's failing: "because finance gave us an old export",
        # "because the sales team oversold what we could build", "because product changed the
        # requirements every sprint" (a change made once is the story's situation).
        r"\b(?:because|since|as|due to the fact that) (?:the |our |their )?(?:[\w-]+ )?(?:team|"
        r"product|design|finance|sales|marketing|legal|ops|qa|support|security|management|"
        r"leadership|vendor|client|contractor|agency) (?:had )?(?:oversold|overpromised|"
        r"over-promised|underestimated|misread|ignored|changed (?:the |their |its )?(?:\w+ )?"
        r"(?:requirements|scope|specs?|priorities|plan|mind) (?:every|each|again|all the time|"
        r"constantly|(?:three|four|five|several|many) times)|(?:gave|sent|handed) us (?:an? |"
        r"the )?(?:old|wrong|stale|outdated|incomplete|broken|bad|late))\b|"
        # A counterfactual that makes another party the cause: "if design had handed over the
        # specs on time, none of the rework would have been needed". "If I had…" owns it, and
        # "if the alert had fired" names no one.
        r"\bif (?:the |our |their )?(?:[\w-]+ )?(?:team|design|product|qa|ops|finance|sales|"
        r"marketing|legal|vendor|client|contractor|agency|manager|lead|pm|he|she|they|everyone|"
        r"everybody|others|people) had "
        r"(?:just |only |actually )?[\w-]+(?:ed|en|wn|ne|ght|ld|lt|nt|de|ke)\b[^.;]{0,60}\b"
        r"(?:none of|wouldn't|would not|would never|never would|we'd have|we would have|would "
        r"have been fine)"
        # The trouble traced to where someone else started it: "the whole mess started with the
        # contractor, who shipped code nobody had reviewed".
        r"|\b(?:mess|trouble|problems?|issues?|it all|the whole thing|delay|outage) (?:started|"
        r"began|stemmed|came) (?:with|from) (?:the|their|our) (?:[\w-]+ )?[\w-]+,? (?:who|which|"
        r"when (?:they|he|she))\b"
        # Another party's failing told as the reason, in other words (the labelled corpus):
        # "that was really down to the client", "the backend team gave us the API three weeks
        # late", "support team too slow as usual", "their nurses just refused to learn the new
        # workflow", "the rest of the team didn't care about quality", "the client was lying".
        r"|\b(?:that|it|this) was (?:really |all |mostly |entirely |largely )?down to (?:the |"
        r"their )?(?:[\w-]+ )?(?:team|client|vendor|contractor|agency|department|pm|manager|"
        r"customer|partner)\b|"
        # (what the candidate's side handed over late, "we handed over nine days late", is a
        # miss of their own)
        r"\b(?<![wW]e )(?<![iI] )(?:gave|sent|handed|delivered) (?:us |me )?(?:the |an? |their |"
        r"his |her )?(?:[\w-]+ ){1,2}(?:\w+ ){0,2}late\b|"
        r"\b(?:team|they|he|she|qa|ops|vendor|client|pm) (?:was |were )?(?:too|always|so) "
        r"(?:slow|late)\b(?: as usual)?|\bas usual\b(?=[^.;]{0,20}\b(?:slow|late|behind))|"
        r"\b(?:they|their [\w-]+|the [\w-]+|[\w-]+ people) (?:just |simply )?refused to (?:learn|"
        r"use|follow|adopt|read|listen|change|engage|cooperate)\b|"
        r"\b(?:the rest of (?:the |my )?team|nobody else|no one else|(?:my|the|our) (?:manager|"
        r"boss|lead|pm|team)(?: at the time)?|they|he|she) (?:just |really |simply )?(?:didn't|"
        r"did not|doesn't|does not|never|wasn't|was not|weren't|were not) (?:really |even )?"
        r"car(?:e|ed|ing)\b(?! (?:much |a lot |too much )?for\b)|"
        r"\b(?:was|were) lying to (?:us|me)\b|"
        r"\bclean(?:ing|ed)? up (?:their|his|her) (?:promises|mistakes|errors|work)\b"
    ),
    "sole_credit": (
        # "the ideas and the decisions were mine", "the thinking was all mine"; a part of one's
        # own ("the design was mine, but…") is one's contribution, "mine to make" is a remit,
        # and "the calls were mine, so the miss was too" owns a failure. Decisions of a kind
        # said bare ("and site decisions were mine") are a remit, not the team's work claimed.
        r"\b(?:(?:the |all the )(?:[\w-]+ )?|(?<![A-Za-z] ))" + _WHOLE
        + r"(?: and (?:the |all the )?[\w ]{3,30})? (?:were|was) "
        r"(?:all |really |basically |entirely |mostly |honestly )?mine\b(?! to\b)"
        r"(?![^.]{0,40}\b(?:mistakes?|miss|fault|failure|blame|wrong)\b)|"
        r"\b(?:idea|design|plan|success|win|work|architecture) (?:was|were) (?:all|entirely|"
        r"really|100%|basically) mine\b|"
        # "It was basically my project" claims the team's work; "from then on it was basically my
        # project" takes an orphan on.
        r"(?<!then on )(?<!then on, )(?<!after that )(?<!after that, )"
        r"\b(?:it|this|that|the (?:project|launch|release|thing|whole thing)) was (?:basically|"
        r"essentially|pretty much|more or less|honestly|really|all) my (?:project|baby|show|"
        r"thing|launch|idea|design|work|doing|plan)\b(?! (?:from (?:then|that point)|after that|"
        r"now|at that point))|"
        # The team was thanked, but it was really mine.
        r"\b(?:credit|praise|recognition|thanks|applause) went to (?:the team|them|everyone|the "
        r"others|the whole team)[^.]{0,20}\bbut (?:it|this|that|the [\w-]+) was (?:really |"
        r"actually |all )?my\b|"
        r"\bwithout me,? (?:it|this|that|the (?:project|launch|team|release|thing)|nothing|they|"
        r"we|the team|none of (?:it|this)) (?:would(?:n't| not| never)|could(?:n't| not| never))|"
        r"\b(?:wouldn't|would not|would never|couldn't|could not) have (?:happened|shipped|"
        r"worked|launched|landed|succeeded) without me\b|"
        r"\b(?:the team|the others|they|everyone else|the rest(?: of (?:them|the team))?) "
        r"(?:mostly|just|basically|simply|only) did what i (?:said|told them|asked|wanted|"
        r"designed|decided)\b"
        # The whole claimed, or the others made passengers: "I drove the whole thing", "the
        # rest of them were passengers", "every good call was mine", "everything that worked
        # came from my design", "it only worked because of me".
        r"|\bi (?:basically |really |pretty much |essentially |single-handedly )?(?:did|drove|"
        r"carried|ran|handled|owned|decided|delivered|took over|made) (?:everything|all of it|"
        r"the whole thing|the heavy lifting|the real work|the hard parts?|every (?:piece|part|"
        r"decision|call))\b"
        # "I did everything by the book" says how it was done, not whose it was
        r"(?! (?:by the book|right\b|correctly|properly|as (?:i|we) (?:should|was told|were "
        r"told)|(?:that )?(?:i|we) (?:could|can)\b|according to))|"
        r"\b(?:the others|the rest(?: of (?:them|the team|us))?|my teammates|everyone else|"
        r"they) (?:were|was) (?:just |mostly |basically |really )?(?:passengers|along for the "
        # (watching the teller is scrutiny: "but they were watching me")
        r"ride|spectators|bystanders|just there|watching(?! (?:me|us|my|our)\b))\b|"
        # (A look ahead for "mine" or "came from me" first: these frames start at common words.)
        r"\b(?:every|each|all (?:the|of the)) (?=[^.;]{0,60}\bmine\b)(?:\w+ ){0,2}(?:calls?|"
        r"decisions?|ideas?)\b[\w ]{0,30} (?:was|were) mine\b|"
        r"\b(?:everything|all) (?=[^.;]{0,70}\bcame from (?:me|my)\b)(?:\w+ ){0,3}(?:that )?"
        r"(?:worked|mattered|was good)[\w ]{0,30} came from (?:me|my)\b|"
        r"\b(?:worked|succeeded|shipped|happened|landed) (?:only )?because of me\b|"
        r"\b(?:nobody|no one) (?:else|on the team|in the team|of them) (?:would|could) have "
        r"(?:\w+ed|done|seen|built|found|known|figured)\b"
        # The others made small, or the whole claimed (the labelled corpus): "rest of the team
        # just executed", "the other two devs mostly handled tickets", "that was entirely down
        # to my retention playbook", "the deep dive was pretty much all me", "I carried that
        # whole decision", "I won't pretend the others contributed much".
        r"|\b(?:the )?(?:rest of (?:the |my )?team|rest of them|others|other (?:[\w-]+ ){0,2}"
        r"(?:devs|developers|engineers|leads|people|members|folks|designers|analysts)|account "
        r"managers) (?:just |mostly |mainly |only |basically |kind of just )(?:executed|handled|"
        r"followed|watched|stayed|used|did (?:styling|tickets|the easy|what)|went along|tagged "
        r"along|helped out)\b|"
        r"\b(?:that|it|this|the [\w-]+(?: [\w-]+)?) was (?:entirely |all |mostly |basically |"
        r"pretty much |largely )?(?:down to|thanks to|because of) my\b|"
        r"\bwas (?:pretty much |basically |essentially |really )?all me\b|"
        r"\bthe (?:whole|entire) [\w-]+(?: [\w-]+)? was (?:basically |pretty much |essentially |"
        r"really |mostly |entirely )?(?:all )?my (?:work|doing|effort|idea|call|project)\b|"
        r"\bi (?:basically |single-handedly )?carried (?:that|the|this) (?:whole|entire)\b|"
        r"\b(?:others|the rest|they|the team) (?:\w+ )?contributed (?:much|little|nothing|very "
        r"little)\b|"
        r"\b(?:rewrote|redid|redo|rebuilt|reworked) (?:most|all|half) of (?:their|his|her|the "
        r"team's) (?:code|work|designs?|mockups?)\b"
    ),
    "contempt": (
        # Competence belittled: "more of a people person than a technical person", "didn't
        # really understand the basics", "explain it to him like to a child". The candidate's
        # own gap ("I didn't understand the basics") is candour, and a newcomer taught them
        # ("he didn't know the basics yet, so I paired with him") is mentoring.
        r"\bmore (?:of )?a [\w-]+ (?:person|guy|type) than (?:a |an )?(?:technical|real|"
        r"numbers|details?|data|hands-on|competent|serious|actual|strategic) (?:person|one|"
        r"guy|engineer|type)\b|"
        r"\b(?!(?:i|we)\b)[\w-]+ (?:didn't|did not|doesn't|does not|couldn't|could not|never) "
        r"(?:really |even |quite |fully )?(?:understand|grasp|get|know|follow) (?:even )?(?:the )?"
        r"(?:basics|fundamentals|simplest|most basic)\b(?! (?:yet|at first|at the time|back "
        r"then))(?![^.]{0,40}\b(?:so|and) i (?:taught|showed|walked|paired|explained|wrote|"
        r"helped|coached|sat|set up|ran|made|started|spent|gave))|"
        r"\b(?:explain|explained|explaining|talk|talked|spell|spelled|spelt|treat|treated)\w* "
        r"[\w ]{0,25}like (?:to |with |for )?(?:a |an )?(?:child|kid|toddler|\w+-year-old)\b|"
        r"\b(?:he|she|they|pm|manager|lead|team|people|folks|engineers?|devs?|testers?|analysts?|"
        r"designers?|staff|hires?|juniors?|contractors?|vendor) (?:could|can) (?:barely|hardly) "
        r"(?:read|write|follow|use|run|open|understand) (?:a|an|the|basic|simple)\b|"
        # (the teller's own "I wasn't the sharpest on the tills" is candour)
        r"(?<!\bI )(?<!\bI['’]m )(?<!\bi )\b(?:not|weren['’]t|wasn['’]t|aren['’]t|isn['’]t) "
        r"(?:exactly |really |quite )*(?:the )?"
        r"(?:brightest|sharpest|smartest|quickest|most competent|most capable)\b|"
        # Set right as a matter of course: "so I spent a lot of the meetings politely correcting
        # them" ("I spent the afternoon correcting the data" sets right a thing)
        r"\b(?:spent|spend|spending) (?:a lot of |most of |half of |much of |half )?(?:the |those "
        r"|our |every |each )?(?:meetings?|calls?|sessions?|time|hours?|workshops?)(?: \w+ly)? "
        r"correcting (?:them|him|her|people|everyone|the (?:residents|customers|clients|users|"
        r"team|juniors|nurses|engineers))\b|"
        # faint praise that belittles: "just don't ask them to read a pick list", "excellent at
        # what they do, keeping the lights on", "something they could readily grasp"
        r"\bjust (?:don['’]t|do not|never) (?:ask|expect) (?:them|him|her) to (?:read|write|think|"
        r"spell|count|plan)\b|\b(?:excellent|great|very good|good) at (?:what they do, )?keeping "
        r"the lights on\b|\bsomething (?:they|he|she) could (?:readily|easily) grasp\b|"
        r"\b(?:talks?|talked|talking) (?:a lot|plenty|loads)\b[\w ]{0,15}\b(?:and|but) "
        r"(?:understands?|understood|knows?|knew|delivers?|delivered|does|did) (?:very little|"
        r"next to nothing|not much|nothing)\b|"
        r"\b(?:he|she|they|team|people|folks|engineers?|devs?|testers?|analysts?|designers?|"
        r"staff|hires?|juniors?|contractors?|vendor) (?:wasn't|weren't|was not|were not|isn't|"
        r"aren't|is not|are not) (?:really |even |quite )?(?:capable of|able to|up to) "
        r"(?:\w+ing |\w+ )?(?:a |the |even a |even the )?(?:simple|basic|simplest|most basic|"
        r"straightforward)\b"
        # A whole team written off: "they take forever", "IT are useless", "honestly they don't
        # know the warehouse" said of the people whose job it is ("it took forever to do the
        # documentation" is a task that was slow, read case-blind as any "it")
        r"|\b(?:they|i\.t\.|the [\w-]+ (?:team|department|office|lot|people)) (?:always |just )?"
        r"(?:take|takes|took) (?:forever|ages|an age)\b"
        # Competence denied: "not smart enough for the role", "needs everything spelled out",
        # "a lot of opinions and very little skill".
        r"|\b(?:he|she|they|who)(?:'s| is| was| were| are)? (?:just |simply |really |frankly )?"
        r"(?:not|isn't|wasn't|weren't|aren't) (?:just |simply |really )?(?:smart|bright|sharp|"
        r"competent|capable|technical|good|skilled|senior|strong) enough\b|"
        r"\b(?:needs?|needed|needing|wanted) (?:everything|every \w+|things|it all) (?:spelled|"
        r"spelt|explained|written|laid) out\b|"
        r"\b(?:a lot of|lots of|plenty of|loads of|strong) (?:opinions|confidence|talk|ideas) "
        r"(?:and|but) (?:very )?(?:little|no|zero) (?:skill|substance|knowledge|understanding|"
        r"competence|ability|talent|judge?ment|experience)\b"
        # Disparaged in other words (the labelled corpus): "wasn't much of a decision-maker",
        # "a yes-man", "just don't have an eye for detail", "wouldn't know a join from a hole in
        # the ground", "they only care about their commission", "pretty checked out".
        r"|\b(?:wasn't|isn't|was not|is not|weren't|aren't) (?:really |exactly )?much of an? "
        r"[\w-]+|\byes-?m[ae]n\b|"
        r"\b(?:don't|doesn't|didn't|do not|does not|did not) (?:really |even )?have (?:an|the|"
        r"any) (?:eye|head|mind|feel|aptitude|talent|instinct) for\b|"
        r"\bwouldn't know (?:a|an|the) [\w-]+ from\b|"
        r"\b(?:they|he|she|[\w-]+ people) (?:only|just) cares? about (?:their|his|her) (?:own )?"
        r"(?:commission|bonus|numbers|metrics|status|careers?|paychecks?|title)\b|"
        # The motive put on people: "they want to finish quickly and go home", "they just wanted
        # to clock off"
        r"\b(?:they|he|she) (?:(?:just|only|simply) (?:want|wants|wanted) to (?:finish|get done|"
        r"get out|go home|clock off|leave)|(?:want|wants|wanted) to (?:finish|get done) (?:quickly|"
        r"fast) and (?:go home|leave|get out))\b|"
        r"\b(?:was|were) (?:pretty |totally |completely |kind of |a bit )?checked out\b|"
        # Reading as a skill someone lacks: "couldn't read a chart", "can't even read the
        # spec"; "she couldn't read the patient ID on one" is what a peeled label did.
        r"\b(?:he|she|they) (?:literally |just |simply )?(?:couldn't|could not|can't|cannot) "
        r"(?:even (?:read|write|follow) (?:a|an|the|basic)|(?:read|write|follow) (?:a|an|basic))\b"
    ),
    "emotional": (
        r"\b(?:i|we) (?:was|were|got|felt|became) (?:(?:so|really|very|pretty|absolutely|just|"
        r"honestly|quite) )*(?:seething|fuming|enraged|incensed|irate)\b"
        # Anger told as the candidate's own, in any words: "I was absolutely beside myself with
        # anger", "I slammed my laptop shut and walked out of the call".
        r"|(?<!when )(?<!if )(?<!first )(?<!first, )(?<!initially )(?<!initially, )"
        r"\b(?:(?:i|we) (?:was|were|got|felt|became|grew|am)|i'm)\b"
        + _OWN_SPAN + r"{0,40}\b" + _ANGER + r"\b(?! (?:at )?first| initially)|"
        r"\bi (?:just |simply |actually |literally |then |finally )?" + _ANGRY_ACT + r"\b|"
        r"\b(?:(?:i|we) (?:was|were|got|felt|became|grew|am)|i'm)\b" + _OWN_SPAN + r"{0,30}\b"
        r"(?:so|really|very|incredibly|extremely|super|beyond|absolutely) (?:frustrated|"
        r"annoyed|irritated|upset|infuriated)\b|"
        r"\bmade me " + _OWN_SPAN + r"{0,20}\b" + _ANGER + r"\b"
        # "I was crying in the bathroom", "nearly quit over it", "I was shouting on them in every
        # call", "I could not sleep", "I remember being just, like, livid".
        r"|\bi (?:was |were )?(?:crying|in tears|cried)\b|\bnearly (?:quit|resigned|walked out)\b|"
        r"\bi (?:was|kept) (?:just )?(?:shouting|yelling|screaming|swearing)\b|"
        r"\bi (?:couldn't|could not) (?:even )?(?:sleep|speak properly|think straight)\b|"
        r"\bbeing (?:just |so |really )?(?:, like, |like )?" + _ANGER + r"\b"
    ),
    "dismissive": (
        # Input waved away: "her feedback wasn't relevant so I ignored it", "I didn't take
        # their concerns seriously", "I brushed them aside", "I knew better". Someone else
        # waving the candidate's input away is what the candidate faced, not their conduct.
        r"\b(?:their|his|her|those|the|these|all the|everyone's|[\w-]+'s) (?:[\w-]+ )?" + _INPUT
        + r" (?:(?:were|was) (?:just |mostly |basically |really )?(?:noise|irrelevant|"
        r"pointless)|(?:wasn't|weren't|was not|were not) (?:really |very |that |all that )?"
        r"(?:relevant|useful|important|needed|necessary|helpful|worth (?:it|\w+ing)))\b|"
        r"\bi (?:didn't|did not|never|wouldn't|couldn't) take (?:their|his|her|the|those|any of "
        r"(?:their|his|her|the))(?: [\w'-]+){0,3} " + _INPUT + r" (?:very |too |all that )?"
        r"seriously\b|"
        r"\bi (?:just |simply |quickly )?(?:brushed|swept|waved|shrugged) (?:them|it|those|that|"
        r"(?:her|his|their) \w+) (?:aside|off|away)\b|"
        r"\bi (?:didn't|did not) have (?:the )?time (?:to|for) (?:listen|hear|read|look at|"
        r"consider|go through|discuss)\w* (?:to )?(?:them|it|him|her|their|his|those|all that)\b|"
        r"\bi (?:just |simply )?knew better\b(?! than to)|"
        r"\b(?:they|he|she) (?:always|just|only ever) (?:complain|whine|moan|object)s?\b"
        # Input stopped being heard: "I just stopped reading them", "her suggestions didn't
        # matter much", "I did it my way regardless".
        r"|\bi (?:just |simply |eventually |basically )?(?:stopped|quit|gave up) (?:reading|"
        r"listening to|answering|replying to|opening|looking at|responding to) (?:them|it|her|"
        r"his|their|those)\b|"
        r"\b(?:their|his|her|those|the) (?:[\w-]+ )?" + _INPUT + r" (?:didn't|did not|don't|"
        r"doesn't) (?:really )?matter\b|"
        r"\b(?:did it|went|stuck|kept going|pressed on|pushed ahead) (?:with )?my (?:way|plan|"
        r"version|approach|design|own way) (?:regardless|anyway|instead)\b|\bdid it my way\b|"
        r"\bi (?:just |simply |mostly |largely |completely )?ignored (?:it|them|those|most of "
        r"(?:it|them))\b"
        # Input set aside in other words (the labelled corpus): "ignored the analyst's concerns",
        # "I didn't bother with the finance team's objections", "I stopped asking them",
        # "waiting for consensus with that group was pointless".
        r"|\bignored (?:all |most of )?(?:their|his|her|the|those|[\w-]+'s)(?: [\w'-]+){0,2} "
        + _INPUT + r"|"
        r"\b(?:didn't|did not|never) bother(?:ed)? with (?:the |their |his |her )?(?:[\w'-]+ )"
        r"{0,2}" + _INPUT + r"|"
        r"\bi (?:just )?stopped (?:asking|consulting|involving|checking with|inviting|looping in) "
        r"(?:them|him|her|the [\w-]+)\b|"
        r"\b" + _INPUT + r" (?:never |didn't |did not )?(?:really )?(?:had|have) (?:much |any |"
        r"no )?substance\b|"
        r"\b(?:waiting for|asking|consulting|involving|convincing) [\w ]{0,30} (?:was|is|"
        r"seemed) (?:pointless|a waste|useless)\b|"
        r"\b(?:didn't|did not) spend (?:much |any )?time on (?:them|it|their|his|her)\b|"
        # Their view set aside as not seeing far enough: "they're early in their careers and
        # don't see the bigger picture". The teller's own ("I didn't see the bigger picture") is
        # candour, and one shown it ("…, so I walked them through the roadmap") is taught.
        r"\b(?:they|he|she|juniors?|people|folks|the (?:[\w-]+ )?(?:team|staff|engineers|devs|"
        r"juniors|nurses|drivers|agents|reps))(?:['’]re|['’]s| are| were| is| was)?[^.;]{0,50}?"
        r"\b(?:don['’]t|didn['’]t|doesn['’]t|do not|did not|does not|can['’]t|couldn['’]t|never) "
        r"(?:really |quite |always |fully )?(?:see|get|understand|grasp|appreciate) the (?:bigger|"
        r"big|whole|wider|full) picture\b(?![^.]{0,40}\b(?:so|and) (?:i|we) (?:walked|showed|"
        r"shared|explained|took|talked|brought|invited|set up|ran|gave|started))"
    ),
    "steamroll": (
        # Going over people's heads or past their approval: "I went straight to the VP", "merged
        # the fix anyway without approval", "pushed it to production before the review
        # finished", "I told the team the decision was final", "got the CTO to overrule him".
        # "I pushed back anyway" disagrees; it ships nothing.
        r"\bwent (?:straight|directly|right) (?:up )?to (?:the|my|our|his|her|their) "
        + _SENIOR + r"\b|"
        r"\b" + _SHIP + r" " + _SHIPPED + r" (?:anyway|regardless|without (?:(?:his|her|their|"
        r"anyone's|the team's|any|an|a) )?(?:approval|sign-?off|review|permission|go-ahead))\b|"
        r"\bwent ahead (?:anyway|regardless|without (?:(?:his|her|their|anyone's|the team's|any|"
        r"an|a) )?(?:approval|sign-?off|review|permission|go-ahead))\b|"
        r"\b" + _SHIP + r" " + _SHIPPED + r" before (?:the |his |her |their |any )?(?:review|"
        r"approval|sign-?off|vote)s? (?:was |had )?(?:finished|done|complete|completed|came|"
        r"happened|ended|was in)\b|"
        r"\bi (?:told|said|made it clear|announced|informed|declared)[^.;]{0,40}\b(?:(?:the )?"
        r"(?:decision|call|plan) (?:was|is) final|no (?:more|further) (?:discussion|debate|"
        r"arguing|argument|questions|pushback))\b|\bend of discussion\b|"
        r"\bi (?:didn't|did not) wait for (?:his|her|their|the team's|anyone's|any|the) "
        r"(?:sign-?off|approval|go-ahead|permission|ok|okay)\b|"
        # a body whose say it was, not waited for or acted before: "I didn't wait for the
        # committee", "signed the leases before the committee reconvened"
        r"\bi (?:didn't|did not|couldn't|could not) wait for (?:the|our) (?:[\w-]+ )?(?:committee|"
        r"board|panel|legal review|security review|vote)\b|\b(?:I|we) [^.;!?]{0,80}?\bbefore "
        r"(?:the|our) (?:[\w-]+ ){0,2}"
        r"(?:committee|board|panel) (?:reconvened|met again|could (?:meet|reconvene|decide|"
        r"weigh in|review it)|had (?:a chance|met|decided|signed off))\b|"
        # over someone's head, leaving them out: "took it directly to the CIO without her"
        r"\b(?:took|went|escalated) (?:it |this |that )?(?:straight |directly |right )?(?:up )?to "
        r"(?:the|my|our|his|her|their) " + _SENIOR + r" without (?:him|her|them)\b|"
        r"\b(?:got|had|asked) (?:our|the|my|his|her|their) " + _SENIOR + r" to (?:overrule|"
        r"overturn|override|veto)\b"
        # Process or people passed over: "I bypassed the architecture board", "asked his boss to
        # make him approve it", "I shut the debate down", "we were doing it my way".
        r"|\bi (?:just |simply |quietly |basically )?(?:bypassed|sidestepped|circumvented|went "
        r"around|skipped) (?:the|his|her|their) (?:[\w-]+ )?(?:review|board|process|approval|"
        r"team|manager|committee|sign-?off|lead|owner)\b|"
        r"\b(?:asked|got|had) (?:his|her|their) (?:boss|manager|director|lead|vp|head) to "
        r"(?:make|force|order|tell) (?:him|her|them)\b|"
        r"\b(?:shut|closed|cut) (?:the )?(?:debate|discussion|conversation|argument) "
        r"(?:down|off)\b|\b(?:shut|closed|cut) (?:down|off) (?:the )?(?:debate|discussion|"
        r"conversation|argument)\b|"
        r"\b(?:we were|we're|we are|we'd be|they were|everyone was) (?:doing|going) (?:it|this|"
        r"things) my way\b"
        # Others passed over in other words (the labelled corpus): "without telling
        # procurement", "shipped it without the QA sign-off", "got it signed off before his
        # review", "took the decision to the CTO directly", "had my director mandate the
        # change", "I'd resign otherwise", "made the calls myself and told them after".
        # A team named as the one whose review was skipped is often the candidate's own admitted
        # mistake ("I approved it without asking the payments team to review it"): not here.
        # Permission skipped as a creed, the paperwork not waited for, others' work moved
        # without a word, an ultimatum: "I'd rather ask forgiveness than permission", "Didn't
        # wait for the paperwork", "moved their commissioning ahead … without a meeting", "he
        # could do it or I'd get someone who would"
        r"|\b(?:rather|better to|easier to) ask (?:for )?forgiveness\b|\bforgiveness (?:rather )?"
        r"than permission\b|"
        # the same creed in other words: "when it's broken, you don't wait for the process",
        # "you have to own a decision rather than wait for permission" (waiting "for the weekly
        # meeting" or "for a drawing issue" is a pace, not a permission)
        r"\b(?:you|we) (?:just )?(?:don['’]t|do not|can['’]t|cannot) (?:sit (?:around )?and |"
        r"always |need to )?wait for (?:the |a |any )?(?:process|permission|approval|sign-?off|"
        r"paperwork|go-ahead|committee)\b|\b(?:rather than|instead of) (?:wait(?:ing)?|"
        r"ask(?:ing)?) for (?:the |anyone['’]s |someone['’]s )?(?:permission|approval|sign-?off|"
        r"go-ahead)\b|"
        r"(?:\bi |^\W*)(?:just )?(?:didn't|did not) wait for (?:the|his|her|their|any|anyone's) "
        r"(?:[\w-]+ )?(?:paperwork|consultation|sign-?off|approval|go-ahead|permission)\b|"
        r"\b(?:I|we) (?:just |simply |then |also )?(?:moved|changed|cancelled|canceled|"
        r"rescheduled|reassigned|swapped|cut|reordered|resequenced) (?:their|his|her)\b"
        r"[^.;!?]{0,60}?\bwithout (?:a |any )?(?:meeting|discussion|consultation|conversation|"
        r"asking|telling)\b|"
        r"\b(?:could|can) [\w ]{1,25}? or (?:I(?:['’]d| would)|I['’]ll|I will) (?:get|find|bring "
        r"in) (?:someone|somebody|another)\b|"
        # The no foreseen, taken as leave not to ask: "I figured if I'd asked, they'd have
        # said no", "I knew if I took it to the team it would turn into weeks of discussion",
        # "I didn't go to her first because I knew she'd want a formal consultation"
        r"\b(?:I knew|I figured|I reckoned|I thought|I guessed|knowing)(?: that)?,? "
        r"if I(?:,? if I)?(?:['’]d| had)? (?:asked|ask|took it to|take it to|gone to|went to|"
        r"go to|told|tell|"
        r"raised it with|ran it (?:past|by)|run it (?:past|by)|consulted|waited)\b[^.;!?]{0,60}?"
        r"\b(?:(?:he|she|they|it)(?:['’]d| would)(?: have)? (?:(?:say|said) no|want(?:ed)? (?:a|an|"
        r"to)|turn(?:ed)? into|object(?:ed)?|block(?:ed)?|stop(?:ped)?|refuse(?:d)?|drag(?:ged)?|"
        r"tak(?:e|en) (?:weeks|months|ages|forever))|(?:said|say) no)\b|"
        r"\bi (?:didn't|did not) (?:go to|tell|ask|consult|involve|check with|warn) (?:him|her|"
        r"them) (?:first |beforehand )?(?:because|since|as) (?:I knew|I figured|I reckoned|I "
        r"thought)(?: that)? (?:he|she|they)(?:['’]d| would)\b|"
        # the one whose say it was, left out: "without going back to her, I briefed the cabinet
        # member directly", "rather than waiting for permission" (what she then felt, "she felt
        # blindsided", is her feeling, read in her clause)
        r"\bwithout (?:going back to|running it (?:past|by)|checking back with) (?:him|her|them|"
        r"my (?:director|manager|boss|lead|supervisor|head))\b|"
        r"\brather than (?:waiting|asking) for (?:permission|approval|sign-?off|the go-ahead)\b|"
        r"\bi(?:['’]d| had) (?:just )?gone (?:around|round|over) (?:the|his|her|their) (?:[\w-]+ )?"
        r"(?:process|review|board|approval|sign-?off|head|heads)\b"
        # The owner left out on purpose: "I didn't tell IT because they take forever"
        r"|\bi (?:didn't|did not|never) (?:tell|told|ask|asked|inform(?:ed)?|check(?:ed)? with|"
        r"consult(?:ed)?|loop(?:ed)? in|warn(?:ed)?) "
        r"(?:it|i\.t\.|procurement|legal|finance|security|compliance|ops|qa|facilities|the "
        r"[\w-]+ (?:team|department|office|owner)|my (?:manager|boss|lead|director|supervisor)|"
        r"anyone|anybody) (?:first |beforehand |about it )?(?:because|since|as|'cause|cos)\b"
        r"|\bwithout (?:telling|asking|consulting|informing|checking with|looping in) "
        r"(?:procurement|legal|finance|security|compliance|ops|qa|product|design|my (?:manager|"
        r"boss|lead|director)|anyone|anybody|them|him|her)\b(?! to(?: ?[.,;!?)]|$))|"
        r"\bwithout (?:the |his |her |their |any )?(?:[\w'-]+ )?(?:approval|sign-?off|"
        r"go-ahead|permission)\b|"
        r"\b(?:signed off|merged|launched|shipped|approved) before (?:his|her|their|the) "
        r"(?:[\w-]+ )?review\b|"
        r"\b(?:took|escalated) (?:it|the [\w-]+) (?:straight |directly )?to (?:the|my|our) "
        + _SENIOR + r" (?:directly|myself)\b|"
        r"\b(?:had|got) (?:my|our|the|her|his) " + _SENIOR + r" (?:to )?(?:mandate|force|order|"
        r"overrule|impose|announce)\b|\bmandated from the top\b|"
        r"\b(?:i'd|i would) (?:resign|quit|leave) otherwise\b|\bthreatened to (?:quit|resign|"
        r"leave|escalate|go to)\b|"
        r"\b(?:myself|on my own)[\w ,]{0,20}(?:and|then) told (?:them|him|her|everyone|the "
        r"team) (?:after|afterwards|later)\b|"
        # (the other side's assent is no decree: "He said 'fine, do the bags,' and that was
        # it, no argument")
        r"(?<!\bthat was it)(?<!\bthat was that)(?<!\bhe agreed)(?<!\bshe agreed)(?<!\bthey "
        r"agreed),\s*no (?:discussion|debate|arguments?)\b(?! (?:of|about|on))|"
        r"\btold [\w ]{0,20}(?:scope|plan|decision|design|date) was (?:locked|final|fixed|"
        r"non-negotiable)\b|\bblocked every (?:pr|change|merge|pull request)\b"
    ),
    "never_fail": (
        # Nothing to change in a plan the story shows went wrong: "the plan went the way it was
        # designed to", "I wouldn't change the setup" (not "I wouldn't change the decision,
        # but I'd tell people sooner")
        r"\b(?:the plan|it|everything) went (?:exactly )?(?:the way|as) it was (?:designed|planned|"
        r"meant) to\b|\bi (?:wouldn['’]t|would not) (?:really )?change (?:the|my|our) "
        r"(?:setup|plan|approach|design|process)\b(?![^.!?]*\bbut\b)|"
        r"\b(?:there['’]s|there is|there was) (?:not much|nothing|little|very little) (?:I['’]d|I "
        r"would) (?:really )?(?:change|do differently)\b(?![^.!?]*\bbut\b)|"
        # a record without a bad call in it: "I can't really point to a season where I've
        # called it badly"
        r"\b(?:can['’]t|cannot|couldn['’]t) (?:really |honestly )?(?:point to|name|come up with) "
        r"(?:a|one|any|an) (?:[\w-]+ )?(?:where|when|that) (?:I|my)\b[^.;!?]{0,40}?\b(?:wrong|"
        r"badly|failed|missed|a mistake|off)\b|"
        # Denial in other words: "nothing comes to mind", "my projects usually go well" (unless
        # the sentence turns to the miss: "…usually go well, but this one failed"), "I can't
        # remember ever getting something wrong", "none of my launches have failed".
        # ("nothing comes to mind straight away, so let me take one from last year" goes on to a
        # story)
        r"\bnothing (?:really |specific |much |big )?(?:comes|springs) to mind\b(?![^.;]{0,30}?"
        r"\b(?:so|but)\b[^.;]{0,20}?\b(?:let me|i'll|i will|i can|i'd|i would|one)\b)|"
        r"\bmy (?:projects|launches|releases|plans|teams?|work|migrations|deliveries) "
        r"(?:usually|always|generally|tend to|normally) (?:go|went|turn out|land|run) "
        r"(?:well|fine|smoothly|to plan|as planned)\b(?![^.;]*\bbut\b)|"
        r"\b(?:can't|cannot|can not|couldn't|don't|do not) (?:really |honestly |actually )?"
        r"(?:remember|recall|think of) (?:a time when i |(?:i )?ever (?:having )?)(?:getting|got|"
        r"making|made|failing|failed|being|been|messing|messed|dropping|dropped|missing|missed|"
        r"screwing|screwed)\b|"
        r"\bnone of my (?:projects|launches|releases|plans|calls|decisions|migrations|products|"
        r"deliveries|estimates) (?:have |has |had )?(?:ever )?(?:failed|gone wrong|went wrong|"
        r"slipped|missed|been late)\b|"
        r"\b(?:failures?|failing|mistakes?|misses) (?:isn't|is not|aren't|are not|hasn't been|"
        r"haven't been|has never been|have never been|was never|were never) (?:really |much |"
        r"ever )?(?:part of|a part of) my\b|"
        r"\b(?:things|nothing|projects|stuff) (?:don't|do not|doesn't|does not|never|rarely|"
        r"won't) (?:really |ever )?(?:go|goes) wrong (?:on my watch|with me|under me)\b|"
        r"\bweakness (?:is|was|would be) (?:probably |maybe |honestly |just )*(?:that )?(?:i )?"
        r"(?:(?:work|care|try|give|push)\w* too (?:hard|much)|(?:am|was|i'm) (?:too|a "
        r"perfectionist|a bit of a perfectionist)|being (?:a |too )?perfection\w*)"
        # "I struggle to think of a project of mine that went badly", "mine have always gone to
        # plan", "I haven't really had a failure".
        r"|\b(?:struggle|struggling|hard-pressed|hard pressed) to (?:think of|name|find|recall|"
        r"come up with|remember) (?:a|an|one|any)\b|"
        r"\b(?:mine|my (?:projects|launches|releases|plans|work|migrations)) (?:have |has )?"
        r"(?:always |usually |generally )?(?:gone|went|go|run|ran) (?:to plan|well|smoothly|"
        r"fine|as planned)\b(?![^.;]*\bbut\b)|"
        r"\b(?:haven't|have not|never) (?:really |actually |truly )?had (?:a|any) (?:real |"
        r"true |genuine |big )?(?:failure|mistake|miss|flop)s?\b"
        # Denial in other words (the labelled corpus): "I can't remember a deadline I've
        # missed", "I've never lost anyone's trust", "I never had to compromise", "I wouldn't
        # say I've ever really had a conflict", "never shipped anything I wasn't proud of".
        r"|\b(?:can't|cannot|can not|couldn't|don't|do not) (?:really |honestly |actually |"
        r"genuinely )?(?:remember|recall|think of) (?:a|any|one|a single) (?:deadline|target|date|"
        r"launch|project|miss)\b|"
        r"\bi(?:'ve| have)? (?:honestly |genuinely |really )?never (?:lost (?:anyone's|a|their|"
        r"any) (?:\w+'s )?trust|had (?:a|any) [\w-]+ (?:who|that) (?:didn't|did not))\b|"
        r"\bnever (?:had|needed) to compromise\b|"
        r"\bever (?:really )?had (?:a|any) (?:real )?(?:conflicts?|disagreements?)\b|"
        # …its "ever" left out after a denial's frame: "I wouldn't say I've had a real conflict
        # with anyone", "I can't say I've really had a disagreement"
        r"\b(?:wouldn['’]t|would not|can['’]t|cannot|couldn['’]t|don['’]t think) (?:really )?say "
        r"(?:that )?i(?:['’]ve| have)? (?:really |honestly )?had (?:a|any) (?:real |proper |big |"
        r"serious )?(?:conflicts?|disagreements?|falling[- ]outs?)\b|"
        r"\bnever (?:shipped|delivered|built|released|launched) anything (?:i wasn't|i was not|"
        r"that wasn't)\b|\baccept (?:anything )?less than perfect\b"
    ),
}
# Another party, named as one who acts: a person, a role, a team or an organisation, never a
# thing ("the alert", "the server") and never the candidate's own "I" or "we".
_PARTY_NOUN = (r"(?:team|teams|people|folks|guys|manager|managers|lead|leads|vendor|vendors|"
               r"client|clients|customer|customers|supplier|suppliers|contractor|contractors|"
               r"subcontractor|subcontractors|sub|consultants?|agency|partners?|depot|warehouse|"
               r"office|department|desk|inspectors?|observers?|auditors?|regulator|landlord|"
               r"tenants?|drivers?|couriers?|engineers?|developers?|devs|designers?|analysts?|"
               r"testers?|qa|ops|hr|legal|finance|sales|marketing|product|management|leadership|"
               r"director|boss|pm|owners?|colleagues?|teammates?|staff|crew|nurses?|doctors?|"
               r"surveyors?|architects?|planners?|dispatch|dispatcher|branch|shift|head office|"
               r"hq|board|committee|council|school|hospital|store|surgery|pharmacy|"
               r"engineering|design|support|procurement|security|compliance|purchasing|"
               r"accounts|facilities|admin|supervisor|foreman|coordinator|assistant|"
               r"receptionist|housekeeper|chef|interns?|juniors?|hires?|reps?|agents?|"
               r"technicians?|officer)")
_PARTY = (r"(?:they|he|she|(?:the|our|their|his|her|that|this|my|one of the|some of the) "
          r"(?:[\w'’-]+ ){0,2}?" + _PARTY_NOUN + r")")
# An aside that softens what is said of someone next: "the data team, lovely people, …".
_JAB_ASIDE = (r"(?:bless (?:him|her|them|their hearts?)|with (?:all )?(?:due|the greatest|the "
              r"utmost) respect|lovely (?:people|person|folks|bunch)|i say this with love|no "
              r"offen[cs]e(?: to (?:him|her|them))?|god love (?:him|her|them))")
# A lapse or a failing said of whoever the sentence is about; "never once complained" praises.
_LAPSE = (r"(?:didn't|did not|couldn't|could not|wouldn't|would not|hadn't|had no (?:idea|clue)|"
          r"never (?:once )?(?:sent|delivered|shipped|did|read|answered|replied|showed|turned "
          r"up|followed|finished|bothered|prioriti[sz]ed|listened|checked|tested|got|gave|ran|"
          r"run)|kept (?:changing|missing|breaking|forgetting|moving|dropping)|changed (?:their|"
          r"his|her) (?:mind|minds)|(?:was|were) (?:useless|hopeless|slow|late|the (?:real )?"
          r"problem)|failed|forgot|missed|refused)")

# People named by their kind, as a class is written off: "some customers", "the older staff", "a
# certain type of client".
_KIND_OF_PEOPLE = (r"(?:customers?|clients?|people|person|staff|members|patients|parents|users|"
                   r"guests|tenants|employees|colleagues|managers|engineers|drivers|workers|"
                   r"students|callers|residents|nurses|teachers|agents|reps|porters|cleaners|"
                   r"volunteers|regulars|interns|juniors|trainees|apprentices|graduates|temps|"
                   r"contractors|suppliers|vendors|shoppers|visitors|passengers|pupils|folks|"
                   r"ones|types|lot|crowd|guard|timers|hands)")

# The flags by how a sentence is built, in words no list of idioms holds: another party made the
# cause of what went wrong (an "if they had…" that would have saved it, "the inspector being
# slow", "caused by customers not reading", someone's lapse the candidate points out), a
# decision forced through (a decree closed with "full stop", a threat of what the other side will
# lose, a move made before they could object, another team's settings changed on one's own), a
# denial of ever having been wrong told as doing it all again, and people written off by kind.
# Each names the other party and the act, so the candidate's own part ("if I had tested it",
# "I was late sending it") and things going wrong ("if the alert had fired") raise nothing.
_READ_FLAGS: dict[str, str] = {
    "blame": (
        r"\bif " + _PARTY + r"(?: had|['’]d)(?: (?:just|only|actually|properly|bothered to|"
        r"even))? (?:[\w-]+ed|given|done|sent|told|written|read|shown|taken|made|kept|been|got|"
        r"gotten|come|built|run|known|said|paid|left|put|set|spoken|understood|thought)\b"
        # The miss undone by their act ("it wouldn't have happened", "we'd have made it"), not a
        # harm they would have caused ("if the team had shipped on Friday, payroll would have
        # failed"), which is a risk the candidate saw.
        r"[^.;]{0,80}?\b(?:(?:it|this|that|we|i)(?:['’]d| would)(?:n't| not| never) have "
        r"(?:happened|been (?:needed|necessary|a problem|an issue)|broken|failed|slipped)|(?:it|"
        r"this|that|we|i)(?:['’]d| would) have (?:been (?:fine|ok|okay)|made it)|none of (?:this|"
        r"it|that) would|(?:wouldn't|would not|would never) have happened)|"
        # "I don't take the blame for other people's mistakes": the refusal is the flag, so the
        # match reads its own negation; "I catch other people's errors" blames no one
        r"\b(?:(?:don't|do not|won't|will not|didn't|did not|never|refuse to|not going to) "
        r"(?:take|own|carry|accept|wear) (?:the )?(?:[\w-]+ )?(?:for )?|(?:because of|due to|"
        r"caused by|down to|paying for|paid for|clean(?:ing|ed)? up|covering for|blamed for|"
        r"punished for|the price for) )(?:other people|others|everyone else|the others)['’]s? "
        r"(?:mistakes|errors|faults|mess|messes|screw-?ups)\b|"
        # The miss waved off as someone else's, said as the sentence's own claim ("Not my problem
        # really — …", "That wasn't my problem"): "it would have been easy to say it wasn't my
        # problem", "technically not my problem to fix, but…" and "Not my problem strictly — the
        # boilers are under contract" open the candidate taking it on.
        # (Opening the sentence, told by what stands before it: no word and space, so a line
        # start or a dash; a `^` here would cost every sentence a full scan.)
        r"\b(?<!\w )(?<!\w, )(?:(?:honestly|frankly|look|so|and|but|well|yeah),? )?(?:(?:that|it|"
        r"this)(?:['’]s| is| was)? )?(?:not|wasn't|isn't|was not|is not) (?:really |actually )?my "
        r"(?:problem|mess)\b(?! to\b)(?!,? (?:strictly|technically|officially|on paper)\b)"
        r"(?![^.]{0,80}\b(?:but|still|though|anyway|even so|yet|"
        r"however)\b)|"
        # Another party, then what is wrong with them (one opening for all, so the party is
        # read once): "the inspector being slow", a softening aside before their failing ("the
        # PM, bless him, kept changing requirements"), a fault as a standing trait ("the data
        # team in general was always late"), a failing softened to a manner ("the partner was
        # quite relaxed about their milestones").
        r"\b" + _PARTY + r"(?: being (?:so |too |really |very |a bit )?(?:slow|late|unresponsive|"
        r"difficult|lazy|careless|sloppy|disorgani[sz]ed|unreliable|behind|useless)\b|,? (?:(?:and|"
        r"who),? )?" + _JAB_ASIDE + r",?[^.;]{0,60}?\b" + _LAPSE + r"\b|(?: [\w]+){0,3}? (?:was|"
        r"were|is|are) (?:always|constantly|consistently|forever|perpetually|chronically|"
        r"permanently) (?:late|slow|behind|unresponsive|disorgani[sz]ed|changing|missing|dropping|"
        r"breaking)\b| (?:was|were|had been|could be|can be) (?:quite |rather |a little |a bit |"
        r"fairly |somewhat |pretty |very |a touch )?(?:relaxed|casual|flexible|optimistic|loose|"
        r"creative|generous) (?:about|with) (?:their|his|her) (?:own )?(?:deadlines|dates|"
        r"milestones|commitments|promises|estimates|timelines|timekeeping|hours|numbers|"
        r"paperwork|testing)\b)|"
        r"\b(?:caused|driven|created) by (?:the |our |their )?(?:[\w-]+ )?" + _PARTY_NOUN
        # ...by not doing what was theirs to do: "caused by customers not reading the terms";
        # "caused by customers not receiving the reset email" is a finding about the product.
        + r" (?:not|never|failing to|refusing to|forgetting to|ignoring) (?:bother\w* to )?"
        r"(?:read|follow|check|listen|pay\w* attention|do\w* (?:their|his|her) (?:job|part|"
        r"homework)|test|update|tell|inform|respond|reply|fill|submit)\w*|"
        # Another's lapse added to the candidate's account of a miss ("I also noted that the
        # observer had been late"); told alone to a stakeholder, it may be plain reporting.
        r"\bi also (?:noted|pointed out|mentioned|flagged|made the point|reminded (?:them|him|"
        r"her|everyone)) (?:that )?" + _PARTY + r" (?:had|was|were|'d)\b[^.;]{0,30}?\b(?:late|"
        r"slow|wrong|missed|forgot|forgotten|failed|didn't|hadn't|never|not)\b|"
        # The same thing said to others again and again, their failing to take it in: "I have
        # already told the writers three times"; explaining a process three times to new
        # starters is teaching.
        r"\b(?:i(?:['’]ve| have| had)?|i['’]d) already (?:told|explained|asked|reminded|shown) "
        r"(?:it to )?(?:them|him|her|the [\w-]+)\b[\w ]{0,20}? (?:twice|three times|four times|"
        r"five times|several times|many times|multiple times|a dozen times|countless times|so "
        r"many times|\d+ times)\b|"
        # Others as an obstacle foretold: "without telling procurement, because they'd only have
        # slowed it down"
        r"\b(?:they|he|she|the [\w-]+)['’]d (?:only|just) have (?:slowed|held|blocked|delayed|"
        r"complicated|got in|gotten in|argued|objected|said no|stopped|dragged)\b|"
        # A lesson owned, then handed back: "I could have explained more, but they didn't ask"
        r"\bi (?:could|should|might)(?:['’]ve| have) [^.;]{0,60}?\bbut (?:they|he|she|nobody|"
        r"no one|the [\w-]+) (?:didn't|did not|never|wouldn't|would not|weren't|wasn't)\b|"
        r"\bhow little (?:effort|work|care|attention|thought|time) (?:anyone|everyone|they|the "
        r"others|the rest)(?: else)?(?: of (?:them|the team))? (?:had |has )?(?:put|given|spent)\b|"
        # The candidate cleared and the fault placed: "it wasn't really about me, it was that the
        # PM…"; "it wasn't about me, it was about the customer" or "it was the trip for his
        # daughter" (what a shouting guest was upset about) places no fault.
        r"\b(?:wasn't|was not|isn't|is not) (?:really |actually |entirely |at all )?(?:about|"
        r"because of|down to) (?:me|us)\b(?: at all)?,\s*it was (?:that |really |more that |"
        r"more )?(?!about\b)(?!(?:the|his|her|their) (?:[\w-]+ ){1,2}(?:for|of) )(?:the|their|his|"
        r"her|they|he|she|[\w-]+ team)\b|"
        # The miss tied to an input that came late: "The extract arrived three weeks later than
        # committed, and as a consequence our model was never going to make the go-live"
        r"\b(?:arrived|came in|came through|was delivered|were delivered|landed) (?:[\w-]+ ){0,3}?"
        r"later than (?:committed|promised|agreed)\b[^.;!?]*\bas a (?:consequence|result)\b|"
        # An idea that went nowhere put on those who did not take it up: "leadership wasn't
        # ready for a vision of that scale", "it was ahead of its time", "a risk-averse culture"
        r"\b(?:leadership|(?:senior |top )?management|the (?:business|organi[sz]ation|company|"
        r"board|execs?|executive team|culture|market|industry)) (?:just |simply )?(?:wasn['’]t|"
        r"weren['’]t|was not|were not) (?:quite )?(?:ready|brave enough|bold enough|mature enough)"
        r"\b|\b(?:it|the idea|the plan|the vision|that) (?:was|is) (?:simply |just |probably )?"
        r"ahead of its time\b|\bin an? (?:very )?(?:risk-averse|change-averse) (?:culture|"
        r"organi[sz]ation|company|environment)\b|"
        # A weakness that is others' lower standard: "my weakness is that I tend to assume
        # other people will be as diligent as I am", "not everyone works to the same standard"
        # ("I assumed the night shift knew the new rule" owns a wrong guess).
        r"\b(?:assum\w*|expect\w*) (?:that )?(?:other people|others|everyone(?: else)?|people|"
        r"colleagues|my colleagues|the team|suppliers|vendors) (?:will|would|to|are|were) (?:be |"
        r"work )?(?:as|just as) (?:diligent|careful|thorough|committed|conscientious|hard-working|"
        r"meticulous|organi[sz]ed|reliable|professional|rigorous) as (?:I am|I was|me|myself)\b|"
        r"\bnot everyone (?:works|worked|work|holds|held) (?:themselves )?to (?:the same|my|our) "
        r"(?:high )?(?:standards?|level|bar)\b|"
        # The trouble equated with a party, as a verdict on the story: "Looking back, the main
        # issue was the software vendor." A thing ("the main issue was the software"), a party
        # with more said of it ("the real problem was the team was too small") or a first
        # thought the story then corrects ("…, but it turned out our spec was wrong") is not.
        r"\b(?:main|real|root|underlying|core|whole) (?:issue|problem|cause) (?:here |there )?"
        r"(?:was|were|is) (?:really |basically |actually |simply |just )?(?!that )" + _PARTY
        + r"(?=\s*(?:[.;:!—–]|,(?![^.]{0,80}\b(?:but|turned out|actually|in fact)\b)|$))|"
        # The miss placed outside in polite words: "the delay really sat upstream", and a
        # failing softened to a manner ("the partner was quite relaxed about their milestones").
        r"\b(?:delay|problem|issue|fault|cause|miss|slip|bottleneck|hold-?up|trouble) (?:really |"
        r"mostly |largely |actually |all )?(?:sat|lay|lies|sits|was|came) (?:upstream|"
        r"elsewhere|outside (?:our|my|the) (?:team|control|area|department))\b|"
        r"\b(?:deadlines|dates|rules|processes|meetings|estimates|commitments) (?:were|was) "
        r"(?:more |really |just )?(?:like |of )?(?:suggestions|optional|guidelines|a rough guide) "
        r"(?:for|to) (?:him|her|them|that team|the [\w-]+)\b|"
        # The candidate excused before the fault is placed: "in fairness to my team, the brief
        # was incomplete" ("to be fair to her" is charity, not a defence).
        r"\b(?:in (?:all )?fairness|to be (?:completely |totally |entirely )?fair) to (?:me|us|"
        r"myself|ourselves|my team|the team|our team|my side|our side)\b|"
        # ...and fairness asked for the candidate by what they were handed or what failed
        # around them: "But to be fair, the form came through to me from the front desk without
        # the payee reference on it", "so it was a bit of a perfect storm really".
        r"\b(?:to be (?:completely |totally |entirely )?fair|in (?:all )?fairness),? (?:the|that|"
        r"this) (?:[\w-]+ ){0,2}(?:form|forms|handover|data|system|systems|spec|brief|paperwork|"
        r"email|order|information|instructions|file|request|software|tool|process|booking|"
        r"note|notes|rota|schedule) (?:came|arrived|was|were|had|got)\b[^.;]{0,80}?\b(?:without|"
        r"missing|down|wrong|incomplete|late|(?:wasn['’]t|weren['’]t|hadn['’]t) (?:on|there|"
        r"complete|clear|right))\b|"
        r"\b(?:it was|that was|it was just|it was really) (?:a bit of |kind of |sort of |just )?"
        r"(?:a|the) perfect storm\b|"
        # what did not come about put down to the other side's nature: "I think some people
        # just don't want to trust, it is their character", "that's just how he is"
        r"\b(?:it['’]s|it is|that['’]s|that is|it was|that was) (?:just |simply )?(?:their|his|"
        r"her) (?:character|nature|personality)\b|\bsome people (?:just |simply )?(?:don['’]t|"
        r"do not|won['’]t|will not|can['’]t|cannot) (?:want to |be bothered to )?(?:trust|change|"
        r"listen|learn|be helped)\b|"
        # What others gave found wanting: "communication from head office could have been
        # better", "the handover from the previous manager was quite thin", "the data we
        # inherited was, let's say, not in great shape"; told as the challenge the candidate then
        # took on ("…, so I rebuilt it") it is the story's situation.
        r"\b(?:communication|support|guidance|direction|the brief|the handover|the spec|"
        r"information|documentation|planning|input|feedback) from (?!(?:me|us|my|our)\b)"
        r"[\w' -]{1,30}? (?:could|should|might) (?:also |certainly |definitely )?have been "
        r"(?:a lot |much |far |a bit |a little |rather )?(?:better|clearer|earlier|quicker|faster|"
        r"more \w+)\b|"
        r"\b(?:handover|brief|spec|specification|documentation|requirements|information|data|"
        r"instructions|inputs?|briefing)(?: (?:we|i) (?:were|was) given| (?:we|i) (?:got|received|"
        r"inherited)| from (?:the|our|their|his|her|head|a|an) [\w -]{1,30}?)(?: from "
        r"[\w -]{1,30}?)? (?:was|were)(?:,? let's say,)? (?:quite |rather |a bit |very |pretty |"
        r"fairly |somewhat |really |frankly |honestly )*(?:thin|incomplete|wrong|inaccurate|"
        r"outdated|poor|not in (?:great|good|the best) shape|a mess|patchy|sketchy|unclear|vague|"
        r"lacking)\b(?![^.;]{0,60}\bso (?:i|we) (?!(?:were|was|had|couldn't|could not|lost|"
        r"missed|ended|fell|got)\b))|"
        # A counterfactual of what the candidate was given: "had I been given accurate
        # information, I would have made a different call".
        r"\b(?:had (?:i|we) been|if (?:i|we)(?: had|['’]d) been) (?:given|told|sent|shown|"
        r"warned|informed)\b[^.;]{0,30}?\b(?:accurate|the right|correct|better|proper|full|"
        r"enough|more|earlier|clear|clearer|the full)\b|"
        r"\b(?:we|i) (?:were|was|got) (?:\w+ )?let down (?:\w+ )?by " + _PARTY + r"\b|"
        # Another party's standard slipping: "the caterer's service slipped"; "our service" and
        # "performance dropped to 0.74" name no one else.
        # (Opened on "the" or "their", not on any word.)
        r"\b(?:the [\w-]+['’]s|their|his|her) (?:[\w-]+ )?(?:quality|service|communication|"
        r"responsiveness|performance|timekeeping|reliability) (?:really |badly |also )?(?:slipped|"
        r"dropped|dipped|deteriorated|went downhill|fell off)\b"
    ),
    "sole_credit": (
        # The whole claimed in polite words: "I was really the driving force", "the direction and
        # the key work came from me", and the others' part made occasional ("others contributed
        # here and there").
        r"\bi was (?:really |basically |very much |definitely |clearly |always )?the (?:driving "
        r"force|brains|mastermind|engine)\b|"
        # The others' work told, then the whole taken back with "but": "Claire and Tom wrote the
        # checklists and Claire ran the shifts, but I was the one driving it". Without the "but"
        # ("I was the one driving the van") it tells a part, not a claim over theirs.
        r"\bbut i was (?:really |always |very much )?the one (?:(?:who|that) (?:was |is )?)?"
        r"(?:driving|drove|drive|pushing|pushed|steering|steered|behind|making sure|made sure)\b|"
        # A result others made, claimed as the fruit of the candidate's scheme: "one passed her
        # certificate, because that came out of my programme"; in notes, after a dash.
        r"(?:\b(?:it|this|that|which|all of (?:it|this|that))|[—–]) (?:all |really |basically )?"
        r"(?:came|comes|is coming|was coming) (?:straight )?(?:out of|from) my (?:own )?"
        r"(?:programme|program|initiative|scheme|plan|system|model|training|project|idea)\b|"
        r"\b(?:direction|ideas?|work|thinking|decisions?|vision|calls?|strategy)(?: [\w-]+)? "
        r"(?:all |really |mostly |largely |entirely )?came from me\b|"
        r"\b(?:others|the others|the rest|the team|people|everyone else) (?:\w+ )?(?:contributed|"
        r"helped|chipped in|pitched in) (?:here and there|a little|a bit|now and then|"
        r"occasionally|in places|where they could)\b|"
        # The others' part reduced to carrying out the candidate's: "the pickers were helpful in
        # carrying out the moves".
        # (Opened on the verb, the speaker checked behind it, so the branch needs a plain word.)
        r"\b(?:was|were)(?<!\bi was)(?<!\bwe were) (?:very |really |quite |also )?(?:helpful|"
        r"useful|supportive|great|good) (?:in|with|for|at) (?:carrying out|executing|"
        r"implementing|doing the legwork|rolling out|following|actioning)\b|"
        r"\b(?:only|just) (?:happened|worked|shipped|launched|landed|got done|succeeded|passed|"
        r"went through|came together|got approved) because "
        r"(?:i|of me|of my)\b|"
        r"\b(?:the team|they|the others|everyone else|the rest(?: of (?:them|the team))?) (?:kind "
        r"of |basically |mostly |pretty much )?just (?:used|ran|followed|copied|took|shipped) "
        r"what i (?:made|built|wrote|did|designed|drew up|planned)\b"
    ),
    "contempt": (
        # Someone's leaving told as a relief: "she left a few months later, which frankly made
        # things smoother".
        r"\b" + _PARTY + r" (?:left|quit|resigned|retired(?: early)?|was (?:let go|fired|"
        r"transferred)|was off the (?:job|team|project|site)|moved on|was moved (?:off|on)|was "
        r"gone|got moved|moved (?:to another|to a different) (?:team|site|department|role)|moved "
        r"teams)\b[^.;]{0,40}?,? which (?:frankly |honestly |to be honest |if i'm honest |i think "
        r"|in a way |probably |was probably )?(?:made (?:things|life|everything|it) (?:a lot |"
        r"much |so much )?(?:smoother|easier|simpler|better|calmer)|helped|was (?:a relief|for the "
        r"best|no (?:great )?loss|a blessing)|(?:was |is )?(?:probably |honestly |frankly )?"
        r"(?:better|best) for (?:everyone|everybody|all of us|the team|all concerned))\b|"
        # Teaching someone waved away as beneath the candidate, the refusal being the flag: "I
        # don't have time to babysit", "I'm not here to be your teacher".
        r"\b(?:no|(?:don't|didn't|do not|did not|haven't|hadn't) (?:have |got )?(?:the )?)time "
        r"(?:to|for) (?:babysit\w*|hand-?hold\w*|spoon-?feed\w*|nursemaid\w*|teach (?:him|her|"
        r"them) (?:the )?basics)\b|"
        r"\b(?:i'm|i am|i was|i wasn't|i'm not|i am not) (?:not )?(?:here|paid) to (?:be (?:your|"
        r"his|her|their|a) (?:teacher|babysitter|nanny|mum|mother|dad|parent|tutor)|babysit|"
        r"hold (?:your|his|her|their) hands?)\b|"
        # Condescension: "not the most organised person", "they had their own ideas about the
        # copy, which was sweet".
        # (The speaker checked behind "not", so the branch opens on a plain word.)
        r"\bnot(?<!\bi was not)(?<!\bi am not)(?<!\bi'm not)(?<!\bwe were not)(?<!\bwe are not)"
        r" (?:exactly |really |quite |always |, shall we say, |, let's say, )*the most "
        r"(?:organi[sz]ed|reliable|competent|capable|technical|detail-oriented|decisive|"
        r"responsive|proactive|hard-?working|switched-on|on the ball|dynamic|numerate)\b|"
        r"\b(?:their|his|her) (?:own )?(?:ideas?|thoughts|opinions|suggestions|views|input|"
        r"plans?)[^.;]{0,40}?,? which (?:was|is) (?:very |quite |rather |kind of |sort of )?"
        r"(?:sweet|cute|adorable|charming|quaint)\b|"
        r"\b(?:some people|some of them|he|she|they|people like (?:him|her|that)) (?:just |"
        r"simply |really |clearly )?(?:aren't|isn't|wasn't|weren't|are not|is not|was not|were "
        r"not) (?:really )?cut out for\b|"
        r"\b(?:not|isn't|wasn't|is not|was not) (?:how|the way) (?:professionals|adults|"
        r"grown-?ups|real (?:engineers|professionals)|serious people|competent people) (?:work|"
        r"behave|operate|do things)\b|"
        r"\b(?:where|with|for) people like (?:that|him|her|them) (?:belong|go|end up)\b|"
        r"\bpeople like (?:that|him|her|them|those) (?:never|don't|do not|can't|cannot|aren't|"
        r"won't|shouldn't|belong)\b|"
        # A kind of people written off, mildly: "some customers will never be happy", "the older
        # staff just don't get it", "parents like that never listen", "not wasting time on
        # them". "Some customers need more time" sorts people to serve them, "some customers will
        # never be happy with a delay" names what to spare them, and "the new starters didn't
        # get it at first, so I…" is the occasion of teaching (see analysis).
        r"\b(?:some|certain|a lot of|lots of|many|most|those|these|(?:a |that )?(?:certain )?"
        r"(?:type|kind|sort) of|(?:the )?(?:older|younger|old|long-serving|senior|junior|newer|"
        r"regular|agency|offshore|night|day))(?: of)?(?: (?:our|the|my|your))? (?:[\w-]+ )?"
        + _KIND_OF_PEOPLE + r"(?: (?:in|from|on|at) [\w-]+)? (?:(?:just|simply|really) (?:don't|"
        r"can't|won't|aren't|never|will never)|will never|won't ever|never will|(?:is|are) never "
        r"going to|(?:is|are) not going to|(?:isn't|aren't) going to|can't be|cannot be)(?: be)? "
        r"(?:happy|satisfied|pleased|helped|taught|get (?!paid|enough|the chance|a chance|time)"
        # "some people just aren't suited to it": written off as unfit for the work
        r"[\w-]+|learn|change|keep up|understand|listen|adapt|care|bother|worth|suited|cut "
        r"out)\b(?! (?:yet|at "
        r"first|straight away|right away|with|about|when|if|until|unless)\b)|"
        r"\b" + _KIND_OF_PEOPLE + r"(?: (?:in|from|on|at) [\w-]+)? (?:are|is|were|was) (?:just |"
        r"so |too |very )?set in (?:their|his|her) ways\b|"
        r"\b" + _KIND_OF_PEOPLE + r" like (?:that|them|those|this) (?:never|don't|do not|can't|"
        r"cannot|aren't|won't|just)\b|"
        r"\b" + _KIND_OF_PEOPLE + r"\b[^.;]{0,120}?\b(?:not|stop|stopped|no point|don't|didn't|"
        r"never|without) (?:\w+ )?(?:wasting|waste|spending|spend|bothering|bother|investing|"
        r"trying|arguing|explaining) (?:(?:any |my |our |much |more )?(?:time |energy |effort |"
        r"breath )?(?:on|with|to)|\w+ing) (?:them|those people|people like (?:that|them|him|her)|"
        r"that (?:type|kind|sort)|those (?:ones|types|customers|clients|people))\b|"
        r"\b" + _KIND_OF_PEOPLE + r"\b[^.;]{0,80}?\b(?:don't|didn't|not|no point|stopped) "
        r"(?:\w+ )?wast\w* (?:my|our) breath\b|\bgave up on (?:them|those people|that (?:type|"
        r"kind|sort))\b"
    ),
    "steamroll": (
        # Done behind the owner's back or past them: "I'd fix it before he noticed", "I usually
        # just went ahead with whatever I thought was right"; fixing it before customers
        # noticed is good operations, not going around anyone.
        r"\b(?:i|we)\b[^.;]{0,60}?\bbefore (?:he|she|my (?:manager|boss|lead|director)|the "
        r"(?:owner|lead|manager|architect|reviewer)) (?:even )?(?:noticed|found out|knew|"
        r"realised|realized|could "
        r"(?:notice|object|say anything))\b|"
        r"\bwent ahead with (?:whatever|what) i (?:thought|wanted|felt|liked|decided|preferred)\b|"
        # Someone else's authority used in their absence: "My manager was off, so I used her
        # override code", "I logged in as the pharmacist".
        r"\b(?:i|we)\b[^.;]{0,40}?\b(?:used|borrowed|typed in|entered|logged in (?:with|as|under)|"
        r"signed (?:it )?(?:off )?(?:with|under)) (?:her|his|their|my (?:manager|boss|supervisor|"
        r"lead)['’]s|the (?:manager|supervisor|pharmacist|doctor|consultant|duty manager)['’]s|"
        r"someone(?: else)?['’]s) (?:own )?(?:override|login|log-in|password|pin|code|card|badge|"
        r"account|credentials|signature|stamp|smartcard)s?(?: code| number)?\b|"
        r"\b(?:i|we) logged (?:in|on) as (?:her|him|them|the (?:manager|supervisor|pharmacist|"
        r"doctor|consultant|duty manager)|my (?:manager|boss|supervisor))\b|"
        # Over or around the person in the way: "I escalated it to his director to get it
        # unblocked", "I mostly worked around him".
        r"\b(?:escalat(?:e|ed|es|ing)|took|raised) (?:(?:it|this|that|the [\w-]+(?: [\w-]+)?) )?"
        r"(?:up |straight |directly )?(?:to|with) (?:his|her|their) (?:director|boss|manager|vp|"
        r"head|line manager|skip-level)\b"
        # ("so we took the question to her director together" goes with her, not over her)
        r"(?![^.;!?]{0,40}\b(?:together|with (?:him|her|them)|jointly|between us)\b)|"
        # the conversation with them skipped for a senior's say: "rather than get into a long
        # back-and-forth with her, …, I escalated it to my finance director"
        r"\b(?:rather than|instead of)\b[^.;]{0,160}?\b(?:i|we) (?:escalated|took it (?:up )?to|"
        r"went (?:over|above))\b|"
        # over the head of the one it was with, to whoever ranks above them: "I put together a
        # summary and took it straight to the Director of Nursing"; one's own manager told
        # straight away is reporting a problem, not going over anyone
        r"\b(?:took|brought|escalated|raised) (?:it|this|that|the [\w-]+(?: [\w-]+)?) "
        r"(?:straight|directly|right) (?:up )?to (?:the|our|his|her|their) (?:[\w-]+ )?(?:vp|"
        r"svp|evp|ceo|"
        r"cto|cfo|coo|cmo|director|head of|chief|partner|board|dean|superintendent|matron|gm|"
        r"general manager)\w*\b"
        r"(?![^.;!?]{0,40}\b(?:together|with (?:him|her|them)|jointly|between us)\b)|"
        # An ultimatum about working together: "I told my manager I will not work with this team
        # anymore".
        r"\bi (?:will not|won't|wouldn't|would not|refuse to|refused to) (?:work|deal) with "
        r"(?:this|that|the|their|him|her|them)\b[\w ]{0,20}?\b(?:anymore|any more|again|any "
        r"longer)\b|"
        # The person it was about left off on purpose while it went over them: "I didn't copy
        # Colin in at that point because I thought he might take it the wrong way".
        r"\bi (?:didn't|did not|deliberately didn't|chose not to) (?:copy|cc|include|loop|tell|"
        r"let) "
        r"(?:him|her|them|[A-Z][a-z]+|my (?:manager|boss|lead)) (?:in|know)\b[^.;]{0,40}?\b(?:at "
        r"that (?:point|stage)|until|so (?:that )?(?:he|she|they) (?:couldn't|wouldn't))\b|"
        r"\b(?:(?:worked|went|got|routed|operated)|(?:find|found|finding|work|working|get|getting|"
        r"go|going) a way) around (?:him|them|her(?! [a-z])|my (?:manager|"
        r"boss|lead)|the (?:manager|lead|owner|team lead))\b|"
        # Those whose say it needed left out on purpose: "I decided it was best not to involve
        # procurement", "I chose not to loop in the architects to keep things moving".
        r"\b(?:decided|chose|opted) (?:it was (?:best|easier|quicker|simpler|smarter) )?(?:not "
        r"to|against) (?:involv|loop(?:ing)? in|consult|ask|tell|inform|wait(?:ing)? for|"
        r"bring(?:ing)? in|check(?:ing)? with)\w* (?:procurement|legal|finance|security|"
        r"compliance|qa|ops|design|it|hr|the board|my (?:manager|boss|lead|director)|(?:his|"
        r"her|their) (?:manager|boss|lead)|the (?:[\w-]+ )?(?:team|owners?|leads?|architects?|"
        r"reviewers?|board|committee|manager|lead))\b|"
        # A decision taken alone and told after: "I took the liberty of signing the contract
        # myself", "I made an executive decision", "I let procurement know afterwards".
        r"\bi (?:just )?took the liberty of (?:sign|approv|merg|chang|deploy|order|buy|cancel|"
        r"overrid|decid|switch|push|launch|ship|releas|commit)\w*|"
        r"\bi (?:just |basically )?(?:made|took) an? executive (?:decision|call)\b|"
        # Told after, to the function whose approval it needed; "I told my boss afterwards what
        # I did and why" reports a fix made within one's own remit.
        r"\b(?:let|told|informed) (?:procurement|legal|finance|security|compliance|hr|the board|"
        r"the (?:[\w-]+ )?(?:board|committee|panel))(?: know)? (?:afterwards|after the fact|after "
        r"it was done|once it was (?:done|live|signed))\b|"
        # A change kept from its owner for fear they would object: "I didn't flag it in the
        # review, because I thought the director would see it as reopening the debate".
        r"\bi (?:didn't|did not|never|deliberately didn't) (?:flag|mention|tell|show|raise|share|"
        r"run|bring up|point out)\b[^.;]{0,50}?\bbecause (?:i (?:thought|knew|figured|assumed|"
        r"suspected) )?(?:he|she|they|the [\w-]+|my [\w-]+)(?:['’]d| would| might) (?:see|say no|"
        r"object|push back|block|reject|veto|stop|not like|refuse|argue|reopen|slow|kill)\b|"
        r"\bi (?:told|said|informed|decided|announced)[^.;]{0,80}?,\s*(?:full stop|period|end of "
        r"story|end of discussion|and that was (?:that|final))\b|"
        r"\bi (?:told|made it clear to|warned|said to|let) [^.;]{0,40}?\bif (?:they|he|she|you|"
        r"the [\w-]+|his [\w-]+|her [\w-]+|their [\w-]+) (?:didn't|did not|don't|wouldn't|"
        r"won't|refused to|couldn't)\b[^.;]{0,60}?,?\s*(?:they|he|she|you|their [\w-]+|his "
        r"[\w-]+|her [\w-]+)(?:['’]d| would(?:n't| not)?| won't| will not| could| can) "
        r"(?:not )?(?:be (?:getting|off|out|gone|replaced|looking)|get|lose|forget|need to "
        r"find)\b|"
        # told from the candidate's step, whose conduct it is: "I booked it before they could"
        r"\b(?:i|we)\b[^.;]{0,60}?\bbefore (?:he|she|they|anyone|anybody|the [\w-]+) (?:could|"
        r"had a chance to|got a chance to) (?:object|escalate|push back|respond|reply|say "
        r"(?:no|anything)|weigh in|review it|stop (?:me|it|us)|block (?:me|it|us)|complain)\b|"
        r"\b(?:changed|edited|rewrote|overrode|reverted|deleted|disabled|turned off|switched off|"
        r"modified|reconfigured) (?:their|his|her|the other team's|[\w-]+'s) (?:[\w-]+ ){0,2}"
        r"(?:config|configuration|settings?|code|retention|schedule|rota|plan|design|files?|"
        r"rules?|thresholds?|copy|spreadsheet|data|policy)\b[^.;]{0,40}?\bmyself\b"
    ),
    "dismissive": (
        # Others' objection handed back as their own problem, or as something they will get
        # over: "if they don't like it, that's their problem", "they'll get used to it".
        r"\b(?:that's|that is|that was|it's|it is|it was) (?:really |honestly |frankly )?(?:their|"
        r"his|her) (?:problem|issue|lookout)\b(?! to\b)|"
        r"\bif (?:they|he|she|people|anyone|the [\w-]+) (?:don't|didn't|doesn't|do not|did not|"
        r"does not) like it,? (?:that's|it's|that is|too bad|tough|they can|he can|she can)\b|"
        r"\b(?:they|he|she|people|everyone|the team|the staff)(?:['’]ll| will|['’]d| would) "
        r"(?:just )?(?:have to )?(?:get over it|get used to it|live with it|deal with it)\b|"
        r"\b(?:they|he|she|people|everyone) (?:just )?(?:need|needs|needed) to (?:get over it|"
        r"get used to it|toughen up|grow up|deal with it|accept it)\b|"
        # Their reaction waved off by the outcome: "they weren't thrilled, but results speak for
        # themselves"; and their work redone to the candidate's taste.
        r"\b(?:they|he|she|the [\w-]+|people|everyone) (?:weren't|wasn't|were not|was not) "
        r"(?:exactly |too |very |all that )?(?:thrilled|happy|pleased|keen|delighted|impressed)"
        r"\b[^.;]{0,30}?\bbut\b[^.;]{0,30}?\b(?:results? (?:speak|spoke|speaks)|(?:the )?"
        r"numbers (?:speak|spoke)|it worked|i was right)\b|"
        r"\b(?:rewrote|redid|redesigned|reworked|changed) (?:it|them|their [\w-]+|his [\w-]+|her "
        r"[\w-]+) (?:all )?(?:the way|how) i (?:wanted|liked|preferred|saw fit)\b|"
        # A customer or colleague lost, told as their loss: "he did not renew, which in the end
        # was his loss".
        r"\b(?:which|that|it) (?:in the end |ultimately |frankly |honestly |i think )?(?:was|is) "
        r"(?:really |entirely )?(?:his|her|their) loss\b|"
        # Input acknowledged, then set aside: "I appreciated her enthusiasm, but most of her
        # points weren't really priorities", "I thanked her and we carried on with the plan".
        r"\b(?:appreciated|understood|acknowledged|heard|respected|noted|valued) (?:her|his|"
        r"their|the) (?:[\w-]+ )?(?:concerns?|enthusiasm|input|feedback|point|points|comments|"
        r"worries|perspective|views?|ideas?|suggestions?|passion|energy),? but [^.;]{0,60}?\b"
        r"(?:weren't|wasn't|were not|was not|aren't|isn't|not) (?:really |very |that |all that )?"
        r"(?:a |the )?(?:priorit\w+|relevant|important|needed|necessary|practical|realistic|worth|"
        r"the point|the focus|useful)\b|"
        # Heard out, then the complaint answered with the rule itself: "I listened to it, but to
        # be honest the schedule is there for a reason".
        r"\b(?:listened to|heard|took on board|noted) (?:it|that|them|him|her|their [\w-]+|the "
        r"[\w-]+)(?: out)?,? but\b[^.;]{0,50}?\b(?:is|are|was|were) there for a reason\b|"
        r"\bthanked (?:her|him|them|the [\w-]+) and (?:we |i )?(?:just )?(?:carried on|moved on|"
        r"went ahead|kept going|continued|stuck)\b(?! with (?:her|his|their|the new)\b)|"
        r"\b(?:not|never|isn't|wasn't) (?:my|our) (?:job|role|problem) to (?:make|keep) "
        r"(?:them|people|everyone|him|her|the (?:[\w-]+ ){0,2}[\w-]+) happy\b|"
        # the harm or the grumbling waved away: "there were complaints from the team…, but
        # people adapted", "they made the deadline in the end, so no real problem"
        r"\b(?:so|and|but) (?:it was |there was |that was |that's )?no (?:real|big|major) "
        r"(?:problem|harm|issue|damage|drama)\b|\bbut (?:people|they|everyone|the team|(?:the )?"
        r"staff|the nurses|the drivers|the guys) (?:adapted|got used to it|got over it|soon "
        r"adjusted|adjusted|came round|settled down)\b|"
        # the loss or the harm put down as the way of the world: "but those are the kind of
        # things that happen in any gym", "retail turnover is high anyway", "there are always a
        # few", "that was always going to happen", "the market's been hard for everyone"
        r"\b(?:those are|that['’]s|it['’]s|these are) (?:just )?(?:the )?(?:kind|sort) of things? "
        r"(?:that )?happens? in any\b|\b(?:turnover|churn|attrition) (?:is|was|['’]s) (?:always )?"
        r"(?:high|higher) (?:anyway|in (?:retail|this (?:sector|industry|trade)))\b|\bthere (?:are|"
        r"were|will be) always (?:a few|some)(?=\s*(?:[.,;!?]|$))|"
        r"\b(?:that|it) was always going to happen\b|"
        r"\bhard for everyone\b|\bit['’]s a known thing\b|\byou can['’]t please everyone\b|"
        r"\bpart and parcel\b|\bcomes with the (?:job|territory)\b|"
        # "…, but that's the sector", "you have to expect some of that" ("Sad to lose him, but
        # that's the job" is a loss felt, and left)
        r"\bbut that['’]s the (?:sector|industry|trade|market)\b|"
        # the cost to people told as the price of the plan: "I was very clear with them that this
        # was the reality of running lean"
        r"\b(?:this|that|it)(?: was| is|['’]s) (?:just |partly |simply )?the reality of (?:running|"
        r"being|working) (?:lean|lean and mean|a small team|on a shoestring|a tight ship)\b|"
        # …or of the market, after a loss: "which was a shame, but I think that's partly the
        # reality of the fintech market" (not "that's the reality of the market, so we priced…")
        r"\bbut (?:i think |i guess |honestly )?(?:this|that|it)(?: was| is|['’]s) (?:just |partly "
        r"|simply )?the reality of the (?:[\w-]+ )?(?:market|industry|sector|trade|business)\b|"
        r"\b(?:you|we|they) (?:have to |should |can |just )?expect (?:some of that|a bit of that|"
        r"some of it)\b|"
        # a cost the story itself counts, put down as what anyone would expect: "detentions were
        # about 2,300 in the first term, but that's to be expected when you raise the bar"
        r"\bbut (?:i think |honestly )?(?:that['’]s|that is|that was|it['’]s|it was) (?:only |just "
        r"|all )?(?:to be expected|par for the course)\b|"
        # …or as the way of any change: "pick rates dropped 15%, but that's normal with any
        # change", "some teething issues, but that's normal with a new supplier"
        r"\bbut (?:i think |honestly )?(?:that['’]s|that is|that was|it['’]s|it was|this is) "
        r"(?:only |just |pretty |quite |completely |totally )?(?:normal|natural|inevitable|"
        r"standard|typical) (?:with|in|for|during) (?:any|every|a|all)\b"
    ),
    "emotional": (
        # Anger told rising with every call, as the frame of the story: "I was getting more and
        # more irritated with each call" ("…, so I asked her to lunch" meets it, see analysis).
        r"\bi was getting (?:more and more|increasingly|really|very|quite|so) (?:irritated|"
        r"annoyed|frustrated|angry|wound up|fed up|furious)\b|"
        # Losing one's patience or one's temper, in other words: "I'd had enough", "I let him have
        # it"; "I could feel my patience going, so I took a break" is self-awareness.
        r"\bi (?:finally |just |completely |totally )?(?:lost|ran out of) (?:my |all )?"
        r"patience\b|\bi(?:['’]d| had) (?:finally |just |simply )?had enough\b|\bat my wits['’]? "
        r"end\b|\blet (?:him|her|them) have it\b|\btold (?:him|her|them) exactly what i thought "
        r"of (?:him|her|them)\b"
    ),
    "never_fail": (
        r"\b(?:i['’]d|i would|i['’]ll|i will)(?: (?:probably|honestly|still|definitely))? (?:do|"
        r"make|take) (?:exactly |pretty much |much )?the (?:same|exact same) (?:call |thing |"
        r"decision |choice )?(?:again|all over again)\b(?![^.]{0,40}\b(?:but|except|though|"
        r"although|only|differently|earlier|sooner)\b)|"
        r"\b(?:that approach means |which means )?my (?:projects|launches|releases|deliveries|"
        r"migrations|teams?) (?:\w+ )?(?:usually|always|generally|tend to|normally|reliably) "
        r"(?:land|come in|finish|ship|deliver|go live|hit (?:their|the) (?:dates?|deadlines?))"
        r"(?: on time| on budget| early| ahead of schedule)?\b(?![^.;]*\bbut\b)|"
        # Every call defended at once: "I stand by every decision I made", "I don't regret any of
        # it" (standing by one disputed call is backbone, not a denial).
        r"\bi (?:still |fully |honestly )?stand by (?:every|each|all) (?:of )?(?:the |my )?"
        r"(?:[\w-]+ )?(?:calls?|decisions?|choices?)\b|"
        r"\bi (?:don't|do not|didn't|did not) (?:really )?regret (?:any(?:thing| of (?:it|them|my "
        r"(?:calls|decisions|choices)))?|a (?:single )?thing)\b|"
        # Nothing left that the candidate could have done: the denial is the flag, so the match
        # reads its own negation.
        r"\b(?:(?:i )?(?:don't|do not|didn't|did not) (?:really |honestly )?think (?:there was|"
        r"there's|there is)|there (?:wasn't|was not|isn't|is not)|there was nothing|there's "
        r"nothing) (?:much |a lot |anything |a great deal )?(?:(?:more|else) )?(?:that )?(?:we|i|"
        r"the team|my team|anyone|anybody) "
        r"(?:could|realistically could|reasonably could)(?: have| realistically have| reasonably "
        r"have)? (?:done|have done)\b|"
        # …however it is told: "there's nothing more I could do", "→ nothing more I could've
        # done", "there was nothing more what I could do"
        r"\bnothing (?:more|else) (?:that |what )?(?:we|i) (?:could|can)(?:['’]ve| have)? "
        r"(?:done|do)\b(?! (?:for|to help|about)\b)|"
        r"\bi (?:still )?(?:think|believe|maintain|know) i (?:made|took) the (?:right|correct) "
        r"(?:call|decision|choice)\b(?![^.]{0,40}\b(?:but|except|though|although)\b)"
    ),
}
for _kind, _pattern in _READ_FLAGS.items():
    _STRUCTURAL_FLAGS[_kind] = f"{_STRUCTURAL_FLAGS[_kind]}|{_pattern}"
for _kind, _pattern in _STRUCTURAL_FLAGS.items():
    _POLITE_FLAGS[_kind] = f"{_POLITE_FLAGS[_kind]}|{_pattern}" if _kind in _POLITE_FLAGS else (
        _pattern)
for _kind, _pattern in _POLITE_FLAGS.items():
    PATTERNS[_kind] = f"(?:{PATTERNS[_kind]})|{_pattern}"

# `re` folds the case of every character it compares under IGNORECASE, which makes these long
# alternations slow. A pattern written wholly in lower case (so no \\S, \\W or [A-Z] in it)
# matches the lowered text exactly where it would match the text case-insensitively, about 2.5
# times faster: those are compiled case-sensitively and run on `text.lower()` by `finditer`.
LOWERED = frozenset(kind for kind, pattern in PATTERNS.items() if pattern == pattern.lower())
# Only where a kind matches is read, never its groups: compiled without them, the branches
# share their openings (`regex_shape`), a review's matching about a third faster.
INDEX_AFTER = 0
"""Sentences matched before the index is loaded: none, since a stored program is built only
when first used (`regexes`). Loading it (a few milliseconds) costs less than building and trying
the kinds it rules out in the sentences of even one answer: with it a `roundtable review`
process took 15 ms less CPU for the bundled example, 4 to 12 ms less for dev answers."""
_FLAGS = {kind: re.MULTILINE if kind in LOWERED else re.IGNORECASE | re.MULTILINE
          for kind in PATTERNS}
COMPILED: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern, _FLAGS[kind], spans_only=True) for kind, pattern in PATTERNS.items()
}
PART_SIZE = 500
"""Characters of pattern in each part of a long kind (`regex_gate.parts`): a sentence holding
what one part needs tries that part, not the whole alternation (the longest kinds, blame or
contempt, then cost a third of what they did). Parts of 500 characters rather than 1,000 need
rarer strings: callgrind counts 104.9 against 106.2 million instructions a review (2,000:
108.7)."""


@cache
def _cut() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """`_parts` and `_lowered`, read off the patterns once per version of them (cutting them
    takes about 20 ms, lowering them as long)."""
    long = {kind: pattern for kind, pattern in PATTERNS.items() if len(pattern) > 2 * PART_SIZE}

    def read() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        found = {kind: parts(pattern, _FLAGS[kind], PART_SIZE) for kind, pattern in long.items()}
        cut = {kind: tuple(pieces) for kind, pieces in found.items() if len(pieces) > 1}
        lowered: dict[str, tuple[str, ...]] = {}
        for kind, pattern in PATTERNS.items():
            written = () if kind in LOWERED else (pattern, *cut.get(kind, ()))
            low = tuple(piece for piece in map(lowered_source, written) if piece is not None)
            if written and len(low) == len(written):
                lowered[kind] = low
        return cut, lowered

    key = repr((PARTS_FORMAT, PART_SIZE, "lowered", [(kind, _FLAGS[kind], pattern)
                                                     for kind, pattern in PATTERNS.items()
                                                     if kind in long or kind not in LOWERED]))
    return computed("lexicon-cut", key.encode(), read)


def _parts() -> dict[str, tuple[str, ...]]:
    """The kinds long enough to be cut into parts, and their parts."""
    return _cut()[0]


def _lowered() -> dict[str, tuple[str, ...]]:
    """The kinds not written in lower case whose capitals mean the same in lower case ("I did
    it all", "\\W"; `regex_gate.lowered_source`), each lowered, then its parts lowered (a part
    of a pattern that lowers lowers too): on a text that lowers exactly, as most do, `finditer`
    runs them on the lowered text, case-sensitively, the costliest kinds (figures, results,
    blame) about twice as fast. The index reads them as written: where each part may match is
    the same either way."""
    return _cut()[1]


@cache
def _compiled_parts(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each part of `kind` (`_parts`), with its name in the index."""
    return tuple((f"{kind} {at}", re.compile(part, _FLAGS[kind], spans_only=True))
                 for at, part in enumerate(_parts()[kind]))


@cache
def _compiled_lowered(kind: str) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """`kind` run on lowered text (`_lowered`), and each of its parts with its name in the
    index."""
    whole, *cut = _lowered()[kind]
    return re.compile(whole, re.MULTILINE, spans_only=True), tuple(
        (f"{kind} {at}", re.compile(part, re.MULTILINE, spans_only=True))
        for at, part in enumerate(cut))


def _index() -> NeedleIndex:
    """The index of every kind, or of its parts (`_parts`, wanted only from here on)."""
    cut = _parts()
    indexed: dict[str, tuple[str, int]] = {}
    for kind, pattern in PATTERNS.items():
        named = {f"{kind} {at}": part for at, part in enumerate(cut[kind])} if (
            kind in cut) else {kind: pattern}
        indexed |= {name: (part, _FLAGS[kind]) for name, part in named.items()}
    return re.index_now(indexed)


# Most kinds need one of a few hundred plain strings: one pass over a sentence finds which of
# them it holds, and a kind needing none of those is not tried (a review's matching about half).
# Loaded the first time a sentence is matched (`DeferredIndex`, `INDEX_AFTER`).
_INDEX = DeferredIndex(tuple(PATTERNS), _index, INDEX_AFTER)


def possible_kinds(text: str, lowered: str) -> frozenset[str]:
    """The kinds that may match `text` (`lowered` is `text.lower()`), and the parts of a kind
    that may (named by the kind, a space and a number); any other has no match."""
    found = _INDEX.possible(text, lowered)
    return found | {name.partition(" ")[0] for name in found if " " in name}


def finditer(kind: str, text: str, lowered: str | None = None,
             possible: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
    """Every match of `kind` in `text`, case-insensitively, with offsets into `text`.

    Pass `lowered` (`text.lower()`) when matching many kinds against one text, and what may
    match it (`possible_kinds`): of a kind cut into parts, only those are searched for. A
    match's offsets hold, but its `group()` may be in lower case.
    """
    run_lowered = None
    if kind not in LOWERED:
        string = text
        if kind in _lowered() and lowers_exactly(text):
            lowered = text.lower() if lowered is None else lowered
            if len(lowered) == len(text):
                string, run_lowered = lowered, _compiled_lowered(kind)
    else:
        string = text.lower() if lowered is None else lowered
        if len(string) != len(text):  # "İ" lowers to two characters: offsets would drift
            return re.finditer(PATTERNS[kind], text, re.IGNORECASE | re.MULTILINE)
    whole = COMPILED[kind] if run_lowered is None else run_lowered[0]
    # Until the index is built it names whole kinds only (and a process reviewing one answer
    # never needs the parts).
    if possible is not None and _INDEX.built and kind in possible and kind in _parts():
        named = _compiled_parts(kind) if run_lowered is None else run_lowered[1]
        chosen = [part for name, part in named if name in possible]
        # (none chosen of a possible kind: `possible` was found before the index was built)
        if 0 < len(chosen) < len(named):
            return iter(leftmost_spans(whole, chosen, string))
    return whole.finditer(string)
