"""The sixteen Amazon Leadership Principle competency files: shape, cues and keywords.

Checks the data a reviewer relies on: each principle exists with 4-7 anchored criteria, every
cue is a working regex that fires on a realistic sentence and stays quiet on neutral narration,
and the keywords point each principle's own interview questions back to that principle.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from pydantic import ValidationError

from roundtable.catalog import Competency, competencies
from roundtable.catalog.schema import Signals

LP_IDS = (
    "customer-obsession",
    "ownership",
    "invent-and-simplify",
    "are-right-a-lot",
    "learn-and-be-curious",
    "hire-and-develop-the-best",
    "insist-on-the-highest-standards",
    "think-big",
    "bias-for-action",
    "frugality",
    "earn-trust",
    "dive-deep",
    "deliver-results",
    "strive-to-be-earths-best-employer",
    "success-and-scale-bring-broad-responsibility",
    "have-backbone",
)
MINE = LP_IDS[:-1]  # have-backbone was written separately; its questions are not tuned here

RESULT_KINDS = {"result", "quantified_result", "metric"}

# One realistic answer sentence per cue, in the order the cues appear in the criterion.
CUE_EXAMPLES: dict[str, list[str]] = {
    "customer-obsession/customer-and-need": [
        "The customers were struggling to reconcile invoices at month end.",
        "Their biggest pain point was exporting data for the auditors.",
        "One of our small bakeries kept calling support because our ordering app logged them out "
        "every night, and the owner lost orders at 5am.",
        "A restaurant group couldn't run payroll because our import kept rejecting their file.",
    ],
    "customer-obsession/voice-of-customer": [
        "I called a dozen of our largest customers to hear it from them.",
        "I read through 300 support tickets from the last quarter.",
        "I asked to sit with two of their schedulers for a morning.",
        "It turned out they were rebuilding the next day's visits by hand every evening.",
        "At the gate the passenger mentioned his wheelchair had not arrived.",
        "At checkout she said she was nervous about carrying the mirror on the bus.",
    ],
    "customer-obsession/customer-over-convenience": [
        "We worked backwards from the experience we wanted the clinic staff to have.",
        "I argued that long-term trust mattered more than this quarter's upsell.",
        "We refunded every affected account, even though it cost us our revenue target.",
        "I did not think a custom connector was in their best interest.",
        "Our standard answer was to suggest the enterprise integration they couldn't afford.",
        "Easy thing is do the clutch, take the money.",
    ],
    "customer-obsession/personal-action": [
        "I personally drove to their warehouse to reinstall the scanners.",
        "Rewriting their import script was outside my role, but they were stuck.",
        "I built that change myself.",
        "Instead of sending a deck, I asked to sit with two of their schedulers for a morning.",
    ],
    "customer-obsession/customer-trust": [
        "Six months later they renewed for three years.",
        "A year later the practice referred three of its partner clinics to us.",
        "I told their finance lead they'd save about nine thousand a year on the basic plan.",
        "She still comes in every month and brought half her book club with her.",
        "Mrs Patel came back a month later to tell me her son had got the flat.",
        "The couple wrote a glowing review and booked the same cottage the following year.",
    ],
    "customer-obsession/customer-outcome": [
        "Churn dropped from 8% to 5% over the next two quarters.",
        "I would have talked to the customers first, before writing a line of the spec.",
        "She has not lost a morning order since, and she sent two other bakeries to us.",
        "The restaurant group stayed, and they signed three more sites with us that spring.",
        "No one from the depot has rung the helpdesk about missing labels since March.",
        "The family wrote to the head office afterwards, and we got a glowing review.",
    ],
    "ownership/took-it-on": [
        "Nobody owned the nightly data export, so it failed silently for weeks.",
        "Billing alerts fell through the cracks between two teams.",
        "The alert belonged to the partner-integrations team, not mine.",
        "I volunteered to run the migration myself.",
        "It wasn't my team's service, but the outage was hurting customers.",
        "So I took it on myself to improve it.",
    ],
    "ownership/long-term-view": [
        "I accepted a slower launch for a long-term fix.",
        "Paying down that tech debt saved the company months later.",
        "I told the integrations lead I wanted to fix the alert rather than file yet another "
        "ticket, and she said go for it.",
    ],
    "ownership/end-to-end": [
        "I stayed on it until it was fixed for every region.",
        "I traced the export job end to end and then I checked it every morning for two weeks.",
    ],
    "ownership/lasting-fix": [
        "I wrote a runbook and added it to the on-call handbook.",
        "We now test every fridge alarm on the first Monday of the month.",
    ],
    "ownership/owning-mistakes": [
        "The missed deadline was on me, and I told the team so.",
        "I made a mistake in the capacity estimate.",
        "I was accountable for the launch, so I ran the review.",
        "Everyone, me included, had been muting that alert for months.",
        "Honestly, that was my mistake, not the on-call engineer's.",
    ],
    "ownership/ownership-outcome": [
        "Pages dropped to two or three a week.",
    ],
    "invent-and-simplify/friction-found": [
        "The onboarding flow was too complicated for first-time users.",
        "Every release involved a manual process of copying configs.",
        "A refund took 14 steps across three systems.",
        "Tenants got lots of missed calls, and the repair slip was often 2-3 days late.",
    ],
    "invent-and-simplify/new-idea": [
        "I borrowed the idea from how airlines handle overbooking.",
        "Nobody had tried caching the pricing rules on the device.",
        "I suggested we let small claims skip the approvals and just check a random one in ten.",
        "I set up a shared sheet and asked them to reply to a text instead of signing.",
        "So my idea was very simple: colour the left-hand parts blue and the right-hand orange.",
    ],
    "invent-and-simplify/simpler-result": [
        "We eliminated four approval steps from the purchase flow.",
        "Checkout went from 7 screens to 2.",
        "Routine renewals now get approved automatically.",
    ],
    "invent-and-simplify/tried-small": [
        "I built a prototype over a weekend to show it could work.",
        "I tried it with my own department for a month first.",
    ],
    "invent-and-simplify/through-doubt": [
        "The architects were skeptical that a rules engine could replace the scripts.",
    ],
    "invent-and-simplify/invention-impact": [
        "The tool was adopted by 40 teams within a year.",
    ],
    "are-right-a-lot/the-call": [
        "The two options were to delay the launch or ship without the export.",
        "I weighed the cost of a late launch against the support load.",
        "I had to decide without complete information about the vendor's roadmap.",
        "I had to decide whether to open a second distribution centre in the north before we had "
        "a full demand forecast.",
        "I recommended paying the small claims and referring the rest.",
    ],
    "are-right-a-lot/evidence-and-experience": [
        "A back-of-the-envelope model said we would lose about 200 orders a day.",
    ],
    "are-right-a-lot/sought-disconfirmation": [
        "I asked our most senior engineer to play devil's advocate.",
        "I asked the finance lead to challenge my assumptions.",
        "I asked two colleagues to find holes in my forecast.",
        "Before I trusted the jump, I checked for seasonality against the same month last year.",
        "The charge nurse wanted to wait for the morning round, and honestly I could see why.",
        "I rang two buyers in other stores, because I knew my own view had been coloured by his.",
    ],
    "are-right-a-lot/sized-to-reversibility": [
        "It was a two-way door, so I did not need a month of analysis.",
        "We agreed kill criteria up front: below 2% conversion, we stop.",
    ],
    "are-right-a-lot/updated-view": [
        "When the pilot numbers came in, I changed my mind.",
        "I revised my recommendation after the second week of data.",
        "When the pilot numbers came in, I revised my recommendation within a day.",
        "I agreed the success criteria with the buyer before the trial, so I couldn't fudge it.",
    ],
    "are-right-a-lot/call-outcome": [
        "The call turned out to be right: returns fell by a third.",
        "In hindsight, I should have involved legal earlier.",
        "In hindsight we got lucky: a competitor's launch slipped that month.",
    ],
    "learn-and-be-curious/knowledge-gap": [
        "I didn't know anything about tax rules in Germany.",
        "I had never used Kubernetes before that project.",
        "I had never written a line of Go before that project.",
        "Nobody on the shift knew how the new scanner worked, and I don't read Korean.",
    ],
    "learn-and-be-curious/how-they-learned": [
        "I took an online course on statistics and practiced on our own data.",
    ],
    "learn-and-be-curious/followed-curiosity": [
        "I wondered why the retry rate doubled every Monday.",
        "I wanted to understand why the nightly job always slowed down on Mondays.",
    ],
    "learn-and-be-curious/shared-learning": [
        "I ran a brown-bag session so the rest of the team could use it.",
        "I wrote a short guide for the next engineers who joined the project.",
        "I showed the lab lead the plot, so now everyone dilutes above 0.4.",
    ],
    "learn-and-be-curious/ongoing-habit": [
        "Every week I read two papers from the conference proceedings.",
        "I set aside two hours on Fridays for learning.",
    ],
    "learn-and-be-curious/applied-learning": [
        "I applied what I learned to redesign our alerting thresholds.",
        "I put it into practice on the next quarter's forecast.",
    ],
    "hire-and-develop-the-best/hiring-bar": [
        "I introduced structured interviews with a shared scorecard.",
        "We passed on the candidate even though the role had been open for months.",
        "Even with the team short-staffed, I held the bar and kept interviewing.",
    ],
    "hire-and-develop-the-best/individual-growth": [
        "We agreed a stretch assignment: she would lead the API redesign.",
        "I mentored her through her first two design reviews.",
    ],
    "hire-and-develop-the-best/candid-feedback": [
        "I gave him direct feedback after the meeting about interrupting clients.",
        "It was difficult feedback to give, but he needed to hear it.",
        "We rewrote three of his bug reports together, line by line.",
        "I told her directly that her estimates were costing the team.",
        "We went through what he should have checked before signing it off.",
        "After every shift I told her what went well and one thing to work on.",
        "I made a point of telling her in front of the crew when she did something well.",
    ],
    "hire-and-develop-the-best/room-to-lead": [
        "I let her lead the quarterly review with the VP.",
        "I delegated ownership of the on-call process to him.",
        "I let him run the next incident review on his own.",
        "I let her take the simple colour clients first and checked her work.",
        "I gave her one dessert to own on the menu, her own recipe.",
        "I gave him the escalations for one product area, so he'd own something.",
        "Rather than taking the parent calls away from him, I sat in on the first two.",
        "He did the tests and I only stopped him if something was unsafe.",
    ],
    "hire-and-develop-the-best/growth-outcome": [
        "A year later she was promoted to senior engineer.",
        "He now leads the payments team.",
        "His next three releases shipped without a rollback.",
        "She passed her level 3, and this year she trains our new apprentice.",
        "By June she was closing the shop alone on Sundays.",
    ],
    "insist-on-the-highest-standards/the-bar": [
        "We agreed an SLO of 99.95% and a p99 latency under 300 ms.",
        "The fridge log showed it had sat above 8 degrees for most of the night.",
        "The contract said no more than two defects per hundred units.",
    ],
    "insist-on-the-highest-standards/held-the-line": [
        "I refused to sign off on the release with two known data-loss bugs.",
        "I delayed the launch by a week to fix the migration.",
        "We launched four days late and passed the audit cleanly.",
        "We took one more week; I found two huge images and a font that blocked the page.",
        "I wasn't comfortable serving that batch, so we re-made the whole batch.",
        "The inspector passed it visually. I cut it out anyway.",
    ],
    "insist-on-the-highest-standards/fixed-at-source": [
        "We found the root cause in the date parsing library.",
        "I added a regression test for every edge case we hit.",
        "I wanted to be sure it wouldn't happen again.",
    ],
    "insist-on-the-highest-standards/raised-team-bar": [
        "I started pairing on code reviews with the newer engineers.",
        "After that I added a sign-off check before every delivery left the yard.",
        "The next week I ran a short refresher on the logger printouts for the whole team.",
        "I checked every batch myself until the two lads were catching them before me.",
        "The PM now sends any source-text query straight to that regulatory lead.",
    ],
    "insist-on-the-highest-standards/standards-reflection": [
        "In hindsight my bar was too high for an internal prototype.",
        "If I did it again, accessibility testing would start in the first sprint.",
        "Next time I'd agree the bar with the product owner before the sprint starts.",
        "We also now check the seal readings before every batch leaves the line.",
    ],
    "insist-on-the-highest-standards/quality-result": [
        "Production incidents dropped from nine a month to two.",
        "The next release shipped with zero regressions.",
    ],
    "think-big/bold-direction": [
        "I proposed making it 10x cheaper rather than 10% cheaper.",
        "Instead of an incremental fix to the report, I pitched a self-serve platform.",
        "I proposed one self-service dashboard for all our clients instead of another custom "
        "report.",
        "What I pitched went far beyond the original brief.",
        "Instead of a better rota tool, I proposed a shared staffing pool for all four wards.",
        "Rather than just selling a few more books in my own shop, I proposed one hub for all "
        "fourteen.",
        "I asked whether we could open the booking form for all the other clinics as well.",
    ],
    "think-big/grounded-in-customers": [
        "I sized the opportunity at about 4,000 mid-market clinics.",
    ],
    "think-big/rallied-people": [
        "I wrote a six-pager describing the end state for customers.",
        "I got the three engineering directors on board within a month.",
        "I wrote a two-page proposal and walked my director through it.",
        "- Not just more sales in my shop → 1-page proposal to the retail director.",
    ],
    "think-big/path-to-ambition": [
        "Phase one was a single warehouse in Ohio.",
    ],
    "think-big/scale-of-outcome": [
        "The pipeline became the default for every new service company-wide.",
    ],
    "bias-for-action/cost-of-waiting": [
        "Every day we waited, about 500 orders failed at checkout.",
        "Waiting for the engineer to call back would have cost us the whole morning's orders.",
        "By Tuesday the pharmacy was running short of the cold-chain boxes.",
    ],
    "bias-for-action/bounded-risk": [
        "I shipped it behind a feature flag so we could roll back in minutes.",
        "I didn't wait; I switched half the traffic to our backup payment provider, which we "
        "could switch back in one click.",
    ],
    "bias-for-action/acted-without-waiting": [
        "Within two hours I had a patch running for the affected customers.",
        "I had a workaround live by the end of the day.",
        "I started the vendor outreach without waiting for the steering committee.",
        "I didn't wait; I switched half the traffic to our backup payment provider, which we "
        "could switch back in one click.",
    ],
    "bias-for-action/kept-people-informed": [
        "I kept my director informed with a short update every evening.",
    ],
    "bias-for-action/speed-result": [
        "Acting early saved us roughly three weeks.",
        "We launched six weeks ahead of the competitor.",
        "The line was running again within forty minutes of the alarm.",
    ],
    "bias-for-action/course-correction": [
        "On day three we had to course-correct on the pricing.",
        "Looking back, I should have waited for the second vendor quote.",
        "If the disclosures had changed, I'd have waited.",
    ],
    "frugality/constraint-named": [
        "We had a fixed budget of 20,000 dollars for the whole year.",
        "There was no extra headcount, so it was the two of us.",
        "We had half the team we had planned for.",
    ],
    "frugality/resourceful-route": [
        "We repurposed the old staging servers instead of buying new ones.",
        "We ran the build farm on spare servers from the old data centre.",
    ],
    "frugality/spend-judgment": [
        "The premium support tier was not worth the cost for a batch job.",
        "I turned down the extra budget the VP offered.",
        "The premium tier was not worth the money for a tool six people used.",
    ],
    "frugality/quality-kept": [
        "We did it without sacrificing reliability for the customers.",
        "Uptime stayed at the same reliability level as before.",
        "Uptime held at 99.9% through the whole quarter.",
    ],
    "frugality/cost-quantified": [
        "That saved about $40,000 in cloud spend.",
        "The change is worth $12k per month in licences.",
    ],
    "earn-trust/listened": [
        "I listened first and let her walk me through the whole escalation.",
        "I wanted to understand their perspective before proposing anything.",
        "Instead of defending myself, I asked her for concrete examples.",
        "My first instinct was to defend myself, so I waited a day before replying.",
        "I kept him back after the shift and asked what was going on at home.",
        "- Week one: 1:1s with the night crew: what slows you down?",
        "My first instinct was to defend myself.",
    ],
    "earn-trust/candor": [
        "I told them directly that we would miss the date.",
        "He sent me three accounts, and two of them were mine.",
        "I called the client the same day and told her plainly that we would be three weeks late.",
        "I told them exactly what I had and hadn't been able to get, and I put it in writing.",
        "I didn't dress it up, and I told her what it meant for the wedding.",
    ],
    "earn-trust/self-critical": [
        "I admitted in the all-hands that the outage was my mistake.",
        "I told the team what I had got wrong in the capacity plan.",
        "He sent me three accounts, and two of them were mine.",
        "I apologised to both juniors, and I started writing one thing that was good before any "
        "change I asked for.",
        "I told the family I'd given him the afternoon dose twice by mistake.",
    ],
    "earn-trust/follow-through": [
        "I kept my word and sent the fix list every Friday.",
        "I rewrote my demo script so anything not yet shipped sat behind a clear \"coming "
        "later\" slide, and started inviting him to the last call before each deal closed.",
        "I sent the client a revised plan with weekly checkpoints and we hit every one of them.",
        "I promised I would call her every Friday with an update, and I did that all winter.",
    ],
    "earn-trust/benchmarked": [
        "We benchmarked our onboarding time against the two best competitors.",
    ],
    "earn-trust/trust-shown": [
        "Two months later their team lead asked me to run the joint roadmap.",
    ],
    "dive-deep/spotted-anomaly": [
        "There was a spike in refunds from a single region.",
        "The conversion numbers didn't add up with what sales was hearing.",
        "That didn't fit: the rise was the same in regions the new courier didn't serve.",
        "Nobody could say why the Tuesday shelves were empty by eleven.",
        "Everyone put it down to the weather, and I wasn't so sure.",
    ],
    "dive-deep/went-to-source": [
        "I pulled the raw logs for every failed payment that week.",
        "I read through the code path for the retry handler.",
        "I opened the raw event data and went through the failed sign-ups one by one, maybe a "
        "hundred of them.",
    ],
    "dive-deep/root-cause": [
        "The root cause was a timezone bug in the batch job.",
        "We ran five whys on the outage with the whole team.",
        "The real cause was a cache that never expired.",
        "The ORM wasn't the cause; the deploy had shifted traffic onto one query.",
        "The pattern was that the co-op delivered on Monday evenings.",
        "Two thirds of the returns came from a single size chart that ran small.",
        "I reproduced the stall in staging by forcing a DNS change.",
        "Almost all were on one Android version, and they all stopped at the phone number field.",
    ],
    "dive-deep/verified-fix": [
        "I reconciled the totals against the ledger for a full month.",
        "We monitored it for two more weeks to be sure it was gone.",
        "We rolled back the library, and conversion was back to normal by Tuesday; I checked the "
        "daily numbers for the next two weeks to be sure.",
        "For the following three weeks there was not one short delivery from that depot.",
        "Added the index on a replica first, measured: p99 back to 170ms.",
    ],
    "dive-deep/close-to-details": [
        "I went through the 200 tickets myself.",
        "I went back through eight weeks of sign-in sheets and delivery notes.",
        "I went through the invoices line by line.",
        "I sampled 50 orders by hand to check the classification.",
        "I printed every delivery note from March and laid them side by side with the rota.",
    ],
    "dive-deep/deep-dive-outcome": [
        "Now I always look at where a slow request spends its time before agreeing on a theory.",
    ],
    "deliver-results/goal-defined": [
        "Our target was 95% on-time delivery by the end of Q3.",
        "The launch date was fixed by the partner's conference.",
    ],
    "deliver-results/key-inputs": [
        "We cut scope to the three integrations that drove most revenue.",
        "I tracked two input metrics every week: activation and first order.",
        "I parked the reporting work and put everyone on the ten biggest accounts.",
        "Most late starts were the same ten buses parked at the back of the depot.",
    ],
    "deliver-results/cleared-obstacles": [
        "When the vendor slipped, I got the project back on track with our own adapter.",
        "The chiller died, so I called the café next door and asked if we could use their cold "
        "room overnight.",
    ],
    "deliver-results/bar-kept": [
        "We hit the date without cutting corners on testing.",
    ],
    "deliver-results/delivered-result": [
        "We exceeded the target by 12%.",
        "It shipped on time, two days before the audit.",
    ],
    "deliver-results/misses-and-lessons": [
        "We missed the deadline by a week, and I own that.",
        "Now I build in a buffer for every external dependency.",
        "I underestimated how long the auto-match would take, so now I put a two-week buffer on "
        "anything that needs IT.",
    ],
    "strive-to-be-earths-best-employer/noticed-people": [
        "I noticed that one of my engineers was logging in at 2 a.m. most nights.",
        "Two people on the team were close to burning out.",
        "I noticed he seemed stressed in standups, so I reached out and offered to help.",
        "A single dad on the bakery team told me he was going to leave over the late rotas.",
        "I saw it and checked in with her after the Friday shift.",
        "In one-to-ones people kept saying they couldn't take a breather after a bad call.",
        "We had three stress-related absences on the night team that month.",
    ],
    "strive-to-be-earths-best-employer/improved-conditions": [
        "From March the rota was posted three weeks ahead, so the parents could book childcare.",
        "I rebuilt the on-call rotation so nobody was paged two weeks in a row.",
        "We went from 30 pages per week to 4.",
        "I took over the rota, rotating the closing shifts so the same people stopped getting "
        "every Friday.",
        "I moved the heaviest pick waves to before 11 a.m. and after 7 p.m.",
    ],
    "strive-to-be-earths-best-employer/every-voice": [
        "Our remote teammates were being left out of decisions made in the hallway.",
        "I made sure the quieter engineers wrote their comments first, before the debate started.",
        "I sat with each agent and asked what else made the job harder.",
        "I asked the pickers themselves, with a short survey in three languages.",
        "After that the cleaners started coming to me with their own ideas.",
        "I asked people what would make Saturdays easier, ten minutes each over a fortnight.",
        "The night porters picked their fixed nights with me in one meeting.",
    ],
    "strive-to-be-earths-best-employer/growth-over-retention": [
        "I supported her transfer even though it meant losing my strongest engineer.",
        "I helped him find a role on the data science team.",
        "Our best baker left to open her own shop, which I was proud of.",
    ],
    "strive-to-be-earths-best-employer/team-health-result": [
        "Regretted attrition went from four people to zero that year.",
    ],
    "success-and-scale-bring-broad-responsibility/wider-impact-seen": [
        "I worried about the second-order effects on small sellers.",
        "The feature had real privacy implications for people who never signed up.",
    ],
    "success-and-scale-bring-broad-responsibility/spoke-up": [
        "I raised the concern with our general counsel before launch.",
    ],
    "success-and-scale-bring-broad-responsibility/acted-responsibly": [
        "We made location sharing opt-in instead of on by default.",
    ],
    "success-and-scale-bring-broad-responsibility/footprint-measured": [
        "We estimated 30 tonnes of CO2 a year from the idle clusters.",
    ],
    "have-backbone/the-disagreement": [
        "I strongly disagreed with the plan to drop the free tier.",
        "I pushed back on the launch date in the planning meeting.",
        "I believed it was a mistake to launch without the audit.",
        "I didn't agree.",
        "She wanted the cheaper boiler. I thought we needed the bigger one for a school.",
    ],
    "have-backbone/grounds": [
        "The data showed that trial users converted twice as often.",
        "Last year we lost about $40,000 to gift card fraud in one weekend, with the checks on.",
        "The pallets hadn't shipped, so there was nothing to invoice, and it's my name on the "
        "ledger.",
    ],
    "have-backbone/how-raised": [
        "I asked for a 1:1 with my manager the next morning.",
        "I told him so in our Monday meeting, before the plan went to the director.",
        "I raised it in the Tuesday planning meeting, with the temperature logs printed out.",
        "I put the numbers in a short note and asked for twenty minutes with him before the "
        "planning meeting.",
        "I raised it with the site manager privately after the safety walk.",
        "I didn't want to argue in front of the customer, so I stepped outside with him.",
        "I suggested we take the figures to the director together rather than me going alone.",
        "I told him, politely, that I didn't think we could sign it off that week.",
    ],
    "have-backbone/decision-and-commitment": [
        "It was a case of disagree and commit, so I threw myself into it.",
        "Once the decision was made, I fully backed it with my team.",
        "I built that change myself.",
    ],
    "have-backbone/escalation": [
        "We took both options to her director together.",
    ],
    "have-backbone/result-and-reflection": [
        "Clicks on routine orders dropped by about a third.",
    ],
}

# One sentence per negative cue: phrasing that should count against its criterion.
NEGATIVE_CUE_EXAMPLES: dict[str, list[str]] = {
    "deliver-results/bar-kept": [
        "There were reconciliation issues because we'd skipped testing the refund flow.",
    ],
    "dive-deep/verified-fix": [
        "I documented this explanation in my commentary, and the director accepted it.",
        "And I think the reviews did pick up after that, I'd have to check the exact numbers.",
    ],
    "dive-deep/spotted-anomaly": [
        "I explained that the anecdotal feedback he'd received didn't reflect the experience of "
        "the vast majority of our callers.",
    ],
    "customer-obsession/voice-of-customer": [
        "Directly? I'd say that's more the role of our research and service teams.",
    ],
    "are-right-a-lot/evidence-and-experience": [
        "Honestly, I've learned to trust my gut on calls like this one.",
    ],
    "have-backbone/relationship": [
        "She wasn't pleased, and our working relationship was pretty strained for months.",
    ],
    "customer-obsession/customer-trust": [
        "Honestly, the customer was being unreasonable about the timeline.",
        "They were polite about it, but the florist decided not to renew her contract.",
    ],
    "customer-obsession/customer-outcome": [
        "Result is we finish year at 121% of target and I receive award from managing director.",
    ],
    "ownership/took-it-on": [
        "In the end I can only control what I control, so I let it go.",
        "I completed the mandatory safety training a week before the deadline.",
    ],
    "are-right-a-lot/updated-view": [
        "I stuck to my original estimate even though the pilot said otherwise.",
    ],
    "hire-and-develop-the-best/candid-feedback": [
        "I avoided the conversation and hoped his reviews would improve.",
    ],
    "insist-on-the-highest-standards/held-the-line": [
        "We shipped it anyway and said we'd fix it later.",
        "We looked at it with the production manager and decided to ship, since it was within "
        "the brand's AQL.",
    ],
    "bias-for-action/acted-without-waiting": [
        "We waited for the next planning cycle to pick it up.",
    ],
    "frugality/quality-kept": [
        "To stay in budget we cut corners on load testing.",
        "A couple of things had to be switched back on the next morning.",
    ],
    "earn-trust/candor": [
        "I kept it quiet and hoped nobody would notice the delay.",
    ],
    "dive-deep/went-to-source": [
        "I took the vendor's word for it and closed the ticket.",
    ],
    "success-and-scale-bring-broad-responsibility/wider-impact-seen": [
        "We added a countdown banner to the checkout page to create a sense of urgency.",
    ],
    "success-and-scale-bring-broad-responsibility/acted-responsibly": [
        "We set the most expensive plan as the default, so most sign-ups never changed it.",
    ],
    "success-and-scale-bring-broad-responsibility/broad-result": [
        "We also made it harder for customers to cancel online, and churn fell by a third.",
    ],
}

# Plain narration that shows no particular behavior: no cue should claim it as evidence.
NEUTRAL_SENTENCES = [
    "I joined the company in March and worked on the billing service.",
    "We had a weekly meeting with product and design on Tuesdays.",
    "The project was about moving our payments system to a new provider.",
    "My manager asked me to take a look at the dashboard for the sales team.",
    "There were five engineers, a designer and a product manager on the team.",
    "The company sells scheduling software to dental clinics.",
    "After that, we moved on to the next project on the roadmap.",
    # (a referral and a saving that are no customer's: the trust cues stay quiet)
    "The front desk referred the billing ticket to us on Monday.",
    "My manager told me they'd save the budget for the next quarter.",
    "We had two first-aid kits on each floor of the warehouse.",
]


def _lp() -> dict[str, Competency]:
    every = competencies()
    return {cid: every[cid] for cid in LP_IDS if cid in every}


def _keyword_hits(question: str, competency: Competency) -> int:
    text = question.lower()
    return sum(
        1
        for keyword in competency.keywords
        if re.search(rf"(?<!\w){re.escape(keyword.lower())}(?!\w)", text)
    )


def test_all_sixteen_leadership_principles_exist() -> None:
    every = competencies()
    missing = [cid for cid in LP_IDS if cid not in every]
    assert not missing
    assert all(every[cid].source == "amazon-lp" for cid in LP_IDS)


@pytest.mark.parametrize("cid", LP_IDS)
def test_file_is_named_after_its_id(cid: str) -> None:
    folder = resources.files("roundtable.catalog").joinpath("competencies")
    assert folder.joinpath(f"{cid}.yaml").is_file()


@pytest.mark.parametrize("cid", LP_IDS)
def test_shape_of_each_principle(cid: str) -> None:
    comp = _lp()[cid]
    assert 4 <= len(comp.criteria) <= 7
    assert 3 <= len(comp.questions) <= 8  # sample questions are also the words inference matches
    assert comp.keywords
    # different persona lenses should have something to weigh
    assert len({c.family for c in comp.criteria}) >= 4
    assert any(RESULT_KINDS & set(c.signals.positive) for c in comp.criteria)
    for criterion in comp.criteria:
        anchors = criterion.anchors
        assert len({anchors.one, anchors.three, anchors.five}) == 3, criterion.id
        assert not set(criterion.signals.positive) & set(criterion.signals.negative), criterion.id
        assert criterion.follow_up.endswith("?"), criterion.id


def test_descriptions_are_distinct() -> None:
    descriptions = [c.description.strip() for c in _lp().values()]
    assert len(set(descriptions)) == len(descriptions)


def test_every_cue_has_an_example_and_matches_it() -> None:
    seen: set[str] = set()
    for comp in _lp().values():
        for criterion in comp.criteria:
            if not criterion.cues:
                continue
            key = f"{comp.id}/{criterion.id}"
            seen.add(key)
            examples = CUE_EXAMPLES.get(key, [])
            assert len(examples) == len(criterion.cues), f"{key}: one example per cue"
            for cue, sentence in zip(criterion.cues, examples, strict=True):
                assert re.search(cue, sentence, re.IGNORECASE), f"{key}: {cue!r} vs {sentence!r}"
    assert set(CUE_EXAMPLES) == seen, "examples for criteria that have no cues"


def test_every_negative_cue_has_an_example_and_matches_it() -> None:
    seen: set[str] = set()
    for comp in _lp().values():
        for criterion in comp.criteria:
            if not criterion.negative_cues:
                continue
            key = f"{comp.id}/{criterion.id}"
            seen.add(key)
            examples = NEGATIVE_CUE_EXAMPLES.get(key, [])
            assert len(examples) == len(criterion.negative_cues), f"{key}: one example per cue"
            for cue, sentence in zip(criterion.negative_cues, examples, strict=True):
                assert re.search(cue, sentence, re.IGNORECASE), f"{key}: {cue!r} vs {sentence!r}"
            # what counts against a criterion must not also be what counts for it
            for sentence in CUE_EXAMPLES.get(key, []):
                for cue in criterion.negative_cues:
                    assert not re.search(cue, sentence, re.IGNORECASE), f"{key}: {sentence!r}"
    assert set(NEGATIVE_CUE_EXAMPLES) == seen


def test_cues_ignore_neutral_narration() -> None:
    for comp in _lp().values():
        for criterion in comp.criteria:
            for cue in [*criterion.cues, *criterion.negative_cues]:
                hits = [s for s in NEUTRAL_SENTENCES if re.search(cue, s, re.IGNORECASE)]
                assert not hits, f"{comp.id}/{criterion.id}: {cue!r} matched {hits[0]!r}"


def test_no_keyword_is_shared_between_principles() -> None:
    owner: dict[str, str] = {}
    for comp in _lp().values():
        for keyword in comp.keywords:
            other = owner.setdefault(keyword.lower(), comp.id)
            assert other == comp.id, f"{keyword!r} is claimed by {other} and {comp.id}"


@pytest.mark.parametrize("cid", MINE)
def test_own_questions_point_back_to_the_principle(cid: str) -> None:
    lp = _lp()
    for question in lp[cid].questions:
        scores = {other: _keyword_hits(question, comp) for other, comp in lp.items()}
        best = max(scores.values())
        assert scores[cid] == best > 0, f"{question!r}: {scores}"
        assert [o for o, s in scores.items() if s == best] == [cid], f"{question!r}: {scores}"


# Further wordings a criterion's cues must read, beyond the one example each cue has above.
MORE_CUE_FORMS: list[tuple[str, str]] = [
    # handing someone the teaching of others is room to lead
    ("hire-and-develop-the-best/room-to-lead",
     "I asked her to train the two new cashiers on the returns desk."),
    # a customer's name put to the candidate's work is trust shown
    ("customer-obsession/customer-trust",
     "Their head of operations agreed to be our reference customer for the launch."),
]


@pytest.mark.parametrize(("key", "sentence"), MORE_CUE_FORMS)
def test_a_criterions_cues_read_its_other_wordings(key: str, sentence: str) -> None:
    cid, criterion_id = key.split("/")
    criterion = next(c for c in _lp()[cid].criteria if c.id == criterion_id)
    assert any(re.search(cue, sentence, re.IGNORECASE) for cue in criterion.cues), sentence


@pytest.mark.parametrize(("sentence", "against"), [
    ("He's been with us eleven years, so I had no reason to doubt him.", True),
    ("I took the supplier's word for it.", True),
    ("I had no reason to doubt the logger, so I checked the probe against it.", False),
    ("I had no reason to doubt him, but I pulled the delivery notes anyway.", False),
])
def test_an_explanation_taken_on_trust_counts_against_verifying_it(sentence: str,
                                                                   against: bool) -> None:
    verify = next(c for c in _lp()["dive-deep"].criteria if c.id == "verified-fix")
    assert any(re.search(cue, sentence, re.IGNORECASE)
               for cue in verify.negative_cues) is against


@pytest.mark.parametrize(("criterion", "sentence"), [
    ("raised-team-bar", "Afterwards I changed the review protocol on the matter so that anything "
     "with a lawyer's address went to a second-level reviewer."),
    ("raised-team-bar", "The e-disclosure team later added that search to their standard "
     "checklist."),
    ("held-the-line", "I told the partner I wanted to re-review those before we produced."),
])
def test_a_bar_made_standing_and_a_line_held_in_plain_words(criterion: str,
                                                             sentence: str) -> None:
    found = next(c for c in _lp()["insist-on-the-highest-standards"].criteria
                 if c.id == criterion)
    assert any(re.search(cue, sentence, re.IGNORECASE) for cue in found.cues)


@pytest.mark.parametrize(("criterion", "sentence", "found"), [
    ("hard-calls", "Crane booked, crew on site, and I stopped the lift.", True),
    ("developing-people", "The young lads on my crew started doing their own walk-round before "
     "every lift without being told.", True),
    ("developing-people", "I split them into four shift teams with a named lead each.", True),
    ("developing-people", "He started doing his own thing and nobody knew where he was.", False),
])
def test_a_leaders_hard_call_and_a_teams_own_habit_in_plain_words(criterion: str,
                                                                  sentence: str,
                                                                  found: bool) -> None:
    cues = next(c for c in competencies()["leadership"].criteria if c.id == criterion).cues
    assert any(re.search(cue, sentence, re.IGNORECASE) for cue in cues) is found


def test_own_signals_must_be_among_the_positive_ones() -> None:
    assert Signals(positive=["decision", "situation"], own=["decision"]).own == ["decision"]
    with pytest.raises(ValidationError, match="own signals must be positive ones: metric"):
        Signals(positive=["decision"], own=["metric"])
