"""The generic competencies and the built-in panels load, and their data is sound.

Every cue is checked against realistic sentences from interview answers (it must fire on at
least one) and against near misses (it must not fire), so a cue that silently matches nothing,
or matches everything, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roundtable.catalog.loader import competencies, get_competency, get_panel, load_file
from roundtable.catalog.schema import Panel
from roundtable.errors import CatalogError

GENERIC_IDS = [
    "conflict",
    "failure",
    "leadership",
    "teamwork",
    "communication",
    "adaptability",
    "prioritization",
    "influence",
    "problem-solving",
]
BUILTIN_PANELS = ["product-trio", "engineering-loop", "hiring-manager"]

# (competency id, criterion id) -> sentences a candidate might say that the criterion's cues
# should recognise. Every cue must match at least one of them.
CUE_EXAMPLES: dict[tuple[str, str], list[str]] = {
    ("conflict", "the-conflict"): [
        "Tariq came to me saying he'd quit if it carried on.",
        "He said look, if this carries on I'm going to quit.",
        "We clashed in almost every sprint planning that quarter.",
        "There was real tension between the QA lead and me over release sign-off.",
        "I had a disagreement with our designer about the onboarding flow.",
        "Wen and I disagreed about the order-event schema.",
        "She kept blocking my merges at the last minute and I was getting angry about it.",
        "He took days to review each change, which held up my work for most of the sprint.",
        "- She moved the API freeze twice; delayed our launch by a month",
    ],
    ("conflict", "their-perspective"): [
        "So I took her for a cup of tea and just asked her, why are you doing it?",
        "She told me she'd run a second-hand shop for twenty years.",
        "From her perspective, the migration put her team's quarter at risk.",
        "Once I understood his concerns about on-call load, the plan changed.",
        "I tried to put myself in their shoes before the next meeting.",
        "I asked her what she was actually worried about in the rollout.",
        "It turned out what he really needed was a date he could give his own customers.",
        "The point was to understand the need behind their request, not the request itself.",
        "It turned out she was getting my builds at 5pm the day before release, with no time to "
        "test.",
        "I asked her to grab lunch, just us two, and asked what was going on from her side.",
        "She was under pressure from her director to close every finding before the audit.",
        "He said he thought my prep list was too small for the weekend.",
        "Amir felt ignored in planning; Dana thought she was protecting the deadline.",
        "She said her way was quicker because you're not getting the slide sheet in and out.",
        "Which was true.",
        "I asked what she was trying to achieve, and marketing had given her a sign-up target.",
        "I asked him for coffee and asked what a normal morning looked like for his team.",
        "He tell me his daughter school start at 8:30 and he cannot drop her in time.",
    ],
    ("conflict", "direct-conversation"): [
        "I met Maureen for a cup of tea.",
        "- Tea with Maureen, asked why",
        "I sat down with him privately the next morning.",
        "We set up a one-on-one to talk it through.",
        "I invited her for a coffee away from the team room.",
        "Then I asked her to walk me through what she was actually seeing.",
        "We talked right after the sprint review, just the two of us.",
        "I asked her to grab lunch, just us two, and asked what was going on from her side.",
        "On the Thursday I told her how I felt about the rota changes.",
        "I spoke with her right after the meeting.",
        "I don't want to just give him warning so first I talk to him alone.",
    ],
    ("conflict", "resolution"): [
        "We found common ground in the customer's launch date.",
        "In the end we agreed on a phased rollout.",
        "We agreed on something concrete together.",
        "We agreed that technicians would sign on at shift start and we'd add remote session "
        "revocation; he gave up the per-request check, I gave up a month of roadmap.",
        "After the whiteboard session they finally agreed on a shared rota for the van.",
        "We talked it through and kind of met in the middle on the delivery slots.",
        "So we used her way but split by corridor.",
        "In the end we kept guest checkout but added a sign-up prompt after payment.",
        "I move his shift to 9 and I explain to the team why.",
        "So we sort of agreed he'd fire tickets as they came in.",
    ],
    ("conflict", "relationship-after"): [
        "Tariq later asked Maureen to train the new Saturday volunteers.",
        "Our relationship improved a lot after that.",
        "We’ve since worked closely on two more launches.",
        "After that, she started asking me to review her designs early.",
        "He began looping me into his roadmap reviews every quarter.",
        "The next three releases went out on the planned day, and now she asks me first when she "
        "needs help with a tester.",
        "The next three releases went out on the planned day, and now she asks me first when she "
        "needs help with a tester.",
        "The meetings got calmer and they actually paired on the next release.",
        "These days he's the one who calls me first when a shipment slips.",
        "Since then, she and I run the new-starter sessions together.",
        "Ines and I worked well together after that, and she asked for me on the next audit.",
        "We started having a quick coffee before every planning meeting.",
        "Within a month Rob started flagging patients to me himself when they were ready.",
    ],
    ("conflict", "self-reflection"): [
        "Looking back, I should have asked about her constraints first.",
        "I had to admit my own part in the conflict.",
        "Snapping at him in the retro was not my finest moment.",
        "I should have asked about his deadline before I argued.",
        "My biggest takeaway was to ask questions before defending my plan.",
        "I pushed too hard in that meeting, and it landed badly.",
    ],
    ("failure", "owned-failure"): [
        "The mistake was mine.",
        "I messed up the capacity estimate for the launch.",
        "It was my mistake, not the vendor's.",
        "That was on me, and I said so in the incident channel.",
        "I let the certificate renewal slip past its expiry date.",
        "I saw it at 9am, pulled the sale page, told my manager it was my error, and reloaded "
        "the right file by 10.",
        # owned in a terse line
        "My fault, straight off.",
    ],
    ("failure", "their-part"): [
        "I underestimated how long the data backfill would take.",
        # with a word between: "I'd actually misread…"
        "I'd actually misread the supplier's lead time as days, not weeks.",
        "I didn’t validate the config against production traffic.",
        "I signed off the pour without checking that the rebar inspection had been done.",
        "The foreman said it was fine, and I took his word for it.",
        "I didn't re-test the alarm after I swapped the panel.",
        "I'd left the cold-room door a few centimetres open.",
        "I signed the rota off in a hurry, and that's on me.",
        # the slip named by what was not done
        "I didn't fully tighten the compression joint.",
        "I didn't run water through it and watch it like I should have.",
        # the slip told as what was written down, and from where
        "But I'd written it down as the 15th.",
        "I write it like 15th, because I copy it from old note and not from the schedule.",
        "I had copied the dose from an old chart instead of the new prescription.",
        "- Board deadline 5 May. I'd noted 15 May — copied from old note, not board schedule.",
    ],
    ("failure", "impact"): [
        "The bug cost us two enterprise renewals.",
        "It caused a four-hour outage for European customers.",
        "We missed the launch date by three weeks.",
        "Those three days of bad data cost us about $30k in refunds.",
    ],
    ("failure", "recovery"): [
        "We rolled the release back within twenty minutes.",
        "I immediately told the account team what had happened.",
        "I called the customer right away to explain.",
        "I went to my manager before anyone else noticed.",
        "I had a fix in review that same afternoon.",
        "I saw it at 9am, pulled the sale page, told my manager it was my error, and reloaded "
        "the right file by 10.",
    ],
    ("failure", "root-cause"): [
        "The cause was that I kept the rota in two places, and they drifted apart.",
        "The root cause was a missing index on the orders table.",
        "I ran a blameless post-mortem with the whole team.",
        "I added a checklist to our release process.",
        "The underlying problem was that nobody owned the cron jobs.",
        "I built a pre-deploy schema check into the pipeline.",
        "Since then I keep a printed checklist in the cab and tick it before every run.",
        "The outcome was a change to the job cards, so the torque check has its own line.",
        "Ever since, I check the stock count with the supplier before I quote a delivery date.",
    ],
    ("failure", "lesson-applied"): [
        "I moved it all into one calendar, and in the year since we've not had a no-show slot.",
        "Since then I always run a load test before a launch.",
        "The next time, I wrote the rollback plan first.",
        "Since then I run every migration against a copy of production first.",
        "I now keep feature flags on by default for anything customer-facing.",
        "The lesson for me was that silence is not agreement.",
        "After that I started reading every dose back to the ward before signing it off.",
        "Two months later the same checklist caught a wrong supplier code before the order went "
        "out.",
    ],
    ("leadership", "stepping-up"): [
        "When our lead left, I stepped up to run the project.",
        "I was responsible for the whole payments migration.",
        "I asked my manager if I could lead the incident review process.",
        "When the project lead went on leave, I took over the weekly planning.",
        "I offered to run it until a new lead was hired.",
        "When I took the team over, shelves weren't finished when the doors opened.",
    ],
    ("leadership", "direction"): [
        "I told the team in the start-of-shift brief that for the next three months safety came "
        "before rate.",
        "I set a clear goal: cut checkout latency in half by June.",
        "I rallied the team around a single launch date.",
        "We agreed on a smaller scope that we could actually ship by March.",
        "First I cut the plan down to the three sites that mattered for peak season and told "
        "everyone why.",
        "First I cut the plan down to the three sites that mattered for peak season and told "
        "everyone why.",
        "I did the first week of night shifts myself, so it was clear this wasn't a punishment.",
        "I reassigned the crews so the roofers finished the east side first.",
        "We rebuilt the two-week look-ahead on the whiteboard that morning.",
        "I got the shift leads together and told them straight what had happened.",
        "I set it up so every night shift had a named lead and a buddy.",
    ],
    ("leadership", "developing-people"): [
        "The PC kept her job and had some development work.",
        "I mentored a junior engineer through her first design review.",
        "It became a stretch assignment for one of my reports.",
        "I gave her ownership of the integration end to end.",
        "A year later she got promoted to senior engineer.",
        "I could see two of them heading for burnout, so I moved the deadline.",
        "One developer, Sam, was struggling with the scanner code, so I paired with him for a "
        "week; he ended up owning the scanner module.",
        "She's the tech lead now.",
        "The apprentice now trains the new starters on the saw.",
        "Two of the crew applied for team leader jobs in other stores, and one got it.",
        "I partnered each of the agency nurses with one of our own staff for the first week.",
        "I got the supplier's trainer to run two days for the crew, and Ray ended up being one of "
        "my best leads.",
        "Two of those shift leads are still running their teams now.",
    ],
    ("leadership", "hard-calls"): [
        "I also had to give a final warning to one of the drivers who kept cutting through.",
        "One engineer was underperforming and it was affecting the team.",
        "I held the bar on code review even though we were late.",
        "It was an unpopular decision to cut the feature.",
        "I stopped the line for an hour, which put us behind on the order.",
        "I spoke to both of them separately, away from the rest of the crew.",
    ],
    ("leadership", "delivery"): [
        "My main job became to unblock the team every morning.",
        "We moved to weekly check-ins with the partner team.",
        "I broke the work into four milestones.",
        "I set up a short stand-up every morning and took the supplier calls myself so the "
        "others could build.",
    ],
    ("teamwork", "own-contribution"): [
        "My role was the data pipeline that fed the dashboard.",
        "I owned the API contract between the two services.",
        "My part was the workflow and the integration with our scheduling system.",
        "I ran every vendor call myself, I wrote the cutover plan, and when it landed on time, "
        "that was my win; it's the reason I was promoted to head of operations that autumn.",
        "My part on the night was running the door and keeping the queue moving.",
        "We split into pickers and packers, and I was in the packing group.",
    ],
    ("teamwork", "collaboration"): [
        "We set up a shared folder, and we'd meet Thursdays after school to go over the next week.",
        "I offered to do the English planning for both of us for a half term.",
        "I just asked Helen if she'd mind me looking at her maths planning.",
        "Friday night I rang him and asked him what he needed from my crew on Saturday.",
        "Their airline uses a different hold layout, so I asked him how he wanted it before we "
        "started.",
        "I paired with the mobile engineer for two days.",
        "I asked for their feedback before merging.",
        "The four of us met every morning for ten minutes until launch.",
        "Every Friday the three of us met for fifteen minutes to update the tracker.",
        "I made sure the support lead had an equal say in what we cut.",
        "One developer, Sam, was struggling with the scanner code, so I paired with him for a "
        "week; he ended up owning the scanner module.",
        "She caught two things about second-dose timing that I would have gotten wrong.",
        "The three of us split the aisles up so nobody counted the same shelf twice.",
        "On the late shifts we all covered for each other when a delivery came in.",
        "Those two weeks we had to swap rounds and back each other up.",
        "When Omar was off sick, three of us on the desk divided his calls between us.",
        "We split the 180 tests and I took the flaky ones, because I'd written half of them.",
        "I started a short huddle at shift change with the two charge nurses.",
        "Priya and I spent the Saturday relabelling every bin in the cold store.",
        "My part was running a ten-minute handover huddle at the start of each shift.",
    ],
    ("teamwork", "helping-others"): [
        "I said, right, you stay with him, I'll do your IVs and I'll bleep the registrar for you.",
        "So I went to her and said, look, what do you actually need?",
        "Rang their supervisor, Mo, and asked him what he needed.",
        "One night I went up with the pads and found her in the sluice room crying.",
        "I also sat with Priya on her break and went through how I plan a round.",
        "So I did her Friday prep list exactly as she wrote it.",
        "I helped a new teammate get her first change into production.",
        "I offered to pick up his tickets while he was out.",
        "I offered to let him shadow me on two customer calls.",
        "I shared my own onboarding checklist with her.",
        "- I noticed he had stopped posting in the channel, so I messaged him and we went "
        "through the alerts together",
        "- sat next to him for his next two shifts, then stepped back",
        "He closed his first two deals the next month and finished the year at 94% of quota.",
        "Priya ran the next migration on her own.",
        "When the new starter fell behind on the stocktake, I volunteered to take over the cellar.",
        "I swapped my Saturday with Ben so he could get to his daughter's recital.",
        "I covered her remaining night shifts so she could recover.",
        "I asked my lead, switched over, and took his restacking so he could keep scanning.",
        "I asked my crew who wanted to go help Miguel's pickers on the hill.",
        "I showed Bogdan, who had started that week, where the spare keys were kept.",
        "I also took half of her calls that afternoon.",
        "I wrote her a short list of the codes she kept mixing up.",
        "I paired each new temp with an experienced picker for the first hour.",
    ],
    ("teamwork", "team-first"): [
        "My paperwork got pushed to the end of the shift and I left about forty minutes late.",
        "So I said I will swap: I take Christmas day and Ana takes my day on the 27th.",
        "Gaz wrote that my crew carried the job; I told the ops manager it was both crews.",
        "I got home two hours late and my daughter was asleep.",
        "It meant my own floor ran late; my checks were done at twenty past.",
        "So I went to the head chef and said, pull my special, run the usual board.",
        "I did the prep exactly the way she wrote it out, even where I'd have done it a bit "
        "differently.",
        "I dropped my preferred design for the team’s goal.",
        "I made sure we shared the credit in the launch email.",
        "Someone had to do the unglamorous work of writing the tests, so I did.",
        "I mentioned it to our manager so she got the credit for the fix.",
        "I also took the boring job of re-testing every old refund case by hand, 300 of them, "
        "because nobody else had time.",
        "She caught two things about second-dose timing that I would have gotten wrong.",
        "I swallowed it and wrote the tests for Kwame's patch myself.",
        "At the review I made sure the director knew who had actually built the tool.",
        "I asked Dev to run the tills alone; he knew the new system better than me anyway.",
        "I told our lead I'd park my feature for the next sprint and pair with her.",
        "My feature slipped a sprint and I didn't get my demo, which annoyed me a bit.",
        "My own numbers for that week looked terrible, but the line kept moving.",
        "I swapped my good headset with the new starter.",
        "Honestly, the smartest call was Leona's, not mine.",
    ],
    ("teamwork", "friction"): [
        "One of the experienced ladies is very angry with me, because her bonus is less.",
        "We talked it through as a team and moved on.",
        "We disagreed on the testing strategy for a week.",
        "The team was split.",
        "I suggested we each write a one-page case and let the team decide on Friday.",
        "There was real tension between the kitchen and the front of house that month.",
    ],
    ("communication", "audience"): [
        "I tailored the message for the finance team.",
        "It was a non-technical audience, mostly sales leaders.",
        "I explained the outage in plain English.",
        "Instead of talking about the architecture, I explained what the delay meant for their "
        "orders.",
        "Most of the night shift are agency staff whose first language isn't English.",
        "Two of my team helped me put the key lines in Polish and Romanian.",
    ],
    ("communication", "clarity"): [
        "I wrote a one-pager with the options and a recommendation.",
        "I led with the recommendation and kept the detail in an appendix.",
        "I used an analogy to a library catalogue that is only updated at night.",
    ],
    ("communication", "evidence"): [
        "The dashboard showed that most tickets came from one integration.",
    ],
    ("communication", "listening"): [
        "After the first slide I stopped and let the board ask questions.",
        "I really listened to what the support team was telling me.",
        "I asked clarifying questions before proposing anything.",
        "I played it back to make sure I had it right.",
        "At the end I checked their understanding with a short summary.",
        "I asked them what they actually needed from the report.",
        "I gave the draft to our receptionist, and whatever she couldn't follow, I rewrote.",
        'At the next parents\' evening I opened with "what do you want to know first?"',
        "Two of the drivers told me the route sheet was too busy, so I split it into two pages.",
        "I read the script to three volunteers first and changed what they stumbled on.",
        "I asked each loader to show me on the sheet where three parcels would go.",
        "I asked a few people on my shift and found that most hadn't read it.",
    ],
    ("communication", "hard-message"): [
        "I had to deliver bad news to our largest customer.",
        "I told the client the truth about the delay.",
        "I told the client directly that the launch would slip by two weeks.",
        "I told the parents that the spring trip was cancelled and why.",
    ],
    ("adaptability", "the-change"): [
        "Two months in, a reorg moved our team under a new director.",
        "Halfway through, the priorities shifted to the enterprise tier.",
        "The company pivoted to self-serve.",
        "Two weeks before launch the client cut our budget by a third.",
        "In March the depot switched to a new route planning system.",
        "An hour before doors opened the venue's generator failed.",
        "The detail of how it would work came out, honestly, like two days before it went live.",
        "- New rota published 3 days before the start.",
    ],
    ("adaptability", "acting-under-uncertainty"): [
        "There was a lot of ambiguity about what the regulator would require.",
        "I treated it as a two-way door and shipped behind a flag.",
        "We didn't know if the engineer would come before the meal, so I started on the gas.",
        "I checked the cold store with a probe every fifteen minutes and logged it.",
        "I did not wait for the full written guidance from the company, it came four days later.",
        "I didn't wait for the landlord and booked the temporary unit.",
        "We had no idea how long the line would be down.",
    ],
    ("adaptability", "replanning"): [
        "We re-prioritized the backlog that afternoon.",
        "We changed course and built the integration first.",
        "Within the first week I could see the rota wasn't working.",
        "We rewrote the permission screen and resubmitted the build the next morning.",
        "I split it into two tracks, a live session and paper packs.",
        "I split it into what we could still run and what we had to drop.",
    ],
    ("adaptability", "learning-new"): [
        "I asked the IT person to give me the tablet three days early, and I used it every evening "
        "at home until I understood.",
        "I taught myself Kotlin over a couple of weekends.",
        "I learned the new framework by rebuilding one screen.",
        "In my first month I kept a notebook of the site's part codes and asked the fitters to "
        "explain two a day.",
        "I sat down the night before and I, er, I basically made a one-page crib sheet.",
        "I wrote a quick reference for the new tills.",
    ],
    ("adaptability", "steadying-others"): [
        "Two of my team were very nervous about the new checks, so I did the first flight with "
        "them on the ramp myself.",
        "I kept the team informed with a short daily note.",
        "Morale dropped after the announcement.",
        "I told the support team right away what the change meant for their scripts.",
        "Then I helped the newer drivers with the handheld scanners.",
        "I told the bride's mother and the coordinator exactly what was changing.",
        "Then I spoke to the two part-timers one at a time about their hours.",
        "I rang each family so they would know exactly where to go on Monday.",
        "Then I did a fifteen-minute huddle before the phones opened.",
        "I held a short briefing with the night shift.",
    ],
    ("prioritization", "competing-demands"): [
        "I had three competing deadlines in the same week.",
        "We had more requests than we could possibly build.",
        "I had two launches on my plate.",
        "I could do two.",
        "Three launches were planned for the same quarter and we had four engineers.",
    ],
    ("prioritization", "grounds-for-choice"): [
        "I laid out impact vs. effort for each item.",
        "I ranked the requests by revenue at risk.",
        "I wrote down for each launch the revenue at risk and the engineering estimate.",
    ],
    ("prioritization", "customer-value"): [
        "I picked the fix with the most value to customers.",
        "Three customers were blocked on the export bug.",
        "I called five of those customers to ask how painful the bug really was.",
        "The missing SSO support was blocking deals in the enterprise segment.",
        "The login bug was hitting about 300 customers a day, so that went first, and the export "
        "came second because the deal was worth $120k.",
        "The enterprise deal depended on it shipping by March.",
    ],
    ("prioritization", "saying-no"): [
        "I said no to the sales team's custom report.",
        "We deprioritized the redesign until Q3.",
        "I had to reset expectations with marketing.",
        "We moved the dashboard work a quarter out and told marketing the new date.",
        "I deferred the redesign and wrote down why.",
        "I told my manager the report would be a week late and why, and she was fine with it.",
        "I called the audit lead and agreed a new date two weeks later.",
    ],
    ("prioritization", "owning-trade-off"): [
        "The trade-off was a week of tech debt we paid down later.",
        "We hit the date at the expense of some polish.",
        "I accepted the risk of a manual workaround for a month.",
        "I explained the trade-off to the sales director in revenue terms.",
    ],
    ("influence", "the-goal"): [
        "I had no formal authority over the platform team.",
        "The data engineers didn’t report to me, so I could not just assign the work.",
        "I needed another team to change their API.",
        "I am analyst, I was not anyone's boss.",
    ],
    ("influence", "their-interests"): [
        "I asked what they cared about most this quarter.",
        "Their concerns were mostly about on-call load.",
        "The support team pushed back, and rightly so: they would carry the pager.",
        "The nurses were understandably skeptical of yet another new system.",
        "First I asked the sales lead what she worry about, and she said her team lose time with "
        "more tools.",
        "First I asked the sales lead what she worry about, and she said her team lose time with "
        "more tools.",
        "I spent a morning with their night porters to see how they worked.",
        "The pharmacist had been burned by the last stock system.",
    ],
    ("influence", "the-case"): [
        "I built a small prototype over a weekend.",
        "I showed them the data from the support queue.",
        "I showed her one month side by side, her sheet and the model, and the model was closer "
        "to the real result.",
    ],
    ("influence", "framing"): [
        "I framed it as a way to hit their own reliability goal.",
        "I explained it in their terms: fewer pages at night.",
        'Instead of saying "your plan is wrong", I asked to compare two options.',
        "I told her up front that I might be wrong about the cause.",
        "I asked: could we test it on ten percent of traffic first?",
        "I made it so easy that switching took one click.",
        "So I made the model fill automatically from the CRM, so they type nothing new.",
        "We made clear we weren't saying her rota was wrong.",
        "I offered it to him as a one-month trial.",
        "I suggested something small: one ward for one month.",
        "Moving the alerts to my phone took the risk off his crew.",
        "The drivers kept their Friday routes, so no overtime was lost, which was really the "
        "thing Tomasz was worried about.",
        "Self-service check-in → no extra desk shifts (Ana's concern).",
    ],
    ("influence", "building-support"): [
        "I found two allies on the infrastructure team.",
        "Eventually we got their buy-in for a pilot.",
        "The demo brought them on board.",
        "Hearing it from their own lead carried more weight than hearing it from me.",
        "I had already talked with the security team before the review.",
        "I socialized the proposal with each team lead one by one.",
    ],
    ("leadership", "team-result"): [
        "We shipped the new billing system on time and under budget.",
        "Looking back, I would have brought design in much earlier.",
        "The other teams adopted it as their default template.",
        "Nobody left the team that year, despite the reorg.",
        "Next time I'd make that call on day one.",
        "Engineering adopted it as the standard onboarding.",
    ],
    ("teamwork", "team-result"): [
        "We went live on time despite losing a developer halfway.",
        "In hindsight, we should have split the work by feature, not by layer.",
        "The team finished the year at 112% of target.",
        "Pipeline went green on the Thursday and the release went out on time.",
        "What I learned was to hand out the boring work fairly from day one.",
    ],
    ("prioritization", "outcome-and-reflection"): [
        "The migration finished on time and we cancelled the old contract.",
        "What I took from it is to write the ranking down before the meeting.",
        "We hit the partner deadline with a week to spare.",
    ],
    ("influence", "result-and-reflection"): [
        "What stuck with me is that a pilot is an easier yes than a reversal.",
        "In the end he changed his mind and funded the project.",
        "Within a quarter the entire support team switched to the new queue.",
        "She agreed to try one quarter, and after that the whole sales team moved to it.",
    ],
    ("adaptability", "result-and-reflection"): [
        "Since then I read the platform's review rules before we start any feature.",
    ],
    ("communication", "outcome"): [
        "Questions to the help desk dropped by half the next month.",
    ],
    ("problem-solving", "the-problem"): [
        "By March we were losing about forty orders a week to the address check.",
        "The old press kept rejecting two pallets a shift.",
    ],
    ("problem-solving", "diagnosis"): [
        "I narrowed it down to the one scanner on dock four.",
        "Once I reproduced the crash on my own laptop, it took an hour.",
        "I traced it back to a rounding step in the export.",
        "The real cause was the cleaning rota, not the machine.",
        "The dark mornings didn't hold up: the early runs were missed no more than the late.",
    ],
    ("problem-solving", "options"): [
        "I weighed three options: a new supplier, a second shift, or fixing the jig.",
        "We looked at a few alternatives before touching the code.",
        "Instead of replacing the boiler, I had the valve re-seated for £80.",
    ],
    ("problem-solving", "own-solution"): [
        "I made a steel gauge block for each bottle size.",
        "So I rewrote the export script over the weekend.",
    ],
    ("problem-solving", "others-involved"): [
        "I showed each shift lead how to use the new gauge.",
        "I asked the night nurses how they actually used the pumps.",
    ],
    ("problem-solving", "the-result"): [
        "It hasn't happened since.",
        "We haven't had a single rejected batch since.",
    ],
    ("conflict", "outcome"): [
        "The next three releases went out on the planned day, and now she asks me first when she "
        "needs help with a tester.",
    ],
}

# Sentences that sound close but should not count for the criterion: guards against cues that
# are so loose they fire on the opposite behavior.
NEAR_MISSES: dict[tuple[str, str], list[str]] = {
    # their worry named, with nothing taken away
    ("influence", "framing"): [
        "Tomasz said it meant more paperwork, and that was Tomasz's concern from the start.",
    ],
    ("teamwork", "helping-others"): ["I'll wait for you outside.", "She said she'd do it for you."],
    # Getting on before the trouble started says nothing of afterwards.
    ("conflict", "relationship-after"): [
        "We worked well together until the new rota came in.",
        "Since then we rarely sat together at the stand-up.",
        "She is the one who calls the shots on the roadmap.",
        "She started sending complaints about me to the director.",
    ],
    # Helping the customer is not steadying colleagues through a change.
    ("adaptability", "steadying-others"): ["I helped the customer find the new self-checkout.",
                                           "The huddle before the shift was cancelled."],
    ("adaptability", "learning-new"): ["The vendor sent us a one-page crib sheet."],
    ("adaptability", "the-change"): ["I came in two hours before the shift to set up.",
                                     "The parts arrived two days before we needed them."],
    # Waiting for the guidance is not acting before it.
    ("adaptability", "acting-under-uncertainty"): [
        "I waited for the full written guidance from the company before changing anything.",
        "We had an idea of how long the line would be down.",
    ],
    # Getting on well afterwards is no account of working side by side.
    ("teamwork", "collaboration"): ["She and I work well now."],
    ("failure", "owned-failure"): [
        "The team missed the deadline because QA was late.",
        "Mistakes were made, but it wasn't really anyone's fault.",
    ],
    ("failure", "lesson-applied"): [
        "I learned a lot from it.",
        "After that I moved to the Leeds office.",
        "The flag was off by default and I never checked it.",
        # the check that failed the first time is no lesson applied
        "The morning after cutover, the test suite caught nothing because it had no real records.",
    ],
    ("failure", "recovery"): ["That morning the deploy went out with the bug in it."],
    ("failure", "their-part"): [
        "The inspector signed off the pour without checking the spacing.",
        "I took the weekend off and came back to the news.",
        "I left the office on time that evening.",
        "I wrote it down as soon as she called.",
        "I copied the figures from the new schedule the board publishes.",
    ],
    ("prioritization", "outcome-and-reflection"): ["We planned to launch it early in the quarter."],
    ("leadership", "hard-calls"): ["I ran pip install to add the dependency.",
                                   "He gave me a warm welcome."],
    ("teamwork", "own-contribution"): ["We all worked hard and we delivered it."],
    ("teamwork", "team-first"): ["I made sure the director knew who would sign the form.",
                                 "I worked Christmas day as usual.", "I left the office late.",
                                 "I parked the van behind the store.",
                                 "Her feature slipped a sprint."],
    ("conflict", "the-conflict"): ["We generally get along well as a team.",
                                   "She said she'd leave early on Friday."],
    # The teller's own reason, or the other side's way refused, is no understanding of them.
    ("conflict", "their-perspective"): ["I said my way was quicker because it kept the charts "
                                        "tidy.", "She said no and walked off."],
    ("conflict", "resolution"): ["We told him his way would not work.",
                                 "I changed her shift without telling her."],
    ("communication", "listening"): ["The customer listened politely and said nothing.",
                                     "I opened with the budget figures.",
                                     "I asked the supplier to show me the invoice."],
    ("communication", "audience"): ["I put the numbers in a table for the depot manager.",
                                    "We met in Warsaw to agree the plan."],
    ("prioritization", "saying-no"): ["We did everything they asked for."],
    ("influence", "the-goal"): ["My manager told the team to do it."],
    ("influence", "their-interests"): ["The kitchen got so hot that a cook burned her hand."],
    # Having a problem is not weighing fixes for it, and a fix that did not last is no result.
    ("problem-solving", "options"): ["We had two options for dinner that night."],
    ("problem-solving", "the-result"): ["It happened again the next week.",
                                        "I haven't spoken to him since."],
    ("problem-solving", "diagnosis"): ["I ruled the roost in that kitchen."],
    ("problem-solving", "own-solution"): ["My manager made a new rota for us."],
    ("problem-solving", "others-involved"): ["The customer asked the staff where the toilets "
                                             "were."],
}


def _compiled(cue: str) -> re.Pattern[str]:
    return re.compile(cue, re.IGNORECASE)


def test_generic_competencies_exist_with_four_to_seven_criteria() -> None:
    catalog = competencies()
    for cid in GENERIC_IDS:
        competency = catalog[cid]
        assert competency.source == "generic"
        assert 4 <= len(competency.criteria) <= 7
        assert 3 <= len(competency.questions) <= 8  # more samples: more words to infer from
        assert competency.keywords, cid
        families = {c.family for c in competency.criteria}
        # A results criterion in each, and enough families that persona lenses pull apart.
        assert "results" in families, cid
        assert len(families) >= 5, (cid, families)


def test_generic_competencies_resolve_by_name_and_short_name() -> None:
    assert get_competency("Learning from Failure").id == "failure"
    assert get_competency("handling conflict").id == "conflict"
    assert get_competency("Influence").id == "influence"


@pytest.mark.parametrize("ref", ["hire-and-develop", "Hire and Develop", "hire and develop",
                                 "HIRE_AND_DEVELOP", "hire-and-develop-the-best"])
def test_a_short_name_is_accepted_spelled_with_hyphens_or_spaces(ref: str) -> None:
    assert get_competency(ref).id == "hire-and-develop-the-best"


@pytest.mark.parametrize(("question", "cid"), [
    ("Tell me about a time you developed someone on your team.", "hire-and-develop-the-best"),
    ("Tell me about a time you worked on a team to achieve a goal.", "teamwork"),
])
def test_a_question_is_inferred_as_its_most_specific_competency(question: str, cid: str) -> None:
    from roundtable.inference import infer_competency

    assert infer_competency(question, "We shipped it on time.").competency.id == cid


# Questions worded differently from each competency's own list: its keywords should point to it
# more strongly than any other generic competency's keywords do.
PARAPHRASED_QUESTIONS = {
    "conflict": "Tell me about a coworker you clashed with and what you did about it.",
    "failure": "What is the biggest mistake you have made in your career so far?",
    "leadership": "Describe a time you led a group of people through a hard quarter.",
    "teamwork": "Tell me about a time you were part of a team that pulled off something hard.",
    "communication": "How did you explain a technical trade-off to a non-technical executive?",
    "adaptability": "Tell me about a time your priorities shifted overnight. How did you adapt?",
    "prioritization": "How do you decide what to work on when everything feels urgent?",
    "influence": "Tell me about a time you convinced another team to adopt your approach.",
    "problem-solving": "Tell me about a tricky fault you had to figure out and fix.",
}


def _keyword_hits(question: str, keywords: list[str]) -> int:
    lowered = question.lower()
    return sum(bool(re.search(rf"\b{re.escape(k.lower())}\b", lowered)) for k in keywords)


@pytest.mark.parametrize("cid", GENERIC_IDS)
def test_keywords_point_to_their_competency(cid: str) -> None:
    catalog = competencies()
    question = PARAPHRASED_QUESTIONS[cid]
    own = _keyword_hits(question, catalog[cid].keywords)
    rivals = {o: _keyword_hits(question, catalog[o].keywords) for o in GENERIC_IDS if o != cid}
    assert own > 0
    assert all(own > hits for hits in rivals.values()), (cid, own, rivals)


def test_every_cue_in_a_generic_competency_has_examples() -> None:
    catalog = competencies()
    with_cues = {
        (cid, crit.id) for cid in GENERIC_IDS for crit in catalog[cid].criteria if crit.cues
    }
    assert with_cues == set(CUE_EXAMPLES)


# One sentence per negative cue of a generic competency, in cue order, and a near miss.
NEGATIVE_CUE_EXAMPLES: dict[tuple[str, str], list[str]] = {
    ("conflict", "relationship-after"): [
        "A month later Priya was reassigned to a different client, and I worked with someone new.",
    ],
    ("conflict", "direct-conversation"): [
        "He presented my numbers as his, but I didn't say anything, it wasn't worth the drama.",
        "I'd been avoiding him for a couple of weeks, honestly.",
    ],
}
NEGATIVE_NEAR_MISSES: dict[tuple[str, str], list[str]] = {
    ("conflict", "relationship-after"): [
        "We were moved onto the same project the next quarter and it went well.",
        "Since then we've worked together on two launches.",
    ],
    ("conflict", "direct-conversation"): [
        "I didn't say anything in the meeting, but I asked him for a coffee afterwards.",
        "It was worth the wait.",
        "I'd been avoiding him for a week, until I asked him for a coffee.",
        "The drivers had been avoiding the ring road since the roadworks.",
    ],
}


def test_every_negative_cue_in_a_generic_competency_has_an_example() -> None:
    catalog = competencies()
    with_cues = {(cid, crit.id) for cid in GENERIC_IDS for crit in catalog[cid].criteria
                 if crit.negative_cues}
    assert with_cues == set(NEGATIVE_CUE_EXAMPLES)
    for (cid, crit_id), examples in NEGATIVE_CUE_EXAMPLES.items():
        criterion = next(c for c in catalog[cid].criteria if c.id == crit_id)
        patterns = [_compiled(cue) for cue in criterion.negative_cues]
        assert len(examples) == len(patterns)
        for pattern, sentence in zip(patterns, examples, strict=True):
            assert pattern.search(sentence), f"{cid}/{crit_id}: {pattern.pattern!r}"
        for sentence in NEGATIVE_NEAR_MISSES.get((cid, crit_id), []):
            assert not any(p.search(sentence) for p in patterns), sentence
        # what counts against a criterion must not also be what counts for it
        for sentence in CUE_EXAMPLES.get((cid, crit_id), []):
            assert not any(p.search(sentence) for p in patterns), sentence


@pytest.mark.parametrize(("cid", "crit_id"), sorted(CUE_EXAMPLES))
def test_cues_compile_and_match_realistic_sentences(cid: str, crit_id: str) -> None:
    criterion = next(c for c in competencies()[cid].criteria if c.id == crit_id)
    patterns = [_compiled(cue) for cue in criterion.cues]
    examples = CUE_EXAMPLES[(cid, crit_id)]
    for cue, pattern in zip(criterion.cues, patterns, strict=True):
        assert any(pattern.search(s) for s in examples), f"{cid}/{crit_id}: {cue!r} matched none"
    for sentence in examples:
        assert any(p.search(sentence) for p in patterns), f"{cid}/{crit_id}: {sentence!r}"
    for sentence in NEAR_MISSES.get((cid, crit_id), []):
        hits = [p.pattern for p in patterns if p.search(sentence)]
        assert not hits, f"{cid}/{crit_id}: {sentence!r} wrongly matched {hits}"


@pytest.mark.parametrize("panel_id", BUILTIN_PANELS)
def test_builtin_panels_load(panel_id: str) -> None:
    panel = get_panel(panel_id)
    assert panel.id == panel_id
    assert 2 <= len(panel.personas) <= 6
    for persona in panel.personas:
        voice = persona.voice
        # a disagreement draws on the phrases true either way and on those of its direction
        for phrases in (voice.agree, voice.build, voice.pushback + voice.pushback_lower,
                        voice.pushback + voice.pushback_higher):
            assert len(phrases) >= 3
            assert all(p.startswith("{name}") for p in phrases)
            # The engine fills phrases with str.format; stray braces would break it.
            assert all(p.format(name="Ada").count("Ada") == 1 for p in phrases)


def test_engineering_loop_has_a_designated_skeptic() -> None:
    personas = get_panel("engineering-loop").personas
    assert max(p.strictness for p in personas) >= 0.5


def test_first_names_differ_from_the_default_panel() -> None:
    def first_names(panel_id: str) -> set[str]:
        return {p.name.split()[0] for p in get_panel(panel_id).personas}

    default = first_names("product-trio")
    assert not first_names("engineering-loop") & default
    assert not first_names("hiring-manager") & default


_GOOD_PERSONA = """\
  - id: {pid}
    name: {name}
{title}    lens: {{results: 1.5}}
    strictness: 0.2
    voice:
      style: Direct.
      focus: [results]
      openers: ["Frankly,", "To start,"]
      agree: ["{{name}}, agreed:", "{{name}}, same here:"]
      build: ["{{name}}, adding to that,", "{{name}}, on your point,"]
      pushback: [{pushback}, "{{name}}, I differ:"]
      closers: ["Net:", "Overall:"]
"""


def _panel_yaml(*, first_title: bool = True, pushback: str = '"{name}, no:"') -> str:
    head = "id: broken\nname: Broken Panel\ndescription: A panel for testing.\npersonas:\n"
    one = _GOOD_PERSONA.format(
        pid="one",
        name="Ada Lovelace",
        title="    title: Analyst\n" if first_title else "",
        pushback=pushback,
    )
    two = _GOOD_PERSONA.format(
        pid="two", name="Alan Turing", title="    title: Engineer\n", pushback='"{name}, no:"'
    )
    return head + one + two


def test_a_wellformed_panel_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.yaml"
    path.write_text(_panel_yaml(), encoding="utf-8")
    assert [p.name for p in load_file(path, Panel).personas] == ["Ada Lovelace", "Alan Turing"]


def test_persona_missing_title_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "no-title.yaml"
    path.write_text(_panel_yaml(first_title=False), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        get_panel(str(path))
    message = str(caught.value)
    assert str(path) in message
    assert "personas.0.title" in message
    assert "\n" not in message


def test_pushback_without_name_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "no-name.yaml"
    path.write_text(_panel_yaml(pushback='"I disagree:"'), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_file(path, Panel)
    message = str(caught.value)
    assert str(path) in message
    assert "personas.0.voice" in message
    assert "pushback" in message
