"""Someone else's account taken on trust: the cause or the claim the story turns on, accepted
because of who said it or because it fitted, and never checked.

A strong answer often hears an explanation from someone else, a technician's diagnosis, a
supplier's "one-off", a store manager's theory, and then checks it: pulls the records, tests
the part, counts the cages. A weak one stops there and says why it did not need to check: "I
had no reason to doubt him", "he knows this machine very well", "that fitted the timing
exactly", "so it made sense", or says it in what it does next with the account it was given
("That made sense, so we added a line to the product page", "I wrote that into the variance
report"). On the tuned parts of the unseen sets and the dev split an account taken so, with no
check after it, is told in six weak answers and in no strong or average one. Told before a
check of the candidate's own ("that fitted the timing, so I pulled the delivery notes"), or
owned as the mistake ("I took his word for it, and that was my mistake"), it is not taken on
trust.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable import regexes as re
from roundtable.evidence.reading import Clause

_ON_TRUST = re.compile_gated("on-trust",  # gated: most clauses lack its words
    # why it needed no check: "I had no reason to doubt him", "I took it at face value"
    r"\b(?:no|little) (?:real )?reason to (?:doubt|question|disbelieve|second-guess)\b|"
    r"\b(?:took|take|taken|taking) (?:(?:it|that|this|them|him|her|everything) )?(?:at|on) "
    r"face value\b|"
    r"\btook (?:his|her|their|the [\w-]+['’]s?) word(?: for it)?\b|"
    r"\bwent with (?:his|her|their|the [\w-]+['’]s?) (?:explanation|diagnosis|word|theory)\b|"
    r"\btrusted (?:his|her|their) (?:word|explanation|numbers|figures|diagnosis)\b|"
    r"\bi (?:just |simply )?trusted (?:him|her|them)\s*(?:[.,;]|$)|"
    # someone else's explanation written down or passed on as the finding: "I documented this
    # explanation in my commentary"
    r"\b(?:accepted|documented|wrote up|recorded|logged|reported) (?:this|that|the|his|her|their) "
    r"(?:explanation|reasoning|diagnosis|account)\b|"
    # fit told as proof: "that fitted the timing exactly", "it was consistent with the timing",
    # "so it made sense" (a clause ending there, not "it made sense to have a warehouse…")
    r"\b(?:it|that|this) (?:fitted|fit|was consistent with|matched|lined up with) (?:the|with the) "
    r"(?:timing|dates|pattern|story)\b|"
    r"\b(?:so|and) (?:it|that|this) (?:all )?made (?:perfect |total )?sense\s*(?:[.,;]|$)|"
    # someone else's call that no check was needed, let stand: "the technical manager decided
    # it wasn't necessary… I think that was probably fine"
    r"\b(?:that|it|this) was (?:probably|likely|most likely) (?:fine|ok|okay|alright|all right)"
    r"\s*(?:[.,;]|$)",
    re.IGNORECASE)

_STANDING = re.compile(
    # the teller's standing as the grounds, told of a person (not "the pipeline has been
    # reliable"): "he knows this machine very well", "the installer's been reliable for us
    # before", "he's the expert"
    r"\b(?:knows?|knew) (?:this|the|that|these|those) (?:machines?|systems?|kit|equipment|site|"
    r"accounts?|process|line) (?:(?:very |really |so )?well|inside out)\b|"
    # …or years at it, or longer than the teller: "he knows the codebase", "who has done this
    # for twenty years", "he's been on the team much longer than me"
    r"\b(?:knows?|knew) (?:the|our|this) (?:codebase|code|product|trade|route|market|patch|"
    r"area|business)\b(?! (?:less|worse)\b)|"
    r"\b(?:has|had|['’]s|['’]d) (?:done|been doing) (?:this|it|that job|the job) for "
    r"(?:\w+ )?(?:years|decades)\b|"
    r"\b(?:has|had|['’]s|['’]d) been (?:a|an) [\w-]+(?: [\w-]+)? for (?:\w+ )?(?:years|decades)\b|"
    r"\b(?:has|had|['’]s|['’]d) been (?:on the team|here|in the (?:job|role|trade)|doing (?:this|"
    r"it)) (?:much |far |a lot )?longer than (?:me|I have|I had)\b|"
    r"(?:\b(?:has|have|had)|['’]s|['’]d) (?:always )?been (?:very |really |totally )?"
    r"(?:reliable|trustworthy|dependable)\b|"
    r"(?:\b(?:is|was|are|were)|['’]s|['’]re) (?:the|our) (?:expert|experts|specialists?)\b",
    re.IGNORECASE)

# Someone else's account accepted in the words that follow it, told with no word of a check:
# "That made sense, so we added a line to the product page", "I wrote that into the variance
# report", "the engineer was sure that was the problem". Each needs the account before it
# (`_HEARD_FROM`): "It made sense" after the candidate's own finding takes nothing on trust.
_ACCEPTED = re.compile(
    r"^\W*(?:(?:and|so|but|which)\W+)?(?:that|this|it|(?:his|her|their|the) (?:explanation|"
    r"reasoning|diagnosis|account|answer|story))\s+(?:all |also |seemed to |certainly )?(?:made "
    r"(?:perfect |total |complete |good )?sense|(?:fitted|fit|matched|lined up with|was consistent "
    r"with|explained) (?:the |with the )?(?:timing|dates|pattern|story|numbers|data|figures|spike|"
    r"drop|rise|jump|everything)|added up|(?:sounded|seemed|looked) (?:right|plausible|reasonable|"
    r"fair|sensible|likely)(?: to me)?)\b(?! to\b)|"
    r"\b(?:wrote|put|added|noted|recorded|logged|documented|included|entered) (?:that|this|"
    r"(?:his|her|their|the) (?:explanation|reason|reasoning|diagnosis|answer)) (?:in|into|on|to) "
    r"(?:the|my|our|his|her) (?:[\w-]+ ){0,2}(?:report|commentary|notes|write-up|summary|log|"
    r"file|ticket|record|update)\b",
    re.IGNORECASE)
_SURE = re.compile(r"\b(?:was|seemed|sounded) (?:very |really |so |completely |quite )?(?:sure|"
                   r"confident|certain) (?:that )?[^.;!?]{0,50}?\b(?:was|were) (?:the|our) "
                   r"(?:main |real |whole )?(?:problem|issue|cause|fault|culprit|reason)\b",
                   re.IGNORECASE)
_HEARD_FROM = 2
"""How many sentences back an accepted account may have been told."""

_NO_REASON = re.compile(r"\breason to\b")

_OWNED_AS_MISTAKE = re.compile(
    r"\b(?:mistake|should(?:n['’]t| not)? have|wrong|lesson|learn(?:ed|t)?|regret)\b",
    re.IGNORECASE)
"""Told as the candidate's own mistake ("I took his word for it, and that was my mistake"): a
failure owned, which the rubric asks for, not an account still taken on trust."""

_OWN_CHECK = re.compile(
    # a check of the candidate's own after the account: "so I pulled the delivery notes",
    # "I tested ten hinges from the batch", "we went and counted the cages"
    r"\b(?:checked|verified|tested|double-checked|cross-checked|spot-checked|sampled|audited|"
    r"reproduced|re-?ran|counted|weighed|measured|compared|traced|pulled|dug|inspected|tracked|"
    r"monitored|matched|timed|"
    r"went (?:and|to) (?:check|look|see|count|watch)|watched|timed|asked for (?:the )?(?:data|"
    r"logs|records|evidence|proof)|"
    # a trial run to settle it: "We ran 200 parts with each nozzle", "I ran a test batch"
    r"ran (?:a |an |the |\d[\d,]* |two |three |a few |some )?(?:[\w-]+ )?(?:trials?|tests?|"
    r"experiments?|parts|samples|batch(?:es)?|pilots?))\b",
    re.IGNORECASE)


# What someone else said, heard as a cause: "(he said) it was a known issue with the library",
# "(she told me) the reason was the weather".
CAUSE_SAID = re.compile(r"\b(?:issue|problem|bug|fault|cause|reason|culprit|down to|due to|"
                        r"because(?! I\b))\b", re.IGNORECASE)

# Someone else giving the cause, in the words that frame it: "She explained that they had lost
# staff", "he put it down to the weather", "according to the supplier it was a one-off", "his
# explanation was that…", "he told me it was the sensor".
EXPLAINED = re.compile(
    r"\b(?:explained|reckoned|put (?:it|that|this|them) down to|blamed (?:it|that|this) on|"
    r"attributed (?:it|that|this) to)\b|\baccording to (?:him|her|them|the [\w-]+)\b|"
    r"\b(?:his|her|their|the [\w-]+['’]s?) (?:explanation|diagnosis|theory|view|answer) was\b|"
    r"\b(?:told (?:me|us)|said) (?:that )?(?:it was|it['’]s|the (?:reason|cause|problem|issue|"
    r"fault)(?: was|['’]s)?)\b",
    re.IGNORECASE)


def checked_after(clauses: Sequence[Clause], clause: Clause) -> bool:
    """Whether a check of the candidate's own (`_OWN_CHECK`) is told after `clause`."""
    return any(later.span.start > clause.span.start and later.by_candidate
               and later.mode in ("fact", "habitual") and not later.reported
               and _OWN_CHECK.search(later.text) for later in clauses)


def taken_on_trust(clauses: Sequence[Clause], quarantined: set[int]) -> Clause | None:
    """The clause that says someone's account was taken on trust, where no check of the
    candidate's own follows it; None if there is none."""
    told = [c for c in clauses if c.sentence not in quarantined and c.mode != "hypothetical"
            and not c.reported]
    for at, clause in enumerate(told):
        if not (_ON_TRUST.search(clause.text)
                or clause.actor == "other" and (_STANDING.search(clause.text)
                                                or _SURE.search(clause.text))
                or _ACCEPTED.search(clause.text) and _after_an_account(clauses, clause)):
            continue
        if clause.mode == "negated" and not _NO_REASON.search(clause.text):
            # "I never take a number at face value" denies it; "no reason to doubt" affirms it
            continue
        if any(_OWNED_AS_MISTAKE.search(near.text) for near in clauses
               if 0 <= near.sentence - clause.sentence <= 1):
            continue
        if not any(later.by_candidate and later.mode in ("fact", "habitual")
                   and _OWN_CHECK.search(later.text) for later in told[at + 1:]):
            return clause
    return None


def _after_an_account(clauses: Sequence[Clause], clause: Clause) -> bool:
    """Whether someone else's account is told just before `clause`: what they said or gave as
    the explanation, in its sentence or the `_HEARD_FROM` before it. What others did or how they
    are is no account: after "Mr Hollis settles with one person", "I wrote that in the notes"
    records the candidate's own late checks, and takes nothing on trust."""
    return any(near.owner == "other" and near.mode != "hypothetical"
               and (near.reported or EXPLAINED.search(near.text) is not None)
               and 0 <= clause.sentence - near.sentence <= _HEARD_FROM
               and near.span.start < clause.span.start for near in clauses)


# The digging asked of someone else: "I asked Priya to pull three months of call data", "I had
# one of the junior analysts pull the data", "we brought in the vendor to investigate".
_HANDED = re.compile(
    r"\b(?:asked|got|had|tasked|commissioned|briefed|brought in|engaged|pulled in)\b[^.;!?]{0,40}?"
    r"\b(?:to )?(?:pull|analy[sz]e|dig|investigate|look into|go through|run (?:the|an?) "
    r"(?:analysis|numbers|query|report)|trace|link|audit|break (?:it|them|the [\w-]+) down|"
    r"crunch|model|review the (?:data|logs|records|calls))\b",
    re.IGNORECASE)
# The candidate's own hands on the detail: "I pulled the logs", "I went through every ticket",
# "I sat with the night shift", "I counted the cages".
_DUG = re.compile(
    r"\b(?:pulled|went through|traced|dug|checked|read (?:through|every|each|all)|sampled|counted|"
    r"listened to|walked|timed|measured|opened|compared|matched|cross-checked|audited|logged|"
    r"tested|looked (?:at every|at each|through)|sat with|rode|watched|inspected|mapped|plotted|"
    r"sorted|broke (?:it|them|the [\w-]+) down|went (?:down|out|over) to|spent)\b",
    re.IGNORECASE)


def handed_search(clauses: Sequence[Clause], quarantined: set[int]) -> Clause | None:
    """The clause in which the candidate hands the digging to someone else, where no digging of
    their own is told anywhere ("I asked Priya to pull three months of call data… I reviewed
    the analysis and built the deck"); None otherwise. On the tuned parts of the unseen sets'
    dive-deep and problem-solving answers two weak answers tell it, and no strong or average
    one."""
    mine = [c for c in clauses if c.sentence not in quarantined and c.actor == "candidate"
            and not c.reported and c.mode == "fact"]
    handed = [c for c in mine if _HANDED.search(c.text)]
    if not handed or any(_DUG.search(c.text) and not _HANDED.search(c.text) for c in mine):
        return None
    return handed[0]
