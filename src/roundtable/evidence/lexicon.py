"""The phrase patterns behind each evidence kind.

These are general behavioral-interview markers, not competency rules: competency-specific
phrases live in the competency files as `cues`. Each kind maps to one case-insensitive regex;
a sentence matching it is evidence of that kind.
"""

from __future__ import annotations

import re

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_NUMBER_WORDS = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few"
_UNITS = (
    r"%|percent|percentage points?|pp\b|x\b|ms\b|milliseconds?|seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|quarters?|years?|users?|customers?|clients?|accounts?|engineers?|people|"
    r"tickets?|points?|bps|basis points|k\b|m\b|mm\b|million|billion|thousand|hundred|times|"
    r"fold|stores?|sites?|teams?|reps?|calls?|orders?|deals?|releases?|bugs?|incidents?|"
    r"requests?|queries|pages?|steps?|features?|hires?|members?|patients?|students?|nps"
)

PATTERNS: dict[str, str] = {
    # STAR structure
    "situation": r"\b(when i was|while i was|at my (last|previous|current|first|old) "
    r"(job|company|role|team|employer)|last (year|quarter|month|spring|summer|fall|autumn|winter)"
    r"|in (my|our) (last|previous|first) (role|job|team)|(a|one|two|three|a few|a couple of) "
    r"(years?|months?) ago|back in (\d{4}|" + _MONTHS + r")|in (early |late |mid-?)?(19|20)\d{2}"
    r"|at (a|an|my) ([\w-]+ ){0,2}(startup|company|bank|agency|hospital|firm|retailer|insurer|"
    r"school|nonprofit|consultancy|lab)|our team (was|had)|the (situation|context|background) "
    r"was|we were (building|launching|migrating|working on|about to|preparing|rolling out)"
    r"|i was (the|a|an|leading|running|working|managing|on) )",
    "task": r"\b(my (goal|job|task|role|responsibility|mandate|mission) was|i was "
    r"(responsible|accountable|asked|tasked|charged|on the hook|supposed) (for|to|with)|i (needed|"
    r"had) to|i owned|we needed to|the (goal|target|ask|challenge) was|our (goal|target|"
    r"objective|deadline) was)",
    "action": r"\bi (then |first |also |quickly |personally |immediately |eventually |finally )?"
    r"(?!(wanted|liked|loved|hoped|felt|seemed|needed|used|learned|realized|realised|was|"
    r"guess|think|believe|mean)\b)([a-z]+ed|built|wrote|ran|led|made|took|met|sent|set|put|went|"
    r"spoke|brought|drew|sat|found|began|chose|gave|held|kept|told|sought|taught|dug|did|got|"
    r"pulled|pushed|called|proposed|asked|drove|split|shut|cut|shipped|rewrote|rebuilt|hired|"
    r"paired|sketched|flew|stood|spent|fought|won|lost)\b",
    "result": r"\b(as a result|the result (was|is)|resulted in|in the end|ultimately|by the end|"
    r"which (led to|meant)|this (led to|meant)|that (led to|meant)|the outcome (was|is)|"
    r"we (shipped|launched|delivered|hit|reached|reduced|increased|cut|saved|grew|improved|recovered|closed|won|"
    r"retained|beat|exceeded|doubled|halved|avoided|caught)|(it|this|that|the (change|fix|pilot|"
    r"launch|plan)) (worked|paid off|landed|stuck|held)|(churn|revenue|conversion|latency|adoption|"
    r"retention|nps|csat|errors?|incidents?|costs?|usage|sales|complaints|tickets|defects|"
    r"downtime|time to \w+|signups|sign-ups|engagement|margin) (dropped|fell|rose|increased|"
    r"decreased|improved|went (up|down)|grew|doubled|halved|recovered)|went live|(was|were) "
    r"(adopted|rolled out|shipped|launched)|(dropped|fell|rose|grew|declined|shrank|improved|"
    r"increased|decreased|went (up|down)) (by|from|to|about|roughly|almost|nearly|\d)|"
    r"(launched|shipped|delivered|finished|landed|went live) (on time|early|ahead)|on time|"
    r"under budget|ahead of schedule|(months?|weeks?|a year) later|by the time|got caught|"
    r"(were|was) (booked|resolved|renewed|signed|closed|recovered|restored)|(renewed|signed|"
    r"closed) (the|a|for)|saved (us|the company|about|roughly|\$))",
    "learning": r"\b(i learned|i've learned|i learnt|learned (that|to|a lot)|taught me|the lesson|"
    r"lessons?|in hindsight|looking back|next time|now i (always|make sure|start|ask|check)|"
    r"since then|i've since|i have since|i would (do|have done) [\w ]{0,30}differently|what i('d| "
    r"would) do differently|changed (how|the way) i|i still use|i now)",
    # specificity against vagueness
    "metric": r"(\$\s?\d[\d,.]*\s?(k|m|mm|million|billion|bn)?\b|£\s?\d|€\s?\d|\b\d[\d,.]*\s?"
    r"(" + _UNITS + r")|\b\d[\d,.]*\s?(?:-|to)\s?\d[\d,.]*\s?(" + _UNITS + r")|\b(doubled|"
    r"tripled|halved|quadrupled)\b|\bfrom \d[\d,.]*\s?\S* to \d)",
    "timeframe": r"\b((in|by|within|over|after|for|under) (" + _NUMBER_WORDS + r"|\d+) "
    r"(days?|weeks?|months?|quarters?|years?|hours?|sprints?)\b|q[1-4]\b|(" + _MONTHS + r")\b|"
    r"(19|20)\d{2}\b|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(next|following|same) (day|week|sprint|quarter|morning)\b|deadline|"
    r"end of (the )?(quarter|year|month|sprint))",
    "vague": r"\b(stuff|things like that|and so on|and so forth|etc\b|a lot of things|various "
    r"things|some things|basically|whatever|somehow|all sorts of|and everything|things went|"
    r"it went (well|fine|ok|okay)|everything worked out|it all worked out|worked out (well|fine)|"
    r"made (things|it) better|a bunch of|you know|at the end of the day|synerg\w+|best practices|"
    r"move the needle|think outside the box|leverag(e|ed|ing) (our|my|the) (strengths|skills))",
    "hedge": r"\b(i think|i guess|i suppose|maybe|perhaps|probably|kind of|sort of|i feel like|"
    r"tried to|try to|hopefully|might have|could have been|i believe|i'm not sure|not really sure|"
    r"if i remember|i don't remember|something like)\b",
    "generic_claim": r"\b(i always|i usually|i generally|i typically|i tend to|i would (always|"
    r"probably|just|try|make sure|go)|i try to|i('m| am) (a |an |someone who|the kind of person|"
    r"very |really |always |good at|great at|passionate)|i believe (in|that)|i like to|i love to|"
    r"it'?s (really |very |always )?important to|you (have|need|want) to|you should|in general|"
    r"typically|the key is|my approach is|whenever i|if i (were|was|had)|i'd (probably |just )?"
    r"(go|try|talk|make|sit)|i (really )?(value|care about|pride myself)|i('m| am) (constantly|"
    r"also a|a big)|i've (always|been a|been the|gotten feedback)|i'd love to|one thing i'd|"
    r"i('d| would) describe myself|i'd bring|is (one of )?my (core )?values?|my philosophy)",
    # ownership
    "ownership": r"\bi (personally |then |also )?(decided|took (ownership|responsibility|"
    r"the lead|it on|charge)|owned|led|drove|proposed|initiated|volunteered|stepped (up|in)|"
    r"made the (call|decision)|set up|organi[sz]ed|ran|launched|implemented|built|designed|"
    r"created|wrote|scheduled|negotiated|committed|rewrote|fixed|pushed for|championed|"
    r"made sure|insisted|spent|suggested|offered|took on|picked up|stepped in|wanted to fix|"
    r"asked to (own|lead|take))\b|(the thing|what) i pushed for|"
    r"\b(my (decision|call|responsibility|idea|proposal)|on me\b)",
    "collective_we": r"\bwe (\w+ed|did|made|built|went|had|got|ran|took|came|found|kept|felt|"
    r"thought|knew)\b",
    "passive_voice": r"\b(it was (decided|agreed|determined)|mistakes were made|"
    r"(was|were|got|been) (decided|handled|done|made|taken|given|fixed|resolved|escalated|"
    r"dropped|missed|chosen|approved|rejected|implemented|raised))\b",
    # data and experiments
    "data": r"\b(data|analysis|analy[sz]ed|analytics|metrics?|dashboards?|numbers|quer(y|ied)|"
    r"sql|spreadsheet|survey(ed)?|cohorts?|funnel|telemetry|benchmark(ed|s)?|measured|baseline|"
    r"statistic\w*|sample|modeled|modelled|forecast|logs|incident (logs|reports|data)|usage|"
    r"(support )?ticket (data|volume|counts?)|pulled (the|our)|which showed|showed that)\b",
    "experiment": r"\b(a/b|ab test|split test|experiment(s|ed)?|pilot(ed|s)?|prototyp(e|ed|es)|"
    r"hypothes(is|es|i[sz]ed)|trial|beta|mvp|control group|canary|tested (the|a|our|whether|it)|"
    r"proof of concept|poc)\b",
    # people
    "customer": r"\b(customers?|users?|clients?|buyers?|shoppers?|patients?|subscribers?|merchants?"
    r"|sellers?|end users?|guests?|members|travell?ers|drivers|riders|advertisers|tenants|"
    r"students|parents|consumers?)\b",
    "customer_feedback": r"\b((interviewed|called|visited|shadowed|surveyed) (\d+ |a few |several "
    r"|some |our |a dozen |twenty |ten )?(customers|users|clients|merchants|patients|stores)|"
    r"customer (feedback|interviews?|calls?|complaints?|tickets?|visits?)|support tickets|nps|"
    r"csat|user research|usability (tests?|sessions?|study)|(spoke|talked) (to|with) (\d+ |a few "
    r"|several |some )?(customers|users|clients)|reviews|churn (interviews|reasons|survey)|"
    r"feedback from)",
    "stakeholder": r"\b(stakeholders?|leadership|executives?|exec|vp|svp|cto|ceo|cfo|coo|"
    r"directors?|head of|my manager|my boss|skip[- ]level|senior leaders?|legal|finance|sales team|"
    r"board)\b",
    "collaboration": r"\b(partnered|worked (closely )?with|together with|paired|collaborat\w+|"
    r"cross-?functional|aligned with|teamed up|jointly|co-wrote|with (the|our) (design|data|sales|"
    r"support|ops|engineering|product|marketing|finance|legal|security) (team|lead))\b",
    "influence": r"\b(convinced|persuaded|won (them|him|her|it) over|won over|buy-?in|bought in|"
    r"brought (them|him|her|everyone) around|changed (their|his|her) minds?|agreed to (try|pilot|"
    r"run|test)|made the case|built support|rallied|(got|brought) (them|him|her|everyone|the team) "
    r"on board|signed off|sign-off|came around)\b",
    "mentoring": r"\b(mentor(ed|ing)?|coach(ed|ing)?|taught|trained|onboard(ed|ing)|promoted|"
    r"(i|we) hired|hiring|grew (him|her|them|the team|into)|career|development plan|delegat\w+|"
    r"sponsored|gave (him|her|them) (the|ownership|feedback)|stretch assignment)\b",
    "communication": r"\b(explained|wrote (a|up|an)|presented|framed|walked (them|him|her|the "
    r"\w+) through|communicated|documented|memo|one-?pager|a doc\b|the doc\b|emailed|slides?|"
    r"deck|demo(ed)?|tailored|summari[sz]ed|weekly update|status update|listened|"
    r"translated|plain language|visuali[sz]ed)\b",
    "empathy": r"\b(listened|understood (their|his|her|where)|acknowledged|empathi[sz]\w+|(their|"
    r"his|her) perspective|where (they|he|she) (was|were) coming from|asked (him|her|them) (how|"
    r"what|why)|validated|put myself in|heard (them|him|her) out|respectful(ly)?|privately|"
    r"in private|(his|her|their) concerns?|under pressure from|asked (for|about) (specifics|"
    r"details|feedback|examples|their view|his view|her view)|what (they|he|she) (needed|"
    r"cared about|was worried about))\b",
    "trust": r"\b(trust(ed|ing)?|transparen\w+|candid(ly)?|admitted|apologi[sz]ed|owned up|"
    r"honest(ly)?|kept (my|our) (word|promise)|credibility|followed through|told (them|him|her) "
    r"the truth|flagged (it|the risk|this) early|raised (it|the risk) early|vulnerab\w+|"
    r"(he|she|they) (was|were) right|i was wrong)\b",
    "wellbeing": r"\b(burnout|burned out|burnt out|workload|well-?being|morale|inclusive|inclusion|"
    r"psychological(ly)? safe\w*|work-life|on-?call (rotation|load|burden)|overtime|belonging|"
    r"accommodat\w+|parental leave|retention of (the )?team|attrition)\b",
    # disagreement, from first objection to the relationship afterwards
    "disagreement": r"\b(i (strongly |respectfully )?(disagreed|objected|opposed|challenged|"
    r"questioned|pushed back|did(n't| not) agree|was(n't| not) convinced|had (serious |real )?"
    r"concerns|was (worried|concerned)|thought (it|this|that|the plan) was (a mistake|wrong|risky|"
    r"premature))|push(ed|ing)? back|disagree(d|ment)?|unpopular|against the (plan|decision|grain)"
    r"|(didn't|did not) (agree|sit right)|i said (i|we) (didn't|did not|shouldn't|should not|"
    r"couldn't)|i (didn't|did not) think (we|it|this|that) (should|was|would)|i argued (against|"
    r"for|that)|i made the case (against|for)|i said no\b|i (told|warned) (him|her|them|my \w+) "
    r"(that )?(it|this|we) (would|was|wasn't|won't))",
    "grounds": r"\b(because|which showed|showed (that )?\d|the (data|numbers|analysis|evidence|"
    r"research|logs|tests?|usage) (showed|"
    r"suggested|indicated|said|pointed)|the risk was|risk (of|that)|would (cost|break|hurt|lose|"
    r"cause|delay|violate|expose)|which meant|evidence|based on|given that|my reasoning|the reason)"
    r"\b",
    "raised": r"\b(i (raised|brought (it|this|that) up|flagged|set up (a|some)|asked for (a|some|"
    r"time)|scheduled|met with|sat down with|wrote (a|up a|up) ?(doc|memo|proposal|one-?pager)?|"
    r"put together (a|an) (doc|memo|proposal|analysis|deck|comparison)|presented|went to (her|him|"
    r"them))|1:1|one-on-one|one on one|privately|in private|before the meeting|after the "
    r"(meeting|review|call)|i (told|asked) (him|her|them|my \w+) (directly|privately|whether|"
    r"if|why|what|for))",
    "escalation": r"\b(escalat\w+|took it to|brought (it|this) to (my|our|the|her|his)|skip-?level|"
    r"looped in|brought in (my|our|the|a)|went to (my|our|the) (manager|director|vp|head)|raised "
    r"it with (my|our|the) (director|vp|skip|head)|second opinion|tie-?breaker)\b",
    "decision": r"\b((we|she|he|they|my (manager|boss|director|lead)|leadership|the (team|group|"
    r"committee)) (decided|agreed|chose|went with|settled on|landed on|compromised)|the (final )?"
    r"(decision|call) was|made the (call|decision)|overruled|agreed to|compromise|kept the "
    r"(original )?(plan|date|scope)|went ahead)\b",
    "commitment": r"\b(disagree and commit|committed (to|fully)|fully (backed|supported|committed)|"
    r"got behind|threw myself|even though i (disagreed|had argued|had pushed|pushed|wasn't|was "
    r"not|lost)|despite my (concerns|objections|reservations)|made it work|did(n't| not) "
    r"(relitigate|undermine|reopen)|backed (the|her|his|their) (decision|call|plan)|gave it my "
    r"(all|full)|supported (the|her|his|their) (decision|call|plan))\b",
    "relationship": r"\b(relationship|still (work|talk|collaborate|get along)|we('ve| have) "
    r"(worked|collaborated|partnered) (together )?since|(thanked|trusted|sought out|came back to|"
    r"recommended) me|rapport|mutual respect|on good terms|invited me|asks? (for )?my (input|"
    r"opinion|view|take)|(became|are still|remain) (close|allies|friends)|repair(ed)?|still "
    r"(pings|calls|texts|messages|asks|comes to|reaches out|invites)|(built|did|fixed|wrote|"
    r"shipped) it together|asked me to (lead|join|help|run)|(told|thanked) me later)\b",
    "failure_owned": r"\b(my (mistake|fault|error|miss|failure)|i (made a (big |bad |costly )?"
    r"mistake|messed up|screwed up|failed|missed|dropped the ball|underestimated|overlooked|got it "
    r"wrong|was wrong|should have|didn't (check|test|ask|escalate|flag))|i take responsibility|"
    r"that (one )?(was|is) on me|i owned (it|the mistake|the miss))",
    # ways of working
    "prioritization": r"\b(prioriti[sz]\w+|trade-?offs?|deprioriti[sz]\w+|sequenc\w+|impact "
    r"(vs\.?|versus|and) effort|said no|cut scope|descop\w+|must-?haves?|critical path|ranked|"
    r"triag\w+|opportunity cost|focus(ed)? (on|the team on)|what not to do|backlog)\b",
    "speed": r"\b(within (\d+|a|an|one|two|three|24|48|72) (hours?|days?)|same day|overnight|"
    r"immediately|right away|that (afternoon|evening|night|morning)|instead of waiting|rather than "
    r"wait(ing)?|(didn't|did not) wait|before (the|a|any) (decision|approval|sign-?off)|moved fast|"
    r"by (the )?(end of|next) (day|week)|in hours)\b",
    "calculated_risk": r"\b(reversible|two-way door|one-way door|roll ?back|calculated risk|"
    r"downside|worst case|feature flag|blast radius|contained (the|that) risk|risk was (low|small|"
    r"manageable|acceptable)|safe to try|kill switch|undo)\b",
    "cost": r"\b(budget|costs?|costing|saved|savings|spend|spent|cheaper|frugal\w*|without "
    r"(additional|extra|new|more) (headcount|budget|hires?|money|spend)|\$\d|licen[cs]es?|"
    r"headcount|resourceful|free tier|reused|repurposed|in-house|open[- ]source)\b",
    "simplification": r"\b(simplif\w+|automat\w+|eliminat\w+|removed (the|a|an|\d|two|three|"
    r"four)|streamlin\w+|consolidat\w+|reduced (the )?(steps|complexity|handoffs|manual)|invent\w+|"
    r"new (approach|way|tool|process|mechanism)|reimagin\w+|from scratch|replaced (the|a|an|our)|"
    r"self-serve|one-click|template)\b",
    "standards": r"\b(quality|the bar|raise the bar|raised the bar|standards?|code reviews?|tests?|"
    r"testing|test coverage|defects?|regressions?|checklists?|post-?mortems?|runbooks?|slos?|slas?|"
    r"rework|accuracy|polish|refused to (ship|sign off)|(wouldn't|would not|didn't|did not) ship|"
    r"acceptance criteria|audit)\b",
    "deep_dive": r"\b(root cause|dug (in|into|deeper|through)|digging|drilled (down|into)|traced|"
    r"investigat\w+|five whys|5 whys|logs?|raw data|source data|anomal\w+|discrepanc\w+|"
    r"reconcil\w+|line by line|audited|reproduc\w+|spot-?check\w*|sampled|went to the source)\b",
    "curiosity": r"\b(curious|curiosity|taught myself|read (up|about|papers|books|the)|learned "
    r"(about|how)|courses?|certification|explored|asked why|wanted to understand|self-taught|side "
    r"project|outside my (area|field|comfort)|shadowed|new to me)\b",
    "big_picture": r"\b(vision|long-?term|strateg(y|ic)|roadmap|platform|company-?wide|org-?wide|"
    r"at scale|10x|north star|multi-?year|bold|bigger (picture|bet)|ambitious|across (the|all) "
    r"(company|org|teams|regions)|every (team|region|product))\b",
    "adaptation": r"\b(pivot(ed)?|adapt(ed)?|adjust(ed)?|changed (course|plans?|our plan|the plan|"
    r"direction|approach|tack)|unexpected(ly)?|curveball|re-?planned|switched|reorg\w*|new "
    r"(requirements|information|constraints?)|shifted|overnight change)\b",
    "broad_impact": r"\b(privacy|accessibility|accessible|environment(al)?|sustainab\w+|"
    r"communit(y|ies)|ethic(s|al)|carbon|emissions|compliance|regulat\w+|fairness|biased|"
    r"society|societal|downstream|second-order|unintended|public)\b",
    # red flags
    "blame": r"\b((it|that) (was|is) (entirely |all |really )?(their|his|her|the \w+ team's) fault|"
    r"(they|he|she) (screwed|messed) up|because of (them|him|her)\b|(they|he|she) (failed|dropped "
    r"the ball|didn't do (their|his|her) job)|not my fault|wasn't my fault|(i |we )?blamed? "
    r"(them|him|her|the)|nothing i could (have )?do(ne)?|out of my (hands|control)|(is|was) "
    r"(kind of |really )?on them)",
    "contempt": r"\b(idiots?|stupid|dumb|clueless|incompetent|ridiculous|useless|lazy|morons?|"
    r"pathetic|didn't know what (they|he|she) (was|were) (talking about|doing)|no idea what (they|"
    r"he|she) (was|were)|waste of (my )?time|couldn't be bothered)\b",
    "emotional": r"\b(furious|angry|livid|lost my temper|yelled|shouted|snapped|pissed|outraged|"
    r"fed up|stormed (out|off)|so mad|blew up|couldn't believe (it|they|he|she))\b",
    "never_fail": r"\b(i (have |'ve )?never (really |actually )?(failed|fail|made (a |any )?"
    r"(real |big )?mistakes?|been wrong|missed a deadline)|i('m| am) (always|usually) right|i "
    r"don't (really )?(make mistakes|fail)|can't (really )?think of (a|any) (time|failure|mistake)|"
    r"my (biggest )?weakness is (that )?i work too hard)",
    "prompt_injection": r"(\bignore (all |any |the )?(previous|prior|above|earlier|your|these|"
    r"those|other) (instructions|prompts?|rules|guidelines|criteria)|\bdisregard (the|your|all|any|"
    r"previous|prior) |\byou are now\b|\bsystem prompt\b|\bnew instructions\b|\b(rate|mark|score|"
    r"grade|classify|label) (this|me|the (answer|candidate|response))( answer| candidate)? (as )?"
    r"(a )?(\"|')?(strong[ _-]?hire|hire|5|10|perfect|excellent|exceptional)|\bgive (me|this|the "
    r"candidate|this answer) (a )?(\"|')?(strong[ _-]?hire|5/5|5 out of 5|perfect|top|full) |"
    r"(\bnote|\bmessage|\binstructions?) (to|for) (the )?(reviewer|evaluator|grader|ai|model|"
    r"assistant|llm|panel)|^\s*(system|assistant)\s*:|</?(system|instructions?|prompt)>|\b(must|"
    r"should) (be )?(rated|scored|marked|graded) (as )?(strong|5|hire|high))",
}

COMPILED: dict[str, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE | re.MULTILINE) for kind, pattern in PATTERNS.items()
}
