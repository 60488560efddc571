"""Someone else's account taken on trust: the cause or the claim the story turns on, accepted
because of who said it or because it fitted, and never checked.

A strong answer often hears an explanation from someone else, a technician's diagnosis, a
supplier's "one-off", a store manager's theory, and then checks it: pulls the records, tests
the part, counts the cages. A weak one stops there and says why it did not need to check: "I
had no reason to doubt him", "he knows this machine very well", "that fitted the timing
exactly", "so it made sense". On the tuned parts of the unseen sets and the dev split an
account taken so, with no check after it, is told in four weak answers and in no strong or
average one. Told before a check of the candidate's own ("that fitted the timing, so I pulled
the delivery notes"), or owned as the mistake ("I took his word for it, and that was my
mistake"), it is not taken on trust.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtable import regexes as re
from roundtable.evidence.reading import Clause

_ON_TRUST = re.compile(
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
    r"(?:\b(?:has|have|had)|['’]s|['’]d) (?:always )?been (?:very |really |totally )?"
    r"(?:reliable|trustworthy|dependable)\b|"
    r"(?:\b(?:is|was|are|were)|['’]s|['’]re) (?:the|our) (?:expert|experts|specialists?)\b",
    re.IGNORECASE)

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
    r"reproduced|re-?ran|counted|weighed|measured|compared|traced|pulled|dug|inspected|"
    r"went (?:and|to) (?:check|look|see|count|watch)|watched|timed|asked for (?:the )?(?:data|"
    r"logs|records|evidence|proof))\b",
    re.IGNORECASE)


def taken_on_trust(clauses: Sequence[Clause], quarantined: set[int]) -> Clause | None:
    """The clause that says someone's account was taken on trust, where no check of the
    candidate's own follows it; None if there is none."""
    told = [c for c in clauses if c.sentence not in quarantined and c.mode != "hypothetical"
            and not c.reported]
    for at, clause in enumerate(told):
        if not (_ON_TRUST.search(clause.text)
                or clause.actor == "other" and _STANDING.search(clause.text)):
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
