"""An outcome told only in loose words: what came of the story, said without what changed.

The rubric credits an outcome that says what changed ("complaints fell to two a week", "she
renewed for three years"); "It did calm down a lot", "we had no complaints that day" or "the
quarter went really well" tell that something came of the steps, in words too loose to credit.
Such a story is scored as one with no outcome (`criteria.outcomeless`), but a review that says
"no outcome is told" would then be false of it: the concern quotes the loose outcome instead,
and the claim checker holds a review to it (`synthesis.claims`).
"""

from __future__ import annotations

from roundtable import regexes as re
from roundtable.evidence.analysis import Analysis

_LOOSE = re.compile(
    # a change told with "did" for stress, or in a word with no measure: "it did calm down a
    # lot", "things settled down", "the quarter went really well"
    r"\b(?:did|has) (?:\w+ )?(?:calm(?:ed)? down|settled?|improved?|get better|got better|"
    r"work(?:ed)?|help(?:ed)?|pa(?:y|id) off)\b|"
    r"\b(?:calmed down|settled down|got (?:a (?:bit|lot) )?better|paid off|worked out|"
    r"went (?:really |very |pretty |quite |so )?(?:well|fine|smoothly|ok(?:ay)?)|"
    r"(?:was|were) (?:all )?(?:sorted|resolved|fixed))\b|"
    # trouble that did not come: "we had no complaints that day"
    r"\b(?:no|zero|fewer|less) (?:more )?(?:complaints?|issues|problems|incidents|errors|"
    r"mistakes|escalations)\b|"
    r"\b(?:were|was) (?:all|both) (?:seen|done|fixed|finished|sorted|delivered|served|answered|"
    r"back)\b|"
    r"\b(?:renewed|rebooked|re-signed)\b|"
    r"\bsave[sd]? (?:us |the team |them |me )?(?:many|a lot of|lots of|\d[\d,.]*|hours|time|"
    r"money)\b|"
    # a state after the change, compared with before it: "the atmosphere was so much lighter"
    r"(?:\b(?:was|were|felt|seemed|is|are)|['’]s) (?:so |much |a lot |a bit |far )*(?:lighter|"
    r"calmer|better|easier|quicker|faster|smoother|happier|clearer)\b(?! (?:to|than)\b)|"
    # the people it was for, content or unharmed: "the client was happy with the final version",
    # "everything was ok", "nobody came to harm"
    r"(?<!\bI )\b(?:was|were) (?:really |very |quite |all )?(?:happy|satisfied|pleased|ok|okay|"
    r"fine)\b"
    r"(?! to\b)|\b(?:no ?(?:one|body)) (?:came to|was) (?:any )?harm(?:ed)?\b|\bgot through\b|"
    r"\b(?:was|were) able to\b",
    re.IGNORECASE,
)
# A saving or a change still to come is no outcome, loose or not: "is projected to save £480k".
_TO_COME = re.compile(r"\b(?:projected|forecast|expected|on track|set|going|hoping) to\b|"
                      r"\b(?:will|would)\b", re.IGNORECASE)
STORY_FROM = 0.4
"""Where in the answer (a share of its length) a loose outcome is looked for: an outcome comes
after the steps, and a change told in the opening ("things had got better after the merger")
sets the scene."""


def loose_outcome(analysis: Analysis) -> str | None:
    """The first clause of the story's later part that tells, as a fact, in loose words, what
    came of it: neither reported speech, a habit, a hypothesis nor a lesson."""
    start = len(analysis.answer) * STORY_FROM
    for clause in analysis.clauses:
        if (clause.span.start >= start and clause.mode in ("fact", "negated")
                and not clause.reported and clause.role != "reflection"
                and _LOOSE.search(clause.text) and not _TO_COME.search(clause.text)):
            return clause.text.strip().rstrip(".,;:!?")
    return None


__all__ = ["loose_outcome"]
